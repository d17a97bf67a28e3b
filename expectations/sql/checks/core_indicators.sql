-- core_indicators with its check columns.
with

docs as (
    select doc_id, text, coalesce(year(issue_date), year(published_date), period_start) as doc_year
    from raw_documents
)

select
    i.*,
    -- the qualifier with the comparator it gives, one value for the row-level pattern (NULL without a qualifier)
    i.qualifier || '|' || i.comparator as qualifier_comparator,
    d.doc_id is not null as doc_ok,
    i.task_id is null or i.task_id in (select task_id from core_tasks where doc_id = i.doc_id) as task_ok,
    isfinite(i.value) and isfinite(i.value_base) as value_ok,
    abs(
        i.value_base - i.value * case
            when i.unit like '亿%' then 1e8
            when i.unit like '万亿%' then 1e12
            when i.unit like '万%' then 1e4
            else 1
        end
    ) <= 1e-6 * greatest(abs(i.value_base), 1) as base_ok,
    -- a percentage is a magnitude (a fall is 下降5%), never negative; a change or a completion can pass 100
    -- (增长263.3%, 完成年度计划的112%), so 100 bounds no percentage
    i.unit <> '%' or i.value >= 0 as percent_ok,
    i.target_year is null
        or (i.target_year between 1949 and 2100 and (d.doc_year is null or i.target_year >= d.doc_year - 1))
        as year_ok,
    -- an actual's year lies in 1949–2100 and is not after the document's (about the document's own values:
    -- a typo such as 到1900年 holds the document back, expectations/screening.py)
    i.as_of_year is null
        or (i.as_of_year between 1949 and 2100 and (d.doc_year is null or i.as_of_year <= d.doc_year))
        as as_of_year_ok,
    -- a target has no as-of year, an actual no target year, and its first year is not after its last
    case i.kind
        when 'target' then i.as_of_year is null and i.as_of_start_year is null
        else i.target_year is null
            and (i.as_of_start_year is null or i.as_of_start_year <= i.as_of_year)
    end as kind_ok,
    i.kind = 'target' or i.strength = 'neutral' as strength_ok,
    (i.canonical_metric is null) = (i.better is null) as better_ok,
    -- the sentence is in display form (Chinese punctuation full-width, one character for one), the
    -- document text in the parsers' form: compared with the width of the punctuation folded
    contains(
        translate(i.sentence, '，；：（）？！“”', ',;:()?!""'),
        translate(substring(d.text, i.char_start + 1, i.char_end - i.char_start), '“”', '""')
    ) as span_ok
from core_indicators as i
left join docs as d using (doc_id)
