-- Failed expectations of the latest run.
select stage, expectation, observed_value
from dq_results
where run_id = (select run_id from dq_results order by checked_at desc limit 1)
    and not success
order by stage, expectation
