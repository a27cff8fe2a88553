"""Quantity layer: text -> `Quantity` records (number, unit, range, bound, change, restatement).

`extract_quantities(text)` scans the text once with one compiled pattern for number cores
(digits, spelled-out numbers, fractions, multipliers), reads each core's unit and context from
bounded windows around it, then groups neighbours (ranges, shared units, restatements). All
patterns cap their repetitions, so the time is linear in the length of the text.

Units come out as canonical codes (`t`, `bbl`, `bbl/d`, `t/yr`, ISO 4217, `percent`, `x`, a
singular noun, pint names); values have scale words and unit prefixes applied (`5 kt` -> 5000 t).
Ages are quantities with unit `year_of_age` (consumers that only want trade units skip them).
The claim layer (`extract/claims.py`) decides which quantities are trade claims.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache, lru_cache

from tradetrace.extract import quantity_context as context
from tradetrace.extract.numbers import Reading, read_digits, read_words
from tradetrace.extract.parties import find_countries
from tradetrace.extract.power_units import read_power_units
from tradetrace.extract.quantity_groups import (
    GOODS_AMOUNT_AFTER,
    TIME_UNITS,
    Draft,
    carry_counted_nouns,
    carry_gapped_changes,
    carry_local_dollars,
    carry_paragraph_prices,
    carry_part_units,
    carry_percent_changes,
    carry_rate_units,
    carry_row_units,
    carry_scaled_units,
    carry_units_across_and,
    count_residents,
    count_weighed_bags,
    group,
    mark_restatements,
)
from tradetrace.extract.quantity_lexicon import Lexicon, lexicon
from tradetrace.extract.tries import word_trie
from tradetrace.knowledge.commodities import ancestors, commodities
from tradetrace.model.claim import Direction, Quantity
from tradetrace.normalize.periods import MONTH_NAMES, MONTHS
from tradetrace.normalize.units import UnknownUnit, canonical_unit

AGE_UNIT = "year_of_age"
MULTIPLIER_UNIT = "x"
_CHANGE_BY_VERB = frozenset({"currency", "physical", "code"})
_MAX_BARE_DIGITS = 15
_HALF_BEFORE = ("first", "second", "latter", "last", "other", "the", "a", "and", "same",
                "previous", "preceding", "prior", "next", "this", "final", "opening", "1st", "2nd",
                "st", "nd")
"""Words before `half` that make it a half-year or a half of something, no proportion
(`on the same half of 2022`, `the previous half`)."""
_FLOW_COUNT_NOUNS = frozenset({"export", "import", "shipment", "sale", "purchase", "delivery",
                               "arrival", "earning"})
"""Flow nouns after a year (`put 2006 diamond exports at`): the year's flows, never a count."""
_YEAR_DASH = re.compile(r"(?<!\d)(?:1[89]|20)\d\d[-–/]$")
_YEAR_BEFORE = re.compile(r"(?:(?i:in|since|from|by|until|of|the|to|and|between)|['’]s)"
                          r"[ \u00a0]$")  # `North Korea's 2019 imports`: a year
_SUSPENDED = re.compile(r"-(?:,[ \u00a0][\w.]{1,12}-){0,4},?[ \u00a0](?:and|or|to)[ \u00a0]"
                        r"[\w.]{1,12}-([a-z]{3,30})(?![\w-])")
_OF_A = re.compile(r"[ \u00a0](?:of[ \u00a0])?(?:a|an|one)[ \u00a0]"
                   r"(?:(?:US|U\.S\.|imperial|metric|British|nautical)[ \u00a0])?")
_MIXED = re.compile(r"[ \u00a0-](\d{1,2})[/\u2044](\d{1,2})(?![\d/\u2044])"
                    r"(?=[ \u00a0-][A-Za-z]|[ \u00a0]?%)")
_OF_A_SCALE = re.compile(r"[ \u00a0](?:of[ \u00a0])?(?:(?:a|an|one)[ \u00a0])?"
                         r"(?i:(dozen|thousand|million|billion|trillion))(?![\w-])")
_POWER_OF_TEN = re.compile(r"[ \u00a0]?[×x][ \u00a0]?10(?:\^|\*\*)?"
                           r"([−\-–]?\d{1,3}|⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})(?!\d)")
_SUPERSCRIPTS = str.maketrans("⁻⁰¹²³⁴⁵⁶⁷⁸⁹", "-0123456789")
_SCALED_LOW_END = re.compile(r"\d(?:mn|bn|mln|bln|tn|k|[ \u00a0](?:million|billion|mln|bln))$")
"""A number with its scale written on (`10mn`) or after it (`1.3 million`), before the dash of a
range (`1.3 million-1.4 million metric tons`)."""
_TONNE_LETTERS = frozenset({"T", "tn"})
"""Scale letters (`T`, `tn`: trillion) that after a large figure with no money before or after
it are tonnes (`710,000tn`; but `Rp 1,500 tn`, `1,234 tn dong` are trillions of money)."""
_TONNE_LETTER = re.compile(r"[ \u00a0]?(?:T|tn)(?![A-Za-z0-9\-])")
"""The tonne written as a letter behind its figure (`860,000 T`, `9.6 mln T`, `710,000tn`)."""
_DOZENS_AFTER_SCALE = re.compile(r"[ \u00a0](?i:dozens?)(?![\w-])")
"""`dozen` right after a scale word: the figure counts dozens (`2.9 million dozen eggs`)."""


def _money_after(text: str, at: int, lex: Lexicon) -> bool:
    """Whether a currency word or code follows `at` (`1,234 tn dong`, `500 T yuan`)."""
    unit = lex.unit_after.match(text, at)
    if unit is None:
        return False
    resolved = _resolve_unit(unit.group("ci"), unit.group("cs") or unit.group("short"), 1.0, lex)
    return resolved is not None and resolved[1] == "currency"
_SECOND_AS_ORDINAL = re.compile(r"[-\u2010\u2011][a-z]|[ \u00a0]hand\b")
"""After `second`: the ordinal of a compound (`second-hand`, `second-largest`), no time unit."""
_ADDRESS_RANGE = re.compile(r"[-–]\d{1,4}[ \u00a0](?!(?:Mtpa|Mtoe|Bcf|Bcm|Tcf)\b)[A-Z][a-z]{2}")
"""`16-18 Industrial Avenue`: a name after a range (not a unit: `5-6 Mt`, `8-10 Bcf`)."""
_MORE_AFTER = re.compile(r"[ \u00a0](?:more|higher|larger|bigger|greater|faster|as|over)\b")
_OF_AFTER = re.compile(r"[ \u00a0]of[ \u00a0]")
_MEAN_BEFORE = re.compile(r"(?i:an[ \u00a0]average[ \u00a0]of|an[ \u00a0]estimated)[ \u00a0]$")
"""Not hedges (no bound), but no year follows them: `an average of 1500 visitors`."""
_LOSS_OF = re.compile(r"(?<![\w-])(?i:loss(?:es)?)[ \u00a0]of[ \u00a0](?:[a-z]+[ \u00a0]){0,3}$")
_PER_NOUN = re.compile(r"[ \u00a0]per[ \u00a0]([a-z]{3,20})(?![\w-])")
_AGE_REACHED = re.compile(r"(?<![\w-])(?i:turn(?:s|ed|ing)?|life[ \u00a0]expectancy"
                          r"(?:[ \u00a0][\w-]{1,15}){0,5}?[ \u00a0](?:of|is|was|at|to|reached))"
                          r"(?:[ \u00a0](?i:about|around|nearly|almost|roughly|just|only))?"
                          r"[ \u00a0]$")
_CODE_BEFORE = re.compile(r"(?<![\d.,])\d{1,8}-$")
_DAY_BEFORE = re.compile(r"(?<![\d.,])\d{1,2},?[ \u00a0]$")
_NAME_PAREN = re.compile(r"[A-Z][a-z]+[ \u00a0]\($")
_MAX_AGE = 130
_SLASHED_AFTER = re.compile(r"/\d")
_SLASHED_BEFORE = re.compile(r"\d/$")
_HEDGE_SUFFIX = re.compile(r"-(?i:(plus|odd))(?=[ \u00a0][a-z])")
_RAISED_MONEY = re.compile(r"(?<![\w-])(?i:rais(?:e|ed|es|ing))[ \u00a0]+(?:(?i:about|nearly|"
                           r"almost|some|around|roughly|over|more|than|just|only|an|a|estimated|"
                           r"further|total|of|another|additional|record)[ \u00a0]+){0,3}$")
"""`raised $5 million`, `raising a further €2bn`: money collected, not a rise (`raised ... by`)."""
_MONEY_CODES = frozenset({"cent", "penny"})
_SPACES = (" ", "\u00a0")
_SPACED_SYMBOL = re.compile(r"[ \u00a0]([CVWpt])(?=[,;:)!?]|\.(?![A-Za-z])|[ \u00a0][a-z]|"
                            r"[ \u00a0][–—-][ \u00a0]|$|(?<=t)/[a-z])")
"""One-letter symbols a space may part from the number when a clause goes on in lower case
(`12 C melting point`, `a 5 W charger`, `down 68 p at 1112 p`, `280,000 t in all`, `1.1mn t –
Kpler`), and tonnes over a time after a slash (`85,000 t/month`); `5 C` before a name is not."""
_SIGNED_CHANGE_UNITS = frozenset({"percent", "percentage_point"})
"""Units in which a sign is a movement (`+1%`, `-8.6%`), not a negative level."""
_SPAN_UNITS = frozenset({"year", "month", "week", "day"})
_CLOCK_UNITS = frozenset({"hour", "minute"})
"""Durations a day is told in (`12 hours a day`): never a rate of their own."""
_NAMED_SPAN_BEFORE = re.compile(r"(?:(?<![\w-])(?:(?i:the)[ \u00a0]+(?i:first|remaining|opening|"
                                r"initial|same)|(?i:in|during|over)[ \u00a0]+(?i:the))|"
                                r"['’]s[ \u00a0]+(?i:first|opening))[ \u00a0]+$")
"""`the first eight months`, `the remaining ten months`, `the year's first eight months`, `over
the five months`: a named stretch of the calendar (a period); `the past two years`, `the last 200
days` count time back from now (durations)."""
_FRAMED_SPAN_BEFORE = re.compile(r"(?<![\w-])(?:(?i:over|across|for|of)[ \u00a0]+(?i:the|those)|"
                                 r"(?i:the|in)[ \u00a0]+(?i:first|opening))[ \u00a0]+$")
"""`Shipments over the nine months fell`, `across the two months`, `the bill for the ten months`,
a headline's `in first two months`: a stretch of the calendar the story has named, a period
whatever follows but a clause about the time itself (`over the three years he spent`); `in
those five months` and `over the last five years` are not read here, and `the final three
months` is a period only where it closes (`of 2023`, `,`), as `the final two years at home` is
not."""
_TIME_CLAUSE_AFTER = re.compile(r"[ \u00a0]+(?:he|she|they|we|I|you|it|who|that|which|when)\b")
"""After a count of months: a clause about the time itself (`over the three years he spent`)."""
_SPAN_TOTAL_AFTER = re.compile(r"[ \u00a0]+(?:total|totals|exports|imports|shipments|sales|"
                               r"purchases|period|average|tally|figure)(?![\w-])")
"""After `of the five-month`: the period's total (`30% of the seven-month total`)."""
_THE_BEFORE = re.compile(r"(?<![\w-])(?i:the)[ \u00a0]+$")
_SPAN_CLOSES = re.compile(r"\s*(?:[,.;:)]|$|(?:of|to|through|ending|ended|ending|until)\b)")
"""After `in the nine months`: a period closes (`, however`, `to September`), not a clause
about the time itself (`in the three years he spent`)."""
_EXTREME_AFTER = re.compile(r"[ \u00a0](?:high|low|peak|record|best|worst|trough)s?(?![\w-])")
_WON_WINDOW = 300
"""Characters either side of a `won` amount searched for whose currency it is."""
_SHARED_WINDOW = 1000
"""Characters either side of a bare `pesos` (`rupees`, `dinars`) amount searched for the
country whose currency it is: an article's paragraph or two."""
_STORY_WINDOW = 3000
"""How far back `_story_currency` looks for the country a story is about."""
_NAME_MEMBERS = re.compile(r"(?:-affiliated|[ \u00a0]+(?:members|workers|unionists|unions?|"
                           r"dockers|strikers|activists|affiliates|delegates))\b")
"""After capitals read as a unit: people, so the capitals name their organisation."""
_DATELINE_PLACE = re.compile(r"\s*(?P<place>[A-Z][A-Z]+(?:[ \u00a0][A-Z][A-Z]+)*)\b"
                             r"(?=\s*(?:[-–—:(]|,[^\n]{0,30}?[-–—:]))")
