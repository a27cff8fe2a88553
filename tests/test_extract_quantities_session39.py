"""Quantities the thirty-ninth session reads differently. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tradetrace.extract.quantities import extract_quantities


def _units(text: str) -> list[str]:
    return [q.unit for q in extract_quantities(text)]


@pytest.mark.parametrize("text", [
    "Cement exports over the nine months fell 5% to 3,000 tonnes.",
    "Across the two months, purchases came to 260,000 tonnes.",
    "The oil import bill for the ten months reached $8.6 billion.",
    "Kenya shipped 90,000 tonnes of tea over those eleven months.",
    "Prices eased in the final three months of 2023.",
    "Ghana's gold exports reach $1.3 billion in first two months",
    "Japan took 30% of the seven-month total.",
])
def test_a_period_named_by_a_count_of_months_is_no_quantity(text: str) -> None:
    assert not {"month", "year", "week", "day"} & set(_units(text))


@pytest.mark.parametrize(("text", "unit"), [
    ("Exports have doubled over the last five years.", "year"),
    ("He signed a contract for six months of deliveries.", "month"),
    ("The terminal will run over the 25-year deal.", "year"),
    ("They were the lowest in three years.", "year"),
])
def test_a_duration_stays_a_quantity(text: str, unit: str) -> None:
    assert unit in _units(text)


def _priced(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in extract_quantities(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Millers paid 2,900 yuan a ton ($405) for the wheat.", [(2900, "CNY/t"), (405, "USD/t")]),
    ("The beans fetched 3,700 yuan ($520) a ton at auction.",
     [(3700, "CNY/t"), (520, "USD/t")]),
    ("Growers got $2.40 (Sh310) a kilo last season.", [(2.4, "USD/kilogram"),
                                                         (310, "KES/kilogram")]),
])
def test_a_price_and_its_conversion_in_brackets_are_per_the_same_unit(
        text: str, expected: list[tuple[float, str]]) -> None:
    assert _priced(text) == [(pytest.approx(v), u) for v, u in expected]


def test_a_conversion_in_brackets_before_a_time_is_no_price() -> None:
    # (`a year ago` is a time, not a rate: both amounts stay plain sums)
    assert _priced("Sales were 4,000 yuan ($560) a year ago.") == [
        (pytest.approx(4000), "CNY"), (pytest.approx(560), "USD")]


@pytest.mark.parametrize(("text", "unit"), [
    ("In Hyesan a kilogram of rice fetched 8,400 won this week.", "KPW/kilogram"),
    ("A litre of petrol now sells for 95 afghanis, up from 80.", "AFN/liter"),
    ("A kilo of cashews fetches over US$2 this season.", "USD/kilogram"),
])
def test_a_sum_after_a_kilogram_or_litre_is_its_price(text: str, unit: str) -> None:
    assert {q.unit for q in extract_quantities(text)} == {unit}


@pytest.mark.parametrize(("text", "unit"), [
    # (no pound country named: a weight, as in American trade statistics)
    ("Canada took 163 million pounds of the scrap and Mexico 96 million pounds.", "pound"),
    ("Vietnam bought 210 million pounds, the Census Bureau said.", "pound"),
    # (a pound country named: its money)
    ("British exports to China rose to 20 billion pounds last year.", "GBP"),
    ("In Cairo, wheat imports cost 30 billion pounds last year.", "EGP"),
    ("Juba: South Sudan paid 300 million pounds for fuel.", "SSP"),
    ("Lebanon's fuel bill reached 900 billion pounds in May.", "LBP"),
    # (none named, but paid or converted: sterling)
    ("The club paid 10 million pounds for him.", "GBP"),
    ("Salmon sales rose to 618 million pounds ($780 million).", "GBP"),
])
def test_bare_pounds_are_the_money_of_a_pound_country_named_else_a_weight(
        text: str, unit: str) -> None:
    assert extract_quantities(text)[0].unit == unit


@pytest.mark.parametrize("text", [
    "Kenya imported 41,200 vehicles in 2023, up from 35,870 a year earlier.",
    "The maker shipped 812,000 vehicles last year, 12% more than the 725,000 it sold in 2022.",
    "Uganda received 18,400 vehicles, against 15,020 in 2021.",
])
def test_a_bare_count_compared_with_a_count_of_things_counts_the_same_things(
        text: str) -> None:
    units = [q.unit for q in extract_quantities(text) if q.unit != "percent"]
    assert units == ["vehicle", "vehicle"]


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("Russia's supplies hit a record 1.9 mbd in May.", 1.9e6, "bbl/d"),
    ("Imports averaged 10.1 MMBOPD in 2005.", 10.1e6, "bbl/d"),
    ("Kuwaiti deliveries reached 334,000 bopd in March.", 334000, "bbl/d"),
    ("Refined sugar gets 232,000 MTRV under the quota.", 232000, "t"),
    ("Saudi Arabia supplied 3,030 ML of diesel.", 3.03e9, "liter"),
    ("The company hopes to earn 140 million JD in 2019.", 140e6, "JOD"),
    ("Furniture exports totalled 8.5 billion RM in 2022.", 8.5e9, "MYR"),
])
def test_trade_units_and_currency_signs_written_after_the_amount(
        text: str, value: float, unit: str) -> None:
    q = extract_quantities(text)[0]
    assert (q.value, q.unit) == (pytest.approx(value), unit)


def test_a_shared_currency_name_is_not_the_currency_of_the_partner_it_goes_to() -> None:
    text = ("Factories in Jordan shipped 250 million dinars' worth of goods to Iraq in May, "
            "against 190 million dinars a year earlier.")
    assert [q.unit for q in extract_quantities(text)] == ["JOD", "JOD"]


def test_the_partner_still_gives_its_currency_when_no_other_country_is_named() -> None:
    assert extract_quantities("Exports to Kuwait reached 40 million dinars.")[0].unit == "KWD"


@pytest.mark.parametrize(("text", "surface"), [
    ("Over the two years they spent abroad, prices doubled.", "two years"),
    ("She worked the final three years at the port.", "three years"),
])
def test_a_count_of_years_about_the_time_itself_stays_a_quantity(text: str, surface: str) -> None:
    assert surface in [q.surface for q in extract_quantities(text)]


def test_bare_pounds_of_revenue_or_trade_are_sterling_though_no_country_is_named() -> None:
    assert extract_quantities("Turnover at the group hit 45 million pounds.")[0].unit == "GBP"
