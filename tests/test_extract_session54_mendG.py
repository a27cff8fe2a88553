"""Session 54, mend G: the goods rules of the session narrowed where reviewers' invented
sentences showed them over-reaching; each test fails without its mend."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Document

_ON = date(2025, 6, 1)


def _goods(text: str, surface: str) -> str | None:
    claims = extract_claims(Document.from_text(text, published=_ON))
    return next(c for c in claims if c.surface == surface).commodity


def test_as_before_goods_and_a_preposition_gives_their_form_not_a_cause() -> None:
    text = "India exported 1.2 million tonnes as raw sugar to Bangladesh in May."
    assert _goods(text, "1.2 million tonnes") == "sugar"


def test_classified_as_gives_the_goods_form_not_a_cause() -> None:
    text = "The country imported 300,000 tonnes in April, classified as steel scrap by customs."
    assert _goods(text, "300,000 tonnes") == "iron_steel"


def test_a_cause_does_not_reach_past_a_comma_and_mostly() -> None:
    text = "Ukraine exported 3 million tonnes in May, amid the war, mostly wheat and corn."
    assert _goods(text, "3 million tonnes") == "grain"


def test_firms_with_a_flow_before_or_a_country_after_keep_their_goods() -> None:
    text = "Exports of palm oil firms in Indonesia rose 10% to 2 million tonnes in May."
    assert _goods(text, "10%") == "food"
    assert _goods(text, "2 million tonnes") == "food"


def test_a_textiles_word_before_other_goods_only_qualifies_them() -> None:
    text = "China exported $50 million of T-shirt printing machines to Bangladesh in May."
    assert _goods(text, "$50 million") == "machinery"


def test_rmg_opening_a_company_name_is_no_goods() -> None:
    text = "RMG Networks shipped $5 million of displays to Mexico in May."
    assert _goods(text, "$5 million") is None