"""A place in capitals opening a story (`KARACHI:`, `NEW DELHI -`)."""
_FAR_YEAR_BEFORE = re.compile(r"(?i:in|by|until|till|before|after|since)[ \u00a0]$")
_YEAR_COMPARED_BEFORE = re.compile(r"(?<![\w-])(?i:above|below|over|since|until|till|through|"
                                   r"around|than|versus|vs\.?|against)[ \u00a0]+"
                                   r"(?:(?i:at[ \u00a0]+least|about|around|early)[ \u00a0]+)?$")
"""Before a bare number of a year's shape: a comparison or a span that takes a year (`14%
above 2022`, `the most since at least 2012`, `averaged 11,504 tons over 2005-2020`, `until
about 2025`), so it is the year and not an amount."""
_YEAR_MODIFIES_AFTER = re.compile(r"[ \u00a0]+(?:[A-Z]{2,6}[ \u00a0]+)?(?!(?:to|and|or|in|on|at|"
                                  r"of|for|from|by|with|as|than|the|this|that|last|per|while|"
                                  r"but|when|after|before|during|over|under|up|down|more|less|"
                                  r"compared|against|versus|was|were|is|are|a|an)\b)[a-z]{3,}")
"""After a bare number of a year's shape: the noun it dates (`trims 2023 market pulp output`,
`raises 2025 LNG import plan`), not a function word (`rose to 2023 in May`)."""
_VERB_BEFORE = frozenset({"to", "will", "would", "could", "can", "may", "might", "should",
                          "must", "nearly", "almost", "more", "than"})
_MINUS = re.compile(r"(?<![\w-])(?i:minus)[ \u00a0-]$")
_SUB = re.compile(r"(?<![\w-])(?i:sub)-$")
_AND_A_HALF = re.compile(r"[ \u00a0]and[ \u00a0]a[ \u00a0]half(?![\w-])")
_PERIOD_BEFORE = frozenset({"in", "per", "every", "each", "within", "last", "past", "next",
                            "first", "second", "third", "fourth", "previous", "recent", "the",
                            "this", "that", "consecutive", "straight", "successive"})
"""Words before `quarter(s)` that make it three months (`the last three quarters`)."""
_COMPARED = ("above", "below")
_FRACTION_AFTER = ("less", "more", "lower", "higher", "fewer", "smaller", "larger", "bigger",
                   "last", "went", "goes", "came", "was", "were", "from", "compared", "since",
                   "between", "year-on-year", "on-year", *_COMPARED)
"""Words after `a third`, `a quarter` that make it a proportion (`rose by more than a third last
year`, `about a quarter less than a year earlier`, `a quarter went to China`, `a quarter above
December`, `fell by a third between 2022 and 2023`), not an ordinal
before its noun (`a third nuclear test`, `a quarter century`)."""
_PROPORTION_BEFORE = frozenset({"under", "over", "nearly", "almost", "about", "around",
                                "roughly", "than", "up", "down", "by", "some", "just"})
"""Words before `half`, `a third` that make it a proportion (`just under half`, `trade up a
third in January-May`); `the first half`, `a third nuclear test` are not."""
_AFTER_PROPORTION = frozenset({"in", "from", "to", "on", "at", "last", "this", "over", "against",
                               "versus", "while", "and", "but", "since", "compared", "year-on-year",
                               "on-year", "y/y", "than", "as", "after", "before", "during", "a",
                               "-", "—", "–"})
_TWICE_AFTER = ("the", "its", "their", "that", "those", "these", "what", "his", "her")
_TIME_WORDS = frozenset({"following", "next", "same", "previous", "last", "first", "year", "month",
                         "week", "day", "time", "season", "quarter"})
"""Words after `twice` that make it a multiple of an amount (`twice the annual ceiling`)."""
_TWICE_AMOUNT = re.compile(r"[ \u00a0]+(?:as[ \u00a0]+(?:much|many|large|high|big|great)\b|"
                          r"(?:(?:last|this|the[ \u00a0]+previous)[ \u00a0]+)?[\w-]+['’]s\b)",
                          re.IGNORECASE)
"""After `twice`: the amount it multiplies, compared (`twice as much as a year earlier`) or
owned (`twice last year's 18,000 tons`, `twice September's rate`)."""
_LINE_END = re.compile(r"[ \u00a0]*(?:\n|$)")
"""After a multiplier: the end of its line (`Turkish exports to Qatar triple`, a headline's
verb)."""
_TAKES = ("takes", "took", "take", "taking")
"""Verbs before a bare `half` that make it a part taken (`Europe takes half`)."""
_HALF_VERBS = ("went", "goes", "was", "were", "came", "comes", "is")
"""Verbs after `half` that make it a part of the total before (`half went to China`)."""
_HALF_AFTER = ("of", "the", "a", "an", "its", "their", "his", "her", "that", "this", "what",
               "dozen", "thousand", "million", "billion", "trillion")


def extract_quantities(text: str) -> list[Quantity]:
    """Every quantity in `text`, sorted by start; spans index into `text`."""
    drafts = list(_scan(text))
    drafts = count_weighed_bags(text, group(text, drafts))
    drafts = [_range_rate(text, d) for d in drafts if not (d.spelled and d.bare)]
    drafts = carry_percent_changes(text, drafts)
    drafts = carry_units_across_and(text, drafts)
    drafts = carry_gapped_changes(text, drafts)
    drafts = [_oil_price_cap(text, _priced_unit_before(text, d, drafts[i - 1] if i else None))
              for i, d in enumerate(drafts)]
    drafts = carry_rate_units(text, drafts)
    drafts = carry_paragraph_prices(text, drafts)
    drafts = carry_counted_nouns(text, drafts)
    drafts = carry_row_units(text, drafts)
    drafts = count_residents(text, carry_scaled_units(text, drafts))
    drafts = [_percent_in_month(text, d) for d in drafts]
    drafts = _listed_prices(text, _priced_restatements(text, mark_restatements(text, drafts)))
    drafts = carry_local_dollars(text, drafts)
    drafts = carry_part_units(text, drafts)
    drafts = read_power_units(text, drafts)
    drafts = [_cents_in_dollars(d) for d in drafts]
    return [Quantity(start=d.start, end=d.end, surface=text[d.start:d.end], value=d.value,
                     unit=d.unit, value_max=d.value_max, bound=d.bound, change=d.change,
                     unit_surface=d.unit_surface, equivalent_of=d.equivalent_of)
            for d in drafts]


_CENT_CURRENCIES = {"australian": "AUD", "canadian": "CAD", "nz": "NZD", "new zealand": "NZD",
                    "singapore": "SGD", "hong kong": "HKD", "euro": "EUR"}
_CENTS_OF = re.compile(r"(?i)\b(australian|canadian|nz|new zealand|singapore|hong kong|euro)"
                       r"[ \u00a0]+cents?\b")


@cache
def _unit_priced() -> re.Pattern[str]:
    """A unit of goods a price names before its sum (`priced_units` and `priced_count_units` of
    the lexicon), perhaps with its size (`a 720 ml bottle`, `a 40-foot container`), not a worth
    after it (`a tonne worth $500` is no price per tonne) nor a `box office`."""
    data = lexicon().data
    units = word_trie([*data["priced_units"], *data["priced_count_units"]], space="[ \u00a0]+")
    return re.compile(r"(?<![\w-])(?i:a|one|per|each|the)[ \u00a0]+"
                      r"(?:(?i:standard|exported|imported|shipped|single)[ \u00a0]+)?"
                      r"(?:\d[\d.,]*[ \u00a0-]?[A-Za-z]+[ \u00a0]+)?"
                      r"(?P<den>(?i:" + units + r")|(?<!(?i:the)[ \u00a0])(?i:pound))"
                      r"(?![\w-])(?![ \u00a0]+(?i:office)\b)(?![ \u00a0]+(?i:of[ \u00a0]+)?"
                      r"(?:\w+[ \u00a0]+)?(?:worth|valued|costing)\b)")


@cache
def _count_units() -> frozenset[str]:
    """The `priced_count_units`: counted units that price a sum only beside a word of price."""
    return frozenset(unit.lower() for unit in lexicon().data["priced_count_units"])


_WORTH_BETWEEN = re.compile(r"\b(?<!was[ \u00a0])(?<!were[ \u00a0])(?<!is[ \u00a0])"
                            r"(?<!are[ \u00a0])(?:worth|valued)\b", re.IGNORECASE)
"""Between a unit of goods and a sum: the sum is what goods are worth, no price per the unit
(`a gallon of milk and other goods worth $50`); `each ton of exports was worth $348` says what
one unit is worth, a price per it."""

_PRICE_WORD = re.compile(r"\b(?:prices?|priced|costs?|costing|sold|sells?|selling|fetch(?:ed|es)?|"
                         r"paid|pays?|charged?|charges|traded|quoted|went\s+for|goes\s+for|"
                         r"rent(?:s|ed)?|fee|fare|rate)\b", re.IGNORECASE)
"""A word of price: beside a counted unit before a sum, it makes the sum a price per that unit
(`the box price rose to $7.30`, `moving a container to America now costs $20,000`)."""


_UNIT_PRICED_REACH = 90
"""Characters before a sum within which a unit of goods it prices may be named."""


def _priced_unit_before(text: str, draft: Draft, previous: Draft | None) -> Draft:
    """`A ton of cocoa sold for more than USD 2,700`, `the price per tonne eased to $7,750`,
    `the export price of a tonne slipped to $2,013`: a sum with no scale word and no unit of
    its own, after a unit of goods named in its clause with no other figure between but its
    change (`the average price per cubic metre slipped 13% to $526`), is a price per that unit
    (`from $8,064` after it follows as a compared price)."""
    if draft.unit_kind != "currency" or "/" in draft.unit or draft.scale is not None:
        return draft
    low = max(0, draft.start - _UNIT_PRICED_REACH)
    low = max((m.end() for m in _CLAUSE_BREAK.finditer(text, low, draft.start)), default=low)
    named = next(reversed(list(_unit_priced().finditer(text, low, draft.start))), None)
    if named is None or GOODS_AMOUNT_AFTER.match(text, draft.end) or (
            previous is not None and previous.unit != "percent"
            and previous.end > named.start() and not (
                named.start() < previous.start and previous.end <= named.start("den"))) or (
            previous is not None and previous.end <= named.start()
            and _OWN_UNIT_GAP.fullmatch(text, previous.end, named.start())) or \
            (previous is not None and previous.unit == "percent" and _FIGURE_BEFORE.search(
                text, max(0, named.start() - 24), named.start())):
        return draft  # (`from $75 U.S. per barrel to $45.88`: the unit of the price before)
    if _WORTH_BETWEEN.search(text, named.end(), draft.start) or (
            named["den"].lower() in _count_units() and not _PRICE_WORD.search(
                text, named.end(), draft.start) and not _PRICE_WORD.search(
                text, low, named.start())):
        return draft  # (`the vehicle carrying the cargo was fined $2,000`: no price)
    composed = _per(draft.unit, draft.unit_kind, named["den"], None, None, lexicon())
    if composed is None:
        return draft
    return replace(draft, unit=composed[0])


_CAP_AFTER = re.compile(r"[ \u00a0-]+(?:(?i:price)[ \u00a0-]+)?(?i:cap|ceiling)\b")
"""After a sum: the cap or ceiling it sets (`the $60 cap`, `a $45 price ceiling`)."""
_CAP_ON = re.compile(r"[ \u00a0]+(?i:on|for)[ \u00a0]+"
                     r"(?P<what>(?:[\w'’-]+[ \u00a0]+){0,2}[\w'’-]+)")
"""After a cap: what it is on (`on Russian oil`, `on gas`, `on the import duty rebate`)."""
_OIL_NAMED = re.compile(r"\b(?:crude|oil|Urals|ESPO|barrels?|petroleum|diesel)\b",
                        re.IGNORECASE)
"""Words of oil, whose price a cap is per barrel."""
_OIL_REACH = 120
"""How far before a capped price, in its sentence, a word of oil makes it the oil price cap
when the cap does not say what it is on."""
_SENTENCE_STOP = re.compile(r"[.;!?](?=\s)|\n")
_OIL_CAP_MOST = 200.0
"""The most a cap on a barrel's price is (a `$2,000 cap on cash withdrawals` is none)."""


