"""Curated knowledge kept as data files (JSON/CSV/pint definitions), with small loaders.

Every entry carries its source. Loaders read once and cache; nothing here does I/O at import.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


def data_path(name: str) -> Any:
    """A traversable path to a file shipped in this folder."""
    return resources.files("tradetrace.knowledge").joinpath(name)


@cache
def load_json(name: str) -> Any:
    """Parse a JSON data file of this folder (cached)."""
    with data_path(name).open("r", encoding="utf-8") as handle:
        return json.load(handle)
