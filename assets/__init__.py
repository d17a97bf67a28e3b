"""Thin Dagster assets, one module per layer: raw → core → out → published."""
