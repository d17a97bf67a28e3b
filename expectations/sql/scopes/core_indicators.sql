-- Per document: a fingerprint of everything the scoped checks of core_indicators read (span_ok: each
-- indicator's sentence and span, and the text of the document's raw_documents rows), as the temporary table
-- gate_scopes. Rows without a doc_id form one group, ''.
create or replace temp table gate_scopes as
with

own as (
    select
        coalesce(doc_id, '') as doc_key,
        count(*) || ':' || sum(hash(indicator_id, sentence, char_start, char_end)::hugeint) as fingerprint
    from core_indicators
    group by all
),

texts as (
    select coalesce(doc_id, '') as doc_key, count(*) || ':' || sum(hash(text)::hugeint) as fingerprint
    from raw_documents
    group by all
)

select o.doc_key, o.fingerprint || '/' || coalesce(t.fingerprint, '') as rows_fingerprint
from own as o
left join texts as t using (doc_key)
