"""Session 63, periods: each test pins one rule of the session on invented text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, in_body, period

_claims = extracted_on(date(2025, 12, 1))


def test_may_after_a_possessive_before_goods_and_a_flow_noun_is_the_month() -> None:
    found = in_body("Kenya's May tea exports rose 8% to 51,000 tonnes, the board said.",
                    date(2025, 6, 20))
    assert period(found["8%"]) == ("2025-05-01", "2025-05-31")
    assert period(found["51,000 tonnes"]) == ("2025-05-01", "2025-05-31")
    found = in_body("Shipments were steady. Total May crude imports came to 4.1 million bpd.",
                    date(2025, 6, 20))
    assert period(found["4.1 million bpd"]) == ("2025-05-01", "2025-05-31")


def test_the_verb_may_is_no_month() -> None:
    found = in_body("Kenya's tea exports may rise 8% to 51,000 tonnes, the board said.",
                    date(2025, 6, 20))
    assert period(found["8%"]) == (None, None)


def test_since_an_event_clause_dated_to_a_month_runs_from_that_month() -> None:
    found = _claims("Chile has shipped 48,000 tonnes of walnuts to Turkey since tariffs hit the "
                    "growers last April, the board said.")
    assert period(found["48,000 tonnes"]) == ("2025-04-01", "2025-12-31")
    found = _claims("Peru has sold 9,500 tonnes of quinoa to Brazil since February last year, "
                    "when the border reopened.")
    assert period(found["9,500 tonnes"]) == ("2024-02-01", "2025-12-31")
    found = _claims("Ghana has shipped 31,000 tonnes of cashew to Vietnam since late June, when "
                    "the harvest ended.")
    assert period(found["31,000 tonnes"]) == ("2025-06-01", "2025-12-31")


def test_since_an_event_clause_dated_day_first_runs_from_that_day() -> None:
    found = _claims("The line has carried 2.4 billion cubic metres of gas to Serbia since "
                    "deliveries began on 14 October 2023, the operator said.")
    assert period(found["2.4 billion cubic metres"]) == ("2023-10-14", "2025-12-31")


def test_a_since_clause_stops_at_a_month_and_a_figureless_one_frames_nothing() -> None:
    found = _claims("Japan took its first Peruvian copper since March 2022 in June, a cargo of "
                    "about 20,000 tonnes.")
    assert period(found["20,000 tonnes"]) == ("2025-06-01", "2025-06-30")
    found = _claims("Chile's walnut exports reached 9,000 tonnes in October. Demand has grown "
                    "since Turkey cut its duty in early March. Sales to Turkey came to 2,000 "
                    "tonnes.")
    assert period(found["2,000 tonnes"]) == ("2025-10-01", "2025-10-31")


def test_a_month_in_a_clause_without_since_is_that_month() -> None:
    found = _claims("The new mine opened its second shaft in March 2024 and sold 160,000 "
                    "tonnes of potash abroad.")
    assert period(found["160,000 tonnes"]) == ("2024-03-01", "2024-03-31")
    found = _claims("Peru's quinoa exports rose 7% from February last year.")
    assert period(found["7%"]) != ("2024-02-01", "2025-12-31")


def test_that_month_is_the_month_its_sentence_named_before() -> None:
    found = _claims("Chile's copper exports came to $4.1 billion in the first half. Trade slowed "
                    "after the port strike began in mid-August: shipments fell 12% that month "
                    "and 9% in September.")
    assert period(found["12%"]) == ("2025-08-01", "2025-08-31")
    assert period(found["9%"]) == ("2025-09-01", "2025-09-30")


def test_that_month_with_no_month_named_before_in_its_sentence_keeps_the_month_in_force() -> None:
    found = _claims("Chile shipped 120,000 tonnes of copper to Japan in October. Exports to "
                    "Korea that month came to 80,000 tonnes.")
    assert period(found["80,000 tonnes"]) == ("2025-10-01", "2025-10-31")


def test_a_goal_naming_no_time_of_its_own_has_no_period() -> None:
    found = _claims("Ecuador's cocoa exports rose 11% to 410,000 tonnes in 2024. Growers see "
                    "500,000 tonnes as the long-term goal.")
    assert period(found["410,000 tonnes"]) == ("2024-01-01", "2024-12-31")
    assert period(found["500,000 tonnes"]) == (None, None)
    found = _claims("Ecuador's cocoa exports reached 410,000 tonnes in 2024, while 500,000 tonnes "
                    "remains the goal.")
    assert period(found["500,000 tonnes"]) == (None, None)
    found = _claims("Ecuador's cocoa exports reached 410,000 tonnes in 2024. Japan bought 2% of "
                    "them for $250 million; the growers' aim is to lift it to $400 million.")
    assert period(found["$250 million"]) == ("2024-01-01", "2024-12-31")
    assert period(found["$400 million"]) == (None, None)


def test_a_goal_with_a_time_of_its_own_or_measured_against_keeps_a_period() -> None:
    found = _claims("Ecuador's cocoa exports reached 410,000 tonnes in 2024, clearing a "
                    "390,000-tonne target the board had fixed for that year.")
    assert period(found["390,000-tonne"]) == ("2024-01-01", "2024-12-31")
    found = _claims("Ecuador's cocoa exports reached 410,000 tonnes in 2024, above last year's "
                    "target of 390,000 tonnes.")
    assert period(found["390,000 tonnes"]) == ("2024-01-01", "2024-12-31")
    found = _claims("Ecuador's cocoa exports reached 410,000 tonnes in 2024. Bean sales to "
                    "Japan rose 4% to 52,000 tonnes, still short of the board's 60,000-tonne "
                    "goal.")
    assert period(found["60,000-tonne"]) == ("2024-01-01", "2024-12-31")


def test_a_forecast_for_the_year_is_of_the_year_a_part_of_which_is_in_force() -> None:
    found = _claims("Tunisia's date exports reached 118,000 tonnes in January-November 2024. "
                    "If December holds steady, the year's total will exceed 130,000 tonnes.",
                    date(2025, 1, 14))
    assert period(found["130,000 tonnes"]) == ("2024-01-01", "2024-12-31")


def test_a_forecast_for_the_year_after_a_whole_year_in_force_is_not_that_year() -> None:
    found = _claims("Tunisia's date exports reached 129,000 tonnes in 2024. The ministry "
                    "sees the year's total topping 140,000 tonnes.", date(2025, 1, 14))
    assert period(found["140,000 tonnes"]) != ("2024-01-01", "2024-12-31")


def test_figures_of_the_months_in_force_a_year_back_leave_those_months_in_force() -> None:
    found = _claims("Chile's salmon sales to Japan fell 12% to $90 million in October. Trout, "
                    "worth $14 million in October last year, was missing from the tally. "
                    "Sales to Brazil rose 5% to $40 million.")
    assert period(found["$14 million"]) == ("2024-10-01", "2024-10-31")
    assert period(found["$40 million"]) == ("2025-10-01", "2025-10-31")


def test_figures_of_another_month_move_the_months_in_force() -> None:
    found = _claims("Chile's salmon sales to Japan fell 12% to $90 million in October. Trout "
                    "brought in $14 million in September. Sales to Brazil came to $40 million.")
    assert period(found["$40 million"]) == ("2025-09-01", "2025-09-30")


def test_a_sentence_opening_on_the_months_a_year_back_moves_the_report_to_them() -> None:
    found = _claims("Peru supplied 8% of the ore Japan bought in January-September. In the first "
                    "nine months of 2024, Peru supplied 6% of it. Chile was then the leading "
                    "source with 41%.")
    assert period(found["6%"]) == ("2024-01-01", "2024-09-30")
    assert period(found["41%"]) == ("2024-01-01", "2024-09-30")
