select
    u.*,
    u.task_id in (select task_id from core_tasks) as task_ok,
    u.position = row_number() over (partition by u.task_id order by u.position) as position_ok,
    u.is_lead = (u.role = 'lead') as is_lead_ok
from core_task_units as u
