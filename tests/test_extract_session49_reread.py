"""Session 49, reread: a rule whose pattern was shadowed by a later constant of the same name."""

from __future__ import annotations

from datetime import date

from claim_helpers import in_body


def test_a_move_by_a_percent_instead_of_another_is_a_change_not_a_rate_pair() -> None:
    """`rose by 3% instead of 5%`: `by` before the pair makes it a move by a percent (kinds'
    `_BY_BEFORE_PAIR`; a later `_MOVED_BY` of another meaning had shadowed it, so the pair was
    read as a rate's old and new values and dropped)."""
    found = in_body("Export growth slowed as shipments rose by 3% instead of 5% a year earlier.",
                    date(2024, 6, 20))
    assert (found["3%"].kind, found["3%"].direction) == ("change", "up")
