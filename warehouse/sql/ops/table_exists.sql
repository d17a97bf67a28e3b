-- Whether a table named $name exists in the warehouse.
select count(*) > 0 from information_schema.tables where table_name = $name
