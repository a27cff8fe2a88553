"""Session 57, goods: the first test of each rule fails without that rule; the others pin what
the rule must leave alone, so they pass without it too (sentences invented)."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Document

_ON = date(2025, 6, 1)


def _goods(text: str, surface: str) -> str | None:
    claims = extract_claims(Document.from_text(text, published=_ON))
    return next(c for c in claims if c.surface == surface).commodity


_PLYWOOD = ("Malaysian mills sold RM12.4 billion of plywood overseas last year, 8 percent more, "
            "the timber board said. Saudi Arabia, its leading market, took 40 percent. ")


def test_a_buyer_row_after_a_sentence_naming_only_a_buyer_keeps_unkeyed_goods() -> None:
    text = _PLYWOOD + "Qatar bought RM1.2 billion, while Oman's purchases climbed 15 percent " \
        "to RM0.8 billion."
    assert _goods(text, "RM1.2 billion") is None
    assert _goods(text, "15 percent") is None
    assert _goods(text, "RM0.8 billion") is None


def test_overall_exports_after_a_buyer_row_stay_all_goods() -> None:
    text = _PLYWOOD + "Overall exports grew 15 percent to RM354 billion."
    assert _goods(text, "15 percent") == "trade"
    assert _goods(text, "RM354 billion") == "trade"


_TEAK = ("Myanmar sawmills sold 410 million USD of teak abroad in 2023, up 6 percent, the "
         "forestry ministry said.\n\n")


def test_a_later_paragraph_row_of_an_unkeyed_goods_article_keeps_no_key() -> None:
    text = _TEAK + "Shipments to India reached 95 million USD, while Thailand's purchases fell " \
        "11 percent."
    assert _goods(text, "95 million USD") is None
    assert _goods(text, "11 percent") is None


def test_a_later_paragraph_total_of_an_unkeyed_goods_article_is_all_goods() -> None:
    text = _TEAK + "Overall exports reached 16 billion USD, up 4 percent."
    assert _goods(text, "16 billion USD") == "trade"
    assert _goods(text, "4 percent") == "trade"
