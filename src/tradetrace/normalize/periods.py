"""Period expressions -> first and last day, resolved against a reference (publication) date.

Pure functions: calendar arithmetic (`month`, `quarter`, `half`, `months`, ...), the year a bare
month belongs to (`month_year`), and `find_periods`, which reads every period expression of a
text (`last year`, `between February and June`, `H1 2024`, `Q3`, `starting in February`) into a
`PeriodMention` with its offsets. Calendar dates (`Feb. 8`, `May 25, 2009`) are found too, as
mentions of kind `date`, so that callers can tell them apart from periods and skip them.
"""

from __future__ import annotations

import calendar
import importlib
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import MAXYEAR, MINYEAR, date, timedelta
from functools import cache, lru_cache
from typing import Any, Literal

from tradetrace.knowledge import load_json
from tradetrace.knowledge.countries import naming_forms
from tradetrace.knowledge.events import events

MONTH_NAMES = "|".join(name for name in calendar.month_name if name)
"""Regex source of the twelve month names in full (`January|February|...`)."""
MONTHS: dict[str, int] = {
    name.lower(): number for number, name in enumerate(calendar.month_name) if name
} | {name.lower(): number for number, name in enumerate(calendar.month_abbr) if name} | {
    "sept": 9
}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
            "4th": 4}
COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11}

Relation = Literal["period", "previous", "same", "date"]


@dataclass(frozen=True)
class Period:
    """A span of whole days."""

    start: date
    """First day covered."""
    end: date
    """Last day covered."""

    @property
    def year(self) -> int:
        return self.start.year

    def iso(self) -> tuple[str, str]:
        return self.start.isoformat(), self.end.isoformat()


@dataclass(frozen=True)
class PeriodMention:
    """A period expression found in a text."""

    start: int
    """Offset of the expression in the text."""
    end: int
    """Offset one past it."""
    surface: str
    """The expression as written."""
    relation: Relation
    """`period`: a span of its own; `previous`: the comparison base of a change (`the previous
    year`, `year on year`); `same`: `over the same period` (the period in force); `date`: a
    calendar day such as `Feb. 8` (not a period)."""
    period: Period | None = None
    """The resolved span (None for `previous`, `same` and unresolvable mentions)."""
    anchored: bool = False
    """Whether `period` was read from an earlier mention of the same text (`in 2023 ... by the
    end of the year`, `in March ... the following month`), which a reader keeps."""
    recent: bool = False
    """A month (or months) named without a year that, counted from publication, ended before it
    and at most two months before it: the latest figures, which a whole earlier year in force
    does not take back (`Turkey was again the top buyer in January` in a February 2024 report
    after figures for 2023); also a month that a year written earlier in its own sentence keeps
    (`from 6.4% in February 2022 to 3.8% in September`: September 2022, whatever year is in
    force; set by extract/timeframe.py `months_of_written_year`)."""


def last_day(year_: int, month_: int) -> date:
    return date(year_, month_, calendar.monthrange(year_, month_)[1])


def year(year_: int) -> Period:
    return Period(date(year_, 1, 1), date(year_, 12, 31))


def month(year_: int, month_: int) -> Period:
    return Period(date(year_, month_, 1), last_day(year_, month_))


def months(year1: int, month1: int, year2: int, month2: int) -> Period:
    """From the first day of one month to the last day of another (possibly a later year)."""
    return Period(date(year1, month1, 1), last_day(year2, month2))


def months_on(first: date, count: int) -> Period:
    """`count` months from a day (`the first four months` of a fiscal year opening on July
    16: July 16 - November 15); from a month's first day, whole calendar months."""
    return Period(first, _months_later(first, count) - timedelta(days=1))


def _months_later(day: date, count: int) -> date:
    index = day.year * 12 + day.month - 1 + count
    year_, month_ = divmod(index, 12)
    return date(year_, month_ + 1, min(day.day, calendar.monthrange(year_, month_ + 1)[1]))


@dataclass(frozen=True)
class FiscalStart:
    """The day a document's fiscal years open on (`which began on July 8`: July 8; `which
    began in mid-July`: July 16; `the April-March fiscal year`: April 1)."""

    month: int
    day: int = 1

    def opening(self, year_: int) -> date:
        return date(year_, self.month, self.day)

    def year_from(self, first: int) -> Period:
        """The fiscal year that opens in calendar year `first`."""
        return months_on(self.opening(first), 12)

    @property
    def calendar(self) -> bool:
        """Whether its years are calendar years."""
        return self.month == 1 and self.day == 1


def quarter(year_: int, number: int) -> Period:
    return months(year_, 3 * number - 2, year_, 3 * number)


def half(year_: int, number: int) -> Period:
    return months(year_, 6 * number - 5, year_, 6 * number)


def years(year1: int, year2: int) -> Period:
    return Period(date(year1, 1, 1), date(year2, 12, 31))


def shift_years(period: Period, offset: int) -> Period:
    """The same span `offset` years later; a span ending on a month end still does (Feb 29).
    A span the calendar cannot hold (before year 1, after 9999: a text with no publication date
    is read against year 1) stays where it is."""
    if not all(MINYEAR <= day.year + offset <= MAXYEAR for day in (period.start, period.end)):
        return period
    start = period.start
    start_day = min(start.day, calendar.monthrange(start.year + offset, start.month)[1])
    end = period.end
    end_day = calendar.monthrange(end.year + offset, end.month)[1]
    if end != last_day(end.year, end.month):
        end_day = min(end.day, end_day)
    return Period(date(start.year + offset, start.month, start_day),
                  date(end.year + offset, end.month, end_day))


def shift_months(period: Period, offset: int) -> Period:
    """The same span `offset` months later; a span ending on a month end still does."""
    def moved(day: date, month_end: bool) -> date:
        index = day.year * 12 + day.month - 1 + offset
        y, m = index // 12, index % 12 + 1
        if not MINYEAR <= y <= MAXYEAR:
            return day  # (the calendar's edge: a text with no publication date, read at year 1)
        last = calendar.monthrange(y, m)[1]
        return date(y, m, last if month_end else min(day.day, last))
    return Period(moved(period.start, False),
                  moved(period.end, period.end == last_day(period.end.year, period.end.month)))


_WEEKS_BACK = re.compile(r"(?i:(?:\b(?P<n>two|three|four|[2-4])\s+)?\bweeks?\b|w/w)")


def step_back(period: Period, comparison: str) -> Period:
    """The period a comparison points back to: the weeks just before for `a week earlier`,
    `the previous two weeks`; a month before for `a month earlier`, `the previous month`,
    `month-on-month`; three months before for `the previous quarter`, `quarter-on-quarter`;
    else a year before (`the same month a year earlier` too)."""
    weeks = _WEEKS_BACK.search(comparison)
    if weeks is not None:
        count = (weeks["n"] or "one").lower()
        days = 7 * (int(count) if count.isdigit() else _COUNT_WORDS[count])
        return Period(period.start - timedelta(days=days), period.start - timedelta(days=1))
    if re.search(r"(?i:\bmonth\b|m/m)", comparison) and not re.search(
            r"(?i:\byear\b|y/y)", comparison):
        return shift_months(period, -1)  # (`the same month a year earlier`: a year back)
    if re.search(r"(?i:\bquarter\b|q/q|\bqoq\b)", comparison) and not re.search(
            r"(?i:\byear\b|y/y)", comparison):
        return shift_months(period, -3)  # (`the previous quarter`; `the same quarter last year`)
    return shift_years(period, -1)


def month_year(month_: int, reference: date, future: bool = False) -> int:
    """The year a month named without one belongs to.

    Past context: the publication year, or the year before when the month is later than the
    publication month (`in March` in a January article). Future context: the publication year,
    or the next one when the month has already passed.
    """
    if future:
        return reference.year if month_ >= reference.month else reference.year + 1
    return reference.year if month_ <= reference.month else reference.year - 1


def span_year(first_month: int, reference: date, future: bool = False, length: int = 1) -> int:
    """The year a part of a year named without one (`the first half`) belongs to; in a plan or
    forecast, a part `length` months long that holds the publication month is still under way,
    so this year's (`expected to fall in the first quarter` in a March article)."""
    if future and first_month <= reference.month < first_month + length:
        return reference.year
    return month_year(first_month, reference, future)


def _group(match: re.Match[str], name: str) -> str | None:
    """A named group's text, or None when the pattern has no such group or it did not match."""
    return match.groupdict().get(name)


def _year_value(text: str | None, reference: date) -> int | None:
    if not text:
        return None
    lowered = text.lower().strip()
    if lowered in ("this year", "the year", "the current year"):
        return reference.year
    if lowered in ("last year", "the last year", "the past year"):
        return reference.year - 1
    if lowered == "next year":
        return reference.year + 1
    digits = re.search(r"\d{4}", lowered)
    return int(digits.group()) if digits else None


_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|"
          r"Dec\.?|May\.)")
MONTH_PATTERN = _MONTH
"""Regex source of a month name, full or abbreviated (`September`, `Sept.`, `Oct`)."""
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)(?!\d|[.,]\d|s\b)"
"""A year written out, 1950-2049; not a decade (`the mid-2000s`, `the 1990s` name no year)."""
_MONTH_COUNT = r"two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2}"
"""A count of months (`the first five months`, `the first 10 months`)."""
_ROUGHLY = r"(?:(?:nearly|almost|about|some)\s+)?"
"""`the first nearly 10 months`: a hedge inside a count of months, which keeps its count."""
_AFTER_FIGURE = "(?:" + "|".join(
    rf"(?<={re.escape(word)}\s)" for word in (
        "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "%", "percent", "per cent", "pct", "pc",
        "fold", "double", "treble", "triple", "billion", "million", "bn", "mn", "bln", "mln", "tn",
        "tons", "tonnes", "barrels", "bags", "units", "USD", "dollars")) + ")"
"""Right after a figure or its unit (`10.8% `, `$3bn `, `3 bln USD `, `18-fold `): where a count
of months is the time the figure covers."""
_OF_YEAR = rf"(?:,?\s*(?i:of\s+)?(?P<of>{_YEAR}|(?i:this year|last year|next year|the year)))"
_YEAR_OWNER = rf"(?:(?P<pre>(?i:(?:the|this|last|next)\s+year)|{_YEAR})['’]s\s+)?"
"""`the year's first 10 months`, `last year's first half`, `2023's second quarter`."""
_NOT_AFTER_DAY_SLASH = "".join(
    [rf"(?<!{tail} {day}/)"
     for tail in ("ary", "rch", "ril", "May", "une", "uly", "ust", "ber", r"\.")
     for day in (r"\d", r"\d\d")] + [r"(?<!/\d/)", r"(?<!/\d\d/)"])
"""Not right after a month's day and a slash: the year of a date (`September 22/2020`, `Sept.
22/2020`, `5/12/2020`), not a month and a year (`in 01/2024`)."""
_DASH = r"(?:\s*[-–—]\s*|\s*[-–—]?(?i:to|through|until|till|and)[-–—]?\s*)"
SAME_SPAN = (rf"(?:(?:{_MONTH_COUNT})[\s-]+"
             r"(?:month\s+(?:period|stretch)\b|months?\b)|period|months?|weeks|quarter|time|stretch|"
             r"half(?:[\s-]year)?|span|fortnight)\b")
"""What `the same` names (`the same period`, `the same 11 months`, `the same two-month stretch`,
`the same half of 2023`, `the same span of January`), to be used case-blind."""


_TO_FIGURE = (r"\s+(?:(?:about|around|nearly|almost|some|over|more\s+than)\s+)?"
              r"(?:[A-Z]{0,3}[$€£¥]|\d)")
"""After `to`: the figure a change reached (`rose 29 percent over the five months to $1.79
billion`), not the month a span runs to."""
_COUNTED_TOTAL = (r"(?:totals?|tally|figures?|volumes?|exports|imports|sales|shipments|deliveries|"
                  r"purchases|arrivals|earnings|receipts|revenues?|trade|output|production)\b")
"""Nouns of a running total a count of months stands before as an adjective (`the ten-month
total`, `Nine-month exports`)."""
_TOTAL_OF = r"(?:export|import|sales|trade|shipment|delivery|purchase)"
"""A flow word between a count of months and its total (`the nine-month export total`)."""
COUNTED_SPAN = (rf"(?i:(?:\b(?:over|during|in|for|across|within)\s+(?:the|those|these|that)\s+|"
                rf"\b(?=(?:{_MONTH_COUNT})-month\s+(?:{_TOTAL_OF}\s+)?{_COUNTED_TOTAL})|"
                r"\bthat\s+(?=month\b))(?:"
                rf"(?P<count>{_MONTH_COUNT})[\s-]+months?|(?P<half>half[\s-]year)|(?P<quarter>"
                rf"quarter)|(?P<quarters>two|three)\s+quarters|(?P<month>month))\b(?![\s-]+on\b)(?!\s+(?:to(?!{_TO_FIGURE})|through|"
                r"ending|ended|of|since|before|after|that|when|which|from|between)\b)"
                r"(?![\s-]+(?:period|stretch|ahead|to\s+come|earlier|prior)\b))")
"""A span named by its length only (`over the ten months`, `in the quarter`, `over the
half-year`, `over those six months`, `the nine-month total`), which a reader takes to be the
last span of that length named before it (not one whose days follow: `in the four months from
March 20 to July 22`, nor one after or before it: `in the month ahead`, `the quarter earlier`)."""
_COUNTED = re.compile(COUNTED_SPAN)
_SAME_COUNTED = re.compile(rf"(?i:\b(?:over|during|in|for|across|within)\s+the\s+same\s+"
                           rf"(?P<count>{_MONTH_COUNT})[\s-]+months?)")
"""`over the same eleven months`: a count of months after `the same`, which a reader takes to be
the last span of that length in force (`In December alone ... Over the same eleven months`), as
`over the eleven months`; `counted_back` leaves it `the same period` when a comparison base
follows it (`the same eleven months of 2022`, `... last year`)."""
_COUNTED_ADJECTIVE = re.compile(rf"(?i:(?P<count>{_MONTH_COUNT})-months?)")
"""The surface of a count of months read as an adjective (`ten-month`, before `total`)."""


def length_in_months(period: Period) -> int | None:
    """How many whole calendar months `period` covers (None if it is not whole months)."""
    if period.start.day != 1 or period.end != last_day(period.end.year, period.end.month):
        return None
    return (period.end.year - period.start.year) * 12 + period.end.month - period.start.month + 1


def counted_length(mention: PeriodMention) -> int | None:
    """How many months a span named by its length stands for (`over the nine months` -> 9,
    `over the half-year` -> 6, `in the quarter` -> 3, `over the three quarters` -> 9, `the
    ten-month total` -> 10, `the nine-month export total` -> 9); None for any other mention."""
    if mention.relation != "same":
        return None
    counted = _COUNTED.fullmatch(mention.surface) or \
        _COUNTED_ADJECTIVE.fullmatch(mention.surface) or _SAME_COUNTED.fullmatch(mention.surface)
    if counted is None:
        return None
    groups = counted.groupdict()
    if groups.get("half") or groups.get("quarter"):
        return 6 if groups.get("half") else 3
    if groups.get("quarters"):  # `over the three quarters`: nine months
        return 3 * COUNTS[counted["quarters"].lower()]
    if groups.get("month"):
        return 1
    return COUNTS.get(counted["count"].lower()) or int(counted["count"])


def _month_number(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


Resolver = Callable[["re.Match[str]", date, bool], Period | None]


def _date(match: re.Match[str], reference: date, future: bool) -> Period | None:
    return None


_COUNT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15}


def _weeks_to(match: re.Match[str], reference: date, future: bool) -> Period | None:
    """`in the four weeks to Oct. 19`: the N weeks that end on that day; `the seven days to
    April 15`: the N days that end on it."""
    count = (match["n"] or "one").lower()  # (`the week to Oct. 27`: one week)
    number = int(count) if count.isdigit() else _COUNT_WORDS[count]
    month = _month_number(match["m"])
    year_ = int(match["y"]) if match["y"] else month_year(month, reference, future)
    try:
        end = date(year_, month, int(match["d"]))
    except ValueError:
        return None
    if not 0 < number <= _MAX_DAYS_BACK or (match["unit"].lower() != "days" and
                                            number * 7 > _MAX_DAYS_BACK):
        return None  # (`the 990000 days to May 1` in a corpus or an OCR slip: no span)
    span = timedelta(days=number) if match["unit"].lower() == "days" else timedelta(weeks=number)
    if match["unit"].lower() == "days" and not match["n"]:
        return None  # (`the days to May 1` with no count names no span)
    if end - date.min < span:
        return None  # (a day in the year 1 has no days before it to count)
    return Period(end - span + timedelta(days=1), end)


_MAX_DAYS_BACK = 3660
"""The longest span counted back from a day (about ten years): a longer count is no period."""


def _month_opening_days(match: re.Match[str], reference: date,
                        future: bool) -> Period | None:
    """`the first week of August`, `the first ten days of March`, `the first three weeks of
    July 2022`: the month's opening days (a week is seven, a fortnight fourteen)."""
    m = _month_number(match["m"])
    y = _year_value(_group(match, "of"), reference)
    y = y if y is not None else month_year(m, reference, future)
    count = (_group(match, "n") or "one").lower()
    number = int(count) if count.isdigit() else _COUNT_WORDS[count]
    unit = (_group(match, "unit") or match["one"]).lower()
    days = number * (1 if unit == "days" else 14 if unit == "fortnight" else 7)
    last = last_day(y, m)
    if days >= last.day:
        return None
    return Period(date(y, m, 1), date(y, m, days))


def _opening_days(match: re.Match[str]) -> int:
    """How many days `the first ten days`, `the first two weeks`, `the first week` count."""
    count = (_group(match, "n") or "one").lower()
    number = int(count) if count.isdigit() else _COUNT_WORDS[count]
    unit = (_group(match, "unit") or match["one"]).lower()
    return number * (1 if unit == "days" else 14 if unit == "fortnight" else 7)


