"""Is a quantity a trade claim, and of which kind: level, change, share or cap.

A claim needs a unit that can measure trade (mass, volume, money, percent, multiplier; not ships,
people or kilometres), some trade evidence in its sentence (a commodity, a trade verb, a cap or
production word), and no distractor noun closer to it than that evidence (`debt`, `GDP`,
`prices`, `population`). Prices per unit (`$80 per barrel`) are not claims. Word lists are in
`knowledge/claim_cues.json`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache
from typing import cast

from tradetrace.extract.commodity import counted_key, find_commodities, names_unkeyed_goods
from tradetrace.extract.cues import (
    YEAR_WRITTEN,
    cue_regex,
    hedge_pattern,
    lexicon,
    may_hold,
    word_count,
    word_set,
)
from tradetrace.extract.parties import find_countries, is_state_company
from tradetrace.extract.quantities import extract_quantities
from tradetrace.extract.quantity_context import singular
from tradetrace.extract.roles import (
    BLOC_NAME,
    goods_flowing,
    ship_verbs,
    spending_on_goods,
    supplied_shares,
)
from tradetrace.extract.sentences import clause_bounds
from tradetrace.model.claim import Direction, Kind, Quantity
from tradetrace.normalize.periods import MONTH_PATTERN
from tradetrace.normalize.units import FLOW_TIMES, is_currency, measures_goods

_RESOLUTION = re.compile(r"\bResolutions?\s+(?:No\.\s*)?\d{3,4}\b", re.IGNORECASE)
_OF_AFTER = re.compile(r"^\s*of\s+(?!which\b)", re.IGNORECASE)


def measurable(quantity: Quantity) -> bool:
    """True when the unit can measure a flow of goods or money: a trade code, a currency, money
    a stretch of time, or any weight, volume or energy, alone or a stretch of time."""
    unit = quantity.unit
    return bool(unit) and (unit.lower() in word_set("claim_units") or is_currency(unit)
                           or money_rate(unit) or measures_goods(unit))


def money_rate(unit: str) -> bool:
    """`USD/month`, `USD/yr`: money a stretch of time, a flow's rate like `t/yr` (unlike a
    price, `USD/bbl`)."""
    money, _, per = unit.partition("/")
    return is_currency(money) and per in FLOW_TIMES


def per_unit(text: str, quantity: Quantity) -> bool:
    """`$80 per barrel`, `600 dollars a ton`, `8.33 barrels per tonne`: a rate, not an amount."""
    if "/" in quantity.unit and is_currency(quantity.unit.split("/")[0]):
        return not money_rate(quantity.unit)  # USD/bbl (not USD/month)
    after = text[quantity.end:quantity.end + 70]
    # (`785.6 yuan (about 109.77 U.S. dollars) a tonne`: past the restatement; the restated
    # figure itself reads on after its closing parenthesis)
    after = _RESTATED_ASIDE.sub("", after, count=1)[:30]
    per, nouns = _per_unit_patterns()
    match = per.match(after)
    if match is not None and match.group().strip().lower() == "per":
        match = _COUNT_AFTER_PER.match(after, match.end()) or match  # `100 yuan per 500 grams`
    return bool(match and nouns.match(after, match.end()))


@cache
def _per_unit_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The `per` cue (with the spaces around it) and the measure nouns of `per_unit`, compiled
    once (not sorted, joined and looked up in `re`'s cache for every figure)."""
    per = cue_regex(sorted(word_set("per_unit")))
    nouns = cue_regex(sorted(word_set("measure_nouns") | word_set("per_unit_nouns")))
    return re.compile(r"\s*(?:" + per.pattern + r")\s*", re.IGNORECASE), nouns


_RESTATED_ASIDE = re.compile(r"^\s*\([^()]{1,40}\)|^\)")
_COUNT_AFTER_PER = re.compile(r"\d[\d.,]*\s*")
"""A count between `per` and its measure (`per 500 grams`; not `bags each 60 kilograms`)."""


def rate_denominator(text: str, quantity: Quantity) -> bool:
    """`per 500 grams` in `100 yuan per 500 grams`: what a rate is per, no amount of its own."""
    return _PER_BEFORE.search(text, max(0, quantity.start - 8), quantity.start) is not None


_PER_BEFORE = re.compile(r"\bper\s+$", re.IGNORECASE)


def exchange_note(text: str, quantity: Quantity) -> bool:
    """`($1 = 1.3922 Libyan dinars)`: either side of an equals sign is an exchange rate, a
    wire story's conversion note, no amount of goods or money traded."""
    return _EQUALS_AFTER.match(text, quantity.end) is not None or \
        _EQUALS_BEFORE.search(text, max(0, quantity.start - 4), quantity.start) is not None


@cache
def _one_unit_buys() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """One unit of a currency buying an amount (`a dollar now buys`, `one US dollar bought`,
    `one_unit_*` cues): before the amount it buys, and after the unit's own figure (`One
    euro| bought 1.08 dollars`); both are an exchange rate."""
    units = cue_regex(sorted(word_set("one_unit_currencies"))).pattern
    adverbs = cue_regex(sorted(word_set("one_unit_adverbs"))).pattern
    verbs = cue_regex(sorted(word_set("one_unit_buying_verbs"))).pattern
    buys = r"\s+(?:" + adverbs + r"\s+)?" + verbs + r"\s+"
    before = re.compile(r"\b(?:a|one|each|every)\s+(?:U\.?S\.?\s+|American\s+)?" + units
                        + buys + hedge_pattern(True) + "$", re.IGNORECASE)
    return before, re.compile(buys, re.IGNORECASE)


_ONE_CURRENCY_UNIT = re.compile(r"(?i:a|one|each|every)\s")
"""The figure of one unit of a currency (`One euro`, `a dollar`)."""
_EQUALS_AFTER = re.compile(r"\s*=")
_EQUALS_BEFORE = re.compile(r"=\s*$")


_OF_PHRASE = re.compile(r"\s*of\s+(?P<phrase>(?:(?!(?:to|for|from|in|into|by|on|at|with|via)\b)"
                        r"[\w'’$-]+(?:[.,]\d+)*\s*){1,7})")
"""`4 percent of GDP`, `90 percent of North Korea's $11 billion Soviet-era debt`."""


def _nearest_gap(spans: list[tuple[int, int]], start: int, end: int) -> int | None:
    gaps = [s - end if s >= end else start - e for s, e in spans if not (start <= s < end)]
    return min(gaps) if gaps else None


def evidence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Trade words in text[start:end]: trade verbs and nouns, caps, production, and a
    country's dependence on another (`N. Korea's reliance on China hits 98.3 pct`)."""
    spans: list[tuple[int, int]] = []
    for path in (("flow", "export"), ("flow", "import"), ("flow", "two_way"), ("cap",),
                 ("dependence",)):
        spans += lexicon(*path).spans(text, start, end)
    # production, but `yielded` and `extracted` only where they produce goods (`the mine
    # yielded 2.1 million tonnes`; not `The auction yielded $2 billion`)
    measured = lexicon("production_measured")
    spans += [s for s in lexicon("production").spans(text, start, end)
              if not measured.regex.fullmatch(text, *s)]
    spans += ship_verbs(text, start, end)  # `PDVSA now ships China 140,000 barrels a day`
    spans += spending_on_goods(text, start, end)  # `spent $4.5 million on Russian drugs`
    spans += supplied_shares(text, start, end)  # `Russian gas made up 79% of the Austrian market`
    spans += _measured_production(text, start, end)
    spans += _conduit_flows(text, start, end)  # `Libya piped 3.23 bcm of gas to Italy`
    spans += _goods_earned(text, start, end)  # `Nigeria earned N1.32 trillion from cocoa`
    # `trading partner`, `the dollar traded above 8,000 won`: names and prices, not flows
    blocked = lexicon("not_flow").spans(text, start, end)
    return [s for s in spans if not any(a <= s[0] < b for a, b in blocked)
            and goods_flowing(text, start, *s)]


def _conduit_flows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Goods moved through a pipe: a verb of piping anywhere (`Libya piped 3.23 billion cubic
    metres of gas to Italy`), and a verb of carrying or flowing in a sentence that names the
    pipe (`the pipeline has carried 16 billion cubic meters to Europe`, `Algerian gas flowing
    to Italy through the Transmed pipeline`): a flow across borders though no trade word says
    so (gas, the goods most often piped, has no key of its own)."""
    spans = lexicon("piped").spans(text, start, end)
    if lexicon("pipe_nouns").search(text, start, end):
        carried = lexicon("conduit_carried").spans(text, start, end)
        # a verb of carrying beside a pipe counts only where the sentence states goods in a
        # unit of goods (bcm, barrels, tonnes): `bring` or `move` beside a pipeline says
        # nothing of money or a percent (`Gazprom's profit ... brought $10 billion even as the
        # Nord Stream pipeline stood idle`)
        if carried and _goods_figure(text, start, end):
            spans += carried
    return spans


def _goods_figure(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] states a figure in a unit of goods, a weight, volume or energy
    alone or a stretch of time (`15.8 bcm`, `2.1 million tonnes`, `140,000 barrels a day`; not
    `$55 billion`, `64%`). Read only where a weak cue needs it, so the sentence is parsed
    again here rather than its quantities passed down."""
    return any(measures_goods(q.unit) for q in extract_quantities(text[start:end]))


def _measured_production(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Production verbs that also yield money or bids (`production_measured`: `yielded`,
    `extracted`): evidence only when the sentence states a figure in a unit of goods (`the mine
    yielded 2.1 million tonnes of copper`; not `The auction yielded $2 billion`) and no sale or
    bid (`production_measured_not_after`) comes before the verb in its clause (not `Egypt's
    tender yielded 240,000 tonnes of Russian wheat`: a purchase). Evidence only: the roles'
    production frame (extract/roles.py) still reads every `production` cue."""
    verbs = lexicon("production_measured").spans(text, start, end)
    if not verbs or not _goods_figure(text, start, end):
        return []
    sales = lexicon("production_measured_not_after")
    kept: list[tuple[int, int]] = []
    for verb in verbs:
        # (the clause: back to the last comma, semicolon or colon before the verb)
        opening = max((m.end() for m in _CLAUSE_PUNCT.finditer(text, start, verb[0])),
                      default=start)
        if not sales.search(text, opening, verb[0]):
            kept.append(verb)
    return kept


_CLAUSE_PUNCT = re.compile(r"[,;:]")


_EARNED_FROM = re.compile(r"(?:[^.;:]|[.,]\d){0,60}?\bfrom\s+(?:the\s+)?"
                          r"(?:(?:sales?|exports?|shipments?)\s+of\s+(?:[\d.,]+\s+\S+\s+of\s+)?)?"
                          r"(?=\w)", re.IGNORECASE)
"""After an earning verb: `from` and the goods that earned (`earned N1.32 trillion from cocoa`,
`earned $2.4 million from the sale of 663,000 kg of coffee`)."""
_EARNER_REACH = 40
"""Characters before an earning verb in which the goods that earned are looked for."""


def _names_goods(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names goods, with a key (not `goods`, `products`) or without."""
    return any(not m.generic for m in find_commodities(text, start, end)) or \
        names_unkeyed_goods(text, start, end)


def _goods_earned(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """What goods earned their seller: an earning verb after the goods (`Tobacco earns Brazil some
    US$2 billion`, `Kenyan cut flowers earned the country 108 billion shillings`) or before `from`
    and the goods (`Nigeria earned N1.32 trillion from cocoa`; not `from royalties`), and an
    earnings noun right after goods (`Madagascar's vanilla earnings sink 64%`). The seller earns
    what its goods fetch abroad: a flow, though no trade word says so."""
    if not may_hold(text, start, end, ("earn", "receipt", "revenue")):
        return []
    spans: list[tuple[int, int]] = []
    for verb in lexicon("earn_object").spans(text, start, end):
        after = _EARNED_FROM.match(text, verb[1], end)
        if _names_goods(text, max(start, verb[0] - _EARNER_REACH), verb[0]) or (
                after is not None and _names_goods(text, after.end(),
                                                   min(end, after.end() + 30))
                and not _levied(text, after.end(), end)):
            spans.append(verb)
    for noun in lexicon("goods_earnings").spans(text, start, end):
        before = _WORD_BEFORE_NOUN.search(text, max(start, noun[0] - 30), noun[0])
        if before is not None and _names_goods(text, before.start(), noun[0]):
            spans.append(noun)
    return spans


def _levied(text: str, at: int, end: int) -> bool:
    """Whether the goods phrase after `earned ... from` at `at` ends in a levy on the goods
    (`earned 1.2 trillion roubles from oil taxes`, `from copper royalties`): a state's take,
    not what the goods fetched abroad. Reads the phrase up to the next preposition or stop."""
    phrase = _FROM_PHRASE.match(text, at, end)
    return phrase is not None and lexicon("earned_from_levies").search(text, at, phrase.end())


_FROM_PHRASE = re.compile(r"(?:(?!(?:in|on|at|to|for|by|during|over|last|this)\b)"
                          r"[\w'’-]+\s*){1,5}", re.IGNORECASE)
"""The noun phrase after `from` (`oil taxes` in `from oil taxes in January`)."""


_WORD_BEFORE_NOUN = re.compile(r"\b[\w-]+\s+$")
"""The word right before a noun (`coffee ` in `coffee earnings`)."""


def not_trade_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The distractor words (`not_trade`) in text[start:end], with a firm's takings told by a
    generic verb (`firm_turnover`: `had turnover of`, `booked revenue of`) only where their
    sentence names no trade and no pair of countries (`Russia and Iran had turnover of $4.9
    billion`, `Zambia booked revenue of $8 billion from copper exports` stay trade)."""
    spans = lexicon("not_trade").spans(text, start, end)
    firm = [s for s in lexicon("firm_turnover").spans(text, start, end)
            if not _trade_sentence(text, *s)]
    return sorted([*spans, *firm]) if firm else spans


_TRADE_NAMED = re.compile(r"\b(?:trade|trading|exports?|imports?|bilateral|two-way)\b",
                          re.IGNORECASE)
"""Words that make a sentence's turnover or revenue trade (`Trade between Kazakhstan and
Uzbekistan reached an annual turnover of`, `revenue of $8 billion from copper exports`)."""
_PAIR_JOINED = re.compile(r"\s*(?:and|-|–)\s*")
"""Between the two countries of a pair (`Russia and Iran`, `Russia-India`)."""


def _trade_sentence(text: str, start: int, end: int) -> bool:
    """Whether the sentence around text[start:end] names trade or a pair of countries."""
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, max(0, start - 300), start)]
    opening = breaks[-1] if breaks else max(0, start - 300)
    after = _SENTENCE_BREAK.search(text, end, end + 300)
    closing = after.start() if after is not None else min(len(text), end + 300)
    if _TRADE_NAMED.search(text, opening, closing):
        return True
    countries = find_countries(text, opening, closing)
    return any(a.code and b.code and a.code != b.code
               and _PAIR_JOINED.fullmatch(text, a.end, b.start)
               for a, b in zip(countries, countries[1:], strict=False))


def _distractor_spans(quantity: Quantity, text: str, start: int, end: int
                      ) -> list[tuple[int, int]]:
    """The distractor words (`not_trade`) in text[start:end], and for an amount of money also
    the words of money set aside or paid out (`not_trade_money`: `earmarked`, `subsidy`) and of
    duties levied (`not_trade_duties`: `customs duties`)."""
    spans = not_trade_spans(text, start, end)
    if is_currency(quantity.unit):
        spans = [*spans, *[(a, b) for a, b in lexicon("not_trade_money").spans(text, start, end)
                           if a >= quantity.end or _money_governed().fullmatch(
                               text, b, quantity.start)],
                 *lexicon("not_trade_duties").spans(text, start, end)]
    return spans


@cache
def _money_governed() -> re.Pattern[str]:
    """Between a word of money set aside or paid out and the figure it governs: nothing but
    `of`, `worth`, `a total of`, `a further` and hedges (`earmarked $60 million`, `a subsidy of
    $2 billion`, `allocated a further 7 billion pounds`), not other words (`exports under the
    export subsidy scheme rose to $2 billion`, `exports funded by the scheme rose to`)."""
    return re.compile(r"\s*(?:(?:of|worth|totall?ing|amounting\s+to|to\s+the\s+tune\s+of|"
                      r"(?:a|an|the)\s+(?:total|sum)\s+of|another|(?:a|an)\s+(?:further|"
                      r"additional|extra|new))\s+)*" + hedge_pattern(True), re.IGNORECASE)


_BALANCE_REACH = 600
"""Characters of the paragraph before a figure in which both sides of a balance are looked for."""
_NEAR_BEFORE = re.compile(r"(?:[^\S\n]+(?!(?:by|with|through|via|using|that|which|who|where)\b)"
                          r"[\w'’$-]+){0,4}[^\S\n]+$", re.IGNORECASE)
"""Up to four words, no punctuation, between a noun and the figure after it (`shortfall of
roughly`, `gap now stands at`): none of them a word by which something acts on the gap (`narrow
the gap by buying`, `cover the shortfall with`, `a gap that Brazil filled with`), after which
the figure is what fills the gap, no amount of the gap."""
_NEAR_AFTER = re.compile(r"(?:[^\S\n]+(?:trade|goods))?[^\S\n]+(?P<noun>[a-z]+)\b",
                         re.IGNORECASE)
"""The noun right after a figure (`an $18 billion shortfall`, `a €304.5 billion gap`)."""


def _balance_gap(text: str, quantity: Quantity) -> bool:
    """Whether an amount is the gap between what was bought and what was sold: a word of
    `balance_gap_nouns` right before it (`a shortfall of roughly`, `the gap now stands at`, not
    `narrow the gap by buying`) or right after it (`leaving an $18 billion shortfall`), after a
    stretch of the paragraph that named both imports and exports (not the fall of one flow, `sales
    ... against $1,168 million ... The gap of $402.7 million amounts to a 34.5% drop`)."""
    nouns = word_set("balance_gap_nouns")
    after = _NEAR_AFTER.match(text, quantity.end)
    near = after is not None and after.group("noun").lower() in nouns
    if not near:
        start = max(0, quantity.start - 60)
        near = any(_NEAR_BEFORE.fullmatch(text, match.end(), quantity.start) is not None
                   for match in cue_regex(sorted(nouns)).finditer(text, start, quantity.start))
    if not near:
        return False
    start = max(text.rfind("\n", 0, quantity.start) + 1, quantity.start - _BALANCE_REACH)
    return bool(lexicon("flow", "import").search(text, start, quantity.start) and lexicon(
        "flow", "export").search(text, start, quantity.start))


def distracted(text: str, quantity: Quantity, clause: tuple[int, int],
               evidence: list[tuple[int, int]]) -> bool:
    """True when a non-trade noun (debt, GDP, prices, ...) is the closest word to the quantity,
    or the quantity is the size of a ship or store (`a 3,000-ton freighter`)."""
    if _capacity(text, quantity) or unit_price(text, quantity, clause):
        return True
    if is_currency(quantity.unit) and (_built_with(text, quantity) or _sunk_into(text,
                                                                              quantity)):
        return True  # `a $1.6 billion dam`: what the money builds or funds, no traded amount
    if quantity.unit not in ("percent", "x") and _balance_gap(text, quantity):
        return True  # `leaving an $18 billion shortfall`: a trade balance, no flow
    if is_currency(quantity.unit) and _exchange_rate(text, quantity):
        return True  # `a dollar now buys 88.85 afghanis`: an exchange rate (and what moves
        # from it, `up from 80 afghanis`, measures that rate too)
    if is_currency(quantity.unit) and _fee_takings(text, quantity, clause):
        return True  # `collected $57 million in transit fees`: a charge's takings, no trade
    if quantity.unit == "percent" and (_stake(text, quantity) or _part_of_a_count(text,
                                                                                 quantity)):
        return True
    if quantity.unit in ("percent", "x") and (_tax_rate(text, quantity, clause)
                                              or _count_of_not_goods(text, quantity, clause,
                                                                     evidence)):
        return True
    if (quantity.unit in ("percent", "x") or is_currency(quantity.unit)) and \
            _moves_to_a_price(text, quantity):
        return True
    if quantity.unit in ("percent", "x") and (_price_moved(text, quantity)
                                              or _benchmark_moved(text, quantity)):
        return True
    if quantity.unit == "percent" and _apposed_price_move(text, quantity):
        return True
    if quantity.unit not in ("percent", "x") and _used_up(text, quantity):
        return True
    if quantity.unit not in ("percent", "x") and _held_in_store(text, quantity):
        return True
    if quantity.surface.endswith("-carat") and _STONE_AFTER.match(text, quantity.end):
        return True  # `The 910-carat stone`: the size of one stone, no flow
    of = _OF_PHRASE.match(text, quantity.end, clause[1])
    if of is not None and quantity.unit == "percent" and _supplied_use(
            text, quantity, clause, evidence, (of.start("phrase"), of.end("phrase"))):
        return False
    if of is not None:  # `7 percent of total exports` / `4 percent of GDP`: the head decides
        phrase = (of.start("phrase"), of.end("phrase"))
        if any(not _held_on_the_way(text, a, b, clause) for a, b in _distractor_spans(
                quantity, text, *phrase)):
            return True
        if quantity.unit == "percent" and _not_trade_share(text, phrase, evidence):
            return True  # `72% of export settlements`: a part of payments, no traded amount
        if any(phrase[0] <= s < phrase[1] for s, _ in evidence):
            return False
    # a distractor after the quantity must be close (`$2 billion in debt`), not `$2 billion
    # despite the 75th anniversary`
    paid = _paid_for_goods(text, quantity, evidence)
    distractors = _distractor_spans(quantity, text, *clause)
    bad = [(s, e) for s, e in [*distractors, *_demand_spans(text, quantity, clause, of)]
           if (s < quantity.end or word_count(text, quantity.end, s) <= 2
               or ((s, e) in distractors
                   and _change_in_gap().fullmatch(text, quantity.end, s) is not None))
           and not _IN_A_NAME.match(text, s) and not _OWED_TO_CAUSE.match(text, s)
           and not _cause_after(text, quantity, s)
           and not _costing_after(text, quantity, s, e)
           and not (paid is not None and paid[0] <= s < paid[1])
           and not (_STOCK_WORD.match(text, s) and _FOR_STOCKS.search(text, max(0, s - 40), s))
           and not _flights_carry(text, quantity, s)
           and not _held_on_the_way(text, s, e, clause)]
    bad_gap = _nearest_gap(bad, quantity.start, quantity.end)
    if bad_gap is None:
        return _apposed_to_distractor(text, quantity, clause)
    inside = [*_bound_distractors(text, quantity, bad), *_moved_subjects(
        text, quantity, [span for span in bad if span in distractors])]
    near = [s for s in evidence if clause[0] <= s[0] < clause[1]
            and not any(a <= s[0] and s[1] <= b for a, b in inside)]
    good_gap = _nearest_gap(near, quantity.start, quantity.end)
    return good_gap is None or bad_gap < good_gap


_SHARE_HEAD_BREAK = re.compile(r"\b(?i:as|while|whereas|and|or|but|since|because|when|where|"
                               r"after|though|although|which|who)\b")
"""In the phrase a percent is of, a word that ends its head noun phrase (`70% of China's soybean
imports last year as farmers expanded`, `60% of export receipts and payments data`): a
`not_trade_shares` cue past it is not what the percent is of."""
_IMPORT_PAYMENTS = re.compile(r"(?i:imports?)\s+$")
"""Right before `payments`: import payments are the value of the imports (`25% of Kenya's
import payments`), a traded amount; not `payments for imports` in a currency's part of them
(`the ruble covered 72% of export settlements and 69% of payments for imports`)."""
_TRADED_AFTER_SHARE = re.compile(r"\s+(?:[A-Z][\w'’-]*|it|they|we|(?:and|or|&)\s+[\w-]+)\s+")
"""Between a `not_trade_shares` cue and a trade word that makes it no head: nothing before a
flow noun (`resources exports`), a subject of a clause on the cue (`the trucks China exported`)
or a coordinated noun (`resources and energy exports`); a verb right after the cue is its own
(`30% of the country's tea growers sell through`)."""
_FLOW_NOUN_AFTER_SHARE = re.compile(r"(?i:exports|imports|shipments|sales|trade|purchases|"
                                    r"receipts|earnings)\b")
_NAMED_GOODS_SHARES = {word: re.compile(rf"\b{word}\b", re.IGNORECASE)
                       for word in ("trucks", "trains", "resources")}
"""`not_trade_shares` cues that are also goods, each with its pattern: no cue when the sentence
named them before the percent (`Exports of trucks rose 20%, with Russia taking 30% of the
trucks`)."""


def _not_trade_share(text: str, phrase: tuple[int, int],
                     evidence: list[tuple[int, int]]) -> bool:
    """Whether a `not_trade_shares` cue heads the phrase a percent is of (`72% of export
    settlements`, `30% of its farmers grow it`): it stands before any word that ends the head
    (`_SHARE_HEAD_BREAK`: not `imports last year as farmers expanded`), no trade word makes it
    an attribute or an object (`_TRADED_AFTER_SHARE`: `48 per cent of Australia's resources
    exports`, `60% of the trucks China exported`), it is no import payment (`25% of
    Kenya's import payments`), and a cue that is also goods was not named earlier in the
    sentence (`Exports of trucks rose ..., with Russia taking 30% of the trucks`)."""
    start, end = phrase
    brk = _SHARE_HEAD_BREAK.search(text, start, end)
    head_end = brk.start() if brk is not None else end
    for a, b in lexicon("not_trade_shares").spans(text, start, head_end):
        if any(_FLOW_NOUN_AFTER_SHARE.match(text, s) if not text[b:s].strip()
               else _TRADED_AFTER_SHARE.fullmatch(text, b, s) is not None
               for s, _ in [*evidence, *evidence_spans(text, b, end)] if b <= s < end):
            continue
        word = text[a:b].lower()
        if word == "payments" and _IMPORT_PAYMENTS.search(text, max(0, a - 12), a):
            continue
        if word in _NAMED_GOODS_SHARES:
            breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, max(0, start - 300), start)]
            opening = breaks[-1] if breaks else max(0, start - 300)
            if _NAMED_GOODS_SHARES[word].search(text, opening, start):
                continue
        return True
    return False


