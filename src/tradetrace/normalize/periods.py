"""Period expressions -> first and last day, resolved against a reference (publication) date.

Pure functions: calendar arithmetic (`month`, `quarter`, `half`, `months`, ...), the year a bare
month belongs to (`month_year`), and `find_periods`, which reads every period expression of a
text (`last year`, `between February and June`, `H1 2024`, `Q3`, `starting in February`) into a
`PeriodMention` with its offsets. Calendar dates (`Feb. 8`, `May 25, 2009`) are found too, as
mentions of kind `date`, so that callers can tell them apart from periods and skip them.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Literal

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


def last_day(year_: int, month_: int) -> date:
    return date(year_, month_, calendar.monthrange(year_, month_)[1])


def year(year_: int) -> Period:
    return Period(date(year_, 1, 1), date(year_, 12, 31))


def month(year_: int, month_: int) -> Period:
    return Period(date(year_, month_, 1), last_day(year_, month_))


def months(year1: int, month1: int, year2: int, month2: int) -> Period:
    """From the first day of one month to the last day of another (possibly a later year)."""
    return Period(date(year1, month1, 1), last_day(year2, month2))


def quarter(year_: int, number: int) -> Period:
    return months(year_, 3 * number - 2, year_, 3 * number)


def half(year_: int, number: int) -> Period:
    return months(year_, 6 * number - 5, year_, 6 * number)


def years(year1: int, year2: int) -> Period:
    return Period(date(year1, 1, 1), date(year2, 12, 31))


def shift_years(period: Period, offset: int) -> Period:
    """The same span `offset` years later; a span ending on a month end still does (Feb 29)."""
    start = period.start
    start_day = min(start.day, calendar.monthrange(start.year + offset, start.month)[1])
    end = period.end
    end_day = calendar.monthrange(end.year + offset, end.month)[1]
    if end != last_day(end.year, end.month):
        end_day = min(end.day, end_day)
    return Period(date(start.year + offset, start.month, start_day),
                  date(end.year + offset, end.month, end_day))


def month_year(month_: int, reference: date, future: bool = False) -> int:
    """The year a month named without one belongs to.

    Past context: the publication year, or the year before when the month is later than the
    publication month (`in March` in a January article). Future context: the publication year,
    or the next one when the month has already passed.
    """
    if future:
        return reference.year if month_ >= reference.month else reference.year + 1
    return reference.year if month_ <= reference.month else reference.year - 1


def span_year(first_month: int, reference: date, future: bool = False) -> int:
    """The year a part of a year named without one (`the first half`) belongs to."""
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
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)(?!\d|,\d)"
_OF_YEAR = rf"(?:,?\s*(?i:of\s+)?(?P<of>{_YEAR}|(?i:this year|last year|next year|the year)))"
_DASH = r"\s*(?:-|–|—|(?i:to|through|until|till|and))\s*"


def _month_number(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


Resolver = Callable[["re.Match[str]", date, bool], Period | None]


def _date(match: re.Match[str], reference: date, future: bool) -> Period | None:
    return None


def _month_range(match: re.Match[str], reference: date, future: bool) -> Period | None:
    m1, m2 = _month_number(match["m1"]), _month_number(match["m2"])
    wraps = m2 < m1
    y1 = _year_value(match["y1"], reference)
    y2 = _year_value(match["y2"], reference)
    if y1 is None and y2 is None:
        # A plan is placed by where it starts, a past span by where it ends.
        if future:
            y1 = month_year(m1, reference, future)
        else:
            y2 = month_year(m2, reference, future)
    if y1 is None:
        assert y2 is not None
        y1 = y2 - 1 if wraps else y2
    if y2 is None:
        y2 = y1 + 1 if wraps else y1
    return months(y1, m1, y2, m2)


def _first_months(match: re.Match[str], reference: date, future: bool) -> Period | None:
    count = COUNTS.get(match["n"].lower()) or int(match["n"])
    y = _year_value(_group(match, "of"), reference)
    if y is None:
        y = reference.year if reference.month > count or future else reference.year - 1
    return months(y, 1, y, min(count, 12))


def _half(match: re.Match[str], reference: date, future: bool) -> Period | None:
    written = _group(match, "h") or ""
    number = ORDINALS.get(written.lower()) or int(_group(match, "hn") or _group(match, "hn2") or 0)
    y = _year_value(_group(match, "of"), reference)
    return half(y if y is not None else span_year(6 * number - 5, reference, future), number)


def _quarter(match: re.Match[str], reference: date, future: bool) -> Period | None:
    number = ORDINALS.get((_group(match, "q") or "").lower()) or int(_group(match, "qn") or 0)
    y = _year_value(_group(match, "of"), reference)
    return quarter(y if y is not None else span_year(3 * number - 2, reference, future), number)


def _open(match: re.Match[str], reference: date, future: bool) -> Period | None:
    m = _month_number(match["m"])
    y = _year_value(_group(match, "of"), reference) or month_year(m, reference, future)
    if match["cue"].lower() == "since" and not future:
        end_year, end_month = reference.year, reference.month
        if (end_year, end_month) < (y, m):
            return None
        return months(y, m, end_year, end_month)
    return months(y, m, y, 12)


def _month(match: re.Match[str], reference: date, future: bool) -> Period | None:
    m = _month_number(match["m"])
    y = _year_value(_group(match, "of"), reference)
    return month(y if y is not None else month_year(m, reference, future), m)


def _year_range(match: re.Match[str], reference: date, future: bool) -> Period | None:
    y1, tail = int(match["y1"]), match["y2"]
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


# (relation, pattern, resolver); overlapping matches keep the longest.
_GRAMMAR: list[tuple[Relation, str, Resolver]] = [
    ("date", rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?![\d.])(?:,?\s+{_YEAR})?", _date),
    ("date", rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+{_YEAR})?", _date),
    ("previous", r"(?i:\b(?:the\s+)?(?:previous|preceding|prior)\s+year\b|\bthe\s+year\s+before\b"
                 r"|\ba\s+year\s+(?:earlier|ago|before)\b|\byear[\s-]on[\s-]year\b|\bon[\s-]year\b"
                 r"|\by/y\b|\byoy\b|\bthe\s+same\s+(?:period|time|month|quarter)\s+(?:of\s+)?"
                 r"(?:a\s+year\s+(?:earlier|ago|before)|last\s+year|the\s+previous\s+year))",
     _none),
    ("same", r"(?i:\b(?:over|during|in|for)\s+the\s+same\s+period\b)", _none),
    ("period", rf"\b(?:(?i:between|from)\s+)?(?P<m1>{_MONTH})(?:\s+(?P<y1>{_YEAR}))?{_DASH}"
               rf"(?P<m2>{_MONTH})(?:,?\s+(?i:of\s+)?(?P<y2>{_YEAR}|(?i:this year|last year|"
               rf"next year)))?", _month_range),
    ("period", rf"(?i:\b(?:the\s+)?first\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|"
               rf"eleven|\d{{1,2}})\s+months\b){_OF_YEAR}?", _first_months),
    ("period", rf"(?i:\b(?:the\s+)?(?P<h>first|second|1st|2nd)\s+half\b){_OF_YEAR}?", _half),
    ("period", rf"\b(?:H(?P<hn>[12])|(?P<hn2>[12])H)\b(?:\s+(?P<of>{_YEAR}))?", _half),
    ("period", rf"(?i:\b(?:the\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\b)"
               rf"{_OF_YEAR}?", _quarter),
    ("period", rf"\bQ(?P<qn>[1-4])\b(?:\s+(?P<of>{_YEAR}))?", _quarter),
    ("period", rf"\b(?P<cue>(?i:starting|beginning|from|since|as\s+of))\s+(?i:in\s+)?"
               rf"(?P<m>{_MONTH})(?:\s+(?i:of\s+)?(?P<of>{_YEAR}))?", _open),
    ("period", rf"\b(?P<m>{_MONTH})(?:,?\s+(?i:of\s+)?(?P<of>{_YEAR}|(?i:this year|last year|"
               rf"next year)))", _month),
    ("period", rf"\b(?i:in|during|for|by|until|through|of|early|late|mid-?)\s+"
               rf"(?P<m>{_MONTH})(?![\w-])", _month),
    ("period", rf"\b(?!May\b)(?P<m>{_MONTH})(?![\w-])", _month),
    ("period", rf"\b(?:(?i:between|from)\s+)?(?P<y1>{_YEAR})\s*(?:-|–|(?i:to|and|through))\s*"
               r"(?P<y2>\d{4}|\d{2})(?![\d,])", _year_range),
    ("period", rf"(?<!Resolution )(?<!resolution )(?<!No\. )\b(?:(?i:in|during|for|of|since)\s+)?"
               rf"(?P<y>{_YEAR})(?:['’`]s)?", _year),
    ("period", r"(?i:\b(?:(?:earlier|later)\s+)?(?P<rel>last|this|next|past|current)\s+year"
               r"(?:['’`]s)?\b)", _relative_year),
    ("period", r"(?i:\b(?P<rel>last|this|next|previous)\s+month(?:['’`]s)?\b)", _relative_month),
]
def find_periods(text: str, reference: date, future: bool = False) -> list[PeriodMention]:
    """Every period expression and calendar date of `text`, in order, overlaps removed."""
    found: list[PeriodMention] = []
    for relation, regex, resolver in _PATTERNS:
        for match in regex.finditer(text):
            try:
                period = resolver(match, reference, future)
            except (ValueError, KeyError, TypeError, IndexError):
                period = None
            found.append(PeriodMention(match.start(), match.end(), match.group(), relation, period))
    found.sort(key=lambda m: (-(m.end - m.start), m.start))
    kept: list[PeriodMention] = []
    for mention in found:
        if all(mention.end <= k.start or mention.start >= k.end for k in kept):
            kept.append(mention)
    return sorted(kept, key=lambda m: m.start)


def resolve_period(text: str, reference: date, future: bool = False) -> Period | None:
    """The period of a single expression (`H1 2024`, `last year`), or None."""
    for mention in find_periods(text, reference, future):
        if mention.period is not None:
            return mention.period
    return None


_PATTERNS: list[tuple[Relation, re.Pattern[str], Resolver]] = [
    (relation, re.compile(pattern), resolver) for relation, pattern, resolver in _GRAMMAR
]