def _this_month_opening_days(match: re.Match[str], reference: date,
                             future: bool) -> Period | None:
    """`over the first 21 days of the month` with no month named before it: the opening days of
    the publication month (of the month before when they have not passed yet); `the first week
    of this month` is always the publication month's."""
    days = _opening_days(match)
    this = match.group().lower().rstrip().endswith("this month")
    # (`of this month` is the publication month's, however far it has got)
    index = reference.year * 12 + reference.month - 1 - (days > reference.day and not this)
    y, m = index // 12, index % 12 + 1
    return Period(date(y, m, 1), date(y, m, days)) if days < last_day(y, m).day else None


def _year_opening_days(match: re.Match[str], reference: date,
                       future: bool) -> Period | None:
    """`the first 20 days of 2025`, `the first week of 2024`, `the first seven weeks of 2018`:
    the year's opening days, from January 1 (a week is seven days, a fortnight fourteen)."""
    y = _year_value(match["y"], reference)
    if y is None:
        return None
    count = (_group(match, "n") or "one").lower()
    number = int(count) if count.isdigit() else _COUNT_WORDS[count]
    unit = (_group(match, "unit") or match["one"]).lower()
    days = number * (1 if unit == "days" else 14 if unit == "fortnight" else 7)
    if not 0 < days < 180:
        return None
    first = date(y, 1, 1)
    return Period(first, date.fromordinal(first.toordinal() + days - 1))


_SPLIT_YEAR_FIRST_MONTH = 7
"""The first month of a split year's first calendar year when the text does not state its fiscal
months (`April-June of the 2023-24 financial year` in Australia, Pakistan or Egypt, `of the
2023-24 marketing year`, `season`: 2024), unless `_april_split_year` holds."""
_APRIL_SPLIT_YEAR_FIRST_MONTH = 4
"""The same in a sentence naming a country whose fiscal years run April-March (`India's exports
rose in April-August of the 2023-24 financial year`: April-August 2023; January-March of it lie in
2024)."""
_GOODS_YEAR = re.compile(r"(?i:season|campaign|harvest|marketing|crop|agricultural|grain|oil|"
                         r"sugar|cotton|coffee|cocoa)\b")
"""A split year of a crop or of goods (`the 2023-24 marketing year`, `season`), never an
April-March fiscal year."""
_GOODS_YEAR_AFTER = re.compile(r"\s+(?:[A-Za-z-]+\s+){0,2}?" + _GOODS_YEAR.pattern)
"""After a months range: a crop's or goods' year within two words (`of the 2023-24 marketing
year`)."""


@cache
def _april_fiscal_places() -> re.Pattern[str]:
    """Any name of a country whose fiscal years run April-March (`april_fiscal_countries` of
    period_cues.json, read through the country lexicon: `India`, `Indian`, `Tokyo`, `Britain`)."""
    return re.compile("|".join(f"(?:{naming_forms(code).pattern})"
                               for code in period_cues()["april_fiscal_countries"]),
                      re.IGNORECASE)


def _april_split_year(match: re.Match[str]) -> bool:
    """Whether the split year of a months range is an April-March fiscal year: a fiscal or
    financial year (no season, crop or marketing year, in the range or the words after it) in a
    sentence naming a country whose fiscal years run April-March (`India's exports ... in
    April-June of the 2023-24 financial year`)."""
    after = match.string[match.end():match.end() + 30]
    if _GOODS_YEAR.search(match.group()) or _GOODS_YEAR_AFTER.match(after):
        return False
    return _april_fiscal_places().search(match.string) is not None


@cache
def _under_way_mark() -> re.Pattern[str]:
    return re.compile(rf"\b(?i:{cue_alternation(period_cues()['under_way_marks'])})\s+$")


def _under_way_before(match: re.Match[str]) -> bool:
    """Whether a year's months are written right after a word saying it is under way
    (`under_way_marks` of period_cues.json: `the current April-March fiscal year`)."""
    return _under_way_mark().search(match.string, max(0, match.start() - 16),
                                    match.start()) is not None


def _month_range(match: re.Match[str], reference: date, future: bool) -> Period | None:
    m1, m2 = _month_number(match["m1"]), _month_number(match["m2"])
    wraps = m2 < m1
    y1 = _year_value(match["y1"], reference)
    y2 = _year_value(match["y2"], reference)
    if wraps and y2 is not None and _group(match, "pair"):
        y1, y2 = y2, y2 + 1  # `July-June 2023/24` (`2023-24`, `2023-2024`): a season from July
        # 2023 to June 2024
    elif y2 is not None and _group(match, "pair"):
        # `January-March of FY2023-24`: months of a split year that do not wrap lie in its first
        # calendar year from July on, in its second before; from April on in a sentence naming a
        # country of April-March fiscal years (`India's exports ... in April-August of the
        # 2023-24 financial year`) (the text's fiscal months, when it states them, decide
        # instead: `find_periods`)
        first_month = _APRIL_SPLIT_YEAR_FIRST_MONTH if _april_split_year(match) \
            else _SPLIT_YEAR_FIRST_MONTH
        y1 = y2 = y2 + 1 if m1 < first_month else y2
    if y1 is None and y2 is None:
        # A plan is placed by where it starts (the span under way, else the next one), a past
        # span by where it ends. (A span whose last month is the current one is still under
        # way: `set to fall in January-March` in a March article is this year's; one across
        # the new year, `between November and February` in February, stays the next one.)
        now = reference.month
        if wraps and not future and _under_way_before(match):
            # `the current April-March fiscal year` in June: the one under way, April this
            # year to March next (a past span is else placed by where it ends)
            y1 = reference.year if now >= m1 else reference.year - 1
        elif future and (m1 <= now <= m2 or (wraps and now >= m1)):
            y1 = reference.year
        elif future and wraps and now < m2:
            y1 = reference.year - 1
        elif future:
            y1 = month_year(m1, reference, future)
        else:
            y2 = month_year(m2, reference, future)
    if y1 is None:
        assert y2 is not None
        y1 = y2 - 1 if wraps else y2
    if y2 is None:
        y2 = y1 + 1 if wraps else y1
    return months(y1, m1, y2, m2)


def _mid_months(match: re.Match[str], reference: date, future: bool) -> Period | None:
    """`between mid-July 2018 and mid-May 2019`: the 16th of the first month to the 15th of
    the last."""
    whole = _month_range(match, reference, future)
    if whole is None:
        return None
    return Period(whole.start.replace(day=16), whole.end.replace(day=15))


def _last_to_this(match: re.Match[str], reference: date, future: bool) -> Period | None:
    """`from last September through this June`, `between September last year and May`: the
    first month in the year before publication, the last in its year (`last` sets the first
    month apart from the year the second is in, even when it comes earlier in the calendar)."""
    m1 = _month_number(match["m1"] or match["n1"])
    m2 = _month_number(match["m2"])
    return months(reference.year - 1, m1, reference.year, m2)


def _season_months(match: re.Match[str], reference: date, future: bool) -> Period | None:
    """A season named by one year and the months it runs (`the 2024 selling season, which runs
    from April to August`): those months of that year (a season that wraps into the next year
    is named by its two years, and read elsewhere)."""
    m1, m2 = _month_number(match["m1"]), _month_number(match["m2"])
    if m2 < m1:
        return None
    y = int(match["y"])
    return months(y, m1, y, m2)


def _month_of_split(match: re.Match[str], reference: date, future: bool,
                    start: FiscalStart | None = None) -> Period | None:
    """`February of the 2013/2014 season`: that month of the split year, in its first calendar
    year from the fiscal year's first month on, else in its second. With the fiscal months
    unknown, October-December lie in the first year and January-March in the second (so for any
    year opening from April to October); other months are unknown."""
    first = int(match["y1"] or match["fy1"])
    tail = match["pair"] or match["fpair"]
    second = int(tail) if len(tail) == 4 else first // 100 * 100 + int(tail)
    if second != first + 1:
        return None
    m = _month_number(match["m"])
    if start is not None and not start.calendar:
        return month(first if m >= start.month else second, m)
    if m >= 10:
        return month(first, m)
    return month(second, m) if m <= 3 else None


def _first_months(match: re.Match[str], reference: date, future: bool) -> Period | None:
    count = COUNTS.get(match["n"].lower()) or int(match["n"])
    if _group(match, "quarters"):  # `the first three quarters`: nine months
        count *= 3
    y = _year_value(_group(match, "of") or _group(match, "pre"), reference)
    if y is None:
        y = reference.year if reference.month > count or future else reference.year - 1
    return months(y, 1, y, min(count, 12))


def _first_month(match: re.Match[str], reference: date, future: bool) -> Period | None:
    """`the first month of 2024`: January of the year named. Its pattern requires the year
    (`_OF_YEAR`), so the None branch is for typing only."""
    y = _year_value(_group(match, "of"), reference)
    return None if y is None else month(y, 1)


_COUNT_LAG = 3
"""Months at most between the last month a bare count of months covers and publication."""
_COUNT_LEAST = 3
"""The fewest months a bare count covers to be the year's first months: `jumped 20% in two
months as mines reopened` is a stretch of its own, not January and February."""


def _months_just_counted(match: re.Match[str], reference: date, future: bool) -> Period | None:
    """`up 31.3% in eight months` (in October): the year's first months when they closed just
    before publication, as statistics offices report them; a count that closed long before
    (`in five months` in December) counts the months of another year, a fiscal one."""
    count = COUNTS.get(match["n"].lower()) or int(match["n"])
    if future or count < _COUNT_LEAST or not 1 <= reference.month - count <= _COUNT_LAG:
        return None
    return months(reference.year, 1, reference.year, count)


def _last_named_month(match: re.Match[str], reference: date, future: bool) -> Period | None:
    """`the 1.45 million mt of last November` (in a November article): the latest such month
    before the publication month, a year back when it is the publication month itself."""
    m = _month_number(match["m"])
    y = reference.year if m < reference.month else reference.year - 1
    return months(y, m, y, m)


def _last_months(match: re.Match[str], reference: date, future: bool) -> Period | None:
    """`the final three months of 2023`: the year's last months (the year is written)."""
    count = COUNTS.get(match["n"].lower()) or int(match["n"])
    y = _year_value(_group(match, "of"), reference)
    return months(y, 13 - count, y, 12) if y is not None and 1 <= count <= 12 else None


_END_PARTS = {"half": {"opening": 1, "final": 2},
              "quarter": {"opening": 1, "final": 4, "last": 4, "closing": 4}}
"""`the opening quarter of 2023`, `the final half of 2022`: a year's first or last part."""
_OF_FISCAL_AHEAD = (r"(?=\s+of\s+(?:the\s+|its\s+|their\s+)?(?:\d{4}\s*[-–/]\s*\d{2,4}\s+)?"
                    r"(?:[A-Z][a-z]+\s+)?(?i:fiscal|financial)\b)")
"""After `the opening quarter`: `of its 2017/18 fiscal year`, a fiscal year's part."""


def _half(match: re.Match[str], reference: date, future: bool) -> Period | None:
    written = _group(match, "h") or ""
    number = ORDINALS.get(written.lower()) or _END_PARTS["half"].get(written.lower()) or int(
        _group(match, "hn") or _group(match, "hn2") or 0)
    y = _year_value(_group(match, "of") or _group(match, "pre"), reference)
    return half(y if y is not None else span_year(6 * number - 5, reference, future, 6), number)


def _relative_half(match: re.Match[str], reference: date, future: bool) -> Period | None:
    """`the next half`: the half-year after the last one completed by the publication date (the
    one just reported: in August, July to December); `this half`: the one holding the date."""
    return half(reference.year, 1 if reference.month <= 6 else 2)


def _month_half(match: re.Match[str], reference: date, future: bool) -> Period | None:
    """`the first half of February`: days 1-15 of the month; `the second half`: 16 to its end."""
    m = _month_number(match["m"])
    y = _year_value(_group(match, "of"), reference) or month_year(m, reference, future)
    if match["h"].lower() in ("first", "1st"):
        return Period(date(y, m, 1), date(y, m, 15))
    return Period(date(y, m, 16), last_day(y, m))


def _quarter(match: re.Match[str], reference: date, future: bool) -> Period | None:
    written = (_group(match, "q") or "").lower()
    number = ORDINALS.get(written) or _END_PARTS["quarter"].get(written) or int(
        _group(match, "qn") or 0)
    y = _year_value(_group(match, "of") or _group(match, "pre"), reference)
    return quarter(y if y is not None else span_year(3 * number - 2, reference, future, 3), number)


def _open(match: re.Match[str], reference: date, future: bool) -> Period | None:
    """`since March`, `starting in March`: in a report it runs to the end of the publication
    month (what has happened so far); in a plan or forecast to the end of that year."""
    m = _month_number(match["m"])
    y = _year_value(_group(match, "of"), reference) or month_year(m, reference, future)
    if not future:
        end_year, end_month = reference.year, reference.month
        if (end_year, end_month) < (y, m):
            return None
        return months(y, m, end_year, end_month)
    return months(y, m, y, 12)


def _opened_in_month(match: re.Match[str], reference: date, future: bool) -> Period | None:
    """`since the campaign opened in March`: an event past, so the report's reading of `since
    March` whatever the sentence's mood."""
    return _open(match, reference, False)


def _named_day(match: re.Match[str], reference: date, future: bool) -> date | None:
    """The day a match's `m`, `d` and optional `of` (year) name; None for no such day."""
    m = _month_number(match["m"])
    y = _year_value(_group(match, "of"), reference) or month_year(m, reference, future)
    try:
        return date(y, m, int(match["d"]))
    except ValueError:
        return None


def _open_day(match: re.Match[str], reference: date, future: bool) -> Period | None:
    """`since July 1, 2016`: from that day to the end of the publication month in a report (to
    the end of its year in a plan or forecast)."""
    start = _named_day(match, reference, future)
    if start is None or (not future and start > reference):
        return None
    if future:
        return Period(start, date(start.year, 12, 31))
    return Period(start, last_day(reference.year, reference.month))


def _to_day(match: re.Match[str], reference: date, future: bool) -> Period | None:
    """`through Nov. 30` in a report: the year to that day (a plan's `until June 30` is a
    deadline, no period)."""
    end = None if future else _named_day(match, reference, future)
    return Period(date(end.year, 1, 1), end) if end is not None and end <= reference else None


def _day(month_text: str, day_text: str, year_: int) -> date:
    return date(year_, _month_number(month_text), int(day_text))


def _day_range(match: re.Match[str], reference: date, future: bool) -> Period | None:
    """`between Feb. 24 and May 26`, `May 22-23`, `from January 1 to May 30, 2018`."""
    m1, m2 = match["m1"], _group(match, "m2") or match["m1"]
    y2 = _year_value(_group(match, "y2"), reference)
    y1 = _year_value(_group(match, "y1"), reference)
    if y2 is None:
        y2 = y1 if y1 is not None else month_year(_month_number(m2), reference, future)
    end = _day(m2, match["d2"], y2)
    start = _day(m1, match["d1"], y1 if y1 is not None else y2)
    if start > end and y1 is None:
        start = _day(m1, match["d1"], y2 - 1)
    elif start > end and _group(match, "y2") is None:
        # `from Oct. 1, 2019 through Feb. 7`: into 2020 (not past the publication date)
        rolled = _day(m2, match["d2"], y2 + 1)
        end = rolled if future or rolled <= reference else end
    return Period(start, end) if start <= end else None


def _month_to_day(match: re.Match[str], reference: date, future: bool) -> Period | None:
    """`between January and November 13, 2020`: from the first of the first month to that
    day (the first month in the year before when it comes later in the calendar)."""
    m1, m2 = _month_number(match["m1"]), _month_number(match["m2"])
    y2 = _year_value(_group(match, "y2"), reference)
    y1 = _year_value(_group(match, "y1"), reference)
    if y2 is None:
        y2 = y1 if y1 is not None and m1 <= m2 else month_year(m2, reference, future)
    if y1 is None:
        y1 = y2 if m1 <= m2 else y2 - 1
    try:
        end = date(y2, m2, int(match["d2"]))
    except ValueError:
        return None
    start = date(y1, m1, 1)
    return Period(start, end) if start <= end else None


def _opening_to(match: re.Match[str], reference: date, future: bool) -> Period | None:
    """`between the Oct. 1 start of the season and Dec. 27`, `between the October 1 opening of
    the 2016/17 season and the end of February`: from the opening day written before `start
    of` to the day (or the month's end) after `and`, the opening in the year before when it
    comes later in the calendar."""
    m2 = _month_number(match["m2"])
    y2 = _year_value(_group(match, "y2"), reference) or month_year(m2, reference, future)
    try:
        end = date(y2, m2, int(match["d2"])) if match["d2"] else last_day(y2, m2)
        start = _day(match["m1"], match["d1"], y2)
        if start > end:
            start = _day(match["m1"], match["d1"], y2 - 1)
    except ValueError:
        return None
    return Period(start, end)


