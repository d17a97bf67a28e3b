-- out_target_tracking: every target of a known metric against the latest actual of the same canonical
-- metric, region and base unit found anywhere in the corpus. For a level (常住人口城镇化率) the gap is
-- what is left to go, the pace needed is that gap per year left, the pace achieved the change per year
-- between the two latest actuals. For a flow or rate of change (is_flow: 新增城镇就业, 地区生产总值增长)
-- only one year's actuals count: the pace needed is the target per year of the years it spans (from the
-- document's year to the target year), the pace achieved the latest year's actual. Status rule: see the
-- registry's description of `status` (docs/tables.md) and the README.
with

docs as (
    select doc_id, coalesce(year(issue_date), year(published_date), period_start) as doc_year, issue_date
    from core_documents
),

targets as (
    select
        i.indicator_id,
        i.doc_id,
        i.canonical_metric,
        i.scope_region,
        i.value_base,
        i.unit_base,
        i.comparator,
        i.target_year,
        coalesce(i.better, 'higher') as better,
        i.is_flow,
        d.doc_year
    from core_indicators as i
    inner join docs as d using (doc_id)
    where i.kind = 'target' and i.canonical_metric is not null
),

actuals as (
    select
        i.indicator_id,
        i.doc_id,
        i.canonical_metric,
        i.scope_region,
        i.unit_base,
        i.value_base,
        i.as_of_year,
        i.is_flow,
        -- one figure per (metric, region, unit, year): the narrowest span, then the latest document
        row_number() over (
            partition by i.canonical_metric, i.scope_region, i.unit_base, i.as_of_year
            order by i.as_of_start_year desc nulls last, d.issue_date desc nulls last, i.indicator_id
        ) as in_year
    from core_indicators as i
    inner join docs as d using (doc_id)
    where i.kind = 'actual'
        and i.canonical_metric is not null
        and i.as_of_year is not null
        and (not i.is_flow or i.as_of_start_year = i.as_of_year)
),

latest as (
    select
        a.*,
        row_number() over (
            partition by a.canonical_metric, a.scope_region, a.unit_base
            order by a.as_of_year desc
        ) as recency
    from actuals as a
    where a.in_year = 1
),

paired as (
    select
        t.*,
        a.indicator_id as actual_indicator_id,
        a.doc_id as actual_doc_id,
        a.value_base as actual_value,
        a.as_of_year as actual_year,
        p.value_base as previous_actual_value,
        p.as_of_year as previous_actual_year
    from targets as t
    left join latest as a
        on a.canonical_metric = t.canonical_metric
        and a.scope_region is not distinct from t.scope_region
        and a.unit_base = t.unit_base
        and a.recency = 1
    left join latest as p
        on p.canonical_metric = t.canonical_metric
        and p.scope_region is not distinct from t.scope_region
        and p.unit_base = t.unit_base
        and p.recency = 2
),

paced as (
    select
        *,
        value_base - actual_value as gap,
        case
            when actual_value is null or target_year is null then null
            when is_flow then value_base / greatest(target_year - coalesce(doc_year, target_year) + 1, 1)
            when target_year > actual_year then (value_base - actual_value) / (target_year - actual_year)
        end as pace_needed,
        case
            when actual_value is null then null
            when is_flow then actual_value
            when previous_actual_value is not null
                then (actual_value - previous_actual_value) / (actual_year - previous_actual_year)
        end as pace_achieved
    from paired
),

judged as (
    select
        *,
        case
            when actual_value is null then 'no_actual'
            when is_flow and target_year is null then
                case
                    when (better = 'higher' and actual_value >= value_base)
                        or (better = 'lower' and actual_value <= value_base) then 'on_track'
                    else 'behind'
                end
            when is_flow then
                case
                    when (better = 'higher' and pace_achieved >= pace_needed)
                        or (better = 'lower' and pace_achieved <= pace_needed)
                        then case when actual_year >= target_year then 'met' else 'on_track' end
                    when actual_year >= target_year then 'missed'
                    else 'behind'
                end
            when (better = 'higher' and actual_value >= value_base)
                or (better = 'lower' and actual_value <= value_base) then 'met'
            when target_year is not null and actual_year >= target_year then 'missed'
            when pace_needed is not null and pace_achieved is not null
                and ((better = 'higher' and pace_achieved >= pace_needed)
                    or (better = 'lower' and pace_achieved <= pace_needed)) then 'on_track'
            else 'behind'
        end as status
    from paced
)

select
    indicator_id,
    doc_id,
    canonical_metric,
    scope_region,
    value_base,
    unit_base,
    comparator,
    target_year,
    better,
    is_flow,
    actual_indicator_id,
    actual_doc_id,
    actual_value,
    actual_year,
    previous_actual_value,
    previous_actual_year,
    gap,
    pace_needed,
    pace_achieved,
    status
from judged
