"""RSS and Atom feeds: one document per item with its own metadata; feeds over HTTP."""

from __future__ import annotations

import hashlib
from datetime import date

from ingest_helpers import NEWS, serve
from tradetrace.ingest import load_documents
from tradetrace.ingest.fingerprint import distance
from tradetrace.model import Document

RSS = NEWS / "05_northeast_asia_wire_rss.xml"
ATOM = NEWS / "06_energy_sanctions_digest_atom.xml"


def _docs(location: str) -> list[Document]:
    items = list(load_documents([location]))
    assert all(isinstance(i, Document) for i in items), items
    return [i for i in items if isinstance(i, Document)]


def test_rss_items_become_documents_with_their_own_metadata() -> None:
    docs = _docs(str(RSS))
    assert [d.source for d in docs] == [f"{RSS}#naw-2024-0517-oil", f"{RSS}#naw-2020-0221-china",
                                        f"{RSS}#naw-2025-0610-record"]
    assert [d.published for d in docs] == [date(2024, 5, 17), date(2020, 2, 21),
                                           date(2025, 6, 10)]
    assert docs[1].title == "China reported 22,730 tonnes of refined oil for 2019"
    assert docs[1].url == "https://northeast-asia-wire.example/2020/02/china-2019-notifications"
    assert {d.outlet for d in docs} == {"Northeast Asia Wire"}
    assert {d.content_type for d in docs} == {"application/rss+xml"}
    assert len({d.id for d in docs}) == 3
    assert all(d.raw_sha256 == hashlib.sha256(RSS.read_bytes()).hexdigest() for d in docs)


def test_item_html_is_stripped_and_trailers_removed() -> None:
    first = _docs(str(RSS))[0]
    assert first.text.startswith("WASHINGTON - Russia shipped more than 165,000 barrels")
    assert "<p>" not in first.text and "&lt;" not in first.text
    assert "Read more" not in first.text
    assert "\n\n" in first.text


def test_atom_entries_use_content_or_summary() -> None:
    docs = _docs(str(ATOM))
    assert [d.published for d in docs] == [date(2024, 5, 17), date(2024, 11, 22)]
    assert {d.outlet for d in docs} == {"Energy Sanctions Digest"}
    assert {d.content_type for d in docs} == {"application/atom+xml"}
    assert "appeared first on" not in docs[0].text
    assert docs[1].text.startswith("A British research group, the Open Source Centre")
    assert docs[1].url == "https://energy-sanctions-digest.example/posts/osc-million-barrels"


def test_same_story_in_two_feeds_is_a_near_duplicate_and_other_stories_are_not() -> None:
    rss, atom = _docs(str(RSS)), _docs(str(ATOM))
    wire, digest = rss[0], atom[0]
    assert wire.id != digest.id  # the copies differ (quotes, boilerplate) ...
    assert wire.fingerprint is not None and digest.fingerprint is not None
    assert distance(wire.fingerprint, digest.fingerprint) <= 3  # ... but are the same story
    others = rss[1:] + atom[1:]
    for other in others:
        assert other.fingerprint is not None
        assert distance(wire.fingerprint, other.fingerprint) > 3


def test_feed_is_ingested_from_a_url() -> None:
    routes = {"/feed": (200, "application/rss+xml", RSS.read_bytes())}
    with serve(routes) as base:
        docs = _docs(f"{base}/feed")
    assert [d.source for d in docs][0] == f"{base}/feed#naw-2024-0517-oil"
    assert len(docs) == 3 and docs[2].title is not None and "record" in docs[2].title
