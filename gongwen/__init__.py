"""gongwen domain: pure functions from policy-document text to rows (no Dagster, no DuckDB)."""
