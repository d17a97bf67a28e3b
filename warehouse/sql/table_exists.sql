select count(*) > 0 from information_schema.tables where table_name = $name
