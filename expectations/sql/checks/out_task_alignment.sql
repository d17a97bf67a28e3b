-- out_task_alignment with its check columns. The child and parent tasks are joined by task_id (the key of
-- core_tasks): the same truth values as a subquery per row, at half the cost on a national corpus.
select
    a.*,
    coalesce(c.doc_id = a.doc_id, false)
        and coalesce(p.doc_id = a.parent_doc_id, false)
        and exists (
            select 1 from out_doc_lineage as l where l.doc_id = a.doc_id and l.parent_doc_id = a.parent_doc_id
        ) as refs_ok,
    a.child_heading = c.heading and a.parent_heading = p.heading as headings_ok,
    a.rank = row_number() over (
        partition by a.child_task_id, a.parent_doc_id order by a.score desc, a.rank
    ) as rank_ok
from out_task_alignment as a
left join core_tasks as c on c.task_id = a.child_task_id
left join core_tasks as p on p.task_id = a.parent_task_id
