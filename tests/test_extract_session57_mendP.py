"""Session 57, mend P: a part of the figures' span named with no figure is what the next
sentence points back to (`the same month`, `during the quarter`, `from a month earlier`)."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, period

_claims = extracted_on(date(2025, 6, 1))


def test_the_same_month_after_a_month_named_inside_the_span_is_that_month() -> None:
    found = _claims("Vietnam's rice exports came to 6.2 million tonnes over January-September, "
                    "customs data showed. Exporters struggled in June as freight rates spiked. In "
                    "the same month, sales to the Philippines fell to 180,000 tonnes.")
    assert period(found["6.2 million tonnes"]) == ("2024-01-01", "2024-09-30")
    assert period(found["180,000 tonnes"]) == ("2024-06-01", "2024-06-30")


def test_during_the_quarter_after_a_quarter_named_inside_the_year_is_that_quarter() -> None:
    found = _claims("Kenya exported 560,000 tonnes of tea in 2024, the tea board said. Prices "
                    "slumped in the fourth quarter. Exports to Pakistan during the quarter came "
                    "to 40,000 tonnes.")
    assert period(found["40,000 tonnes"]) == ("2024-10-01", "2024-12-31")


def test_those_two_months_after_two_months_named_inside_the_year_are_those_months() -> None:
    found = _claims("Colombia's coffee exports rose 20% to 12 million bags in 2024. Rains hit "
                    "the harvest in October and November. Sales to the US in those two months "
                    "were 600,000 bags.")
    assert period(found["600,000 bags"]) == ("2024-10-01", "2024-11-30")


def test_a_month_earlier_after_a_month_named_inside_the_span_steps_from_that_month() -> None:
    found = _claims("Vietnam's rice exports came to 6.2 million tonnes over January-September, "
                    "customs data showed. Floods hit the Mekong delta in July. Shipments to "
                    "Indonesia slumped 40% from a month earlier.")
    assert period(found["40%"]) == ("2024-07-01", "2024-07-31")


def test_a_figure_with_no_pointer_after_the_part_keeps_the_span() -> None:
    found = _claims("Vietnam's rice exports came to 6.2 million tonnes over January-September, "
                    "customs data showed. Exporters struggled in June as freight rates spiked. "
                    "Sales to the Philippines came to 180,000 tonnes.")
    assert period(found["180,000 tonnes"]) == ("2024-01-01", "2024-09-30")
