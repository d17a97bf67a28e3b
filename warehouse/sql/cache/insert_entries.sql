-- New entries of a stage; an entry already kept under the same key and version stays as it is.
insert or ignore into cache_results by name select stage, cache_key, version, payload from new_entries