_ATTRIBUTE_STOPS = (r"(?i:of|in|to|for|from|on|at|by|with|into|than|worth|and|or|a|an|the|this|"
                    r"that|its|their|more|less|per|each|was|were|is|are|has|have|had|will|would|"
                    r"last|as|via|through|under|during|since|after|before|while|thanks|despite|"
                    r"amid)")
"""Words that are no attribute between a sum and the noun it sizes (`$5 million of plant`,
`$2.3 billion through Odesa terminals`, `$9 billion as terminals at Novorossiysk ran`)."""
_DETERMINED_SUM = re.compile(r"(?:\b(?i:a|an|the|this|its|their|his|her|our)|['’]s?)\s*$")
"""Right before a sum: an article or possessive, which lets a name be an attribute of what the
money builds (`a $600 million Dangote refinery`), not a sum with none (`Kenya tea exports hit
$1.4 billion Mombasa terminal data show`)."""
_CAPITALISED = re.compile(r"\b[A-Z][a-z]")
"""A capitalised word between a sum and what it builds: a name (`Dangote`, `Mombasa`)."""
_EXPANSION_OF_A_FLOW = re.compile(r"\s+(?i:in|from|on|over|of|compared|against|than)\b")
"""After `expansion`: what grew or since when (`a $2 billion expansion from a year earlier`),
a change of a flow, not a build."""


@cache
def _fee_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The amount's own fee phrase after it (`$57 million, or XAF30 billion, in transit fees`,
    `from the fee it levies`), a fee subject yielding it before it (`Transit fees still
    brought in`, `the transit fee earned Tunisia`), and what bears a fee rather than earns it
    (`fee_bearing_links`, a flow noun or goods: `Imports subject to duties`). A fee noun
    that is half of a compound (`royalty-free`) is none."""
    fees = cue_regex(sorted(word_set("fee_nouns"))).pattern + r"(?![-‐])"
    verbs = cue_regex(sorted(word_set("fee_earning_verbs"))).pattern
    links = cue_regex(sorted(word_set("fee_bearing_links"))).pattern
    after = re.compile(r"(?:\s*,\s*or\s+(?:(?![.!?]\s)[^,;]){1,30},)?\s+(?:in|from)\s+"
                       r"(?:(?:the|its|their|a)\s+)?(?:(?!" + links + r")[\w'’-]+\s+){0,3}?"
                       + fees, re.IGNORECASE)
    before = re.compile(fees + r"\s+(?:[a-z]+ly\s+|still\s+|also\s+)?" + verbs
                        + r"\s+(?:[A-Z][\w'’-]*\s+){0,2}" + hedge_pattern(True) + "$",
                        re.IGNORECASE)
    bearer = re.compile(links + "|" + _FLOW_NOUN + r"|\bgoods\b", re.IGNORECASE)
    return after, before, bearer


def _exchange_rate(text: str, quantity: Quantity) -> bool:
    """Whether an amount of money is one unit of a currency or what it buys (`_one_unit_buys`):
    `a dollar now buys 88.85 afghanis`, `One euro bought 1.08 dollars`; or any amount of one
    currency and the amount of another it buys (`100 soms buy about $1.15`)."""
    before, buys = _one_unit_buys()
    if _ONE_CURRENCY_UNIT.match(text, quantity.start) is not None and \
            buys.match(text, quantity.end) is not None:
        return True
    if before.search(text, max(0, quantity.start - 50), quantity.start) is not None:
        return True
    # (`100 soms buy about $1.15`: an amount of money buying money; both amounts bare, not
    # `earnings of $2 billion buy $1.5 billion of fuel`)
    after, ahead = _money_buys()
    bought = after.match(text, quantity.end)
    if bought is not None:
        second_end = _money_at(text, bought.end())
        if second_end is not None and _bare_money_pair(text, quantity.start, second_end):
            return True
    buyer = ahead.search(text, max(0, quantity.start - 40), quantity.start)
    if buyer is None:
        return False
    first_start = _money_ends_at(text, buyer.start())
    return first_start is not None and _bare_money_pair(text, first_start, quantity.end)


@cache
def _money_buys() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A buying verb between two amounts of money (`one_unit_*` and `amount_buying_verbs`
    cues): after the first, and before the second."""
    adverbs = cue_regex(sorted(word_set("one_unit_adverbs"))).pattern
    verbs = cue_regex(sorted(word_set("one_unit_buying_verbs")
                             | word_set("amount_buying_verbs"))).pattern
    buys = r"\s+(?:" + adverbs + r"\s+)?" + verbs + r"\s+"
    return re.compile(buys, re.IGNORECASE), re.compile(buys + hedge_pattern(True) + "$",
                                                       re.IGNORECASE)


@cache
def _hedges_ahead() -> re.Pattern[str]:
    """Any hedge or stress words before a figure (`about `, `just over `), case-blind."""
    return re.compile(hedge_pattern(True), re.IGNORECASE)


def _money_at(text: str, at: int) -> int | None:
    """Where an amount of money (after any hedge) opening the text at `at` ends, if one does."""
    hedge = _hedges_ahead().match(text, at)
    start = hedge.end() if hedge else at
    first = next(iter(extract_quantities(text[start:start + 40])), None)
    if first is None or first.start != 0 or not is_currency(first.unit):
        return None
    return start + first.end


def _money_ends_at(text: str, at: int) -> int | None:
    """Where an amount of money ending the text right before `at` starts, if one does."""
    offset = max(0, at - 40)
    window = text[offset:at]
    found = extract_quantities(window)
    if not found or found[-1].end != len(window.rstrip()) or not is_currency(found[-1].unit):
        return None
    return offset + found[-1].start


@cache
def _money_of_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An `of` phrase owning an amount of money: before it (`earnings of`, `exports of about`),
    or after it (`of imported fuel`, `worth of goods`)."""
    return (re.compile(r"\bof\s+" + hedge_pattern(True) + "$", re.IGNORECASE),
            re.compile(r"\s+(?:worth\s+)?of\b", re.IGNORECASE))


def _bare_money_pair(text: str, first_start: int, second_end: int) -> bool:
    """Whether two amounts of money, one buying the other, are bare currency amounts: not the
    value of a trade noun (`exports of $9 billion`) nor of goods (`$1.5 billion of fuel`)."""
    owned_before, owned_after = _money_of_patterns()
    return owned_before.search(text, max(0, first_start - 40), first_start) is None and \
        owned_after.match(text, second_end) is None


def _fee_takings(text: str, quantity: Quantity, clause: tuple[int, int]) -> bool:
    """Whether an amount of money is what a fee, toll or royalty took in: `in`/`from` such a
    charge right after it or the charge yielding it right before it. A fee paid on goods is
    not their value (`Cameroon collected $57 million in transit fees`; not `$57 million of
    crude, in spite of transit fees`, `$50 billion in steel subject to duties`), nor is a
    fee the subject when goods or a flow bearing it come first in the clause (`Imports
    subject to duties amounted to $3.2 billion`, `Goods exempt from duties totalled`)."""
    after, before, bearer = _fee_patterns()
    # (the restatement after a comma lies past the clause's end)
    if after.match(text, quantity.end, min(len(text), quantity.end + 100)) is not None:
        return True
    found = before.search(text, clause[0], quantity.start)
    return found is not None and bearer.search(text, clause[0], found.start()) is None


def _built_with(text: str, quantity: Quantity) -> bool:
    """Whether a sum sizes what money builds or funds (`_built_after`: `a $1.6 billion dam`):
    a capitalised attribute only after an article or possessive (`a $600 million Dangote
    refinery`, not `$1.4 billion Mombasa terminal`) unless the country lexicon reads it as a
    nation's adjective (`USD3.6 bln Iranian facility`), and no `expansion` of a flow (`a $2
    billion expansion in 2023`)."""
    built = _built_after().match(text, quantity.end)
    if built is None:
        return False
    if built.group("head").lower() == "expansion" and _EXPANSION_OF_A_FLOW.match(text,
                                                                               built.end()):
        return False
    demonyms = [(m.start, m.end) for m in find_countries(text, quantity.end,
                                                          built.start("head"))
                if m.form == "demonym"]
    names = [m for m in _CAPITALISED.finditer(text, quantity.end, built.start("head"))
             if not any(a <= m.start() < b for a, b in demonyms)]
    return not names or _DETERMINED_SUM.search(text, max(0, quantity.start - 8),
                                               quantity.start) is not None


@cache
def _built_after() -> re.Pattern[str]:
    """Right after a sum, up to two attribute words and a noun of what money builds or funds
    (`built_with_money`: `a $1.6 billion dam`, `US$10 billion offshore oil project`)."""
    heads = "|".join(sorted((re.escape(w) for w in word_set("built_with_money")),
                            key=len, reverse=True))
    return re.compile(rf"\s*(?:\([^()]{{1,40}}\)\s*)?(?:(?!{_ATTRIBUTE_STOPS}\b)[A-Za-z][\w&-]*\s+)"
                      rf"{{0,2}}(?P<head>(?i:{heads}))(?![\w-])")


def _sunk_into(text: str, quantity: Quantity) -> bool:
    """Whether a sum is capital sunk into something built: a verb of outlay right before it
    (`outlay_verbs`: `have put more than`, `is pouring`, `will spend`) and `into`, `on` or `in`
    a few words of what it builds after it (`built_with_money`, `outlay_heads`: `into new
    processing plants`, `on a new refinery at Sines`, `in Zimbabwean lithium assets`); not the
    goods a plant makes or moves (`on pipeline gas`, `on refinery products`)."""
    verb = _outlay_before().search(text, max(0, quantity.start - 40), quantity.start)
    if verb is None:
        return False
    after = _outlay_after().match(text, quantity.end)
    return after is not None and not (  # (not `on coal shipped through Australian ports`)
        any(word.lower() in word_set("outlay_gap_breaks") for word in after.group("gap").split())
        or any(lexicon("flow", way).search(after.group("gap")) for way in ("export", "import")))


@cache
def _outlay_before() -> re.Pattern[str]:
    """Right before a sum: a verb of outlay and hedges (`have sunk about `, `put a further `)."""
    verbs = cue_regex(sorted(word_set("outlay_verbs"))).pattern
    return re.compile(rf"{verbs}\s+(?:(?:a|an)\s+(?:further|additional|extra)\s+|another\s+)?"
                      + hedge_pattern(True) + "$", re.IGNORECASE)


@cache
def _outlay_after() -> re.Pattern[str]:
    """Right after a sum: `into`, `on` or `in` and up to four words before a noun of what money
    builds (`into a second refinery`, `on a container terminal`), not before goods; the words
    between (`gap`) hold no flow word nor a preposition of its own (`outlay_gap_breaks`: `on fuel
    imports through the port of Tema`, `on gas delivered by pipeline`: goods bought)."""
    heads = "|".join(sorted((re.escape(w) for w in word_set("built_with_money")
                             | word_set("outlay_heads")), key=len, reverse=True))
    goods = cue_regex(sorted(word_set("outlay_head_goods"))).pattern
    return re.compile(rf"\s*(?:\([^()]{{1,40}}\)\s*)?(?:into|on|in)\s+"
                      rf"(?P<gap>(?:[\w'’&-]+\s+){{0,4}}?)(?:{heads})(?![\w-])"
                      rf"(?!\s+(?:{goods}))", re.IGNORECASE)


def _moved_subjects(text: str, quantity: Quantity,
                    bad: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The phrases from a figure to a distractor whose move it sizes (`7.4 percent increase in
    the average export price`): a trade word inside (`export`) only qualifies what moved."""
    return [(quantity.end, b) for a, b in bad if a >= quantity.end
            and _change_in_gap().fullmatch(text, quantity.end, a) is not None]


@cache
def _change_in_gap() -> re.Pattern[str]:
    """Between a figure and a distractor it sizes the move of: a change noun, `in` and up to
    three words (`5.6 percent increase in the average`, `19% fall in international `), so the
    distractor is what moved (`prices`), however far past the two-word reach it stands. The words
    only form a noun phrase: a preposition, conjunction or flow noun among them
    (`change_in_breaks`: `12% increase in exports despite lower prices`) ends what moved."""
    nouns = cue_regex(sorted(word_set("change_nouns"))).pattern
    breaks = cue_regex(sorted(word_set("change_in_breaks"))).pattern
    return re.compile(r"\s+(?:" + nouns + r")\s+in\s+(?:(?!" + breaks + r")[\w'’-]+\s+){0,3}",
                      re.IGNORECASE)


_NUMBER_OF = re.compile(r"\b(?i:the\s+number\s+of)\s+(?P<words>(?:[\w'’-]+\s+){0,2}[\w'’-]+)")
"""`the number of` and the first words of what it counts (`the number of Greek-owned tankers`)."""
_COUNT_REACH = 150
"""Characters before a percent or multiplier in which `the number of` is looked for."""
_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")


_COUNT_BREAK = re.compile(r"[,;:()]|\b(?:and|or|but|while|whereas|as)\b", re.IGNORECASE)
"""Between what `the number of` counts and a figure: a comma or conjunction ends the count's
clause (`While the number of vessels fell, Brazil's coffee exports rose 12%`)."""


def _count_of_not_goods(text: str, quantity: Quantity, clause: tuple[int, int],
                        evidence: list[tuple[int, int]]) -> bool:
    """Whether a percent or multiplier moves a count of things that are not goods, named earlier
    in its clause (`the number of tea suppliers jumped 65%`, `the number of companies
    registered rose 33%`, `The number of vessels bringing freight has grown eightfold`): firms,
    ships, people (`not_goods_units`) are counted, not traded. Counted goods stay (`the number
    of bottles shipped rose 13%`, `the number of trucks China exported`: a flow verb after the
    count, `counted_flow_verbs`), and so does a figure past a comma, conjunction, flow cue or
    goods after the count (`The number of tankers heading to India doubled in March and India's
    crude imports from Russia rose 20%`)."""
    start = max(0, quantity.start - _COUNT_REACH, clause[0])
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, start, quantity.start)]
    start = breaks[-1] if breaks else start
    if not may_hold(text, start, quantity.start, ("number",)):
        return False
    counted = word_set("not_goods_units")
    flowed = cue_regex(sorted(word_set("counted_flow_verbs")))
    for match in _NUMBER_OF.finditer(text, start, quantity.start):
        if not any(singular(word.lower()) in counted for word in match.group("words").split()):
            continue
        gap = (match.end(), quantity.start)
        if (flowed.search(text, match.start("words"), quantity.start) is None
                and _COUNT_BREAK.search(text, *gap) is None
                and not any(gap[0] <= s < gap[1] for s, _ in evidence)
                and not find_commodities(text, *gap)):
            return True
    return False


_TO_PRICE = re.compile(r"[\s,]*to\s+(?:an?\s+)?(?:(?:average|record|new|high|low|peak|fresh)\s+"
                       r"(?:of\s+)?)*" + hedge_pattern(True)
                       + r"(?:[A-Z]{0,3}\s?[$€£¥₹]|Rs\.?\s?|[A-Z]{2,3}\s?)?\d[\d.,]*"
                       r"(?:\s?(?!(?:a|an|per|each|every)\b)[a-z]+)?", re.IGNORECASE)
"""`to` and an amount of money after a move (`2.7 per cent to an average of US$3,921`, `3.1
percent to $72.61`, `11 cents to $1.83`): a price when a measure follows (`a tonne`)."""


def _moves_to_a_price(text: str, quantity: Quantity) -> bool:
    """Whether a percent, multiplier or sum sizes a move that ends at a price per unit
    (`Whole milk powder gained 2.7 per cent to an average of US$3,921 a tonne`, `diesel rose
    2.58 percent to 2,185 kyats per liter`): what moved is the price, not a traded amount."""
    target = _TO_PRICE.match(text, quantity.end)
    if target is None:
        return False
    per, nouns = _per_unit_patterns()
    after = per.match(text, target.end())
    return after is not None and nouns.match(text, after.end()) is not None


@cache
def _price_subject() -> re.Pattern[str]:
    """A price word as the subject of the change verb right before a figure (`the copper price
    on the LME slipped 2.5 percent`, `the average price Eldorado obtained slid 7%`, `higher oil
    prices, up 23%`, `prices to rise 15%`), up to five words of its own between them, all on
    one line (not a headline's `prices firm` over the body's `earnings rose 4.3 percent`)."""
    verbs = cue_regex(sorted(word_set("change_up") | word_set("change_down"))).pattern
    return re.compile(r"\b(?:prices?|price[^\S\n]+index)\b"
                      r"(?P<gap>(?:[^\S\n]+[\w'’-]+){0,5}?)"
                      r"(?:,[^\S\n]*which|,)?[^\S\n]+(?:(?:had|has|have|was|were|is|are|to)"
                      r"[^\S\n]+)?(?:" + verbs + r")[^\S\n]+(?:by[^\S\n]+)?"
                      + hedge_pattern(True) + "$",
                      re.IGNORECASE)


@cache
def _index_subject() -> re.Pattern[str]:
    """An index of any kind heading the subject of the change verb right before a figure (`the
    export unit value index dropped 16 per cent`, `an index of casino operators fell 11%`): right
    before the verb, or with a phrase of its own after `of`, `for`, `on` or `tracking` (claim_cues
    `index_subject_links`), no comma between (not an appositive `exports, a leading index of
    global demand, rose 7.3%` or a relative clause `which make up most of the index, rose 6%`)."""
    verbs = cue_regex(sorted(word_set("change_up") | word_set("change_down"))).pattern
    links = cue_regex(sorted(word_set("index_subject_links"))).pattern
    return re.compile(r"\b(?:index|indices)\b(?P<gap>(?:[^\S\n]+(?:" + links + r")"
                      r"(?:[^\S\n]+[\w'’-]+){1,4}?)?)[^\S\n]+(?:(?:had|has|have|was|were|is|"
                      r"are|to)[^\S\n]+)?(?:" + verbs + r")[^\S\n]+(?:by[^\S\n]+)?"
                      + hedge_pattern(True) + "$", re.IGNORECASE)


def _price_moved(text: str, quantity: Quantity) -> bool:
    """Whether a percent or multiplier sizes the move of a price (or an index, `_index_subject`)
    named as its verb's subject: what moved is the price, whatever trade words qualify it
    (`export prices fell 4%`, `the export unit value index dropped 16 per cent`)."""
    start = max(0, quantity.start - 90)  # (`higher oil prices, up 23%`: before the clause)
    if not may_hold(text, start, quantity.start, ("price", "index", "indices")):
        return False
    match = _price_subject().search(text, start, quantity.start)
    breaks = word_set("price_subject_breaks")
    if match is not None and not any(word.lower() in breaks for word in match.group("gap").split()):
        return True
    index = _index_subject().search(text, start, quantity.start)
    return index is not None and not any(  # (not `an index of exports rose 5%`: the flow moved)
        lexicon("flow", way).search(index.group("gap")) for way in ("export", "import", "two_way"))


