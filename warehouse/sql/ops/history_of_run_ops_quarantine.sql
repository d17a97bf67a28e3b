-- The quarantine rows this run saw (first_seen kept from earlier runs), for the append-only log.
select *
from ops_quarantine
where run_id = $run_id
order by source_file, stage, sha256
