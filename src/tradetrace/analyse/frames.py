"""pandas DataFrames of any analysis result, for notebooks: `to_frame(partner_shares(...))`."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd


def as_record(item: Any) -> dict[str, Any]:
    """A result dataclass as a plain dict (JSON-ready: tuples become lists)."""
    if not dataclasses.is_dataclass(item) or isinstance(item, type):
        raise TypeError(f"not a dataclass instance: {type(item).__name__}")
    # Result records are flat (no nested dataclasses), so a shallow copy does; asdict's deep
    # copy is the slowest part of a large report.
    record = {}
    for name in _field_names(type(item)):
        value = getattr(item, name)
        record[name] = list(value) if isinstance(value, tuple) else value
    if hasattr(item, "series_key"):
        record["series_key"] = item.series_key
    return record


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def to_frame(items: Iterable[Any]) -> pd.DataFrame:
    """One row per result, one column per field (pandas is imported only when asked for)."""
    import pandas as pd

    return pd.DataFrame([as_record(item) for item in items])
