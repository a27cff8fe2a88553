"""What went wrong with one input: a record the pipeline can report, and an exception to raise.

`IngestError` is both a frozen dataclass (the record `load_documents` yields for a bad input) and
an `Exception` (what `read_statistics` raises for a malformed file), so callers write one
`except IngestError` / `isinstance(item, IngestError)` for both.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class _IngestProblem:
    """The fields of an ingest error (kept in a base class; see `IngestError`)."""

    source: str
    """The input as the user named it: a path, URL, `<stdin>` or `feed-url#item`."""
    reason: str
    """Why it could not be read, in a few words: `binary file (NUL bytes)`."""
    line: int | None = None
    """Line number inside the input, for row-level errors in CSV/JSONL files."""

    def __str__(self) -> str:
        where = self.source if self.line is None else f"{self.source}:{self.line}"
        return f"{where}: {self.reason}"


class IngestError(_IngestProblem, Exception):
    """One input that could not be turned into documents or statistics.

    Frozen like every record, and raisable. The dataclass lives in a base class because a frozen
    dataclass that is itself an Exception cannot be re-raised through `contextlib` (Python sets
    `__traceback__` by assignment); fields stay read-only here, dunder attributes do not.
    """

    def __reduce__(self) -> tuple[type[IngestError], tuple[str, str, int | None]]:
        return (type(self), (self.source, self.reason, self.line))


IngestFailure = IngestError
"""Alias: the name used for the raised form in the project's foundation issue."""
