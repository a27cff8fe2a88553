"""Session 56, periods: each test pins one rule of the session on invented text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, period

_claims = extracted_on(date(2024, 7, 4))


def test_in_the_month_while_a_month_is_in_force_is_that_month_not_a_later_span() -> None:
    found = _claims("Ruritania shipped 310,000 tons of zinc in May, up 4% year on year, bringing "
                    "the January-May total to 1.2 million tons, a 2% gain. Lead sales climbed 9% "
                    "to 85,000 tons in the month and came to 390,000 tons over the five months.")
    assert period(found["9%"]) == ("2024-05-01", "2024-05-31")
    assert period(found["85,000 tons"]) == ("2024-05-01", "2024-05-31")
    assert period(found["390,000 tons"]) == ("2024-01-01", "2024-05-31")


def test_for_the_month_after_a_month_its_own_sentence_names_is_that_month() -> None:
    found = _claims("Freedonia bought $40,000 of Ruritanian goods in January. Sales the other way "
                    "came to $2.5 million in June, lifting two-way trade for the month to $6.1 "
                    "million.")
    assert period(found["$6.1 million"]) == ("2024-06-01", "2024-06-30")


def test_a_change_set_after_a_total_with_also_is_of_the_total() -> None:
    found = _claims("Ruritania's tea exports rose 7% in May to $40 million, taking January-May "
                    "sales to $190 million, also 5% higher, the tea board said.")
    assert period(found["7%"]) == ("2024-05-01", "2024-05-31")
    assert period(found["5%"]) == ("2024-01-01", "2024-05-31")


def test_also_before_a_change_on_the_month_before_stays_the_month() -> None:
    found = _claims("Ruritania's tea exports reached $40 million in May, taking January-May sales "
                    "to $190 million, also up 5% from April.")
    assert period(found["5%"]) == ("2024-05-01", "2024-05-31")


def test_a_part_of_that_takes_the_period_of_the_total_stated_last() -> None:
    found = _claims("Ruritania shipped 90,000 tonnes of rubber in March, lifting first-quarter "
                    "sales to 260,000 tonnes, the ministry reported. Freedonia bought 150,000 "
                    "tonnes of that for $210 million.")
    assert period(found["90,000 tonnes"]) == ("2024-03-01", "2024-03-31")
    assert period(found["150,000 tonnes"]) == ("2024-01-01", "2024-03-31")


def test_a_whole_before_of_that_in_its_sentence_is_no_part() -> None:
    found = _claims("Freedonia's crude imports ran at 5.1 million barrels per day in May, the "
                    "agency said. Ruritania pumps about 310,000 b/d from its fields, and roughly "
                    "half of that is sold to Freedonia.")
    assert period(found["310,000 b/d"]) == (None, None)


def test_of_that_month_is_no_part_of_a_total() -> None:
    found = _claims("Ruritania shipped 90,000 tonnes of rubber in March, lifting first-quarter "
                    "sales to 260,000 tonnes, the ministry reported. Freedonia bought 15,000 "
                    "tonnes of that month's cargoes.")
    assert period(found["15,000 tonnes"]) == ("2024-03-01", "2024-03-31")


def test_a_total_standing_at_the_end_of_a_month_is_the_year_so_far() -> None:
    found = _claims("At the end of May, Ruritania's phosphate exports stood at 41.2 billion "
                    "dirhams, the exchange office said. Fertilizer sales were 12.4% lower.")
    assert period(found["41.2 billion dirhams"]) == ("2024-01-01", "2024-05-31")
    assert period(found["12.4%"]) == ("2024-01-01", "2024-05-31")


def test_a_cargo_arriving_at_the_end_of_a_month_keeps_the_month() -> None:
    found = _claims("A further 62,000 tonnes of Ruritanian diesel arrived in Freedonia at the "
                    "end of May.")
    assert period(found["62,000 tonnes"]) == ("2024-05-01", "2024-05-31")


def test_an_old_level_with_its_pointer_keeps_it_before_a_later_same_month_of_a_year() -> None:
    found = _claims("Ruritania exported 210 tons of tungsten to Freedonia in May. Shipments were "
                    "down from 5,900 tons a month earlier and from 3,700 tons in the same month "
                    "of 2022.")
    assert period(found["5,900 tons"]) == ("2024-04-01", "2024-04-30")
    assert period(found["3,700 tons"]) == ("2022-05-01", "2022-05-31")


def test_an_old_level_takes_the_same_month_of_a_year_written_right_after_it() -> None:
    found = _claims("Ruritania exported 210 tons of tungsten to Freedonia in May, against 3,700 "
                    "tons in the same month of 2022.")
    assert period(found["3,700 tons"]) == ("2022-05-01", "2022-05-31")


def test_a_change_takes_no_level_past_a_semicolon() -> None:
    found = _claims("Freedonia's imports of Ruritanian LNG reached a record 7.2 billion cubic "
                    "metres in 2023. That was 40 per cent above 2022; the previous high, 5.6 bcm, "
                    "was set in 2020.")
    assert period(found["40 per cent"]) == ("2023-01-01", "2023-12-31")
    assert period(found["5.6 bcm"]) == ("2020-01-01", "2020-12-31")


def test_a_change_after_a_level_in_its_own_clause_keeps_that_level() -> None:
    found = _claims("Freedonia's imports of Ruritanian LNG came to 5.6 bcm in 2020, 12 per cent "
                    "more than a year earlier; prices were not disclosed.")
    assert period(found["12 per cent"]) == ("2020-01-01", "2020-12-31")
