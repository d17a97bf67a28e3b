-- Up to five primary keys ($key) that more than one row of $table has.
select struct_pack(*COLUMNS(lambda c: list_contains($key, c))) as example
from query_table($table)
group by all
having count(*) > 1
order by all
limit 5
