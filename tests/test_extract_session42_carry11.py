"""Claim-stage rules of the forty-second session's eleventh carry round (2026-12-05), each
pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import in_body


def _claim_modality(text: str, surface: str, published: date) -> str:
    return in_body(text, published)[surface].modality


def test_a_figure_put_at_for_a_period_still_to_end_is_a_forecast() -> None:
    """A body putting a figure at an amount for a year or season that ends after the
    publication date forecasts it; the same wording for a period over reports it."""
    ahead = ("Chile's salmon sales rose in 2023. The council puts salmon exports for 2025 at "
             "910,000 tonnes, the trade body said.")
    assert _claim_modality(ahead, "910,000 tonnes", date(2024, 10, 2)) == "forecast"
    assert _claim_modality("Shipments of Chilean salmon abroad are put at 880,000 tonnes in "
                           "2025.", "880,000 tonnes", date(2024, 10, 2)) == "forecast"
    over = ("The council puts salmon exports for 2023 at 910,000 tonnes, the trade body said.")
    assert _claim_modality(over, "910,000 tonnes", date(2024, 10, 2)) == "reported"


def test_a_figure_put_at_for_the_running_month_or_an_undated_span_stays_reported() -> None:
    """The running tally of the month of publication, and a figure whose sentence names no
    year or season, are no outlook."""
    month = "Tanker trackers put October arrivals of Iraqi crude in Turkey at 310,000 bpd."
    assert _claim_modality(month, "310,000 bpd", date(2024, 10, 20)) == "reported"
    undated = ("Kenyan tea sales to Pakistan rose in 2024. A broker in Mombasa put the shipments "
               "at 4,000 tonnes in just ten days.")
    assert _claim_modality(undated, "4,000 tonnes", date(2024, 10, 20)) == "reported"
