-- Per document, a key of everything build/out_indicator_comparison.sql reads of it: its core_indicators rows
-- (the target's metric, scope, value, year and place) and its core_documents rows (title, level, region).
-- A document whose key is the one its rows were built from keeps them (Rebuild.from_sql).
with

indicators as (
    select
        doc_id,
        count(*) || ':' || sum(hash(
            canonical_metric, kind, indicator_id, scope, value_base, unit_base, qualifier, target_year, char_start
        )::hugeint) as part
    from core_indicators
    group by doc_id
),

documents as (
    select doc_id, count(*) || ':' || sum(hash(title, admin_level, region)::hugeint) as part
    from core_documents
    group by doc_id
)

select i.doc_id, i.part || '/' || coalesce(d.part, '') as input_key
from indicators as i
left join documents as d using (doc_id)
where i.doc_id is not null
order by i.doc_id
