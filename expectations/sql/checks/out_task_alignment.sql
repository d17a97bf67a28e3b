-- out_task_alignment with its check columns.
select
    a.*,
    exists (select 1 from core_tasks as t where t.task_id = a.child_task_id and t.doc_id = a.doc_id)
        and exists (
            select 1 from core_tasks as t where t.task_id = a.parent_task_id and t.doc_id = a.parent_doc_id
        )
        and exists (
            select 1 from out_doc_lineage as l where l.doc_id = a.doc_id and l.parent_doc_id = a.parent_doc_id
        ) as refs_ok,
    a.child_heading = (select t.heading from core_tasks as t where t.task_id = a.child_task_id)
        and a.parent_heading = (select t.heading from core_tasks as t where t.task_id = a.parent_task_id)
        as headings_ok,
    a.rank = row_number() over (
        partition by a.child_task_id, a.parent_doc_id order by a.score desc, a.rank
    ) as rank_ok
from out_task_alignment as a
