"""Quantity-layer rules of the forty-eighth session (area: quant). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tradetrace.extract.evaluation import same_unit
from tradetrace.extract.quantities import extract_quantities


def _read(text: str) -> list[tuple[str, float, str]]:
    return [(q.surface, q.value, q.unit) for q in extract_quantities(text)]


@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("Heavy crude for the refinery was offered at $41/bl on Friday.", "$41/bl", "USD/bbl"),
    ("Urea barges traded at $512/st in New Orleans this week.", "$512/st", "USD/short_ton"),
    ("Pump prices rose to $1.47/l in the capital.", "$1.47/l", "USD/liter"),
    ("The smelter expects to receive 42,000 t/month of alumina next year.", "42,000 t/month",
     "t/month"),
])
def test_slash_written_rates_keep_their_denominator(text: str, surface: str, unit: str) -> None:
    read = [(s, u) for s, _, u in _read(text) if s == surface]
    assert read, _read(text)
    assert same_unit(read[0][1], unit)


@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("Reykjavik auction prices for cod averaged 412 ISK/kg in March.", "412 ISK/kg",
     "ISK/kilogram"),
    ("Victoria's port handled fuel worth 950 SCR a tonne more than last year.",
     "950 SCR a tonne", "SCR/t"),
    ("In Dakar a bag of onions now costs 9,500 FCFA, traders said.", "9,500 FCFA", "XOF"),
    ("Cameroon's cocoa levy will raise FCFA 12 billion this season.", "FCFA 12 billion", "XAF"),
    ("Hazelnut buyers in Ordu offered TL 95/kg for the new crop.", "TL 95/kg", "TRY/kilogram"),
    ("Dar es Salaam traders paid 57bn/- in duties last year.", "57bn/-", "TZS"),
])
def test_currency_codes_and_signs_read_without_a_scale_word(text: str, surface: str,
                                                            unit: str) -> None:
    read = [(s, u) for s, _, u in _read(text) if s == surface]
    assert read, _read(text)
    assert same_unit(read[0][1], unit)


@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("The pipeline operator earns $1.10 for each barrel it moves to the coast.",
     "$1.10 for each barrel", "USD/bbl"),
    ("Traders say they lose about $40 on every tonne shipped by road.", "$40 on every tonne",
     "USD/t"),
    ("The board collects $2 on each kilo of vanilla exported.", "$2 on each kilo",
     "USD/kilogram"),
])
def test_money_for_each_unit_of_goods_is_a_price(text: str, surface: str, unit: str) -> None:
    read = [(s, u) for s, _, u in _read(text) if s == surface]
    assert read, _read(text)
    assert same_unit(read[0][1], unit)


def test_money_for_every_dollar_stays_money() -> None:
    text = "Revenue rises $80 million for every dollar added to the oil price."
    assert ("$80 million", 80e6, "USD") in _read(text)
