"""Session 55, goods: each test fails without the rule it pins (sentences invented)."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Document

_ON = date(2025, 6, 1)


def _goods(text: str, surface: str) -> str | None:
    claims = extract_claims(Document.from_text(text, published=_ON))
    return next(c for c in claims if c.surface == surface).commodity


def test_as_goods_then_a_new_clause_gives_the_goods_form() -> None:
    text = ("This year the yards have bought in 90 old ships, which weigh 1.1 million tonnes as "
            "iron plate, as the trade recovers from a long strike.")
    assert _goods(text, "1.1 million tonnes") == "iron_steel"


def test_as_goods_then_an_aside_is_still_a_cause() -> None:
    text = "Shipments rose 4% to 300,000 tonnes as coal, the main cargo, recovered."
    assert _goods(text, "300,000 tonnes") != "coal"


def test_as_goods_and_a_cause_head_is_still_a_cause() -> None:
    text = "Shipments rose 4% to 300,000 tonnes as coal prices, hit by floods, recovered."
    assert _goods(text, "300,000 tonnes") != "coal"


def test_a_share_is_of_the_broader_goods_its_whole_names() -> None:
    text = ("Ruritania imported 3 million tonnes of crude in 2023. More than half of the oil "
            "Ruritania imported that year came from Kazakhstan.")
    assert _goods(text, "half") == "oil"


def test_a_share_with_narrower_goods_before_it_keeps_the_parts_goods() -> None:
    text = "Kazakh crude piped to Ruritania made up 70% of all the oil Ruritania imported in 2023."
    assert _goods(text, "70%") == "crude_oil"


def test_a_share_of_the_fuel_still_stands_for_the_fuel_counted_before() -> None:
    text = ("Peru imported 2 million tonnes of diesel in 2023. Chile supplied 40 percent of the "
            "fuel.")
    assert _goods(text, "40 percent") == "diesel"


def test_a_count_of_boxes_holds_the_goods_the_article_named_before() -> None:
    text = ("Chilean cherries sell well in China. Chile is expected to export 80 million boxes "
            "this season, most of them to China.")
    assert _goods(text, "80 million boxes") == "food"


def test_a_count_of_bags_after_goods_with_no_key_stays_unknown() -> None:
    text = "Colombian coffee sells well in Europe. Colombia shipped 12 million bags last year."
    assert _goods(text, "12 million bags") is None
