select
    c.*,
    c.doc_id in (select doc_id from core_documents) as doc_ok,
    c.indicator_id in (
        select indicator_id from core_indicators
        where doc_id = c.doc_id and canonical_metric = c.canonical_metric and kind = 'target'
    ) as indicator_ok
from out_indicator_comparison as c
