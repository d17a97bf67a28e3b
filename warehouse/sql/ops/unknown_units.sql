-- Units the department gazetteer does not know, with how often tasks name them, most frequent first;
-- the first $limit of them (all when $limit is NULL).
select unit, count(*) as n
from core_task_units
where not is_known_unit
group by unit
order by n desc, unit
limit $limit
