-- A target belongs to the task whose span holds it; targets outside every task keep task_id NULL. The targets
-- of every document are linked when $every, else only those of the documents $doc_ids (assets/core.py
-- link_to_tasks: the others keep their link).
update core_indicators as i
set task_id = t.task_id
from core_tasks as t
where t.doc_id = i.doc_id
    and i.char_start >= t.char_start
    and i.char_end <= t.char_end
    and ($every or (list_contains($doc_ids, i.doc_id) and list_contains($doc_ids, t.doc_id)))
