-- Drop a stage's entries that this run did not use: inputs removed from the inbox or changed since,
-- and every entry of an older code version.
delete from cache_results
where stage = $stage
  and (version <> $version or cache_key not in (select cache_key from used_keys))
