-- The rows of gate_checks (the table with its check columns) of every document whose rows are not as
-- they were when they last passed the gate of $stage under the same row-level suite ($suite_version):
-- documents new or changed since, and all of them after the suite changed.
with

changed as (
    select f.doc_key
    from gate_fingerprints as f
    anti join (
        select doc_key, rows_fingerprint from dq_validated
        where stage = $stage and suite_version = $suite_version
    ) as v using (doc_key, rows_fingerprint)
)

select *
from gate_checks
where coalesce(doc_id, '') in (select doc_key from changed)
