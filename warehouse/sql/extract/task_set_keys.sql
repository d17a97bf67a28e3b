-- Every document's task-set key: the SHA-256 of what the task readers of the out layer (themes,
-- alignment) read of its tasks (ids, headings and texts, in order), in doc_id order. Each task is hashed
-- first, so that the ordered aggregate holds 64 characters a task, not every task's text at once (which
-- ran a national corpus out of DuckDB's memory).
with

task_hashes as (
    select doc_id, seq, sha256(concat_ws(chr(31), task_id, heading, text)) as task_sha256
    from core_tasks
)

select
    doc_id,
    sha256(string_agg(task_sha256, '' order by seq)) as tasks_sha256
from task_hashes
group by doc_id
order by doc_id
