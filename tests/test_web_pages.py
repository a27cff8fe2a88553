"""The dashboard in-process: every page and its JSON twin, filters, paging, escaping, 404s."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tradetrace.web import create_app
from web_fixtures import SCRIPT, Sample, add_many_claims, build_store

PAGES = ["/", "/claims", "/documents", "/series", "/caps", "/findings"]
TWINS = {"/": "/index.json", "/claims": "/claims.json", "/documents": "/documents.json",
         "/series": "/series.json", "/caps": "/caps.json", "/findings": "/findings.json"}


@pytest.fixture
def sample(tmp_path: Path) -> Sample:
    return build_store(tmp_path / "w.db")


@pytest.fixture
def client(sample: Sample) -> Iterator[TestClient]:
    with TestClient(create_app(sample.path)) as c:
        yield c


def item_pages(sample: Sample) -> list[str]:
    return [f"/claims/{sample.planned_oil}", f"/claims/{sample.flour}",
            f"/documents/{sample.script_doc}"]


def test_every_page_renders_html(client: TestClient, sample: Sample) -> None:
    for url in PAGES + item_pages(sample):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response.headers["content-type"].startswith("text/html"), url
        assert "<nav>" in response.text


def test_every_page_has_a_json_twin_by_suffix_and_by_accept(client: TestClient,
                                                            sample: Sample) -> None:
    pairs = list(TWINS.items()) + [(u, u + ".json") for u in item_pages(sample)]
    for html_url, json_url in pairs:
        by_suffix = client.get(json_url)
        assert by_suffix.status_code == 200, json_url
        assert by_suffix.headers["content-type"] == "application/json", json_url
        by_accept = client.get(html_url, headers={"Accept": "application/json"})
        assert by_accept.headers["content-type"] == "application/json", html_url
        a, b = by_suffix.json(), by_accept.json()
        a.pop("next", None)  # paging links keep the path they were asked on
        b.pop("next", None)
        assert a == b, html_url


def test_overview(client: TestClient) -> None:
    data = client.get("/index.json").json()
    assert data["counts"]["claims"] == 5 and data["source_family"] == "KOTRA"
    assert data["latest_findings"][0]["severity"] == "warning"
    assert "partner_shares" in data["charts"]
    html = client.get("/").text
    assert 'data-chart="partner_shares"' in html and '<script src="/static/vega.js">' in html
    assert client.get("/index.json?family=GACC").json()["partner_shares"][0]["value_usd"] == 318e6


def test_claims_filters(client: TestClient, sample: Sample) -> None:
    def ids(query: str) -> set[str]:
        return {r["id"] for r in client.get(f"/claims.json?{query}").json()["rows"]}

    assert ids("commodity=oil") == {sample.planned_oil, sample.usd_oil, sample.estimated_bbl}
    assert ids("partner=chn") == {sample.fertilizer}
    assert ids("country=PRK&partner=RUS&commodity=food") == {sample.flour}
    assert ids("year=2024") == {sample.estimated_bbl, sample.flour}
    assert ids("modality=planned") == {sample.planned_oil}
    assert ids("kind=level&modality=estimated") == {sample.estimated_bbl}
    assert ids("outlet=Daily+NK") == {sample.planned_oil}
    assert ids("source=Yonhap") == {sample.fertilizer}
    data = client.get("/claims.json?commodity=oil&year=2013").json()
    assert data["total"] == 1 and data["filters"] == {"commodity": "oil", "year": 2013}
    assert client.get("/claims.json?year=abc").status_code == 400


def test_claims_paging(client: TestClient, sample: Sample) -> None:
    extra = add_many_claims(sample.path, 25)
    first = client.get("/claims.json?commodity=fertilizer&limit=10").json()
    assert first["total"] == 26 and len(first["rows"]) == 10
    assert first["next"] == "/claims.json?commodity=fertilizer&limit=10&offset=10"
    seen = [r["id"] for r in first["rows"]]
    url = first["next"]
    while url:
        page = client.get(url).json()
        seen += [r["id"] for r in page["rows"]]
        url = page["next"]
    assert sorted(seen) == sorted(extra + [sample.fertilizer]) and len(set(seen)) == 26
    page3 = client.get("/claims.json?commodity=fertilizer&limit=10&page=3").json()
    assert page3["offset"] == 20 and len(page3["rows"]) == 6 and page3["next"] is None
    html = client.get("/claims?commodity=fertilizer&limit=10&offset=10").text
    assert 'href="/claims?commodity=fertilizer&amp;limit=10&amp;offset=20"' in html
    assert "11&ndash;20 of 26" in html


def test_claim_page_highlights_evidence_in_the_document(client: TestClient,
                                                        sample: Sample) -> None:
    html = client.get(f"/claims/{sample.planned_oil}").text
    marks = re.findall(r'<mark class="quantity">(.*?)</mark>', html)
    assert marks == ["160,000 tons", "160,000 tons"]  # evidence block and document text
    evidence = re.search(r'<span class="evidence" id="evidence">(.*?)</span>', html, re.S)
    assert evidence and evidence.group(1).startswith("The Cabinet plans to import")
    assert "North Korea is shifting supply routes" in html  # the rest of the document
    assert "240% of the 500,000 bbl cap" in html  # the related finding
    data = client.get(f"/claims/{sample.planned_oil}.json").json()
    assert data["claim"]["surface"] == "160,000 tons" and data["claim"]["outlet"] == "Daily NK"
    assert [f["id"] for f in data["findings"]] == ["fnd-cap-2025"]
    text = data["document"]["text"]
    assert text[data["claim"]["start"]:data["claim"]["end"]] == "160,000 tons"


def test_article_text_is_escaped_everywhere(client: TestClient, sample: Sample) -> None:
    for url in [f"/claims/{sample.flour}", f"/documents/{sample.script_doc}", "/claims",
                "/documents", "/findings", "/"]:
        html = client.get(url).text
        assert SCRIPT not in html, url
        assert "<b>Outlet</b>" not in html, url
    html = client.get(f"/claims/{sample.flour}").text
    assert "flour &lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt; to North Korea" in html \
        or "flour &lt;script&gt;alert('pwned')&lt;/script&gt; to North Korea" in html
    assert '<mark class="quantity">1,000 tonnes</mark>' in html
    assert client.get(f"/documents/{sample.script_doc}.json").json()["document"][
        "text"].count(SCRIPT) == 2


def test_documents_list_and_filters(client: TestClient, sample: Sample) -> None:
    data = client.get("/documents.json").json()
    assert data["total"] == 5 and data["rows"][0]["published"] == "2025-02-19"
    assert [d["outlet"] for d in client.get("/documents.json?outlet=Yonhap").json()["rows"]] == [
        "Yonhap"]
    assert client.get("/documents.json?commodity=fertilizer").json()["total"] == 1
    doc = client.get(f"/documents/{sample.script_doc}.json").json()
    assert [c["id"] for c in doc["claims"]] == [sample.flour]


def test_series_page(client: TestClient, sample: Sample) -> None:
    data = client.get("/series.json?flow=RUS:PRK:oil").json()
    assert data["flow"] == "RUS:PRK:oil"
    ids = {p["evidence_id"] for p in data["points"]}
    assert {sample.planned_oil, sample.usd_oil, sample.estimated_bbl} <= ids
    assert "series" in data["charts"]
    other = client.get("/series.json?exporter=CHN&importer=PRK&commodity=fertilizer").json()
    assert [p["evidence_id"] for p in other["points"]] == [sample.fertilizer]
    assert client.get("/series.json?flow=bad").status_code == 400
    assert f'href="/claims/{sample.usd_oil}"' in client.get("/series").text


def test_caps_page(client: TestClient) -> None:
    data = client.get("/caps.json").json()
    assert data["exceeded"] == 1
    assert [(r["year"], r["share_of_cap"]) for r in data["rows"]] == [(2024, 0.33), (2025, 2.4)]
    html = client.get("/caps").text
    assert 'class="exceeded"' in html and "240.0%" in html


def test_findings_filters_and_paging(client: TestClient) -> None:
    data = client.get("/findings.json").json()
    assert data["total"] == 3
    assert [f["severity"] for f in data["rows"]] == ["warning", "warning", "info"]
    assert client.get("/findings.json?type=cap_usage").json()["total"] == 1
    assert client.get("/findings.json?severity=warning&limit=1").json()["next_offset"] == 1


def test_unknown_records_are_404_in_both_forms(client: TestClient) -> None:
    for url in ["/claims/clm-nope", "/documents/doc-nope", "/no-such-page"]:
        html = client.get(url)
        assert html.status_code == 404 and html.headers["content-type"].startswith("text/html")
        twin = client.get(url + ".json")
        assert twin.status_code == 404 and twin.json()["detail"]


def test_static_files_are_served_locally(client: TestClient) -> None:
    bundle = client.get("/static/vega.js")
    assert bundle.status_code == 200 and "vegaEmbed" in bundle.text
    assert client.get("/static/charts.js").status_code == 200
    assert client.get("/static/style.css").status_code == 200
    for url in PAGES:
        assert not re.search(r"<(script|link)[^>]+(src|href)=\"https?:", client.get(url).text)


def test_cli_serve_runs_the_app_with_uvicorn(sample: Sample,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn
    from click.testing import CliRunner
    from fastapi import FastAPI

    from tradetrace.cli.main import cli

    calls: list[tuple[object, str, int]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, host, port, **_: calls.append(
        (app, host, port)))
    result = CliRunner().invoke(cli, ["serve", "--db", str(sample.path), "--port", "8123"])
    assert result.exit_code == 0, result.output
    (app, host, port), = calls
    assert isinstance(app, FastAPI) and (host, port) == ("127.0.0.1", 8123)
    with TestClient(app) as client:
        assert client.get("/claims.json").json()["total"] == 5
