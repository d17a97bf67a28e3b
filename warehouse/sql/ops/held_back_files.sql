-- The files (the published one and its duplicates) of the documents held back by an expectation.
select f.source_file, f.sha256, f.doc_id
from raw_files as f
inner join held_back as h using (doc_id)
order by f.source_file
