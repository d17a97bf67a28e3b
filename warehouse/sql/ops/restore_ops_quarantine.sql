-- One row per (file, stage, bytes): first seen by the earliest run, the rest as the latest run left it.
insert into ops_quarantine by name
select
    source_file,
    stage,
    arg_max(reason, last_seen) as reason,
    arg_max(detail, last_seen) as detail,
    sha256,
    min(first_seen) as first_seen,
    max(last_seen) as last_seen,
    arg_max(run_id, last_seen) as run_id
from history_log
group by source_file, stage, sha256
