"""Which period a quantity is about, chosen among the period expressions around it.

A period written next to the quantity (`41.61 million dollars in 2008`) is its own. Otherwise the
nearest one in its clause, then in its sentence, not counting expressions that belong to another
quantity (one lies between) or that name a change's comparison base (`from the previous year`,
`triple last year's deals`). A sentence without one continues the period in force from the
sentences before (`over the same period`, or none at all). The old level of a change
(`from 11 million dollars to 7.71 million dollars`) is a year before the change.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache, lru_cache

from tradetrace.extract.commodity import find_commodities
from tradetrace.extract.cues import YEAR_WRITTEN, hedge_pattern, lexicon, may_hold, word_count
from tradetrace.extract.quantities import extract_quantities
from tradetrace.extract.quantity_lexicon import lexicon as quantity_lexicon
from tradetrace.extract.sentences import clause_bounds
from tradetrace.extract.tries import phrase_atoms, trie_pattern
from tradetrace.normalize.periods import (
    MONTH_PATTERN,
    MONTHS,
    SAME_SPAN,
    YEAR_TOTAL,
    Period,
    PeriodMention,
    counted_length,
    cue_alternation,
    following,
    is_that_year,
    last_day,
    length_in_months,
    month,
    months,
    months_on,
    period_cues,
    shift_years,
    step_back,
    that_year,
    whole_year_phrase,
    year,
)
from tradetrace.normalize.units import is_currency

FRAME_LIFETIME = 4
"""Sentences a period stays in force without being mentioned again."""
_ADJACENT_WORDS = 3


def _year_to_date(current: Period | None, length: int) -> Period | None:
    """`Sales rose 9% in September. For the nine months, sales reached ...`, `Exports hit $1.1
    billion in the third quarter ... over the nine months`: a count of months no span in force
    has, while the period in force (a month or a quarter) closes on the count's month of its
    year, is the year so far, January to that month (not in a fiscal year, whose months are
    not counted from January)."""
    if current is None or not 1 < length <= 12 or current.start.year != current.end.year or \
            current.end.month != length or length_in_months(current) in (None, length) or \
            current.end != last_day(current.end.year, current.end.month):
        return None
    return months(current.end.year, 1, current.end.year, length)


def _months_to(current: Period | None, length: int, named: list[Period]) -> Period | None:
    """`North Korea bought $16.2 million of grain in September ... Over the three months the
    North spent $50.53 million`: a count of months no span in force has, while a single month
    is in force, is the months that end with the latest month of that year in force or named
    since (`150,000 tons in January 2025 ... and 120,000 tons in February. Across the two
    months`: January and February); a quarter or a half-year only when that month closes a
    calendar one, and never back into the year before (`in March ... over the nine months` may
    be a fiscal year: the period in force stays)."""
    if current is None or length_in_months(current) != 1 or not 1 < length <= 12:
        return None
    current = max([current, *(m for m in named if m.end.year == current.end.year)],
                  key=lambda m: m.end)
    if length > current.end.month or length in (3, 6) and current.end.month % length:
        return None  # (back past January: a fiscal year or a season this cannot place)
    return months(current.end.year, current.end.month - length + 1, current.end.year,
                  current.end.month)


_BARE_WHOLE_YEAR = re.compile(r"(?i:full-year|the\s+(?:full|whole|entire)\s+year|annual\s+total|"
                              r"the\s+year's\s+total)")
"""A whole-year cue with no preposition of its own (`full-year`, `the whole year`, `annual
total`, `the year's total`): an adjective or a subject whose year only the text around it names
(a total of a year not ended at publication is the year so far: `_total_so_far`)."""
_YEAR_DIGITS = re.compile(r"\d{4}")


def _total_so_far(mention: PeriodMention, resolved: list[PeriodMention],
                  current: Period | None) -> Period | None:
    """`rose to 10 million tonnes in April, bringing the year's total to 32 million tonnes`,
    `in May ..., lifting the year's total so far to`: `annual total`, `the year's total` after a
    period of the year of publication (the year the normalizer gave the phrase), which has not
    ended, is January to that period's last month, as `_year_to_date` reads a count of months
    (`the first quarter ..., a third of the annual total`: the first quarter); None (the whole
    year) after a period of a year that has ended or one closing in December."""
    if mention.period is None or not YEAR_TOTAL.fullmatch(mention.surface.strip()):
        return None
    stated = [m for m in resolved if m.relation == "period" and m.period is not None
              and not whole_year_phrase().fullmatch(m.surface.strip())]
    period = resolve(stated[-1], current) if stated else current
    if period is None or period.start.year != period.end.year or \
            period.end.year < mention.period.start.year or period.end.month == 12 or \
            length_in_months(period) in (None, 12):
        return None
    return months(period.end.year, 1, period.end.year, period.end.month)


def _own_year(resolved: list[PeriodMention], current: Period | None) -> Period | None:
    """The year of the last period (a month, a quarter, months) named, without a year written,
    earlier in the sentence (`in December ..., bringing the full-year total to`), read against
    the period in force as a claim would read it; a twelve-month span (a fiscal year) is itself.
    A period with its year written is left to the reading of the whole sentence (which anchors
    a bare phrase on it, except after `than`)."""
    stated = [m for m in resolved if m.relation == "period" and m.period is not None
              and not _YEAR_DIGITS.search(m.surface)
              and not whole_year_phrase().fullmatch(m.surface.strip())]
    period = resolve(stated[-1], current) if stated else None
    if period is None:
        return None
    return period if length_in_months(period) == 12 else year(period.end.year)


_BASE_GAP = 4
"""Characters at most between `the same eleven months` and the period that makes it a base (`of
`, `in `)."""


def _base_follows(mention: PeriodMention, after: list[PeriodMention]) -> bool:
    """`the same eleven months of 2022`, `the same 11 months last year`, `the same two months a
    year earlier`: a count after `the same` with a period right after it is the comparison base
    of the months in force, not a span counted back (`the same eleven months` alone is)."""
    return "same" in mention.surface.lower() and any(
        0 <= other.start - mention.end <= _BASE_GAP for other in after[:1])


def _same_outlasts(mention: PeriodMention, length: int | None, current: Period | None) -> bool:
    """Whether `over the same eleven months` can be a span counted back: only while a shorter
    span of whole months is in force (`In December alone ...`); while a span as long, or one
    not of whole months (`the first 10 months of a fiscal year that began on July 8`), is in
    force, it is that span, `the same period`."""
    if "same" not in mention.surface.lower():
        return True
    held = length_in_months(current) if current is not None else None
    return length is not None and held is not None and held < length


@dataclass
class PeriodFrame:
    """The period in force while reading a document (mutable reading state)."""

    period: Period | None = None
    age: int = 0
    claimed: bool = False
    """Whether the period in force is that of a figure (not only named in a sentence with none)."""
    part: Period | None = None
    """A part of the figures' span named in the sentence just read, which had no figure; the
    span stays in force unless the next sentence points back to the part (`_back_to_part`)."""
    plan: Period | None = None
    """The period of a plan stated since (`a target for the 2019-2020 fiscal year`): what `the
    previous fiscal year` steps back from, though not the period reports go on about."""

    spans: list[Period] = field(default_factory=list)
    """The periods that have been in force, latest last (the last few)."""

    months_named: list[Period] = field(default_factory=list)
    """The single months named (not as a comparison base) in the sentences read, latest last
    (the last few): what `in the month` goes back to when the period in force is longer
    (`Exports fell 3% in 2024, with December down 5%. Sales to Japan slipped 1% in the
    month.`)."""

    years_named: list[Period] = field(default_factory=list)
    """The whole years (calendar, fiscal, marketing) named in the sentences read, latest last
    (the last few): what `that year` goes back to (`... far below the record of 2021. That year
    Russia exported 2.96 million m3`)."""

    def current(self) -> Period | None:
        return self.period if self.age <= FRAME_LIFETIME else None

    def counted_back(self, mentions: list[PeriodMention]) -> list[PeriodMention]:
        """`Exports reached $8.2 billion in January-October. October alone brought $1.1 billion.
        Catfish exports rose to $1.7 billion over the ten months.`: a span named by its length
        (`counted_length`) is the last span of that length its own sentence named before it,
        else the period in force if it is that long, else the last period of that length that
        was in force; with none, it stays `the same period`. First, a sentence pointing back to
        a part of the span named just before puts that part in force (`_back_to_part`)."""
        self._back_to_part(mentions)
        resolved: list[PeriodMention] = []
        for index, mention in enumerate(mentions):
            length = None if _base_follows(mention, mentions[index + 1:]) else \
                counted_length(mention)
            current = self.current()
            if is_that_year(mention):
                # (the year in force first: `... $5.5 billion in 2019 from $6.2 billion in
                # 2018. Vehicles made up 18% of it that year` is 2019, not the base after it)
                named = that_year(current) or (self.years_named[-1] if self.years_named
                                               else None)
                if named is None:
                    continue  # (`that year` with no year to go back to names nothing)
                resolved.append(replace(mention, period=named, anchored=True))
                continue
            if not _same_outlasts(mention, length, current):
                length = None
            # (its own sentence's span of that length first: `In January-October this year,
            # ... over the ten months`)
            own = [m.period for m in resolved if m.relation == "period" and m.period is not None
                   and length_in_months(m.period) == length]
            if length == 1 and current is not None and length_in_months(current) == 1:
                # (`over the month` while a month is in force: that month, stated when its own
                # sentence named no period before it, so a longer span counted later in the
                # sentence, `over the four months`, does not date it)
                if not any(m.relation == "period" for m in resolved):
                    mention = replace(mention, relation="period", period=current, anchored=True)
            elif length == 1:
                month_named = self._named_month(resolved, current)
                if month_named is None:
                    continue  # (`in the month` with no month to go back to names nothing)
                mention = replace(mention, relation="period", period=month_named, anchored=True)
            elif length is not None and (own or not (current and length_in_months(current)
                                                      == length)):
                match = own[-1] if own else next(
                    (p for p in reversed(self.spans) if length_in_months(p) == length),
                    None) or _year_to_date(current, length) or \
                    _months_to(current, length, self.months_named)
                if match is not None:
                    mention = replace(mention, relation="period", period=match, anchored=True)
            elif not mention.anchored and whole_year_phrase().fullmatch(mention.surface.strip()):
                bare = _BARE_WHOLE_YEAR.fullmatch(mention.surface.strip()) is not None
                # (a bare `full-year`, `the whole year` names the year of a period its own
                # sentence named before it: `coal imports in December were 44 million tonnes,
                # bringing the full-year total to 474 million tonnes` is of December's year)
                whole = _total_so_far(mention, resolved, current) or \
                    (_own_year(resolved, current) if bare else None) or \
                    self._year_holding(current)
                if whole is not None:
                    mention = replace(mention, period=whole, anchored=True)
                elif bare and current is None:
                    # (with nothing in force nor named before it, a bare `full-year` of a
                    # reported figure would be the publication year, which has not ended: `The
                    # company's full-year results showed exports of 2 million tonnes` in a
                    # January article; it names no year, as before the phrase was read; this
                    # is the past reading only, so a forecast, `full-year purchases are
                    # projected to exceed 4 million tonnes`, keeps the year)
                    continue
            resolved.append(mention)
        self._note_years(resolved)
        return resolved

    def _note_years(self, mentions: list[PeriodMention]) -> None:
        """Keep the whole years a sentence names, as the period of its figures or as a base
        (`far below the record of 2021`), for a later `that year` while no whole year is in
        force (`counted_back`)."""
        for mention in mentions:
            named = that_year(mention.period) if mention.relation == "period" else None
            if named is not None:
                self.years_named = [*self.years_named[-(FRAME_LIFETIME - 1):], named]

    def _named_month(self, before: list[PeriodMention], current: Period | None) -> Period | None:
        """`in the month`, `that month` (a span one month long) while a longer period is in
        force: the last month named in the sentences before, if it lies inside the period in
        force (`Exports fell 3% in 2024, with December down 5%. Sales to Japan slipped 1% in the
        month.`). None when its own sentence names a period before it (the nearest period
        of its sentence dates the figure then, as before; it may be a comparison base: `higher
        than in June, ... grew by $179.5 million over the month`) or no such month was named."""
        if any(m.relation == "period" for m in before) or not self.months_named or \
                current is None:
            return None
        named = self.months_named[-1]
        return named if current.start <= named.start and named.end <= current.end else None

    def _year_holding(self, current: Period | None) -> Period | None:
        """`Imports rose 8% in fiscal 2023-24 ... In June alone, imports were $1.3 billion. For
        the whole year, ...`: while a part of a twelve-month span that was in force is (a month,
        a quarter of it), `for the year` is that span, not the calendar year of the part."""
        if current is None or length_in_months(current) in (None, 12):
            return None
        return next((p for p in reversed(self.spans) if length_in_months(p) == 12
                     and p.start <= current.start and current.end <= p.end
                     and (p.start.month, p.end.month) != (1, 12)), None)

    def _note_months(self, explicit: list[PeriodMention]) -> None:
        """Keep the single months a sentence names (`in December, when shipments dropped`) for
        a later `in the month` (`_named_month`)."""
        for mention in explicit:
            period = mention.period
            if period is not None and length_in_months(period) == 1:
                self.months_named = [*self.months_named[-(FRAME_LIFETIME - 1):], period]

    def reference(self) -> Period | None:
        """What `the previous year` steps back from: a plan stated since, else the period in
        force."""
        return self.plan or self.current()

    def _part_of_figures_span(self, named: Period | None) -> bool:
        """A stretch inside the span in force, which figures were dated by."""
        return self.claimed and _part_of_span(named, self.current())

    def _back_to_part(self, mentions: list[PeriodMention]) -> None:
        """`Exporters struggled in June. In the same month, shipments fell to 180,000 tonnes.`: a
        sentence pointing back by a period noun shorter than a year (`the same month`, `during the
        quarter`, `in those two months`, `from a month earlier`) to the part of the span just
        named is of that part, so it is put in force before the sentence is read."""
        part, self.part = self.part, None
        if part is None or not any(
                m.relation in ("same", "previous") and _part_noun().search(m.surface)
                and "year" not in m.surface.lower() and not _base_follows(m, mentions[i + 1:])
                for i, m in enumerate(mentions)):
            return  # (not a comparison base a year back: `up 5% from the same month last year`)
        self.period, self.age, self.claimed = part, 0, False
        if part not in self.spans[-1:]:
            self.spans = [*self.spans[-(FRAME_LIFETIME - 1):], part]

    def advance(self, mentions: list[PeriodMention], claimed: Period | None = None,
                aside: bool = False) -> None:
        """Move to the next sentence: the period of its first claim, else its last explicit
        period, stays in force. An aside (a sentence of plans only, `pledged in 2014 to lift trade
        to $1 billion by 2020`, or of a revised figure) leaves it in force; a plan's period is kept
        for `the previous year` to step back from."""
        explicit = [m for m in mentions if m.relation == "period" and (
            m.period is not None or following(m.surface, self.current()) is not None)]
        self._note_months(explicit)
        if aside:
            self.plan = claimed or (resolve(explicit[-1], self.current()) if explicit else None)
            self.age += 1
            return
        self.plan = None
        if claimed is not None:
            self.period, self.age, self.claimed = claimed, 0, True
        elif explicit:
            # `for the year` goes on with the year in force
            named = [resolve(m, self.current()) for m in explicit]
            whole = [p for p in named if not self._part_of_figures_span(p)]
            if not whole:
                # (`Exports reached $2.9 billion in January-August. Brewers had to stop in
                # April.`: a part of the figures' span, named with no figure, leaves the span
                # in force; a next sentence pointing back to it puts it in force then)
                self.part = named[-1]
                self.age += 1
                return
            self.period, self.age, self.claimed = whole[-1], 0, False
        if self.period is not None and self.age == 0 and self.period not in self.spans[-1:]:
            self.spans = [*self.spans[-(FRAME_LIFETIME - 1):], self.period]
        elif any(m.relation == "same" for m in mentions):
            self.age = 0
        else:
            self.age += 1


@cache
def _part_noun() -> re.Pattern[str]:
    """A period noun a sentence points back to a part named before with (`part_back_nouns`)."""
    return re.compile(rf"\b(?:{cue_alternation(period_cues()['part_back_nouns'])})\b", re.I)


def _part_of_span(part: Period | None, span: Period | None) -> bool:
    """A shorter stretch of whole months lying inside a span of whole months."""
    if part is None or span is None or part == span:
        return False
    short, whole = length_in_months(part), length_in_months(span)
    return short is not None and whole is not None and short < whole and \
        span.start <= part.start and part.end <= span.end


_WORTH_ASIDE = re.compile(r"(?:\s+of\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?(?:,\s*|\s+)"
                          r"(?:worth|valued\s+at|with\s+a\s+value\s+of)\s+(?:(?:about|around|"
                          r"roughly|some|nearly|almost|over|more\s+than)\s+)?")
_ASIDE_CLOSED = re.compile(r",?\s*(?:in|during|for|over)?\s*")
"""The value of goods after them (`582.985 million kg, worth $983.141 million,`, `39,000 carats
worth $15 million`) and the period closing it (`in 2021`), comma or not: that period dates the
goods as well as their value."""


_HEDGE_WORDS = r"(?:about|around|roughly|some|nearly|almost|approximately|close\s+to)"
_RESTATED_ASIDE = re.compile(rf"\s*\(\s*(?:or\s+)?(?:{_HEDGE_WORDS}\s+)?|,\s*(?:or\s+(?:"
                             rf"{_HEDGE_WORDS}\s+)?|{_HEDGE_WORDS}\s+)", re.IGNORECASE)
"""A figure restated right after another, set off by a comma with `or` or a hedge, or in
brackets (`3.3 billion dirhams, roughly US$330 million,`, `US$33.81 billion, or IDR 504.2
trillion,`, `1.2 billion riyals (about $320 million)`): the same amount in other terms."""
_RESTATED_CLOSED = re.compile(r"\)?,?\s*(?:in|during|for|over)?\s*")


def _set_off_after(text: str, quantity: tuple[int, int], other: tuple[int, int],
                   mention: PeriodMention) -> bool:
    """Whether `other` follows the figure at `quantity` as its value (`582.985 million kg, worth
    $983.141 million,`) or as the same amount restated (`3.3 billion dirhams, roughly US$330
    million,`), and `mention` closes it (`in 2021`): that period dates both figures, as if
    written next to each."""
    s, e = other
    if quantity[1] > s:
        return False
    if _WORTH_ASIDE.fullmatch(text, quantity[1], s):
        return _ASIDE_CLOSED.fullmatch(text, e, mention.start) is not None
    return _RESTATED_ASIDE.fullmatch(text, quantity[1], s) is not None and \
        _RESTATED_CLOSED.fullmatch(text, e, mention.start) is not None


def _closes_worth_aside(text: str, mention: PeriodMention, quantity: tuple[int, int],
                        others: list[tuple[int, int]]) -> bool:
    """`39,000 carats worth $15 million in 2011`, `3.3 billion dirhams, roughly US$330 million,
    in 2024`: the period right after the value of the goods at `quantity`, or after the same
    amount restated, is as much theirs as the other figure's, as if written next to them."""
    return any(_set_off_after(text, quantity, other, mention) for other in others)


def _owned_by_other(text: str, mention: PeriodMention, quantity: tuple[int, int],
                    others: list[tuple[int, int]]) -> bool:
    """True when another quantity lies between this one and the mention and sits right next to
    the mention (`from 23.28 million dollars in 2012`: 2012 is that quantity's own period)."""
    low, high = min(mention.end, quantity[1]), max(mention.start, quantity[0])
    for s, e in others:
        if low <= s and e <= high and not _set_off_after(text, quantity, (s, e), mention):
            # (`582.985 million kg, worth $983.141 million, in 2021`, `3.3 billion dirhams,
            # roughly US$330 million, in 2024`: the value or restatement set off after the
            # figure leaves the period after it to both)
            gap = (e, mention.start) if mention.start >= e else (mention.end, s)
            if word_count(text, *gap) <= 2:
                return True
    return False


def _dates_definite_other(text: str, mention: PeriodMention, quantity: tuple[int, int],
                          others: list[tuple[int, int]]) -> bool:
    """`13.3% below May 2024 and far short of the 8.75m-ton peak reached in March`: a period
    after a definite noun phrase headed by another quantity dates that phrase, not the clause."""
    for s, e in others:
        if quantity[1] <= s and e <= mention.start and DEFINITE_BEFORE.search(
                text, max(0, s - 6), s) and word_count(text, e, mention.start) <= 3 and \
                not _SPAN_LENGTH.search(text, s, e):
            # (not `in the four months from March 20 to July 22`: the days date that span)
            return True
    return False


_SPAN_LENGTH = re.compile(r"(?i:months?|weeks?|days?)$")
"""The end of a quantity that is a span's length (`the four months`)."""


DEFINITE_BEFORE = re.compile(r"\b(?:the|its|their)\s+$", re.IGNORECASE)
"""Right before a definite noun phrase (`the 8.75m-ton peak`)."""


_AS_IN = re.compile(r",\s*(?:just\s+)?as\s+(?:it\s+did\s+)?$", re.IGNORECASE)
"""Before a period set off after a figure: the same as then (`, as in August`), a comparison."""


def is_base(text: str, mention: PeriodMention, floor: int) -> bool:
    """True when the mention names a comparison base: `from 2012`, `than last year`,
    `last year's` (as the object of a change), `the previous year`."""
    if mention.relation == "previous":
        return True
    return _is_base(text, mention.start, mention.end, mention.surface, floor)


_COMPARED_WITH_THE_WORD = re.compile(r"(?i:\b(?:compared\s+(?:with|to)|against|versus|"
                                     r"vs\.?)\s+(?:the|its|their)\s+[a-z]+\s+$)")
"""A comparison, then the period's article and one word describing it (`compared with the
weak second half`, `against its strong March`): what the figure is compared with (not `than
a`, whose word is a count: `more than a third last year`)."""


@cache
def _level_with() -> re.Pattern[str]:
    """Words of sameness right before a period (`level_with_cues`: `level with `, `in line with
    `, `similar to `): what a figure is likened to, a comparison base."""
    words = cue_alternation(period_cues()["level_with_cues"])
    return re.compile(rf"\b(?i:{words})\s+$")


_TO_TOTAL = re.compile(r"\s+to\s+(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than)"
                       r"\s+)?[$€£]?\d")
"""After a running total's level noun: `to` the total it reaches (`taking the five-month volume
to 72,000 tonnes`), not a change of a level compared with (`lifting the 2023 volume by 12%`)."""


@cache
def _running_total_lead() -> re.Pattern[str]:
    """A `running_total_verbs` word and the article of the total it brings a figure to, right
    before a period (`taking the five-month volume to 72,000 tonnes`): the total's own span, not
    the period of a level compared with (`nine times the 2022 level`); read only with `to` a
    figure after the level noun (`_TO_TOTAL`)."""
    running = cue_alternation(period_cues()["running_total_verbs"])
    return re.compile(rf"\b(?i:{running})\s+(?:the|its|their)\s+$")


@lru_cache(maxsize=4096)
def _is_base(text: str, start: int, end: int, surface: str, floor: int) -> bool:
    """`is_base` of a mention at [start, end) written `surface` (not a `previous` one),
    memoised: each claim of a sentence asks about the same mentions (1,840 calls, 867 distinct
    per 300 KB); the answer rests on these values alone."""
    before = text[max(floor, start - 20):start]
    if _compared_with(before) or _THAN_IN.search(before) or _AS_IN.search(before):
        return True  # `from 2012`, `up 14.4% on 2023`, `lower than in January 2009`, `the
        # most, almost 0.5 million tonnes, as in August`
    if _level_with().search(text, max(floor, start - 30), start):
        return True  # `roughly level with the same months of 2022`, `similar to 2023`: the
        # period a figure is likened to
    if _COMPARED_WITH_THE_WORD.search(text, max(floor, start - 40), start):
        return True  # `Compared with the slower first quarter, proceeds rose`: one word
        # describing the period after the comparison
    if _changed_figure_on(text, start, end, surface, floor):
        return True  # `up 50,000 bpd on March`, `9% down on July`, `a gain of 1.41% over
        # December 2023`: the period a changed figure is measured against
    lead = _LEAD_OF.match(surface)
    if lead is not None and _compared_with(before + lead.group()):
        return True  # `18.9% short of August's record`: the cue ends inside the mention
    if _FROM_SPAN.match(surface) and _CHANGED_BY.search(before):
        return True  # `up 156 percent from January-June 2018`: a dashed span is no `from ... to`
    if re.match(r"(?i:from)\s", surface) and _change_verb_before().search(before) and \
            not re.search(r"\b(?i:to|through|until)\b", surface):
        return True  # `Chinese purchases more than doubled from 2019/2020 to 6.78 MMT`
    if _THAT_OF.search(text, max(floor, start - 40), start) or (
            _THAT_BEFORE.search(before) and re.match(r"(?i:of|in|for)\s", surface)):
        return True  # `twice that of April`: what the figure is compared with
    level = _LEVEL_AFTER.match(text, end)
    if level and re.search(r"\b(?:the|its|their)\s+$", before) and not (
            _running_total_lead().search(before) and _TO_TOTAL.match(text, level.end())):
        return True  # `nine times the 2022 level`, `up 350,000 bpd on its 2021 average`: the
        # year of what it is compared with
    if _record_set(text, start, floor) is not None:
        return True  # `2.4% above the previous record of 387,092 set in 2019`, `a little below
        # the record it set in 2022`: when an old record was set, not what a figure covers
    if _PERCENT_UNDER.search(before):
        return True  # `22.2 percent under March 2021`: below it, what the change is against
    year_after = _YEAR_AFTER.match(text, end)  # (`the full-year 2024 total`)
    if _TOTAL_AFTER.match(text, year_after.end() if year_after else end) and \
            _COMPARED_THE.search(before):
        return True  # `just short of the April total` (not `of the May total`, a part of it),
        # `above the full-year record of ...`, `above the full-year 2024 total`
    wider = text[max(floor, start - 50):start]
    if re.match(r"(?i:of|in|for)\s", surface) and _COMPARED_LEVEL.search(wider):
        return True  # `358% above the January-August volume of 2021`
    lead_in = re.match(r"(?i:of|in|during)\s+", surface)
    if _COMPARED_LEVEL_OF.search(wider + (lead_in.group() if lead_in else "")):
        return True  # `4% below the volume recorded in May 2019`, `above the low base of
        # March 2020`, `above the previous record of 2021`: the period of the level compared
    if surface[:3].lower() == "of " and _THAN_WHOLE.search(wider):
        return True  # `40% more than in the whole of 2017`, `more than it bought in all of
        # 2023`, `75 percent of what it bought in the whole of 2024`: the year compared with
    if _AVERAGE_OVER.search(wider) or _BELOW_SAME.search(wider) or _MULTIPLE_OF_BEFORE.search(
            text, max(floor, start - 70), start):
        return True
    same = _SAME_PERIOD_BEFORE.search(wider)
    if same is not None:
        prefix = wider[:same.start()]
        cues = list(lexicon("comparison_base").regex.finditer(prefix + " "))
        if cues and not prefix[cues[-1].end():].strip() or _CHANGE_ON.search(prefix + " ") or \
                _THAN_IN.search(prefix + " ") or _SAME_COMPARED.search(prefix + " ") or \
                _level_with().search(prefix + " "):
            # `up 14% against (on) the same period of 2023`, `44% more than in the same month
            # of 2023`, `up almost a third on the same months of 2024`, `compared with $2.2
            # billion in the same months of 2022`, `level with the same months of 2022`
            return True
    # `triple last year's deals`, `up from last year's`: a possessive period compared with;
    # not `put last year's two-way trade at $2.73 billion`, `Last year's trade came to`
    # (`$1.17 billion of last year's sales`: a part of that year's total, not a base)
    possessive = re.search(r"['’`]s$", surface) or _POSSESSIVE_AFTER.match(
        text, end)  # (`November 2023's figure`: the mark after the mention)
    if possessive and _OVER_BEFORE.search(text, max(floor, start - 8), start) \
            and _SPAN_AFTER_POSSESSIVE.match(text, end) and (
                re.match(r"(?i:this)\b", surface) or not _changed_before().search(
                    text, max(floor, start - 40), start)):
        return False  # `took in $245 million over this year's Valentine's season`: during it
    return bool(possessive) and _BASE_BEFORE_POSSESSIVE.search(
        text, max(floor, start - 30), start) is not None and \
        (_FIGURE_OF.search(text, max(floor, start - 30), start) is None
         or _LEVEL_AFTER.match(text, end) is not None)


