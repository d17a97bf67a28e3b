-- The validated fingerprints of $stage that are no longer those of its documents (in $fingerprints:
-- gate_fingerprints, or gate_scopes for a table's scoped checks) under $suite_version (rows changed,
-- document gone, suite changed), before rows/remember.sql adds the current ones.
-- An entry still current stays as it is, with the run that first validated those rows.
delete from dq_validated as v
where v.stage = $stage
    and not exists (
        select 1 from query_table($fingerprints) as f
        where f.doc_key = v.doc_key and f.rows_fingerprint = v.rows_fingerprint
            and v.suite_version = $suite_version
    )
