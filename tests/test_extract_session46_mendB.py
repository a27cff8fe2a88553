"""Session 46 review mends (mendB): ordinary news text that rules of the session over-read."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted
from tradetrace.model import Claim

_claims = extracted


def _period(claim: Claim) -> tuple[str | None, str | None]:
    return claim.period_start, claim.period_end


def test_a_forecast_month_without_a_year_and_no_past_time_is_the_coming_one() -> None:
    found = _claims("Exporters expect shipments to rise 10% in the fourth quarter.",
                    date(2024, 2, 1))
    assert _period(found["10%"]) == ("2024-10-01", "2024-12-31")
    found = _claims("The ministry forecast that coffee exports would reach 3 million bags in "
                    "November.", date(2024, 1, 15))
    assert _period(found["3 million bags"]) == ("2024-11-01", "2024-11-30")
    found = _claims("Exports are expected to reach 2 million tonnes in December.", date(2024, 2, 1))
    assert _period(found["2 million tonnes"]) == ("2024-12-01", "2024-12-31")
    # the rule's own case, with past time shown (`had pledged`), keeps the month just past
    found = _claims("In May, Kenya had pledged to ship 50,000 tonnes of tea to Egypt.",
                    date(2024, 7, 1))
    assert _period(found["50,000 tonnes"]) == ("2024-05-01", "2024-05-31")


def test_a_plan_with_a_horizon_of_its_own_does_not_take_the_plan_before() -> None:
    found = _claims("Vietnam expects rice exports to reach 7 million tonnes this year. Longer "
                    "term, exports are projected to double to 14 million tonnes.", date(2024, 5, 1))
    assert _period(found["7 million tonnes"]) == ("2024-01-01", "2024-12-31")
    assert _period(found["14 million tonnes"]) == (None, None)
    found = _claims("Moldova expects its walnut exports to reach 40,000 tonnes this year. Over "
                    "time, sales to France are projected to rise 12%.", date(2024, 7, 1))
    assert _period(found["12%"]) == (None, None)


def test_a_since_total_does_not_stop_at_a_day_of_another_year() -> None:
    found = _claims("Since the start of the year, exports reached 400,000 tonnes, compared with "
                    "550,000 tonnes by March 20 last year.", date(2024, 5, 20))
    assert _period(found["400,000 tonnes"]) == ("2024-01-01", "2024-05-31")
    found = _claims("Since the start of the year, exports reached 400,000 tonnes, compared with "
                    "550,000 tonnes by March 20 a year earlier.", date(2024, 5, 20))
    assert _period(found["400,000 tonnes"]) == ("2024-01-01", "2024-05-31")


def test_two_months_after_a_figure_are_no_first_months_of_the_year() -> None:
    found = _claims("Copper exports jumped 20% in two months as mines reopened.", date(2024, 5, 20))
    assert _period(found["20%"]) == (None, None)
    found = _claims("Freedonian tin shipments to Ruritania rose 14.2% in seven months, the agency "
                    "said.", date(2024, 8, 20))
    assert _period(found["14.2%"]) == ("2024-01-01", "2024-07-31")