_POSSESSIVE_AFTER = re.compile(r"['’`]s\b")
_YEAR_AFTER = re.compile(r"\s+\d{4}\b(?![.,]\d)")
"""A year written right after a mention (`full-year` of `the full-year 2024 total`)."""


_ON_BEFORE = re.compile(r"\s(?:on|(?P<over>over))\s+$", re.IGNORECASE)
_CHANGE_NOUN_OF = re.compile(r"\b(?:gain|increase|rise|jump|growth|drop|decline|fall|decrease)\s+"
                             r"of\s+(?:[^\s;]+\s+){0,4}$", re.IGNORECASE)
"""Before `over` and a period: a change named as a noun and its figure (`a gain of 1.41% over`),
what the period is compared with (not `rose 18% over 2024`, the time of the change)."""
_ON_SELF = re.compile(r"\b(?:year|month|quarter|week|day)$", re.IGNORECASE)
"""Before `on` in `year on year`, `month on month`: no comparison with the period after."""
_NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|but|while|whereas|as|when|to|at|in|with|from|after|"
                         r"before|despite|levels?|figures?|totals?|volumes?|values?)\b)[a-z]")
"""After the period: a noun it qualifies (`on 2012 shipments`), not the period compared with
(`on 2023 levels` is)."""
_DAY_IN = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b", re.IGNORECASE)
_CHANGE_REACH = 90


def _changed_figure_on(text: str, start: int, end: int, surface: str, floor: int) -> bool:
    """`up 50,000 bpd on March`, `rose NZ$87 million on 2023`, `an increase of 120,000 tons on
    2018`, `17.8% and 18.3%, respectively, on September`, `9% down on July`: a bare month, year
    or span after `on`, in a clause that changed a figure before it, is what the change is
    measured against. After `over` only with a change noun (`a gain of 1.41% over December
    2023`), as `rose 18% over 2024` is the time of the change. Never a day (`shipped on July
    7`), when something happened."""
    if start - floor < 4:
        return False
    lead = _ON_BEFORE.search(text, max(floor, start - 6), start)
    if lead is None or (_DAY_IN.search(surface) and not re.fullmatch(r"[\d/–-]+", surface)):
        return False
    if _ON_SELF.search(text, max(floor, lead.start() - 10), lead.start()) or _NOUN_AFTER.match(
            text, end):
        return False  # (`up 12.2% year on year through October`, `$200m on 2012 shipments`)
    window = text[max(floor, lead.start() - _CHANGE_REACH):lead.start() + 1]
    window = window[max(window.rfind("; "), window.rfind(". ")) + 1:]
    if not re.search(r"\d", window):
        return False
    if lead.group("over"):
        return _CHANGE_NOUN_OF.search(window) is not None
    return _changed_before().search(window) is not None


_OVER_BEFORE = re.compile(r"\bover\s+$", re.IGNORECASE)
_SPAN_AFTER_POSSESSIVE = re.compile(r"(?:['’`]s)?\s+(?:[A-Z][\w'’-]*\s+)?(?:season|period|months|"
                                    r"quarter|half|campaign|harvest|first|opening)\b")
"""After `over this year's`: a span of the year (`Valentine's season`, `first half`) the figure
covers, not a level compared with."""


@cache
def _change_words() -> str:
    """The quantity lexicon's verbs and nouns of a change (`rose`, `declined`, `doubled`,
    `halved`, `increase`), as a regex alternation."""
    lex = quantity_lexicon()
    # (a trie: several hundred phrases, which a flat alternation tries one by one everywhere)
    return trie_pattern(phrase_atoms(word) for word in {
        *lex.change_verbs, *lex.change_nouns, *lex.multiplier_change, *lex.halving_words})


@cache
def _changed_before() -> re.Pattern[str]:
    """A change written before a figure (`rose 10 percent`, `up 5%`): what it says it moved."""
    return re.compile(r"%|\b(?:percent|per\s?cent|up|down|higher|lower|more|less|"
                      + _change_words() + r")\b", re.IGNORECASE)


@cache
def _change_verb_before() -> re.Pattern[str]:
    """A change's verb right before `from` and a period: the period is the base (`doubled from
    2019/2020 to 6.78 MMT`)."""
    return re.compile(r"\b(?:" + _change_words() + r")\s*$", re.IGNORECASE)
_FIGURE_OF = re.compile(r"\d(?:[\d.,]*\d)?(?:\s*(?:[mb]illion|trillion|[mb]ln|[mb]n))?"
                        r"(?:\s+(?!(?:percent|per|pct)\b)[a-z]+){0,2}\s+of\s+(?:the\s+)?$",
                        re.IGNORECASE)
"""An amount right before `of` a possessive period (`$1.17 billion of last year's sales`): a
part of that period's total, of that period (not a ratio, `40% of last year's total`, nor `80%
of last year's level`, which are compared with it)."""


_BASE_BEFORE_POSSESSIVE = re.compile(
    r"\b(?:doubl\w*|tripl\w*|trebl\w*|twice|times|than|from|above|below|exceed\w*|beat\w*|"
    r"surpass\w*|top\w*|compared\s+(?:with|to)|versus|vs\.?|against|of|on|over|match\w*|"
    r"equal\w*|half|third|quarter|like|as|to|with|outpac\w*|eclips\w*|behind|trail\w*|"
    r"ahead\s+of|short\s+of|beyond|vs\.?)\s+(?:the\s+)?$", re.IGNORECASE)


_MULTIPLE_OF_BEFORE = re.compile(
    r"(?:\b(?:times|twice)\s+(?:the\b|what\b|as\s+(?:much|many|large|big|high)\s+as\b)|"
    r"(?<!\bto\s)(?<!\bwill\s)(?<!\bcould\s)(?<!\bwould\s)\b(?:double|triple|half)\s+the\s+"
    r"(?:figure|level|amount|volume|total|quantity|value)\b)[^,;.]{0,60}$", re.IGNORECASE)
"""`45.8 times the volume of August last year`, `4.5 times what China sent in all of 2016`,
`three times as much as it shipped in July`: the period of what a multiple is compared with
(not past a figure, `13 times the 1,064 tons it bought in February 2013`, whose own it is);
`double`, `triple`, `half` only before a word for the figure compared (`nearly triple the figure
for the same months of 2022`), as they are as often verbs and determiners (`aim to double the
trade by 2030`, `half the rice it imported in 2023`)."""
_CHANGE_ON = re.compile(r"(?:%|\bper\s?cent|\bpct|\btimes|fold)(?:\s+(?:rise|increase|gain|jump|"
                        r"growth|fall|drop|decline|decrease)|\s+(?:by|in)\s+(?:value|volume|"
                        r"weight|tonnage|quantity))?\s+on\s+(?:the\s+)?$", re.IGNORECASE)
"""`up 14.4% on `, `36.7% by value on `: what the change is measured against follows."""
_FROM_SPAN = re.compile(r"(?i:from\s+[^-–]*[-–])(?!.*\b(?:to|through|until)\b)")
"""`from January-June 2018`: a dashed span after `from` (not `from March to May`)."""
_CHANGED_BY = re.compile(r"(?:%|\bper\s?cent|\bpct|\btimes|fold|\bup|\bdown|\bhigher|\blower)\s*$",
                         re.IGNORECASE)
_LEAD_OF = re.compile(r"(?i:of)\s+")
_THAN_IN = re.compile(r"\bthan\s+(?:in|during|for|over|at)\s+(?:the\s+)?$", re.IGNORECASE)
_AVERAGE_OVER = re.compile(r"\b(?:below|above|under|over|than|from|against|on|versus|vs\.?|with)\s+"
                           r"(?:the|its|their)\s+(?:(?:monthly|annual|yearly|weekly|daily|"
                           r"long-term)\s+)?(?:average|mean)\s+(?:(?:recorded|seen|logged)\s+)?$",
                           re.IGNORECASE)
"""`37% below the monthly mean recorded since May 2016`, `Measured against the average since May
2016`: the span of an average compared with."""
_TOTAL_AFTER = re.compile(r"\s+(?:totals?|record|high|peak|levels?|figures?|volumes?|output|"
                          r"outlay|averages?)\b")
"""After a period: its total, record or level (`just short of the April total`, `above the
full-year record of 142 million barrels`, `347,000 bpd above its April output`, `3% below their
September level`)."""
_COMPARED_THE = re.compile(r"\b(?:below|above|under|than|against|versus|vs\.?|short\s+of|exceed\w*|"
                           r"beat\w*|surpass\w*|top\w*|compared\s+(?:with|to)|from|on)\s+"
                           r"(?:the|its|their)\s+(?:(?:full|whole|entire)[\s-]year\s+)?$",
                           re.IGNORECASE)
"""Before `the April total`, `its April output`, `the full-year 2024 total`: a comparison with
another period's total."""
_COMPARED_LEVEL = re.compile(r"(?:\b(?:below|above|under|over|than|from|against|on|versus|vs\.?|"
                             r"with|times|twice)|%)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}"
                             r"(?:levels?|figures?|volumes?|averages?|mean|totals?|values?)\s+$",
                             re.IGNORECASE)
"""Before `of 2021`: the figure compared with (`358% above the January-August volume of 2021`),
whose period it is."""
_COMPARED_LEVEL_OF = re.compile(
    r"(?:\b(?:below|above|under|than|against|versus|vs\.?|beat\w*|surpass\w*|exceed\w*|top\w*|"
    r"short\s+of)|%|(?:%|\bper\s?cent|\bpct)\s+(?:on|over|from))\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}(?:levels?|figures?|volumes?|"
    r"averages?|mean|totals?|values?|base|record|high|peak)\s+(?:(?:recorded|seen|logged|set|"
    r"reached|posted|registered)\s+)?(?:of|in|during)\s+$", re.IGNORECASE)
"""Before a period without its `of` (`below the volume recorded in `, `above the low base of `,
`above the previous record of `): a level compared with, named with the words of a figure (not
after `from` or `on`, whose `the total of` may be a level that changed, unless a percentage comes
right before them: `up 10% on the relatively low value of February 2023`)."""
_THAN_WHOLE = re.compile(
    r"\b(?:than|of\s+what)\s+(?![\d$€£¥]|(?:US|A|C|NZ|HK|S)\$|(?:about|around|some|nearly|"
    r"almost|roughly|over|just)\b)(?:[\w'’-]+\s+){0,5}?(?:in|during|for|over|across)\s+"
    r"(?:the\s+)?(?:whole|entirety|course|all)\s+$", re.IGNORECASE)
"""Before `of 2017` (the mention's `of`): a whole year after `than` or `of what`, what a figure
is compared with (`than in the whole of`, `than it imported in all of`); not a figure after
`more than` (`more than 450,000 tons in the whole of`), which is of that year."""
_RECORD_SET = re.compile(r"\b(?:record|high|peak|best|target)\b(?:[^.;:]{0,50}?)\s(?:was\s+|"
                         r"were\s+|had\s+been\s+|had\s+|has\s+)?(?:set|reached|hit|posted|"
                         r"achieved|established)\s+(?:(?:in|during|back\s+in)\s+)?$",
                         re.IGNORECASE)
"""Before a period: when a record (a high, a target) named before was set (`the previous record
of 387,092 set in `, `the record it set in `, `the previous high, 5.56 bcm, was set in `)."""


def _record_set(text: str, mention: PeriodMention | int, floor: int) -> int | None:
    """Where the record noun starts when the period at `mention` (or that offset) says when a
    record was set (`_RECORD_SET`), else None."""
    start = mention if isinstance(mention, int) else mention.start
    if not may_hold(text, max(floor, start - 80), start, _RECORD_SET_WORDS):
        return None
    found = _RECORD_SET.search(text, max(floor, start - 80), start)
    return found.start() if found is not None else None


def _sets_record(text: str, mention: PeriodMention, quantity: tuple[int, int], floor: int) -> bool:
    """Whether the figure at `quantity` is the record whose setting the period dates (`the
    previous record of 387,092 set in 2019`, `the US$2.4 billion record set in 2013`: the
    record's own year)."""
    noun = _record_set(text, mention, floor)
    return noun is not None and (noun < quantity[0] or (
        quantity[1] <= noun and word_count(text, quantity[1], noun) <= 1))


_RECORD_SET_WORDS = ("set ", "reached ", "hit ", "posted ", "achieved ", "established ")
_PERCENT_UNDER = re.compile(r"(?:%|\bper\s?cent|\bpc|\bpct)\s+under\s+$", re.IGNORECASE)
"""`22.2 percent under `: below the period that follows (`under` is no comparison cue of its
own: `under the 2023 deal`)."""
_BELOW_SAME = re.compile(r"\b(?:below|above|under|over)\s+(?:the\s+)?(?:same|corresponding|"
                         rf"equivalent)\s+(?:{SAME_SPAN}|week\b)\s*(?:of|in|last)?\s*$",
                         re.IGNORECASE)
"""`6 percent below the same period of 2023`, `35% above the same week of 2019`: the period
compared with (`the same week` is no span in force of its own, as a week rarely is one)."""
_SAME_PERIOD_BEFORE = re.compile(r"\s(?:the\s+)?(?:same|corresponding|equivalent)\s+"
                                 rf"{SAME_SPAN}\s*(?:(?:of|in)(?:\s+the)?|last)?\s*$",
                                 re.IGNORECASE)
"""`the same months of 2022`, `the same months of the 2021-2022 campaign`: right before the year
a span in force is set against."""
_SAME_COMPARED = re.compile(r"(?:\S\s+(?:on|against|versus|vs\.?)|\d(?:[\d.,]*\d)?(?:\s*(?:"
                            r"[mb]illion|trillion|[mb]ln|[mb]n|bn|tonnes|tons|barrels|"
                            r"(?![a-z]*ed\b)[a-z]{1,6})){0,2}\s+(?:in|during|for|of))\s+$",
                            re.IGNORECASE)
"""Before `the same months of 2022`: a figure compared (`up a third on`, `against`) or the old
level stated (`compared with $2.2 billion in`, `than the 7.42 million tonnes of`); not a sentence
opening on that period, nor a figure and its participle (`the $4.1 billion posted in`, whose
own period it is)."""
_COMPARED_THAT = (r"\b(?:twice|double|triple|treble|times|half|than|above|below|percent|"
                  r"%|third|quarter|fifth)\s+(?:that|those|(?:the|their|its)\s+(?:levels?|"
                  r"volumes?|values?|figures?))")
_THAT_OF = re.compile(_COMPARED_THAT + r"\s+(?:of|in|for)\s+(?:the\s+)?$", re.IGNORECASE)
_THAT_BEFORE = re.compile(_COMPARED_THAT + r"\s+$", re.IGNORECASE)
"""`twice that of April`, `above those in 2022`, `eight times their level of June 2022`: not
`said that in 2023`."""
_LEVEL_AFTER = re.compile(r"\s+(?:(?:(?:monthly|annual|yearly|weekly|daily)\s+)?(?:averages?|mean)|"
                          r"levels?|figures?|volumes?)\b(?!\s+(?:was|were|is|are|stood|came|"
                          r"reached|had|has|put|showed|shows)\b)", re.IGNORECASE)
"""After `the <year>`: the level of that year as a comparison base (`nine times the 2022
level`), not as the subject it is in `the 2023 figure was ...`, `the 2004 figure at ...`."""


_AND_OLDER = re.compile(r"\s+(?:the\s+)?(?:year|month|season)\s+(?:before|earlier)\s+and\s+"
                        r"(?:about\s+|some\s+|nearly\s+|around\s+)?[$€£\d]", re.IGNORECASE)
"""After an old level: `the year before and 70 million tonnes in 2020`, a list of older
figures (not `..., shipments had climbed to 70 million tonnes in 2020`, the new level)."""


def _level_of(text: str, mention: PeriodMention, start: int) -> bool:
    """`the 2020 monthly average of 308,746 t`: the old level stated is of the year compared
    with."""
    level = _LEVEL_AFTER.match(text, mention.end)
    return level is not None and _of_figure().fullmatch(text, level.end(), start) is not None


@cache
def _of_figure() -> re.Pattern[str]:
    return re.compile(r"\s+of\s+" + hedge_pattern(True), re.IGNORECASE)


def distance(mention: PeriodMention, start: int, end: int) -> int:
    return mention.start - end if mention.start >= end else start - mention.end


@cache
def _split_year_cue() -> re.Pattern[str]:
    """A word naming a year that does not follow the calendar (`period_cues` fiscal_nouns, and
    `season`, `budget year`)."""
    nouns = cue_alternation([*period_cues()["fiscal_nouns"], "season", "budget year"])
    return re.compile(rf"\b(?i:{nouns})\b")


def split_year_of_part(frame: Period, text: str) -> Period | None:
    """The twelve months from the first day of a part in force that crosses New Year, opening on
    the first day of a month (or on the day the text says a year began on: `a fiscal year that
    began on July 8`), in a text that names a fiscal year or season (`the first five months of a
    fiscal year that opened on October 1`: October to September), the split year it opens; None
    for any other period (`between Dec. 15 and Jan. 20`, a part that names no fiscal year: `in
    the October-March period`)."""
    if frame.start.year + 1 != frame.end.year or _split_year_cue().search(text) is None or \
            frame.start.day != 1 and re.search(
                rf"\b(?i:began|begins|started|starts|opened|opens)\s+(?i:on\s+)?"
                rf"{calendar.month_name[frame.start.month]}\s+{frame.start.day}\b", text) is None:
        return None
    whole = months_on(frame.start, 12)
    return whole if frame.end < whole.end else None


def resolve(mention: PeriodMention, frame: Period | None, text: str = "") -> Period | None:
    """The span a mention stands for; `over the same period` is the one in force, and `for the
    year` is the year of the one in force (else the publication year; the split year a part in
    force opens, `split_year_of_part`, when the `text` names a fiscal year or season)."""
    if mention.relation == "same":
        return frame
    if mention.period is None and mention.relation == "period":
        return following(mention.surface, frame)  # `the following month`: after the one in force
    if frame is not None and not mention.anchored and \
            whole_year_phrase().fullmatch(mention.surface.strip()):
        # (a fiscal or marketing year in force is the year: `fiscal 2023-24 ... for the year`;
        # so is the one a part in force opens: `the first five months of a fiscal year that
        # opened on October 1 ... for the full year`)
        return frame if length_in_months(frame) == 12 else \
            split_year_of_part(frame, text) or year(frame.start.year)
    period = mention.period
    if frame is not None and period is not None and mention.relation == "period" and \
            not mention.anchored and _OPENING_DAYS_OF_THE_MONTH.search(mention.surface) and \
            length_in_months(frame) == 1 and frame.start.day == 1:
        # `In March exports rose 4%. Shipments averaged 3.3 million bpd in the first two weeks
        # of the month`: the opening days of the month in force, not of the publication month
        return Period(frame.start, min(frame.end, frame.start + (period.end - period.start)))
    if frame is not None and period is not None and mention.relation == "period" and \
            not any(ch.isdigit() for ch in mention.surface) and \
            frame.start.year == frame.end.year != period.start.year == period.end.year and \
            period.start.year - 1 <= frame.start.year and \
            (period.start.month, period.end.month) != (1, 12) and \
            not _RELATIVE_WORDS.search(mention.surface):
        # `In March the country reported 4,893 barrels` while 2021 is in force: March 2021, not
        # the March before publication; while only a part of a year is in force, the month's
        # year is the one that puts it nearer the months in force (`... in February. 52,000 bpd
        # were unloaded in October`: the October before; `in February` after December: the
        # February after), the year in force on a tie
        if not mention.recent and ((frame.start.month, frame.end.month) == (1, 12)
                                   or _nearer_in_frame_year(period, frame)) and \
                frame.start.year <= period.start.year:
            return months(frame.start.year, period.start.month, frame.start.year,
                          period.end.month)
    return period


_OPENING_DAYS_OF_THE_MONTH = re.compile(r"(?i:\b(?:first|opening)\s+[\w\s]{0,20}?\b"
                                        r"(?:days?|weeks?|fortnight)\s+of\s+the\s+month)$")
"""`the first two weeks of the month` named in no month of its sentence: the month in force (not
`of this month`, the publication month's)."""


def _nearer_in_frame_year(period: Period, frame: Period) -> bool:
    """Whether a month counted from publication lies nearer the frame in the frame's year."""
    end = frame.end.year * 12 + frame.end.month
    moved = abs(frame.start.year * 12 + period.start.month - end)
    return moved <= abs(period.start.year * 12 + period.start.month - end)


_RELATIVE_WORDS = re.compile(r"\b(?:last|this|next|past|current|previous|ago|since|from|"
                             r"starting|beginning|as\s+of)\b", re.IGNORECASE)


def _stepped_frame(text: str, mentions: list[PeriodMention], sentence: tuple[int, int],
                   frame: Period | None) -> Period | None:
    """The period `the same period` stands for: the one in force, a year back when the sentence
    says `a year earlier` beside it (`A year earlier, over the same nine months, ...`, `over the
    same period a year earlier`), unless that is what the figure is compared with."""
    same = [m for m in mentions if m.relation == "same" and sentence[0] <= m.start < sentence[1]
            and not is_base(text, m, sentence[0])]
    if frame is None or not same:
        return frame
    for pointer in mentions:
        if pointer.relation != "previous" or not _YEAR_POINTER.fullmatch(pointer.surface) or \
                not sentence[0] <= pointer.start < sentence[1]:
            continue
        gap = (pointer.end, same[0].start) if pointer.start < same[0].start else (
            same[0].end, pointer.start)
        if word_count(text, *gap) <= 1 and not _compared_with(
                text[max(sentence[0], pointer.start - 20):pointer.start]):
            return step_back(frame, pointer.surface)
    return frame


_YEAR_POINTER = re.compile(r"(?i:a\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|"
                           r"preceding|prior)\s+(?:year|season)|the\s+year\s+before|last\s+year|"
                           r"(?:a|the)\s+season\s+(?:earlier|before))")
"""A year back, also for a season (`the season before`, `a season earlier`)."""


def _compared_with(before: str) -> bool:
    """Whether the text right before a period ends in a comparison: `from `, `than `, `up 14.4%
    on ` (what a figure is compared with, not when it is); also a cue right after a percentage
    that a hedge's `than` comes before (`more than 7% above June`), not a later `from` of
    another sense (`15 years from 2026`, `LNG from Qatar from 2026`)."""
    cues = list(lexicon("comparison_base").regex.finditer(before))
    if not cues:
        return _CHANGE_ON.search(before) is not None
    if not before[cues[0].end():].strip() or _CHANGE_ON.search(before) is not None:
        return True
    last = cues[-1]
    return not before[last.end():].strip() and \
        _PERCENT_END.search(before, 0, last.start()) is not None


_PERCENT_END = re.compile(r"(?:%|\bper\s?cent|\bpc|\bpct)\s+$", re.IGNORECASE)
"""A percentage right before a comparison word (`7% above `)."""


_HEADS_FLOW = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(?:exports|imports|purchases|shipments|sales|"
                         r"deliveries|arrivals|intake|supplies)\s+(?:of|totall?ing|worth)\s+(?:(?:"
                         r"about|around|some|nearly|roughly|more\s+than|almost)\s+)?")
"""Between a period and the figure of the flow it names (`December purchases of 440,000
tonnes`): the period heads that flow."""


