-- Up to five rows of gate_checks, by their primary key ($key), whose check column $column is false.
select struct_pack(*COLUMNS(lambda c: list_contains($key, c))) as example
from gate_checks
where COLUMNS(lambda c: c = $column) = false
order by all
limit 5
