"""Modality rules of the forty-ninth session's second modality round (2026-12-06), each pinned by
invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import in_body

WHEN = date(2024, 7, 1)


def _modality(text: str, surface: str) -> str:
    return in_body(text, WHEN)[surface].modality


def test_a_cargo_whose_arrival_is_expected_is_a_forecast() -> None:
    """A figure in the subject of a cargo whose arrival is expected (`A cargo of ..., is expected
    to begin discharging`, `Two tankers ..., each holding ..., are expected in`) is a forecast;
    not when the figure has a predicate of its own before the expectation."""
    cases = {
        "A cargo of 1.8 million barrels of Angolan crude, the second under a supply pact between "
        "Luanda and Havana, is expected to begin discharging at Matanzas.": "1.8 million barrels",
        "Two tankers of Kuwaiti diesel, each holding 40,000 tons, are expected in Beirut early "
        "next week.": "40,000 tons",
    }
    for text, surface in cases.items():
        assert _modality(text, surface) == "forecast", text
    assert _modality("Russia shipped 70,000 tonnes of wheat to Cuba, where a further cargo is "
                     "expected in March.", "70,000 tonnes") == "reported"
    assert _modality("A first cargo of 25,000 tonnes of urea arrived in Corinto on May 1, and two "
                     "more are expected there soon.", "25,000 tonnes") == "reported"
