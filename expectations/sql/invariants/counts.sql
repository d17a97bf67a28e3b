-- One row of counts over a whole gated table ($table) and its check view (gate_checks: the table with its
-- check columns, expectations/sql/checks/<table>.sql), all computed in DuckDB. The column lists come from
-- the table registry as bound parameters ($not_null: the NOT NULL columns, $key: the primary key):
--   n_rows                  rows of the table
--   n_null_<column>         NULLs in each NOT NULL column
--   n_duplicate_key         rows beyond the first of each primary key
--   n_false_<check>_ok      rows for which a check column of gate_checks is false (NULL: not applicable),
--                           but for the scoped checks ($scoped_checks: counted by scoped_counts.sql)
with

whole as (
    select
        count(*) as n_rows,
        count(*) - count(COLUMNS(lambda c: list_contains($not_null, c))) as 'n_null_\0',
        count(*) - count(distinct struct_pack(*COLUMNS(lambda c: list_contains($key, c)))) as n_duplicate_key
    from query_table($table)
),

rules as (
    select count_if(not COLUMNS(lambda c: suffix(c, '_ok') and not list_contains($scoped_checks, c)))
        as 'n_false_\0'
    from gate_checks
)

select * from whole, rules
