"""The store: migrations, idempotent writes, near-duplicates, filters, crash safety."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tradetrace.model import Claim, Document, Finding, Statistic
from tradetrace.model.claim import claim_id
from tradetrace.store import ClaimFilter, DocumentFilter, StatisticFilter, Store
from tradetrace.store.migrations import MIGRATIONS


def make_doc(text: str, source: str = "a.txt", fingerprint: int | None = None) -> Document:
    return Document.from_text(text, source=source, outlet="Test Wire",
                              fingerprint=fingerprint, raw=text.encode(), raw_sha256="sha-" + text)


def make_claim(doc: Document, start: int, **fields: object) -> Claim:
    base: dict[str, object] = dict(
        id=claim_id(doc.id, start, start + 5, "test"), doc_id=doc.id, start=start,
        end=start + 5, sentence_start=0, sentence_end=len(doc.text),
        surface=doc.text[start:start + 5],
        value=5.0, unit="t", kind="level", commodity="diesel", exporter="RUS", importer="PRK",
        year=2024, period_start="2024-01-01", period_end="2024-12-31", sentence=doc.text,
        extractor_version="test")
    base.update(fields)
    return Claim(**base)  # type: ignore[arg-type]


def test_migrations_are_recorded_and_not_reapplied(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    Store.open(path).close()
    Store.open(path).close()
    conn = sqlite3.connect(path)
    names = [r[0] for r in conn.execute("SELECT name FROM migrations ORDER BY id")]
    assert names == [name for name, _ in MIGRATIONS]
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_saving_the_same_document_twice_changes_nothing(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "t.db")
    doc = make_doc("Russia shipped 15279 barrels of oil to North Korea in January.")
    claims = [make_claim(doc, 15)]
    first = store.save_document(doc, claims)
    before = store.counts()
    second = store.save_document(doc, claims)
    assert (first.status, first.claims) == ("new", 1)
    assert second.status == "duplicate"
    assert store.counts() == before == {"documents": 1, "claims": 1, "statistics": 0,
                                        "findings": 0}
    assert store.raw_bytes(doc.raw_sha256 or "") == doc.text.encode()


def test_near_duplicate_is_stored_once_with_both_sources() -> None:
    store = Store.open(":memory:")
    original = make_doc("Story one about oil.", source="feed-a.xml#1", fingerprint=0x0F0F)
    copy = make_doc("Story one about oil!", source="feed-b.xml#9", fingerprint=0x0F0F ^ 0b101)
    other = make_doc("A different story.", source="feed-b.xml#10", fingerprint=0x0F0F ^ 0xFF00FF)
    assert store.save_document(original).status == "new"
    result = store.save_document(copy)
    assert (result.status, result.doc_id) == ("near_duplicate", original.id)
    assert store.save_document(other).status == "new"
    stored = store.document(original.id)
    assert stored is not None and stored.sources == ("feed-a.xml#1", "feed-b.xml#9")
    assert store.count_documents() == 2


def test_negative_fingerprints_compare_by_bits() -> None:
    store = Store.open(":memory:")
    store.save_document(make_doc("x one", fingerprint=-2))
    assert store.save_document(make_doc("x two", fingerprint=-1)).status == "near_duplicate"


def test_claim_filters_and_paging() -> None:
    store = Store.open(":memory:")
    doc = make_doc("Russia sent 100 t of diesel and China 200 t of rice to the North in 2023.")
    claims = [
        make_claim(doc, 12, commodity="diesel", year=2023, period_start="2023-01-01"),
        make_claim(doc, 40, commodity="rice", exporter="CHN", year=2023, kind="change",
                   period_start="2023-02-01"),
        make_claim(doc, 50, commodity="coal", exporter="PRK", importer="CHN", year=2016,
                   period_start="2016-01-01"),
    ]
    store.save_document(doc, claims)
    assert [c.commodity for c in store.claims(ClaimFilter(commodity="oil"))] == ["diesel"]
    assert [c.commodity for c in store.claims(ClaimFilter(commodity="food"))] == ["rice"]
    assert store.count_claims(ClaimFilter(country="CHN")) == 2
    assert store.count_claims(ClaimFilter(country="PRK", partner="CHN")) == 2
    assert store.count_claims(ClaimFilter(exporter="PRK")) == 1
    assert store.count_claims(ClaimFilter(year=2023, kind="change")) == 1
    assert store.count_claims(ClaimFilter(outlet="Test Wire")) == 3
    assert store.count_claims(ClaimFilter(outlet="Other")) == 0
    ordered = store.claims()
    assert [c.year for c in ordered] == [2016, 2023, 2023]
    assert store.claims(limit=1, offset=1) == ordered[1:2]
    assert store.count_documents(DocumentFilter(commodity="coal")) == 1
    assert store.count_documents(DocumentFilter(commodity="sugar")) == 0


def test_statistics_and_findings_round_trip() -> None:
    store = Store.open(":memory:")
    stat = Statistic(id=Statistic.make_id("PRK", "CHN", "total", "trade", "2021", "KOTRA", "u"),
                     reporter="PRK", partner="CHN", flow="total", commodity="trade", year=2021,
                     period="2021", value_usd=681.66e6, source_family="KOTRA", source="u")
    store.save_statistics([stat, stat])
    assert store.statistics(StatisticFilter(partner="CHN")) == [stat]
    finding = Finding(id="fnd-1", type="conflict", severity="info", explanation="gap",
                      claim_ids=("clm-b", "clm-a"), statistic_ids=(stat.id,),
                      details=(("gap", 0.53), ("years", (2021, 2022))))
    store.replace_findings([finding])
    store.replace_findings([finding])
    assert store.findings() == [finding]
    assert store.findings("clm-a") == [finding]
    assert store.findings("clm-zzz") == []


WRITER = textwrap.dedent("""
    import sys
    from tradetrace.model import Claim, Document
    from tradetrace.model.claim import claim_id
    from tradetrace.store import Store

    store = Store.open(sys.argv[1])
    for n in range(int(sys.argv[2])):
        text = f"Report {n}: Russia shipped {n} tonnes of diesel to North Korea." * 20
        doc = Document.from_text(text, source=f"doc{n}.txt")
        claims = [Claim(id=claim_id(doc.id, i, i + 1, "t"), doc_id=doc.id, start=i, end=i + 1,
                        sentence_start=0, sentence_end=10, surface="x", value=float(i), unit="t",
                        kind="level", sentence="x", extractor_version="t") for i in range(50)]
        store.save_document(doc, claims)
        print(n, flush=True)
