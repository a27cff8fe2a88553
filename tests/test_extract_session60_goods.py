"""Session 60, goods: the first test of each rule fails without that rule; the others pin what
the rule must leave alone (sentences invented)."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Document

_ON = date(2025, 6, 1)


def _goods(text: str, surface: str) -> str | None:
    claims = extract_claims(Document.from_text(text, published=_ON))
    return next(c for c in claims if c.surface == surface).commodity


def test_crude_and_derivatives_together_are_oil() -> None:
    text = "Paraguay's purchases of crude oil and derivatives came to $812 million in 2021."
    assert _goods(text, "$812 million") == "oil"


def test_oil_derivatives_alone_are_refined_products() -> None:
    text = "Kuwait has handed Jordan $90 million of oil derivatives under the aid grant."
    assert _goods(text, "$90 million") == "refined_petroleum"


def test_derivatives_traders_after_crude_are_no_goods() -> None:
    text = "Imports of crude oil came to $640 million in 2021, while derivatives traders lost."
    assert _goods(text, "$640 million") == "crude_oil"


def test_a_qualified_last_item_closes_a_comma_list_of_oils() -> None:
    text = ("Fiji's terminal at Suva got crude, naphtha and treated gasoline totalling 9,250 "
            "tonnes in April.")
    assert _goods(text, "9,250 tonnes") == "oil"


def test_a_qualified_item_after_a_lone_and_is_not_joined() -> None:
    text = "The republic sold crude and imported gasoline worth $3 billion in 2021."
    assert _goods(text, "$3 billion") == "gasoline"


def test_a_paragraphs_counted_crude_goes_on_to_a_figure_naming_no_oil() -> None:
    text = ("Two firms supplied half of the Omani oil sold to Kenya in 2024, when Kenya bought 6.2 "
            "million tonnes of Omani crude. Tanzania took 41,000 bpd in March, down 9% on the "
            "month.")
    assert _goods(text, "41,000 bpd") == "crude_oil"
    assert _goods(text, "9%") == "crude_oil"


def test_crude_only_qualifying_a_plant_is_not_carried() -> None:
    text = ("Angola's oil exports slid in June as its heavy crude upgraders stalled. Shipments "
            "averaged 1.05 million bpd.")
    assert _goods(text, "1.05 million bpd") == "oil"


def test_crude_beside_refined_goods_in_the_paragraph_is_not_carried() -> None:
    text = ("Kenya bought 6.2 million tonnes of Omani crude and diesel in 2024. Tanzania took "
            "41,000 bpd in March.")
    assert _goods(text, "41,000 bpd") != "crude_oil"


def test_a_countrys_makers_sell_what_they_make_with_no_key() -> None:
    text = ("Portuguese toymakers saw weaker demand in Chile during 2023, and shipments there "
            "shrank 7.5%.")
    assert _goods(text, "7.5%") is None


def test_a_countrys_makers_sell_what_they_make_with_a_key() -> None:
    text = "Korean carmakers had a harder 2023 in Peru, and their exports there dropped 2.8%."
    assert _goods(text, "2.8%") == "vehicles"


def test_lawmakers_name_no_goods() -> None:
    text = "Danish lawmakers said exports to Brazil fell 4.1 per cent last year."
    assert _goods(text, "4.1 per cent") == "trade"


def test_makers_with_no_country_before_them_are_left_alone() -> None:
    text = "Toymakers in Brazil were the keenest buyers, taking half of the sales."
    assert _goods(text, "half") == "trade"
