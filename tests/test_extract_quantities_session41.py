"""Quantities the forty-first session reads differently: prices per unit of goods carried to
the sums compared with them. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tradetrace.extract.quantities import extract_quantities


def _units(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in extract_quantities(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The mill's average price per cubic metre fell 9% to $412.",
     [(9.0, "percent"), (412.0, "USD/cubic_meter")]),
    ("The average price per ton slid 12.5% to 5,910 yuan.",
     [(12.5, "percent"), (5910.0, "CNY/t")]),
    ("Buyers paid 4.10 dollars per pound, and the price per ounce reached $1,950.",
     [(4.1, "USD/pound"), (1950.0, "USD/ounce")]),
])
def test_a_sum_after_a_named_unit_and_its_change_prices_that_unit(
        text: str, expected: list[tuple[float, str]]) -> None:
    assert _units(text) == expected


def test_the_pound_as_a_currency_prices_nothing() -> None:
    assert _units("The pound fell to $1.18 after the vote.") == [(1.18, "USD")]


def test_a_unit_that_is_an_earlier_figures_own_is_not_carried_past_a_change() -> None:
    # (`a pound` belongs to `3.1 cents`; the $95 is compared with the price per ton before it)
    text = ("Smelters agreed fees of $24.5 a ton and 3.1 cents a pound for next year, a 70% cut "
            "from the $95 set for this year.")
    assert (95.0, "USD/t") in _units(text)
    assert (95.0, "USD/pound") not in _units(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Urea landed at $402 a tonne, against $388-390 in March and $350 in the middle of 2022.",
     [(402.0, "USD/t"), (388.0, "USD/t"), (350.0, "USD/t")]),
    ("Rates rest on a maize price of $212 per tonne and on $240 for sorghum.",
     [(212.0, "USD/t"), (240.0, "USD/t")]),
])
def test_a_compared_sum_in_the_same_sentence_takes_the_price_unit(
        text: str, expected: list[tuple[float, str]]) -> None:
    assert _units(text) == expected


@pytest.mark.parametrize("text", [
    "Wheat sold at $250 a tonne, and the buyer paid $500 for the survey.",
    "Wheat sold at $250 a tonne, and traders booked $900 in fees.",
])
def test_a_sum_for_something_named_with_an_article_or_spent_in_something_stays_money(
        text: str) -> None:
    assert _units(text)[1][1] == "USD"
