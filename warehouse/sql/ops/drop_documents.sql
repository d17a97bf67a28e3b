-- Rows of the documents $doc_ids (to be extracted again) and of documents gone from raw_documents leave
-- table {table} (its name comes from the table registry, never from input).
delete from {table}
where doc_id in (select unnest($doc_ids))
    or doc_id not in (select doc_id from raw_documents)
