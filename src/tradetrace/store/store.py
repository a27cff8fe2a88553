"""The Store: open/migrate a SQLite database, write documents with their claims, query them back.

One process writes at a time (SQLite's lock); readers in other processes see a consistent
snapshot thanks to WAL. A Store object belongs to one thread: open one per thread or request.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from tradetrace.model import Claim, Document, Finding, Statistic
from tradetrace.store import queries
from tradetrace.store.filters import ClaimFilter, DocumentFilter, StatisticFilter
from tradetrace.store.migrations import migrate
from tradetrace.store.rows import (
    CLAIM_COLUMNS,
    DOCUMENT_COLUMNS,
    STATISTIC_COLUMNS,
    claim_values,
    document_values,
    finding_details,
    quoted,
    statistic_values,
)

NEAR_DUPLICATE_BITS = 3
"""SimHash fingerprints at most this many bits apart are the same story."""
_BANDS = 4  # 64 bits in 4 bands of 16: two fingerprints within 3 bits share at least one band.

SaveStatus = Literal["new", "duplicate", "near_duplicate"]


@dataclass(frozen=True)
class SaveResult:
    """What happened to a document handed to `Store.save_document`."""

    doc_id: str
    """The id the document is stored under (the earlier copy's id for duplicates)."""
    status: SaveStatus
    """new: stored with its claims; duplicate: same text already stored (source recorded);
    near_duplicate: a near-identical text already stored (source recorded, nothing else)."""
    claims: int = 0
    """Claims written."""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _bands(fingerprint: int) -> list[tuple[int, int]]:
    unsigned = fingerprint & 0xFFFFFFFFFFFFFFFF
    return [(band, (unsigned >> (16 * band)) & 0xFFFF) for band in range(_BANDS)]


def _distance(a: int, b: int) -> int:
    return ((a ^ b) & 0xFFFFFFFFFFFFFFFF).bit_count()


class Store:
    """A tradetrace database. Use `Store.open(path)`; `":memory:"` for a throwaway one."""

    def __init__(self, conn: sqlite3.Connection, path: str, readonly: bool = False) -> None:
        self.conn = conn
        self.path = path
        self.readonly = readonly
        self.closed = False

    @classmethod
    def open(cls, path: str | Path = ":memory:", *, readonly: bool = False) -> Store:
        """Open (creating and migrating as needed) the database at `path`."""
        location = str(path)
        if readonly and location != ":memory:":
            conn = sqlite3.connect(f"file:{location}?mode=ro", uri=True, isolation_level=None,
                                   check_same_thread=False)
        else:
            if location != ":memory:":
                Path(location).parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(location, isolation_level=None, check_same_thread=False,
                                   timeout=30)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        if not readonly:
            if location != ":memory:":
                conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            migrate(conn)
        return cls(conn, location, readonly)

    def close(self) -> None:
        """Close the connection (a second call does nothing)."""
        if self.closed:
            return
        if not self.readonly:
            # Refresh the query planner's statistics where they went stale (cheap when not).
            self.conn.execute("PRAGMA optimize")
        self.conn.close()
        self.closed = True

    def optimize(self) -> None:
        """Gather the query planner's statistics (`ANALYZE`); run after a bulk load."""
        self.conn.execute("ANALYZE")

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back on any error (or interrupt)."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # -- writes ---------------------------------------------------------------------------

    def save_document(self, doc: Document, claims: Sequence[Claim] = ()) -> SaveResult:
        """Store a document, its raw bytes and its claims in one transaction.

        The same text again only records the new source; a near-duplicate (SimHash within
        NEAR_DUPLICATE_BITS) is recorded as another source of the stored story.
        """
        now = _now()
        with self.transaction() as conn:
            if conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc.id,)).fetchone():
                self._add_source(doc.id, doc.source, "duplicate", now)
                return SaveResult(doc.id, "duplicate")
            original = self._near_duplicate_of(doc)
            if original is not None:
                self._add_source(original, doc.source, "near_duplicate", now)
                return SaveResult(original, "near_duplicate")
            if doc.raw is not None and doc.raw_sha256:
                conn.execute(
                    "INSERT OR IGNORE INTO raw_blobs (sha256, content) VALUES (?, ?)",
                    (doc.raw_sha256, doc.raw),
                )
            conn.execute(
                f"INSERT INTO documents ({quoted(DOCUMENT_COLUMNS)}, ingested_at) "
                f"VALUES ({', '.join('?' * len(DOCUMENT_COLUMNS))}, ?)",
                (*document_values(doc), now),
            )
            self._add_source(doc.id, doc.source, "original", now)
            for extra in doc.sources:
                self._add_source(doc.id, extra, "duplicate", now)
            if doc.fingerprint is not None:
                conn.executemany(
                    "INSERT INTO fingerprint_bands (doc_id, band, bits) VALUES (?, ?, ?)",
                    [(doc.id, band, bits) for band, bits in _bands(doc.fingerprint)],
                )
            self._insert_claims(claims)
        return SaveResult(doc.id, "new", len(claims))

    def replace_claims(self, doc_id: str, claims: Sequence[Claim]) -> int:
        """Replace a document's claims (re-extraction) in one transaction."""
        with self.transaction() as conn:
            conn.execute("DELETE FROM claims WHERE doc_id = ?", (doc_id,))
            self._insert_claims(claims)
        return len(claims)

    def save_statistics(self, statistics: Iterable[Statistic]) -> int:
        """Insert statistics (same id again replaces the row) in one transaction."""
        rows = [statistic_values(s) for s in statistics]
        with self.transaction() as conn:
            conn.executemany(
                f"INSERT OR REPLACE INTO statistics ({quoted(STATISTIC_COLUMNS)}) "
                f"VALUES ({', '.join('?' * len(STATISTIC_COLUMNS))})",
                rows,
            )
        return len(rows)

    def replace_findings(self, findings: Sequence[Finding]) -> int:
        """Replace all stored findings with these (checks are recomputed as a whole)."""
        now = _now()
        with self.transaction() as conn:
            conn.execute("DELETE FROM findings")
            for finding in findings:
                conn.execute(
                    "INSERT OR REPLACE INTO findings (id, type, severity, explanation, details,"
                    " created_at) VALUES (?, ?, ?, ?, ?, ?)",
                    (finding.id, finding.type, finding.severity, finding.explanation,
                     finding_details(finding), now),
                )
                conn.executemany(
                    "INSERT OR IGNORE INTO finding_claims (finding_id, claim_id, position)"
                    " VALUES (?, ?, ?)",
                    [(finding.id, cid, i) for i, cid in enumerate(finding.claim_ids)],
                )
                conn.executemany(
                    "INSERT OR IGNORE INTO finding_statistics (finding_id, statistic_id, position)"
                    " VALUES (?, ?, ?)",
                    [(finding.id, sid, i) for i, sid in enumerate(finding.statistic_ids)],
                )
        return len(findings)

    def _insert_claims(self, claims: Sequence[Claim]) -> None:
        self.conn.executemany(
            f"INSERT OR REPLACE INTO claims ({quoted(CLAIM_COLUMNS)}) "
            f"VALUES ({', '.join('?' * len(CLAIM_COLUMNS))})",
            [claim_values(c) for c in claims],
        )

    def _add_source(self, doc_id: str, source: str, relation: str, now: str) -> None:
        if source:
            self.conn.execute(
                "INSERT OR IGNORE INTO document_sources (doc_id, source, relation, seen_at)"
                " VALUES (?, ?, ?, ?)",
                (doc_id, source, relation, now),
            )

    def _near_duplicate_of(self, doc: Document) -> str | None:
        if doc.fingerprint is None:
            return None
        clauses = " OR ".join("(b.band = ? AND b.bits = ?)" for _ in range(_BANDS))
        params = [v for pair in _bands(doc.fingerprint) for v in pair]
        rows = self.conn.execute(
            f"SELECT DISTINCT d.id, d.fingerprint FROM fingerprint_bands b JOIN documents d"
            f" ON d.id = b.doc_id WHERE {clauses} ORDER BY d.ingested_at, d.id",
            params,
        ).fetchall()
        for row in rows:
            if _distance(row["fingerprint"], doc.fingerprint) <= NEAR_DUPLICATE_BITS:
                return str(row["id"])
        return None

    # -- reads (SQL in queries.py) ----------------------------------------------------------

    def document(self, doc_id: str) -> Document | None:
        return queries.document(self.conn, doc_id)

    def documents(self, where: DocumentFilter | None = None, limit: int | None = None,
                  offset: int = 0) -> list[Document]:
        return queries.documents(self.conn, where or DocumentFilter(), limit, offset)

    def count_documents(self, where: DocumentFilter | None = None) -> int:
        return queries.count_documents(self.conn, where or DocumentFilter())

    def raw_bytes(self, sha256: str) -> bytes | None:
        return queries.raw_bytes(self.conn, sha256)

    def claim(self, claim_id: str) -> Claim | None:
        return queries.claim(self.conn, claim_id)

    def claims(self, where: ClaimFilter | None = None, limit: int | None = None,
               offset: int = 0) -> list[Claim]:
        return queries.claims(self.conn, where or ClaimFilter(), limit, offset)

    def count_claims(self, where: ClaimFilter | None = None) -> int:
        return queries.count_claims(self.conn, where or ClaimFilter())

    def statistics(self, where: StatisticFilter | None = None) -> list[Statistic]:
        return queries.statistics(self.conn, where or StatisticFilter())

    def findings(self, claim_id: str | None = None) -> list[Finding]:
        return queries.findings(self.conn, claim_id)

    def counts(self) -> dict[str, int]:
        """Rows per main table: documents, claims, statistics, findings."""
        return queries.counts(self.conn)
