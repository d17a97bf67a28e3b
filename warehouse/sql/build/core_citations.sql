-- core_citations: each 《…》 reference, its 文号 given or resolved from the corpus, and the cited
-- document when the corpus holds it (matched by 文号 first, then by the document's own name, so that
-- 《国务院关于印发〈X〉的通知》 and 《X》 are the same document).
with

numbers_cited_elsewhere as (
    select cited_name, min(cited_number) as cited_number
    from raw_citations
    where cited_number is not null
    group by cited_name
),

corpus_names as (
    select title as cited_name, min(doc_id) as doc_id, min(doc_number) as doc_number
    from core_documents
    where title is not null
    group by title
),

numbered as (
    select
        c.*,
        coalesce(c.cited_number, e.cited_number, n.doc_number) as resolved_number,
        n.doc_id as doc_id_by_name
    from raw_citations as c
    left join numbers_cited_elsewhere as e using (cited_name)
    left join corpus_names as n using (cited_name)
),

number_matches as (
    select doc_number, min(doc_id) as doc_id
    from core_documents
    where doc_number is not null
    group by doc_number
)

select
    n.doc_id,
    n.cited_title,
    n.resolved_number as cited_number,
    nullif(coalesce(m.doc_id, n.doc_id_by_name), n.doc_id) as cited_doc_id,
    n.cited_name,
    n.position,
    n.relation
from numbered as n
left join number_matches as m on m.doc_number = n.resolved_number
