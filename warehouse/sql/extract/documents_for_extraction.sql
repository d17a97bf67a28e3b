-- The cleaned text of every document with what the extractors need to know about it.
select
    doc_id,
    text,
    admin_level,
    region,
    coalesce(year(issue_date), period_start) as doc_year
from raw_documents
order by doc_id