@cache
def _benchmark_subject() -> re.Pattern[str]:
    """A crude price benchmark (claim_cues' `price_benchmarks`) as the subject of the change
    verb right before a figure (`Brent lost about 6%`, `WTI futures had risen 2%`), not after
    `of` (`imports of Brent crude rose 10%`: a grade traded) and with no words between."""
    names = "|".join(re.escape(name).replace(r"\ ", r"[^\S\n]+") for name in sorted(
        word_set("price_benchmarks"), key=len, reverse=True))
    verbs = cue_regex(sorted(word_set("change_up") | word_set("change_down")
                             | word_set("price_move_verbs"))).pattern
    return re.compile(r"(?<!\bof )(?<![\w-])(?:" + names + r")[^\S\n]+(?:(?:had|has|have|was|"
                      r"were|is|are)[^\S\n]+)?(?:" + verbs + r")[^\S\n]+(?:by[^\S\n]+)?"
                      + hedge_pattern(True) + "$", re.IGNORECASE)


def _benchmark_moved(text: str, quantity: Quantity) -> bool:
    """Whether a percent or multiplier sizes the move of a crude price benchmark named as its
    verb's subject (`Nigeria's crude exports rose 4% in May. Brent lost about 6%`): the
    benchmark's price moved, no traded amount."""
    start = max(0, quantity.start - 60)
    return may_hold(text, start, quantity.start, ("brent", "wti", "west texas")) and \
        _benchmark_subject().search(text, start, quantity.start) is not None


_BOUND_GAP = re.compile(r"(?:(?!\b(?:and|or|but|while|whereas)\b)[^,;:()])*")
"""Between a figure and a distractor phrase bound to it: no comma or conjunction (`$904 million
trade surplus`, `a trade deficit of`; not `imports to $69.95 billion and the trade deficit`)."""


def _bound_distractors(text: str, quantity: Quantity,
                       bad: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The distractor phrases of the `not_trade` lexicon that the figure measures (`ran a $904
    million trade surplus`, `a trade deficit of $3.9 billion`): a trade word inside one (its
    `trade`) is part of the distractor, not evidence against it."""
    words = set(not_trade_spans(text, max(0, quantity.start - 60), quantity.end + 60))
    return [(a, b) for a, b in bad if (a, b) in words and (
        _BOUND_GAP.fullmatch(text, b, quantity.start) if b <= quantity.start
        else _BOUND_GAP.fullmatch(text, quantity.end, a))]


_APPOSED_VALUE = re.compile(r"[\s,]*(?:(?:estimated|put|valued|seen|reckoned|assessed|"
                            r"calculated|thought|believed)\s+at|at|totall?ing|amounting\s+to)\s+"
                            + hedge_pattern(True) + "$", re.IGNORECASE)
"""A clause that only sets off a figure for the noun before its comma: `, estimated at some`,
`, put at over`, `, at`."""
_HEAD_REACH = 50
"""Characters before such a clause in which the noun it sets a figure for is looked for."""
_HEAD_END = re.compile(r"[\s,]*$")


def _apposed_to_distractor(text: str, quantity: Quantity, clause: tuple[int, int]) -> bool:
    """`the world's largest oil reserves, estimated at some 303 billion barrels`, `chromite
    reserves, at 230 million tonnes`: a figure set off after a comma with no words of its own
    but `estimated at` or `at` measures the noun right before the comma, so a non-trade noun
    there (reserves, capacity, debt) is its closest word though the comma split the clause."""
    if clause[0] >= quantity.start or text[clause[0] - 1:clause[0]] not in (",", " ") or \
            _APPOSED_VALUE.fullmatch(text, clause[0], quantity.start) is None:
        return False
    head_end = _HEAD_END.search(text, max(0, clause[0] - 3), clause[0])
    end = head_end.start() if head_end is not None else clause[0]
    bad = not_trade_spans(text, max(0, end - _HEAD_REACH), end)
    return bool(bad) and bad[-1][1] == end


def _cause_after(text: str, quantity: Quantity, start: int) -> bool:
    """Whether the distractor at `start` is in a cause or valuation phrase opened right after
    the figure (`rose 12% to $9.1 billion on higher prices`, `jumped 123% on tariff fears`,
    `fell 8% as prices dropped`, `worth $900 million at current prices`; `cause_openers`): why
    the figure moved or how it was valued, not what it measures. `at` opens prices only (not
    `$2 billion at the central bank`), and `on` after spending opens what was paid for."""
    if start < quantity.end:
        return False
    gap = _cause_gap().fullmatch(text, quantity.end, start)
    if gap is None:
        return False
    opener = gap.group("opener").lower()
    if opener == "on" and lexicon("spend_on").search(text, max(0, quantity.start - 30),
                                                     quantity.start):
        return False  # `spent MVR 910 million on the subsidies`: what was paid for
    return opener != "at" or _PRICE_WORD.match(text, start) is not None


@cache
def _cause_gap() -> re.Pattern[str]:
    """The text between a figure and a distractor after it: a comma at most, a cause opener
    (or `at`) and up to two words (`on higher`, `as the`, `at current`)."""
    openers = cue_regex(sorted(word_set("cause_openers"))).pattern
    return re.compile(r"[\s,]*(?P<opener>" + openers + r"|\bat\b)\s+(?:[\w'’-]+\s+){0,2}",
                      re.IGNORECASE)


_PRICE_WORD = re.compile(r"(?i:prices?)\b")


_ON_DEMAND = re.compile(r"\b(?:(?i:on|amid)\s+(?:(?i:strong|stronger|firm|firmer|weak|weaker|"
                        r"higher|lower|rising|falling|robust|solid|brisk|sluggish|soft|softer|buoyant|"
                        r"healthy|steady|growing|high|low|recovering|renewed)\s+|"
                        r"[A-Z][\w'’-]*\s+)?|(?i:as)\s+(?:[\w'’-]+\s+){0,2})$")
"""Before `demand` as the cause of a move: `rose 9 percent on firmer demand`, `amid strong
demand`, `on Chinese demand`, or in a clause of its own (`as fuel demand recovered`)."""


def _demand_spans(text: str, quantity: Quantity, clause: tuple[int, int],
                  of: re.Match[str] | None) -> list[tuple[int, int]]:
    """Words of use (`demand_words`) in the clause that may distract from trade: not in what
    the quantity is a part of (`27% of Chinese demand for copper`: a supplier's share, decided
    by the `of` phrase), nor a cause (`on firmer demand`), nor demand for a country's goods or a
    flow (`import demand`), nor a buyer's row of a list (`and Chilean demand`), nor a name
    (`Supply & Demand Database`)."""
    if not may_hold(text, *clause, ("demand",)):
        return []
    return [(s, e) for s, e in lexicon("demand_words").spans(text, *clause)
            if not (of is not None and of.start("phrase") <= s < of.end("phrase"))
            and not _ON_DEMAND.search(text, max(clause[0], s - 40), s)
            and not _for_foreign_goods(text, e)
            and not _FLOW_DEMAND.search(text, max(clause[0], s - 12), s)
            and not _ROW_DEMAND.search(text, max(0, s - 40), s)
            and not (text[s].isupper() and _NAME_GOES_ON.match(text, e))]


_ROW_DEMAND = re.compile(r"\band\s+[A-Z][\w'’-]*\s+$")
"""Before `demand`: a later row of a list of buyers (`Peru's imports of Bolivian gas rose 20
percent, and Chilean demand 15 percent`), the flow's verb left out."""
_NAME_GOES_ON = re.compile(r"\s+[A-Z]")
"""After a capitalised `Demand`: a name goes on (`the Supply & Demand Database`)."""


_FLOW_DEMAND = re.compile(r"\b(?:imports?|exports?|import-|export-)\s*$", re.IGNORECASE)
"""Before `demand`: a flow it is of (`Chinese import demand`), no use at home."""


_FOR_GOODS = re.compile(r"\s+for\s+(?:the\s+)?(?:(?P<flow>(?:foreign|imported|overseas)\b|"
                        r"imports\b|exports\b)|(?P<owner>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?))")
"""After `demand`: whose goods it is for (`demand for Nigeria's oil`, `for Russian gas`) or
the flow it is for (`demand for imports`, `for foreign grain`)."""


def _for_foreign_goods(text: str, end: int) -> bool:
    """`American demand for Nigeria's oil`, `demand for foreign coarse grains`: demand for a
    country's goods or for imports is a buyer's call on a flow, not use."""
    match = _FOR_GOODS.match(text, end)
    return match is not None and (bool(match["flow"]) or bool(find_countries(match["owner"])))


def _supplied_use(text: str, quantity: Quantity, clause: tuple[int, int],
                  evidence: list[tuple[int, int]], phrase: tuple[int, int]) -> bool:
    """`Sudan supplies up to 85% of the oil Ethiopia consumes`, `imports covered 62% of
    Moldova's electricity consumption`: a supplier's part of what a country uses is a share of
    its supply, though use alone is no flow (`consumption` is a word of no trade); the phrase
    after `of` names only use (`consumption_words`), and a trade word before the percentage in
    its clause says the part came from abroad (not `hydroelectric plants covered 8% of
    national consumption`)."""
    bad = not_trade_spans(text, *phrase)
    if not bad or not all(text[s:e] in lexicon("consumption_words") for s, e in bad):
        return False
    return any(clause[0] <= s < quantity.start for s, _ in evidence)


_COST_BEFORE = re.compile(
    r"(?<!\bwhich\s)(?<!\bthat\s)\b(?:cost|costs|costing|at\s+a\s+(?:total\s+)?cost\s+of)\s+"
    r"(?:it\s+|them\s+|us\s+|the\s+country\s+|[A-Z][\w.'’-]*\s+)?" + hedge_pattern(True) + "$")
"""Right before an amount of money: the verb of what goods cost (`imports cost Pakistan`, `...
tons of wheat flour costing`, `at a cost of`), not `the terminal, which cost`."""
_PAID_REACH = 100
"""How far before `cost` the trade word of the goods paid for may end."""


def _paid_for_goods(text: str, quantity: Quantity,
                    evidence: list[tuple[int, int]]) -> tuple[int, int] | None:
    """`Palm oil imports cost Pakistan $2.08 billion`, `111,300 tons of flour costing US$14
    million`: money that goods bought or shipped cost is their value, so the `cost` before it
    (the span returned) is no distractor. A trade word must end shortly before `cost`, with no
    `;` between; prices per unit never get here (`per_unit`)."""
    if not is_currency(quantity.unit) or "cost" not in text[max(0, quantity.start - 60):
                                                            quantity.start].lower():
        return None
    match = _COST_BEFORE.search(text, max(0, quantity.start - 60), quantity.start)
    if match is None:
        return None
    if not (any(match.start() - _PAID_REACH <= e <= match.start()
                and ";" not in text[e:match.start()] for _, e in evidence)
            or _goods_before_cost(text, match.start())):
        return None
    return match.span()


def _goods_before_cost(text: str, at: int) -> bool:
    """Goods right before `cost` at `at`: an amount of them (`129,229 tonnes costing`, `111,300
    tons of wheat flour costing`, `2,048,018 metric tons had cost`) or their name as the subject
    (`Petroleum products cost`, `Wheat alone cost`, `the two fuels had cost`): what they cost
    is their value, a claim like the trade word's (`imports cost`)."""
    if _GOODS_AMOUNT_BEFORE.search(text, max(0, at - 90), at):
        return True
    if text.startswith("costing", at):
        return False  # `Cars costing more than 6 million yen`: the price of one
    return any(_GOODS_SUBJECT_GAP.fullmatch(text, mention.end, at)
               for mention in find_commodities(text, max(0, at - 40), at))


_MEASURE = "(?:" + "|".join(sorted((re.escape(w) for w in word_set("measure_nouns")),
                                   key=len, reverse=True)) + ")"
_GOODS_AMOUNT_BEFORE = re.compile(
    r"\d[\d.,]*\s*(?:(?:thousand|million|billion|mln|bn|mn|crore|lakh)\s+)?(?:metric\s+)?"
    + _MEASURE + r"\b(?:\s+of\s+[\w-]+(?:\s+[\w-]+){0,2})?[\s,]*(?:(?:had|has|have)\s+)?$",
    re.IGNORECASE)
"""Before `cost`: an amount of goods with its measure (`798,700 tons costing`)."""
_GOODS_SUBJECT_GAP = re.compile(r"(?:\s+(?:alone|together))?\s+(?:(?:had|has|have)\s+)?",
                                re.IGNORECASE)
"""Between goods and the `cost` they are the subject of (`Wheat alone cost`)."""


_CHANGE_NOUN = "(?:" + "|".join(sorted((re.escape(w) for w in word_set("change_nouns")),
                                       key=len, reverse=True)) + ")"
_APPOSED_CHANGE_BEFORE = re.compile(rf",\s*an?\s+(?:(?P<noun>{_CHANGE_NOUN})\s+of\s+)?"
                                    r"(?:[a-z]+\s+)?$", re.IGNORECASE)
"""Before a percent set off as the size of a move: `, a` (`, a 14 percent fall`) or `, a gain
of` (`, a gain of 3.4%`)."""
_APPOSED_CHANGE_AFTER = re.compile(rf"\s+{_CHANGE_NOUN}\b", re.IGNORECASE)
_PRICE_OF_ONE = re.compile(rf"\b(?:prices?|(?:a|an|per|each)\s+(?:{_MEASURE}|ounces?))\b",
                           re.IGNORECASE)
"""A price, or money for one unit of the goods (`a tonne`, `per bag`, `an ounce`)."""
_APPOSED_REACH = 200
"""Characters before a percent set off as a move's size in which a price cue is looked for."""
_PRICE_NOT_MOVED = re.compile(r"\b(?i:and|but|while|whereas|exports?|imports?|earnings|"
                              r"shipments|sales|receipts|revenues?|purchases|volumes?)\b")
"""Between a price cue and the comma before a move's size: a conjunction or a flow word, past
which the move is the flow's (`Despite lower prices, Ghana's cocoa export earnings climbed to
$3.1 billion in 2023, a 14 percent increase`, `Rice sold at $650 a tonne, and Thai exports
reached 8.8 million tonnes in 2023, a gain of 15%`); not a bare comma (`a liter of 92-octane
gasoline, the grade most drivers buy, cost 9.50 somonis ..., a 5.26-percent decrease` is the
price's)."""


def _apposed_price_move(text: str, quantity: Quantity) -> bool:
    """`The average price per bag slipped to Ksh 47,685, a 14 percent fall from Ksh 55,567`,
    `an ounce went from $2,250 to $2,328, a gain of 3.4%`: a percent set off after a comma as
    the size of a move, in a sentence that moved a price or the money paid for one unit of the
    goods before it, sizes the price's move, no traded amount: only with no conjunction or
    flow word between the price cue and the comma (`_PRICE_NOT_MOVED`)."""
    before = _APPOSED_CHANGE_BEFORE.search(text, max(0, quantity.start - 30), quantity.start)
    if before is None or (before.group("noun") is None
                          and _APPOSED_CHANGE_AFTER.match(text, quantity.end) is None):
        return False
    start = max(0, before.start() - _APPOSED_REACH)
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, start, before.start())]
    return any(_PRICE_NOT_MOVED.search(text, cue.end(), before.start()) is None
               for cue in _PRICE_OF_ONE.finditer(text, breaks[-1] if breaks else start,
                                                 before.start()))


def _costing_after(text: str, quantity: Quantity, start: int, end: int) -> bool:
    """`386,247 metric tons costing $144.881 million`, `2,265,565 tonnes at a cost of $2,848
    million`: the `cost` of an amount of goods, with money after it, is their value, no
    distractor for the amount."""
    if is_currency(quantity.unit) or quantity.unit in ("percent", "x") or start < quantity.end:
        return False
    return bool(_COST_GAP.fullmatch(text, quantity.end, start)
                and text[start:end].lower() in ("cost", "costs", "costing")
                and _MONEY_NEXT.match(text, end))


_COST_GAP = re.compile(r"[\s,]*(?:(?:had|has|have)\s+|at\s+an?\s+(?:(?:total|combined|estimated|"
                       r"overall)\s+)?)?", re.IGNORECASE)
_MONEY_NEXT = re.compile(r"(?:\s+of)?\s+(?:(?:about|around|some|roughly|nearly|almost|over|more|"
                         r"than|less|just|under|close|to|an|estimated|approximately|up)\s+){0,3}"
                         r"(?:[A-Za-z]{1,3}\.?\s?)?[$€£¥₹]?\d", re.IGNORECASE)
"""After `cost`: an amount of money (`costing US$42.4 million`, `at a cost of over $63
million`)."""


@cache
def _use_before() -> re.Pattern[str]:
    """A verb of `use_verbs` right before the amount, not paired with another verb before it
    (`imports and consumes`)."""
    verbs = cue_regex(sorted(word_set("use_verbs"))).pattern
    return re.compile(r"(?<!\band\s)(?<!\bor\s)" + verbs + r"\s+" + hedge_pattern(True) + "$",
                      re.IGNORECASE)


_FLOW_AFTER = re.compile(r"[^,;.:]{0,30}?\b(?:import|export|aid\b|from\s|shipped\b|supplied\b|"
                         r"delivered\b|sent\b)", re.IGNORECASE)
"""After a needed amount: the flow it is of (`3.5 mln tons of wheat imports`, `$740 million to
pay for fuel imports`, `6.3 bcm of imported gas`, `500,000 tonnes of rice from China`, `most of
it shipped by Venezuela`, food aid), a planned flow, not use."""


def _used_up(text: str, quantity: Quantity) -> bool:
    """`Tunisians eat about 2.8 million tons of wheat a year`, `the country still needs roughly
    one million tonnes`: an amount a country or plant uses up or needs, not goods moved (unless
    the goods after it are imports or exports)."""
    return _use_before().search(text, max(0, quantity.start - 50), quantity.start) is not None \
        and not _FLOW_AFTER.match(text, quantity.end)


_FLOW_NOUN = r"\b(?:exports?|imports?|shipments?|purchases?|sales|trade|deliveries|supplies)\b"
"""A flow noun between a tax noun and `by`/`to`: the percent is how the flow changed (`the
tariffs have cut US soybean exports to China by 75 percent`), not the levy's rate."""
_TAX_PRECHECK = ("tax", "tarif", "lev", "dut", "surcharge")
"""Stems one of which every tax noun holds: without one near the percent, no levy is read."""
_NOT_MODIFIERS = (r"(?:on|after|amid|as|under|over|in|to|from|with|despite|because|and|or|for|of|"
                  r"at|by|the|a|an|its|their)")
"""Words that end a noun phrase: after them a tax noun is no longer what the percent measures
(`jump 123% on tariff fears`, `fell 7.59% amid tariff uncertainty`)."""


@cache
def _tax_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A tax noun the percent modifies (`a 40 percent duty`, `the 4% export tax`, `halves
    customs duty`), and one it is the new, old or added rate of (`lifted the duty on toys to`,
    `cut China's duty on canola seed from`, `set levies of`), within one clause."""
    nouns = cue_regex(sorted(word_set("tax_nouns"))).pattern
    after = re.compile(rf"\s*(?:(?!{_NOT_MODIFIERS}\b)[a-z-]+\s+){{0,2}}?{nouns}(?!-)",
                       re.IGNORECASE)
    # (a decimal point ends no clause: `the duty is due to rise from 7.5% to`)
    before = re.compile(rf"(?<!-){nouns}(?!-)(?:(?!{_FLOW_NOUN})(?:[^.;,]|[.,](?=\d))){{0,60}}?"
                        r"\b(?:to|at|of|from|by)\s+" + hedge_pattern(True) + "$", re.IGNORECASE)
    return after, before


def _tax_rate(text: str, quantity: Quantity, clause: tuple[int, int]) -> bool:
    """`a 30 per cent import tariff`, `raised the export duty on iron ore to 50%`: the percent
    is the rate of a levy on the goods, not a share or change of their flow."""
    start = max(clause[0], quantity.start - 90)
    if not may_hold(text, start, quantity.end + 40, _TAX_PRECHECK):
        return False
    after, before = _tax_patterns()
    return bool(after.match(text, quantity.end, quantity.end + 40)
                or before.search(text, start, quantity.start)
                or _levy_moved(text, start, quantity.start))


_UNDER_LEVY = re.compile(r"\b(?:under|without|subject\s+to|free\s+of|exempt\s+from|from|of|to|"
                         r"with|by|on|after|amid|despite)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
"""Before a tax noun: a phrase it ends that qualifies another subject (`arrivals not already
under trade-remedy duties jumped 460 per cent`), no levy that moved."""


def _levy_moved(text: str, start: int, at: int) -> bool:
    """Whether a tax noun between `start` and the percent at `at` is the subject of the move the
    percent sizes (`_tax_moved`), not the end of a phrase about another subject (`_UNDER_LEVY`):
    a levy that moves must lead its clause (`_levy_leads`); one summing (`duties totalling`)
    may be an object."""
    moved = _tax_moved().search(text, start, at)
    if moved is None or _UNDER_LEVY.search(text, max(0, moved.start() - 40),
                                           moved.start()) is not None:
        return False
    return _TOTALLING.search(moved.group()) is not None or _levy_leads(text, moved.start())


_TOTALLING = re.compile(r"\btotal(?:l?ing|l?ed)\b", re.IGNORECASE)
"""A levy summing (`duties totalling 80.5 per cent`), which may be an object, not moving."""
_LEVY_TOKEN = re.compile(r"\d[\d.,]*%?|[\w'’%-]+|[^\w\s]")
"""The words, figures and marks read back from a tax noun to its clause's start."""
def _levy_leads(text: str, noun: int) -> bool:
    """Whether the noun phrase of a tax noun starting at `noun` leads its clause: only
    determiners, names, demonyms, goods and export or import words stand between it and the
    clause's start (`Russian wheat export duty eases 1.7%`, `, while log duties fell`), not a
    participle or verb of another subject (`Goods paying the new duties dropped 12%`, `Sales of
    goods carrying the levy rose 14%`)."""
    low = max(0, noun - 100)
    tokens = _LEVY_TOKEN.findall(text, low, noun)
    for token in reversed(tokens):
        word = token.lower()
        if not (token[0].isalnum() or token[0] in "'’%"):
            return True
        if word in word_set("levy_clause_openers"):
            return True
        if word in word_set("levy_not_subject") or (
                word.endswith(("ing", "ed")) and "-" not in word
                and word not in word_set("levy_modifiers") and not token[0].isupper()):
            return False
    return low == 0


