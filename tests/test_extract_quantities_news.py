"""Forms of market and trade news: means and estimates (no hedge), losses (a result, not a
fall), and a percent change whose unit the next clause leaves out. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from claim_helpers import only_quantity
from tradetrace.extract.quantities import extract_quantities

only = only_quantity


@pytest.mark.parametrize("text", [
    "Vietnam shipped an average of 40,000 tonnes of rice a week.",
    "Customs logged an estimated 12,000 tonnes of scrap.",
])
def test_a_mean_or_an_estimate_is_no_hedge(text: str) -> None:
    q = only(text)
    assert (q.bound, q.change) == ("=", None)


def test_a_four_digit_mean_is_no_year() -> None:
    q = only("The port handled an average of 1800 containers.")
    assert (q.value, q.unit) == (1800, "container")


@pytest.mark.parametrize("text", [
    "The trader posted a net loss of $12 million.",
    "It reported a quarterly loss of 8 cents per share.",
])
def test_a_loss_of_money_is_a_result_not_a_fall(text: str) -> None:
    assert only(text).change is None


def test_a_loss_in_percent_is_still_a_fall() -> None:
    assert only("Copper saw a loss of 3 percent.").change == "down"


@pytest.mark.parametrize("text, change", [
    ("Rice exports rose 4 percent and wheat exports fell by 2.", "down"),
    ("The Nikkei gained 1.5% while the Hang Seng added 0.7.", "up"),
])
def test_a_percent_change_lends_its_unit_to_the_next_change(text: str, change: str) -> None:
    second = extract_quantities(text)[1]
    assert (second.unit, second.change) == ("percent", change)


def test_a_bare_number_in_the_next_sentence_keeps_no_unit() -> None:
    found = extract_quantities("Tin rose 4 percent. It fell by 2 on Monday.")
    assert found[1].unit == ""


@pytest.mark.parametrize("text, surface, unit", [
    ("The brine freezes at minus 9 C in winter.", "9 C", "degree_Celsius"),
    ("Each panel gives 350 W, the maker says.", "350 W", "watt"),
    ("Tullow fell 4.5 p at 61.2 p.", "4.5 p", "penny"),
])
def test_a_one_letter_symbol_after_a_space(text: str, surface: str, unit: str) -> None:
    q = extract_quantities(text)[0]
    assert (q.surface.replace("minus ", ""), q.unit) == (surface, unit)


@pytest.mark.parametrize("text", [
    "Kim met him at 5 p.m. in Hanoi.",
    "They took Route 5 W to the coast.",
    "Annex 3 C lists the banned goods.",
])
def test_a_spaced_letter_that_is_no_symbol(text: str) -> None:
    assert all(q.unit == "" for q in extract_quantities(text))


@pytest.mark.parametrize("text, surface, unit", [
    ("Belarus sent 30 T-72 tanks to the front.", "30 T-72 tanks", "tank"),
    ("Algeria ordered 14 Su-57 jets.", "14 Su-57 jets", "jet"),
    ("The lab ran 500 COVID-19 tests.", "500 COVID-19 tests", "test"),
])
def test_a_model_designation_before_the_counted_noun(text: str, surface: str,
                                                     unit: str) -> None:
    q = only(text)
    assert (q.surface, q.unit) == (surface, unit)


def test_a_decimal_fold_is_a_multiple() -> None:
    q = only("Tea sales to Iraq grew 2.5-fold.")
    assert (q.value, q.unit, q.change) == (2.5, "x", "up")


@pytest.mark.parametrize("text, unit", [
    ("Crude output rose to 2.1 million barrels a day from 1.9 million.", "bbl/d"),
    ("Coffee imports climbed to $3.4 billion from 2.9 billion.", "USD"),
])
def test_an_old_level_after_from_takes_the_new_level_s_unit(text: str, unit: str) -> None:
    new, old = extract_quantities(text)
    assert (new.unit, old.unit) == (unit, unit)


def test_an_old_level_after_a_percent_change_keeps_no_unit() -> None:
    found = extract_quantities("Exports fell 5% from 300.")
    assert found[1].unit == ""


@pytest.mark.parametrize("text, unit", [
    ("The rouble traded at 92 rubles per dollar.", "RUB/USD"),
    ("The won held at 1,350 won per dollar.", "KRW/USD"),
    ("Tokyo quoted 151 yen per dollar.", "JPY/USD"),
])
def test_an_exchange_rate_is_a_currency_per_currency(text: str, unit: str) -> None:
    assert extract_quantities(text)[0].unit == unit


@pytest.mark.parametrize("text, unit", [
    ("Chip exports fell for three consecutive months.", "month"),
    ("The mine missed its target in four straight quarters.", "quarter"),
])
def test_consecutive_and_straight_modify_the_counted_noun(text: str, unit: str) -> None:
    assert only(text).unit == unit


@pytest.mark.parametrize("text, bound", [
    ("Pyongyang received no fewer than 40 tankers.", ">"),
    ("As few as 3 vessels called at the port.", ">"),
    ("Shipments topped out, topping 2 million tonnes.", ">"),
    ("The quota allows no greater than 5% of output.", "<"),
])
def test_more_hedges_set_the_bound(text: str, bound: str) -> None:
    assert only(text).bound == bound


def test_a_decimal_with_an_attached_s_is_seconds() -> None:
    q = only("The crane swings a box in 4.25s.")
    assert (q.value, q.unit) == (4.25, "second")


def test_a_decade_is_still_no_quantity() -> None:
    assert extract_quantities("Trade boomed in the 1970s.") == []


@pytest.mark.parametrize("text, surface, value", [
    ("Rail cargo to Rajin, 2015: 310,000 t in all.", "310,000 t", 310000),
    ("Diesel, May: 2,117 bbl (268.3 t); June: none.", "268.3 t", 268.3),
])
def test_tonnes_written_t_after_a_space(text: str, surface: str, value: float) -> None:
    q = next(q for q in extract_quantities(text) if q.surface == surface)
    assert (q.value, q.unit) == (value, "t")


@pytest.mark.parametrize("text, value, change", [
    ("Iraq 41.2 mt (-3.9%); Oman 30.1 mt (+2%).", 3.9, "down"),
    ("Coal imports, 2023: -12.5%.", 12.5, "down"),
])
def test_a_signed_percent_is_a_change(text: str, value: float, change: str) -> None:
    q = next(q for q in extract_quantities(text) if q.unit == "percent")
    assert (q.value, q.change) == (value, change)


def test_a_negative_level_in_another_unit_keeps_its_sign() -> None:
    q = only("The brine was at -5 C overnight.")
    assert q.value == -5


@pytest.mark.parametrize("text, surface, unit", [
    ("The 38-km Tumen spur reopened.", "38-km", "kilometer"),
    ("It sells rice in a 25-kg sack.", "25-kg", "kilogram"),
])
def test_a_hyphened_unit_symbol(text: str, surface: str, unit: str) -> None:
    q = only(text)
    assert (q.surface, q.unit) == (surface, unit)


@pytest.mark.parametrize("text", [
    "Imports from Laos hit a seven-year high.",
    "The yuan sank to a 16-year low against the dollar.",
])
def test_a_span_before_high_or_low_is_no_duration(text: str) -> None:
    assert extract_quantities(text) == []


def test_a_span_before_another_noun_is_still_a_duration() -> None:
    q = only("Hanoi signed a five-year rice deal.")
    assert (q.value, q.unit) == (5, "year")


def test_a_rate_after_an_attributive_amount_is_the_noun_s() -> None:
    q = only("Shipments broke the 300,000-tonne yearly quota.")
    assert (q.surface, q.unit) == ("300,000-tonne", "t")


@pytest.mark.parametrize("text, unit", [
    ("Pork sold for 21,000 won a kilo in Hyesan, Daily NK said.", "KPW"),
    ("In Pyongyang a dollar fetched 8,200 won.", "KPW"),
    ("Kospi-listed Hanwha rose 2,300 won in Seoul.", "KRW"),
    ("A coffee costs 5,000 won.", "KRW"),
])
def test_whose_won_by_the_nearest_place(text: str, unit: str) -> None:
    assert extract_quantities(text)[0].unit.split("/")[0] == unit


@pytest.mark.parametrize("text, surface, unit", [
    ("A night at the inn in Zadar cost 420 kn in August.", "420 kn", "HRK"),
    ("Tickets in Brno sell for 250 Kč each.", "250 Kč", "CZK"),
    ("The flat in Gdansk rents for 2,800 zł now.", "2,800 zł", "PLN"),
    ("The fine came to 9 million kuna.", "9 million kuna", "HRK"),
])
def test_a_currency_written_after_the_amount(text: str, surface: str, unit: str) -> None:
    q = only(text)
    assert (q.surface, q.unit) == (surface, unit)


@pytest.mark.parametrize("text, surface, unit", [
    ("The hatchback's engine gives 180 PS on the road.", "180 PS", "metric_horsepower"),
    ("The new alloy withstood 48 GPa before cracking.", "48 GPa", "gigapascal"),
    ("Tyres are set to 2.4 bar for the track day.", "2.4 bar", "bar"),
    ("The sensor draws just 20 mA when idle.", "20 mA", "milliampere"),
    ("Each cell stores 12 Wh of energy.", "12 Wh", "watt_hour"),
    ("The module is rated at 350 farads.", "350 farads", "farad"),
])
def test_engineering_units(text: str, surface: str, unit: str) -> None:
    q = only(text)
    assert (q.surface, q.unit) == (surface, unit)


@pytest.mark.parametrize("text, surface, unit", [
    ("The bus fare in San José is 350 ₡ now.", "350 ₡", "CRC"),
    ("A bowl of noodles costs 15,000 ₭ in Vientiane.", "15,000 ₭", "LAK"),
    ("Mix 1/2 cup of flour with the eggs.", "1/2 cup", "cup"),
    ("Stir in 2 tablespoons of honey.", "2 tablespoons", "tablespoon"),
    ("The tram was doing 60 kmph on the bridge.", "60 kmph", "kilometer_per_hour"),
])
def test_more_currency_signs_and_kitchen_units(text: str, surface: str, unit: str) -> None:
    q = only(text)
    assert (q.surface, q.unit) == (surface, unit)


@pytest.mark.parametrize("text", [
    "The trailer was watched 3 million times.",
    "The song was streamed 40,000 times, the label said.",
])
def test_a_count_of_times_at_the_clause_end_is_no_change(text: str) -> None:
    q = only(text)
    assert (q.unit, q.change) == ("x", None)


def test_times_after_a_change_verb_is_still_a_rise() -> None:
    assert only("Coal imports grew four times.").change == "up"


@pytest.mark.parametrize("text", [
    "The bakery chain raised $12 million from its investors.",
    "The club has raised a further €3m for the stand.",
])
def test_money_raised_is_no_rise(text: str) -> None:
    assert only(text).change is None


def test_a_rise_by_an_amount_of_money_is_still_a_rise() -> None:
    assert only("The miner raised its capital budget by $300 million.").change == "up"


@pytest.mark.parametrize("text, surface, unit, bound", [
    ("The fair drew 80,000-plus visitors.", "80,000-plus visitors", "visitor", ">"),
    ("Some 40-odd trawlers stayed in port.", "40-odd trawlers", "trawler", "~"),
])
def test_the_counted_noun_after_plus_or_odd(text: str, surface: str, unit: str,
                                            bound: str) -> None:
    q = only(text)
    assert (q.surface, q.unit, q.bound) == (surface, unit, bound)


@pytest.mark.parametrize("text, surface, unit", [
    ("The probe flew past at 14 km/s on Tuesday.", "14 km/s", "kilometer/second"),
    ("Chicago soybeans fetched $11.20 a bushel.", "$11.20 a bushel", "USD/bushel"),
    ("The reservoir holds 2.5 cubic kilometres of water.", "2.5 cubic kilometres",
     "cubic_kilometer"),
    ("The handset's main camera has a 108MP sensor.", "108MP", "megapixel"),
    ("The leaf blower peaks at 95 dB in the yard.", "95 dB", "decibel"),
])
def test_speeds_per_second_volumes_and_pixels(text: str, surface: str, unit: str) -> None:
    q = only(text)
    assert (q.surface, q.unit) == (surface, unit)


@pytest.mark.parametrize("text", [
    "the sp 500 slipped 0.3% in early trade.",
    "The Stoxx 600 added 0.6% by noon.",
    "the russell 2000 gained 1.1% on Friday.",
])
def test_a_stock_index_name_is_no_quantity(text: str) -> None:
    assert only(text).unit == "percent"


@pytest.mark.parametrize("text, value", [
    ("flu cases rose to 1400 on tuesday", 1400),
    ("The tally dropped by 1250 over the weekend.", 1250),
])
def test_a_four_digit_number_after_a_change_verb_is_no_year(text: str, value: float) -> None:
    assert only(text).value == value


def test_a_year_after_in_is_still_a_year() -> None:
    assert extract_quantities("Exports grew in 2019.") == []


@pytest.mark.parametrize("text", [
    "the pixel 8 pro has a new chip",
    "the airline still flies the 737 max on that route",
])
def test_a_number_before_a_model_suffix_is_a_name(text: str) -> None:
    assert extract_quantities(text) == []


@pytest.mark.parametrize("text, change", [
    ("The lender pared its outlook by 0.3 percentage points.", "down"),
    ("Grocers reported declines of 4% in volumes.", "down"),
    ("Carmakers posted increases of 6 percent in orders.", "up"),
])
def test_plural_change_nouns_before_of(text: str, change: str) -> None:
    assert only(text).change == change


def test_losses_of_money_are_still_a_result() -> None:
    assert only("The mill booked losses of $3 million.").change is None


@pytest.mark.parametrize("text, unit", [
    ("Yields went from about 30-35 bushels to 48 per acre.", "bushel"),
    ("Output grew from 10-12 tonnes to 15 last season.", "t"),
])
def test_a_level_after_a_range_takes_its_unit(text: str, unit: str) -> None:
    found = extract_quantities(text)
    assert [q.unit.split("/")[0] for q in found] == [unit, unit]


def test_an_age_range_with_to() -> None:
    q = only("The survey polled adults aged 25 to 40 in Leeds.")
    assert (q.value, q.value_max, q.unit) == (25, 40, "year_of_age")


@pytest.mark.parametrize("text, unit", [
    ("The quasar lies 12 billion light years from us.", "light_year"),
    ("A burger packs 900 calories on its own.", "calorie"),
    ("The studio released 14 movies last year.", "movie"),
])
def test_light_years_and_plurals_in_ies(text: str, unit: str) -> None:
    assert only(text).unit == unit


@pytest.mark.parametrize("text, surface, unit", [
    ("The Oslo bourse saw Equinor close at NOK 312.", "NOK 312", "NOK"),
    ("The stadium cost 1.9 billion reais to build.", "1.9 billion reais", "BRL"),
    ("A kilo of beef now costs 9,000 Argentine pesos.", "9,000 Argentine pesos", "ARS/kilogram"),
])
def test_more_currency_codes_and_words(text: str, surface: str, unit: str) -> None:
    q = only(text)
    assert (q.surface, q.unit) == (surface, unit)


def test_every_currency_the_lexicon_reads_is_a_currency_code() -> None:
    from tradetrace.extract.quantity_lexicon import lexicon
    from tradetrace.normalize.units import is_currency

    lex = lexicon()
    codes = {*lex.currency_prefixes.values(), *lex.currency_words_ci.values(),
             *lex.currency_suffixes.values()}
    assert {code for code in codes if not is_currency(code)} == set()


@pytest.mark.parametrize("text", [
    "The Kospi shed 14 points to 2,480 on Thursday.",
    "The index lost 210.5 points, or 0.7%, to 30,950.1 at the close.",
])
def test_the_level_a_points_movement_reached_is_in_points(text: str) -> None:
    assert extract_quantities(text)[-1].unit == "point"


def test_the_level_after_a_percent_change_stays_bare() -> None:
    assert extract_quantities("Prices rose 5% to 300 on Monday.")[-1].unit == ""


@pytest.mark.parametrize("text", [
    "The help desk now answers calls 24/7.",
    "Ownership of the venture is a 50/50 split.",
])
def test_slashed_bare_numbers_are_no_amounts(text: str) -> None:
    assert extract_quantities(text) == []


def test_a_price_per_counted_thing() -> None:
    q = only("The new therapy costs $1.8 million per patient in Boston.")
    assert (q.surface, q.unit) == ("$1.8 million per patient", "USD/patient")


@pytest.mark.parametrize("text, unit", [
    ("The plant shipped 4.2 million tyres, up from 3.8 million in 2022.", "tyre"),
    ("Refinery runs were 1.4 million tonnes versus 1.3 million a year ago.", "t"),
    ("The jobless rate was 5.2%, compared with 5.4 in March.", "percent"),
])
def test_a_level_compared_with_takes_the_first_level_s_unit(text: str, unit: str) -> None:
    assert [q.unit for q in extract_quantities(text)] == [unit, unit]


@pytest.mark.parametrize("text, unit", [
    ("Cement output was 410 tonnes in April and 385 in May.", "t"),
    ("The chain runs 240 bakeries in Ohio and 95 in Utah.", "bakery"),
])
def test_a_unit_left_out_after_and(text: str, unit: str) -> None:
    assert [q.unit for q in extract_quantities(text)] == [unit, unit]


def test_a_bare_number_after_and_with_other_words_keeps_no_unit() -> None:
    found = extract_quantities("The clinic saw 40 patients and 3 doctors quit.")
    assert [q.unit for q in found] == ["patient", "doctor"]


@pytest.mark.parametrize("text", [
    "Siemens fell 1.4% and the Bund yield 0.3%.",
    "The Nikkei lost 2.1%, the Hang Seng 1.7% and the Kospi 0.9%.",
])
def test_a_percent_in_a_clause_without_its_verb_is_the_same_change(text: str) -> None:
    assert {q.change for q in extract_quantities(text)} == {"down"}


def test_a_percent_after_a_verb_of_its_own_is_no_gapped_change() -> None:
    found = extract_quantities("Sales rose 5% and accounted for 30% of revenue.")
    assert [q.change for q in found] == ["up", None]


@pytest.mark.parametrize("text", [
    "The actor turned 52 on Sunday.",
    "Life expectancy for women in the province is about 84.",
])
def test_an_age_reached(text: str) -> None:
    assert only(text).unit == "year_of_age"


def test_turned_before_a_counted_noun_is_no_age() -> None:
    assert only("The new boss turned 12 shops around.").unit == "shop"


def test_a_new_level_after_the_old_one_s_period_takes_its_unit() -> None:
    found = extract_quantities("Wheat sales grew from 620 tonnes in 2020 to 910 in 2023.")
    assert [(q.value, q.unit) for q in found] == [(620, "t"), (910, "t")]


@pytest.mark.parametrize("text, bounds", [
    ("The route is more than 100 kilometers (60 miles) long.", [">", ">"]),
    ("It makes just under 296 hp (224 kW).", ["<", "<"]),
    ("Savers with over 7.5 million Danish crowns (US$1.1 million) pay a fee.", [">", ">"]),
])
def test_a_restatement_keeps_the_bound_of_what_it_restates(text: str, bounds: list[str]) -> None:
    found = extract_quantities(text)
    assert [q.bound for q in found] == bounds
    assert found[1].equivalent_of == 0


@pytest.mark.parametrize("text, bound", [
    ("Children under the age of 5 years were vaccinated.", "<"),
    ("Workers over the age of 60 retire early.", ">"),
])
def test_an_age_limit_is_a_bound(text: str, bound: str) -> None:
    assert only(text).bound == bound


@pytest.mark.parametrize("text, unit", [
    ("Key players: G Hunter Maldonado (15.3 ppg).", "point_per_game"),
    ("He adds 7.4 rpg off the bench.", "rebound_per_game"),
    ("The guard averages 6.9 apg.", "assist_per_game"),
    ("The reliever posted 0.5 WAR last season.", "win_above_replacement"),
    ("The panel failed at 9 ksi.", "kip_per_square_inch"),
    ("The grid frequency fell to 49.55 HZ.", "hertz"),
    ("The old cars topped out at 80 m.p.h. on the flat.", "mile_per_hour"),
])
def test_abbreviated_units_of_news(text: str, unit: str) -> None:
    assert only(text).unit == unit


@pytest.mark.parametrize("text", [
    "Climate Change Mar 9 2018 MIT researchers say fusion is near.",
    "On May 5, 2019 officials closed the bridge.",
])
def test_a_year_after_a_day_of_the_month_is_a_date(text: str) -> None:
    assert extract_quantities(text) == []


def test_a_number_in_parentheses_after_a_name_is_a_shirt_number() -> None:
    assert extract_quantities("Quarterback Dak Prescott (4) celebrates a touchdown.") == []


def test_a_four_digit_count_after_a_verb_is_still_a_count() -> None:
    q = only("Exports reached 2019 tonnes in the quarter.")
    assert (q.value, q.unit) == (2019, "t")