def _oil_price_cap(text: str, draft: Draft) -> Draft:
    """`Urals trades above the $60 cap`, `the $60 cap on Russian oil`: the price cap on oil is
    a price per barrel, where the cap is on oil or, saying not what it is on, follows a word of
    oil in its sentence (not `a €180 price cap on gas`, `a $100 cap on fuel subsidies`)."""
    cap = _CAP_AFTER.match(text, draft.end) if draft.unit_kind == "currency" and \
        "/" not in draft.unit and draft.scale is None and draft.value <= _OIL_CAP_MOST else None
    if cap is None:
        return draft
    on = _CAP_ON.match(text, cap.end())
    if on is not None:
        oil = _OIL_NAMED.search(on["what"]) is not None
    else:
        low = max(0, draft.start - _OIL_REACH)
        low = max((m.end() for m in _SENTENCE_STOP.finditer(text, low, draft.start)),
                  default=low)
        oil = _OIL_NAMED.search(text, low, draft.start) is not None
    if not oil:
        return draft
    composed = _per(draft.unit, draft.unit_kind, "barrel", None, None, lexicon())
    return draft if composed is None else replace(draft, unit=composed[0])


_OWN_UNIT_GAP = re.compile(r"[ \u00a0]*(?:U\.?S\.?|US|[A-Z]{3}|dollars?)?[ \u00a0]*")
"""Between an amount and a unit it is priced per: that unit is the amount's own."""
_FIGURE_BEFORE = re.compile(r"\d[ \u00a0]*(?:[^\W\d_]+[ \u00a0]+)?$")
"""Right before a unit of goods named before a change: a figure whose own unit it is (`2.125
cents a pound ..., a 73.4% drop from the $80`)."""
_CLAUSE_BREAK = re.compile(r"[.;!?:](?=\s)|,[ \u00a0]+(?:and|but|while|whereas)\b")


_CLOSING_PAREN = re.compile(r"[ \u00a0]?\)")


def _priced_restatements(text: str, drafts: list[Draft]) -> list[Draft]:
    """A price and its conversion in brackets are per the same thing: `353 yuan a ton ($49.15)`
    makes the dollars a price per ton too, and `3,811 yuan ($546.29) a ton` makes both prices
    per ton."""
    lex = lexicon()
    result = list(drafts)
    for i, b in enumerate(drafts):
        j = b.equivalent_of
        if j is None or not 0 <= j < i or b.unit_kind != "currency" or "/" in b.unit:
            continue
        a = result[j]
        if a.unit_kind != "currency":
            continue
        if "/" in a.unit:
            if a.raw and abs(a.value - a.raw * (a.scale or 1.0)) <= 1e-9 * abs(a.value):
                result[i] = replace(b, unit=f"{b.unit}/{a.unit.split('/', 1)[1]}")
            continue
        closing = _CLOSING_PAREN.match(text, b.end)
        per = lex.per_after.match(text, closing.end()) if closing else None
        if per is None or per.group("rate") or _per_time(per, lex):
            continue
        composed = [_per(d.unit, "currency", per.group("den"), per.group("dencs"), None, lex)
                    for d in (a, b)]
        if composed[0] is None or composed[1] is None or composed[0][1] != 1.0:
            continue
        result[j] = replace(a, unit=composed[0][0])
        result[i] = replace(b, unit=composed[1][0])
    return result


_PRICE_LIST_GAP = re.compile(r",?[ \u00a0](?:and|or)[ \u00a0]|,[ \u00a0]")
"""Between the prices of one list: `US$76.62, US$50.58 and US$35.42 per ton`."""
_PER_WRITTEN = re.compile(r"(?:[ \u00a0](?:per|a|an|each)[ \u00a0]|/)[^\d]+$")
"""The end of a price whose unit is written after its number (`$35.42 per ton`, `$80/bbl`)."""
_COMPARED_BEFORE = re.compile(r"\b(?:against|from|with|than|versus|vs\.?)[ \u00a0]$")
"""Before a sum compared with the price before it (`a tray, against NZ$8.64`): not a list."""


def _listed_prices(text: str, drafts: list[Draft]) -> list[Draft]:
    """`$1,600 or $1,650 per metric tonne`, `US$76.62, US$50.58 and US$35.42 per ton`: sums of
    one currency and scale listed right before a price per unit are prices per that unit."""
    result = list(drafts)
    for i in range(len(result) - 1, 0, -1):
        b = result[i]
        money, slash, per = b.unit.partition("/")
        if b.unit_kind != "currency" or not slash or not b.raw or \
                abs(b.value - b.raw * (b.scale or 1.0)) > 1e-9 * abs(b.value):
            continue  # (a plain price per unit, no factor from its denominator)
        if not _PER_WRITTEN.search(text, b.start, b.end):
            continue  # (its unit written after it, not carried to it: `8,125 won, respectively`)
        j = i - 1
        while j >= 0 and result[j].unit == money and result[j].scale == b.scale and \
                result[j].change is None and result[j].value_max is None and \
                _PRICE_LIST_GAP.fullmatch(text, result[j].end, result[j + 1].start) and \
                not _COMPARED_BEFORE.search(text, max(0, result[j].start - 16),
                                            result[j].start):
            result[j] = replace(result[j], unit=b.unit)
            j -= 1
    return result


def _cents_in_dollars(draft: Draft) -> Draft:
    """`4.67 cents per kWh` -> 0.0467 USD/kilowatt_hour, `50 cents` -> 0.5 USD: a sum in
    cents is written in the dollars it is a hundredth of, as every other sum is in its ISO
    currency."""
    money, slash, per = draft.unit.partition("/")
    if money != "cent":
        return draft
    named = _CENTS_OF.search(draft.unit_surface)
    code = _CENT_CURRENCIES[named.group(1).lower()] if named else "USD"
    return replace(draft, unit=code + slash + per, unit_kind="currency",
                   value=draft.value / 100,
                   value_max=None if draft.value_max is None else draft.value_max / 100)


_RATE_TAIL = re.compile(r"[ \u00a0](?:a|an|per|each)[ \u00a0](?:month|year|day|week)$")
_MONTH_AFTER = re.compile(r"[ \u00a0]in[ \u00a0](?:" + MONTH_NAMES + r")\b")


_FIGURE_IN = re.compile(r"\d[^\n\d]{0,25}?[ \u00a0]in[ \u00a0]+$")
"""Before a span: a figure and `in` (`up 73.2% in`, `reach $130.8 billion in`)."""


def _headline_span(text: str, number_start: int) -> bool:
    """Whether a span of time is the period of a headline's figure (`Jordanian exports to Iraq
    rise 10.8% in eight months`): on a first line with no closing stop and a body after it,
    right after a figure and `in`. Headlines state what the body dates; in a sentence of the
    body the span is a quantity (`reserves have sunk by 70% in two years`)."""
    return number_start < _headline_end(text) and _FIGURE_IN.search(
        text, max(0, number_start - 40), number_start) is not None


@lru_cache(maxsize=16)
def _headline_end(text: str) -> int:
    """Where a first line with no closing stop and a body after it ends (-1 if the text has no
    such headline); read once per text, not once per span of time in it."""
    line_end = text.find("\n")
    if line_end < 0 or text[:line_end].rstrip()[-1:] in (".", "!", "?"):
        return -1
    return line_end


def _names_period(text: str, number_start: int, pos: int, attributive: bool,
                  plural: bool) -> bool:
    """Whether a count of months (years, weeks, days) names a period of the story rather than
    measuring time: `the first eight months`, `the nine months to September`, `over those two
    months`, `of the seven-month total`."""
    before = text[max(0, number_start - 24):number_start]
    if attributive:
        return before.lower().endswith("of the ") and _SPAN_TOTAL_AFTER.match(text, pos) is not None
    if not plural:
        return False
    if _FRAMED_SPAN_BEFORE.search(before):
        return _TIME_CLAUSE_AFTER.match(text, pos) is None
    if before.lower().endswith("the final "):
        return _SPAN_CLOSES.match(text, pos) is not None
    return _NAMED_SPAN_BEFORE.search(before) is not None and (
        before.lower().rstrip().endswith(("first", "remaining", "opening", "initial", "same"))
        or _SPAN_CLOSES.match(text, pos) is not None)


def _percent_in_month(text: str, draft: Draft) -> Draft:
    """`grew 5 percent a month in May and June`: a percent with `a month` before a named month
    is a change dated by it, not a rate (`400,000 tonnes a month in May` is)."""
    if not draft.unit.startswith("percent/") or not _MONTH_AFTER.match(text, draft.end):
        return draft
    tail = _RATE_TAIL.search(text, draft.start, draft.end)
    if tail is None:
        return draft
    return replace(draft, end=tail.start(), unit="percent", unit_surface="")


def _scan(text: str) -> Iterator[Draft]:
    lex = lexicon()
    pos = 0
    while (match := lex.scanner.search(text, pos)) is not None:
        start = match.start()
        kind = match.lastgroup
        draft = None if kind in ("time", "phone", "date") or text[
            start:start + 24].lower().startswith(lex.names_with_numbers) else _read(
            text, match.group(), start, kind or "", lex)
        if draft is None:
            pos = match.end()
            continue
        yield draft
        # a spelled number reads the longest well-formed prefix of its token: the rest of
        # `two and three billion dollars` is scanned again
        pos = draft.end if kind == "words" and draft.end < match.end() else max(
            draft.end, match.end())


_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")
_DECIMAL_COMMA_NEXT = re.compile(r"\s?(?:%|per\s?cent\b|pct\b|percent\b|(?:[mb]illion|"
                                 r"trillion|thousand|mln|bln|bn|mn)\b)", re.IGNORECASE)
"""What makes `31,3` one decimal number: a percent sign or word, or a scale word after it."""
_MONEY_SIGNS = frozenset("$€£¥₩₽")


def _read(text: str, token: str, start: int, kind: str, lex: Lexicon) -> Draft | None:
    """One number core and what follows it, or None when it is not a quantity."""
    if kind == "num":
        return _read_digits(text, token, start, lex)
    if kind == "words":
        reading = read_words(token)
        if reading is None:
            return None
        value, length = reading
        half = _AND_A_HALF.match(text, start + length)
        if half is not None:  # `two and a half years`, `one and a half million barrels`
            value, length = value + 0.5, half.end() - start
        draft = _with_unit(text, start, start + length, value, lex, spelled=half is None,
                           currency=None, number_start=start)
        return _spelled_scale(token[:length], draft, lex)
    if kind == "frac":
        fraction = _read_fraction(text, token, start, lex)
        return _as_proportion(text, _of_a_unit(text, fraction, lex), fraction)
    if kind == "vfrac":  # `½ teaspoon`
        return _with_unit(text, start, start + 1, lex.vulgar_fractions[token], lex,
                          spelled=False, currency=None, number_start=start)
    if kind == "dfrac":  # `1/16 of a pint`, `a 3/4-inch pipe`; `24/7` is no quantity
        numerator, denominator = (int(part) for part in re.split("[/\u2044]", token))
        if not 0 < numerator < denominator:
            return None
        draft = _with_unit(text, start, start + len(token), numerator / denominator, lex,
                           spelled=False, currency=None, number_start=start)
        if draft is not None and draft.bare and not _OF_AFTER.match(text, draft.end):
            return None  # `9/11 in New York`: a date
        return _of_a_unit(text, draft, lex)
    if kind == "mult":
        return _read_multiplier(text, token, start, lex)
    if kind in ("fold", "dfold"):
        return _read_fold(text, token, start)
    if kind == "vague":
        return _read_vague(text, token, start, lex)
    return None


_DAY_SPAN_BEFORE = re.compile(r"\b(?:[Bb]etween|[Ff]rom)\s+(?:" + MONTH_NAMES + r")\.?\s+\d{1,2}"
                              r"(?:st|nd|rd|th)?\s+(?:and|to|through)\s+$")
"""Before a number that ends a span of days in one month: `between July 1 and`."""


def _after_day_of_month(text: str, start: int, lex: Lexicon) -> bool:
    """`Mar 9 2018 researchers say`, `on May 5, 2019 officials`: the year of a date (a modern
    one: `On June 12, 1500 refugees crossed` counts people)."""
    year = text[start:start + 4]
    if year.isdigit() and not 1900 <= int(year) <= 2100:
        return False
    day = _DAY_BEFORE.search(text, max(0, start - 5), start)
    return day is not None and lex.month_before.search(
        text, max(0, day.start() - 11), day.start()) is not None


def _spelled_scale(phrase: str, draft: Draft | None, lex: Lexicon) -> Draft | None:
    """A spelled number ending in scale words keeps that scale apart (`three million`: 3 of a
    million; `seven hundred thousand`: 7 of 100,000), so a range's bare first end takes it:
    `two to three million tonnes`, `six to seven hundred thousand tonnes`."""
    if draft is None or draft.scale is not None:
        return draft
    words = phrase.lower().replace("-", " ").split()
    scale = 1.0
    while len(words) > 1 and (words[-1] == "hundred" or words[-1] in lex.number_scale_words):
        word = words.pop()
        scale *= 100.0 if word == "hundred" else float(lex.number_scale_words[word])
    if scale == 1.0 or draft.value % scale or draft.value / scale >= 1000:
        return draft
    return replace(draft, scale=scale, raw=draft.value / scale)


