-- Take the held-back documents out of the raw layer: their files become quarantined, flagged with the check
-- and given its reason. Their rows are gone, so no stage has their extraction on record: a later run reads
-- them again (and screens them again).
delete from raw_citations where doc_id in (select doc_id from held_back);
delete from raw_documents where doc_id in (select doc_id from held_back);
update raw_files as f
set
    status = 'quarantined',
    doc_id = null,
    reason = h.reason,
    flags = list_append(coalesce(f.flags, []), h.flag)
from held_back as h
where f.doc_id = h.doc_id;
delete from ops_extracted where doc_id in (select doc_id from held_back);