@cache
def _tax_moved() -> re.Pattern[str]:
    """A tax noun as the subject of the move the percent sizes (`Russian wheat export duty
    eases 1.7%`, `log duties are expected to fall 6 percent`, `duties collected in May fell
    59%`): the levy or its take moved, no flow of goods (not `tariffs have cut soybean exports
    by 75 percent`, whose object is a flow)."""
    nouns = cue_regex(sorted(word_set("tax_nouns"))).pattern
    moves = "|".join(sorted(word_set("levy_moves"), key=lambda word: (-len(word), word)))
    return re.compile(rf"(?<!-){nouns}(?!-)(?:\s+(?:collected|collection|collections|receipts|"
                      rf"take))?(?:\s+(?:in|for|on|over)\s+(?!{_FLOW_NOUN})[\w-]+){{0,2}}?"
                      rf"(?:\s+(?:is|are|was|were|will|would|could|may|might|should|have|has|"
                      rf"had|be|been|to|expected|due|set|likely|also|then))*"
                      rf"\s+(?:{moves})\s+(?:by\s+)?" + hedge_pattern(True) + "$",
                      re.IGNORECASE)


_OWNED_PART = hedge_pattern(True, "a", "an", "the remaining")
"""Between a verb of owning and the part owned: `owns a`, `holds the remaining`, `owns nearly`."""
_OWNS_BEFORE = re.compile(rf"\b(?:owns?|owned|owning)\s+{_OWNED_PART}$", re.IGNORECASE)
_HOLDS_VERB = r"\b(?:holds?|held|holding|controls?|controlled|controlling)\s+"
_HOLDS_BEFORE = re.compile(rf"{_HOLDS_VERB}(?:{_OWNED_PART}[\d.,]+\s*(?:%|percent|per\s+cent)\s+"
                           rf"and\s+)?{_OWNED_PART}$", re.IGNORECASE)
"""Before a part held: `holds`, `controls`, and the second of a pair (`hold 15% and`)."""
_HOLDS_ONE_BEFORE = re.compile(rf"{_HOLDS_VERB}{_OWNED_PART}$", re.IGNORECASE)
"""Before a part held, not the second of a pair: `holds`, `controls`."""
_IN_WHICH_HOLDS = re.compile(r"\bin\s+which\s+(?:[\w.&'’-]+\s+){1,5}?(?:holds?|held|controls?|"
                             r"controlled)\s+" + _OWNED_PART + "$", re.IGNORECASE)
"""Before a part of a company: `in which Aramco holds`, `in which the state controls`."""
_OF_A_VENTURE = re.compile(r"\s+of\s+(?:it|(?:each\s+of\s+)?(?:the|its|their)\s+(?:(?:joint|two|"
                           r"three|operating|pipeline|mining|project|local)\s+){0,2}(?:venture|capital|"
                           r"equity|shares|company|firm|consortium|operator|project|ventures|"
                           r"companies|firms|operators|projects))\b", re.IGNORECASE)
"""After a part held: what it is a part of is a company or project (`of it`, `of the venture`,
`of the pipeline venture`, `of each of the two operating companies`)."""
_STONE_AFTER = re.compile(r"\s+(?:(?!of\b)[a-z-]+\s+)?(?:stones?|diamonds?|gems?|gemstones?)\b")
_BLOC = re.compile(BLOC_NAME)
_OF_A_NAME = re.compile(r"\s+(?:of|in)\s+(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z0-9][\w&.-]*){0,3})"
                        r"(?![\w'’])(?=\s*(?:[,.;)]|and\b|while\b|$))")
"""`of NIS and`, `of New Porgera,`: a name that ends its phrase (not `of EU imports`)."""


def _stake(text: str, quantity: Quantity) -> bool:
    """`will own 51% of New Porgera`, `holds 44.9% of NIS`: a part of a company or project
    owned, no share of a flow (not `held 58% of China's log imports`, `holds 18% of the global
    market`)."""
    before = max(0, quantity.start - 40)
    if _OWNS_BEFORE.search(text, before, quantity.start):
        return True
    if _HOLDS_BEFORE.search(text, before, quantity.start) and (
            _IN_WHICH_HOLDS.search(text, max(0, quantity.start - 80), quantity.start)
            or _OF_A_VENTURE.match(text, quantity.end)):
        # `the subsidiary in which it holds 63.4 percent`, `runs the plant and holds 60% of
        # it`, `holds 30 per cent of the venture`: a part of the company, not of a flow
        return True
    named = _OF_A_NAME.match(text, quantity.end)
    if named is None:
        return False
    # a name no country list knows (`holds 44.9% of NIS`) or a state company it maps to its
    # country (`holds 75 percent of Qafco`), not a capital (`hold 45% of Moscow`); the second of
    # a pair (`hold 15% and 7% of`) only of a known company
    mentions = find_countries(named["name"])
    company = bool(mentions) and all(is_state_company(mention.surface) for mention in mentions)
    holds = _HOLDS_BEFORE if company else _HOLDS_ONE_BEFORE
    return (company or not mentions) and holds.search(text, before, quantity.start) is not None \
        and not _BLOC.match(text, named.start("name"), named.end("name") + 1)


_OF_THEM = re.compile(r"\s+of\s+(?:them|whom)\b", re.IGNORECASE)
_COUNT_REFERRED = re.compile(r"\d[\d.,]*\s+(?:(?:million|billion|thousand|lakh|crore)\s+)?"
                             r"(?P<noun>[a-z][a-z-]*)\b[^.;:%\d]{0,60}?,\s*(?:and\s+)?"
                             + hedge_pattern(True) + "$", re.IGNORECASE)
"""Before `N% of them`: the count `them` refers to and its noun (`employs 20,000 people, `)."""
_REFERRED_REACH = 120
"""Characters back from `N% of them` within which the count it refers to may start."""


def _part_of_a_count(text: str, quantity: Quantity) -> bool:
    """`employs around 20,000 people, 97% of them Mongolian`, `provides 10,000 jobs, 85% of
    them held by women`: a part of a count of people, jobs or places (a word of `not_trade` or
    of `not_goods_units`), not of a flow (`300,000 head of cattle, 80 percent of them steers`
    stays a share)."""
    if not _OF_THEM.match(text, quantity.end):
        return False
    count = _COUNT_REFERRED.search(text, max(0, quantity.start - _REFERRED_REACH),
                                   quantity.start)
    if count is None:
        return False
    noun = count["noun"].lower()
    return noun in lexicon("not_trade") or singular(noun) in word_set("not_goods_units")


_FOR_STOCKS = re.compile(r"\b(?:for|to\s+(?:refill|replenish|rebuild|build\s+up|top\s+up))\s+"
                         r"(?:(?:its|their|the|his|her|our)\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
"""Before stocks or reserves a flow is bought for (`purchases ... for its strategic reserves`,
`imports of LNG to refill depleted stocks`): still a flow, unlike `Stockpiles ... stood at`."""
_STOCK_WORD = re.compile(r"(?i:stocks|reserves|stockpiles?|inventor(?:y|ies))\b")
_FLIGHTS = re.compile(r"(?i:flights)\b")
"""The distractor `flights` (`not_trade`), which may carry the goods (`_flights_carry`)."""
_CARRIED_ON = re.compile(r"\b(?:on|by|via|aboard|onto|through)\s+(?:[\w'’-]+\s+){0,2}$",
                         re.IGNORECASE)
"""Before `flights` that carry goods: `flown on direct flights`, `sent by charter flights`."""


def _flights_carry(text: str, quantity: Quantity, start: int) -> bool:
    """Whether `flights` at `start` carry the goods the figure measures rather than being what
    it counts (`Departing cargo flights rose 9.5%`): a figure of goods or money (`Charter
    flights carried 5,000 tonnes of cherries`), or flights after `on`/`by`/`via` (`Salmon
    exports flown on direct flights to China rose 25%`), which only say how goods travelled."""
    return _FLIGHTS.match(text, start) is not None and (
        measures_goods(quantity.unit) or is_currency(quantity.unit)
        or _CARRIED_ON.search(text, max(0, start - 40), start) is not None)


_HELD_WORD = re.compile(r"(?i:warehoused|piled\s+up)\b")
"""Goods held up rather than moved (`not_trade`: `9,000 tonnes of the scrap have piled up at
the port`), unless a flow follows in their clause."""


def _held_on_the_way(text: str, start: int, end: int, clause: tuple[int, int]) -> bool:
    """Whether the distractor text[start:end] holds goods up (`warehoused`, `piled up`) and an
    export or import verb or flow noun follows in its clause (`warehoused at Odesa before being
    exported to Egypt`, `piled up at ports for export`): goods held on their way, still a flow."""
    return _HELD_WORD.match(text, start) is not None and any(
        lexicon("flow", kind).search(text, end, clause[1]) for kind in ("export", "import"))


_IN_A_NAME = re.compile(r"(?i:people)['’]s\s+(?:(?i:democratic)\s+)?(?i:republic)")
"""`the People's Republic of China`: no head count."""
_OWED_TO_CAUSE = re.compile(r"(?i:ow(?:ed|es|e|ing))\s+(?:much|most|largely|mostly|partly|"
                            r"in\s+part|a\s+lot|a\s+great\s+deal|little|something)\s+to\b")
"""`a drop of 11.5 percent that owed much to the tariffs`: a cause, no debt."""
_PACKAGE = "(?:" + "|".join(sorted(word_set("package_nouns"))) + ")"
_PACKAGE_OF = re.compile(rf"\b(?:{_PACKAGE}e?s\s+of|each\s+weighing|{_PACKAGE}e?s\s*,?\s*each\s+"
                         rf"holding|each\s+{_PACKAGE}\s+(?:holds|weighs|contains))\s+"
                         r"(?:about\s+|around\s+|some\s+)?$", re.IGNORECASE)
"""Before the size of one package: `boxes of 5 kilograms`, `each weighing 5 kg`, `Each tray
holds 3.5 kilos`, `bags of 10-kilogram rice`."""
_DEADWEIGHT = re.compile(r"\b(?:dwt|DWT|deadweight)\b")
_ATTRIBUTIVE_RATE = re.compile(r"(?:\b(?:a|an|the|its|their)|['’]s?)\s+"
                               r"(?:(?:new|planned|proposed|giant|huge|vast)\s+)?"
                               r"(?:(?:about|around|some|nearly|almost|roughly)\s+)?$",
                               re.IGNORECASE)
"""A determiner or owner right before a rate: it may modify the noun after (`a 200,000 bpd`)."""
_SIZE_OF = re.compile(r"\s*(?P<first>[A-Za-z]+)(?:\s+(?P<second>[a-z]+))?\b")
_RATED = re.compile(r"\b(?:rated\s+at|built\s+to\s+(?:handle|process|refine)|designed\s+to\s+"
                    r"(?:handle|process|refine)|(?:can|could|able\s+to)\s+(?:process|refine|"
                    r"handle|hold|store))\s+(?:up\s+to\s+)?(?:(?:about|around|some|nearly|"
                    r"almost|roughly|more\s+than|over)\s+)?$", re.IGNORECASE)
"""Before a plant's or store's size: `rated at`, `built to handle`, `can process`, `can hold`."""
_ABLE_ADVERBS = (r"(?:now|currently|already|only|still|each|together|eventually|comfortably|"
                 r"theoretically|ultimately|then)")
"""Adverbs between `can`/`able to` and a verb of making (`can now produce`)."""


@cache
def _able_to() -> re.Pattern[str]:
    """Before a plant's, line's or store's capacity: `can carry`, `able to make`, `designed to
    turn out`, `built to treat` and a verb of `capacity_verbs` (with an adverb between:
    `can now carry`)."""
    verbs = cue_regex(sorted(word_set("capacity_verbs"))).pattern
    return re.compile(r"\b(?:can|able\s+to|(?:designed|built|equipped|engineered)\s+to)\s+"
                      rf"(?:{_ABLE_ADVERBS}\s+)?{verbs}\s+" + hedge_pattern(True) + "$",
                      re.IGNORECASE)


_HOLD_BEFORE = re.compile(r"\b(?:holds?|held|holding|contains?|contained|containing)\s+"
                          + hedge_pattern(True, "an estimated") + "$", re.IGNORECASE)
"""Right before a figure: a verb of holding or containing (`holds an estimated`, `contains`)."""
_HOLDER_REACH = 70
"""Characters back from a verb of holding within which its holder is looked for."""


def _held_in_store(text: str, quantity: Quantity) -> bool:
    """`The field holds an estimated 400 million barrels`, `storage tanks ... held 12,774 tonnes
    of diesel`, `The Food Reserve Agency holds 280,000 tonnes`: goods kept in a store or found
    in the ground (`store_nouns`; an owner, `store_owners`, only as the verb's subject), no
    flow; not a carrier's cargo (`store_carriers`, anywhere before the verb: `Two tankers
    holding 1.5 million barrels`, `The tanker, which left the terminal on Friday, was holding`,
    `the consignment contained`)."""
    verb = _HOLD_BEFORE.search(text, max(0, quantity.start - 40), quantity.start)
    if verb is None:
        return False
    opening = verb.start() - _HOLDER_REACH
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, max(0, opening), verb.start())]
    opening = breaks[-1] if breaks else max(0, opening)
    if lexicon("store_carriers").search(text, opening, verb.start()):
        return False
    return lexicon("store_nouns").search(text, opening, verb.start()) or any(
        _OWNER_SUBJECT.fullmatch(text, b, verb.start())
        for _, b in lexicon("store_owners").spans(text, opening, verb.start()))


_OWNER_SUBJECT = re.compile(r"(?:\s+of(?:\s+the)?(?:\s+[A-Z][\w'’-]*){1,3})?(?:\s+(?:still|now|"
                            r"also|currently|alone|only|is|was|are|were|has|had|have|can|could|"
                            r"thought\s+to|estimated\s+to|believed\s+to|said\s+to))*\s+")
"""Between an owner (`store_owners`) and the verb of holding it is the subject of: a name after
`of` (`The Bank of Ghana held`), adverbs and auxiliaries (`the fund still holds`)."""


_RATED_AFTER = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:that\s+|which\s+)?(?:it|they|the\s+\w+)\s+"
                          r"(?:was|were|is|are|had\s+been|has\s+been)\s+(?:originally\s+|first\s+|"
                          r"initially\s+)?(?:designed|built|rated|sized)\s+(?:for|to)\b",
                          re.IGNORECASE)
"""After a plant's size: `... a year it was originally designed for`."""


def _capacity(text: str, quantity: Quantity) -> bool:
    """`a 3,000-ton freighter`, `a 300,000-barrel tanker`, `a 50-kilogram sack`: an amount written
    as an adjective before a vessel, store or container (within two words) is its size, not goods
    moved."""
    if _vessel_of(text, quantity, (0, len(text))):
        return True
    if _PACKAGE_OF.search(text, max(0, quantity.start - 40), quantity.start):
        return True  # `81.5 million boxes of 5 kilograms each`, `bags of 10-kilogram rice`
    if _RATED.search(text, max(0, quantity.start - 40), quantity.start) or \
            _RATED_AFTER.match(text, quantity.end) or (
            quantity.unit not in ("percent", "x") and _able_to().search(
                text, max(0, quantity.start - 60), quantity.start)):
        return True  # `The Lagos refinery, rated at 650,000 barrels a day`: what it can handle
        # (`the 6.9 million tonnes a year it was originally designed for`)
    if _DEADWEIGHT.search(quantity.surface):
        return True  # `a 5,000 dwt product carrier`: deadweight is only ever a ship's size
    if _CARRIER_SIZE.search(quantity.surface):
        return True  # `the 174,000-cbm Castillo de Merida`: cubic metres written as an
        # adjective give a gas carrier's or a tank's size, never a cargo
    if "/" in quantity.unit and _ATTRIBUTIVE_RATE.search(
            text, max(0, quantity.start - 30), quantity.start) and _plant_after(text, quantity.end):
        return True  # `the 275,000 b/d Thai Oil refinery`, `the 11.5 bcm/y GME pipeline`
    if not quantity.surface.rstrip().endswith(("-ton", "-tonne", "-barrel", "-tons", "-tonnes",
                                                "-kilogram", "-kilogramme", "-kg", "-liter",
                                                "-litre", "-ounce", "-pound",
                                                "-gallon")) and not (
            quantity.unit in ("t/yr", "t/d", "bbl/d") and _ATTRIBUTIVE_RATE.search(
                text, max(0, quantity.start - 30), quantity.start)):
        # (`Tupras' 11mn t/yr Izmit refinery`, `a 200,000 bpd refinery`: a rate before the
        # plant is its capacity)
        return False
    match = _SIZE_OF.match(text, quantity.end)
    return match is not None and any(
        word and word in lexicon("capacity_nouns") for word in (match["first"], match["second"]))


_ATTRIBUTE_WORD = re.compile(r"[ \t]+(?P<word>[A-Za-z][\w&'’-]*)\b(?![/(])")
_PLANT_WORDS = 4
"""At most this many words from a rate to the plant it sizes (`a 1.3 million mt/y phosphate
fertilizer plant`, `the 3.7 MMT/Y Darwin LNG plant`)."""
_RELATIVE_SUBJECTS = frozenset(("it", "they", "we", "he", "she", "which", "who"))
_ATTRIBUTE_STOP = re.compile(_ATTRIBUTE_STOPS)


def _plant_after(text: str, at: int) -> bool:
    """Whether a plant, line or store (`capacity_nouns`, `rated_plant_heads`) follows a rate
    within `_PLANT_WORDS` attribute words: names and nouns, no preposition, article or verb
    (`_ATTRIBUTE_STOPS`: not `200,000 bpd to the refinery`, `1 million t/yr at the plant`), nor
    the subject of a clause of its own (`_RELATIVE_SUBJECTS`: `the 4 million t/yr it ships`)."""
    for _ in range(_PLANT_WORDS):
        match = _ATTRIBUTE_WORD.match(text, at)
        if match is None or _ATTRIBUTE_STOP.fullmatch(match["word"]) or \
                match["word"].lower() in _RELATIVE_SUBJECTS:
            return False  # (`the 4 million tons a year it currently ships`: a clause of its own)
        word = match["word"].lower()
        if word in lexicon("capacity_nouns") or word in lexicon("rated_plant_heads"):
            # (not an attribute of a flow noun, goods may come between: `Iraq's 450,000 bpd
            # pipeline exports`, `the 1.2 million b/d Druzhba pipeline flows to Hungary`, `the
            # 1.5 million b/d CPC pipeline crude sales`)
            return not _flow_noun_after(text, match.end())
        at = match.end()
    return False


def _flow_noun_after(text: str, at: int) -> bool:
    """Whether a flow noun or word (`flow` export or import cues, `volume_nouns`) follows `at`,
    straight on or after a goods word (`pipeline crude sales`; not `plant never took off`)."""
    after = _ATTRIBUTE_WORD.match(text, at)
    if after is None:
        return False
    if _flow_word(after["word"]):
        return True
    goods = find_commodities(text, after.start(), after.end())
    later = _ATTRIBUTE_WORD.match(text, after.end())
    return bool(goods) and later is not None and _flow_word(later["word"])


def _flow_word(word: str) -> bool:
    """A flow noun or word (`volume_nouns`, `flow` export or import cues)."""
    return word.lower() in lexicon("volume_nouns") or any(
        lexicon("flow", way).regex.fullmatch(word) for way in ("export", "import"))


_CARRIER_SIZE = re.compile(r"\d-(?:cbm|cu\.?[ -]?m|cubic[ -]met(?:re|er)s?)$", re.IGNORECASE)
"""Cubic metres written as an adjective (`a 174,000-cbm carrier`): a vessel's or tank's size."""


_VESSEL_OF = re.compile(r"\b(?P<noun>[a-z]+)\s+of\s+(?:(?:about|around|some|between|up\s+to)\s+)?$",
                        re.IGNORECASE)


def _vessel_of(text: str, quantity: Quantity, clause: tuple[int, int]) -> bool:
    """`tankers of 3,000 to 5,000 tons`: a size given after a vessel noun and `of`."""
    match = _VESSEL_OF.search(text, max(clause[0], quantity.start - 40), quantity.start)
    return match is not None and match["noun"].lower() in lexicon("capacity_nouns") and \
        quantity.unit in ("t", "bbl")


_ONE_UNIT = re.compile(r"\b(?:a|one|each|every|per)\s+(?P<noun>[a-z]+)\s+(?:of\b|(?=(?:averaged|"
                       r"cost|costs|fetched|fetches|sold\s+for|went\s+for)\b))", re.IGNORECASE)
"""`A kilogram of rice sold for`, `A tonne averaged $1,621`: one unit of the goods priced."""


def unit_price(text: str, quantity: Quantity, clause: tuple[int, int]) -> bool:
    """`A kilogram of rice sold for 5,800 won`: money paid for one unit of the goods is a price."""
    if not is_currency(quantity.unit):
        return False
    return any(match["noun"].lower() in word_set("measure_nouns")
               and match["noun"].lower() not in _NOT_PACKAGES
               for match in _ONE_UNIT.finditer(text, clause[0], quantity.start))


_NOT_PACKAGES = frozenset({"unit", "units", "head", "piece", "pieces"})
"""Measure nouns that also name parts of firms or herds (`a unit of Sinopec`)."""


def _direction(text: str, quantity: Quantity, clause: tuple[int, int]) -> Direction | None:
    best: tuple[int, Direction] | None = None
    idioms = lexicon("not_change").spans(text, *clause)  # `made up`, `set up`: not a rise
    for name, direction in (("change_up", "up"), ("change_down", "down")):
        for s, e in lexicon(name).spans(text, *clause):
            if quantity.start <= s < quantity.end and not quantity.surface.strip().isalpha():
                continue
            if any(a <= s < b for a, b in idioms):
                continue
            if text[s:e].lower() == "up" and re.match(r"\s+to\b", text[e:e + 4]):
                continue  # `up to` is a hedge
            gap = s - quantity.end if s >= quantity.end else quantity.start - e
            if gap < 0:
                gap = 0
            if best is None or gap < best[0]:
                best = (gap, cast(Direction, direction))
    return best[1] if best else None


_COMPARED_AFTER = re.compile(r"(?:,?\s+(?:and|or)\s+[\w.,-]+\s*"
                             r"(?:%|(?:percent|per\s+cent|pct|pc)\b))?"
                             r"\s+(?:(?P<up>above|ahead\s+of)|(?P<down>below|under|behind|"
                             r"short\s+of))\b(?P<base>(?:\s+[^\s,;.()]+){1,3})", re.IGNORECASE)
"""After a percent: the side of a base it lies on, named in the three words after it (`35% below
the five-year average`, `7.5% ahead of last season`; not a later `in May` or `last year`: `10%
under the quota set last year`), also for the first of a pair of percents that share the base
(`512 percent and 11 percent above October`, `6.9 percent and 7.8 percent below 2023's levels`)."""
_COMPARED_WORDS = ("above", "ahead", "below", "under", "behind", "short")
_COMPARED_REACH = 36
"""Characters after a percent in which its comparison word may stand (past a paired percent)."""


