"""Which period a quantity is about, chosen among the period expressions around it.

A period written next to the quantity (`41.61 million dollars in 2008`) is its own. Otherwise the
nearest one in its clause, then in its sentence, not counting expressions that belong to another
quantity (one lies between) or that name a change's comparison base (`from the previous year`,
`triple last year's deals`). A sentence without one continues the period in force from the
sentences before (`over the same period`, or none at all). The old level of a change
(`from 11 million dollars to 7.71 million dollars`) is a year before the change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tradetrace.extract.cues import lexicon
from tradetrace.normalize.periods import Period, PeriodMention, shift_years

FRAME_LIFETIME = 4
"""Sentences a period stays in force without being mentioned again."""
_ADJACENT_WORDS = 3


@dataclass
class PeriodFrame:
    """The period in force while reading a document (mutable reading state)."""

    period: Period | None = None
    age: int = 0

    def current(self) -> Period | None:
        return self.period if self.age <= FRAME_LIFETIME else None

    def advance(self, mentions: list[PeriodMention], claimed: Period | None = None) -> None:
        """Move to the next sentence: the period of its first claim, else its last explicit
        period, stays in force."""
        explicit = [m for m in mentions if m.relation == "period" and m.period is not None]
        if claimed is not None:
            self.period, self.age = claimed, 0
        elif explicit:
            self.period, self.age = explicit[-1].period, 0
        elif any(m.relation == "same" for m in mentions):
            self.age = 0
        else:
            self.age += 1


def _words(text: str, start: int, end: int) -> int:
    return len(re.findall(r"[\w’'-]+", text[start:end])) if end > start else 0


def _owned_by_other(text: str, mention: PeriodMention, quantity: tuple[int, int],
                    others: list[tuple[int, int]]) -> bool:
    """True when another quantity lies between this one and the mention and sits right next to
    the mention (`from 23.28 million dollars in 2012`: 2012 is that quantity's own period)."""
    low, high = min(mention.end, quantity[1]), max(mention.start, quantity[0])
    for s, e in others:
        if low <= s and e <= high:
            gap = (e, mention.start) if mention.start >= e else (mention.end, s)
            if _words(text, *gap) <= 2:
                return True
    return False


def is_base(text: str, mention: PeriodMention, floor: int) -> bool:
    """True when the mention names a comparison base: `from 2012`, `than last year`,
    `last year's` (as the object of a change), `the previous year`."""
    if mention.relation == "previous":
        return True
    before = text[max(floor, mention.start - 20):mention.start]
    cue = lexicon("comparison_base").regex.search(before)
    if cue and not before[cue.end():].strip():
        return True
    return bool(re.search(r"['’`]s$", mention.surface))


def distance(mention: PeriodMention, start: int, end: int) -> int:
    return mention.start - end if mention.start >= end else start - mention.end


def resolve(mention: PeriodMention, frame: Period | None) -> Period | None:
    if mention.relation == "same":
        return frame
    return mention.period


def choose_period(
    text: str,
    mentions: list[PeriodMention],
    quantity: tuple[int, int],
    clause: tuple[int, int],
    sentence: tuple[int, int],
    others: list[tuple[int, int]],
    frame: Period | None,
    change: bool,
) -> Period | None:
    """The period of the quantity at `quantity`; `others` are the other quantities' spans."""
    start, end = quantity
    usable = [m for m in mentions if m.relation in ("period", "same")
              and sentence[0] <= m.start < sentence[1]
              and not _owned_by_other(text, m, quantity, others)]
    adjacent = [m for m in usable if _words(text, *((end, m.start) if m.start >= end else (
        m.end, start))) <= _ADJACENT_WORDS]
    # `41.61 million dollars in 2008`: a period written right after the quantity is its own
    for mention in sorted(adjacent, key=lambda m: (m.start < end, distance(m, start, end)))[:1]:
        if not (change and is_base(text, mention, sentence[0])):
            return resolve(mention, frame)
    candidates = [m for m in usable if not (change and is_base(text, m, sentence[0]))]
    in_clause = [m for m in candidates if clause[0] <= m.start < clause[1]]
    if in_clause:
        return resolve(min(in_clause, key=lambda m: distance(m, start, end)), frame)
    if change:
        bases = [m for m in usable if clause[0] <= m.start < clause[1] and m.period is not None
                 and m.period.end.toordinal() - m.period.start.toordinal() >= 364]
        if bases:
            base = bases[0].period
            assert base is not None
            return shift_years(base, 1)
    if candidates:
        return resolve(min(candidates, key=lambda m: distance(m, start, end)), frame)
    return frame


def base_level(text: str, quantity: tuple[int, int], floor: int) -> bool:
    """True when the level is the old value of a change: `from 11 million dollars to ...`."""
    before = text[max(floor, quantity[0] - 12):quantity[0]]
    return bool(re.search(r"\bfrom\s+$", before, re.IGNORECASE))


def previous_year(period: Period | None) -> Period | None:
    """The period a year before, for the old level of a year-on-year change."""
    return shift_years(period, -1) if period is not None else None
