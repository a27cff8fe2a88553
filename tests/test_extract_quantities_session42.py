"""Quantities the forty-second session reads differently: bare numbers that leave out the unit of
a measure or count before them. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tradetrace.extract.quantities import extract_quantities


def _units(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in extract_quantities(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ghana spent 310.5 billion cedis on fuel in 2024, 9% less than the 341.2 billion paid in "
     "2023.", [(310.5e9, "GHS"), (9.0, "percent"), (341.2e9, "GHS")]),
    ("Cocoa sales brought in 4.8 billion cedis, short of the 5.5 billion the board had hoped for.",
     [(4.8e9, "GHS"), (5.5e9, "GHS")]),
])
def test_a_bare_scaled_sum_before_a_participle_or_a_clause_takes_the_money_before_it(
        text: str, expected: list[tuple[float, str]]) -> None:
    assert _units(text) == expected


def test_a_ranking_row_in_the_next_sentence_keeps_the_measure() -> None:
    text = ("Japan was the top market for Canadian coal in 2023, buying 14.2 million tonnes, or "
            "31% of the total. Korea came second at 9.8 million (21%) and India third at 6.1 "
            "million (13%).")
    assert _units(text) == [(14.2e6, "t"), (31.0, "percent"), (9.8e6, "t"), (21.0, "percent"),
                            (6.1e6, "t"), (13.0, "percent")]


def test_a_measure_does_not_reach_an_unranked_number_in_the_next_sentence() -> None:
    text = ("Japan bought 14.2 million tonnes of Canadian coal in 2023. The country has about "
            "124.5 million in all.")
    assert _units(text)[1:] == [(124.5e6, "")]


def test_a_count_goes_on_from_a_row_that_took_it_to_the_next_rows() -> None:
    text = ("Thailand exported 1,120,400 pickup trucks in 2023. Australia took 510,000 of them, "
            "4% more than a year earlier. New Zealand was a distant second with 61,300, while "
            "Chile received 40,150.")
    units = _units(text)
    assert (61300.0, "truck") in units and (40150.0, "truck") in units


def test_a_count_of_countries_is_not_what_a_later_bare_number_counts() -> None:
    text = ("Indonesia returned 120 containers of scrap paper to 9 countries last year. Japan "
            "received 38 of them, while 21 went to Australia.")
    units = _units(text)
    assert (38.0, "container") in units and (21.0, "container") in units


@pytest.mark.parametrize(("text", "expected"), [
    ("Mexico imported 410,000 barrels of gasoline per day in June.", [(410000.0, "bbl/d")]),
    ("Qatar sold 35,000 barrels of condensate a day to Japan.", [(35000.0, "bbl/d")]),
    ("Korean yards delivered 4 million gross tons of new ships in 2023.", [(4e6, "GT")]),
    ("The yard launched a 62,000 GT bulk carrier.", [(62000.0, "GT")]),
])
def test_barrels_of_a_product_a_day_and_gross_tonnage_are_their_trade_units(
        text: str, expected: list[tuple[float, str]]) -> None:
    assert _units(text) == expected


def test_gross_tons_of_goods_are_long_tons_of_their_weight() -> None:
    assert _units("Canada shipped 2 million gross tons of iron ore to the US in May.") == [
        (2e6, "long_ton")]


@pytest.mark.parametrize("text", [
    "North Korea imported 2.3 million barrels of oil from Russia in 2022. Over the next year its "
    "army will grow to 1.3 million.",
    "Russia exported 45 million tonnes of wheat last season. Next year exports will rise as the "
    "area sown climbs to 28 million.",
    "Russia exported 45 million tonnes of wheat last season. In the second half the area sown "
    "climbed to 28 million.",
])
def test_a_measure_does_not_reach_a_next_sentence_that_ranks_nothing(text: str) -> None:
    assert _units(text)[-1][1] == ""