# --- digits -------------------------------------------------------------------------------------

def _read_digits(text: str, token: str, start: int, lex: Lexicon) -> Draft | None:
    reading = read_digits(token)
    if reading is None:
        return None
    if reading.length < len(token) and _DECIMAL_COMMA.fullmatch(token) and (
            text[start - 1:start] in _MONEY_SIGNS or _DECIMAL_COMMA_NEXT.match(
                text, start + len(token))):
        # `31,3%`, `92,2 million kg`, `$7,98 per kg`: a decimal comma (a thousands comma has
        # three digits after it)
        reading = Reading(float(token.replace(",", ".")), len(token), decimal=True)
    end = start + reading.length
    value = reading.value
    qstart = start
    power = _POWER_OF_TEN.match(text, end) if text[end:end + 3].strip()[:1] in ("×", "x") else None
    if power is not None:  # `1.99×10−30 kilograms`, `3 x 10^8`
        exponent = power.group(1).translate(_SUPERSCRIPTS).replace("−", "-").replace("–", "-")
        value, end = value * 10.0 ** int(exponent), power.end()
    elif not reading.decimal and not reading.grouped:
        vulgar = lex.vulgar_fractions.get(text[end:end + 1])
        mixed = _MIXED.match(text, end) if vulgar is None else None
        half = _AND_A_HALF.match(text, end) if text[end:end + 4] in (" and", "\u00a0and") \
            else None
        if vulgar is not None:  # `5½ inches`
            value, end = value + vulgar, end + 1
        elif half is not None:  # `2 and a half million barrels`
            value, end = value + 0.5, half.end()
        elif mixed is not None and 0 < int(mixed.group(1)) < int(mixed.group(2)):
            value, end = value + int(mixed.group(1)) / int(mixed.group(2)), mixed.end()
    currency: tuple[str, str] | None = None
    previous = text[start - 1] if start else ""
    near = text[max(0, start - 3):start].rstrip(" \u00a0-")
    prefix = (lex.currency_prefix.search(text, max(0, start - 8), start)
              if near and near.endswith(lex.prefix_endings) else None)
    if prefix is not None and prefix.group().strip(" \u00a0-") in lex.amount_only_prefixes and not (
            reading.grouped or reading.decimal or len(token) > 1
            or lex.scale_after.match(text, end) is not None):
        prefix = None  # `PS5`: a name, not five pounds
    if prefix is not None and prefix.group().strip(" \u00a0-") in lex.scaled_only_prefixes and \
            lex.scale_after.match(text, end) is None and lex.per_after.match(text, end) is None \
            and not (reading.grouped and prefix.group().strip(" \u00a0-") in lex.story_letters):
        prefix = None  # `N95 masks`: a name, not 95 naira (`N1.76 trillion` is; so is
        # `D452,446,000` in a story on the Gambia: a story's letter before grouped digits)
    story_k = None
    if prefix is not None and prefix.group().strip(" \u00a0-") in lex.story_letters:
        story_k = _letter_currency(text, prefix.group().strip(" \u00a0-"), prefix.start(), end,
                                   lex)
        if story_k is None:
            prefix = None  # `K1.6bn` with no kina, kwacha, kyat or kip country named
    minus = (_MINUS.search(text, max(0, start - 7), start)
             if prefix is None and previous in " \u00a0-"
             and "minus" in text[max(0, start - 7):start].lower() else None)
    if prefix is not None:
        surface = prefix.group().strip(" \u00a0-")
        code = lex.currency_prefixes.get(surface) or lex.currency_prefixes.get(
            surface.replace(" ", "")) or "USD"
        shared = lex.data["shared_currency_prefixes"].get(surface)
        if shared is not None:  # `Sh425 billion`: the shilling of the country named nearest
            code = _shared_currency(text, prefix.start(), end,
                                    lex.shared_currencies[shared]) or code
        if surface in ("Rs", "Rs."):  # `Rs 52 billion` in a story from Kathmandu: NPR
            code = _story_currency(text, prefix.start(), lex.shared_currencies["rupee"]) or code
        if story_k is not None:  # `K1.6bn` in a story on Papua New Guinea: kina; `R270.8
            # billion` in one on South Africa: rand
            code = story_k
        currency = (code, surface)
        qstart = prefix.start()
        if prefix.group().endswith("-"):
            value = -value  # `$-50.8bn`
    elif minus is not None:
        value = -value  # `minus 5 degrees`, `minus-5 yards`
        qstart = minus.start()
    elif previous == "-" and _SUB.search(text, max(0, start - 4), start):
        pass  # `sub-7 nanometer`: the hedge sets the bound
    elif previous.isalpha():
        return None  # S23, G7, iOS13: part of a name
    elif previous in "-–/" and len(token) == 2 and _YEAR_DASH.search(text, max(0, start - 6),
                                                                    start):
        return None  # the `20` of the 2019-20 season
    elif previous in "-\u2212" and start >= 1:
        before = text[start - 2] if start >= 2 else " "  # `-5 degrees` opening a text
        if before.isalpha() and not _SCALED_LOW_END.search(text, max(0, start - 14), start - 1):
            return None  # F-35, COVID-19 (not `10mn-11mn t/yr`: a range's high end)
        named = _CODE_BEFORE.search(text, max(0, start - 12), start) if before.isdigit() else None
        if named is not None and context.is_identifier(text, named.start()) and \
                not lex.currency_prefix.search(text, max(0, named.start() - 8), named.start()):
            return None  # `ISO 3888-2`, `Resolution 2397-1`: the rest of a name's number (not
            # the high end of `Tk 60-65 a kg`)
        if before == " " and text[end:end + 1] != "%" and text[
                max(0, start - 12):start - 2].rsplit(" ", 1)[-1].lower() in lex.identifier_words:
            return None  # `COVID -19`, not `Dow -0.3%` or `FTSE -0.6%`
        if before in " (\n\t[":
            value = -value
            qstart = start - 1
    following = text[end:end + 3]
    if following[:2] in ("st", "nd", "rd", "th") and not following[2:3].isalpha():
        return None  # 80th
    if following[:1] == "s" and not following[1:2].isalpha() and not reading.decimal:
        return None  # 1990s; but `9.58s` is seconds
    if following[:2] in ("'s", "’s") and not reading.grouped:
        pass
    if currency is None and context.is_time_number(text, end):
        return None
    if currency is None and len(token) > _MAX_BARE_DIGITS and not reading.grouped:
        return None  # an identifier, not an amount
    draft = _with_unit(text, qstart, end, value, lex, spelled=False, currency=currency,
                       number_start=start)
    if draft is None:
        return None
    if draft.bare or draft.unit_kind == "noun":
        whole = value == int(value) and not reading.grouped and not reading.decimal
        counted = draft.unit_kind == "noun" and draft.unit_surface.endswith("s")
        if (whole and 1000 <= value <= 2100 and len(token) == 4 and draft.scale is None
                and (draft.bound == "=" or (draft.bare and 1950 <= value <= 2035
                                            and _YEAR_COMPARED_BEFORE.search(
                                                text, max(0, start - 24), start)))
                and not _MEAN_BEFORE.search(text, max(0, start - 16), start)
                and not (counted and not _YEAR_BEFORE.search(text, max(0, start - 8), start)
                         and draft.unit_surface.lower() not in lex.year_nouns
                         and draft.unit not in _FLOW_COUNT_NOUNS
                         and not _after_day_of_month(text, start, lex))
                and not (draft.bare and lex.level_verb_before.search(text, max(0, start - 24),
                                                                     start)
                         and not (1950 <= value <= 2035 and (
                             _YEAR_COMPARED_BEFORE.search(text, max(0, start - 24), start)
                             or _YEAR_MODIFIES_AFTER.match(text, end))))):
            return None  # a year; not after a change verb (`rose to 1200`; but `rose 14% above
            # 2022` and `trims 2023 output` are years)
        if (draft.bare and whole and 2100 < value < 2400 and len(token) == 4
                and _FAR_YEAR_BEFORE.search(text, max(0, start - 8), start)):
            return None  # `by 2150`: a far year
        if whole and len(token) == 4 and context.is_season(text, end):
            return None
        if whole and context.is_date_number(text, start, end, value,
                                            abbreviated_only=not draft.bare):
            return None  # `May 25`, `Feb. 21 estimates`
        if draft.bare and whole and value <= 31 and _DAY_SPAN_BEFORE.search(
                text, max(0, start - 40), start):
            return None  # `between July 1 and 20`: the span's last day
        if not _counts_amount(draft, reading.grouped) and context.is_identifier(text, start):
            return None
        if draft.bare and _NAME_PAREN.search(text, max(0, start - 30), start) and (
                text[end:end + 1] == ")"):
            return None  # `Dak Prescott (4) celebrates`: a shirt number after a name
        if draft.bare and not reading.grouped and (
                context.name_follows(text, end) or _ADDRESS_RANGE.match(text, end)):
            return None  # `787 Dreamliner`, `16-18 Industrial Avenue`
        if (draft.bare and whole and len(token) <= 3 and draft.scale is None
                and context.apposition_age(text, start, end)):
            return replace(draft, unit=AGE_UNIT, unit_kind="code")
    if draft.bare and (_SLASHED_AFTER.match(text, draft.end)
                       or _SLASHED_BEFORE.search(text, max(0, qstart - 3), qstart)):
        return None  # `24/7`, `a 50/50 split`: an idiom or a date, not two amounts
    if draft.bare and text[draft.end:draft.end + 1].isalpha():
        return None  # 9AB8, 4K: a code, not an amount
    if previous == "+" and draft.unit_kind in ("code", "currency") and draft.change is None:
        return replace(draft, bound="=", change="up")  # `Dow +0.2%`: a rise, not `more than`
    if (value < 0 and qstart == start - 1 and draft.unit in _SIGNED_CHANGE_UNITS
            and draft.change is None):
        return replace(draft, value=-draft.value, change="down")  # `(-8.6%)`: a fall of 8.6
    return draft


# --- the unit after a number ---------------------------------------------------------------------

_RANKED_AFTER = re.compile(r"[ \u00a0]+(?i:largest|biggest|top)\b")
"""After a number in words: a rank it counts (`the five largest buyers`, `top ten`), no amount."""


def _with_unit(text: str, qstart: int, end: int, value: float, lex: Lexicon, *, spelled: bool,
               currency: tuple[str, str] | None, number_start: int) -> Draft | None:
    if spelled and currency is None and _RANKED_AFTER.match(text, end):
        return None  # `the ten biggest destinations` (`one of the main outlets` stays: NewsQuant
        # counts it, though the development gold leaves it out)
    if text[end:end + 2] == "+ " and text[end + 2:end + 3].isalpha():  # `50+ stores`
        draft = _with_unit_at(text, qstart, end + 1, value, lex, spelled=spelled,
                              currency=currency, number_start=number_start)
        if draft is not None and draft.bound == "=":
            draft = replace(draft, bound=">")
        return draft
    suffix = _HEDGE_SUFFIX.match(text, end)
    if suffix is not None:  # `100,000-plus visitors`, `30-odd firms`: the noun follows the hedge
        draft = _with_unit_at(text, qstart, suffix.end(), value, lex, spelled=spelled,
                              currency=currency, number_start=number_start)
        if draft is not None and not draft.bare:
            return replace(draft, bound=draft.bound if draft.bound != "=" else (
                ">" if suffix.group(1).lower() == "plus" else "~"))
    return _with_unit_at(text, qstart, end, value, lex, spelled=spelled, currency=currency,
                         number_start=number_start)


_MILLION_MT_BELOW = 1000
"""An `mt` after a number below this, written onto it or after a decimal, counts million tonnes
(`1.5mt`, `20mt`, `2.4 mt`); `500 mt` and `1,500mt` stay metric tonnes, and so do `MT` and a
spaced whole number unless the paragraph says otherwise (`_mt_in_millions`)."""
_MT_FIGURE = re.compile(r"(?<![\d.,])(\d[\d,]*(?:\.\d+)?)([ \u00a0]?)(?:mt|MT)\b")
_MT_REACH = 1500
"""Characters either side of an `mt` figure, within its paragraph, whose other `mt` figures say
what the abbreviation means in this text."""
_MILLION_TONNES = re.compile(r"\bmillion\s+(?:metric\s+)?(?:tonnes|tons)\b", re.IGNORECASE)
_SMALL_WHOLE = 100
"""A spaced whole number of `mt` below this may count millions (`2 mt`, `79 MT`); `450 mt of
urea` beside `1.2 mt` stays a cargo."""


