-- Every document's extraction key: the SHA-256 of everything the per-document extractors read (its
-- cleaned text, level, region and year), in doc_id order.
select
    doc_id,
    sha256(concat_ws(chr(31), doc_id, text, coalesce(admin_level, ''), coalesce(region, ''),
                     coalesce(cast(coalesce(year(issue_date), period_start) as varchar), ''))) as input_sha256
from raw_documents
order by doc_id
