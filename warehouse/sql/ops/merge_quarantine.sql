-- Upsert this run's rejections: first_seen survives re-runs, the rest follows the latest run.
merge into ops_quarantine as q
using (
    select
        source_file,
        stage,
        reason,
        detail,
        sha256,
        cast($seen_at as timestamp) as seen_at,
        $run_id as run_id
    from incoming_quarantine
) as i
on q.source_file = i.source_file and q.stage = i.stage and q.sha256 = i.sha256
when matched then update set
    reason = i.reason,
    detail = i.detail,
    last_seen = i.seen_at,
    run_id = i.run_id
when not matched then insert (source_file, stage, reason, detail, sha256, first_seen, last_seen, run_id)
    values (i.source_file, i.stage, i.reason, i.detail, i.sha256, i.seen_at, i.seen_at, i.run_id)