def _mt_in_millions(text: str, start: int, raw: float, doubtful: bool) -> bool:
    """Whether the `mt` of a figure below a thousand counts million tonnes. Lower case written
    onto the number or after a decimal does (`1.5mt`, `2.4 mt`); the doubtful ones (`MT`, which
    South Asian customs copy also writes for metric tonnes, and a spaced whole number) do only
    in a paragraph that writes `million tonnes` out, whose other `mt` figures count millions (a
    decimal below a thousand) and none metric tonnes (a thousand or more): `19.59 MT` beside
    `180.61 MT` and `189.9 million tonnes`, `nearly 2 mt, and about 1.4 mt of that` (a whole
    number only below a hundred), not `320.5 MT of cinnamon` alone. A decimal counts millions
    beside `million tonnes` written out with no metric-tonne figure (`243.62 million tonnes ...
    than the 264.53 MT`), and lower-case millions (`30.7 mt`) say so without the words."""
    if not doubtful:
        return True
    if raw == int(raw) and raw >= _SMALL_WHOLE:
        return False
    low, high = _mt_reach(text, start)
    line_end = text.find("\n", start, high)
    own = _MILLION_TONNES.search(text, low, high if line_end < 0 else line_end) is not None
    alike = _written_alike(text, start, raw, low, high)
    written = own or alike
    millions = alike and raw != int(raw)
    for match in _MT_FIGURE.finditer(text, low, high):
        if match.start() == start:
            continue
        number = float(match.group(1).replace(",", ""))
        if number >= _MILLION_MT_BELOW:
            return False
        decimal_or_attached = number != int(number) or not match.group(2)
        millions = millions or (decimal_or_attached and (written or match.group().endswith("mt")))
    return millions


_MILLION_TONNES_FIGURE = re.compile(
    r"(?<![\d.,])(\d[\d,]*(?:\.\d+)?)\s+million\s+(?:metric\s+)?(?:tonnes|tons)\b", re.IGNORECASE)


def _written_alike(text: str, start: int, raw: float, low: int, high: int) -> bool:
    """Whether a `million tonnes` figure written out in the stretch is of the size of an `mt`
    figure, so says it counts millions: a tenth to ten times it when written before it
    (`243.62 million tonnes ... than the 264.53 MT`, `40.6 million tonnes ... In June alone,
    7.2 MT`), half to twice it when after it (a headline's `41 MT` over the body's `40.6 million
    tonnes`); not world output beside a small lot (`790 million tonnes, while the cooperative
    shipped 2.5 MT of certified seed`, a plant's `1.2 MT` before `World output is 4.8 million
    tonnes`)."""
    for match in _MILLION_TONNES_FIGURE.finditer(text, low, high):
        number = float(match.group(1).replace(",", ""))
        if number <= 0:
            continue
        ratio = raw / number
        if (0.1 <= ratio <= 10) if match.start() < start else (0.5 <= ratio <= 2):
            return True
    return False


def _mt_reach(text: str, start: int) -> tuple[int, int]:
    """The stretch whose other figures say what an `mt` means: the figure's paragraph within
    `_MT_REACH`, and for a headline (the text's first line) the paragraph after it too (`India's
    coal imports up 12% at 79 MT` over `India imported 78.7 million tonnes`)."""
    low = max(0, start - _MT_REACH, text.rfind("\n", max(0, start - _MT_REACH), start) + 1)
    limit = min(len(text), start + _MT_REACH)
    high = text.find("\n", start, limit)
    if high >= 0 and low == 0 and text.rfind("\n", 0, start) < 0:
        high = text.find("\n", high + 1, limit)
    return low, high if high >= 0 else limit


def _counts_amount(draft: Draft, grouped: bool) -> bool:
    """Whether a figure's own writing makes it an amount, never a name's number or a rank: a
    scale word after it or thousands grouped in it (`send Kenya 1.8 million goats`, `top 1
    million head`, `New Zealand 17,000`; but `Windows 10`, `top 10`)."""
    return draft.scale is not None or grouped


def _with_unit_at(text: str, qstart: int, end: int, value: float, lex: Lexicon, *,
                  spelled: bool, currency: tuple[str, str] | None,
                  number_start: int) -> Draft | None:
    raw = value
    scale: float | None = None
    pos = end
    match = lex.scale_after.match(text, pos)
    if match is not None and not spelled:
        word = match.group("ci") or match.group("cs") or ""
        factor = lex.scales_ci.get(word.lower()) if match.group("ci") else lex.scales_cs.get(word)
        attached = not match.group().startswith((" ", "\u00a0"))
        short_ok = (word not in lex.short_scales or currency is not None
                    or (len(word) > 1 and word.lower() in ("bn", "mn", "tn"))
                    or (attached and word in ("k", "K", "M"))
                    or (attached and text[match.end():match.end() + 1] == "-"
                        and lex.unit_after.match(text, match.end()) is not None)  # `8.75m-ton`
                    or (attached and text[match.end():match.end() + 1] == " " and (
                        lex.unit_after.match(text, match.end()) is not None
                        or context.counted_noun(text, match.end(), 2.0) is not None)))
        # `6.36m. tonnes`: the scale abbreviated with a stop, then the unit
        # (not a sentence ending: `The road is 6.36m. Tonnes of ...`)
        dotted = attached and text.startswith(". ", match.end()) and word in lex.short_scales \
            and text[match.end() + 2:match.end() + 3].islower() \
            and lex.unit_after.match(text, match.end() + 1) is not None
        if word in _TONNE_LETTERS and currency is None and (
                raw >= 10_000 or "," in text[number_start:end]) and not _money_after(
                    text, match.end(), lex):
            factor = None  # `710,000tn`, `860,000 T`: tonnes (not `1,234 tn dong`: money)
        if factor and (short_ok or dotted):
            scale = factor
            value *= factor
            pos = match.end() + (1 if dotted else 0)
            if word.lower() == "hundred":  # `4 hundred million`
                more = lex.scale_after.match(text, pos)
                if more is not None and more.group("ci") and more.group().startswith(" "):
                    scale *= lex.scales_ci[more.group("ci").lower()]
                    value *= lex.scales_ci[more.group("ci").lower()]
                    pos = more.end()
    unit, unit_kind, unit_surface = "", "", ""
    if currency is not None:
        unit, unit_kind, unit_surface = currency[0], "currency", currency[1]
    age_end = context.age_after(text, pos)
    if age_end is not None and currency is None:
        surface = text[pos:age_end].strip(" -")
        unit = next((f"{word}_of_age" for word in ("month", "week", "day") if word in surface),
                    AGE_UNIT)  # `an 18-month-old daughter`
        return _draft(text, qstart, age_end, value, unit, "code", surface, scale, raw, spelled,
                      number_start)
    dozens = _DOZENS_AFTER_SCALE.match(text, pos) if scale is not None and currency is None \
        else None
    if dozens is not None:  # `58 million dozen eggs`: a count of dozens (not 12 eggs)
        return _draft(text, qstart, dozens.end(), value, "dozen", "code",
                      dozens.group().strip(), scale, raw, spelled, number_start)
    match = lex.unit_after.match(text, pos)
    if match is None and currency is None and (
            scale is not None or raw >= 10_000 or "," in text[number_start:end]) and (
            tonnes := _TONNE_LETTER.match(text, pos)) is not None:
        # `9.6 mln T`, `860,000 T`, `710,000tn`: the tonne as a letter behind a large figure
        # (not a year's shape: `2024 T`)
        return _draft(text, qstart, tonnes.end(), value, "t", "physical",
                      tonnes.group().strip(), scale, raw, spelled, number_start)
    if match is not None:
        resolved = _resolve_unit(match.group("ci"), match.group("cs") or match.group("short"),
                                 scale, lex)
        if resolved is not None and resolved[0] == "penny" and match.group("short") and (
                raw in lex.display_resolutions):
            resolved = None  # `1080p`
        if resolved is not None and resolved[0] == "second" and _SECOND_AS_ORDINAL.match(
                text, match.end()):
            resolved = None  # `49,000 second-hand cars`, `the 2 second-largest buyers`
        if resolved is not None and match.group("cs") and match.group("cs").isupper() and \
                _NAME_MEMBERS.match(text, match.end()):
            resolved = None  # `3,000 CGT members`, `400 CGT-affiliated dockers`: a union's name
        if resolved is not None and match.group("cs") in _SCALED_OR_LARGE_ONLY and \
                scale is None and raw < 1000:
            resolved = None  # `the 21 st century` (an ordinal spaced), `a 150 KM pipeline`
        if resolved is not None:
            code, kind, factor = resolved
            if currency is None or kind == "currency":
                unit, unit_kind = (currency[0], "currency") if currency and kind == "currency" \
                    else (code, kind)
                unit_surface = match.group().strip(" \u00a0-")
                value *= factor
                if unit_surface in ("mt", "MT") and scale is None and \
                        raw < _MILLION_MT_BELOW and _mt_in_millions(
                            text, qstart, raw, unit_surface == "MT" or (
                                raw == int(raw) and text[match.start()] in _SPACES)):
                    value *= 1e6  # `1.5mt`, `5mt a year`, `17.25 MT`: million tonnes
                if unit_surface == "lt" and _CONTAINER_AFTER.match(text, match.end()):
                    # `a 2 lt bottle`: litres, not lakh tonnes
                    unit, unit_kind, value = "liter", "physical", value / factor
                pos = match.end()
                if match.group("worth") and (unit_kind != "currency"
                                             or not match.group("worth").endswith("-worth")):
                    # `46.5 mln tonnes worth $28.3 bln`: `worth` belongs to the value that
                    # follows; `3.7 million euros' worth of oil`, `5 million dollars worth`
                    # end before it (as every gold set ends them); only the one word
                    # `dollar-worth` keeps it
                    pos = match.start("worth")
                    unit_surface = text[match.start():pos].strip(" \u00a0-")
    elif currency is None and text[pos:pos + 1] in _SPACES:
        symbol = _SPACED_SYMBOL.match(text, pos)  # `12 C`, `down 68 p at 1112 p`
        if symbol is not None and not context.is_identifier(text, number_start):
            resolved = _resolve_unit(None, symbol.group(1), scale, lex)
            if resolved is not None:
                unit, unit_kind = resolved[0], resolved[1]
                unit_surface = symbol.group(1)
                value *= resolved[2]
                pos = symbol.end()
    if unit == "GBP" and unit_surface.lower() in ("pounds", "pound"):
        unit, unit_kind = _pounds(text, qstart, pos, lex)
    if unit_kind == "currency" and unit_surface in lex.scaled_only_codes and \
            _COUNTED_AFTER_CODE.match(text, pos):
        # `3 million AMD chips`, `1.2 million NIO and BYD cars`: a maker's or model's name
        # before what is counted, not a currency code
        unit, unit_kind, unit_surface = "", "", ""
    elif unit_kind == "currency" and unit_surface in lex.currency_codes and \
            _SHARES_AFTER_CODE.match(text, pos):
        # `500,000 AZN shares`: a ticker (AstraZeneca's), not the manat
        unit, unit_kind, unit_surface = "", "", ""
    placed_sign = lex.data["placed_currency_suffixes"].get(
        "/-" if unit_surface == "/" and unit_kind == "currency" else unit_surface)  # (`57bn/-`)
    if placed_sign is not None and unit_kind == "currency":
        # `389.5 million KM` beside Bosnia is money; `a 150 KM pipeline` elsewhere is not
        unit = _shared_currency(text, qstart, pos, lex.shared_currencies[placed_sign]) or ""
        if not unit:  # (the number ends before the sign and the spaces before it)
            pos = text.rfind(unit_surface, 0, pos)
            while pos > qstart and text[pos - 1] in _SPACES:
                pos -= 1
            unit_kind, unit_surface = "", ""
    if unit == "KRW" and unit_surface.lower() == "won":
        unit = _won_currency(text, qstart, pos, lex)
    elif unit_kind == "currency" and unit_surface in lex.data["shared_currency_prefixes"]:
        # a shared sign written after the amount (`330 FCFA a kilo`): the franc of the place
        unit = _shared_currency(text, qstart, pos, lex.shared_currencies[
            lex.data["shared_currency_prefixes"][unit_surface]]) or unit
    elif (unit_surface[:1].islower() or unit_surface.startswith("CFA")) and \
            unit_surface.rstrip("s") in lex.shared_currencies and unit_kind == "currency" \
            and unit_surface.rstrip("s") != "pound":  # (read by `_pounds`)
        # (`CFA francs`: the West African or the Central African franc)
        placed = _shared_currency(text, qstart, pos, lex.shared_currencies[
            unit_surface.rstrip("s")])
        if unit_surface.rstrip("s") in _PLACED_ONLY and (
                _DRINK_BEFORE.search(text, max(0, qstart - 30), qstart)
                or re.match(r"[ \u00a0]+of\b", text[pos:])):
            placed = None  # `visitors drank 2 million drams`, `poured 5 million drams of it`
        if placed is None and unit_surface.rstrip("s") in _PLACED_ONLY:
            # `2 million drams` of whisky: no Armenia named, a count of them
            unit, unit_kind = unit_surface.rstrip("s"), "noun"
        else:
            unit = placed or unit
    if unit_kind:
        attributive = text[pos - len(unit_surface) - 1:pos - len(unit_surface)] == "-"
        if attributive and unit in _SPAN_UNITS and _EXTREME_AFTER.match(text, pos):
            return None  # `a six-year high`: a superlative, not a duration
        if unit in _SPAN_UNITS and _names_period(text, number_start, pos, attributive,
                                                unit_surface.endswith("s")):
            return None  # `the first eight months`, `the nine months to September`: a period
        if unit in _SPAN_UNITS and _headline_span(text, number_start):
            return None  # `Iran's steel exports drop 20% in nine months`: the figure's period
        if unit == "GT" and unit_surface[:1] in ("g", "G") and _GOODS_WEIGHED.match(text, pos):
            unit = "long_ton"  # `1.1 million gross tons of iron ore`: the long ton ore is
            # weighed in, not ships' gross tonnage
        per = lex.per_after.match(text, pos)
        if per is not None and attributive and per.group("rate"):
            per = None  # `the 500,000-barrel yearly ceiling`: the rate is the ceiling's
        if per is not None and "/" in unit and _per_time(per, lex):
            per = None  # `137,000 barrels per day each month`: a rate is per one time only
        if per is not None and unit in ("percent", "percentage_point") and _per_time(per, lex):
            per = None  # `grew 13% a year`: a growth rate is a percentage, the time outside
        if per is not None and (per.group("den") or "").lower() == "quarter" and \
                _OF_AFTER.match(text, per.end()):
            per = None  # `12 million tonnes a quarter of which went to Egypt`: a share
        if per is not None and unit in _CLOCK_UNITS and _per_time(per, lex):
            per = None  # `work 12 hours a day`: the length of a working day, the time outside
        if per is not None and per.group("dencs") in ("B", "b") and not per.group("slash"):
            per = None  # `45 cents per B share`: a barrel only after a slash (`$84.30/B`)
        if per is not None:
            composed = _per(unit, unit_kind, per.group("den"), per.group("dencs"),
                            per.group("rate"), lex)
            if composed is not None:
                unit, factor = composed
                value *= factor
                unit_surface = text[pos - len(unit_surface):per.end()].strip() \
                    if unit_surface else unit_surface
                pos = per.end()
        elif unit_kind == "currency" and (per_noun := _PER_NOUN.match(text, pos)) and (
                per_noun.group(1).lower() not in lex.noun_stopwords
                and context.singular(per_noun.group(1)) not in lex.denominators_ci):
            # `$2.1 million per patient`: a price per counted thing (units and time words are
            # read by `per_after`, with its guards)
            unit = f"{unit}/{context.singular(per_noun.group(1))}"
            unit_surface = text[pos - len(unit_surface):per_noun.end()].strip() \
                if unit_surface else unit_surface
            pos = per_noun.end()
        return _draft(text, qstart, pos, value, unit, unit_kind, unit_surface, scale, raw,
                      spelled, number_start)
    if text[pos:pos + 1] == "x" and not text[pos + 1:pos + 2].isalnum():
        # `rose 2x`, `2x more`: a change; `trades at 3.5x earnings`: a multiple
        direction = context.change_before(text, qstart, verbs_allowed=True) or (
            "up" if _MORE_AFTER.match(text, pos + 1) else None)
        draft = _draft(text, qstart, pos + 1, value, MULTIPLIER_UNIT, "code", "x", scale, raw,
                       spelled, number_start, change=direction or "up")
        return draft if direction else replace(draft, change=None)
    verb_direction = (context.change_before(text, qstart, verbs_allowed=True)
                      if context.times_follows(text, pos) else None)  # only `N times` needs it
    times = context.times_multiplier(text, pos, verb_direction is not None)
    if times is not None:
        times_end, direction = times
        per = lex.per_after.match(text, times_end)
        unit = MULTIPLIER_UNIT
        if per is not None:  # `78,000 times a minute`
            composed = _per(unit, "code", per.group("den"), per.group("dencs"),
                            per.group("rate"), lex)
            if composed is not None:
                unit, times_end = composed[0], per.end()
        draft = _draft(text, qstart, times_end, value, unit, "code", "times", scale,
                       raw, spelled, number_start, change=verb_direction or direction)
        return draft if draft.change or direction else replace(draft, change=None)
    if currency is None and context.age_before(text, qstart):
        return _draft(text, qstart, pos, value, AGE_UNIT, "code", "", scale, raw, spelled,
                      number_start)
    if (currency is None and scale is None and 0 < value <= _MAX_AGE and value == int(value)
            and _age_reached(text, qstart)
            and context.counted_noun(text, pos, value) is None):
        return _draft(text, qstart, pos, value, AGE_UNIT, "code", "", scale, raw, spelled,
                      number_start)  # `she turned 40`, `a life expectancy of 73`
    suspended = _suspended_unit(text, pos, lex)
    if suspended is not None:  # `four-, five- and six-cylinder engines`
        code, kind, factor = suspended
        return _draft(text, qstart, pos + 1, value * factor, code, kind, "", scale, raw, spelled,
                      number_start)
    noun = context.counted_noun(text, pos, value)
    if noun is not None and spelled and value == 2 and text[pos:pos + 1] != "-" and \
            _THE_BEFORE.search(text, max(0, number_start - 8), number_start):
        return None  # `the two countries`, `the two sides`: a pair named before, not a count
    if noun is None and value == 1 and spelled:
        noun = context.one_of(text, pos)
    if noun is not None:
        lemma, noun_end = noun
        shared = lex.shared_currencies.get(lemma)
        if lemma in lex.data["scaled_only_currency_names"] and scale is None:
            shared = None  # `fitted 200,000 crowns`, `took two crowns`: crowns, not money
        money = _shared_currency(text, qstart, noun_end, shared) if shared else None
        kind = "currency" if money else "noun"
        lemma = money or lemma
        per = lex.per_after.match(text, noun_end)
        if per is not None and (per.group("rate") or per.group("den")):  # `3,000 tests a day`
            composed = _per(lemma, kind, per.group("den"), None, per.group("rate"), lex)
            if composed is not None:
                lemma, noun_end = composed[0], per.end()
        return _draft(text, qstart, noun_end, value, lemma, kind,
                      text[pos:noun_end].strip(" -"), scale, raw, spelled, number_start)
    return _draft(text, qstart, pos, value, "", "", "", scale, raw, spelled, number_start)


