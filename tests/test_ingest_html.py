"""HTML pages: main text without navigation/footer, metadata, fragments, pages over HTTP."""

from __future__ import annotations

from datetime import date

from ingest_helpers import NEWS, serve
from tradetrace.ingest import IngestError, load_documents
from tradetrace.ingest.html import fragment_text
from tradetrace.model import Document

PAGE = NEWS / "03_kotra_gacc_2021_gap.html"


def _page(location: str) -> Document:
    [doc] = list(load_documents([location]))
    assert isinstance(doc, Document), doc
    return doc


def test_page_metadata_comes_from_title_site_name_and_published_time() -> None:
    doc = _page(str(PAGE))
    assert doc.title == "Why two agencies disagree on China-North Korea trade"
    assert doc.outlet == "Korea Trade Monitor"
    assert doc.published == date(2022, 7, 20)
    assert doc.url == "https://korea-trade-monitor.example/2022/07/kotra-gacc-gap"
    assert doc.content_type == "text/html"


def test_page_text_is_the_article_without_navigation_footer_or_headline() -> None:
    doc = _page(str(PAGE))
    assert doc.text.startswith("South Korea's trade promotion agency KOTRA put trade")
    assert doc.text.endswith("once the adjustment is taken into account.")
    for boilerplate in ("About us", "All rights reserved", "Privacy", "Home"):
        assert boilerplate not in doc.text
    assert not doc.text.startswith(doc.title or "?")
    assert "\n" in doc.text  # paragraphs stay separate


def test_html_is_recognised_by_content_not_extension(tmp_path: object) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "page.txt"
    path.write_bytes(PAGE.read_bytes())
    doc = _page(str(path))
    assert doc.content_type == "text/html" and doc.outlet == "Korea Trade Monitor"


def test_fragment_text_strips_tags_and_keeps_paragraphs() -> None:
    text = fragment_text("<p>Russia sent <b>5,000</b> tons &amp; more.</p><p>Second<br>line"
                         "</p><script>var x = 1;</script>")
    assert text == "Russia sent 5,000 tons & more.\n\nSecond\nline"


def test_page_is_ingested_from_a_url() -> None:
    routes = {"/story": (200, "text/html; charset=utf-8", PAGE.read_bytes())}
    with serve(routes) as base:
        items = list(load_documents([f"{base}/story", f"{base}/missing"]))
    doc, missing = items
    assert isinstance(doc, Document)
    assert doc.source == f"{base}/story"
    assert doc.title == "Why two agencies disagree on China-North Korea trade"
    assert doc.raw == PAGE.read_bytes()
    assert isinstance(missing, IngestError) and "404" in missing.reason
