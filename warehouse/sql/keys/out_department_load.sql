-- Per document, a key of everything build/out_department_load.sql reads of it: its core_task_units rows
-- (department, task, lead, role) and its core_documents rows (admin_level). A document whose key is the one
-- its rows were built from keeps them (Rebuild.from_sql).
with

units as (
    select doc_id, count(*) || ':' || sum(hash(department, task_id, is_lead, role)::hugeint) as part
    from core_task_units
    group by doc_id
),

documents as (
    select doc_id, count(*) || ':' || sum(hash(admin_level)::hugeint) as part
    from core_documents
    group by doc_id
)

select u.doc_id, u.part || '/' || coalesce(d.part, '') as input_key
from units as u
left join documents as d using (doc_id)
where u.doc_id is not null
order by u.doc_id
