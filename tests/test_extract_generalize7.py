"""Claim rules found on `tests/gold/dev7.jsonl` (excerpts on DPRK and other sanctioned routes),
pinned by invented sentences.

Quantities are written out by hand (what the quantity layer would hand over), so only the claim
logic is exercised.
"""

from __future__ import annotations

from datetime import date

import pytest

from claim_helpers import by_surface, claims_from, parties
from tradetrace.model import Quantity
from tradetrace.normalize.periods import Period, resolve_period

JULY_2025 = date(2025, 7, 28)


@pytest.mark.parametrize(("text", "surface", "value", "unit", "expected"), [
    ("Laos's foreign trade shrank 2.6 percent last year to $9.7 billion as imports from Thailand "
     "slipped.", "$9.7 billion", 9.7e9, "USD", ("LAO", None, True)),
    ("Laos's total exports rose 29 percent year-on-year to $1.1 billion over the period, after "
     "shipments to Thailand picked up.", "$1.1 billion", 1.1e9, "USD", ("LAO", None, False)),
    ("Vietnam's total crude imports also hit a record 56 million tons as refiners bought "
     "discounted Russian cargoes.", "56 million tons", 5.6e7, "t", (None, "VNM", False)),
    ("Laos's total exports to Thailand rose to $1.1 billion.", "$1.1 billion", 1.1e9, "USD",
     ("LAO", "THA", False)),
])
def test_a_countrys_total_is_its_own_whatever_partners_the_sentence_names(
        text: str, surface: str, value: float, unit: str,
        expected: tuple[str | None, str | None, bool]) -> None:
    claim = by_surface(text, ((surface, value, unit),), JULY_2025)[surface]
    assert parties(claim) == expected


def test_a_country_in_a_clause_of_reason_set_off_by_a_comma_is_that_clauses_own() -> None:
    text = ("Belarusian potash exports recovered to about 9.5 million tonnes last year, after "
            "Lithuania's closure of its port forced a reroute through Russia.")
    claim = by_surface(text, (("9.5 million tonnes", 9.5e6, "t"),),
                       JULY_2025)["9.5 million tonnes"]
    assert claim.exporter == "BLR" and claim.importer != "LTU"


def test_a_trade_zones_name_is_no_flow() -> None:
    text = ("Laos shipped more than 900,000 tonnes of rice abroad last year. Thailand bought about "
            "420,000 tonnes, much of it through a border trade zone.")
    claims = by_surface(text, (("900,000 tonnes", 9e5, "t"), ("420,000 tonnes", 4.2e5, "t")),
                        JULY_2025)
    assert claims["420,000 tonnes"].commodity == "rice"


def test_a_relative_clause_without_a_trade_verb_is_about_the_flow() -> None:
    text = ("Vietnam's shipments of rice to Laos, which peaked at over 100,000 tonnes in 2012, "
            "slipped to 17,000 tonnes last year.")
    claims = by_surface(text, (("100,000 tonnes", 1e5, "t"), ("17,000 tonnes", 1.7e4, "t")),
                        JULY_2025)
    assert parties(claims["100,000 tonnes"]) == ("VNM", "LAO", False)
    assert parties(claims["17,000 tonnes"]) == ("VNM", "LAO", False)


def test_the_cargoes_just_named_carry_their_goods_to_their_value() -> None:
    text = ("Thailand sent about 19,000 barrels per day of crude and fuel to Laos in the first "
            "half. The cargoes were worth roughly $390 million.")
    claims = by_surface(text, (("19,000 barrels per day", 1.9e4, "bbl/d"),
                               ("$390 million", 3.9e8, "USD")), JULY_2025)
    assert claims["$390 million"].commodity == claims["19,000 barrels per day"].commodity == "oil"


@pytest.mark.parametrize(("phrase", "period"), [
    ("in the four weeks to Oct. 19", Period(date(2024, 9, 22), date(2024, 10, 19))),
    ("the two weeks to July 14, 2025", Period(date(2025, 7, 1), date(2025, 7, 14))),
])
def test_weeks_to_a_day(phrase: str, period: Period) -> None:
    assert resolve_period(phrase, JULY_2025) == period


def test_a_company_named_with_a_demonym_and_goods_is_the_company() -> None:
    text = "Indian Potash Ltd has agreed to buy 1 million tonnes of Belarusian potash this year."
    claim = by_surface(text, (("1 million tonnes", 1e6, "t"),), JULY_2025)["1 million tonnes"]
    assert parties(claim) == ("BLR", "IND", False)


