"""The warehouse: table registry, DDL, SQL files, DuckDB writes and Parquet publishing."""
