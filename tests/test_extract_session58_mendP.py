"""Session 58, mend P: the periods rules' over-reach the reviewers found, each pinned on an
invented sentence."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, period

_claims = extracted_on(date(2025, 6, 20))


def test_a_plan_over_the_period_of_its_own_span_keeps_no_period() -> None:
    found = _claims("Egypt bought 500,000 tonnes of wheat from Russia in March, traders said. "
                    "The state buyer plans to import 12 million tonnes over the period of its "
                    "new five-year plan.")
    assert period(found["12 million tonnes"]) == (None, None)


def test_a_forecast_over_the_period_ahead_keeps_no_period() -> None:
    found = _claims("Kazakhstan's exports to China rose 12% in January-April. Astana expects "
                    "exports to grow by 10% over the period ahead as new rail links open.")
    assert period(found["10%"]) == (None, None)


def test_a_period_pointer_past_a_semicolon_is_another_clauses() -> None:
    found = _claims("Iraq exported 3.3 million barrels per day in May. Baghdad targets exports "
                    "of 4 million bpd, though it gave no date; Kurdish flows will resume during "
                    "that period.")
    assert period(found["4 million bpd"]) == (None, None)


def test_a_period_pointer_opening_a_when_clause_dates_no_plan() -> None:
    found = _claims("Turkey's steel imports from China rose 9% in the first quarter. Ankara plans "
                    "to halve imports, officials said, without saying for the period when the "
                    "curbs take effect.")
    assert period(found["halve"]) == (None, None)


def test_a_target_for_the_period_before_its_figure_is_of_the_period() -> None:
    found = _claims("Valdoria's coffee shipments earned $1.2 billion from January through July "
                    "2025. Its planners' goal for the period stood at 150,000 tons of beans.")
    assert period(found["150,000 tons"]) == ("2025-01-01", "2025-07-31")


def test_a_from_span_clear_of_the_quarter_is_a_base_not_a_restatement() -> None:
    found = _claims("Exports to the US rose 8% in the first quarter, from October to December, "
                    "the data showed.")
    assert period(found["8%"]) == ("2025-01-01", "2025-03-31")


def test_a_part_of_a_named_year_restated_by_its_days_is_those_days() -> None:
    found = _claims("India's exports to Iran fell 10% in the first five months of the Iranian "
                    "year, March 21 to August 22, officials said.")
    assert period(found["10%"]) == ("2024-03-21", "2024-08-22")


def test_a_figure_in_the_when_aside_of_a_span_is_of_the_opening_period() -> None:
    found = _claims("Between last September, when Ukraine shipped 5 million tonnes of grain, and "
                    "the end of January, exports to Spain fell 20%.")
    assert period(found["5 million tonnes"]) == ("2024-09-01", "2024-09-30")
    assert period(found["20%"]) == ("2024-09-01", "2025-01-31")


def test_a_span_closed_through_the_end_of_a_month_runs_to_its_end() -> None:
    found = _claims("Brazil shipped 2 million tonnes of soy to China from the start of the "
                    "season in February through the end of May.")
    assert period(found["2 million tonnes"]) == ("2025-02-01", "2025-05-31")
