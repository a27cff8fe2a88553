"""Session 57, periods: each test pins one rule of the session on invented text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, period

_claims = extracted_on(date(2024, 11, 20))


def test_a_month_named_with_no_figure_inside_the_figures_span_leaves_the_span() -> None:
    found = _claims("Valdoria's cocoa bean shipments reached 412,000 tonnes over the "
                    "January-September stretch, the port authority said. Dockers walked out for "
                    "a week in June. Shipments to Freedonia came to 55,000 tonnes.")
    assert period(found["412,000 tonnes"]) == ("2024-01-01", "2024-09-30")
    assert period(found["55,000 tonnes"]) == ("2024-01-01", "2024-09-30")


def test_a_month_named_with_no_figure_after_a_span_only_named_dates_what_follows() -> None:
    # (the span in force was named in a sentence with no figure, so the month is no part of a
    # figures' span)
    found = _claims("Valdoria's cocoa trade slowed in January-September. Shipments picked up "
                    "in June. Sales to Freedonia came to 55,000 tonnes.")
    assert period(found["55,000 tonnes"]) == ("2024-06-01", "2024-06-30")


def test_a_month_beside_a_span_of_its_own_sentence_leaves_that_span_in_force() -> None:
    found = _claims("Valdoria exported 90,000 tonnes of barley in January-October, the ministry "
                    "said. The 2024/25 crop year began badly after frost in June. Sales to "
                    "Freedonia came to 12,000 tonnes.")
    assert period(found["12,000 tonnes"]) == ("2024-01-01", "2025-12-31")


def test_a_yearly_rate_in_the_present_simple_after_a_dated_clause_has_no_period() -> None:
    found = _claims("Valdoria sold 90,000 tons of barley abroad in October. Its barley exports "
                    "in 2023 came to 1.1 million tons, and Valdorian growers harvest close to 2 "
                    "million tons a year.")
    assert period(found["1.1 million tons"]) == ("2023-01-01", "2023-12-31")
    assert period(found["2 million tons a year"]) == (None, None)


def test_a_yearly_rate_in_the_past_tense_keeps_its_sentences_year() -> None:
    found = _claims("Valdoria sold 90,000 tons of barley abroad in October. Its barley exports "
                    "in 2023 came to 1.1 million tons, and Valdorian growers harvested close to "
                    "2 million tons a year.")
    assert period(found["2 million tons a year"]) == ("2023-01-01", "2023-12-31")
