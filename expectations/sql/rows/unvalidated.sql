-- The documents whose fingerprint in $fingerprints (gate_fingerprints: their rows over the columns the
-- row-level expectations read; gate_scopes: what a table's scoped checks read of them) differs from the one
-- recorded under $stage and $suite_version when the gate last passed, or is new (temporary table
-- gate_unvalidated): rows/changed.sql and invariants/scoped_counts.sql read only their rows.
create or replace temporary table gate_unvalidated as
select f.doc_key
from query_table($fingerprints) as f
anti join (
    select doc_key, rows_fingerprint from dq_validated
    where stage = $stage and suite_version = $suite_version
) as v using (doc_key, rows_fingerprint)
