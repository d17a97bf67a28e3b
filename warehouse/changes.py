"""What a release changes for its readers: documents added, changed and removed since the last published set.

Documents are compared by doc_id (the hash of their normalized text) and source_file: a doc_id in
both sets is unchanged (even under a new file name); a new doc_id whose source_file was published
before with another doc_id is that file changed; any other new doc_id is added; an old doc_id whose
source_file is gone from the new set is removed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq

Document = tuple[str, str]  # source_file, doc_id


def compare_documents(before: list[Document], after: list[Document]) -> dict[str, list[dict]]:
    """Added, changed and removed documents between two published sets, each in source_file order."""
    old_ids = {doc_id for _, doc_id in before}
    new_ids = {doc_id for _, doc_id in after}
    old_by_file = dict(before)
    new_files = {source for source, _ in after}
    added, changed = [], []
    for source, doc_id in sorted(after):
        if doc_id in old_ids:
            continue
        if source in old_by_file:
            changed.append({"source_file": source, "doc_id": doc_id, "previous_doc_id": old_by_file[source]})
        else:
            added.append({"source_file": source, "doc_id": doc_id})
    removed = [
        {"source_file": source, "doc_id": doc_id}
        for source, doc_id in sorted(before)
        if doc_id not in new_ids and source not in new_files
    ]
    return {"added": added, "changed": changed, "removed": removed}


def published_documents(folder: Path) -> list[Document] | None:
    """(source_file, doc_id) of a published set's core_documents; None when there is no such set."""
    path = folder / "core_documents.parquet"
    if not path.exists():
        return None
    table = pq.read_table(path, columns=["source_file", "doc_id"])
    return list(zip(table.column("source_file").to_pylist(), table.column("doc_id").to_pylist(), strict=True))


def changes_since(previous: Path, staging: Path) -> dict:
    """The manifest's `changes`: the run it compares with (None for a first release) and the lists."""
    before = published_documents(previous)
    after = published_documents(staging) or []
    since = None
    if before is not None and (previous / "_manifest.json").exists():
        since = json.loads((previous / "_manifest.json").read_text(encoding="utf-8")).get("run_id")
    return {"since_run_id": since, **compare_documents(before or [], after)}
