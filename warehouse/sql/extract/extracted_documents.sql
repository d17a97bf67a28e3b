-- Each document's input key when stage $stage at code version $version last made its rows.
select doc_id, input_sha256
from ops_extracted
where stage = $stage and version = $version
