-- One row per unit named in core_tasks.units.
select coalesce(sum(len(units)), 0) as expected_rows from core_tasks