def _compared_to_base(text: str, quantity: Quantity) -> Direction | None:
    """`10% below schedule`, `22.6% ahead of last year's pace`, `9% above the annual record`: a
    percent set above or below a base in time or a benchmark (a year, the same period, an
    average, a forecast: the `comparison_bases` cues, or a year's number) is the change from
    that base, with no change verb (not `40% under the agreement`)."""
    if not may_hold(text, quantity.end, quantity.end + _COMPARED_REACH, _COMPARED_WORDS):
        return None
    if _RATE_BEFORE.search(text, max(0, quantity.start - 30), quantity.start):
        return None
    match = _COMPARED_AFTER.match(text, quantity.end)
    if match is not None and (lexicon("comparison_bases").search(match["base"])
                              or YEAR_WRITTEN.search(match["base"])) and not _NOT_A_LEVEL.search(
                                  match["base"]):
        return "up" if match["up"] else "down"
    return _compared_to_amount(text, quantity)


_COMPARED_AMOUNT = re.compile(r"\s+(?:(?P<up>above)|(?P<down>below))\s+(?:(?:that|those)\s+of\b|"
                              r"(?:the|its|their)\s+(?:[A-Za-z]+\s+){0,2}[$\u20ac\u00a3\u00a5]?\d)",
                              re.IGNORECASE)
"""After a percent: `above` or `below` an earlier amount written out (`12% below the AUD 389mn of
the same quarter`, `19pc above the roughly 5.98mn t received in 2024`, `14% above its 4.66
million kilograms a year earlier`) or one referred to (`a volume 8.4% above that of a year
earlier`)."""
_COMPARED_AMOUNT_REACH = 70
"""Characters in which the amount's time must be named, counted from the end of the
`_COMPARED_AMOUNT` match (after `that of`, or after the amount's first digit)."""


def _compared_to_amount(text: str, quantity: Quantity) -> Direction | None:
    """The change of a percent set above or below an earlier amount (`_COMPARED_AMOUNT`), when
    the rest of its clause names the amount's time (a year's number or a `comparison_bases`
    cue: `of 2023`, `a year earlier`, `of the same quarter`), not a limit (`below the 90,000
    tonnes the quota allows`) nor a rival's amount (`above the 3.1 million tonnes of Peru`)."""
    match = _COMPARED_AMOUNT.match(text, quantity.end)
    if match is None:
        return None
    rest = _CLAUSE_REST.match(text, match.end(), min(len(text), match.end()
                                                     + _COMPARED_AMOUNT_REACH))
    base = rest.group() if rest else ""
    if not (lexicon("comparison_bases").search(base) or YEAR_WRITTEN.search(base)) or \
            _NOT_A_LEVEL.search(base) or find_countries(text, match.end(), match.end()
                                                        + len(base)) or _RIVAL_NAMED.match(base):
        return None  # (nor a rival's: `30% below that of Ivory Coast in 2024`)
    return "up" if match["up"] else "down"


_RIVAL_NAMED = re.compile(r"\s*(?!(?:" + MONTH_PATTERN + r"|Q[1-4]|H[12]|FY)\b)[A-Z]")
"""After `that of`: a name not of a month or a part of a year (`that of Thailand in May`)."""
_CLAUSE_REST = re.compile(r"(?:[^,;.]|[.,](?=\d))*")
"""The rest of a clause: to its comma, semicolon or stop (not a decimal point or a thousands
comma: `below the 389,000 tonnes of 2023`)."""


_NOT_A_LEVEL = re.compile(r"\b(?:quota|cap|ceiling|limit|threshold)s?\b", re.IGNORECASE)
"""In a base: a limit, not an earlier level (`10% above the quota volume`: a tariff band)."""
_RATE_BEFORE = re.compile(r"\b(?:tariffs?|dut(?:y|ies)|tax(?:es)?|levy|levies|rates?)\b"
                          r"[^.;,]*$", re.IGNORECASE)
"""Before a percent: a duty or rate it is (`a tariff of 25% and 10% above the quota`)."""


@cache
def _reached_hedge() -> str:
    """Hedges and the words besides them (claim_cues' `reached_hedges`) between `to` and the
    level a share reached (`fell to slightly over 20%`, `to under 30 per cent`, `to a record
    98%`)."""
    return hedge_pattern(True, *sorted(word_set("reached_hedges"), key=len, reverse=True))


@cache
def _to_before() -> re.Pattern[str]:
    """`to` and its hedges right before a figure: the level a move reached."""
    return re.compile(r"\bto\s+" + _reached_hedge() + "$", re.IGNORECASE)


def _share_reaches(text: str, quantity: Quantity, clause: tuple[int, int],
                   sentence: tuple[int, int] | None) -> bool:
    """`the share rose to 96 percent`: a share named before a percent that a change verb
    reached (`to`), so the percent is the new share, not the change (the share may be the
    sentence's subject before an aside: `Russia's slice of India's trade, just 1.2 per cent in
    2022, rose to 3.1 per cent`)."""
    if not (_to_before().search(text[clause[0]:quantity.start])
            or _SHARE_FROM_TO.search(text, clause[0], quantity.start)
            or (_MOVED_FROM.search(text, clause[0], quantity.start)
                and _to_new_percent().match(text, quantity.end))
            or _from_after_new_percent().search(text, clause[0], quantity.start)):
        return False
    # (from the sentence's start only when the clause names no flow of its own: not `...,
    # while growth in Norwegian exports slowed to 5%`)
    own_flow = _GROWTH.search(text, clause[0], quantity.start) is not None or any(
        lexicon("flow", kind).search(text, clause[0], quantity.start)
        for kind in ("export", "import", "two_way"))
    start = sentence[0] if sentence and not own_flow else clause[0]
    if not lexicon("share").search(text, start, quantity.start):
        return False
    # (a share named only before the clause: not a duty or rate the clause names, `India's share
    # of global rice exports held at 40%, with duties cut to under 20% in March`)
    return start == clause[0] or bool(lexicon("share").search(
        text, clause[0], quantity.start)) or not _RATE_BEFORE.search(
        text, clause[0], quantity.start)


_SHARE_FROM_TO = re.compile(r"\b(?:share|slice|portion|proportion)\b[^,;.]{0,60}?\b(?:rose|fell|"
                            r"climbed|dropped|slipped|grew|shrank|declined|increased|decreased|"
                            r"jumped|slid|edged\s+(?:up|down)|went\s+(?:up|down))\s+from\s+"
                            + hedge_pattern() + "$", re.IGNORECASE)
"""`its share fell from 27% to 16%`: the old share after the verb and `from`."""
_MOVED_FROM = re.compile(r"\b(?:rose|risen|fell|fallen|climbed|dropped|slipped|grew|grown|shrank|"
                         r"shrunk|declined|increased|"
                         r"decreased|jumped|slid|slumped|leapt|leaped|surged|plunged|tumbled|"
                         r"eased|sank|soared|dipped|edged\s+(?:up|down)|went\s+(?:up|down))"
                         r"\s+from\s+" + hedge_pattern() + "$", re.IGNORECASE)
"""A movement verb and `from` right before a percent (`China's fell from 51% in 2019 to 0.1%`,
`Brazil's portion leapt from 7% to 24%`): the old value, a share when the sentence names one."""
@cache
def _to_new_percent() -> re.Pattern[str]:
    """After an old percent: the new one it moved to (` in 2019 to a mere 0.1%`, ` to 24%`)."""
    return re.compile(r"(?:\s+(?:in|during)\s+[^,;.%]{1,25}?)?\s+to\s+" + _reached_hedge()
                      + r"[\d.,]+\s*(?:%|percent\b|per\s+cent\b|pc\b|pct\b)", re.IGNORECASE)


@cache
def _from_after_new_percent() -> re.Pattern[str]:
    """Before an old percent named after the new one it moved to: `to`, the new percent, its
    time and `from` (`dropped to 18 percent from 36 percent`, `rising to 77.2% in 2020 from
    56.5%`): the old value, a share when the sentence names one."""
    return re.compile(r"\bto\s+" + _reached_hedge() + r"[\d.,]+\s*(?:%|percent\b|per\s+cent\b|"
                      r"pc\b|pct\b)[^,;.%\d]{0,30}?\s+from\s+" + hedge_pattern() + "$",
                      re.IGNORECASE)


_GROWTH = re.compile(r"\bgrowth\b", re.IGNORECASE)
SHARE_NOUN = r"(?:shares?|slices?|portions?|proportions?)"
"""Nouns for a partner's part of a total (`Russia's slice of India's trade`)."""
_SHARE_APPOSED = re.compile(rf"\b{SHARE_NOUN}\s+of\s+[^,;.]{{1,60}},\s*"
                            r"(?:(?:just|only|about|around|some|nearly|almost|roughly)\s+)?$",
                            re.IGNORECASE)
"""A share's noun phrase and the percent set off after it."""
_THE_BEFORE = re.compile(r"\b(?:the|its|a|an)\s+(?:[\w.-]+['’]s\s+)?"
                         r"(?:(?:annual|yearly|current|full|total)\s+)*$", re.IGNORECASE)
"""`the 500,000-barrel annual cap`, `the UN's 500,000-barrel yearly ceiling`."""


def _capped_after(text: str, quantity: Quantity, clause: tuple[int, int]) -> bool:
    """`the 500,000-barrel annual cap`, `the 500,000 barrels of refined products the U.N.
    allows`: a noun phrase headed by the quantity that a cap word closes (within six words)."""
    if not _THE_BEFORE.search(text[clause[0]:quantity.start]):
        return False
    for start, _ in lexicon("cap").spans(text, quantity.end, clause[1]):
        return word_count(text, quantity.end, start) <= 6
    return False


_OR_BEFORE = re.compile(r"\bor\s+(?:(?:about|around|roughly|nearly|almost|some|over|more\s+than|"
                        r"just|only)\s+)*$", re.IGNORECASE)
_COMMA_OR_BEFORE = re.compile(r",\s*or\s+(?:(?:about|around|roughly|nearly|almost|some|over|"
                              r"more\s+than|just|only)\s+)*$", re.IGNORECASE)
"""Right before a percent: `, or` restating the figure before it (`rose 8.4%, or 52% of the
total`), set off by its comma (not the alternative of `by 5% or 10% of the 2023 total`)."""
_GOING_TO = re.compile(r"\s*(?:of\s+it\s+|of\s+them\s+)?(?:going|went|goes|headed|bound|"
                       r"destined|shipped|sent|sold|exported)\s+(?:to|for)\b", re.IGNORECASE)


def _part_of_before(text: str, quantity: Quantity, clause: tuple[int, int]) -> bool:
    """A percent that restates a part of what came before: `$34 million, or 41.7 percent`,
    `with 84% going to China`."""
    return bool(_OR_BEFORE.search(text[clause[0]:quantity.start]) or _GOING_TO.match(
        text, quantity.end, clause[1]))


def _idiom_before(text: str, quantity: Quantity, clause: tuple[int, int]) -> bool:
    """`crude oil made up $34 million`: the `up` the quantity layer saw is no rise."""
    for _, end in lexicon("not_change").spans(text, clause[0], quantity.start):
        if word_count(text, end, quantity.start) <= 2:
            return True
    # `The North grows some 4 million tons of grain a year`: the amount grown, no rise
    grown = _GROWN.search(text, clause[0], quantity.start)
    if grown is None:
        return False
    if quantity.unit.startswith(("percent", "x")):
        return _OF_NEXT.match(text, quantity.end) is not None and _country_subject(
            text, grown.start(), _GROWER_NOUN, _GROWER_ADVERB, opening=True)
    if _GROWN_AGAINST_AFTER.match(text, quantity.end):
        # `Vietnam grew 150,000 tonnes on the year`: a change set against a time before
        return False
    if _OF_GOODS_NEXT.match(text, quantity.end) is not None:
        return True
    if is_currency(quantity.unit):
        return False
    if _GROWER_NOUN.search(text, max(0, grown.start() - 60), grown.start()):
        return True
    # a country grows a crop: its clause names one, a harvest or a yearly amount (`Bangladesh
    # grows 11 lakh tonnes of potatoes a year`), not `Vietnam grew 150,000 tonnes as shipments
    # to China recovered`
    return _country_subject(text, grown.start(), _GROWER_NOUN, _GROWER_ADVERB, opening=True) and (
        _CROP_WORD.search(text, clause[0], clause[1]) is not None
        or _A_YEAR_AFTER.match(text, quantity.end) is not None
        or _A_YEAR_AFTER.search(text, quantity.start, quantity.end + 1) is not None
        or any(mention.key not in (None, "trade")
               for mention in find_commodities(text, clause[0], clause[1])))


_GROWN_AGAINST_AFTER = re.compile(r"\s+(?:on\s+the\s+year|year[\s-]on[\s-]year|from\b|"
                                  r"compared\b|than\b|over\s+(?:the\s+)?(?:previous|last|"
                                  r"prior|same)\b|(?:on|from)\s+a\s+year)", re.IGNORECASE)
"""After an amount grown: what it is set against (`on the year`, `from 2022`, `than`), a change."""
_CROP_WORD = re.compile(r"\b(?:crops?|harvests?|harvested|planted|plantings?|acreage|hectares|"
                        r"farms?|farmers|growers|fields|orchards|plantations?|yields?|seasons?)\b",
                        re.IGNORECASE)
"""In the clause of a verb of growing: that what is grown is a crop."""
_A_YEAR_AFTER = re.compile(r"\s+(?:(?:a|per|each|every)\s+(?:year|season)|annually)\b",
                           re.IGNORECASE)
"""After an amount grown: a yearly crop (`grows 11 lakh tonnes a year`)."""


_OF_NEXT = re.compile(r"\s+of\s", re.IGNORECASE)
"""`grows about 3 percent of world supply`: the part grown of a total."""
_GROWER_NOUN = re.compile(r"(?:^|(?<=[.;:,!?]\s)|(?<=\n)|(?<=\bwhile\s)|(?<=\band\s)|(?<=\bbut\s)|"
                          r"(?<=\byet\s)|(?<=\bwhereas\s))"
                          r"(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Ll]ocal|[Dd]omestic|[A-Z][\w'’-]*)\s+)?"
                          r"(?:country|nation|farms|farmers|growers)\s+"
                          r"(?:(?:only|now|still|also|itself)\s+)?$")
"""Before a verb of growing: farms or a country as its subject, opening the clause (`while
local farms grow`, `The country grows only`, `Brazilian farmers grew`)."""
_CLAUSE_OPENS = re.compile(r"(?:^|[.;:,!?]\s+|\n|\b(?:while|and|but|yet|whereas)\s+)$",
                           re.IGNORECASE)
"""Right before a country that opens its clause (`. Paraguay`, `, Bangladesh`, `while India`):
the subject, not a partner after `to` or `from` (`Exports to Vietnam grew 20,000 tonnes`)."""
_GROWER_ADVERB = re.compile(r"\s+(?:(?:only|now|still|also|itself)\s+)?$", re.IGNORECASE)
"""Between a country and its verb of growing: an adverb at most (`Bangladesh also grows`)."""


def _country_subject(text: str, verb: int, noun: re.Pattern[str], between: re.Pattern[str],
                     opening: bool = False) -> bool:
    """Whether the verb at `verb` has a country, or a word of `noun` (farms, growers, the
    country), as its subject: the noun right before it, or the last country within 60
    characters with only words of `between` (adverbs, auxiliaries) after it and, with
    `opening`, opening its clause. A crop grown (`Paraguay grows about 3 percent of world
    supply`, `while local farms grow`) or goods lost (`Ghana lost`, `Ivory Coast has lost`), not
    a flow that grew or lost (`Exports to Vietnam grew 20,000 tonnes`, `Exports of beans lost
    20,000 tonnes to cross-border smuggling`)."""
    low = max(0, verb - 60)
    if noun.search(text, low, verb):
        return True
    countries = find_countries(text, low, verb)
    if not countries:
        return False
    last = countries[-1]
    return between.fullmatch(text, last.end, verb) is not None and (
        not opening or _CLAUSE_OPENS.search(text, max(0, last.start - 12), last.start) is not None)


_LOST_BEFORE = re.compile(r"\b(?:lost|lose|loses|losing)\s+" + hedge_pattern(True, "an estimated")
                          + "$", re.IGNORECASE)
_TO_SMUGGLING = re.compile(r"(?:\s+of\s+[\w-]+(?:\s+[\w-]+)?)?\s+to\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:smuggling|smugglers|trafficking|traffickers|contraband)\b",
                           re.IGNORECASE)
"""After an amount lost: the smuggling it went to (`160,000 tons of cocoa to smugglers`, `7,128
tonnes of cocoa to cross-border trafficking`)."""


def _smuggled_out(text: str, quantity: Quantity) -> bool:
    """`Ghana lost 160,000 tons of cocoa to smugglers`: goods a country lost to smuggling are the
    amount smuggled out, a flow's level, not a fall of its trade."""
    if quantity.unit in ("percent", "x"):
        return False
    lost = _LOST_BEFORE.search(text, max(0, quantity.start - 40), quantity.start)
    return lost is not None and _TO_SMUGGLING.match(
        text, quantity.end, quantity.end + 80) is not None and _country_subject(
        text, lost.start(), _LOSER_NOUN, _LOSER_AUX)


_LOSER_NOUN = re.compile(r"\b(?:country|nation|farmers|farms|growers|producers|government|"
                         r"state)\s+(?:(?:has|have|had|will|would|could|may|might|already|also|"
                         r"reportedly|now|still)\s+)*$", re.IGNORECASE)
"""Before `lost`: a country or its farms as the loser (`the country has lost`)."""
_LOSER_AUX = re.compile(r"\s+(?:(?:has|have|had|will|would|could|may|might|already|also|"
                        r"reportedly|now|still|is|are|was|were|be|been|being)\s+)*$",
                        re.IGNORECASE)


_GROWN = re.compile(r"\b(?:grows?|grew|grown|growing)\s+" + hedge_pattern(True) + "$",
                    re.IGNORECASE)
_OF_GOODS_NEXT = re.compile(r"\s+of\s+(?!(?:the|its|their|a|an)\b)[a-z]", re.IGNORECASE)
"""`grows some 4 million tons of grain`: the verb's object is an amount of goods."""
_FROM_BEFORE = re.compile(r"\W*(?:and\s+)?(?:from|(?P<against>against|compared\s+(?:with|to)|"
                          r"versus))\s+"
                          r"(?:(?:about|around|roughly|nearly|almost|some|just|only)\s+)?",
                          re.IGNORECASE)
"""`... fell to about 27%, from 35% in November`, `15% of China's imports, against 21% a year
before`: a clause that is only the old value."""
_PERCENT = r"[\d.,]*\d\s*(?:%|percent\b|per\s+cent\b|pc\b|pct\b)"
"""A percent as written (`35%`, `6.8 percent`, `12 per cent`, `5pc`)."""
_RATE_PAIR = re.compile(r"\b(?:from\s+(?:(?:about|around|roughly|nearly|some)\s+)?" + _PERCENT
                        + r"\s+(?:(?:in|on|for)\s+\S+\s+)?to\s+(?:(?:about|around|roughly|"
                        r"nearly|some)\s+)?" + _PERCENT + r"|to\s+(?:(?:about|around|roughly|"
                        r"nearly|some)\s+)?" + _PERCENT + r"\s+from\s+(?:(?:about|around|"
                        r"roughly|nearly|some)\s+)?" + _PERCENT + r"|" + _PERCENT
                        + r"\s+instead\s+of\s+" + _PERCENT + r")", re.IGNORECASE)
"""Two percents, the old and the new value of one rate: `from 35% to 70%`, `to 5.8 percent from
6.8 percent`, `26% instead of 33%`."""
_RATE_PAIR_REACH = 50
"""Characters either side of a percent in which the pair it belongs to is looked for."""


def _rate_moved(text: str, quantity: Quantity) -> bool:
    """Whether the percent is one of a pair of percents that are the old and new value of one
    rate (`The levy was cut from 57% to 47%`, `recovery improved to 51.6% from 34.0%`): rates
    (a duty, a blend, growth), never a flow's move by a percent, which reads `rose 12%` or `up
    12% to 4 million tonnes`. A share moving so (`its share rose from 3% to 6%`) has a share
    cue in its sentence, which the caller reads first."""
    start, end = max(0, quantity.start - _RATE_PAIR_REACH), quantity.end + _RATE_PAIR_REACH
    if not may_hold(text, start, end, ("from", "instead")):
        return False
    return any(m.start() <= quantity.start and quantity.end <= m.end() and
               _RATE_NOUN.search(text, max(0, m.start() - _RATE_NOUN_REACH), m.start()) and
               not _BY_BEFORE_PAIR.search(text, max(0, m.start() - 12), m.start())
               for m in _RATE_PAIR.finditer(text, start, min(len(text), end)))


_RATE_NOUN = re.compile(r"\b(?i:dut(?:y|ies)|tariffs?|levy|levies|tax(?:es|ed)?|blend(?:ing)?|"
                        r"rates?|mandates?|margins?|ratio|recovery|growth|inflation|"
                        r"utili[sz]ation)\b")
"""The rate whose old and new values a pair of percents gives (`the duty was raised from 35% to
70%`, `growth eased to 5.8 percent from 6.8 percent`); without one the pair is a flow's
move (`exports surged from 2% in January to 40% in February, year on year`)."""
_RATE_NOUN_REACH = 80
_BY_BEFORE_PAIR = re.compile(r"\bby\s+$")
"""`grew by 10% instead of 20%`: a move by a percent, not a rate's value."""


_OLD_TIME_AFTER = re.compile(r"\s+(?:a\s+(?:year|month)\s+(?:before|earlier|ago)|"
                             r"in\s+(?:19|20)\d\d|(?:the\s+)?(?:previous|prior|last)\s+"
                             r"(?:year|month)|in\s+[A-Z][a-z]+|for\s+(?:19|20)\d\d|"
                             r"(?:in|for)\s+the\s+(?:same|previous|prior)\b)\b")
"""After an old share compared with: its time (`against 21% a year before`, `compared with 33%
in 2021`)."""
_BASE_BEFORE = re.compile(r"\b(?:up|down|higher|lower|rising|falling|climbing|slipping)\s+"
                          r"(?:(?:by\s+)?[\d.,]+\s+(?:percentage\s+points?|points?|pp|percent|%)\s+)?"
                          r"from\s+"
                          r"(?:(?:about|around|roughly|nearly|almost|some|just|only|over|under|"
                          r"more\s+than|less\s+than)\s+)?$",
                          re.IGNORECASE)
