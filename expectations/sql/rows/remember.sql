-- After the gate of $stage passed: every document's rows as they are now are the validated ones. Only the
-- fingerprints not yet on record are written (rows/forget.sql took the stale entries away): a rerun that
-- changed a few documents rewrites a few entries, not every document's.
insert into dq_validated by name
select
    $stage as stage,
    f.doc_key,
    f.rows_fingerprint,
    $suite_version as suite_version,
    $run_id as run_id,
    $validated_at as validated_at
from query_table($fingerprints) as f
anti join (select doc_key from dq_validated where stage = $stage) as v using (doc_key)
