"""Every third-party package the code imports is declared in pyproject.toml (dev extras for tests)."""

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROJECT = {"gongwen", "warehouse", "expectations", "assets", "pipelines", "tests", "bench"}


def _imported_top_levels(folders) -> set[str]:
    names = set()
    for folder in folders:
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    names.update(alias.name.split(".")[0] for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names.add(node.module.split(".")[0])
    return names - set(sys.stdlib_module_names) - PROJECT - {"__future__"}


def _declared(*extras: str) -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = project["dependencies"] + [r for extra in extras for r in project["optional-dependencies"][extra]]
    return {re.split(r"[<>=!~\[ ;]", r, maxsplit=1)[0].lower().replace("_", "-") for r in requirements}


def _distributions(modules: set[str]) -> dict[str, set[str]]:
    known = packages_distributions()
    return {m: {d.lower().replace("_", "-") for d in known.get(m, [m])} for m in modules}


def test_the_pipeline_imports_only_declared_packages():
    modules = _imported_top_levels(["gongwen", "warehouse", "expectations", "assets", "pipelines"])
    declared = _declared("ray")  # ray: imported only when a run is on Ray (assets/pool.py)
    assert {m: d for m, d in _distributions(modules).items() if not d & declared} == {}


def test_tests_and_bench_import_only_declared_packages():
    declared = _declared("dev", "ray")
    modules = _imported_top_levels(["tests", "bench"])
    assert {m: d for m, d in _distributions(modules).items() if not d & declared} == {}
