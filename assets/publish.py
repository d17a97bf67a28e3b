"""Publication: the core and out tables as Parquet with a manifest, swapped in atomically."""


import dagster as dg

from assets.materialization import markdown_table
from assets.resources import Gongwen
from warehouse.publish import publish
from warehouse.registry import PUBLISHED_TABLES


@dg.asset(group_name="publish", deps=list(PUBLISHED_TABLES), kinds={"parquet"})
def published(context: dg.AssetExecutionContext, gongwen: Gongwen) -> dg.MaterializeResult:
    """Write $GONGWEN_HOME/published/<table>.parquet for every published table plus _manifest.json.

    Runs only when every upstream gate passed; readers see the previous set or this one, never a mix.
    """
    manifest = publish(gongwen.warehouse, gongwen.home_path, context.run_id)
    tables = manifest["tables"]
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": dg.MetadataValue.int(sum(t["rows"] for t in tables.values())),
            "preview": dg.MetadataValue.md(markdown_table(
                ["table", "rows", "sha256"], [(name, t["rows"], t["sha256"][:16]) for name, t in tables.items()]
            )),
            "path": dg.MetadataValue.path(str(gongwen.home_path / "published")),
            "rows": dg.MetadataValue.json({name: t["rows"] for name, t in tables.items()}),
            "git_commit": manifest["git_commit"] or "",
            "inbox_fingerprint": manifest["inbox_fingerprint"] or "",
        }
    )