def choose_period(
    text: str,
    mentions: list[PeriodMention],
    quantity: tuple[int, int],
    clause: tuple[int, int],
    sentence: tuple[int, int],
    others: list[tuple[int, int]],
    frame: Period | None,
    change: bool,
    closing: bool = True,
    fallback: bool = True,
    level: Period | None = None,
) -> Period | None:
    """The period of the quantity at `quantity` among the mentions of its sentence (`others`
    are the other quantities' spans): the one written next to it in its clause, else the
    nearest in its clause, else the nearest in its sentence, never a comparison base; else
    `frame`. `closing`: a period that closes the clause after other quantities counts too;
    `fallback`: without one, `frame` (else None); `level`: the period of the sentence's new
    level, which a change compared with a whole year takes before that year's successor."""
    start, end = quantity
    frame = _stepped_frame(text, mentions, sentence, frame)
    mentions = [m for m in mentions
                if not _superlative_reach(text, m, sentence[0], frame, start)]
    usable = [m for m in mentions if m.relation in ("period", "same")
              and sentence[0] <= m.start < sentence[1] and counted_length(m) != 1
              and not _owned_by_other(text, m, quantity, others)]
    adjacent = [m for m in usable if clause[0] <= m.start < clause[1] and (word_count(text, *(
        (end, m.start) if m.start >= end else (m.end, start))) <= _ADJACENT_WORDS
        or _closes_worth_aside(text, m, quantity, others))]
    headed = [m for m in adjacent if m.end <= start and _HEADS_FLOW.fullmatch(text, m.end, start)
              and not is_base(text, m, sentence[0])]
    if headed:  # `December purchases of 440,000 tonnes took the 2020 total to ...`
        return resolve(headed[-1], frame, text)
    # `41.61 million dollars in 2008`: a period written right after the quantity is its own
    for mention in sorted(adjacent, key=lambda m: (m.start < end, distance(m, start, end)))[:1]:
        if not is_base(text, mention, sentence[0]) or _level_of(text, mention, start) or \
                _sets_record(text, mention, quantity, sentence[0]):
            return resolve(mention, frame, text)
    candidates = [m for m in usable if not is_base(text, m, sentence[0])
                  or _sets_record(text, m, quantity, sentence[0])]
    in_clause = [m for m in candidates if clause[0] <= m.start < clause[1]]
    if in_clause:
        return resolve(min(in_clause, key=lambda m: distance(m, start, end)), frame, text)
    # `took in 759,793 barrels through 89 deliveries between January 1 and May 30`: a period
    # that closes the clause covers all of it, unless it is an old level's
    shared = [m for m in mentions if m.relation == "period" and clause[0] <= m.start < clause[1]
              and not is_base(text, m, sentence[0])
              and not _owned_by_old_level(text, m, others, sentence[0], quantity)
              and not _dates_definite_other(text, m, quantity, others)
              and not earlier_state_owns(text, end, m.start, others)]
    if shared and closing:
        return resolve(min(shared, key=lambda m: distance(m, start, end)), frame, text)
    # a period stated with a later quantity of another clause is that quantity's
    # (`well below the 30 percent share it held in 2014`: that share's year)
    # (a change followed by a period of its own later in the sentence, `so imports have climbed
    # 3%, or 0.2 Bcf/d, in the year to date` after `output rose 14% in 2022`, is of that period,
    # not of the level stated before it)
    closing_period = any(m.start >= end and ";" not in text[end:m.start]
                         and not _contrast_owns(text, end, m.start) for m in candidates)
    candidates = [m for m in candidates if m.start < start or not (
        _next_to_other(text, m, others) or _dates_definite_other(text, m, quantity, others))]
    levels = [m for m in candidates if m.start < start and any(
        e <= m.start and word_count(text, e, m.start) <= 2 for _, e in others)]
    if change and levels and not closing_period:
        # `shrank to 15 million tonnes in 2023, down 88% from 2021`: the period of the level
        # stated before the change, not a year after the base; the last such level's, its
        # period past at most a verb and `in` (`and 28,000 arrived in the first quarter of
        # 2023, 2% more than a year before` is of that quarter, not of an earlier level's year)
        return resolve(max(levels, key=lambda m: m.start), frame, text)
    if change and level is not None:
        # `14,057 tons [in August], 4.5 times what China sent in all of 2016`: the new level's
        return level
    if change:
        # (`against the same period of 2023` compares like with like: not a whole year later)
        bases = [m for m in usable if clause[0] <= m.start < clause[1] and m.period is not None
                 and m.period.end.toordinal() - m.period.start.toordinal() >= 364
                 and not _SAME_PERIOD_BEFORE.search(text, max(0, m.start - 40), m.start)]
        if bases:
            base = bases[0].period
            assert base is not None
            if frame is not None and not candidates and frame.start > max(
                    m.period.end for m in bases if m.period is not None):
                # `Ports took in 7.9 million tons last year. The total was 22% higher than in
                # 2022`: the period in force, which comes after every year compared with
                return frame
            return shift_years(base, 1)
    # not a period past a semicolon, in another independent clause (`Over January-September,
    # Russia delivered 21.3 million tonnes to India; deliveries came to 20 million tonnes in
    # all of last year`), nor one of a contrast clause with a figure of its own or as its
    # subject (`March was the best month, at $800 million, while February was the weakest`; not
    # `..., while imports were flat in March`)
    near_side = [m for m in candidates if ";" not in text[min(m.end, start):max(m.start, end)]
                 and not (m.start >= end and _contrast_owns(text, end, m.start))]
    if near_side:
        return resolve(min(near_side, key=lambda m: distance(m, start, end)), frame, text)
    return frame if fallback else None


@cache
def _superlative_before() -> re.Pattern[str]:
    """A superlative of the `superlatives` cues and up to three words it qualifies, then an
    optional `so far` (`its biggest monthly volume `, `the largest amount so far `)."""
    words = cue_alternation(period_cues()["superlatives"])
    return re.compile(rf"(?i:\b(?:{words})\b(?:\s+[a-z][\w-]*){{0,3}}?\s+(?:so\s+far\s+)?)$")


_THIS_YEAR = re.compile(r"(?i:(?:so\s+far\s+)?this\s+year)")


@cache
def _running_total_before() -> re.Pattern[str]:
    """Right before a figure: a present perfect (`have totalled `, `has taken `, with `has`
    or `have` of `perfect_auxiliaries`) or a `running_total_verbs` word and `to` (`bringing
    the total to `): a total run up to now, not one month's figure."""
    cues = period_cues()
    perfect = cue_alternation(cues["perfect_auxiliaries"])
    running = cue_alternation(cues["running_total_verbs"])
    return re.compile(rf"(?i:\b(?:(?:{perfect})\s+(?:(?:now|already|so\s+far)\s+)?[a-z]+"
                      rf"(?:\s+(?:to|at))?|(?:{running})\b[^.;,]{{0,60}}?\bto)\s+"
                      + hedge_pattern(True) + r"(?:US|U\.S\.)?\s?[$€£¥]?)$")


def _superlative_reach(text: str, mention: PeriodMention, floor: int,
                       frame: Period | None, q_start: int) -> bool:
    """`India took 13 tons, its largest amount this year` while a month of that year is in
    force: `this year` is the stretch the superlative is measured over, not the figure's period
    (the month in force is). Not when nothing shorter is in force (`to their highest this
    year` then dates the figure)."""
    if frame is None or mention.period is None or not _THIS_YEAR.fullmatch(mention.surface):
        return False
    inside = mention.period.start <= frame.start and frame.end <= mention.period.end
    if not inside or length_in_months(frame) in (None, 12):
        return False
    if _running_total_before().search(text, max(floor, q_start - 80), q_start):
        return False  # `Exports to China have totalled 30 million tonnes, the most of any
        # buyer this year`: a total run up to now, not a figure of the month in force
    return _superlative_before().search(text, max(floor, mention.start - 60),
                                        mention.start) is not None


@cache
def _earlier_state() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """`after taking 158,000 tonnes in 2022`, `after buying 51% more`: `after` and a participle
    of an earlier flow or level or a move (period_cues `earlier_state_verbs`; not `after
    deducting 10% in duties`), a clause telling the state before the figure it follows; and the
    same right before a figure (`after taking about 1.57 lakh tonnes`), its object."""
    verbs = cue_alternation(period_cues()["earlier_state_verbs"])
    return (re.compile(rf"\b(?i:after)\s+(?:{verbs})\b"),
            re.compile(rf"\b(?i:after)\s+(?:{verbs})\s+(?:[a-z]+\s+){{0,3}}$"))


def earlier_state_owns(text: str, end: int, period_start: int,
                       others: list[tuple[int, int]]) -> bool:
    """Whether a period after the figure ending at `end` lies in a participle clause of an
    earlier state opened between them, past a quantity of that clause's own (`others`: the
    other quantities' spans) (`bought 250,000 tonnes after buying 180,000 tonnes in 2022`): the
    period is that quantity's (`Pakistan bought 250,000 tonnes after buying 180,000 tonnes in
    2022`: 2022 is not the 250,000 tonnes')."""
    opened = _earlier_state()[0].search(text, end, period_start)
    return opened is not None and any(opened.end() <= start < period_start
                                      for start, _ in others)


def in_earlier_state(text: str, floor: int, start: int) -> bool:
    """Whether the figure at `start` is the object of a participle clause of an earlier state
    (`, after taking 1.57 lakh tonnes in 2022-23`): not the sentence's new level."""
    return _earlier_state()[1].search(text, max(floor, start - 40), start) is not None


_CONTRAST_OPENS = re.compile(r",\s*(?:while|whereas)\s+")
"""`, while`, `, whereas`: a contrast that opens a clause of its own."""
_DIGIT = re.compile(r"\d")


def _contrast_owns(text: str, end: int, period_start: int) -> bool:
    """Whether a period after a figure belongs to a contrast clause opened between them: the
    period is that clause's subject (`, while February was the weakest`) or the clause has a
    figure of its own before it (`, while the US delivered 102,478t after sending none in March
    2023`); not a clause with no figure (`, while imports were flat in 2023`), whose period may
    cover both."""
    opened = _CONTRAST_OPENS.search(text, end, period_start)
    return opened is not None and (opened.end() == period_start or _DIGIT.search(
        text, opened.end(), period_start) is not None)


_OLD_BEFORE = re.compile(
    r"(?i:(?:\b(?:from|compare[ds]?\s+(?:with|to)|against|versus|vs\.?)\s+(?:the\s+|a\s+)?"
    r"|\bthan\s+(?:the|a)\s+|(?<!more )(?<!less )(?<!fewer )\bthan\s+"
    r"|(?:%|\bpercent|\bper\s+cent|(?<=\d)pc|\bpct|\btimes|fold|\bthirds?|\bhalf|\bquarters?)\s+"
    r"(?:below|above|under)\s+(?:the|its|their)\s+"
    r"|\b(?:times|twice)\s+(?:as\s+(?:many|much)\s+as\s+)?(?:the|its|their)\s+"
    r"|(?:%|\bpercent|\bper\s+cent|(?<=\d)pc|\bpct)(?:\s+(?:rise|increase|gain|jump|growth|fall|drop|"
    r"decline|decrease))?\s+on\s+(?:the|its|their)\s+)"
    + rf"(?:\b(?:{cue_alternation(period_cues()['old_level_marks'])})\s+)?"
    + hedge_pattern() + r")$")
_FROM_MARK = re.compile(
    rf"(?i:from\s+(?:the\s+|a\s+)?(?:{cue_alternation(period_cues()['old_level_marks'])})\s)")
"""`from` and an `old_level_marks` word (`from a record `, `from a peak of `): an old level
only after a change (`eased from a record 16.81 lt`), else the source (`earned $5.5 billion
from a record 1.3 million tonnes`)."""
_OLD_BEFORE_WORDS = ("from", "compare", "against", "versus", "vs", "than", "below", "above",
                     "under", "times", "twice", " on ")
"""One of which every match of `_OLD_BEFORE` holds. (`up 9.4 percent on the N13.97 trillion
of the April-June quarter of 2024`, `a 12% rise on the $6.1 million of June 2016`, `15% under
the 728,000 tonnes`: the figure a change is measured against after `on` or `under`, as after
`from`.)"""
_SCALE = r"(?:\s*(?:million|billion|trillion|bn|mn|m|bln|mln)\b)?"


@cache
def _currency_codes() -> str:
    """The ISO codes the quantity layer reads as currencies before an amount (`ISK 4 billion`),
    as a case-sensitive alternation: not any three capitals."""
    lex = quantity_lexicon()
    also_words = set(lex.data["currency_codes_also_words"])
    return "(?-i:" + "|".join(sorted(c for c in lex.currency_codes if c not in also_words)) + ")"


@cache
def _earned_from() -> re.Pattern[str]:
    """Money and `from` right before a quantity (`$364.8 million from`, `ISK 4 billion from`)."""
    return re.compile(
        r"(?:(?:(?:US|U\.S\.|A|C|NZ|HK|S)?\$\s?|\b(?:USD|EUR|GBP|" + _currency_codes() +
        r")\s?)[\d.,]+" + _SCALE + r"|"
        r"[\d.,]+" + _SCALE + r"\s+(?:U\.S\.\s+|US\s+)?(?:dollars|USD|euros|pounds|yuan|rupees|"
        r"birr))(?:\s+(?:in|last|over|during|this)\s+[\w-]+(?:\s+[\w-]+)?)?\s+"
        r"(?:earned\s+|worth\s+)?from\s+(?:(?:about|around|some|nearly|almost|roughly|"
        r"over|more\s+than)\s+)?$", re.IGNORECASE)


_GOODS_UNIT_END = re.compile(r"[A-Za-z]{2,}$(?<!million)(?<!billion)(?<!trillion)")
"""A quantity written with a unit word at its end (`132,968.55 tons`), not a bare amount."""


@cache
def _money_at() -> re.Pattern[str]:
    """Money right before `from` a quantity: what the goods earned (`$12.4 million from 8,300
    tons`, `a target of 90 million dollars from 4,200 tons`), not a change from an old level."""
    return re.compile(r"(?:US|U\.S\.|A|C|NZ|HK|S)?\$|(?:USD|EUR|GBP|" + _currency_codes() +
                      r")\b|[\d.,]+" + _SCALE +
                      r"\s+(?:U\.S\.\s+|US\s+)?(?:dollars|euros|pounds|yuan|rupees|birr)\b")


@cache
def _possessive_old() -> re.Pattern[str]:
    """`6% above 2023's 7.456 million tons`, `up from last year's $3 billion`, `down from the
    previous quarter's 1.3 million tons`: a comparison's word, then the possessive period the
    old level is of (`than May's 973,260 tons` too)."""
    return re.compile(r"\b(?:below|above|under|over|than|from|against|on|versus|vs\.?|with)\s+"
                      r"(?:\d{4}|(?:last|the\s+previous|the\s+prior|the\s+preceding)\s+"
                      r"(?:year|month|season|quarter)|"
                      + MONTH_PATTERN + r"(?:\s+\d{4})?)['’]s\s+"
                      + hedge_pattern(True) + r"$")


_TIMES_THE = re.compile(r"\b(?:times|twice)\s+(?:the|its|their)\s+$", re.IGNORECASE)
_ALLOWS = re.compile(r"\ballows?\b", re.IGNORECASE)
"""After a multiple's object: what a rule allows (`twice the 500,000 barrels a year that the
Council allows`), a cap rather than an old level (the cap lexicon has `allowed`, not `allows`)."""
_OLD_AFTER = re.compile(r"(?i:^\)?(?:\s*\([^()]{1,40}\))?(?:\s+[\w’'-]+){0,5}?\s+"
                        r"(?:(?:of|in|during|for)\s+)?"
                        r"(?:the\s+(?:previous|preceding|prior)\s+(?:(?:fiscal|financial)\s+)?"
                        r"(?:year|month|season)|the\s+(?:year|month|season)\s+before|"
                        r"a\s+(?:year|month|season)\s+(?:earlier|ago|before)|"
                        r"the\s+same\s+(?:period|months?|quarters?|weeks?|time|season)\s+"
                        r"(?:of\s+)?(?:last\s+year|a\s+year\s+(?:earlier|ago|before)|the\s+"
                        r"(?:previous|preceding|prior)\s+year))\b)")
"""After a figure: the time before it is of (`3.1 million tonnes bought from the US in the same
months a year earlier`), which makes it an old level even when a name follows it; past a figure
restated in brackets, or from inside them (`the bill of 299 million dollars (1,364 billion
ariary) recorded a year earlier`: both figures)."""
_RIVAL_BEFORE = re.compile(r"(?i:\b(?:against|versus|vs\.?|compared\s+(?:with|to)|than\s+the)\s)")
_RIVAL_AFTER = re.compile(r"(?:\s+[\w’'$€£¥.,-]+){0,6}?\s+(?:(?:from|by|of|for|with)\s+(?:the\s+)?"
                          r"|(?:sent|went|shipped|sold|exported|delivered|going|bound)\s+to\s+"
                          r"(?:the\s+)?)(?!" + MONTH_PATTERN + r"|(?:FY|Q[1-4]|H[12])\b)[A-Z]")
"""`... against 86 million tonnes from Saudi Arabia`, `against 15,761,131 kilograms worth $90m
sent to Brazil`, `more than the $17.70m from China`, `a 49.1 per cent share against 44.6 per
cent for Canada`, `$2.5 billion ..., against roughly $1.2 billion with the European Union`: the
compared figure names its own supplier, buyer or partner (a capitalized name; a year, a month, a
fiscal year or quarter (`FY22`, `Q1`) or `the previous year` is not one)."""
_RIVAL_FLOW_AFTER = re.compile(
    r"(?:\s*\([^()]{1,40}\))?\s+(?:of\s+(?:[\w-]+\s+){0,2}?(?:(?P<in>imports|purchases)|"
    r"(?P<out>exports))\b(?!\s+(?:previously|before|earlier)\b)|of\s+(?:[\w-]+\s+){0,2}?"
    r"goods\s+(?:flowing|going|moving|bought|sold|sent|shipped|coming)\b|(?:going|flowing|"
    r"moving|heading)\s+(?:the\s+other\s+way|back\b|in\s+the\s+other\s+direction))",
    re.IGNORECASE)
"""`R101.76 billion of exports against R97.76 billion of imports`, `against $28 billion of goods
flowing back`, `against E1.43 billion going the other way`: the compared figure is the other
direction's flow, a rival figure of the same time, not an earlier level. `of imports`, `of
exports` only when the main figure's clause before names the opposite flow (`_OPPOSITE_FLOW`) and
no time before follows (not `Wheat exports climbed to 4 million tonnes in 2023, against 3.1
million tonnes of exports previously`)."""
_OPPOSITE_FLOW = {
    "in": re.compile(r"\b(?:exports?|exported|exporting|sales|sold|shipments)\b", re.IGNORECASE),
    "out": re.compile(r"\b(?:imports?|imported|importing|purchases|bought)\b", re.IGNORECASE)}
"""The words of the flow opposite to a compared figure's `of imports` (`in`) or `of exports`
(`out`), sought in the main figure's clause before it."""
_FLOW_CLAUSE_REACH = 200
"""How far before a compared figure its main figure's clause is read for `_OPPOSITE_FLOW`."""


def _rival_flow_after(text: str, after: str, start: int, floor: int) -> bool:
    """Whether a figure set against another (`against`, `versus` ...) is the other direction's
    flow (`_RIVAL_FLOW_AFTER`): `of imports`/`of exports` count only when the text before it, in
    its sentence, names the opposite flow (`R101.76 billion of exports against R97.76 billion of
    imports`), not the same one (`Exports rose to $10 billion in 2023, against $8 billion of
    exports before the pandemic`: an earlier level)."""
    found = _RIVAL_FLOW_AFTER.match(after)
    if found is None:
        return False
    side = "in" if found["in"] else "out" if found["out"] else None
    if side is None:
        return True
    return _OPPOSITE_FLOW[side].search(text, max(floor, start - _FLOW_CLAUSE_REACH),
                                       start) is not None


_GOODS_FOR = re.compile(r"\s+for\s+(?:the\s+)?(?=[a-z])")
"""After a compared figure: `for` and a lower-case word, where its goods may follow."""


def _rival_goods_after(after: str) -> bool:
    """`crude sales worth US$45 billion against US$43 billion for soy`, `64.2% for copper,
    compared with 23.8% for zinc`: right after the compared figure, the goods it is for (a
    commodity named after `for`), a rival figure of the same time, not an earlier level (not
    after `of`, often the same goods: `more than the $168.8 million of rice brought in last
    year`). Cheap: the goods are looked up only after `for` and a lower-case word."""
    lead = _GOODS_FOR.match(after)
    if lead is None:
        return False
    goods = find_commodities(after, lead.end(), min(len(after), lead.end() + 40))
    return bool(goods) and goods[0].start == lead.end()


_CLAUSE_STOP = re.compile(r"[,;:.]\s|[;:]|,(?!\d)|\.$|\s[–—]\s")


_OWNER_GAP = re.compile(r"['’]s\s+" + r"(?:[\w.,-]+\s+){0,3}$")


def _possessive_pointer(text: str, mentions: list[PeriodMention],
                        quantity: tuple[int, int]) -> list[str]:
    """`down from the previous quarter's 1.3 million tons`, `the previous month's 300 tons`: a
    pointer back that owns the old level (a possessive right before it) says how far back it
    is, as one written after it would."""
    return [m.surface for m in mentions if m.relation == "previous"
            and quantity[0] - 30 <= m.end <= quantity[0]
            and _OWNER_GAP.match(text, m.end, quantity[0]) is not None][-1:]


@cache
def _same_level_join() -> re.Pattern[str]:
    """Between a figure and the same level in another unit (`3,700 tons worth $60 million`, `210
    tons (about 1.9 million bags)`): one of `same_level_joins`, perhaps a hedge."""
    words = cue_alternation(period_cues()["same_level_joins"])
    return re.compile(rf"\s*(?:\(|,?\s*(?:{words})\s+){hedge_pattern(True)}", re.IGNORECASE)


def _same_level_reach(text: str, end: int, others: list[tuple[int, int]], high: int) -> int:
    """Where the next figure after `end` that is not the same level in another unit starts (or
    `high`)."""
    for start, stop in sorted(o for o in others if o[0] >= end):
        if not _same_level_join().fullmatch(text, end, start):
            return min(start, high)
        end = stop
    return high


def base_level(text: str, quantity: tuple[int, int], floor: int) -> bool:
    """True when the level is the old value of a comparison: `from 11 million dollars to ...`,
    `compared with $442 million a year earlier`, `the 300 tons sent a year earlier`."""
    return _base_level(text, quantity[0], quantity[1], floor)


_OLD_BEFORE_REACH = 45
"""Characters before a figure within which `_OLD_BEFORE` reads the words that make it an old
level (`a 0.68 percent increase on the roughly 106.8 million barrels`: the longest cues, with a
hedge, run past 30)."""
_BASE_AFTER_REACH = 300
"""Characters after a figure within which the rest of its clause is read."""


@lru_cache(maxsize=4096)
def _base_level(text: str, start: int, end: int, floor: int) -> bool:
    """`base_level`, memoised: a figure is asked about several times (once per claim of its
    sentence, and again while claims are kept or merged), and the answer rests on the text alone."""
    quantity = (start, end)
    before = text[max(floor, quantity[0] - _OLD_BEFORE_REACH):quantity[0]]
    reach = min(len(text), quantity[1] + _BASE_AFTER_REACH)  # (bounded: the cost of a figure
    stop = _CLAUSE_STOP.search(text, quantity[1], reach)     # never grows with the document)
    after = text[quantity[1]:stop.start() if stop else reach]
    old = (_OLD_BEFORE.search(before) if may_hold(before, 0, len(before), _OLD_BEFORE_WORDS)
           else None) or _possessive_old().search(before)
    if old and _FROM_MARK.match(old.group()) and not re.search(
            r"\b(?:" + _change_words() + r")\b(?:[^.;]|(?<=\d)\.(?=\d))*$",
            text[max(floor, quantity[0] - 120):quantity[0] - len(old.group())], re.IGNORECASE):
        old = None  # `earned $5.5 billion from a record 1.3 million tonnes`: with no change
        # before it, `from` a record names the source, not the old level (`eased from a record`)
    if old and _earned_from().search(text, max(floor, quantity[0] - 60), quantity[0]) and \
            _GOODS_UNIT_END.search(text, quantity[0], quantity[1]) and \
            not _money_at().match(text, quantity[0]) and not re.search(
                r"\b(?:" + _change_words() + r")\b[^.;]*\bto\b", text[max(floor, quantity[0] - 120):
                                                                  quantity[0]], re.IGNORECASE) \
            and not _OLD_AFTER.match(after):
        # `about $364.8 million from 132,968.55 tons`: the goods that earned it (unless a time
        # before follows them: `against $221.3 million from 254,500 tonnes the season before`)
        return False
    if old and _TIMES_THE.search(old.group()) and (lexicon("cap").search(after)
                                                   or _ALLOWS.search(after)):
        return False  # `twice the 500,000 barrels a year that the Council allows`: a cap
    if old:
        # `107 million tonnes of Russian crude against 86 million tonnes from Saudi Arabia`:
        # a rival supplier's figure of the same time, not an earlier level (unless a time
        # before is named: `against 9 million tonnes sent to Egypt a year earlier`)
        return not (_RIVAL_BEFORE.search(old.group())
                    and (_RIVAL_AFTER.match(after) or _rival_goods_after(after)
                         or _rival_flow_after(text, after, start, floor))
                    and not _OLD_AFTER.match(after))
    if _second_of_old_pair(text, start, end, floor) or _restated_old_level(text, start, end,
                                                                           floor):
        return True
    found = _OLD_AFTER.match(after)
    if not found:
        return False
    # `rose to 5 million tons from the previous year`: the previous year is the change's base
    return lexicon("comparison_base").regex.search(after, 0, found.end()) is None


_OLD_PAIR_BEFORE = re.compile(r"(?i:\b(?:against|compared\s+(?:with|to)|versus|vs\.?|from)\s+"
                              r"(?:the\s+)?[^\s,;:]*\d(?:[^\s,;:]|(?<=\d),(?=\d))*"
                              r"(?:\s+[^\s,;:]+){0,3}?\s+and\s+)$")
"""`against Sh989.8 billion and Sh281.4 billion, respectively, in the same period of 2017`, `up
from 1,28,954 tonnes and 3,00,732 tonnes, respectively, a year earlier`: the second figure of a
pair of old levels set against the figures before them one by one (the first figure right after
the comparison word: not `against early estimates of $3.1 billion and`)."""
_RESPECTIVELY_AFTER = re.compile(r"(?i:,?\s+respectively\b,?)")
"""`, respectively,` right after a figure."""


_RESTATED_OLD_BEFORE = re.compile(
    r"(?i:\b(?:from|against|compared\s+(?:with|to)|versus|vs\.?)\s+(?:the\s+)?"
    r"[^\s;]*\d[^,;]{0,30},\s+or\s+" + hedge_pattern(True) + r")$")
