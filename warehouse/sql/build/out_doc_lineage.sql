-- out_doc_lineage: one row per (document, cited document); `implements` wins when any mention says so.
select
    doc_id,
    min(cited_doc_id) as parent_doc_id,
    min(cited_number) as parent_number,
    arg_min(cited_title, position) as parent_title,
    case when bool_or(relation = 'implements') then 'implements' else 'cites' end as relation
from core_citations
group by doc_id, cited_name