def _trailing_year(match: re.Match[str], reference: date, future: bool) -> Period | None:
    """`the year to March 31, 2022`, `the 12 months ending in June`: twelve months to then;
    `the six months to June`: the six months that end with June."""
    m = _month_number(match["m"])
    y = _year_value(_group(match, "of"), reference)
    y = y if y is not None else month_year(m, reference, future)
    end = date(y, m, int(match["d"])) if _group(match, "d") else last_day(y, m)
    count = _group(match, "n")
    if count:
        span = int(count) if count.isdigit() else _COUNT_WORDS[count.lower()]
        first = y * 12 + m - span  # zero-based index of the first month
        return Period(date(first // 12, first % 12 + 1, 1), end)
    start = end + timedelta(days=1)
    return Period(date(start.year - 1, start.month, start.day), end)


def _month_quarter(match: re.Match[str], reference: date, future: bool) -> Period | None:
    """`the March quarter` (of the year in force or named): January to March; `the July quarter
    of 2025`: May to July 2025."""
    m = _month_number(match["m"])
    named = _group(match, "y1") or _group(match, "of")
    y = int(named) if named else month_year(m, reference, future)
    last = y * 12 + m - 1  # zero-based index of the quarter's last month
    first = last - 2
    return Period(date(first // 12, first % 12 + 1, 1), last_day(y, m))


def _past_months(match: re.Match[str], reference: date, future: bool) -> Period | None:
    """`over the past six months` in an article of April 2021: October 2020 to March 2021, the
    whole months before publication."""
    count = match["n"]
    span = int(count) if count.isdigit() else _COUNT_WORDS[count.lower()]
    last = reference.year * 12 + reference.month - 2  # zero-based index of the month before
    first = last - span + 1
    return Period(date(first // 12, first % 12 + 1, 1), last_day(last // 12, last % 12 + 1))


def _whole_year(match: re.Match[str], reference: date, future: bool) -> Period | None:
    """`for the year`: the publication year (a reader moves it to the year in force)."""
    return year(reference.year)


def _since_event(match: re.Match[str], reference: date, future: bool) -> Period | None:
    """`since the invasion`: from the event's day to the end of the publication month."""
    start = _event_days().get(re.sub(r"\s+", " ", match["event"].lower()))
    if start is None or start > reference:
        return None
    return Period(start, last_day(reference.year, reference.month))


def _fiscal(match: re.Match[str], reference: date, future: bool) -> Period | None:
    """`fiscal year 2012-13` with no months stated: the calendar years it names."""
    y1, tail = int(match["y1"]), _group(match, "y2")
    if not tail:
        return year(y1)
    y2 = int(tail) if len(tail) == 4 else y1 // 100 * 100 + int(tail)
    return years(y1, y2) if y2 >= y1 else None


def _fiscal_short(match: re.Match[str], reference: date, future: bool) -> Period | None:
    """`FY23` (the fiscal year that ends in 2023), `FY23/24`: as the calendar years it names
    until the document's fiscal months are known (see `find_periods`)."""
    first = 2000 + int(match["yy"])
    return years(first, 2000 + int(match["yy2"])) if match["yy2"] else year(first)


def _fiscal_short_period(match: re.Match[str], start: FiscalStart) -> Period:
    """`FY23` (ending in 2023), `FY23/24` (ending in 2024) once the fiscal year's first day
    is known."""
    end = 2000 + int(match["yy2"] or match["yy"])
    return start.year_from(end if start.calendar else end - 1)


_IRANIAN_YEAR = r"Iranian\s+(?:calendar\s+)?year"
"""The Solar Hijri year, opening at Nowruz (March 20 or 21): Iran's trade figures count by it."""
_SOLAR_HIJRI_OFFSET = 621
"""Solar Hijri year + 621: the calendar year in which it opens (1403 opened March 20, 2024)."""


def _solar_hijri(match: re.Match[str], reference: date, future: bool) -> Period | None:
    """`the Iranian year 1403`: unknown until the document writes the day its years open (see
    `find_periods`)."""
    return None


def _named_fiscal(match: re.Match[str], reference: date, future: bool) -> Period | None:
    """`the current financial year`, `the new season`: unknown until the document states the
    fiscal year's months (see `find_periods`)."""
    return None


_EARLY_MONTHS = 3
"""`the new season` in a fiscal year's first months is that year; later, the next one."""


def _named_fiscal_period(match: re.Match[str], reference: date, start: FiscalStart) -> Period:
    first = reference.year if reference >= start.opening(reference.year) else reference.year - 1
    which = match["which"].lower()
    months_in = (reference.month - start.month) % 12
    if which == "next" or (which in ("new", "coming", "upcoming") and
                           months_in >= _EARLY_MONTHS):
        first += 1
    if which in ("last", "past"):  # `in the last fiscal year`, `last season`: the one before
        first -= 1
    if _group(match, "since") and which in ("current", "this"):
        # `since the start of the current season`: from its first day to publication
        return Period(start.opening(first), last_day(reference.year, reference.month))
    return start.year_from(first)


def _month(match: re.Match[str], reference: date, future: bool) -> Period | None:
    m = _month_number(match["m"])
    y = _year_value(_group(match, "of"), reference)
    if y is None and future and just_ended(m, reference):
        # `December orders are expected to reach $50 billion` in January, `set to exceed
        # 360,000 bpd in April` in May: a forecast or goal for the month just ended (its
        # figures not yet out), not for the same month eleven months on
        y = month_year(m, reference)
    return month(y if y is not None else month_year(m, reference, future), m)


def just_ended(month_: int, reference: date) -> bool:
    """Whether a month named without a year is the one before the publication month."""
    return month_ == (reference.month - 2) % 12 + 1


def _year_so_far(match: re.Match[str], reference: date, future: bool) -> Period | None:
    """`since the start of the year`, `year to date`: January to the publication month
    (`since the start of 2024`: from that January)."""
    first = _year_value(_group(match, "y"), reference) or reference.year
    return months(first, 1, reference.year, reference.month)


def _to_end_of_month(match: re.Match[str], reference: date, future: bool) -> Period | None:
    """`By the end of November, 6.3 million tons had been shipped`, `had imported ... by
    mid-December`: the year so far, January to that month (`by the end of May last year`: of
    the year named after the month)."""
    m = _month_number(match["m"])
    y = _year_value(_group(match, "of"), reference)
    y = y if y is not None else month_year(m, reference, future)
    return months(y, 1, y, m)


def _year_range(match: re.Match[str], reference: date, future: bool) -> Period | None:
    y1, tail = int(match["y1"]), match["y2"] or match["y2b"]
    y2 = int(tail) if len(tail) == 4 else y1 // 100 * 100 + int(tail)
    return years(y1, y2) if y2 >= y1 else None


def _year(match: re.Match[str], reference: date, future: bool) -> Period | None:
    start = int(match["y"])
    if match.group().lower().startswith("since") and start <= reference.year:
        return months(start, 1, reference.year, reference.month)
    return year(start)


def _relative_year(match: re.Match[str], reference: date, future: bool) -> Period | None:
    offset = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1}
    return year(reference.year + offset[match["rel"].lower()])


def _relative_month(match: re.Match[str], reference: date, future: bool) -> Period | None:
    offset = {"last": -1, "previous": -1, "this": 0, "next": 1}[match["rel"].lower()]
    index = reference.year * 12 + reference.month - 1 + offset
    return month(index // 12, index % 12 + 1)


def _none(match: re.Match[str], reference: date, future: bool) -> Period | None:
    return None


_FOLLOWING_YEAR = (r"(?i:\b(?:the\s+)?(?:following|subsequent|succeeding)\s+(?:year|season)\b"
                   r"|\bthe\s+(?:year|season)\s+after\b|\ba\s+(?:year|season)\s+later\b)")
"""`the following year`, also a season (`45% a season later`, `the following season`)."""
_FOLLOWING_MONTH = (r"(?i:\b(?:the\s+)?(?:following|subsequent|succeeding)\s+month\b"
                    r"|\bthe\s+month\s+after\b|\ba\s+month\s+later\b)")
_FOLLOWING = {"year": re.compile(_FOLLOWING_YEAR), "month": re.compile(_FOLLOWING_MONTH)}


def following(surface: str, anchor: Period | None) -> Period | None:
    """`the following year` after a whole year, `the following month` after a month: the next
    one (None when `surface` is neither or `anchor` is not of that length)."""
    if anchor is None:
        return None
    if _FOLLOWING["year"].fullmatch(surface) and _is_yearlike(anchor):
        return shift_years(anchor, 1)
    if _FOLLOWING["month"].fullmatch(surface) and _is_month(anchor):
        index = anchor.start.year * 12 + anchor.start.month  # the month after, zero-based
        return month(index // 12, index % 12 + 1)
    return None


_ELLIPTIC_PART = (r"(?i:(?:(?<=\bin\s)|(?<=\bfor\s)|(?<=\bduring\s))the\s+"
                  r"(?P<part>first|second|third|fourth)\b)"
                  r"(?=\s*(?:[,.;:)]|$)|\s+(?i:to|and|while|before|after|as|against|when|with|"
                  r"from|than|but|,)\b)(?!\s+(?i:and|to)\s+(?:the\s+)?(?:second|third|fourth|"
                  r"final|last)\b)")
"""`from Rs 6.3 billion in the first to Rs 7.5 billion in the second`, `6 percent in the first
quarter and 25 percent in the fourth`: an ordinal standing for the quarter or half named before
it in its sentence (`_anchored`), not `in the first and second quarters`."""
_ELLIPTIC = re.compile(r"(?i:the\s+(?P<part>first|second|third|fourth))")
"""The surface of an elliptic ordinal's mention (`the second`)."""
_PART_WORD = re.compile(r"(?i:(?<!\ba\s)(?<!\bone\s)(?<!\bthree\s)\b(?P<unit>quarter|half)"
                        r"(?:s|[\s-]+year)?\b(?!\s+of\s+(?!\d|(?:this|last|that|the)\s+year\b)))")
"""The word of a year's part before an elliptic ordinal (`rose in each quarter of 2024, from
... in the first`); not a fraction (`A quarter of India's rice`, `three quarters`)."""
_SENTENCE_END = re.compile(r"[.!?;]\s+(?=[\"'(\[]?[A-Z0-9])")
"""Where a sentence (or a clause set off by a semicolon) ends: an elliptic ordinal's part is
named in its own sentence."""
_COUNTED_ROUNDS = re.compile(
    r"(?i:\b(?:two|three|four|five|six|both|[2-9])\s+(?:[\w-]+\s+){0,2}?"
    r"(?:tenders|cargoes|cargos|tranches|rounds|phases|shipments|auctions|vessels|ships|"
    r"tankers|batches|consignments|lots|stages|deals|contracts|purchases|sales)\b)")
"""`two wheat tenders`, `two large cargoes`, `three rounds of tenders`: an ordinal after them
counts these (`240,000 tonnes in the first`), not quarters or halves."""


def _is_quarter(period: Period) -> bool:
    """Whether a period is a calendar quarter."""
    return length_in_months(period) == 3 and period.start.month % 3 == 1


def _is_half(period: Period) -> bool:
    """Whether a period is a calendar half-year."""
    return length_in_months(period) == 6 and period.start.month in (1, 7)


@dataclass(frozen=True)
class _Parts:
    """A text's sentence starts and part words (`quarter`, `half`), found once per text."""

    starts: list[int]
    words: list[re.Match[str]]
    word_ends: list[int]
    """Where each of `words` ends, for look-ups by position."""

    @classmethod
    def of(cls, text: str) -> _Parts:
        words = list(_PART_WORD.finditer(text))
        return cls([0] + [m.end() for m in _SENTENCE_END.finditer(text)], words,
                   [w.end() for w in words])

    def sentence_start(self, at: int) -> int:
        return self.starts[bisect_right(self.starts, at) - 1]

    def last_word(self, start: int, end: int) -> re.Match[str] | None:
        """The last part word within [start, end)."""
        ends = bisect_right(self.word_ends, end)
        return self.words[ends - 1] if ends and self.words[ends - 1].start() >= start else None


def elliptic_part(text: str, mention: PeriodMention, part: tuple[int, Period] | None,
                  dated: Period | None, parts: _Parts | None = None) -> Period | None:
    """What an elliptic ordinal (`in the second`) stands for: the quarter or half of that number
    in the year of the last quarter or half named before it in its sentence (`part`: where it
    starts and its period), else, when the sentence names `quarter` or `half` before it, of the
    year named last (None otherwise); not after a count of tenders, cargoes or rounds in its
    sentence (`held two wheat tenders, buying 240,000 tonnes in the first`)."""
    ordinal = _ELLIPTIC.fullmatch(mention.surface) if mention.period is None else None
    if ordinal is None:
        return None
    parts = parts or _Parts.of(text)
    start = parts.sentence_start(mention.start)
    if _COUNTED_ROUNDS.search(text, start, mention.start):
        return None
    number = ORDINALS[ordinal["part"].lower()]
    if part is not None and part[0] >= start:
        unit, year_ = ("quarter" if _is_quarter(part[1]) else "half"), part[1].start.year
    else:
        word = parts.last_word(start, mention.start)
        if word is None or dated is None:
            return None
        unit, year_ = word["unit"].lower(), dated.end.year
    if unit == "half":
        return half(year_, number) if number <= 2 else None
    return quarter(year_, number)


_THAT_YEAR = re.compile(r"(?i:(?<!\bof\s)\b(?:that|the\s+same)\s+year\b"
                        r"(?![\s-]*(?:on|earlier|ago|before|after|later|to|-)\b)(?!-))")
"""`that year`, `the same year` (not `of that year` after a month, nor `the same year-earlier
period`): the first whole year its sentence names before it, else the year in force, else the
year named last before it."""


def is_that_year(mention: PeriodMention) -> bool:
    """Whether the mention is `that year` or `the same year`, still to be read from a year named
    before it."""
    return mention.period is None and mention.relation == "period" and \
        _THAT_YEAR.fullmatch(mention.surface) is not None


def that_year(anchor: Period | None) -> Period | None:
    """What `that year` stands for after `anchor`: the anchor if it is a whole year (a calendar,
    fiscal or marketing year), else None."""
    return anchor if anchor is not None and _is_yearlike(anchor) else None


def is_following(mention: PeriodMention) -> bool:
    """Whether the mention is `the following year` or `the following month`."""
    return any(regex.fullmatch(mention.surface) for regex in _FOLLOWING.values())


def _is_year(period: Period) -> bool:
    return period.start.year == period.end.year and (
        period.start.month, period.start.day, period.end.month, period.end.day) == (1, 1, 12, 31)


def _is_yearlike(period: Period) -> bool:
    """A whole year, a fiscal or marketing year (twelve months from any month), or a split year
    whose months are not known (`2008-09`: January of one year to December of the next): what
    `the following year`, `a season later` step on from, by a year."""
    return _is_year(period) or length_in_months(period) == 12 or (
        period.end.year == period.start.year + 1 and
        (period.start.month, period.start.day, period.end.month, period.end.day) == (1, 1, 12, 31))


def _is_month(period: Period) -> bool:
    return (period.start.year, period.start.month) == (period.end.year, period.end.month) and \
        period.start.day == 1 and period.end == last_day(period.end.year, period.end.month)


_YEAR_DIGITS = re.compile(r"\d{4}")


@cache
def whole_year_phrase() -> re.Pattern[str]:
    """`for the year`, `by the end of the year`: the whole year of a period named elsewhere."""
    return re.compile(rf"(?i:{cue_alternation(period_cues()['whole_year'])})")


_THAN_BEFORE = re.compile(r"\b(?:than|compared\s+(?:with|to))\s+$", re.IGNORECASE)


YEAR_TOTAL = re.compile(r"(?i:annual\s+total|the\s+year's\s+total)")
"""A year's total (`whole_year` cues), which a report gives while the year runs as well as after
it ends: while it runs, the year so far."""


_OF_THE_MONTH = re.compile(r"(?i:\bof\s+the\s+month)$")
"""The end of `the first 20 days of the month`: the opening days of a month named before (not
`of this month`: the publication month's)."""


def _anchored(text: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    """Mentions read from an earlier one: `traded $2.8 billion in 2019 ... cut to $539 million
    the following year` is the year after the last whole year named before, `the following
    month` the month after the last month (a month or date on the way, `the January 2020
    closure`, is no anchor of a year); `by the end of the year` is the year of the last period
    written with its year, not one compared with (`13.1 percent less than in 2017, and took 23
    percent of the market over the year`)."""
    years: Period | None = None
    first_year: Period | None = None
    months_: Period | None = None
    dated: Period | None = None
    part: tuple[int, Period] | None = None
    parts: _Parts | None = None
    resolved: list[PeriodMention] = []
    for mention in mentions:
        period = mention.period
        if period is None and mention.relation == "period" and \
                _ELLIPTIC.fullmatch(mention.surface):
            parts = parts or _Parts.of(text)
        if period is None and mention.relation == "period" and \
                (elliptic := elliptic_part(text, mention, part, dated or years, parts)) is not None:
            period = elliptic
            mention = replace(mention, period=period, anchored=True)
        elif period is None and mention.relation == "period" and is_following(mention):
            period = following(mention.surface, years) or following(mention.surface, months_)
            mention = replace(mention, period=period, anchored=period is not None)
        elif is_that_year(mention) and first_year is not None:
            # `Exports of cotton were worth EUR158 million in 2016 ... Cashew sales reached EUR35
            # million that year`: the first whole year its sentence names before it (not a base
            # after it: `in 2019, up from $6.2 billion in 2018, ... that year`)
            period = first_year
            mention = replace(mention, period=period, anchored=True)
        elif months_ is not None and mention.relation == "period" and period is not None and \
                _OF_THE_MONTH.search(mention.surface):
            # `In March deliveries averaged 168,650 bpd over the first 20 days of the month`:
            # the opening days of the month named before
            period = Period(months_.start, min(months_.end, months_.start + (
                period.end - period.start)))
            mention = replace(mention, period=period, anchored=True)
        elif dated is not None and mention.relation == "period" and \
                whole_year_phrase().fullmatch(mention.surface):
            # `In 2023 ... by the end of the year`, `in the first quarter of 2023, and ... by the
            # end of the year`: the year of the last period named, not this one; a year's total
            # after a part of the year of publication (the year this mention was given), which
            # has not ended, is the year so far (`in April 2024, bringing the year's total to`)
            period = year(dated.end.year)
            if mention.period is not None and YEAR_TOTAL.fullmatch(mention.surface.strip()) \
                    and dated.end.year >= mention.period.start.year and \
                    dated.start.year == dated.end.year and dated.end.month != 12:
                period = months(dated.end.year, 1, dated.end.year, dated.end.month)
            mention = replace(mention, period=period, anchored=True)
        if period is not None and mention.relation == "period":
            if _YEAR_DIGITS.search(mention.surface) and not _THAN_BEFORE.search(
                    text, max(0, mention.start - 16), mention.start):
                dated = period  # (a period with its year written: `in August` may be a guess)
            if _is_yearlike(period):
                years = period
                first_year = first_year or period
            months_ = period if _is_month(period) else None
            part = (mention.start, period) if _is_quarter(period) or _is_half(period) else part
        resolved.append(mention)
    return resolved


# (relation, pattern, resolver); overlapping matches keep the longest.
_GRAMMAR: list[tuple[Relation, str, Resolver]] = [
    ("period", rf"(?i:\bthe\s+(?:past\s+|last\s+)?(?P<n>one|two|three|four|five|six|seven|"
               rf"eight|nine|ten|twelve|[1-9]\d?)?\s*(?P<unit>weeks?|days)\s+"
               rf"(?:to|through|ending|ended|until)"
               rf"\s+)(?P<m>{_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?P<y>{_YEAR}))?",
     _weeks_to),
    # `the first week of May`, `the first ten days of March`: the month's opening days
    ("period", rf"(?i:\b(?:the\s+)?(?:first|opening)\s+(?:(?P<n>two|three|four|five|six|seven|"
               rf"eight|nine|ten|eleven|twelve|fifteen|[1-9]|1\d|2[0-4])\s+(?P<unit>days|weeks)|"
               rf"(?P<one>week|fortnight))\s+of\s+)(?P<m>{_MONTH})"
               rf"(?:,?\s+(?P<of>{_YEAR}))?", _month_opening_days),
    # `over the first 21 days of the month`: the opening days of the month in the sentence,
    # else of the publication month (`_anchored`)
    ("period", r"(?i:\b(?:the\s+)?(?:first|opening)\s+(?:(?P<n>two|three|four|five|six|seven|"
               r"eight|nine|ten|eleven|twelve|fifteen|[1-9]|1\d|2[0-4])\s+(?P<unit>days|weeks)|"
               r"(?P<one>week|fortnight))\s+of\s+(?:the|this)\s+month)\b",
     _this_month_opening_days),
    # `the first 20 days of 2025`, `the first seven weeks of 2018`: the year's opening days
    ("period", rf"(?i:\b(?:the\s+)?(?:first|opening)\s+(?:(?P<n>two|three|four|five|six|seven|"
               rf"eight|nine|ten|eleven|twelve|fifteen|[1-9]|[1-9]\d)\s+(?P<unit>days|weeks)|"
               rf"(?P<one>week|fortnight))\s+of\s+)(?P<y>{_YEAR})", _year_opening_days),
    ("date", rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?!\d|\.\d)(?:,?\s+{_YEAR})?", _date),
    ("date", rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+{_YEAR})?", _date),
    ("previous", r"(?i:\b(?:the\s+)?(?:previous|preceding|prior)\s+"
                 r"(?:(?:fiscal|financial|calendar)\s+)?year\b"
                 r"|\bthe\s+year\s+before\b"
                 r"|\b(?:the\s+)?(?:previous|preceding|prior)\s+(?:(?:marketing|crop)\s+)?season\b"
                 r"|\b(?:the|a)\s+season\s+(?:before|earlier)\b"
                 r"|\ba\s+year\s+(?:earlier|ago|before)\b|\byear[\s-]on[\s-]year\b|\bon[\s-]year\b"
                 r"|\by/y\b|\byoy\b|\bthe\s+(?:same|comparable|corresponding)\s+"
                 r"(?:period|time|month|quarter)\s+(?:of\s+)?"
                 r"(?:a\s+year\s+(?:earlier|ago|before)|last\s+year|the\s+previous\s+year))",
     _none),
    ("previous", r"(?i:\b(?:the\s+)?(?:previous|preceding|prior)\s+(?:(?:two|three|four|[2-4])\s+)?"
                 r"weeks?\b|\bthe\s+week\s+before\b|\ba\s+week\s+(?:earlier|ago|before)\b|"
                 r"\bweek[\s-]on[\s-]week\b|\bw/w\b)", _none),
    ("previous", r"(?i:\b(?:the\s+)?(?:previous|preceding|prior)\s+month\b|\bthe\s+month\s+before\b"
                 r"|\ba\s+month\s+(?:earlier|ago|before)\b|\bmonth[\s-]on[\s-]month\b|\bm/m\b)",
     _none),
    # `down from the previous quarter's 1.3 million tons`, `from N463.97 billion in the
    # preceding quarter`, `quarter-on-quarter`: the quarter before (`step_back`)
    ("previous", r"(?i:\b(?:the\s+)?(?:previous|preceding|prior)\s+quarter\b"
                 r"|\bthe\s+quarter\s+before\b|\ba\s+quarter\s+(?:earlier|ago|before)\b"
                 r"|\bquarter[\s-]on[\s-]quarter\b|\bq/q\b|\bqoq\b)",
     _none),
    ("same", rf"(?i:\b(?:over|during|in|for|of)\s+the\s+same\s+{SAME_SPAN})",
     _none),
    # `over the nine months`, `over the half-year`: a span counted back to one named before
    # (`counted_back`); with none of its length named, the period in force, as `the same period`
    ("same", COUNTED_SPAN, _none),
    ("period", rf"(?i:\bsince\s+the\s+(?:start|beginning|turn)\s+of\s+(?:(?:the|this)\s+year\b|"
               rf"(?P<y>{_YEAR}))|\b(?:in\s+the\s+)?year[\s-]to[\s-]date\b)", _year_so_far),
    # resolved against the year named before it (`in 2019 ... the following year`)
    # (`at end-July` is how statistics offices date a running total: January to July, unless
    # the sentence names the start: `find_periods` drops it then)
    # (not `followed by June at $957.9 million`: the next in a ranking of months, June alone)
    ("period", rf"(?<![Ff]ollowed\s)"
               rf"(?i:\b(?:(?:by|through|until)\s+the\s+end\s+of|at\s+end[\s-]|through|"
               rf"by(?:\s+the\s+middle\s+of|\s+mid-?|\s+early|\s+late)?)\s*)(?P<m>{_MONTH})(?![\w-])(?!\.?\s*\d{{1,2}}\b)"
               rf"(?:,?\s+(?P<of>{_YEAR}|(?i:last year|this year)\b))?",
     _to_end_of_month),
    # `the 2024 selling season, which runs from April to August`: a season inside one year
    # (not the second year of a pair, `the 2017/2018 season, which runs from October through
    # September`: a split year, read whole)
    ("period", rf"\b(?<!\d[-–/])(?<!\d\s[-–/]\s)(?P<y>{_YEAR})\s+(?:[A-Za-z-]+\s+){{0,2}}?"
               rf"(?i:season),?\s+(?i:which|that)\s+"
               rf"(?i:runs|ran|run|lasts|lasted)\s+(?i:from\s+)?(?P<m1>{_MONTH})\s+"
               rf"(?i:to|through|until|till)\s+(?P<m2>{_MONTH})\b", _season_months),
    ("period", _ELLIPTIC_PART, _none),
    ("period", _FOLLOWING_YEAR, _none),
    ("period", _FOLLOWING_MONTH, _none),
    # `that year`, `the same year`: the year named last before it (`_anchored`, else the
    # frame's `counted_back`)
    ("period", _THAT_YEAR.pattern, _none),
    # `from last September through this June`, `between September last year and May`: a span
    # from a month of the year before publication to one of its year
    ("period", rf"\b(?i:between|from)\s+(?:(?i:last)\s+(?P<m1>{_MONTH})|(?P<n1>{_MONTH})\s+"
               rf"(?i:last\s+year))\s+(?i:to|through|until|till|and)\s+(?:(?i:this)\s+)?"
               rf"(?P<m2>{_MONTH})(?!\w)(?!\.?\s*\d)(?:,?\s+(?i:this\s+year)\b|"
               r"(?!,?\s+(?i:last|next)\s+year))", _last_to_this),
    # (not a month and then a range closing on it: `in July and January-July`)
    ("period", rf"\b(?:(?i:between|from)\s+)?(?P<m1>{_MONTH})(?:\s+(?P<y1>{_YEAR}))?{_DASH}"
               rf"(?P<m2>{_MONTH})(?!\w*\s*[-–]\s*{_MONTH})"
               rf"(?:(?:\s+(?i:period|stretch))?,?\s+(?i:of\s+)?"
               # (`July-January of fiscal 2022-23`, `of the financial year 2022-23`, `of FY2022-23`:
               # a split year says which months; `January-March of fiscal 2023` does not)
               # (`July-November of the 2020-21 fiscal year`: the same, its noun after it)
               rf"(?:(?:(?i:(?:the\s+)?(?:fiscal|financial)(?:\s+year)?\s+)|FY\s*|"
               rf"(?i:the\s+)(?=\d{{4}}\s*[-–/]\s*\d{{2,4}}\s+(?i:fiscal|financial|marketing|"
               # (`July-March of the 2018/19 season`, `November-September of the 2022-23 oil
               # year`: a season named by its years says which months as well)
               rf"crop|agricultural|grain|season|oil\s+year)\b))(?=\d{{4}}\s*[-–/]\s*\d))?(?P<y2>{_YEAR}|"
               rf"(?i:this year|last year|"
               rf"next year))(?:(?:[-–]|\s*/\s*)(?P<pair>\d{{2}}|\d{{4}})(?!\d)"
               rf"(?:\s+(?i:(?:agricultural|marketing|crop|fiscal|financial|grain|oil)\s+)?"
               rf"(?i:year|season)\b)?)?)?", _month_range),
    # `February of the 2013/2014 season`, `in March of fiscal 2022-23`: one month of a split
    # year (placed by the text's fiscal months when known, see `_month_of_split`)
    # (not the last month of a range: `November-February of the 2023-24 cotton year`)
    ("period", r"(?<![-–/])(?<![-–/]\s)(?<!\b[Tt]o\s)(?<!\b[Aa]nd\s)(?<!\b[Tt]hrough\s)"
               rf"\b(?P<m>{_MONTH})\s+(?i:of)\s+(?:(?i:the|its|their)\s+)?(?:"
               rf"(?i:(?:fiscal|financial)\s+(?:year\s+)?)(?P<fy1>{_YEAR})\s*[-–/]\s*"
               rf"(?P<fpair>\d{{4}}|\d{{2}})(?![\d/-])|(?P<y1>{_YEAR})\s*[-–/]\s*"
               rf"(?P<pair>\d{{4}}|\d{{2}})(?![\d/-])(?=\s+(?:[A-Za-z-]+\s+){{0,2}}?"
               r"(?i:seasons?|campaigns?|harvests?|years?)\b))", _month_of_split),
    # `the 2023/24 July-June season`: a split year's months written after its years, before the
    # season's noun, are that season's (July 2023 to June 2024), not the latest July-June
    ("period", rf"\b(?P<y1>)(?P<y2>{_YEAR})(?:[-–]|\s*/\s*)(?P<pair>\d{{2}}|\d{{4}})\s+"
               rf"(?P<m1>{_MONTH})\s*[-–/]\s*(?P<m2>{_MONTH})(?=\s+(?:[A-Za-z-]+\s+)?"
               r"(?i:years?|seasons?|campaigns?)\b)", _month_range),
    # `between mid-July and mid-November`: from the middle of one month to the middle of
    # another, as Nepal's and Bhutan's months run (the 16th to the 15th)
    ("period", rf"\b(?:(?i:between|from)\s+)?(?i:mid[\s-]?)(?P<m1>{_MONTH})"
               rf"(?:\s+(?P<y1>{_YEAR}))?{_DASH}(?i:mid[\s-]?)(?P<m2>{_MONTH})"
               rf"(?:,?\s+(?P<y2>{_YEAR}))?", _mid_months),
    # `between November and the end of March 2024`, `between early June and mid-September`:
    # the months from the first to the last, whole
    ("period", rf"\b(?i:between|from)\s+(?:(?i:early|mid|late)[\s-]+)?(?P<m1>{_MONTH})"
               rf"(?:\s+(?P<y1>{_YEAR}))?{_DASH}(?:(?i:the\s+end\s+of|end|early|mid|late)[\s-]+)?"
               rf"(?P<m2>{_MONTH})(?:,?\s+(?P<y2>{_YEAR}))?", _month_range),
    ("period", rf"{_YEAR_OWNER}(?i:\b(?:the\s+)?first\s+(?P<n>{_MONTH_COUNT})\s+months\b)"
               rf"{_OF_YEAR}?", _first_months),
    # (`the opening five months`, `the first nearly 10 months` of a year written, of a fiscal
    # year, FY or the (current) Iranian year; dates in brackets after it, `(March 21-July 22)`,
    # still say which months: see `_BRACKET_AFTER`)
    ("period", rf"(?i:\b(?:the\s+)?(?:opening|first)\s+{_ROUGHLY}(?P<n>{_MONTH_COUNT})\s+"
               rf"months\b)(?:{_OF_YEAR}|(?=\s+of\s+(?:the\s+|its\s+|their\s+)?"
               rf"(?:(?i:current|present)\s+)?(?:\d{{4}}|(?i:fiscal|financial|Iranian)\b|FY\s?\d)))",
     _first_months),
    # `in the first month of 2022`: January of the year written (a year is needed: `the first
    # month of the season` is no calendar month; `the first month of the year to pass that
    # mark` ranks a month, it names none)
    ("period", rf"(?i:\b(?:the\s+)?first\s+month\b){_OF_YEAR}(?!\s+to\b)", _first_month),
    ("period", rf"{_YEAR_OWNER}(?i:\b(?:the\s+)?first\s+(?P<n>two|three)\s+"
               rf"(?P<quarters>quarters)\b){_OF_YEAR}?", _first_months),
    # `exports rise 10.8% in eight months`, `trade tops $3bn in seven months`: a count of months
    # right after a figure is the year's first months so far, as `the first eight months` (not
    # `the highest in nine months`, `in nine months' time`)
    ("period", rf"{_AFTER_FIGURE}(?i:in|over)\s+(?P<n>{_MONTH_COUNT})\s+(?i:months)\b"
               rf"(?![-'’]|\s+(?i:of|to|ending|ended|through|before|after|later|earlier|ago|"
               rf"from|time|since)\b)", _months_just_counted),
    ("period", rf"(?i:\b(?:the\s+)?(?:final|last|closing)\s+(?P<n>{_MONTH_COUNT})\s+months\b)"
               rf"{_OF_YEAR}", _last_months),
    ("period", rf"{_YEAR_OWNER}(?i:\b(?:the\s+)?(?P<h>first|second|1st|2nd)[\s-]+half\b)"
               rf"{_OF_YEAR}?", _half),
    # `the opening quarter of 2023`, `the final half of 2022` (of a year written: `the opening
    # quarter of the season` is no calendar quarter)
    ("period", rf"(?i:\b(?:the\s+)?(?P<h>opening|final)[\s-]+half\b){_OF_YEAR}", _half),
    # `the next half`, `this half`: the half-year holding the publication date
    ("period", r"(?i:\b(?:the\s+)?(?P<which>next|coming|this|current)\s+half(?:[\s-]+year)?\b)"
               r"(?!\s+(?:of|a|an)\b)", _relative_half),
    # `the first half of February`: half a month, not of the year
    ("period", rf"(?i:\b(?:the\s+)?(?P<h>first|second|1st|2nd)[\s-]+half\s+of\s+)(?P<m>{_MONTH})"
               rf"(?:,?\s+(?P<of>{_YEAR}))?", _month_half),
    ("period", rf"(?i:\b(?:the\s+)?(?P<q>opening|final)[\s-]+quarter\b){_OF_YEAR}", _quarter),
    # `the last quarter of 2023`, `the closing quarter of 2022`: the year's fourth quarter (with
    # a year written; `last quarter` alone is the quarter before the present one)
    ("period", rf"(?i:\b(?:the\s+)?(?P<q>last|closing)[\s-]+quarter\s+of\s+)(?P<of>{_YEAR})",
     _quarter),
    # (`the opening quarter of its 2017/18 fiscal year`: that part of the fiscal year, placed
    # once its months are known)
    ("period", rf"(?i:\b(?:the\s+)?(?P<q>opening|final)[\s-]+quarter\b){_OF_FISCAL_AHEAD}",
     _quarter),
    ("period", rf"(?i:\b(?:the\s+)?(?P<h>opening|final)[\s-]+half\b){_OF_FISCAL_AHEAD}", _half),
    ("period", rf"\b(?:H(?P<hn>[12])|(?P<hn2>[12])H)\b(?:\s+(?P<of>{_YEAR}))?", _half),
    ("period", rf"{_YEAR_OWNER}(?i:\b(?:the\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)"
               rf"[\s-]+quarter\b){_OF_YEAR}?", _quarter),
    ("period", rf"\bQ(?P<qn>[1-4])\b(?:\s+(?P<of>{_YEAR}))?", _quarter),
    # `since its December 2009 launch`, `since the first gas arrived in December 2009`: from
    # the month the route opened, as `since December 2009`
    ("period", rf"\b(?i:since\s+(?:its|the|their)\s+)(?P<m>{_MONTH})\s+(?P<of>{_YEAR})(?i:\s+(?:"
               r"launch|start|start-up|opening|commissioning|inauguration))\b", _open),
    ("period", rf"\b(?i:since\s+(?:the|its)\s+(?:first\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:arrived|"
               rf"flowed|began(?:\s+flowing)?|came|opened|started|launched|was\s+launched)\s+in\s+)"
               rf"(?P<m>{_MONTH})\s+(?P<of>{_YEAR})\b", _open),
    # `since the season opened in May`, `since the trade reopened in December`: an opening
    # clause in the past with its month alone, counted from that month's last occurrence to
    # publication, as a report's `since May` (even beside a target or forecast)
    # (also `since the Black Sea deal took effect last August`, `since the first cargoes left in
    # August`: the clause's subject up to three words, an event verb, `in` or `last`)
    ("period", rf"\b(?i:since\s+(?:the|its|their)\s+(?:[\w-]+\s+){{0,3}}?(?:opened|reopened|"
               rf"began|started|resumed|took\s+effect|came\s+into\s+force|entered\s+into\s+force|"
               rf"left|arrived)\s+(?:in|last)\s+)(?P<m>{_MONTH})(?![\w-])(?!\.?\s*\d)",
     _opened_in_month),
    ("period", rf"\b(?<!dates\s)(?<!dated\s)(?<!dating\s)(?P<cue>(?i:starting|beginning|from|"
               rf"since(?:\s+at\s+least)?|as\s+of))\s+(?i:in\s+)?"
               rf"(?P<m>{_MONTH})(?!\w|['’]s\s+(?:[\d$€£]|(?:about|around|some|nearly|almost|"
               rf"just|roughly|over|more\s+than)\s))(?!\.?\s*\d{{1,2}}(?!\d))"
               rf"(?:\s+(?i:of\s+)?(?P<of>{_YEAR}))?",
     _open),  # (not `from October's 1.88 million bpd`: October's own figure; but `since
    # August's sanctions` is open)
    ("period", rf"(?i:\blast\s+)(?P<m>{_MONTH})(?![\w-])(?!\.?\s*\d{{1,2}}(?!\d))(?!,?\s+\d{{4}})",
     _last_named_month),
    ("period", rf"\b(?P<m>{_MONTH})(?:,?\s+(?i:of\s+)?(?P<of>{_YEAR}|(?i:this year|last year|"
               rf"next year)))", _month),
    ("period", rf"\b(?i:in|during|for|by|until|through|of|early|late|mid-?)\s+"
               rf"(?P<m>{_MONTH})(?![\w-])(?!\.?\s*\d{{1,2}}(?!\d))", _month),
    ("period", rf"\b(?!May\b)(?P<m>{_MONTH})(?![\w-])(?!\.?\s*\d{{1,2}}(?!\d))", _month),
    # `May receipts alone were up 73%`, `its May volume`, `May alone`: the month before a flow
    # noun or `alone` (or before `was` and month-like wording, `May was the strongest month`, `a
    # record`, or `saw`, `brought` and a flow or figure, `May saw exports rise`; not `May was
    # forced to`); `than May's 973,260 tons`: the month's possessive (the verb `may` never takes
    # one; a person's possessive after a capitalised name or title is not the month: `Theresa
    # May's deal`)
    ("period", r"(?:(?<=(?:In|By|So)\s)|(?<=(?:The|Its|And|But|All|Our|Her|His)\s)|"
               r"(?<=(?:From|Than|Like|With|Over|Till|This|That|Only|Even|Both|Late)\s)|"
               r"(?<=(?:Since|Until|After|Below|Above|Their|Early)\s)|(?<=(?:Before|Unlike)\s)|"
               r"(?<![A-Z][a-z]\s)(?<![A-Z][a-z]{2}\s)(?<![A-Z][a-z]{3}\s)(?<![A-Z][a-z]{4}\s)"
               r"(?<![A-Z][a-z]{5}\s)(?<![A-Z][a-z]{6}\s)(?<![A-Z][a-z]{7}\s)(?<!Mrs\.\s)"
               r"(?<!Ms\.\s)(?<!Mr\.\s))\b(?P<m>May)(?=['’]s\b|\s+(?:alone|receipts|volumes?|exports|imports|shipments|"
               r"was\s+(?:the\s+(?:strongest|weakest|best|worst|busiest|slowest|quietest|highest|lowest|"
               r"biggest|largest|smallest|peak|record)|a\s+record)|(?:saw|brought)\s+(?:(?:a|an|"
               r"record|higher|lower|strong|weak|further|more|fewer|less)\s+)?(?:receipts|volumes?|"
               r"exports|imports|shipments|deliveries|arrivals|purchases|sales|loadings|trade|output|"
               r"production|flows?|[$€£]?\d+)|deliveries|arrivals|purchases|sales|loadings|figures?|data|totals?|levels?|trade|output|"
               r"production|intake|flows?)\b)", _month),
    # `Brazil's May sugar exports`, `India's May palm oil imports`, `total May crude imports`:
    # the month after a possessive or determiner, before one or two lower-case goods words and
    # a flow noun (a name's possessive never comes before the verb `may`)
    ("period", r"(?:(?<=['’]s\s)|(?<=\b[Tt]he\s)|(?<=\b[Ii]ts\s)|(?<=\b[Tt]heir\s)|"
               r"(?<=\b[Tt]otal\s))(?P<m>May)"
               r"(?=\s+(?:[a-z][a-z-]*\s+){1,2}(?:exports|imports|shipments|arrivals|deliveries|"
               r"purchases|sales|loadings|intake|output|production|receipts)\b)", _month),
    ("period", rf"\b(?:(?i:between|from|in|during|for|of)\s+)?(?P<y1>{_YEAR})\s*"
               r"(?:[-–/]\s*(?P<y2>\d{4}|\d{2})|(?i:to|and|through)\s*(?P<y2b>\d{4}))(?!\d|,\d)",
     _year_range),
    # (`since at least 2022`: from that year, as `since 2022`; after a superlative, how far
    # back the record reaches, as `the most since 2016`; not the year of a date written with a
    # slash after its day, `September 22/2020`)
    ("period", rf"(?<!Resolution )(?<!resolution )(?<!No\. ){_NOT_AFTER_DAY_SLASH}"
               rf"\b(?:(?i:in|during|for|of|since(?:\s+at\s+least)?)\s+)?(?P<y>{_YEAR})"
               rf"(?:['’`]s)?", _year),
    ("period", r"(?i:\b(?:(?:earlier|later)\s+)?(?P<rel>last|this|next|past|current)\s+year"
               r"(?:['’`]s)?\b)", _relative_year),
    ("period", r"(?i:\b(?P<rel>last|this|next|previous)\s+month(?:['’`]s)?\b)", _relative_month),
]


@cache
def period_cues() -> dict[str, Any]:
    """The period cue words of `knowledge/period_cues.json`."""
    data: dict[str, Any] = load_json("period_cues.json")
    return data


def cue_alternation(words: Iterable[str]) -> str:
    """A regex alternation over cue phrases, longest first, any run of spaces between words."""
    return _alternation(tuple(words))


@cache
def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(r"\s+".join(re.escape(piece) for piece in word.split())
                    for word in sorted(set(words), key=len, reverse=True))


@cache
def _event_days() -> dict[str, date]:
    days = {e.label: e.day for e in events()}
    return {phrase: days[entry["event"]] for entry in period_cues()["since_events"]
            for phrase in entry["phrases"] if entry["event"] in days}


_DAY = r"(?P<{}>\d{{1,2}})(?:st|nd|rd|th)?(?!\d|\.\d)"


def _grammar() -> list[tuple[Relation, str, Resolver]]:
    """(relation, pattern, resolver); overlapping matches keep the longest."""
    cues = period_cues()
    fiscal = cue_alternation(cues["fiscal_nouns"])
    trailing = cue_alternation(cues["trailing_year_nouns"])
    trailing_verbs = cue_alternation(cues["trailing_year_verbs"])
    # (a relative clause in the past may be set off by a comma: `the war's third year, which
    # ended on February 24, 2025`; not `the current oil year, which ends in September`, a
    # year under way, nor a fiscal year named by its year, which the fiscal reading dates)
    trailing_gap = (r"(?:\s+|(?<!fiscal\syear)(?<!financial\syear),\s+"
                    r"(?=which\s+(?:ended|closed)\b))")
    whole = cue_alternation(cues["whole_year"])
    joins = cue_alternation(cues["year_to_day_joins"])
    # (not `this year through May 9`: the year's first day to that day, which
    # extract/timeframe.py `year_to_day` joins, no rolling twelve months)
    not_this_year = rf"(?!(?<=this\s)year\s+(?:{joins})\s+{_MONTH}\s*\d)"
    since = cue_alternation(_event_days())
    d1, d2 = _DAY.format("d1"), _DAY.format("d2")
    cued: list[tuple[Relation, str, Resolver]] = [
        ("period", rf"\b(?:(?i:between|from)\s+)?(?P<m1>{_MONTH})\s+{d1}(?:,?\s+(?P<y1>{_YEAR}))?"
                   rf"{_DASH}(?P<m2>{_MONTH})\s+{d2}(?:,?\s+(?P<y2>{_YEAR}))?", _day_range),
        ("period", rf"\b(?P<m1>{_MONTH})\s+{d1}\s*[-–]\s*{d2}(?:,?\s+(?P<y2>{_YEAR}))?",
     _day_range),
        # `between October 1, 2017, when the season opened, and March 15`, `between Oct. 7,
        # 2023, and March 20 this year`: a day range whose first day is set off by a comma and
        # an aside on it (a `when` clause, an apposition), cut at a clause break
        ("period", rf"\b(?i:between)\s+(?P<m1>{_MONTH})\s+{d1}(?:,?\s+(?P<y1>{_YEAR}))?,\s+"
                   rf"(?:[^,;.()\d]*?[^,;.()]{{0,60}}?,\s+)?(?i:and)\s+(?P<m2>{_MONTH})\s+{d2}"
                   rf"(?:,?\s+(?P<y2>{_YEAR}|(?i:this|last)\s+year))?", _day_range),
        ("period", rf"\b(?i:from)\s+(?P<m1>{_MONTH})\s+{d1}(?:,?\s+(?P<y1>{_YEAR}))?,\s+"
                   rf"[^,;.()]{{3,60}}?,\s+(?i:to|through|until)\s+(?P<m2>{_MONTH})\s+{d2}"
                   rf"(?:,?\s+(?P<y2>{_YEAR}|(?i:this|last)\s+year))?", _day_range),
        # `between the Oct. 1 start of the season and Dec. 27`, `between the October 1 opening
        # of the 2016/17 season and the end of February`: a season's opening day, written as
        # an adjective before `start of`, to the day (or the month's end) after `and`
        ("period", rf"\b(?i:between|from)\s+(?i:the)\s+(?P<m1>{_MONTH})\s+{d1}\s+"
                   rf"(?i:start|opening|beginning|launch)\s+(?i:of)\s+(?:[\w/'’-]+\s+){{1,4}}?"
                   rf"(?i:and|to|through|until)\s+(?:(?i:the\s+end\s+of)\s+)?(?P<m2>{_MONTH})"
                   rf"(?:\s+{d2})?(?:,?\s+(?P<y2>{_YEAR}))?", _opening_to),
        # `between January and November 13, 2020`, `from January to June 20`: from the first
        # of the month named to that day
        ("period", rf"\b(?i:between|from)\s+(?P<m1>{_MONTH})(?:\s+(?P<y1>{_YEAR}))?\s+"
                   rf"(?i:and|to|through|until)\s+(?P<m2>{_MONTH})\s+{d2}"
                   rf"(?:,?\s+(?P<y2>{_YEAR}))?", _month_to_day),
        # `between July 1 and 20`, `from March 1 to 15, 2024`: days of one month
        ("period", rf"\b(?i:between|from)\s+(?P<m1>{_MONTH})\s+{d1}\s+(?i:and|to|through)\s+"
                   rf"{d2}(?![\d.,]\d)(?!\s*(?:%|per\s?cent|percent|million|billion|tons?|tonnes?))"
                   rf"(?:,?\s+(?P<y2>{_YEAR}))?", _day_range),
        ("period", rf"(?i:\b{not_this_year}(?:the\s+)?(?:(?:past|last)\s+)?(?:(?P<n>two|three|"
                   rf"four|five|six|seven|"
                   rf"eight|nine|ten|eleven|[2-9]|1[01])\s+months|{trailing}|(?:(?<=[Tt]he\s)|(?<=marketing\s)|(?<=grain\s)|(?<=crop\s))season)"
                   rf"{trailing_gap}(?:{trailing_verbs})\s+)(?P<m>{_MONTH})"
                   rf"(?:\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?!\d|\.\d))?(?:,?\s+(?P<of>{_YEAR}))?",
         _trailing_year),
        # the same with the day first (`the year that ended on 21 March 2020`)
        ("period", rf"(?i:\b(?:the\s+)?(?:(?P<n>two|three|four|five|six|seven|"
                   rf"eight|nine|ten|eleven|[2-9]|1[01])\s+months|{trailing})"
                   rf"{trailing_gap}(?:{trailing_verbs})\s+)(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+"
                   rf"(?P<m>{_MONTH})(?:,?\s+(?P<of>{_YEAR}))?", _trailing_year),
        ("period", rf"(?i:\b(?:the\s+)?(?:{fiscal})\s*(?:year\s+)?)(?P<y1>{_YEAR})"
                   rf"(?:\s*[-–/]\s*(?P<y2>\d{{4}}|\d{{2}})(?!\d|,\d))?", _fiscal),
        ("period", rf"\b(?:(?i:the)\s+)?(?P<y1>{_YEAR})\s*[-–/]\s*(?P<y2>\d{{4}}|\d{{2}})\s+"
                   rf"(?i:(?:{fiscal})(?:\s+year)?)\b", _fiscal),
        # `the 2022 financial year, which ended on June 30`: one year before the noun names the
        # fiscal year ending in it (a bare `2022 fiscal` is no year of its own: `2022 fiscal
        # deficit`)
        # (`the 2023 fiscal year, which ended in March 2024`: the twelve months to the end it
        # states, as Japan names a fiscal year by the year it starts)
        ("period", rf"\b(?:(?i:the)\s+)?{_YEAR}\s+(?i:(?:fiscal|financial)\s+year),?\s+"
                   rf"(?i:which|that)\s+(?i:ended|ends|closed)\s+(?i:on\s+|in\s+)?(?P<m>{_MONTH})"
                   rf"(?:\s+(?P<d>\d{{1,2}}))?,?\s+(?P<of>{_YEAR})", _trailing_year),
        ("period", rf"\b(?:(?i:the)\s+)?(?P<y1>{_YEAR})\s+(?i:(?:fiscal|financial)\s+year)\b",
         _fiscal),
        ("period", r"\bFY\s?['’]?(?P<yy>[0-4]\d)(?:\s*/\s*(?P<yy2>[0-4]\d))?(?![\d/-])",
         _fiscal_short),
        # `the Iranian year 1403`: a Solar Hijri year, placed once its first day is written
        ("period", rf"(?i:\b(?:the\s+)?{_IRANIAN_YEAR}\s+)(?P<sh>1[34]\d\d)(?!\d|,\d)",
         _solar_hijri),
        # `MY2021/22`, `MY 2023/24`: a marketing year by its years, as `the 2021/22 marketing
        # year`
        ("period", rf"\bMY\s?(?P<y1>{_YEAR})(?:\s*[-–/]\s*(?P<y2>\d{{4}}|\d{{2}}))?(?!\d)",
         _fiscal),
        # `the March quarter`, `the March 2022 quarter`, `the July quarter of 2025`: the three
        # months that end with the month named (Australian, New Zealand and Pacific usage)
        ("period", rf"\b(?i:the)\s+(?P<m>{_MONTH})\s+(?:(?P<y1>{_YEAR})\s+)?(?i:quarter)"
                   rf"(?:\s+(?i:of)\s+(?P<of>{_YEAR}))?", _month_quarter),
        # `over the past six months` (no month named after it): the months before the
        # publication month
        ("period", r"(?i:(?:(?<=over\s)|(?<=during\s))(?:the\s+)?(?:past|last|previous)\s+"
                   r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|1[0-2])"
                   r"\s+months)(?!\s+(?i:to|ending|ended|through|of|until|before|after)\b)",
         _past_months),
        # (not `in the year-ago quarter`, `for the year-earlier period`: a compound's first word)
        # (nor `the year to March`; but `bringing the total for the year to 1.1 million tonnes`
        # is the year: `to` a figure is the level the year reached)
        ("period", rf"(?i:\b(?:{whole})\b)(?![-–]\w|\s+(?i:before|earlier|ago|ending|ended|"
                   r"through)\b|\s+(?i:to)\b(?!\s+(?:[$€£¥₹\d]|[A-Z][A-Za-z]{0,2}\s?[$\d]|"
                   r"(?i:about|around|roughly|some|nearly|almost|just|over|more\s+than)\s)))",
         _whole_year),
        ("period", r"(?i:\b(?P<since>since\s+the\s+(?:start|beginning)\s+of\s+)?(?:the\s+)?"
               r"(?P<which>current|new|coming|upcoming|this|next|last|past)\s+"
                   r"(?:(?:fiscal|financial|marketing|agricultural|crop)\s+(?:year|season)|"
                   rf"{_IRANIAN_YEAR}|"
                   r"(?:marketing\s+|crop\s+|grain\s+)?season)\b)", _named_fiscal),
        ("period", rf"(?i:\bsince\s+(?P<event>{since}))\b", _since_event),
        ("period", rf"\b(?i:since(?:\s+at\s+least)?|starting|beginning)\s+(?i:on\s+)?"
                   rf"(?P<m>{_MONTH})\s+{_DAY.format('d')}(?:,?\s+(?P<of>{_YEAR}))?", _open_day),
        # `since the truce began on October 10`, `since New Delhi barred exports of the grain on
        # May 13`: an event's clause dated to its day, counted from that day as `since October
        # 10` is (the clause's words only: no comma or stop between)
        ("period", rf"\b(?i:since)\s+(?:(?!(?i:on)\b)[\w'’-]+\s+){{1,8}}?(?i:on)\s+"
                   rf"(?P<m>{_MONTH})\s+{_DAY.format('d')}(?:,?\s+(?P<of>{_YEAR}))?", _open_day),
        # (the day written first: `since the new terminal opened on 14 March 2019`)
        ("period", rf"\b(?i:since)\s+(?:(?!(?i:on)\b)[\w'’-]+\s+){{1,8}}?(?i:on)\s+"
                   rf"{_DAY.format('d')}\s+(?P<m>{_MONTH})(?:,?\s+(?P<of>{_YEAR}))?", _open_day),
        # `since the junta seized power in July 2020`, `since duties hit the smelters last
        # March`, `since its first cargo in February 2020`, `since the start of March this
        # year`, `since late February`: an event's clause (its words only: no comma or stop
        # between) dated to its month, counted from that month as a report counts `since August
        # 2021`, whatever the sentence's mood (a forecast's `since August 2021` is read otherwise;
        # the event is past either way); not a cause set off by a comma (`jumped to 9 million
        # tonnes, since crushers needed more beans in April`: April, the month of the cause)
        ("period", rf"(?<![,;]\s)\b(?i:since)\s+(?:(?:(?!{_MONTH}\b|\d{{4}}\b)[\w'’-]+\s+){{1,8}}?"
                   rf"(?i:in|last)\s+|(?i:the\s+"
                   rf"(?:start|beginning)\s+of)\s+|(?=(?i:late|early|mid)[\s-]))"
                   rf"(?i:(?:late|early|mid)[\s-]+)?(?P<m>{_MONTH})(?![\w-])"
                   rf"(?!\.?\s*\d{{1,2}}(?!\d))(?:,?\s+(?i:of\s+)?(?P<of>{_YEAR}|"
                   rf"(?i:last\s+year|this\s+year)))?", _opened_in_month),
        ("period", rf"\b(?i:since)\s+(?P<m>{_MONTH})\s+(?i:of\s+)?(?P<of>(?i:last\s+year|this\s+"
                   rf"year))\b", _opened_in_month),
        ("period", rf"\b(?i:through|until|till)\s+(?P<m>{_MONTH})\s+{_DAY.format('d')}"
                   rf"(?:,?\s+(?P<of>{_YEAR}))?", _to_day),
    ]
    return cued + _GRAMMAR


@cache
def _patterns() -> list[tuple[Relation, re.Pattern[str], Resolver]]:
    return [(relation, re.compile(pattern), resolver) for relation, pattern, resolver in _grammar()]


Need = tuple[tuple[str, ...], tuple[str, ...]]
"""Literals one of which every match of a pattern holds: (written as is, written case-blind, to
look for in the lower-cased text)."""


@cache
def _gated_patterns() -> tuple[list[tuple[Relation, re.Pattern[str], Resolver, int]],
                               list[Need | None]]:
    """`_patterns`, each with the index of the literals it needs in the second list (None: none
    found), read off its parse tree so that a text holding none of them is not scanned at all
    (most sentences hold no `quarter`, no `half`, no month name). Patterns needing the same
    literals share them (a month name: fifteen patterns), so that each is looked for once."""
    gated: list[tuple[Relation, re.Pattern[str], Resolver, int]] = []
    needs: list[Need | None] = []
    for relation, regex, resolver in _patterns():
        needed = _pattern_needs(regex)
        need = None if needed is None else (
            tuple(sorted(text for text, blind in needed if not blind)),
            tuple(sorted(text for text, blind in needed if blind)))
        if need not in needs:
            needs.append(need)
        gated.append((relation, regex, resolver, needs.index(need)))
    return gated, needs


_Literals = frozenset[tuple[str, bool]]
"""Any-of literals (text, case-blind): a match holds at least one of them."""


def _pattern_needs(regex: re.Pattern[str]) -> _Literals | None:
    """What `_needs` finds in `regex`, read with the standard library's own parser
    (`re._parser`, private): should a later Python lack it or lay its tree out otherwise, the
    pattern needs nothing and is always scanned (slower, never wrong)."""
    try:
        parser: Any = importlib.import_module("re._parser")
        parsed = parser.parse(regex.pattern, regex.flags)
        return _needs(parsed.data, bool(parsed.state.flags & re.IGNORECASE))
    except (ImportError, AttributeError, TypeError, ValueError):
        return None


def _needs(items: Any, blind: bool) -> _Literals | None:
    """Literals one of which every match of a parsed (sub)pattern holds, or None.

    Exact by construction: a run of consecutive literal characters must appear as written (or,
    case-blind, as its lower case: ASCII only, see `_CASE_ODD`); an alternation needs one of
    what its branches need (none if one branch needs nothing); a repeat needs what its body
    needs when it repeats at least once; anything else (classes, anchors, lookarounds) needs
    nothing and ends a run. Of the needs of a sequence, the most selective is kept."""
    found: list[_Literals] = []
    run: list[str] = []
    run_blind = False

    def close() -> None:
        if run:
            found.append(frozenset({("".join(run), run_blind)}))
            run.clear()

    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            char = chr(av)
            if blind and not char.isascii():
                close()
                continue
            if run and run_blind != blind:
                close()
            run_blind = blind
            run.append(char.lower() if blind else char)
            continue
        close()
        need: _Literals | None = None
        if name == "SUBPATTERN":
            _, add, remove, sub = av
            need = _needs(sub, (blind or bool(add & re.IGNORECASE))
                          and not remove & re.IGNORECASE)
        elif name == "ATOMIC_GROUP":
            need = _needs(av, blind)
        elif name == "BRANCH":
            branches = [_needs(branch, blind) for branch in av[1]]
            if all(branch is not None for branch in branches):
                need = _reduced(frozenset().union(*(b for b in branches if b is not None)))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and av[0] >= 1:
            need = _needs(av[2], blind)
        if need is not None:
            found.append(need)
    close()
    if not found:
        return None
    return max(found, key=lambda need: (min(len(text) for text, _ in need), -len(need)))


def _reduced(need: _Literals) -> _Literals:
    """Without literals that hold another of the same case-blindness (`January` holds `Jan`)."""
    return frozenset((text, blind) for text, blind in need if not any(
        other != text and other_blind == blind and other in text for other, other_blind in need))


_CASE_ODD = re.compile("[\u0130\u0131\u017f]")
"""The characters a case-blind pattern reads as an ASCII letter though their lower case is not
that letter (`İ`, `ı` as `i`, `ſ` as `s`; the Kelvin sign lower-cases to `k`): `find_periods`
reads a text holding one with `_ODD_FOLDS` applied."""
_ODD_FOLDS = str.maketrans({"\u0130": "I", "\u0131": "i", "\u017f": "s"})


def _may_match(need: Need | None, text: str, lowered: str) -> bool:
    if need is None:
        return True
    written, blind = need
    for literal in written:
        if literal in text:
            return True
    for literal in blind:
        if literal in lowered:
            return True
    return False


_YEARS_COUNTED = (r"(?:counts?|counting|runs?|running|measures?)\s+(?:its\s+|their\s+|the\s+)?"
                  r"(?:fiscal\s+|financial\s+)?years|(?:years?|seasons?),?\s+"
                  r"(?:that\s+|which\s+)?(?:runs?|running|lasts?)")
"""`counts years`, `a financial year that runs`, `the 2017/2018 season, which runs`: before
`from` and the months a text's years are counted by (`fiscal_year_start` reads them; as a
mention they are no period)."""


@lru_cache(maxsize=8)  # asked once per sentence about the same document text
def fiscal_year_start(text: str) -> FiscalStart | None:
    """The first day of the fiscal year a text states (`the April-March fiscal year`, `the
    fiscal year that began on Oct. 1`, `which began in mid-July`, `the Iranian year that ended on
    March 20`), or None: fiscal years are only resolved when their months are written."""
    cues = period_cues()
    fiscal = rf"(?i:{cue_alternation(n for n in cues['fiscal_nouns'] if n.endswith(' year'))})"
    # (`marketing year through Feb. 12`: a date)
    strict = rf"(?i:(?:fiscal|financial)\s+year|{_IRANIAN_YEAR})"
    # (`the April 2014-March 2015 crop year`: years may follow the months)
    span = re.search(rf"\b(?P<m1>{_MONTH})(?:\s+{_YEAR})?\s*[-–/]\s*(?P<m2>{_MONTH})(?:\s+{_YEAR})?"
                     rf"\s+{fiscal}|{fiscal}\s+\(?"
                     rf"(?P<m3>{_MONTH})\s*[-–/]\s*(?P<m4>{_MONTH})|\b{_YEAR}\s*[-–/]\s*\d\d(?:\d\d)?"
                     rf"(?:\s+(?:[A-Za-z-]+\s+){{0,2}}?(?i:seasons?|campaigns?|years?|{fiscal}))?"
                     rf"\s*\(\s*(?P<m5>{_MONTH})(?:\s*[-–/]\s*|\s+(?:to|through|until)\s+)"
                     rf"(?P<m6>{_MONTH})\s*\)", text)
    if span:  # (`2022-23 (April-March)`, `the 2023/24 season (July to June)`: a split year
        # with its months)
        first = _month_number(span["m1"] or span["m3"] or span["m5"])
        last = _month_number(span["m2"] or span["m4"] or span["m6"])
        if last % 12 + 1 == first:
            return FiscalStart(first)
    # (`July-June 2017-18`, `the April-March 2024-25 fiscal year`, `the 2024/25 July-June
    # season`, `the July 2022-June 2023 season`, `(October 2008 to September 2009)`: a split
    # year's wrapping months written beside it)
    beside = _SPLIT_YEAR_MONTHS.search(text)
    if beside and _wraps(beside):
        return FiscalStart(_month_number(beside["m1"] or beside["m3"] or beside["m5"]))
    # (`in July, the first month of fiscal 2025-26`: the month a fiscal year opens with)
    opening = re.search(rf"\b(?P<m>{_MONTH}),?\s+(?i:the\s+(?:first|opening)\s+month\s+of\s+"
                        rf"(?:the\s+|its\s+|their\s+)?(?:new\s+|current\s+)?(?:fiscal|financial))\b",
                        text)
    if opening:
        return FiscalStart(_month_number(opening["m"]))
    # (`April-September 2023, the first half of the fiscal year`: the months a fiscal year opens
    # with; not January, whose fiscal year is the calendar year: `Sales fell in January-June, the
    # first half of the fiscal year, the firm said` says nothing of a country's years)
    opening_months = next((found for found in _OPENING_MONTHS_OF_FISCAL.finditer(text)
                           if _month_number(found["m1"]) != 1), None)
    if opening_months:
        return FiscalStart(_month_number(opening_months["m1"]))
    # (`FY20, the year to June`, `FY2024, the fiscal year ended March`: a fiscal year named
    # short, its closing month given in the appositive after it)
    closed = re.search(rf"\bFY\s?(?:\d{{4}}|\d{{2}})(?:\s*[-–/]\s*\d{{2,4}})?,\s+(?i:the|its)\s+"
                       rf"(?i:(?:fiscal|financial)\s+)?(?i:year)\s+(?i:to|ended|ending|through)\s+"
                       rf"(?:(?i:in)\s+)?(?P<m>{_MONTH})\b", text)
    if closed:
        return FiscalStart(_month_number(closed["m"]) % 12 + 1)
    # (`both July-June years`, `a July-June year`: years named by their wrapping months)
    wrapping = re.search(rf"\b(?P<m1>{_MONTH})\s*[-–]\s*(?P<m2>{_MONTH})\s+(?i:years?)\b", text)
    if wrapping and _month_number(wrapping["m2"]) % 12 + 1 == _month_number(wrapping["m1"]):
        return FiscalStart(_month_number(wrapping["m1"]))
    # (`its outlook, which counts years from July to June`, `years that run from April to
    # March`: the text's years by their months)
    counted = re.search(rf"\b(?i:{_YEARS_COUNTED})\s+(?i:from)\s+(?P<m1>{_MONTH})\s+"
                        rf"(?i:to|through|until)\s+(?P<m2>{_MONTH})\b", text)
    if counted and _month_number(counted["m2"]) % 12 + 1 == _month_number(counted["m1"]):
        return FiscalStart(_month_number(counted["m1"]))
    # (`fiscal 2023-24, which began on July 1`: a fiscal year named by its years)
    named = rf"(?:{fiscal}|(?i:fiscal|financial)\s+\d{{4}}(?:\s*[-–/]\s*\d{{2,4}})?|" \
        rf"\bFY\s?\d{{2,4}}(?:\s*[-–/]\s*\d{{2,4}})?|(?i:{_IRANIAN_YEAR})(?:\s+1[34]\d\d)?)"
    # (`the 2023/24 season that opened on October 1`, `the season that ended on September 30`,
    # `the 2021/22 season, which runs from September to August`)
    # (only a season named by its years or as `the season`, its verb right after it: not `the
    # planting season began in April`, `India's sugar crushing season opened`)
    season = rf"(?:\b{_YEAR}\s*[-–/]\s*\d{{2,4}}|\b(?i:the|this|current|new))\s+" \
        r"(?i:(?:current|new|marketing|crop|grain)\s+)?(?i:season),?\s+"
    # (`the 2020-2021 coffee year, which ran from October`, `the 2023/24 commercial year
    # opened in December`, `the 2022-2023 harvest, which runs from October`: a year named by
    # its pair of years, whatever its noun; a crop's harvest year is its season)
    season = rf"(?:{season}|\b{_SPLIT}\s+(?:[A-Za-z-]+\s+){{0,2}}?(?i:year|campaign|harvest),?\s+)"
    # (`fiscal 2022-23, which ended in June`, `the 2021/22 marketing year that closed on
    # September 30`, `a financial year that runs until March 31`, `fiscal years that end in
    # March`: a close stated in a relative clause, which `the marketing year through Feb. 12`,
    # a date, is not)
    closing = rf"(?:(?i:fiscal|financial)(?:\s+(?i:years?))?|FY\s?\d{{2,4}}|" \
        rf"\b{_SPLIT}\s+(?:[A-Za-z-]+\s+)?(?i:years?|seasons?))"
    for key, ends, nouns in (("fiscal_start_verbs", False, named),
                             ("fiscal_end_verbs", True, strict),
                             ("fiscal_close_clauses", True, closing),
                             ("season_start_verbs", False, season),
                             ("season_end_verbs", True, season)):
        verbs = cue_alternation(cues[key])
        gap = "" if nouns is season else _FISCAL_VERB_GAP
        found = re.search(rf"{nouns}{gap}(?i:{verbs})\s+(?i:(?:on|in)\s+)?"
                          rf"(?:(?P<d1>\d{{1,2}})\s+|(?P<mid>(?i:mid-?|the\s+middle\s+of\s+)))?"
                          rf"(?P<m>{_MONTH})(?:\.?\s+(?P<d2>\d{{1,2}})\b(?![.,]\d))?", text)
        if found and _group(found, "r1"):
            # (`the first half of its fiscal year, April through September`: the months of its
            # opening part, from its first month)
            return FiscalStart(_month_number(found["r1"]))
        if found:
            return _fiscal_edge(_month_number(found["m"]), found["d1"] or found["d2"],
                                bool(found["mid"]), ends)
    return None


_SPLIT = rf"{_YEAR}\s*[-–/]\s*(?:\d{{4}}|\d{{2}})(?![\d/-])"
"""A split year (`2024-25`, `2017/18`, `2020-2021`)."""
_SPLIT_YEAR_MONTHS = re.compile(
    rf"\b(?P<m1>{_MONTH})\s*[-–/]\s*(?P<m2>{_MONTH})\s+{_SPLIT}"
    rf"|\b{_SPLIT}\s+(?P<m3>{_MONTH})\s*[-–/]\s*(?P<m4>{_MONTH})\s+(?:[A-Za-z-]+\s+)?"
    rf"(?i:years?|seasons?|campaigns?)\b"
    rf"|(?:(?<=\()|\b)(?P<m5>{_MONTH})\s+(?P<y5>{_YEAR})\s*(?:[-–/]|\s(?i:to|through)\s)\s*"
    rf"(?P<m6>{_MONTH})\s+(?P<y6>{_YEAR})(?=\s*\)|\s+(?:[A-Za-z-]+\s+)?(?i:years?|seasons?|"
    rf"campaigns?|period)\b)")
"""A split year's months written beside it: before its years (`July-June 2017-18`), after them
before the year's noun (`the 2024/25 July-June season`), or as the months of two years in a
bracket or before the noun (`(July 2024 - June 2025)`, `the October 2024-September 2025
marketing season`). `fiscal_year_start` takes them when they wrap round a year."""


_OPENING_MONTHS_OF_FISCAL = re.compile(
    rf"\b(?P<m1>{_MONTH})(?:\s+{_YEAR})?\s*[-–]\s*{_MONTH}(?:\s+{_YEAR})?,?\s+"
    r"(?i:the|its)\s+(?:(?i:first|opening)\s+(?:[\w-]+\s+){0,2}?(?i:half|quarter|months)"
    r"|(?i:start|beginning))\s+(?i:of)\s+"
    r"(?:(?:(?i:the|its|their|this|a)|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s)\s+)?"
    rf"(?:(?:{_YEAR}(?:\s*[-–/]\s*\d{{2,4}})?|{_MONTH}\s*[-–]\s*{_MONTH})\s+)?"
    r"(?:(?i:new|current)\s+)?"
    r"(?:(?i:fiscal|financial)\s+(?:(?i:years?)\b|\d|FY)|FY\s?\d)")
"""Months named and then called the opening part of the fiscal year (`April-September 2023, the
first half of the fiscal year`, `July-October, the first four months of fiscal 2024-25`,
`April-June, the first quarter of FY23`, `in April-July, the start of India's 2024-25 fiscal
year`): the first month named opens the document's fiscal years. Between `of` and the fiscal
year only a determiner or a possessive name, a year or months label and `new`/`current`, and the
fiscal year must be one (`fiscal year`, `fiscal 2024-25`, `FY23`): `the start of the global
financial crisis`, `the first months of the financial crisis` are no fiscal year."""


def _wraps(found: re.Match[str]) -> bool:
    """Whether the months of a `_SPLIT_YEAR_MONTHS` match run a whole year round (`July-June`),
    in two consecutive years when written with them."""
    pairs = (("m1", "m2"), ("m3", "m4"), ("m5", "m6"))
    first, last = next((found[a], found[b]) for a, b in pairs if found[a])
    if found["y5"] and int(found["y6"]) != int(found["y5"]) + 1:
        return False
    return _month_number(last) % 12 + 1 == _month_number(first)


_FISCAL_VERB_GAP = (rf"(?:\s+\d{{4}}(?:\s*[-–/]\s*\d{{2,4}})?)?(?:\s+\([^()]{{1,30}}\))?,?\s+"
                    rf"(?:(?i:the\s+year)\s+)?(?:(?i:which|that)\s+)?"
                    rf"(?:(?P<r1>{_MONTH})\s+(?=(?i:to|through)\s))?")
"""Between a fiscal year and the verb that says when it opens or closes: its years, a bracket,
a comma, `the year` (`fiscal 2023, the year that started on April 1`), or the first month of a
span written after it (`its fiscal year, April through September`); not other words (`Talks on
the fiscal year budget began on June 12`, `the fiscal year rose from March to June`)."""


_MID_MONTH = 16
"""The day a year opening or closing `in mid-July` is read to open (July 16; one closing then ran
to July 15): Nepal's fiscal year opens on Shrawan 1, about July 16."""


def _fiscal_edge(month_: int, day: str | None, mid: bool, ends: bool) -> FiscalStart:
    """The fiscal year's first day from the month (and day) it opens or closes on."""
    if mid:
        return FiscalStart(month_, _MID_MONTH)
    try:  # (in a leap year, so that `ended on February 29` is a day)
        written = date(2000, month_, int(day)) if day is not None else None
    except ValueError:  # `on June 31`: no such day, the month alone
        written = None
    if written is None:  # `ended in June`: July 1
        return FiscalStart(month_ % 12 + 1 if ends else month_)
    opened = written + timedelta(days=1 if ends else 0)
    return FiscalStart(opened.month, opened.day)


def _fiscal_period(match: re.Match[str], start: FiscalStart) -> Period | None:
    """A fiscal year named by its years (`2012-13`, `FY2023`) when its first day is known."""
    y1, tail = int(match["y1"]), _group(match, "y2") or _group(match, "y2b")
    if not tail:  # `fiscal 2023` is the fiscal year that ends in 2023
        first = y1 if start.calendar else y1 - 1
    else:
        y2 = int(tail) if len(tail) == 4 else y1 // 100 * 100 + int(tail)
        if y2 != y1 + 1:
            return None
        first = y1
    return start.year_from(first)


_FISCAL_EDGE_AFTER = re.compile(
    rf",?\s+(?:(?i:which|that)|(?i:the\s+(?:fiscal\s+|financial\s+)?year\s+(?:that|which)))\s+"
    r"(?P<verb>(?i:ran|runs|began|begins|started|starts|opened|ended|ends|closed))\s+"
    rf"(?:(?i:from|on|in)\s+)?(?P<m>{_MONTH})(?:\s+\d{{1,2}}(?!\d))?(?:,?\s+(?P<y>{_YEAR}))?")
"""After `fiscal 2023`: the clause giving the day it opened or closed (`, which ran from April 1,
2022`, `, the year that started on April 1, 2023`, `, which ended in March`)."""
_FISCAL_OPENS = ("ran", "runs", "began", "begins", "started", "starts", "opened")


def _fiscal_edge_stated(text: str, match: re.Match[str], reference: date,
                        start: FiscalStart) -> Period | None:
    """`fiscal 2022, which ran from April 1, 2022`, `fiscal 2023, which ended in March` (in an
    April 2024 article): a fiscal year named by one year whose opening or close the text states
    is the one it states, whether the year names its start (Japan) or its end; `fiscal 2023`
    with no such clause stays the one ending in 2023 (`_fiscal_period`)."""
    if start.calendar or _group(match, "y2") or _group(match, "y2b") or \
            not _group(match, "y1"):
        return None
    edge = _FISCAL_EDGE_AFTER.match(text, match.end())
    if edge is None:
        return None
    named, month_ = int(match["y1"]), _month_number(edge["m"])
    if edge["verb"].lower() in _FISCAL_OPENS:
        if month_ != start.month or edge["y"] is None:
            return None
        first = int(edge["y"])
    else:
        if month_ % 12 + 1 != start.month:
            return None
        closing = int(edge["y"]) if edge["y"] else \
            month_year(month_, reference, future=edge["verb"].lower() == "ends")
        first = closing - 1
    return start.year_from(first) if first in (named - 1, named) else None


_AND_LATER_SPAN = re.compile(r"\s+and\s+(?:the\s+)?(?:19|20)\d\d\s*[-–/]\s*\d\d")
"""After `between 2014-2018`: a second span of years the first is compared with."""
_CHANGE_BASE_BEFORE = re.compile(r"(?:%|\bper\s*cent|\bpercent|\bpct|fold|\btimes)\s+"
                                 r"(?:(?:up|down|higher|lower|more|less)\s+)?(?:on|from|"
                                 r"against|than\s+in|compared\s+with|compared\s+to)\s*$",
                                 re.IGNORECASE)
"""Before a period: a change figure's comparison word (`up 4.7 per cent on 2014-18`)."""
_FROM_TO_RANGE = re.compile(r"from\s+\S.*\s(?:to|through|until)\s+\S", re.IGNORECASE)
"""A span written whole (`from 2012 to 2020`): after a share (`between 5 percent and 10 percent
from 2012 to 2020`) the span it held over, not a change's base."""
_YEAR_RUNS = re.compile(r"\b(?:" + _YEARS_COUNTED + r")\s+$", re.IGNORECASE)
"""Before `from April to March`: the months a year is counted by, not a period."""
_RECORDS_BACK = re.compile(r"\b(?:records?|data|figures|statistics|series)\s+(?:[\w'’-]+\s+){0,3}?"
                           r"(?:going|dating|stretching|reaching|that\s+go|which\s+go)\s+back"
                           r"\s+to\s+$", re.IGNORECASE)
"""Before a year: the start of the records a superlative is measured over."""
_SINCE_EVENT = re.compile(r"\bsince\s+(?:the\s+)?[^,.;:()\d]{3,60}?\s+$", re.IGNORECASE)
"""`since comparable records began ` before `in 2000`: an event clause opened by `since`."""


def _after_superlative(text: str, start: int) -> bool:
    """`the highest since 2019`, `the smallest monthly amount Reuters has tracked since January
    2011`: the year is the comparison, not the claim's period."""
    words = cue_alternation(period_cues()["superlatives"])
    before = text[max(0, start - 60):start]
    return re.search(rf"(?i:\b(?:{words})\b)(?:\s+[\w'’-]+){{0,6}}\s*$", before) is not None


@cache
def _state_before() -> re.Pattern[str]:
    words = cue_alternation(period_cues()["state_since_words"])
    return re.compile(rf"(?i:\b(?:{words}))\s+$")


def _after_state(text: str, start: int) -> bool:
    """Whether a state a rule or a plant is in (`in force`, `banned`, `idle`) stands right
    before `start`."""
    return _state_before().search(text, max(0, start - 20), start) is not None


def _month_before(text: str, start: int) -> bool:
    """Whether the sentence names a month before `start`."""
    opening = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), start - 150)
    return re.search(rf"\b{_MONTH}\b", text[max(0, opening):start]) is not None


@cache
def _superlative_scope() -> re.Pattern[str]:
    words = cue_alternation(period_cues()["superlatives"])
    return re.compile(rf"(?i:\b(?:{words})\s+(?:(?:levels?|point|pace|volume|total)\s+)?"
                      r"(?:so\s+far\s+)?$)")


def _relation(text: str, match: re.Match[str], relation: Relation, resolver: Resolver,
              future: bool) -> Relation:
    surface = match.group().lower()
    if relation == "period" and surface.startswith("since") and _after_superlative(
            text, match.start()):
        return "previous"
    if relation == "period" and surface.startswith("since") and _after_state(text, match.start()):
        # `a 15% surcharge in force since August`, `rice shipments, banned since July 2023`:
        # when a rule or a stoppage began, not a span a figure covers
        return "date"
    if relation == "period" and re.match(r"this\s+(?:year|month)\b", surface) and \
            _superlative_scope().search(text, max(0, match.start() - 40), match.start()) and \
            _month_before(text, match.start()):
        # `climbed in August to their highest this year`: the stretch the record is of, when the
        # sentence has dated the figure already (not `expected to reach their highest this year`)
        return "previous"
    if relation == "period" and surface.startswith("in "):
        event = _SINCE_EVENT.search(text, max(0, match.start() - 70), match.start())
        if event is not None and _after_superlative(text, event.start()):
            # `the most since comparable records began in 2000`, `the first documented since
            # the Council capped oil transfers in 2017`: when the record began, not a period
            return "previous"
    if relation == "period" and surface.startswith("between") and _AND_LATER_SPAN.match(
            text, match.end()) and "-" in surface.replace("–", "-"):
        # `increased by 47% between 2014-2018 and 2019-2023`: two spans compared, the first the
        # base (a range `between 2019 and 2023` is read whole)
        return "previous"
    opener = re.match(r"(?:from|on)\s+", surface)
    if relation == "period" and any(ch.isdigit() for ch in surface) and _CHANGE_BASE_BEFORE.search(
            text, max(0, match.start() - 30), match.start() + (opener.end() if opener else 0)) \
            and not _FROM_TO_RANGE.match(surface):
        # `up 4.7 per cent on 2014-18`, `slipped by 9.3% from 2015-19`: the change's base
        return "previous"
    if relation == "period" and surface.startswith("from") and not any(
            ch.isdigit() for ch in surface) and _YEAR_RUNS.search(
            text, max(0, match.start() - 40), match.start()):
        # `a financial year that runs from April to March`: the months a year is counted by,
        # not a period
        return "date"
    if relation == "period" and _RECORDS_BACK.search(text, max(0, match.start() - 60),
                                                     match.start()):
        # `the most in Reuters records going back to 2014`: where the records start
        return "previous"
    if relation == "period" and resolver is _open and not future and surface.startswith("from"):
        return "previous"  # `up 90 percent from June`: a report's `from June` is the base
    return relation


_RECENT_DAYS = 62


def _recent(surface: str, period: Period | None, reference: date, future: bool) -> bool:
    return period is not None and not future and not any(ch.isdigit() for ch in surface) \
        and 0 < (reference - period.end).days <= _RECENT_DAYS


_AT_END = re.compile(r"(?i:at\s+end)")


def find_periods(text: str, reference: date, future: bool = False,
                 fiscal_start: FiscalStart | None = None) -> list[PeriodMention]:
    """Every period expression and calendar date of `text`, in order, overlaps removed.

    `fiscal_start` is the first day of the fiscal year its document states
    (`fiscal_year_start`); year pairs such as `2012-13` then name fiscal years."""
    if _CASE_ODD.search(text) is not None:
        # (`the fırst half`: case-blind patterns read `ı` as `i`, but the words they match are
        # looked up as written; read a copy with the ASCII letters, same offsets, whose
        # surfaces the mentions carry)
        text = text.translate(_ODD_FOLDS)
    found: list[PeriodMention] = []
    patterns, needs = _gated_patterns()
    lowered = text.lower()
    may = [_may_match(need, text, lowered) for need in needs]
    for relation, regex, resolver, need in patterns:
        if not may[need]:
            continue
        for match in regex.finditer(text):
            try:
                period = resolver(match, reference, future)
                if fiscal_start and (resolver is _fiscal or (
                        resolver is _year_range and re.search(r"\d\s*[/–-]\s*\d", match.group()))):
                    period = _fiscal_period(match, fiscal_start) or period
                    period = _fiscal_edge_stated(text, match, reference, fiscal_start) or period
                if fiscal_start and resolver is _fiscal_short:
                    period = _fiscal_short_period(match, fiscal_start)
                if fiscal_start and resolver is _solar_hijri:
                    period = fiscal_start.year_from(int(match["sh"]) + _SOLAR_HIJRI_OFFSET)
                if fiscal_start and resolver is _month_of_split:
                    period = _month_of_split(match, reference, future, fiscal_start)
                if fiscal_start and resolver is _named_fiscal:
                    period = _named_fiscal_period(match, reference, fiscal_start)
                if fiscal_start and resolver is _month_range and period is not None and \
                        _group(match, "pair") and match["y2"] and \
                        _month_number(match["m1"]) <= _month_number(match["m2"]):
                    # (months of a split year in the text's fiscal months: from its first month
                    # on they lie in the split year's first calendar year)
                    first = int(match["y2"])
                    year_ = first if _month_number(match["m1"]) >= fiscal_start.month \
                        else first + 1
                    period = months(year_, period.start.month, year_, period.end.month)
            except (ValueError, KeyError, TypeError, IndexError):
                period = None
            found.append(PeriodMention(match.start(), match.end(), match.group(),
                                       _relation(text, match, relation, resolver, future), period,
                                       recent=_recent(match.group(), period, reference, future)))
    found.sort(key=lambda m: (-(m.end - m.start), m.start))
    kept: list[PeriodMention] = []
    for mention in found:
        if all(mention.end <= k.start or mention.start >= k.end for k in kept):
            kept.append(mention)
    kept.sort(key=lambda m: m.start)
    if any(_AT_END.match(m.surface) for m in kept):
        # `for the April-July period reached $144 billion at end-July`: the span the text names
        # says where the running total starts; `at end-July` adds nothing to it
        others = [m for m in kept if m.relation == "period" and not _AT_END.match(m.surface)]
        kept = [m for m in kept if not (_AT_END.match(m.surface) and others)]
    # `the 2022-23 fiscal year ending March`: the month closes the fiscal year named before it
    # (whose period holds it), it is no period of its own
    kept = [m for i, m in enumerate(kept) if i == 0 or not _closes_fiscal(text, kept[i - 1], m)]
    # `the 2023/24 season that ends on June 30, 2024`: the season's noun and end after its
    # years say which months the split year has (`fiscal_year_start`); no period of their own
    kept = [m for i, m in enumerate(kept) if i == 0 or not _ends_named_season(text, kept[i - 1], m)]
    # `the first two months of the 2022-23 oil marketing year (November-October)`: the
    # bracketed months say which months the split year has; no period of their own
    kept = [m for i, m in enumerate(kept)
            if i == 0 or not _months_of_split_year(text, kept[i - 1], m)]
    kept = _seasons_defined(text, reference, kept)
    kept = [m for m in kept if not _describes_party(text, m)]
    kept = [_so_far(text, reference, _since_opened(text, reference, m)) for m in kept]
    if not future:
        kept = [_since_named(text, reference, m) for m in kept]
    kept = [_since_to_day(text, reference, m) for m in kept]
    # `the first half of its fiscal year`: a part of a fiscal year whose months are not given
    # is no calendar half (the months written beside it, if any, say which)
    # (one followed by a named fiscal year is read with it: `_parts_of_fiscal`)
    named = {m.start for m in kept if _FISCAL_WORD.search(m.surface)}
    if fiscal_start is not None:
        kept = _unnamed_fiscal(text, reference, fiscal_start, kept, named)
    kept = [m for m in kept if not (
        _PART_NAME.search(m.surface) and (unnamed := _OF_UNNAMED_FISCAL.match(text, m.end))
        and not any(unnamed.start() < start < unnamed.end() for start in named))]
    return _anchored(text, _restatements_dropped(
        text, _parts_of_fiscal(text, kept, fiscal_start is not None)))


_RESTATED_AS_PART = re.compile(
    r",\s+(?:the|its|their)\s+(?:opening|first|last|final|closing|initial|early)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:months?|quarters?|days|weeks?|half|stretch|part)\s+of\s+",
    re.IGNORECASE)
"""After a span, an appositive naming it as a part of a longer year or season (`October-December
2022, the opening three months of the 2022/23 campaign`)."""
_APPOSITIVE_END = re.compile(r"[,;]|\.(?:\s|$)")


def _restatements_dropped(text: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    """`Between October 1 and October 3, the opening days of the 2025/26 marketing year, it
    brought in 20,362 tonnes`, `over November-June, the first eight months of the 2023-24 oil
    year (November-October)`: the span written first is the period; the appositive that places
    it in its season or fiscal year restates it, and the periods inside it (the part's count,
    the whole season) are no periods of their own."""
    if ", " not in text:
        return mentions
    dropped: set[int] = set()
    for mention in mentions:
        if mention.start in dropped or mention.relation != "period" or mention.period is None:
            continue
        part = _RESTATED_AS_PART.match(text, mention.end)
        if part is None:
            continue
        close = _APPOSITIVE_END.search(text, part.end())
        end = close.start() if close is not None else len(text)
        dropped.update(m.start for m in mentions if mention.end < m.start < end)
    return [m for m in mentions if m.start not in dropped]


def _unnamed_fiscal(text: str, reference: date, start: FiscalStart,
                    mentions: list[PeriodMention], named: set[int]) -> list[PeriodMention]:
    """With the document's fiscal months known: `the first four months of the fiscal year` is
    that part of the fiscal year under way at publication (of the one before when the part has
    not ended yet), `the fiscal year that ended in mid-July` the last one ended, `the fiscal
    year, which began in mid-July` the one under way; the month its opening or close is written
    with (`in mid-July`) is no period of its own."""
    if reference.year <= MINYEAR + 1:
        return mentions  # (a text with no publication date: no year under way to place)
    under_way = reference.year if reference >= start.opening(reference.year) \
        else reference.year - 1
    result: list[PeriodMention] = []
    for mention in mentions:
        if mention.relation == "period" and _FISCAL_EDGE_BEFORE.search(
                text, max(0, mention.start - 70), mention.start):
            continue  # (`which began in mid-July`: the fiscal year's opening)
        unnamed = _OF_UNNAMED_FISCAL.match(text, mention.end)
        part = _PART_NAME.search(mention.surface)
        if part is not None and unnamed is not None and not any(
                unnamed.start() < at < unnamed.end() for at in named):
            period = _part_of(part, start.opening(under_way))
            if period.end > reference:
                period = _part_of(part, start.opening(under_way - 1))
            result.append(PeriodMention(mention.start, unnamed.end(),
                                        text[mention.start:unnamed.end()], mention.relation,
                                        period))
            continue
        result.append(mention)
    for edge in _UNNAMED_FISCAL_EDGE.finditer(text):
        if any(m.start < edge.end("noun") and edge.start("noun") < m.end for m in result):
            continue
        ended = edge["verb"].lower() in ("ended", "closed")
        first = under_way - 1 if ended else under_way
        result.append(PeriodMention(edge.start("noun"), edge.end("noun"), edge["noun"], "period",
                                    start.year_from(first)))
    return sorted(result, key=lambda m: m.start)


_FISCAL_EDGE_BEFORE = re.compile(r"(?i:fiscal|financial)\s+year(?:\s+\d{4}(?:\s*[-–/]\s*\d{2,4})?)?"
                                 r",?\s+(?:(?:which|that)\s+)?(?:began|begins|started|starts|"
                                 r"opened|opens|ended|ends|closed|runs\s+from|running\s+from)"
                                 r"\s+(?:(?:on|in)\s+)?$", re.IGNORECASE)
"""Before the month a fiscal year opens or closes in (`the fiscal year, which began in`)."""
_UNNAMED_FISCAL_EDGE = re.compile(r"\b(?P<noun>(?:the|its|their)\s+(?:fiscal|financial)\s+year),?"
                                  r"\s+(?:that|which)\s+(?P<verb>ended|closed|began|started|"
                                  r"opened)\b", re.IGNORECASE)
"""`the fiscal year that ended in mid-July`, `the fiscal year, which began on July 8`: a fiscal
year named by its own edge (the last one ended, or the one under way)."""


def _part_of(part: re.Match[str], opening: date) -> Period:
    """The half, quarter or first months `part` names of a fiscal year opening on `opening`."""
    if part["count"]:
        count = part["count"].lower()
        return months_on(opening, COUNTS.get(count) or int(count))
    size = 6 if part["p"].lower() == "half" else 3
    written = part["n"].lower()
    number = ORDINALS.get(written) or _END_PARTS[part["p"].lower()][written]
    return months_on(_months_later(opening, (number - 1) * size), size)


_OF_UNNAMED_FISCAL = re.compile(r"\s+of\s+(?:its|the|their|this|that|a)\s+"
                                r"(?:(?:current|present)\s+)?"
                                rf"(?:(?:fiscal|financial)\s+year|{_IRANIAN_YEAR})\b",
                                re.IGNORECASE)
"""`of the fiscal year`, `of the current fiscal year`, `of the Iranian calendar year`: a fiscal
year named by no years, whose months the document states (`that began on March 21`)."""


_FISCAL_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+\s+|[a-z]+\s+(?=(?i:marketing|crop|agricultural|"
                           r"fiscal|financial)\s))?(?i:(?:marketing|crop|agricultural|fiscal|"
                           r"financial)\s+)?(?i:season|year|harvest|campaign)\b")
"""`the 2023/24 season`, `the 2022/2023 Ethiopian fiscal year`, `the 2022-23 oil marketing
year`: the split year's word after it (a demonym, or a product's word before the year's own
noun, may stand between)."""
_PART_OF = re.compile(r"(?i:\s+of\s+(?:the\s+|its\s+|their\s+)?)")
_PART_NAME = re.compile(r"(?i:\b(?P<n>first|second|third|fourth|1st|2nd|3rd|4th|opening|final)"
                        r"[\s-]+"
                        r"(?P<p>half|quarter)\b|\b(?:first|opening)\s+" + _ROUGHLY +
                        rf"(?P<count>{_MONTH_COUNT})\s+months\b)")


def _parts_of_fiscal(text: str, mentions: list[PeriodMention],
                     months_known: bool) -> list[PeriodMention]:
    """`the first half of fiscal 2023-24`, `the opening five months of the 2019-2020 fiscal
    year`: a half, quarter or first months of a fiscal year are that part of it, counted from
    its first month when the document states its months (`months_known`), else unknown (one
    mention for both)."""
    result: list[PeriodMention] = []
    for mention in mentions:
        last = result[-1] if result else None
        part = None if last is None else _PART_NAME.search(last.surface)
        if last is None or part is None or not (
                _FISCAL_WORD.search(mention.surface) or _FISCAL_AFTER.match(text, mention.end)) \
                or not _PART_OF.fullmatch(text, last.end, mention.start):
            result.append(mention)
            continue
        if mention.period is not None and _BRACKET_AFTER.match(text, mention.end):
            # `the first two months of the current Iranian calendar year (March 20 to May 21)`:
            # the dates written are the part's
            result[-1] = PeriodMention(last.start, mention.end, text[last.start:mention.end],
                                       last.relation, mention.period)
            continue
        if not months_known or mention.period is None:
            # `the first 11 months of the financial year 2019-20`, `the first two months of this
            # Iranian year`: unknown
            result[-1] = PeriodMention(last.start, mention.end, text[last.start:mention.end],
                                       last.relation, None)
            continue
        # (`the opening five months of the 2019-2020 fiscal year`)
        result[-1] = PeriodMention(last.start, mention.end, text[last.start:mention.end],
                                   last.relation, _part_of(part, mention.period.start))
    return result


@cache
def _party_after() -> re.Pattern[str]:
    """After a year: its possessive mark (unless the mention holds it), up to two rank words, a
    party's role and the comma closing the aside (`'s biggest customer,`)."""
    cues = period_cues()
    ranks = cue_alternation([*cues["party_ranks"], *cues["superlatives"]])
    roles = cue_alternation(cues["party_roles"])
    return re.compile(rf"(?:['’]s)?\s+(?:(?i:{ranks}|two|three)\s+){{0,2}}(?i:{roles})\s*,")


_ASIDE_OPENS = re.compile(r",\s+(?i:the\s+)?$")
"""Before the year of a party's aside: its opening comma (and `the` before a bare year)."""


def _describes_party(text: str, mention: PeriodMention) -> bool:
    """`India, last year's biggest customer, cut its intake 37 percent`, `Iraq, the 2024 leader,
    dropped to fourth`: an aside between commas naming a party's role in a year (possessive, or
    after `the`) says when it held the role; it is no time of the sentence's figures (which
    then went on with that year). Not a role stated of the figure (`The US was July's biggest
    market at 56 million litres`: July's figure). Cheap: only a mention right after a comma
    is looked past."""
    opening = _ASIDE_OPENS.search(text, max(0, mention.start - 7), mention.start)
    if opening is None:
        return False
    possessive = mention.surface.endswith(("'s", "’s")) or text.startswith(
        ("'s", "’s"), mention.end)
    if not (possessive or (mention.surface[:1].isdigit() and "the" in opening.group().lower())):
        return False
    return _party_after().match(text, mention.end) is not None


def _seasons_defined(text: str, reference: date,
                     mentions: list[PeriodMention]) -> list[PeriodMention]:
    """`the current agricultural season, which runs from July 1, 2024 to June 30, 2025`: the
    dates say which months the season has; they are no period of their own. A season counted
    `since the start of` it runs to the publication month."""
    result: list[PeriodMention] = []
    for mention in mentions:
        last = result[-1] if result else None
        split = last is not None and mention.period is not None and \
            _SPLIT_YEARS.fullmatch(last.surface) is not None and \
            _SPLIT_DEFINED_BY.fullmatch(text, last.end, mention.start) is not None and \
            _DATES_WITH_YEARS.fullmatch(mention.surface) is not None
        if not split and (last is None or mention.period is None or not _FISCAL_WORD.search(
                last.surface) or not _DEFINED_BY.fullmatch(text, last.end, mention.start)):
            result.append(mention)
            continue
        assert last is not None and mention.period is not None
        # (`the 2020/21 campaign, which ran from March 2021 to February 2022`: the dates, which
        # name their years, say which months the split year has)
        period = mention.period if split else last.period or mention.period
        if _SINCE_START.match(last.surface) and period.start <= reference <= period.end:
            period = Period(period.start, last_day(reference.year, reference.month))
        result[-1] = PeriodMention(last.start, last.end, last.surface, last.relation, period,
                                   last.anchored)
    return result


_SINCE_THE = re.compile(r"(?i:\bsince\s+(?:the\s+|its\s+|their\s+)?)$")
_OPENED_AFTER = re.compile(r"(?:\s+[A-Za-z/-]+){0,3}?\s+(?i:opened|began|started)\b")
"""Around a split year: `since the 2025/26 crop year opened` (before it, then after it)."""


def _since_opened(text: str, reference: date, mention: PeriodMention) -> PeriodMention:
    """`since the 2025/26 crop year opened on August 1`, `since the 2024-25 financial year
    began`: a year named by its years and counted from its opening runs to the publication
    month (when that lies inside it), as `since the start of the current season` does."""
    period = mention.period
    if period is None or not period.start <= reference <= period.end or \
            not _SINCE_THE.search(text, max(0, mention.start - 12), mention.start) or \
            not _OPENED_AFTER.match(text, mention.end) or \
            not re.search(r"\d\s*[-–/]\s*\d", mention.surface):
        return mention
    return replace(mention, period=Period(period.start, last_day(reference.year,
                                                                 reference.month)))


_SINCE_LEAD = re.compile(r"(?i:\bsince\s+(?:the\s+(?:start|beginning|turn|outset)\s+)?)$")
"""Right before a period a report's total runs from (`since August last year`, `since the third
quarter of 2023`, `since the beginning of June`)."""


@cache
def _since_clause_lead() -> re.Pattern[str]:
    """Right before a period, a clause of an event in the past it is dated to (`since production
    began in 1972`, `since it began importing such vehicles in 2017`, `since Ankara removed the
    duties in August`: the verb and at most four words). The verbs of such events are
    period_cues' `since_event_verbs`, not any word in `-ed` (a causal `since crushers needed
    more beans in April` counts nothing from April)."""
    verbs = cue_alternation(period_cues()["since_event_verbs"])
    return re.compile(r"(?i:\bsince\s+[^,.;:()\d]{2,60}?\s+(?:began|started|opened|"
                      r"started\s+up|came\s+on\s*stream|took\s+effect|broke\s+out|"
                      rf"{verbs})(?:\s+[\w'’-]+){{0,4}}?\s+)$")


_WHEN_AFTER = re.compile(r"\s*,\s*when\b", re.IGNORECASE)
"""After a period a `since` runs from: a clause of what happened in it (`since September last
year, when 21,000 tonnes arrived`), whose figure is of that period alone."""


@cache
def _state_in_clause() -> re.Pattern[str]:
    """A state a trade is in earlier in the clause before `since` (`has barred imports of rice,
    sugar and maize since`): the `since` dates the state, not a total."""
    words = cue_alternation(period_cues()["state_since_words"])
    return re.compile(rf"(?i:\b(?:{words})\b[^.;]*)$")


def _since_named(text: str, reference: date, mention: PeriodMention) -> PeriodMention:
    """`has shipped 13,000 containers since August last year`, `since the third quarter of last
    year`, `since production began in 1972`: in a report a total counted from a named period
    that ended before publication runs from its start to the end of the publication month (as
    a report's `since May` does); not after a superlative or a state (`the highest since`)."""
    period = mention.period
    if period is None or mention.relation != "period" or period.end >= reference or \
            mention.surface.lower().startswith("since"):
        return mention
    surface = mention.surface.lower()
    lead = _SINCE_LEAD.search(text, max(0, mention.start - 30), mention.start) \
        if not surface.startswith("in ") else None
    if lead is not None and lead.group().lower().rstrip() != "since" and \
            not surface.startswith("of "):
        lead = None  # (`since the start of`: the mention carries its `of`)
    if lead is None:
        lead = _since_clause_lead().search(text, max(0, mention.start - 80), mention.start)
    if lead is None or _after_superlative(text, lead.start()) or \
            _state_in_clause().search(text, max(0, lead.start() - 70), lead.start()) or \
            _WHEN_AFTER.match(text, mention.end):
        return mention
    return replace(mention, period=Period(period.start, last_day(reference.year,
                                                                 reference.month)))


_FULL_YEAR = re.compile(r"(?i:\b(?:full|whole|entire)[\s-](?:year|season)\b|"
                        r"\b(?:year|season)\s+as\s+a\s+whole\b)")
"""Later in the sentence of a `so far` mention: the whole period is spoken of too."""
_SO_FAR_BEFORE = re.compile(r"(?i:\b(?:so|thus)\s+far\s+(?:(?:in|during|for|over)\s+)?)$")
_SO_FAR_AFTER = re.compile(r"(?i:,?\s+(?:so|thus)\s+far|\s+to\s+date)\b")
"""Before or after a period under way: `so far in 2020`, `this year so far`, `this year to
date`."""


_TO_DAY = re.compile(rf"\b(?i:by|through|until|till|as\s+of)\s+(?P<m>{_MONTH})\s*"
                     rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?![.,]\d|,?\s+(?:19|20)\d\d)"
                     r"(?!,?\s+(?i:(?:last|the\s+previous|the\s+prior)\s+(?:year|season)|"
                     r"(?:a|one)\s+year\s+(?:earlier|ago|before)|the\s+year\s+before|"
                     r"in\s+(?:19|20)\d\d)\b)")
"""A day a running total is counted to (`by Feb. 18`, `through March 14`, `as of May 27`), its
year unwritten; not a day of another year the total is set against (`compared with 550,000 tonnes
by March 20 last year`, `a year earlier`, `in 2023`)."""


def _since_to_day(text: str, reference: date, mention: PeriodMention) -> PeriodMention:
    """`1.1 million tonnes delivered since the season began on Oct. 1` in a sentence counting
    `by Feb. 18`: a total since a start, running to publication, stops at the day the sentence
    counts it to (the latest such day on or before publication, after the start)."""
    period = mention.period
    if period is None or not mention.surface.lower().startswith("since") or \
            period.end < reference:
        return mention
    day = _TO_DAY.search(text)
    if day is None:
        return mention
    try:
        counted = _day(day["m"], day["d"], reference.year)
        if counted > reference:
            counted = _day(day["m"], day["d"], reference.year - 1)
    except ValueError:
        return mention
    if counted < period.start:
        return mention
    return replace(mention, period=Period(period.start, counted))


def _so_far(text: str, reference: date, mention: PeriodMention) -> PeriodMention:
    """`so far this year`, `so far in 2020`, `so far in the 2024/25 marketing year`, `this year
    to date`: the part of a period under way at publication that has passed, from its start to
    the end of the publication month (as `since the start of the year`)."""
    period = mention.period
    if period is None or not period.start <= reference <= period.end or \
            (period.end - period.start).days < 40 or not (
                _SO_FAR_BEFORE.search(text, max(0, mention.start - 16), mention.start)
                or _SO_FAR_AFTER.match(text, mention.end)):
        return mention
    stop = text.find(". ", mention.end)
    if _FULL_YEAR.search(text, mention.end, len(text) if stop < 0 else stop):
        return mention  # `in 2024 so far, and expects 8 million tons in the full year`: the
        # sentence goes on to the whole period, which the mention stays
    return replace(mention, period=Period(period.start, last_day(reference.year,
                                                                 reference.month)))


_BRACKET_AFTER = re.compile(r"\s*\(")
_DEFINED_BY = re.compile(r"\s*,?\s*(?:which|that)\s+(?:runs|ran|lasts|lasted|spans|spanned)\s+|"
                         r"\s*\(\s*", re.IGNORECASE)
"""Between a fiscal year or season and the dates that define it (`, which runs from`, or the
dates in brackets: `the current Iranian calendar year (March 21-July 22)`)."""
_SINCE_START = re.compile(r"(?i:since\s+the\s+(?:start|beginning)\s+of\b)")
_SPLIT_YEARS = re.compile(r"(?:19|20)\d\d\s*[/–-]\s*(?:(?:19|20)\d\d|\d\d)")
"""A year named by its two calendar years (`2020/21`, `2021-2022`)."""
_SPLIT_DEFINED_BY = re.compile(r"\s+(?:[A-Za-z-]+\s+){0,2}?(?i:season|campaign|marketing\s+year|"
                               r"crop\s+year|harvest)\s*,?\s*(?i:which|that)\s+(?i:runs|ran|"
                               r"lasted|spanned)\s+")
"""Between a split year and the dates that define it (` campaign, which ran `)."""
_DATES_WITH_YEARS = re.compile(r"(?i:from)\s+\w+\.?\s+(?:\d{1,2},?\s+)?(?:19|20)\d\d\b.*"
                               r"\b(?:19|20)\d\d")
"""Dates that each name their year (`from March 2021 to February 2022`, `from August 1, 2023 to
July 15, 2024`)."""


def _closes_fiscal(text: str, fiscal: PeriodMention, month: PeriodMention) -> bool:
    return fiscal.period is not None and month.period is not None and \
        fiscal.period.end.month == month.period.end.month and \
        _FISCAL_WORD.search(fiscal.surface) is not None and \
        _FISCAL_CLOSED_BY.fullmatch(text, fiscal.end, month.start) is not None


def _ends_named_season(text: str, named: PeriodMention, trailing: PeriodMention) -> bool:
    return named.period is not None and trailing.period is not None and \
        named.period.end == trailing.period.end and \
        _SEASON_NOUN.match(trailing.surface) is not None and \
        not text[named.end:trailing.start].strip()


_NOUN_THEN_BRACKET = re.compile(r"(?:\s+(?:[A-Za-z-]+\s+){0,2}?(?i:seasons?|years?|campaigns?))?"
                                r"\s*\(\s*")
"""After a split year: its noun, if any, and an opening bracket (` oil marketing year (`)."""
_SPLIT_YEAR_TAIL = re.compile(r"\d{4}\s*[-–/]\s*\d{2,4}(?:\s+[A-Za-z]+){0,3}$")
"""A mention ending on a split year, or on one and its noun (`October-April of the 2023-24 oil
year`)."""


def _months_of_split_year(text: str, named: PeriodMention, bracketed: PeriodMention) -> bool:
    """`the 2022-23 oil marketing year (November-October)`, `the opening five months of the
    2014/2015 season (October through September)`: twelve months in a bracket right after a
    split year and its noun define that year's months."""
    return named.period is not None and bracketed.period is not None and \
        _SPLIT_YEAR_TAIL.search(named.surface) is not None and \
        length_in_months(bracketed.period) == 12 and \
        _NOUN_THEN_BRACKET.fullmatch(text, named.end, bracketed.start) is not None


_SEASON_NOUN = re.compile(r"(?i:(?:marketing\s+|crop\s+)?(?:season|year)\b)")
_FISCAL_CLOSED_BY = re.compile(r"\s+(?:(?:that|which)\s+)?(?:ending|ended|ends|to|through)\s+"
                               r"(?:in\s+|on\s+)?", re.IGNORECASE)
_FISCAL_WORD = re.compile(r"(?i:fiscal|financial|marketing|crop|agricultural|season|FY|"
                          r"Iranian)")


def resolve_period(text: str, reference: date, future: bool = False) -> Period | None:
    """The period of a single expression (`H1 2024`, `last year`), or None."""
    for mention in find_periods(text, reference, future):
        if mention.period is not None:
            return mention.period
    return None
