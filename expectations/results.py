"""A suite's outcome as a Dagster asset-check result: pass/fail plus what failed and what was seen."""

from __future__ import annotations

import dagster as dg

from expectations.gate import SuiteOutcome


def to_check_result(outcome: SuiteOutcome) -> dg.AssetCheckResult:
    failures = outcome.failures
    return dg.AssetCheckResult(
        passed=outcome.success,
        severity=dg.AssetCheckSeverity.ERROR,
        description=(
            f"{len(outcome.outcomes)} expectations hold"
            if not failures
            else f"{len(failures)} of {len(outcome.outcomes)} expectations failed: "
            + "; ".join(f.expectation for f in failures[:5])
        ),
        metadata={
            "expectations": len(outcome.outcomes),
            # rows of new or changed documents the row-level expectations saw (0: nothing changed)
            "rows_validated": outcome.rows_checked,
            "failed": dg.MetadataValue.json({f.expectation: f.observed for f in failures}),
        },
    )
