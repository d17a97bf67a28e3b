-- The rows of the temporary view `screened` (a table with its check columns) that fail one of the
-- document-level checks $checks (false, not NULL): the few a screening reads, never the whole table.
select *
from screened
where list_contains([*columns(lambda c: list_contains($checks, c))], false)
