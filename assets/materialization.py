"""What every materialization shows in the Dagster UI: the table's row count (`dagster/row_count`) and
its first rows as a Markdown table, so a reader sees what was made without opening the warehouse."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import dagster as dg
import pyarrow as pa

from warehouse.store import Rebuild

PREVIEW_ROWS = 5
PREVIEW_CELL_CHARS = 40  # a task's full text or a document body would drown the table


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        value = "、".join("" if v is None else str(v) for v in value)
    text = " ".join(str(value).split())  # newlines would break the Markdown row
    if len(text) > PREVIEW_CELL_CHARS:
        text = text[: PREVIEW_CELL_CHARS - 1] + "…"
    return text.replace("|", "\\|")


def markdown_table(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    lines = ["| " + " | ".join(columns) + " |", "|" + " --- |" * len(columns)]
    lines += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def preview(table: pa.Table) -> str:
    rows = [[table.column(i)[r].as_py() for i in range(table.num_columns)] for r in range(table.num_rows)]
    return markdown_table(table.column_names, rows)


def table_result(rb: Rebuild, name: str, asset_key: str | None = None, **extra: Any) -> dg.MaterializeResult:
    """The materialization of table `name`, read inside the rebuild that wrote it: row count, a preview
    of its first rows, and `extra`."""
    n_rows, head = rb.count_and_head(name, PREVIEW_ROWS)
    metadata = {
        "dagster/row_count": dg.MetadataValue.int(n_rows),
        "preview": dg.MetadataValue.md(preview(head)),
        **extra,
    }
    return dg.MaterializeResult(asset_key=asset_key, metadata=metadata)
