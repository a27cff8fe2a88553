"""The two seed articles: title, outlet and date exact, boilerplate gone, body intact."""

from __future__ import annotations

from datetime import date

from ingest_helpers import DIGEST_SEED, DONGA_SEED, seed
from tradetrace.ingest import load_documents
from tradetrace.model import Document


def _one(path: str) -> Document:
    items = list(load_documents([path]))
    assert len(items) == 1 and isinstance(items[0], Document), items
    return items[0]


def test_feed_digest_seed_date_outlet_and_lede_title() -> None:
    path = seed(DIGEST_SEED)
    doc = _one(str(path))
    assert doc.outlet == "Daily NK"
    assert doc.published == date(2025, 2, 19)
    assert "01:53PM" not in doc.text and "by DailyNK" not in doc.text
    assert doc.text.startswith("North Korea is restructuring its supply chains")
    assert doc.text.endswith("strengthening ties with Russia.”")
    assert doc.title is not None and len(doc.title) <= 120
    assert doc.text.startswith(doc.title)
    assert doc.title[-1].isalnum()
    # cut at a word boundary: the next character of the text is a space or punctuation
    assert not doc.text[len(doc.title)].isalnum()


def test_dong_a_seed_title_outlet_date_and_clean_body() -> None:
    path = seed(DONGA_SEED)
    doc = _one(str(path))
    assert doc.title == "N. Korea gets closer to Russia to reduce dependency on China"
    assert doc.outlet == "The Dong-A Ilbo"
    assert doc.published == date(2014, 5, 14)
    assert doc.text.startswith("Last year, Russia provided North Korea with its oil")
    assert doc.text.endswith("tries to strengthen ties with Moscow to keep China in check.”")
    for boilerplate in ("Go to contents", "Posted May. 14", doc.title):
        assert boilerplate not in doc.text


def test_seed_body_characters_are_kept_exactly() -> None:
    for name in (DIGEST_SEED, DONGA_SEED):
        path = seed(name)
        doc = _one(str(path))
        source = path.read_text(encoding="utf-8")
        for paragraph in doc.text.split("\n\n"):
            for line in paragraph.split("\n"):
                assert line in source
        assert doc.raw == path.read_bytes()