_OF_WORDS = re.compile(r"[ \u00a0]+of[ \u00a0]+((?:[A-Za-z.-]+[ \u00a0]+){0,2}[a-z-]+)")


@cache
def _weighed_goods() -> frozenset[str]:
    """One-word names of goods sold by weight: the aliases of farm, fish, fuel, ore and
    fertilizer keys and the lexicon's raw goods with no key (not `cars` or `goods`)."""
    weighed = {"food", "seafood", "coal", "iron_ore", "fertilizer", "oil"}
    words = {alias for key, entry in commodities().items() for alias in entry.aliases
             if " " not in alias and ({key, *ancestors(key)} & weighed)}
    return frozenset(words | set(lexicon().data["weighed_raw_goods"]))


def _pounds(text: str, start: int, end: int, lex: Lexicon) -> tuple[str, str]:
    """(unit, kind) of a bare `pounds` amount. A weight when goods weighed in pounds are named
    with it (`108 million pounds of seafood`, the bare pounds after them: `up from 1.86 billion
    pounds a year before`, `Canada received 263 million pounds`); else the money of the
    pound country the story names (`13,000 pounds` in a story on Syria); with none named,
    sterling only when paid, converted or counting money (`paid 10 million pounds`, `618 million
    pounds ($780 million)`, `revenue hit 30 million pounds`), else a weight (`India took 156
    million pounds` of American scrap)."""
    if (_weighed_goods_after(text, end) or _weighed_before(text, start)
            or (_weighed_output_before(text, start) and not _CONVERTED_AFTER.match(text, end))
            or _VOLUME_BEFORE.search(text, max(0, start - 70), start)):
        return "pound", "physical"
    choices = lex.shared_currencies["pound"]
    code = _shared_currency(text, start, end, choices) or _story_currency(text, start, choices)
    if code is not None:
        return code, "currency"
    if _CONVERTED_AFTER.match(text, end) or lex.paid_before.search(
            text, max(0, start - 40), start) or _MONEY_NOUN_BEFORE.search(
            text, max(0, start - 50), start):
        return "GBP", "currency"
    return "pound", "physical"


_MONEY_NOUN_BEFORE = re.compile(r"(?<![\w-])(?i:revenues?|turnover|profits?|income|earnings|"
                                r"receipts|trade|budget|investments?|spending|allocated|"
                                r"earmarked|approved)(?![\w-])[^.;]*$")
"""Before bare pounds in their clause: money they count (`revenue hit 30 million pounds`,
`UK-India trade volume reached 42 billion pounds`), sterling though no country is named."""


def _weighed_goods_after(text: str, end: int) -> bool:
    """`108 million pounds of seafood`, `of Russian crab`: pounds of goods are a weight."""
    match = _OF_WORDS.match(text, end)
    return match is not None and any(word.lower() in _weighed_goods()
                                     for word in match.group(1).split())


_CONTAINER_AFTER = re.compile(r"[ \u00a0-]+(?:bottles?|cans?|packs?|jars?|jerry\s?cans?|tins?|"
                              r"pouch(?:es)?|cartons?|containers?|drums?|tanks?)\b",
                              re.IGNORECASE)
"""After `lt`: a container it is the size of (`a 2 lt bottle`), so the `lt` is litres."""
_COUNTED_AFTER_CODE = re.compile(r"[ \u00a0]+(?:and[ \u00a0]+[A-Z]\w*[ \u00a0]+)?"
                                 r"(?!(?:in|on|at|for|from|to|a|an|and|or|of|worth|last|this|"
                                 r"per|the|by|over|during|since|between|until|than|year|month|"
                                 r"annually|a year)\b)[a-z][a-z-]{2,}")
"""After a code and a scale word: a noun it names (`AMD chips`), so the code is a name."""
_SHARES_AFTER_CODE = re.compile(r"[ \u00a0]+(?:shares?|stocks?|ADRs?)\b")
"""After a code: shares it names (`500,000 AZN shares`), so the code is a ticker."""
_POUNDS_OF = re.compile(r"\bpounds?(?=[ \u00a0]+of[ \u00a0])", re.IGNORECASE)
_WEIGHED_REACH = 600
"""Characters before a bare `pounds` in which goods counted in pounds make it a weight."""


def _weighed_before(text: str, start: int) -> bool:
    """Goods weighed in pounds (`2.34 billion pounds of shrimp`) shortly before, and no money
    verb right before these pounds (`The club paid 10 million pounds for him` stays sterling)."""
    if lexicon().paid_before.search(text, max(0, start - 40), start):
        return False
    low = max(0, start - _WEIGHED_REACH)
    return any(_weighed_goods_after(text, m.end()) for m in _POUNDS_OF.finditer(text, low, start))


_VOLUME_BEFORE = re.compile(r"(?<![Tt]rade )(?<![Tt]rading )"
                            r"\b(?:[Vv]olumes?|[Ww]eight|[Tt]onnage)\b"
                            r"(?:(?!\b(?:worth|valued|tonnes?|tons?|kg|kilograms?|fees?|revenues?|"
                            r"earn\w*|brought|brings?|paid|cost\w*)\b)"
                            r"(?:[^.,;:$€£¥()]|(?<=\d)[.,](?=\d))){0,50}$")
"""Before pounds in the same clause: the volume or weight they measure (`Volume shrank from 8.4
million to 3.4 million pounds`), a weight, not sterling (not `trade volume`, nor across a
`worth`, a weight in tonnes or money words: `export volume rose to 100,000 tonnes worth 600
million pounds`)."""
_CONVERTED_AFTER = re.compile(r"[ \u00a0]*\([ \u00a0]*(?:US|U\.S\.|A|C|NZ)?[$€¥]")
"""After pounds: the same sum in another currency (`618 million pounds ($780 million)`)."""
_WEIGHT_THEN_PAREN = re.compile(r"\b(?:tonnes|tons|t|kilograms|kg)\b[^()\d]{0,40}\($",
                               re.IGNORECASE)
