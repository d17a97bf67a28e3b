"""Publication: the core and out tables as Parquet with a manifest, swapped in atomically."""


import dagster as dg

from assets.resources import Gongwen
from warehouse.publish import publish
from warehouse.registry import PUBLISHED_TABLES


@dg.asset(group_name="publish", deps=list(PUBLISHED_TABLES), kinds={"parquet"})
def published(context: dg.AssetExecutionContext, gongwen: Gongwen) -> dg.MaterializeResult:
    """Write $GONGWEN_HOME/published/<table>.parquet for every published table plus _manifest.json.

    Runs only when every upstream gate passed; readers see the previous set or this one, never a mix.
    """
    manifest = publish(gongwen.warehouse, gongwen.home_path, context.run_id)
    return dg.MaterializeResult(
        metadata={
            "path": dg.MetadataValue.path(str(gongwen.home_path / "published")),
            "rows": dg.MetadataValue.json({name: t["rows"] for name, t in manifest["tables"].items()}),
        }
    )
