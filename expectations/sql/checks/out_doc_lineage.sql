select
    l.*,
    l.doc_id in (select doc_id from core_documents) as doc_ok,
    l.parent_doc_id is null
        or (l.parent_doc_id <> l.doc_id and l.parent_doc_id in (select doc_id from core_documents)) as parent_ok
from out_doc_lineage as l
