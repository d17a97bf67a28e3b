-- Every file that became a document (published or duplicate) is one row, and nothing else is.
select count(distinct doc_id) as expected_rows
from raw_files
where doc_id is not null
