"""Review mends of the fifty-second session's goods rules (2026-12-06): ordinary news sentences
the rules over-reached on, each pinned to its output before the rule."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 5, 1))


def test_exports_with_fuel_opening_a_sentence_count_the_fuel() -> None:
    """`Exports with fuel grew` opening a sentence is the total's figure, like lower-case
    `Greek exports with fuel grew`."""
    found = _claims("Exports with fuel grew 13% to 4 billion euros in March, Greece's statistics "
                    "office said.")
    assert found["13%"].commodity == "trade"
    assert found["4 billion euros"].commodity == "trade"
    found = _claims("Greek exports with fuel grew 13% to 4 billion euros in March, Greece's "
                    "statistics office said.")
    assert found["4 billion euros"].commodity == "trade"
    found = _claims("Russia supplied Ruritania with fuel worth $30 million in May.")
    assert found["$30 million"].commodity == "oil"

