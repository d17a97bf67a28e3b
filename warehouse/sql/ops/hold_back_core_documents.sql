-- Take the held-back documents out of the core tables built before core_indicators' gate (the raw layer
-- follows with ops/hold_back_documents); core_documents and everything after are built without them.
delete from core_indicators where doc_id in (select doc_id from held_back);
delete from core_task_units where doc_id in (select doc_id from held_back);
delete from core_tasks where doc_id in (select doc_id from held_back);
