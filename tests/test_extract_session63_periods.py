"""Session 63, periods: each test pins one rule of the session on invented text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, in_body, period

_claims = extracted_on(date(2025, 12, 1))


def test_may_after_a_possessive_before_goods_and_a_flow_noun_is_the_month() -> None:
    found = in_body("Kenya's May tea exports rose 8% to 51,000 tonnes, the board said.",
                    date(2025, 6, 20))
    assert period(found["8%"]) == ("2025-05-01", "2025-05-31")
    assert period(found["51,000 tonnes"]) == ("2025-05-01", "2025-05-31")
    found = in_body("Shipments were steady. Total May crude imports came to 4.1 million bpd.",
                    date(2025, 6, 20))
    assert period(found["4.1 million bpd"]) == ("2025-05-01", "2025-05-31")


def test_the_verb_may_is_no_month() -> None:
    found = in_body("Kenya's tea exports may rise 8% to 51,000 tonnes, the board said.",
                    date(2025, 6, 20))
    assert period(found["8%"]) == (None, None)

