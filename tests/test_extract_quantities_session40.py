"""Quantities the fortieth session reads differently. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tradetrace.extract.quantities import extract_quantities


def _read(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in extract_quantities(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Customs counted 8,120 used cars sent to Armenia in 2022 and 31,400 to Azerbaijan.",
     [(8120.0, "car"), (31400.0, "car")]),
    ("About 250 firms sold goods to Serbia in 2021 and roughly 90 so far this year.",
     [(250.0, "firm"), (90.0, "firm")]),
])
def test_a_count_goes_on_past_a_year_to_its_pair_after_and(
        text: str, expected: list[tuple[float, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Growers packed 41 million cartons, just above 2019's 40.2 million, the board said.",
     [(41e6, "carton"), (40.2e6, "carton")]),
    ("Dealers sold 2.6 million scooters in 2021 and 1.1 million in the first half of 2022.",
     [(2.6e6, "scooter"), (1.1e6, "scooter")]),
])
def test_a_scaled_count_leaves_its_noun_out_after_the_first(
        text: str, expected: list[tuple[float, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Some 3.4 million Guatemalans depend on remittances.", [(3.4e6, "people")]),
    ("The clinic treated 420 Kenyans and 35 nurses.", [(420.0, "people"), (35.0, "nurse")]),
    ("It sold 12 Boeings.", [(12.0, "boeing")]),
])
def test_a_count_of_a_country_s_people_counts_people(
        text: str, expected: list[tuple[float, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    "Malawi, a nation of 21 million, imports most of its fuel.",
    "The region is home to 4.5 million.",
    "Food aid reached a population of about 2.3 million.",
    "Rice imports feed a country of 280 million.",
])
def test_a_bare_count_of_a_place_s_residents_counts_people(text: str) -> None:
    assert [u for _, u in _read(text)] == ["people"]


def test_a_residents_phrase_leaves_a_stated_unit_alone() -> None:
    assert _read("The nation of 5 tonnes is a joke.") == [(5.0, "t")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Buyers pay $910 per metric tonne.", [(910.0, "USD/t")]),
    ("Buyers pay $910 a metric tonne.", [(910.0, "USD/t")]),
])
def test_a_price_per_metric_tonne(text: str, expected: list[tuple[float, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Mills offered $410 or $415 per tonne.", [(410.0, "USD/t"), (415.0, "USD/t")]),
    ("Grades were set at US$88.10, US$61.20 and US$40.05 per ton.",
     [(88.1, "USD/t"), (61.2, "USD/t"), (40.05, "USD/t")]),
])
def test_sums_listed_before_a_price_per_unit_are_prices_per_that_unit(
        text: str, expected: list[tuple[float, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Trade reached $5 billion and $70 a barrel.", [(5e9, "USD"), (70.0, "USD/bbl")]),
    ("Growers got NZ$9.10 a tray, against NZ$7.95, and NZ$98,000 a hectare.",
     [(9.1, "NZD/tray"), (7.95, "NZD/tray"), (98000.0, "NZD/hectare")]),
])
def test_a_sum_of_another_scale_or_compared_before_is_no_listed_price(
        text: str, expected: list[tuple[float, str]]) -> None:
    assert _read(text) == expected

