-- Per document of $table: how many rows it has and a hash over the columns $columns of them (order-free,
-- duplicates counted), as the temporary table gate_fingerprints. $columns are those the row-level
-- expectations read (expectations/gate.py): a change elsewhere in a row changes none of their results, and
-- a large column no row-level expectation reads (raw_documents.text) is not hashed on every gate. Rows
-- without a doc_id (raw_files entries that became no document) form one group, ''.
create or replace temp table gate_fingerprints as
select
    coalesce(t.doc_id, '') as doc_key,
    count(*) || ':' || sum(hash(struct_pack(*COLUMNS(lambda c: list_contains($columns, c))))::hugeint)
        as rows_fingerprint
from query_table($table) as t
group by all
