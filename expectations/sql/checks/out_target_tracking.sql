-- out_target_tracking with its check columns: the target and its actuals resolve to core_indicators rows of
-- the right kind, metric and region; an actual, its year and value come together; paces are finite where
-- they are defined.
select
    t.*,
    t.indicator_id in (
        select indicator_id from core_indicators
        where kind = 'target' and doc_id = t.doc_id and canonical_metric = t.canonical_metric
    ) as target_ok,
    t.actual_indicator_id is null or t.actual_indicator_id in (
        select indicator_id from core_indicators
        where kind = 'actual' and doc_id = t.actual_doc_id and canonical_metric = t.canonical_metric
            and scope_region is not distinct from t.scope_region and as_of_year = t.actual_year
    ) as actual_ok,
    (t.actual_indicator_id is null) = (t.actual_value is null)
        and (t.actual_indicator_id is null) = (t.actual_year is null)
        and (t.actual_indicator_id is null) = (t.status = 'no_actual') as actual_fields_ok,
    t.previous_actual_year is null or t.previous_actual_year < t.actual_year as previous_ok,
    (t.gap is null or isfinite(t.gap))
        and (t.pace_needed is null or isfinite(t.pace_needed))
        and (t.pace_achieved is null or isfinite(t.pace_achieved)) as pace_ok
from out_target_tracking as t
