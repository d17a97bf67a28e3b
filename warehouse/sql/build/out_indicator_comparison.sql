-- out_indicator_comparison: per known metric and document, the document's headline target for it (actuals
-- are left out) —
-- its own jurisdiction's figure (no scope, or 全省/全市/全区/全县/全州) before a sub-area's, then the
-- latest target year, then the first mention.
with

ranked as (
    select
        i.canonical_metric,
        i.doc_id,
        i.indicator_id,
        d.title,
        i.scope,
        d.admin_level,
        d.region,
        i.value_base,
        i.unit_base,
        i.qualifier,
        i.target_year,
        row_number() over (
            partition by i.canonical_metric, i.doc_id
            order by
                case when i.scope is null or i.scope like '全%' then 0 else 1 end,
                i.target_year desc nulls last,
                i.char_start
        ) as preference
    from core_indicators as i
    inner join core_documents as d using (doc_id)
    where i.canonical_metric is not null and i.kind = 'target'
)

select
    canonical_metric,
    doc_id,
    indicator_id,
    title,
    scope,
    admin_level,
    region,
    value_base,
    unit_base,
    qualifier,
    target_year
from ranked
where preference = 1
