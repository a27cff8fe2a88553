"""Session 58, modality: each test pins one rule of the session on invented text (one where the
rule applies, one near-miss where it must not)."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_ON = date(2025, 6, 1)


_by_surface = extracted_on(_ON)


# A past figure after a multiple or part of it (`half of the`, `double the`) is the baseline an
# outlook is set against: reported; so is one a verb of earning closes (`earned by`).

def test_a_past_figure_after_half_of_the_is_a_reported_baseline() -> None:
    found = _by_surface("Chile is expected to ship only 3 million tonnes of copper concentrate "
                        "in 2026, less than half of the 6.2 million tonnes exported in 2024, the "
                        "ministry said.")
    assert found["6.2 million tonnes"].modality == "reported"
    assert found["3 million tonnes"].modality == "forecast"


def test_a_past_sum_earned_is_a_reported_baseline() -> None:
    found = _by_surface("Ghana expects cocoa earnings of $2 billion this year, above the "
                        "$1.6 billion earned by the 2024 crop.")
    assert found["$1.6 billion"].modality == "reported"
    assert found["$2 billion"].modality == "forecast"


def test_a_figure_after_twice_the_that_is_itself_an_outlook_stays_one() -> None:
    found = _by_surface("Oman expects gas exports to climb to 14 million tonnes by 2028, twice "
                        "the 7 million tonnes forecast for 2026.")
    assert found["7 million tonnes"].modality == "forecast"
