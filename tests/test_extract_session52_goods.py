"""Goods rules of the fifty-second session's goods round (2026-12-06), each pinned by invented
sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def test_fillets_and_cephalopods_are_seafood() -> None:
    """Bare `fillets` (`frozen fillets`, `chilled fillets`) and `cephalopods` in trade news are
    fish: seafood."""
    found = _claims("Ruritania's imports of chilled fillets slipped 7% to 1,654 tonnes in May, "
                    "customs data show.")
    assert found["1,654 tonnes"].commodity == "seafood"
    found = _claims("Cephalopods brought in $51 million for Ruritania last year, the fisheries "
                    "ministry said.")
    assert found["$51 million"].commodity == "seafood"
