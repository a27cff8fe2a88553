"""Rules of the ninth session of 2026-12-01, each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted

MAY_2016 = date(2016, 5, 3)


def test_a_share_above_an_old_level_is_a_rise_and_leaves_the_period_in_force() -> None:
    """`The total was 25 percent above the $640 million posted a year earlier`: a rise of the
    quarter in force, and the old level's year is no period the next sentences go on with."""
    found = extracted("Vietnam's rice exports to the Philippines hit $800 million in "
                      "January-March. The total was 25 percent above the $640 million posted a "
                      "year earlier. Shipments to Indonesia grew 12 percent to $210 million.",
                      MAY_2016)
    rise = found["25 percent"]
    assert (rise.kind, rise.direction) == ("change", "up")
    assert (rise.period_start, rise.period_end) == ("2016-01-01", "2016-03-31")
    assert found["$640 million"].period_start == "2015-01-01"
    later = found["$210 million"]
    assert (later.period_start, later.period_end) == ("2016-01-01", "2016-03-31")


def test_the_period_after_the_old_level_a_change_is_compared_with_is_that_levels() -> None:
    """`the 2015 figure was about two-thirds below the $90 million recorded for 2008`: the fall
    is of 2015 (`the 2015 figure` is the subject, no comparison base), 2008 the old level's."""
    found = extracted("Thai sugar sales to Cambodia reached $30 million in 2015. Even so, the "
                      "2015 figure was about two-thirds below the $90 million recorded for 2008.",
                      MAY_2016)
    fall = found["two-thirds"]
    assert (fall.kind, fall.direction) == ("change", "down")
    assert (fall.period_start, fall.period_end) == ("2015-01-01", "2015-12-31")
    assert found["$90 million"].period_start == "2008-01-01"


def test_a_year_figure_put_at_an_amount_dates_it() -> None:
    """`had put the 2004 figure at an estimated $210 million`: that year's level."""
    found = extracted("Thai sugar sales to Cambodia reached $30 million in 2015. The ministry "
                      "had put the 2009 figure at an estimated $12 million.", MAY_2016)
    old = found["$12 million"]
    assert (old.period_start, old.period_end) == ("2009-01-01", "2009-12-31")
