"""When a claim's figure is of, and whether it is reported or still to come: the claim reader's
rules for a claim's period (the sentence's own time, one carried from the paragraph, a look back,
an old mark set against the figure, a plan's coming time) and the cues that make a figure a plan
(export orders, goods due, a revised outlook, a headline's plan).

`PeriodReader` is one of the rule sets the claim reader (`claims._Reader`) inherits; what one
sentence offers its quantities is `reading.Context`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import MINYEAR, date, timedelta
from functools import cache, lru_cache

from tradetrace.extract.cues import YEAR_WRITTEN, hedge_pattern, lexicon, may_hold
from tradetrace.extract.flow_history import FlowHistory
from tradetrace.extract.kinds import measurable
from tradetrace.extract.modality import OF_TARGET_AFTER, due_spans, modality_of
from tradetrace.extract.reading import Context, Draft
from tradetrace.extract.respectively import respective_periods
from tradetrace.extract.sentences import Sentence, clause_bounds, concessive_opener
from tradetrace.extract.timeframe import (
    CONTRAST_BREAK,
    DEFINITE_BEFORE,
    PAST_VERB,
    PeriodFrame,
    SentenceReading,
    base_level,
    claim_period,
    dates_aside,
    dates_event,
    day_first_ranges,
    in_earlier_state,
    in_when_clause,
    made_or_released,
    months_of_split_year,
    months_of_written_year,
    opening_pointer,
    part_before_year,
    parts_of_named_fiscal,
    ranges_to_close,
    resolve,
    restated_spans,
    season_to_date,
    split_year_of_part,
    year_so_far_not_trailing,
    year_so_far_to_end,
    year_to_day,
)
from tradetrace.model import Claim, Document, Quantity
from tradetrace.normalize.periods import (
    MONTH_NAMES,
    FiscalStart,
    Period,
    PeriodMention,
    cue_alternation,
    find_periods,
    is_following,
    last_day,
    length_in_months,
    month,
    period_cues,
    whole_year_phrase,
)

_DESCRIBED_LEVEL = re.compile(r",\s+(?:a|an)\s+(?:volume|figure|level|amount|total|sum|tally|"
                              r"quantity)\s+(?:(?:already|itself|still)\s+)?" + hedge_pattern()
                              + "$", re.IGNORECASE)
"""Before a change: an appositive describing the level just before (`July's 270 tonnes, a volume
already 79% lower than in June`)."""


_RESTATED_AS = re.compile(r",\s+or\s+(?:by\s+)?" + hedge_pattern(True), re.IGNORECASE)
"""Between a figure and the same change or level restated (`down £2.7bn, or 15.9%`)."""


_PARTY_UNITS = frozenset({"country", "nation", "market", "destination", "company", "firm",
                          "buyer", "supplier", "customer", "partner", "exporter", "importer"})
"""Units of counts of the countries or firms a flow runs between (`30 countries`, `12 firms`)."""


_TO_PARTIES = re.compile(r"\b(?:to|from|among|across)\s+(?:(?:more\s+than|over|nearly|almost|"
                         r"about|around|some|at\s+least)\s+)?$")
"""Before a count of parties, the way the flow runs (`from more than 30 countries`)."""


_SINCE_WHEN = re.compile(r"\bsince\s+(?P<y>(?:19|20)\d\d),?\s+when\s+(?:(?:(?!\b(?:has|have|had)\b|"
                         r"'ve\b)[^.;:(),]){0,40}?\b(?:stood|"
                         r"was|were|totall?ed|came|amounted|reached|hit|fell|dropped|rose|peaked|"
                         r"averaged|shipped|exported|imported|sold|bought|earned|delivered|"
                         r"received|sent)\s+(?:(?:in\s+)?at\s+|to\s+)?)?" + hedge_pattern(True)
                         + r"(?:US|U\.S\.)?$", re.IGNORECASE)
"""Before a figure: `since 2005, when it stood at `, `since 2009, when the country shipped only
`, `since 2020, when `: the figure is of that year (the level the clause's verb gives it, or
the subject of the clause; not `since 2019, when sanctions were eased, to 5 million tons`). The
clause ends at a comma and holds no perfect: `Since 2022, when the war began, Turkey has bought
40 million barrels` is the total since then, its verb the main clause's, not the clause's."""


_SO_FAR = re.compile(r"\b(?:so\s+far|to\s+date|year[\s-]+to[\s-]+date|thus\s+far|until\s+now|"
                     r"up\s+to\s+now|as\s+of\s+now)\b", re.IGNORECASE)
"""In a sentence: a tally up to now, a report whatever period it is of."""


_PUT_AT_FIGURE = re.compile(r"\bput(?:s|ting)?\b[^.;]{0,80}?\bat\s+" + hedge_pattern(True) + "$",
                            re.IGNORECASE)
"""A figure a body puts something at (`The committee puts 2025 exports at 760,000 tonnes`,
`Exports are put at ...`): an assessment, dated by its period (`put_ahead`)."""


_YEAR_NAMED = re.compile(r"\d{4}|\b(?:this|next|coming|current)\s+(?:year|season)\b",
                         re.IGNORECASE)
"""A period mention dated by a year or a season (`_names_year`)."""


def _names_year(surface: str) -> bool:
    """Whether a period mention is dated by a year or a season (`in 2017`, `2024/25`,
    `this year`, `next season`), not a bare span (`in just 20 days`, `for the year`)."""
    return _YEAR_NAMED.search(surface) is not None


_OUTLOOK_LINK = re.compile(r"(?i:,?\s+(?:and|but|while|whereas|where|which)\s|;\s)")
"""A link that opens a later clause or predicate of a sentence (`rose 9% and could top $2
billion`, `, where buyers expect`): the time of a forecast figure after it is not the reported
figure's before it (not a participle after a comma, `, reaching $76 billion in December`)."""


_MEASURED_AGAINST = re.compile(r"\s*(?:(?:also|easily|narrowly|comfortably|well|just)\s+)?"
                               r"(?:beat|beats|beating|topped|tops|topping|missed|misses|missing|"
                               r"exceeded|exceeds|exceeding|surpassed|surpasses|surpassing|"
                               r"outstripped|outstrips|outstripping|fell\s+short\s+of|"
                               r"falls?\s+short\s+of|falling\s+short\s+of)\b", re.IGNORECASE)
"""A later predicate setting the reported figure against an expectation (`and beat the $3.9
billion economists had expected for the quarter`): no outlook, its time the reported figure's."""
_ANOTHER = re.compile(r"\banother\s+(?:[^\W\d]\w*\s+)?$", re.IGNORECASE)
"""Right before a forecast figure: `another` (`and could ship another 300,000 tonnes in the
season`), which adds it to the reported one, both of one time."""


_CLAUSE_BREAK = re.compile(r",\s*(?:and|but|while|whereas)\s")
"""A comma and a conjunction opening a coordinate clause (`..., and the two sides aim`)."""


_THAN_THE = re.compile(r"\bthan\s+(?:the|its|their|a|an)\s+(?:[\w-]+\s+){0,2}?(?:US)?$",
                       re.IGNORECASE)
"""Before a figure something is compared with (`deeper than the 49% slump of 2011`)."""


_BELOW_OWNED = re.compile(r"\b(?:below|above|under|over|from|against)\s+(?:January|February|March|"
                          r"April|May|June|July|August|September|October|November|December|"
                          r"last\s+(?:year|month))['’]s\s+$", re.IGNORECASE)
"""Before a figure something is compared with, owned by its time (`91.8% below July's 270
tonnes`)."""


_APPENDED_CHANGE = re.compile(r",\s+(?:also\s+)?(?:(?:an?|up|down|or)\s+)?" + hedge_pattern(True)
                              + "$", re.IGNORECASE)
"""Between a level and a change appended to it (`to 2 million tons, an 8.8% increase`, `to $2.2
billion, down 28%`, `to $190 million, also 5% higher`): the change of that level."""

_MONTH_ON_MONTH = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:(?:from|on|over|than|against|compared\s+"
                             r"(?:with|to))\s+(?:in\s+)?(?:(?:the\s+)?(?:previous|prior|"
                             r"preceding)\s+month\b|the\s+month\b(?!\s+of\b)|"
                             r"(?:" + MONTH_NAMES + r")\b(?!\s*[-\u2013]|\s+(?:to|through)\b))|"
                             r"month[\s-]on[\s-]month\b|m/m\b|a\s+month\s+(?:earlier|before|ago)\b)")
"""After a change: its comparison with a single month (`up 3% from April`, `a 4% rise on the
previous month`, `up 5% on the month`, `5% higher than in April`, `month on month`), which makes
it the change of the month's own figure, not of a running total it is appended to."""


_RELATIVE_CLAUSE = re.compile(r",\s*(?:which|who|whose)\b[^,;]*(?:,|;)")


_DEFINING_SPAN = re.compile(r",\s*(?:which|that)\s+(?:ran|runs|began|begins|started|starts|"
                            r"ended|ends|lasted|covered|covers)\s+from\b", re.IGNORECASE)
"""`the solar year 1402, which ran from March 21, 2023 to March 19, 2024`: the dates of the
period just named, not an aside."""


_CONCEDED_AFTER = re.compile(r",\s*(?:even\s+though|although|though|even\s+as|despite)\b",
                             re.IGNORECASE)
"""After a figure: a concession, whose own time is not the figure's."""


@lru_cache(maxsize=1024)
def _sentence_asides(text: str, start: int, end: int) -> tuple[
        tuple[tuple[int, int], ...], tuple[int, ...], tuple[tuple[int, int], ...]]:
    """The asides of text[start:end] whose time is their own, whatever figure asks: relative
    clauses (`_RELATIVE_CLAUSE`, not `_DEFINING_SPAN`), the starts of concessions
    (`_CONCEDED_AFTER`) and timed coordinates (`_TIMED_COORDINATE`). Read once per sentence,
    not once per figure; `period` keeps those that are asides to its figure."""
    relatives = tuple(m.span() for m in _RELATIVE_CLAUSE.finditer(text, start, end)
                      if not _DEFINING_SPAN.match(text, m.start()))
    concessions = tuple(m.start() for m in _CONCEDED_AFTER.finditer(text, start, end))
    coordinates = tuple(m.span() for m in _TIMED_COORDINATE.finditer(text, start, end))
    return relatives, concessions, coordinates