_OUTPUT_NOUN = r"\s+(?:output|production|shipments|sales|exports|concentrate)\b"


@cache
def _weighed_output() -> re.Pattern[str]:
    """A good weighed in pounds named with its output or sales (`zinc output`, `pork exports`)."""
    goods = "|".join(sorted((re.escape(w) for w in _weighed_goods()), key=len, reverse=True))
    return re.compile(rf"\b(?i:{goods}){_OUTPUT_NOUN}")


def _weighed_output_before(text: str, start: int) -> bool:
    """`100,000 tonnes of zinc (225 million pounds)`: pounds restating a weight; `zinc output
    at Bisha reached 207.8-million pounds`, `Copper output of 18-million pounds`: pounds of a
    good weighed in pounds, named with its output or sales just before (not before a sum in
    another currency: `salmon exports rose to 618 million pounds ($780 million)` is sterling)."""
    low = max(0, start - 60)
    if _WEIGHT_THEN_PAREN.search(text, low, start):
        return True
    # (`shrimp sales to Asia surged 65 percent in the first ten months of 2015 to 278 million
    # pounds`: the goods' sales may open a longer clause, within its sentence)
    low = max(0, start - 110)
    low = max(low, text.rfind(". ", low, start) + 1, text.rfind("; ", low, start) + 1,
              text.rfind("\n", low, start) + 1)
    return _weighed_output().search(text, low, start) is not None and \
        not lexicon().paid_before.search(text, low, start)


def _age_reached(text: str, start: int) -> bool:
    """`she turned 40`, `life expectancy in the region is 78`: the number is an age."""
    window = text[max(0, start - 70):start].lower()
    if "turn" not in window and "expectancy" not in window:
        return False  # one C call rejects nearly every number
    return _AGE_REACHED.search(window) is not None


def _won_currency(text: str, start: int, end: int, lex: Lexicon) -> str:
    """KPW when the place or outlet named nearest to a bare `won` amount is North Korea's
    (`6,700 won in Pyongyang`), else KRW."""
    low = max(0, start - _WON_WINDOW)
    best, distance = "KRW", _WON_WINDOW + 1
    for match in lex.won_places.finditer(text, low, min(len(text), end + _WON_WINDOW)):
        gap = start - match.end() if match.end() <= start else match.start() - end
        if gap < distance:
            best, distance = match.lastgroup or "KRW", gap
    return best


