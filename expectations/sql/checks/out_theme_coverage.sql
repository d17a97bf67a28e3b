-- out_theme_coverage with its check columns.
with

per_doc as (
    select doc_id, sum(share) as share_sum, sum(n_tasks) as n_tasks
    from out_theme_coverage
    group by doc_id
)

select
    c.*,
    d.doc_id is not null as doc_ok,
    abs(p.share_sum - 1) < 1e-9 as share_sum_ok,
    p.n_tasks = d.n_tasks as n_tasks_ok
from out_theme_coverage as c
inner join per_doc as p using (doc_id)
left join core_documents as d using (doc_id)
