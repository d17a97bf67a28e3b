-- The scoped checks ($checks) of a gated table counted over the rows of gate_checks of the documents whose
-- scope (gate_scopes: everything those checks read of a document) differs from the one recorded when the
-- table's gate last passed, or is new (gate_unvalidated, rows/unvalidated.sql over gate_scopes): a document
-- whose scope is as it was then had every one of these checks true, and has them still.
--   n_false_<check>_ok      rows for which a scoped check is false (NULL: not applicable)
select count_if(not COLUMNS(lambda c: list_contains($checks, c))) as 'n_false_\0'
from gate_checks
where coalesce(doc_id, '') in (select doc_key from gate_unvalidated)
