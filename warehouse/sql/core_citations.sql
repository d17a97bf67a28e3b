-- core_citations: each 《…》 reference, its 文号 given or resolved from the corpus, and the cited
-- document when the corpus holds it (matched by 文号 first, then by title or cover-notice title).
with

cited as (
    select
        doc_id,
        position,
        cited_title,
        cited_number,
        relation,
        translate(trim(cited_title, '《》'), '〈〉', '《》') as bare_title
    from raw_citations
),

numbers_cited_elsewhere as (
    select bare_title, min(cited_number) as cited_number
    from cited
    where cited_number is not null
    group by bare_title
),

corpus_titles as (
    select doc_id, translate(title, '〈〉', '《》') as bare_title, doc_number
    from core_documents
    where title is not null
    union all
    select doc_id, translate(notice_title, '〈〉', '《》') as bare_title, doc_number
    from core_documents
    where notice_title is not null
),

title_matches as (
    select bare_title, min(doc_id) as doc_id, min(doc_number) as doc_number
    from corpus_titles
    group by bare_title
),

numbered as (
    select
        c.*,
        coalesce(c.cited_number, e.cited_number, t.doc_number) as resolved_number,
        t.doc_id as doc_id_by_title
    from cited as c
    left join numbers_cited_elsewhere as e using (bare_title)
    left join title_matches as t using (bare_title)
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
    nullif(coalesce(m.doc_id, n.doc_id_by_title), n.doc_id) as cited_doc_id,
    n.position,
    n.relation
from numbered as n
left join number_matches as m on m.doc_number = n.resolved_number
