"""Quantities the fifty-first session reads differently: units and currencies the lexicon lacked
(hectolitres, long tons, the kip, the lari sign, currency names led by a country's adjective) and
multi-word units written with hyphens. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tradetrace.extract.quantities import extract_quantities


def _units(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in extract_quantities(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The brewery shipped 52,000 hl of lager to Belgium.", [(52_000.0, "hectoliter")]),
    ("Wine exports reached 3.4m hl in the season.", [(3.4e6, "hectoliter")]),
    ("Spain made 41 million hectolitres of wine.", [(41e6, "hectoliter")]),
    ("The mill took in 96,250 long tons of raw sugar.", [(96_250.0, "long_ton")]),
])
def test_hectolitres_and_long_tons_are_units_of_their_own(
        text: str, expected: list[tuple[float, str]]) -> None:
    assert _units(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Laos spent 9,870 billion kip on imported fuel.", [(9.87e12, "LAK")]),
    ("The levy raised ₾12.6bn in 2024.", [(12.6e9, "GEL")]),
    ("A litre of diesel costs 85 Kyrgyz soms in Osh.", [(85.0, "KGS")]),
    ("Exports to Croatia came to 410 million Bosnian marka.", [(410e6, "BAM")]),
    ("Farmers were paid 75 million rupiahs for the harvest.", [(75e6, "IDR")]),
    ("A sack of maize sells for 95,000 Kazakh tenge in Almaty.", [(95_000.0, "KZT")]),
    ("The port fee came to 2,400 Bangladeshi taka.", [(2_400.0, "BDT")]),
])
def test_currency_names_the_lexicon_lacked(text: str,
                                           expected: list[tuple[float, str]]) -> None:
    assert _units(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The port built a 36,000-square-meter cold store.", [(36_000.0, "square_meter")]),
    ("The warehouses cover 12,500 square-metres in all.", [(12_500.0, "square_meter")]),
])
def test_a_multi_word_unit_may_be_written_with_hyphens(
        text: str, expected: list[tuple[float, str]]) -> None:
    assert _units(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A gallon of kerosene is to cost 610 gourdes from Monday.", [(610.0, "HTG/gallon")]),
    ("The average price of a 750 ml bottle rose to 1,240 yen last year.",
     [(750.0, "milliliter"), (1_240.0, "JPY/bottle")]),
    ("Shipping a 40-foot container to Europe now costs $9,500.",
     [(40.0, "foot"), (9_500.0, "USD/container")]),
    ("The box price in Guayaquil climbed to $7.10.", [(7.10, "USD/box")]),
])
def test_a_unit_of_goods_named_before_a_sum_prices_it(
        text: str, expected: list[tuple[float, str]]) -> None:
    assert _units(text) == expected


def test_a_bare_dollar_in_a_story_on_jamaica_or_barbados_is_their_dollar() -> None:
    assert _units("MONTEGO BAY, Jamaica - Diesel goes up by $2.10 a litre on Thursday.") == [
        (2.10, "JMD/liter")]
    assert _units("BRIDGETOWN, Barbados - The island spent $412.5 million on imported fuel last "
                  "year.") == [
        (412.5e6, "BBD")]


@pytest.mark.parametrize("text", [
    "The vehicle carrying the cargo was fined $2,000 at the border.",
    "The box office took in $900,000 over the weekend.",
    "A gallon of milk and other goods worth $50 were seized.",
])
def test_a_count_or_a_worth_before_a_sum_is_no_price_per_unit(text: str) -> None:
    assert [unit for _, unit in _units(text)] == ["USD"]


@pytest.mark.parametrize("text", [
    "KINGSTON (Reuters) - Jamaica's bauxite exports earned $1.1 billion last year.",
    "Jamaica's imports rose to $6.5 billion, while the United States shipped $2 billion of corn "
    "to Mexico.",
    "Barbados earned $120 million from rum exports.",
])
def test_jamaica_or_barbados_named_without_their_own_dateline_keeps_the_us_dollar(
        text: str) -> None:
    assert {unit for _, unit in _units(text)} == {"USD"}
