-- Child/parent document pairs whose parent is in the corpus, parents first so each is segmented once,
-- with both titles (out_task_alignment carries them).
select distinct l.parent_doc_id, p.title as parent_title, l.doc_id as child_doc_id, c.title as child_title
from out_doc_lineage as l
inner join core_documents as p on p.doc_id = l.parent_doc_id
inner join core_documents as c on c.doc_id = l.doc_id
where l.parent_doc_id is not null
order by l.parent_doc_id, l.doc_id
