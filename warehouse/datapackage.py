"""datapackage.json beside the Parquet of a release: the published tables as a Frictionless Data
Package (https://datapackage.org, v2), so that generic tools find each file, its schema, key, the
allowed values and the meaning of every column (in English and Chinese) without reading our docs."""

from __future__ import annotations

import json
from pathlib import Path

from warehouse.registry import CONTRACT_VERSION, TABLES, Column

PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"
# Table Schema field types of the registry's DuckDB types.
_FIELD_TYPES = {
    "VARCHAR": "string",
    "VARCHAR[]": "array",
    "INTEGER": "integer",
    "BIGINT": "integer",
    "DOUBLE": "number",
    "BOOLEAN": "boolean",
    "DATE": "date",
    "TIMESTAMP": "datetime",
}


def _field(column: Column) -> dict:
    field = {
        "name": column.name,
        "type": _FIELD_TYPES[column.type],
        "description": column.description,
        "description_zh": column.description_zh,
    }
    constraints = {}
    if not column.nullable:
        constraints["required"] = True
    if column.allowed:
        constraints["enum"] = list(column.allowed)
    if constraints:
        field["constraints"] = constraints
    return field


def datapackage(tables: dict[str, dict], version: str | None = None) -> dict:
    """The package descriptor of a release; `tables` is the manifest's (file, rows, sha256 per table)."""
    resources = []
    for name, entry in tables.items():
        table = TABLES[name]
        schema: dict = {"fields": [_field(c) for c in table.columns]}
        if table.primary_key:
            schema["primaryKey"] = list(table.primary_key)
        resources.append({
            "name": name,
            "path": entry["file"],
            "format": "parquet",
            "mediatype": "application/vnd.apache.parquet",
            "hash": f"sha256:{entry['sha256']}",
            "description": table.description,
            "description_zh": table.description_zh,
            "rows": entry["rows"],
            "schema": schema,
        })
    package = {
        "$schema": PROFILE,
        "name": "gongwen",
        "title": "gongwen: tasks, targets and rollups of Chinese policy documents (公文任务台账与指标)",
        "contract_version": CONTRACT_VERSION,
        "resources": resources,
    }
    if version:
        package["version"] = version
    return package


def write_datapackage(folder: Path, tables: dict[str, dict], version: str | None = None) -> None:
    (folder / "datapackage.json").write_text(
        json.dumps(datapackage(tables, version), ensure_ascii=False, indent=2), encoding="utf-8"
    )
