"""Session 54, mend R: the reviewers' invented sentences on this session's parties rules."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Claim, Document

_ON = date(2025, 6, 1)


def _one(text: str, surface: str) -> Claim:
    claims = extract_claims(Document.from_text(text, published=_ON))
    return next(c for c in claims if c.surface == surface)


def _sides(text: str, surface: str) -> tuple[str | None, str | None]:
    claim = _one(text, surface)
    return claim.exporter, claim.importer


def test_leading_the_market_is_no_buying() -> None:
    assert _sides("Global rice exports rose 4% to 55 million tonnes in 2024. India led the market "
                  "with 22 million tonnes.", "22 million tonnes")[1] is None
    assert _sides("Global wheat exports hit 220 million tonnes. Russia topped the market with a "
                  "20% share.", "20%")[1] is None
    assert _sides("Global coffee trade rose 3%. Brazil leads the market, shipping 40 million "
                  "bags.", "40 million bags") == ("BRA", None)


def test_wanting_goods_sold_or_an_export_matter_is_no_buying() -> None:
    assert _sides("Ukraine seeks up to 5 million tonnes in grain export guarantees from the EU.",
                  "5 million tonnes")[1] is None
    assert _sides("Russia seeks 1 million tonnes of additional wheat exports quota from the "
                  "government.", "1 million tonnes")[1] is None
    assert _sides("Russia is looking for 5 million tonnes of new wheat sales to Africa.",
                  "5 million tonnes") == ("RUS", None)
    assert _sides("Russia wants 2 million tonnes of its wheat sold to Egypt this season.",
                  "2 million tonnes") == ("RUS", "EGY")


def test_wanting_an_amount_of_goods_still_buys_it() -> None:
    assert _sides("Kenya wants 50,000 tonnes of maize to ease shortages.",
                  "50,000 tonnes")[1] == "KEN"


def test_buyers_who_load_goods_take_them_in() -> None:
    assert _sides("Chinese buyers loaded 1 million tonnes of soybeans at Santos in May.",
                  "1 million tonnes")[0] != "CHN"
    assert _sides("Japanese utilities loaded 3 million tonnes of coal at Newcastle in May.",
                  "3 million tonnes") == (None, "JPN")


def test_loadings_for_a_country_go_there() -> None:
    assert _sides("Japan imported 5 million tonnes of coal in May; loadings at Newcastle for "
                  "Japan reached 3 million tonnes.", "3 million tonnes") == (None, "JPN")


def test_sending_out_a_statement_clears_no_buyer() -> None:
    assert _sides("Russia sold 2 million tonnes of wheat to Egypt in May. The ministry sent out "
                  "a statement saying June sales reached 1.5 million tonnes.",
                  "1.5 million tonnes")[1] == "EGY"


def test_shipping_out_keeps_the_carried_seller() -> None:
    assert _sides("India sold 200,000 tonnes of rice to Bangladesh in May. In June it shipped "
                  "out 150,000 tonnes to Nepal.", "150,000 tonnes") == ("IND", "NPL")
    assert _sides("India sold 200,000 tonnes of rice to Bangladesh in May. In June it shipped "
                  "out an average of 5,000 tonnes a day.", "5,000 tonnes a day") == ("IND", None)


def test_the_sellers_home_market_is_no_buyer() -> None:
    assert _sides("Chinese EV exports rose 30% to $40 billion. The Chinese market grew 10% to 11 "
                  "million cars.", "10%") == (None, None)


def test_consumers_in_a_country_are_no_importer() -> None:
    assert _sides("Consumers in Japan bought 20% less rice in May as prices rose.",
                  "20%")[1] is None


def test_wanting_goods_delivered_still_buys_them() -> None:
    assert _sides("Uruguay's Ancap is looking for up to 30,000 cubic meters of diesel for "
                  "delivery into floating storage.", "30,000 cubic meters") == (None, "URY")


def test_buyers_in_several_countries_are_no_single_buyer() -> None:
    assert _sides("Kenyan tea exports rose 5% last year. Buyers in Pakistan and Egypt took $500 "
                  "million.", "$500 million")[1] is None
    assert _sides("Buyers in the UK and Canada lifted their purchases by 10.88% and 16.09%, "
                  "respectively.", "10.88%")[1] == "GBR"


def test_a_terminal_loading_is_its_countrys_export() -> None:
    assert _sides("The Russian terminal of Ust-Luga loaded 2 million tonnes of fuel oil in May.",
                  "2 million tonnes")[0] == "RUS"
    assert _sides("Brazil's grain terminals loaded 10 million tonnes of soybeans in April.",
                  "10 million tonnes")[0] == "BRA"
