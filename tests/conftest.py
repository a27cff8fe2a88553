"""Fixtures shared across the suite: where the shared seeds live, and a fresh store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tradetrace.store import Store

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
EXAMPLES = ROOT / "examples"


@pytest.fixture
def seeds_dir() -> Path:
    """The two seed articles; they live outside the repository, in ../shared/seeds."""
    if not SEEDS.is_dir():
        pytest.skip(f"seed articles not present at {SEEDS} (they are not part of the repository)")
    return SEEDS


@pytest.fixture
def fresh_store() -> Iterator[Store]:
    store = Store.open(":memory:")
    yield store
    store.close()