EXPORT_ORDERS = re.compile(r"(?<!new )\b(?:export\s+orders|orders\s+for\s+(?:[A-Z][\w-]+\s+)?"
                            r"(?:exports|goods|products)|orders\s+(?:placed|booked)\s+(?:with|by)\s+"
                            r"(?:[A-Z][\w-]+\s+)?(?:exporters|companies|firms|manufacturers|"
                            r"makers))\b(?!\s+(?:index|sub-?index|gauge))", re.IGNORECASE)
"""`Taiwan's export orders`, `Orders for Taiwanese exports` (or `goods`), `Orders placed with
Taiwanese exporters`, not a survey's `new export orders` sub-index."""
_ORDERS_AGAIN = re.compile(r"\b(?:orders|bookings|booked)\b", re.IGNORECASE)


@lru_cache(maxsize=256)
def _names_export_orders(sentence: str) -> bool:
    """Whether a sentence names export orders (`EXPORT_ORDERS`): asked once per figure of the
    sentence, read once."""
    return EXPORT_ORDERS.search(sentence) is not None


@lru_cache(maxsize=256)
def _names_orders(sentence: str) -> bool:
    """Whether a sentence names orders or bookings at all (`_ORDERS_AGAIN`), read once."""
    return _ORDERS_AGAIN.search(sentence) is not None


_TIMED_COORDINATE = re.compile(r",\s*and\s+(?:over|in|during|for|across|through)\s+(?=[^,;]*?\d)",
                               re.IGNORECASE)
"""After a figure: `, and over January-September`, a coordinate with its own time."""


_AFTER_EVENT = re.compile(r"\s(?i:after)\s+(?:[a-z][\w-]*\s+){0,4}?"
                          r"(?!(?:during|including|spring|morning|evening)\b)"
                          r"[a-z][\w-]*ing\b[^,;()]*|"
                          r"\s(?i:after)\s+(?:an?\s+|the\s+)?(?:[a-z][\w-]*\s+){0,3}?(?:gains?|"
                          r"losses|falls?|rises?|increases?|declines?|drops?|growth|slump|surge|"
                          r"jump|strike|ban|halt|pause|freeze)\b(?P<noun>[^,;()]*)|"
                          r"\s(?i:after)\s+(?:[\w'’-]+\s+){1,6}?(?=(?i:early|earlier|late|later)\s+"
                          r"(?i:in\s+the\s+|this\s+)?(?i:year|month|quarter|season)\b)"
                          r"[^,;()]*")
"""An adjunct after a figure on what went before (`after shipping nothing at all in June 2022`,
`after steady growth through April`): with no figure of its own, its time is its own, not the
figure's (`event_adjuncts`). After an event noun (`noun`), a time opened by `in`/`during`/`over`/
`for`/`across` ends the adjunct: that time closes the figure's clause (`after a surge in Indian
demand during January-April`), not the event's. A loose time of the year in an adjunct with a
verb of its own (`after storms shut the port early in the year`) is the event's too (not a
month or year named back from publication, `late last month`, which can date a figure with no
other time)."""
_TIME_OPENER = re.compile(r"\s(?i:in|during|over|for|across)\s+(?:(?i:the)\s+)?$")
"""Right before a time: the preposition that opens it (`in the`, `during`)."""


_PART_OF_THOSE = re.compile(r"\s+of\s+(?:those|these)\s+(?:[\w-]+\s+)?(?:orders|bookings|"
                            r"shipments|exports|imports|deliveries|sales|purchases)\b",
                            re.IGNORECASE)
"""After a level: `of those orders`, the part of a total stated before (`placed US$161.62
billion of those orders`)."""

@cache
def _part_of_that() -> re.Pattern[str]:
    """After a level: a bare `of that`, the part of a reported total stated before (`Freedonia
    bought 227,000 tonnes of that for $317 million`), before a stop or one of `part_of_that_next`;
    it dates that level and the figures after it, not a whole stated before it in its sentence
    (`pumps 250,000 b/d, and half of that is sold`)."""
    words = cue_alternation(period_cues()["part_of_that_next"])
    return re.compile(rf"\s+(?i:of)\s+(?i:that)(?=\s*[,.;]|\s+(?i:{words})\b)")


@cache
def _plan_points_back() -> re.Pattern[str]:
    """In a plan's sentence: one of `plan_back_pointers` (`projected $67.8 million for the
    period`), which dates the plan by the period in force."""
    cues = period_cues()
    words = cue_alternation(cues["plan_back_pointers"])
    # (not one naming a span of its own: `over the period of its new plan`, `over the period
    # ahead`, `for the period when the curbs take effect`; period_cues `plan_own_span_words`)
    own = cue_alternation(cues["plan_own_span_words"])
    return re.compile(rf"\b(?i:{words})\b(?!\s+(?i:{own})\b)")


@cache
def _part_price() -> re.Pattern[str]:
    """Between a bare `of that` and the value of the part (`227,000 tonnes of that for $317
    million`): one of `part_of_that_price_joins`, perhaps a hedge."""
    words = cue_alternation(period_cues()["part_of_that_price_joins"])
    return re.compile(rf",?\s+(?:{words})\s+{hedge_pattern(True)}", re.IGNORECASE)


_YEAR_EARLIER_AFTER = re.compile(r"\s+(?:a\s+year\s+(?:earlier|before|ago)|in\s+the\s+same\s+"
                                 r"(?:period|months?|quarter)\s+(?:of\s+)?(?:last|the\s+previous)"
                                 r"\s+year)\b", re.IGNORECASE)
"""After an old level compared with a bare `of that` part: a year before the part's period."""


_SO_THEN = re.compile(r",\s*(?:so|and\s+so|meaning|which\s+means|which\s+meant)\s+"
                      r"(?:that\s+)?[^,;]*$", re.IGNORECASE)
"""Before a figure: a clause drawing the consequence of what came before (`, so the increase
came to` 176.4 percent)."""


_REVISED_OUTLOOK = re.compile(
    r"\b(?:cut|cuts|cutting|lowered|lowers|lowering|raised|raises|raising|revised|revises|"
    r"revising|trimmed|trims|trimming|lifted|lifts|lifting|reduced|reduces|reducing|"
    r"increased|increases|boosted|boosts|slashed|slashes|upgraded|upgrades|downgraded|"
    r"downgrades|pared|pares|hiked|hikes)\s+(?:(?:its|their|the|his|her|our|an?|this|that)\s+)?"
    r"(?:[\w'’/-]+\s+){0,4}?(?:forecasts?|estimates?|outlooks?|guidance|targets?|projections?|"
    r"predictions?)\b", re.IGNORECASE)
"""A forecast, estimate or target revised (`cut its forecast to 43.7 Mt from 44.1 Mt`, `raised
its 2025 export target from ...`): the old value is the earlier forecast, not a level that was."""


_OF_GAP = re.compile(r"\s+(?:of\s+)?", re.IGNORECASE)
"""Between a pointer to the same span and its year (`the same month` `of 2018`)."""


_LAST_SEEN = re.compile(
    r"\blast\s+(?:been\s+)?(?:seen|recorded|reached|matched|hit|posted|higher|lower|bigger|"
    r"larger|smaller|stronger|weaker)\s+(?:back\s+)?(?:(?:in|during|on)\s+(?:the\s+)?)?$",
    re.IGNORECASE)
"""Right before the time a level was last seen (`a level last seen in` 2002, `Volumes had last been
higher in` March 2021): the time of an old level no claim counts, dating neither the sentence's
figures nor what follows."""


_LAST_SEEN_WORDS = ("last",)


_MARK_GAP = r"(?!(?:to|from|a|an|the|in|on|at|of|than|and|by)\s)"
"""No pointer's preposition or article between `former`, `previous`, `prior`, `earlier` or
`old` and a mark word (`from a year earlier
to a record 31,000 tonnes` names a new record, no old one)."""


_OLD_MARK_BEFORE = re.compile(
    r"(?:\b(?:former|previous|prior|earlier|old)\s+(?:" + _MARK_GAP
    + r"[\w-]+\s+){0,2}?(?:records?|highs?|peaks?|"
    r"bests?|lows?)\b(?:[^,;:()]|,\s*(?=[\d$€£¥]|(?:(?:was|were|had\s+been)\s+)?(?:set|reached|"
    r"posted|recorded|hit|achieved)\b)){0,70}|"
    r"\b(?:records?|highs?|peaks?|lows?)\s+(?:(?:was|were|had\s+been)\s+)?(?:set|reached|posted|"
    r"hit|recorded)\s+(?:back\s+)?"
    r"(?:(?:in|during|on)\s+(?:the\s+)?)?)$", re.IGNORECASE)
"""Before the time of an old mark (`topped the former record of 1.6 billion gallons shipped in`
2018, `the $2.4 billion record set in` 2013, `The previous high, 1.1 million tons, was set in`
May 2021): the time of a high or low set before, which the
report is measured against, never the period the article goes on about."""


_OLD_MARK_WORDS = ("record", "high", "peak", "best", "low")


_OLD_MARK_FIGURE = re.compile(
    r"\b(?:(?:former|previous|prior|earlier|old)\s+(?:" + _MARK_GAP
    + r"[\w-]+\s+){0,2}?(?:records?|highs?|peaks?|"
    r"bests?|lows?)(?:,?\s+of\s+|,\s+|\s+)(?:(?:about|around|some|nearly|almost|roughly|just\s+over|"
    r"more\s+than)\s+)?|(?:the|a|its|their)\s+)$", re.IGNORECASE)
"""Before the figure of an old mark (`the former record of` 1.6 billion gallons, `the` $2.4
billion record set in 2013)."""


_OLD_MARK_OWNED = re.compile(
    r"\s*(?:'s|’s|')\s+(?:(?:all-time|previous|former|earlier|old|prior|monthly|annual|"
    r"yearly|quarterly)\s+)?(?:records?|highs?|peaks?|lows?|bests?)\s+(?:of\s+)?"
    r"(?:(?:about|around|some|nearly|almost|roughly|just\s+over|more\s+than)\s+)?(?=[\d$€£¥])",
    re.IGNORECASE)
"""Right after a time owning an old mark and before the mark's figure (`May 2015`'s record of
10.89 million barrels, `last year`'s peak of $4 billion), a time set against after a
comparison word before it (`close to`, `beat`, `above`): the time of an old level, never a
period the sentences after go on with."""


