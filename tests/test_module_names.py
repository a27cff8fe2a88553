"""No module of the package binds one top-level name twice: a later pattern constant of the same
name silently replaces the earlier one for every function that reads it (kinds had two
`_MOVED_BY` patterns of different meanings until the forty-ninth session)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "tradetrace"


def _bound_names(node: ast.stmt) -> list[str]:
    """The top-level names a statement binds (assignments, annotated ones, defs and classes)."""
    if isinstance(node, ast.Assign):
        return [target.id for target in node.targets if isinstance(target, ast.Name)]
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value:
        return [node.target.id]
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return [node.name]
    return []


def test_no_module_binds_a_top_level_name_twice() -> None:
    twice = []
    for path in sorted(PACKAGE.rglob("*.py")):
        seen: dict[str, int] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            for name in _bound_names(node):
                if name in seen:
                    twice.append(f"{path.relative_to(PACKAGE)}: {name} (lines {seen[name]} and "
                                 f"{node.lineno})")
                seen[name] = node.lineno
    assert not twice, twice
