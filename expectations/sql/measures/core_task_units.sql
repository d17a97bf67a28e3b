-- Share of the named units that the department gazetteer knows (NULL when no unit is named).
select count(*) filter (where is_known_unit) / nullif(count(*), 0) as share_known_units
from core_task_units
