-- One line per document for the run summary.
select source_file, admin_level, coalesce(region, '-'), coalesce(title, '(no title)'), n_tasks, n_indicators
from core_documents
order by source_file
limit 40
