"""The report: one offline HTML file with inline charts and highlighted evidence, its JSON twin,
and PNG charts through the CLI."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from tradetrace.analyse import Flow
from tradetrace.cli.main import cli
from tradetrace.report import ReportOptions, write_report
from tradetrace.report.writer import inline_script
from tradetrace.store import Store
from web_fixtures import SCRIPT, Sample, build_store

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


class Collector(HTMLParser):
    """Script/link/img references, inline JSON blocks and <mark> texts of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.refs: list[str] = []
        self.json_blocks: dict[str, str] = {}
        self.marks: list[str] = []
        self.scripts: list[str] = []
        self._in: str | None = None
        self._id: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        for key in ("src", "href"):
            if tag in ("script", "link", "img", "iframe") and a.get(key):
                self.refs.append(str(a[key]))
        if tag == "script":
            self._in, self._id = ("json" if a.get("type") == "application/json" else "script",
                                  a.get("id"))
        elif tag == "mark":
            self._in = "mark"
            self.marks.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "mark"):
            self._in = None

    def handle_data(self, data: str) -> None:
        if self._in == "json" and self._id:
            self.json_blocks[self._id] = self.json_blocks.get(self._id, "") + data
        elif self._in == "script":
            self.scripts.append(data)
        elif self._in == "mark":
            self.marks[-1] += data


@pytest.fixture
def sample(tmp_path: Path) -> Sample:
    return build_store(tmp_path / "r.db")


@pytest.fixture
def written(sample: Sample, tmp_path: Path) -> tuple[Path, Collector, dict]:
    with Store.open(sample.path, readonly=True) as store:
        result = write_report(store, tmp_path / "out" / "report.html")
    assert result.json_path == tmp_path / "out" / "report.json"
    html = result.html_path.read_text("utf-8")
    page = Collector()
    page.feed(html)
    return result.html_path, page, json.loads(result.json_path.read_text("utf-8"))


def test_report_has_no_remote_references(written: tuple[Path, Collector, dict]) -> None:
    path, page, _ = written
    assert page.refs == []  # nothing loaded from anywhere: scripts and styles are inline
    html = path.read_text("utf-8")
    assert not re.search(r"<(script|link|img)[^>]+(src|href)\s*=\s*[\"']?https?:", html, re.I)
    assert any("vegaEmbed" in s for s in page.scripts)  # the bundle itself is inline
    assert any(len(s) > 500_000 for s in page.scripts)


def test_chart_specs_are_inline_with_their_data(written: tuple[Path, Collector, dict]) -> None:
    _, page, data = written
    specs = json.loads(page.json_blocks["chart-specs"])
    assert specs == data["charts"]
    assert {"partner_shares", "cap_usage", "timeline", "flow:RUS:PRK:oil",
            "flow:CHN:PRK:fertilizer"} <= set(specs)
    shares = specs["partner_shares"]
    assert shares["$schema"].startswith("https://vega.github.io/schema/vega-lite/")
    assert shares["data"] == {"name": "shares"}  # rows in the spec's own datasets
    assert any(row["partner"] == "CHN" for row in shares["datasets"]["shares"])
    oil = specs["flow:RUS:PRK:oil"]["datasets"]
    assert {r["evidence_id"] for rows in oil.values() for r in rows if "evidence_id" in r} >= {
        p["evidence_id"] for f in data["flows"] if f["flow"] == "RUS:PRK:oil"
        for p in f["points"] if p["kind"] == "level"}


def test_claims_table_highlights_the_quantity(written: tuple[Path, Collector, dict],
                                              sample: Sample) -> None:
    path, page, data = written
    html = path.read_text("utf-8")
    assert '<mark class="quantity">160,000 tons</mark>' in html
    assert '<mark class="quantity">165,000 barrels</mark>' in html
    row = next(r for r in data["claims"]["rows"] if r["id"] == sample.planned_oil)
    assert row["sentence"][row["mark_start"]:row["mark_end"]] == "160,000 tons"
    assert set(page.marks) >= {"160,000 tons", "36.89 million U.S. dollar", "1,000 tonnes"}


