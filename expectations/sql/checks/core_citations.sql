select
    c.*,
    c.doc_id in (select doc_id from core_documents) as doc_ok,
    c.cited_doc_id is null
        or (c.cited_doc_id <> c.doc_id and c.cited_doc_id in (select doc_id from core_documents)) as cited_doc_ok
from core_citations as c
