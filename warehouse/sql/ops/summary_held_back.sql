-- Files of the last run held back by a document-level expectation (raw_files flag 'held_back:<check>'),
-- with the expectation and what it saw.
select f.source_file, q.reason, q.detail
from raw_files as f
inner join ops_quarantine as q on q.source_file = f.source_file and q.sha256 = f.sha256
where len(list_filter(f.flags, lambda x: starts_with(x, 'held_back:'))) > 0
order by f.source_file, q.reason