"""`..., up from 94.8 percent`, `down from more than 27pc`: the level a movement started
from."""
_AND_FROM = re.compile(r"\b(?:up|down|higher|lower)\s+from\s+[^;]*?\band\s+from\s+"
                       r"(?:(?:about|around|roughly|nearly|almost|some|just|only)\s+)?$",
                       re.IGNORECASE)
"""`up from 38.5% a year earlier and from only 24.8%`: a second old level."""
@cache
def _reached_from() -> re.Pattern[str]:
    """`rose to 31 percent from 26 percent`, `rose to a record 98% in December from 76%`: the
    level the share reached, then the one it left."""
    return re.compile(r"\bto\s+" + _reached_hedge() + r"[\d.,]+\s*(?:percent|per\s+cent|%|pc|"
                      r"pct)(?:\s+(?!from\b)[\w.-]+){0,3}?\s+from\s+"
                      r"(?:(?:about|around|roughly|nearly|almost|some|just)\s+)?$",
                      re.IGNORECASE)


_CROSSED = re.compile(r"\b(?:fell|falls?|falling|dropped|drops?|dropping|slipped|slips?|sank|"
                      r"sinks?|dipped|dips?|rose|rises?|rising|climbed|climbs?|jumped|jumps?|"
                      r"surged|surges?|went|goes|moved|moves?)\s+(?:below|above|past|beyond)\s+$",
                      re.IGNORECASE)
"""`trade fell below $3 billion`, `rose above $80`: the level crossed, not the size of a move."""
_CROSSED_WORDS = ("below", "above", "past", "beyond")
"""One of which every match of `_CROSSED` holds."""
_RELATIVE_ASIDE = re.compile(r",\s*(?:which|who|that)\b[^,;]*,", re.IGNORECASE)
"""A relative clause set off by commas (`, which make up most of the North's trade,`)."""
_COMMA_OR_SEMICOLON = re.compile(r"[,;]")
"""A comma or semicolon: a clause break between a share and a change verb."""


def _shared_before(text: str, start: int, end: int) -> bool:
    """Whether a share is named in text[start:end] outside a relative clause (`China's share of
    its trade rising from 91.3 percent`; not `Exports, which make up most of the North's trade,
    grew 12 percent`)."""
    before = _RELATIVE_ASIDE.sub(lambda m: " " * len(m.group()), text[start:end])
    cues = lexicon("share").spans(before)
    if not cues:
        return False
    # the share must govern the figure the movement starts from: no change of something else
    # between them (`Despite China's dominant share ..., exports grew 12 percent, up from 8`)
    base = list(_BASE_BEFORE.finditer(before))
    between = before[cues[-1][1]:base[-1].start() if base else len(before)]
    # a change in the share's own clause is the share moving (`share ... fell to 27%, from
    # 35%`); one after a clause break is another figure's
    for name in ("change_up", "change_down"):
        for start, _ in lexicon(name).spans(between):
            if _COMMA_OR_SEMICOLON.search(between, 0, start) and not _ELIDED_SHARE.search(
                    between, 0, start):
                return False
    return True


_ELIDED_SHARE = re.compile(r",\s*(?:while|whereas|and|but)\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}?"
                           r"[A-Z][\w.-]*['’]s?\s+(?:(?:has|had|have)\s+)?$")
"""`its share fell to 38% from 41%, while Nigeria's rose to 7% from 5%`: a partner's own
possessive with no noun after it goes on with the share named before (the noun left out)."""


_MULTIPLE_OF = re.compile(r"\s+(?:times\s+|as\s+(?:much|large|big|high)\s+as\s+)?"
                          r"(?:the|its|their|this|that)\s+(?P<head>(?:[\w,.-]+\s+){0,3}[\w-]+)")
_CAP_NOUNS = frozenset({"cap", "caps", "limit", "limits", "ceiling", "ceilings", "quota",
                        "quotas", "allowance", "maximum"})


def _multiple_of_cap(text: str, quantity: Quantity, clause: tuple[int, int]) -> bool:
    """`double the annual UN cap`, `three times the limit`: a multiple of a sanctions limit is
    a ratio to it, share-like (as `40 percent of the cap`), not a change over time."""
    match = _MULTIPLE_OF.match(text, quantity.end, clause[1])
    return match is not None and any(word.lower() in _CAP_NOUNS and word in lexicon("cap")
                                     for word in match["head"].split())


_PERCENT_OF = re.compile(r"\d\s*(?:%|percent|per\s+cent|pc|pct)\s+of\s+[^,;]*,?\s*"
                         r"(?:or\s+[^;]{1,30}?,\s*)?(?:(?:up|down)\s+from\s+[^,;]*)?$",
                         re.IGNORECASE)
"""Before a clause that goes back to an old level: a share stated (`16% of the bloc's gas
supply,`), with its amount restated (`39.4% of the total, or US$38,447 million,`) and an old
level already given (`..., up from 38.5% a year earlier and from only 24.8%`)."""


_CAP_MOVED = re.compile(r"(?:(?!\b(?:as|while|when|after|because|since|and|but|which|that)\b)"
                        r"[^.;]){0,60}?\b(?:rises?|rose|raised|increases?|increased|grows?|grew|"
                        r"triples?|tripled|doubles?|doubled|falls?|fell|cut|cuts|reduced|lowered|"
                        r"climbs?|climbed|goes\s+up|went\s+up|drops?|dropped)\b[^.;]{0,40}?"
                        r"\b(?:to|from)\s+(?:about\s+|some\s+|around\s+)?$", re.IGNORECASE)
"""After a cap noun opening the sentence: its move, then `to` or `from` the figure (`the
duty-free quota ... rises by a third, to 120,000 tonnes from 90,000 tonnes`)."""


def _cap_moved_to(text: str, start: int, at: int) -> bool:
    """Whether the figure at `at` is the new or old level of a cap that the sentence, from
    `start`, says moved (the cap's own verb: not `the quota ran out as exports rose to`)."""
    caps = [m for m in lexicon("cap").regex.finditer(text, start, at)
            if m.group().lower() in _CAP_NOUNS]
    if not caps or _CAP_MOVED.fullmatch(text, caps[-1].end(), at) is None:
        return False
    # (the quota is what moved, the sentence's subject: not `shipments to the EU under the
    # quota rose to 85,000 tonnes`, `Exports in the quota period rose`)
    return not _CAP_GOVERNED.search(text, max(start, caps[-1].start() - 30),
                                    caps[-1].start()) and not any(
        lexicon("flow", kind).search(text, start, caps[-1].start())
        for kind in ("export", "import"))


_CAP_GOVERNED = re.compile(r"\b(?:under|within|in|inside|outside|beyond|above|below|over|"
                           r"through)\s+(?:the|a|an|its|their)?\s*(?:[\w-]+\s+){0,3}$",
                           re.IGNORECASE)
"""Before a cap noun governed by a preposition (`under the quota`): the cap is not what moved."""


_TO_NEW_LEVEL = re.compile(r"\s+to\s+" + hedge_pattern() + r"(?:[A-Z]{0,3}\$|[€£¥]|\d)")
"""After a percent: the new level it moved to (`13 per cent to US$344 million`, `8% to 13.7
million tonnes`)."""
_ROW_JOINT = re.compile(r"(?:,\s*(?:and\s+|while\s+)?|\s+(?:and|while)\s+)"
                        r"(?P<row>[^,;:%()]{2,60}?)\s+" + hedge_pattern(True) + "$",
                        re.IGNORECASE)
"""Between the new level of one change and the next row whose verb is left out: a list joint and
the row's own subject (`, those to the EU `, ` and coconut oil `)."""
_ROW_VERB = re.compile(r"\b(?:was|were|is|are|had|has|have|took|accounted|made|came|went|"
                       r"reached|totalled|totaled|stood)\b", re.IGNORECASE)
"""A verb of its own in the row's subject: not a row whose verb is left out."""
_GAPPED_REACH = 200
"""Most characters from the earlier change to the row whose verb it shares."""


def _gapped_change(text: str, quantity: Quantity, sentence: tuple[int, int],
                   earlier: Sequence[Quantity]) -> Direction | None:
    """`Sales to the US plunged 22% to $470 million, those to the EU 13% to $344 million`,
    `copra meal exports soared 153 percent to 435,834 MT, coconut oil 61 percent to 391,471
    MT`: a bare percent with a new level of its own, after a change to a new level, is a row of
    a list of changes whose verb is left out; it takes that change's direction."""
    if not _TO_NEW_LEVEL.match(text, quantity.end):
        return None
    percents = [q for q in earlier if q.unit == "percent" and q.end <= quantity.start]
    if not percents:
        return None
    last = percents[-1]
    level = next((q for q in earlier if q.start > last.end), None)
    if level is None or quantity.start - last.end > _GAPPED_REACH or not _TO_NEW_LEVEL.match(
            text, last.end) or level.start > last.end + 40:
        return None
    joint = _ROW_JOINT.search(text, level.end, quantity.start)
    if joint is None or joint.end() != quantity.start or _ROW_VERB.search(joint["row"]):
        return None
    return last.change or _direction(text, last, (sentence[0], last.end))


_AMOUNT_ROW_JOINT = re.compile(
    r"(?:\s*\([^()]{1,30}\))?(?P<tail>(?:\s+[\w-]+){0,3}?),?\s+and\s+"
    r"(?P<row>[^\d,;:%()]{2,40}?)\s+(?:by\s+)?" + hedge_pattern(True), re.IGNORECASE)
"""Between an amount that sizes a change and the next amount in its unit whose verb is left
out: an aside, a short tail (`last year`), `and` and the row's own subject (` and zinc sales `,
` and pisco exports by `)."""
_TOTAL_AFTER = r"(?:\s*\([^()]{1,30}\))?\s+"
"""From a bare amount to a word right after it (past any aside) that makes it a total."""
_AMOUNT_ROW_REACH = 100
"""Most characters between the change's amount and the row whose verb it shares."""


@cache
def _total_after() -> re.Pattern[str]:
    """A total word (claim_cues' `amount_row_totals`) right after a bare amount, past any aside
    (`$60 billion overall`, `$9 billion in all`): a whole of its own, not a row of the change."""
    return re.compile(_TOTAL_AFTER + "(?:" + lexicon("amount_row_totals").regex.pattern + ")",
                      re.IGNORECASE)


def _gapped_amount_change(text: str, quantity: Quantity, sentence: tuple[int, int],
                          earlier: Sequence[Quantity]) -> Direction | None:
    """`copper sales to Japan gained $210 million and zinc sales $35 million`, `wine exports were
    down $48 million and pisco exports $6 million`: a bare amount whose verb is left out, right
    after a row whose amount in the same unit sized a change, sizes a change the same way (not
    after a new level, `rose 5% to $4 billion and imports $3 billion`, nor with a verb of its own
    in the row, `and imports were $3 billion`)."""
    amounts = [q for q in earlier if q.end <= quantity.start and q.unit not in ("percent", "x")]
    if not amounts or amounts[-1].unit != quantity.unit or \
            quantity.start - amounts[-1].end > _AMOUNT_ROW_REACH:
        return None
    previous = amounts[-1]
    joint = _AMOUNT_ROW_JOINT.fullmatch(text, previous.end, quantity.start)
    if joint is None or any(_ROW_VERB.search(joint[part]) or
                            lexicon("amount_row_breaks").search(joint[part]) or
                            lexicon("change_up").search(joint[part]) or
                            lexicon("change_down").search(joint[part])
                            for part in ("tail", "row")) or \
            lexicon("amount_row_totals").search(joint["row"]) or \
            _total_after().match(text, quantity.end, sentence[1]):
        return None
    clause = clause_bounds(text, *sentence, previous.start)
    kind, direction = classify(text, previous, clause, sentence,
                               [q for q in earlier if q.end <= previous.start])
    return direction if kind == "change" else None


def classify(text: str, quantity: Quantity, clause: tuple[int, int],
             sentence: tuple[int, int] | None = None, earlier: Sequence[Quantity] = ()
             ) -> tuple[Kind | None, Direction | None]:
    """Kind and direction of a measurable quantity from the words of its clause (`earlier`: the
    figures before it in its sentence, in order, for rows of a list of shares)."""
    change = None if _idiom_before(text, quantity, clause) or _smuggled_out(
        text, quantity) or (may_hold(
        text, clause[0], quantity.start, _CROSSED_WORDS) and _CROSSED.search(
        text, clause[0], quantity.start)) else quantity.change
    from_before = _FROM_BEFORE.fullmatch(text, clause[0], quantity.start)
    if from_before is not None and from_before["against"] and not _OLD_TIME_AFTER.match(
            text, quantity.end):
        from_before = None  # `compared with 15% for Saudi Arabia`: a rival's, not an old share
    if quantity.unit == "percent" and sentence and (_BASE_BEFORE.search(
            text, clause[0], quantity.start) or _AND_FROM.search(
            text, clause[0], quantity.start) or _reached_from().search(
            text, clause[0], quantity.start) or from_before) and (_shared_before(
                text, sentence[0], quantity.start) or _PERCENT_OF.search(
                text, sentence[0], clause[0])):
        # `accounted for 95.8 percent, up from 94.8 percent`, `covers about 16% of the bloc's
        # gas supply, down from 39%`: the old share
        return "share", None
    if quantity.unit == "percent" and _SHARE_NOUN_AFTER.match(text, quantity.end):
        return "share", None  # `down from a 64.3% share in 2024`: the old share
    if quantity.unit in ("percent", "x") or change is not None:
        after_of = bool(_OF_AFTER.match(text[quantity.end:quantity.end + 12]))
        direction = change or _direction(text, quantity, clause) or _compared_to_base(
            text, quantity)
        if quantity.unit == "x" and _multiple_of_cap(text, quantity, clause):
            return "share", None  # `double the annual cap`: a ratio to the cap, not a change
        if quantity.unit == "percent" and _share_reaches(text, quantity, clause, sentence):
            return "share", None  # `China's share rose to 96 percent`: the new share
        if quantity.unit == "percent" and after_of and _COMMA_OR_BEFORE.search(
                text, max(0, clause[0] - 4), quantity.start):
            # `exported 452,000 cars, up 68%, or 14.5% of all its exports`: the part of a total
            # the flow restated after its move is a share, not the move carried on (set off by
            # its comma: not `could fall by 5% or 10% of the 2023 total`, a second move)
            return "share", None
        if quantity.unit == "percent" and (after_of or (
                direction is None and lexicon("share").search(text, *clause))):
            if not (direction and change):
                return "share", None
        if direction is not None:
            if quantity.unit == "percent" and _rate_moved(text, quantity) and not lexicon(
                    "share").search(text, *(sentence or clause)):
                # `the duty was raised from 35% to 70%`, `growth eased to 5.8 percent from 6.8
                # percent`: two rates compared, either old or new, no move of a flow by a percent
                # (in a sentence with no share cue: `Canada's portion rose to 14% from 11%, while
                # Morocco's fell to 6% from 8%` are shares, read so after this)
                return None, None
            return "change", direction
        if quantity.unit == "x":
            return "change", "up"
        if lexicon("share").search(text, *clause) or _part_of_before(text, quantity, clause):
            return "share", None
        if quantity.unit == "percent" and _PART_TAKEN.search(
                text, max(clause[0], quantity.start - 40), quantity.start) and \
                not _APPOSITIVE_ROLE_GOODS.search(text, max(0, quantity.start - 80),
                                                  quantity.start):
            # `Indonesia was the biggest supplier with 42%`, `Slovakia supplied 59% and Moldova
            # the remaining 41%`, `Poland 16%`: a partner's part of the flow, with no change word
            return "share", None
        if quantity.unit == "percent" and _SHARE_RUN.search(
                text, max((sentence or clause)[0], quantity.start - 160), quantity.start):
            # `Russia, the US and the UK provided 15 percent, 14 percent and 2 percent,
            # respectively`, `with Brazil and Canada supplying 23.4% and 10.4%`: a later row of
            # a run of partners' parts after one verb of taking or supplying
            return "share", None
        if quantity.unit == "percent" and sentence and _ranked_row(text, quantity, sentence):
            # `corn made up 45 percent of the sales, and wheat came second at 17 percent`,
            # `Romania followed with 26.8 percent`: a place in a ranking of shares stated before
            return "share", None
        if sentence and _SHARE_APPOSED.search(text, sentence[0], quantity.start):
            return "share", None  # `Russia's slice of India's total trade, just 1.2 per cent ...,`
        if quantity.unit == "percent" and (_bracketed_after_amount(text, quantity) or (
                sentence and _bracketed_row(text, quantity, sentence))):
            return "share", None
        if quantity.unit == "percent" and _PART_MOVED_AFTER.match(text, quantity.end):
            # `Almost all of the gold, 97%, went to Switzerland`, `80% of which went to China`,
            # `10.0% came from America`: the part of a flow that went to (or came from) a
            # partner, with no change word
            return "share", None
        if quantity.unit == "percent" and sentence and _row_of_shares(text, quantity, sentence,
                                                                      earlier):
            return "share", None
        if quantity.unit == "percent" and sentence:
            gapped = _gapped_change(text, quantity, sentence, earlier)
            if gapped is not None:
                return "change", gapped
        return None, None
    beside = _AMOUNT_BESIDE_BASE.match(text, quantity.end)
    if beside is not None and not _LEVEL_BEFORE_BESIDE.search(
            text, max(clause[0], quantity.start - 40), quantity.start):
        # `produced 90,000 bpd above its quota`, `exports were 124,297 units lower than in June`:
        # an amount set above or below a base is the gap to it, a change
        return "change", "up" if beside["up"] else "down"
    moved = _MOVED_BY.search(text, max(clause[0], quantity.start - 70), quantity.start)
    if moved is not None:
        # `Indian refiners lifted their purchases by 272,000 barrels per day`: the amount a flow
        # moved by
        return "change", "down" if moved["down"] else "up"
    if quantity.change is None and _added_by_move(text, quantity):
        # `exports to China grew 1.8-fold, adding $700 million`, `posted the biggest gain,
        # adding 241,700 vehicles`: the amount a move added, a rise (not `with mutton adding
        # A$1.02bn`, a row's part of a total)
        return "change", "up"
    if sentence and _apposed_loss(text, quantity, sentence):
        return "change", "down"
    if _lost_flow(text, quantity):
        # `a further 73,000 bpd has been lost at the nearby field`, `ISK 8-10 billion of sales
        # to Russia will be lost`: the amount a flow lost, a fall
        return "change", "down"
    if (lexicon("cap").search(text, clause[0], quantity.start) and not _flow_moved_on(
            text, quantity, clause[0])) or _capped_after(text, quantity, clause):
        return "cap", None
    if sentence and _cap_moved_to(text, sentence[0], quantity.start) and not _flow_moved_on(
            text, quantity, sentence[0]):
        return "cap", None
    if sentence and (_after_first_cap(text, quantity, sentence) or _in_cap_run(
            text, quantity, clause, sentence, earlier)):
        # `The quotas come to 2.69 million tonnes in 2026, then 2.74 million tonnes and 2.8
        # million tonnes in 2027 and 2028`, `The ceilings are 52,000 tonnes for maize, 31,500
        # tonnes for barley`: the run of figures after a cap goes on with it
        return "cap", None
    if sentence and _opens_cap_list(text, quantity, sentence):
        return "cap", None
    if sentence and _RESOLUTION.search(text, *sentence) and lexicon("cap").search(
            text, sentence[0], quantity.start) and not any(
            lexicon("flow", kind).search(text, quantity.end, clause[1])
            for kind in ("export", "import")):
        # (`..., against 19.6 million tonnes sold abroad in 2015`: a flow, not the cap)
        return "cap", None  # `The cap ..., a country of ..., was cut from 2 million barrels`
    if sentence and may_hold(text, *sentence, _SANCTIONED_WORDS) and _SANCTIONED.search(
            text, *sentence) and _yearly(text, quantity) and (
            quantity.bound in ("<", "<=") or _HELD_TO.search(text, clause[0], quantity.start)):
        # `North Korea may import no more than 500,000 barrels a year under UN sanctions`,
        # `sanctions hold the North's intake ... to 500,000 barrels a year`: a sanctions limit
        return "cap", None
    if sentence and _permitted_at(text, quantity.start, clause[0], sentence):
        return "cap", None
    if quantity.change is None and sentence and (
            gapped := _gapped_amount_change(text, quantity, sentence, earlier)) is not None:
        return "change", gapped
    return "level", None


_AMOUNT_BESIDE_BASE = re.compile(r"\s+(?:(?P<up>above|more\s+than|higher\s+than)|(?:below|"
                                 r"short\s+of|less\s+than|lower\s+than|fewer\s+than))\s"
                                 r"(?!\s*(?:which|whom)\b)", re.IGNORECASE)
"""Right after an amount: the side of a base it lies on (`90,000 bpd above its quota`, `186,400
tonnes short of the whole of 2022`); not `under`, which also reads as terms (`31,000 tons under
the accord`), nor a threshold of a relative clause (`up to 2 million tonnes above which a 20% duty
applies`)."""
_LEVEL_BEFORE_BESIDE = re.compile(r"\b(?:to|at|averaged|averages|averaging|of|reached|reaches|"
                                  r"reaching|hit|hits|totalled|totaled)\s+"
                                  r"(?:(?:about|around|roughly|nearly|almost|some|just|only|over|"
                                  r"an?\s+estimated|a\s+record)\s+)*$", re.IGNORECASE)
"""Right before an amount: the level it is (`fell to 10 million tonnes below the five-year
average`, `stood at 1.6 million bpd above its target`, `a quota of`, `up to`), not a gap."""
_MAY_MOVE = re.compile(r"\bmay\s+(?:(?:also|now|only|still|legally)\s+)?(?:ship|export|import|"
                       r"bring\s+in|send|sell|deliver|supply)\s+(?:(?:up\s+to|no\s+more\s+than|"
                       r"as\s+much\s+as|a\s+further|another|an\s+extra)\s+)?"
                       r"(?:(?:about|around|some|roughly|nearly)\s+)?$")
"""Before an amount a party may move: `may ship up to`, `may bring in` (lower-case `may`: not
the month)."""
_MAY_REACH = 60
_REGIME_REACH = 250
"""How far before a figure's sentence a regime that permits it may be named (the sentence before
it, or a headline)."""


