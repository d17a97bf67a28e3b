-- The cached payloads of the wanted keys of one stage at one version.
select c.cache_key, c.payload
from cache_results as c
join wanted_keys as w on w.cache_key = c.cache_key
where c.stage = $stage and c.version = $version
