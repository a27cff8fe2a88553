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
