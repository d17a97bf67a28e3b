-- Expectations the run $run_id evaluated, per table: how many held and how many failed.
select stage, count(*) filter (where success) as n_passed, count(*) filter (where not success) as n_failed
from dq_results
where run_id = $run_id
group by stage
order by stage
