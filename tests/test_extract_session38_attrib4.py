"""Attribution and modality rules of the thirty-eighth session's fourth round (2026-12-05), each
pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted
from tradetrace.model.claim import Claim

WHEN = date(2024, 6, 12)


def _claims(text: str) -> dict[str, Claim]:
    return extracted("Trade\n" + text, WHEN)


def test_a_past_figure_an_outlook_is_set_against_is_reported() -> None:
    """`expects ... this year, after X in 2022`, `plans to import ..., against X last year`,
    `on track to beat the X shipped in 2021`: the baseline happened; the outlook keeps its own
    modality, and so does a baseline that is itself an outlook (`against a X forecast for ...`)."""
    found = _claims("Ruritania expects rice exports of 340,000 tonnes this year, after 289,000 "
                    "tonnes in 2022.")
    assert found["340,000 tonnes"].modality == "forecast"
    assert found["289,000 tonnes"].modality == "reported"
    found = _claims("Ruritania plans to import 3 million tonnes of wheat from Canada, against "
                    "2.5 million tonnes last year.")
    assert found["3 million tonnes"].modality == "planned"
    assert found["2.5 million tonnes"].modality == "reported"
    found = _claims("Rice exports from Ruritania are on track to beat the 7.59 million tonnes "
                    "shipped in 2021.")
    assert found["7.59 million tonnes"].modality == "reported"
    found = _claims("Ruritania expects rice exports of 1.04 million tonnes this year, against a "
                    "950,000-tonne forecast for 2023.")
    assert found["1.04 million tonnes"].modality == "forecast"

