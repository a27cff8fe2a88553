"""Fractions and multiples in words (docs/claim-conventions.md): a proportion is a percent,
`halved` a 50 percent fall, `doubled` a multiple; a fraction of a unit or a scale stays an amount.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from claim_helpers import only_quantity
from tradetrace.extract.quantities import extract_quantities

only = only_quantity


@pytest.mark.parametrize("text, surface, value, bound", [
    ("Kenya buys a fifth of its wheat from Ukraine.", "a fifth", 20.0, "="),
    ("Half of the copper went to Zambia's smelters.", "Half", 50.0, "="),
    ("Roughly three-quarters of the cargo was palm oil.", "three-quarters", 75.0, "~"),
    ("Almost a quarter of the coal came by barge.", "a quarter", 25.0, "~"),
    ("More than half of its exports are cocoa.", "half", 50.0, ">"),
    ("Some two-thirds of the crude is re-exported.", "two-thirds", 200 / 3, "~"),
    ("A third of the tea goes to Egypt.", "A third", 100 / 3, "="),
])
def test_a_proportion_in_words_is_a_percent(text: str, surface: str, value: float,
                                            bound: str) -> None:
    q = only(text)
    assert (q.surface, q.value, q.unit, q.bound) == (surface, pytest.approx(value), "percent",
                                                     bound)


def test_a_fraction_after_a_priced_amount_keeps_its_percent() -> None:
    # the fraction used to take the currency of the amount before it (`0.75 USD`)
    found = extract_quantities("Sugar worth $90 million, roughly three-quarters of the total, "
                               "left the port.")
    assert [(q.value, q.unit) for q in found] == [(9e7, "USD"), (75.0, "percent")]


def test_cut_by_a_third_is_a_fall_in_percent() -> None:
    q = only("Tariffs on rice were cut by a third.")
    assert (q.value, q.unit, q.change) == (pytest.approx(100 / 3), "percent", "down")


@pytest.mark.parametrize("text, surface, bound", [
    ("Cotton shipments nearly halved in 2021.", "halved", "~"),
    ("The mill plans to halve its steel imports.", "halve", "="),
])
def test_halved_is_a_fifty_percent_fall(text: str, surface: str, bound: str) -> None:
    q = only(text)
    assert (q.surface, q.value, q.unit, q.change, q.bound) == (surface, 50.0, "percent", "down",
                                                                 bound)


@pytest.mark.parametrize("text, value, unit", [
    ("The depot sits half a mile from the quay.", 0.5, "mile"),
    ("A quarter of a million tourists came.", 250000, "tourist"),
    ("Lumber imports doubled last year.", 2, "x"),
    ("Soybean sales grew ninefold.", 9, "x"),
])
def test_fractions_of_units_and_multiples_are_not_percents(text: str, value: float,
                                                           unit: str) -> None:
    q = only(text)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize("text, value, unit", [
    ("The tanker took two and a half days to unload.", 2.5, "day"),
    ("Mali mined one and a half million ounces of gold.", 1.5e6, "ounce"),
    ("Peru shipped 3 and a half million tonnes of ore.", 3.5e6, "t"),
])
def test_and_a_half_belongs_to_the_number(text: str, value: float, unit: str) -> None:
    q = only(text)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize("text", [
    "The talks lasted an hour and a half.",
    "Profits rose in the last three quarters of 2022.",
    "Sales of tin rose in a quarter.",
])
def test_mixed_numbers_and_periods_are_not_proportions(text: str) -> None:
    assert not [q for q in extract_quantities(text) if q.unit == "percent"]


def test_a_number_after_a_possessive_name_is_a_quantity() -> None:
    q = only("Most of Chile's 19 million people live near Santiago.")
    assert (q.value, q.unit) == (19e6, "people")


def test_a_year_after_a_possessive_stays_a_year() -> None:
    assert extract_quantities("Kenya's 2021 imports were large.") == []


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("Fuel imports rose by more than a third last year to $520 mln.", "a third", 100 / 3),
    ("Sales came to two million tonnes, about a quarter less than a year earlier.", "a quarter",
     25.0),
    ("About a quarter went across the border to Thailand.", "a quarter", 25.0),
])
def test_a_fraction_followed_by_a_comparison_or_a_verb_is_a_proportion(
        text: str, surface: str, value: float) -> None:
    found = [q for q in extract_quantities(text) if q.unit == "percent"]
    assert [(q.surface, q.value) for q in found] == [(surface, pytest.approx(value))]


@pytest.mark.parametrize("text", ["It was a third nuclear test.", "It lasted a quarter century.",
                                  "Goods went via a third country."])
def test_a_fraction_word_before_its_noun_is_an_ordinal_or_a_period(text: str) -> None:
    assert not [q for q in extract_quantities(text) if q.unit == "percent"]


@pytest.mark.parametrize("text, value, bound", [
    ("Russian product accounted for just under half.", 50, "<"),
    ("Thai rice made up nearly half.", 50, "~"),
    ("Laos-Thailand trade up a third in January-May", 100 / 3, "="),
])
def test_a_fraction_after_a_hedge_or_a_move_is_a_proportion(text: str, value: float,
                                                            bound: str) -> None:
    q = only_quantity(text)
    assert (round(q.value, 6), q.unit, q.bound) == (round(value, 6), "percent", bound)


@pytest.mark.parametrize("text", [
    "Imports fell in the first half.",
    "The second half of the year was slow.",
])
def test_a_half_of_the_calendar_is_no_proportion(text: str) -> None:
    assert extract_quantities(text) == []


def test_twice_an_amount_is_a_multiple() -> None:
    q = only_quantity("Deliveries were twice the annual ceiling.")
    assert (q.value, q.unit, q.change) == (2, "x", None)


@pytest.mark.parametrize("text", ["The ship called twice a week.", "It grew twice as fast."])
def test_twice_as_a_frequency_or_manner_is_no_quantity(text: str) -> None:
    assert extract_quantities(text) == []
