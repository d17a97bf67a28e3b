-- out_target_cascade: for every document that implements a parent in the corpus and every canonical
-- metric both set as targets in the same base unit, the child's headline target beside the parent's
-- (the rows of out_indicator_comparison). The child is stricter when its value is better (higher where
-- more is better, lower where less is), looser when worse; at an equal value an earlier target year is
-- stricter and a later one looser. share_stricter / share_looser: over the child document's rows.
with

pairs as (
    select distinct doc_id, parent_doc_id
    from out_doc_lineage
    where relation = 'implements' and parent_doc_id is not null
),

headline as (
    select
        c.canonical_metric,
        c.doc_id,
        c.indicator_id,
        c.value_base,
        c.unit_base,
        c.qualifier,
        c.target_year,
        coalesce(i.better, 'higher') as better
    from out_indicator_comparison as c
    inner join core_indicators as i using (indicator_id)
),

side_by_side as (
    select
        p.doc_id,
        p.parent_doc_id,
        child.canonical_metric,
        child.indicator_id,
        parent.indicator_id as parent_indicator_id,
        child.value_base,
        parent.value_base as parent_value_base,
        child.unit_base,
        child.qualifier,
        parent.qualifier as parent_qualifier,
        child.target_year,
        parent.target_year as parent_target_year,
        child.better,
        case when child.better = 'lower' then -1 else 1 end
            * sign(child.value_base - parent.value_base) as value_sign,
        sign(coalesce(parent.target_year - child.target_year, 0)) as year_sign
    from pairs as p
    inner join headline as child on child.doc_id = p.doc_id
    inner join headline as parent
        on parent.doc_id = p.parent_doc_id
        and parent.canonical_metric = child.canonical_metric
        and parent.unit_base = child.unit_base
),

compared as (
    select
        * exclude (value_sign, year_sign),
        case
            when value_sign > 0 then 'stricter'
            when value_sign < 0 then 'looser'
            when year_sign > 0 then 'stricter'
            when year_sign < 0 then 'looser'
            else 'equal'
        end as direction
    from side_by_side
)

select
    *,
    avg(case when direction = 'stricter' then 1.0 else 0.0 end) over (partition by doc_id) as share_stricter,
    avg(case when direction = 'looser' then 1.0 else 0.0 end) over (partition by doc_id) as share_looser
from compared
