-- Expectations that failed in the run $run_id, with what was observed.
select stage, expectation, coalesce(observed_value, '') as observed_value
from dq_results
where run_id = $run_id and not success
order by stage, expectation
