-- Every file the run read, in path order, for the manifest's inbox fingerprint.
select source_file, sha256
from raw_files
order by source_file