def test_the_amount_set_right_after_an_owned_flow_is_that_countrys_own() -> None:
    text = ("The resolution also bans Laos's textile exports, worth $75 million last year, "
            "according to the agency. U.S. officials put Thai supplies at 4 million barrels.")
    claim = by_surface(text, (("$75 million", 7.5e7, "USD"),), JULY_2025)["$75 million"]
    assert parties(claim) == ("LAO", None, False)


def test_a_later_flow_word_after_a_countrys_total_heads_its_own_figure() -> None:
    text = ("Laos's total trade fell 2.6 percent last year to $9.7 billion, with exports rising "
            "10.9 percent to $3.6 billion and imports slipping 4.4 percent to $6.1 billion.")
    claims = by_surface(text, (("2.6 percent", 2.6, "percent"), ("$9.7 billion", 9.7e9, "USD"),
                               ("10.9 percent", 10.9, "percent"), ("$3.6 billion", 3.6e9, "USD"),
                               ("4.4 percent", 4.4, "percent"), ("$6.1 billion", 6.1e9, "USD")),
                        JULY_2025)
    assert parties(claims["$9.7 billion"]) == ("LAO", None, True)
    assert parties(claims["$3.6 billion"]) == ("LAO", None, False)
    assert parties(claims["$6.1 billion"]) == (None, "LAO", False)


def test_a_relative_clauses_year_is_its_own() -> None:
    text = ("Thailand shipped a record 10.7 million tons of rice to Laos in 2023. Vietnam, which "
            "held the top spot as recently as 2022, sent 8.6 million tons.")
    claims = by_surface(text, (("10.7 million tons", 1.07e7, "t"),
                               ("8.6 million tons", 8.6e6, "t")), date(2024, 1, 20))
    assert claims["8.6 million tons"].period_start == "2023-01-01"


def test_a_sentence_naming_only_a_side_of_the_paragraphs_flow_goes_on_with_it() -> None:
    text = ("Bangkok has resumed reporting its fuel deliveries to Vientiane, with 10,822 barrels "
            "of diesel delivered in January. Thailand's declared total for 2021 came to 91,909 "
            "barrels.")
    claims = by_surface(text, (("10,822 barrels", 10_822, "bbl"), ("91,909 barrels", 91_909,
                                                                    "bbl")), date(2022, 3, 23))
    assert parties(claims["91,909 barrels"]) == ("THA", "LAO", False)


def test_a_percent_move_of_a_price_is_no_claim() -> None:
    text = ("Diesel prices in Vientiane climbed to 24,500 kip per litre in early August, up 8 "
            "percent from mid-July, while Laos imported 30,000 tonnes of diesel from Thailand.")
    found = claims_from(text, (("24,500 kip", 24_500, "LAK/liter"), ("8 percent", 8, "percent"),
                               ("30,000 tonnes", 30_000, "t")), JULY_2025)
    assert [c.surface for c in found] == ["30,000 tonnes"]


def test_tankers_of_a_size_and_credit_lines_are_no_flows() -> None:
    text = ("Laos bought 20,000 tonnes of Thai diesel in May, carried by tankers of 3,000 to 5,000 "
            "tons. Bangkok had extended credit lines worth more than $3 billion to Vientiane for "
            "fuel purchases since 2013.")
    found = claims_from(text, (("20,000 tonnes", 20_000, "t"),
                               Quantity(text.index("3,000 to"), text.index(" tons.") + 5,
                                        "3,000 to 5,000 tons", 3000, "t", value_max=5000),
                               ("$3 billion", 3e9, "USD")), JULY_2025)
    assert [c.surface for c in found] == ["20,000 tonnes"]


def test_squid_and_crab_are_seafood() -> None:
    text = "About 300 tons of squid and crab crossed from Laos into Thailand in October."
    claim = by_surface(text, (("300 tons", 300, "t"),), JULY_2025)["300 tons"]
    assert claim.commodity == "seafood"


def test_barrels_with_no_goods_of_their_own_are_the_oil_the_article_named_before() -> None:
    text = ("Thailand accused Laos of breaching a sanctions cap on refined petroleum through "
            "ship-to-ship transfers. In a report, Bangkok said Laos had bought 759,793 barrels "
            "between Jan. 1 and May 30.")
    claim = by_surface(text, (("759,793 barrels", 759_793, "bbl"),), JULY_2025)["759,793 barrels"]
    assert claim.commodity == "refined_petroleum"
