-- How many targets were placed inside a task (for the run's metadata).
select count(task_id) from core_indicators
