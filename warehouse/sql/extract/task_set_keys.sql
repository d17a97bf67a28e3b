-- Every document's task-set key: a hash of what the task readers of the out layer (themes, alignment)
-- read of its tasks (ids, headings and texts, in order), in doc_id order. Each task is hashed first, so
-- that the ordered list holds one number a task, not every task's text at once (which ran a national
-- corpus out of DuckDB's memory). The key only tells a document's tasks from their earlier versions (no
-- one chooses the texts to collide), so a task's hash is DuckDB's 64-bit hash(), not a cryptographic
-- digest: MD5 of every task took 0.6–0.9 s over the 436,000 tasks of 20,000 plans, hash() 0.1 s, and both
-- marts read the keys. A DuckDB whose hash() differs (another version) gives other keys: the marts then
-- make their rows again, once.
with

task_hashes as (
    select doc_id, seq, hash(task_id, heading, text) as task_hash
    from core_tasks
)

select
    doc_id,
    sha256(list(task_hash order by seq)::varchar) as tasks_key
from task_hashes
group by doc_id
order by doc_id
