"""The quantity layer on sentences written for these tests: every form and every non-quantity."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from claim_helpers import only_quantity
from tradetrace.cli.quantities import quantities as quantities_command
from tradetrace.extract.numbers import read_digits, read_words
from tradetrace.extract.quantities import extract_quantities
from tradetrace.model import Quantity

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


only = only_quantity


def find(text: str, surface_part: str) -> Quantity:
    for q in extract_quantities(text):
        if surface_part in q.surface:
            return q
    raise AssertionError(f"no quantity with {surface_part!r} in {extract_quantities(text)}")


@pytest.mark.parametrize("token, value", [
    ("160,000", 160000), ("1,234,567.5", 1234567.5), ("58.5", 58.5), ("60.000", 60000),
    ("1.234.567", 1234567), ("1.234,5", 1234.5), ("0.03", 0.03), ("7", 7),
    ("1\u00a0250\u00a0000", 1250000),
])
def test_digit_tokens(token: str, value: float) -> None:
    reading = read_digits(token)
    assert reading is not None and reading.value == value


def test_version_strings_are_not_numbers() -> None:
    assert read_digits("1.2.3") is None


@pytest.mark.parametrize("phrase, value", [
    ("three", 3), ("twenty-five", 25), ("a dozen", 12), ("two hundred and five", 205),
    ("a hundred", 100), ("three million", 3e6), ("two million three hundred thousand", 2.3e6),
])
def test_spelled_numbers(phrase: str, value: float) -> None:
    reading = read_words(phrase)
    assert reading is not None and reading[0] == value


@pytest.mark.parametrize("text, surface, value, unit", [
    ("They shipped 160,000 tons of oil.", "160,000 tons", 160000, "t"),
    ("They shipped 60.000 tonnes of coal.", "60.000 tonnes", 60000, "t"),
    ("Output was 3.5 million tonnes.", "3.5 million tonnes", 3.5e6, "t"),
    ("A cargo of 5 kt of wheat.", "5 kt", 5000, "t"),
    ("Exports hit 20 metric tons.", "20 metric tons", 20, "t"),
    ("Some 300 mt of diesel arrived.", "300 mt", 300, "t"),
    ("The field holds 1.2 million barrels.", "1.2 million barrels", 1.2e6, "bbl"),
    ("It stored 400 bbl on site.", "400 bbl", 400, "bbl"),
    ("The refinery runs 52,000 barrels per day.", "52,000 barrels per day", 52000, "bbl/d"),
    ("Output rose to 900,000 bpd.", "900,000 bpd", 900000, "bbl/d"),
    ("Exports of 650,000 b/d went east.", "650,000 b/d", 650000, "bbl/d"),
    ("Demand is 1.5 mb/d.", "1.5 mb/d", 1.5e6, "bbl/d"),
    ("A terminal of 4 million tonnes a year.", "4 million tonnes a year", 4e6, "t/yr"),
    ("A plant of 300 t/yr.", "300 t/yr", 300, "t/yr"),
    ("A mine of 200 tonnes per day.", "200 tonnes per day", 200, "t/d"),
    ("The rail link is 54 kilometres long.", "54 kilometres", 54, "kilometer"),
    ("A 54-kilometre rail link.", "54-kilometre", 54, "kilometer"),
    ("It carried 3,428 cubic metres of ethanol.", "3,428 cubic metres", 3428, "cubic_meter"),
    ("The ship sailed at 12 knots.", "12 knots", 12, "knot"),
    ("It weighs 2 kg.", "2 kg", 2, "kilogram"),
])
def test_trade_and_physical_units(text: str, surface: str, value: float, unit: str) -> None:
    q = find(text, surface.split()[0])
    assert (q.surface, q.value, q.unit) == (surface, pytest.approx(value), unit)
    assert text[q.start:q.end] == q.surface


@pytest.mark.parametrize("text, surface, value, unit", [
    ("Russia shipped $23.28 million of goods.", "$23.28 million", 23.28e6, "USD"),
    ("It paid US$36.89 million.", "US$36.89 million", 36.89e6, "USD"),
    ("Exports were worth 36.89 million U.S. dollar-worth oil.", "36.89 million U.S. dollar-worth",
     36.89e6, "USD"),
    ("A 10 billion-dollar debt.", "10 billion-dollar", 1e10, "USD"),
    ("Imports of USD 5 million.", "USD 5 million", 5e6, "USD"),
    ("Trade of 11 million dollars.", "11 million dollars", 11e6, "USD"),
    ("They earned US$24.8 mln.", "US$24.8 mln", 24.8e6, "USD"),
    ("A deal worth $2.3bn.", "$2.3bn", 2.3e9, "USD"),
    ("A fine of $5m.", "$5m", 5e6, "USD"),
    ("A budget of 3 trillion won.", "3 trillion won", 3e12, "KRW"),
    ("Trade of 1.2 billion yuan.", "1.2 billion yuan", 1.2e9, "CNY"),
    ("Sales of RMB 400 million.", "RMB 400 million", 4e8, "CNY"),
    ("It spent 5.5 billion rubles.", "5.5 billion rubles", 5.5e9, "RUB"),
    ("It spent 5.5 billion roubles.", "5.5 billion roubles", 5.5e9, "RUB"),
    ("A grant of €40 million.", "€40 million", 4e7, "EUR"),
    ("A grant of 40 million euros.", "40 million euros", 4e7, "EUR"),
    ("A loan of £3bn.", "£3bn", 3e9, "GBP"),
    ("A price of ¥500.", "¥500", 500, "JPY"),
    ("A price of 500 yen.", "500 yen", 500, "JPY"),
    ("Wages of 3,000 North Korean won.", "3,000 North Korean won", 3000, "KPW"),
])
def test_currencies(text: str, surface: str, value: float, unit: str) -> None:
    q = only(text)
    assert (q.surface, q.value, q.unit) == (surface, pytest.approx(value), unit)


@pytest.mark.parametrize("text, surface, value, unit", [
    ("Exports rose 58.5 percent.", "58.5 percent", 58.5, "percent"),
    ("Exports rose 58.5 per cent.", "58.5 per cent", 58.5, "percent"),
    ("Exports rose 5%.", "5%", 5, "percent"),
    ("Oil sales up 60 pct.", "60 pct", 60, "percent"),
    ("Its share grew 2 percentage points.", "2 percentage points", 2, "percentage_point"),
    ("Rates rose 25 basis points.", "25 basis points", 25, "basis_point"),
])
def test_percentages(text: str, surface: str, value: float, unit: str) -> None:
    q = only(text)
    assert (q.surface, q.value, q.unit) == (surface, value, unit)


@pytest.mark.parametrize("text, surface, value, change", [
    ("Trade doubled last year.", "doubled", 2, "up"),
    ("Plans to triple last year's deals.", "triple", 3, "up"),
    ("Trade surged nine times last year.", "nine times", 9, "up"),
    ("It was 28 times the 300 tons sent.", "28 times", 28, "up"),
    ("Coal imports saw a twofold increase.", "twofold", 2, "up"),
    ("Imports grew five-fold.", "five-fold", 5, "up"),
    ("Imports grew threefold.", "threefold", 3, "up"),
    ("Imports grew tenfold.", "tenfold", 10, "up"),
    ("Volumes rose 2x.", "2x", 2, "up"),
])
def test_multipliers(text: str, surface: str, value: float, change: str) -> None:
    q = find(text, surface)
    assert (q.surface, q.value, q.unit, q.change) == (surface, value, "x", change)


@pytest.mark.parametrize("text, surface, value, unit", [
    ("The talks took three months.", "three months", 3, "month"),
    ("The group has 11 members.", "11 members", 11, "member"),
    ("It was carried on 43 tanker voyages.", "43 tanker voyages", 43, "voyage"),
    ("Seven European countries joined.", "Seven European countries", 7, "country"),
    ("The plant employs 13,000 workers.", "13,000 workers", 13000, "worker"),
    ("After a 28-month gap deliveries resumed.", "28-month", 28, "month"),
    ("There were 200 people at the port.", "200 people", 200, "people"),
])
def test_counts_have_their_noun_as_unit(text: str, surface: str, value: float,
                                        unit: str) -> None:
    q = only(text)
    assert (q.surface, q.value, q.unit) == (surface, value, unit)


@pytest.mark.parametrize("text, value", [
    ("A third of the cargo was coal.", 100 / 3),
    ("Two-thirds of the trade was oil.", 200 / 3),
    ("Half of the imports were food.", 50),
    ("A quarter of the exports went by rail.", 25),
])
def test_fractions_of_something_are_percents(text: str, value: float) -> None:
    q = only(text)
    assert (q.value, q.unit) == (pytest.approx(value), "percent")


@pytest.mark.parametrize("text, value, value_max, unit", [
    ("It imported between 200 and 400 tonnes.", 200, 400, "t"),
    ("Exports of 850,000-900,000 bpd.", 850000, 900000, "bbl/d"),
    ("Output of 5 to 6 million barrels.", 5e6, 6e6, "bbl"),
    ("A fine of $3 billion to $5 billion.", 3e9, 5e9, "USD"),
    ("Prices ranging from $200 to $4 million.", 200, 4e6, "USD"),
    ("A cost of $5-6 million.", 5e6, 6e6, "USD"),
])
def test_ranges(text: str, value: float, value_max: float, unit: str) -> None:
    q = only(text)
    assert (q.value, q.value_max, q.unit) == (value, value_max, unit)


def test_a_movement_from_one_level_to_another_is_two_quantities() -> None:
    found = extract_quantities(
        "Exports shrank by 29.9 percent from 11 million dollars to 7.71 million dollars.")
    assert [(q.value, q.unit, q.value_max) for q in found] == [
        (29.9, "percent", None), (11e6, "USD", None), (7.71e6, "USD", None)]


def test_from_to_after_a_change_verb_shares_the_unit() -> None:
    found = extract_quantities("The tariff rose from 5 to 6 percent.")
    assert [(q.value, q.unit, q.value_max) for q in found] == [
        (5, "percent", None), (6, "percent", None)]


def test_coordinated_numbers_share_the_unit() -> None:
    found = extract_quantities("A meal costs eight or nine euros.")
    assert [(q.value, q.unit) for q in found] == [(8, "EUR"), (9, "EUR")]


@pytest.mark.parametrize("hedge, bound", [
    ("about", "~"), ("roughly", "~"), ("nearly", "~"), ("almost", "~"), ("some", "~"),
    ("around", "~"), ("approximately", "~"), ("more than", ">"), ("over", ">"),
    ("at least", ">"), ("less than", "<"), ("under", "<"), ("up to", "<"), ("fewer than", "<"),
])
def test_hedges_set_the_bound(hedge: str, bound: str) -> None:
    q = only(f"The North imported {hedge} 5,000 tons of flour.")
    assert (q.surface, q.bound) == ("5,000 tons", bound)


def test_unhedged_quantities_are_exact() -> None:
    assert only("The North imported 5,000 tons of flour.").bound == "="


def test_a_sum_reached_is_not_a_ceiling() -> None:
    """`added up to` is a total; after a verb of motion `up to` stays a ceiling, as NewsQuant
    annotates it (`inched back up to 4.8 percent`)."""
    assert only("Imports added up to $4.8 billion.").bound == "="
    assert only("Growth inched back up to 4.8 percent.").bound == "<"


@pytest.mark.parametrize("text, change", [
    ("Exports rose 5%.", "up"), ("a 56.7 percent fall in exports", "down"),
    ("Exports fell by 29.9 percent.", "down"),
    ("North Korea increased its exports to China by 17.2 percent.", "up"),
    ("Total exports jumped 48.6 percent.", "up"), ("Exports shrank by 4 percent.", "down"),
    ("Shares were down 3%.", "down"), ("This is a 58.5 percent increase.", "up"),
    ("Exports were up 58.5 percent from a year earlier.", "up"),
    ("nearly 16 percent more than the year before", "up"),
    ("China's share reached a record 98.3 percent.", None),
    ("Exports rose to $10 million.", None),
])
def test_change_direction(text: str, change: str | None) -> None:
    assert only(text).change == change


def test_parenthetical_restatement_points_to_the_first_quantity() -> None:
    found = extract_quantities(
        "The Cabinet plans to import about 160,000 tons (approximately 1.2 million barrels).")
    assert [(q.surface, q.bound, q.equivalent_of) for q in found] == [
        ("160,000 tons", "~", None), ("1.2 million barrels", "~", 0)]


def test_or_restatement_in_another_unit() -> None:
    found = extract_quantities("That comes to about 53,000 tons, or roughly 418,000 barrels.")
    assert [q.equivalent_of for q in found] == [None, 0]


def test_alternative_limits_are_not_restatements() -> None:
    found = extract_quantities("Exports may not exceed $400.9 million or 7.5 million tons.")
    assert [q.equivalent_of for q in found] == [None, None]


@pytest.mark.parametrize("text", [
    "In 2013, trade grew.",
    "The order was ratified on Feb. 8.",
    "The test took place on May 25, 2009.",
    "They met on 8 February in Moscow.",
    "It was imposed by U.N. Security Council Resolution 2397.",
    "The third nuclear test shocked Seoul.",
    "The 80th anniversary of the party.",
    "The ship left at 11 a.m. on Tuesday.",
    "The ship left at 10:45 on Tuesday.",
    "Call +82 2 1234 5678 for details.",
    "Tickets in Section 427 Row 21 were sold.",
    "It fired a Hwasong-15 missile.",
    "The F-35 jets flew over.",
    "Apple launched the iPhone 11 Pro.",
    "The 1990s were hard for the North.",
    "The 2019-20 season ended early.",
    "A report dated 2019-09-01 said so.",
    "Article 5 was invoked.",
    "He was elected in the first half of the year.",
    "It faced double standards.",
    "Data of No. 7 were lost.",
])
def test_non_quantities(text: str) -> None:
    assert extract_quantities(text) == []


def test_ages_follow_the_newsquant_convention() -> None:
    q = only("A 45-year-old trader was arrested.")
    assert (q.value, q.unit) == (45, "year_of_age")
    assert only("The trader, aged 45, was arrested.").unit == "year_of_age"


def test_spans_index_the_text() -> None:
    text = "Russia exported 36.89 million U.S. dollar-worth oil, up 58.5 percent from $23.28 " \
           "million, and about 5,000 tons (some 37,000 barrels) of fuel."
    found = extract_quantities(text)
    assert [q.start for q in found] == sorted(q.start for q in found)
    for q in found:
        assert text[q.start:q.end] == q.surface


@pytest.mark.skipif(not SEEDS.exists(), reason="seed articles not present")
def test_seed_articles() -> None:
    texts = {p.name: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    dailynk = next(t for n, t in texts.items() if n.startswith("000"))
    donga = next(t for n, t in texts.items() if n.startswith("003"))
    got = {(q.surface, q.value, q.unit, q.bound, q.change, q.equivalent_of)
           for q in extract_quantities(dailynk)}
    assert ("160,000 tons", 160000, "t", "~", None, None) in got
    assert ("1.2 million barrels", 1.2e6, "bbl", "~", None, 0) not in got  # index is global
    assert any(s == "1.2 million barrels" and e is not None for s, *_, e in got)
    assert ("500,000 barrels", 500000, "bbl", "=", None, None) in got
    assert ("3,000 tons", 3000, "t", "=", None, None) in got
    assert ("5,000 tons", 5000, "t", "~", None, None) in got
    assert ("triple", 3, "x", "=", "up", None) in got
    assert not {s for s, *_ in got} & {"2397", "80", "19", "2025", "8", "01", "53"}
    got2 = {(q.surface, q.value, q.unit, q.change) for q in extract_quantities(donga)}
    for expected in [("60 percent", 60, "percent", "up"),
                     ("36.89 million U.S. dollar-worth", 36.89e6, "USD", None),
                     ("58.5 percent", 58.5, "percent", "up"),
                     ("23.28 million dollars", 23.28e6, "USD", None),
                     ("56.7 percent", 56.7, "percent", "down"),
                     ("48.6 percent", 48.6, "percent", "up"),
                     ("29.9 percent", 29.9, "percent", "down"),
                     ("17.2 percent", 17.2, "percent", "up"),
                     ("90 percent", 90, "percent", None),
                     ("5.4 percent", 5.4, "percent", "up"),
                     ("10 billion-dollar", 1e10, "USD", None)]:
        assert expected in got2
    assert not {s for s, *_ in got2} & {"2012", "2009", "2007", "25", "9", "2006", "2008"}


def test_cli_prints_one_json_line_per_quantity(tmp_path: Path) -> None:
    text_file = tmp_path / "article.txt"
    text_file.write_text("Russia shipped about 160,000 tons (approximately 1.2 million "
                         "barrels) of oil, up 5%.", encoding="utf-8")
    docs = tmp_path / "docs.jsonl"
    docs.write_text(json.dumps({"id": "d1", "text": "Exports fell 3%."}) + "\n",
                    encoding="utf-8")
    result = CliRunner().invoke(quantities_command, [str(text_file), str(docs)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [(r["doc_id"], r["surface"], r["unit"], r["bound"], r["change"], r["equivalent_of"])
            for r in rows] == [
        (str(text_file), "160,000 tons", "t", "~", None, None),
        (str(text_file), "1.2 million barrels", "bbl", "~", None, 0),
        (str(text_file), "5%", "percent", "=", "up", None),
        ("d1", "3%", "percent", "=", "down", None)]
    assert set(rows[0]) == {"doc_id", "start", "end", "surface", "value", "value_max", "unit",
                            "bound", "change", "equivalent_of"}


def test_cli_reads_stdin() -> None:
    result = CliRunner().invoke(quantities_command, ["-"], input="It cost $5 million.")
    assert result.exit_code == 0
    assert json.loads(result.output)["value"] == 5e6


def test_cli_reports_a_missing_file(tmp_path: Path) -> None:
    result = CliRunner().invoke(quantities_command, [str(tmp_path / "nope.txt")])
    assert result.exit_code != 0
    assert "nope.txt" in result.output


# --- forms read since the NewsQuant error analysis (sentences invented for these tests) ------

@pytest.mark.parametrize("text, surface, value, unit", [
    ("The laptop sold for 1,450€ in Lyon.", "1,450€", 1450, "EUR"),
    ("A ticket costs 40 £ at the door.", "40 £", 40, "GBP"),
    ("The club paid PS3.5m for the striker.", "PS3.5m", 3.5e6, "GBP"),
    ("Rent rose to PS1,250 in May.", "PS1,250", 1250, "GBP"),
    ("Profit reached Y=120 billion.", "Y=120 billion", 1.2e11, "JPY"),
    ("The shares closed at 87.5p.", "87.5p", 87.5, "penny"),
    ("Bread now costs 95 pence.", "95 pence", 95, "penny"),
    ("The stock gained 12 sen in Kuala Lumpur.", "12 sen", 12, "sen"),
    ("The shortfall widened to $-12.4bn.", "$-12.4bn", -1.24e10, "USD"),
    ("Nights fall to minus 40 degrees Celsius.", "minus 40 degrees Celsius", -40,
     "degree_Celsius"),
    ("The team finished with minus-3 yards.", "minus-3 yards", -3, "yard"),
    ("The census counted 3 hundred million residents.", "3 hundred million residents", 3e8,
     "resident"),
])
def test_currency_signs_pence_and_negatives(text: str, surface: str, value: float,
                                            unit: str) -> None:
    q = only(text)
    assert (q.surface, q.value, q.unit) == (surface, pytest.approx(value), unit)


@pytest.mark.parametrize("text", [
    "He bought a PS5 on launch day.",
    "The clip streams in 1080p.",
])
def test_names_that_look_like_money(text: str) -> None:
    assert extract_quantities(text) == []


def test_sub_prefix_is_an_upper_bound() -> None:
    q = only("Foundries now etch sub-5 nanometer transistors.")
    assert (q.value, q.unit, q.bound) == (5, "nanometer", "<")


def test_range_shares_the_scale_between_currency_amounts() -> None:
    q = only("Analysts expect between $40 and $45 billion in sales.")
    assert (q.value, q.value_max, q.unit) == (4e10, 4.5e10, "USD")
    q = only("Guidance was cut from the $12 to $14 billion it gave in May.")
    assert (q.value, q.value_max) == (1.2e10, 1.4e10)


def test_second_level_of_a_movement_takes_the_first_unit() -> None:
    first, second = extract_quantities("The boxer went from 180 pounds to 165 in a year.")
    assert (first.value, first.unit, second.value, second.unit) == (180, "pound", 165, "pound")


def test_grouped_number_before_a_capitalized_name_is_a_count() -> None:
    q = only("The carmaker delivered 41,200 Model Y last quarter.")
    assert q.value == 41200


def test_abbreviated_month_day_before_a_noun_is_a_date() -> None:
    assert extract_quantities("A memo dated Aug. 14 outlines savings.") == []
    q = only("In June 12 workers walked out.")
    assert (q.value, q.unit) == (12, "worker")


@pytest.mark.parametrize("text, unit", [
    ("We need one plan that works for everyone.", "plan"),
    ("One official admits the risk.", "official"),
    ("She raised one hand above her head.", "hand"),
])
def test_one_and_its_noun(text: str, unit: str) -> None:
    q = only(text)
    assert (q.value, q.unit) == (1, unit)


@pytest.mark.parametrize("text, value, unit", [
    ("Okafor, 58, has led the port authority since 2015.", 58, "year_of_age"),
    ("Lindqvist, 41, said the talks had stalled.", 41, "year_of_age"),
    ("They adopted a 14 month-old puppy.", 14, "month_of_age"),
    ("A two-week-old calf was found.", 2, "week_of_age"),
])
def test_ages(text: str, value: float, unit: str) -> None:
    q = only(text)
    assert (q.value, q.unit) == (value, unit)


def test_numbers_in_a_list_after_names_are_not_ages() -> None:
    assert [q.unit for q in extract_quantities("Seats: Labour, 12, Greens, 4.")] == ["", ""]


@pytest.mark.parametrize("text, surface, value, unit", [
    ("It signed a three-year lease.", "three-year", 3, "year"),
    ("The sedan has a four-cylinder engine.", "four-cylinder", 4, "cylinder"),
])
def test_spelled_number_joined_to_its_unit(text: str, surface: str, value: float,
                                           unit: str) -> None:
    q = only(text)
    assert (q.surface, q.value, q.unit) == (surface, value, unit)


@pytest.mark.parametrize("text", [
    "Two-way trade grew.", "It was a one-sided contest.", "The thirty-first meeting opened.",
])
def test_spelled_hyphen_adjectives_are_not_counts(text: str) -> None:
    assert extract_quantities(text) == []


@pytest.mark.parametrize("text, surface, value, value_max, unit", [
    ("Thousands of farmers marched on the capital.", "Thousands of farmers", 1e3, 1e4, "farmer"),
    ("The fraud cost tens of millions of dollars.", "tens of millions of dollars", 1e7, 1e8,
     "USD"),
    ("Ash rose hundreds of meters into the air.", "hundreds of meters", 100, 1000, "meter"),
    ("Dozens of schools closed.", "Dozens of schools", 12, 120, "school"),
])
def test_orders_of_magnitude_are_ranges(text: str, surface: str, value: float,
                                        value_max: float, unit: str) -> None:
    q = only(text)
    assert (q.surface, q.value, q.value_max, q.unit) == (surface, value, value_max, unit)


def test_identifier_before_a_spaced_dash_is_not_a_negative() -> None:
    assert extract_quantities("Labs ran out of COVID -19 swabs.") == []
    q = only("Dow -0.4% at noon.")
    assert (q.value, q.change) == (0.4, "down")  # a signed percent is a fall, as `+1.3%` a rise


def test_plus_sign_before_a_percentage_is_a_rise() -> None:
    q = only("Nikkei +1.3% by the close.")
    assert (q.value, q.bound, q.change) == (1.3, "=", "up")


def test_counted_noun_after_a_plus_hedge() -> None:
    q = only("The chain runs 40+ stores.")
    assert (q.value, q.unit, q.bound) == (40, "store", ">")


@pytest.mark.parametrize("text, surface, value, unit", [
    ("The coupe makes 520 Nm of torque.", "520 Nm", 520, "newton_meter"),
    ("The engine makes 380 lb-ft of torque.", "380 lb-ft", 380, "foot_pound"),
    ("The screen measures 13.3″ across.", "13.3″", 13.3, "inch"),
    ("Seas may rise 2 feet per century.", "2 feet per century", 2, "foot/century"),
    ("Offices let at $45 per sq ft.", "$45 per sq ft", 45, "USD/square_foot"),
    ("It runs a 90,000 barrel-a-day refinery.", "90,000 barrel-a-day", 90000, "bbl/d"),
    ("Labs now run 2,000 tests a day.", "2,000 tests a day", 2000, "test/d"),
    ("The harbour counts 75 fishermen.", "75 fishermen", 75, "fisherman"),
    ("Fans bought 2.1M digital and vinyl albums.", "2.1M digital and vinyl albums", 2.1e6,
     "album"),
])
def test_more_units_rates_and_nouns(text: str, surface: str, value: float, unit: str) -> None:
    q = only(text)
    assert (q.surface, q.value, q.unit) == (surface, pytest.approx(value), unit)


def test_a_far_year_after_by_is_a_year() -> None:
    assert extract_quantities("Coasts may flood by 2150, the study says.") == []


def test_acronym_before_a_counted_noun_is_a_modifier() -> None:
    q = only("The base hosts 900 US sailors.")
    assert (q.value, q.unit) == (900, "sailor")


def test_one_of_the_most() -> None:
    q = only("It was one of the most daring rescues.")
    assert (q.value, q.unit) == (1, "rescue")


@pytest.mark.parametrize("text, value, unit", [
    ("Pour 1/4 of the stock into the pan.", 0.25, ""),
    ("Fit a 3/8-inch bolt.", 0.375, "inch"),
    ("She won 2/3 votes.", 2 / 3, "vote"),
])
def test_digit_fractions(text: str, value: float, unit: str) -> None:
    q = only(text)
    assert (q.value, q.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize("text", ["The shop is open 24/7 now.", "Since 9/11 in New York."])
def test_slashed_numbers_that_are_not_fractions(text: str) -> None:
    assert extract_quantities(text) == []


@pytest.mark.parametrize("text, surface, value, unit", [
    ("A cup holds 1/2 of a pint.", "1/2 of a pint", 0.5, "pint"),
    ("The depot is half a mile away.", "half a mile", 0.5, "mile"),
    ("A quarter of a million people marched.", "A quarter of a million people", 250000,
     "people"),
    ("The deal is worth half a billion dollars.", "half a billion dollars", 5e8, "USD"),
    ("Half a dozen tankers waited.", "Half a dozen tankers", 6, "tanker"),
])
def test_fraction_of_a_unit_or_scale(text: str, surface: str, value: float, unit: str) -> None:
    q = only(text)
    assert (q.surface, q.value, q.unit) == (surface, pytest.approx(value), unit)


@pytest.mark.parametrize("text, surface, value, unit", [
    ("The pipe runs 7 1/2 miles underground.", "7 1/2 miles", 7.5, "mile"),
    ("A 3½-inch screen.", "3½-inch", 3.5, "inch"),
    ("Add ¾ of the flour.", "¾", 0.75, ""),
    ("Lead levels hit 40 micrograms.", "40 micrograms", 40, "microgram"),
    ("Steel melts near 1,370° Celsius.", "1,370° Celsius", 1370, "degree_Celsius"),
    ("They sold two vacant houses.", "two vacant houses", 2, "house"),
    ("It comes in 4 sizes.", "4 sizes", 4, "size"),
])
def test_mixed_numbers_vulgar_fractions_and_more_units(text: str, surface: str, value: float,
                                                       unit: str) -> None:
    q = only(text)
    assert (q.surface, q.value, q.unit) == (surface, pytest.approx(value), unit)


@pytest.mark.parametrize("text, value", [
    ("One in four adults rents a home.", 0.25),
    ("Two out of five firms exported.", 0.4),
])
def test_n_in_m_is_a_proportion(text: str, value: float) -> None:
    q = only(text)
    assert (q.value, q.unit) == (pytest.approx(value), "")


def test_suspended_hyphens_share_the_last_unit() -> None:
    found = extract_quantities("Buyers pick two-, three- or five-seat models.")
    assert [(q.value, q.unit) for q in found] == [(2, "seat"), (3, "seat"), (5, "seat")]
    found = extract_quantities("The bank sold 5- and 10-year bonds.")
    assert [(q.value, q.unit) for q in found] == [(5, "year"), (10, "year")]


@pytest.mark.parametrize("text, surface, value, unit", [
    ("A fine of Rs 2,50,000 was imposed.", "Rs 2,50,000", 250000, "INR"),
    ("The bonds pay 6 1/4 %.", "6 1/4 %", 6.25, "percent"),
    ("It raised half million dollars.", "half million dollars", 5e5, "USD"),
    ("They spent a quarter million euros.", "a quarter million euros", 2.5e5, "EUR"),
])
def test_lakh_grouping_mixed_percent_and_fraction_scales(text: str, surface: str,
                                                         value: float, unit: str) -> None:
    q = only(text)
    assert (q.surface, q.value, q.unit) == (surface, pytest.approx(value), unit)


def test_lower_case_month_day_is_a_date() -> None:
    assert extract_quantities("bonds due dec. 12 were sold") == []


def test_part_of_a_whole_takes_the_whole_unit() -> None:
    found = extract_quantities("Only 40 million of the 2 billion rupees was paid.")
    assert [(q.value, q.unit) for q in found] == [(4e7, "INR"), (2e9, "INR")]
    found = extract_quantities("Just 3 of the 14 tankers docked.")
    assert [(q.value, q.unit) for q in found] == [(3, "tanker"), (14, "tanker")]


def test_unit_after_a_modifier() -> None:
    q = only("The offense gained 412 passing yards.")
    assert (q.value, q.unit) == (412, "yard")


@pytest.mark.parametrize("text, surface, value, unit", [
    ("-8 degrees Celsius overnight.", "-8 degrees Celsius", -8, "degree_Celsius"),
    ("Highs near 31 deg C today.", "31 deg C", 31, "degree_Celsius"),
    ("It felt like 95 degrees farenheit.", "95 degrees farenheit", 95, "degree_Fahrenheit"),
    ("A 62 yo driver was unhurt.", "62 yo", 62, "year_of_age"),
])
def test_temperature_spellings_and_ages(text: str, surface: str, value: float,
                                        unit: str) -> None:
    q = only(text)
    assert (q.surface, q.value, q.unit) == (surface, value, unit)


def test_restated_change_shares_its_direction() -> None:
    found = extract_quantities("The index fell 85 points, or 0.6 percent, to 14,020.")
    assert [(q.value, q.change) for q in found] == [(85, "down"), (0.6, "down"), (14020, None)]


def test_score_before_a_noun_is_not_a_range() -> None:
    assert extract_quantities("It was a 3-1 victory.") == []


def test_strong_after_a_number_is_an_adjective() -> None:
    assert only("A 5,000-strong march set off.").unit == ""


def test_a_multiple_without_a_change_verb_is_no_change() -> None:
    q = only("The stock trades at 4.2x sales.")
    assert (q.value, q.unit, q.change) == (4.2, "x", None)


@pytest.mark.parametrize("text, value, unit", [
    ("A proton weighs about 1.67×10−27 kilograms.", 1.67e-27, "kilogram"),
    ("Radio waves cover 3 x 10^5 kilometers.", 3e5, "kilometer"),
])
def test_powers_of_ten(text: str, value: float, unit: str) -> None:
    q = only(text)
    assert (q.value, q.unit) == (pytest.approx(value), unit)


def test_number_range_before_a_street_name_is_an_address() -> None:
    assert extract_quantities("The shop at 12-14 Harbour Road closed.") == []


@pytest.mark.parametrize("text", [
    "Coal made up $12.5 million, or 30 percent.",
    "Rice took up 15% of the cargo.",
])
def test_up_after_a_phrasal_verb_is_no_rise(text: str) -> None:
    assert [q.change for q in extract_quantities(text)] == [None] * len(extract_quantities(text))


def test_up_after_a_movement_verb_is_a_rise() -> None:
    assert only("Orders picked up 4% in May.").change == "up"


@pytest.mark.parametrize("text, unit", [
    ("The smelter makes 80,000 tonnes of copper a year.", "t"),
    ("The field pumps 40,000 barrels of crude oil per day.", "bbl"),
    ("Afghanistan consumes 1.3 million tons of fuel a year.", "t"),
])
def test_a_rate_after_the_goods_is_not_the_spans_unit(text: str, unit: str) -> None:
    """The unit is the span's: a time word beyond the goods stays outside it (as every gold
    set annotates `2 million tons of wheat a year`), so `t`, not `t/yr`."""
    q = only(text)
    assert q.unit == unit
    assert q.surface.endswith(("tonnes", "tons", "barrels"))


def test_part_of_a_hyphenated_modifier_is_not_its_unit() -> None:
    found = extract_quantities("They built four of the two-seat planes.")
    assert [(q.value, q.unit) for q in found] == [(2, "seat")]


@pytest.mark.parametrize("text, change", [
    ("Shares are plummeting 12% this week.", "down"),
    ("Output is rebounding 4% from the lows.", "up"),
    ("Margins are narrowing 0.5 percentage points.", "down"),
])
def test_more_forms_of_change_verbs(text: str, change: str) -> None:
    assert only(text).change == change


def test_restatement_of_a_change_is_the_same_change() -> None:
    first, second = extract_quantities("Lake water fell by 2 degrees Celsius (3.6 Fahrenheit).")
    assert (first.change, second.change, second.equivalent_of) == ("down", "down", 0)


def test_revised_upward_by_is_a_rise() -> None:
    assert only("Guidance was revised upward by $40 million.").change == "up"


@pytest.mark.parametrize(("text", "surface", "value", "unit"), [
    ("Tobacco sales rose 31,3% this season.", "31,3%", 31.3, "percent"),
    ("Growers sold 92,2 million kg of leaf.", "92,2 million kg", 92.2e6, "kilogram"),
    ("The crop earned $350,5 million.", "$350,5 million", 350.5e6, "USD"),
])
def test_a_decimal_comma_before_a_percent_or_scale_word_or_after_money(
        text: str, surface: str, value: float, unit: str) -> None:
    """`31,3%`: one or two digits after a comma are a fraction where a percent, scale word or
    money sign fixes the reading (a thousands comma has three digits after it)."""
    found = only_quantity(text)
    assert (found.surface, found.unit) == (surface, unit)
    assert found.value == pytest.approx(value)


def test_a_comma_between_short_numbers_without_a_unit_is_no_decimal() -> None:
    """`pages 1,2 and 5`: without a percent, scale word or money sign, no decimal is read."""
    assert all(q.value != 1.2 for q in extract_quantities("See pages 1,2 and 5 of the report."))


@pytest.mark.parametrize(("text", "bound"), [
    ("Two-way trade topped $7 billion last year.", ">"),
    ("Trade now exceeds $1 billion a year.", ">"),
    ("Deliveries shall not exceed 500,000 barrels a year.", "="),
])
def test_a_verb_of_passing_a_figure_is_a_lower_bound(text: str, bound: str) -> None:
    """`topped $7 billion`, `exceeds $1 billion`: more than the figure; a limit that may not
    `exceed` it is the figure itself."""
    assert only_quantity(text).bound == bound


def test_a_fraction_followed_by_a_deadline_is_a_proportion() -> None:
    """`grow by a quarter by the end of 2023`: a 25 percent rise, not three months."""
    found = only_quantity("Trade is expected to grow by a quarter by the end of 2023.")
    assert (found.value, found.unit, found.change) == (25.0, "percent", "up")
