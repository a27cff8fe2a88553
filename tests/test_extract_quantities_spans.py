"""Where a quantity begins and ends: spelled ranges that share a scale, a spelled number that
reads only part of its words, signed changes after index names, spans of days, the rest of a
name's number, ranges into a rate, and words between a count and its noun. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from claim_helpers import only_quantity
from tradetrace.extract.quantities import extract_quantities


@pytest.mark.parametrize("text, low, high, unit", [
    ("North Korea bought two to three million tonnes of rice.", 2e6, 3e6, "t"),
    ("The rally drew four to five thousand people.", 4000, 5000, "people"),
    ("Imports cost between two and three billion dollars.", 2e9, 3e9, "USD"),
    ("Mongolia sold six to seven hundred thousand tonnes of coal.", 6e5, 7e5, "t"),
])
def test_a_spelled_range_shares_the_scale_of_its_high_end(text: str, low: float, high: float,
                                                          unit: str) -> None:
    q = only_quantity(text)
    assert (q.value, q.value_max, q.unit) == (low, high, unit)


@pytest.mark.parametrize("text, values", [
    ("It sold three million tonnes and two hundred barrels.", [(3e6, "t"), (200, "bbl")]),
    ("It sold six or seven hundred thousand tonnes.", [(6e5, "t"), (7e5, "t")]),
    ("It sold three hundred and two thousand tonnes.", [(302000, "t")]),
])
def test_a_spelled_number_with_its_own_scale_keeps_its_value(
        text: str, values: list[tuple[float, str]]) -> None:
    assert [(q.value, q.unit) for q in extract_quantities(text)] == values


@pytest.mark.parametrize("text, values", [
    ("In Europe: FTSE -0.6% Nikkei -1.1% Stoxx 50 -1.3%.", [0.6, 1.1, 1.3]),
    ("Dow -0.3% at the close.", [0.3]),
])
def test_a_signed_percent_after_an_index_name_is_a_fall(text: str, values: list[float]) -> None:
    found = extract_quantities(text)
    assert [(q.value, q.unit, q.change) for q in found] == [
        (v, "percent", "down") for v in values]


def test_a_number_after_a_name_without_a_percent_is_still_no_quantity() -> None:
    assert extract_quantities("Cases of COVID -19 were reported at the border.") == []


@pytest.mark.parametrize("text", [
    "The fair runs Sept. 20-24 in Vladivostok.",
    "Talks were held Oct. 18–22 and again in December.",
])
def test_a_span_of_days_is_a_date(text: str) -> None:
    assert extract_quantities(text) == []


def test_a_range_after_a_month_name_with_a_unit_is_still_read() -> None:
    q = only_quantity("Prices rose 20-24 percent in May.")
    assert (q.value, q.value_max, q.unit) == (20, 24, "percent")


@pytest.mark.parametrize("text", [
    "The ship passed ISO 3888-2 trials.",
    "Annex 2270-3 tests were cited.",
])
def test_the_rest_of_a_names_number_is_no_count(text: str) -> None:
    assert extract_quantities(text) == []


def test_a_number_after_a_slashed_index_name_is_part_of_it() -> None:
    found = extract_quantities("Australia's S&P/ASX 200 gained 0.7 percent.")
    assert [(q.value, q.unit) for q in found] == [(0.7, "percent")]


@pytest.mark.parametrize("text, low, high, unit", [
    ("Workers earn about $920 to $1,730 a week.", 920, 1730, "USD/week"),
    ("The mine ships 300 tonnes to 400 tonnes a day.", 300, 400, "t/d"),
])
def test_a_range_ending_in_a_rate_is_one_rate(text: str, low: float, high: float,
                                              unit: str) -> None:
    q = only_quantity(text)
    assert (q.value, q.value_max, q.unit) == (low, high, unit)


@pytest.mark.parametrize("text, value, unit", [
    ("Two were detained and eight other sailors left the port.", 8, "sailor"),
    ("The yard will build three more tankers.", 3, "tanker"),
    ("Another 30 new trucks crossed the bridge.", 30, "truck"),
    ("Officials named four additional vessels.", 4, "vessel"),
])
def test_a_modifier_between_a_count_and_its_noun(text: str, value: float, unit: str) -> None:
    q = only_quantity(text)
    assert (q.value, q.unit) == (value, unit)


def test_more_than_after_a_count_is_not_a_modifier() -> None:
    q = only_quantity("It needs 5 more than last year.")
    assert q.unit == ""


@pytest.mark.parametrize("text, unit", [
    ("The bay warmed 2.14degF last month.", "degree_Fahrenheit"),
    ("Water froze at 1.5degC overnight.", "degree_Celsius"),
])
def test_an_attached_degree_abbreviation(text: str, unit: str) -> None:
    assert only_quantity(text).unit == unit


@pytest.mark.parametrize("text", [
    "Deliveries in the first eight months of 2021 exceeded the cap.",
    "Russia shipped 10,666 barrels in February and the remaining ten months none.",
    "Coal earnings in the nine months to September fell.",
    "Imports in the four weeks to Oct. 19 slowed.",
])
def test_a_named_stretch_of_the_calendar_is_a_period_not_a_quantity(text: str) -> None:
    assert [q.unit for q in extract_quantities(text)] in ([], ["bbl"])


@pytest.mark.parametrize("text, value, unit", [
    ("Trade has stalled over the past three years.", 3, "year"),
    ("The border stayed shut for 18 months.", 18, "month"),
])
def test_a_duration_counted_back_or_stated_is_a_quantity(text: str, value: float,
                                                         unit: str) -> None:
    q = only_quantity(text)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize("text, unit", [
    ("Bakeries sell bread at 200 Syrian pounds a bundle.", "SYP/bundle"),
    ("Cairo paid 5 billion Egyptian pounds for wheat.", "EGP"),
    ("Beirut owes 3 million Lebanese pounds.", "LBP"),
])
def test_pounds_named_by_their_country_are_money(text: str, unit: str) -> None:
    assert only_quantity(text).unit == unit


def test_pounds_compared_with_money_in_pounds_are_that_money() -> None:
    found = extract_quantities("A dollar fetched 14,500 Syrian pounds on the black market, up "
                               "from 13,000 pounds in January.")
    assert [q.unit for q in found] == ["SYP", "SYP"]


def test_pounds_compared_with_a_weight_stay_a_weight() -> None:
    found = extract_quantities("The crate held 30 tonnes, up from 2,000 pounds.")
    assert [q.unit for q in found] == ["t", "pound"]


def test_a_yearly_rate_before_its_goods() -> None:
    q = only_quantity("North Korea imports about 4.5 million barrels a year of refined products.")
    assert (q.value, q.unit) == (4.5e6, "bbl/yr")


@pytest.mark.parametrize("text, surface, unit", [
    ("Rice sold at 7,400 won per kilogram in Hyesan markets on Monday.",
     "7,400 won per kilogram", "KPW/kilogram"),
    ("Brent traded near $74 a barrel on Monday.", "$74 a barrel", "USD/bbl"),
    ("Buyers agreed $346 a tonne for next year.", "$346 a tonne", "USD/t"),
])
def test_a_price_per_unit_of_goods_whatever_follows(text: str, surface: str, unit: str) -> None:
    q = only_quantity(text)
    assert (q.surface, q.unit) == (surface, unit)


@pytest.mark.parametrize("text", [
    "Exports reached $5 million, up from $4 million a year earlier.",
    "Exports reached $5 million, against $4 million a year ago.",
])
def test_a_year_earlier_after_an_amount_is_no_rate(text: str) -> None:
    assert [q.unit for q in extract_quantities(text)] == ["USD", "USD"]


def test_the_old_level_after_the_new_levels_period_takes_its_unit() -> None:
    found = extract_quantities("Imports climbed to about 1.8 million barrels a day in February "
                               "from 1.5 million in January.")
    assert [(q.value, q.unit) for q in found] == [(1.8e6, "bbl/d"), (1.5e6, "bbl/d")]


@pytest.mark.parametrize("text, value", [
    ("The tanker, a 5,000 dwt product carrier, loaded fuel.", 5000),
    ("Vessels of about 2,000 deadweight tons called at Rajin.", 2000),
])
def test_deadweight_tonnage_is_tonnes(text: str, value: float) -> None:
    q = only_quantity(text)
    assert (q.value, q.unit) == (value, "t")


@pytest.mark.parametrize("text, unit", [
    ("A dollar fetched 68 afghanis in Kabul.", "AFN"),
    ("A dollar fetched 51.9 bolivars in Caracas.", "VES"),
])
def test_afghanis_and_bolivars_are_money(text: str, unit: str) -> None:
    assert only_quantity(text).unit == unit


def test_cargoes_are_counted_as_cargo() -> None:
    assert only_quantity("Traders loaded 97 cargoes in May.").unit == "cargo"


@pytest.mark.parametrize("text, value, unit", [
    ("Russia shipped 25 000 tons of wheat to the North.", 25_000, "t"),
    ("The plant built 10 000 flats last year.", 10_000, "flat"),
    ("Exports reached 1 250 000 tonnes.", 1_250_000, "t"),
])
def test_groups_of_three_parted_by_spaces_are_one_number(text: str, value: float,
                                                         unit: str) -> None:
    q = only_quantity(text)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize("text, values", [
    ("In 2019 100 tons crossed the border.", [100]),  # a year is no group
    ("Traders loaded 3 100,000-ton cargoes.", [3, 100_000]),
])
def test_numbers_next_to_each_other_stay_apart(text: str, values: list[float]) -> None:
    assert [q.value for q in extract_quantities(text)] == values


@pytest.mark.parametrize("text", [
    "Türkiye's intake climbed to a 12-month high of 1.1mn t – Kpler",
    "Türkiye's intake climbed to a 12-month high of 1.1mn t - Kpler",
])
def test_a_tonne_symbol_before_a_dash_is_a_unit(text: str) -> None:
    q = only_quantity(text)
    assert (q.value, q.unit) == (1.1e6, "t")


@pytest.mark.parametrize("text, unit", [
    ("Exports shall not exceed 2 million barrels a year from January 1, 2018.", "bbl/yr"),
    ("Exports shall not exceed 2 million barrels a year from 2018.", "bbl/yr"),
    ("Exports reached 2 million barrels a year from now.", "bbl"),  # a time: a year from now
])
def test_a_rate_from_a_date_is_a_rate(text: str, unit: str) -> None:
    assert only_quantity(text).unit == unit


@pytest.mark.parametrize("text", [
    "Rice imports rose to 13,800 tons, up from about 9,900 tons a year earlier.",
    "Rice imports rose to 13,800 tonnes from 9,900 tonnes a year ago.",
])
def test_a_tonnage_a_year_earlier_is_no_yearly_rate(text: str) -> None:
    assert [q.unit for q in extract_quantities(text)] == ["t", "t"]


@pytest.mark.parametrize("text, change", [
    ("Exporters have contracted a further 10,000 tonnes of wheat.", None),
    ("Exports contracted 5 percent in 2023.", "down"),
])
def test_contracted_goods_are_bought_and_a_contracted_percent_fell(text: str,
                                                                  change: str | None) -> None:
    assert only_quantity(text).change == change


@pytest.mark.parametrize("text, value", [
    ("On May 12 300 tonnes of rice arrived.", 300),
    ("In the week to June 7 120 000 tonnes of wheat were exported.", 120_000),
])
def test_a_day_of_the_month_is_no_group_of_the_number_after_it(text: str, value: float) -> None:
    assert [q.value for q in extract_quantities(text)] == [value]


@pytest.mark.parametrize(("text", "surface"), [
    ("Saudi Arabia ranked second with 46.5 mln tonnes worth $28.3 bln.", "46.5 mln tonnes"),
    ("It bought 5 million dollars worth of rice.", "5 million dollars"),
    ("It bought 3.7 million euros' worth of oil.", "3.7 million euros"),
    ("Exports were worth 36.89 million U.S. dollar-worth oil.", "36.89 million U.S. dollar-worth"),
])
def test_worth_after_goods_belongs_to_the_value_after_it(text: str, surface: str) -> None:
    """`worth` after an amount is never part of it (`tonnes worth $28.3 bln`, `dollars worth of
    rice`, `euros' worth`: every gold set ends the amount before it), except in the one word
    `dollar-worth`."""
    assert [q.surface for q in extract_quantities(text)][0] == surface


@pytest.mark.parametrize(("text", "unit"), [
    ("The North imports some 4.5 million barrels a year in refined products.", "bbl/yr"),
    ("Exports rose 5 percent a year in the 2010s.", "percent"),
])
def test_a_rate_followed_by_in_and_its_goods_is_still_a_rate(text: str, unit: str) -> None:
    assert [q.unit for q in extract_quantities(text)] == [unit]
