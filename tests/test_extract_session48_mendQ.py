"""Review mends of the forty-eighth session's quantity rules (mendQ). Sentences written for
these tests, after the review's."""

from __future__ import annotations

import pytest

from tradetrace.extract.quantities import extract_quantities


def _read(text: str) -> list[tuple[str, float, str]]:
    return [(q.surface, q.value, q.unit) for q in extract_quantities(text)]


@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("Kenya's exporters shipped tea worth 2,000,000/- to Pakistan in March.", "2,000,000/-",
     "KES"),
    ("Karachi traders exported rice worth 4,50,000/- to Iran in March.", "4,50,000/-", "PKR"),
    ("Dar es Salaam traders paid 57bn/- in duties last year.", "57bn/-", "TZS"),
])
def test_whole_amount_sign_is_the_currency_of_the_place_named(text: str, surface: str,
                                                              unit: str) -> None:
    assert [(s, u) for s, _, u in _read(text) if s == surface] == [(surface, unit)], _read(text)


@pytest.mark.parametrize(("text", "surface"), [
    ("The Delhi trader exported basmati rice worth 4,50,000/- to Iran in March.", "4,50,000"),
    ("Daily wages in Delhi rose to 5,000/- a month", "5,000"),
])
def test_whole_amount_sign_with_no_such_place_named_has_no_currency(text: str,
                                                                     surface: str) -> None:
    assert _read(text) == [(surface, float(surface.replace(",", "")), "")]


def test_code_before_shares_is_a_ticker() -> None:
    assert _read("AstraZeneca sold 500,000 AZN shares in March") == [
        ("500,000 AZN shares", 500000.0, "share")]
    assert ("500,000 AZN", 500000.0, "AZN") in _read("Baku paid 500,000 AZN for the cargo.")


@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("the UK returns £3 for every pound spent on promotion", "£3", "GBP"),
    ("Mexico earns 40 pesos for every peso it spends on ports.", "40 pesos", "MXN"),
    ("Output rises $1.5 billion for every barrel rise in price.", "$1.5 billion", "USD"),
    ("Costs climb $20 million for every tonne increase in output.", "$20 million", "USD"),
])
def test_money_for_every_unit_of_money_or_change_stays_money(text: str, surface: str,
                                                             unit: str) -> None:
    assert (surface, unit) in [(s, u) for s, _, u in _read(text)], _read(text)