def test_article_text_is_escaped(written: tuple[Path, Collector, dict], sample: Sample) -> None:
    path, page, data = written
    html = path.read_text("utf-8")
    assert SCRIPT not in html
    assert "flour &lt;script&gt;alert(" in html  # the evidence sentence, escaped
    assert "disagree &lt;script&gt;alert(" in html  # the finding's explanation, escaped
    assert not any("pwned" in s for s in page.scripts)
    assert any(sample.flour == r["id"] for r in data["claims"]["rows"])


def test_json_twin_matches_the_html(written: tuple[Path, Collector, dict]) -> None:
    path, _, data = written
    html = path.read_text("utf-8")
    assert data["counts"] == {"documents": 5, "claims": 5, "statistics": 23, "findings": 3}
    for row in data["claims"]["rows"]:
        assert f'id="{row["id"]}"' in html
    for finding in data["findings"]["rows"]:
        assert f'id="{finding["id"]}"' in html
    assert [r["finding_id"] for r in data["cap_usage"]] == ["fnd-usage-2024", "fnd-cap-2025"]
    assert "exceeded" in html
    assert data["source_family"] == "KOTRA"
    assert {f["flow"] for f in data["flows"]} == {
        "RUS:PRK:oil", "CHN:PRK:oil", "RUS:PRK:food", "CHN:PRK:food", "RUS:PRK:fertilizer",
        "CHN:PRK:fertilizer"}
    assert data["events"] and all("date" in e and "label" in e for e in data["events"])
    # Russia's own refined-petroleum exports, turned round: the DPRK's imports from Russia
    assert [(r["year"], r["partner"], r["share"]) for r in
            data["import_shares_by_commodity"]["refined_petroleum"]] == [(2019, "RUS", 1.0)]
    assert {c["partner"] for c in data["share_changes"]} == {"CHN", "RUS"}


def test_requested_flows_and_claim_limit(sample: Sample, tmp_path: Path) -> None:
    options = ReportOptions(flows=(Flow("RUS", "PRK", "oil"),), max_claims=1)
    with Store.open(sample.path, readonly=True) as store:
        result = write_report(store, tmp_path / "one.html", options)
    data = json.loads(result.json_path.read_text("utf-8"))
    assert [f["flow"] for f in data["flows"]] == ["RUS:PRK:oil"]
    assert data["claims"]["total"] == 3 and len(data["claims"]["rows"]) == 1
    assert "flow:CHN:PRK:oil" not in data["charts"]


def test_claims_table_also_lists_claims_outside_the_charted_flows(sample: Sample,
                                                                 tmp_path: Path) -> None:
    options = ReportOptions(flows=(Flow("RUS", "PRK", "oil"),))
    with Store.open(sample.path, readonly=True) as store:
        result = write_report(store, tmp_path / "all.html", options)
    data = json.loads(result.json_path.read_text("utf-8"))
    listed = {row["id"] for row in data["claims"]["rows"]}
    assert {sample.fertilizer, sample.flour} <= listed  # not on any requested flow
    assert data["claims"]["total"] == 5


def test_inline_script_cannot_close_its_tag() -> None:
    assert "</script" not in inline_script("var s = '</script><b>';").lower()


def test_cli_report_writes_html_json_and_pngs(sample: Sample, tmp_path: Path) -> None:
    out, pngs = tmp_path / "cli" / "report.html", tmp_path / "png"
    result = CliRunner().invoke(cli, ["report", "--db", str(sample.path), "--out", str(out),
                                      "--png", str(pngs), "--flow", "RUS:PRK:oil"])
    assert result.exit_code == 0, result.output
    assert out.exists() and out.with_suffix(".json").exists()
    files = sorted(p.name for p in pngs.iterdir())
    assert files == ["cap_usage.png", "concentration.png", "flow-RUS-PRK-oil.png",
                     "partner_shares.png", "timeline.png"]
    for name in files:
        content = (pngs / name).read_bytes()
        assert content[:8] == PNG_MAGIC and len(content) > 1000


def test_cli_report_rejects_a_bad_flow(sample: Sample, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["report", "--db", str(sample.path), "--out",
                                      str(tmp_path / "x.html"), "--flow", "RUS-PRK"])
    assert result.exit_code != 0
    assert "EXPORTER:IMPORTER:COMMODITY" in result.output
