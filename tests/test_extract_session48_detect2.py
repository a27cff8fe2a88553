"""Session 48, second pass on which figures are claims: each test pins one rule of the session
on invented text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def test_a_move_ending_at_a_price_per_unit_is_no_claim() -> None:
    found = _claims("Uruguay's butter exports rose 8% to 41,000 tonnes in 2023. At the latest "
                    "auction butter gained 3.4 per cent to an average of US$5,120 a tonne, and "
                    "cheddar slipped 1.2% to $4,310 per tonne.")
    assert found["8%"].kind == "change"
    assert "3.4 per cent" not in found
    assert "1.2%" not in found


def test_a_change_sized_for_a_price_named_as_its_subject_is_no_claim() -> None:
    found = _claims("Chile's copper exports rose 6% to 410,000 tonnes in May, though the copper "
                    "price on the Shanghai Futures Exchange slipped 3.5 percent. The average "
                    "price the miners obtained slid 7% over the quarter.")
    assert found["6%"].kind == "change"
    assert "3.5 percent" not in found
    assert "7%" not in found
    found = _claims("Kenyan tea prices rose as exports jumped 14% in March.")
    assert found["14%"].kind == "change"
