-- The columns of table $name in the warehouse, in order, with their types.
select column_name, data_type
from information_schema.columns
where table_name = $name
order by ordinal_position
