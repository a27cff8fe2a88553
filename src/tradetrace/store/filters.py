"""Filters for listing claims, documents and statistics; every field is optional."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ClaimFilter:
    """Which claims to list. Fields combine with AND."""

    country: str | None = None
    """ISO alpha-3 on either side of the flow (exporter or importer)."""
    partner: str | None = None
    """With `country`: the other side; alone: either side, like `country`."""
    exporter: str | None = None
    importer: str | None = None
    commodity: str | None = None
    """A taxonomy key; matches the key and everything under it (`oil` matches `diesel`)."""
    year: int | None = None
    kind: str | None = None
    modality: str | None = None
    doc_id: str | None = None
    outlet: str | None = None
    """The outlet of the claim's document (exact match)."""


@dataclass(frozen=True)
class DocumentFilter:
    """Which documents to list; `country`, `commodity`, `year`, `kind` select documents
    having at least one matching claim."""

    outlet: str | None = None
    country: str | None = None
    commodity: str | None = None
    year: int | None = None
    kind: str | None = None
    published_from: str | None = None
    published_to: str | None = None


@dataclass(frozen=True)
class StatisticFilter:
    """Which statistics to list."""

    reporter: str | None = None
    partner: str | None = None
    commodity: str | None = None
    year: int | None = None
    flow: str | None = None
    source_family: str | None = None
