"""Quantities the forty-first session reads differently: prices per unit of goods carried to
the sums compared with them. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tradetrace.extract.quantities import extract_quantities


def _units(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in extract_quantities(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The mill's average price per cubic metre fell 9% to $412.",
     [(9.0, "percent"), (412.0, "USD/cubic_meter")]),
    ("The average price per ton slid 12.5% to 5,910 yuan.",
     [(12.5, "percent"), (5910.0, "CNY/t")]),
    ("Buyers paid 4.10 dollars per pound, and the price per ounce reached $1,950.",
     [(4.1, "USD/pound"), (1950.0, "USD/ounce")]),
])
def test_a_sum_after_a_named_unit_and_its_change_prices_that_unit(
        text: str, expected: list[tuple[float, str]]) -> None:
    assert _units(text) == expected


def test_the_pound_as_a_currency_prices_nothing() -> None:
    assert _units("The pound fell to $1.18 after the vote.") == [(1.18, "USD")]


def test_a_unit_that_is_an_earlier_figures_own_is_not_carried_past_a_change() -> None:
    # (`a pound` belongs to `3.1 cents`; the $95 is compared with the price per ton before it)
    text = ("Smelters agreed fees of $24.5 a ton and 3.1 cents a pound for next year, a 70% cut "
            "from the $95 set for this year.")
    assert (95.0, "USD/t") in _units(text)
    assert (95.0, "USD/pound") not in _units(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Urea landed at $402 a tonne, against $388-390 in March and $350 in the middle of 2022.",
     [(402.0, "USD/t"), (388.0, "USD/t"), (350.0, "USD/t")]),
    ("Rates rest on a maize price of $212 per tonne and on $240 for sorghum.",
     [(212.0, "USD/t"), (240.0, "USD/t")]),
])
def test_a_compared_sum_in_the_same_sentence_takes_the_price_unit(
        text: str, expected: list[tuple[float, str]]) -> None:
    assert _units(text) == expected


@pytest.mark.parametrize("text", [
    "Wheat sold at $250 a tonne, and the buyer paid $500 for the survey.",
    "Wheat sold at $250 a tonne, and traders booked $900 in fees.",
])
def test_a_sum_for_something_named_with_an_article_or_spent_in_something_stays_money(
        text: str) -> None:
    assert _units(text)[1][1] == "USD"


@pytest.mark.parametrize(("text", "expected"), [
    ("Loadings reached 152,400 st in May.", [(152400.0, "ton")]),  # (pint's name of the short ton)
    ("The country used 3.2 million toe of gas.", [(3.2e6, "t")]),
    ("Demand reached 1,850 ktoe, or 1.85 Mtoe.", [(1.85e6, "t"), (1.85e6, "t")]),
    ("The mine produced 4,100 tU.", [(4100.0, "t")]),
    ("The yard broke up 1.2 lakh LDT of ships.", [(1.2e5, "t")]),
    ("Sawnwood sales fell to 51,300 cu m and then to 48,900 cu.m.",
     [(51300.0, "cubic_meter"), (48900.0, "cubic_meter")]),
    ("Diesel imports reached 2.4 million kl.", [(2.4e6, "kiloliter")]),
    ("The terminal loaded 3.1mn bl of crude.", [(3.1e6, "bbl")]),
    ("Mills bought 8.2 million hundredweight of paddy.", [(8.2e6, "hundredweight")]),
    ("Auctions sold 41.5 mkg of tea.", [(41.5e6, "kilogram")]),
    ("Tajik diesel fell to 10.20 somonis.", [(10.2, "TJS")]),
    ("The plan sets a target of 95.5 bil. yen.", [(95.5e9, "JPY")]),
])
def test_trade_units_written_short(text: str, expected: list[tuple[float, str]]) -> None:
    found = _units(text)
    assert [unit for _, unit in found] == [unit for _, unit in expected]
    assert [value for value, _ in found] == pytest.approx([value for value, _ in expected])


def test_km_is_money_only_beside_bosnia() -> None:
    assert _units("Bosnia's exports reached 412.3 million KM, and 96 million marka went to "
                  "Serbia.") == [(412.3e6, "BAM"), (96e6, "BAM")]
    assert _units("Vietnam opened a 120 KM expressway.") == [(120.0, "")]


def test_a_bare_count_in_the_sentence_of_a_counted_noun_counts_the_same_things() -> None:
    text = ("Dealers imported 48,200 tractors in 2023, with India supplying 12,400 after "
            "a 9% rise and Belarus about 3,100.")
    assert _units(text) == [(48200.0, "tractor"), (12400.0, "tractor"), (9.0, "percent"),
                            (3100.0, "tractor")]


def test_a_bare_number_after_the_sentence_of_a_count_is_not_carried_by_this_rule() -> None:
    # (a later sentence takes the noun only when it goes on with the flow: `reached`, `of them`)
    assert _units("Dealers imported 48,200 tractors. The index stood at 1,240.")[1] == (
        1240.0, "")


@pytest.mark.parametrize(("text", "expected"), [
    ("Egypt is Cyprus's top market, and half of the halloumi Cyprus exports goes there.",
     [(50.0, "percent")]),
    ("Chile's copper exports climb again, China takes half", [(50.0, "percent")]),
])
def test_half_as_a_part_after_and_or_taken(text: str, expected: list[tuple[float, str]]) -> None:
    assert _units(text) == expected


@pytest.mark.parametrize("text", [
    "Vietnam's rice output halves in 2023",
    "Steel imports slump as Indian buying halves",
])
def test_halves_after_a_flow_noun_is_a_fall_by_half(text: str) -> None:
    (found,) = extract_quantities(text)
    assert (found.value, found.unit, found.change) == (50.0, "percent", "down")


def test_halves_as_a_noun_stays_none() -> None:
    assert _units("Exporters ship apricot halves in syrup.") == []


@pytest.mark.parametrize(("text", "surface"), [
    ("Russia delivered 12,000 cars to Kyrgyzstan in 2023, while the ruble traded at 90.", "90"),
    ("China exported 3,000 cars to Laos in 2019, ranking 12 among its buyers.", "12"),
    ("Georgia sold 1,500 used cars at an average price of 3,500.", "3,500"),
])
def test_a_bare_number_of_a_price_rate_or_rank_counts_nothing(text: str, surface: str) -> None:
    units = {q.surface: q.unit for q in extract_quantities(text)}
    assert units[surface] == ""


@pytest.mark.parametrize("text", [
    "Coal exports in the 1 st half of 2023 set a record for the 21 st century.",
    "Bosnia and Herzegovina plans a 150 KM gas pipeline from Croatia.",
])
def test_short_signs_after_small_numbers_are_no_units(text: str) -> None:
    assert all(q.unit == "" for q in extract_quantities(text))


@pytest.mark.parametrize("text", [
    "Wheat fetched $250 per tonne, while China paid $500 for Russian machinery.",
    "Coal sold at $120 a tonne, and smugglers were fined $5,000 for violating the ban.",
])
def test_a_sum_for_something_other_than_bare_goods_is_no_price_per_unit(text: str) -> None:
    assert [q.unit for q in extract_quantities(text)][1] == "USD"


def test_a_span_after_a_headline_figure_is_its_period_not_a_quantity() -> None:
    text = ("Chile's cherry exports climb 14% in five months\n"
            "Growers shipped 310,000 tonnes in five months, and prices fell 20% in two years.")
    assert [(q.surface, q.unit) for q in extract_quantities(text)] == [
        ("14%", "percent"), ("310,000 tonnes", "t"), ("five months", "month"),
        ("20%", "percent"), ("two years", "year")]


def test_ranks_in_words_are_no_amounts() -> None:
    text = "The five largest buyers took 60%, and the ten biggest sellers 30%."
    assert [q.surface for q in extract_quantities(text)] == ["60%", "30%"]
    assert [q.surface for q in extract_quantities("Five buyers took 60%.")] == [
        "Five buyers", "60%"]
