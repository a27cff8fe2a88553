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


def test_meat_fillets_are_no_seafood() -> None:
    """A bare `fillet(s)` with meat or poultry within two words before it, or a steak after it,
    is the cut of meat (`chicken fillet exports`, `beef fillets`, `Fillet steak`), while bare
    `chilled fillets` and fish-named fillets stay seafood."""
    found = _claims("Brazil's chicken fillet exports to Japan rose 8% to $1.2 billion in 2023.")
    assert found["$1.2 billion"].commodity == "food"
    found = _claims("Argentina exported 12,000 tonnes of beef fillets to Israel in 2023, worth "
                    "$140 million.")
    assert found["12,000 tonnes"].commodity == "food"
    assert found["$140 million"].commodity == "food"
    found = _claims("Beef fillets worth $30 million were shipped from Uruguay to Israel in "
                    "March.")
    assert found["$30 million"].commodity == "food"
    found = _claims("Fillet steak exports from Ireland to Britain rose 5% in 2023.")
    assert found["5%"].commodity is None
    found = _claims("Norway exported 20,000 tonnes of fillets to Poland in 2023, worth $140 "
                    "million.")
    assert found["$140 million"].commodity == "seafood"
    found = _claims("Vietnam's exports of pangasius fillets to the US rose 10% to $200 million "
                    "in 2023.")
    assert found["$200 million"].commodity == "seafood"
