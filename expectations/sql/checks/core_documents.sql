-- core_documents with its check columns: counts agree with the tables they count.
with

tasks as (
    select
        doc_id,
        count(*) as n,
        count(*) filter (where strength = 'hard') as n_hard,
        count(*) filter (where strength = 'soft') as n_soft
    from core_tasks
    group by doc_id
),

indicators as (
    select
        doc_id,
        count(*) filter (where kind = 'target') as n,
        count(*) filter (where kind = 'actual') as n_actual
    from core_indicators
    group by doc_id
)

select
    d.*,
    d.issue_date is null
        or d.issue_date between date '1949-10-01' and current_date + interval 366 day as issue_date_ok,
    d.period_start is null or d.period_end is null or d.period_start <= d.period_end as period_ok,
    d.n_tasks = coalesce(t.n, 0)
        and d.n_hard_tasks = coalesce(t.n_hard, 0)
        and d.n_soft_tasks = coalesce(t.n_soft, 0) as n_tasks_ok,
    d.n_indicators = coalesce(i.n, 0) and d.n_actuals = coalesce(i.n_actual, 0) as n_indicators_ok
from core_documents as d
left join tasks as t using (doc_id)
left join indicators as i using (doc_id)
