"""Publication: the core and out tables as Parquet with a manifest, swapped in atomically."""


import dagster as dg

from assets.materialization import markdown_table
from assets.resources import Gongwen
from assets.specs import LEDGER_FIRST
from assets.versions import code_version
from warehouse.publish import LEDGER_TABLES, publish, stage_ledger
from warehouse.registry import PUBLISHED_TABLES

LOGGED_CHANGES = 20  # documents named per kind in the run's log


@dg.asset(group_name="publish", deps=list(LEDGER_TABLES), kinds={"parquet", "xlsx"},
          code_version=code_version("staged_ledger"), op_tags=LEDGER_FIRST)
def staged_ledger(context: dg.AssetExecutionContext, gongwen: Gongwen) -> dg.MaterializeResult:
    """Begin this run's release as soon as the tables of 任务台账.xlsx have passed their gates: they are
    written as Parquet into the release's staging folder, and the workbook and their CSVs are made by
    processes of their own while the run builds and gates the other marts; `published` takes them over.
    Nothing is published here: when a gate blocks later, the staged folder goes with the next publication.
    """
    tables = stage_ledger(gongwen.warehouse, gongwen.home_path, context.run.run_id)
    return dg.MaterializeResult(metadata={
        "dagster/row_count": dg.MetadataValue.int(sum(t["rows"] for t in tables.values())),
        "preview": dg.MetadataValue.md(markdown_table(
            ["table", "rows", "sha256"], [(name, t["rows"], t["sha256"][:16]) for name, t in tables.items()]
        )),
        "rows": dg.MetadataValue.json({name: t["rows"] for name, t in tables.items()}),
    })


@dg.asset(group_name="publish", deps=[*PUBLISHED_TABLES, "staged_ledger"], kinds={"parquet"},
          code_version=code_version("published"))
def published(context: dg.AssetExecutionContext, gongwen: Gongwen) -> dg.MaterializeResult:
    """Write $GONGWEN_HOME/published/<table>.parquet for every published table, the read-only
    DuckDB copy gongwen.duckdb and _manifest.json (with the documents added, changed and removed).

    Runs only when every upstream gate passed; readers see the previous set or this one, never a mix.
    """
    manifest = publish(gongwen.warehouse, gongwen.home_path, context.run.run_id)
    tables = manifest["tables"]
    changes = manifest["changes"]
    if not manifest["new_release"]:
        context.log.info(f"nothing new published: every table is identical to the published set of run "
                         f"{manifest['run_id']}")
        changes = {"since_run_id": manifest["run_id"], "added": [], "changed": [], "removed": []}
    # Each log message is an event stored in Dagster's run storage (a connection and a commit each): one
    # message per kind, naming the first documents; the full lists are in _manifest.json.
    for kind in ("added", "changed", "removed"):
        docs = changes[kind]
        if docs:
            lines = [f"{kind} since {changes['since_run_id']}: {doc['source_file']} ({doc['doc_id']})"
                     for doc in docs[:LOGGED_CHANGES]]
            if len(docs) > LOGGED_CHANGES:
                lines.append(f"… and {len(docs) - LOGGED_CHANGES} more {kind} (_manifest.json lists all)")
            context.log.info("\n".join(lines))
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": dg.MetadataValue.int(sum(t["rows"] for t in tables.values())),
            "preview": dg.MetadataValue.md(markdown_table(
                ["table", "rows", "sha256"], [(name, t["rows"], t["sha256"][:16]) for name, t in tables.items()]
            )),
            "path": dg.MetadataValue.path(str(gongwen.home_path / "published")),
            "database": dg.MetadataValue.path(str(gongwen.home_path / "published" / manifest["database"]["file"])),
            "rows": dg.MetadataValue.json({name: t["rows"] for name, t in tables.items()}),
            "changes": dg.MetadataValue.json({k: len(changes[k]) for k in ("added", "changed", "removed")}),
            "new_release": manifest["new_release"],
            "release_run_id": manifest["run_id"],
            "git_commit": manifest["git_commit"] or "",
            "inbox_fingerprint": manifest["inbox_fingerprint"] or "",
        }
    )
