-- The tasks of the documents $doc_ids in order, with the text alignment reads, grouped by document.
select doc_id, task_id, heading, text
from core_tasks
where doc_id in (select unnest($doc_ids))
order by doc_id, seq
