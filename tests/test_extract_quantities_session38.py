"""Currency signs and names of smaller economies, and `mt` read as million tonnes from the text
around it (thirty-eighth session). Sentences written for these tests."""

from __future__ import annotations

import pytest

from claim_helpers import only_quantity
from tradetrace.extract.quantities import extract_quantities

only = only_quantity


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("Saudi non-oil exports reached SR23.4 billion in May.", 23.4e9, "SAR"),
    ("Ghana's cocoa earned GH¢4.2 billion last year.", 4.2e9, "GHS"),
    ("Ghana's cocoa earned GH₵4.2 billion last year.", 4.2e9, "GHS"),
    ("Cyprus's exports rose to CY£212 million in 2005.", 212e6, "CYP"),
    ("Uganda's coffee brought in Ush1.9 trillion this season.", 1.9e12, "UGX"),
    ("Ugandan farmers were paid sh7,600 a kilogramme.", 7600, "UGX/kilogram"),
    ("Bangladesh's jute exports earned Taka 2.1 billion in July.", 2.1e9, "BDT"),
    ("Bulgaria's sales to Turkey rose to 1,350 million leva.", 1.35e9, "BGN"),
])
def test_signs_and_names_of_one_currency(text: str, value: float, unit: str) -> None:
    q = only(text)
    assert (q.value, q.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize(("text", "unit"), [
    ("The Philippines imported rice worth P7.3 billion in March.", "PHP"),
    ("Botswana's diamond sales came to P5.6 billion in the quarter.", "BWP"),
    ("Lesotho's textile exports fell to M3.1 billion, the bureau said.", "LSL"),
])
def test_a_story_letter_is_the_currency_of_the_country_named(text: str, unit: str) -> None:
    assert only(text).unit == unit


def test_a_story_letter_with_no_country_of_its_own_is_no_currency() -> None:
    # (with no country of the pula or the peso named, `P4.5` is read as a name, as `G7` is)
    assert extract_quantities("Ratings agencies moved P4.5 billion of debt.") == []


def test_a_story_letter_before_grouped_digits_is_money_without_a_scale_word() -> None:
    q = only("The Gambia paid D845,212,000 for imported sugar in 2014.")
    assert (q.value, q.unit) == (845_212_000, "GMD")


def test_a_small_letter_number_is_still_a_name() -> None:
    assert extract_quantities("The Gambia upgraded the D12 road.") == []


@pytest.mark.parametrize(("text", "unit"), [
    ("Bosnia's imports from Serbia rose to 3.9 billion marks.", "BAM"),
    ("Moldova's households pay 2.95 lei per kilowatt-hour.", "MDL/kilowatt_hour"),
    ("Romanian producers sold power at 410 lei per megawatt-hour.", "RON/megawatt_hour"),
])
def test_a_shared_currency_name_that_is_also_a_word(text: str, unit: str) -> None:
    assert only(text).unit == unit


def test_marks_with_no_country_of_the_currency_are_counted_marks() -> None:
    assert only("The jury gave the wine 17 marks.").unit == "mark"


def test_a_plural_currency_with_an_owner_mark_before_worth() -> None:
    q = only("Jordan shipped 96 million dinars' worth of medicines.")
    assert (q.value, q.unit) == (96e6, "JOD")


@pytest.mark.parametrize(("text", "values"), [
    ("Coal imports reached 92.1 million tonnes. May saw 21.4 MT against 18.9 MT, and 81 MT in "
     "all.", [92.1e6, 21.4e6, 18.9e6, 81e6]),
    ("Pulse imports were 3.1 million tonnes; this year nearly 3 mt, and about 1.2 mt of that "
     "was peas.", [3.1e6, 3e6, 1.2e6]),
])
def test_mt_counts_million_tonnes_where_the_text_does(text: str, values: list[float]) -> None:
    assert [q.value for q in extract_quantities(text)] == [pytest.approx(v) for v in values]


@pytest.mark.parametrize(("text", "values"), [
    ("Arrivals were 6,300 mt in May and fell to 310 mt in June.", [6300, 310]),
    ("The barge carries about 80 mt of ammonia.", [80]),
    ("Sri Lanka exported 320.5 MT of cinnamon to Mexico in March.", [320.5]),
    ("Imports reached 1.2 million tonnes in 2024; a vessel discharged 450 mt of urea at Nampo.",
     [1.2e6, 450]),
])
def test_mt_stays_metric_tonnes_where_the_text_counts_thousands(
        text: str, values: list[float]) -> None:
    assert [q.value for q in extract_quantities(text)] == values


@pytest.mark.parametrize("text", [
    "Rice imports were twice as large as in 2023.",
    "Tin shipments ran at twice last April's pace.",
    "Sales reached 9,100 tonnes, close to twice Brazil's total.",
])
def test_twice_an_amount_compared_or_owned_is_a_multiple(text: str) -> None:
    assert [(q.surface, q.value, q.unit) for q in extract_quantities(text)
            if q.unit == "x"] == [("twice", 2.0, "x")]


@pytest.mark.parametrize("text", ["The board met twice a month.", "The cargo was weighed twice.",
                                  "The engine was twice as loud."])
def test_twice_as_an_adverb_is_no_quantity(text: str) -> None:
    assert extract_quantities(text) == []


def test_a_multiplier_ending_a_headline_is_its_verb() -> None:
    text = "Vietnamese cashew sales to Kenya triple\nHANOI - Vietnam shipped more cashews."
    assert [(q.value, q.unit) for q in extract_quantities(text)] == [(3.0, "x")]


def test_a_multiple_leaves_its_unit_off_the_figure_it_multiplies() -> None:
    # (the figure counts what the sentence's count counted, since the forty-first session; the
    # multiple's `x` is never carried to it)
    text = "Truck sales hit 4,400 trucks in May, almost twice March's 2,310."
    assert [q.unit for q in extract_quantities(text)] == ["truck", "x", "truck"]


@pytest.mark.parametrize(("text", "value"), [
    ("The mills take 30% of the crop and a quarter of its husks.", 25.0),
    ("Tea exports were still a fifth above March.", 20.0),
    ("Landings of cod fell by a third between 2021 and 2023.", 100 / 3),
    ("Less than a quarter goes to the Slovak refinery.", 25.0),
    ("Exports were a third below May and half below their peak.", 50.0),
])
def test_fractions_compared_or_listed_are_proportions(text: str, value: float) -> None:
    assert pytest.approx(value) in [q.value for q in extract_quantities(text)]


def test_a_fraction_ending_a_headline_is_a_proportion() -> None:
    text = "Japan lifts purchases of Chilean salmon by a fifth\nTOKYO - Buyers paid more."
    assert [q.value for q in extract_quantities(text)] == [20.0]


@pytest.mark.parametrize("text", ["The talks ran an hour and a half.",
                                  "It was sold to a third party."])
def test_a_mixed_number_or_an_ordinal_is_no_proportion(text: str) -> None:
    assert all(q.unit != "percent" for q in extract_quantities(text))


@pytest.mark.parametrize("text", [
    "Cocoa exports were 18% above 2021.",
    "The share was the lowest since at least 2009.",
    "Wool shipments averaged 8,400 tonnes a year over 2011-2019.",
    "Miners expect tight supply until about 2031.",
    "Oslo trims 2024 salmon export outlook",
])
def test_a_year_after_a_comparison_or_before_its_noun_is_no_quantity(text: str) -> None:
    assert [q.surface for q in extract_quantities(text) if q.unit == ""] == []


@pytest.mark.parametrize(("text", "value"), [
    ("Output rose to 2023 in May.", 2023),
    ("Its plant employs over 2000 staff.", 2000),
])
def test_a_number_of_a_years_shape_after_a_change_or_before_a_count_stays(
        text: str, value: float) -> None:
    assert [q.value for q in extract_quantities(text)] == [value]


@pytest.mark.parametrize(("text", "units"), [
    ("A ton of pepper sold for about USD 6,200 in March.", ["USD/t"]),
    ("The export price per tonne eased to $1,910 from $2,040.", ["USD/t", "USD/t"]),
    ("Each barrel fetched the state $61 on average.", ["USD/bbl"]),
])
def test_a_sum_after_the_unit_of_goods_it_prices_is_a_price_per_unit(
        text: str, units: list[str]) -> None:
    assert [q.unit for q in extract_quantities(text)] == units


@pytest.mark.parametrize("text", [
    "The mill bought a ton of scrap worth $4,000.",
    "The firm paid $7,000 for a ton of saffron.",
    "Per tonne, the levy raised $5 million.",
    "A kilogram of rice sold for 4,100 won in Hyesan.",
])
def test_a_sum_that_buys_goods_or_prices_a_small_measure_stays_money(text: str) -> None:
    assert all("/" not in q.unit for q in extract_quantities(text))


def test_a_price_stated_with_its_month_keeps_the_unit_of_the_price_before() -> None:
    text = "Copper averaged $8,200 a tonne, while tin averaged $25,100 in May."
    assert [q.unit for q in extract_quantities(text)] == ["USD/t", "USD/t"]


@pytest.mark.parametrize(("text", "value", "value_max", "unit"), [
    ("Dhaka wholesalers sold potatoes at Tk 38-42 a kg.", 38, 42, "BDT/kilogram"),
    ("Premium jute fetched Tk 3,900 a maund.", 3900, None, "BDT/maund"),
])
def test_a_range_or_price_after_a_spaced_currency_sign(
        text: str, value: float, value_max: float | None, unit: str) -> None:
    q = only(text)
    assert (q.value, q.value_max, q.unit) == (value, value_max, unit)


def test_a_code_and_a_dashed_number_stay_a_name() -> None:
    assert extract_quantities("The line meets ISO 3888-2 rules.") == []


@pytest.mark.parametrize(("text", "value"), [
    ("Nickel matte shipments rose to 1 204.6 tonnes in May.", 1204.6),
    ("South Africa's exports reached R1 611.25 billion.", 1_611_250_000_000),
])
def test_spaced_thousands_with_a_decimal_part(text: str, value: float) -> None:
    assert only(text).value == pytest.approx(value)


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("Cardamom worth Rs.412.6 crore was shipped.", 4_126_000_000, "INR"),
    ("The fertiliser subsidy is Rs 1.91 lakh crore.", 1.91e12, "INR"),
    ("Dhaka will buy two lakh tonnes of rice.", 200_000, "t"),
    ("Tuna sold for MVR31.5 a kilo.", 31.5, "MVR/kilogram"),
    ("Thermal coal eased to Yuan 780/t.", 780, "CNY/t"),
])
def test_south_asian_scales_and_signs(text: str, value: float, unit: str) -> None:
    q = only(text)
    assert (q.value, q.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize("text", ["He lives at No.5 Park Road.", "Use version v1.2 of the file."])
def test_a_number_after_another_full_stop_is_still_no_amount(text: str) -> None:
    assert extract_quantities(text) == []


@pytest.mark.parametrize("text", ["Chinese Yuan 2024 outlook", "The SR 71 flew again."])
def test_a_sign_that_is_also_a_name_needs_a_scale_word(text: str) -> None:
    assert all(q.unit not in ("CNY", "SAR") for q in extract_quantities(text))