_POINTER_AFTER_COMMA = re.compile(
    r",\s+(?i:an?\s+(?:year|month|season|quarter)\s+(?:earlier|ago|before)|"
    r"last\s+(?:year|month|season)|the\s+(?:previous|preceding|prior)\s+(?:year|month|season)|"
    r"the\s+(?:year|month|season)\s+before)\b")
"""`from 28.3 million tonnes, or 41 per cent, a year earlier`: an old level restated after `, or`
and closed by the pointer back its pair is of."""


def _restated_old_level(text: str, start: int, end: int, floor: int) -> bool:
    """`from 28.3 million tonnes, or 41 per cent, a year earlier`, `against 14%, or just over 1m
    tonnes, a year earlier`: the restatement of an old level is an old level too."""
    return _POINTER_AFTER_COMMA.match(text, end) is not None and \
        _RESTATED_OLD_BEFORE.search(text, max(floor, start - 70), start) is not None


def _second_of_old_pair(text: str, start: int, end: int, floor: int) -> bool:
    """`imported $9.1 billion and exported $2.3 billion, against $8.7 billion and $2.2 billion,
    respectively, a year earlier`: the second figure after `against ... and` (or `from`,
    `compared with`, `versus`: `_OLD_PAIR_BEFORE`), followed by `respectively`, is an old level
    as the first is (not when a partner follows instead of a time: `against 20% and 30%,
    respectively, for Brazil and Argentina`)."""
    paired = _RESPECTIVELY_AFTER.match(text, end)
    if paired is None or "and" not in text[max(floor, start - 6):start]:
        return False
    if not _OLD_PAIR_BEFORE.search(text[max(floor, start - 60):start]):
        return False
    return not _RIVAL_AFTER.match(text, paired.end())


@cache
def _cue_words(key: str) -> re.Pattern[str]:
    """The words of `period_cues` list `key` as whole words (`monthly_change_cues`: `on the
    month`, `a monthly rise`; `yearly_change_cues`: `year`, `annual`)."""
    return re.compile(rf"(?<![\w/-])(?i:{cue_alternation(period_cues()[key])})(?![\w/-])")


def _whole_month(period: Period) -> bool:
    """Whether `period` is one whole calendar month (not a week or a day within one: `the week
    to May 14`)."""
    return period.start.day == 1 and period.start.year == period.end.year and \
        period.start.month == period.end.month and \
        (period.end + timedelta(days=1)).month != period.end.month


def _monthly_old_level(text: str, sentence: tuple[int, int], quantity: tuple[int, int]) -> bool:
    """Whether an old level with no pointer of its own is set against the month before: a
    monthly cue right before it (`a 12% monthly rise from 10.6 GW`), or anywhere in a sentence
    naming no yearly comparison (`shrank to 12.7 tons from 103.3 tons, and exports fell 31% on
    the month`; not `down 16.9% on the year and 2.5% on the month`)."""
    monthly, yearly = _cue_words("monthly_change_cues"), _cue_words("yearly_change_cues")
    if monthly.search(text, max(sentence[0], quantity[0] - 40), quantity[0]) is not None:
        return True
    return monthly.search(text, *sentence) is not None and \
        yearly.search(text, *sentence) is None


@cache
def _month_back_base() -> re.Pattern[str]:
    """A month's figure a figure is set against (`up from 61,000 tonnes in June`, `against
    36,502 kg in July 2021`, `above December's 2.4 million tons`: a figure between the base word
    and the month, or right after the month's `'s`) or a pointer to the month before tied to a
    figure (`against 70,000 tonnes a month earlier`, `a month before, sales stood at 9,000
    tonnes`), from `period_cues` month_back_base_words and month_back_pointers; a word ending
    in a full stop ends the reach (no match across sentences). A month or pointer with no
    figure (`Shipments from Peru in April were delayed`, `a ban imposed a month earlier`) sets
    no figure against another month."""
    cues = period_cues()
    words = cue_alternation(cues["month_back_base_words"])
    figure = r"(?:[A-Z]{1,3}\$?|[$€£¥₹])?\d(?:[\d,]|\.\d)*(?:[^\s;]*[^\s;.])?"
    pointers = cue_alternation(cues["month_back_pointers"])
    return re.compile(
        rf"\b(?i:{words})\s+(?:[^\s;\d]*[^\s;.\d]\s+){{0,2}}?{figure}\s+"
        rf"(?:[^\s;]*[^\s;.]\s+){{0,3}}?(?i:in|during|for|of)\s+"
        rf"(?P<month>{MONTH_PATTERN})(?:\s+(?P<year>(?:19|20)\d\d))?\b|"
        rf"\b(?i:{words})\s+(?P<owner>{MONTH_PATTERN})['’]s(?:\s+(?P<owner_year>"
        rf"(?:19|20)\d\d))?\s+(?:[^\s;\d]*[^\s;.\d]\s+){{0,2}}?{figure}|"
        rf"{figure}\s+(?:[^\s;]*[^\s;.]\s+){{0,3}}?(?P<pointer>\b(?i:{pointers})\b)|"
        rf"(?P<pointer_first>\b(?i:{pointers})\b),?\s+(?:[^\s;]*[^\s;.]\s+){{0,5}}?{figure}")


_SPACE_RUN = re.compile(r"\s+")


@cache
def _month_back_runs() -> int:
    """How many runs of white space a scan of `_month_back_base` from before a point must cross
    to read the text past it: each `\\s+` of the pattern crosses one run (no other part of it
    reads white space), and the longest branch holds fewer than 12 beside those of its cue
    phrases; doubled, to spare a later pattern's edits."""
    cues = period_cues()
    pieces = max(len(phrase.split()) for phrase in (*cues["month_back_base_words"],
                                                    *cues["month_back_pointers"]))
    return 2 * (12 + pieces)


@lru_cache(maxsize=2)
def _month_backs(text: str) -> tuple[list[re.Match[str]], list[int]]:
    """The matches of `_month_back_base` in the whole text, and their starts (read once per
    document: `_month_backs_before` takes its figure's share of them)."""
    found = list(_month_back_base().finditer(text))
    return found, [match.start() for match in found]


def _month_backs_before(text: str, high: int) -> list[re.Match[str]]:
    """The matches of `_month_back_base().finditer(text, 0, high)`, without reading the text
    before `high` again for each figure. A scan from a point `_month_back_runs` runs of white
    space or more before `high` never reads as far as `high`, so it finds what the scan of the
    whole text finds there; the last stretch is scanned as the figure's own (its end cut at
    `high`). Read in full where `high` has too few runs before it."""
    runs = list(_SPACE_RUN.finditer(text, max(0, high - 4000), high))
    need = _month_back_runs()
    if len(runs) <= need:
        return list(_month_back_base().finditer(text, 0, high))
    restart = runs[-need].start()
    found, starts = _month_backs(text)
    kept = found[:bisect_left(starts, restart)]
    resume = max(restart, kept[-1].end()) if kept else restart
    return kept + list(_month_back_base().finditer(text, resume, high))


def _month_back_in_text(text: str, opening: int, high: int, current: Period) -> bool:
    """Whether the text before `high` set the whole month in force (`current`) against the
    month before it (`sales climbed to 410,000 tonnes in July, up from 380,000 tonnes in June`,
    `against 70,000 tonnes a month earlier`): then an old level with no pointer of its own
    further on (`Sales to Japan eased to 52,000 tonnes from 57,000 tonnes`) is of that month
    before, as the text's comparisons are month on month. Only a month or pointer set against a
    figure counts (`_month_back_base`). A month named with a year counts
    only in that year; a pointer counts only before the figure's sentence (`opening`): one in
    it has already stepped the sentence's own level back (`A month before, the mines sold $2
    billion, up 9% from $1.8 billion`: a year back from that month)."""
    before = current.start.year * 12 + current.start.month - 2  # zero-based month before
    for found in _month_backs_before(text, high):
        if found["pointer"] or found["pointer_first"]:
            if found.start("pointer" if found["pointer"] else "pointer_first") < opening:
                return True
            continue
        name = found["month"] or found["owner"]
        written = found["year"] or found["owner_year"]
        number = MONTHS.get(name.lower().rstrip("."))
        if number is None or (number - 1) % 12 != before % 12:
            continue
        if written is None or int(written) * 12 + number - 1 == before:
            return True
    return False


@cache
def _lookback_years() -> re.Pattern[str]:
    """`over the past five years`, `in the last decade` (`period_cues` lookback_openers, marks
    and nouns, with at most one count word between)."""
    cues = period_cues()
    return re.compile(rf"\b(?i:{cue_alternation(cues['lookback_openers'])})\s+(?i:the)\s+"
                      rf"(?i:{cue_alternation(cues['lookback_marks'])})\s+(?:[\w-]+\s+)?"
                      rf"(?i:{cue_alternation(cues['lookback_nouns'])})\b")


@cache
def _lookback_noun_words() -> tuple[str, ...]:
    """The first word of each `period_cues` lookback_nouns, lower-case (a `may_hold`
    pre-check for `_lookback_years`)."""
    return tuple(dict.fromkeys(noun.split()[0].lower() for noun in period_cues()["lookback_nouns"]))