_OLD_MARK_OWNED_BEFORE = re.compile(
    r"\b(?:beat|beats|beating|topped|tops|topping|surpassed|surpassing|exceeded|exceeding|"
    r"eclipsed|above|below|short\s+of|behind|ahead\s+of|matched|equalled|equaled|compared\s+"
    r"(?:with|to)|close\s+to|near|against|than|from|shy\s+of|broke|breaking|broken|passed|"
    r"surpass|exceed|top|match)\s+(?:(?:slightly|well|far|just|still|even)\s+)?"
    r"(?:the\s+)?$", re.IGNORECASE)


_SET_AGAINST_THE = re.compile(
    r"\b(?:beat|beats|beating|topped|tops|topping|surpassed|surpassing|exceeded|exceeding|"
    r"eclipsed|above|below|short\s+of|behind|ahead\s+of|matched|equalled|compared\s+(?:with|to))"
    r"\s+(?:(?:slightly|well|far|just|still|even)\s+)?(?:the|its|their)\s+(?:(?:about|around|"
    r"some|nearly|almost|roughly)\s+)?$", re.IGNORECASE)
"""Before a definite figure the report is set against (`That beat the` 63 tonnes shipped in all
of 2024, `slightly above the` 1.5 million b/d of March 2020)."""


_FOLLOWED_ON = re.compile(
    r"\b(?:followed|follows|came\s+after|comes\s+after)\s+(?:a|an|the)\s+(?:(?:about|around|"
    r"some|nearly|almost|roughly)\s+)?$", re.IGNORECASE)
"""Before a figure the report follows on from (`That followed a` 29.1% rise in 2023, `It came
after a` 3% drop in 2023): a figure of an earlier time, no period the sentences after go on
with."""


_COMPARED_GAP = re.compile(
    r"(?:\s+[a-z]+(?=\s+(?:in|during|for|over|of)\b))?"
    r"(?:\s+(?:in|during|for|over|of|at|the|same|a|an|whole|corresponding|month|months|year|"
    r"quarter|period|week|season|a\s+year\s+earlier)\b)*\s*(?:in|during|for|over|of)?\s*",
    re.IGNORECASE)
"""Between a figure kept as a comparison and a period that is its own (` in the same month
of` 2024, ` in` September 2021, ` share in`): prepositions and period words only (after one
noun of the figure's), no clause break."""


_COMPARED_LEAD = re.compile(
    r"\s*(?:That|This|It|These|Those)\s+(?:(?:compares|compared|contrasts|contrasted)\s+"
    r"(?:with|to)|(?:was|is|were|are)\s+(?:(?:well|far|slightly|just|still|also)\s+)?"
    r"(?:below|above|under|down\s+(?:from|on)|up\s+(?:from|on)|less\s+than|more\s+than|"
    r"lower\s+than|higher\s+than))\b")
"""A sentence opening on a comparison of the figure just reported (`That compares with 125
million kg last year`, `That was below 2022, when ...`): its figures are what the report is
compared with, so its time does not go on in force."""


_OWN_LEVEL_AFTER = re.compile(r"(?<=above|below|under)\s+(?:(?:about|around|nearly|almost|"
                              r"some|roughly)\s+)?(?-i:US|A|C|NZ|HK|S)?[$\u20ac\u00a3\u00a5]?\d",
                              re.IGNORECASE)
"""Right after `was above`/`below`/`under` of a compared lead: an amount stated as the
sentence's own level (`It was above $2 billion again in 2024`), not a base named."""


_LOOK_BACK_LEAD = re.compile(r"\s*(?:(?:In|Over|During|For)\s+)?")
"""Before a look back that opens its sentence: nothing, or a preposition."""


_SAME = re.compile(r"(?i:\bsame\b)")


_HAD_DONE = re.compile(r"\bhad\s+(?:(?:already|just|only|also|previously|earlier)\s+)?(?:been|come|"
                       r"fallen|risen|grown|taken|shrunk|sunk|sold|bought|brought|hit|sent|spent|"
                       r"made|seen|become|held|kept|stood|slid|[a-z]+ed)\b", re.IGNORECASE)
"""A past perfect: `had` and a past participle (`had come to`, `had fallen`, `had reached`)."""


_CLAUSE_BEFORE_HAD = re.compile(r"(?i:\b(?:after|once|when|since|which|that|who|where|while|as|"
                                r"because|before|until|if|though|although|said|says|told|showed?|"
                                r"and|but|by|as\s+of)\b)")
"""Words that put a `had` after them in a clause of its own (`after a record 2022 in which they
had climbed`, `said sales had fallen`) or in a second main clause, or make it a total to a date
(`By the end of September the US had bought`)."""


@cache
def _record_since() -> re.Pattern[str]:
    """Before a record's reach back (`the highest since` 2019, `the first month without U.S.
    arrivals since` November 2018, `the sharpest drop since comparable data begin in` fiscal
    1988): a superlative of the `superlatives` cues, then the clause (dotted abbreviations
    included) up to `since` and a few words after it."""
    words = cue_alternation(period_cues()["superlatives"])
    return re.compile(rf"(?i:\b(?:{words})\b)(?:[^.;:]|(?<=\b[A-Z])\.){{0,60}}?"
                      r"\b(?i:since)\b[^.;:,]{0,40}$")


_HEADLINE_SUBJECT = (
    r"\s*[A-Z][\w'’.&-]*\s+(?:(?:[A-Z][\w'’.&-]*|(?!(?:set|due|able|likely|about|need|want|"
    r"plan|try|agree|vow|aim|hope|fail|refuse|struggle|move|decide|seek|course|track|way|bid|"
    r"deal|pact|and|or|but|not|now|also|still|yet|then)\b)[a-z][\w-]*(?<![^s]s)(?<!ed)"
    r"(?<!ing)),?\s+){0,3}")
"""A headline's subject: a capitalised word and up to three more, capitalised or lower-case
nouns and adjectives (`U.N. agency`, `Serbian firm`, `Jordan's phosphate miner`); not a verb
in `-s`, `-ed` or `-ing`, nor a word that frames an infinitive (`Egypt moves to`, `Ukraine
struggles to`, `Tehran forced to`, `India set to`)."""


_HEADLINE_INFINITIVE = re.compile(
    _HEADLINE_SUBJECT + r"to\s+(?:ship|export|import|buy|sell|supply|send|deliver|receive|"
    r"purchase|resume|start|begin|double|triple|boost|raise|cut|halve|lift|increase|reduce|"
    r"bring\s+in|airlift|give|earmark|return|trim|get|put)\b"
    r"(?:(?!\b(?:after|as|since|when|while|following)\b)[^\n])*$")
"""A headline opening on its subject's infinitive, up to its figure (`South Sudan to ship`,
`U.N. agency to airlift`; not `Egypt moves to boost`, `Ukraine struggles to ship`, nor a figure
after `after` or `as`)."""


_HEADLINE_DEAL = re.compile(
    r"(?:" + _HEADLINE_SUBJECT + r"(?:signs|contracts|seeks|asks|wins|offers|allows)|"
    r"\s*[A-Z][^\n]{0,60}?\b[a-z][\w-]*[^\Ws]s\s+sign)\b(?=\s+(?:[A-Z$€£\d]|(?:for|deals?|"
    r"contracts?|pacts?|a|an|the|up|another|extra|more|new|record)\b)|\s*$)"
    r"(?:(?!\b(?:after|as|since|when|while|following)\b)[^\n])*$")
"""A headline whose verb, in the present of headlines, makes a deal or asks for goods (`Syria
signs for 200,000 tonnes of wheat`, `Bulog contracts 1 million tonnes`, `Mali asks India for`,
`Thai exporters sign rice pacts worth`), with its object right after (a figure, a name,
`for`, `deals`: not `Urea offers ease`): the goods are still to move, a plan. (`buys`,
`takes`, `clears` are left alone: as often a purchase or permission already counted.)"""


_PLANNED_PART_OPENING = re.compile(
    r"(?:Of\s+(?:that|this|the\s+total)|Out\s+of\s+(?:that|this)|The\s+(?:deal|contract|"
    r"agreement|order|purchase)s?\s+(?:covers|covered|includes|included|comprises|comprised))\b")
"""A sentence opening on a back-reference to the total just stated (`Of that, 150,000 tonnes
is rock phosphate`, `The deal covered three cargoes of 60,000 tonnes`): its figures are parts
of that total."""


_STATED_YEAR = re.compile(r"\d{4}")


_ANY_CHAR = re.compile(r".")


def sentence_periods(sentence: Sentence, reference: date | None, future: bool,
                     fiscal_start: FiscalStart | None) -> list[PeriodMention]:
    """The periods a sentence names, placed in the document's text and read from the publication
    day (forward for plans when `future`); without a publication day only stated years; not a
    date of an event nor one in an aside."""
    if reference is None:  # without a publication date only stated years can be placed
        reference = date(1, 1, 1)
        keep = _STATED_YEAR
    else:
        keep = _ANY_CHAR
    found = year_so_far_not_trailing(sentence.text, months_of_split_year(
        sentence.text, parts_of_named_fiscal(sentence.text, find_periods(
            sentence.text, reference, future, fiscal_start))))
    # (a quarter may be a fiscal one: no calendar year so far; nor for a plan, which runs to
    # that close from now: `extend output cuts through the end of the second quarter`)
    if fiscal_start is None and not future:
        found = year_so_far_to_end(sentence.text, found)
    found = restated_spans(sentence.text, ranges_to_close(sentence.text, day_first_ranges(
        sentence.text, found, reference)))
    found = months_of_written_year(sentence.text, part_before_year(sentence.text, year_to_day(
        sentence.text, found, future)))
    found = _that_month_named(sentence.text, found)
    if not future:
        found = season_to_date(sentence.text, found, reference)
    return [replace(m, start=m.start + sentence.start, end=m.end + sentence.start)
            for m in found if (m.relation != "period" or keep.search(m.surface))
            and not dates_event(sentence.text, m) and not dates_aside(sentence.text, m)]


_THAT_MONTH = re.compile(r"(?i:that\s+month)")
"""`that month`: the month its sentence just named (`_that_month_named`)."""


