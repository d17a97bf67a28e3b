-- Files of the last run that were quarantined, with their reasons.
select f.source_file, q.stage, q.reason, q.detail
from raw_files as f
inner join ops_quarantine as q on q.source_file = f.source_file and q.sha256 = f.sha256
where f.status = 'quarantined'
order by f.source_file
