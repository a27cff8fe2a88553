"""pandas DataFrames of any analysis result, for notebooks: `to_frame(partner_shares(...))`."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd


def as_record(item: Any) -> dict[str, Any]:
    """A result dataclass as a plain dict (JSON-ready: tuples become lists)."""
    if not dataclasses.is_dataclass(item) or isinstance(item, type):
        raise TypeError(f"not a dataclass instance: {type(item).__name__}")
    record = dataclasses.asdict(item)
    extra = {"series_key": item.series_key} if hasattr(item, "series_key") else {}
    return {k: list(v) if isinstance(v, tuple) else v for k, v in record.items()} | extra


def to_frame(items: Iterable[Any]) -> pd.DataFrame:
    """One row per result, one column per field (pandas is imported only when asked for)."""
    import pandas as pd

    return pd.DataFrame([as_record(item) for item in items])
