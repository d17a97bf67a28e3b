-- raw_files with its check columns.
select
    f.*,
    (f.status in ('quarantined', 'skipped')) = (f.doc_id is null) as doc_id_ok,
    (f.status in ('quarantined', 'skipped')) = (f.reason is not null) as reason_ok,
    f.status <> 'quarantined' or exists (
        select 1 from ops_quarantine as q
        where q.source_file = f.source_file and q.sha256 = f.sha256
    ) as accounted_ok
from raw_files as f
