-- Per-item results of an extraction stage, kept across runs: the asset's own rows for one input, keyed
-- by the input's content hash and the stage's code version (assets/code_versions.json).
create table if not exists cache_results (
    stage varchar not null,
    cache_key varchar not null,
    version varchar not null,
    payload blob not null,
    primary key (stage, cache_key, version)
)
