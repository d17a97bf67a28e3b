-- Rows of the documents $doc_ids (to be made again) and of documents stage $stage no longer has on record
-- (gone from its inputs) leave table {table} (its name comes from the table registry, never from input).
delete from {table}
where doc_id in (select unnest($doc_ids))
    or doc_id not in (select doc_id from ops_extracted where stage = $stage)
