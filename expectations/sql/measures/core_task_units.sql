-- Share of the named units that the department gazetteer knows (NULL when no unit is named), and how
-- many units it is judged over.
select count(*) filter (where is_known_unit) / nullif(count(*), 0) as share_known_units,
       count(*) as n_units
from core_task_units
