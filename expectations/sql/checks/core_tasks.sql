-- core_tasks with its check columns; a prefix of the text is enough to check it is there (and keeps
-- the frame small on large corpora).
select
    t.* replace (left(t.text, 20) as text),
    t.doc_id in (select doc_id from raw_documents) as doc_ok,
    t.task_id = t.doc_id || '-' || t.seq as task_id_ok,
    t.seq = row_number() over (partition by t.doc_id order by t.seq) as seq_ok,
    coalesce(t.first_unit = t.units[1], len(t.units) = 0 and t.first_unit is null) as first_ok,
    t.lead_unit is not distinct from (
        select u.unit from core_task_units as u
        where u.task_id = t.task_id and u.is_lead
        order by u.position
        limit 1
    ) as lead_ok,
    (t.deadline_date is not null) = (t.deadline_kind = 'date')
        and (t.deadline is null) = (t.deadline_kind = 'none') as deadline_ok,
    t.char_start >= 0 and t.char_end > t.char_start as span_ok
from core_tasks as t
