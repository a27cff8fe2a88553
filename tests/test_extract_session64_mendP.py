"""Session 64, periods mends: each test pins one narrowed rule of the session on invented text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, period

_claims = extracted_on(date(2025, 6, 1))


def test_a_time_after_an_event_nouns_adjunct_is_the_figures() -> None:
    found = _claims("Norway's cod exports rose 9% to $1.4 billion after solid gains with "
                    "Polish processors in the five months to May.")
    assert period(found["9%"]) == ("2025-01-01", "2025-05-31")
    found = _claims("Ecuador's shrimp exports jumped 18% to 520,000 tonnes after a surge in "
                    "Spanish demand during January-April.")
    assert period(found["520,000 tonnes"]) == ("2025-01-01", "2025-04-30")


def test_a_time_of_an_event_adjuncts_own_verb_or_through_stays_its_own() -> None:
    found = _claims("Over the first five months, Norway's cod exports rose 9% to $1.4 billion "
                    "after solid gains through March.")
    assert period(found["$1.4 billion"]) == ("2025-01-01", "2025-05-31")
    found = _claims("Norway sold 70,000 tonnes of cod abroad in April. Poland took 9,000 tonnes "
                    "after buying none in April 2024.")
    assert period(found["9,000 tonnes"]) == ("2025-04-01", "2025-04-30")
    found = _claims("Peru's cocoa exports rose 20% to 6,000 tonnes in May. Export revenue "
                    "doubled to $8.2 million from $4.1 million in May 2024, after sharp price "
                    "increases during the second half of 2024.")
    assert period(found["$8.2 million"]) == ("2025-05-01", "2025-05-31")


def test_a_month_or_pointer_with_no_figure_sets_no_month_on_month_reading() -> None:
    found = _claims("Loadings in Chile in March were slowed by port strikes. Chile's zinc "
                    "exports rose to 90,000 tonnes in April. Sales to Korea dipped to 21,000 "
                    "tonnes from 24,000 tonnes.")
    assert period(found["24,000 tonnes"]) == ("2024-04-01", "2024-04-30")
    found = _claims("Chile's zinc exports rose to 90,000 tonnes in April after floods closed a "
                    "mine in March. Sales to Korea dipped to 21,000 tonnes from 24,000 tonnes.")
    assert period(found["24,000 tonnes"]) == ("2024-04-01", "2024-04-30")
    found = _claims("Russia's barley exports hit 600,000 tonnes in April, after Moscow ended a "
                    "quota set a month earlier. Sales to Iran rose to 210,000 tonnes from "
                    "180,000 tonnes.")
    assert period(found["180,000 tonnes"]) == ("2024-04-01", "2024-04-30")


def test_a_month_or_pointer_set_against_a_figure_still_reads_month_on_month() -> None:
    found = _claims("Chile's zinc exports rose to 90,000 tonnes in April from 84,000 tonnes in "
                    "March. Sales to Korea dipped to 21,000 tonnes from 24,000 tonnes.")
    assert period(found["24,000 tonnes"]) == ("2025-03-01", "2025-03-31")
    found = _claims("Russia's barley exports hit 600,000 tonnes in April, against 540,000 tonnes "
                    "a month earlier. Sales to Iran rose to 210,000 tonnes from 180,000 tonnes.")
    assert period(found["180,000 tonnes"]) == ("2025-03-01", "2025-03-31")
    found = _claims("Malawi's trade gap narrowed to K2.1 billion in April after a K3.4 billion "
                    "gap in March, as exports grew 8% to K40.2 billion from K37.2 billion.")
    assert period(found["K37.2 billion"]) == ("2025-03-01", "2025-03-31")


def test_a_run_before_a_clause_break_keeps_its_own_period() -> None:
    found = _claims("Brazil shipped 30 million and 25 million tonnes of soybeans and corn last "
                    "year; in 2021 and 2022 Japan took 3 million and 2.8 million tonnes, "
                    "respectively.")
    assert period(found["30 million"]) == ("2024-01-01", "2024-12-31")
    assert period(found["3 million"]) == ("2021-01-01", "2021-12-31")


def test_a_run_of_the_same_length_right_before_the_periods_still_takes_them() -> None:
    found = _claims("Brazil sold 800 t, 600 t and 900 t of cotton in March, April and May, worth "
                    "$2 million, $1.5 million and $2.2 million, respectively.")
    assert period(found["800 t"]) == ("2025-03-01", "2025-03-31")
    assert period(found["$1.5 million"]) == ("2025-04-01", "2025-04-30")


def test_the_year_after_a_part_with_no_fiscal_year_named_is_the_calendar_year() -> None:
    found = _claims("Romania exported 3 million tonnes of wheat between Nov. 10 and Feb. 5, "
                    "traders said. For the full year, it expects to ship 9 million tonnes.")
    assert period(found["9 million tonnes"]) == ("2025-01-01", "2025-12-31")
    found = _claims("Japan bought 2.1 million bpd of crude in the November-April period. For the "
                    "year, refiners expect to buy 2.3 million bpd.")
    assert period(found["2.3 million bpd"]) == ("2025-01-01", "2025-12-31")


def test_the_year_after_a_part_of_a_named_fiscal_year_is_that_fiscal_year() -> None:
    found = _claims("Togo's grid firm collected $60 million from electricity exports across "
                    "the first six months of a fiscal year that began on November 1. For the "
                    "full year it expects $130 million.")
    assert period(found["$130 million"]) == ("2024-11-01", "2025-10-31")
    found = _claims("Nepal's grid firm collected $30 million from electricity exports across "
                    "the first eight months of a fiscal year that started on July 17. For the "
                    "full year it expects $70 million.")
    assert period(found["$70 million"]) == ("2024-07-17", "2025-07-16")


def test_a_season_with_its_years_written_is_never_shifted_by_a_later_so_far() -> None:
    found = _claims("Morocco brought in 5.2 million tonnes of durum in the 2023/24 July-June "
                    "season and has secured 2 million tonnes so far this season.")
    assert period(found["5.2 million tonnes"]) == ("2023-07-01", "2024-06-30")


def test_a_season_closed_by_so_far_is_still_counted_to_date() -> None:
    found = _claims("Morocco has imported 2 million tonnes of wheat so far in the July-June "
                    "season.")
    assert period(found["2 million tonnes"]) == ("2024-07-01", "2025-06-30")


def test_a_change_of_an_earlier_level_is_no_running_total() -> None:
    found = _claims("Vietnam's pepper exports climbed to 280,000 tonnes in 2024, lifting the "
                    "2022 volume by 15%.")
    assert period(found["15%"]) == ("2024-01-01", "2024-12-31")
    found = _claims("Vietnam's pepper exports climbed to 280,000 tonnes in 2024, pushing the "
                    "2020 level up twofold.")
    assert period(found["twofold"]) == ("2024-01-01", "2024-12-31")


def test_a_year_after_a_month_and_a_slash_only_is_a_year() -> None:
    found = _claims("Vietnam shipped 9,000 tonnes of pepper in 03/2024.")
    assert period(found["9,000 tonnes"]) == ("2024-01-01", "2024-12-31")
    found = _claims("Vietnam shipped 9,000 tonnes of pepper, a customs note dated March 14/2024 "
                    "said.")
    assert period(found["9,000 tonnes"]) != ("2024-01-01", "2024-12-31")


# --- reread: `during` is no event verb of an `after` adjunct -----------------------------------

def test_a_time_opened_by_during_after_an_event_noun_closes_the_figures_clause() -> None:
    found = _claims("Norway's salmon exports rose 9% to $4.2 billion after solid gains during "
                    "the first half of 2024.")
    for surface in ("9%", "$4.2 billion"):
        assert (found[surface].period_start, found[surface].period_end) == ("2024-01-01",
                                                                             "2024-06-30")
