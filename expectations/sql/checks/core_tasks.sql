-- core_tasks with its check columns; a prefix of the text is enough to check it is there (and keeps
-- the frame small on large corpora).
select
    t.* replace (left(t.text, 20) as text),
    t.doc_id in (select doc_id from raw_documents) as doc_ok,
    t.task_id = t.doc_id || '-' || t.seq as task_id_ok,
    t.seq = row_number() over (partition by t.doc_id order by t.seq) as seq_ok,
    coalesce(t.lead_unit = t.units[1], len(t.units) = 0 and t.lead_unit is null) as lead_ok,
    t.char_start >= 0 and t.char_end > t.char_start as span_ok
from core_tasks as t
