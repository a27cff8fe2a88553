"""CLI: ingest, import-stats, claims, documents, extract, check, run; asserting on the database
and files."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner

from tradetrace.cli.main import cli
from tradetrace.store import ClaimFilter, Store

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_ingest_seeds_stores_documents_and_claims(seeds_dir: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    code, _, err = invoke("ingest", str(seeds_dir), "--db", db)
    assert code == 0, err
    store = Store.open(db)
    titles = {d.outlet: d for d in store.documents()}
    assert set(titles) == {"Daily NK", "The Dong-A Ilbo"}
    assert titles["The Dong-A Ilbo"].title == (
        "N. Korea gets closer to Russia to reduce dependency on China")
    oil = store.claims(ClaimFilter(exporter="RUS", importer="PRK", commodity="oil"))
    assert any(c.value == 36.89e6 and c.unit == "USD" and c.year == 2013 for c in oil)
    assert any(c.value == 160_000 and c.unit == "t" and c.modality == "planned" for c in oil)


def test_reingesting_changes_nothing(seeds_dir: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    assert invoke("ingest", str(seeds_dir), "--db", db)[0] == 0
    first = Store.open(db).counts()
    code, _, err = invoke("ingest", str(seeds_dir), "--db", db)
    assert code == 0
    assert "0 new documents, 2 duplicates" in err
    assert Store.open(db).counts() == first


def test_bad_inputs_are_named_and_the_rest_go_in(seeds_dir: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    assert invoke("ingest", str(seeds_dir / "003_85c78291d2d16ae0.txt"), "--db", db)[0] == 0
    before = Store.open(db).counts()
    binary = tmp_path / "photo.bin"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n")
    code, _, err = invoke("ingest", str(binary), str(empty),
                          str(seeds_dir / "000_0eb52e1658e7c32f.txt"), "--db", db)
    assert code == 1
    lines = [line for line in err.splitlines() if line.startswith("error:")]
    assert len(lines) == 2
    assert str(binary) in lines[0] and "binary" in lines[0].lower()
    assert str(empty) in lines[1] and "empty" in lines[1].lower()
    after = Store.open(db).counts()
    assert after["documents"] == before["documents"] + 1
    assert after["claims"] > before["claims"]


def test_import_stats_and_list(tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    bad = tmp_path / "bad.csv"
    bad.write_text("year,reporter,partner,flow,commodity,value_usd,weight_t,source\n"
                   "twenty,PRK,CHN,import,trade,abc,,x\n")
    code, _, err = invoke("import-stats", str(EXAMPLES / "statistics"), str(bad), "--db", db)
    assert code == 1 and str(bad) in err
    stats = Store.open(db).statistics()
    assert len(stats) > 50
    assert any(s.partner == "CHN" and s.year == 2023 and s.source_family == "KOTRA" for s in stats)
    code, out, _ = invoke("claims", "--db", db, "--format", "json")
    assert code == 0 and json.loads(out) == []


def test_claims_and_documents_formats(seeds_dir: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    invoke("ingest", str(seeds_dir), "--db", db)
    code, out, _ = invoke("claims", "--db", db, "--country", "North Korea", "--commodity",
                          "fertilizer", "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and rows and all(r["commodity"] == "fertilizer" for r in rows)
    assert all(r["importer"] == "PRK" for r in rows)
    code, out, _ = invoke("claims", "--db", db, "--year", "2012", "--format", "csv")
    assert code == 0 and out.splitlines()[0].startswith("id,doc_id,")
    import csv
    values = {row["value"] for row in csv.DictReader(out.splitlines())}
    assert "23280000" in values  # plain digits, no exponent
    code, out, _ = invoke("documents", "--db", db, "--format", "json")
    assert code == 0 and {d["outlet"] for d in json.loads(out)} == {"Daily NK", "The Dong-A Ilbo"}
    code, out, _ = invoke("claims", "--db", db, "--country", "Atlantis")
    assert code == 2


def test_extract_filter_mode_needs_no_database(seeds_dir: Path, tmp_path: Path,
                                               monkeypatch: object) -> None:
    docs = tmp_path / "docs.jsonl"
    docs.write_text(json.dumps({"id": "d1", "published": None,
                                "text": "China exported 1,200 tonnes of rice to North Korea "
                                        "in March 2019."}) + "\n")
    result = CliRunner().invoke(cli, ["extract", "--format", "jsonl", str(docs)],
                                env={"TRADETRACE_DB": str(tmp_path / "never.db")})
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and rows[0]["doc_id"] == "d1"
    text = json.loads(docs.read_text())["text"]
    assert text[rows[0]["start"]:rows[0]["end"]] == rows[0]["surface"]
    assert (rows[0]["exporter"], rows[0]["importer"], rows[0]["commodity"]) == ("CHN", "PRK",
                                                                                "rice")
    assert not (tmp_path / "never.db").exists()
    seed = CliRunner().invoke(cli, ["extract", str(seeds_dir / "000_0eb52e1658e7c32f.txt")])
    assert any(json.loads(line)["value"] == 3000 for line in seed.stdout.splitlines())


def test_extract_reads_stdin() -> None:
    result = CliRunner().invoke(cli, ["extract", "-"],
                                input="Russia shipped 5,000 tons of fertilizer to North Korea "
                                      "last year.\n")
    assert result.exit_code == 0
    assert json.loads(result.stdout.splitlines()[0])["value"] == 5000


def _documents_in(db: Path) -> int:
    """Documents committed so far, read by another process's reader; 0 before the schema."""
    if not db.exists():
        return 0
    try:
        with Store.open(db, readonly=True) as reader:
            return reader.counts()["documents"]
    except sqlite3.Error:
        return 0


