"""Quantities the forty-third session reads differently: rates whose time word is followed by
words that do not make it a time, and the tonne written as a letter behind a large figure.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tradetrace.extract.quantities import extract_quantities
from tradetrace.normalize.units import canonical_unit


def _found(text: str) -> dict[str, tuple[float, str]]:
    return {q.surface: (q.value, q.unit) for q in extract_quantities(text)}


@pytest.mark.parametrize(("text", "surface", "value", "unit"), [
    ("Astana plans to lift crude deliveries to Poland to 90,000 tonnes a month in 2027.",
     "90,000 tonnes a month", 90_000.0, "metric_ton / month"),
    ("The utility buys 3.4 million cubic metres a day from Azerbaijan.",
     "3.4 million cubic metres a day", 3.4e6, "cubic_meter / day"),
    ("Transit fell from 12 billion cubic metres a year to 4.1 billion.",
     "12 billion cubic metres a year", 12e9, "cubic_meter / year"),
    ("The terminal sent 2.2 million cubic metres a day to Serbia last winter.",
     "2.2 million cubic metres a day", 2.2e6, "cubic_meter / day"),
    ("Flows averaged 40 million litres a day in the second quarter.",
     "40 million litres a day", 40e6, "liter / day"),
    ("Kenya spends about $60 million a month on fuel imports.",
     "$60 million a month", 60e6, "USD/month"),
])
def test_a_rate_goes_on_past_words_that_do_not_make_its_time_word_a_time(
        text: str, surface: str, value: float, unit: str) -> None:
    found = _found(text)
    assert surface in found
    expected = unit if "/" in unit and " " not in unit else canonical_unit(unit)[1]
    assert found[surface] == (value, expected)


@pytest.mark.parametrize(("text", "surface"), [
    ("Shipments were 9,900 tonnes, against 8,100 cubic metres a year earlier.",
     "8,100 cubic metres"),
    ("The pipeline moved 20 million cubic metres a day to March, then stopped.",
     "20 million cubic metres"),
    ("Buyers booked 5 million cubic metres a year in advance.", "5 million cubic metres"),
    ("Exports may reach 4 million litres a day a year from now.", "4 million litres a day"),
])
def test_a_time_after_the_figure_is_no_rate(text: str, surface: str) -> None:
    assert surface in _found(text)


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("More than 640,000tn went to Djibouti and Somalia.", "640,000tn", 640_000.0),
    ("Egypt's June wheat imports climb to 910,000 T, traders say.", "910,000 T", 910_000.0),
    ("Exports rose to 7.3 mln T in the season.", "7.3 mln T", 7.3e6),
])
def test_the_tonne_as_a_letter_behind_a_large_figure(text: str, surface: str,
                                                      value: float) -> None:
    assert _found(text)[surface] == (value, "t")


@pytest.mark.parametrize(("text", "surface", "value", "unit"), [
    ("The state's debt reached $2.1 T last year.", "$2.1 T", 2.1e12, "USD"),
    ("Bank assets hit 3.5tn yuan.", "3.5tn yuan", 3.5e12, "CNY"),
    ("Coffee exports brought in 1,234 tn dong last year.", "1,234 tn dong", 1.234e15, "VND"),
])
def test_the_scale_letter_stays_a_trillion_on_money(text: str, surface: str, value: float,
                                                     unit: str) -> None:
    assert _found(text)[surface] == (value, unit)


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("Traders offered a 45,000-metric-ton cargo of urea.", "45,000-metric-ton", 45_000.0),
    ("The board bought a 60,000-metric-tonne lot.", "60,000-metric-tonne", 60_000.0),
    ("Egypt booked a 550,000-MT tender.", "550,000-MT", 550_000.0),
])
def test_the_tonne_joined_to_its_figure_by_a_hyphen(text: str, surface: str,
                                                    value: float) -> None:
    assert _found(text)[surface] == (value, "t")


@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("Shipments slid to about 600,000 barrels per day in March and to 410,000 in June.",
     "410,000", "bbl/d"),
    ("Turkey was due 30 million cubic metres daily, and flows had fallen to 12 million before "
     "the outage.", "12 million", canonical_unit("cubic_meter / day")[1]),
])
def test_a_bare_number_goes_on_in_the_unit_of_the_figure_before(text: str, surface: str,
                                                                unit: str) -> None:
    assert _found(text)[surface][1] == unit


def test_a_percentage_under_a_comparison_base_is_a_fall() -> None:
    found = {q.surface: q.change for q in extract_quantities(
        "Imports were 1,200 tonnes, 31.5% under the 1,752 tonnes of June 2024.")}
    assert found["31.5%"] == "down"
