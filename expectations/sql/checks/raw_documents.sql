-- raw_documents with its check columns; a prefix of the text is enough to check it is there.
select
    d.* replace (left(d.text, 200) as text),
    d.issue_date is null
        or d.issue_date between date '1949-10-01' and current_date + interval 366 day as issue_date_ok,
    d.period_start is null or d.period_end is null or d.period_start <= d.period_end as period_ok
from raw_documents as d