""")


def test_killed_writer_leaves_no_half_written_document(tmp_path: Path) -> None:
    db = tmp_path / "crash.db"
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    total = 400
    proc = subprocess.Popen([sys.executable, str(script), str(db), str(total)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    for _ in range(30):  # wait until it is well into its writes, then kill it without warning
        proc.stdout.readline()
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    time.sleep(0.1)
    store = Store.open(db)
    assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    counts = store.conn.execute(
        "SELECT d.id, count(c.id) FROM documents d LEFT JOIN claims c ON c.doc_id = d.id"
        " GROUP BY d.id").fetchall()
    assert 30 <= len(counts) < total
    assert {n for _, n in counts} == {50}
    store.close()
    subprocess.run([sys.executable, str(script), str(db), str(total)], check=True,
                   stdout=subprocess.DEVNULL)
    store = Store.open(db)
    assert store.counts()["documents"] == total
    assert store.counts()["claims"] == total * 50


def test_readonly_store_refuses_writes(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    Store.open(path).close()
    reader = Store.open(path, readonly=True)
    with pytest.raises(sqlite3.OperationalError):
        reader.save_document(make_doc("text"))


def test_a_database_made_before_migration_0002_is_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
                 " applied_at TEXT NOT NULL)")
    for statement in MIGRATIONS[0][1].split(";"):
        if statement.strip():
            conn.execute(statement)
    conn.execute("INSERT INTO migrations VALUES (1, ?, '2026-01-01')", (MIGRATIONS[0][0],))
    conn.close()
    Store.open(path).close()
    conn = sqlite3.connect(path)
    assert [r[0] for r in conn.execute("SELECT name FROM migrations ORDER BY id")] == [
        name for name, _ in MIGRATIONS]
    columns = {name: [r[2] for r in conn.execute(f"PRAGMA index_info({name})")]
               for name in ("claims_kind", "claims_modality")}
    assert columns == {"claims_kind": ["kind", "period_start"],
                       "claims_modality": ["modality", "period_start"]}


def test_optimize_gives_the_planner_statistics_and_close_is_idempotent(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "s.db")
    doc = make_doc("Russia sent 100 t of diesel to the North in 2023.")
    store.save_document(doc, [make_claim(doc, 12)])
    store.optimize()
    tables = {r[0] for r in store.conn.execute("SELECT tbl FROM sqlite_stat1")}
    assert {"claims", "documents"} <= tables
    store.close()
    store.close()  # no error the second time
    assert store.closed


def test_pages_are_slices_of_the_full_order() -> None:
    store = Store.open(":memory:")
    doc = make_doc("x" * 200)
    claims = [make_claim(doc, i * 6, period_start=f"20{10 + i % 7:02d}-01-01",
                         year=2010 + i % 7) for i in range(30)]
    claims.append(make_claim(doc, 190, period_start=None, year=None))
    store.save_document(doc, claims)
    ordered = store.claims()
    assert ordered[-1].period_start is None  # undated last
    starts = [c.period_start for c in ordered[:-1]]
    assert starts == sorted(starts)
    pages = [c for offset in range(0, 31, 7) for c in store.claims(limit=7, offset=offset)]
    assert pages == ordered
