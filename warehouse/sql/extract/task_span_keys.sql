-- Per document of core_tasks, a key of its tasks' ids and spans: what linking its targets to tasks reads of
-- the tasks (build/link_indicators_to_tasks.sql), order-free.
select doc_id, count(*) || ':' || sum(hash(task_id, char_start, char_end)::hugeint) as spans_key
from core_tasks
group by doc_id
order by doc_id
