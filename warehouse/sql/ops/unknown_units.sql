-- Every unit the department gazetteer does not know, with how often tasks name it, most frequent first.
select unit, count(*) as n
from core_task_units
where not is_known_unit
group by unit
order by n desc, unit
