"""Session 63, reread mends of the goal patterns in `extract/claim_periods.py` (phrases invented):
each test fails on the patterns before the mend."""

from __future__ import annotations

from tradetrace.extract.claim_periods import _GOAL_BEFORE, _GOAL_TIME


def test_the_aim_to_reach_a_figure_reads_as_a_goal_before_it() -> None:
    assert _GOAL_BEFORE.search("The aim is to reach ") is not None
    assert _GOAL_BEFORE.search("The aim is to lift that to ") is not None


def test_the_verb_may_is_no_time_of_a_goal_but_the_month_is() -> None:
    assert _GOAL_TIME.search("the target may prove hard") is None
    assert _GOAL_TIME.search("the target for May") is not None
