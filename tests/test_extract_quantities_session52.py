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

