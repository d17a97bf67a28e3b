-- Files of the last run that could not be read or parsed, with their reasons (held-back documents
-- are listed on their own, see summary_held_back).
select f.source_file, q.stage, q.reason, q.detail
from raw_files as f
inner join ops_quarantine as q on q.source_file = f.source_file and q.sha256 = f.sha256
where f.status = 'quarantined'
    and len(list_filter(f.flags, lambda x: starts_with(x, 'held_back:'))) = 0
order by f.source_file
