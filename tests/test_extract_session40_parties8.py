"""Session 40 (parties, round 8): the owner a pronoun stands for in a share a country supplies or
buys. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Document


def _parties(text: str, published: date) -> dict[str, tuple[str | None, str | None]]:
    claims = extract_claims(Document.from_text(text, published=published))
    return {c.surface: (c.exporter, c.importer) for c in claims}


def test_supplier_of_the_countrys_imports_is_not_their_owner() -> None:
    found = _parties("Over the year Turkey took 41.2 percent of Georgian exports and supplied "
                     "18.6 percent of the country's imports.", date(2024, 2, 1))
    assert found["18.6 percent"] == ("TUR", "GEO")


def test_supplier_of_its_imports_after_the_country_named_first() -> None:
    found = _parties("The ban hurts Chile: Argentina supplies about 23% of its fuel imports.",
                     date(2024, 2, 1))
    assert found["23%"] == ("ARG", "CHL")


def test_buyer_of_its_exports_after_a_relative_clause() -> None:
    found = _parties("Japan buys 35% of the beef Australia ships abroad and nearly a quarter of "
                     "its wool exports.", date(2024, 2, 1))
    assert found["a quarter"] == ("AUS", "JPN")


def test_buyer_of_its_own_imports_keeps_them() -> None:
    found = _parties("Hungary bought 64% of its gas imports from Russia.", date(2024, 2, 1))
    assert found["64%"] == ("RUS", "HUN")


def test_country_that_led_the_buyers_is_the_buyer() -> None:
    found = _parties("Kenya's tea exports rose to 500 million kg last year. Pakistan led the "
                     "buyers with 190 million kg, while Egypt slipped to second place with 60 "
                     "million kg.", date(2024, 2, 1))
    assert found["190 million kg"] == ("KEN", "PAK")
    assert found["60 million kg"] == ("KEN", "EGY")


def test_sum_paid_for_a_rows_goods_keeps_its_buyer() -> None:
    found = _parties("Uruguay's beef exports reached 80,000 tonnes in the quarter. China bought "
                     "41,200 tonnes for US$190 million, and the United States took 9,800 "
                     "tonnes for US$71 million.", date(2024, 4, 5))
    assert found["US$190 million"] == ("URY", "CHN")
    assert found["US$71 million"] == ("URY", "USA")


def test_imports_after_a_buyers_row_of_the_exports_turn_the_home_total() -> None:
    found = _parties("Peru's copper exports climbed 12% to US$3,100 million in the first "
                     "half. China was the biggest buyer, taking US$1,900 million. Imports of "
                     "machinery fell 8.2% to US$1,450 million.", date(2024, 7, 20))
    assert found["US$1,900 million"] == ("PER", "CHN")
    assert found["8.2%"] == (None, "PER")
    assert found["US$1,450 million"] == (None, "PER")
