"""The knowledge files are well-formed data: no key written twice (JSON keeps the last one
silently, so an entry edited in two places would lose one edit)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

KNOWLEDGE = Path(__file__).resolve().parents[1] / "src" / "tradetrace" / "knowledge"


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [key for key, _ in pairs]
    repeated = sorted({key for key in keys if keys.count(key) > 1})
    assert not repeated, f"keys written twice: {repeated}"
    return dict(pairs)


@pytest.mark.parametrize("path", sorted(KNOWLEDGE.glob("*.json")), ids=lambda p: p.name)
def test_no_key_is_written_twice(path: Path) -> None:
    json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=_no_duplicates)


def test_the_check_catches_a_repeated_key() -> None:
    with pytest.raises(AssertionError, match="LAO"):
        json.loads('{"LAO": 1, "THA": 2, "LAO": 3}', object_pairs_hook=_no_duplicates)


def test_goods_with_no_key_are_no_alias_of_a_key() -> None:
    """`unkeyed_goods` make a commodity unknown; an alias there would hide its key (`copper`
    may be listed, `iron ore` may not)."""
    from tradetrace.extract.commodity import alias_keys
    from tradetrace.extract.cues import word_set

    unkeyed = word_set("unkeyed_goods")
    assert {"gold", "natural gas"} <= unkeyed
    assert not unkeyed & set(alias_keys())