_COMPARISON_BASE = re.compile(
    r"\b(?i:above|below|than|from|against|versus|vs\.?|compared\s+(?:with|to))\s+(?:(?i:about|"
    r"around|some|nearly|almost|roughly|just)\s+)?(?:[$€£¥]?\d[\d,.]*%?(?:\s+[\w%]+){0,3}?\s+"
    r"(?i:in|during|for|over)\s+)?(?:(?i:the\s+|its\s+))?$")
"""Right before a month a figure is compared with (`above March levels`, `compared with 52,000
tonnes in May 2023`): a comparison's base, not the month a sentence goes on about."""


def _that_month_named(text: str, found: list[PeriodMention]) -> list[PeriodMention]:
    """`that month` after a period its own sentence names within one calendar month, even as an
    event's date (`halted the ferries in early March: sales dropped 40% that month`, `on 3-9 June
    2022 ... to 118mn litres that month`): that calendar month; else left as it is. Not a
    comparison's base (`_COMPARISON_BASE`: `up 5% from February levels ... that month`)."""
    out: list[PeriodMention] = []
    for mention in found:
        named = next((m.period for m in reversed(out)
                      if m.relation == "period" and m.period is not None
                      and not _COMPARISON_BASE.search(text, max(0, m.start - 60), m.start)),
                     None)
        if named is not None and _THAT_MONTH.fullmatch(mention.surface.strip()) and (
                named.start.year, named.start.month) == (named.end.year, named.end.month):
            mention = replace(mention, relation="period", anchored=True,
                              period=month(named.start.year, named.start.month))
        out.append(mention)
    return out


@dataclass
class SentencePeriods:
    """Periods shared by the claims of one sentence (mutable while the sentence is read)."""

    frame: Period | None
    change: Period | None = None
    level: Period | None = None
    level_at: int = -1
    """Where the quantity of `level` starts."""
    standing: int = -1
    """Where the first level or share of the sentence found to have no period though a period
    was in force ends, when the sentence names no period (a standing fact)."""
    standing_kind: str = ""
    """The kind of that standing figure."""



PLAN_REACH = timedelta(days=213)
"""How far ahead of publication (seven months) a plan's month named without a year may lie;
one further is the month just past, read forward by mistake."""


JUST_PAST = timedelta(days=62)
"""How long before publication (two months) the month just past may have ended."""


_PAST_TIME = re.compile(r"(?i:\bhad\b|\b(?:was|were)\s+(?:to|due|set|scheduled|expected|projected|"
                        r"forecast|planned)\b|\b(?:pledged|promised|agreed|vowed|committed|"
                        r"undertook|contracted)\b)")
"""What shows a plan's sentence speaks of a time already past (`had pledged`, `was to ship`,
`pledged in May to ship`): without it a month named without a year is the coming one
(`expected to reach 2 million tonnes in December` in February)."""


_HORIZON = re.compile(r"(?i:\blonger[\s-]term\b|\bin\s+the\s+(?:long|longer)\s+(?:run|term)\b|"
                      r"\beventually\b|\bover\s+time\b|\bin\s+(?:the\s+)?(?:coming|future|next\s+few)\s+"
                      r"years\b|\bby\s+the\s+end\s+of\s+the\s+decade\b|\bin\s+the\s+future\b)")
"""A horizon of its own beyond the plan stated before (`Longer term, exports are projected to
double`): such a plan does not go on about that plan's period."""


_DEAL_LENGTH = re.compile(
    r"(?i:\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)[\s-]+years?"
    r"[\s-]+(?:deal|agreement|contract|pact|accord|term|plan|programme|program)\b|"
    r"\bover\s+the\s+(?:next|coming)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)"
    r"\s+years\b)")
"""A plan's own length (`under a five-year deal`, `over the next three years`): its time is not
the year a forecast before it is of."""


@cache
def _topic_change_opening() -> re.Pattern[str]:
    """A sentence's opening words that turn to other news (claim_cues' `topic_change_openers`)."""
    words = "|".join(re.escape(word) for word in lexicon("topic_change_openers").words)
    return re.compile(rf"\s*(?:{words})\b", re.IGNORECASE)


def _topic_change(text: str, start: int) -> bool:
    """Whether a sentence opens on a turn to other news (`Separately,`, `Meanwhile,`)."""
    return _topic_change_opening().match(text, start, start + 40) is not None


_RESPECTIVELY_THEN = re.compile(r",?\s+(?i:respectively),?\s+(?i:(?:in|during|over|for)\s+)?")
"""`, respectively, in` after a list of figures: what may stand before the one period after it."""
_LIST_JOINS = re.compile(r"(?:\s|,|\band\b)*")


def _shared_after_respectively(text: str, figure: tuple[int, int],
                               others: list[tuple[int, int]],
                               mentions: list[PeriodMention]) -> PeriodMention | None:
    """The one period right after `, respectively,` closing a list of figures that starts at
    `figure` (`$2.4 billion and $1.3 billion, respectively, last year`, `against 5,100 and
    3,700, respectively, in 2022`): the figures between are joined by commas and `and` only;
    not a pointer back (`a year earlier`: each figure's old level), which is read elsewhere."""
    at = figure[1]
    for start, end in sorted(o for o in others if o[0] >= figure[1]):
        if _LIST_JOINS.fullmatch(text, at, start) is None:
            break
        at = end
    if at == figure[1] and not any(o[1] <= figure[0] and _LIST_JOINS.fullmatch(
            text, o[1], figure[0]) for o in others):
        return None  # (a figure alone is no list)
    return next((m for m in mentions if m.start > at and m.relation == "period"
                 and m.period is not None and _RESPECTIVELY_THEN.fullmatch(text, at, m.start)),
                None)


_GOAL_NOUN = r"(?:target|goal|aim|ambition|aspiration)"
_GOAL_BEFORE = re.compile(
    rf"\b(?i:{_GOAL_NOUN}\s+(?:is\s+|was\s+|remains\s+)?(?:of|at)|{_GOAL_NOUN}\s+is\s+to\s+"
    r"(?:raise|lift|increase|boost|grow|reach|take)(?:\s+(?:that|it|this|them|the\s+\w+))?"
    r"(?:\s+to)?)\s+" + hedge_pattern() + "$")
"""Right before a figure: the goal it is (`its goal of about 12-14 mln barrels`, `the aim is
to lift that to Rs 4.2 billion`)."""
_GOAL_AFTER = re.compile(
    r"(?:[\s-]+(?:(?:export|import|sales|production|output|trade|revenue|earnings|annual|yearly|"
    r"long-term|official|national|original|initial|revised)\s+)?|\s+(?:remains|is|was|as)\s+"
    rf"(?:the\s+|a\s+|its\s+)?(?:[\w-]+\s+)?){_GOAL_NOUN}s?\b", re.IGNORECASE)
