-- core_documents: the documents read in the raw layer, with the row counts of their tasks (and of those
-- of hard and soft strength), their targets and their actuals.
with

task_counts as (
    select
        doc_id,
        count(*) as n_tasks,
        count(*) filter (where strength = 'hard') as n_hard_tasks,
        count(*) filter (where strength = 'soft') as n_soft_tasks
    from core_tasks
    group by doc_id
),

indicator_counts as (
    select
        doc_id,
        count(*) filter (where kind = 'target') as n_indicators,
        count(*) filter (where kind = 'actual') as n_actuals
    from core_indicators
    group by doc_id
)

select
    d.doc_id,
    d.source_file,
    d.title,
    d.notice_title,
    d.issuer,
    d.doc_number,
    d.issue_date,
    d.admin_level,
    d.region,
    d.period_start,
    d.period_end,
    d.script,
    d.n_chars,
    d.implicit_units,
    coalesce(t.n_tasks, 0) as n_tasks,
    coalesce(i.n_indicators, 0) as n_indicators,
    d.source_url,
    coalesce(i.n_actuals, 0) as n_actuals,
    coalesce(t.n_hard_tasks, 0) as n_hard_tasks,
    coalesce(t.n_soft_tasks, 0) as n_soft_tasks,
    d.published_date
from raw_documents as d
left join task_counts as t using (doc_id)
left join indicator_counts as i using (doc_id)
