-- After the gate of $stage passed: every document's rows as they are now are the validated ones
-- (after rows/forget.sql took the stage's earlier entries away).
insert into dq_validated by name
select
    $stage as stage,
    doc_key,
    rows_fingerprint,
    $suite_version as suite_version,
    $run_id as run_id,
    $validated_at as validated_at
from gate_fingerprints