def _permitted_at(text: str, start: int, opens: int, sentence: tuple[int, int]) -> bool:
    """`Miners may ship up to 18,125 tonnes`, `Importers may bring in 487,202 mt`: the amount
    at `start` a party may move (after `opens`, its clause's start) is the cap on it when a
    quota, ban, safeguard or sanctions regime (the `cap` and `permission_regimes` cues) is named
    in its sentence or just before it; without one it is a forecast (`India may import up to
    5.5 million tonnes`), a level."""
    low = max(opens, start - _MAY_REACH)
    if "may" not in text[low:start] or _MAY_MOVE.search(text, low, start) is None:
        return False
    before = max(0, sentence[0] - _REGIME_REACH)
    return any(not _PRICE_BEFORE.search(text, max(0, a - 8), a)
               for a, _ in lexicon("cap").spans(text, before, sentence[1])) or any(
        not text[a:b].lower().startswith(("sanction", "ban")) or _GOVERNED_BY.search(
            text, max(before, a - 40), a)
        for a, b in lexicon("permission_regimes").spans(text, before, sentence[1]))


_PRICE_BEFORE = re.compile(r"\bprice[ \u00a0-]+$", re.IGNORECASE)
"""Before a `cap` cue: a cap on a price, not on the amount moved (`Under the EU price cap`)."""
_GOVERNED_BY = re.compile(r"\b(?:under|within|in[ \u00a0]+line[ \u00a0]+with|in[ \u00a0]+accordance"
                          r"[ \u00a0]+with|subject[ \u00a0]+to|exempt(?:ed|ion)?[ \u00a0]+from|"
                          r"waivers?[ \u00a0]+(?:of|from|to)|lift(?:s|ed)?|eas(?:es|ed)|"
                          r"relax(?:es|ed)|suspend(?:s|ed))\b[^.;]*$", re.IGNORECASE)
"""Before `sanctions` or a `ban`: the regime governs what may be moved (`under the sanctions
regime`, `exempted from the ban`, `lifted its ban`), not a circumstance (`Despite Western
sanctions, Russia may export up to 60 million tonnes`: a forecast)."""


_SHARE_NOUN_AFTER = re.compile(r"[ \u00a0]+(?:market[ \u00a0]+)?share(?![\w-]|[ \u00a0]+(?:price|"
                               r"prices|sale|sales|buyback|buybacks|offering|issue|placement|"
                               r"capital|swap)\b)", re.IGNORECASE)
"""After a percentage: the share it is (`a 64.3% share`, `a 30 percent market share`)."""
_RUN_BEFORE = re.compile(r"\d[\d.,]*\s+(?:(?:million|billion|thousand|mln|bln)\s+)?[a-z]+"
                         r"(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?"
                         r"(?:\s+(?:in|for|from|between|during)\s+[^,;:()]{0,30}?(?:(?:19|20)\d\d|"
                         r"year|season|quarter|half)\b)?"
                         r"(?:,\s*then|\s+and|,\s*and|\s+then|,?\s+plus|,)"
                         r"\s+(?:(?:to|about|around|some|nearly)\s+)?$")
"""Before a figure: the figure before it in a run joined by `then`, `and`, `plus` or a comma,
with its goods and the time it is for (a year or a period, not a partner: `596,682 kilograms
for 2021, 489,617 kilograms for 2022`, `12,000 tonnes of sugar in January-March 2026, plus`)."""
_SHARE_OUT_BEFORE = re.compile(r"\d[\d.,]*\s+(?:(?:million|billion|thousand|mln|bln)\s+)?[a-z]+"
                               r"(?:\s+for\s+[A-Za-z]+(?:[\s-][A-Za-z]+){0,3})?"
                               r"(?:\s+and|,\s*and|,\s*with|,)\s+(?:(?:about|around|some|nearly)"
                               r"\s+)?$")
"""Before a figure: the figure before it in a list sharing something out, joined by `and`, a
comma or `, with`, with what it is for (`52,000 tonnes for maize, 31,500 tonnes for barley`, `at
2.1 million tonnes, with 1.4 million tonnes for Cambodia`). Only a cap's run reads it: the figure
before must itself be a cap (`_in_cap_run`)."""
_SHARE_OUT_END = re.compile(r"(?:[ \u00a0]+for(?:[ \u00a0]+(?!(?-i:[a-z]{2,}ing)\b)"
                            r"[\w'’-]+){1,4}?)?[ \u00a0]*(?:[,;.:)]|"
                            r"[ \u00a0]and\b|[ \u00a0]respectively\b|$)", re.IGNORECASE)
"""After a figure of a shared-out list: at most what it is for, then the list goes on or ends
(`1.4 million tonnes for Cambodian grain and`), no verb of its own (`1.8 million tonnes of grain
arriving by June`, `1.5 million tonnes for Egypt reaching port`: amounts moved)."""


def _after_first_cap(text: str, quantity: Quantity, sentence: tuple[int, int]) -> bool:
    """Whether the figure goes on a run (`_RUN_BEFORE`) in a sentence whose first figure a cap
    word comes before or a party may move under a regime (`_permitted_at`), with no flow taking
    over between that figure and this one (`then shipments rose to`; a flow word after the
    figure may say what the cap covers: `then 2.74 million tonnes in 2027 for duty-free
    imports`)."""
    first = _FIRST_FIGURE.search(text, sentence[0], quantity.start)
    return first is not None and _RUN_BEFORE.search(
        text, max(sentence[0], quantity.start - 60), quantity.start) is not None and (
        lexicon("cap").search(text, sentence[0], first.start()) or _permitted_at(
            text, first.start(), sentence[0], sentence)) and not any(
        lexicon("flow", way).search(text, first.start(), quantity.start)
        for way in ("export", "import"))


def _in_cap_run(text: str, quantity: Quantity, clause: tuple[int, int],
                sentence: tuple[int, int], earlier: Sequence[Quantity]) -> bool:
    """Whether the figure goes on a run (`_RUN_BEFORE`, `_SHARE_OUT_BEFORE`) whose figure before
    it is itself a cap, with no flow named in the sentence before it or after it in its clause
    (`The quota is 500,000 tonnes, then shipments rose to 620,000 tonnes and 700,000 tonnes`,
    `with 1.5 million tonnes for Egypt sold by March`)."""
    before = [q for q in earlier if q.end <= quantity.start]
    low = max(sentence[0], quantity.start - 60)
    if not before or not (_RUN_BEFORE.search(text, low, quantity.start) or (
            _SHARE_OUT_BEFORE.search(text, low, quantity.start) and
            _SHARE_OUT_END.match(text, quantity.end))):
        return False
    previous = before[-1]
    if _flow_named(text, sentence[0], quantity.start) or _flow_named(text, quantity.end,
                                                                     clause[1]):
        return False
    return classify(text, previous, clause_bounds(text, *sentence, previous.start), sentence,
                    before[:-1])[0] == "cap"


_FIRST_FIGURE = re.compile(r"\d")
_CAP_NOUN_AFTER = re.compile(r"[ \u00a0-]+(?:quotas?|caps?|ceilings?|limits?)\b", re.IGNORECASE)
"""After a flow word: the cap it names (`import quota`, `export ceilings`)."""


_WHOLE_FIGURE = re.compile(r"\d(?:[\d.,]*\d)?")
"""A figure's digits with their separators (`300,000`, `2.4`)."""
_FLOW_TAKES_OVER = re.compile(r"[,;]|\b(?:then|but|while|and|yet|though|although|whereas)\b",
                              re.IGNORECASE)
"""Between a cap's figure and a flow word: the break after which the flow is a clause of its own
(`is 500,000 tonnes, then shipments`, `was 2 million barrels but exports`), not what the cap is
for (`The quota of 300,000 tonnes for exports rose to`)."""


_FLOW_VERB_GAP = re.compile(r"(?:[^\S\n]+[\w'’-]+){0,3}[^\S\n]+")
"""Between a flow word and its own verb of change: up to three words, no punctuation (`shipments
| rose`, `exports from Ukraine | climbed`)."""


def _flow_moved_on(text: str, quantity: Quantity, start: int) -> bool:
    """Whether, after the last cap word before the figure, the cap took a figure of its own and
    a flow then moved to this one (`The quota is 500,000 tonnes, then shipments rose to 620,000
    tonnes`): after a break (`_FLOW_TAKES_OVER`), a flow word, then its own word of change a few
    words on with no comma between (`_FLOW_VERB_GAP`; not `The ceiling of 500,000 tonnes, meant
    to curb imports from Ukraine, was increased to`, where the cap moved). A flow word alone may
    say what a shared-out cap covers (`a cap of 500,000 tonnes for crude exports and 100,000
    tonnes for products`)."""
    last = None
    for _, end in lexicon("cap").spans(text, start, quantity.start):
        last = end
    if last is None:
        return False
    figure = _WHOLE_FIGURE.search(text, last, quantity.start)
    if figure is None:
        return False
    for flows in (lexicon("flow", "export"), lexicon("flow", "import"), lexicon("flow_nouns")):
        for flow_start, flow_end in flows.spans(text, figure.end(), quantity.start):
            if _FLOW_TAKES_OVER.search(text, figure.end(), flow_start) and \
                    not _CAP_NOUN_AFTER.match(text, flow_end) and any(
                    _FLOW_VERB_GAP.fullmatch(text, flow_end, move_start)
                    for move in ("change_up", "change_down")
                    for move_start, _ in lexicon(move).spans(text, flow_end, quantity.start)):
                return True
    return False


def _flow_named(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names a flow (an export or import word), other than as the kind
    of a cap (`this year's rice import quota`)."""
    return any(not _CAP_NOUN_AFTER.match(text, b)
               for way in ("export", "import") for _, b in lexicon("flow", way).spans(
                   text, start, end))


_LIST_AFTER_COLON = re.compile(r":[ \u00a0]*(?:(?:about|around|some|nearly|up[ \u00a0]+to)"
                               r"[ \u00a0]+)?$", re.IGNORECASE)
"""Right before a figure: the colon that opens a list (`the quotas apply from July 1: 40,000
tons for sugar`)."""
_CAP_NOUN = re.compile(r"quotas?|ceilings?|allowances?", re.IGNORECASE)
"""Cap cues that are only nouns (`limits`, `caps`, `allows` may be verbs: `Drought limits
harvests this year: ...`)."""
_SHARED_OUT_FOR = re.compile(r"[ \u00a0]+for[ \u00a0]+[A-Za-z]")
"""Right after a figure: what it is shared out for (`40,000 tons for sugar`)."""


def _opens_cap_list(text: str, quantity: Quantity, sentence: tuple[int, int]) -> bool:
    """`The tariff quotas apply from July 1: 40,000 tons for sugar, 25,000 tons for butter`: the
    first figure of a list opened by a colon, each figure shared out `for` something, is a cap
    when the words before the colon name a quota or ceiling (`_CAP_NOUN`) and no flow
    (`Exports under the quota fell: 40,000 tons for sugar` lists flows). The figures after it
    follow the run rule."""
    colon = _LIST_AFTER_COLON.search(text, max(sentence[0], quantity.start - 12), quantity.start)
    if colon is None or not _SHARED_OUT_FOR.match(text, quantity.end):
        return False
    lead = (sentence[0], colon.start())
    return any(_CAP_NOUN.fullmatch(text, a, b) and not _PRICE_BEFORE.search(text, max(0, a - 8), a)
               for a, b in lexicon("cap").spans(text, *lead)) and not _flow_named(text, *lead)


_ROLE_NOUN = (r"(?:suppliers?|sources?|buyers?|customers?|markets?|destinations?|origins?|"
              r"exporters?|importers?)")
_ROLE_GOODS = r"\s+(?:of|for)(?:\s+[A-Za-z][\w'’-]*){1,3}?"
"""After a role: the goods it is a role for (`of tin ingots`)."""
_ROLE_JOINT = r"\s+(?:with|at|on)\s+(?:a\s+|an\s+)?"
_ROLE_WITH = r"\b" + _ROLE_NOUN + "(?:" + _ROLE_GOODS + ")?" + _ROLE_JOINT
ROLE_WITH = re.compile(_ROLE_WITH + hedge_pattern(True) + "$", re.IGNORECASE)
"""Before a partner's percentage after its role: `the biggest supplier with`, `second buyer at`;
the role's goods may come between (`the top source of tin ingots with`)."""
_APPOSITIVE_ROLE_GOODS = re.compile(
    r",\s+the\s+(?:[\w'’-]+\s+){0,3}?" + _ROLE_NOUN + _ROLE_GOODS + _ROLE_JOINT
    + hedge_pattern(True) + "$", re.IGNORECASE)
"""A role naming its goods in an appositive (`Brazil, the top source of soybeans with`): its
partner's sides are not read there, so the percentage is no partner's part (`_PART_TAKEN`)."""
_PART_TAKEN = re.compile(
    r"(?:" + _ROLE_WITH + r"|\b(?:supplied|provided|delivered|contributed|took|taking|takes|held|"
    r"holding|holds)\s+(?:the\s+)?(?:(?:other|remaining|rest|last)\s+)?|\bthe\s+(?:other|"
    r"remaining)\s+)" + hedge_pattern(True) + "$", re.IGNORECASE)
"""Before a percentage that is a partner's part of the flow: `ROLE_WITH`, `supplied`, `took`,
`the remaining`."""
_RANK_WITH = re.compile(
    r"\b(?:(?:came|ranked|placed|finished|stood|was|were|is|are)\s+(?:a\s+)?(?:(?:distant|"
    r"close)\s+)?(?:second|third|fourth|fifth|sixth|next|last)|followed|trailed)\s+(?:with|on|"
    r"at)\s+" + hedge_pattern(True) + "$", re.IGNORECASE)
"""Before a percentage that is a partner's place in a ranking: `came third on`, `was a distant
second with`, `followed with`."""


def _ranked_row(text: str, quantity: Quantity, sentence: tuple[int, int]) -> bool:
    """`Frozen chicken made up 45 percent of the sales, and corn came second at 17 percent`,
    `... 36 percent of the purchases, and Romania followed with 26.8 percent`: a percent after a
    place in a ranking (`came second at`, `followed with`) is a partner's or goods' share of the
    total a share cue before it in its sentence stated. Only in the sentence: a ranking read
    across sentences reached its partners less surely (its parties are often another row's)."""
    if _RANK_WITH.search(text, max(0, quantity.start - 40), quantity.start) is None:
        return False
    return bool(lexicon("share").search(text, sentence[0], quantity.start))


_RUN_ROW = r"\d[\d.,]*\s*(?:%|percent|per\s+cent|pc)\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
_SHARE_RUN = re.compile(
    r"(?:" + _ROLE_WITH + r"|\b(?:supplied|supplies|supplying|provided|provides|providing|"
    r"delivered|contributed|contributing|took|taking|takes|received|receiving|absorbed|"
    r"absorbing|held|holding|holds)\s+)" + hedge_pattern(True) + "(?:" + _RUN_ROW
    + hedge_pattern(True) + ")+$", re.IGNORECASE)
"""Before a percentage in a run after one verb of a partner's part: `supplying 65.7%, 23.4% and`
(the rows of `took 7.4%, 7.4% and 6.8%, respectively`)."""
_PART_MOVED_AFTER = re.compile(
    r",?\s+(?:of\s+(?:which|it|them|those|these)\s+)?(?:(?:was|were|is|are|has\s+been|"
    r"have\s+been|had\s+been)\s+)?(?:(?:mostly|mainly|largely|directly|then)\s+)?"
    r"(?:went|go|goes|going|gone|came|come|comes|coming|headed|heading|bound|destined|shipped|"
    r"sent|exported|imported|originated|originating)\s+(?:to|from|for)\b", re.IGNORECASE)
"""After a percent: a verb of going to (or coming from) somewhere, the percent's own (`97%, went
to Switzerland`, `80% of which went to China`, `28% was shipped to Japan`)."""


def part_moved(text: str, quantity: Quantity) -> int | None:
    """Where a percentage's own verb of going to (or coming from) somewhere ends
    (`_PART_MOVED_AFTER`: `80% of which went to| China`), if one follows it."""
    moved = _PART_MOVED_AFTER.match(text, quantity.end)
    return moved.end() if moved else None


def _row_of_shares(text: str, quantity: Quantity, sentence: tuple[int, int],
                   earlier: Sequence[Quantity]) -> bool:
    """A bare percent that goes on after a share earlier in its sentence: the sentence's last
    percent before it is itself a share of trade and nothing between them moves or compares
    (`China took 34% of total imports, ahead of Mercosur's 31%`, `Germany led with 24.8%,
    followed by the United Kingdom at 7.8%`, `26 percent of Peru's exports, against 16 percent
    for the United States`): another part of the same whole, one partner or goods a row."""
    before = [q for q in earlier if q.end <= quantity.start]
    if not before or before[-1].unit != "percent":
        return False
    previous = before[-1]
    if quantity.start - previous.end > _SHARE_ROW_GAP or _MOVE_BETWEEN.search(
            text, previous.end, quantity.start) or _OWN_COMPARISON.match(text, quantity.end) \
            or _STAKE_AFTER.match(text, quantity.end):
        return False
    clause = clause_bounds(text, *sentence, previous.start)
    # (the share before must be a trade claim itself: not a stake, `Transneft holds 24% of CPC
    # and KazMunayGas 19%`, nor a part of demand, `Hydro plants met 50.5 percent of demand,
    # wind 32.8 percent`)
    return classify(text, previous, clause, sentence, before[:-1])[0] == "share" and \
        not distracted(text, previous, clause, evidence_spans(text, *sentence))


_SHARE_ROW_GAP = 120
"""Most characters between a share and the next bare percent that goes on its row."""
_MOVE_BETWEEN = re.compile(r"\b(?:rose|rise|rising|risen|grew|grow|growing|jumped|climbed|surged|"
                           r"increased|fell|fall|falling|fallen|dropped|declined|slipped|slid|"
                           r"shrank|plunged|eased|gained|lost|up|down|above|below)\b",
                           re.IGNORECASE)
"""Between two percents: a verb or adverb of change or a comparison (`well above the 2.35%`),
so the later one is the move's or the rate compared with."""
_OWN_COMPARISON = re.compile(r"\s+(?:more|less|fewer|higher|lower|above|below|up|down)\b",
                             re.IGNORECASE)
"""After a percent: a comparison of its own (`30% below the peak`), no part of a whole."""
_STAKE_AFTER = re.compile(r"\s+(?:stakes?|holdings?|interests?|ownership)\b", re.IGNORECASE)
"""After a percent: a part owned of a firm (`Mitsui and Mitsubishi have 12.5% and 10% stakes`),
no part of a flow."""
_AMOUNT_BRACKET = re.compile(r"\d[\d.,]*(?:\s+[\w.’'-]+){0,3}\s*\(\s*" + hedge_pattern(True)
                             + "$", re.IGNORECASE)
"""Before a bracketed percent: the amount it stands after (`1,567 tonnes (`, `$2.1 billion (`)."""
_BRACKET_CLOSE = re.compile(r"\s*\)")
_BRACKET_REACH = 40


_ROW_AMOUNT_BRACKET = re.compile(r"\d[\d.,]*(?:\s*[a-z]{1,10}){0,2}\s*\(\s*$")
"""Before a bracketed percent: an amount (`$2.9bn (`, `466,000t (`, `3.39 million tonnes (`,
`N1.1 trillion (`), the row's own figure, in lower case (not `in 2024 Brazil (`)."""


def _bracketed_row(text: str, quantity: Quantity, sentence: tuple[int, int]) -> bool:
    """`went mainly to China (59%) and Europe (41%)`, `split among fuels (26 per cent), food (22
    per cent) and ...`: a bare percent in brackets right after a name, in a run of two or more
    such rows a few words after a word of flow that governs them, is that partner's or those
    goods' part of the flow: not past an owner's word (`bracketed_row_breaks`: `The exporter,
    owned by Glencore (40%) and Trafigura (60%)`), a change verb or a percent (`Exports fell 5%
    in May, Brazil (12%) and Argentina (9%) the hardest hit`: each one's own fall)."""
    row = _NAME_BRACKET.search(text, max(sentence[0], quantity.start - _BRACKET_REACH),
                               quantity.start)
    if row is None or _BRACKET_CLOSE.match(text, quantity.end) is None:
        return False
    rows = list(_BRACKETED_PERCENT.finditer(text, *sentence))
    if len(rows) < 2:
        return False
    opens = rows[0].start()
    if _ROW_AMOUNT_BRACKET.search(text, max(sentence[0], quantity.start - _BRACKET_REACH),
                                  quantity.start):
        # `Russia's $2.9bn (15.1%) and Kazakhstan's $1.5bn (7.7%)`: rows of amounts, each the
        # named part's share of a flow named anywhere before them
        return any(lexicon("flow", way).search(text, sentence[0], opens)
                   for way in ("export", "import"))
    flows = [end for way in ("export", "import")
             for _, end in lexicon("flow", way).spans(text, sentence[0], opens)]
    if not flows:
        return False
    between = text[max(flows):opens]
    breaks = cue_regex(sorted(word_set("bracketed_row_breaks") | word_set("change_up")
                              | word_set("change_down")))
    return len(between.split()) <= _ROW_FLOW_WORDS and breaks.search(between) is None and \
        _PERCENT_WORD.search(between) is None


_ROW_FLOW_WORDS = 8
"""Most words between the flow word and the first bracketed row it governs."""
_PERCENT_WORD = re.compile(r"%|\bper\s?cent\b|\bpercent\b", re.IGNORECASE)


_NAME_BRACKET = re.compile(r"[A-Za-z][\w.’'-]*\s*\(\s*$")
"""Before a bracketed percent: a word it stands after (`China (`, `food (`), no amount."""
_BRACKETED_PERCENT = re.compile(r"[A-Za-z][\w.’'-]*\s*\(\s*\d[\d.,]*\s*"
                                r"(?:%|per\s?cent|percent)\s*\)", re.IGNORECASE)
"""A row `Name (N%)` of a bracketed list."""


def _bracketed_after_amount(text: str, quantity: Quantity) -> bool:
    """`Japan took 1,567 tonnes (61.04%), the US 735 tonnes (28.63%)`: a bare percent in
    brackets right after an amount, with no change word, is that amount's share of the total
    (a row of a list of parts)."""
    window = max(0, quantity.start - _BRACKET_REACH)
    return may_hold(text, window, quantity.start, ("(",)) and _BRACKET_CLOSE.match(
        text, quantity.end) is not None and _AMOUNT_BRACKET.search(
        text, window, quantity.start) is not None


_MOVED_BY = re.compile(
    r"(?:\b(?:(?P<up>lift(?:s|ed|ing)?|rais(?:e|es|ed|ing)|boost(?:s|ed|ing)?|"
    r"increas(?:e|es|ed|ing)|expand(?:s|ed|ing)?|step(?:s|ped|ping)?\s+up|ramp(?:s|ed|ing)?\s+up)|"
    r"(?P<down>cut(?:s|ting)?|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|trim(?:s|med|ming)?|"
    r"slash(?:es|ed|ing)?|curb(?:s|ed|ing)?|scal(?:e|es|ed|ing)\s+back))\s+(?:(?:their|its|his|"
    r"her|the|our)\s+)?(?:[\w-]+\s+){0,5}?by\s+)"
    + hedge_pattern(True, "a combined") + "$", re.IGNORECASE)
"""Before an amount a flow moved by, in any tense: `lifted their purchases by`, `cut imports by`,
`will lift output by`, `agreed to raise oil output gradually by`, `is cutting output by a
combined` (`an additional 38.7 bcm` the gold sets read either way: left a level)."""
_LOST_AFTER = re.compile(r"(?:\s+of(?P<of>(?:\s+[\w'’.-]+){1,6}?))?(?:,\s*or\s+[^,;()]{1,30},)?,?"
                         r"\s+(?:has|have|had|will|would|could|may|might|is|are)\s+(?:(?:also|"
                         r"already|now|reportedly|likely|probably)\s+)?(?:been|be)\s+(?:lost|"
                         r"wiped\s+out)\b(?!\s+(?:at\s+sea|overboard|to\s+(?:[\w-]+\s+){0,3}?"
                         r"(?:rot|rotting|spoilage|disease|diseases|drought|fire|fires|pests|"
                         r"floods?|flooding|mould|mold|theft)\b))", re.IGNORECASE)
"""After an amount: that it has been or will be lost (`50,000 b/d of tanker trade into the region
has been lost`, `320,000 bpd of output, or 1.3 million tonnes, could be lost`); not goods that
perished (`has been lost at sea`, `lost to rot`, `will be lost to swollen shoot disease`)."""
_LOST_FLOW = re.compile(r"\b(?:exports?|imports?|sales|trade|output|supply|supplies|production|"
                        r"shipments?|deliveries|flows?|purchases|business|revenues?|earnings|"
                        r"volumes?|throughput)\b", re.IGNORECASE)
"""Words of a flow in the `of` phrase of an amount lost (`of crude sales to Italy`)."""
_LOST_OR_BEFORE = re.compile(r"\bof\b[^,;.]{0,40}?" + _LOST_FLOW.pattern + r"[^,;.]{0,20},\s*or\s+"
                             r"(?:(?:about|around|some|nearly|roughly|almost|over)\s+)?$",
                             re.IGNORECASE)
"""Before the second amount of `N bpd of output, or M tonnes, could be lost`."""


_ADDING_AFTER_CLAUSE = re.compile(r",\s+adding\s+(?:(?:a|an)\s+(?:further|extra|additional)\s+|"
                                  r"another\s+)?" + hedge_pattern(True) + "$", re.IGNORECASE)
"""Before an amount: `, adding` set off after the clause of a move (`, adding a further`)."""
_ADDED_TO = re.compile(r"\s+to\s+(?:(?:the|its|their|total|annual|overall)\s+)?[a-z][\w-]*",
                       re.IGNORECASE)
"""After an amount added: what it was added to (`adding $1.2 billion to export earnings`)."""
_ADDED_FINITE = re.compile(r"(?:\s+of\s+[\w-]+(?:\s+[\w-]+){0,2}?)?\s+(?:were|was|would|will|"
                           r"are|is|had|have|has|could|might|may|remain|remained|still)\b",
                           re.IGNORECASE)
"""After an amount `adding` reports: a finite verb of its own (`adding 2 million tonnes of wheat
were still awaiting shipment`)."""
_CLAUSE_OPEN = re.compile(r"(?:[,;:!?\n]|\.(?!\d))(?:[^,;:.!?\n]|\.(?=\d))*$")
"""The last clause mark before a point, and the clause after it."""


def _added_by_move(text: str, quantity: Quantity) -> bool:
    """`exports to China grew 1.8-fold, adding $700 million`, `posted the biggest gain, adding
    241,700 vehicles`, `the ministry said, adding $1.2 billion to export earnings`: an amount
    after `, adding` set off from the clause of a move (a word of moving in the clause right
    before the comma) or added `to` a sum; not `the minister said on Tuesday, adding 2 million
    tonnes of wheat were still awaiting shipment`, a further statement the speaker made."""
    adding = _ADDING_AFTER_CLAUSE.search(text, max(0, quantity.start - 50), quantity.start)
    if adding is None or _ADDED_FINITE.match(text, quantity.end) is not None:
        return False
    if _ADDED_TO.match(text, quantity.end) is not None:
        return True
    low = max(0, adding.start() - 200)
    opened = _CLAUSE_OPEN.search(text, low, adding.start())
    start = opened.start() + 1 if opened is not None else low
    return lexicon("change_up").search(text, start, adding.start()) or \
        lexicon("change_down").search(text, start, adding.start())


_APPOSED_LOSS = re.compile(r",\s+(?:an?\s+)?(?:loss|fall|drop|decline)(?:\s+in\s+(?:value|"
                           r"earnings|revenue|receipts))?\s+of\s+" + hedge_pattern(True) + "$",
                           re.IGNORECASE)
"""Before an amount of money set off after a clause: the loss it sizes (`, a loss of`, `, a fall
in value of`)."""


def _apposed_loss(text: str, quantity: Quantity, sentence: tuple[int, int]) -> bool:
    """`Shrimp exports fell 12.9%, a loss of DKK 266 million`, `... against $417.5m a year
    earlier, a fall in value of $200.5m`: money set off as the loss of a flow that fell before it
    in its sentence is the fall's size, a change (the quantity layer reads `a loss of` before
    money as a firm's result: `booked a loss of $5 million`, which has no fall before it)."""
    if not is_currency(quantity.unit):
        return False
    loss = _APPOSED_LOSS.search(text, max(sentence[0], quantity.start - 50), quantity.start)
    if loss is None:
        return False
    # the clause right before `, a loss of`: a fall (`fell 10% to $4 billion`) or an earlier sum
    # set against (`against $417.5m a year earlier`); not `Olam, which buys cotton from Benin,
    # closed the unit in March, a loss of $30 million`
    opened = _CLAUSE_OPEN.search(text, sentence[0], loss.start())
    start = opened.start() + 1 if opened is not None else sentence[0]
    if _REPORTED_BY.search(text, start, loss.start()):
        # `..., Central Bank of Honduras figures show, a fall in value of`: the clause of the
        # fall stands before the source's
        start = sentence[0]
    return lexicon("change_down").search(text, start, loss.start()) or \
        _SET_AGAINST_SUM.search(text, start, loss.start()) is not None


_REPORTED_BY = re.compile(r"\b(?:show|shows|showed|shown|said|says|say|according\s+to|"
                          r"reported|reports|data|figures|statistics)\b", re.IGNORECASE)
"""In the clause before an apposed loss: the source of the figures, not the flow's clause."""
_SET_AGAINST_SUM = re.compile(r"\b(?:against|compared\s+(?:with|to)|from)\s+"
                              r"(?:[\d.,]+\s*[a-z]*\s+(?:[\w-]+\s+)?and\s+)?(?:(?:about|around|"
                              r"some|nearly|roughly|almost|over|just|only)\s+)?(?-i:[A-Z]{0,3}\$|"
                              r"[€£¥₹]|\b[A-Z]{2,3}\s*(?=\d)|Rs\.?\s*(?=\d))\s*\d",
                              re.IGNORECASE)
"""Before an apposed loss: an earlier sum of money the flow is set against (`against US$417.5m a
year earlier`, `from DKK 2.1 billion`, `against 21.7m boxes and US$417.5m`), not any `from`
(`buys cotton from Benin`)."""


def _lost_flow(text: str, quantity: Quantity) -> bool:
    """An amount a flow has lost or will lose: `has been lost` after an amount that is a rate
    (`a further 73,000 bpd has been lost`) or of a flow (`ISK 8-10 billion of sales to Russia
    will be lost`, and the other figure of `320,000 bpd of output, or 1.3 million tonnes, could
    be lost`), not goods that perished (`30,000 tonnes of grain has been lost at sea`, `5,000
    tonnes have been lost to spoilage`)."""
    lost = _LOST_AFTER.match(text, quantity.end)
    if lost is None:
        return False
    if quantity.unit.partition("/")[2] in FLOW_TIMES:
        return True
    if lost.group("of") is not None and _LOST_FLOW.search(lost.group("of")):
        return True
    return _LOST_OR_BEFORE.search(text, max(0, quantity.start - 80), quantity.start) is not None


_SANCTIONED = re.compile(r"\bsanctions?\b|\bSecurity\s+Council\b", re.IGNORECASE)
_SANCTIONED_WORDS = ("sanction", "security")
"""One of which every match of `_SANCTIONED` holds."""
_HELD_TO = re.compile(r"\b(?:hold|holds|held|holding|keep|keeps|kept|restrict|restricts|restricted|"
                      r"limited)\b[^.;]{0,80}?\bto\s+" + hedge_pattern(True) + "$", re.IGNORECASE)
"""`sanctions hold the North's intake ... to`: a verb that holds an amount down (`limit` and
`limits` are cap words of their own)."""
_YEARLY_AFTER = re.compile(r"(?:\s+[\w-]+){0,4}?\s+(?:a|per|each|every)\s+year\b|"
                           r"(?:\s+[\w-]+){0,4}?\s+annually\b", re.IGNORECASE)


def _yearly(text: str, quantity: Quantity) -> bool:
    """An amount a year: a yearly unit or `a year` soon after it."""
    return quantity.unit.endswith("/yr") or _YEARLY_AFTER.match(text, quantity.end) is not None


_COUNTED = re.compile(r"[a-z]+(?:-[a-z]+)?")
_RATE_MOVED = re.compile(r"\b(?:import\w*|export\w*|ship\w*|brings?\s+in|brought\s+in|"
                         r"arriv\w*|land\w*\s+at)\b", re.IGNORECASE)
"""Before counted goods a stretch of time: a word of goods crossing a border."""
_GOODS_OF = re.compile(r"\s+of\s+[\w-]+(?:\s+[\w-]+)?\s+")
"""`of munitions` after a counted unit, up to the participle that follows."""


_COUNT_WORTH = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:worth|valued\s+at)\s+" + hedge_pattern(True)
                          + r"(?:US|C|A|HK)?[$€£¥]", re.IGNORECASE)
