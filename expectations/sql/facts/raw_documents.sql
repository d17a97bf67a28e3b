-- One document per distinct text that reading published; how many files a document-level
-- expectation held back (flag 'held_back:<check>', gongwen.vocabulary.HELD_BACK; expectations/screening.py).
select
    count(distinct doc_id) filter (where status = 'published') as expected_rows,
    count(*) filter (where len(list_filter(flags, lambda f: starts_with(f, 'held_back:'))) > 0) as n_held_back
from raw_files
