-- out_target_cascade with its check columns: the pair is a lineage pair, both targets resolve to their
-- documents' rows of out_indicator_comparison, shares are shares.
select
    c.*,
    (c.doc_id, c.parent_doc_id) in (
        select (doc_id, parent_doc_id) from out_doc_lineage where relation = 'implements'
    ) as pair_ok,
    c.indicator_id in (
        select indicator_id from out_indicator_comparison
        where doc_id = c.doc_id and canonical_metric = c.canonical_metric
    )
    and c.parent_indicator_id in (
        select indicator_id from out_indicator_comparison
        where doc_id = c.parent_doc_id and canonical_metric = c.canonical_metric
    ) as indicators_ok,
    isfinite(c.value_base) and isfinite(c.parent_value_base) as value_ok,
    c.share_stricter between 0 and 1 and c.share_looser between 0 and 1
        and c.share_stricter + c.share_looser <= 1 + 1e-9 as share_ok
from out_target_cascade as c