def test_killed_ingest_then_rerun_is_consistent(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    total = 1000  # enough that the writer is still busy when it is killed
    for n in range(total):
        (corpus / f"{n:04}.txt").write_text(
            f"Wire {n}\n\nRussia shipped {1000 + n} tons of diesel to North Korea in 2024, "
            f"and China sent {n + 7} tonnes of rice, report number {n} said. "
            # (reference codes, each a word: a bare hex token such as `129bcf` reads as 129
            # billion cubic feet)
            f"{' '.join('ref' + hex(n * 7919 + k)[2:] for k in range(12))}\n")
    db = tmp_path / "k.db"
    cmd = [sys.executable, "-m", "tradetrace.cli", "ingest", str(corpus), "--db", str(db)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    while time.time() < deadline and _documents_in(db) < 20:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    store = Store.open(db)
    partial = store.counts()["documents"]
    assert 0 < partial < total
    per_doc = store.conn.execute(
        "SELECT count(c.id) FROM documents d LEFT JOIN claims c ON c.doc_id = d.id GROUP BY d.id"
    ).fetchall()
    assert {n for (n,) in per_doc} == {2}  # no document without its claims
    store.close()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    store = Store.open(db)
    assert store.counts()["documents"] == total
    assert store.counts()["claims"] == 2 * total


def test_run_stores_checks_and_writes_the_report(tmp_path: Path) -> None:
    db, out = tmp_path / "r.db", tmp_path / "report.html"
    missing = str(tmp_path / "no-such-article.txt")
    code, stdout, stderr = invoke("run", "--db", str(db), "--news", str(EXAMPLES / "news"),
                                  "--news", missing, "--stats", str(EXAMPLES / "statistics"),
                                  "--out", str(out))
    assert code == 1 and missing in stderr  # the bad input is named; the rest went in
    store = Store.open(db, readonly=True)
    counts = store.counts()
    assert counts["documents"] > 5 and counts["claims"] > 20 and counts["statistics"] > 50
    assert counts["findings"] == len(store.findings()) > 0
    assert out.exists() and out.with_suffix(".json").exists()
    # a bulk load leaves the query planner statistics behind
    assert store.conn.execute("SELECT count(*) FROM sqlite_stat1").fetchone()[0] > 0
    assert f"{counts['claims']} claims" in stdout and f"report: {out}" in stdout
    # every finding above info is printed
    loud = [f for f in store.findings() if f.severity != "info"]
    assert loud and all(f.explanation in stdout for f in loud)


def test_check_stores_findings_with_their_evidence(seeds_dir: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "c.db")
    invoke("ingest", str(seeds_dir), "--db", db)
    code, out, _ = invoke("check", "--db", db, "--format", "json")
    assert code == 0
    rows = json.loads(out)
    stored = {f.id: f for f in Store.open(db, readonly=True).findings()}
    assert {r["id"] for r in rows} == set(stored)
    cap = next(r for r in rows if r["type"] == "cap_exceeded")
    assert "240%" in cap["explanation"]
    assert any("1.2 million barrels" in s for s in cap["evidence"])
    assert any("500,000 barrels" in s and "exceed" in s for s in cap["evidence"])
    assert len(cap["evidence"]) == len(set(cap["evidence"]))  # each sentence once


def test_extract_without_inputs_reextracts_the_store(seeds_dir: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "x.db")
    invoke("ingest", str(seeds_dir), "--db", db)
    store = Store.open(db)
    before = sorted(c.id for c in store.claims())
    for doc in store.documents():
        store.replace_claims(doc.id, [])
    assert store.count_claims() == 0
    store.close()
    code, _, err = invoke("extract", "--db", db)
    assert code == 0 and f"{len(before)} claims" in err
    assert sorted(c.id for c in Store.open(db, readonly=True).claims()) == before


def test_progress_bar_is_silent_off_a_terminal(seeds_dir: Path, tmp_path: Path) -> None:
    code, out, err = invoke("ingest", str(seeds_dir), "--db", str(tmp_path / "p.db"))
    assert code == 0 and out == ""
    assert err.splitlines() == [
        "2 new documents, 0 duplicates, 0 near-duplicates, "
        f"{Store.open(tmp_path / 'p.db', readonly=True).count_claims()} claims, 0 failed"]