_DRINK_BEFORE = re.compile(r"\b(?:drank|drunk|drink\w*|pour\w*|serv\w*|sipp\w*)\s+"
                           r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_RAND_NEAR = (300, 200)
"""How far before and after an `R` amount South Africa (one of the rand's places in the
lexicon: `South Africa`, `SA`, `Johannesburg`) makes it the rand, whatever country the story
opened on."""
_EQUIVALENT_OPENS = re.compile(r"[$€£¥]\s?[\d.,]+(?:\s?(?:[mbk]n?|million|billion|trillion)\b)?"
                               r"\s?\($", re.IGNORECASE)
"""Before an `R` amount: another currency's amount and an opening bracket (`$500m (R9bn)`): the
rand, in which South Africa's press restates a foreign sum, even where the story names no
place of the rand's."""
_INDIAN_SCALE = re.compile(r"[ \u00a0]*(?:crore|lakh)\b", re.IGNORECASE)
_SCALED_OR_LARGE_ONLY = frozenset({"st", "KM"})
"""Short unit signs that are also other words after a small number (`1 st` an ordinal, `150 KM`
a distance): a unit only after a scale word or a number of 1,000 or more (`2.32 million st`,
`972,964 st`, `389.5 million KM`)."""
_PLACED_ONLY = ("dram",)
"""Currency names that are money only beside their country (`107.1 billion drams` in a story on
Armenia; `2 million drams` of whisky are none)."""


def _letter_currency(text: str, letter: str, start: int, end: int, lex: Lexicon) -> str | None:
    """The currency a letter before an amount stands for (`K1.6bn`, `R270.8 billion`): that of
    the story's country among the letter's, else None; an `R` is no rand before `crore` or
    `lakh`, nor in a story opening on another country (the first one named in the window
    before it) with South Africa not named near it; in brackets after another currency's
    amount (`$500m (R9bn)`) it is the rand."""
    choices = lex.shared_currencies[letter]
    code = _story_currency(text, start, choices)
    if letter != "R":
        return code
    if _INDIAN_SCALE.match(text, end):
        return None  # `R 8,000 crore`
    if code is None:
        return "ZAR" if _EQUIVALENT_OPENS.search(text, max(0, start - 24), start) else None
    before, after = _RAND_NEAR
    if any(places.search(text, max(0, start - before), min(len(text), end + after))
           for currency, places in choices if currency == code):
        return code
    opening = find_countries(text, max(0, start - _STORY_WINDOW), start)[:1]
    return None if opening and opening[0].code != "ZAF" else code


def _shared_currency(text: str, start: int, end: int,
                     choices: list[tuple[str, re.Pattern[str]]]) -> str | None:
    """The currency of a bare name several countries use (`6.3 billion pesos`): that of the
    country named nearest before the amount within reach, else nearest after it (on a tie, the
    first in `choices`)."""
    low, high = max(0, start - _SHARED_WINDOW), min(len(text), end + _SHARED_WINDOW)
    best: tuple[bool, bool, int, int, str] | None = None
    for rank, (code, places) in enumerate(choices):
        for match in places.finditer(text, low, high):
            after = match.end() > start
            distance = max(0, match.start() - end) if after else start - match.end()
            partner = _PARTNER_BEFORE.search(text, max(0, match.start() - 6),
                                             match.start()) is not None
            if best is None or (after, partner, distance, rank) < best[:4]:
                best = (after, partner, distance, rank, code)
    return best[4] if best else None


_PARTNER_BEFORE = re.compile(r"(?<![\w-])(?:to|into|from)[ \u00a0]+$")
"""Before a place: the partner a flow goes to or comes from (`shipped goods to Iraq`), whose
currency a bare `dinars` of the seller's story is not, when a place of no such phrase is named
on the same side."""


def _story_currency(text: str, start: int,
                    choices: list[tuple[str, re.Pattern[str]]]) -> str | None:
    """The currency of a bare sign several countries use (`Rs`): that of the country the story
    names first among `choices` (its dateline, its subject), looking back up to a window before
    the amount, else the first named after it within the window; None with none named."""
    low = max(0, start - _STORY_WINDOW)
    found = [(match.start(), code) for code, places in choices
             if (match := places.search(text, low, start)) is not None]
    dateline = _DATELINE_PLACE.match(text, low)
    if dateline is not None:  # `KARACHI:`, `NEW DELHI -`: a dateline in capitals comes first
        found += [(dateline.start(), code) for code, places in choices
                  if places.fullmatch(dateline["place"].title())]
    if not found:
        found = [(match.start(), code) for code, places in choices
                 if (match := places.search(text, start, start + _SHARED_WINDOW)) is not None]
    return min(found)[1] if found else None


def _suspended_unit(text: str, pos: int, lex: Lexicon) -> tuple[str, str, float] | None:
    """The unit of a suspended hyphen: `four-` in `four-, five- and six-cylinder` or `two- and
    three-year` takes the noun or unit of the last compound. (code, kind, factor)."""
    if text[pos:pos + 1] != "-":
        return None
    match = _SUSPENDED.match(text, pos)
    if match is None:
        return None
    unit = lex.unit_after.match(text, match.start(1))
    if unit is not None and unit.end() == match.end(1):
        resolved = _resolve_unit(unit.group("ci"), unit.group("cs"), None, lex)
        if resolved is not None:
            return resolved
    word = match.group(1)
    if word in lex.noun_stopwords or word in lex.hyphen_non_counts:
        return None
    return context.singular(word), "noun", 1.0


def _resolve_unit(ci: str | None, cs: str | None, scale: float | None,
                  lex: Lexicon) -> tuple[str, str, float] | None:
    """(code, kind, factor) of a unit surface."""
    if ci:
        key = " ".join(ci.lower().split())
        if key not in lex.units_ci and key not in lex.currency_words_ci:
            key = key.replace("-", " ")  # `square-metres`, `24,000-square-meter`
        currency = lex.currency_words_ci.get(key)
        if key in ("pounds", "pound") and scale is not None and lex.data.get(
                "money_pounds_after_scale"):
            return "GBP", "currency", 1.0
        if currency is not None and key not in lex.units_ci:
            return currency, "currency", 1.0
        entry = lex.units_ci.get(key)
    else:
        if cs is not None and cs in lex.currency_codes and (
                scale is not None or cs not in lex.scaled_only_codes):
            return cs, "currency", 1.0
        if cs in lex.currency_signs:
            return lex.currency_prefixes[cs], "currency", 1.0
        if cs in lex.currency_suffixes:
            return lex.currency_suffixes[cs], "currency", 1.0
        entry = lex.units_cs.get(cs or "")
    if entry is None:
        return None
    if entry.code is not None:
        return entry.code, "code", entry.factor
    if entry.pint is None:
        return None
    try:
        factor, code = canonical_unit(entry.pint)
    except UnknownUnit:
        return None
    if scale is not None and cs in lex.megatonne_after_scale:
        factor /= 1e6  # `6.4 million mtpa`: the scale word is the code's M, said once
    return code, "physical", factor * entry.factor


def _per_time(per: re.Match[str], lex: Lexicon) -> bool:
    """Whether `per` (a match of `per_after`) is per a span of time (`each month`, `a year`)."""
    if per.group("rate"):
        name = lex.rate_phrases.get(per.group("rate").lower())
    elif per.group("den"):
        name = lex.denominators_ci.get(" ".join(per.group("den").lower().split()))
    else:
        name = lex.denominators_cs.get(per.group("dencs") or "")
    return name is not None and name.split("/")[-1].strip() in TIME_UNITS


def _per(unit: str, unit_kind: str, den: str | None, dencs: str | None, rate: str | None,
         lex: Lexicon) -> tuple[str, float] | None:
    """The unit of `X per Y`: (code, factor)."""
    if rate:
        name = lex.rate_phrases.get(rate.lower())
    elif den:
        name = lex.denominators_ci.get(" ".join(den.lower().split()))
    else:
        name = lex.denominators_cs.get(dencs or "")
    if name is None:
        return None
    name, lot = _lot_of(name)
    try:
        den_factor, den_code = canonical_unit(name)
    except UnknownUnit:
        den_factor, den_code = 1.0, name
    den_factor *= lot
    if unit_kind == "physical":
        numerator = _pint_name(unit)
        if numerator is not None:
            try:
                factor, code = canonical_unit(f"{numerator} / {name}")
                return code, factor / lot
            except UnknownUnit:
                pass
    # (money a year is written like the trade rates: `USD/yr`, as `t/yr` and `bbl/yr`)
    if unit_kind in ("currency", "noun"):
        # (and counted goods: `150 trucks a day` is `truck/d`)
        den_code = _RATE_CODES.get(den_code, den_code)
    return f"{unit}/{den_code}", 1.0 / den_factor


def _lot_of(name: str) -> tuple[str, float]:
    """A denominator written as a lot of a unit (`1000 cubic_meter`, of `$396 per 1,000 cubic
    meters`): the unit and how many of it the price is for (a gas price is per 1,000 cubic
    metres, stated per cubic metre)."""
    count, _, unit = name.partition(" ")
    if unit and count.isdigit():
        return unit, float(count)
    return name, 1.0


_GOODS_WEIGHED = re.compile(r"[ \u00a0]+of[ \u00a0]+(?!(?:new[ \u00a0]+)?(?:ships?|vessels?|"
                            r"tankers?|carriers?|shipping|tonnage|capacity)\b)[a-z]", re.IGNORECASE)
"""After `gross tons`: goods weighed (`of iron ore`), not ships measured (`of new ships`)."""
_RATE_CODES = {"year": "yr", "day": "d"}
"""Short codes of the time a rate of money or of counted goods is per (`$12 billion a year` is
`USD/yr`, `EUR 620 million a day` `EUR/d`, `150 trucks a day` `truck/d`, as `bbl/d`)."""


def _range_rate(text: str, draft: Draft) -> Draft:
    """`US$5-7 million a month`, `$200-250 a tonne`: a range of money whose unit came from its
    low end takes the rate written after its high end."""
    if draft.value_max is None or draft.unit_kind != "currency" or "/" in draft.unit:
        return draft
    lex = lexicon()
    per = lex.per_after.match(text, draft.end)
    if per is None:
        return draft
    composed = _per(draft.unit, draft.unit_kind, per.group("den"), per.group("dencs"),
                    per.group("rate"), lex)
    if composed is None:
        return draft
    unit, factor = composed
    return replace(draft, end=per.end(), unit=unit, value=draft.value * factor,
                   value_max=draft.value_max * factor)


def _pint_name(code: str) -> str | None:
    from tradetrace.normalize.units import TRADE_CODES

    return TRADE_CODES.get(code, code if "/" not in code else None)


def _draft(text: str, qstart: int, end: int, value: float, unit: str, unit_kind: str,
           unit_surface: str, scale: float | None, raw: float, spelled: bool, number_start: int,
           change: Direction | None = None) -> Draft:
    bound = context.bound_before(text, qstart) or context.bound_after(text, end) or "="
    if change is None:
        change = context.change_before(text, qstart, verbs_allowed=unit_kind in _CHANGE_BY_VERB)
    if change is None and unit_kind in _CHANGE_BY_VERB:
        change = context.change_after(text, end)
    if (change == "down" and (unit_kind == "currency" or unit.split("/")[0] in _MONEY_CODES)
            and _LOSS_OF.search(text, max(0, qstart - 40), qstart)):
        change = None  # `a net loss of $5 million`: a financial result, not a fall
    if (change == "up" and unit_kind == "currency"
            and _RAISED_MONEY.search(text, max(0, qstart - 40), qstart)):
        change = None  # `the start-up raised $40 million`: funds collected
    return Draft(start=qstart, end=end, value=value, unit=unit, unit_kind=unit_kind,
                 unit_surface=unit_surface, scale=scale, raw=raw, spelled=spelled, bound=bound,
                 change=change)


# --- words: fractions, multipliers, x-fold ------------------------------------------------------

def _read_fraction(text: str, token: str, start: int, lex: Lexicon) -> Draft | None:
    words = token.lower().replace("-", " ").split()
    end = start + len(token)
    before = context.clause_before(text, start).split()
    previous = before[-1].lower() if before else ""
    after_words = text[end:end + 8].split()[:1]
    if words[0] == "a" and previous == "and" and not (
            words[-1] != "half" and after_words in (["to"], ["went"], ["from"], ["of"])):
        return None  # `an hour and a half`: a mixed number, not a proportion (unlike `half
        # went to China and a fifth to Korea`, `16% of its demand and a quarter of its sales`)
    if words[-1] in ("quarter", "quarters") and previous in _PERIOD_BEFORE:
        return None  # `the last three quarters`, `in a quarter`: periods of three months
    if words == ["half"]:
        after = text[end:end + 30].split()
        if before and before[-1].lower() in _HALF_BEFORE and not (
                previous == "and" and after and after[0].lower() in (
                    *_HALF_VERBS, *_COMPARED, "of")):
            return None  # (`and half went to China`, `and half of the mackerel it exports`:
            # the verb or what it is a part of makes it a proportion)
        went_to = not after or after[0].lower() != "went" or (
            len(after) >= 3 and after[1] == "to" and after[2][:1].isupper())
        if not ((previous in (*_PROPORTION_BEFORE, *_TAKES) and _ends_proportion(after)) or (
                after and after[0].lower().strip(",.") in (*_HALF_AFTER, *_HALF_VERBS, *_COMPARED)
                and went_to)):
            return None  # (`accounted for just under half.`: a hedge makes it a proportion)
        return _with_unit(text, start, end, 0.5, lex, spelled=False, currency=None,
                          number_start=start)
    numerator = 1.0 if words[0] in ("a", "one") else float(lex.number_words.get(words[0], 0))
    denominator = lex.fractions.get(words[-1], 0)
    if not numerator or not denominator:
        return None
    if not words[-1].endswith("s") and words[0] == "a":
        following = text[end:end + 4]
        after = text[end:end + 14].split()
        if not (following.startswith(" of") or following[:1] in ("", ".", ",", ";", ")", "\n")
                or _OF_A_SCALE.match(text, end)
                or (previous in _PROPORTION_BEFORE and _ends_proportion(after))
                or (previous == "by" and after[:1] == ["by"])  # `grow by a quarter by 2025`
                or (after and after[0].lower() in _FRACTION_AFTER)
                or (previous == "and" and after[:1] == ["to"])):
            return None  # `a third nuclear test`: an ordinal
    return _with_unit(text, start, end, numerator / denominator, lex, spelled=False,
                      currency=None, number_start=start)


def _ends_proportion(after: list[str]) -> bool:
    """The words after a fraction leave it a proportion: the end, punctuation, or a preposition
    or conjunction (`up a third in January-May`), not a noun (`a third strike`, `half time`)."""
    if not after:
        return True
    word = after[0].lower()
    return word[:1] in ",.;:)" or word.strip(",.;:") in _AFTER_PROPORTION


def _as_proportion(text: str, draft: Draft | None, fraction: Draft | None) -> Draft | None:
    """A fraction in words that stays bare is a proportion of something (`a fifth of its
    imports`, `more than half`): a percent, exact (`a third` is 100/3 percent, not 33.33)."""
    if draft is None or fraction is None or not draft.bare or draft.end != fraction.end:
        return draft
    return _draft(text, draft.start, draft.end, draft.value * 100, "percent", "code",
                  "", None, draft.raw, False, draft.start)


def _of_a_unit(text: str, draft: Draft | None, lex: Lexicon) -> Draft | None:
    """`1/16 of a pint`, `half of a mile`: a fraction of one unit is a quantity in that unit."""
    if draft is None or not draft.bare:
        return draft
    scale = _OF_A_SCALE.match(text, draft.end)
    if scale is not None:  # `a quarter of a million people`, `half a billion dollars`
        word = scale.group(1).lower()
        factor = 12.0 if word == "dozen" else lex.scales_ci[word]
        return _with_unit(text, draft.start, scale.end(), draft.value * factor, lex,
                          spelled=False, currency=None, number_start=draft.start)
    article = _OF_A.match(text, draft.end)
    if article is None:
        return draft
    match = lex.unit_after.match(text, article.end())
    if match is None or match.group("short"):
        return draft
    resolved = _resolve_unit(match.group("ci"), match.group("cs"), None, lex)
    if resolved is None or resolved[1] not in ("physical", "code"):
        return draft
    code, kind, factor = resolved
    return replace(draft, end=match.end(), unit=code, unit_kind=kind, value=draft.value * factor,
                   unit_surface=match.group().strip())


_HALVES_NOUN = re.compile(r"\b(?i:into|in|two|both|the|its|their|first|second|of)\s+$")
_HALVES_SUBJECT = re.compile(r"\b[A-Z][\w.&'’-]*(?:[ \u00a0]+(?i:nearly|almost|more[ \u00a0]+than|"
                             r"roughly|effectively))?[ \u00a0]+$")
"""A named subject right before the verb (`Venezuela halves`, `Egypt nearly halves`)."""
_HALVES_OBJECT = re.compile(r"[ \u00a0]+(?:its|their|the|his|her|our)\b")
"""The verb's object after it (`halves its wheat import bill`)."""


def _flow_noun_before(text: str, start: int, lex: Lexicon) -> bool:
    """Whether the word right before `start` is a flow or measure noun whose verb `halves` is a
    fall (`China's barley intake halves`; `halves_subjects` in the lexicon)."""
    words = context.clause_before(text, start)[-16:].lower().split()
    return bool(words) and words[-1] in lex.data["halves_subjects"]


def _read_multiplier(text: str, token: str, start: int, lex: Lexicon) -> Draft | None:
    word = token.lower()
    end = start + len(token)
    if word in lex.halving_words:  # `nearly halved`: a 50 percent fall
        if word == "halves" and (_HALVES_NOUN.search(text, max(0, start - 12), start) or not (
                _HALVES_SUBJECT.search(text, max(0, start - 40), start)
                or _flow_noun_before(text, start, lex))):
            return None  # `cut into halves`, `peach halves to the EU`: the noun, no fall
        return _draft(text, start, end, lex.halving_words[word], "percent", "code", "", None,
                      lex.halving_words[word], False, start, change="down")
    value = float(lex.multipliers[word])
    direction = lex.multiplier_change.get(word)
    if word == "twice" and not _TWICE_AMOUNT.match(text, end):
        after = text[end:end + 24].split()
        if not after or after[0].lower() not in _TWICE_AFTER or (
                len(after) > 1 and after[1].lower().strip(",.") in _TIME_WORDS):
            return None  # `twice a week`, `twice as loud`, `twice the following year`
    if word in ("double", "triple", "treble", "quadruple", "quintuple"):
        after = text[end:end + 16].split()
        before = context.clause_before(text, start).split()
        as_verb = (bool(before) and before[-1].lower() in _VERB_BEFORE) or \
            _LINE_END.match(text, end) is not None or (
                not (before and before[-1].lower() in _MULTIPLE_NOUN_AFTER)
                and _multiple_verb_next(word, after))
        if not as_verb and after and after[0].lower().strip(",.") not in _HALF_AFTER + (
                "in", "to", "from"):
            return None  # `double standards`, `triple jump` (not a headline's last word:
            # `Russian wheat shipments to Egypt triple`)
    return _draft(text, start, end, value, MULTIPLIER_UNIT, "code", token, None, value, False,
                  start, change=direction)  # type: ignore[arg-type]


_MULTIPLE_VERB_NEXT = ("on", "over", "after", "since", "as", "those", "last")
"""Words after a bare `double`/`triple` that make it a verb or a multiple of a level
(`imports triple on year`, `sales quadruple after a poor harvest`, `exports triple as the rift
drags on`, `volumes double those shipped`, `roughly double last year's`); `double as` is left
out (`the ship will double as a hotel`)."""
_MULTIPLE_NOUN_AFTER = frozenset({"a", "an", "the", "this", "its", "their", "his", "her"})
"""Words before a bare `double`/`triple` that make it a noun (`hit by a double on Monday`, `the
double last week`, `completed a triple on Sunday`): no multiple, whatever follows it."""
_MULTIPLE_OF_PERIOD = frozenset(MONTHS) | frozenset({
    "year", "month", "week", "quarter", "season", "day", "today", "yesterday", "decade"})
"""Owners whose possessive after a bare multiplier is a level it multiplies (`triple February's
volume`, `double a year's`); a name's possessive is not (`Double Eagle's shares`, `Triple
Crown's parent`)."""


def _multiple_verb_next(word: str, after: list[str]) -> bool:
    """Whether the words after a bare multiplier word read it as a verb or a multiple of a
    level: one of `_MULTIPLE_VERB_NEXT`, or a month's or period's possessive (`triple February's
    volume`)."""
    if not after:
        return False
    nxt = after[0].lower().strip(",.")
    if nxt == "as":
        return word != "double"
    return nxt in _MULTIPLE_VERB_NEXT or (
        nxt.endswith(("'s", "\u2019s")) and nxt[:-2] in _MULTIPLE_OF_PERIOD)


def _read_vague(text: str, token: str, start: int, lex: Lexicon) -> Draft | None:
    """`thousands of tests`, `tens of millions of dollars`: an order of magnitude, read as the
    range from it to ten times it, with the unit or counted noun after `of`."""
    words = token.lower().split()
    low = 1.0
    for word in words[:-1]:
        if word != "of":
            low *= lex.vague_counts[word]
    end = start + len(token)
    draft = None
    unit = lex.unit_after.match(text, end)
    if unit is not None:
        resolved = _resolve_unit(unit.group("ci"), unit.group("cs"), None, lex)
        if resolved is not None and resolved[2] == 1.0:
            draft = _draft(text, start, unit.end(), low, resolved[0], resolved[1],
                           unit.group().strip(), None, low, False, start)
    if draft is None:
        noun = context.counted_noun(text, end, 2.0)
        if noun is None:
            return None
        draft = _draft(text, start, noun[1], low, noun[0], "noun",
                       text[end:noun[1]].strip(), None, low, False, start)
    return replace(draft, value_max=low * 10)


_AND_A_HALF_END = re.compile(r"[- ]and[- ]a[- ]half$")
"""The half a spelled fold adds (`two-and-a-half-fold` is 2.5 times)."""


def _read_fold(text: str, token: str, start: int) -> Draft | None:
    head = token.lower()[:-4].rstrip(" -")
    if head.replace(".", "", 1).isdigit():  # `9-fold`, `3.5-fold`
        value = float(head)
    else:
        whole = _AND_A_HALF_END.sub("", head)
        reading = read_words(whole)
        if reading is None:
            return None
        value = reading[0] + (0.5 if whole != head else 0.0)  # `five-and-a-half-fold`
    end = start + len(token)
    draft = _draft(text, start, end, value, MULTIPLIER_UNIT, "code", token, None, value, False,
                   start)
    if draft.change is None:
        draft = _draft(text, start, end, value, MULTIPLIER_UNIT, "code", token, None, value,
                       False, start, change="up")
    return draft
