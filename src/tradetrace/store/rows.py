"""Conversions between model records and database rows."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import fields
from datetime import date
from typing import Any

from tradetrace.model import Claim, Document, Finding, Statistic

CLAIM_COLUMNS = [f.name for f in fields(Claim)]
STATISTIC_COLUMNS = [f.name for f in fields(Statistic)]
DOCUMENT_COLUMNS = [
    "id", "text", "title", "outlet", "url", "published", "source", "fetched_at", "content_type",
    "raw_sha256", "language", "fingerprint",
]
_BOOLEAN = {"two_way", "approximate", "mirror"}


def quoted(columns: list[str]) -> str:
    return ", ".join(f'"{c}"' for c in columns)


def claim_values(claim: Claim) -> tuple[Any, ...]:
    return tuple(
        int(v) if name in _BOOLEAN else v
        for name, v in ((n, getattr(claim, n)) for n in CLAIM_COLUMNS)
    )


def claim_from_row(row: sqlite3.Row) -> Claim:
    data = {name: row[name] for name in CLAIM_COLUMNS}
    for name in _BOOLEAN & data.keys():
        data[name] = bool(data[name])
    return Claim(**data)


def statistic_values(stat: Statistic) -> tuple[Any, ...]:
    return tuple(
        int(getattr(stat, n)) if n in _BOOLEAN else getattr(stat, n) for n in STATISTIC_COLUMNS
    )


def statistic_from_row(row: sqlite3.Row) -> Statistic:
    data = {name: row[name] for name in STATISTIC_COLUMNS}
    data["mirror"] = bool(data["mirror"])
    return Statistic(**data)


def document_values(doc: Document) -> tuple[Any, ...]:
    values: list[Any] = []
    for name in DOCUMENT_COLUMNS:
        value = getattr(doc, name)
        if isinstance(value, date):
            value = value.isoformat()
        values.append(value)
    return tuple(values)


def document_from_row(row: sqlite3.Row, sources: tuple[str, ...]) -> Document:
    published = row["published"]
    return Document(
        id=row["id"],
        text=row["text"],
        title=row["title"],
        outlet=row["outlet"],
        url=row["url"],
        published=date.fromisoformat(published) if published else None,
        source=row["source"],
        fetched_at=row["fetched_at"],
        content_type=row["content_type"],
        raw_sha256=row["raw_sha256"],
        language=row["language"],
        sources=sources,
        fingerprint=row["fingerprint"],
    )


def finding_from_row(
    row: sqlite3.Row, claim_ids: tuple[str, ...], statistic_ids: tuple[str, ...]
) -> Finding:
    details = json.loads(row["details"])
    return Finding(
        id=row["id"],
        type=row["type"],
        severity=row["severity"],
        explanation=row["explanation"],
        claim_ids=claim_ids,
        statistic_ids=statistic_ids,
        details=tuple((str(k), _freeze(v)) for k, v in details),
    )


def _freeze(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    return value


def finding_details(finding: Finding) -> str:
    return json.dumps([[k, v] for k, v in finding.details], default=str)
