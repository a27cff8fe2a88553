"""Period expressions resolved to first and last days against a publication date."""

from __future__ import annotations

from datetime import date

import pytest

from tradetrace.normalize.periods import (
    Period,
    find_periods,
    half,
    month,
    month_year,
    months,
    quarter,
    resolve_period,
    shift_years,
    year,
)

FEB_2025 = date(2025, 2, 19)
MAY_2014 = date(2014, 5, 14)
JAN_2024 = date(2024, 1, 10)


def iso(period: Period | None) -> tuple[str, str] | None:
    return period.iso() if period else None


def test_calendar_spans_handle_month_ends_and_leap_years() -> None:
    assert month(2024, 2).iso() == ("2024-02-01", "2024-02-29")
    assert month(2023, 2).iso() == ("2023-02-01", "2023-02-28")
    assert month(2025, 4).end == date(2025, 4, 30)
    assert quarter(2024, 3).iso() == ("2024-07-01", "2024-09-30")
    assert quarter(2024, 1).iso() == ("2024-01-01", "2024-03-31")
    assert half(2024, 2).iso() == ("2024-07-01", "2024-12-31")
    assert year(2013).iso() == ("2013-01-01", "2013-12-31")
    assert months(2024, 11, 2025, 2).iso() == ("2024-11-01", "2025-02-28")


def test_shift_years_keeps_month_ends() -> None:
    assert shift_years(month(2024, 2), -1).iso() == ("2023-02-01", "2023-02-28")
    assert shift_years(month(2023, 2), 1).iso() == ("2024-02-01", "2024-02-29")
    assert shift_years(year(2013), -1) == year(2012)


@pytest.mark.parametrize(
    ("month_", "reference", "future", "expected"),
    [
        (3, FEB_2025, True, 2025),   # planned for March, written in February
        (3, FEB_2025, False, 2024),  # happened in March, written in February: last March
        (2, FEB_2025, False, 2025),  # the publication month itself
        (1, FEB_2025, True, 2026),   # plans for a January already past: next January
        (12, JAN_2024, False, 2023),  # a December named in a January article
    ],
)
def test_month_year(month_: int, reference: date, future: bool, expected: int) -> None:
    assert month_year(month_, reference, future) == expected


@pytest.mark.parametrize(
    ("text", "reference", "future", "expected"),
    [
        ("last year", MAY_2014, False, ("2013-01-01", "2013-12-31")),
        ("Last year, Russia", MAY_2014, False, ("2013-01-01", "2013-12-31")),
        ("this year", FEB_2025, False, ("2025-01-01", "2025-12-31")),
        ("next year", FEB_2025, True, ("2026-01-01", "2026-12-31")),
        ("in 2012", MAY_2014, False, ("2012-01-01", "2012-12-31")),
        ("between February and June", FEB_2025, True, ("2025-02-01", "2025-06-30")),
        ("Between November and February", FEB_2025, True, ("2025-11-01", "2026-02-28")),
        ("between November and February", FEB_2025, False, ("2024-11-01", "2025-02-28")),
        ("January-May 2024", FEB_2025, False, ("2024-01-01", "2024-05-31")),
        ("January–May", MAY_2014, False, ("2014-01-01", "2014-05-31")),
        ("from January to March 2024", FEB_2025, False, ("2024-01-01", "2024-03-31")),
        ("starting in February", FEB_2025, True, ("2025-02-01", "2025-12-31")),
        ("from February", FEB_2025, True, ("2025-02-01", "2025-12-31")),
        ("in March", FEB_2025, True, ("2025-03-01", "2025-03-31")),
        ("in March", FEB_2025, False, ("2024-03-01", "2024-03-31")),
        ("March 2024", FEB_2025, False, ("2024-03-01", "2024-03-31")),
        ("H1 2024", FEB_2025, False, ("2024-01-01", "2024-06-30")),
        ("in the first half of 2023", FEB_2025, False, ("2023-01-01", "2023-06-30")),
        ("the first half of the year", FEB_2025, True, ("2025-01-01", "2025-06-30")),
        ("Q3 2024", FEB_2025, False, ("2024-07-01", "2024-09-30")),
        ("the third quarter", MAY_2014, False, ("2013-07-01", "2013-09-30")),
        ("the first quarter", MAY_2014, False, ("2014-01-01", "2014-03-31")),
        ("the first five months of 2024", FEB_2025, False, ("2024-01-01", "2024-05-31")),
        ("from 2012 to 2014", FEB_2025, False, ("2012-01-01", "2014-12-31")),
        ("2016-18", FEB_2025, False, ("2016-01-01", "2018-12-31")),
        ("this month", FEB_2025, False, ("2025-02-01", "2025-02-28")),
        ("last month", date(2024, 3, 5), False, ("2024-02-01", "2024-02-29")),
        ("last month", JAN_2024, False, ("2023-12-01", "2023-12-31")),
    ],
)
def test_resolve_period(
    text: str, reference: date, future: bool, expected: tuple[str, str]
) -> None:
    assert iso(resolve_period(text, reference, future)) == expected


@pytest.mark.parametrize(
    "text",
    ["Resolution 2397", "the ports may not open", "on May 25, 2009", "Feb. 8", "Oct. 9, 2006",
     "Posted May. 14, 2014", "160,000 tons"],
)
def test_dates_resolutions_and_numbers_are_not_periods(text: str) -> None:
    assert resolve_period(text, FEB_2025) is None


def test_find_periods_marks_comparisons_and_dates() -> None:
    text = ("Moscow cut oil exports by 56.7 percent year on year in 2007 after the test on "
            "Oct. 9, 2006, and exports over the same period rose from the previous year.")
    found = [(m.surface, m.relation) for m in find_periods(text, MAY_2014)]
    assert found == [("year on year", "previous"), ("in 2007", "period"),
                     ("Oct. 9, 2006", "date"), ("over the same period", "same"),
                     ("the previous year", "previous")]
    first = find_periods(text, MAY_2014)[1]
    assert text[first.start:first.end] == "in 2007"


def test_possessive_year_is_a_period() -> None:
    mention = find_periods("to triple last year’s resource deals", FEB_2025)[0]
    assert mention.surface == "last year’s"
    assert iso(mention.period) == ("2024-01-01", "2024-12-31")


def test_since_a_year_runs_to_the_publication_month() -> None:
    assert iso(resolve_period("since 2019", date(2023, 3, 1))) == ("2019-01-01", "2023-03-31")
