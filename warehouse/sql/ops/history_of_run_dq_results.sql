-- This run's expectation results, for the append-only log under $GONGWEN_HOME/history/.
select *
from dq_results
where run_id = $run_id
order by checked_at, stage, expectation
