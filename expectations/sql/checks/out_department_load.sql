select
    l.*,
    d.doc_id is not null as doc_ok,
    l.n_tasks <= d.n_tasks
        and l.n_lead <= l.n_tasks and l.n_co <= l.n_tasks and l.n_responsible <= l.n_tasks
        and l.n_tasks > 0 as counts_ok
from out_department_load as l
left join core_documents as d using (doc_id)
