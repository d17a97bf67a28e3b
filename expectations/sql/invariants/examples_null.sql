-- Up to five rows of $table, by their primary key ($key), with a NULL in $column.
select struct_pack(*COLUMNS(lambda c: list_contains($key, c))) as example
from query_table($table)
where COLUMNS(lambda c: c = $column) is null
order by all
limit 5
