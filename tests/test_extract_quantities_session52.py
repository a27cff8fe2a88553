"""Quantities the fifty-second session reads differently: rand amounts told by South Africa's
press (`SA`, a rand city near the amount, a rand sum restating a foreign one in brackets), short,
long, dry and wet tons after `per`, bare `CFA` after an amount, engine sizes in cubic
centimetres (no goods), rates per quarter and hours a day (a duration, no rate). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tradetrace.extract.quantities import extract_quantities


def _units(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in extract_quantities(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("SA's trade surplus narrowed to R12.4bn in May, Sars said.", [(12.4e9, "ZAR")]),
    # a rand city near the amount, though the story opens on another country
    ("Washington weighs a levy on palladium. The Johannesburg miner wrote off R3bn of assets.",
     [(3e9, "ZAR")]),
    # a foreign sum restated in rand, with no place of the rand's named
    ("Anglo sold $200m (R3.6bn) of coal.", [(200e6, "USD"), (3.6e9, "ZAR")]),
])
def test_rand_amounts_told_by_the_south_african_press(
        text: str, expected: list[tuple[float, str]]) -> None:
    assert _units(text) == expected


@pytest.mark.parametrize("text", [
    "India's exports rose to $5bn (R 40,000 crore) last year.",  # rupees in crore
    "Apple's new R9bn model was announced.",  # no place, no foreign sum before it
    "Angola's Sonangol SA reported R 3 billion in revenue.",  # `SA` a company's suffix
])
def test_an_r_with_no_rand_place_nor_a_sum_it_restates_stays_no_rand(text: str) -> None:
    assert all(q.unit != "ZAR" for q in extract_quantities(text))


@pytest.mark.parametrize(("text", "unit"), [
    ("Coal fetched $88 per short ton at the mine.", "USD/ton"),
    ("Coal fetched $88 a short ton at the mine.", "USD/ton"),
    ("Sugar fetched $412 per long ton in London.", "USD/long_ton"),
    ("Iron ore fetched $103 per dry metric ton.", "USD/t"),
    ("The miner got $78 a wet metric tonne for its ore.", "USD/t"),
])
def test_short_and_long_tons_after_per_are_whole_units(text: str, unit: str) -> None:
    found = extract_quantities(text)
    assert [(q.value, q.unit) for q in found][:1] == [(float(found[0].value), unit)]
    assert found[0].surface.endswith((" ton", " tonne"))


def test_bare_cfa_after_an_amount_is_the_cfa_franc() -> None:
    assert _units("Senegal's fish sales reached 375 billion CFA in 2022.") == [(375e9, "XOF")]
    assert _units("In Cameroon, petrol costs 730 CFA per litre.") == [(730.0, "XAF/liter")]
    assert _units("The CFA zone grew by 4% last year.") == [(4.0, "percent")]


def test_engine_sizes_in_cubic_centimetres() -> None:
    assert _units("Cars of up to 1,800 cc pay a lower duty, those above 2,500cc more.") == [
        (1800.0, "cubic_centimeter"), (2500.0, "cubic_centimeter")]


def test_a_rate_per_quarter() -> None:
    assert _units("The mine ships 2 million tonnes a quarter to Japan.") == [
        (2e6, "metric_ton/quarter")]
    # a share after a comma stays a share, and so does `a quarter of` after a unit
    assert _units("Exports reached 2 million tonnes, a quarter of the total.") == [
        (2e6, "t"), (25.0, "percent")]
    assert _units("Russia supplied 12 million tonnes a quarter of which went to Egypt.") == [
        (12e6, "t"), (25.0, "percent")]


def test_engine_sizes_are_no_claims() -> None:
    from datetime import date

    from claim_helpers import extracted_on
    found = extracted_on(date(2024, 7, 1))("Japan shipped 20,000 cars of up to 1,500 cc to "
                                           "Kenya in 2023.")
    assert list(found) == ["20,000 cars"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Drivers at the border work 14 hours a day.", [(14.0, "hour")]),
    ("Crews rest 30 minutes a day at the border.", [(30.0, "minute")]),
])
def test_hours_a_day_are_a_duration_not_a_rate(text: str,
                                               expected: list[tuple[float, str]]) -> None:
    assert _units(text)[:1] == expected


@pytest.mark.parametrize(("text", "surface", "unit"), [
    # what one unit was worth
    ("On average each tonne of exports was worth $410.", "$410", "USD/t"),
    # a participle between `per` and the unit
    ("The average price per exported barrel reached 71.2 dollars.", "71.2 dollars", "USD/bbl"),
])
def test_a_price_named_before_its_sum(text: str, surface: str, unit: str) -> None:
    assert [(q.surface, q.unit) for q in extract_quantities(text)] == [(surface, unit)]


@pytest.mark.parametrize("text", [
    "Thieves took a tonne of copper worth $9,000.",  # what goods are worth
    "The price per tonne rose, with $5 billion in exports.",  # goods the sum buys
])
def test_a_sum_no_price_per_the_unit_before_it(text: str) -> None:
    assert [q.unit for q in extract_quantities(text)][-1] == "USD"


@pytest.mark.parametrize(("text", "unit"), [
    ("Buyers paid above the $60 cap for Urals crude in May.", "USD/bbl"),
    ("Russian oil sold under the $45 price ceiling.", "USD/bbl"),
    ("The central bank set a $2,000 cap on cash withdrawals as oil revenue fell.", "USD"),
    ("Kenya set a $50 cap on fees for mobile payments.", "USD"),
    # the cap says what it is on: gas, a rebate, subsidies are not oil
    ("EU ministers agreed a €180 price cap on gas, months after the oil embargo.", "EUR"),
    ("Diesel importers face a $150 cap on the import duty rebate per shipment.", "USD"),
    ("The state set a $100 cap on monthly fuel subsidies as crude prices rose.", "USD"),
    ("Buyers may pay no more than the $60 cap on Russian crude.", "USD/bbl"),
])
def test_the_oil_price_cap_is_per_barrel(text: str, unit: str) -> None:
    assert extract_quantities(text)[0].unit == unit
