-- The tasks of one document in order, with the text alignment and themes read.
select task_id, heading, text
from core_tasks
where doc_id = $doc_id
order by seq
