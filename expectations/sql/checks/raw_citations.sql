select
    c.*,
    c.doc_id in (select doc_id from raw_documents) as doc_ok
from raw_citations as c
