"""Period expressions resolved to first and last days against a publication date."""

from __future__ import annotations

from datetime import date

import pytest

from tradetrace.normalize.periods import (
    FiscalStart,
    Period,
    find_periods,
    fiscal_year_start,
    half,
    month,
    month_year,
    months,
    quarter,
    resolve_period,
    shift_years,
    step_back,
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


AUG_2021 = date(2021, 8, 2)


@pytest.mark.parametrize(
    ("text", "reference", "future", "expected"),
    [
        ("between March 3 and June 17", AUG_2021, False, ("2021-03-03", "2021-06-17")),
        ("from Dec. 20 to Jan. 5.", date(2021, 2, 1), False, ("2020-12-20", "2021-01-05")),
        ("on Aug. 9-11, 2019", AUG_2021, False, ("2019-08-09", "2019-08-11")),
        ("in the 12 months to June 30, 2021", AUG_2021, False, ("2020-07-01", "2021-06-30")),
        ("in the six months to June", AUG_2021, False, ("2021-01-01", "2021-06-30")),
        ("the three months ending in March 2024", AUG_2021, False, ("2024-01-01", "2024-03-31")),
        ("in the eleven months through November", AUG_2021, False, ("2020-01-01", "2020-11-30")),
        ("the year ending in September", date(2020, 11, 3), False, ("2019-10-01", "2020-09-30")),
        ("since the invasion", date(2022, 6, 15), False, ("2022-02-24", "2022-06-30")),
        ("since April", date(2023, 9, 10), False, ("2023-04-01", "2023-09-30")),
        ("starting in April", date(2023, 9, 10), False, ("2023-04-01", "2023-09-30")),
        ("starting in April", date(2023, 2, 10), True, ("2023-04-01", "2023-12-31")),
        ("for the year", AUG_2021, False, ("2021-01-01", "2021-12-31")),
        ("in 2016-17, officials said", AUG_2021, False, ("2016-01-01", "2017-12-31")),
    ],
)
def test_resolve_day_ranges_trailing_years_events_and_open_periods(
    text: str, reference: date, future: bool, expected: tuple[str, str]
) -> None:
    assert iso(resolve_period(text, reference, future)) == expected


def test_a_day_after_as_of_is_a_date_not_a_month() -> None:
    found = find_periods("stocks stood at 40,000 tonnes as of Oct. 12", AUG_2021)
    assert [(m.surface, m.relation) for m in found] == [("Oct. 12", "date")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pakistan's July-June fiscal year", 7),
        ("the fiscal year (October-September)", 10),
        ("in the fiscal year that ended in June", 7),
        ("the financial year beginning on 1 April", 4),
        ("in fiscal year 2019", None),
        ("imports rose from April to March", None),
        ("the 2023/24 agricultural year, which ran from July to June", 7),
        ("the marketing year that began in July", 7),
        ("$49.36 billion in the whole of 2022-23 (April-March)", 4),
        ("$2 billion in 2022-23 (April-June)", None),
    ],
)
def test_fiscal_year_start_only_when_the_months_are_written(
        text: str, expected: int | None) -> None:
    assert fiscal_year_start(text) == (None if expected is None else FiscalStart(expected))


def test_year_pairs_name_fiscal_years_once_the_start_month_is_known() -> None:
    def spans(text: str, start: int | None) -> list[tuple[str, str] | None]:
        return [iso(m.period) for m in find_periods(text, AUG_2021, False,
                                                    FiscalStart(start) if start else None)]

    assert spans("cotton imports in 2016-17 and in 2018/19", 7) == [
        ("2016-07-01", "2017-06-30"), ("2018-07-01", "2019-06-30")]
    assert spans("the 2019-2020 financial year", 10) == [("2019-10-01", "2020-09-30")]
    assert spans("fiscal 2018", 10) == [("2017-10-01", "2018-09-30")]
    assert spans("from 2012 to 2015", 7) == [("2012-01-01", "2015-12-31")]


@pytest.mark.parametrize(
    ("text", "future", "surface", "relation"),
    [
        ("the most since 2015", False, "since 2015", "previous"),
        ("its biggest monthly haul since March", False, "since March", "previous"),
        ("up 12 percent from August", False, "from August", "previous"),
        ("will buy wheat from August", True, "from August", "period"),
        ("in the preceding financial year", False, "the preceding financial year", "previous"),
    ],
)
def test_comparison_bases(text: str, future: bool, surface: str, relation: str) -> None:
    found = [(m.surface, m.relation) for m in find_periods(text, AUG_2021, future)]
    assert found == [(surface, relation)]


def test_month_and_year_after_since_and_two_digit_tails() -> None:
    found = find_periods("the fewest since December 1969.", AUG_2021)
    assert [(m.surface, m.relation) for m in found] == [("since December 1969", "previous")]
    found = find_periods("from 20 mpg in 2008 to 29 mpg in 2020", AUG_2021)
    assert [m.surface for m in found] == ["in 2008", "in 2020"]
    assert iso(resolve_period("for the year ending Oct. 31.", AUG_2021)) == (
        "2019-11-01", "2020-10-31")


