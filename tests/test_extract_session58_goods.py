"""Session 58, goods: the first test of each rule fails without that rule; the others pin what
the rule must leave alone, so they pass without it too (sentences invented)."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Document

_ON = date(2025, 6, 1)


def _goods(text: str, surface: str) -> str | None:
    claims = extract_claims(Document.from_text(text, published=_ON))
    return next(c for c in claims if c.surface == surface).commodity


_COCOA = "Cameroon sold more cocoa to Belgium in 2024. "


def test_a_paragraphs_first_bare_flow_after_a_sentence_on_unkeyed_goods_keeps_no_key() -> None:
    text = _COCOA + "Its sales to Belgium rose 12% to $310 million."
    assert _goods(text, "12%") is None
    assert _goods(text, "$310 million") is None


def test_a_countrys_own_exports_after_a_sentence_on_unkeyed_goods_stay_all_goods() -> None:
    text = _COCOA + "Cameroon's exports rose 12% to $3.1 billion."
    assert _goods(text, "12%") == "trade"
    assert _goods(text, "$3.1 billion") == "trade"


def test_a_total_after_a_sentence_on_unkeyed_goods_stays_all_goods() -> None:
    text = _COCOA + "Total exports rose 12% to $3.1 billion."
    assert _goods(text, "$3.1 billion") == "trade"


def test_a_bare_flow_after_goods_named_only_before_prices_stays_all_goods() -> None:
    text = "Cocoa prices climbed sharply in 2024. Exports rose 12% to $3.1 billion."
    assert _goods(text, "$3.1 billion") == "trade"


def test_a_bare_flow_after_unkeyed_goods_beside_all_goods_stays_all_goods() -> None:
    text = "Belgium bought more Cameroonian goods in 2024 as cocoa sold briskly. " \
        "Imports from Cameroon rose 12% to $310 million."
    assert _goods(text, "$310 million") == "trade"


def test_a_share_of_a_countrys_exports_after_unkeyed_goods_stays_all_goods() -> None:
    text = _COCOA + "Belgium took 9% of Cameroon's exports."
    assert _goods(text, "9%") == "trade"
