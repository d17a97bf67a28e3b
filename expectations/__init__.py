"""Great Expectations suites per table, and their translation into Dagster asset-check results."""
