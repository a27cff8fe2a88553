"""Modality and attribution rules of the forty-ninth session's modality round (2026-12-06), each
pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import in_body

WHEN = date(2024, 6, 12)


def _modality(text: str, surface: str) -> str:
    return in_body(text, WHEN)[surface].modality


def test_closing_estimates_noun_makes_the_figures_estimated() -> None:
    """A sentence closing on `according to estimates (by X)` or `(official) estimates (by X)
    show` gives the figures before it the estimate's modality; a sentence without it stays
    reported."""
    cases = {
        "Ghana's cashew exports rose 8% to 410,000 tonnes in 2023, according to estimates by "
        "the Cashew Traders' Union.": "410,000 tonnes",
        "Peru shipped 52,000 tonnes of avocados to Spain in the first quarter, according to "
        "industry estimates.": "52,000 tonnes",
        "Kenya's tea exports fell to 480,000 tonnes in 2023, official estimates show.":
            "480,000 tonnes",
        "Chile sold 1.2 million tonnes of copper to Japan last year, a preliminary estimate by "
        "the mining council shows; Peru sold less.": "1.2 million tonnes",
    }
    for text, surface in cases.items():
        assert _modality(text, surface) == "estimated", text
    assert _modality("Kenya's tea exports fell to 480,000 tonnes in 2023, official data show.",
                     "480,000 tonnes") == "reported"
