"""Session 47 (plans, forecasts and quotas): each test pins one rule of the session on invented
text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2025, 6, 10))


def test_a_forecast_after_a_sentence_mixing_report_and_forecast_takes_the_forecast_period(
) -> None:
    found = _claims("Brazil shipped 4.2 million tons of soybeans to China in the first quarter of "
                    "2025, and the association projects about 15.5 million tons for the full "
                    "year. Argentina, by comparison, is expected to ship 8.9 million tons.")
    assert found["4.2 million tons"].period_end == "2025-03-31"
    assert (found["8.9 million tons"].period_start,
            found["8.9 million tons"].period_end) == ("2025-01-01", "2025-12-31")
    # (a report after it is still dated by the report's period in force, not the forecast's)
    found = _claims("Brazil shipped 4.2 million tons of soybeans to China in the first quarter of "
                    "2025, and the association projects about 15.5 million tons for the full "
                    "year. Argentina shipped 1.1 million tons.")
    assert found["1.1 million tons"].period_end == "2025-03-31"


def test_the_years_total_in_a_forecast_is_the_year_the_report_in_force_is_part_of() -> None:
    found = _claims("Ghana's cocoa shipments to Malaysia reached 8,700 tons in January-May. At "
                    "this pace the year's shipments may top 20,000 tons.")
    assert (found["20,000 tons"].period_start,
            found["20,000 tons"].period_end) == ("2025-01-01", "2025-12-31")
    assert found["8,700 tons"].period_end == "2025-05-31"
