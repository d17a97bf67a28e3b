-- Every document's extraction key (made with its row: gongwen.rows.extraction_key), in doc_id order.
select doc_id, extraction_key
from raw_documents
order by doc_id
