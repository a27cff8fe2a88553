"""Session 62, goods: the first test of each rule fails without that rule; the others pin what
the rule must leave alone (sentences invented)."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Document

_ON = date(2025, 6, 1)


def _goods(text: str, surface: str) -> str | None:
    claims = extract_claims(Document.from_text(text, published=_ON))
    return next(c for c in claims if c.surface == surface).commodity


def test_a_news_agency_tag_before_the_flow_noun_names_no_goods() -> None:
    text = ("MANILA, March 3 (PNA) Exports from the Philippines to Japan rose 4.2 per cent in "
            "2024 to $11 billion.")
    assert _goods(text, "4.2 per cent") == "trade"
    assert _goods(text, "$11 billion") == "trade"
    text = "(XNA) Shipments from Chile to Korea climbed 8.8 per cent to $7.4 billion last year."
    assert _goods(text, "$7.4 billion") == "trade"


def test_an_acronym_in_parentheses_after_goods_still_names_them() -> None:
    text = "Exports of Qatari liquefied natural gas (LNG) to Japan rose 4.2 per cent in 2024."
    assert _goods(text, "4.2 per cent") is None
    text = "Japan's liquefied natural gas (LNG) imports from Qatar grew 6.1 per cent last year."
    assert _goods(text, "6.1 per cent") is None


def test_a_flow_of_keyed_goods_opening_the_sentence_reaches_its_later_clauses() -> None:
    text = ("Since 2019, Kenya's purchases of U.K. agricultural products have nearly tripled, "
            "climbing to $410 million in 2023, 3% more than in 2022.")
    assert _goods(text, "$410 million") == "food"
    assert _goods(text, "3%") == "food"
    text = ("Norway's exports of farm-raised salmon slipped for a third year in 2024, to about "
            "1.1 million tonnes, some 40,000 tonnes below 2023.")
    assert _goods(text, "1.1 million tonnes") == "seafood"


def test_a_flow_of_all_goods_or_of_goods_with_no_key_keeps_its_own_goods() -> None:
    text = ("Since 2015, Chile's purchases from Brazil have nearly tripled, reaching $900 million "
            "in 2024, 7% more than in 2023.")
    assert _goods(text, "$900 million") == "trade"
    text = ("Since 2015, Chile's purchases of Brazilian furniture have nearly tripled, reaching "
            "$900 million in 2024, 7% more than in 2023.")
    assert _goods(text, "$900 million") is None
    text = ("Since 2015, Chile's purchases from Brazil, mostly beef and poultry, have nearly "
            "tripled, reaching $900 million in 2024.")
    assert _goods(text, "$900 million") == "trade"


def test_goods_with_no_key_in_a_cause_after_the_figure_leave_it_all_goods() -> None:
    text = "Shipments to Peru slid 8.3 per cent on lower sales of solar panels, tyres and ceramics."
    assert _goods(text, "8.3 per cent") == "trade"
    text = "Sales to Canada climbed 11.2 per cent as orders for drones and robot arms took off."
    assert _goods(text, "11.2 per cent") == "trade"


def test_goods_with_no_key_before_the_figure_or_beside_a_bare_cause_still_count() -> None:
    text = "Furniture exports to India dropped 12.4 per cent on weaker demand."
    assert _goods(text, "12.4 per cent") is None
    text = "Peru's imports of hearing aids rose 3.9 per cent as clinics reopened."
    assert _goods(text, "3.9 per cent") is None
