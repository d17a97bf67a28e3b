-- One document per distinct text that reading published.
select count(distinct doc_id) as expected_rows
from raw_files
where status = 'published'
