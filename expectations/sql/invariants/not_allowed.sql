-- Per column of $table with enumerated values ($columns, their allowed values in $allowed, in the same
-- order; from the table registry): how many values lie outside the set, and up to five of those rows by
-- their primary key ($key) with the value. NULLs are not counted (the NOT NULL counts see them).
-- A column with none outside its set has no row here.
with

values_by_key as (
    unpivot (
        select
            struct_pack(*COLUMNS(lambda c: list_contains($key, c))) as gate_key,
            COLUMNS(lambda c: list_contains($columns, c))::varchar
        from query_table($table)
    )
    on COLUMNS(lambda c: c <> 'gate_key')
    into name column_name value column_value
)

select
    column_name,
    count(*) as n,
    list(struct_insert(gate_key, value := column_value) order by gate_key)[:5] as examples
from values_by_key
where not list_contains($allowed[list_position($columns, column_name)], column_value)
group by column_name
