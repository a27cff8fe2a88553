"""The store: the only code that speaks SQL. SQLite in WAL mode by default.

`Store.open(path)` creates or upgrades the database through numbered migrations. Each document is
written together with its claims in one transaction, so a crash leaves no half-written document,
and writing the same document again changes nothing.
"""

from tradetrace.store.filters import ClaimFilter, DocumentFilter, StatisticFilter
from tradetrace.store.store import SaveResult, Store

__all__ = ["ClaimFilter", "DocumentFilter", "SaveResult", "StatisticFilter", "Store"]
