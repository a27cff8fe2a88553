"""Session 55, the reread of the whole change: each test pins a slip the readers found and fails
on the code before its mend."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2025, 6, 1))


def test_a_total_by_end_month_keeps_the_latest_year_after_an_earlier_one() -> None:
    found = _claims("Copper exports fell 5% to 2 million tonnes in 2024. Shipments to Japan "
                    "jumped 23.1% by end-April.")
    claim = found["23.1%"]
    assert (claim.period_start, claim.period_end) == ("2025-01-01", "2025-04-30")


def test_a_record_of_a_season_ending_in_the_publication_year_is_no_past_record() -> None:
    found = _claims("Coffee exports could beat its 2024/25 record of 1.03 million bags.")
    assert found["1.03 million bags"].modality == "forecast"


def test_a_record_of_a_season_ended_before_publication_is_reported() -> None:
    found = _claims("Coffee exports could beat its 2023/24 record of 1.03 million bags.")
    assert found["1.03 million bags"].modality == "reported"


def test_a_capitalised_record_set_in_a_past_season_is_reported() -> None:
    found = _claims("Coffee exports could beat the Record of 1.03 million bags set in 2020/21.")
    assert found["1.03 million bags"].modality == "reported"


def test_an_estimate_closing_on_a_lower_case_day_governs_the_figures() -> None:
    found = _claims("Coffee exports fell 2% to 1.03 million bags, exporters estimated on monday.")
    assert found["1.03 million bags"].modality == "estimated"


def test_goods_in_eed_after_as_are_the_goods_form() -> None:
    found = _claims("Ukraine exported 300,000 tonnes to Poland as maize seed.")
    assert found["300,000 tonnes"].commodity == "corn"
