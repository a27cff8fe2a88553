"""The pipeline runs one way: no stage imports a later one; each framework stays in its stage."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "tradetrace"

# Lower rank = earlier/lower layer. A module may import its own stage and lower ranks only.
RANK = {
    "model": 0, "knowledge": 1, "normalize": 2, "ingest": 3, "extract": 4, "store": 5,
    "verify": 6, "analyse": 7, "report": 8, "web": 8, "pipeline": 9, "cli": 10,
}
ONLY_IN = {"sqlite3": {"store"}, "click": {"cli"}, "fastapi": {"web"}, "uvicorn": {"web", "cli"},
           "starlette": {"web"}}


def stage_of(path: Path) -> str:
    rel = path.relative_to(PACKAGE)
    return rel.parts[0].removesuffix(".py") if len(rel.parts) > 1 or rel.stem != "__init__" else ""


def imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


MODULES = sorted(p for p in PACKAGE.rglob("*.py") if stage_of(p))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_stage_imports_a_later_stage(path: Path) -> None:
    stage = stage_of(path)
    assert stage in RANK, f"{path}: unknown stage folder {stage!r}; add it to RANK"
    for name in imports(path):
        parts = name.split(".")
        if parts[0] == "tradetrace" and len(parts) > 1 and parts[1] in RANK:
            target = parts[1]
            assert RANK[target] <= RANK[stage] or target == stage, (
                f"{path.relative_to(PACKAGE)} ({stage}) imports {name} ({target}), a later stage")


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_frameworks_stay_in_their_stage(path: Path) -> None:
    stage = stage_of(path)
    for name in imports(path):
        allowed = ONLY_IN.get(name.split(".")[0])
        assert allowed is None or stage in allowed, (
            f"{path.relative_to(PACKAGE)} imports {name}, which belongs to {sorted(allowed)} only")
