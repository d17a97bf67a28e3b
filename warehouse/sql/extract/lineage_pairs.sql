-- Child/parent document pairs whose parent is in the corpus, parents first so each is segmented once.
select distinct parent_doc_id, doc_id as child_doc_id
from out_doc_lineage
where parent_doc_id is not null
order by parent_doc_id, child_doc_id
