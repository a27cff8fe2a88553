"""Rules of the sixth session of 2026-11-30, each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from claim_helpers import extracted
from tradetrace.extract.quantities import extract_quantities
from tradetrace.model import Claim

DECEMBER_2025 = date(2025, 12, 5)


def by_surface(text: str, published: date = DECEMBER_2025) -> dict[str, Claim]:
    return extracted(text, published)


def test_the_figure_compared_with_keeps_the_unit_it_leaves_out() -> None:
    text = ("China bought 2.1 million bpd of Russian crude in May, up from 1.9 million in April. "
            "Russia exported 55 million tonnes of grain in 2025, compared with 53 million a year "
            "earlier. Kazakhstan sold 8 million tonnes versus about 7.5 million the year before.")
    found = {q.surface: (q.value, q.unit) for q in extract_quantities(text)}
    assert found["1.9 million"] == (1900000.0, "bbl/d")
    assert found["53 million"] == (53000000.0, "t")
    assert found["7.5 million"] == (7500000.0, "t")
    april = by_surface(text)["1.9 million"]
    assert (april.kind, april.commodity, april.exporter, april.importer, april.period_start) == (
        "level", "crude_oil", "RUS", "CHN", "2025-04-01")



def test_the_pair_under_a_one_way_trade_word_with_a_third_country_is_a_joint_side() -> None:
    found = by_surface("Russia and Belarus together shipped 2 million tonnes of fertilizer to "
                       "China in 2023. The pair also supplied 500,000 tonnes to India.")
    india = found["500,000 tonnes"]
    assert (india.exporter, india.importer, india.two_way) == (None, "IND", False)
    bought = by_surface("Russia and Belarus together shipped 2 million tonnes of fertilizer to "
                        "China in 2023. The pair also bought 300,000 tonnes from Brazil.")
    brazil = bought["300,000 tonnes"]
    assert (brazil.exporter, brazil.importer, brazil.two_way) == ("BRA", None, False)
    # trade between the two countries is still the pair, both ways
    pair = by_surface("Russia shipped 2 million tonnes of coal to China in 2023. Trade between "
                      "the pair reached $240 billion.")["$240 billion"]
    assert {pair.exporter, pair.importer} == {"RUS", "CHN"} and pair.two_way


@pytest.mark.parametrize("goods, key", [
    ("barley", "grain"), ("sorghum", "grain"), ("naphtha", "refined_petroleum"),
    ("vacuum gasoil", "refined_petroleum"), ("petroleum coke", "refined_petroleum"),
    ("gas condensate", "crude_oil"), ("lignite", "coal"), ("soybeans", "food"),
    ("fruit and vegetables", "food"), ("pulses", "food"), ("superphosphate", "fertilizer"),
])
def test_more_goods_of_trade_news_have_their_taxonomy_key(goods: str, key: str) -> None:
    found = by_surface(f"Russia shipped 500,000 tonnes of {goods} to India in 2024.")
    assert found["500,000 tonnes"].commodity == key
    # `vacuum gasoil` is no diesel, though `gasoil` alone is
    if goods == "vacuum gasoil":
        gasoil = by_surface("Russia shipped 500,000 tonnes of gasoil to India in 2024.")
        assert gasoil["500,000 tonnes"].commodity == "diesel"


def test_non_oil_trade_is_everything_but_oil() -> None:
    found = by_surface("Iran's non-oil exports rose 10% to $20 billion last year.")
    assert found["$20 billion"].commodity == "trade"
    assert found["10%"].commodity == "trade"
    oil = by_surface("Iran's oil exports rose 10% to $20 billion last year.")
    assert oil["$20 billion"].commodity == "oil"


def test_an_mt_after_a_small_or_decimal_number_counts_million_tonnes() -> None:
    found = {q.surface: q.value for q in extract_quantities(
        "Russian Railways expects to haul 1.5mt, the line could carry 5mt a year, India took "
        "2.4 mt and Vietnam 500 mt, while Laos bought 1,500mt.")}
    assert found["1.5mt"] == 1_500_000
    assert found["5mt a year"] == 5_000_000
    assert found["2.4 mt"] == 2_400_000
    assert found["500 mt"] == 500
    assert found["1,500mt"] == 1500


def test_a_half_or_quarter_of_a_fiscal_year_counts_from_its_first_month() -> None:
    found = by_surface("Bangladesh will import 300,000 tonnes of Russian wheat in the first half "
                       "of fiscal 2023-24, which began on July 1. It imported 679,000 tonnes in "
                       "the second quarter of fiscal 2022-23.", date(2024, 1, 18))
    first = found["300,000 tonnes"]
    assert (first.period_start, first.period_end) == ("2023-07-01", "2023-12-31")
    second = found["679,000 tonnes"]
    assert (second.period_start, second.period_end) == ("2022-10-01", "2022-12-31")


def test_a_commodity_word_in_an_institutions_name_is_no_goods() -> None:
    found = by_surface("Russia shipped 500,000 tonnes of wheat to Bangladesh in 2023. Of the "
                       "679,000 tonnes the DG of Food imported in 2023, 500,000 tonnes came from "
                       "Russia.")
    assert found["679,000 tonnes"].commodity == "wheat"
    named = by_surface("The Food Ministry said Russia shipped 2 million tonnes to Egypt in 2023.")
    assert named["2 million tonnes"].commodity != "food"
    goods = by_surface("Food imports from China rose 20% to $300 million in 2023.")
    assert goods["$300 million"].commodity == "food"


def test_prices_listed_or_restated_after_a_price_are_prices_too() -> None:
    found = by_surface("North Korea imported 5,000 tonnes of fuel from China in 2021. On Monday a "
                       "kilogram of gasoline sold for KPW 13,200 in Pyongyang, KPW 12,700 in "
                       "Sinuiju and KPW 12,500 in Hyesan. A liter of gasoline in China cost "
                       "RMB 9.381, about KPW 7,646.", date(2022, 3, 16))
    assert set(found) == {"5,000 tonnes"}


@pytest.mark.parametrize("phrase, start, end", [
    ("during the year's first 10 months", "2022-01-01", "2022-10-31"),
    ("in last year's first half", "2021-01-01", "2021-06-30"),
    ("in 2020's second quarter", "2020-04-01", "2020-06-30"),
    ("since the start of the year", "2022-01-01", "2022-11-30"),
    ("year-to-date", "2022-01-01", "2022-11-30"),
])
def test_parts_of_a_named_year_and_the_year_so_far(phrase: str, start: str, end: str) -> None:
    found = by_surface(f"Russian coal exports to China rose to 41 million tonnes {phrase}.",
                       date(2022, 11, 18))
    claim = found["41 million tonnes"]
    assert (claim.period_start, claim.period_end) == (start, end)


def test_an_epithet_only_some_countries_fit_is_the_one_of_them_named_last() -> None:
    found = by_surface("Venezuela remains Cuba's main supplier. In August it shipped 81,000 "
                       "barrels per day of oil to the island.", date(2022, 9, 7))
    cuba = found["81,000 barrels per day"]
    assert (cuba.exporter, cuba.importer) == ("VEN", "CUB")
    japan = by_surface("Japan bought 2 million tonnes of Russian LNG in 2023. Russia shipped "
                       "500,000 tonnes of coal to the island nation in May.")["500,000 tonnes"]
    assert (japan.exporter, japan.importer) == ("RUS", "JPN")
    iran = by_surface("China's imports rose in April. The Islamic Republic shipped 1.5 million "
                      "bpd to China in May.")["1.5 million bpd"]
    assert (iran.exporter, iran.importer) == ("IRN", "CHN")
