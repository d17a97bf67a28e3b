-- The columns of the registry ($columns) that table $table lacks, in name order.
select coalesce(list(name order by name), []) as missing
from unnest($columns::varchar[]) as wanted(name)
where name not in (select column_name from duckdb_columns() where table_name = $table)
