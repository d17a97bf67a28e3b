-- Every document's task-set key: a hash of what the task readers of the out layer (themes, alignment)
-- read of its tasks (ids, headings and texts, in order), in doc_id order. Each task is hashed first, so
-- that the ordered aggregate holds 32 characters a task, not every task's text at once (which ran a
-- national corpus out of DuckDB's memory). The key only tells a document's tasks from their earlier
-- versions (no one chooses the texts to collide): MD5 does that at half the cost of DuckDB's SHA-256
-- (1.7 s over the 436,000 tasks of 20,000 plans, and both marts read the keys).
with

task_hashes as (
    select doc_id, seq, md5(concat_ws(chr(31), task_id, heading, text)) as task_md5
    from core_tasks
)

select
    doc_id,
    sha256(string_agg(task_md5, '' order by seq)) as tasks_key
from task_hashes
group by doc_id
order by doc_id
