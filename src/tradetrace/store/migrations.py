"""Numbered, named schema migrations, each applied once in its own transaction and recorded."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

MIGRATIONS: list[tuple[str, str]] = [
    (
        "0001_initial",
        """
        CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            text TEXT NOT NULL,
            title TEXT,
            outlet TEXT,
            url TEXT,
            published TEXT,
            source TEXT NOT NULL,
            fetched_at TEXT,
            content_type TEXT NOT NULL,
            raw_sha256 TEXT,
            language TEXT,
            fingerprint INTEGER,
            ingested_at TEXT NOT NULL
        );
        CREATE INDEX documents_published ON documents(published);
        CREATE INDEX documents_outlet ON documents(outlet);
        CREATE TABLE document_sources (
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            source TEXT NOT NULL,
            relation TEXT NOT NULL,
            seen_at TEXT NOT NULL,
            PRIMARY KEY (doc_id, source)
        );
        CREATE TABLE raw_blobs (
            sha256 TEXT PRIMARY KEY,
            content BLOB NOT NULL
        );
        CREATE TABLE fingerprint_bands (
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            band INTEGER NOT NULL,
            bits INTEGER NOT NULL,
            PRIMARY KEY (band, bits, doc_id)
        );
        CREATE TABLE claims (
            id TEXT PRIMARY KEY,
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            sentence_start INTEGER NOT NULL,
            sentence_end INTEGER NOT NULL,
            surface TEXT NOT NULL,
            value REAL NOT NULL,
            unit TEXT NOT NULL,
            kind TEXT NOT NULL,
            commodity TEXT,
            exporter TEXT,
            importer TEXT,
            two_way INTEGER NOT NULL DEFAULT 0,
            direction TEXT,
            period_start TEXT,
            period_end TEXT,
            year INTEGER,
            modality TEXT NOT NULL,
            approximate INTEGER NOT NULL DEFAULT 0,
            bound TEXT NOT NULL DEFAULT '=',
            value_max REAL,
            normalized_value REAL,
            normalized_unit TEXT,
            attribution TEXT,
            sentence TEXT NOT NULL,
            extractor_version TEXT NOT NULL,
            equivalent_of TEXT
        );
        CREATE INDEX claims_doc ON claims(doc_id);
        CREATE INDEX claims_order ON claims(period_start, id);
        CREATE INDEX claims_commodity ON claims(commodity, period_start);
        CREATE INDEX claims_exporter ON claims(exporter, period_start);
        CREATE INDEX claims_importer ON claims(importer, period_start);
        CREATE INDEX claims_year ON claims(year);
        CREATE INDEX claims_kind ON claims(kind);
        CREATE TABLE statistics (
            id TEXT PRIMARY KEY,
            reporter TEXT NOT NULL,
            partner TEXT NOT NULL,
            flow TEXT NOT NULL,
            commodity TEXT NOT NULL,
            year INTEGER NOT NULL,
            period TEXT NOT NULL,
            period_start TEXT,
            period_end TEXT,
            hs_code TEXT,
            value_usd REAL,
            weight_t REAL,
            quantity REAL,
            quantity_unit TEXT,
            source_family TEXT NOT NULL,
            source TEXT NOT NULL,
            notes TEXT NOT NULL,
            mirror INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX statistics_flow ON statistics(reporter, partner, year);
        CREATE INDEX statistics_commodity ON statistics(commodity, year);
        CREATE TABLE findings (
            id TEXT PRIMARY KEY,
            type TEXT NOT NULL,
            severity TEXT NOT NULL,
            explanation TEXT NOT NULL,
            details TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE TABLE finding_claims (
            finding_id TEXT NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
            claim_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            PRIMARY KEY (finding_id, claim_id)
        );
        CREATE INDEX finding_claims_claim ON finding_claims(claim_id);
        CREATE TABLE finding_statistics (
            finding_id TEXT NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
            statistic_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            PRIMARY KEY (finding_id, statistic_id)
        );
        """,
    ),
    (
        "0002_claim_filter_indexes",
        # `kind` alone is a poor index (most claims are levels) and `modality` had none: the
        # dashboard's kind/modality filters get indexes that also give the period order.
        """
        DROP INDEX claims_kind;
        CREATE INDEX claims_kind ON claims(kind, period_start);
        CREATE INDEX claims_modality ON claims(modality, period_start);
        """,
    ),
]


def applied(conn: sqlite3.Connection) -> list[str]:
    """Names of the migrations recorded in the database, in order."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
        " applied_at TEXT NOT NULL)"
    )
    return [row[0] for row in conn.execute("SELECT name FROM migrations ORDER BY id")]


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply the migrations not yet recorded, each in one transaction; return their names."""
    done = set(applied(conn))
    new: list[str] = []
    for number, (name, sql) in enumerate(MIGRATIONS, start=1):
        if name in done:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in sql.split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(
                "INSERT INTO migrations (id, name, applied_at) VALUES (?, ?, ?)",
                (number, name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        new.append(name)
    return new
