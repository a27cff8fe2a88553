"""Session 60, reread fixes (rrA): each test pins one mended slip on invented text and fails
without its mend."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2030, 3, 12))


def test_used_to_right_after_the_figures_of_phrase_is_a_purpose() -> None:
    found = _claims("Ghana sold 640,000 tonnes of cassava in 2028. Nigeria bought 210,000 "
                    "tonnes of cassava used to brew lager.")
    period = found["210,000 tonnes"]
    assert (period.period_start, period.period_end) == ("2028-01-01", "2028-12-31")


def test_used_to_after_a_subject_is_still_a_past_habit() -> None:
    found = _claims("Ghana sold 640,000 tonnes of cassava in 2028. Nigeria bought 210,000 "
                    "tonnes of cassava Benin used to brew into lager.")
    assert found["210,000 tonnes"].period_start is None
