-- The columns $columns of gate_checks (the table with its check columns) for the rows of every document
-- whose rows are not as they were when they last passed the gate of its table under the same row-level
-- suite (gate_unvalidated, rows/unvalidated.sql over gate_fingerprints): documents new or changed since, and
-- all of them after the suite changed. Only the columns the row-level expectations read: the check columns
-- of the view, computed over the whole table, are left out of the plan.
select columns(lambda c: list_contains($columns, c))
from gate_checks
where coalesce(doc_id, '') in (select doc_key from gate_unvalidated)
