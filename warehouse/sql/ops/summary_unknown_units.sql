-- Units the department gazetteer did not recognise, most frequent first.
select unit, count(*) as n
from core_task_units
where not is_known_unit
group by unit
order by n desc, unit
limit 15
