"""Session 57, mend G: a later paragraph's row of an article about goods with no key keeps no key
only when it can be part of those goods (sentences invented)."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Document

_ON = date(2025, 6, 1)

_CERAMICS = ("Portuguese potters exported 610 million EUR of ceramics in 2023, up 5 percent, the "
             "statistics office reported.\n\n")


def _goods(text: str, surface: str) -> str | None:
    claims = extract_claims(Document.from_text(text, published=_ON))
    return next(c for c in claims if c.surface == surface).commodity


def test_a_later_row_above_the_goods_own_total_is_all_goods() -> None:
    text = _CERAMICS + "Sales to Spain climbed 12 percent to 29 billion EUR last year, while " \
        "France's purchases slipped 2 percent."
    assert _goods(text, "29 billion EUR") == "trade"
    assert _goods(text, "12 percent") == "trade"


def test_a_later_row_within_the_goods_own_total_keeps_no_key() -> None:
    text = _CERAMICS + "Sales to Spain climbed 12 percent to 90 million EUR last year, while " \
        "France's purchases slipped 2 percent."
    assert _goods(text, "90 million EUR") is None
    assert _goods(text, "12 percent") is None


def test_a_later_row_after_all_goods_are_named_is_all_goods() -> None:
    text = _CERAMICS + "Brussels proposed a levy of 20 percent on Chinese goods in March. " \
        "Sales to Brazil nonetheless grew 14 percent in April."
    assert _goods(text, "14 percent") == "trade"
