"""Report generation time and dashboard JSON latency over a large synthetic store.

    .venv/bin/python bench/report_web.py [--claims 100000] [--requests 300] [--seed 7]

Builds a temporary SQLite store with `--claims` synthetic claims (20 per document), KOTRA and
GACC statistics and cap findings; times `write_report` (HTML + JSON twin, no PNG) and then
serves the dashboard with uvicorn on 127.0.0.1 (a separate process) and measures, with httpx,
the latency of `/claims.json` with filters and paging (random offsets into the result) and of
`/claims/{id}.json`. Prints median and p95 in milliseconds. Targets: report < 5 s, p95 < 100 ms.
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import httpx

from tradetrace.model import Claim, Document, Finding, Statistic
from tradetrace.model.claim import claim_id
from tradetrace.report import write_report
from tradetrace.store import ClaimFilter, Store

CLAIMS_PER_DOC = 20
PARTNERS = ("CHN", "RUS", "VNM", "IND")
COMMODITIES = ("oil", "refined_petroleum", "diesel", "flour", "rice", "fertilizer", "coal",
               "trade")
UNITS = {"oil": "bbl", "refined_petroleum": "bbl", "diesel": "t", "flour": "t", "rice": "t",
         "fertilizer": "t", "coal": "t", "trade": "USD"}
MODALITIES = ("reported", "reported", "estimated", "planned", "forecast")
OUTLETS = ("Daily NK", "NK News", "Yonhap", "The Dong-A Ilbo", "Reuters", "38 North")


def build(path: Path, claims: int, rng: random.Random) -> list[str]:
    """Write the synthetic store; return the claim ids."""
    ids: list[str] = []
    with Store.open(path) as store:
        for d in range(claims // CLAIMS_PER_DOC):
            sentences, specs = [], []
            for i in range(CLAIMS_PER_DOC):
                commodity = rng.choice(COMMODITIES)
                exporter = rng.choice(PARTNERS)
                year = rng.randint(2005, 2025)
                value = float(rng.randint(1, 900) * 1000)
                surface = f"{value:,.0f} {UNITS[commodity]}"
                sentences.append(f"In {year} {exporter} sent {surface} of {commodity} to "
                                 f"North Korea, report {d}-{i} said.")
                specs.append((commodity, exporter, year, value, surface))
            doc = Document.from_text(" ".join(sentences), outlet=rng.choice(OUTLETS),
                                     published=date(rng.randint(2006, 2025), 1, 15),
                                     title=f"Synthetic report {d}", source=f"bench:{d}")
            batch, offset = [], 0
            for sentence, (commodity, exporter, year, value, surface) in zip(
                    sentences, specs, strict=True):
                q = offset + sentence.index(surface)
                batch.append(Claim(
                    id=claim_id(doc.id, q, q + len(surface), "bench"), doc_id=doc.id, start=q,
                    end=q + len(surface), sentence_start=offset,
                    sentence_end=offset + len(sentence), surface=surface, value=value,
                    unit=UNITS[commodity], kind="level", commodity=commodity,
                    exporter=exporter, importer="PRK", period_start=f"{year}-01-01",
                    period_end=f"{year}-12-31", year=year, modality=rng.choice(MODALITIES),
                    sentence=sentence, extractor_version="bench"))  # type: ignore[arg-type]
                offset += len(sentence) + 1
            store.save_document(doc, batch)
            ids += [c.id for c in batch]
        stats = []
        for year in range(2000, 2026):
            for partner in (*PARTNERS, "WLD"):
                for family in ("KOTRA", "GACC"):
                    for flow in ("import", "export", "total"):
                        stats.append(Statistic(
                            id=Statistic.make_id("PRK", partner, flow, "trade", str(year),
                                                 family, "bench"),
                            reporter="PRK", partner=partner, flow=flow,  # type: ignore[arg-type]
                            commodity="trade", year=year, value_usd=rng.uniform(1e6, 3e9),
                            source_family=family, source="bench"))
        store.save_statistics(stats)
        findings = [Finding(
            id=f"fnd-bench-{year}-{modality}", type="cap_usage", severity="info",
            explanation=f"Bench cap usage {year} {modality}.", claim_ids=tuple(ids[year:year + 3]),
            details=(("rule", "2397-OP5-refined"), ("period_start", f"{year}-01-01"),
                     ("period_end", f"{year}-12-31"), ("modality", modality),
                     ("supplier", "RUS"), ("total", 1e5), ("unit", "bbl"), ("cap", 5e5),
                     ("share_of_cap", 0.2)))
            for year in range(2018, 2026) for modality in ("reported", "estimated")]
        store.replace_findings(findings)
        store.optimize()  # as `tradetrace ingest` does after a bulk load
    return ids


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def serve(path: Path, port: int) -> subprocess.Popen[bytes]:
    code = ("import uvicorn; from tradetrace.web import create_app; "
            f"uvicorn.run(create_app({str(path)!r}), host='127.0.0.1', port={port}, "
            "log_level='warning')")
    proc = subprocess.Popen([sys.executable, "-c", code])
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/static/style.css", timeout=1)
            return proc
        except httpx.TransportError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("dashboard did not start")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        started = time.perf_counter()
        ids = build(path, args.claims, rng)
        print(f"store: {len(ids):,} claims, {len(ids) // CLAIMS_PER_DOC:,} documents "
              f"written in {time.perf_counter() - started:.1f} s")
        with Store.open(path, readonly=True) as store:
            started = time.perf_counter()
            result = write_report(store, Path(tmp) / "report.html")
            took = time.perf_counter() - started
            total = store.count_claims(ClaimFilter(importer="PRK", commodity="oil"))
        size = result.html_path.stat().st_size / 1e6
        print(f"report: {took:.2f} s ({result.charts} charts, {result.claims} claims in the "
              f"table, {size:.1f} MB HTML)  target < 5 s")

        port = free_port()
        proc = serve(path, port)
        try:
            base = f"http://127.0.0.1:{port}"
            filters = ["commodity=oil", "commodity=food&modality=planned", "country=RUS",
                       "year=2019", "partner=CHN&kind=level", "outlet=Yonhap", ""]
            lists: list[float] = []
            items: list[float] = []
            per_filter: dict[str, list[float]] = {}
            with httpx.Client(base_url=base, timeout=30) as client:
                client.get("/claims.json")  # warm up
                for n in range(args.requests):
                    query = ""
                    if n % 2:
                        url = f"/claims/{rng.choice(ids)}.json"
                    else:
                        query = rng.choice(filters)
                        upper = total if query == "commodity=oil" else 2000
                        url = (f"/claims.json?{query}&limit=50"
                               f"&offset={rng.randrange(0, max(upper - 50, 1))}")
                    t0 = time.perf_counter()
                    response = client.get(url)
                    elapsed = (time.perf_counter() - t0) * 1000
                    response.raise_for_status()
                    (items if n % 2 else lists).append(elapsed)
                    if not n % 2:
                        per_filter.setdefault(query or "(none)", []).append(elapsed)
        finally:
            proc.terminate()
            proc.wait(timeout=10)
        for label, values in (("/claims.json (filters, paging)", lists),
                              ("/claims/{id}.json", items)):
            print(f"{label:<32} n={len(values):>4}  median {statistics.median(values):6.1f} ms"
                  f"  p95 {percentile(values, 0.95):6.1f} ms  target p95 < 100 ms")
        for query, values in sorted(per_filter.items()):
            print(f"    {query:<34} n={len(values):>3}  median {statistics.median(values):6.1f} ms"
                  f"  max {max(values):6.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
