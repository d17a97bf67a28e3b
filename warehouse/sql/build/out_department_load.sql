-- out_department_load: how many tasks of each document each canonical department leads (is_lead: the
-- text makes it 牵头), co-leads (配合/参与 beside a lead), shares without a lead, or is named on at all.
select
    u.department,
    u.doc_id,
    d.admin_level,
    count(distinct u.task_id) filter (where u.is_lead) as n_lead,
    count(distinct u.task_id) filter (where u.role = 'co') as n_co,
    count(distinct u.task_id) filter (where u.role = 'responsible') as n_responsible,
    count(distinct u.task_id) as n_tasks
from core_task_units as u
inner join core_documents as d using (doc_id)
where u.department is not null
group by u.department, u.doc_id, d.admin_level
