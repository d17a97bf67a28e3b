"""Render the table registry as Markdown: `python -m warehouse.docs > docs/tables.md`.

The reference of every table is generated, so it cannot drift from the schema the pipeline enforces
(tests/test_docs.py fails when docs/tables.md is stale).
"""

from __future__ import annotations

from warehouse.registry import CONTRACT_VERSION, TABLES


def render() -> str:
    lines = [
        f"# gongwen tables (contract v{CONTRACT_VERSION})",
        "",
        "Generated from `warehouse/registry.py` by `python -m warehouse.docs`; do not edit by hand.",
        "Published tables are in the warehouse (`$GONGWEN_HOME/warehouse.duckdb`) and in",
        "`$GONGWEN_HOME/published/<table>.parquet`; the others live in the warehouse only.",
        "",
    ]
    for table in TABLES.values():
        where = "warehouse + Parquet" if table.published else "warehouse only"
        key = ", ".join(table.primary_key) or "—"
        lines += [f"## {table.name}", "", f"{table.description} *({where}; key: {key})*", "",
                  table.description_zh, ""]
        lines += ["| column | type | null | meaning | 含义 |", "| --- | --- | --- | --- | --- |"]
        for c in table.columns:
            meaning = c.description + (f" — one of {', '.join(f'`{v}`' for v in c.allowed)}" if c.allowed else "")
            lines.append(f"| {c.name} | {c.type} | {'yes' if c.nullable else 'no'} | {meaning} | {c.description_zh} |")
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    print(render(), end="")