"""Right after a figure: the goal it heads or is called (`a 7,500-barrel goal`, `the 2 million
carat target`, `45 million bags remains the aim`, `three billion dollars as the long-term
goal`)."""
_GOAL_TIME = re.compile(
    r"(?i:\b(?:19|20)\d\d\b|\b(?:year|years|quarter|half|season|month|period|fiscal|week)\b)|"
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b")
"""A time of its own in a goal's phrase (`the 2018 target`, `last year's target of`, `the
target for the quarter`, `set for the year`); month names only capitalised (not the verb
`may`)."""

_GOAL_MEASURED = re.compile(
    r"(?i:\b(?:short|shy|above|below|beyond|under|over|ahead|behind|against|than|beat|beats|"
    r"beating|missed|missing|miss|misses|met|meet|meeting|hit|exceed\w*|surpass\w*|top\w*|"
    r"overshot|outstrip\w*|compared)\b)")
"""Before a goal: a figure measured against it (`shy of the 800 billion won goal`, `just over
the target of 12,345.6 tonnes`, `against an aim of EUR 2.75 billion`): the goal is of the time
that figure is, as in the rest of its sentence."""


def _bare_goal(text: str, sentence: tuple[int, int], clause: tuple[int, int],
               quantity: tuple[int, int], lead_end: int) -> bool:
    """Whether the figure is a goal that names no time of its own (`output rose to 8,120 barrels,
    above a 7,500-barrel goal`, `45 million bags remains the aim`, `its goal of about 12-14 mln
    barrels`): no period, neither the one in force nor the publication year. Not when the goal's
    phrase (up to the clause's end after it) or its sentence's lead (from its start up to
    `lead_end`, its first other figure before the goal) holds a time (`the goal for the half`,
    `this season's aim of 60,000 tonnes`, `In 2023 the board set a 2,500-ton goal`; not another
    figure's: `should reach 40 million bags in 2026, while 45 million bags remains the aim`),
    nor when a figure is measured against it (`_GOAL_MEASURED`)."""
    before = _GOAL_BEFORE.search(text, max(clause[0], quantity[0] - 60), quantity[0])
    after = _GOAL_AFTER.match(text, quantity[1], clause[1]) if before is None else None
    if before is None and after is None:
        return False
    opening = before.start() if before is not None else quantity[0]
    if _GOAL_MEASURED.search(text, max(clause[0], opening - 45), opening):
        return False  # (`shy of the 800 billion won goal`: the goal of the figure measured)
    if before is not None:
        return _GOAL_TIME.search(text, before.start(), before.end()) is None and \
            _GOAL_TIME.search(text, sentence[0], min(lead_end, before.start())) is None and \
            _GOAL_TIME.search(text, quantity[1], clause[1]) is None
    assert after is not None
    return _GOAL_TIME.search(text, after.start(), clause[1]) is None and \
        _GOAL_TIME.search(text, sentence[0], lead_end) is None and \
        _GOAL_TIME.search(text, max(clause[0], quantity[0] - 20), quantity[0]) is None


_OPENING_TIME = re.compile(r"\s*(?i:in|during|over|for|across|throughout)\s+[^,;]{1,60},")
"""A sentence's opening adjunct of time up to its comma (`In the first half of 2021,`)."""
_OPENING_LEAD = re.compile(r"\s*(?:(?i:in|during|over|for|across|throughout)\s+)?")
"""What may stand before a period opening its sentence with no comma after it (`During
January-May 2023 Brazil ...`)."""


def _year_back_end(period: Period) -> date:
    """The last day of a period's months a year back (February's 29th falls to the 28th)."""
    end = period.end
    closing = last_day(end.year - 1, end.month)
    return closing if end.day == last_day(end.year, end.month).day else \
        date(end.year - 1, end.month, min(end.day, closing.day))


def _year_of_part_in_force(mentions: list[PeriodMention], frame: Period | None,
                           published: date | None, text: str) -> bool:
    """Whether a plan's or forecast's whole year with no year written (`the year's sales should
    top 640 million dollars`, `shipments for the full year at 3-4 million tonnes`) is the year a
    part of which is in force (`from January to November 2022` read in January 2023): the year
    the figures so far belong to, not the publication year. Only while that year is open at
    publication, or just closed (published in the next year's first two months): a year long
    over is no year so far (`in December 2023` read in June 2024)."""
    split = split_year_of_part(frame, text) if frame is not None else None
    if frame is None or frame.start.year != frame.end.year and split is None or \
            (frame.start.month, frame.end.month) == (1, 12):
        return False
    # (a part of a split year that crosses New Year, five months of a budget year opening
    # in October, while that split year is open at publication)
    if published is not None and split is not None and split.end < published:
        return False
    if published is not None and split is None and not (frame.start.year >= published.year or (
            frame.start.year == published.year - 1 and published.month <= 2)):
        return False
    return any(m.relation == "period" and not m.anchored
               and whole_year_phrase().fullmatch(m.surface.strip()) for m in mentions)


class PeriodReader(FlowHistory):
    """The claim reader's rules for a claim's period and for whether its figure is a plan."""

    document: Document
    headline_line: re.Match[str] | None
    frame: PeriodFrame
    fiscal_start: FiscalStart | None
    _future: dict[int, list[PeriodMention]]
    mixed_forecast: Claim | None
    compared: list[tuple[int, int]]
    booker: str | None

    def future_periods(self, ctx: Context) -> list[PeriodMention]:
        """The sentence's periods read as plans (`in March` -> the next March); only plans and
        forecasts ask, so they are read on demand."""
        if ctx.index not in self._future:
            self._future[ctx.index] = sentence_periods(ctx.sentence, self.document.published,
                                                       True, self.fiscal_start)
        return self._future[ctx.index]

    def plan_periods(self, ctx: Context) -> list[PeriodMention]:
        """The sentence's periods as a plan or forecast reads them (`future_periods`), except a
        month or quarter named without a year that the forward reading would put more than
        `PLAN_REACH` ahead of publication while it ended at most `JUST_PAST` before: that is the
        one just past (`In May the ministry had pledged to ship 50,000 tonnes` in July), when the
        sentence shows past time (`_PAST_TIME`); else the coming one (`Exports are expected to
        reach 2 million tonnes in December` in February)."""
        future = self.future_periods(ctx)
        published = self.document.published
        if published is None or not _PAST_TIME.search(self.text, *ctx.span):
            return future
        past = {m.start: m for m in ctx.past if m.period is not None
                and m.period.end >= published - JUST_PAST}
        return [past[m.start] if m.start in past and m.period is not None
                and m.period.start > published + PLAN_REACH and not m.anchored
                and past[m.start].period != m.period and not YEAR_WRITTEN.search(m.surface)
                else m for m in future]

    def last_seen(self, mention: PeriodMention, floor: int) -> bool:
        """Whether `mention` is when a level was last seen (`a level last seen in 2002`): the
        time of an old level no claim counts."""
        start = max(floor, mention.start - 40)
        return may_hold(self.text, start, mention.start, _LAST_SEEN_WORDS) and \
            _LAST_SEEN.search(self.text, start, mention.start) is not None

    def old_time(self, mention: PeriodMention, floor: int) -> bool:
        """Whether `mention` is the time of an old level the report is measured against, never
        the period the article goes on about: when a level was last seen, or when an old
        record, high or low was set (`topped the former record of 1.6 billion gallons shipped
        in 2018`, `short of the $2.4 billion record set in 2013`)."""
        if self.last_seen(mention, floor) or self.owned_old_mark(mention, floor):
            return True
        start = max(floor, mention.start - 110)
        return may_hold(self.text, start, mention.start, _OLD_MARK_WORDS) and \
            _OLD_MARK_BEFORE.search(self.text, start, mention.start) is not None

    def owned_old_mark(self, mention: PeriodMention, floor: int) -> bool:
        """Whether `mention` owns an old mark set against (`came close to May 2015's record of
        10.89 million barrels`, `above last year's peak of $4 billion`): a possessive time before
        a record, high or low and its figure, after a comparison word."""
        if mention.relation != "period" or mention.end >= len(self.text) or \
                self.text[mention.end] not in "'’":
            return False
        return _OLD_MARK_OWNED.match(self.text, mention.end) is not None and \
            _OLD_MARK_OWNED_BEFORE.search(self.text, max(floor, mention.start - 40),
                                          mention.start) is not None

    def mark_of_later_figure(self, ctx: Context, quantity: Quantity, mention: PeriodMention,
                             others: list[tuple[int, int]]) -> bool:
        """Whether `mention`, after the quantity, is the time of an old mark (`old_time`) whose
        own figure stands between them (`9% above the season before and beat the former record
        of 1.2 million tonnes set in 2019`): that figure's time, never the period of a figure
        before it."""
        return mention.start >= quantity.end and any(
            quantity.end <= start and end <= mention.start for start, end in others) and \
            self.old_time(mention, ctx.span[0])

    def owned_mark_figure(self, ctx: Context, claim: Claim | Quantity) -> bool:
        """Whether `claim` is the figure of an old mark owned by its time (`May 2015's record of`
        10.89 million barrels) and what restates it in the same clause (`, equal to 351,000
        bopd`)."""
        return any(m.end <= claim.start and claim.start - m.end <= 120
                   and self.owned_old_mark(m, ctx.span[0])
                   and not any(c in self.text[m.end:claim.start] for c in ";:")
                   for m in ctx.past)

    def old_mark(self, ctx: Context, claim: Claim | Quantity) -> bool:
        """Whether `claim` is the figure of an old mark dated by its own time (`the former record
        of 1.6 billion gallons shipped in 2018`, `the $2.4 billion record set in 2013`): a level
        of its own, though no period the sentences after go on with."""
        if self.owned_mark_figure(ctx, claim):
            return True
        return _OLD_MARK_FIGURE.search(self.text, max(ctx.span[0], claim.start - 60),
                                       claim.start) is not None and any(
            claim.end <= m.start <= claim.end + 70 and self.old_time(m, ctx.span[0])
            for m in ctx.past)

    def set_against_old(self, ctx: Context, claim: Claim) -> bool:
        """Whether `claim` is a definite figure the report is set against (`That beat the 63
        tonnes shipped in all of 2024`, `slightly above the 1.5 million b/d of March 2020`),
        dated wholly before the period in force: a level of its own time, no period the
        sentences after go on with."""
        in_force = self.frame.current()
        floor = max(ctx.span[0], claim.start - 40)
        if in_force is None or not claim.period_end or (
                _SET_AGAINST_THE.search(self.text, floor, claim.start) is None
                and _FOLLOWED_ON.search(self.text, floor, claim.start) is None):
            return False
        return date.fromisoformat(claim.period_end) < in_force.start

    def of_same_pointer(self, ctx: Context, mention: PeriodMention) -> bool:
        """Whether `mention` is the year of a pointer to the same span before it (`where it had a
        €153 m surplus in the same month of 2018`): the time of what the report is set against,
        never the period the article goes on about."""
        return mention.relation == "period" and any(
            m.relation == "same" and m.end <= mention.start
            and (gap := _OF_GAP.fullmatch(self.text, m.end, mention.start)) is not None
            and ("of" in gap.group().lower() or mention.surface.lower().startswith("of "))
            for m in ctx.past)

    def compared_time(self, ctx: Context, mention: PeriodMention) -> bool:
        """Whether `mention` is the time of something the sentence's report is compared with,
        never the period reported on that goes on to the sentences after: the period right
        after a figure kept as a comparison (`against 1.7 million tons in the same month of
        2024`, `compared with US$71.8 million in September 2021`), or the start of a record's
        reach (`the first month without arrivals since November 2018`, `the most since`)."""
        if mention.relation != "period":
            return False
        if any(self.owns_period(figure, mention) for figure in self.compared):
            return True
        # (`since comparable data begin in fiscal 1988`: the mention may follow `since`)
        since = mention.surface[:6].lower() == "since "
        return _record_since().search(self.text, ctx.span[0],
                                      mention.start + (6 if since else 0)) is not None

    def compared_figures(self, ctx: Context, drafts: list[Draft]) -> list[tuple[int, int]]:
        """The sentence's figures that something is compared with: an old level or share
        (`from 8 billion rupees`, `against 366,000 tonnes`, `down from a 54.7% share`, `a
        turnaround from the $334.2 million deficit`: a balance or price too, though no claim)
        or what a figure is set against (`than the 49% slump`, `below July's 270 tonnes`); a
        change is never an old level."""
        floor = ctx.span[0]
        changes = {self.quantities[d.index].start for d in drafts if d.kind == "change"}
        found: list[tuple[int, int]] = []
        for q in (self.quantities[i] for i in ctx.indices):
            if not (measurable(q) or q.unit == "percent"):
                continue  # (a count is no level: `from more than 30 countries in 2020`)
            if (q.start not in changes and base_level(self.text, (q.start, q.end), floor)
                    or _THAN_THE.search(self.text, max(floor, q.start - 30), q.start)
                    or _BELOW_OWNED.search(self.text, max(floor, q.start - 30), q.start)):
                found.append((q.start, q.end))
        return found

    def plan_points_back(self, ctx: Context, quantity: Quantity) -> bool:
        """Whether the plan's own clause, up to a semicolon either side, points back to the
        period in force (`_plan_points_back`; not `though it gave no date; during that period
        Kurdish flows will resume`)."""
        start, end = ctx.span
        start = max(start, self.text.rfind(";", start, quantity.start) + 1)
        stop = self.text.find(";", quantity.end, end)
        return _plan_points_back().search(self.text[:end if stop < 0 else stop],
                                          start) is not None

    def outside_relatives(self, ctx: Context, claims: list[Claim]) -> list[Claim]:
        """The claims of a sentence outside its relative clauses (`, which/who/whose ...,`
        anywhere in it), if any, else all: a figure in a relative clause (`Buyers in Peru, which
        took 40% of the total in May, cut purchases to 9,000 tonnes in June`) is an aside whose
        time is its own, not the period the next sentences go on about."""
        relatives = _sentence_asides(self.text, *ctx.span)[0]
        kept = [c for c in claims if not any(a <= c.start < b for a, b in relatives)]
        return kept or claims

    def outlook_after(self, ctx: Context, quantity: Quantity) -> int:
        """Where a later clause or predicate of the sentence opens (`_OUTLOOK_LINK`) whose own
        figure is a forecast or a plan (`sales rose 9% and could top $2 billion over the whole
        year`), else the end of the text: the times from there on are the outlook's, not the
        reported figure's, which keeps its own or the period in force."""
        if not any(m.start >= quantity.end for m in ctx.past) or \
                _names_orders(ctx.sentence.text):
            return len(self.text)  # (orders booked are plans only for the goods)
        spans = [(self.quantities[i].start, self.quantities[i].end) for i in ctx.indices]
        for start, end in sorted(s for s in spans if s[0] >= quantity.end):
            links = list(_OUTLOOK_LINK.finditer(self.text, quantity.end, start))
            if not links or _MEASURED_AGAINST.match(self.text, links[-1].end(), start) or \
                    _ANOTHER.search(self.text, links[-1].end(), start):
                continue  # (`and beat the $3.9 billion analysts had expected for the quarter`,
                # `and could ship another 300,000 tonnes in the season`: the reported figure's
                # own time)
            own = clause_bounds(self.text, *ctx.span, start, self.masked)
            modality = modality_of(self.text, own, ctx.span, start, end,
                                   tuple(s for s in spans if s != (start, end)),
                                   self.document.published)
            if modality in ("planned", "forecast"):
                return links[-1].start()
        return len(self.text)

    def reported_before(self, mention: PeriodMention, quantity: Quantity) -> bool:
        """Whether `mention` is a time over by publication in a coordinate clause before the
        figure (`_CLAUSE_BREAK` between them): what was reported, not when a plan is due."""
        published = self.document.published
        return published is not None and mention.period is not None and \
            mention.period.end < published and mention.end <= quantity.start and \
            _CLAUSE_BREAK.search(self.text, mention.end, quantity.start) is not None

    def event_adjuncts(self, ctx: Context, quantity: Quantity) -> list[tuple[int, int]]:
        """The spans of the adjuncts after the figure on what went before it (`_AFTER_EVENT`:
        `rose 12% to $3.1 billion after steady growth through April`) that hold no figure
        and open on no time (`after the opening weeks of 2024` is a time, not an event); an
        event noun's adjunct ends before a time opened by `in`/`during` (`after strong gains in
        Asia in the first half`: the figure's half), unless set off by a comma or after a time
        of the figure's clause (`from $4.7 million in May 2023, after steep price rises in the
        second half of last year`: the rises' own half)."""
        if not may_hold(self.text, *ctx.span, ("after",)):
            return []
        spans = []
        for found in _AFTER_EVENT.finditer(self.text, quantity.end, ctx.span[1]):
            start, end = found.span()
            opening = start + len(found[0]) - len(found[0].lstrip()[5:].lstrip())
            if any(start <= self.quantities[i].start < end for i in ctx.indices) or any(
                    m.start == opening or (m.start > opening and re.fullmatch(
                        r"(?i:the)\s+", self.text[opening:m.start])) for m in ctx.past):
                continue
            if found["noun"] is not None and self.text[start - 1:start] != "," and not any(
                    quantity.end <= m.start < start for m in ctx.past):
                end = min([m.start for m in ctx.past if found.start("noun") <= m.start < end
                           and _TIME_OPENER.search(self.text, found.start("noun"), m.start)]
                          or [end])
            spans.append((start, end))
        return spans

    def owns_period(self, figure: tuple[int, int], mention: PeriodMention) -> bool:
        """Whether the period right after a figure, with only prepositions and period words
        between (` in the same month of` 2024), is that figure's own."""
        return figure[1] <= mention.start and _COMPARED_GAP.fullmatch(
            self.text, figure[1], mention.start) is not None

    def period(self, ctx: Context, draft: Draft, modality: str,
               periods: SentencePeriods, *, mixed: bool = True) -> Period | None:
        quantity = self.quantities[draft.index]
        at = (quantity.start, quantity.end)
        lead_end = min((self.quantities[i].start for i in ctx.indices if i != draft.index
                        and self.quantities[i].start < quantity.start), default=quantity.start)
        if _bare_goal(self.text, ctx.span, draft.clause, at, lead_end):
            return None  # (`above a 7,500-barrel goal`: a goal with no time of its own)
        mentions = self.plan_periods(ctx) if modality in ("planned", "forecast") else ctx.past
        # `Saudi Arabia, which held the top spot as recently as 2022, sent 85.96 million tons`:
        # a relative clause's time is its own
        relatives, concessions, coordinates = _sentence_asides(self.text, *ctx.span)
        asides = [(a, b) for a, b in relatives if not a <= quantity.start < b]
        # `purchases from China rose by $683 million, even though trade stopped in late October`:
        # a concession after the figure has a time of its own
        asides += [(a, ctx.span[1]) for a in concessions if a >= quantity.end]
        # `China took 112.7 million pounds, and over January-September its purchases were down
        # 10 percent`: a coordinate opening on a time of its own, with a figure of its own
        asides += [(a, ctx.span[1]) for a, b in coordinates if a >= quantity.end and any(
            self.quantities[i].start >= b for i in ctx.indices)]
        asides += self.event_adjuncts(ctx, quantity)
        conceded = self.conceded(ctx, quantity)
        if conceded is not None and any(
                conceded[0] <= m.start < conceded[1] and m.period is not None
                and self.document.published is not None
                and m.period.start > self.document.published for m in mentions):
            # (`Although ... by 2027, Russia accounts for 15.1%`: the opener's plan date; a
            # past one, `Although prices fell in the first half, exports rose`, is the clause's)
            asides.append(conceded)
        # (nor when a level after the figure was last seen: `to pass DKK 1 billion, a level last
        # seen in 2002`; a figure after it is that time's own: `last higher in May 2019, when
        # they came to $2 million`)
        others = [(self.quantities[i].start, self.quantities[i].end) for i in ctx.indices
                  if i != draft.index]
        # (nor the time of an old mark whose own figure stands after the quantity: `was 9% above
        # the season before and beat the former record of 1.2 million tonnes set in 2019`)
        mentions = [m for m in mentions if not any(a <= m.start < b for a, b in asides)
                    and not made_or_released(self.text, m, ctx.span[0])
                    and not (m.start >= quantity.end and self.last_seen(m, ctx.span[0]))
                    and not self.mark_of_later_figure(ctx, quantity, m, others)]
        plan = modality in ("planned", "forecast")
        outlook = len(self.text) if plan else self.outlook_after(ctx, quantity)
        mentions = [m for m in mentions if m.start < outlook]
        if plan:
            # `Trade came to $380 million in 2018, and the two sides aim to lift it to $1
            # billion`: a time already over, in a coordinate clause before the plan, is the
            # report's, not the plan's
            kept = [m for m in mentions if not self.reported_before(m, quantity)]
            over = len(kept) < len(mentions)
            mentions = kept
        else:
            over = False
        # a plan or forecast is dated by its own sentence, not by the reported period in force
        # (`Another 15,000 tons has been ordered` after last month's deliveries); only what it
        # says relative to that period (`the same period`, `the year before`) is read against it;
        # a plan stated just before it, though, is the time it goes on about (`Exports are
        # expected to reach $2 billion this year. Sales to Japan are projected to rise 5%.`)
        relative = plan and (any(m.relation in ("previous", "same") or is_following(m)
                                 for m in mentions) or
                             self.plan_points_back(ctx, quantity) or
                             _year_of_part_in_force(mentions, periods.frame,
                                                    self.document.published, self.text))
        # (not the period of a definite level after a change, which is that phrase's own: `13.3%
        # below May 2024 and far short of the 8.75m-ton peak reached in March`)
        level = None if draft.kind == "change" and periods.level_at > quantity.start and (
            DEFINITE_BEFORE.search(self.text, max(0, periods.level_at - 8), periods.level_at)
            # (nor a level past a semicolon, in another independent clause: `over twice the
            # 2022 volume; the previous high, 5.6 bcm, was set in 2021`)
            or ";" in self.text[quantity.end:periods.level_at]) or \
            periods.level_at >= outlook else periods.level
        if draft.kind == "level" and periods.level_at > quantity.start and base_level(
                self.text, (quantity.start, quantity.end), ctx.span[0]):
            # `had shipped 59 million tonnes the year before and 70 million tonnes in 2020`: an
            # old level steps back from the period in force, not from a later figure's year
            level = None
        reading = SentenceReading(self.text, mentions, ctx.span, others,
                                  periods.frame if not plan or relative else
                                  None if _HORIZON.search(self.text, *ctx.span) else
                                  self.frame.plan or (self.mixed_plan_for(ctx) if mixed else None),
                                  None if over else level,
                                  None if over else periods.change, self.frame.reference(),
                                  self.document.published)
        then = _SINCE_WHEN.search(self.text, ctx.span[0], quantity.start)
        if then is not None and draft.kind == "level":
            # `the smallest since 2005, when it stood at $1.06 billion`: that year's level
            return Period(date(int(then["y"]), 1, 1), date(int(then["y"]), 12, 31))
        listed = respective_periods(self.text, ctx.span, [
            (self.quantities[i].start, self.quantities[i].end) for i in ctx.indices], mentions)
        if quantity.start in listed:  # `2,500 tons and 2,400 tons in March and May, respectively`
            return resolve(listed[quantity.start], reading.frame, self.text)
        shared = _shared_after_respectively(self.text, at, others, mentions)
        if shared is not None:
            # `earned $2.4 billion and $1.3 billion, respectively, last year`: one period after
            # the list dates every figure of it
            return resolve(shared, reading.frame, self.text)
        valued = self.valued(ctx, quantity)
        if valued is not None and valued.period_start and valued.period_end:
            # `peaked in January at 268,835 tonnes, worth US$107 million`: that figure's period
            return Period(date.fromisoformat(valued.period_start),
                          date.fromisoformat(valued.period_end))
        reached = [c for c in (*self.previous, *(self.claims[i] for i in ctx.indices
                                                 if i in self.claims)) if c.kind != "share"
                   ] if draft.kind == "share" and OF_TARGET_AFTER.match(
                       self.text, quantity.end) else []
        if reached and reached[-1].period_start and reached[-1].period_end:
            # `The quarter's earnings already equal 56.4% of the target for the whole year`: the
            # part of the goal reached over the period just counted, not the goal's year
            return Period(date.fromisoformat(reached[-1].period_start),
                          date.fromisoformat(reached[-1].period_end))
        if draft.kind == "change" and periods.frame is not None and self.looked_back(ctx) and \
                _SO_THEN.search(self.text, max(ctx.span[0], quantity.start - 80), quantity.start):
            # `A year earlier Iran had bought $3.6 billion, so the increase came to 176.4
            # percent`: the change from that old level to the one in force is of the latter
            return periods.frame
        whole = self.whole_of_part(ctx, quantity) if draft.kind == "level" else None
        if whole is not None:
            # `Buyers in the U.S. placed US$161.62 billion of those orders`: parts of the total
            # stated before (the latest as large), of its period
            return whole
        period = claim_period(reading, at, draft.clause, draft.kind)
        parties = self.party_counts(ctx, quantity)
        if period is None and parties:
            # `377 tonnes of gold from more than 30 countries in 2020`: a count of the flow's
            # parties after the figure only qualifies it; the time after that count, else no
            # one's, dates the figure
            period = claim_period(replace(reading, others=[
                o for o in others if o not in parties]), at, draft.clause, draft.kind)
        owned = [m for m in mentions if m.period is not None and m.period == period and any(
            at[1] <= f[0] and self.owns_period(f, m) for f in self.compared)]
        if owned:
            # `That represents 53.7% of the bill, down from a 54.7% share in the same months of
            # 2023`: the time of a later figure compared with is that figure's alone
            reading = replace(reading, mentions=[m for m in mentions if m not in owned])
            period = claim_period(reading, at, draft.clause, draft.kind) or reading.frame
        restated = next((self.quantities[i] for i in ctx.indices if period is None and
                         _RESTATED_AS.fullmatch(self.text, quantity.end, self.quantities[i].start)),
                        None)
        if restated is not None:
            # `down £2.7bn, or 15.9%, in January-September 2021`: the restated figure's period
            # is the first one's too
            span = (restated.start, restated.end)
            period = claim_period(reading, span, clause_bounds(
                self.text, *ctx.span, restated.start, self.masked), draft.kind)
        described = _DESCRIBED_LEVEL.search(self.text, max(ctx.span[0], quantity.start - 40),
                                            quantity.start) if draft.kind == "change" else None
        if described is not None:
            # `July's 270 tonnes, a volume already 79% lower than in June`: the change of the
            # level the appositive describes is of that level's period
            level_at = max((self.quantities[i] for i in ctx.indices
                            if self.quantities[i].end <= described.start()),
                           key=lambda q: q.end, default=None)
            if level_at is not None and level_at.end >= described.start() - 2:
                own = claim_period(reading, (level_at.start, level_at.end), clause_bounds(
                    self.text, *ctx.span, level_at.start, self.masked), "level")
                period = own or period
        appended = self.appended_to(ctx, quantity) if draft.kind == "change" else None
        if appended is not None:
            # `520,000 tons in April, bringing the January-April total to 2 million tons, an 8.8%
            # increase`: the change appended to a level is of that level's period
            period = appended
        period = self.standing_listed(draft, at, periods, plan or bool(ctx.past), period,
                                     relatives)
        if draft.kind == "change":
            periods.change = periods.change or period
        elif draft.kind == "level" and not base_level(self.text, at, ctx.span[0]) and \
                not in_when_clause(reading, at) and not _BELOW_OWNED.search(
                    self.text, max(ctx.span[0], at[0] - 30), at[0]) and \
                not in_earlier_state(self.text, ctx.span[0], at[0]) and \
                not self.old_mark(ctx, quantity):
            # (nor an old mark's figure, `beat the former record of 1.2 million tonnes set in
            # 2019`: no new level a change of the sentence falls back on)
            if periods.level is None:
                periods.level, periods.level_at = period, at[0]
        return period

    def standing_listed(self, draft: Draft, at: tuple[int, int], periods: SentencePeriods,
                        dated: bool, period: Period | None,
                        relatives: tuple[tuple[int, int], ...]) -> Period | None:
        """The period of a level or share in a reported sentence that names no period (`dated`
        false) and has a period in force, once an earlier level of it (or, for a share, a share)
        was found standing (`Angola pumps 1.1 million barrels a day: China takes 610,000 bpd,
        ahead of India at 140,000 bpd`, `exports about $9 billion a year of cathodes, 41 per cent
        of it to China`): the figures listed after a standing fact are standing too, not of the
        period in force.

        A figure starts the carry when it has no period though one is in force, is in no
        relative clause (`relatives`: `Chile, which usually buys about 30,000 tons, took ...`)
        and its clause has no past-tense verb before it (`PAST_VERB`: `used to take 900,000
        bpd`). A later figure is carried only when no contrast (`but`, `yet`, `while`, `whereas`,
        `though`) nor semicolon stands between the two and its own clause, from the standing
        figure on, has no past-tense verb (`pumps about 1.3 million bpd but exported only 900,000
        bpd`, `, and buyers in Chile took 2,500 tons`: reported figures of the period in force;
        not a participle before the clause, `most of it sold to Europe: Italy takes 495,000
        bpd`)."""
        if draft.kind not in ("level", "share") or dated or periods.frame is None:
            return period
        if period is None and periods.standing < 0:
            if not any(a <= at[0] < b for a, b in relatives) and \
                    PAST_VERB.search(self.text, draft.clause[0], at[0]) is None:
                periods.standing, periods.standing_kind = at[1], draft.kind
        elif period is not None and 0 <= periods.standing <= at[0] and \
                ";" not in self.text[periods.standing:at[0]] and \
                CONTRAST_BREAK.search(self.text, periods.standing, at[0]) is None and \
                PAST_VERB.search(self.text, max(periods.standing, draft.clause[0]),
                                 draft.clause[1]) is None and \
                (periods.standing_kind == "level" or draft.kind == "share"):
            # (a standing share leaves a level after it the period in force: `taking about 25
            # percent of Chile's total salmon sales of $6.1 billion`)
            return None
        return period

    def appended_to(self, ctx: Context, quantity: Quantity) -> Period | None:
        """The period of the level a change is appended to (`bringing the January-April total to 2
        million tons, an 8.8% increase`), when that level is the new one with a period of its own
        (not an old level compared with: `from $2.1 billion in 2022, up 19%`)."""
        level = max((self.claims[i] for i in ctx.indices if i in self.claims
                     and self.claims[i].end <= quantity.start), key=lambda c: c.end, default=None)
        if level is None or level.kind != "level" or not level.period_start or \
                not level.period_end or not _APPENDED_CHANGE.fullmatch(
                    self.text, level.end, quantity.start) or \
                base_level(self.text, (level.start, level.end), ctx.span[0]) or \
                _MONTH_ON_MONTH.match(self.text, quantity.end):
            # (`bringing the January-May total to 2 million tons, up 3% from April`: the change
            # compares a month with a month, so it is the month's)
            return None
        return Period(date.fromisoformat(level.period_start), date.fromisoformat(level.period_end))

    def party_counts(self, ctx: Context, quantity: Quantity) -> list[tuple[int, int]]:
        """The spans of counts of the countries or firms the figure's flow runs to or from,
        after it (`to 54 countries`, `from nearly 60 countries`)."""
        return [(q.start, q.end) for q in (self.quantities[i] for i in ctx.indices)
                if q.unit in _PARTY_UNITS and q.start > quantity.end
                and _TO_PARTIES.search(self.text, max(quantity.end, q.start - 30), q.start)]

    def compared_lead(self, ctx: Context) -> bool:
        """Whether the sentence opens on a comparison of the figure reported before it (`That
        compares with ...`, `That was below 2022, when ...`): an aside, whose periods are the
        bases compared with."""
        lead = _COMPARED_LEAD.match(self.text, ctx.span[0])
        if lead is None:
            return False
        # (not a sentence that reports its own amount and its own later period: `It was above
        # $2 billion again in 2024` after 2023 is a new report, not the base of the one before)
        current = self.frame.current()
        return not (current is not None and _OWN_LEVEL_AFTER.match(self.text, lead.end()) and any(
            m.relation == "period" and m.period is not None and m.start >= lead.end()
            and m.period.start > current.end for m in ctx.past))

    def looked_back(self, ctx: Context) -> bool:
        """Whether the sentence opens on a pointer back (`A year earlier, ...`, `A year earlier
        Iran had bought ...`, `In the same month a year earlier ...`)."""
        return any(m.relation == "previous" and _LOOK_BACK_LEAD.fullmatch(
            self.text, ctx.span[0], m.start) and (self.text.startswith(",", m.end) or _SAME.search(
                m.surface) or opening_pointer(self.text, m, ctx.span[0])) for m in ctx.past)

    def year_back_only(self, ctx: Context, made: list[Claim]) -> bool:
        """Whether every dated figure of the sentence is of the months in force a year back
        (`Melons, worth 2.1 billion pesos in March last year, were absent from the data`
        while September is in force): a comparison with the year before, after which those
        months stay in force. Only while months shorter than a year are in force (a whole
        year named after another may move the report on), and not when the sentence opens on
        that time."""
        in_force = self.frame.current()
        if in_force is None or (length_in_months(in_force) or 12) >= 12 or \
                min(in_force.start.year, in_force.end.year) <= MINYEAR:
            return False  # (a span in year 1, in a text with no publication date, has no year
            # before it)
        start = in_force.start
        back = (date(start.year - 1, start.month, min(start.day, last_day(
            start.year - 1, start.month).day)).isoformat(), _year_back_end(in_force).isoformat())
        dated = [(c.period_start, c.period_end) for c in made if c.period_start and c.period_end]
        # (not a sentence opening on that time, which moves the report back to it, with or
        # without a comma: `In the first half of 2021, Malaysian tin made up 9%. Indonesia was
        # then the biggest supplier`, `During January-May 2023 Brazil ...`)
        opening = _OPENING_TIME.match(self.text, ctx.span[0])
        return bool(dated) and all(d == back for d in dated) and not any(
            (opening is not None and ctx.span[0] <= m.start < opening.end())
            or _OPENING_LEAD.fullmatch(self.text, ctx.span[0], m.start) is not None
            for m in ctx.past if m.relation == "period")

    def flashback(self, ctx: Context, made: list[Claim]) -> bool:
        """Whether the sentence's main verb, before its first figure, is a past perfect (`For all
        of 2022 they had come to 541 million dollars`, `Sales abroad had fallen 34% last year`):
        a look back from the period in force, which stays in force (not a past perfect in a
        clause of its own, `after a year in which they had climbed`, nor with nothing in force:
        `Egypt had shipped 650,000 tons by May 20` opens the report)."""
        if not made or self.frame.current() is None or "had" not in ctx.sentence.text:
            return False
        first = min(c.start for c in made)
        done = _HAD_DONE.search(self.text, ctx.span[0], first)
        return done is not None and not _CLAUSE_BEFORE_HAD.search(self.text, ctx.span[0],
                                                                  done.start())

    def whole_of_part(self, ctx: Context, quantity: Quantity) -> Period | None:
        """The period of the total a level is a part of, when its sentence, naming no period,
        takes its figures `of those orders` (or shipments, exports ...): the latest earlier level
        in the same unit at least as large, so a month's figure is no whole of parts that exceed
        it (an old level compared with, `from €8,651.7 million in 2021`, is no such total). A
        bare `of that` takes only a reported whole; the part's value after it (`of that for $210
        million`) is dated as the part, and an old level `a year earlier` after it a year back."""
        text = self.text
        bare = [(self.quantities[i], found) for i in ctx.indices
                if (found := _part_of_that().match(text, self.quantities[i].end))]
        bare_part = bool(bare) and quantity.start >= bare[0][0].start
        year_back = 0
        if bare_part and _YEAR_EARLIER_AFTER.match(text, quantity.end) and \
                base_level(text, (quantity.start, quantity.end), ctx.span[0]):
            # `up from 120,000 tonnes a year earlier`: an old level, the part's a year back (not
            # `against $7.4 billion bought from it`, another part of the same total)
            year_back, quantity = 1, bare[0][0]
        elif bare_part and _part_price().fullmatch(text, bare[0][1].end(), quantity.start):
            # `150,000 tonnes of that for $210 million`: the part's value, as the part
            quantity = bare[0][0]
        if not (bare_part or any(_PART_OF_THOSE.match(text, self.quantities[i].end)
                                 for i in ctx.indices)) or \
                any(m.relation == "period" for m in ctx.past):
            return None  # (a period of the sentence's own dates its parts)
        whole = next((c for c in reversed(self.history) if c.kind == "level"
                      and c.start < ctx.span[0] and c.unit == quantity.unit
                      and (not bare_part or c.modality == "reported")
                      and c.value >= quantity.value and c.period_start and c.period_end
                      and not base_level(self.text, (c.start, c.end), c.sentence_start)), None)
        if whole is None or whole.period_start is None or whole.period_end is None:
            return None
        first, last = date.fromisoformat(whole.period_start), date.fromisoformat(whole.period_end)
        if year_back and (first.month, first.day) != (2, 29) and (last.month, last.day) != (2, 29):
            first, last = first.replace(year=first.year - 1), last.replace(year=last.year - 1)
        elif year_back:
            return None
        return Period(first, last)

    def export_orders(self, ctx: Context) -> bool:
        """Whether the sentence counts export orders (`Export orders received by Taiwanese
        companies rose 43.8 percent`, and `Fourth-quarter bookings jumped` after them): goods
        a country's companies have been ordered to ship, its planned exports; notes the country
        whose orders they are."""
        named = _names_export_orders(ctx.sentence.text)
        if not named and not (self.booker is not None and _names_orders(ctx.sentence.text)):
            return False
        owner = next((c.code for c in ctx.countries if c.code and (
            c.possessive or c.form == "demonym") and c.form != "pronoun"), None)
        if named or not self.booker:
            # (`Foreign customers booked ... from Taiwanese companies` under a headline on
            # export orders names the country)
            self.booker = owner or self.booker or self.focus or ""
        return True

    @staticmethod
    def ship_orders(quantity: Quantity) -> bool:
        """Whether a planned figure counts ships ordered by their compensated gross tonnage
        (`Korean yards booked 9.43 million CGTs in 2019`): a unit only ship orders (and the
        yards' books) are counted in, so the figure is dated by the time the orders were won,
        like export orders, not a delivery plan's future time."""
        return quantity.unit.lower() == "cgt"

    def due_passed(self, ctx: Context) -> bool:
        """Whether the dates goods are due (`sold ... for delivery on May 22-23`) are nearer to
        the publication day in the past than in the future: the goods have arrived, and the
        flow is reported (`for August 1-10 shipment` in May is the coming August)."""
        published = self.document.published
        if published is None:
            return False
        dues = due_spans(self.text, *ctx.span)
        if dues and any(m.period is not None and m.period.end < published and m.start < dues[0][0]
                        and YEAR_WRITTEN.search(m.surface) for m in ctx.past):
            # `Iraq bought 150,000 tonnes of rice in 2022 for delivery on Jan. 10-20` (not a year
            # after the due phrase: `for July loading, the first purchase since ... in 2019`)
            return True
        for cue_start, cue_end in dues:
            past = next((m.period for m in ctx.past if cue_start <= m.start <= cue_end + 2
                         and m.period is not None), None)
            ahead = next((m.period for m in self.future_periods(ctx)
                          if cue_start <= m.start <= cue_end + 2 and m.period is not None), None)
            if ahead is not None and ahead.start <= published <= ahead.end:
                return False  # (`for shipment in June and July`, in June: under way)
            if past is not None and past.end < published and (
                    ahead is None or ahead.end < published
                    or published - past.end < ahead.start - published):
                return True
        return False

    def revised_outlook(self, ctx: Context, quantity: Quantity) -> bool:
        """Whether the quantity follows, in its sentence, a verb revising a forecast, estimate,
        outlook, guidance or target (`cut its forecast to 43.7 Mt from 44.1 Mt`): its old value
        is the outlook given before, still a forecast, not a level that was reached."""
        text = self.text
        start = max(ctx.span[0], quantity.start - 150)
        if not any(w in text[start:quantity.start].lower() for w in (
                "forecast", "estimate", "outlook", "guidance", "target", "projection",
                "prediction")):
            return False
        return _REVISED_OUTLOOK.search(text, start, quantity.start) is not None

    def headline_plan(self, quantity: Quantity) -> bool:
        """Whether the quantity is the object of a headline's infinitive (`South Sudan to ship 3
        million barrels`, `Uruguay to sell China 4,000 tons of dairy goods`): headline style for
        what is to happen, a plan (not `forced to import`, `used to buy`)."""
        line = self.headline_line
        if line is None or quantity.end > line.end(1):
            return False
        return _HEADLINE_INFINITIVE.match(self.text, 0, quantity.start) is not None or \
            _HEADLINE_DEAL.match(self.text, 0, quantity.start) is not None

    def part_of_plan(self, ctx: Context, quantity: Quantity) -> bool:
        """Whether the sentence opens on a back-reference to a total (`_PLANNED_PART_OPENING`)
        and the paragraph's last sentence with claims stated a planned level: a part of a
        planned total is planned too (read narrowly: a broad carry of plans split the gold); not
        a part said to be moving `already` (`Of that volume Cuba already takes 98,000 b/d`)."""
        if self.text[ctx.span[0]:ctx.span[0] + 1] not in ("O", "T") or \
                not _PLANNED_PART_OPENING.match(self.text, ctx.span[0], ctx.span[1]) or \
                "already" in self.text[ctx.span[0]:quantity.start].lower():
            return False
        return any(c.kind == "level" and c.modality == "planned" for c in self.previous)

    def mixed_plan_for(self, ctx: Context) -> Period | None:
        """The period of `mixed_forecast` for a plan in this sentence: none when the sentence
        turns to other news (`Separately,`) or names the plan's own length (`under a five-year
        deal`)."""
        forecast = self.mixed_forecast
        if forecast is None or forecast.period_start is None or forecast.period_end is None or \
                _topic_change(self.text, ctx.span[0]) or \
                _DEAL_LENGTH.search(self.text, *ctx.span):
            return None
        return Period(date.fromisoformat(forecast.period_start),
                      date.fromisoformat(forecast.period_end))

    def year_in_force(self) -> Period | None:
        """The year the period in force is part of: a twelve-month span in force before that
        holds it (a fiscal year), else the calendar year of a period inside one; none when that
        year ended before publication (`in December 2023. Officials expect the year's total`,
        read in 2024: the year to come, not one over)."""
        current = self.frame.current()
        if current is None:
            return None
        if length_in_months(current) == 12:
            found: Period | None = current
        else:
            found = next((p for p in reversed(self.frame.spans) if length_in_months(p) == 12
                          and p.start <= current.start and current.end <= p.end), None)
        if found is None and current.start.year == current.end.year:
            found = Period(date(current.start.year, 1, 1), date(current.start.year, 12, 31))
        published = self.document.published
        if found is not None and published is not None and found.end < published:
            return None
        return found

    def put_ahead(self, ctx: Context, quantity: Quantity, period: Period | None) -> bool:
        """Whether a level is a figure put at an amount (`_PUT_AT_FIGURE`, `puts the 2024/25
        harvest at 9 million tons`) for a period that ends after the publication date: an
        assessment of what is still to come is a forecast (conventions), while one of a period
        over is a report. A period of a month or less that the publication date falls in
        (`Kpler put November arrivals at 1.87 million bpd`, late in November) is the running
        tally of that month, still a report."""
        published = self.document.published
        if period is None or published is None or period.end <= published or not any(
                _names_year(self.text[m.start:m.end]) for m in ctx.past):
            return False  # (a period carried from before, or `in 20 days`: no dated outlook)
        if period.start <= published and (period.end - period.start).days < 31:
            return False
        if _SO_FAR.search(self.text, *ctx.span):
            return False  # `put coal exports so far this year at 95 million tonnes`: a tally
        start = max(ctx.span[0], quantity.start - 120)
        window = self.text[start:quantity.start]
        return "put" in window.lower() and _PUT_AT_FIGURE.search(window) is not None

    def conceded(self, ctx: Context, quantity: Quantity) -> tuple[int, int] | None:
        """The conceding opener of the sentence (`Although the bloc has pledged to ...,`) when
        the quantity lies after it, in the main clause."""
        opener = concessive_opener(self.text, *ctx.span)
        return opener if opener is not None and quantity.start >= opener[1] else None
