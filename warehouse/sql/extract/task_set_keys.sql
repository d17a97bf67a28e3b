-- Every document's task-set key: the SHA-256 of what the task readers of the out layer (themes,
-- alignment) read of its tasks (ids, headings and texts, in order), in doc_id order.
select
    doc_id,
    sha256(string_agg(concat_ws(chr(31), task_id, heading, text), chr(30) order by seq)) as tasks_sha256
from core_tasks
group by doc_id
order by doc_id
