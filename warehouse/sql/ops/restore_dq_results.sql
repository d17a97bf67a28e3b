-- A rebuilt warehouse gets back every logged expectation result (the table is empty when this runs;
-- one log file per run, so no row is there twice).
insert into dq_results by name
select *
from history_log
