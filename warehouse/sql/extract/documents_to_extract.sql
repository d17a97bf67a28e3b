-- The cleaned text of the documents $doc_ids (those not in the cache) with what the extractors need
-- to know about them, in doc_id order.
select
    doc_id,
    text,
    admin_level,
    region,
    coalesce(year(issue_date), year(published_date), period_start) as doc_year
from raw_documents
where doc_id in (select unnest($doc_ids))
order by doc_id