@pytest.mark.parametrize(
    ("text", "reference", "future", "expected"),
    [
        ("during the January-to-March period", date(2023, 6, 20), False,
         ("2023-01-01", "2023-03-31")),
        ("the April-March fiscal year", date(2023, 6, 20), True, ("2023-04-01", "2024-03-31")),
        ("between May and September", date(2023, 6, 20), True, ("2023-05-01", "2023-09-30")),
        ("between October and March", date(2024, 1, 5), True, ("2023-10-01", "2024-03-31")),
    ],
)
def test_a_planned_span_under_way_is_the_current_one(
    text: str, reference: date, future: bool, expected: tuple[str, str]
) -> None:
    assert iso(resolve_period(text, reference, future)) == expected


def test_step_back_by_the_comparison_named() -> None:
    assert step_back(month(2024, 3), "a month earlier") == month(2024, 2)
    assert step_back(month(2024, 3), "month-on-month") == month(2024, 2)
    assert step_back(month(2024, 1), "the previous month") == month(2023, 12)
    assert step_back(month(2024, 3), "a year earlier") == month(2023, 3)
    assert find_periods("up 4% from the previous month", AUG_2021)[0].relation == "previous"


def test_the_following_year_is_the_year_after_the_last_whole_year_named() -> None:
    found = find_periods("sold 40 tonnes in 2016, before the March 2017 ban cut sales to 5 "
                         "tonnes the following year", AUG_2021)
    assert [(m.surface, iso(m.period)) for m in found][-1] == (
        "the following year", ("2017-01-01", "2017-12-31"))
    assert find_periods("a year later", AUG_2021)[0].period is None


def test_a_hyphenated_half_or_quarter_before_a_noun_is_a_period() -> None:
    assert iso(resolve_period("first-half exports", AUG_2021)) == ("2021-01-01", "2021-06-30")
    assert iso(resolve_period("second-quarter sales", AUG_2021)) == ("2021-04-01", "2021-06-30")


@pytest.mark.parametrize(("phrase", "published", "start", "expected"), [
    ("in the current financial year", date(2025, 4, 10), 4, (date(2025, 4, 1), date(2026, 3, 31))),
    ("in the new season", date(2024, 7, 3), 7, (date(2024, 7, 1), date(2025, 6, 30))),
    ("in the new season", date(2024, 3, 3), 7, (date(2024, 7, 1), date(2025, 6, 30))),
    ("in the next marketing year", date(2024, 9, 12), 9, (date(2025, 9, 1), date(2026, 8, 31))),
])
def test_the_current_or_new_fiscal_year_once_its_months_are_known(
        phrase: str, published: date, start: int, expected: tuple[date, date]) -> None:
    found = [m for m in find_periods(phrase, published, fiscal_start=FiscalStart(start))
             if m.period]
    assert [(m.period.start, m.period.end) for m in found if m.period] == [expected]


def test_the_current_fiscal_year_without_its_months_is_unknown() -> None:
    assert [m.period for m in find_periods("in the current financial year", date(2025, 4, 10))
            ] == [None]


@pytest.mark.parametrize(("phrase", "expected"), [
    ("By the end of November", (date(2024, 1, 1), date(2024, 11, 30))),
    ("through the end of March 2023", (date(2023, 1, 1), date(2023, 3, 31))),
])
def test_by_the_end_of_a_month_is_the_year_so_far(phrase: str,
                                                   expected: tuple[date, date]) -> None:
    found = [m.period for m in find_periods(phrase, date(2024, 12, 6)) if m.period]
    assert [(p.start, p.end) for p in found] == [expected]


def test_the_first_month_of_a_year_written_is_its_january() -> None:
    found = find_periods("Cashew sales abroad slipped 3% in the first month of 2021.", FEB_2025)
    assert [(m.surface, iso(m.period)) for m in found] == [
        ("the first month of 2021", ("2021-01-01", "2021-01-31"))]
    found = find_periods("Tin shipments doubled in the first month of this year.", FEB_2025)
    assert [iso(m.period) for m in found] == [("2025-01-01", "2025-01-31")]


def test_the_first_month_of_a_season_or_a_month_ranked_names_no_january() -> None:
    assert find_periods("Buying slowed in the first month of the season.", FEB_2025) == []
    found = find_periods("August was the first month of the year to top 90,000 bales.",
                         FEB_2025)
    assert all(m.period != month(2025, 1) for m in found)


@pytest.mark.parametrize("word", ["comparable", "corresponding", "same"])
def test_the_comparable_or_corresponding_period_last_year_is_the_period_a_year_back(
        word: str) -> None:
    found = find_periods(f"Jute earnings climbed 14% on the {word} period last year.", FEB_2025)
    assert [(m.surface, m.relation) for m in found] == [
        (f"the {word} period last year", "previous")]
