-- The columns $columns of gate_checks (the table with its check columns) for the rows of every document
-- whose rows are not as they were when they last passed the gate of $stage under the same row-level suite
-- ($suite_version): documents new or changed since, and all of them after the suite changed. Only the
-- columns the row-level expectations read: the check columns of the view, computed over the whole table,
-- are left out of the plan.
with

changed as (
    select f.doc_key
    from gate_fingerprints as f
    anti join (
        select doc_key, rows_fingerprint from dq_validated
        where stage = $stage and suite_version = $suite_version
    ) as v using (doc_key, rows_fingerprint)
)

select columns(lambda c: list_contains($columns, c))
from gate_checks
where coalesce(doc_id, '') in (select doc_key from changed)
