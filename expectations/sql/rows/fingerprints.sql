-- Per document of $table: how many rows it has and a hash over them (order-free, duplicates counted),
-- as the temporary table gate_fingerprints. Rows without a doc_id (raw_files entries that became no
-- document) form one group, ''.
create or replace temp table gate_fingerprints as
select
    coalesce(t.doc_id, '') as doc_key,
    count(*) || ':' || sum(hash(t)::hugeint) as rows_fingerprint
from query_table($table) as t
group by all
