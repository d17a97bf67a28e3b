-- The rows of the temporary view `screened` (a table with its check columns) that fail one of the
-- document-level checks $checks (false, not NULL): the few a screening reads, never the whole table. Only
-- doc_id, those checks and the columns they show ($columns) are selected, so DuckDB computes no other check
-- column (core_indicators.span_ok reads every document's text).
select doc_id, columns(lambda c: list_contains($checks, c) or list_contains($columns, c))
from screened
where list_contains([*columns(lambda c: list_contains($checks, c))], false)