def _looks_back_years(text: str, clause: tuple[int, int], sentence: tuple[int, int],
                      quantity: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    """Whether the figure's clause holds a span of years counted back (`_lookback_years`) or a
    span no calendar can place (`_undated_span_in`; `others`: the sentence's other quantities),
    or the sentence opens on one (`Over the past two decades Russia's share ... has dropped`)."""
    found = _lookback_years()
    if not may_hold(text, sentence[0], sentence[1],
                    _lookback_noun_words() + ("year", "month", "season")):
        return False
    if _undated_span_in(text, clause, sentence, quantity, others):
        return True
    superlative, breaks = _lookback_superlative(), _lookback_breaks()
    # (not the range of a superlative, `were the most in the past five years`, `the biggest
    # monthly total in the last decade`: the figure keeps the period in force)
    if any(superlative.search(text, max(sentence[0], span.start() - 40), span.start()) is None
           for span in found.finditer(text, *clause)):
        return True
    # (the sentence's opening span covers its first clause only, not a later one joined by
    # `, and`: `In the past two years Brazil has grown its lead, and it shipped ...`)
    opening = found.match(text, sentence[0])
    return opening is not None and breaks.search(text, opening.end(), quantity[0]) is None


@cache
def _undated_span() -> re.Pattern[str]:
    """A span no calendar can place (`period_cues` undated_spans: `in previous years`, `in a good
    year`, `over the years`, `a normal year's`)."""
    return re.compile(rf"\b(?i:{cue_alternation(period_cues()['undated_spans'])})(?![\w-])")


_AS_BEFORE = re.compile(r"\b(?i:as|than)\s+$")
"""Right before a span: `as`, `than` (`as in earlier years`: a likeness, no time of the figure)."""


_LIKENESS_BEFORE = re.compile(
    r"\b(?i:as\s+(?:it|they|he|she|we|I|one)\s+(?:did|does|do|has|have|had|was|were|is|are)|"
    r"in\s+line\s+with|(?:un)?like|compared\s+(?:with|to)|first)\b")
"""Before a span, within its window: a likeness or comparison (`as it did in earlier years`, `in
line with the pace of previous months`, `like`, `compared with`) or a first since (`for the first
time in recent years`, read like a superlative): the span is no time of the figure."""


_COMPARED_BETWEEN = re.compile(r"\b(?i:than|of\s+what|compared\s+(?:with|to))\b")
"""Between a figure and a span after it: a comparison (`about half of what the country ships in
a normal year`): the span is the later phrase's."""


CONTRAST_BREAK = re.compile(r"\b(?i:but|yet|though|although|whereas|while)\b")
"""A contrasting clause, which a span opening the sentence does not reach (`In recent years Chile
has been the main buyer, though it took only 20,000 tons`) and after which a figure is no longer
listed with a standing one (`pumps about 1.3 million bpd but exported only 900,000 bpd`,
claim_periods.py)."""


def _undated_span_in(text: str, clause: tuple[int, int], sentence: tuple[int, int],
                     quantity: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    """Whether the figure's clause holds a span no calendar can place (`_undated_span`: `Uganda
    brings in up to 5,200 tonnes in a strong month`), or the sentence opens on one before the
    figure with no new clause (`_lookback_breaks`) nor contrast (`CONTRAST_BREAK`: `, though it
    took only 20,000 tons`) joined between (`In previous years Peru sold Chile 8,000 tons`).

    A span in the clause is not the figure's when it comes after the figure with another figure
    (a digit or one of `others`, the sentence's other quantities: `from about a tenth in earlier
    years`) or a comparison (`_COMPARED_BETWEEN`: `half of what the country ships in a normal
    year`) between; nor when it is the range of a superlative or first (`the highest in recent
    years`, `for the first time in recent years`) or a likeness (`as in earlier years`, `as it did
    in earlier years`, `in line with the pace of previous months`)."""
    superlative, breaks = _lookback_superlative(), _lookback_breaks()
    for span in _undated_span().finditer(text, *clause):
        window = max(sentence[0], span.start() - 40)
        if span.start() >= quantity[1] and (
                _DIGIT.search(text, quantity[1], span.start())
                or any(quantity[1] <= start and end <= span.start() for start, end in others)
                or _COMPARED_BETWEEN.search(text, quantity[1], span.start())):
            continue  # (another figure's span: `30% of the 30,000 tonnes Chile ships in a
            # typical year`)
        if superlative.search(text, window, span.start()) is None and \
                _AS_BEFORE.search(text, window, span.start()) is None and \
                _LIKENESS_BEFORE.search(text, window, span.start()) is None:
            return True
    lead = text[sentence[0]:quantity[0]]
    opening = _undated_span().match(text, sentence[0] + len(lead) - len(lead.lstrip()))
    return opening is not None and opening.end() <= quantity[0] and \
        breaks.search(text, opening.end(), quantity[0]) is None and \
        CONTRAST_BREAK.search(text, opening.end(), quantity[0]) is None


@cache
def _lookback_breaks() -> re.Pattern[str]:
    """Joins of a new clause (`period_cues` lookback_clause_breaks: `, and`, `;`)."""
    return re.compile(rf"(?i:{cue_alternation(period_cues()['lookback_clause_breaks'])})(?!\w)")


@cache
def _lookback_superlative() -> re.Pattern[str]:
    """A superlative whose range a span counted back is (`period_cues` lookback_superlatives:
    `the most`, `the highest ... in the past five years`)."""
    return re.compile(rf"\b(?i:{cue_alternation(period_cues()['lookback_superlatives'])})\b")


def previous_year(period: Period | None) -> Period | None:
    """The period a year before, for the old level of a year-on-year change."""
    return shift_years(period, -1) if period is not None else None


def _in_period_position(text: str, mention: PeriodMention, floor: int) -> bool:
    """`In the previous fiscal year it shipped ...`, `A year earlier, purchases had been ...`: a
    previous year used as the period itself (after `in`, or opening the sentence)."""
    return re.search(r"(?i:\b(?:in|during|for|of|over)\s+)$", text[max(floor, mention.start - 10):
                                                          mention.start]) is not None or (
        not text[floor:mention.start].strip() and (text.startswith(",", mention.end)
                                                   or opening_pointer(text, mention, floor)))


_OPENING_POINTER = re.compile(r"(?i:an?\s+(?:year|month|week|quarter|season)|"
                              r"(?:two|three|four|five|six|\d+)\s+(?:years|months|weeks|quarters))"
                              r"\s+(?:earlier|before|ago)")
"""A pointer back counted in periods (`A year earlier`, `Two months ago`): opening a sentence it
dates the sentence even without a comma after it."""


def opening_pointer(text: str, mention: PeriodMention, floor: int) -> bool:
    """Whether the sentence opens on a counted pointer back with no comma after it (`A year
    earlier Iran had bought $3.6 billion`): like `A year earlier, ...` it dates the sentence to
    the period before the one in force, as an aside (extract/claims.py keeps that period in
    force for the sentences after)."""
    return mention.relation == "previous" and not text[floor:mention.start].strip() and \
        _OPENING_POINTER.fullmatch(mention.surface) is not None and \
        re.match(r"\s+[A-Za-z]", text[mention.end:mention.end + 2]) is not None


_POINTER_BACK = re.compile(r"(?i:a\s+(?:year|month|week|season)\s+(?:earlier|ago|before)|"
                           r"(?:the\s+)?(?:previous|preceding|prior)\s|"
                           r"the\s+(?:year|month|week|season)\s+before)")
"""A pointer back in time (`a month earlier`, `the previous year`), not a rate of change
(`year-on-year`, `y/y`) nor `the same period of last year`."""


def _clause_looking_back(text: str, mentions: list[PeriodMention], sentence: tuple[int, int],
                         quantity: tuple[int, int]) -> PeriodMention | None:
    """The pointer back opening the clause after a semicolon that holds the quantity, with no
    period named between them (`; a month earlier it had dropped by 4.4 per cent`). (Not one
    opening the sentence without a comma, `A year earlier Iran had bought $3.6 billion`: the
    gold sets read such a sentence as the period before, but the sentences after it then go on
    with the period in force, which the reading state here cannot keep.)"""
    for mention in mentions:
        if mention.relation != "previous" or not sentence[0] <= mention.start < quantity[0] or \
                not _POINTER_BACK.match(mention.surface):
            continue
        lead = text[sentence[0]:mention.start].rstrip()
        if not lead.endswith(";") or ";" in text[mention.end:quantity[0]]:
            continue
        if not any(m.relation == "period" and mention.end <= m.start < quantity[0]
                   for m in mentions):
            return mention
    return None


@dataclass(frozen=True)
class SentenceReading:
    """What the claims of one sentence share while their periods are chosen."""

    text: str
    mentions: list[PeriodMention]
    """The sentence's period expressions (past or future reading)."""
    sentence: tuple[int, int]
    others: list[tuple[int, int]]
    """Spans of the sentence's other quantities."""
    frame: Period | None
    """The period in force from the sentences before."""
    level: Period | None = None
    """The period of the sentence's first new level, once chosen."""
    change: Period | None = None
    """The period of the sentence's first change, once chosen."""
    reference: Period | None = None
    """What `the previous year` steps back from, when not `frame` (a plan's period)."""
    published: date | None = None
    """The document's publication date, when known."""


@cache
def _of_whole_total() -> re.Pattern[str]:
    """After a share: a total it is measured against (`whole_total_heads` of period_cues.json),
    of a whole period past it (`whole_period_words`: `90% of everything it bought in the whole
    of last year`, `more than half of the $694.9 million paid in the whole of 2023`, `70 per
    cent of the 11.02 lakh tonnes that came across all of 2021-22`)."""
    cues = period_cues()
    heads = cue_alternation(cues["whole_total_heads"])
    wholes = cue_alternation(cues["whole_period_words"])
    return re.compile(rf"\s+of\s+(?:{heads})\b(?:[^.;:()]|(?<=\d)\.(?=\d)){{0,80}}?\s"
                      rf"(?:in|during|over|across|for)\s+(?:the\s+)?(?:{wholes})\s+of\b",
                      re.IGNORECASE)


@cache
def _share_set_beside() -> re.Pattern[str]:
    """Right before a share: a comma or a verb that sets it beside a figure named before it
    (`share_equal_verbs` of period_cues.json: `purchases so far this year total 2.25 million
    tonnes, close to 90% of ...`, `That already equals 72% of ...`, `That is more than half
    of ...`)."""
    verbs = cue_alternation(period_cues()["share_equal_verbs"])
    return re.compile(rf"(?:,|\b(?:{verbs}))\s+" + hedge_pattern(True) + r"$", re.IGNORECASE)


def _whole_total_owns(text: str, mention: PeriodMention, others: list[tuple[int, int]],
                      quantity: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """`Korea came third at 3.1 million tons, roughly 12.3% of the 25.2 million tonnes it took
    over the whole of 2022, while Japan received 2.4 million tons`: the whole period closing the
    total a share set beside a figure is measured against is that total's, not the period of a
    figure before the share or after the total."""
    for share in others:
        if share[1] > mention.start or share[0] <= quantity[0] < mention.end:
            continue  # (not the share itself nor the total it is measured against)
        whole = _of_whole_total().match(text, share[1], sentence[1])
        if whole is not None and mention.start <= whole.end() + 1 <= mention.end + 1 and \
                _share_set_beside().search(text, max(sentence[0], share[0] - 60),
                                           share[0]) is not None:
            return True
    return False


def _share_of_whole_total(text: str, quantity: tuple[int, int], clause: tuple[int, int],
                          sentence: tuple[int, int], period_before: bool) -> bool:
    """A share of a total of a whole period past it, set beside another figure (after a comma
    or `equals`, or with a period of its own named before it in the sentence): the whole period
    is the total's, not the share's, whatever else the sentence names. Not a share that is
    itself the object of a flow (`China took 53% of the total in the whole of 2024`): that
    whole period is the share's own."""
    if _of_whole_total().match(text, quantity[1], clause[1]) is None:
        return False
    return period_before or _share_set_beside().search(
        text, max(sentence[0], quantity[0] - 60), quantity[0]) is not None


_OF_COMPARED = re.compile(r"\s+of\s+(?:the|their|its|that|this)\s+(?:(?:US|U\.S\.)?[$€£¥]|"
                          r"\d|(?:[\w-]+\s+)?(?:level|levels|figure|volume|volumes|value)\b)",
                          re.IGNORECASE)
"""After a share: the figure or level it is compared with (`of the $188.13 million`, `of their
level`), whose period follows it."""


def _inside(opener: str, frame: Period) -> bool:
    """Whether the month an opener names (`Before the March 10 tender,`) falls in `frame`, the
    period in force (no year named)."""
    if YEAR_WRITTEN.search(opener):
        return False
    named = [MONTHS[word.lower()] for word in _MONTH_WORD.findall(opener)]
    return bool(named) and frame.start.year == frame.end.year and all(
        frame.start.month <= month <= frame.end.month for month in named)


_MONTH_WORD = re.compile(r"\b(?:" + "|".join(sorted((name.title() for name in MONTHS
                                                       if len(name) > 3 or name == "may"),
                                                      key=len, reverse=True)) + r")\b")
"""A month named in full (or `Sept`), capitalized."""


_YEARS_COMPARED = re.compile(r"\b(?i:between|from)\s+(\d{4})\s+(?:and|to)\s+(\d{4})\b")
"""Two years a change is measured between: `between 2021 and 2022`, `from 2016 to 2017`."""


def _later_year_compared(text: str, sentence: tuple[int, int], found: Period) -> Period:
    """`dropped by 38% between 2021 and 2022`, `Between 2014 and 2024, purchases rose 101.9%`:
    a change over a span of whole years its sentence states as two years compared is of the
    later year, however far apart and wherever in the sentence the years stand."""
    if found.start.year < found.end.year and (found.start.month, found.start.day,
                                              found.end.month, found.end.day) == (1, 1, 12, 31):
        for match in _YEARS_COMPARED.finditer(text, *sentence):
            if (int(match[1]), int(match[2])) == (found.start.year, found.end.year):
                return Period(date(found.end.year, 1, 1), found.end)
    return found


def claim_period(reading: SentenceReading, quantity: tuple[int, int], clause: tuple[int, int],
                 kind: str) -> Period | None:
    """The period of a claim of `kind` on the quantity at `quantity`; a change over two years
    compared is of the later one (`_later_year_compared`)."""
    found = _claim_period(reading, quantity, clause, kind)
    if found is not None and kind == "change":
        return _later_year_compared(reading.text, reading.sentence, found)
    if kind == "level":
        return _end_of_years_compared(reading, quantity, clause) or found
    return found


_END_LEVEL_BEFORE = re.compile(rf"(?<!compared\s)(?<![Cc]lose\s)\b(?i:(to)|from)\s+"
                               rf"(?:{_HEDGE_WORDS}\s+)?$")
"""The word that makes a level one end of a change: `to $8.3 million`, `from about 9 tonnes`
(not the `to` of a hedge or a ceiling: `bought close to 282,000 tons`, `up to 500 tons`)."""
_CEILING_UP = re.compile(r"(?i:(?:\b(?P<verb>[a-z]+)\s+)?\bup\s+)$")
"""Right before the `to` of `up to 500 tons`: a ceiling, unless a verb of motion comes right
before `up` (`went up to 600,000 tons`: the end of a change; the words are period_cues'
`up_motion_verbs`)."""
_END_LEVEL_REACH = 30
"""Characters at most before a level that `_END_LEVEL_BEFORE` reads."""


def _is_ceiling(text: str, low: int, at: int) -> bool:
    """The `to` at `at` opens a ceiling (`bought up to 500 tons`), not the end of a change
    (`went up to 600,000 tons`, `climbed up to 900,000 tons`)."""
    up = _CEILING_UP.search(text, max(low, at - 20), at)
    return up is not None and (up["verb"] or "").lower() not in _up_motion_verbs()


@cache
def _up_motion_verbs() -> frozenset[str]:
    return frozenset(word.lower() for word in period_cues()["up_motion_verbs"])


def _end_of_years_compared(reading: SentenceReading, quantity: tuple[int, int],
                           clause: tuple[int, int]) -> Period | None:
    """`rose 36% between 2015 and 2024, from $5.4 billion to $7.3 billion`, `grew 27-fold
    between 2014 and 2023, to 1.7 million tonnes`: in a sentence comparing two years, a level
    the change goes `to` is of the later year and one it comes `from` of the earlier. Not when
    the level's own clause states a period (`and in 2023 they rose to $5 billion`), nor when the
    `years` are amounts (`rose from 1500 to 2000 tonnes`: a figure, or before 1900 or after the
    publication year)."""
    text, sentence, start = reading.text, reading.sentence, quantity[0]
    lead = _END_LEVEL_BEFORE.search(text, max(sentence[0], start - _END_LEVEL_REACH), start)
    if lead is None or _is_ceiling(text, sentence[0], lead.start()):
        return None
    compared = _YEARS_COMPARED.search(text, *sentence)
    if compared is None or int(compared[1]) >= int(compared[2]):
        return None
    last = reading.published.year if reading.published is not None else 2100
    spans = [quantity, *reading.others]
    for group in (1, 2):
        if not 1900 <= int(compared[group]) <= last or any(
                a <= compared.start(group) < b for a, b in spans):
            return None
    if any(m.relation == "period" and clause[0] <= m.start and m.end <= clause[1]
           and not (compared.start() <= m.start < compared.end()) for m in reading.mentions):
        return None
    year = int(compared[2] if lead[1] else compared[1])
    return Period(date(year, 1, 1), date(year, 12, 31))


def _claim_period(reading: SentenceReading, quantity: tuple[int, int], clause: tuple[int, int],
                  kind: str) -> Period | None:
    """The period of a claim of `kind` on the quantity at `quantity`.

    A cap has a period only when its clause states one. The old level of a comparison is its own
    stated period, else a year before the sentence's. Otherwise: the period written next to the
    quantity, the nearest in its clause, the nearest in its sentence; then one another quantity
    owns earlier in the sentence (`in March were 3 tonnes of jet fuel and 55 tonnes of LPG`); a
    change falls back on its new level; `in the previous year` steps back from the period in
    force; a share stated in the present simple has none; and last the period in force."""
    text, mentions, sentence, others = (reading.text, reading.mentions, reading.sentence,
                                        reading.others)
    if kind == "cap":
        if _STANDING_CAP.search(text, max(sentence[0], quantity[0] - 30), quantity[0]) or \
                _STANDING_CAP_AFTER.match(text, quantity[1]):
            # `exceed the annual limit of 500,000 barrels`, `the 500,000-barrel yearly
            # ceiling`: a standing cap, whatever period the flows beside it are of
            return None
        # `allowed under a resolution adopted in September`: when the rule was made, not the
        # period the cap covers
        # (nor the year of an old level beside it: `against the 5.5 million tonnes shipped in
        # the same months of 2021`)
        covered = [m for m in mentions if not made_or_released(text, m, sentence[0])
                   and not _owned_by_old_level(text, m, others, sentence[0], quantity)]
        return choose_period(text, covered, quantity, clause, clause, others, None, False)
    start_year = _planned_start_year(reading, quantity, clause)
    if start_year is not None and kind in ("level", "change"):
        # `plans to raise milk exports to 15,000 tonnes from 2027`: the year a planned flow
        # starts in
        return start_year
    when = _when_clause(text, mentions, quantity, sentence[0])
    if kind in ("level", "change", "share") and when is not None and not base_level(
            text, quantity, sentence[0]):
        # `27% below the final three months of 2023, when deliveries totalled 8.8 million
        # barrels`: the figure of the `when` clause is of the period it describes (`more than
        # a year earlier, when it came to $264.9 million`: a step back from the one in force)
        current = reading.change or reading.level or reading.frame
        same_year = _same_period_of(text, [m for m in mentions if m.end <= when.end])
        if same_year is not None and current is not None and when.period is not None and \
                when.period.end.year == same_year:
            # `44% higher than in the same months of 2022, when 1.119 million tons arrived`:
            # the months in force, in that year
            return shift_years(current, same_year - current.end.year)
        if when.period is not None:
            return when.period
        if current is not None:
            return step_back(current, when.surface)
    back = _clause_looking_back(text, mentions, sentence, quantity)
    if back is not None and kind in ("level", "change", "share") and not base_level(
            text, quantity, sentence[0]):
        # `NODX rose 4.2 per cent in October; a month earlier it had dropped by 4.4 per cent`:
        # a clause opening on a pointer back is of the period before the sentence's (or the
        # one in force)
        stated = [m for m in mentions if m.relation == "period" and m.period is not None
                  and sentence[0] <= m.start < back.start and not is_base(text, m, sentence[0])]
        start_from = resolve(stated[-1], reading.frame, reading.text) if stated else (
            reading.reference or reading.frame)
        if start_from is not None:
            return step_back(start_from, back.surface)
    # (not a year-less `full-year`: `the full-year record of 142 million barrels set in 2023`
    # is of the year written after it)
    named = [m for m in mentions if m.relation == "period" and m.period is not None
             and not whole_year_phrase().fullmatch(m.surface.strip()) and (
        _YEAR_LEVEL_OF.fullmatch(text, m.end, quantity[0]) or (
            m.surface.endswith(("'s", "’s")) and _HEDGED.fullmatch(text, m.end, quantity[0]))
        or _OWNING.fullmatch(text, m.end, quantity[0]))]
    if kind in ("level", "share") and named:
        # `the 2017 level of 102,000 tons`, `2017's 102,000 tons`: the year the figure is of
        return named[-1].period
    owning = [m for m in named if _OWNING.fullmatch(text, m.end, quantity[0])
              or m.surface.endswith(("'s", "’s"))]
    if kind == "change" and owning:
        # `slower than October's 9.4 per cent gain`, `a steeper fall than April's 3.7 per cent`:
        # the change a possessive period owns is of that period
        return owning[-1].period
    # (a share compared with an older figure, after the sentence's own period: the share is of
    # that period; with no period before it, `80% of the 8.8 million tons Egypt imported in
    # the first nine months` is a part of a total of the same period)
    period_before = kind == "share" and any(
        m.relation == "period" and m.period is not None and sentence[0] <= m.start < quantity[0]
        for m in mentions)
    compared = kind == "share" and (_OF_COMPARED.match(text, quantity[1]) is not None and (
        reading.level is not None or period_before)
        or _share_of_whole_total(text, quantity, clause, sentence, period_before))
    # (not `an 18% decline from May`: the base the change is measured from)
    earlier_change = next((m for m in mentions if m.relation == "previous" and kind == "change"
                           and _CHANGE_NOUN_THEN.fullmatch(text, quantity[1], m.start)
                           and not m.surface.lower().startswith(("from", "on "))
                           and not _RATE_OF_CHANGE.fullmatch(m.surface)), None)
    stepped_from = reading.change or reading.level or reading.frame
    if earlier_change is not None and stepped_from is not None:
        # `rose 18.3% in November, after an 11.2% fall the month before`: the change happened
        # in the month before, not in the one in force
        return step_back(stepped_from, earlier_change.surface)
    in_force = reading.change or reading.level
    same_after = _same_period_of(text, [m for m in mentions if quantity[1] <= m.start < clause[1]
                                        and word_count(text, quantity[1], m.start) <= 6], in_force)
    if kind == "level" and same_after is not None and in_force is not None and \
            not base_level(text, quantity, sentence[0]):
        # `a mere 3.6% of the $37.13 million it spent over the same months of 2023`: the
        # months in force, in the year written
        return shift_years(in_force, same_after - in_force.end.year)
    in_force = in_force or reading.frame
    # (`Over January-October, China took 5.72 tons; in the same months of 2021 it had paid
    # $182.988 million`: past a semicolon, the figures of the clause before do not count)
    floor = _past_semicolon(text, sentence[0], quantity[0])
    same_before = _same_period_of(text, [m for m in mentions if floor <= m.start
                                         and m.end <= quantity[0] and not any(
                                             floor <= start < m.start
                                             for start, _ in others)], in_force)
    if same_before is None and floor > sentence[0] and not any(
            floor <= m.start < clause[1] for m in mentions):
        # (but a clause past the semicolon that states no period stays in the same months
        # the sentence opened on: `In the same months of 2023, it had shipped 1.7 million
        # tonnes to Freedonia; Ruritania had taken 0.4 million tonnes`)
        same_before = _same_period_of(text, [m for m in mentions if sentence[0] <= m.start
                                             < floor and not any(sentence[0] <= start < m.start
                                                                 for start, _ in others)],
                                      in_force)
    if kind in ("level", "change") and same_before is not None and in_force is not None:
        # `In the same months of 2020 it had bought 231,382 tonnes`: the months in force,
        # in the year written before the figure (and before any other of the sentence)
        return shift_years(in_force, same_before - in_force.end.year)
    if kind in ("level", "share") and not compared and base_level(text, quantity, sentence[0]):
        if _BEFORE_EVENT_AFTER.match(text, quantity[1], clause[1]) or _past_habit_after(
                text, clause, quantity, mentions):
            # `down from nearly two-fifths before the war`, `against 16% before the invasion`:
            # an old level of the time before an event, no period of its own; nor one of a
            # past habit (`up from the 6 million tonnes a year it used to buy`)
            return None
        # `compared with $442 million a year earlier`, `300 tons the month before`
        pointers = [m for m in mentions if m.relation == "previous"
                    and quantity[1] <= m.start < clause[1]]
        pointer = [m.surface for m in pointers] or _possessive_pointer(text, mentions, quantity)
        current = reading.change or reading.level or reading.frame
        monthly = None  # the whole month a made-up pointer steps back from
        if not pointer and current is not None and _whole_month(current) \
                and _monthly_old_level(text, sentence, quantity):
            pointer = ["month-on-month"]  # `a 12% monthly rise from 10.6 GW`: the month before
            monthly = current
        elif not pointer and current is not None and _whole_month(current) and \
                _cue_words("yearly_change_cues").search(text, *sentence) is None and \
                _month_back_in_text(text, sentence[0], quantity[0], current):
            # `Exports rose to 78,000 tonnes in July from 61,000 tonnes in June. Shipments to
            # Chile eased to 8,200 tonnes from 9,000 tonnes`: the text compares month on month
            pointer = ["month-on-month"]
            monthly = current
        # (not past a later figure, whose own it is: `down from 6,533 tons a month earlier and
        # from 4,034 tons in the same month of 2023`; but past one that is the same level in
        # another unit, `against 3,700 tons worth $60 million in the same month of 2022`)
        reach = _same_level_reach(text, quantity[1], others, clause[1])
        same_of = _same_period_of(text, [m for m in mentions
                                         if quantity[1] <= m.start < reach], current)
        if same_of is not None and current is not None:
            # `against 73 billion euros in the same period of 2021`: the new level's months
            return shift_years(current, same_of - current.end.year)
        # (its own: written after it, `from $11 million in 2022`; a period before it is the
        # new level's, `rose to $20 million in 2023 from $11 million`)
        own = choose_period(text, [m for m in mentions if m.start >= quantity[1]], quantity,
                            clause, clause, others, None, False, closing=False)
        # a pointer right after the old level (`from $325 million a year before`) wins over the
        # new level's period in the same clause (`to $360 million last year`)
        if own is not None and not (pointers and word_count(text, quantity[1],
                                                        pointers[0].start) <= 1):
            return own
        reset = _reset_period(text, mentions, quantity, sentence[0], reading.frame)
        if reset is not None:
            # `raised its 2025 forecast in June from 30.53 million barrels`: the year inside
            # the reset phrase is the one the old value was for, not the month it was reset in
            return reset
        if REVISION.search(text, *sentence) or _reset_before(text, quantity, sentence[0]):
            # `revised its figure for 2019 to $3.22 billion from $3.24 billion`: the same
            # period's earlier figure, not a year before
            return reading.change or reading.level or choose_period(
                text, mentions, quantity, sentence, sentence, others, reading.frame, False)
        # (`59 million tonnes the year before and 70 million tonnes in 2020`: the year written
        # with a later figure is that figure's; the year before is the one in force's)
        owned = pointer and reading.frame is not None and any(
            m.start >= quantity[1] and m.relation == "period" and _next_to_other(text, m, others)
            for m in mentions) and _AND_OLDER.match(text, quantity[1]) is not None
        current = monthly or reading.change or reading.level or (
            reading.frame if owned else choose_period(
                text, mentions, quantity, sentence, sentence, others, reading.frame, False))
        return step_back(current, pointer[0] if pointer else "") if current else None
    if compared:
        # `80.9 percent of the $188.13 million reached in October 2012`, `two-thirds of their
        # level a year earlier`: the period of what the figure is compared with is not its own
        mentions = [m for m in mentions if not quantity[1] <= m.start < clause[1]]
    change = kind == "change"
    if change:
        # `the figure was 60% below the $104 million recorded in 2013`: the period written after
        # the old level it is compared with is that level's, not the change's
        bases = [o for o in others if o[0] >= quantity[1] and base_level(text, o, sentence[0])]
        mentions = [m for m in mentions if not any(o[1] <= m.start < clause[1] for o in bases)]
        # `a 31% rise on the 80.2 million litres of the same months last year` (`of 2023`): the
        # same months of another year, after the change in its clause, are what it is measured
        # against, not its own time
        compared_span = _same_span_of_year(text, [m for m in mentions
                                                  if quantity[1] <= m.start < clause[1]])
        mentions = [m for m in mentions if m not in compared_span]
        if _MULTIPLE.search(text, quantity[0], quantity[1]) and _OF_BASE_AFTER.match(
                text, quantity[1]):
            # `three times their 2022 level`, `more than double the gas it sold in the whole of
            # 2022`: the time after a multiple is its base's
            mentions = [m for m in mentions if not quantity[1] <= m.start < clause[1]]
    # `Afghanistan took 115,000 tons, up from 67,000 tons in 2023, while Iran's purchases soared
    # to 299,000 tons`: the old level's year is nobody else's
    mentions = [m for m in mentions
                if not _owned_by_old_level(text, m, others, sentence[0], quantity)
                and not _whole_total_owns(text, m, others, quantity, sentence)]
    own_period: list[Period | None] = []

    def clause_undated() -> bool:
        """Whether the figure's own clause states no period (read once, when first asked)."""
        if not own_period:
            own_period.append(choose_period(text, mentions, quantity, clause, clause, others,
                                            None, change, fallback=False))
        return own_period[0] is None

    # A standing fact, its own clause undated, has no period, not that of another clause of its
    # sentence or of the article:
    # - `Brazil, which now sells about 1.4 million barrels a day of oil abroad, ...`, `Kazakh
    #   barrels now meet about 16pc of the country's crude demand`: today's flow or share;
    # - `Seed sales were worth C$2.7 billion in 2018, and China takes about 40 per cent of the
    #   crop`: a share stated in the present simple right before it;
    # - `Around 70 percent of the crude heads to Asia`: a share that is the subject of a verb in
    #   the present simple;
    # - `Peru exported 2 million tonnes in 2023; Chile ships about 200,000 tonnes a month`: a
    #   habitual rate in the present simple, whatever another clause is dated, and so is a
    #   flow its clause says comes `every year` (`sends about 80,000 tons ... every year`);
    # - `the pipeline, which carried more than half of Russia's ammonia exports before the war,
    #   has stood idle since February 24, 2022`: a figure of the time before an event.
    standing = kind in ("level", "share") and (
        _states_now(text, clause[0], quantity[0])
        or _past_habit_after(text, clause, quantity, mentions)
        or _before_event_in_clause(text, clause, quantity)) or kind == "share" and (
        _standing_share_before(text, clause[0], quantity[0])
        # (not `In 2023, Brazil exports 70 percent of its soybeans to China`, `During the first
        # quarter, India imports 65% of its edible oil`: the sentence's opening phrase dates it)
        and not (_dated_opening(text, sentence[0], quantity[0], mentions)
                 and not _relative_share_verb(text, clause[0], quantity[0]))
        or _standing_subject(text, quantity[1], clause[1])) or kind in ("level", "share") and (
        _habitual_rate(text, clause[0], quantity)
        and _separate_rate_clause(text, sentence[0], clause[0], quantity[1])) or kind in (
        "level", "share") and _habitual_every(text, clause, quantity)
    if standing and clause_undated():
        return None
    if kind in ("level", "share") and _looks_back_years(
            text, clause, sentence, quantity, others) and clause_undated():
        # `Over the past five years Italian buyers received 23,217 tonnes`: a span of years
        # counted back, no period in force (not a change, `has doubled over the past decade`,
        # which is of the later period compared)
        return None
    if _unknown_own_period(reading, quantity, clause, mentions):
        return None
    found = choose_period(text, mentions, quantity, clause, sentence, others, reading.frame,
                          change, fallback=False, level=reading.level)
    if found is not None and _per_year(text, *clause) and clause_undated():
        event = _EVENT_CLAUSE.match(text, sentence[0], clause[0])
        if (found.end - found.start).days > 366 or (event is not None and all(
                event.start() <= m.start < event.end() for m in mentions
                if m.relation == "period")):
            # a yearly rate dated only by another clause: `10 million tonnes a year ..., a route
            # in use since 2014`; `Before Vilnius halted the transit in February 2022, about
            # 11 million tonnes a year had gone out`
            return None
    if found is not None:
        return _opened_a_year_back(text, mentions, (sentence[0], quantity[0]), found,
                                   reading.frame)
    start, end = quantity
    if kind == "share" and _standing_verb().search(text, *clause) and _NOW.search(text, *clause):
        # `its share now stands at 99 percent` after `85 percent ... in 2015`: today's standing
        # share, not of the period stated before
        return None
    earlier = [m for m in mentions if m.relation == "period" and sentence[0] <= m.start < start
               and m.period is not None and not is_base(text, m, sentence[0])
               and not _owned_by_old_level(text, m, others, sentence[0], quantity)]
    if earlier:  # the sentence's period, stated with another of its quantities
        return resolve(max(earlier, key=lambda m: m.start), reading.frame, reading.text)
    if reading.level is not None:
        return reading.level
    figure = max((s for s, _ in others if sentence[0] <= s < start), default=None)
    lead = clause_bounds(text, *sentence, sentence[0])
    if kind == "change" and figure is not None and _unknown_own_period(
            reading, quantity, (clause_bounds(text, *sentence, figure)[0], start), mentions) or \
            lead[1] <= start and _PERIOD_LEAD.match(text, sentence[0]) and not any(
                s < lead[1] for s, _ in others) and _unknown_own_period(
                    reading, quantity, lead, mentions):
        # (`shipped 2.3 million tonnes in the first seven months of the 2020-21 marketing year,
        # 19% more than a year before`: the change of a figure of unknown period, in that
        # figure's clause, has none; an unknown period of a clause with no figure, `Growers hope
        # for rain in the new season, but sales fell 12%`, is not the change's; but a lead of
        # the sentence is the period of its figures, `In the last fiscal year, it earned $75
        # million`)
        return None
    # (not a pointer that names what a figure is compared with, `47% more than in January-
    # February 2020, while imports grew 36%`: the base of the change, not the period itself)
    stepped = [m for m in mentions if m.relation == "previous" and sentence[0] <= m.start < end
               and _in_period_position(text, m, sentence[0])
               and not _is_base(text, m.start, m.end, m.surface, sentence[0])]
    base = reading.reference or reading.frame
    if stepped and not change and base is not None:
        return step_back(base, stepped[0].surface)
    if kind == "share" and (_standing_verb().search(text, *clause) or
                            _listed_after_standing(text, sentence[0], clause, start) or
                            _standing_aside(text, sentence[0], start)):
        # `China accounts for 90 percent of its trade`: a standing fact, no period; so is any
        # share its sentence goes on to list with no period of its own (`Europe takes 50
        # percent, and the US only about 20 percent`, `the US 26% and Korea 2%`, `against 7%
        # for Peru`, `far ahead of Chile at 8.5%`, `the main buyer, with 22% of its imports`)
        # and a participle's aside after it (`China remains the main buyer, taking 55 percent`)
        return None
    if kind in ("level", "share") and reading.frame is not None and _habitual_rate(
            text, clause[0], quantity):
        # `Venezuela pumps roughly 1.1 million barrels a day`, `the country spends over $400
        # million a month`: a habitual rate in the present simple, not the flow of the period in
        # force
        return None
    if kind == "level" and reading.frame is not None and not mentions and _present_flow(
            text, clause[0], quantity[0]):
        # `Peru grows about 4.2 million tonnes of potatoes`: an amount stated in the present
        # simple, in a sentence that names no time, is a standing fact, not the period in force
        return None
    if reading.frame is not None and _per_year(text, *clause):
        # `500,000 tonnes each year` is a standing yearly rate, not the total `since 2014` nor
        # the flow of the month or year in force
        return None
    before_event = _BEFORE_EVENT.match(text, sentence[0])
    if reading.frame is not None and before_event is not None and not _inside(
            before_event.group(), reading.frame):
        # `Before the war broke out last February, Russia and Ukraine together supplied 80
        # percent`: a time before an event, not the period the article is about
        return None
    return reading.frame


def _unknown_own_period(reading: SentenceReading, quantity: tuple[int, int],
                        clause: tuple[int, int], mentions: list[PeriodMention]) -> bool:
    """Whether the figure's own clause names a period the reader cannot date (`in the first
    seven months of the 2020-21 marketing year`, whose months the text never states; `this
    season` with no season known): the figure's period is unknown, not the one in force."""
    text, floor = reading.text, reading.sentence[0]
    own = [m for m in mentions if m.relation in ("period", "same")
           and clause[0] <= m.start < clause[1] and not is_base(text, m, floor)
           and not _owned_by_old_level(text, m, reading.others, floor, quantity)
           and not _PLAN_PHRASE.search(text, max(clause[0], quantity[1]), m.start)]
    return any(m.relation == "period" and resolve(m, reading.frame, reading.text) is None
               and _TIME_NOUN.search(m.surface) is not None for m in own) and \
        not any(resolve(m, reading.frame, reading.text) is not None for m in own)


_PLAN_PHRASE = re.compile(r"(?i:\b(?:what|which|that)\s+(?:\w+\s+){0,2}?(?:plans?|planned|"
                          r"expects?|expected|aims?|intends?|hopes?|wants?|needs?)\s+to\b)")
"""After the figure, before a period: a relative phrase of a plan (`a fifth of what it plans
to buy this season`), whose period is the plan's, not the figure's."""


_PERIOD_LEAD = re.compile(r"\s*(?:In|Over|During|For|Throughout)\s")
"""A sentence opening on a period phrase (`In the last fiscal year, ...`)."""


_TIME_NOUN = re.compile(r"(?i:\b(?:months?|years?|seasons?|quarters?|half|harvest|campaign|"
                        r"fiscal|financial)\b)")
"""A word naming a span of time: an unknown period names one (not the elliptic `in the second`
after `two tenders`, an ordinal of the things counted)."""


@cache
def _start_year_before() -> re.Pattern[str]:
    """Right before a year: a cue that a flow starts in it (`start_year_cues` of
    period_cues.json: `from`, `starting in`)."""
    words = cue_alternation(period_cues()["start_year_cues"])
    return re.compile(rf"(?<![\w-])(?i:{words})\s+$")


_BARE_YEAR = re.compile(r"(?i:(?:in\s+)?)(?P<year>\d{4})")
"""A mention that is a year alone, after an optional `in` (`2027`, `in 2026`)."""


def _planned_start_year(reading: SentenceReading, quantity: tuple[int, int],
                        clause: tuple[int, int]) -> Period | None:
    """The year written after the figure in its clause after a start cue (`from 2027`,
    `starting in 2026`) when it is later than the publication year: a planned level's first
    year, not a comparison base (`up 9% from 2023` looks back; a year still to come cannot).
    Only for a figure with no year of its own before it: `to grow 8% in 2027 from 2026`, `to
    $10 billion by 2030 from 2026 levels` are of their own year, and the `from` year is the
    base of the change."""
    if reading.published is None:
        return None
    text, before = reading.text, _start_year_before()
    for mention in reading.mentions:
        if not quantity[1] <= mention.start < clause[1] or mention.relation != "period":
            continue
        if any(m.relation in ("period", "same") and m.period is not None
               and quantity[1] <= m.start < mention.start for m in reading.mentions):
            # the figure's own year is written before the start cue's: the cue's is a base
            return None
        bare = _BARE_YEAR.fullmatch(mention.surface)
        if bare is None or mention.period is None or \
                int(bare["year"]) <= reading.published.year:
            continue
        lead = mention.surface[:bare.start("year")]
        if before.search(text[max(clause[0], mention.start - 30):mention.start] + lead):
            return mention.period
    return None


def _past_semicolon(text: str, floor: int, at: int) -> int:
    """Where the independent clause holding `at` opens: past the last semicolon between `floor`
    (the sentence's start) and `at`, else `floor`."""
    return text.rfind(";", floor, at) + 1 or floor


@cache
def _year_back_opening() -> re.Pattern[str]:
    """A sentence's opening pointer a year back (`A year earlier`, `A year before,`; period_cues
    `year_back_pointers`)."""
    pointers = cue_alternation(period_cues()["year_back_pointers"])
    return re.compile(rf"(?i:an?\s+year\s+(?:{pointers}))")


_THAN_AFTER = re.compile(r"\s+(?i:than)\b")
"""Right after `a year earlier`: a comparison (`A year earlier than forecast`), no pointer back."""


def _opened_a_year_back(text: str, mentions: list[PeriodMention], lead: tuple[int, int],
                        found: Period, frame: Period | None) -> Period:
    """`Exports reached $3.1 billion in January-May. A year earlier the January-May figure had
    been $2.4 billion.`: months named without a year, read into the year in force, between a
    sentence's opening pointer a year back (with a comma or without) and the figure (`lead`,
    the sentence's start to the figure's), in one clause, are those months a year before; a
    lead writing a year of its own keeps what it says (so does a later clause: `A year earlier
    prices were lower, but in March shipments came to`)."""
    opening = next((m for m in mentions if m.relation == "previous"
                    and not text[lead[0]:m.start].strip()
                    and _year_back_opening().fullmatch(m.surface)
                    and not _THAN_AFTER.match(text, m.end)), None)
    if opening is None or frame is None or found.end.year != frame.end.year or \
            YEAR_WRITTEN.search(text, *lead) or \
            _new_clause().search(text, opening.end, lead[1]) or not any(
                m.relation == "period" and m.period is not None
                and opening.end <= m.start < lead[1] and _MONTH_WORD.search(m.surface)
                for m in mentions):
        return found
    return shift_years(found, -1)


@cache
def _new_clause() -> re.Pattern[str]:
    """A semicolon, or a comma and one of period_cues `year_back_clause_openers`: another clause,
    which an opening pointer a year back does not date."""
    openers = cue_alternation(period_cues()["year_back_clause_openers"])
    return re.compile(rf";|,\s*(?i:{openers})\s")


_RELATIVE_BEFORE = re.compile(r"\b(?i:which|who|that)\s+(?:[a-z]+ly\s+|now\s+|still\s+)?$")
"""Right before a verb: the pronoun opening a relative clause (`India, which is the top buyer`)."""
_BARE_WITH = re.compile(r"[\s,;]*(?i:with)\s")
"""A clause that is a bare `with` aside (`, with 22% of its imports`)."""


@cache
def _share_clause_verb() -> re.Pattern[str]:
    """A verb of past or coming time in a share's own clause (`China's share rose to 40%`):
    `share_clause_verbs` of period_cues.json."""
    words = cue_alternation(period_cues()["share_clause_verbs"])
    return re.compile(rf"\b(?i:{words})\b")


_PERCENT_AHEAD = re.compile(r"\d\s*(?:%|per\s*cent\b|pc\b)", re.IGNORECASE)
"""A share figure (`60%`, `50 percent`)."""


def _listed_after_standing(text: str, floor: int, clause: tuple[int, int], start: int) -> bool:
    """Whether the share at `start`, in a clause of its own after `floor` (the sentence's start),
    is listed after a share in the present simple (`Bolivia supplies 60%, against 12% for Peru`,
    `Bolivia is Chile's biggest supplier, with 22% of its imports`): a standing verb before its
    clause that governs a share (one is written between them, or the clause is a bare `with`
    aside), not the verb of a relative clause (`India, which is the top buyer, cut its share`)
    nor `is`/`are` that state no share (`The data is preliminary, but China's share rose`); and
    the share's own clause has no verb of past or coming time of its own."""
    if _share_clause_verb().search(text, clause[0], clause[1]):
        return False
    bare_with = _BARE_WITH.match(text, clause[0], start) is not None
    for verb in _standing_verb().finditer(text, floor, clause[0]):
        if _RELATIVE_BEFORE.search(text, max(floor, verb.start() - 20), verb.start()):
            continue
        if bare_with or _PERCENT_AHEAD.search(text, verb.end(), start) is not None:
            return True
    return False


_NOW = re.compile(r"\b(?:now|currently|today|nowadays|these\s+days)\b", re.IGNORECASE)
"""The present moment marked on a share's clause."""
_STANDING_CAP = re.compile(r"\b(?:annual|yearly)\s+(?:[a-z-]+\s+)?(?:limit|cap|ceiling|quota|"
                           r"allowance)s?\s+(?:of|at)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
_STANDING_CAP_AFTER = re.compile(r"[\s-]*(?:[a-z-]+\s+)?(?:annual|yearly)\s+(?:limit|cap|"
                                 r"ceiling|quota|allowance)\b", re.IGNORECASE)
"""A cap named as yearly right around its figure (`the annual limit of 500,000 barrels`, `the
500,000-barrel annual cap`)."""
_CHANGE_NOUN_THEN = re.compile(r"\s+(?:fall|drop|decline|decrease|slide|slump|plunge|rise|"
                               r"increase|gain|jump|growth|contraction)\s+(?:in\s+)?",
                               re.IGNORECASE)
"""Between a change and the earlier period it happened in (`an 11.2% fall the month before`)."""
_RATE_OF_CHANGE = re.compile(r"(?i:(?:year|month|quarter|week)[\s-]+on[\s-]+(?:year|month|quarter|"
                             r"week)|[ymq]/[ymq]|yoy)")
"""A pointer that names the rate of a change (`a 17.6% rise year on year`), not an earlier time
the change happened in (`an 11.2% fall the month before`)."""
_HEDGE = hedge_pattern()
_HEDGED = re.compile(r"\s+" + _HEDGE, re.IGNORECASE)
_OWNING = re.compile(r"['’]s\s+(?:(?:all-time\s+)?(?:record|peak|high|low|level|total|figure|tally)"
                     r"(?:\s+of)?\s+)?" + _HEDGE, re.IGNORECASE)
"""Between a possessive period and the figure it owns: `May's 10.9 GW`, `March's record $1.3
billion`, `October's peak of 10.1Kt`."""
_YEAR_LEVEL_OF = re.compile(r"\s+(?:level|figure|total|volume|tally|peak|high|record|average)\s+"
                            r"(?:of|at)\s+(?:an?\s+estimated\s+)?" + _HEDGE, re.IGNORECASE)
"""Between a year and the figure it dates: `the 2017 level of 102,000 tons`, `put the 2004 figure
at an estimated $210 million`."""
_WHEN_AFTER = re.compile(r"\s*,\s*when\s")
_WHEN_STOP = re.compile(r"[;.]|,(?!\s+or\s)")
"""Ends a `when` clause before a figure: not `, or` restating the clause's figure."""


def in_when_clause(reading: SentenceReading, quantity: tuple[int, int]) -> bool:
    """Whether the quantity sits in a `, when ...` clause describing a period: a figure of
    another time, not the level the sentence's other figures go on from."""
    return _when_clause(reading.text, reading.mentions, quantity, reading.sentence[0]) is not None


def _when_clause(text: str, mentions: list[PeriodMention], quantity: tuple[int, int],
                 floor: int) -> PeriodMention | None:
    """The period a `, when ...` clause holding the quantity describes, if one does."""
    before = [m for m in mentions if floor <= m.start and m.end <= quantity[0]]
    if not before or (before[-1].period is None and before[-1].relation != "previous"):
        return None
    gap = _WHEN_AFTER.match(text, before[-1].end)
    if gap is None or _WHEN_STOP.search(text, gap.end(), quantity[0]) or \
            word_count(text, gap.end(), quantity[0]) > 12:
        return None
    found = before[-1]
    if found.surface.lower().startswith("since"):
        # `the most since February, when purchases came to 690 million euros`: the clause is of
        # the first month of the span, not of all of it
        first = found.period.start if found.period is not None else None
        if first is None or first.day != 1:
            return None
        return replace(found, period=month(first.year, first.month))
    return found


def _same_period_of(text: str, mentions: list[PeriodMention],
                    current: Period | None = None) -> int | None:
    """The year of `the same period of 2021` among `mentions` (in order), if written so; with
    the period in force `current`, `the same months last year` is the year before its own (not
    the year before publication: a January article on last year's months compares them with
    the year before)."""
    for same, year_of in zip(mentions, mentions[1:], strict=False):
        if same.relation != "same" or year_of.period is None or \
                text[same.end:year_of.start].strip():
            continue
        if _OF_YEAR.fullmatch(year_of.surface):
            if current is not None and _SPLIT_YEAR.search(year_of.surface):
                return _year_of_split(current, year_of.period)
            return year_of.period.end.year
        if current is not None and _LAST_YEAR.fullmatch(year_of.surface):
            return current.end.year - 1
    return None


def _same_span_of_year(text: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    """The mentions of `the same months of 2023` (`the same period last year`) among
    `mentions` (in order): the same span and the year right after it."""
    for same, year_of in zip(mentions, mentions[1:], strict=False):
        if same.relation == "same" and year_of.period is not None and \
                not text[same.end:year_of.start].strip() and (
                    _OF_YEAR.fullmatch(year_of.surface) or _LAST_YEAR.fullmatch(year_of.surface)):
            return [same, year_of]
    return []


_OF_YEAR = re.compile(r"(?:of|in)\s+(?:the\s+)?\d{4}(?:\s*[/–-]\s*(?:\d{4}|\d{2}))?")
"""After `the same months`: the year they are of (`of 2022`, `of 2022-23`, `of 2022–23`)."""


def _year_of_split(current: Period, split: Period) -> int:
    """The year that ends the months in force moved into a split year (`the same months of
    2019-20`): in a fiscal year of known months (twelve) the year its months end in; else months
    running into a new year end in its second year, months of one calendar year from period_cues
    `split_year_first_half_from` on (where fiscal and marketing years mostly open) are of its
    first year, earlier ones of its second, save months from `split_year_either_half_from` on
    (April-June: either year), which are of its first year when the second is the year in force
    (`April-September` set against `the same period of 2023/24` is not set against itself)."""
    if length_in_months(split) == 12:
        placed = _first_month_in(split, current.end.month)
        return placed[0] if placed is not None else split.end.year
    cues = period_cues()
    if current.start.year != current.end.year or \
            current.start.month < int(cues["split_year_either_half_from"]) or \
            (current.start.month < int(cues["split_year_first_half_from"])
             and split.end.year != current.end.year):
        return split.end.year
    return split.start.year


_LAST_YEAR = re.compile(r"(?i:(?:of\s+|in\s+)?last\s+year)")
"""After `the same months`: the year before the months in force (`the same months last year`)."""
REVISION = re.compile(r"\brevis(?:ed|es|e|ing)\s+(?:(?:its|their|the|his|her|an?|our|that|"
                      r"this)\s+)?(?:[\w-]+\s+){0,4}?(?:to|from|up|down|upward|downward)\b",
                      re.IGNORECASE)
"""A figure corrected: its old value is of the same period, and the revision is an aside."""
_RESET_NOUN = r"(?:forecast|outlook|target|estimate|projection|goal)s?"
"""Nouns of a figure that can be reset (raised, cut, revised)."""
_RESET = re.compile(r"\b(?:raised|raises|lifted|lifts|cut|cuts|lowered|lowers|trimmed|trims|"
                    r"upgraded|upgrades|downgraded|downgrades)\s+(?:(?:its|their|the|his|her|"
                    r"an?|our|that|this)\s+)?(?:[\w'’-]+\s+){0,3}?" + _RESET_NOUN + r"\b|\b" +
                    _RESET_NOUN + r"\s+(?:[\w-]+\s+){0,2}?(?:was|were|had\s+been|has\s+been|"
                    r"have\s+been)\s+(?:cut|raised|lowered|trimmed|lifted|revised)\b",
                    re.IGNORECASE)
"""A forecast or target reset, or a figure corrected (`raised its forecast for this year's
exports to 791,000 units from 770,000`, `the 2018 target had been cut from $5.5bn to $5bn`,
`$7.98 billion rather than the $11.63 billion first reported`): as after `revised`, the old
value is of the same period, not a year before."""
_FIRST_REPORTED = re.compile(r"\s+(?:first|initially|originally|previously)\s+reported\b",
                             re.IGNORECASE)
"""After an old value: the figure it corrects (`rather than the $11.63 billion first reported`)."""
_RESET_REACH = 60
"""Characters before an old value in which its reset phrase is looked for."""


def _reset_before(text: str, quantity: tuple[int, int], floor: int) -> bool:
    """Whether the old level at `quantity` is the earlier value of a reset or corrected figure:
    a reset close before it (`_RESET`), or `first reported` right after it."""
    return _RESET.search(text, max(floor, quantity[0] - _RESET_REACH), quantity[0]) is not None \
        or _FIRST_REPORTED.match(text, quantity[1]) is not None


def _reset_period(text: str, mentions: list[PeriodMention], quantity: tuple[int, int],
                  floor: int, frame: Period | None) -> Period | None:
    """The period written inside the reset phrase close before an old level (`raised its 2025
    forecast in June from 30.53 million barrels`: 2025), which the old value was for; None
    when there is no reset or no period inside it (then the sentence's period, as before)."""
    resets = list(_RESET.finditer(text, max(floor, quantity[0] - _RESET_REACH), quantity[0]))
    if not resets:
        return None
    found = resets[-1]
    inside = [m for m in mentions if m.relation == "period" and found.start() <= m.start
              and m.end <= found.end()]
    return resolve(inside[-1], frame, text) if inside else None


def made_or_released(text: str, mention: PeriodMention, floor: int) -> bool:
    """When a rule was made (`a resolution adopted in September`, `the 500,000-barrel limit the
    council set in 2017`), figures came out (`released last month`) or a measure or deal runs
    out (`duties due to run until 2026`): never the time a figure covers."""
    return any(pattern.search(text, max(floor, mention.start - reach), mention.start)
               for pattern, reach in ((_ENACTED, 30), (_RULE_MADE, 40), (_RELEASED, 30))) or \
        _lasts_to(text, mention, floor)


@cache
def _lasting_to() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """How long a measure, deal or operation lasts, right before the period that ends it
    (`period_cues` lasting_verbs and lasting_joins: `due to run until`, `running to`), the join
    before the period or opening it (`last` + `until the end of the year`)."""
    cues = period_cues()
    joins = cue_alternation(cues["lasting_joins"])
    parts = cue_alternation(cues["lasting_year_parts"])
    return (re.compile(rf"\b(?i:{cue_alternation(cues['lasting_verbs'])})\s+"
                       rf"(?P<join>(?i:{joins})\s+(?i:the\s+end\s+(?:of\s+)?)?"
                       rf"(?:(?i:{MONTH_PATTERN})\s+|(?i:{parts})(?:-|\s+))?)?$"),
            re.compile(rf"(?i:{joins})\s"))


def _lasts_to(text: str, mention: PeriodMention, floor: int) -> bool:
    """Whether `mention` ends how long something lasts (`_lasting_to`)."""
    verb, join = _lasting_to()
    found = verb.search(text, max(floor, mention.start - 40), mention.start)
    return found is not None and (found["join"] is not None
                                  or join.match(mention.surface) is not None) \
        and _span_opened().search(text, max(floor, found.start() - 40), found.start()) is None


@cache
def _span_opened() -> re.Pattern[str]:
    """Before a verb of lasting: a span's opening (`period_cues` lasting_span_openers), so the
    period after closes that span (`from January running through March`), or a span noun right
    before it (lasting_span_nouns: `the season that runs through June`, `the fiscal year
    running to March`), the figure's own span, not how long something else lasts."""
    cues = period_cues()
    return re.compile(rf"\b(?i:{cue_alternation(cues['lasting_span_openers'])})\b|"
                      rf"\b(?i:{cue_alternation(cues['lasting_span_nouns'])})\s+"
                      r"(?:(?i:that|which)\s+)?$")


def dates_event(text: str, mention: PeriodMention) -> bool:
    """`after the late-October summit`, `the October 9 controls`, `after the 2023 drought`,
    `under an April 2020 agreement`: a month or year used as an adjective of an event dates the
    event, never what a figure covers (unless the figure is of the time the event lasted:
    `During the March and April lockdowns, shipments averaged 45,000 tons a month`); nor a
    period closing an event clause (`after Marsden Point stopped refining in April`)."""
    if mention.relation != "period":
        return False
    return (_event_after_date().match(text, mention.end) is not None and _THE_BEFORE_DATE.search(
        text, max(0, mention.start - 12), mention.start) is not None and
        _DURING_THE.search(text, max(0, mention.start - 30), mention.start) is None) or \
        _closes_event_clause(text, mention)


_EVENT_CLAUSE_REACH = 120
"""Characters before a period in which its event clause is looked for."""


def _closes_event_clause(text: str, mention: PeriodMention) -> bool:
    """`Diesel imports climbed $589 million, as refined fuels replaced crude after Marsden Point
    stopped refining in April`, `once provisional duties took effect in October`: a period right
    after an event verb with a subject of its own, in a clause opened by `after`, `before`,
    `once`, `until`, `as`, `because` or `when` with no figure in it, dates the event, never what
    a figure outside the clause covers (not `since`, which opens the figure's span; not a
    subjectless `after sinking to 300 kilograms in March`, the figure's own earlier period). Only
    a month or a shorter span: a year there still names the year the article is about (`when
    the ban was lifted in 2015, earnings slid to $79,000`)."""
    if mention.period is None or (length_in_months(mention.period) or 0) >= 12:
        return False  # (a year in an event clause still names the year the article is about)
    found = _event_clause_before().search(text, max(0, mention.start - _EVENT_CLAUSE_REACH),
                                          mention.start)
    # (not a year or season closing: `before the fiscal year closed in June`)
    return found is not None and _SPAN_SUBJECT.search(found.group()) is None


_SPAN_SUBJECT = re.compile(r"\b(?i:year|season|quarter|month|campaign|harvest)\b")
"""A time as an event clause's subject (`before the fiscal year closed in June`): no event."""


@cache
def _event_clause_before() -> re.Pattern[str]:
    """A clause opened by a conjunction of time or cause, its subject and an event verb
    (`event_clause_verbs`) and up to five more words, ending right before a period."""
    verbs = cue_alternation(period_cues()["event_clause_verbs"])
    word = r"(?![\d$€£¥])[\w.’'-]+"
    return re.compile(rf"\b(?i:after|before|once|until|till|as|because|when)\s+(?![a-z]+ing\b)"
                      rf"(?:{word}\s+){{1,6}}?(?i:{verbs})\b(?:\s+{word}){{0,5}}?\s*$")


_DURING_THE = re.compile(r"\b(?:during|throughout|over)\s+(?:the|its|their|an?)\s+"
                         r"(?:(?:early|mid|late)[\s-])?$", re.IGNORECASE)
"""Before an event's date: the figure covers the time the event lasted."""


def dates_aside(text: str, mention: PeriodMention) -> bool:
    """`Kenya ranked third with 86,000t after taking none in 2014 or 2015`, `China bought 13
    million tonnes, most of it in the fourth quarter`: the time of nothing traded, or of a part
    of the figure, never what the figure covers."""
    return _ASIDE_BEFORE.search(text, max(0, mention.start - 40), mention.start) is not None


_ASIDE_BEFORE = re.compile(r"\b(?:(?:after|before|having|with)\s+(?:[a-z]+ing\s+)?(?:none|nothing)"
                           r"(?:\s+at\s+all)?|(?:most|much|half|part|some|"
                           r"the\s+bulk)\s+of\s+(?:it|them|that|this|which))\s+"
                           r"(?:(?:in|during|over|for)\s+)?(?:the\s+)?"
                           r"(?:(?:in\s+)?\d{4}\s+(?:or|and|nor)\s+)?$", re.IGNORECASE)


@cache
def _event_after_date() -> re.Pattern[str]:
    nouns = cue_alternation(period_cues()["event_date_nouns"])
    # (one lower-case word may stand between: `its 2022 trade deal`, `the 2011 civil war`)
    return re.compile(rf"(?:\s+\d{{1,2}})?(?:\s+[a-z][a-z-]*)??\s+(?i:{nouns})\b")


_THE_BEFORE_DATE = re.compile(r"\b(?:the|its|their|an?)\s+(?:(?:early|mid|late)[\s-])?$",
                              re.IGNORECASE)
"""Around a date used as an adjective of an event (`the late-October summit`, `the October 9
controls`): when the event happened, not what a figure covers."""


_ENACTED = re.compile(r"\b(?:adopted|passed|imposed|approved|agreed|signed|introduced|enacted|"
                      r"voted)\s+(?:(?:on|in|last|this)\s+)?$", re.IGNORECASE)
_RULE_MADE = re.compile(r"\b(?:limit|cap|ceiling|ban|quota|embargo|sanctions?|resolution|rule|"
                        r"deal|agreement)\s+(?:(?:that|which)\s+)?(?:the\s+)?(?:[\w.-]+\s+){0,3}?"
                        r"(?:set|imposed|adopted|introduced|established|agreed|passed|signed)\s+"
                        r"(?:it\s+)?(?:(?:in|on|back\s+in)\s+)?$", re.IGNORECASE)
_RELEASED = re.compile(r"\b(?:released|published|issued|announced|posted|(?:(?:came|come|comes|"
                       r"coming|put|puts|is|are|was|were|be|been|broke|broken|breaks|run|runs|"
                       r"ran|running)\s+)out)\s+(?:on\s+|in\s+)?$", re.IGNORECASE)
"""Figures or a report coming out (`released on`, `came out in`), or an event (`the war broke out
last February`, `supplies would run out in October`); not goods going out (`shipped out in
December` is the shipments' month)."""
_EVENT_CLAUSE = re.compile(r"\s*(?i:before|after|until|till|once|when)\b[^,;]*,")
"""A sentence-opening clause that dates an event, not the flow after it."""
_EVENT_NOUN = (r"(?:war|invasion|invaded|conflict|sanctions|ban|embargo|blockade|crisis|pandemic|"
               r"outbreak|coup|takeover|tariffs|duties|curbs|closures?|lockdowns?|"
               r"(?i:covid)(?:-19)?)\b")
"""An event (or a measure) that splits time into before and after it: `the war`, `Russia
invaded`, `the tariffs`, `Tokyo's curbs`, `Covid`."""
_BEFORE_EVENT_NEAR = re.compile(r"(?<!\bthan\s)(?<!\bas\s)(?<!\bfrom\s)(?<!\bsince\s)"
                                r"(?<!\buntil\s)(?<!\btill\s)(?<!\bto\s)(?<!\blevels\s)"
                                r"(?<!\blevel\s)(?<!days\s)(?<!weeks\s)(?<!months\s)"
                                r"(?<!years\s)(?<!\bperiod\s)\b(?i:before|prior\s+to)\s+(?:[\w.’'-]+\s+){0,3}?"
                                + _EVENT_NOUN)
"""Inside a figure's clause: the time before an event (`which carried more than half of Russia's
ammonia exports before the war`); not a comparison's base (`than before the war`, `pre-war levels
before the war`), nor a span counted back from the event (`in the 13 months before the war`)."""
_BEFORE_EVENT_AFTER = re.compile(r"\s*(?i:before|prior\s+to)\s+(?:[\w.’'-]+\s+){0,3}?"
                                 + _EVENT_NOUN)
"""Right after an old level: the time before an event it was at (`against 16% before the
invasion`, `from 245,000 bpd before the civil conflict`)."""
_BEFORE_EVENT = re.compile(r"\s*(?i:before|prior\s+to)\s+(?:(?:[\w.’'-]+\s+){0,4}?" + _EVENT_NOUN +
                           r"|(?![a-z]+ing\b)[^,;.]*?(?:\b(?:19|20)\d\d\b|" + _MONTH_WORD.pattern +
                           r")[^,;.]*,)")
"""A sentence opening on the time before an event (`Before the war broke out last February,`,
`Before the Feb. 24 invasion the country ...`, `Before Vilnius halted the transit in February
2022,`); not a step of handling (`Before reaching India,`, `Before the tender closed,`)."""
_PER_YEAR = re.compile(r"(?<!\bin\s)(?<!\bof\s)(?<!\bfor\s)(?<!\bthan\s)(?<!\bover\s)"
                       r"(?<!\bwithin\s)(?<!\bafter\s)"
                       r"\b(?:each|every|a|per)\s+year\b(?![\s-]+(?:earlier|ago|before|later|"
                       r"after|on|over|prior|previously|long|old)\b)|\bannually\b|"
                       r"\bper\s+annum\b|(?<=\w)/y(?:ea)?r\b|\b(?:m|k)?tpa\b", re.IGNORECASE)
"""A yearly rate (`a year`, `annually`, `t/yr`, `mtpa`); not `a year earlier`, `a year ago`,
`year-on-year`, `a year-long ban`, `for the first time in a year`, `after a pause of a year`."""
_PER_YEAR_WORDS = ("year", "annually", "annum", "/yr", "tpa")
"""One of which every match of `_PER_YEAR` holds (`/year` holds `year`)."""


def _per_year(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] states a yearly rate (`_PER_YEAR`; a clause holding none of its
    words is not scanned)."""
    return may_hold(text, start, end, _PER_YEAR_WORDS) and \
        _PER_YEAR.search(text, start, end) is not None


_SHORT_RATE = re.compile(r"\b(?:a|per|each|every)\s+(?:day|week|month)\b|"
                         r"\b(?:daily|weekly|monthly)\b|(?<=\d)\s*(?:bpd|b/d|bcfd|bcf/d|scfd|mmscfd|mcm/d)\b|"
                         r"\b(?:bpd|b/d|bcfd|bcf/d|scfd|mmscfd|mcm/d)\b", re.IGNORECASE)
"""A rate per day, week or month (`a day`, `per month`, `monthly`, `bpd`)."""
_SHORT_RATE_WORDS = ("day", "week", "month", "bpd", "b/d", "bcf", "scfd", "mcm/d")


@cache
def _rate_verb() -> re.Pattern[str]:
    """A verb in the present simple right before a figure (`rate_verbs`: `pumps roughly `, `sends
    an average of `), up to the figure; not after `to`, a modal or an article (an infinitive or
    a noun: `to supply 80 million`, `the imports`)."""
    words = cue_alternation(period_cues()["rate_verbs"])
    return re.compile(rf"(?<![\w'’])(?<!\bto\s)(?<!\bthe\s)(?<!\bwill\s)(?<!\bwould\s)"
                      rf"(?<!\bcould\s)(?<!\bcan\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bshould\s)"
                      rf"(?<!\bmust\s)(?<!\bits\s)(?<!\btheir\s)"
                      rf"(?<!\bhad\s)(?<!\bhas\s)(?<!\bhave\s)"
                      rf"(?i:{words})\s+(?i:an\s+average\s+of\s+|on\s+average\s+)?"
                      rf"(?i:{hedge_pattern(True)})(?i:between\s+)?$")


def _before_event_in_clause(text: str, clause: tuple[int, int], quantity: tuple[int, int]) -> bool:
    """Whether the figure's clause, near the figure, places it before an event
    (`_BEFORE_EVENT_NEAR`: `about 60% before the war`, `worth $1.2 billion before the
    tariffs`)."""
    start, end = max(clause[0], quantity[0] - 80), min(clause[1], quantity[1] + 80)
    return may_hold(text, start, end, ("before", "prior")) and \
        _BEFORE_EVENT_NEAR.search(text, start, end) is not None


_JOINED_CLAUSE = re.compile(r"\s*(?i:and|while|but|whereas)\b")
"""The opening of a finite clause joined to the one before (`and`, `while`, `but`)."""
_OPENING_DATE_ADJUNCT = re.compile(
    r"\s*(?:(?i:in|during|throughout|over|for|since|by|as\s+of|last|this|so\s+far\s+in)\s"
    r"[^,;]{0,40},|(?i:according\s+to)\s[^,;]{0,80},|(?i:data|figures|statistics)\s+for\s)")
"""A sentence's opening phrase that dates all of it (`In April,`, `According to Kpler data for
April,`, `Data for March shows`)."""


def _dated_opening(text: str, floor: int, start: int, mentions: list[PeriodMention]) -> bool:
    """Whether the sentence from `floor` opens on a phrase that dates all of it
    (`_OPENING_DATE_ADJUNCT`) holding a period (`In 2023,`, `During the first quarter,`; not
    `According to Kpler data,`), before the figure at `start`."""
    found = _OPENING_DATE_ADJUNCT.match(text, floor)
    return found is not None and found.end() <= start and any(
        m.relation == "period" and found.start() <= m.start < found.end() for m in mentions)


_RELATIVE_END = re.compile(r"\b(?i:which|that|who)\s+(?:[a-z]+\s+)?$")
"""A relative pronoun right before a verb (`which accounts for`, `which now takes`)."""


def _relative_share_verb(text: str, floor: int, start: int) -> bool:
    """Whether the verb of a standing share at `start` opens a relative clause (`Africa, which
    accounts for 14 per cent of India's pharma exports, grew 4.9 per cent`): an aside of what
    holds now, which a sentence's opening date does not date."""
    verb = _standing_share_verb_before().search(text, max(floor, start - 40), start)
    return verb is not None and \
        _RELATIVE_END.search(text, max(floor, verb.start() - 30), verb.start()) is not None


_REFERS_BACK = re.compile(r"(?:\s+[a-z]+){0,2}?\s+of\s+(?:that|those|them|it|this|these)\b")
"""Right after a figure: `of that`, `of them`, a part of the figure another clause dated."""
_SEMICOLON_BEFORE = re.compile(r";\s*$")
"""A semicolon ending the stretch before a clause: the clause is a sentence of its own."""


def _separate_rate_clause(text: str, floor: int, clause_start: int, end: int) -> bool:
    """Whether the clause of a habitual rate ending at `end` is a finite clause of its own, set
    apart from the dated part of its sentence (from `floor`) by `;` or by `and`, `while` or `but`
    (`Peru exported 2 million tonnes in 2023; Chile ships about 200,000 tonnes a month`): not
    after a sentence-opening phrase that dates the whole sentence (`In April, India imports
    about 1.9 million bpd`, `In April, Nigeria's output fell, and the country pumps ...`), nor
    when it refers back to the dated figure (`India takes about 1.8 million bpd of that`)."""
    if _REFERS_BACK.match(text, end):
        return False
    if _SEMICOLON_BEFORE.search(text, floor, clause_start):
        return True
    return _JOINED_CLAUSE.match(text, clause_start) is not None and \
        _OPENING_DATE_ADJUNCT.match(text, floor) is None


_EVERY_SPAN = re.compile(r"\b(?:every|each)\s+(?:year|month|week|day)\b", re.IGNORECASE)
"""`every year`, `each month`: a habit, said of a flow in the present simple."""


def _habitual_every(text: str, clause: tuple[int, int], quantity: tuple[int, int]) -> bool:
    """Whether the figure at `quantity` is stated by a verb in the present simple right before it
    (`_rate_verb`) and its clause goes on to say `every year` or `each month` (`sends about
    80,000 tons of fruit across the river every year`, `buys more than 160 million euros' worth
    of nickel every month`): a habitual flow, however far the words stand from the figure."""
    return _EVERY_SPAN.search(text, quantity[1], clause[1]) is not None and \
        _rate_verb().search(text, max(clause[0], quantity[0] - 60), quantity[0]) is not None


_LOWER_BEFORE = re.compile(r"(?:,|\b[a-z]+)\s+$")
"""Right before a word: a comma or a lower-case word (`and imports`, `food exports`)."""


_ARTICLE_BEFORE = re.compile(r"\b(?i:an?)\s+(?:[a-z]+\s+)?$")
"""Right before a word: an article and at most one word (`a monthly average`, `an average`): the
word is a noun, no verb."""


PAST_VERB = re.compile(
    r"(?<![\w'’-])(?<!\b[Tt]he\s)(?<!\b[Aa]\s)(?<!\b[Aa]n\s)(?<!\b[Oo]f\s)(?<!\b[Ii]ts\s)"
    r"(?<!\b[Tt]heir\s)(?<!\b[Ii]n\s)(?<!\b[Ff]or\s)(?<!\b[Ww]ith\s)(?<!\b[Bb]y\s)"
    r"(?:(?!hundred\b)[a-z]{2,}[^e\W]ed|was|were|did|took|bought|sold|sent|made|came|rose|fell|grew|hit|"
    r"spent|brought|got|paid|won|lost|stood|went|saw|kept|held|overtook)\b")
"""A verb in the past tense (`exported`, `took`, `fell`); not an -ed word after an article, a
possessive or a preposition (`of refined cathodes`, `The refined copper`), nor `hundred`, nor
one in -eed (`need`, `exceed`; this also leaves out `agreed`)."""


def _present_flow(text: str, floor: int, start: int) -> bool:
    """Whether the figure at `start` is stated by a verb in the present simple right before it
    (`_rate_verb`: `Peru grows about`, `the island ships some`), not a gapped flow noun after a
    comma or a lower-case word (`and imports 1 billion euros`, `food imports US$5 million`), nor
    a noun after an article (`_ARTICLE_BEFORE`: `shipped a monthly average 5 million barrels`),
    nor in a clause whose verb before it is past (`PAST_VERB`)."""
    verb = _rate_verb().search(text, max(floor, start - 60), start)
    if verb is None or _ARTICLE_BEFORE.search(text, max(floor, verb.start() - 20),
                                              verb.start()) is not None or \
            PAST_VERB.search(text, floor, verb.start()) is not None:
        return False
    noun = text[verb.start():verb.start() + 8].lower() in ("imports ", "exports ")
    return not (noun and _LOWER_BEFORE.search(text, max(floor, verb.start() - 20),
                                              verb.start()) is not None)


def _habitual_rate(text: str, floor: int, quantity: tuple[int, int]) -> bool:
    """Whether the figure at `quantity` is a rate per day, week, month (`_SHORT_RATE`) or year
    (`_PER_YEAR`), in the figure or right after it, stated by a verb in the present simple right
    before it (`_rate_verb`): `Libya pumps 1.2 million barrels a day`, `Kenya normally imports
    between 4,000 and 7,000 used cars a month`, `..., and its farms harvest nearly 3 million
    tons a year`. A habitual flow, not the flow of a dated period."""
    start, end = quantity
    tail = min(len(text), end + 25)
    if not may_hold(text, start, tail, _SHORT_RATE_WORDS + _PER_YEAR_WORDS):
        return False
    rates = [m for m in (_SHORT_RATE.search(text, start, tail), _PER_YEAR.search(text, start, tail))
             if m is not None]
    rate = min(rates, key=lambda m: m.start()) if rates else None  # (the nearer one)
    if rate is None or (rate.start() >= end and re.search(r"[,;.]", text[end:rate.start()])):
        return False
    return _rate_verb().search(text, max(floor, start - 60), start) is not None


@cache
def _standing_participle() -> re.Pattern[str]:
    """The opening of a participle's aside right before a figure (`, taking `, `while supplying
    just `, `with France taking `; `standing_participles`), up to the figure."""
    words = cue_alternation(period_cues()["standing_participles"])
    return re.compile(rf"(?:,\s*|\b(?i:while)\s+|\b(?i:with)\s+(?:the\s+)?[A-Z][\w'’.-]*"
                      rf"(?:\s+[A-Z][\w'’.-]*){{0,2}}\s+)(?i:{words})\s+"
                      rf"(?i:{hedge_pattern(True)})$")


def _standing_aside(text: str, floor: int, start: int) -> bool:
    """Whether the figure at `start` opens a participle's aside after a main clause in the present
    simple (`The EU is the main market, receiving 78.5% of exports`, `The bloc absorbs 96%, with
    France taking 33.2%`): a standing share. A past main clause (`remained the main outlet,
    taking 70 percent`) holds no standing verb and keeps the period in force."""
    window = max(floor, start - 60)
    if not may_hold(text, window, start, ("ing",)):
        return False
    aside = _standing_participle().search(text, window, start)
    return aside is not None and _standing_verb().search(text, floor, aside.start()) is not None


@cache
def _standing_verb() -> re.Pattern[str]:
    """A share stated in the present simple (`accounts for`, `makes up`)."""
    words = cue_alternation(period_cues()["standing_share_verbs"])
    return re.compile(rf"(?i:\b(?:{words})\b)")


@cache
def _standing_share_verb_before() -> re.Pattern[str]:
    """A verb of `standing_share_verbs` (or `share_lead_verbs`) in the present simple right before
    a share, with at most hedge words between (`takes about `, `accounts for nearly `, `exports
    90 percent`), up to the figure; not after `to`, a modal, an article or a possessive (`to
    supply 30%`, `will take 40%`, `its share`)."""
    cues = period_cues()
    words = cue_alternation([*(w for w in cues["standing_share_verbs"] if w not in ("is", "are")),
                             *cues["share_lead_verbs"]])
    return re.compile(rf"(?<![\w'’])(?<!\bto\s)(?<!\bthe\s)(?<!\bwill\s)(?<!\bwould\s)"
                      rf"(?<!\bcould\s)(?<!\bcan\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bshould\s)"
                      rf"(?<!\bmust\s)(?<!\bits\s)(?<!\btheir\s)"
                      rf"(?i:{words})\s+(?i:{hedge_pattern(True)})$")


def _standing_share_before(text: str, floor: int, start: int) -> bool:
    """Whether the share at `start` is stated by a verb in the present simple right before it
    (`_standing_share_verb_before`: `China takes about 40 per cent`)."""
    return _standing_share_verb_before().search(text, max(floor, start - 40), start) is not None


@cache
def _standing_subject_verb() -> re.Pattern[str]:
    """After a share: `of` and the whole it is part of (a few words, no clause break, no relative
    pronoun: in `30% of the crude that passes through the strait went to China` the verb is the
    relative clause's, not the share's), then a verb of `standing_subject_verbs` (` of the crude
    heads to`, ` of its output is sold to`)."""
    words = cue_alternation(period_cues()["standing_subject_verbs"])
    return re.compile(rf"\s+(?i:of)\s+(?:(?!\b(?i:that|which|who)\b)[^,;:.()]){{1,60}}?"
                      rf"\s(?i:{words})\b")


def _standing_subject(text: str, end: int, stop: int) -> bool:
    """Whether the share ending at `end` is the subject of a verb in the present simple within
    its clause (`_standing_subject_verb`: `70 percent of the crude heads to Asia`)."""
    return _standing_subject_verb().match(text, end, min(stop, end + 90)) is not None


@cache
def _present_now() -> re.Pattern[str]:
    """`now` or `currently` right before a verb in the present simple (`standing_share_verbs`,
    `present_flow_verbs`): `Mongolia now supplies 40%`, `the country currently sells around
    200,000 bpd`. Not a forecast (`now expects`), not `until now`. So too an adverb of what
    still or habitually holds (`China still accounts for 98 percent`, `Kenya normally imports`)
    and a past habit (`Iran used to supply Syria with up to 100,000 barrels a day`): a standing
    figure, of no period in force."""
    cues = period_cues()
    words = cue_alternation([*cues["standing_share_verbs"], *cues["present_flow_verbs"]])
    return re.compile(rf"(?<!\buntil\s)(?<!\btill\s)(?<!\bup\sto\s)\b(?i:now|currently|still|"
                      rf"normally|usually|typically|generally|traditionally)\s+"
                      rf"(?:(?i:only|just|also|still|mostly|largely|already|roughly|about)\s+)?"
                      rf"(?i:{words})\b|\b(?i:used)\s+to\s+(?i:{words})\b")


def _states_now(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] (a clause up to a figure) says what holds now in the present
    simple (`_present_now`; a span holding neither `now` nor `currently` is not scanned)."""
    return may_hold(text, start, end, _NOW_WORDS) and \
        _present_now().search(text, start, end) is not None


_PAST_HABIT_AFTER = re.compile(r"((?:\s+(?:of\s+)?[\w'’$.-]+){0,5}?)\s+(?i:used)\s+to\s+[a-z]+")
"""After a figure: up to five words, then `used to` and a verb (`... tonnes a month that used to
leave`, `... cubic metres Russia used to provide`); the words between are group 1."""


@cache
def _past_habit_words(key: str) -> frozenset[str]:
    """The words of a `period_cues` list read by `_past_habit_after` (past_habit_gap_stops,
    past_habit_be_forms)."""
    return frozenset(period_cues()[key])


def _past_habit_after(text: str, clause: tuple[int, int], quantity: tuple[int, int],
                      mentions: list[PeriodMention]) -> bool:
    """Whether a relative clause right after the figure tells a past habit (`the roughly six
    million tonnes a year the country used to buy`): not after a form of `be` (`is used to
    feed`, a purpose) nor with only the figure's `of` phrases between (`tonnes of corn used to
    make`: no subject or `that`, a purpose too), nor past a word that makes it a comparison's
    or another clause's (`more than they used to`, `period_cues` past_habit_gap_stops), nor
    when a period follows the figure in its clause (`the 55 bcm it used to take in 2021`, `1.6
    million bpd in April that refiners used to cover`: the figure's own)."""
    found = _PAST_HABIT_AFTER.match(text, quantity[1], clause[1])
    if found is None or any(quantity[1] <= m.start < clause[1] for m in mentions):
        return False
    gap = found.group(1).lower().split()
    if len(gap) % 2 == 0 and all(word == "of" for word in gap[::2]):
        return False  # no subject or `that` between (`tonnes of corn used to make`, a purpose)
    return not (gap and gap[-1] in _past_habit_words("past_habit_be_forms")) and \
        not _past_habit_words("past_habit_gap_stops").intersection(gap)


_NOW_WORDS = ("now", "currently", "still", "normally", "usually", "typically", "generally",
              "traditionally", "used to")
"""The words `_present_now` opens on (a cheap pre-check)."""


def _owned_by_old_level(text: str, mention: PeriodMention, others: list[tuple[int, int]],
                        floor: int, quantity: tuple[int, int] | None = None) -> bool:
    """`from $7 million in 2012`: the year belongs to an old level, not to the sentence."""
    for span in others:
        if span[1] <= mention.start and ";" not in text[span[1]:mention.start] and (
                word_count(text, span[1], mention.start) <= 2
                or _SAME_SPAN_OF.fullmatch(text, span[1], mention.start)
                or _WHOLE_SPAN_OF.fullmatch(text, span[1], mention.start)) \
                and (base_level(text, span, floor) or "," not in text[span[1]:mention.start]
                     and not _POLICY_AFTER.search(text, span[1], mention.start)
                     and _told_after(text, span, [*others, *([quantity] if quantity else [])],
                                     floor)):
            return True  # (`2.8 million tons in the same months of 2015` too)
    return False


def _told_after(text: str, span: tuple[int, int], spans: list[tuple[int, int]], floor: int,
                depth: int = 0) -> bool:
    """Whether the figure at `span` is an earlier one told after the sentence's own figure
    (`_EARLIER_FIGURE`; the own figure is the nearest of `spans`, all the sentence's figures,
    before `after`) in the same unit family as it (`763 kilograms in July after just 96
    kilograms in June`, not `500,000 tonnes after a 25% tariff in 2023`), or one listed with
    such a figure (`after some 150,000 tonnes in the first quarter and 180,000 tonnes in the
    second`)."""
    after = _EARLIER_FIGURE.search(text, max(floor, span[0] - _EARLIER_REACH), span[0])
    if after is not None:
        main = max((other for other in spans if other[1] <= after.start()
                    and other[1] >= floor), key=lambda other: other[1], default=None)
        return main is None or _unit_family(text, main) == _unit_family(text, span)
    listed = _LISTED_AFTER.search(text, max(floor, span[0] - _EARLIER_REACH), span[0])
    if listed is None or depth > 3:
        return False
    previous = max((other for other in spans if floor <= other[0] and other[1] <= listed.start()
                    and ";" not in text[other[1]:listed.start()]
                    and listed.start() - other[1] <= _LISTED_REACH),
                   key=lambda other: other[1], default=None)
    return previous is not None and _unit_family(text, previous) == _unit_family(text, span) \
        and _told_after(text, previous, spans, floor, depth + 1)


def _unit_family(text: str, span: tuple[int, int]) -> str:
    """A figure's unit family: a percentage, money or an amount of goods, as the quantity layer
    reads the figure's own span (asked only of figures told after `after` and those listed with
    them)."""
    read = extract_quantities(text[span[0]:span[1]])
    unit = read[0].unit.partition("/")[0] if read else ""
    if unit in ("percent", "percentage_point"):
        return "percent"
    return "money" if is_currency(unit) else "goods"


_POLICY_AFTER = re.compile(r"\b(?i:tariffs?|dut(?:y|ies)|prices?|fees?|cuts?|tax(?:es)?|levy|"
                           r"levies)\b")
"""Between an earlier figure told after and the period after it: a policy or price noun (`after
a 25% tariff in 2023`, `after a 20% price rise in 2023`, `after $200 million in fees in 2023`),
which makes the figure no trade figure and leaves the period the sentence's."""
_LISTED_AFTER = re.compile(r"\band\s+" + hedge_pattern(True) + "$", re.IGNORECASE)
"""Right before a figure listed with an earlier one (`after some 150,000 tonnes in the first
quarter and 180,000 tonnes in the second`)."""
_LISTED_REACH = 60
"""Characters between a listed figure's `and` and the figure listed before it."""


_EARLIER_FIGURE = re.compile(r"(?<![Ss]oon )(?<![Ss]hortly )(?<![Jj]ust )\bafter\s+(?:(?:just|"
                             r"only|a|an|a\s+mere|some|about|around|roughly|nearly|almost)\s+)?$")
"""Right before a figure an earlier one is told after (`763 kilograms in July after just 96
kilograms in June`, `jumped 18.5 percent after an 8.6 percent rise in May`): the period right
after that figure is its own, not the sentence's."""
_EARLIER_REACH = 20
"""Characters before a figure that `_EARLIER_FIGURE` reads."""


_SAME_SPAN_OF = re.compile(r"\s+(?:(?:shipped|exported|imported|sold|bought|delivered|"
                           r"recorded)\s+)?(?:in|over|during|for)\s+the\s+same\s+"
                           r"(?:[\w-]+\s+){1,3}?",
                           re.IGNORECASE)


_MULTIPLE = re.compile(r"(?i:\b(?:times|double|twice|triple|treble|quadruple|\w+fold)$)")
"""A multiple written as a comparison (`three times`, `double`), not a verb (`tripled`)."""
_OF_BASE_AFTER = re.compile(r"\s+(?:(?i:the|their|its|that|those|what)\b|[A-Z][\w.-]*(?:\s+[A-Z]"
                            r"[\w-]*)?['’]s?\s)")
"""After a multiple: the noun phrase of the base it multiplies."""
_WHOLE_SPAN_OF = re.compile(r"\s+(?:for|in|over|during|across)\s+(?:the\s+)?(?:whole|full|"
                            r"entire)\s+(?:of\s+)?|\s+for\s+all\s+of\s+", re.IGNORECASE)
"""`against US$766.6 million for the whole of 2022`: the old level's whole year."""


def _next_to_other(text: str, mention: PeriodMention, others: list[tuple[int, int]]) -> bool:
    """True when another quantity sits within two words of the mention, with no clause break."""
    for s, e in others:
        gap = (e, mention.start) if mention.start >= e else (mention.end, s)
        if gap[0] <= gap[1] and word_count(text, *gap) <= 2 and not re.search(r"[,;:]", text[
                gap[0]:gap[1]]):
            return True
    return False


_DAY_FIRST = re.compile(r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>[A-Za-z]+)\.?"
                        r"(?:,?\s+(?P<year>\d{4}))?$")
_RANGE_OPEN = re.compile(r"\b(?:between|from)\s+(?:the\s+)?$", re.IGNORECASE)
_FROM = re.compile(r"(?i:from)\b")
"""The `from` opening a day range (`from 1 October to 4 January`), part of the range."""
_RANGE_JOIN = re.compile(r"\s+(?:and|to|until|till|through)\s+(?:the\s+)?$|\s*[-–]\s*$",
                         re.IGNORECASE)


def _day_first(surface: str) -> tuple[int, int, int | None] | None:
    match = _DAY_FIRST.match(surface.strip())
    if match is None or match["month"].lower() not in MONTHS:
        return None
    return int(match["day"]), MONTHS[match["month"].lower()], (
        int(match["year"]) if match["year"] else None)


def _range_of(low: tuple[int, int, int | None], high: tuple[int, int, int | None],
              reference: date) -> Period | None:
    end_year = high[2] or low[2] or reference.year
    try:
        start = date(low[2] or end_year, low[1], low[0])
        end = date(end_year, high[1], high[0])
        if start > end and low[2] is None:  # `between 20 December and 10 January 2024`
            start = date(end_year - 1, low[1], low[0])
    except ValueError:
        return None
    return Period(start, end) if start <= end else None


@cache
def _to_day_join() -> re.Pattern[str]:
    """Between `this year` and a day that closes it (`this year up to August 18`, `this year
    through May 9`; period_cues `year_to_day_joins`); not `as of`, which the gold sets read
    either way (to the day, or the whole year of a running total set against a yearly cap)."""
    joins = cue_alternation(period_cues()["year_to_day_joins"])
    return re.compile(rf"(?i:{joins})\s+")


_MONTH_DAY = re.compile(r"(?P<month>[A-Za-z]+)\.?\s+(?P<day>\d{1,2})$")


@cache
def _written_year_not_in_force() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a base word right before a written year, a clause opener at its clause's head), from
    period_cues.json `written_year_base_words` and `written_year_clause_openers`."""
    cues = period_cues()
    bases = cue_alternation(cues["written_year_base_words"])
    openers = cue_alternation(cues["written_year_clause_openers"])
    return (re.compile(rf"(?<![\w.])(?i:{bases})\s+(?:(?i:in|the)\s+)?$"),
            re.compile(rf"(?:^|[,;:(]|\s[-–])\s*(?i:{openers})\b(?:[^,;:()]|(?<=\d),(?=\d))*$"))


def _year_in_force(text: str, mention: PeriodMention) -> bool:
    """Whether a period with its year written dates what its sentence says next: not a base
    (`compared with 2024`) nor in a clause of its own (`, which fell ... in January 2024,`)."""
    base, clause = _written_year_not_in_force()
    return base.search(text, max(0, mention.start - 24), mention.start) is None and \
        clause.search(text, 0, mention.start) is None


def months_of_written_year(text: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    """`Russia's share slid from 6.4 percent in February 2022 to 3.8 percent in September`: a
    month named without a year after a period whose year its sentence writes, and read from
    publication in that same year, keeps that year: like a month just past (`recent`, the flag
    `resolve` reads), the year in force does not take it back (not a year written only as a
    base, `compared with 2024`, nor in a clause of its own, `which fell ... in January 2024,
    had peaked ... in September`: `_year_in_force`)."""
    written: PeriodMention | None = None
    result: list[PeriodMention] = []
    for mention in mentions:
        period = mention.period
        if mention.relation != "period" or period is None:
            result.append(mention)
            continue
        if YEAR_WRITTEN.search(mention.surface):
            written = mention if _year_in_force(text, mention) else None
        elif written is not None and written.period is not None and \
                period.start.year == period.end.year and \
                period.start.year in (written.period.start.year, written.period.end.year) and \
                not mention.anchored and not _RELATIVE_WORDS.search(mention.surface):
            mention = replace(mention, recent=True)
        result.append(mention)
    return result


@cache
def _to_end_before() -> re.Pattern[str]:
    """Right before a month, quarter or half whose close a running total is counted to (`by
    end-April`, `by the end of the third quarter`): the year so far, January to that close (not
    `until the end of the second quarter`, which a plan runs to from now; period_cues.json
    `year_so_far_end_joins`)."""
    joins = cue_alternation(period_cues()["year_so_far_end_joins"])
    return re.compile(rf"\b(?i:{joins})\s+(?i:the\s+)?(?i:end)[\s-]+(?:(?i:of)\s+)?$")


@cache
def _at_end_before() -> re.Pattern[str]:
    """Right before a month, quarter or half: `at the end of`, `at end-` (a total's close only
    with a verb of a running total in its clause, `_running_total_verb`)."""
    return re.compile(r"\b(?i:at)\s+(?i:the\s+)?(?i:end)[\s-]+(?:(?i:of)\s+)?$")


@cache
def _running_total_verb() -> re.Pattern[str]:
    """A verb of a running total (period_cues.json `year_so_far_end_at_verbs`)."""
    verbs = cue_alternation(period_cues()["year_so_far_end_at_verbs"])
    return re.compile(rf"\b(?i:{verbs})\b")


@cache
def _running_total_subject() -> re.Pattern[str]:
    """A flow noun a running total's verb has as subject (`year_so_far_end_at_subjects`)."""
    nouns = cue_alternation(period_cues()["year_so_far_end_at_subjects"])
    return re.compile(rf"\b(?i:{nouns})\b")


@cache
def _running_total_stop() -> re.Pattern[str]:
    """A comma, semicolon or word opening another clause (`year_so_far_end_at_stops`)."""
    words = cue_alternation(period_cues()["year_so_far_end_at_stops"])
    return re.compile(rf"[,;:]|\b(?i:{words})\b")


@cache
def _span_at_end() -> re.Pattern[str]:
    """`in the week at the end of May`: a span of days right before the cue
    (`year_so_far_end_at_spans`)."""
    words = cue_alternation(period_cues()["year_so_far_end_at_spans"])
    return re.compile(rf"\b(?i:{words})\s+$")


def _flow_verb_figure(text: str, low: int, high: int, *, to_high: bool) -> bool:
    """A flow noun, after it a verb of a running total, after that a figure, all in
    text[low:high]; with `to_high`, nothing opening another clause from the verb to `high`."""
    subject = _running_total_subject().search(text, low, high)
    if subject is None:
        return False
    for verb in _running_total_verb().finditer(text, subject.end(), high):
        rest = text[verb.end():high]
        if not re.search(r"\d", rest):
            continue
        if to_high and _running_total_stop().search(rest):
            continue
        return True
    return False


def _total_at_end(text: str, start: int) -> re.Match[str] | None:
    """`stood at 53.5 billion dirhams at the end of September`, `At the end of April, sales had
    reached $2 billion`: `at the end of` before `start`, after a flow noun, a verb of a running
    total and its figure in the same clause, or opening a sentence whose clause after it has
    them; not `in the week at the end of May`, `reached Freedonia at the end of May`, `prices
    rose at the end of March, when`."""
    cue = _at_end_before().search(text, max(0, start - 24), start)
    if cue is None or _span_at_end().search(text, max(0, cue.start() - 16), cue.start()):
        return None
    stop = text.rfind(". ", 0, cue.start())
    low = max(text.rfind(";", 0, cue.start()) + 1, stop + 2 if stop >= 0 else 0)
    if _flow_verb_figure(text, low, cue.start(), to_high=True):
        return cue
    if text[low:cue.start()].strip():
        return None
    ends = [k for k in (text.find(";", start), text.find(". ", start)) if k >= 0]
    return cue if _flow_verb_figure(text, start, min(ends + [len(text)]), to_high=False) \
        else None


def year_so_far_to_end(text: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    """`exports jumped 23.1% by end-April`, `shipments reached 112,000 tons by the end of the
    third quarter`, `exports stood at 53.5 billion dirhams at the end of September`: a part of a
    calendar year whose end a total is counted to is the year so far, from January to that
    part's last month (as `by the end of November`, which normalize/periods.py reads so)."""
    result: list[PeriodMention] = []
    for mention in mentions:
        period = mention.period
        start = mention.start + (3 if mention.surface.lower().startswith("of ") else 0)
        cue = None if period is None or mention.relation != "period" else \
            _to_end_before().search(text, max(0, start - 24), start) or \
            _total_at_end(text, start)
        if cue is None or period is None or period.start.year != period.end.year or \
                period.start.month == 1 or period.start.day != 1 or \
                _RELATIVE_WORDS.search(mention.surface):
            result.append(mention)
            continue
        result.append(replace(mention, start=cue.start(),
                              surface=text[cue.start():mention.end],
                              period=Period(date(period.start.year, 1, 1), period.end)))
        # (`replace`: the mention keeps its `anchored` and `recent` marks)
    return result


@cache
def _year_so_far_opening() -> re.Pattern[str]:
    words = cue_alternation(period_cues()["year_so_far_openers"])
    return re.compile(rf"\b(?i:{words})\s+$")


_YEAR_TO_MONTH = re.compile(r"(?i:(?:the\s+)?year\s+(?:to|through)\s+(?:the\s+end\s+of\s+)?)")


def year_so_far_not_trailing(text: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    """`this year through the end of April`, `from the start of the year to the end of April`:
    a trailing twelve months read after words that open the year so far (`year_so_far_openers`
    of period_cues.json) is January to that month, not the twelve months to it (`the fiscal
    year to the end of March`, `the year to the end of June` still trail)."""
    result: list[PeriodMention] = []
    for mention in mentions:
        period = mention.period
        if period is None or mention.relation != "period" or \
                length_in_months(period) != 12 or period.end.month == 12 or \
                not _YEAR_TO_MONTH.match(mention.surface) or \
                not _year_so_far_opening().search(text, max(0, mention.start - 24), mention.start):
            result.append(mention)
            continue
        result.append(replace(mention, period=Period(date(period.end.year, 1, 1), period.end)))
    return result


@cache
def _fiscal_part_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str],
                                     re.Pattern[str]]:
    """(part opening, `of` gap, fiscal word in the year's own surface, fiscal noun after it),
    from period_cues.json `fiscal_part_*` and `fiscal_nouns`."""
    cues = period_cues()
    nouns = cues["fiscal_nouns"]
    years = [noun for noun in nouns if noun.lower().endswith(" year")]
    words = {*nouns, *(noun.split()[0] for noun in years)}
    openings = cue_alternation(cues["fiscal_part_openings"])
    owners = cue_alternation(cues["fiscal_part_owners"])
    marks = cue_alternation(cues["fiscal_part_marks"])
    return (re.compile(rf"(?i:(?:the\s+)?(?:{openings})\b)"),
            re.compile(rf"\s+(?i:of)\s+(?i:{owners})\s+(?:(?i:{marks})\s+)?"),
            re.compile(rf"\b(?i:{cue_alternation(words)})\b"),
            re.compile(rf"\s+(?i:{cue_alternation(years)})\b"))


def parts_of_named_fiscal(text: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    """`over the first three quarters of the current April-March fiscal year`, `in the first
    nine months of its July-June financial year`: a half, quarters or first months read as
    calendar ones, right before the fiscal year they are part of, are that part counted from
    the fiscal year's first month (as `the first half of fiscal 2023-24`)."""
    result: list[PeriodMention] = []
    for mention in mentions:
        part = result[-1] if result else None
        if part is None or part.period is None or mention.period is None or \
                not _part_of_fiscal(text, part, mention):
            result.append(mention)
            continue
        length = length_in_months(part.period) or 0
        opening = mention.period.start
        index = opening.year * 12 + opening.month - 1 + part.period.start.month - 1
        first_year, first_month = divmod(index, 12)
        last_year, last_month = divmod(index + length - 1, 12)
        result[-1] = replace(part, end=mention.end, surface=text[part.start:mention.end],
                             period=months(first_year, first_month + 1, last_year,
                                           last_month + 1))
    return result


def _part_of_fiscal(text: str, part: PeriodMention, fiscal: PeriodMention) -> bool:
    """Whether `part` is a part of a calendar year (not a whole one) named right before `of`
    the fiscal year `fiscal` (twelve months not opening in January)."""
    assert part.period is not None and fiscal.period is not None
    length = length_in_months(part.period)
    if part.relation != "period" or fiscal.relation != "period" or length is None or \
            length >= 12 or part.period.start.year != part.period.end.year or \
            not _fiscal_part_patterns()[0].match(part.surface) or \
            length_in_months(fiscal.period) != 12 or fiscal.period.start.month == 1:
        return False
    _, gap, word, noun_after = _fiscal_part_patterns()
    return gap.fullmatch(text, part.end, fiscal.start) is not None and (
        word.search(fiscal.surface) is not None or noun_after.match(text, fiscal.end) is not None)


def year_to_day(text: str, mentions: list[PeriodMention],
                future: bool = False) -> list[PeriodMention]:
    """`averaged 270,000 b/d this year up to August 18`, `this year through May 9`: the year
    named and the day right after it that closes it are one span, from the year's first day to
    that day (a bare `as of June 13` dates nothing); so is the day first, when `this year` right
    after it says whose running count it closes (`Through May 9 this year`, `As of June 13 this
    year`), though not for a plan or cap (when `future`: `will buy ... until December 31 this
    year` runs from now)."""
    def join(first: PeriodMention, second: PeriodMention) -> list[PeriodMention] | None:
        closing = _closing_day(text, first, second)
        if closing is not None:
            return [PeriodMention(first.start, second.end, text[first.start:second.end],
                                  "period", Period(first.period.start, closing)
                                  if first.period else None)]
        return None if future else _day_then_year(text, first, second)
    return merge_pairs(mentions, join)


_SEASON_DAY_JOIN = re.compile(r"[^,;()]*?,?\s+(?i:as\s+of|by|up\s+to|through|until|till)\s+$")
"""Between a split season and the day its running count was taken on, in one clause (`the
2025/26 July-June season as of Aug. 12`, `in the 2025/26 season climbed to 3 million tonnes
as of Aug. 12`)."""
_SO_FAR_INTO_SEASON = re.compile(r"(?i:\bso\s+far\s+(?:in|during|this|for)\b)")
"""`so far` right before a season (`61,000 tonnes so far in the November-October year`)."""
_SO_FAR_AFTER = re.compile(r"(?:(?!\b(?i:and|but)\s+(?i:has|have|had|is|are|was|were|so)\b|"
                           r"\b(?i:while|whereas)\b)[^,;()\d])*(?:\d[\d.,/]*(?:(?!\b(?i:and|but)"
                           r"\s+(?i:has|have|had|is|are|was|were|so)\b|\b(?i:while|whereas)\b)"
                           r"[^,;()\d])*)?\b(?i:so\s+far)\b")
"""`so far` closing the clause of a season before it (`2023/24 sugar exports at 2.5 million
tonnes so far`): within 60 characters, past no clause break (`and has`, `while`) and no more
than one figure (`... in the 2023/24 season and has bought 4 million tonnes so far this
season`: the later clause's own)."""


def _split_season(period: Period | None) -> bool:
    """Whether a period is one twelve-month season that does not open in January (`2024/25
    July-June`, `the September-August year`): a marketing, crop or fiscal year."""
    return period is not None and period.start.day == 1 and period.start.month != 1 and \
        period.end.year == period.start.year + 1 and \
        period.end.month == period.start.month - 1 and \
        period.end == last_day(period.end.year, period.end.month)


def season_to_date(text: str, mentions: list[PeriodMention],
                   reference: date | None) -> list[PeriodMention]:
    """A split season counted only part of the way: up to the end of the month of the day right
    after it (`3.1 million tonnes in the 2025/26 July-June season as of Aug. 12`: July to
    August 2025), or, after `so far` (`61,000 tonnes so far in the November-October year`),
    up to the end of the publication month (the season under way, not the last one ended);
    only when that month lies inside the season."""
    out: list[PeriodMention] = []
    for index, mention in enumerate(mentions):
        season = mention.period
        if mention.relation != "period" or season is None or not _split_season(season):
            out.append(mention)
            continue
        closing: date | None = None
        after = mentions[index + 1] if index + 1 < len(mentions) else None
        if after is not None and after.relation == "date" and _SEASON_DAY_JOIN.fullmatch(
                text[mention.end:after.start]) and (
                    day := _MONTH_DAY.match(after.surface.strip())) is not None and \
                day["month"].lower() in MONTHS:
            number = MONTHS[day["month"].lower()]
            closing = next((last_day(y, number) for y in (season.start.year, season.end.year)
                            if season.start <= last_day(y, number) <= season.end), None)
        elif reference is not None and (_SO_FAR_INTO_SEASON.search(
                text, max(0, mention.start - 20), mention.start) or _SO_FAR_AFTER.match(
                    text, mention.end, min(len(text), mention.end + 60))):
            # (a season whose years are written is that season: `the 2023/24 July-June season`)
            if season.end < reference <= shift_years(season, 1).end and \
                    re.search(r"\d", mention.surface) is None:
                season = shift_years(season, 1)  # (the latest season read whole is the last one)
            if season.start <= reference <= season.end:
                closing = last_day(reference.year, reference.month)
        out.append(mention if closing is None else replace(
            mention, period=Period(season.start, closing)))
    return out


@cache
def _day_then_year_opening() -> re.Pattern[str]:
    """What opens a day closing the running count of the `this year` right after it (period_cues
    `year_to_day_joins` and `day_then_year_openers`), at the end of the text before the day."""
    joins = cue_alternation([*period_cues()["year_to_day_joins"],
                             *period_cues()["day_then_year_openers"]])
    return re.compile(rf"\b(?i:{joins})\s+$")


def _day_then_year(text: str, first: PeriodMention,
                   second: PeriodMention) -> list[PeriodMention] | None:
    """`Through May 9 this year`, `as of June 13 this year`: a day opened by a join (`through`,
    `up to`, `as of`) and followed at once by the whole calendar year `this year` names is that
    year's first day to the day, one span; None for any other pair."""
    year_ = second.period
    if second.relation != "period" or year_ is None or \
            (year_.start.month, year_.start.day, year_.end.month, year_.end.day) != (
                1, 1, 12, 31) or second.surface.strip().lower() != "this year" or \
            not re.fullmatch(r"\s*,?\s*", text[first.end:second.start]):
        return None
    if first.relation == "date":
        opening = _day_then_year_opening().search(text, max(0, first.start - 12), first.start)
        surface = first.surface.strip()
    elif first.relation == "period" and (join := _to_day_join().match(first.surface)):
        opening, surface = join, first.surface[join.end():].strip()
    else:
        return None
    day = _MONTH_DAY.match(surface)
    if opening is None or day is None or day["month"].lower() not in MONTHS:
        return None
    month_ = MONTHS[day["month"].lower()]
    if not 1 <= int(day["day"]) <= last_day(year_.start.year, month_).day or \
            (month_, int(day["day"])) == (1, 1):
        # (`As of January 1 this year, X has shipped`: a start, no span of one day)
        return None
    start = opening.start() if first.relation == "date" else first.start
    return [PeriodMention(start, second.end, text[start:second.end], "period",
                          Period(year_.start, date(year_.start.year, month_, int(day["day"]))))]


def part_before_year(text: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    """`First-quarter arrivals this year`, `second-half sales last year`: a quarter or a half
    written as an adjective, then a few words of what it counts and `this year` or `last year`,
    is that part of that year, one span (not the whole year the later phrase names)."""
    def join(first: PeriodMention, second: PeriodMention) -> list[PeriodMention] | None:
        part, year_ = first.period, second.period
        if part is None or year_ is None or first.relation != "period" or \
                second.relation != "period" or not _part_adjective().fullmatch(first.surface) or \
                not _relative_year().fullmatch(second.surface.strip()) or \
                length_in_months(year_) != 12 or (year_.start.month, year_.start.day) != (1, 1) \
                or part.start.year != part.end.year or \
                not _NOUNS_BETWEEN.fullmatch(text, first.end, second.start):
            return None
        return [replace(first, end=second.end, surface=text[first.start:second.end],
                        period=shift_years(part, year_.start.year - part.start.year))]
    return merge_pairs(mentions, join)


@cache
def _part_adjective() -> re.Pattern[str]:
    """A quarter or a half written as an adjective (period_cues `part_adjectives`:
    `first-quarter`, `second-half`)."""
    return re.compile(rf"(?i:{cue_alternation(period_cues()['part_adjectives'])})")


@cache
def _relative_year() -> re.Pattern[str]:
    """The year a part adjective is of (period_cues `part_adjective_years`: `this year`)."""
    return re.compile(rf"(?i:{cue_alternation(period_cues()['part_adjective_years'])})")


_NOUNS_BETWEEN = re.compile(r"(?:\s+[a-z][\w-]*){1,3}\s+")
"""One to three lower-case words and nothing else (no comma, no figure)."""


def merge_pairs(mentions: list[PeriodMention],
                join: Callable[[PeriodMention, PeriodMention], list[PeriodMention] | None]
                ) -> list[PeriodMention]:
    """Each mention and the one after it, left to right: what `join` makes of the pair (its
    mentions, both then consumed) or, when it makes nothing, the first alone (the second is
    then tried with its own next)."""
    merged: list[PeriodMention] = []
    index = 0
    while index < len(mentions):
        joined = join(mentions[index], mentions[index + 1]) if index + 1 < len(mentions) else None
        if joined is not None:
            merged.extend(joined)
            index += 2
            continue
        merged.append(mentions[index])
        index += 1
    return merged


def _closing_day(text: str, first: PeriodMention, second: PeriodMention) -> date | None:
    """The day `second` names when it closes the whole calendar year `first` is (`this year up
    to June 13`, a date after the join; `this year through May 9`, a span to the day that
    holds the join), else None."""
    period = first.period
    if first.relation != "period" or period is None or \
            (period.start.month, period.start.day, period.end.month, period.end.day) != (
                1, 1, 12, 31) or period.start.year != period.end.year or \
            not first.surface.lower().endswith("this year"):
        return None
    between = text[first.end:second.start]
    join = _to_day_join()
    if second.relation == "date":
        gap = re.match(r"\s*,?\s+", between)
        if gap is None or not join.fullmatch(between, gap.end()):
            return None
        surface = second.surface.strip()
    elif second.relation == "period" and second.period is not None and \
            re.fullmatch(r"\s*,?\s+", between) and (opening := join.match(second.surface)):
        surface = second.surface[opening.end():].strip()
    else:
        return None
    day = _MONTH_DAY.match(surface)
    if day is None or day["month"].lower() not in MONTHS:
        return None
    month_ = MONTHS[day["month"].lower()]
    if not 1 <= int(day["day"]) <= last_day(period.start.year, month_).day:
        return None
    return date(period.start.year, month_, int(day["day"]))


def day_first_ranges(text: str, mentions: list[PeriodMention],
                     reference: date) -> list[PeriodMention]:
    """`between 7 March and 5 November 2024`: two day-first dates joined as a range are the
    days between them (the conventions' `between Feb. 24 and May 26`), not two bare dates. A
    range opened by `from` holds that word, as a month-first one does (`from 1 October to 4
    January`: a `from` outside it would read as a comparison base)."""
    merged: list[PeriodMention] = []
    index = 0
    while index < len(mentions):
        first = mentions[index]
        second = mentions[index + 1] if index + 1 < len(mentions) else None
        opener = _RANGE_OPEN.search(text, max(0, first.start - 12), first.start)
        if second is not None and first.relation == second.relation == "date" and \
                opener is not None and _RANGE_JOIN.fullmatch(text[first.end:second.start]):
            low, high = _day_first(first.surface), _day_first(second.surface)
            period = _range_of(low, high, reference) if low and high else None
            if period is not None:
                begin = opener.start() if _FROM.match(opener.group()) else first.start
                merged.append(PeriodMention(begin, second.end, text[begin:second.end], "period",
                                            period))
                index += 2
                continue
        merged.append(first)
        index += 1
    return merged


@cache
def _leading_preposition() -> re.Pattern[str]:
    """A preposition a period's surface may open with (`in March`, `of May`; period_cues
    `range_period_prepositions`)."""
    return re.compile(rf"(?i:(?:{cue_alternation(period_cues()['range_period_prepositions'])})\s+)")


@cache
def _range_to_close_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(the opening before the first period, the close between the two, the close a second
    period's surface may open with), from period_cues `range_open_joins`, `range_open_nouns`,
    `range_period_prepositions`, `range_close_asides`, `range_close_joins`, `range_close_nouns`."""
    cues = period_cues()
    word = r"[^\W\d_][\w'’-]*\s+"  # (a word, not a figure: `from 500 tonnes at the start of`)
    prepositions = cue_alternation(cues["range_period_prepositions"])
    opening = (rf"\b(?i:{cue_alternation(cues['range_open_joins'])})\s+(?:(?i:the\s+)?"
               rf"(?:{word}){{0,3}}?(?i:{cue_alternation(cues['range_open_nouns'])})\s+"
               rf"(?:(?i:of)\s+(?:{word}){{1,4}}?)?(?i:{prepositions})\s+)?$")
    lead = (rf"(?i:{cue_alternation(cues['range_close_joins'])})\s+(?i:the)\s+"
            rf"(?i:{cue_alternation(cues['range_close_nouns'])})\s+(?i:of)\s+")
    close = (rf"\s*(?P<aside>,\s*(?i:{cue_alternation(cues['range_close_asides'])})\b"
             rf"[^,;.()]{{1,60}},)?\s+{lead}")
    return re.compile(opening), re.compile(close), re.compile(lead)


def _bare(mention: PeriodMention) -> tuple[str, int]:
    """A period's surface without a leading `in`/`of`, and where that bare surface starts."""
    lead = _leading_preposition().match(mention.surface)
    cut = lead.end() if lead else 0
    return mention.surface[cut:], mention.start + cut


def _range_to_close(text: str, first: PeriodMention,
                    second: PeriodMention) -> tuple[Period, bool] | None:
    """The span from `first` to the close of `second` when the text joins them so (see
    `ranges_to_close`), and whether an aside between them holds a figure of its own; else
    None."""
    if first.relation != "period" or second.relation != "period" or first.period is None or \
            second.period is None or first.period.start > second.period.end:
        return None
    opening, close, lead = _range_to_close_patterns()
    _, first_at = _bare(first)
    _, second_at = _bare(second)
    # (a close the second period's surface took in: `through the end of May`)
    swallowed = lead.match(second.surface)
    if swallowed is not None:
        second_at = second.start + swallowed.end()
    if opening.search(text, max(0, first_at - 80), first_at) is None:
        return None
    joined = close.fullmatch(text, first.end, second_at)
    if joined is None:
        return None
    aside = joined.group("aside")
    return Period(first.period.start, second.period.end), aside is not None and \
        re.search(r"\d", aside) is not None


def ranges_to_close(text: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    """`between the start of the season in August and the end of October`, `from the
    campaign's opening in October 2022 through the end of April 2023`, `between last September,
    when the trade began, and the end of January`: a period opening a span and the period whose
    close ends it are one span (period_cues `range_open_nouns`, `range_close_joins`,
    `range_close_nouns`), not the opening period alone."""
    def join(first: PeriodMention, second: PeriodMention) -> list[PeriodMention] | None:
        joined = _range_to_close(text, first, second)
        if joined is None:
            return None
        period, counted = joined
        if counted:
            # (a figure in the aside is of the opening period alone: `between last
            # September, when Ukraine shipped 5 million tonnes, and the end of January`)
            return [first, PeriodMention(second.start, second.end, second.surface, "period",
                                         period)]
        return [PeriodMention(first.start, second.end, text[first.start:second.end], "period",
                              period)]
    return merge_pairs(mentions, join)


_MONTHS_RANGE = re.compile(rf"(?i:{MONTH_PATTERN})\s*[-–]\s*(?i:{MONTH_PATTERN})")
_SPLIT_YEAR = re.compile(r"\d{4}\s*[/–-]\s*\d{2,4}")


@cache
def _months_of_split_gap() -> re.Pattern[str]:
    """Between a months range and the split year it is part of (period_cues
    `months_of_split_nouns`, `fiscal_part_owners`, `fiscal_part_marks`)."""
    cues = period_cues()
    return re.compile(rf"\s+(?:(?i:{cue_alternation(cues['months_of_split_nouns'])})\s+)?"
                      rf"(?i:of)\s+(?:(?i:{cue_alternation(cues['fiscal_part_owners'])})\s+)?"
                      rf"(?:(?i:{cue_alternation(cues['fiscal_part_marks'])})\s+)?")


def _first_month_in(year_: Period, first_month: int) -> tuple[int, int] | None:
    """(year, month) of `first_month` inside a fiscal year (twelve months) or a split year read
    as two calendar years (July-December in the first, January-March in the second; April-June
    are either, so unknown: period_cues `split_year_first_half_from` and
    `split_year_either_half_from`)."""
    length = length_in_months(year_)
    start = year_.start
    if length == 12:
        index = start.year * 12 + start.month - 1 + (first_month - start.month) % 12
        return divmod(index, 12)[0], first_month
    cues = period_cues()
    either, first_half = int(cues["split_year_either_half_from"]), \
        int(cues["split_year_first_half_from"])
    if length == 24 and start.month == 1 and not either <= first_month < first_half:
        return (start.year if first_month >= first_half else start.year + 1), first_month
    return None


def _months_of_split(text: str, part: PeriodMention, whole: PeriodMention) -> Period | None:
    """The months `part` names placed in the fiscal or split year `whole` when `of` joins them
    (see `months_of_split_year`), else None."""
    if part.relation != "period" or whole.relation != "period" or part.period is None or \
            whole.period is None or not _MONTHS_RANGE.fullmatch(part.surface.strip()) or \
            not _months_of_split_gap().fullmatch(text, part.end, whole.start) or \
            (_SPLIT_YEAR.search(whole.surface) is None and
             _fiscal_part_patterns()[2].search(whole.surface) is None):
        return None
    length = length_in_months(part.period)
    placed = _first_month_in(whole.period, part.period.start.month)
    if length is None or placed is None:
        return None
    index = placed[0] * 12 + placed[1] - 1
    last_year, last_month = divmod(index + length - 1, 12)
    return months(placed[0], placed[1], last_year, last_month + 1)


def months_of_split_year(text: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    """`In the July-September quarter of fiscal 2022-23`, `in October-March of the current
    2024-25 fiscal year`, `in July-April of the 2023/24 fertilizer year`: a months range right
    before `of` a fiscal or split year is those months of that year, not the whole year."""
    def join(part: PeriodMention, whole: PeriodMention) -> list[PeriodMention] | None:
        period = _months_of_split(text, part, whole)
        return None if period is None else [
            PeriodMention(part.start, whole.end, text[part.start:whole.end], "period", period)]
    return merge_pairs(mentions, join)


@cache
def _span_words() -> re.Pattern[str]:
    """In a surface: what makes it a span from one day or month to another (`March 21 to September
    22`, `April-September`; period_cues `restated_span_joins`), not one month."""
    joins = cue_alternation(period_cues()["restated_span_joins"])
    return re.compile(rf"(?i:\b(?:{joins})\b)|\d\s*[-–]|[a-z]\s*[-–]\s*[A-Za-z]")


@cache
def _restated_gap() -> re.Pattern[str]:
    """Between a part of a year and the span restating it: a comma, or the named year it is part
    of and a comma (`the first five months of the Iranian year, March 21 to August 22`; period_cues
    `restated_year_nouns`)."""
    nouns = cue_alternation(period_cues()["restated_year_nouns"])
    return re.compile(rf"(?:\s+(?i:of)\s+(?i:the)\s+[A-Z][\w'’-]*\s+(?i:{nouns}))?\s*,\s*")


@cache
def _base_opening() -> re.Pattern[str]:
    """A span's surface opening as a base a change is from (`rose 8% in the first quarter, from
    October to December`; period_cues `restated_base_openers`)."""
    return re.compile(rf"(?i:{cue_alternation(period_cues()['restated_base_openers'])})\s")


@cache
def _part_of_before() -> re.Pattern[str]:
    """Right before a year: the part of it a figure is of (`the opening half of`; period_cues
    `part_back_nouns`)."""
    nouns = cue_alternation(period_cues()["part_back_nouns"])
    return re.compile(rf"\b(?i:{nouns})\s+(?i:of)\s+$")


def _restates(text: str, named: PeriodMention, span: PeriodMention) -> bool:
    """Whether `span` is set off by commas right after `named` as the days or months it runs
    (`the current fiscal year, April to September,`; `the first five months, March 20 to August
    21,`): `named` states no period of its own, or a part of a year as long as `span`."""
    if named.relation != "period" or span.relation != "period" or span.period is None or \
            not _restated_gap().fullmatch(text, named.end, span.start) or \
            not _span_words().search(span.surface) or \
            not re.match(r"\s*(?:[,;.)]|$)", text[span.end:]):
        return False
    if named.period is None:
        return True
    length = length_in_months(named.period)
    if length == 12 and _part_of_before().search(text, max(0, named.start - 24), named.start):
        # (`the opening half of the current fiscal year, April to September`: the part's days)
        return named.period.start <= span.period.start and span.period.end <= named.period.end
    days = (named.period.end - named.period.start).days
    if _base_opening().match(span.surface) and "," == text[named.end:span.start].strip() and (
            span.period.end < named.period.start or
            named.period.end < span.period.start):
        # (a `from` span clear of the part named is the base of a change, not its days)
        return False
    return length is not None and 2 <= length < 12 and \
        abs((span.period.end - span.period.start).days - days) <= 31


def restated_spans(text: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    """`over the opening half of the current fiscal year, from March 21 to September 22,`, `over
    the Iranian year's first five months, March 20 to August 21,`: a year or part named and
    then given its days or months in an appositive is those days or months."""
    def join(named: PeriodMention, span: PeriodMention) -> list[PeriodMention] | None:
        return [PeriodMention(named.start, span.end, text[named.start:span.end], "period",
                              span.period)] if _restates(text, named, span) else None
    return merge_pairs(mentions, join)
