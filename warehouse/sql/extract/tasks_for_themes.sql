-- Every task with what the theme classifier reads, grouped by document.
select doc_id, task_id, heading, text
from core_tasks
order by doc_id, seq
