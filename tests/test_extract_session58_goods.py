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


def test_keyed_goods_listed_with_goods_with_no_key_leave_the_list_keyless() -> None:
    text = "Ecuador exported 8,400 tonnes of roses and mangoes in April."
    assert _goods(text, "8,400 tonnes") is None


def test_goods_kept_with_their_partner_leave_the_list_its_key() -> None:
    assert _goods("Paraguay exported 8,400 tonnes of beef and leather in April.",
                  "8,400 tonnes") == "food"
    assert _goods("Morocco's bill for food and beverages rose to $2.3 billion in May.",
                  "$2.3 billion") == "food"


def test_goods_after_a_comma_with_no_closing_and_are_no_list() -> None:
    text = "Ecuador exported 8,400 tonnes of mangoes in April. After roses, mangoes are " \
        "the country's biggest earner, bringing in $12 million."
    assert _goods(text, "$12 million") == "food"


def test_items_paired_with_figures_respectively_keep_their_own_goods() -> None:
    text = "Roses and mangoes brought in $40 million and $12 million, respectively."
    assert _goods(text, "$12 million") == "food"
