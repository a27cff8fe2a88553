"""Session 57, the reread's mends: each test fails on the code before its mend."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2025, 6, 1))


def test_a_share_of_declared_export_sales_is_no_plan() -> None:
    found = _claims("Millers have shipped 310,000 tonnes, or 70% of declared export sales were "
                    "loaded by April.")
    assert found["70%"].modality == "reported"


def test_last_years_targets_of_name_no_recorded_baseline() -> None:
    found = _claims("Korea plans to buy 60,000 tonnes this year, above last year's targets of "
                    "55,000 tonnes.")
    assert found["55,000 tonnes"].modality != "reported"


def test_a_capitalised_name_in_ed_does_not_stop_a_headline_seen() -> None:
    found = _claims("Vietnamese coffee exports seen rising to the United Kingdom at 90,000 tonnes "
                    "in 2025")
    assert found["90,000 tonnes"].modality == "forecast"


def test_a_year_ago_base_does_not_point_back_to_a_part_named_before() -> None:
    found = _claims("Hop exports reached $1.4 billion in January-May. Growers had to halt in "
                    "March. Shipments to Japan came to 90,000 tonnes, up 4% from the same month "
                    "last year.")
    claim = found["90,000 tonnes"]
    assert (str(claim.period_start), str(claim.period_end)) == ("2025-01-01", "2025-05-31")


def test_a_month_earlier_still_points_back_to_the_part() -> None:
    found = _claims("Hop exports reached $1.4 billion in January-May. Growers had to halt in "
                    "March. Shipments to Japan fell 6% from a month earlier.")
    claim = found["6%"]
    assert (str(claim.period_start), str(claim.period_end)) == ("2025-03-01", "2025-03-31")
