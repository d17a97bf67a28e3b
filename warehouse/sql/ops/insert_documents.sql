-- The rows of the documents $doc_ids that a build query of warehouse/sql/build/ makes, added to its table
-- (the table's name from the table registry and the query are put in by Rebuild.by_document, never input).
-- list_contains, not `in (select unnest(…))`: DuckDB pushes it below the query's grouping to its scans.
insert into {table} by name
select * from (
{query}
) as built
where list_contains($doc_ids, built.doc_id)
