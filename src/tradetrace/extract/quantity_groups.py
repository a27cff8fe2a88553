"""Quantities read together: ranges (`between 200 and 400 tonnes`, `850,000-900,000 bpd`),
coordinations that share a unit (`eight or nine euros`, `from 5 to 6 percent`) and restatements
in another unit (`160,000 tons (approximately 1.2 million barrels)`).

Works on the scanner's drafts, in one pass each way over the list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from tradetrace.extract.cues import word_set
from tradetrace.extract.parties import dateline_agency, dateline_country, find_countries
from tradetrace.extract.quantity_context import change_before, clause_before, singular
from tradetrace.extract.quantity_lexicon import lexicon
from tradetrace.model.claim import Bound, Direction


@dataclass(frozen=True)
class Draft:
    """A quantity being assembled: the number, its unit and what its context says."""

    start: int
    end: int
    value: float
    unit: str
    unit_kind: str
    """`currency`, `physical`, `code` (percent, x, point...), `noun` or `` (bare)."""
    unit_surface: str = ""
    scale: float | None = None
    raw: float = 0.0
    """The number before its scale word (`5` in `5 million`)."""
    spelled: bool = False
    value_max: float | None = None
    bound: Bound = "="
    change: Direction | None = None
    equivalent_of: int | None = None

    @property
    def bare(self) -> bool:
        return self.unit_kind == ""


_LINK_GAP = 60
"""Characters between two quantities beyond which no link pattern can match."""
_DASH = re.compile(r"[ \u00a0]?[-–—][ \u00a0]?")
_TO = re.compile(r"[ \u00a0](?:to|through|thru)[ \u00a0]")
_AND = re.compile(r"[ \u00a0]and[ \u00a0]")
_COORDINATION = re.compile(r",?[ \u00a0](?:or|and|to|and/or)[ \u00a0]|,[ \u00a0]")
_BETWEEN = re.compile(r"(?i:between|from|of)[ \u00a0]{1,2}$")
_FROM = re.compile(r"(?i:from)[ \u00a0]{1,2}(?:(?i:(?:just|only|a[ \u00a0]little)[ \u00a0])?"
                   r"(?i:about|around|roughly|nearly|almost|some|approximately|over|under|above|below|"
                   r"more[ \u00a0]than|less[ \u00a0]than|fewer[ \u00a0]than)[ \u00a0]{1,2})?$")
_FROM_WORD = re.compile(r"\b(?i:from)\b")
_RANGED = re.compile(r"(?i:rang(?:e|ed|es|ing))[ \u00a0]+from[ \u00a0]")
_BETWEEN_ONLY = re.compile(r"(?i:between)[ \u00a0]{1,2}$")
_TO_AFTER_PERIOD = re.compile(r"[ \u00a0](?:in|during|by|at[ \u00a0]the[ \u00a0]end[ \u00a0]of)"
                              r"(?:[ \u00a0][A-Za-z.]{1,12}){0,2}(?:[ \u00a0]\d{4})?,?"
                              r"[ \u00a0]to[ \u00a0]")
_FROM_AFTER_PERIOD = re.compile(r"[ \u00a0](?:in|during|for|last|this|at)"
                                r"(?:[ \u00a0][A-Za-z.]{1,12}(?:-[A-Za-z]{3,9})?){1,2}"
                                r"(?:[ \u00a0]\d{4})?,?"
                                r"[ \u00a0]from[ \u00a0]")
"""`rose to 1.8 million bpd in February from 1.5 million`, `to 246 billion dirhams at end-July,
from 175 billion`: the old level after the period."""
_COMPARED = re.compile(r",?[ \u00a0](?:(?:up|down)[ \u00a0]from|compared[ \u00a0](?:with|to)|"
                      r"versus|vs\.?|against)[ \u00a0](?:(?:only|just)[ \u00a0])?")
_PART_OF = re.compile(r"[ \u00a0]of[ \u00a0](?:the|its|their|his|her|our)[ \u00a0]")
_FROM_BETWEEN = re.compile(r"[ \u00a0]from[ \u00a0]")
_OF_GOODS_AFTER = re.compile(r"\s+of\s+[a-z]")
_LEVEL_BEFORE = re.compile(r"(?:(?:up|down)[ \u00a0]from|from|compared[ \u00a0](?:with|to)|versus|"
                           r"vs\.?|against|than|to|and|or)[ \u00a0]$")
_RATIO = re.compile(r"[ \u00a0](?:out[ \u00a0]of|in)[ \u00a0]")
_RESTATED_TO = re.compile(r",?[ \u00a0]to[ \u00a0]")
_RESTATED_OR = re.compile(
    r",?[ \u00a0](?:or|i\.e\.,?|equivalent to|equal to|the equivalent of|which is)[ \u00a0]")


def _hedge_free(text: str, start: int, end: int) -> str:
    """The text between two quantities without a trailing hedge (`(approximately `)."""
    if end - start > _LINK_GAP:
        return text[start:end]  # too far apart to be linked: no need to look for a hedge
    if not text[start:end].rstrip(" \u00a0\n").lower().endswith(lexicon().hedge_endings):
        return text[start:end]
    match = lexicon().hedge_before.search(text, start, end)
    return text[start:match.start() if match else end]


def _link(text: str, a: Draft, b: Draft, a_start: int) -> str | None:
    """How two neighbouring drafts are joined: `range`, `from`, `back` (an old level after
    `from`), `compared` (a level it is compared with), `level` (the level a points movement
    reached), `coord`, `ratio` or None.
    `a_start` is where `a` begins with the low end of a range it closes (`from about 14-18 mpg
    to 24`: the `from` is before `14`)."""
    between = _hedge_free(text, a.end, b.start)
    window_start = max(0, a_start - 28)
    if (_RATIO.fullmatch(text, a.end, b.start) and a.bare and b.unit_kind in ("", "noun")
            and 1 <= a.value < b.value and a.value == int(a.value) and b.value == int(b.value)):
        return "ratio"
    if _DASH.fullmatch(between):
        return "range"
    if _AND.fullmatch(between) and _BETWEEN_ONLY.search(text, window_start, a.start):
        return "range"
    if _TO.fullmatch(between):
        if b.bound in (">", "<") and a.bound == "=" and text[a.end:b.start] != between and \
                _FROM_WORD.search(text, window_start, a_start) and not _RANGED.search(
                    text, max(0, a_start - 30), a_start):
            # `from an average of 130,000 ounces to more than 275,000 ounces`: a bound on the
            # high end only makes it a new level, not the top of a range
            return "from"
        if _FROM.search(text, window_start, a_start):
            # `ranging from $200 to $4 million` is an extent; `fell from 11 million dollars
            # to 7.71 million dollars` is a movement between two levels: two quantities.
            clause = clause_before(text, a.start)
            moved = lexicon().change_verb_anywhere.search(clause) is not None
            return "from" if moved or a.value >= b.value else "range"
        if _BETWEEN.search(text, window_start, a_start) or a.bare or (
                b.bare and a.unit.endswith("_of_age")) or (
                a.change is None and (a.unit == b.unit or b.unit.startswith(a.unit + "/"))):
            return "range"  # `$920 to $1,730 a week`
        if b.bare and a.unit == "point" and a.change is not None:
            return "level"  # `rose 2 points to 18`: the level reached, in points
        return None
    if (b.bare and not a.bare and _TO_AFTER_PERIOD.fullmatch(between)
            and _FROM.search(text, window_start, a_start)):
        return "from"  # `from 300 tonnes in 2019 to 450 in 2022`: the new level, same unit
    if _COORDINATION.fullmatch(between):
        return "coord"
    if ((_FROM_BETWEEN.fullmatch(between) or _FROM_AFTER_PERIOD.fullmatch(between))
            and b.bare and not a.bare and a.change is None
            and a.unit_kind != "noun"):
        return "back"  # `rose to 1.2 million bpd from 1.1 million`: the old level, same unit
    if _COMPARED.fullmatch(between) and b.bare and not a.bare and a.change is None:
        return "compared"  # `3.5 million phones, up from 3.1 million`, `versus 1.1 million`
    if (_PART_OF.fullmatch(between) and a.bare and not b.bare
            and "-" not in text[b.start:b.end]):  # not `five of the three-ton satellites`
        return "coord"  # `280 million of the 1.5 billion shekels`: the part is in the whole's unit
    return None


def _money_pounds(text: str, drafts: list[Draft]) -> list[Draft]:
    """`14,500 Syrian pounds ..., up from 13,000 pounds`: pounds linked to an amount of money
    in pounds are the same money, not a weight."""
    result = list(drafts)
    for i in range(1, len(result)):
        a, b = result[i - 1], result[i]
        if (a.unit_kind == "currency" and "pound" in a.unit_surface.lower()
                and b.unit == "pound" and b.unit_surface.lower().startswith("pound")
                and b.start - a.end <= _LINK_GAP + 20
                and not _SENTENCE_END.search(text, a.end, b.start)
                and _LEVEL_BEFORE.search(text, a.end, b.start)
                and not _OF_GOODS_AFTER.match(text, b.end)):  # not `2 pounds of sugar`
            result[i] = replace(b, unit=a.unit, unit_kind="currency")
    return result


def _fill(a: Draft, b: Draft) -> Draft:
    """`a` with the unit and scale it leaves to `b` (`8 or 9 euros`, `5 to 6 million`,
    `$89 to $93 billion`)."""
    if (a.unit == b.unit and a.unit_kind == "currency" and a.scale is None
            and b.scale is not None and a.raw < b.raw):
        return replace(a, value=a.value * b.scale, scale=b.scale)
    if not a.bare or b.bare:
        return a
    if a.scale is not None and b.unit == "percent":
        return a  # `injected just 7.1 million, 33% below that level`: no millions of percent
    value = a.value
    if a.scale is None and b.scale is not None and a.raw < b.raw:
        value = a.value * b.scale
    # (a unit that carries its own factor applies it to both: `800-850kt`, `20-25 mb/d`)
    unit_factor = b.value / (b.raw * (b.scale or 1.0)) if b.raw else 1.0
    if a.scale is None and unit_factor > 1.0 and a.raw < b.raw:
        value *= unit_factor
    return replace(a, value=value, unit=b.unit, unit_kind=b.unit_kind,
                   unit_surface=b.unit_surface, scale=a.scale or b.scale)


def _fill_currency(a: Draft, b: Draft) -> tuple[Draft, Draft]:
    """`$5-6 million`: the currency of the first and the scale of the second apply to both."""
    if a.unit_kind != "currency" or not b.bare:
        return a, b
    b = replace(b, unit=a.unit, unit_kind="currency", unit_surface=a.unit_surface)
    if a.scale is None and b.scale is not None and a.raw < b.raw:
        a = replace(a, value=a.value * b.scale, scale=b.scale)
    return a, b


def group(text: str, drafts: list[Draft]) -> list[Draft]:
    """Share units across coordinations, merge ranges, drop scores (`won 3-1`)."""
    if len(drafts) < 2:
        return drafts
    drafts = _money_pounds(text, drafts)
    links: list[str | None] = []
    for i in range(len(drafts) - 1):
        a_start = drafts[i - 1].start if i and links[i - 1] == "range" else drafts[i].start
        links.append(_link(text, drafts[i], drafts[i + 1], a_start))
    items = list(drafts)
    for i in range(len(items) - 2, -1, -1):  # right to left: `3, 4 and 5 percent`
        if links[i] not in (None, "ratio"):
            items[i] = _fill(items[i], items[i + 1])
    for i in range(len(items) - 1):
        if links[i] not in (None, "ratio"):
            items[i], items[i + 1] = _fill_currency(items[i], items[i + 1])
        if (links[i] in (None, "coord") and i and links[i - 1] == "coord" and items[i + 1].bare
                and items[i - 1].unit == "point" and items[i - 1].change is not None
                and items[i].unit == "percent"
                and _RESTATED_TO.fullmatch(text, items[i].end, items[i + 1].start)):
            # `fell 350.7 points, or 1.1%, to 33,100.2`: the level is in points too
            items[i + 1] = replace(items[i + 1], unit="point", unit_kind="code")
        if items[i + 1].bare and not items[i].bare and (links[i] == "compared" or (
                links[i] in ("range", "from", "back", "level")
                and items[i].unit_kind != "noun")):
            # `from 208 pounds to 193`: the second level is in the first one's unit
            b = items[i + 1]
            items[i + 1] = replace(b, unit=items[i].unit, unit_kind=items[i].unit_kind,
                                   unit_surface=items[i].unit_surface)
    for i in range(len(items) - 1):
        a, b = items[i], items[i + 1]
        if (links[i] == "coord" and a.change is not None and b.change is None
                and _RESTATED_OR.fullmatch(_hedge_free(text, a.end, b.start))):
            items[i + 1] = replace(b, change=a.change)  # `rose 120 points, or 0.4 percent`
    carried = False
    for i in range(len(items) - 1):  # left to right: `by 102.1 million, 17.6 million and 1.4`
        a, b = items[i], items[i + 1]
        carried = (links[i] == "coord" and a.change is not None and b.change is None
                   and a.unit == b.unit and a.unit_kind == b.unit_kind
                   and (carried or _BY_BEFORE.search(text, max(0, a.start - 12),
                                                     a.start) is not None)
                   and _LIST_LINK.fullmatch(text, a.end, b.start) is not None
                   and _respectively_listed(text, b.end))
        if carried:
            # `slipped by $1.5 billion and $411 million, respectively`: the move before a
            # list of amounts in one unit, matched to its subjects, sizes each of them
            items[i + 1] = replace(b, change=a.change)
    for i in range(len(items) - 2, -1, -1):  # right to left: `36.7%, 12% and 35.8% more`
        a, b = items[i], items[i + 1]
        if (links[i] == "coord" and a.unit == b.unit == "percent" and a.change is None
                and b.change is not None and _CHANGED_AFTER.match(text, b.end)):
            # `36.7% and 35.8% more, respectively`: the comparative after the last of a list of
            # percentages makes each of them a change
            items[i] = replace(a, change=b.change)
    merged: list[Draft] = []
    i = 0
    while i < len(items):
        a = items[i]
        if i + 1 < len(items) and links[i] == "ratio":  # `one in three Germans`: a proportion
            b = items[i + 1]
            merged.append(replace(a, end=b.end, value=a.value / b.value, unit="", unit_kind="",
                                  unit_surface="", spelled=False, scale=None))
            i += 2
            continue
        if i + 1 < len(items) and links[i] == "range":
            b = items[i + 1]
            if b.unit.startswith(a.unit + "/"):  # `between $62 and $68 per share`
                a = _range_low_priced(a, b)
            if a.unit == b.unit and a.value < b.value:
                merged.append(replace(a, end=b.end, value_max=b.value,
                                      unit_surface=b.unit_surface or a.unit_surface,
                                      bound=a.bound if a.bound != "=" else b.bound,
                                      change=a.change or b.change))
                i += 2
                continue
            if drafts[i].bare and (b.bare or b.unit_kind == "noun") and a.value >= b.value:
                i += 2  # a score or a result (`won 3-1`, `a 2-1 win`), not a range
                continue
        merged.append(a)
        i += 1
    return merged


_BY_BEFORE = re.compile(r"\bby[ \u00a0]+(?:(?:about|around|some|roughly|nearly|almost|over|"
                        r"just)[ \u00a0]+)?$")
"""Right before an amount: the `by` that makes it the size of a move."""
_RESPECTIVELY_AFTER = re.compile(r"(?:[^.;!?]|\.\d){0,60}?\brespectively\b")
"""After an amount in a list: `respectively` further on in its clause."""
_LIST_LINK = re.compile(r"[ \u00a0]*,?[ \u00a0]*(?:and[ \u00a0]+)?")
"""Between two amounts of one list: a comma, `and` or both, nothing else."""
_LIST_VERB = re.compile(r"\b(?:went|goes|go|were|was|is|are|had|has|have|came|shipped|sent|"
                        r"sold|exported|imported|delivered|headed|arrived|bound|destined|"
                        r"accounted|\w+ed[ \u00a0]+(?:to|for|from|into)\b)\b", re.IGNORECASE)
"""Between a list of amounts and `respectively`: a verb that makes the amounts the subjects of
a clause of their own (`and 1.5 million bags went to Germany and the US, respectively`)."""


def _respectively_listed(text: str, end: int) -> bool:
    """Whether `respectively` follows the amount ending at `end` in its clause with no verb
    between (`$1.5 billion and $411 million, respectively`, not `... and 150,000 tonnes were
    shipped to Egypt and Algeria respectively`)."""
    match = _RESPECTIVELY_AFTER.match(text, end)
    return match is not None and _LIST_VERB.search(text, end, match.end()) is None
_CHANGED_AFTER = re.compile(r"[ \u00a0]+(?:more|less|higher|lower)\b")
"""After the last percentage of a list: the comparative that makes all of them changes."""
_SENTENCE_END = re.compile(r"[.;!?](?=\s)")
_ELLIPSIS_GAP = 80
"""Characters from a percent change to a bare number that can leave its unit out."""


def carry_percent_changes(text: str, drafts: list[Draft]) -> list[Draft]:
    """`the DAX rose 2 percent and the Nasdaq added 0.8`: a bare number moved by a change verb
    right after a percent change in the same sentence is a percent change too."""
    result = list(drafts)
    for i in range(1, len(result)):
        a, b = result[i - 1], result[i]
        if not (b.bare and not b.spelled and b.value_max is None and a.unit == "percent"
                and a.change is not None and b.start - a.end <= _ELLIPSIS_GAP):
            continue
        if _SENTENCE_END.search(text, a.end, b.start):
            continue
        direction = change_before(text, b.start, verbs_allowed=True)
        if direction is not None:
            result[i] = replace(b, unit="percent", unit_kind="code", change=direction)
    return result


_ELLIPSIS_AND = re.compile(r"(?:[^\d.;!?]|(?<!\d)(?:19|20)\d\d(?!\d)){0,40}?(?:,|;)?[ \u00a0]"
                           r"(?:and|while|but|whereas)[ \u00a0](?:(?:to|at)[ \u00a0])?"
                           r"(?:(?:just|only|about|nearly|"
                           r"some|roughly|around|almost)[ \u00a0])?$")
_ELLIPSIS_AFTER = re.compile(r"[ \u00a0](?:in|on|for|at|by|last|this|from|to|a|per|each|and|"
                             r"so[ \u00a0]far)\b"
                             r"|[,;.)]|$")


_ELLIPSIS_COMPARED = re.compile(r"(?:[^\d.;!?]|(?<!\d)(?:19|20)\d\d(?!\d)){0,40}?"
                                r"[ \u00a0](?:from|compared[ \u00a0](?:with|to)|versus|vs\.?|"
                                r"against)[ \u00a0](?:(?:just|only|about|around|nearly|some|"
                                r"roughly|almost)[ \u00a0])?$")
"""`2.1 million bpd in May, up from 1.9 million in April`, `compared with 53 million a year
earlier`: the figure compared with leaves the unit out."""
_COMPARED_AFTER = re.compile(r"[ \u00a0](?:the|a|in|on|for|at|by|last|this|during|over|"
                             r"earlier|before|previously|year-on-year)\b|[,;.)]|$")


_GAPPED_ITEM = re.compile(r"(?:[ \u00a0](?:in|during)[ \u00a0](?:19|20)\d\d)?"
                          r",?[ \u00a0](?:and[ \u00a0])?[A-Z][\w'’.-]*"
                          r"(?:[ \u00a0][A-Z][\w'’.-]*){0,2}[ \u00a0]")
"""`Uzbekistan took 2,345 thousand tons, Afghanistan 1,146 thousand`, `Hungary took 8.637
billion cubic metres in 2020, Moldova 3.04 billion`: a list item that leaves out the verb and
the unit (only a name before the number)."""


def carry_scaled_units(text: str, drafts: list[Draft]) -> list[Draft]:
    """`YPFB will deliver up to 20 million cubic metres per day, while Petrobras undertakes to
    take at least 14 million`: a bare number with the same scale word as the measure stated
    before it in its sentence (no other unit between, no noun after) leaves that unit out."""
    result = list(drafts)
    a: Draft | None = None  # the last draft with a unit before the one read
    changed = False  # a percent change between that draft and the one read
    for i in range(len(result)):
        b = result[i]
        if b.unit:
            if b.unit not in ("percent", "x"):  # (`up 85.2% from 228.2 billion`: a change
                a, changed = b, False            # between leaves the amount's unit on)
            else:
                changed = True
            continue
        if not (b.bare and b.scale is not None and not b.spelled
                and _BARE_END.match(text, b.end)):
            continue
        if a is None or a.scale is None or not _unit_goes_on(text, a, b, changed):
            continue
        result[i] = replace(b, value=b.value * (a.value / (a.raw * a.scale)) if a.raw else
                            b.value, unit=a.unit, unit_kind=a.unit_kind,
                            unit_surface=a.unit_surface)
    return result


def _unit_goes_on(text: str, a: Draft, b: Draft, changed: bool) -> bool:
    """Whether the bare scaled number `b` is counted in the unit of `a` before it: a measure or
    money of the same scale within reach, in the same sentence (for money, also the next one of
    the paragraph); not past another country's possessive once a change or a sentence end comes
    between (`Thailand's rice exports reached 4.3 billion` after India's rupees), not a count of
    people, not another money (`or 4.3 billion in dollar terms`)."""
    if a.unit_kind not in ("physical", "currency", "noun") or a.scale != b.scale or \
            b.start - a.end > 300:
        return False
    crossed = _SENTENCE_END.search(text, a.end, b.start) is not None
    if crossed and not (a.unit_kind == "currency" and _one_sentence_on(text, a.end, b.start)) \
            and not (a.unit_kind == "physical" and _one_sentence_on(text, a.end, b.start,
                                                                      _RANK_ROW)):
        return False
    if (changed or crossed) and any(m.code and m.possessive
                                    for m in find_countries(text, a.end, b.start)):
        return False
    return not ((a.unit_kind != "noun" and _PEOPLE_VERB.search(
        text, max(0, b.start - 30), b.start)) or _IN_TERMS.match(text, b.end))


def _one_sentence_on(text: str, after: int, at: int,
                     word: re.Pattern[str] | None = None) -> bool:
    """Whether `at` is in the sentence right after the one ending after `after`, in the same
    paragraph, after a word of money or trade there (`... 422.7 billion CFA francs ... Sales of
    gold leapt to 95.7 billion`: the paragraph's money goes on; not `The country has about 220
    million`, nor `In cedi terms, the figure was 25.6 billion`); `word`, if given, is what must
    stand there instead (`_RANK_ROW`, for a measure's ranking rows)."""
    ends = list(_SENTENCE_END.finditer(text, after, at))
    return len(ends) == 1 and "\n" not in text[after:at] and (word or _MONEY_WORD).search(
        text, ends[0].end(), at) is not None and not _IN_TERMS.search(
        text, after, min(len(text), at + 40))


_MONEY_WORD = re.compile(r"\b(?:exports?|imports?|sales|shipments|purchases|earn\w*|brought\s+in|"
                         r"worth|valued|spen[dt]\w*|paid|cost\w*|revenues?|receipts|bill|"
                         r"deficit|surplus)\b", re.IGNORECASE)
_RANK_ROW = re.compile(r"\b(?:(?:came|ranked|was|were|is|are|placed|finished|stood)[ \u00a0]+"
                       r"(?:a[ \u00a0]+(?:distant|close)[ \u00a0]+)?(?:second|third|fourth|fifth)"
                       r"(?![ \u00a0-](?:half|quarter|year|month|week|largest|biggest|time))|"
                       r"followed[ \u00a0]+by|ahead[ \u00a0]+of|behind|"
                       r"next[ \u00a0]+(?:at|with|on))\b",
                       re.IGNORECASE)
"""A row of a ranking (`China came second at 12.5 million`, `Canada was a distant second with
233,898`, `followed by Japan with 9 million`): in the sentence after a measure, a bare number
of the same scale reads in the measure's unit; in a count's next sentence it counts the same
things. Not `the next year`, `second half`, `the third-largest`."""
_IN_TERMS = re.compile(r"\s*\bin\s+(?:[\w.-]+\s+terms|dollars|euros|yuan|yen|rupees|pounds)\b",
                       re.IGNORECASE)


_PEOPLE_VERB = re.compile(r"\b(?:employ|hir|hous|kill|displac|serv|fe[e]?d|affect|visit|attract|"
                          r"welcom|host|vaccinat|evacuat)\w*\s+(?:(?:about|some|nearly|around|"
                          r"almost|roughly|over|more\s+than|at\s+least|up\s+to)\s+)?$|"
                          r"\b(?:herds?|flocks?|population|hinterland|people|residents|workforce|"
                          r"employees|workers|inhabitants|visitors|tourists|customers|subscribers|"
                          r"users|members)\b[^.;]*$", re.IGNORECASE)
"""Before a bare scaled number: a verb that counts people (`the project employed 3 million`,
`employs more than 4 million`) or a noun of people or animals in its clause (`its hog herd
reached 29 million`, `serves a hinterland of 250 million`), so it takes no measure of goods."""
_BARE_END = re.compile(r"[ \u00a0]*(?:[,;.)]|\((?=\d)|[ \u00a0](?:a|per|in|on|at|from|to|by|and|"
                       r"or|this|that|last|of|compared|against|than|while|but|below|above|over|under|"
                       r"before|after|earlier|previously|"
                       r"up|down|more|less|the|its|their|paid|earned|spent|shipped|exported|"
                       r"imported|sold|received|recorded|registered|reported|posted|expected|"
                       r"targeted|forecast|estimated|projected|planned|budgeted|seen)\b|$)")
"""After a bare scaled number: punctuation, a function word or a participle (`less than the
577.4 billion paid in 2023`, `short of the 200 billion the government had hoped for`), not a
noun it counts (`14 million people`)."""


def carry_units_across_and(text: str, drafts: list[Draft]) -> list[Draft]:
    """`300 tonnes in May and 250 in June`, `and to 385,000 in May`: a bare number right after
    `and` (or `while`, `but`; `to` or `at` may follow) that a clause with a quantity in a unit
    leads up to leaves that unit out; so do a list item naming only its subject (`2,345
    thousand tons, Afghanistan 1,146 thousand`) and the figure compared with (`up from 1.9
    million in April`)."""
    result = list(drafts)
    for i in range(1, len(result)):
        a, b = result[i - 1], result[i]
        if not (b.bare and not b.spelled and b.value_max is None and not a.bare
                and a.unit_kind != "currency" and a.unit != "x" and b.start - a.end <= 60):
            continue  # (a multiple leaves no unit: `almost twice January's 8,235`)
        if ((_ELLIPSIS_AND.fullmatch(text, a.end, b.start) or _GAPPED_ITEM.fullmatch(
                text, a.end, b.start)) and _ELLIPSIS_AFTER.match(text, b.end)) or (
                _ELLIPSIS_COMPARED.fullmatch(text, a.end, b.start)
                and _COMPARED_AFTER.match(text, b.end)
                and not (a.unit == "percent" and a.change is not None)):
            # (`fell 5% from 300`: the level a percent change starts from has its own unit)
            result[i] = replace(b, unit=a.unit, unit_kind=a.unit_kind,
                                unit_surface=a.unit_surface)
    return result


_RESIDENTS_BEFORE = re.compile(
    r"\b(?:(?:country|nation|city|island|region|state)[ \u00a0]of|home[ \u00a0]to|"
    r"population(?:[ \u00a0](?:put|estimated|of|is|was|stands|stood|numbers|totals)){1,2}"
    r"(?:[ \u00a0]at)?)[ \u00a0]"
    r"(?:(?:about|around|some|nearly|almost|roughly|over|more[ \u00a0]than|just[ \u00a0]over|"
    r"just[ \u00a0]under|fewer[ \u00a0]than|less[ \u00a0]than)[ \u00a0])?$", re.IGNORECASE)
"""Before a bare number: what counts the people living somewhere (`a nation of 22 million`,
`home to 1.4 million`, `a population put at 9.5 million`)."""


def count_residents(text: str, drafts: list[Draft]) -> list[Draft]:
    """`a country of 26 million`, `its population of about 26 million`: a bare number that
    counts the people of a place, with no noun after it, counts people."""
    return [replace(d, unit="people", unit_kind="noun", unit_surface="")
            if d.bare and not d.spelled and _BARE_END.match(text, d.end) and
            _RESIDENTS_BEFORE.search(text, max(0, d.start - 40), d.start) else d
            for d in drafts]


_BAG_WEIGHT = re.compile(r"\d+(?:\.\d+)?-(?:kg|kilo|kilogram|pound|lb)s?$")
_BAGS_AFTER = re.compile(r"[ \u00a0](?P<noun>bag|sack|box|bale|carton|crate)(?:e?s)?\b")


def count_weighed_bags(text: str, drafts: list[Draft]) -> list[Draft]:
    """`36.3 million 60-kilo bags`, `346 million 40-pound boxes`, `6.9 million 480-lb bales`:
    the number counts the packages; the weight is what each holds."""
    result: list[Draft] = []
    skip = -1
    for i, a in enumerate(drafts):
        if i == skip:
            continue
        b = drafts[i + 1] if i + 1 < len(drafts) else None
        bags = _BAGS_AFTER.match(text, b.end) if b is not None else None
        if b is not None and bags is not None and a.bare and b.unit in ("kilogram", "pound") and \
                text[a.end:b.start] in (" ", "\u00a0") and \
                _BAG_WEIGHT.fullmatch(text, b.start, b.end):
            result.append(replace(a, end=bags.end(), unit=bags["noun"], unit_kind="noun",
                                  unit_surface=text[b.start:bags.end()]))
            skip = i + 1
            continue
        result.append(a)
    return result


_ROW_WITH = re.compile(r"[A-Z][\w'’.-]*(?:[ \u00a0][A-Z][\w'’.-]*){0,2}"
                       r"(?:(?:[ \u00a0](?:came|ranked|was|placed|finished|followed|in|next|second|"
                       r"third|fourth|fifth|sixth)){1,3},?[ \u00a0]with|,?[ \u00a0](?:with|at|on))"
                       r"[ \u00a0](?:(?:just|only|about|around|nearly|some|roughly|almost|over)"
                       r"[ \u00a0])?$|(?:,|[ \u00a0]and)[ \u00a0][A-Z][\w'’.-]*"
                       r"(?:[ \u00a0][A-Z][\w'’.-]*){0,2}[ \u00a0]$")
"""`followed by Germany with 7.6 million`, `and India with 9,300`, `Mexico came next with
159,000`, `Congo followed with 14,224`, `Russia, with 15,153`, `and Uganda 19,440`: a row of a
ranking that leaves the unit out."""
_ROW_WITH_AFTER = re.compile(r"[ \u00a0]?\(|" + _ELLIPSIS_AFTER.pattern)
_ROW_UNIT_KINDS = ("physical", "noun")


def _in_unit_of_amount_before(text: str, drafts: list[Draft], i: int,
                              sentences: int = 1) -> Draft:
    """drafts[i] counted in the unit of the last amount of goods or things before it in its
    sentence (or the `sentences` ending there; within reach), or unchanged when there is
    none."""
    b = drafts[i]
    for a in reversed(drafts[:i]):
        if b.start - a.end > 160 * sentences or len(
                _SENTENCE_END.findall(text, a.end, b.start)) >= sentences:
            break
        if a.unit_kind in _ROW_UNIT_KINDS:
            return replace(b, unit=a.unit, unit_kind=a.unit_kind, unit_surface=a.unit_surface)
    return b


def carry_row_units(text: str, drafts: list[Draft]) -> list[Draft]:
    """`American buyers headed the list with 8.1 million bags, or 18.3% of the total, followed
    by Germany with 7.6 million (17.1%)`: a ranked row's bare number is counted in the unit of
    the last amount of goods before it in the sentence."""
    result = list(drafts)
    for i, b in enumerate(result):
        if not (b.bare and not b.spelled and _ROW_WITH.search(
                text, max(0, b.start - 60), b.start) and _ROW_WITH_AFTER.match(text, b.end)):
            continue
        # (a sentence that opens on the row goes on with the sentence before: `Russia imported
        # 287,000 cars from China. Mexico came next with 159,000`)
        opens = _SENTENCE_END.search(text, max(0, b.start - 60), b.start) is not None and not [
            a for a in result[:i] if not a.bare and a.end > b.start - 60
            and not _SENTENCE_END.search(text, a.end, b.start)]
        result[i] = _in_unit_of_amount_before(text, result, i, 2 if opens else 1)
    return result


_PART_OF_IT = re.compile(r"[ \u00a0]of[ \u00a0](?:it|them|that|this|which)\b")


def carry_part_units(text: str, drafts: list[Draft]) -> list[Draft]:
    """`Azerbaijan has supplied 7.4 billion cubic meters to its ally, 4.2 billion of it through
    TANAP`: a bare scaled number that is a part of an amount just named (`of it`, `of them`) is
    counted in that amount's unit."""
    result = list(drafts)
    for i, b in enumerate(result):
        if not (b.bare and b.scale is not None and not b.spelled
                and _PART_OF_IT.match(text, b.end)):
            continue
        result[i] = _in_unit_of_amount_before(text, result, i)
    return result


_RATE_COMPARED = re.compile(r"[^\d.;!?]{0,50}?[ \u00a0](?:from|compared[ \u00a0](?:with|to)|"
                            r"versus|vs\.?|against|than|peak(?:ed|ing)?[ \u00a0]at|high[ \u00a0]of|"
                            r"low[ \u00a0]of)[ \u00a0](?:(?:just|only|about|around|nearly|some|"
                            r"roughly|almost|a[ \u00a0]record)[ \u00a0])?$")
"""`$6.28 per kg from $6.61`, `USD 86.81 a barrel last year, after peaking at USD 125.76`: the
price compared with leaves its unit of measure out."""
_RATE_FROM = re.compile(r"(?i:from|between)[ \u00a0]$")
_RATE_TO = re.compile(r"[ \u00a0](?:to|and)[ \u00a0]$")
"""`from $180 to $110 a ton`: the first price leaves out the unit the second states."""


def carry_rate_units(text: str, drafts: list[Draft]) -> list[Draft]:
    """A sum of money with no scale word beside a price in the same currency per unit of
    goods, the two compared (`$6.28 per kg from $6.61`, `from $180 to $110 a ton`), is a price
    per the same unit."""
    result = list(drafts)
    for i in range(1, len(result)):
        a, b = result[i - 1], result[i]
        if b.start - a.end > 60 or _SENTENCE_END.search(text, a.end, b.start):
            continue
        if _per_unit_of(a, b) and _COMPARED_AFTER.match(text, b.end) and \
                _RATE_COMPARED.fullmatch(text, a.end, b.start):
            result[i] = _priced_alike(b, a)
        elif _per_unit_of(b, a) and _RATE_TO.fullmatch(text, a.end, b.start) and \
                _RATE_FROM.search(text, max(0, a.start - 9), a.start):
            result[i - 1] = _priced_alike(a, b)
    return result


@cache
def _flowed_goods() -> re.Pattern[str]:
    """Goods counted one by one (`counted_goods`) named as a flow's subject, after it (`imports
    of used passenger cars`) or before it (`new-car imports`, `vehicle exports`)."""
    plural = sorted(word_set("counted_goods"), key=len, reverse=True)
    single = sorted({singular(word) for word in plural}, key=len, reverse=True)
    flows = r"(?:(?:re-?)?exports?|imports?|shipments?|sales|deliveries|purchases|arrivals)"
    gap = r"(?:(?!" + _GOODS_GAP_BREAKS + r"\b)[\w'’-]+[ \u00a0]+){0,3}?"  # (`used passenger`)
    return re.compile(r"\b" + flows + r"[ \u00a0]+of[ \u00a0]+" + gap +
                      r"(?P<goods>" + "|".join(plural) + r")\b|\b(?P<attr>" + "|".join(single)
                      + r")[ \u00a0-]" + flows + r"\b", re.IGNORECASE)


_GOODS_GAP_BREAKS = (r"(?:for|of|to|from|and|or|in|into|with|by|on|at|parts?|components?|"
                     r"accessories|spares)")
"""Words that may not lie between a flow's `of` and its counted goods: the goods named after
them are not what flows (`Sales of spare parts for cars`)."""


def _count_flowed_goods(text: str, drafts: list[Draft]) -> list[Draft]:
    """`Imports of used passenger cars fell 8% to 294,100`, `new-car imports rose 29% to
    104,200`: a bare whole number that a flow of goods counted one by one reaches (`to`, `at`,
    `reached`, ... in the flow's own clause, with no other measure between) counts those goods,
    though no count of them was given before."""
    result = list(drafts)
    for i, draft in enumerate(result):
        if not draft.bare or draft.spelled or draft.value != int(draft.value) or \
                draft.value < 10 or draft.value_max is not None or not _COUNT_REACHED.search(
                    text, max(0, draft.start - 24), draft.start):
            continue
        floor = max(0, draft.start - _COUNT_REACH)
        opens = max((m.end() for m in _CLAUSE_OPENS.finditer(text, floor, draft.start)),
                    default=floor)
        opens = max((m.end() for m in _NEW_SUBJECT.finditer(text, opens, draft.start)),
                    default=opens)  # (`Car sales slumped 20% and the Nikkei fell to 38,000`)
        goods = max(_flowed_goods().finditer(text, opens, draft.start),
                    key=lambda match: match.start(), default=None)  # (the nearest flow)
        if goods is None or _measure_between(result, i, goods.end()):
            continue
        noun = goods.group("goods") or goods.group("attr")
        result[i] = replace(draft, unit=singular(noun), unit_kind="noun", unit_surface="")
    return result


_NEW_SUBJECT = re.compile(r"(?:\b(?:and|but|while|whereas)[ \u00a0]+(?:the|its|their|a|an)\b|"
                          r",[ \u00a0]+(?:and|but)\b|\b(?:while|whereas)\b)", re.IGNORECASE)
"""Where a clause with a subject of its own opens (`and the Nikkei fell to 38,000`, `, while
new-tractor imports rose`): a flow of goods before it reaches no bare number after it."""


def _measure_between(drafts: list[Draft], i: int, after: int) -> bool:
    """Whether a measure other than a percent, multiplier or span of time lies between `after`
    and the i-th draft (`car exports were worth $2 billion ...`: the count no longer goes on)."""
    for draft in reversed(drafts[:i]):
        if draft.start < after:
            return False
        if draft.unit_kind != "code" and draft.unit not in TIME_UNITS:
            return True
    return False


def carry_counted_nouns(text: str, drafts: list[Draft]) -> list[Draft]:
    """`Kyrgyzstan brought in 184,789 cars ... China supplied 79,131 of them`, `Exports of used
    vehicles ... Over the first eight months the total reached 995,017`: a bare whole number
    that counts what a count of things just counted (`N of them`, anywhere in the count's own
    sentence, or reached `to`/`at`/`reached`/`totalled` in the next sentence, with no other
    measure between) counts the same things. A bare number a flow of counted goods reaches
    counts them first (`_count_flowed_goods`), and later numbers go on from it."""
    result = _count_flowed_goods(text, drafts)
    counted: Draft | None = None
    for i, draft in enumerate(result):
        if counted is not None and (draft.start - counted.end > _COUNT_REACH or "\n" in text[
                counted.end:draft.start] or len(_SENTENCE_END.findall(
                    text, counted.end, draft.start)) > 1):
            counted = None
        if draft.unit_kind == "noun" and not draft.spelled:
            # (places counted are where the goods went, not what a later bare number counts:
            # `sent 150 containers back to 13 countries. France received 43 of them`)
            counted = counted if draft.unit in _PLACES_COUNTED else draft
            continue
        if not draft.bare:
            if draft.unit_kind not in ("currency", "code") and draft.unit not in TIME_UNITS \
                    and draft.unit != "percent":
                counted = None  # (another measure between, not a span of time like `over
                # those three months` nor its change: the count no longer goes on)
            continue
        if counted is None or draft.spelled or draft.value != int(draft.value) or \
                draft.value < 10 or draft.value_max is not None:
            continue
        # (the flow word in the number's own clause: not `..., as the ruble fell to 98`)
        floor = max(0, draft.start - _COUNT_REACH)  # (a bounded look back: linear in the text)
        opens = max((m.end() for m in _CLAUSE_OPENS.finditer(text, floor, draft.start)),
                    default=floor)
        if _OF_THEM.match(text, draft.end) or (_COUNT_REACHED.search(
                text, max(0, draft.start - 24), draft.start) and (_FLOW_WORD.search(
                    text, opens, draft.start) or _RANK_ROW.search(
                    text, opens, draft.start))) or not (_SENTENCE_END.search(
                text, counted.end, draft.start) or _NO_COUNT_BEFORE.search(
                text, max(opens, draft.start - 40), draft.start)):
            if counted.unit not in word_set("counted_generic") and _counts_motorcycles(
                    text, opens, draft.start):
                continue  # (`Car exports rose 5% to 660,000, while motorcycle exports climbed
                # 14% to 412,000`: motorcycles are no cars; only a count of units or
                # vehicles goes on to them)
            result[i] = replace(draft, unit=counted.unit, unit_kind="noun",
                                unit_surface="")
            counted = result[i]  # (the count goes on from the row just read: `Canada was a
            # distant second with 233,898` a sentence after `took 2.33 million of them`)
    return result


@cache
def _goods_named() -> re.Pattern[str]:
    """Goods counted one by one, motorcycles among them: the last named before a bare count."""
    plural = set(word_set("counted_goods")) | set(word_set("counted_motorcycles"))
    words = sorted(plural | {singular(word) for word in plural}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)


def _counts_motorcycles(text: str, start: int, end: int) -> bool:
    """Whether the goods named last between `start` and `end` are motorcycles."""
    last = max(_goods_named().finditer(text, start, end), key=lambda m: m.start(), default=None)
    return last is not None and singular(last.group().lower()) in {
        singular(word) for word in word_set("counted_motorcycles")}


_NO_COUNT_BEFORE = re.compile(r"\b(?:rubles?|roubles?|dollars?|euros?|yuan|rupees?|currency|"
                              r"rates?|prices?|index|rank(?:s|ed|ing)?|score|rating|"
                              r"aged?|priced|costs?|worth|valued)\b[^.;,]{0,25}$", re.IGNORECASE)
"""Before a bare number in a count's sentence: what makes it no count of those things (`while
the ruble traded at 90`, `ranking 12 among its buyers`, `an average price of 3,500`)."""
_COUNT_REACH = 260
"""Characters after a count within which a bare number may count the same things."""
_PLACES_COUNTED = frozenset({"country", "nation", "market", "destination", "port", "state"})
"""Counted places: where goods went, never what a later bare number counts."""
_OF_THEM = re.compile(r"[ \u00a0]of[ \u00a0]them\b")
_FLOW_WORD = re.compile(r"\b(?:exports?|imports?|shipments?|sales|deliveries|purchases|total|"
                        r"supplied|shipped|sent|sold|bought|received|imported|exported)\b",
                        re.IGNORECASE)
"""In the bare number's clause: it counts a flow (not `The index rose to 3,400`)."""
_CLAUSE_OPENS = re.compile(r"[.;!?](?=\s)|\bas\s+(?:the|a|an|its|their)\b")
"""Where a bare number's own clause opens: a sentence, or a circumstance (`as the ruble fell`);
parallel clauses (`, and to Kyrgyzstan, at 1,300`, `while Chery's dropped to 4,630`) go on."""
_COUNT_REACHED = re.compile(r"\b(?:to|at|reached|totall?ed|took|supplied|shipped|received|"
                            r"bought|imported|exported|from|against|with|than(?:[ \u00a0]the)?)"
                            r"[ \u00a0](?:(?:about|around|some|nearly|"
                            r"almost|roughly|only|just)[ \u00a0])?$")


def carry_paragraph_prices(text: str, drafts: list[Draft]) -> list[Draft]:
    """`Russian wheat sells at $214-215 a ton, while French wheat has risen to $237 from $234`,
    `offered at discounts of about $12 a barrel, while Urals changed hands at $11 to $12`: after
    a price per unit of goods, a sum in the same currency with no scale word, in the same
    sentence and not the amount of goods after it (`$300 of goods`, `$40 worth`) nor the price
    of a currency (`the dollar traded at 8,130 won`), is a price per the same unit."""
    result = list(drafts)
    rate: Draft | None = None
    for i, draft in enumerate(result):
        if rate is not None and (draft.start - rate.end > _PRICE_REACH
                                 or _SENTENCE_END.search(text, rate.end, draft.start)):
            rate = None
        if draft.unit_kind != "currency":
            continue
        per = draft.unit.partition("/")[2]
        if per and per not in TIME_UNITS:
            rate = draft
            continue
        if rate is not None and not per and draft.scale is None and \
                draft.unit == rate.unit.partition("/")[0] and \
                (_PRICE_FOR_GOODS.match(text, draft.end) or
                 not GOODS_AMOUNT_AFTER.match(text, draft.end)) and \
                not _EXCHANGE_BEFORE.search(text, max(0, draft.start - 40), draft.start):
            result[i] = _priced_alike(draft, rate)
    return result


def _priced_alike(money: Draft, rate: Draft) -> Draft:
    """`money` read as a price per the unit `rate` is priced per, in the same lot (`$422` after
    `$393 per thousand cubic meters` is 0.422 USD/cubic_meter)."""
    lot = _lot_factor(rate)
    return replace(money, unit=rate.unit, unit_surface=rate.unit_surface,
                   value=money.value * lot,
                   value_max=None if money.value_max is None else money.value_max * lot)


def _range_low_priced(low: Draft, high: Draft) -> Draft:
    """The low end of a range priced per the unit of its high end: per a lot of units
    (`$300-$320 per 1,000 cubic metres`) divided alike, as the high end was (0.3 to 0.32
    USD/cubic_meter); otherwise the unit copied as written (`between $62 and $68 per share`)."""
    if _LOT_WRITTEN.search(high.unit_surface or "") and low.raw:
        lot = _lot_factor(high)
        return replace(low, unit=high.unit, unit_surface=high.unit_surface,
                       value=low.raw * (low.scale or 1.0) * lot)
    return replace(low, unit=high.unit)


_LOT_WRITTEN = re.compile(r"(?:per|a|/)[ \u00a0]*(?:1,?000|thousand)[ \u00a0]", re.IGNORECASE)
"""A denominator written as a lot of units (`per 1,000 cubic metres`, `per thousand`)."""


def _lot_factor(rate: Draft) -> float:
    """What a price per a lot of units was divided by to be per one unit (1/1000 for `$393 per
    thousand cubic meters`, read 0.393 USD/cubic_meter): a sum read as a price per the same
    unit after it (`down from $422`) is divided alike; 1 for a price per one unit."""
    if not rate.raw or rate.value_max is not None and rate.value_max < rate.value:
        return 1.0
    factor = rate.value / (rate.raw * (rate.scale or 1.0))
    return 1.0 if abs(factor - 1.0) <= 1e-9 else factor


_PRICE_FOR_GOODS = re.compile(r"[ \u00a0]+for[ \u00a0]+(?!(?i:the|a|an|its|their|his|her|each|"
                              r"every|all|some|this|that|these|those)\b)[a-z]+(?<!ing)"
                              r"(?=[ \u00a0]*(?:[,.;]|[ \u00a0]and\b|$))")
"""`$367.3 per tonne ... and on $301.7 for barley and $317.6 for corn`: after a price per unit, a
sum for goods named in one bare lowercase word that ends a list item (not `$500 for the cargo`,
`$500 for Russian machinery`, `$5,000 for violating the ban`, `60,000 won for food each month`)
prices the same unit of those goods."""
_EXCHANGE_BEFORE = re.compile(r"\b(?:dollar|dollars|yuan|euro|euros|rate|rates)\b[^.;]{0,25}$",
                             re.IGNORECASE)
"""Before a sum that prices a currency (`the dollar traded at 8,130`, `the yuan fetched 2,050
won`), not goods."""
_PRICE_REACH = 400
"""How far after a price per unit (in its sentence) a bare sum in its currency is still read as
a price."""
TIME_UNITS = frozenset({"yr", "year", "month", "day", "week", "d", "quarter", "hour"})
"""Units of time: a rate's denominator over time (not a price per unit of goods), or a span."""
GOODS_AMOUNT_AFTER = re.compile(r"[ \u00a0]+(?:of|worth|in|for|each|apiece)\b"
                                 r"(?![ \u00a0]+(?:(?:early|late|mid)[ \u00a0-]+)?(?:January|"
                                 r"February|March|April|May|June|July|August|September|October|"
                                 r"November|December|(?:19|20)\d\d\b))"
                                 r"(?<!in(?=[ \u00a0]+the[ \u00a0]+(?:middle|start|beginning|end|"
                                 r"first|second|third|fourth|final|last|previous|same|latest|past|"
                                 r"week|month|quarter|year|season)\b))"
                                 r"|[ \u00a0]+[a-z]+[ \u00a0]+of\b", re.IGNORECASE)
"""After a sum: what it buys (`$300 of goods`, `$40 worth`, `$5 million in aid`), not when
(`$2,644 in January`, `the $120 of 2023-24`, `$515 in the middle of last year`)."""


def _per_unit_of(rate: Draft, money: Draft) -> bool:
    """Whether `rate` is a price per unit of goods in the currency `money` is in, unscaled."""
    currency, _, per = rate.unit.partition("/")
    return rate.unit_kind == "currency" and money.unit_kind == "currency" and \
        money.unit == currency and money.scale is None and money.value_max is None and \
        per not in ("", *TIME_UNITS)


def carry_local_dollars(text: str, drafts: list[Draft]) -> list[Draft]:
    """`Exports rose to HK$150.5 billion. Re-exports climbed to $139.1 billion`: a bare `$`
    (also in a rate, `$3 billion a year`) after a dollar named for its country, in a text that
    never names the US dollar, is that dollar, unless it restates an amount in another
    currency."""
    local_dollars = lexicon().local_dollars
    if any(d.unit.split("/")[0] == "USD" and not _BARE_DOLLAR.match(text, d.start)
           and not _PLAIN_DOLLARS.fullmatch(text, d.start, d.end)
           for d in drafts) or _US_DOLLAR_NAMED.search(text):
        return drafts
    if any(d.unit == "USD" and d.equivalent_of is not None and _BARE_DOLLAR.match(text, d.start)
           and not _DIFFERENCE_AFTER.match(text, d.end)
           and drafts[d.equivalent_of].unit in local_dollars for d in drafts
           if 0 <= (d.equivalent_of or 0) < len(drafts)):
        # `HKD 6.37 bln, or roughly $816.7 mln`: the text's bare `$` restates the local dollar,
        # so it is the US dollar throughout (`The August figure, $892.3 mln, ...`)
        return drafts
    result, local = list(drafts), None
    home = _home_dollar(text)
    for i, draft in enumerate(result):
        bare = _BARE_DOLLAR.match(text, draft.start) is not None
        plain = not bare and _PLAIN_DOLLARS.fullmatch(text, draft.start, draft.end) is not None
        if home is not None and local is None and draft.unit_kind == "currency" and \
                draft.unit.split("/")[0] == "USD" and (bare or plain) and \
                draft.equivalent_of is None and _home_in_sentence(text, draft.start, home, plain):
            # `Fiji has earned around $3.4 million from kava`, `rice worth over 50 million
            # dollars` in a Solomon Islands story: a story on a country whose press writes its
            # own dollar as `$` or plain `dollars`
            _, slash, per = draft.unit.partition("/")
            result[i] = replace(draft, unit=home + slash + per)
            continue
        if draft.unit_kind != "currency":
            continue
        money, slash, per = draft.unit.partition("/")
        if money in local_dollars:
            local = draft
        elif local is not None and money == "USD" and _BARE_DOLLAR.match(text, draft.start) and \
                draft.equivalent_of is None:  # (`C$473 million ($334 million)`: converted)
            result[i] = replace(draft, unit=local.unit.split("/")[0] + slash + per)
    return result


def _home_in_sentence(text: str, at: int, home: str, nearest: bool = False) -> bool:
    """Whether the sentence of `at` names no country before it or opens on the one whose dollar
    is `home` (`Fiji's domestic exports to Italy grew by $35 million`, not `Indonesia's palm oil
    exports reached $30 billion` in a story that opened on Fiji); with `nearest`, for plain
    `dollars`, the country named nearest before `at` must be it too (`Tonga's GDP is 500 million
    dollars, and China's exports reached 500 billion dollars`: China's are US dollars)."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    named = [m.surface for m in find_countries(text, start, at) if m.code]
    homes = lexicon().home_dollar_countries[home]
    return not named or (named[0] in homes and (not nearest or named[-1] in homes))


_OPENING = 2000
"""Characters of a text searched for the country it opens on."""


def _home_dollar(text: str) -> str | None:
    """The dollar of the story's country when it is one whose press writes it as a bare `$`:
    the first country the text names (`knowledge` `home_dollar_countries`)."""
    homes = lexicon().home_dollar_countries
    if ("$" not in text and "dollar" not in text) or not any(
            name in text for names in homes.values() for name in names):
        return None  # (most texts: no need to read their countries)
    first = find_countries(text, 0, min(len(text), _OPENING))[:1]  # (not a whole long text)
    if not first:
        return None
    code = next((code for code, names in homes.items() if first[0].surface in names), None)
    if code is not None and code in lexicon().data["dateline_home_dollars"] and (
            dateline_country(text) != first[0].code or dateline_agency(text) is not None):
        # a story filed from the country by no wire agency (`KINGSTON, Jamaica - `); not
        # `KINGSTON (Reuters) - Jamaica's bauxite exports earned $1.1 billion`
        return None
    return code


_DIFFERENCE_AFTER = re.compile(r"[ \u00a0]+(?:more|less|higher|lower|above|below|up|down)\b")
"""After an amount set off by `or`: a difference (`or $1.1 billion more than in June`), no
restatement."""
_BARE_DOLLAR = re.compile(r"\$[ \u00a0]?\d")
"""An amount written with a bare `$` (not `US$`, `$US`, `dollars`)."""
_PLAIN_DOLLARS = re.compile(r"[\d.,]+(?:[ \u00a0]+(?:million|billion|thousand|trillion|bn|mn))?"
                            r"[ \u00a0]+dollars?")
"""An amount in `dollars` with no country before the word (`50 million dollars`)."""
_US_DOLLAR_NAMED = re.compile(r"\b(?:U\.?S\.?|American)[ \u00a0-]+(?:dollars?|currency)\b|"
                              r"\bgreenback", re.IGNORECASE)
"""The US dollar named in words (`pegged to the US dollar`, `in U.S. currency`)."""


_GAPPED = re.compile(r"(?:[ \u00a0](?:in|last)[ \u00a0](?:\d{4}|[A-Z][a-z]+|year|month)(?=[,;]))?"
                     r"[,;]?(?:[ \u00a0](?:and|while|whereas|but))?"
                     r"(?:[ \u00a0](?:those|that))?(?:[ \u00a0](?:to|from|with|for))?"
                     r"((?:[ \u00a0][\w&.'’-]{1,20}){1,4}?)"
                     r"(?:[ \u00a0](?:about|around|roughly|nearly|almost|some|over|just|only|"
                     r"(?:more|less)[ \u00a0]than))?[ \u00a0]")
"""The subject of a clause that leaves its verb out: `, the S&P 500`, `and Microsoft`, `, to
Japan`, `and those to the 28-member European Union`; the period of the first clause may come
between (`fell 14.6 percent in May, to Japan 28.5 percent`)."""


def carry_gapped_changes(text: str, drafts: list[Draft]) -> list[Draft]:
    """`Apple rose 2% and Microsoft 1.5%`, `the Dow fell 1.2%, the S&P 500 0.9%`, `fell 14.6
    percent, to Japan 28.5 percent`: a percent after a percent change whose clause leaves the
    verb out (only a subject between them, which may hold a count such as `28-member`) is the
    same change."""
    lex = lexicon()
    result = list(drafts)
    for i in range(1, len(result)):
        j = i - 1 if result[i - 1].unit == "percent" or i < 2 else i - 2
        a, b = result[j], result[i]
        if not (a.unit == b.unit == "percent" and a.change is not None and b.change is None
                and b.start - a.end <= 50):
            continue
        gap = _GAPPED.fullmatch(text, a.end, b.start)
        if gap is None:
            continue
        words = gap.group(1).split()
        # (`, with Argentina supplying 70 percent`: a clause of its own, with its verb)
        if all(w.lower() == "the" or w.isdigit() or (
                w.lower() not in lex.noun_stopwords and w.lower() not in lex.change_verbs
                and w.lower() not in lex.part_taking_verbs
                and not (w.islower() and w.endswith("ing"))) for w in words):
            result[i] = replace(b, change=a.change)
    return result


def mark_restatements(text: str, drafts: list[Draft]) -> list[Draft]:
    """`160,000 tons (approximately 1.2 million barrels)`, `53,000 tons, or roughly 418,000
    barrels`: the second restates the first in another unit (equivalent_of = its index)."""
    result = list(drafts)
    for i in range(1, len(result)):
        a, b = result[i - 1], result[i]
        if a.bare or b.bare or a.unit == b.unit or a.equivalent_of is not None:
            continue
        if a.unit_kind not in ("currency", "physical") or b.unit_kind not in ("currency",
                                                                              "physical"):
            continue
        between = _hedge_free(text, a.end, b.start)
        stripped = between.strip(" \u00a0")
        if _DIFFERENCE_AFTER.match(text, b.end):
            continue  # `S$15.2 billion, or $1.1 billion more than in June`: a difference
        if stripped in ("(", "[", "(or", "(about", "(or about", "(i.e.", "(i.e.,") or (
                _RESTATED_OR.fullmatch(between) and a.unit_kind == b.unit_kind):
            # a restatement of a change is the same change (`fell 1 C (1.8 F)`), and of a
            # bounded amount the same bound (`more than 100 kilometers (60 miles)`)
            result[i] = replace(b, equivalent_of=i - 1, change=b.change or a.change,
                                bound=b.bound if b.bound != "=" else a.bound)
    return result
