"""Dagster wiring: Definitions, jobs, schedules, sensors and the one resource."""
