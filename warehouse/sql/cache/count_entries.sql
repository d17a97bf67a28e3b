-- How many entries a stage keeps at one version.
select count(*) from cache_results where stage = $stage and version = $version