_COUNT_MOVED = re.compile(r"(?:\s+[\w-]+){0,3}?(?:,[^,.;]{0,80},)?\s+"
                          r"(?:(?:arrived|came)\s+(?:in\s+)?from|"
                          r"(?:went|were\s+(?:shipped|exported|imported|sold|delivered|sent|"
                          r"supplied))\s+(?:from|to|into)\b|"
                          # (`1.1 million goats are expected to be shipped`)
                          r"(?:are|were|is|was)\s+(?:expected|due|set|scheduled|likely)\s+to\s+"
                          r"be\s+(?:shipped|exported|imported|sold|delivered|sent)\b|"
                          # (`42,977 head left the country`, `... left for Turkey`)
                          r"(?:left|leave|leaves)\s+(?:the\s+country\b|for\b|(?-i:[A-Z])))|"
                          # (`the 290,000 new cars Russia imported`: a relative clause whose
                          # named subject moved the goods)
                          r"\s+(?:that\s+|which\s+)?(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*)){0,2}"
                          r"\s+(?:imported|exported|shipped|bought|purchased|received)\b|"
                          # (`with 433,078 head shipped`, `the 650,717 sent in 2023`: a count
                          # of goods and the participle that moved it)
                          r"\s+(?:head\s+)?(?:shipped|exported|imported|sent|sold|delivered|"
                          r"loaded)\b(?!\s+(?:by|to\s+the\s+(?:port|yard)))", re.IGNORECASE)
"""After a count: its worth in money, or a verb that moved it from or to somewhere."""
_CARRYING = re.compile(r"\s+(?:of|carrying|loaded|laden|with|full)\b", re.IGNORECASE)
_CARRIER_BEFORE = re.compile(r"\b(?:rail|tank|freight|goods|box|hopper)\s+(?:[\d.,]+\s+)?cars?\b|"
                             r"\b[\d.,]+\s+(?:rail|tank|freight|hopper)\s*cars?\b",
                             re.IGNORECASE)
_LEVEL_BEFORE = re.compile(r"\b(?:to|at|of|from|reached|reaching|totall?ed|totall?ing|hit|numbered|"
                           r"stood\s+at|came\s+to)\s+" + hedge_pattern(True) + "$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[;,]\s+(?:as|with|while|and|but|when|after|before)\b|"
                           r"\s(?:as|while|when|after)\s", re.IGNORECASE)


_COORDINATED_COUNT = re.compile(
    rf"\s+{hedge_pattern()}\d[\d,.]*(?:\s+(?:million|thousand))?\s+(?:head\s+of\s+)?[a-z-]+"
    r"(?:(?:,\s*|\s+and\s+)[a-z-]+){0,3}\s*(?:,\s*(?:and\s+)?|\s+(?:and|plus)\s+)"
    rf"(?:another\s+|a\s+further\s+)?{hedge_pattern()}")
"""Between a trade verb and the second of two counts of goods: `exported 13,000 goats and`."""


_ROW_OF_COUNT = re.compile(
    r"(?:" + _ROLE_WITH + r"|\b(?:destinations?|markets?|suppliers?|sources?|buyers?),\s+"
    r"(?:taking|receiving|with)\s+|(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3}\s+"
    r"with\s+)" + hedge_pattern(True) + "$", re.IGNORECASE)
"""Before a partner's count in a ranking: `the largest destination, taking`, `Yemen with`."""
_RANKING = re.compile(r"\b(?:followed\s+by|ahead\s+of|(?:destinations?|markets?|suppliers?|"
                      r"sources?|buyers?)\s*(?:,|with|at))\s", re.IGNORECASE)
"""In a sentence that ranks partners: `followed by`, `ahead of`, `the top destination,`."""


_VERB_NEXT = re.compile(r"\s+(?:reported|said|say|were|was|are|is|have|has|had|died|lost|"
                        r"went|came|joined|left|protested|complained)\b")
"""After a count: a verb of its own clause (`and 300 dealers reported`), so no goods."""


def counted_goods(text: str, quantity: Quantity, span: tuple[int, int]) -> bool:
    """`13.57 million masks`, `20,000 containers of munitions` bought or shipped: counted goods
    are a flow when an export or import verb governs them; counts of ships, trips, people or
    firms never are (`knowledge/claim_cues.json` `not_goods_units`); so are counted goods a
    stretch of time (`5,000 used cars a month`)."""
    counted, _, per = quantity.unit.partition("/")
    if per in FLOW_TIMES:
        # a rate only of goods the taxonomy counts, moved across a border (`imports 5,000 used
        # cars a month`; not `carmakers sell 300,000 cars a month`, `sent 4,000 nurses a year`)
        return counted_key(counted) is not None and _RATE_MOVED.search(
            text, span[0], quantity.start) is not None
    unit = quantity.unit
    if unit == "truck" and not _CARRYING.match(text, quantity.end) and any(
            word_count(text, e, quantity.start) <= 3
            for _, e in lexicon("flow", "import").spans(text, span[0], quantity.start)):
        return True  # `Russia brought in nearly 31,000 trucks from China`: trucks as goods
    if measurable(quantity) or not _COUNTED.fullmatch(unit) or unit in word_set(
            "not_goods_units"):
        return False
    if _CARRIER_BEFORE.search(text, max(0, quantity.start - 30), quantity.end):
        return False  # `2,000 tank cars`, `800 rail cars of coal`: carriers, whatever the verb
    if _SHIPS_BEFORE.search(text, max(span[0], quantity.start - 40), quantity.start):
        return True  # `Chery ships 937,148 cars abroad`: `ships` as the verb
    if _BARE_COUNT.fullmatch(quantity.surface) and _counted_goods_before(text, quantity, span):
        return True  # `at 2,800 vehicles against 365`: the base of goods counted just before
    # (`800 cars of coal`: carriers too, unless a trade verb governs them, as it does
    # `20,000 containers of munitions`)
    carrier = _CARRYING.match(text, quantity.end)
    if not carrier and (_COUNT_WORTH.match(text, quantity.end)
                        or _COUNT_MOVED.match(text, quantity.end)):
        # `30,000 drones worth over $32 million`, `3,000 vehicles ... arrived from China`
        return True
    if not carrier and (counted_key(unit) is not None or unit in word_set(
            "measure_nouns")) and _LEVEL_BEFORE.search(
            text, max(span[0], quantity.start - 40), quantity.start) and any(
            word_count(text, e, quantity.start) <= 12
            and not _CLAUSE_BREAK.search(text, e, quantity.start)
            for kind in ("export", "import")
            for _, e in lexicon("flow", kind).spans(text, span[0], quantity.start)):
        # goods the unit names (`vehicles`, `trucks`) as the level of a flow named just before:
        # `Exports of used cars to Russia grew by 32% to 213,500 vehicles` (not `..., as 2,500
        # vehicles passed daily`); so are the sacks and bales goods are counted in (`Net
        # sales of cotton fell to 65,800 running bales`)
        return True
    if not carrier and counted_key(unit) is not None and any(
            word_count(text, e, quantity.start) <= 12
            and not _CLAUSE_BREAK.search(text, e, quantity.start)
            for _, e in lexicon("production").spans(text, span[0], quantity.start)):
        # goods the taxonomy counts, made: `car production rose 1.7 percent in 2018 to a record
        # 1.437 million vehicles`, `Slovakia turned out a record 571,071 cars`
        return True
    if not carrier and counted_key(unit) is not None and ranked_count(text, quantity, span):
        return True
    # the count is the object of the trade verb: `bought 13.57 million masks`, or the verb's
    # participle follows its goods: `20,000 containers of munitions sent to Russia`
    return any(word_count(text, e, quantity.start) <= 3
               or (_COORDINATED_COUNT.fullmatch(text, e, quantity.start)
                   and not _VERB_NEXT.match(text, quantity.end))
               for kind in ("export", "import")
               for _, e in lexicon("flow", kind).spans(text, span[0], quantity.start)) or any(
        _GOODS_OF.fullmatch(text, quantity.end, s) for kind in ("export", "import")
        for s, _ in lexicon("flow", kind).spans(text, quantity.end, min(span[1],
                                                                        quantity.end + 40)))


_SHIPS_BEFORE = re.compile(r"\b(?-i:ships|Ships)\s+(?:(?:a|an)\s+)?(?:record\s+)?"
                           + hedge_pattern(True) + "$", re.IGNORECASE)
"""`ships` right before a count is the verb, not the noun: `Somalia ships a record 5 million
animals`, `Chery ships over 900,000 cars` (the noun is counted, `29 ships of`, or governs a verb,
`ships carrying`)."""
_BARE_COUNT = re.compile(r"[\d.,]+")
"""A count written without its noun (`against 365`), its unit carried from a count before it."""


_RATE_AFTER = re.compile(r"\s+(?:(?:a|an|per|each|every)\s+(?:day|week|month|year|hour)\b"
                         r"(?!\s+(?:earlier|before|ago|later|on|back))|"
                         r"per\b|daily\b|weekly\b|monthly\b|yearly\b|annually\b)",
                         re.IGNORECASE)
"""After a bare count: a rate (`about 35 a day`), no base of the count before it."""
_MEANS_BEFORE = re.compile(r"\b(?:through|via|across|among)\s+"
                           + hedge_pattern(True) + "$", re.IGNORECASE)
"""Before a count of things the goods move through (`selling through 1,200 dealers`)."""


_NOT_COUNTS = frozenset({"percent", "x", "percentage_point", "point", "fold"})
"""Units of figures that count nothing (`7%`, `2.3 times`)."""


@lru_cache(maxsize=64)
def _sentence_quantities(sentence: str) -> tuple[Quantity, ...]:
    """A sentence's quantities, read once for all of its bare counts."""
    return tuple(extract_quantities(sentence))


def _counted_goods_before(text: str, quantity: Quantity, span: tuple[int, int]) -> bool:
    """`Shipments soared to Armenia, at 2,800 vehicles against 365`, `delivered 978 cars ...,
    up from just 209`: a bare count carrying the unit of the last count of the sentence before
    it that names its noun is goods when that count is; not a rate (`12,000 tractors in 2023,
    about 35 a day`), nor when another counted noun stands last before it (`20,000 cars ...,
    selling through 1,200 dealers, up from 900`)."""
    if _RATE_AFTER.match(text, quantity.end):
        return False
    end = quantity.start - span[0]
    # (counts named with their noun; not a percent or a multiple between: `2.3 times the 603`)
    named_before = [q for q in _sentence_quantities(text[span[0]:span[1]])
                    if q.end <= end and not _BARE_COUNT.fullmatch(q.surface)
                    and (q.unit == quantity.unit or _COUNTED.fullmatch(q.unit) is not None
                         and q.unit not in _NOT_COUNTS and not measurable(q))]
    if not named_before or named_before[-1].unit != quantity.unit:
        return False
    last = named_before[-1]
    if _MEANS_BEFORE.search(text, max(span[0], span[0] + last.start - 40), span[0] + last.start):
        return False
    named = Quantity(span[0] + last.start, span[0] + last.end, last.surface, last.value,
                     last.unit)
    return counted_goods(text, named, span)


def ranked_count(text: str, quantity: Quantity, span: tuple[int, int]) -> bool:
    """`Libya was the largest destination, taking 102,000 vehicles, followed by Yemen with
    39,000, Jordan with 26,000`: goods the taxonomy counts, a partner's row in a sentence that
    ranks partners by a flow (a flow word or a partner's role before it; not the makers of
    `Toyota built 2 million cars, followed by Honda with 800,000`, nor firms in a market)."""
    start = max(span[0], quantity.start - 80)
    if not _ROW_OF_COUNT.search(text, start, quantity.start) or not _RANKING.search(
            text, span[0], quantity.start):
        return False
    if lexicon("production").search(text, span[0], quantity.start):
        return False
    # (the row's partner is a country named by its name, not firms ranked in a country's market:
    # `Toyota was the top seller in the Russian market, with 102,000 vehicles`)
    if not any(m.code and m.form != "demonym" for m in find_countries(text, start, quantity.start)):
        return False
    return any(True for kind in ("export", "import")
               for _ in lexicon("flow", kind).spans(text, span[0], quantity.start)) or bool(
        _PARTNER_ROLE.search(text, span[0], quantity.start))


_PARTNER_ROLE = re.compile(r"\b(?:destinations?|markets?|suppliers?|sources?|buyers?)\b",
                           re.IGNORECASE)
"""Before a ranked count: a partner's role, which ranks partners by a flow."""
