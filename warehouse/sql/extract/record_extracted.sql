-- What stage $stage's rows are now made from: each document of $doc_ids with its input key of $keys,
-- at code version $version (documents gone or held back have no row).
insert into ops_extracted (stage, doc_id, input_sha256, version)
select $stage, unnest($doc_ids), unnest($keys), $version
