"""Read queries. Filters become WHERE clauses with bound parameters; every filter column is
indexed so that paging through many thousands of claims stays fast."""

from __future__ import annotations

import sqlite3
from typing import Any

from tradetrace.knowledge.commodities import commodities
from tradetrace.model import Claim, Document, Finding, Statistic
from tradetrace.store.filters import ClaimFilter, DocumentFilter, StatisticFilter
from tradetrace.store.rows import (
    claim_from_row,
    document_from_row,
    finding_from_row,
    statistic_from_row,
)


def commodity_keys(key: str) -> list[str]:
    """The key and every key below it in the taxonomy."""
    table = commodities()
    keys = {key}
    changed = True
    while changed:
        changed = False
        for entry in table.values():
            if entry.parent in keys and entry.key not in keys:
                keys.add(entry.key)
                changed = True
    return sorted(keys)


def _claim_where(where: ClaimFilter, alias: str = "c") -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    a = alias
    if where.country and where.partner:
        clauses.append(f"(({a}.exporter = ? AND {a}.importer = ?) OR "
                       f"({a}.exporter = ? AND {a}.importer = ?))")
        params += [where.country, where.partner, where.partner, where.country]
    elif where.country or where.partner:
        code = where.country or where.partner
        clauses.append(f"({a}.exporter = ? OR {a}.importer = ?)")
        params += [code, code]
    for column in ("exporter", "importer", "year", "kind", "modality", "doc_id"):
        value = getattr(where, column)
        if value is not None and value != "":
            clauses.append(f"{a}.{column} = ?")
            params.append(value)
    if where.commodity:
        keys = commodity_keys(where.commodity)
        clauses.append(f"{a}.commodity IN ({', '.join('?' * len(keys))})")
        params += keys
    if where.outlet:
        clauses.append(f"{a}.doc_id IN (SELECT id FROM documents WHERE outlet = ?)")
        params.append(where.outlet)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _page(limit: int | None, offset: int) -> str:
    if limit is None:
        return f" LIMIT -1 OFFSET {int(offset)}" if offset else ""
    return f" LIMIT {int(limit)} OFFSET {int(offset)}"


_CLAIM_ORDER = "c.period_start IS NULL, c.period_start, c.rowid"


def claims(conn: sqlite3.Connection, where: ClaimFilter, limit: int | None,
           offset: int) -> list[Claim]:
    """Claims by period (undated last), ties in insertion order.

    A page (`limit`/`offset`) is read with a deferred join: the sort and the offset run over
    rowids, which the (column, period_start) indexes supply, and only the page's full rows
    (with their sentences) are read. Sorting full rows took 0.1-0.9 s on deep pages of
    100,000 claims; this takes a few milliseconds.
    """
    sql, params = _claim_where(where)
    if limit is None and not offset:
        query = f"SELECT c.* FROM claims c{sql} ORDER BY {_CLAIM_ORDER}"
    else:
        query = (f"SELECT c.* FROM claims c WHERE c.rowid IN (SELECT c.rowid FROM claims c{sql}"
                 f" ORDER BY {_CLAIM_ORDER}{_page(limit, offset)}) ORDER BY {_CLAIM_ORDER}")
    return [claim_from_row(r) for r in conn.execute(query, params).fetchall()]


def count_claims(conn: sqlite3.Connection, where: ClaimFilter) -> int:
    sql, params = _claim_where(where)
    return int(conn.execute(f"SELECT count(*) FROM claims c{sql}", params).fetchone()[0])


def claim(conn: sqlite3.Connection, claim_id: str) -> Claim | None:
    row = conn.execute("SELECT * FROM claims WHERE id = ?", (claim_id,)).fetchone()
    return claim_from_row(row) if row else None


def _document_where(where: DocumentFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if where.outlet:
        clauses.append("d.outlet = ?")
        params.append(where.outlet)
    if where.published_from:
        clauses.append("d.published >= ?")
        params.append(where.published_from)
    if where.published_to:
        clauses.append("d.published <= ?")
        params.append(where.published_to)
    claim_filter = ClaimFilter(country=where.country, commodity=where.commodity,
                               year=where.year, kind=where.kind)
    if claim_filter != ClaimFilter():
        sub, sub_params = _claim_where(claim_filter)
        clauses.append(f"d.id IN (SELECT c.doc_id FROM claims c{sub})")
        params += sub_params
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _sources(conn: sqlite3.Connection, doc_id: str) -> tuple[str, ...]:
    rows = conn.execute(
        "SELECT source FROM document_sources WHERE doc_id = ? ORDER BY seen_at, source", (doc_id,)
    ).fetchall()
    return tuple(r[0] for r in rows)


def document(conn: sqlite3.Connection, doc_id: str) -> Document | None:
    row = conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return document_from_row(row, _sources(conn, doc_id)) if row else None


def documents(conn: sqlite3.Connection, where: DocumentFilter, limit: int | None,
              offset: int) -> list[Document]:
    sql, params = _document_where(where)
    rows = conn.execute(
        f"SELECT d.* FROM documents d{sql} ORDER BY d.published IS NULL, d.published DESC, d.id"
        + _page(limit, offset),
        params,
    ).fetchall()
    return [document_from_row(r, _sources(conn, r["id"])) for r in rows]


def count_documents(conn: sqlite3.Connection, where: DocumentFilter) -> int:
    sql, params = _document_where(where)
    return int(conn.execute(f"SELECT count(*) FROM documents d{sql}", params).fetchone()[0])


def raw_bytes(conn: sqlite3.Connection, sha256: str) -> bytes | None:
    row = conn.execute("SELECT content FROM raw_blobs WHERE sha256 = ?", (sha256,)).fetchone()
    return bytes(row[0]) if row else None


def statistics(conn: sqlite3.Connection, where: StatisticFilter) -> list[Statistic]:
    clauses: list[str] = []
    params: list[Any] = []
    for column in ("reporter", "partner", "year", "flow", "source_family"):
        value = getattr(where, column)
        if value is not None:
            clauses.append(f"{column} = ?")
            params.append(value)
    if where.commodity:
        keys = commodity_keys(where.commodity)
        clauses.append(f"commodity IN ({', '.join('?' * len(keys))})")
        params += keys
    sql = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    rows = conn.execute(
        f"SELECT * FROM statistics{sql} ORDER BY year, reporter, partner, flow, id", params
    ).fetchall()
    return [statistic_from_row(r) for r in rows]


def findings(conn: sqlite3.Connection, claim_id: str | None) -> list[Finding]:
    if claim_id is None:
        rows = conn.execute("SELECT * FROM findings ORDER BY severity DESC, type, id").fetchall()
    else:
        rows = conn.execute(
            "SELECT f.* FROM findings f JOIN finding_claims fc ON fc.finding_id = f.id"
            " WHERE fc.claim_id = ? ORDER BY f.severity DESC, f.type, f.id",
            (claim_id,),
        ).fetchall()
    result = []
    for row in rows:
        cids = tuple(r[0] for r in conn.execute(
            "SELECT claim_id FROM finding_claims WHERE finding_id = ? ORDER BY position",
            (row["id"],)))
        sids = tuple(r[0] for r in conn.execute(
            "SELECT statistic_id FROM finding_statistics WHERE finding_id = ? ORDER BY position",
            (row["id"],)))
        result.append(finding_from_row(row, cids, sids))
    return result


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {
        table: int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        for table in ("documents", "claims", "statistics", "findings")
    }
