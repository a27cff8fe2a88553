"""Quantity-layer rules of the forty-seventh session (area: quant). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tradetrace.extract.quantities import extract_quantities


def _tonnes(text: str) -> list[float]:
    return [q.value for q in extract_quantities(text) if q.unit == "t"]


@pytest.mark.parametrize(("text", "values"), [
    ("Steel imports up 9% at 41 MT in January-June\nThe country imported 40.6 million tonnes of "
     "steel in the six months. In June alone, 7.2 MT arrived.", [41e6, 40.6e6, 7.2e6]),
    ("The mill shipped 12.8 million tonnes of pellets in 2023, 6.2% less than the 13.65 MT of "
     "2022, the ministry said.", [12.8e6, 13.65e6]),
    ("Wheat offers firm in Egypt's 3 mt purchase plan\nEgypt's wheat output reached 9.4 mt in "
     "2024, when it also imported 12.1 mt.", [3e6, 9.4e6, 12.1e6]),
])
def test_mt_read_as_million_tonnes_from_headline_body_and_written_millions(
        text: str, values: list[float]) -> None:
    assert _tonnes(text) == [pytest.approx(v) for v in values]


@pytest.mark.parametrize(("text", "values"), [
    ("Sri Lanka exported 320.5 MT of cinnamon to Mexico in March.", [320.5]),
    ("Its tank holds about 75 mt of liquid hydrogen; the plant aims at 225,000 mt.",
     [75, 225000]),
])
def test_mt_stays_metric_tonnes_without_evidence(text: str, values: list[float]) -> None:
    assert _tonnes(text) == [pytest.approx(v) for v in values]


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("Uruguay's live cattle exports top 1 million head for the first time", 1e6, "head"),
    ("Chad plans to send Egypt 1.5 million goats this year.", 1.5e6, "goat"),
    ("Australia supplied 52,000 head and New Zealand 23,000.", 23000, "head"),
])
def test_scaled_or_grouped_figure_after_a_name_is_an_amount(
        text: str, value: float, unit: str) -> None:
    found = [(q.value, q.unit) for q in extract_quantities(text)]
    assert (pytest.approx(value), unit) in found


@pytest.mark.parametrize("text", ["Sales of Windows 10 licences slowed.",
                                  "the top 10 buyers of Chilean copper"])
def test_name_number_and_rank_stay_no_amount(text: str) -> None:
    assert all(q.value != 10 for q in extract_quantities(text))


@pytest.mark.parametrize(("text", "value"), [
    ("Peruvian copper imports triple on year in June", 3.0),
    ("Kenyan tea sales to Iran quadruple after a good harvest", 4.0),
    ("Shipments should reach 90,000 tonnes, triple March's volume.", 3.0),
    ("Ghana's cocoa earnings nearly treble to $900 million", 3.0),
])
def test_bare_multiplier_verbs_and_multiples_of_a_level(text: str, value: float) -> None:
    found = [(q.value, q.unit) for q in extract_quantities(text)]
    assert (value, "x") in found


@pytest.mark.parametrize("text", ["a double standard in trade talks", "triple jump gold"])
def test_multiplier_adjectives_stay_no_amount(text: str) -> None:
    assert extract_quantities(text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("Vietnamese pepper exports to India rose three-and-a-half-fold in May.", 3.5),
    ("Imports of Chilean cherries grew two and a half fold this season.", 2.5),
])
def test_spelled_fold_with_a_half(text: str, value: float) -> None:
    found = [(q.value, q.unit) for q in extract_quantities(text)]
    assert (value, "x") in found
