"""Modality and hedging of a quantity: reported, planned, estimated or forecast; approximate.

Cue words are data (`modality`, `approximate`, `bound_more`, `bound_less` in
`knowledge/claim_cues.json`, more modality cues and the words that are no hedge in
`knowledge/stance_cues.json`). The cue nearest the quantity in its clause decides; failing that,
the nearest one before it in the sentence; failing that, the claim is reported. Which words
are cues at all is `modality_cues`' part.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import cast

from tradetrace.extract.cues import (
    STANCE_CUES,
    YEAR_WRITTEN,
    cue_data,
    cue_regex,
    hedge_pattern,
    lexicon,
    may_hold,
    word_set,
)
from tradetrace.extract.modality_cues import (
    CLAUSE_STOP,
    CONTRACT_WORDS,
    DUE_CUE,
    DUE_WINDOW,
    PASSIVE_LINED_UP,
    SEASON,
    approved_amount,
    contracted_amount,
    hoped_level,
    modality_spans,
)
from tradetrace.extract.quantity_context import moved_up_to, reached_up_to
from tradetrace.extract.quantity_lexicon import lexicon as quantity_lexicon
from tradetrace.extract.sentences import clause_bounds
from tradetrace.model.claim import Bound, Modality
from tradetrace.normalize.periods import MONTH_PATTERN

MODALITIES: tuple[Modality, ...] = ("planned", "estimated", "forecast")
_GAP = re.compile(r"^[\s(]*$")


def _deal_done(text: str, sentence: tuple[int, int], cue_start: int, cue_end: int,
               q_start: int) -> bool:
    """Whether the contract cue at [cue_start, cue_end) (a match of `contracted_amount`) names
    no plan for the quantity at q_start, in the sentence text[sentence[0]:sentence[1]]: the
    figure follows its own past trade verb (`exported 3 million tonnes`, one of the
    `contract_done_verbs` of stance_cues.json), what moved whatever deal it moved under; a
    past-tense link (`contract_links_past`: `was worth`, `were for`, `covered`) in a sentence
    with a past trade verb or a finished period (`last year`, `by December 2023`), a deal told
    as done; a bare `worth` after a past trade verb (`exported ... under deals worth`)."""
    if not may_hold(text, cue_start, cue_end, CONTRACT_WORDS):
        return False
    if contracted_amount().match(text, cue_start) is None:
        return False
    done = _done_verb()
    if _done_verb_figure().search(text, max(sentence[0], q_start - 60), q_start):
        return True
    link = text[cue_start:cue_end]
    if _past_link().search(link):
        return done.search(text, *sentence) is not None or (
            _FINISHED_PERIOD.search(text, *sentence) is not None
            and _FUTURE_WORDS.search(text, *sentence) is None)
    return link.lower().endswith("worth") and done.search(text, sentence[0], cue_start) is not None


@cache
def _done_verb() -> re.Pattern[str]:
    """One of the `contract_done_verbs` of stance_cues.json (`exported`, `delivered`)."""
    return cue_regex(cue_data(STANCE_CUES)["contract_done_verbs"])


@cache
def _done_verb_figure() -> re.Pattern[str]:
    """Right before a figure: one of the `contract_done_verbs` and a hedge (`exported about `)."""
    return re.compile(_done_verb().pattern + r"\s+" + hedge_pattern(True)
                      + r"(?:US|U\.S\.)?\s?[$€£¥]?$", re.IGNORECASE)


@cache
def _past_link() -> re.Pattern[str]:
    """One of the `contract_links_past` of stance_cues.json closing a contract cue."""
    return re.compile(cue_regex(cue_data(STANCE_CUES)["contract_links_past"]).pattern + "$",
                      re.IGNORECASE)


_FINISHED_PERIOD = re.compile(
    r"\blast\s+(?:year|month|week|quarter|season)\b|\b(?:in|during|by|through|throughout)\s+"
    r"(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:" + MONTH_PATTERN + r"\s+)?(?:(?:calendar|"
    r"fiscal|financial|crop|marketing)\s+(?:year\s+)?)?(?:19|20)\d\d\b", re.IGNORECASE)
"""A period the sentence tells as over (`last year`, `in 2023`, `by December 2023`)."""
_FUTURE_WORDS = re.compile(r"\b(?:will|shall|to\s+be|due|scheduled|for\s+(?:delivery|shipment|"
                           r"loading))\b", re.IGNORECASE)
"""Words of a deal still to run, which make a year in its sentence no finished period (`The
contract was for 500,000 tonnes for delivery in 2026`)."""


_APPROVAL_STOP = re.compile(r";|\b(?:of\s+which|while|but|whereas)\b", re.IGNORECASE)
"""Between an approval and a figure: a clause of its own, whose figure the approval does not
govern (`cleared sales of 23 million tonnes; at normal capacity the company ships 2 million`)."""


    # verb, both sides (`In a tender on Tuesday, GASC secured`), names no tender or deal


def _lined_up_elsewhere(text: str, cue_start: int, cue_end: int, q_start: int,
                        q_end: int) -> bool:
    """Whether the passive `lined up` cue at [cue_start, cue_end) is not the figure's own: it
    comes before the figure (`Trucks are lined up at the border after rice exports fell 30%`)
    or after the end of the figure's clause."""
    if text[cue_start:cue_end].lower() not in PASSIVE_LINED_UP:
        return False
    return cue_start < q_end or _LINED_UP_BREAK.search(text, q_end, cue_start) is not None


_LINED_UP_BREAK = re.compile(CLAUSE_STOP.pattern + r"|,\s+(?:and|but|while|whereas|where|when|"
                             r"after|as|though|although|because)\b", re.IGNORECASE)
"""Between a figure and a passive `lined up` after it: the end of the figure's clause (a
`CLAUSE_STOP`, or a comma and a word opening another clause)."""


_SEASON_WINDOW = re.compile(r"for\s+" + SEASON + r"\s+(?:shipment|delivery|loading|arrival)")
"""A season before its due noun (`for 2022/23 delivery`)."""
_PLAN_WORDS = frozenset({"plan", "plans", "planned", "scheduled"})
_MEASURED_AGAINST = re.compile(
    r"(?:\b(?:than|against|above|below|beyond|short\s+of|exceed(?:s|ed|ing)?|beat(?:s|ing)?|"
    r"surpass(?:es|ed|ing)?|topp(?:ed|ing))|(?:%|\bpercent|\bper\s+cent|\bpc)\s+of)\s+"
    r"(?:(?:the|its|their|a|an|this\s+year's)\s+)?(?:[a-z-]+\s+){0,3}$", re.IGNORECASE)
"""Before a plan word: what measures a figure against the plan (`11.6% more than planned`,
`came in 10% below schedule`, `against a plan of`, `151 percent of the volume planned`, `63.1
percent of the plan`), with no figure between (not `under the plan`, which governs)."""
_OWN_FIGURE_AFTER = re.compile(r"\s+(?:(?:of|at|for)\s+)?(?:(?:some|about|around|nearly)\s+)?"
                               r"(?:US|U\.S\.)?\s?[$€£¥]?\d")
"""After a plan word: its own figure (`against a plan of 365,000 tonnes`, `short of the planned
$2.6 billion`), which the plan word still governs."""


def _measured_against_plan(text: str, floor: int, cue_start: int, cue_end: int,
                           q_end: int) -> bool:
    """Whether the plan word at [cue_start, cue_end) is what another figure is measured against
    (`_MEASURED_AGAINST` before it, read back to `floor`): so for a figure before it, or for
    any when the plan names no figure of its own right after it (`_OWN_FIGURE_AFTER`: `a plan
    of 365,000 tonnes` still governs 365,000 tonnes)."""
    if text[cue_start:cue_end].lower() not in _PLAN_WORDS:
        return False
    if not _MEASURED_AGAINST.search(text, max(floor, cue_start - 50), cue_start):
        return False
    return cue_start >= q_end or not _OWN_FIGURE_AFTER.match(text, cue_end)


@cache
def _measuring() -> re.Pattern[str]:
    """Before an outlook word: what measures a figure against it, in the same stretch (one of
    the `measuring_words` of stance_cues.json, or a share `of`: `19 per cent above the month's
    $14.30 million target`, `Beating forecasts`, `58% of the expected level`)."""
    words = cue_regex(cue_data(STANCE_CUES)["measuring_words"]).pattern
    return re.compile(r"(?:" + words + r"|(?:%|\bpercent|\bper\s+cent|\bpc)\s+of)"
                      r"\s+(?:[^,;:.]|[.,](?=\d)){0,40}$", re.IGNORECASE)


@cache
def _own_figure_gap() -> re.Pattern[str]:
    """Between an outlook word and a figure of its own, in its own phrase (`a forecast of 359,000
    tonnes`, `the goal of 78,000 tons worth $420 million`, `the target for the period, $269
    million`): no clause (`own_figure_joiners` after a comma) nor predicate of another figure
    (`own_figure_breaks` of stance_cues.json) opens between."""
    data = cue_data(STANCE_CUES)
    joiners = cue_regex(data["own_figure_joiners"]).pattern
    breaks = cue_regex(data["own_figure_breaks"]).pattern
    return re.compile(r"(?:(?!;|,\s+" + joiners + r"|" + breaks + r").){0,60}?", re.IGNORECASE)


@cache
def _margin_before() -> re.Pattern[str]:
    """Right before a figure after an outlook word: `by` and a hedge, the margin it was beaten
    or missed by (`beat the goal by 45,000 tonnes`), a figure that happened."""
    return re.compile(r"\bby\s+" + hedge_pattern(True) + r"$", re.IGNORECASE)


_BE_BETWEEN = re.compile(r"\b(?:is|are|was|were|be|been)\b", re.IGNORECASE)
"""Between a measuring word and an outlook word: a verb of its own (`90% of exports are expected
to go to China`), so the outlook word is a verb governing the figure, no yardstick."""


def _measured_against_outlook(text: str, floor: int, cue_start: int, cue_end: int,
                              q_start: int) -> bool:
    """Whether the outlook word at [cue_start, cue_end) (`measured_outlooks` of
    stance_cues.json) is the yardstick a figure is measured against (`_measuring` before it,
    read back to `floor`) and the quantity at q_start is not its own figure, named between the
    measuring word and it (`above the $14.30 million target`) or in its phrase after it (`above
    a forecast of 359,000 tonnes`): `Benin harvested 393,000 tonnes, 28 percent more than a
    year earlier and above a forecast of 359,000 tonnes` reports the harvest and its rise."""
    if text[cue_start:cue_end].lower() not in _measured_outlooks():
        return False
    measure = _yardstick(text, max(floor, cue_start - 60), cue_start)
    if measure is None:
        return False
    if measure.start() <= q_start < cue_start:
        return False
    return not (cue_end <= q_start and _own_figure_gap().fullmatch(text, cue_end, q_start)
                and not _margin_before().search(text, cue_end, q_start))


def _yardstick(text: str, floor: int, cue_start: int) -> re.Match[str] | None:
    """The measuring words before an outlook word at cue_start (`_measuring`, from `floor`),
    with no verb of its own between (`_BE_BETWEEN`)."""
    measure = _measuring().search(text, floor, cue_start)
    if measure is None or _BE_BETWEEN.search(text, measure.start(), cue_start):
        return None
    return measure


@cache
def _measured_outlooks() -> frozenset[str]:
    """The `measured_outlooks` of stance_cues.json."""
    return frozenset(word.lower() for word in cue_data(STANCE_CUES)["measured_outlooks"])


def _another_flow(text: str, start: int, end: int) -> bool:
    """A trade word between two quantities: the second measures another flow (`imports of`),
    not the first again (`worth about`, `about seven times the cap`)."""
    return start <= end and any(lexicon("flow", kind).search(text, start, end)
                                for kind in ("export", "import", "two_way"))


_THE_BEFORE = re.compile(r"\b(?:the|its|their|his|her)\s+$", re.IGNORECASE)
"""Before `eyes`: the noun (`in the eyes of traders`), not the headline verb (`Vietnam eyes`)."""


@cache
def _be_to() -> re.Pattern[str]:
    """`is to`, `are also to` (`scheduled_adverbs` of stance_cues.json): a scheduled `be to`."""
    adverbs = cue_regex(cue_data(STANCE_CUES)["scheduled_adverbs"]).pattern
    return re.compile(r"(?:is|are|was|were)\s+(?:" + adverbs + r"\s+)?to\s", re.IGNORECASE)


_AIM_IS = re.compile(r"\b(?:goal|aim|target|objective|plan|idea|key|priority|task|ambition|"
                     r"intention|mission|hope|challenge|point)\s+$", re.IGNORECASE)
"""`The goal is to ship ...`: a `be to` after an aim noun is the aim's, not a scheduled plan."""


def _nearest(text: str, start: int, end: int, q_start: int, q_end: int,
             before_only: bool = False,
             others: tuple[tuple[int, int], ...] = (), soft: bool = False,
             sentence: tuple[int, int] | None = None) -> Modality | None:
    """The modality of the cue nearest the quantity; `soft`: only the hedging adverbs
    (`probably`, `likely`), which yield to any other cue (`We expect trade to fall, probably
    below $400 million` is a forecast)."""
    best: tuple[int, Modality] | None = None
    asides: list[tuple[int, int]] | None = None  # (looked for at the first cue that needs them)
    for name in MODALITIES:
        for cue_start, cue_end in modality_spans(name, text, start, end):
            if q_start <= cue_start < q_end or (before_only and cue_end > q_start):
                continue
            if asides is None:
                asides = [m.span() for m in _RELATIVE_ASIDE.finditer(text, start, end)
                          if not m.start() <= q_start < m.end()]
            if any(a <= cue_start < b for a, b in asides):
                continue  # `sales to Taiwan, whose trade agreement San Salvador cancelled last
                # November, came to $6.1 million`: the aside's plan is not the figure's
            if name == "planned" and _measured_against_plan(text, start, cue_start, cue_end,
                                                            q_end):
                continue  # `exported 78.7 million tonnes, 11.6% more than planned`, `mined
                # 449,000 tonnes against a plan of 365,000 tonnes`: the plan is what a figure
                # that happened is measured against
            if name != "planned" and _measured_against_outlook(text, start, cue_start, cue_end,
                                                               q_start):
                continue  # `grew 16.8 per cent, beating forecasts`, `paid $86.3 million against
                # a projected $85.2 million`: the outlook is the yardstick of a figure that
                # happened, and governs only its own figure
            if cue_end <= q_start and text.startswith("earmark", cue_start) and \
                    _BREAK_BETWEEN.search(text, cue_end, q_start):
                continue  # `with a portion earmarked for Portugal, while imports shrank 13.5%`:
                # goods set apart are those of its own stretch, not a later clause's
            if name == "planned" and _lined_up_elsewhere(text, cue_start, cue_end, q_start,
                                                         q_end):
                continue  # `Ships are lined up outside Santos, where sugar exports reached 3
                # million tonnes`: a queue before the figure plans none of it
            if _in_time_clause(text, (start, end), cue_start, q_start):
                continue  # `Once a citrus protocol had been signed, Zimbabwe shipped $100
                # million`: the deal in a clause of time dates the figure, it does not plan it
            if (text[cue_start:cue_end].lower() in _SOFT) != soft or (
                    soft and _BASE_BETWEEN.search(text, cue_end, q_start)):
                continue  # (`likely stayed a fifth below the $2.8 billion logged in 2019`)
            if _ATTRIBUTIVE.search(text, max(start, cue_start - 6), cue_end) and any(
                    cue_end <= a and _ATTACHED.fullmatch(text, cue_end, a) and _another_flow(
                        text, b, q_start) for a, b in others):
                continue  # `an estimated $290 million ... in imports of $2.97 billion`
            if cue_end <= q_start and _ATTRIBUTIVE.search(
                    text, max(start, cue_start - 6), cue_end) and any(
                    cue_end <= a < q_start and _ATTACHED.fullmatch(text, cue_end, a)
                    for a, _ in others) and _contrast_break(text, cue_end, (q_start, q_end),
                                                             others):
                continue  # `peas led at an estimated 29.68 lt, while tur touched 12.33 lt`: the
                # estimate is its own figure's, not that of a clause set against it
            if cue_start >= q_end and _ATTRIBUTIVE.search(
                    text, max(start, cue_start - 6), cue_end) and any(
                    cue_end <= a and _ATTACHED.fullmatch(text, cue_end, a) for a, _ in others):
                continue  # `slipped 13.67 per cent to an estimated US$267 million`: the
                # estimate is the later figure's own, not the change before it
            if name == "forecast" and text[cue_start:cue_end].lower() == "eyes" and \
                    _THE_BEFORE.search(text, max(start, cue_start - 6), cue_start):
                continue  # `In the eyes of traders`: a noun, not `Vietnam eyes $10 billion`
            if name == "planned" and _AIM_IS.search(text, max(start, cue_start - 30), cue_start) \
                    and _be_to().match(text, cue_start):
                continue  # `The government's goal is to ship 60 million tons`: the aim decides
            if name == "planned" and _be_to().match(text, cue_start) and (
                    (cue_start >= q_end and not _scheduled_subject(text, q_end, cue_start,
                                                                   cue_end))
                    or _predicate_between(text, cue_end, q_start, q_end)):
                continue  # `Imports were to reach 1 million tons, but fell short at 800,000
                # tons`: a schedule governs the figures of its own predicate only (and its
                # subject's: `Deliveries of 20,000 tonnes a month are to continue`)
            if name == "planned" and _seeking(text, cue_start) and (
                    cue_start >= q_end or _predicate_between(text, cue_end, q_start, q_end)
                    or _seeks_a_party(text, cue_end, q_start)
                    or _negated_decision().search(text, max(start, cue_start - 20), cue_start)):
                continue  # `was seeking 60,000 tonnes ... and bought 120,000 tonnes`, `is ready
                # to buy more after purchases fell 40%`, `seeking buyers for the 2 million
                # tonnes it exported`, `has not decided to sell`: only its own predicate's plan
            if name == "planned" and text[cue_start:cue_end].lower().startswith("looking") and \
                    _negated_decision().search(text, max(start, cue_start - 20), cue_start):
                continue  # `China is not looking to buy 1 million tonnes`: no amount sought
            if name == "forecast" and hoped_level().match(text, cue_start) and (
                    cue_start >= q_end or _predicate_between(text, cue_end, q_start, q_end)):
                continue  # `We hope exports top $5 billion after they hit $4.2 billion`: the
                # level hoped for is its own predicate's figure only
            if name == "planned" and cue_end <= q_start and _APPROVAL_STOP.search(
                    text, cue_end, q_start) and approved_amount().match(text, cue_start):
                continue  # `has authorised imports of 1.37 million tonnes, of which 379,000
                # tonnes had landed`: what came in of the amount approved is reported
            if name == "planned" and sentence is not None and _deal_done(
                    text, sentence, cue_start, cue_end, q_start):
                continue  # `Russia exported 3 million tonnes ... under deals worth $400
                # million last year`, `The deal was worth $2 billion, and Russia delivered all
                # the oil by December 2023`: a deal's amount in a record of what moved
            if name == "planned" and _contracted_as_fall(text, cue_start, cue_end):
                continue  # `Exports have contracted by 45 percent`: a fall, no contract
            if name == "estimated" and _estimate_before_colon(text, cue_start, cue_end, q_start):
                continue  # `Exporters seem to have found other outlets: exports rose 29
                # percent`: a hedge before a colon does not reach the facts that bear it out
            if _TITLE_OF.search(text, max(start, cue_start - 50), cue_start):
                continue  # `Kpler's head of crude analysis`: a person's title, no estimate
            if cue_start >= q_end and (_NEXT_PREDICATE.search(text, q_end, cue_start) or
                                       _AND_BEFORE.search(text, q_end, cue_start)):
                continue  # `rose to 800,000 bpd in March and look set to keep climbing`
            if cue_start >= q_end and text.startswith("to be ", cue_start) and name == "planned" \
                    and _GOVERNED.search(text, max(start, q_start - 40), q_start):
                continue  # `the ministry expects 45 million tonnes to be exported`: the verb
                # before the figure says what kind of statement it is
            if name == "forecast" and text[cue_start:cue_end].lower().startswith("will ") and (
                    _UNDER_DEAL.search(text, max(0, start - 60), end) or (
                        text[cue_start:cue_end].lower().endswith("crease")
                        and not _INTRANSITIVE.match(text, cue_end))):
                continue  # `Deliveries under the contract will amount to 3 million tonnes`: a
                # commitment; `Egypt will increase wheat purchases`: an actor's plan (not
                # `imports will increase to 12.5 million tonnes`, a forecast)
            if name == "forecast" and (_MODAL.match(text, cue_start) or _bare_should(
                    text, cue_start, cue_end)) and (
                    (cue_start >= q_end and not _modal_subject(text, q_end, cue_start))
                    or _predicate_between(text, cue_end, q_start, q_end)
                    or q_start - cue_end > _MODAL_REACH):
                continue  # `could fall 20% to 2 million tons`; not `Exports, which may fall
                # further, dropped 20%` nor `dropped 20% ... and may fall further`
            if name == "forecast" and _permission(text, start, end, cue_start, cue_end):
                continue  # `Importers may bring in 487,202 mt`: what a quota allows
            distance = q_start - cue_end if cue_end <= q_start else cue_start - q_end
            if best is None or distance < best[0]:
                best = (distance, name)
    return best[1] if best else None


_MAY_TRADE = re.compile(r"may\s+(?:also\s+|still\s+|now\s+|only\s+)?(?:import|export|ship|bring|"
                        r"sell|buy|supply|send|deliver|purchase|source)", re.IGNORECASE)


def _permission(text: str, start: int, end: int, cue_start: int, cue_end: int) -> bool:
    """Whether the forecast cue at [cue_start, cue_end) is `may` before a trade verb in a window
    that names a quota, licence or rule, or a trader noun (`permission_words`): what a rule
    allows (`Under the safeguard, Australia may ship 205,000 tons`, `Miners may ship up to
    18,125 tonnes`), not an outlook."""
    if not (text.startswith("may", cue_start) and _MAY_TRADE.match(text, cue_start)):
        return False
    # (the sentence before the cue too: `Under the safeguard, Australia may ship ...`)
    floor = max(0, cue_start - _PERMISSION_REACH)
    floor = max(floor, text.rfind(". ", floor, cue_start) + 1,
                text.rfind("\n", floor, cue_start) + 1)
    subject = lexicon("permitted_subjects", source=STANCE_CUES).spans(
        text, max(0, cue_start - _SUBJECT_REACH), cue_start)
    if subject and text[subject[-1][1]:cue_start].strip() == "":
        return True  # `Importers may bring in`: the traders a rule allows
    return bool(lexicon("permission_words", source=STANCE_CUES).spans(text, min(floor, start), end))


_PERMISSION_REACH = 150
_SUBJECT_REACH = 24


_RELATIVE_ASIDE = re.compile(r",\s+(?:whose|which|who|where)\b[^,;()]*,")
"""A relative clause set off by commas, which says something of a noun, not of the figure."""
_TIME_CLAUSE = re.compile(r"\b(?:since|after|when|following|until|before|once(?=\s+(?:a|an|the|"
                          r"its|their|it|they|both|this|that)\b))\s+"
                          r"(?:[^,;:()\u2013\u2014]|,(?=\d))*$",
                          re.IGNORECASE)
"""Before a cue, back to the start of its comma-delimited stretch: a conjunction of time opening
a subordinate clause (`since the trade agreement took effect`, `when the two countries signed`,
`once a protocol had been agreed`; `once` only before a determiner or pronoun, not `once
planned`)."""
_BREAK_BETWEEN = re.compile(r",(?!\d)|;")
"""A clause break (not a thousands comma)."""
_TIME_CLAUSE_END = re.compile(r",(?!\d)|[;:()\u2013\u2014]")
"""Ends of a clause of time (a comma not inside a number, a semicolon, a bracket, a dash)."""
_MODAL_CUE = re.compile(r"(?:will|would|shall|should|could|can|may|might)\b", re.IGNORECASE)
"""A modal verb: a plan cue that governs a figure even from inside a clause of time."""


def _in_time_clause(text: str, window: tuple[int, int], cue_start: int, q_start: int) -> bool:
    """Whether the cue at cue_start sits in a clause of time (`_TIME_CLAUSE`) that does not hold
    the quantity at q_start (both in `window`, the clause or sentence read): a deal signed, a
    plan agreed or an order given there tells when or after what the figure came (`Peruvian
    exports have grown 91% since the trade promotion agreement took effect`, `When the two
    countries signed their first agreement in 2003, trade came to only $70 million`), not that
    the figure is planned. A figure inside the same clause
    (`after Egypt agreed to buy 50,000 tonnes`) keeps the cue, as does a modal one."""
    floor = max(window[0], cue_start - 90)
    if not may_hold(text, floor, cue_start, _TIME_WORDS):
        return False
    if _MODAL_CUE.match(text, cue_start):
        return False  # `Deals signed before Islamabad curbed sales should bring in $50m`: a
        # modal verb is the main clause's, where the time clause has already closed
    opened = _TIME_CLAUSE.search(text, floor, cue_start)
    if opened is None:
        return False
    closed = _TIME_CLAUSE_END.search(text, cue_start, window[1])
    clause_end = closed.start() if closed is not None else window[1]
    return not opened.start() <= q_start < clause_end


_TIME_WORDS = ("since", "after", "when", "following", "until", "before", "once")
"""Words one of which every match of `_TIME_CLAUSE` holds (a cheap test before it)."""
_UNDER_DEAL = re.compile(r"\bunder\s+(?:the|a|an|its|their|this|that)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:deal|agreement|contract|accord|pact|arrangement|memorandum)\b",
                         re.IGNORECASE)
_INTRANSITIVE = re.compile(r"\s+(?:to|by|\d|about|around|nearly|almost|roughly|some|more|"
                           r"slightly|sharply|further|significantly|this|next|in)\b", re.IGNORECASE)
"""After `will increase`: a figure or a time, no object (the flow itself rises)."""
_CHANGE_AFTER = (r"(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than)\s+)?\d[\d.,]*"
                 r"\s*(?:%|percent|per\s+cent|pc|pct)\s+(?:less|more|lower|higher|below|above)\b")
"""`, 21 percent less than ...` after a figure: a change restating it, inside its predicate."""
_MODAL = re.compile(r"(?:could|may|might|can|would|will)\s", re.IGNORECASE)
_OTHER_PREDICATE = re.compile(r"[;:]|,(?!\d|\s+(?:a|an|up|down|or|roughly|about|around|"
                              r"some|nearly|almost|approximately)\s|\s+" + _CHANGE_AFTER +
                              r"|\s+to\s+(?:(?:about|around|roughly|some|nearly|almost|just|"
                              r"approximately|over|under|more\s+than|less\s+than|an?)\s+)*"
                              r"\S{0,4}\d)|"
                              r"\b(?:and|but|after|while|when|because|"
                              r"since|though|as(?!\s+(?:much|many|little|high|few)\s+as\b)"
                              r"(?<!\bmuch\sas)(?<!\bmany\sas)(?<!\blittle\sas)(?<!\bhigh\sas)"
                              r"(?<!\bfew\sas))\b", re.IGNORECASE)


_HEDGE_AFTER_SUBJECT = re.compile(r"(?:could|should|might)\s+(?!(?:no|not|never|hardly)\b)")
"""A hedged modal after its subject figure; not `may` (`totalling 10.9 million tonnes may enter
the bloc`: what a rule allows) nor a negation (`the scallops it could no longer sell`)."""
_SUBJECT_TAIL = re.compile(r"(?:\s+of\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+)?\s+")
"""Between a figure and the hedged modal whose subject it is: nothing, or the goods it counts
(`about 40,000 tonnes of peas should land`); not a clause of its own (no comma, no `and`)."""


def _modal_subject(text: str, q_end: int, cue_start: int) -> bool:
    """Whether the figure before a hedged modal cue is its subject (`about 40,000 tonnes should
    land in August`, `A further 200 million cubic metres could come from Hungary`): the modal
    hedges the figure as it does its object (`could earn US$1 billion`); not `will`/`would`
    (a plan or a conditional) nor a second predicate (`reached 2 million tons and could ...`)."""
    if _HEDGE_AFTER_SUBJECT.match(text, cue_start) is None:
        return False
    tail = _SUBJECT_TAIL.fullmatch(text, q_end, cue_start)
    return tail is not None and not _SUBJECT_STOP.search(text, q_end, cue_start)


_SCHEDULED_SUBJECT_TAIL = re.compile(r"(?:\s+(?:of|to|for|from)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)"
                                     r"{0,3}\s+")
"""Between a figure and the scheduled `be to` whose subject it is: nothing, or the goods and
places it counts (`of fertilizer to the North`); no comma, so no clause of its own."""


@cache
def _scheduled_subject_changes() -> frozenset[str]:
    """The `scheduled_subject_changes` of stance_cues.json, lower-cased."""
    return frozenset(word.lower() for word in cue_data(STANCE_CUES)["scheduled_subject_changes"])


def _scheduled_subject(text: str, q_end: int, cue_start: int, cue_end: int) -> bool:
    """Whether the figure before a scheduled `be to` is in its subject (`Deliveries of 20,000
    tonnes a month are to continue`, `Shipments of 40,000 tonnes of rice to Kenya are to start`):
    the schedule plans it as it does its object; not a figure of another predicate (`exported
    30,000 tonnes and is to ship more`, `which were to reach`), nor the current level a
    change is to move (`scheduled_subject_changes`: `Wheat imports of 5 million tonnes are to
    double`)."""
    if text[cue_start:cue_end].split()[-1].lower() in _scheduled_subject_changes():
        return False
    tail = _SCHEDULED_SUBJECT_TAIL.fullmatch(text, q_end, cue_start)
    return tail is not None and _scheduled_subject_stop().search(text, q_end, cue_start) is None


@cache
def _seeking_cue() -> re.Pattern[str]:
    """`is seeking` (`seeking_cues` of stance_cues.json) or one of the `decided_leads` before
    `to` (`ready to buy`, `decided to sell`)."""
    stance = cue_data(STANCE_CUES)
    return re.compile(cue_regex(stance["seeking_cues"]).pattern + r"|"
                      + cue_regex(stance["decided_leads"]).pattern + r"\s+to\s", re.IGNORECASE)


def _seeking(text: str, cue_start: int) -> bool:
    """Whether the planned cue at `cue_start` is a progressive `seek` or a settled intent (`is
    ready to buy`, `has decided to sell`)."""
    return _seeking_cue().match(text, cue_start) is not None


@cache
def _party_sought() -> re.Pattern[str]:
    """Right after a `seek` cue: a party to trade with (`seeking_no_plan_objects`), a few words
    before it at most (`seeking new buyers`)."""
    return re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?" + cue_regex(
        cue_data(STANCE_CUES)["seeking_no_plan_objects"]).pattern, re.IGNORECASE)


def _seeks_a_party(text: str, cue_end: int, q_start: int) -> bool:
    """`seeking buyers for the 2 million tonnes it exported`: no plan of the figure."""
    found = _party_sought().match(text, cue_end)
    return found is not None and found.end() <= q_start


@cache
def _negated_decision() -> re.Pattern[str]:
    """Right before a `seek` cue, a `decided_leads` one or `looking to`: a negation
    (`negated_decisions`: `has not decided`, `hasn’t decided`, `is no longer seeking`, `is not
    looking to buy`)."""
    return re.compile(r"(?:" + "|".join(
        ("" if word.startswith(("n'", "n’")) else r"\b") + re.escape(word).replace(r"\ ", r"\s+")
        for word in cue_data(STANCE_CUES)["negated_decisions"]) + r")\s+(?:[\w'’-]+\s+)?$",
        re.IGNORECASE)


@cache
def _scheduled_subject_stop() -> re.Pattern[str]:
    """Words that end a figure's goods phrase and open another predicate or clause: the
    `scheduled_subject_stops` of stance_cues.json or a past form (`to` may lead the subject's
    place here: `shipments of rice to Kenya are to start`)."""
    words = cue_data(STANCE_CUES)["scheduled_subject_stops"]
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r"|[a-z]+ed)\b")


_SUBJECT_STOP = re.compile(r"\b(?:and|or|but|that|which|who|in|to|than|[a-z]+ed)\b")
"""Words that end a figure's goods phrase and open another predicate or clause."""


def _bare_should(text: str, start: int, end: int) -> bool:
    """Whether the cue at [start, end) is `should` before a verb the lexicon does not list
    (`should harvest`, read by `_hedged_predicate`): a predicate like `could reach`, kept to the
    figures it governs (the listed `should reach`, `should bring` reach as far as before)."""
    return text.startswith("should", start) and \
        lexicon("modality", "forecast").regex.fullmatch(text, start, end) is None


_LIST_ITEM_AFTER = re.compile(r"(?:(?:,\s+)?(?:and|plus|along\s+with|as\s+well\s+as)|,)\s+"
                              r"(?:(?:the|a|an)\s+)?(?:(?-i:[A-Z])[\w'’.&-]*\s+){0,3}?"
                              r"(?:(?:another|a\s+further|some|about|around|nearly|up\s+to)\s+)?"
                              r"(?:US|U\.S\.)?\s?[$€£¥]?\d", re.IGNORECASE)
"""A joiner that adds one more figure to the list the cue governs, with no verb of its own (`is
to receive two million tons of rock and 100,000 tons of acid`, `is to ship 24,929 tonnes and
the Netherlands 25,936 tonnes`, `, along with 500,000 tonnes`): no new predicate."""
_LIST_ITEM_PREFIX = re.compile(r"(?:US|U\.S\.)?\s?[$€£¥]?")
"""What may stand between the quantity's start and the digit the joiner lands on (`US$`)."""
_LIST_ITEM_VERB = re.compile(r"\s+(?:arrived|arrive|arrives|landed|reached|rose|fell|came|went|"
                             r"were|was|had|have|has)\b", re.IGNORECASE)
"""A verb of its own after the joined figure (`and about 80,000 tonnes arrived in April`): the
figure opens a new predicate after all."""


def _joins_quantity(text: str, found: int, q_start: int, q_end: int) -> bool:
    """Whether a joiner at `found` adds the quantity itself to the cue's list: the joiner lands
    on the quantity's own first digit (not on a year or date before it, `and March 2024 shipments
    reached 40,000 tonnes`), and no verb of its own follows the quantity."""
    item = _LIST_ITEM_AFTER.match(text, found)
    if item is None or item.end() - 1 < q_start or \
            _LIST_ITEM_PREFIX.fullmatch(text, q_start, item.end() - 1) is None:
        return False
    return _LIST_ITEM_VERB.match(text, q_end) is None


def _predicate_between(text: str, cue_end: int, q_start: int, q_end: int) -> bool:
    """Whether another predicate starts between a modal cue and the quantity (the text after the
    quantity is looked at too: `, 21 percent less` restates the figure before it); a joiner
    adding the quantity itself to the same list (`_joins_quantity`) opens none, nor `and` before
    the modal's own second verb with a figure as its object (`_modal_coordinate`: `should follow
    suit and reach 8.1 million tonnes`)."""
    for found in _OTHER_PREDICATE.finditer(text, cue_end, min(len(text), q_end + 30)):
        if found.start() >= q_start:
            return False
        if found.group().lower() == "and" and _modal_coordinate().match(text, found.end()):
            continue  # `should follow suit and reach 8.1 million tonnes`: the modal's own verb
        if not _joins_quantity(text, found.start(), q_start, q_end):
            return True
    return False


@cache
def _modal_coordinate() -> re.Pattern[str]:
    """Right after `and`: one of the `modal_coordinates` of stance_cues.json in its bare form,
    the second verb of the modal's own subject, with a figure as its object (`and reach 8.1
    million tonnes`); not the same word as an adjective before a noun (`and total shipments in
    2024 reached`, `and top buyer India imported`), which opens a clause of its own."""
    return re.compile(r"\s+" + cue_regex(cue_data(STANCE_CUES)["modal_coordinates"]).pattern
                      + r"\s+(?:(?:to|by)\s+)?" + _ATTACHED.pattern + r"[$€£¥]?\d", re.IGNORECASE)


_MODAL_REACH = 60
"""A forecast cue made of a modal verb and a change (`could fall`, `may reach`) is a predicate: it
only governs a figure inside it or following it in the same predicate (an appositive `, a drop
of 23%` included), within this many characters."""
_GOVERNED = re.compile(r"\b(?:expects?|expected|forecasts?|projects?|projected|predicts?|"
                       r"predicted|sees|estimates?|estimated|believes?|believed)\s+"
                       + hedge_pattern() + r"(?:US|U\.S\.)?\s*$", re.IGNORECASE)
"""Right before a figure: a verb of expectation whose object it is (`expects 45 million
tonnes to be exported`)."""


@cache
def _baseline_before() -> re.Pattern[str]:
    """Right before a figure: a word setting it against another as its baseline (`after`,
    `against`, `compared with`, `beat the`), `after` perhaps with the gerund of what was done
    (`after producing 137 million tonnes in the first half`), and a comparison with a determiner
    (`short of the 175,000 tonnes sold in 2017`, `close to the record ... shipped in 2013`, `below
    the 2 million tonnes of 2022`), a multiple or part of it included (`less than half of the 14
    million tonnes exported in 2024`, `more than double the 410,000 bales of 2024`, `3.5 times
    the`: `baseline_multiples` of stance_cues.json)."""
    multiples = cue_regex(cue_data(STANCE_CUES)["baseline_multiples"]).pattern
    return re.compile(
        r"\b(?:after(?:\s+[a-z]+ing)?|against|compared\s+(?:with|to)|versus|(?:beat(?:ing|s)?|"
        r"top(?:ping|s)?|exceed(?:ing|s)?|surpass(?:ing|es)?|overtak(?:e|es|ing)|equal(?:ling|s)?|"
        r"eclips(?:e|es|ing)|pass(?:ing|es)?|short\s+of|(?:close|near)\s+to|above|below|than|"
        r"\d+(?:\.\d+)?\s+times|" + multiples + r")\s+"
        r"(?:the|its|their|last\s+year['’]s))\s+(?:(?:the|its|a|an|last\s+year['’]s|"
        r"record|previous|earlier)\s+)*" + hedge_pattern(True) + r"(?:US|U\.S\.)?\s*$",
        re.IGNORECASE)


_NO_OUTLOOK_AHEAD = (r"(?![^.;,]{0,40}?\b(?:forecast|projected|projection|goal|target|"
                     r"estimated?|expected|planned|foreseen)\b)")
"""After a baseline figure: no outlook word in its clause (`a 950,000 MT forecast for 2023` is
an outlook of its own), shared by `_PAST_AFTER` and `_PAST_AFTER_MORE`."""
_PAST_AFTER = re.compile(
    _NO_OUTLOOK_AHEAD + r"[^.;,]{0,40}?\b(?:last\s+(?:year|season)|a\s+year\s+(?:earlier|ago|"
    r"before)|the\s+(?:previous|prior)\s+(?:year|season)|(?:in|of|for)\s+(?:(?:the\s+)?whole\s+of"
    r"\s+)?(?:19|20)\d\d|(?:recorded|imported|exported|shipped|sold|bought|harvested|produced|"
    r"logged|posted|earned|fetched|generated)\b)", re.IGNORECASE)
"""After a baseline figure: a past time or a verb of what was done (`the $1.6 billion earned by
the 2024 crop`), with no outlook word (`a 950,000 MT forecast for 2023` is an outlook of its
own)."""


_ESTIMATE_BASELINE_BEFORE = re.compile(
    r"\b(?:(?:against|compared\s+(?:with|to)|versus|from)\s+|(?:above|below|over|than|on)\s+"
    r"(?:the|its|their|last\s+year['’]s)\s+)(?:(?:the|its|their|a|an|last\s+year['’]s|record|"
    r"previous|earlier|official|provisional|revised)\s+)*" + hedge_pattern(True)
    + r"(?:US|U\.S\.)?\s*$", re.IGNORECASE)
"""Right before a figure: a word that sets it against an estimated one as its baseline (`is
estimated at 526 thousand tons, below the 537.6 thousand tons of 2022`, `against 2.2 million
tonnes`); `above`, `over`, `than`, `on` only with a determiner (bare, `more than 1.4 billion
pounds` is a hedge on the estimate itself)."""
_FROM_TO = re.compile(r"[^.;,]{0,50}?\bto\s", re.IGNORECASE)
"""After a figure: the `to` of a `from ... to` change (`slipped from 22.5 million kilograms the
year before to around 17.5 million`), whose start the estimate covers too."""
_PAST_AFTER_MORE = re.compile(
    _NO_OUTLOOK_AHEAD + r"[^.;,]{0,40}?\b(?:the\s+(?:year|month|season|quarter)\s+before|"
    r"(?:in\s+)?the\s+(?:previous|prior|last)\s+(?:(?:financial|fiscal|marketing|crop)\s+)?"
    r"(?:year|season|month|quarter|campaign)|the\s+same\s+(?:period|months?|quarter|half))\b",
    re.IGNORECASE)
"""After a baseline figure: a past time `_PAST_AFTER` does not name (`the year before`, `in the
previous financial year`, `in the same period`)."""


def _estimate_baseline(text: str, sentence: tuple[int, int], q_start: int, q_end: int,
                       name: Modality = "estimated") -> bool:
    """Whether the quantity is the past figure an estimate is set against: `exports are
    estimated at 2 million tonnes in 2024-25, compared with 2.2 million tonnes in the previous
    season`, `an estimated $160 million in 2018, up from $137 million in 2017` (reported: a
    recorded past figure, the estimate is the other one's). Not when an estimate cue comes between
    the baseline word and the figure or after it (`from an estimated USD344 million in 2021`, `...,
    from $8.5 billion a year earlier, according to industry estimates`: the baseline's own)."""
    base = _ESTIMATE_BASELINE_BEFORE.search(text, max(sentence[0], q_start - 60), q_start)
    if base is None or (_PAST_AFTER.match(text, q_end) is None
                        and _PAST_AFTER_MORE.match(text, q_end) is None):
        return False
    if text[base.start():base.start() + 4].lower() == "from" and _FROM_TO.match(text, q_end):
        return False
    # an outlook's cue in a later clause is another figure's (`..., as the local crop is expected
    # to recover`); an estimate closing the sentence covers all (`according to estimates`)
    last = sentence[1] if name == "estimated" else _clause_end(text, q_end, sentence[1])
    return not any(base.start() < e and s < last
                   for s, e in modality_spans(name, text, *sentence))


def _clause_end(text: str, start: int, end: int) -> int:
    """The first comma or semicolon in text[start:end], or `end`."""
    found = [i for i in (text.find(",", start, end), text.find(";", start, end)) if i >= 0]
    return min(found, default=end)


def _past_baseline(text: str, floor: int, q_start: int, q_end: int) -> bool:
    """Whether the quantity is the past figure an outlook or plan is set against: `expects a
    crop of 340,000 tonnes this year, after 289,000 tonnes in 2018`, `on track to beat the 7.59
    million tonnes imported in 2020` (reported: it happened, the cue is the other figure's)."""
    return _baseline_before().search(text, max(floor, q_start - 60), q_start) is not None and \
        _PAST_AFTER.match(text, q_end) is not None and _no_plan_ahead().match(text, q_end) is None


@cache
def _no_plan_ahead() -> re.Pattern[str]:
    """After a baseline figure, in its clause: a plan or modal word of its own
    (`baseline_plan_cues` of stance_cues.json: `half of the 12 million tonnes of wheat Egypt is
    set to buy in 2026`, `double the 1 million tonnes contracted in 2025`): the figure is a plan
    or outlook itself, no recorded baseline."""
    cues = cue_regex(cue_data(STANCE_CUES)["baseline_plan_cues"]).pattern
    return re.compile(r"[^.;,]{0,40}?" + cues, re.IGNORECASE)


_BARE_BASELINE = re.compile(
    r"\b(?:from|compared\s+(?:with|to)|after)\s+(?:the\s+)?"
    + hedge_pattern(True) + r"(?:US|U\.S\.)?\s*$", re.IGNORECASE)
"""Right before a figure: a bare word setting it against another as its baseline, with no past
time needed (`to 22% this season from 28%`, `a crop of 72.5 million tonnes after 85.3
million`)."""
_REVISED = re.compile(r"\b(?:rais|cut|lower|trimm?|revis|lift|upgrad|downgrad|slash|par)(?:e|es|ed|"
                      r"ing|s)?\b", re.IGNORECASE)
"""Before a `from` baseline: a verb revising an outlook, whose old figure is an outlook too (`cut
its forecast to 43.7 million tons from 44.1 million`, `growth of 4%, raised from 2.5%`)."""


@cache
def _money_mark() -> re.Pattern[str]:
    """A currency in a figure's span: a sign or code of the quantity lexicon right before its
    digits (`$2.3 billion`, `NZ$68 million`, `Rs 450 crore`) or a currency's name after the
    amount (`215 million U.S. dollars`, `3 billion yuan`; `currency_names_after_amount`), or
    an ISO code after it (`122.94 million USD`)."""
    lex = quantity_lexicon()
    signs = sorted(lex.currency_prefixes, key=len, reverse=True)
    names = sorted(word_set("currency_names_after_amount"), key=len, reverse=True)
    return re.compile(r"(?<![A-Za-z])(?:" + "|".join(re.escape(sign) for sign in signs)
                      + r")\s?(?=\d)|\b(?i:" + "|".join(re.escape(name) for name in names)
                      + r")\b|\b(?:" + "|".join(sorted(lex.currency_codes)) + r")\b")


def _money(text: str, start: int, end: int) -> bool:
    """Whether the figure at [start, end) is a sum of money (`_money_mark` in its span)."""
    return _money_mark().search(text, start, end) is not None


_BASELINE_GAP = 60
"""Characters between the end of the outlook's own figure and a baseline set against it."""


def _trailing_baseline(text: str, sentence: tuple[int, int], q_start: int, q_end: int,
                       others: tuple[tuple[int, int], ...], name: Modality) -> bool:
    """Whether the quantity is the baseline set after an outlook's or plan's own figure
    (`expect Russia's share to shrink to 22% this season from 28%`, `expects a crop of 72.5
    million tonnes after 85.3 million`): a bare baseline word (`_BARE_BASELINE`) right before it,
    another figure shortly before that word, and the `name` cue before that figure, so the cue
    governs the first figure and the baseline happened. Not the start of a `from ... to` change
    (`is expected to climb from 2 million to 3 million tonnes`) nor a baseline with its own
    outlook word (`against a forecast 950,000 tonnes`), nor the old figure of a revised outlook
    (`_REVISED`). Not `against` either: bare, it also sets two outlooks side by side (`sales to
    China of 1.2 million tonnes, against one million tonnes from Canada`)."""
    base = _BARE_BASELINE.search(text, max(sentence[0], q_start - 40), q_start)
    if base is None:
        return False
    first = [(s, e) for s, e in others if e <= base.start() and base.start() - e <= _BASELINE_GAP]
    if not first:
        return False
    if _money(text, *max(first)) != _money(text, q_start, q_end):
        return False  # `plans to earn 1.1 billion dollars from 270,000 tons`: what earns the sum
    if _FROM_TO.match(text, q_end) or _NO_OUTLOOK_AHEAD_RE.match(text, q_end) is None:
        return False
    if _REVISED.search(text, sentence[0], base.start()):
        return False
    return any(cue_end <= max(first)[0]
               for _, cue_end in modality_spans(name, text, *sentence))


_NO_OUTLOOK_AHEAD_RE = re.compile(_NO_OUTLOOK_AHEAD, re.IGNORECASE)
"""`_NO_OUTLOOK_AHEAD` on its own: no outlook word in the clause after a baseline figure."""


@cache
def _past_possessive() -> re.Pattern[str]:
    """Right before a figure: a past year's possessive (`more than last year's 192 lakh
    tonnes`, `near 2024's record US$7.2 billion`), perhaps with the noun of what was recorded and
    `of` (`above last year's total of 925,000 tonnes`, `last year's crop of 944,000 tons`; not
    `last year's target of 100,000 tonnes` nor `last year's order of 80,000 tonnes`, a goal or
    plan: the `past_possessive_goals` of stance_cues.json)."""
    goals = cue_regex(cue_data(STANCE_CUES)["past_possessive_goals"]).pattern
    return re.compile(
        r"\b(?:last\s+(?:year|season)|the\s+(?:previous|prior)\s+(?:year|season)|(?:19|20)\d\d)"
        r"['’]s\s+(?:(?:record|previous|usual|whole|full)\s+)*"
        r"(?:(?!" + goals + r")[a-z]+\s+of\s+)?" + hedge_pattern(True)
        + r"(?:US|U\.S\.)?\s*$", re.IGNORECASE)


def _possessed_baseline(text: str, sentence: tuple[int, int], q_start: int, q_end: int) -> bool:
    """Whether the quantity is a past year's figure named by a possessive (`_past_possessive`)
    with no outlook word after it: the recorded figure an outlook, plan or estimate is set
    against, reported (`sees sales of 35,000 tons, twice last year's 18,000 tons`); not `last
    year's 5 million-tonne target`."""
    if "'s" not in text[max(sentence[0], q_start - 40):q_start] and \
            "’s" not in text[max(sentence[0], q_start - 40):q_start]:
        return False
    return _past_possessive().search(text, max(sentence[0], q_start - 40), q_start) is not None \
        and _NO_OUTLOOK_AHEAD_RE.match(text, q_end) is not None


_PAST_YEAR_AFTER = re.compile(
    r"(?:\s*\([^)]*\))?\s+(?:of|in)\s+(?:the\s+(?:whole\s+of\s+)?)?(?P<year>(?:19|20)\d\d)"
    r"(?:[-/](?P<end>\d\d(?:\d\d)?))?\b(?![-/]\d)", re.IGNORECASE)
"""Right after a figure: the year (or two-year season) it is of (`of 2021`, `in 2023-24`)."""


@cache
def _dated_baseline_before() -> re.Pattern[str]:
    """Right before a figure of a past year: `the` after a word that compares with it
    (`double the 57 million tonnes of 2021`, `near the 713,000 b/d of 2020`; `baseline_comparers`
    of stance_cues.json) or before a past level's word (`the record 5 million tonnes`), or the
    value of an `up from` baseline (`up from 170 billion pieces valued at RM17.3 billion in
    2019`); not `the` as the plain object of the plan (`had targeted the 50 million tonnes in
    2024`, `plans to buy the 200,000 tonnes in 2024`: the plan's own figure)."""
    comparers = cue_regex(cue_data(STANCE_CUES)["baseline_comparers"]).pattern
    past = cue_regex(cue_data(STANCE_CUES)["past_level_words"]).pattern
    return re.compile(
        r"(?:" + comparers + r"\s+the\s+(?:" + past + r"\s+)*"
        r"|\bthe\s+(?:" + past + r"\s+)+"
        r"|\b(?:up|down)\s+from\s+(?:(?!\bto\b)(?:[^,;]|(?<=\d),(?=\d)))*?\b(?:valued\s+at|worth)\s+)"
        + hedge_pattern(True) + r"(?:US|U\.S\.)?\s*$", re.IGNORECASE)


def _dated_baseline(text: str, sentence: tuple[int, int], q_start: int, q_end: int,
                    published: date | None) -> bool:
    """Whether the quantity is the recorded figure of a year ended before publication, named
    as a baseline (`_dated_baseline_before`): what an outlook or plan is set against happened
    (`expects exports this year to stay near the 713,000 b/d of 2020`). Not a year still open
    at publication (`the 2 million tons of 2025` in 2025 may be a plan's own figure)."""
    if published is None:
        return False
    year = _PAST_YEAR_AFTER.match(text, q_end, sentence[1])
    if year is None:
        return False
    last = int(year["year"])
    if year["end"]:
        last = int(year["end"]) if len(year["end"]) == 4 else last // 100 * 100 + int(year["end"])
    if last < int(year["year"]):
        last += 100  # (`1999-00` ends in 2000)
    if last >= published.year:
        return False
    return _dated_baseline_before().search(text, max(sentence[0], q_start - 80),
                                          q_start) is not None


@cache
def _record_before() -> re.Pattern[str]:
    """Right before a figure: a definite record named (`the record of more than`, `its 2011
    record of`), perhaps with its year; the owners and kinds are the `record_owners` and
    `record_kinds` of stance_cues.json."""
    data = cue_data(STANCE_CUES)
    owners = cue_regex(data["record_owners"]).pattern
    kinds = cue_regex(data["record_kinds"]).pattern
    return re.compile(
        owners + r"\s+(?:(?P<year>(?:19|20)\d\d)(?:[-/](?P<end>\d\d(?:\d\d)?))?\s+)?(?:" + kinds +
        r"\s+)?record\s+(?:high\s+)?of\s+" + hedge_pattern(True) + r"(?:US|U\.S\.)?\s*$",
        re.IGNORECASE)


_RECORD_YEAR_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:in|of)\s+(?P<year>(?:19|20)\d\d)(?:[-/](?P<end>\d\d(?:\d\d)?))?\b")
"""Right after a record's figure: the year it was set in (`set in 2020/21`, `it bought in
2009/10`)."""


def _past_record(text: str, sentence: tuple[int, int], q_start: int, q_end: int,
                 published: date | None) -> bool:
    """Whether the quantity is a record set in a year ended before publication (`could equal the
    record of more than 510,000 tonnes set in 2020/21`, `beat its 2011 record of 1.03 million
    bags`): a figure that happened, the yardstick of the outlook around it; not a record hoped
    for (`aims to set a record of 2 million tonnes`, no year of its own)."""
    if published is None or "record" not in text[max(sentence[0], q_start - 60):q_start].lower():
        return False
    before = _record_before().search(text, max(sentence[0], q_start - 60), q_start)
    if before is None:
        return False
    after = _RECORD_YEAR_AFTER.match(text, q_end, min(sentence[1], q_end + 40))
    year = before["year"] or (after["year"] if after else None)
    if year is None:
        return False
    last = int(year)
    end = before["end"] if before["year"] else (after["end"] if after else None)
    if end:  # (`its 2023/24 record of`, `set in 2020/21`: the season's last year)
        last = int(end) if len(end) == 4 else last // 100 * 100 + int(end)
        last += 100 if last < int(year) else 0
    return last < published.year


_THE_BEFORE_FIGURE = re.compile(r"\bthe\s+" + hedge_pattern(True) + r"(?:US|U\.S\.)?\s*$",
                                re.IGNORECASE)
"""Right before a figure: `the` and any hedge (`the roughly 8.3 million mt`)."""


@cache
def _relative_outlook() -> re.Pattern[str]:
    """After a figure: a contact relative clause, a short subject and `had` (`has`, `have`) with
    one of the `relative_outlooks` of stance_cues.json (`the government had hoped for`), each
    verb's group named by its modality; not an outlook of something else (`had expected to`)."""
    groups = "|".join(
        f"(?P<{name}>{cue_regex(words).pattern})"
        for name, words in cue_data(STANCE_CUES)["relative_outlooks"].items())
    return re.compile(r"\s+(?:(?:that|which)\s+)?(?:[\w.'’-]+\s+){1,3}?(?:had|has|have)\s+"
                      r"(?:(?:[a-z]+ly|also|earlier|once|first)\s+)?(?:" + groups
                      + r")(?!\s+to\b)", re.IGNORECASE)


def _named_by_relative(text: str, sentence: tuple[int, int], q_start: int,
                       q_end: int) -> Modality | None:
    """The modality a contact relative clause after `the` and the quantity names (`short of the
    200 billion the government had hoped for`: forecast), if any."""
    if _THE_BEFORE_FIGURE.search(text, max(sentence[0], q_start - 40), q_start) is None:
        return None
    found = _relative_outlook().match(text, q_end, sentence[1])
    if found is None:
        return None
    return cast(Modality, next(name for name, value in found.groupdict().items() if value))


def modality_of(text: str, clause: tuple[int, int], sentence: tuple[int, int], q_start: int,
                q_end: int, others: tuple[tuple[int, int], ...] = (),
                published: date | None = None) -> Modality:
    """The modality of the quantity at [q_start, q_end); `others` are the spans of the
    sentence's other quantities (a cue right before one of them is its own: `KOTRA included an
    estimated $290 million ... in imports of $2.97 billion`); `published`, the document's date."""
    named = _named_by_relative(text, sentence, q_start, q_end)
    if named is not None:
        return named  # `short of the 200 billion the government had hoped for`: what the
        # figure was, though a figure that happened is measured against it
    if _DONE_BEFORE.search(text, max(clause[0], q_start - 40), q_start):
        # `..., having already exported 175.15 million tonnes`: what has been done so far
        return "reported"
    if _ALREADY_DONE.search(text, max(clause[0], q_start - 60), q_start):
        # `Israel already delivers 3 BCM a year to Jordan under a 2016 agreement`: what is
        # already moving or has moved is reported, whatever deal it runs under
        return "reported"
    if OF_TARGET_AFTER.match(text, q_end) and _PERCENT_END.search(text, q_start, q_end):
        # `or 52 per cent of the 700,000-tonne target set for the year`: the part of a goal
        # reached so far, not the goal
        return "reported"
    # outside its clause, only a cue that governs the quantity (before it) counts:
    # `plans to import 3,000 tons of flour ..., and 5,000 tons of fertilizer`
    found = _nearest(text, *clause, q_start, q_end, others=others, sentence=sentence) or (
        None if _past_clause(text, clause, published, sentence) or _base_clause(
            text, clause) else _nearest(
            text, *sentence, q_start, q_end, before_only=True, others=others,
            sentence=sentence)) or _closing_estimate(text, sentence, q_end) or _due_later(
        text, sentence, q_end, others) or _arrival_expected(
        text, sentence, q_start, q_end) or _arrival_scheduled(
        text, sentence, q_start, q_end) or _nearest(
        text, *clause, q_start, q_end, before_only=True, others=others, soft=True,
        sentence=sentence)
    if found in (None, "forecast", "estimated"):
        put = _would_put_of(text, sentence, q_start, q_end, published)
        if put is not None:
            return put  # `which would put the quarter's shipments at roughly 1.1 million tons`:
            # a reckoning; `would put exports at 5 million tonnes next year`: an outlook
    if found in (None, "forecast") and _party_would(text, sentence, q_start, q_end):
        found = "planned"  # `Rusal said it would reduce output by at least 6%`: what a party
        # is said to be going to do is its plan, though `would cut` alone is an outlook
    if found == "forecast" and _would_level().search(text, max(clause[0], q_start - 40),
                                                     q_start):
        would = _would_of(text, sentence, clause, q_start, published)
        if would is not None:
            return would  # `The deal, which would total 2 million tonnes`: the deal's terms;
            # `In the 1990s, exports would rise to 10 million tonnes`: what used to happen
    if found in ("planned", "forecast") and (
            _ESTIMATE_THAT.search(text, sentence[0], q_start)
            or _ESTIMATE_CLOSES.search(text, q_end, sentence[1])):
        return "estimated"  # `FAS Tokyo estimates that imports will total ...`, `shipments could
        # fall to 1.1 million tons, 29% less, the agency estimates.`: a source's estimate frames
        # the outlook words inside it
    if found == "forecast" and _seen_out_of_reach(text, sentence, q_start, q_end):
        return "reported"  # `Indian sugar exports seen steady at 1 mln T; Brazil shipped 3 mln
        # T in May`: the headline's view does not reach past a new clause or a past verb
    if found == "forecast" and _set_against_goal(text, clause, sentence, q_start, q_end, others):
        return "reported"  # `growers brought in 683,000 tons against a 700,000-ton goal`: the
        # figure measured against a goal is what happened; the goal is not its cue
    if found in ("planned", "forecast") and _current_figure(text, clause, q_start, q_end,
                                                           cast(Modality, found)):
        return "reported"  # `plans to lift sales beyond the 4 million tons a year it currently
        # ships`, `from the present 400 million cubic metres`: what is now, not the outlook
    if found in ("planned", "forecast") and _DONE_AFTER.match(text, q_end, sentence[1]):
        return "reported"  # `agreed to buy 20,000 tonnes, but only 16,800 tonnes had been
        # shipped by October`: the part of a plan already moved happened
    if found in ("planned", "forecast") and (
            _past_baseline(text, sentence[0], q_start, q_end)
            or _estimate_baseline(text, sentence, q_start, q_end, cast(Modality, found))
            or _trailing_baseline(text, sentence, q_start, q_end, others,
                                  cast(Modality, found))):
        return "reported"  # `expects a crop of 340,000 tonnes this year, after 289,000 tonnes
        # in 2018`: the past figure the outlook is set against happened
    if found in ("planned", "forecast") and _dated_baseline(text, sentence, q_start, q_end,
                                                           published):
        return "reported"  # `to stay near the 713,000 b/d of 2020`: a past year's figure
    if found and _past_record(text, sentence, q_start, q_end, published):
        return "reported"  # `could equal the record of 510,000 tonnes set in 2020/21`, `beating
        # its 2011 record of 1.03 million bags`: a record already set happened
    if found and _possessed_baseline(text, sentence, q_start, q_end):
        return "reported"  # `twice last year's 18,000 tons`: a past year's figure happened
    if found == "estimated" and _estimate_baseline(text, sentence, q_start, q_end):
        return "reported"  # `estimated at 526 thousand tons in 2023, below the 537.6 thousand
        # tons of 2022`: the past figure the estimate is set against was recorded
    if found == "planned" and (_OUTLOOK_THAT.search(text, sentence[0], q_start)
                               or _outlook_will(text, clause, q_start)
                               or _outlook_closes(text, q_end, sentence[1])
                               or _flow_will(text, clause, sentence, q_start)):
        return "forecast"  # `The IEA forecasts that China will import ...`, `Nigeria will buy
        # 2.9 million tonnes ..., the FAO forecast.`: the outlook frames the plan words inside
        # what it foresees
    if not found and _under_deal(text, sentence, q_start):
        return "planned"  # `Under the contract, 800,000 litres must be delivered by January`:
        # what the deal binds
    if not found and _ships_ordered(text, *sentence):
        return "planned"  # `Chinese builders booked 46.45 million CGT ... for a 70% share`
    if not found:
        whole = _breakdown_of_before(text, sentence, q_start, published)
        if whole is not None:
            return whole  # `... will buy 300,000 tonnes. The purchase is split into 120,000
            # tonnes of ...`: the parts of a planned whole are planned
    if not found and _headline_outlook(text, sentence, q_start):
        return "forecast"  # `Ghana cocoa exports to top $3 billion this year`: a headline's
        # bare `to` before a change or level verb tells what is to come
    if not found and _headline_party_plan(text, sentence, q_start, q_end):
        return "planned"  # `Ukraine to double power imports`: a named party's own act to come
    if not found and text.startswith(_WOULD_BE_STARTS, sentence[0]):
        found = _restated_outlook(text, sentence, q_start)
    return cast(Modality, found or "reported")


@cache
def _breakdown_opening() -> re.Pattern[str]:
    """At a sentence's start: a definite subject of up to four words (`breakdown_subjects` of
    stance_cues.json) and a verb breaking it into parts (`breakdown_verbs`), with a form of `be`
    (`breakdown_be_forms`) between (`The September shipment is made up of`, `The yearly volumes
    are split into`)."""
    data = cue_data(STANCE_CUES)
    subjects = cue_regex(data["breakdown_subjects"]).pattern
    verbs = cue_regex(data["breakdown_verbs"]).pattern
    be = cue_regex(data["breakdown_be_forms"]).pattern
    return re.compile(r"\s*(?P<subject>" + subjects + r"(?:\s+[\w'’-]+){1,4}?)\s+(?:" + be
                      + r"\s+)?" + verbs, re.IGNORECASE)


@cache
def _breakdown_subject_stop() -> re.Pattern[str]:
    """In a breakdown's subject: a written year or one of the `breakdown_subject_stops` of
    stance_cues.json (`The exports in 2024`, `The current crop`): a whole of its own."""
    words = cue_regex(cue_data(STANCE_CUES)["breakdown_subject_stops"]).pattern
    return re.compile(r"\b(?:19|20)\d\d\b|" + words, re.IGNORECASE)


@cache
def _breakdown_stop() -> re.Pattern[str]:
    """Between a breakdown's opening and a part: `;` or a past verb (`seen_reach_past_verbs`,
    `contract_done_verbs` of stance_cues.json), a clause of its own."""
    data = cue_data(STANCE_CUES)
    verbs = cue_regex([*data["seen_reach_past_verbs"], *data["contract_done_verbs"]]).pattern
    return re.compile(r";|" + verbs, re.IGNORECASE)


@cache
def _not_a_whole() -> re.Pattern[str]:
    """Right after the figure of the sentence before: a percent, or within three words one of
    the `breakdown_not_wholes` of stance_cues.json (`a 25% tariff`): no trade flow's whole."""
    words = cue_regex(cue_data(STANCE_CUES)["breakdown_not_wholes"]).pattern
    return re.compile(r"\s*(?:%|per\s*cent|percent)|(?:[\s-]+[\w'’-]+){0,3}?[\s-]+" + words,
                      re.IGNORECASE)


_FIGURE = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*")


def _breakdown_of_before(text: str, sentence: tuple[int, int], q_start: int,
                         published: date | None) -> Modality | None:
    """The modality of a part in a breakdown opening its sentence (`_breakdown_opening`) with
    no cue of its own: that of the last figure of the sentence before (the whole broken
    down, in its own clause), when planned or forecast; else None. Not when the subject is
    dated apart (`_breakdown_subject_stop`), a `;` or past verb comes between (`_breakdown_stop`),
    or the figure before is no flow's whole (`_not_a_whole`)."""
    opening = _breakdown_opening().match(text, sentence[0], q_start)
    if opening is None or q_start - opening.end() > 80 or \
            _breakdown_subject_stop().search(text, *opening.span("subject")) or \
            _breakdown_stop().search(text, opening.end(), q_start):
        return None
    end = sentence[0]
    while end > 0 and text[end - 1].isspace():
        end -= 1
    stop = text.rfind(". ", 0, end - 1)
    start = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, end) + 1)
    figures = [f for f in _FIGURE.finditer(text, start, end) if not YEAR_WRITTEN.fullmatch(f[0])]
    if start >= end or not figures or _not_a_whole().match(text, figures[-1].end(), end):
        return None
    figure = figures[-1]
    whole = modality_of(text, clause_bounds(text, start, end, figure.start()), (start, end),
                        figure.start(), figure.end(), published=published)
    return whole if whole in ("planned", "forecast") else None


@cache
def _would_put_at() -> re.Pattern[str]:
    """Right before a figure: `would`, one of the `would_put_verbs` of stance_cues.json, what is
    reckoned (no comma nor `;`) and `at` (`would put the month's shipments at roughly `)."""
    verbs = cue_regex(cue_data(STANCE_CUES)["would_put_verbs"]).pattern
    return re.compile(r"\bwould\s+" + verbs + r"(?:\s+[^\s,;:()]+){1,10}?\s+at\s+"
                      + hedge_pattern(True) + r"(?:US|U\.S\.)?\s?[$€£¥]?$", re.IGNORECASE)


@cache
def _would_put_future() -> re.Pattern[str]:
    """After a `would put ... at` figure: one of the `would_put_future_words` of
    stance_cues.json (`next year`, `a year from now`; a later year, `from 2026`, is read apart by
    `_would_put_of`)."""
    return cue_regex(cue_data(STANCE_CUES)["would_put_future_words"])


def _would_put_of(text: str, sentence: tuple[int, int], q_start: int, q_end: int,
                  published: date | None) -> Modality | None:
    """The modality of a figure reckoned by `would put ... at` (`_would_put_at`): estimated, a
    reckoning, unless its time is to come (a `would_put_future_words` or a year after
    publication from the figure to the sentence's end), then planned under a deal (a
    `current_deal_nouns` before the `would`) and forecast otherwise; None with no such cue."""
    put = _would_put_at().search(text, max(sentence[0], q_start - 120), q_start)
    if put is None:
        return None
    future = _would_put_future().search(text, q_end, sentence[1]) is not None or (
        published is not None and any(int(year) > published.year
                                      for year in YEAR_WRITTEN.findall(text, q_end, sentence[1])))
    if not future:
        return "estimated"
    deal = cue_regex(cue_data(STANCE_CUES)["current_deal_nouns"])
    return "planned" if deal.search(text, sentence[0], put.start()) else "forecast"


@cache
def _would_level() -> re.Pattern[str]:
    """Right before a figure: `would` and one of the `would_levels` of stance_cues.json (`would
    total`, `would rise to about`), the outlook of a level or movement."""
    verbs = cue_regex(cue_data(STANCE_CUES)["would_levels"]).pattern
    return re.compile(r"\bwould\s+" + verbs + r"(?:\s+to)?\s+" + hedge_pattern(True)
                      + r"(?:US|U\.S\.)?\s?[$€£¥]?$", re.IGNORECASE)


@cache
def _would_deal() -> re.Pattern[str]:
    """Before a `would` and level verb: a deal noun (`current_deal_nouns` of stance_cues.json)
    whose relative clause it opens (`The deal, which would total 2 million tonnes`)."""
    nouns = cue_regex(cue_data(STANCE_CUES)["current_deal_nouns"]).pattern
    return re.compile(nouns + r",?\s+(?:which|that)\s+(?:[a-z]+\s+){0,2}?would\s+[a-z]+",
                      re.IGNORECASE)


_PAST_FRAME = re.compile(r"\s*(?:in\s+the\s+(?:(?:late|early|mid)[\s-]+)?(?:19|20)?\d0s|"
                         r"(?:last|previous)\s+(?:year|month|season|decade)|(?:in|during)\s+"
                         r"(?P<year>(?:19|20)\d\d))\b", re.IGNORECASE)
"""At a sentence's start: a past time framing it (`In the 1990s,`, `Last year,`, `In 2019,`)."""


def _would_of(text: str, sentence: tuple[int, int], clause: tuple[int, int], q_start: int,
              published: date | None) -> Modality | None:
    """The modality of a figure after `would` and a level verb (`_would_level`) when not an
    outlook: a deal's terms (`The deal, which would total 2 million tonnes of wheat`, planned),
    or what used to happen in a past frame (`In the 1990s, exports would rise to 10 million
    tonnes`, reported); else None."""
    if _would_deal().search(text, max(sentence[0], q_start - 80), q_start):
        return "planned"
    frame = _PAST_FRAME.match(text, sentence[0], clause[1])
    if frame is None:
        return None
    if frame["year"] and (published is None or int(frame["year"]) >= published.year):
        return None
    return "reported"


@cache
def _party_would_pattern() -> re.Pattern[str]:
    """A verb of speech, a party named by a capitalised name or `it`/`they`/`he`/`she`, `would`
    and one of the `party_would_actions` of stance_cues.json (`said it would reduce`, `said
    Iran would raise`, `had said that Gazprom would cut`)."""
    data = cue_data(STANCE_CUES)
    speech = cue_regex(data["party_would_speech"]).pattern
    actions = cue_regex(data["party_would_actions"]).pattern
    name = r"(?-i:[A-Z][\w&.'’-]*)"
    return re.compile(speech + r"\s+(?:(?:on|last|this)\s+\w+\s+)?(?:that\s+)?"
                      r"(?:it|they|he|she|" + name + r"(?:\s+" + name + r"){0,4})"
                      r"\s+would\s+(?:[a-z]+ly\s+)?" + actions, re.IGNORECASE)


def _party_would(text: str, sentence: tuple[int, int], q_start: int, q_end: int) -> bool:
    """Whether the quantity is in the predicate of a party's `would` and act verb in reported
    speech (`_party_would_pattern`), within 80 characters before it; not when those who speak
    give an outlook (`party_would_outlook_speakers`: `Analysts said Russia would cut`), nor under
    a condition (`party_would_conditions`: `would raise output ... if prices hold`), nor `take`
    and a stretch of time (`party_would_take_time`: `said it would take months for exports to
    reach`)."""
    data = cue_data(STANCE_CUES)
    for found in _party_would_pattern().finditer(text, max(sentence[0], q_start - 140), q_start):
        if q_start - found.end() > 80 or _predicate_between(text, found.end(), q_start, q_end):
            continue
        if cue_regex(data["party_would_outlook_speakers"]).search(text, sentence[0],
                                                                   found.start()) or \
                cue_regex(data["party_would_conditions"]).search(text, found.end(), sentence[1]):
            continue
        if text[found.start():found.end()].lower().endswith("take") and _take_time().match(
                text, found.end()):
            continue
        return True
    return False


@cache
def _take_time() -> re.Pattern[str]:
    """Right after `would take`: up to three words and a stretch of time (`party_would_take_time`
    of stance_cues.json: `take months`, `take about 3 years`)."""
    return re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?" + cue_regex(
        cue_data(STANCE_CUES)["party_would_take_time"]).pattern, re.IGNORECASE)


@cache
def _headline_party_act() -> re.Pattern[str]:
    """A capitalised name, a bare `to` and one of the `headline_party_plans` of stance_cues.json
    (`Ukraine to double`, `Rusal to cut`)."""
    verbs = cue_regex(cue_data(STANCE_CUES)["headline_party_plans"]).pattern
    return re.compile(r"(?-i:[A-Z][\w&.'’-]*)\s+to\s+" + verbs, re.IGNORECASE)


def _headline_party_plan(text: str, sentence: tuple[int, int], q_start: int, q_end: int) -> bool:
    """Whether the quantity's sentence is a headline (a line with no closing stop) where a named
    party is `to` do one of the `headline_party_plans` at or before the figure, in its own
    predicate (not past `as`/`after`), the name not after a preposition (a flow's partner)."""
    end = sentence[1]
    if not text.startswith("\n", end) or text[sentence[0]:end].rstrip().endswith((".", "?")):
        return False
    for found in _headline_party_act().finditer(text, sentence[0], q_end):
        if found.start() >= q_start:
            break
        if _NAMED_AFTER_WORD.search(text, sentence[0], found.start()):
            continue  # `Indian exports to US to double`: a partner of the flow, no party
        if found.end() <= q_start and _predicate_between(text, found.end(), q_start, q_end):
            continue  # `Trump to cut tariffs as Chinese imports hit $400 billion`
        return True
    return False


_NAMED_AFTER_WORD = re.compile(r"\b(?:to|from|with|of|in|into|for|at|on|by|via)\s+"
                               r"(?:(?-i:[A-Z][\w&.'’-]*)\s+)*$", re.IGNORECASE)
"""Before a headline's name and `to`: a preposition, perhaps with other capitalised words, that
makes the name a partner or place of a flow (`exports to South Korea to double`), not the
headline's party."""


def _headline_outlook(text: str, sentence: tuple[int, int], q_start: int) -> bool:
    """Whether the quantity's sentence is a headline (a line with no closing stop) that puts a
    bare `to` and one of the `set_to_changes` verbs of stance_cues.json right before the figure
    (`Korean exports to rise 1.8% next year`, `trade to top EUR 2.6 billion`, `to hit record 39
    lakh bales`), the headline's future."""
    end = sentence[1]
    if not text.startswith("\n", end) or text[sentence[0]:end].rstrip().endswith((".", "?")):
        return False
    found = _headline_to_change().search(text, sentence[0], q_start)
    if found is None or _headline_to_result().search(text, sentence[0], found.start()):
        return False
    return found["verb"].lower() not in cue_data(STANCE_CUES)["headline_to_levels"] or \
        _headline_moved().search(text, sentence[0], found.start()) is None


@cache
def _headline_moved() -> re.Pattern[str]:
    """Anywhere before a headline's `to` and a `headline_to_levels` verb: `up`/`down` a share or a
    change verb (`imports up 10% in May to reach 12 mln T`, `exports rebound in May to reach 4 mln
    T`): the level is where the change ended, what happened, not what is to come."""
    changes = cue_data(STANCE_CUES)["set_to_changes"]
    moved = cue_regex([*changes, *(f"{verb}s" for verb in changes if " " not in verb),
                       *(f"{verb}ed" for verb in changes if " " not in verb)]).pattern
    return re.compile(r"\b(?:up|down)\s+\d+(?:\.\d+)?\s*(?:%|percent|pct)|" + moved,
                      re.IGNORECASE)


@cache
def _headline_to_result() -> re.Pattern[str]:
    """Before a headline's `to` and change verb: a figure or change verb right before `to`
    (`exports jump 10% to hit record`, `imports surge to hit record`), or a causing verb
    (`causing_verbs` of stance_cues.json: `demand helps Brazil beef exports to top`, `curbs
    push Indian exports to rise`): `to` tells the result of what happened, not what is to come."""
    data = cue_data(STANCE_CUES)
    changes = cue_regex([*data["set_to_changes"], *(f"{verb}s" for verb in data["set_to_changes"]
                                                    if " " not in verb)]).pattern
    causing = cue_regex(data["causing_verbs"]).pattern
    return re.compile(r"(?:(?:\d|%|\b(?:percent|pct|per\s+cent)|" + changes + r")\s+$)|"
                      + causing, re.IGNORECASE)


@cache
def _headline_to_change() -> re.Pattern[str]:
    """`to` and a `set_to_changes` or `headline_to_levels` verb right before a figure (`to reach
    about `, `to hit record `), not after `set`, `plans`, `aims` and the like, which are cues of
    their own."""
    data = cue_data(STANCE_CUES)
    verbs = cue_regex([*data["set_to_changes"], *data["headline_to_levels"]]).pattern
    return re.compile(r"(?<![\w-])to\s+(?P<verb>" + verbs + r")\s+" + hedge_pattern(True)
                      + r"(?:(?:a\s+)?record\s+)?(?:US|U\.S\.)?\s?[$€£¥]?$", re.IGNORECASE)


_PAST_CLAUSE = re.compile(
    r"\s*(?:(?P<after>after)\s|(?:when|but)\s+(?:(?:[^,;:]|(?<=\d),(?=\d))*?\s)?(?:"
    r"(?<!\bthe\s)(?<!\bits\s)(?<!\ba\s)(?<!\ban\s)(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)"
    r"(?<!\bour\s)(?<!\bthis\s)(?<!\bthat\s)"
    r"(?!(?:need|feed|seed|speed|breed|bed|red|shed|hundred)\b)[a-z]{2,}ed"
    r"|left|rose|fell|grew|hit|sold|bought|brought|took|came|made|stood|sent|spent|paid|was|were)"
    r"\b)", re.IGNORECASE)
"""A clause of a finished event (`when the country produced 687 million tonnes`, `but only 38
million tons left the country`, `but 310,000 tons were shipped`: a figure's thousands comma is
no break): a `when` or `but` with a verb in the past tense (an `-ed` word after a determiner is
an adjective: `its expanded mine`, `the combined total`; `feed`, `need` are none); or any clause
opening on `after` (`after exports of some 130,000 tonnes in 2014`, `after the harvest topped
1.4 million tonnes`), what came before the figure it is set beside."""
_NOT_PAST = re.compile(r"\b(?:will|would|could|should|shall|may|might|can|to\s+be)\b")
"""A modal or `to be` in that clause: what it tells of is still to come (lower case: the
month `May` is none)."""
_PRESENT_SIMPLE = re.compile(r"\b(?:is|are|has|have|does|remains|reaches|produces|handles|makes|"
                             r"takes|goes|stands|holds|exceeds|tops|brings|totals|amounts)\b",
                             re.IGNORECASE)
"""A verb in the present simple in a `when`/`but` clause (`when its expanded mine produces 1
million tonnes`, `but the combined total reaches 8 million tonnes`): not a finished event."""


def _past_clause(text: str, clause: tuple[int, int], published: date | None = None,
                 sentence: tuple[int, int] | None = None) -> bool:
    """Whether the quantity's clause tells of something that happened, so that a plan or an
    outlook earlier in the sentence does not reach it (`Both goals exceed last year's results,
    when the country exported 494 million tonnes`). Not when the clause names a year after
    publication, nor, naming no year, when the sentence before it does (`plans to ship 1
    million tonnes in 2025, after it completed a new berth that handles 500,000 tonnes`: the
    figure is of that year)."""
    opened = _PAST_CLAUSE.match(text, *clause)
    if opened is None or _NOT_PAST.search(text, *clause) is not None:
        return False
    if opened["after"] is None and _PRESENT_SIMPLE.search(text, *clause) is not None:
        return False
    if published is not None and any(int(year) > published.year
                                     for year in YEAR_WRITTEN.findall(text, *clause)):
        return False
    if published is not None and sentence is not None \
            and YEAR_WRITTEN.search(text, *clause) is None \
            and any(int(year) > published.year
                    for year in YEAR_WRITTEN.findall(text, sentence[0], clause[0])):
        return False
    return True


@cache
def _base_clause_start() -> re.Pattern[str]:
    """A clause opening on `against` or `compared with` (`to`) right before a figure (`...,
    against 20,000 tons before the war`, `..., compared with about 1,200 tons in February`)."""
    return re.compile(r"\s*(?:against|compared\s+(?:with|to))\s+(?:an?\s+(?:annual\s+)?)?"
                      + hedge_pattern(True) + r"(?:US|U\.S\.|[$€£¥])?\s*\d", re.IGNORECASE)


def _base_clause(text: str, clause: tuple[int, int]) -> bool:
    """Whether the quantity's clause is the base a figure before it is set against: a plan or
    outlook earlier in the sentence is the other figure's, not the base's (`Output is forecast
    at 14,000 tonnes, against 20,000 tonnes a season earlier`)."""
    start = _base_clause_start().match(text, *clause)
    return start is not None and _OTHER_SIDE.search(text, start.end(), clause[1]) is None


_OTHER_SIDE = re.compile(r"\b(?:from|to|by)\s+(?-i:[A-Z])")
"""After the figure of a base clause: another party named (`against 0.9 million tonnes from
Peru`), two figures side by side, each taking the sentence's outlook."""


_AGAINST_GOAL = re.compile(
    r"[^.;]{0,30}?\b(?:above|below|beyond|short\s+of|exceed\w*|beat\w*|surpass\w*|overshot|"
    r"overshooting|topp\w*|against|compared?\s+with)\s+(?:the\s+|its\s+|a\s+|an\s+|their\s+)?"
    r"(?:[\w$.,-]+\s+){0,4}?(?:target|goal)s?\b", re.IGNORECASE)
"""After a figure: a goal it is measured against (`1 percent above the target`, `far exceeding
the 80,000-tonne target`, `compare with a target of`, `against a 700,000-ton goal`)."""


def _set_against_goal(text: str, clause: tuple[int, int], sentence: tuple[int, int],
                      q_start: int, q_end: int, others: tuple[tuple[int, int], ...]) -> bool:
    """Whether the quantity is measured against a goal named after it (`_AGAINST_GOAL`) and no
    cue before it in its clause governs it: the goal noun is then the only outlook word, and the
    figure set against it happened (`exported 125,000 tonnes, earning $72 million and far
    exceeding the 80,000-tonne target`); a figure with its own outlook (`is on course to earn
    $46 billion, missing its target`) keeps it."""
    if not may_hold(text, q_end, sentence[1], ("target", "goal")):
        return False
    if _AGAINST_GOAL.match(text, q_end, sentence[1]) is None:
        return False
    return _nearest(text, clause[0], q_end, q_start, q_end, before_only=True, others=others,
                    sentence=sentence) is None


_WOULD_BE_STARTS = ("That would", "This would", "Even that would", "Even this would",
                    "It would", "That alone would", "This alone would")
"""Openings of a sentence that restates the figure before it (a cheap test before
`_WOULD_BE`)."""
_WOULD_BE = re.compile(r"(?:(?:Even\s+(?:that|this)|That|This|It)(?:\s+alone)?)\s+would\s+"
                       r"(?:be|mean|represent|amount\s+to|come\s+to)\s")
"""A sentence that restates the figure before it (`That would be 12% more than ...`)."""
_RESTATED_FIGURE = re.compile(r"(?:(?:a|an|about|around|roughly|nearly|some|almost|just|only|"
                              r"over|more\s+than|less\s+than|up\s+to)\s+)*")
"""Between `That would be` (or an `and` after it) and the figure it restates: hedges only (`That
would be roughly 1 million tonnes more than in 2021 and 20 per cent above 2020`)."""
_PREVIOUS_REACH = 400
"""Characters of the sentence before a `That would be` sentence read for its outlook cue."""


def _restated_outlook(text: str, sentence: tuple[int, int], q_start: int) -> Modality | None:
    """The modality of the figure a `That would be ...` sentence restates as a change or share
    (`Argentina should export 13.3 million tonnes, the exchange projects. That would be 73% more
    than in 2023/24`): the `would` is the previous sentence's outlook or plan, so the cue nearest
    the end of that sentence decides (None when it has none: a record restated stays reported).
    Only the figures the restatement opens with, not its baselines (`than in 2021`)."""
    opener = _WOULD_BE.match(text, sentence[0])
    if opener is None or q_start < opener.end():
        return None
    lead = text[opener.end():q_start]
    lead = re.split(r"\s(?:and|or)\s", lead)[-1]
    if not _RESTATED_FIGURE.fullmatch(lead):
        return None
    floor = max(0, sentence[0] - _PREVIOUS_REACH)
    stop, line = text.rfind(". ", floor, sentence[0] - 2), text.rfind("\n", floor, sentence[0] - 1)
    before = max(stop + 2 if stop >= 0 else floor, line + 1 if line >= 0 else floor)
    last: tuple[int, Modality] | None = None
    for name in MODALITIES:
        for _, cue_end in modality_spans(name, text, before, sentence[0]):
            if last is None or cue_end > last[0]:
                last = (cue_end, name)
    return last[1] if last else None


_ORDER_BOOK_WORDS = ("cgt", "compensated")
"""Words one of which every match of the `order_book_units` holds (a cheap test before them)."""


@cache
def _under_deal_opening() -> re.Pattern[str]:
    """A sentence opening on a deal the rest of it runs under (`Under the contract, `, `Under a
    deal struck in September, `, `Under the deferred-payment arrangement`): one of the
    `contract_nouns` of stance_cues.json, not a trade pact (`Under its trade deal with India`,
    one of the `pact_kinds`: a frame that binds no amount)."""
    data = cue_data(STANCE_CUES)
    pacts = "".join(r"(?<!\b" + re.escape(kind) + r"\s)" for kind in data["pact_kinds"])
    return re.compile(r"Under\s+(?:the|this|that|its|their|a|an|these|those)\s+(?:[\w-]+\s+)"
                      r"{0,3}?" + pacts + cue_regex(data["contract_nouns"]).pattern,
                      re.IGNORECASE)


@cache
def _under_deal_habit() -> re.Pattern[str]:
    """One of the `under_deal_habits` of stance_cues.json (`normally`, `existing`, `imports`) or
    one of the `contract_done_verbs` (`received`): the deal's standing practice or its record."""
    data = cue_data(STANCE_CUES)
    return cue_regex([*data["under_deal_habits"], *data["contract_done_verbs"]])


_DONE_SO_FAR = re.compile(r"\b(?:has|have|had)\s+been\b", re.IGNORECASE)
"""A perfect passive in the sentence (`2.17 lakh tonnes of that volume has been shipped`): part
of the deal already moved."""


_DEAL_BINDS = re.compile(
    r"\b(?:must|will|shall|can|(?:is|are)\s+to|up\s+to|by\s+(?:the\s+end\s+of\s+|end-|mid-|early\s+|"
    r"late\s+)?(?:(?-i:[A-Z])[a-z]+\.?\s+\d|" + MONTH_PATTERN + r"\b|(?:19|20)\d\d\b))",
    re.IGNORECASE)
"""In a sentence opening on a deal: a modal or future cue of what it binds (`must be shipped`,
`are to climb`, `can import up to`, `by March`)."""
_PAST_VERB = re.compile(r"\b(?:[a-z]+ed|was|were|had|did|paid|sold|bought|sent|took|got|made|came|"
                        r"rose|fell|grew|hit|spent|brought|won|left|began|stood)\b")
"""In a sentence opening on a deal with no cue of what it binds: a past verb (`purchases
reached $36 billion`, `were delivered`, `arrived`, `paid`): what came in under the deal."""
_HABIT_NOUN = re.compile(r"\s+(?:of|from|to|into|in|by|under|at)\b|\s+(?:rose|fell|were|are|"
                         r"reached|will|must|totall?ed|climbed)\b", re.IGNORECASE)
"""After one of the `under_deal_habits` spelt like a plural noun (`imports`, `supplies`,
`ships`): the noun (`imports of wheat`, `supplies from Qatar`), no present-simple verb."""


def _under_deal(text: str, sentence: tuple[int, int], q_start: int) -> bool:
    """Whether the quantity's sentence opens on a deal it runs under (`_under_deal_opening`) and
    tells what the deal binds (`Under the contract, deliveries are to climb to 397,000 mt`, `...,
    NRL can import up to US$100 million a month`): no habit, done verb (`_under_deal_habit`, not
    a plural noun spelt alike: `imports of wheat`) before the figure, no perfect passive in the
    sentence, and a modal or future cue in it (`_DEAL_BINDS`) or else no past verb anywhere in it
    (`Under the deal, China's purchases ... reached $36 billion`, `... were delivered`)."""
    if not text.startswith("Under", sentence[0]):
        return False
    opening = _under_deal_opening().match(text, sentence[0], q_start)
    if opening is None:
        return False
    if any(_HABIT_NOUN.match(text, habit.end()) is None
           for habit in _under_deal_habit().finditer(text, sentence[0], q_start)):
        return False
    if _DONE_SO_FAR.search(text, *sentence) is not None:
        return False
    return _DEAL_BINDS.search(text, opening.end(), sentence[1]) is not None or \
        _PAST_VERB.search(text, opening.end(), sentence[1]) is None


def _ships_ordered(text: str, start: int, end: int) -> bool:
    """Whether the sentence text[start:end] measures ships ordered: a figure in one of the
    `order_book_units` of stance_cues.json (compensated gross tonnage, the yardstick of
    shipbuilding orders) and none of the `order_book_deliveries` (ships handed over are a
    record). Its figures with no cue of their own are then a planned flow, shares and counts
    beside the tonnage too (`Korean yards secured 1.35 million CGT, or 39% of the total`)."""
    if not may_hold(text, start, end, _ORDER_BOOK_WORDS):
        return False
    if _order_book_units().search(text, start, end) is None:
        return False
    return _order_book_deliveries().search(text, start, end) is None


@cache
def _order_book_units() -> re.Pattern[str]:
    """The `order_book_units` of stance_cues.json, after a figure or its multiplier word
    (`9.43 million compensated gross tons`, `884,100 CGT`)."""
    units = cue_regex(cue_data(STANCE_CUES)["order_book_units"], case_sensitive=True).pattern
    return re.compile(r"(?:\d|\b(?:million|mln|mn|thousand|billion))\s*" + units)


@cache
def _order_book_deliveries() -> re.Pattern[str]:
    """The `order_book_deliveries` of stance_cues.json (`deliveries`, `completed`)."""
    return cue_regex(cue_data(STANCE_CUES)["order_book_deliveries"])


RELATIVE_VERB = (r"(?:will|would|could|can|may|might|should|are|is|were|was|have|has|had|export|"
                 r"exports|import|imports|ship|ships|supply|supplies|produce|produces|handle|"
                 r"handles|carry|carries|process|processes)\b")
"""A verb right after `that`: a relative clause on a noun (`port projects that will ship`), not a
verb of expectation opening what it foresees."""
_ESTIMATE_THAT = re.compile(r"\bestimat(?:es|ed|e)\s+(?:[^.;:,]{0,30}?\s)?that\s", re.IGNORECASE)
"""A verb of estimating opening a `that` clause: what follows is its estimate."""
_ESTIMATE_CLOSES = re.compile(r",\s+(?!according\b)[^,;]{1,60}?\s(?:estimates|estimated|reckons|"
                              r"reckoned|calculates|calculated)(?:\s+(?:from|on|in|based)\b"
                              r"[^,;]*)?[\s.\"”]*$", re.IGNORECASE)
"""`..., 29% less than in 2021/22, the agency estimates.`: a source's estimating verb closing the
sentence (not the noun: `in its November estimate`)."""
_OUTLOOK_THAT = re.compile(r"\b(?:forecasts?|projects|projected|predicts?|predicted|foresees|"
                           r"expects|expected|anticipates|anticipated)\s+(?:[^.;:,]{0,30}?\s)?"
                           r"that\s+(?!" + RELATIVE_VERB + r")", re.IGNORECASE)
"""A verb of expectation opening a `that` clause: what follows is its forecast (`USDA projects
that imports will double`), whatever `will` or `set to` say inside."""


@cache
def _outlook_will_pattern() -> re.Pattern[str]:
    """One of the `outlook_clause_verbs` of stance_cues.json, a subject of up to six words with no
    clause break and no `outlook_clause_joiners` (`hopes for better prices and will ship`: the
    same subject's own plan), and `will`, not before `not` nor the `outlook_clause_plans`
    (`hopes a deal will be signed`) (`hopes tea export revenue will`, `fears erratic rain
    will`)."""
    data = cue_data(STANCE_CUES)
    verbs = cue_regex(data["outlook_clause_verbs"]).pattern
    joiners = cue_regex(data["outlook_clause_joiners"]).pattern
    plans = cue_regex(data["outlook_clause_plans"]).pattern
    return re.compile(r"(?P<verb>" + verbs + r")\s+(?:that\s+)?(?:(?!" + joiners +
                      r")[\w'’-]+\s+){1,6}?will\s+(?!not\b|be\s+" + plans + r")",
                      re.IGNORECASE)


def _outlook_will(text: str, clause: tuple[int, int], q_start: int) -> bool:
    """Whether a verb of hope, fear or expectation before the quantity, in its clause, has a
    clause of its own with `will` as object (`The board hopes revenue will top $1.5 billion`):
    the `will` is the view's, a forecast."""
    if not may_hold(text, clause[0], q_start, ("will",)):
        return False
    return any(not _outlook_not_verb().search(text, max(clause[0], m.start() - 30), m.start())
               and not _OF_AFTER.match(text, m.end("verb"))
               for m in _outlook_will_pattern().finditer(text, clause[0], q_start))


def _seen_out_of_reach(text: str, sentence: tuple[int, int], q_start: int, q_end: int) -> bool:
    """Whether the nearest forecast cue before the quantity (with none after it) is a
    headline's `seen` with a stop between (`seen_reach_stops`: `;`, `as`; a past verb,
    `seen_reach_past_verbs` or one in -ed not among `seen_reach_not_past`): `Prices seen near
    record highs as Vietnam shipped 2.1 million tonnes`, `With the rupee seen steady, tea
    exports rose 5%`."""
    if not may_hold(text, sentence[0], q_start, ("seen",)) or \
            modality_spans("forecast", text, q_end, sentence[1]):
        return False
    before = modality_spans("forecast", text, sentence[0], q_start)
    if not before:
        return False
    start, end = max(before)
    if not text[start:end].lower().startswith("seen"):
        return False
    return _seen_stop().search(text, end, q_start) is not None


@cache
def _seen_stop() -> re.Pattern[str]:
    """A stop of a headline `seen`'s reach (`_seen_out_of_reach`)."""
    data = cue_data(STANCE_CUES)
    words = [w for w in data["seen_reach_stops"] if w[:1].isalpha()]
    marks = [re.escape(w) for w in data["seen_reach_stops"] if not w[:1].isalpha()]
    not_past = cue_regex(data["seen_reach_not_past"]).pattern
    # (marks such as `;` stand apart from the word cues; a past verb in -ed is in lower case
    # and not in -eed: not `need`, `speed`, `United`)
    return re.compile("|".join([*marks, cue_regex(words).pattern])
                      + "|" + cue_regex(data["seen_reach_past_verbs"]).pattern
                      + r"|(?!" + not_past + r")\b(?-i:[a-z]{2,}(?<!e)ed)\b", re.IGNORECASE)


@cache
def _flow_will_pattern() -> re.Pattern[str]:
    """One of the `flow_will_subjects` of stance_cues.json, maybe with a short phrase of
    `from`/`to`/`of`/`into` after it, then `will` and a verb not among the `flow_will_plans`
    (`tea exports will bring in`, `Imports from Russia will meet`, `deliveries to Egypt will
    build up`)."""
    data = cue_data(STANCE_CUES)
    nouns = cue_regex(data["flow_will_subjects"]).pattern
    plans = cue_regex(data["flow_will_plans"]).pattern
    return re.compile(nouns + r"(?:\s+(?:from|to|of|into)\s+(?:[\w'’.-]+\s+){0,2}?[\w'’.-]+)?"
                      r"\s+will\s+(?>not\s+|[a-z]+ly\s+)?(?!" + plans + r")[a-z]+\b",
                      re.IGNORECASE)


def _flow_will(text: str, clause: tuple[int, int], sentence: tuple[int, int],
               q_start: int) -> bool:
    """Whether the `will` before the quantity in its clause has a flow or measure noun for
    subject (`Sri Lanka's tea exports will bring in $1.3 billion`, `The closures will cut
    output by 800,000 bpd`): what a flow will do is foreseen, not an actor's plan; not under a
    deal (`Under the contract, deliveries will double to 2 bcm`: bound), nor with a plan cue
    after the `will` (`shipments will then be booked for 40,000 tonnes`)."""
    if not may_hold(text, clause[0], q_start, ("will",)) or _UNDER_DEAL.search(text, *sentence):
        return False
    data = cue_data(STANCE_CUES)
    if cue_regex(data["flow_will_bound"]).search(text, *sentence):
        return False  # `The deal stipulates that deliveries will double`: bound by the deal
    if _closing_pledge().search(text, q_start, sentence[1]):
        return False  # `..., Putin pledged.`: a party's commitment, a plan
    last = max((m.end() for m in _flow_will_pattern().finditer(text, clause[0], q_start)
                if not _RELATIVE_OBJECT.search(text, max(clause[0], m.start() - 40), m.start())),
               default=None)
    return last is not None and not modality_spans("planned", text, last, q_start)


_RELATIVE_OBJECT = re.compile(r"\b(?:that|which|who)\s+[a-z]+\s+(?:[\w'’-]+\s+){0,2}$",
                              re.IGNORECASE)
"""Right before a flow noun: a relative pronoun and its verb (`The state agency that handles
rice exports will buy`): the flow noun is that verb's object, not the subject of `will`."""


@cache
def _closing_pledge() -> re.Pattern[str]:
    """A comma, up to four words and one of the `flow_will_pledges` of stance_cues.json closing
    the sentence (`..., Putin pledged.`)."""
    verbs = cue_regex(cue_data(STANCE_CUES)["flow_will_pledges"]).pattern
    return re.compile(r",\s+(?:[\w'’.-]+\s+){1,4}?" + verbs + r"\W*$", re.IGNORECASE)


@cache
def _outlook_not_verb() -> re.Pattern[str]:
    """Right before an `outlook_clause_verbs` word: one of the `outlook_clause_not_after` of
    stance_cues.json, by which the word is a noun, an adjective or the verb of a relative clause
    (`Amid fears`, `the predicted shortfall`, `Officials who feared shortages will now import`),
    not the main verb whose object the `will` clause is."""
    words = cue_regex(cue_data(STANCE_CUES)["outlook_clause_not_after"]).pattern
    return re.compile(r"\b" + words + r"\s+$", re.IGNORECASE)


_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
"""`fears of a shortfall`: the word is a noun."""


_OUTLOOK_CLOSES = re.compile(r",\s+(?!according\b)(?P<source>[^,;]{1,60}?)\s(?:forecasts|forecast|"
                             r"projects|projected|predicts|predicted)(?:\s+(?:on|in|at|for)\b"
                             r"[^,;]*)?[\s.\"”]*$", re.IGNORECASE)
"""`..., 3.3 per cent less than in 2014, the FAO forecast in its April monitor.`: a source's
verb of outlook closing the sentence."""
_OUTLOOK_NOUN = re.compile(r"^(?:in|on|under|by|from|with|to|at)\b|\b(?:its|their|his|her|our)\b|"
                           r"\b(?:latest|new|own|monthly|annual|quarterly|updated|previous|last|"
                           r"first|earlier)$", re.IGNORECASE)
"""Before `forecast` or `projects` in a closing aside: a preposition opening it, a possessive or
an adjective of a report (`in its April forecast`, `the latest forecast`), a noun, no verb."""
_COMPARED_OUTLOOK = re.compile(r"\b(?:than|what|as|exceed\w*|beat\w*|above|below|top\w*|"
                               r"had|have|has)\b", re.IGNORECASE)
"""In a closing aside: a figure set against someone's earlier outlook (`, exceeding what analysts
had predicted`, `, more than analysts had forecast`), not the source's own forecast."""


def _outlook_closes(text: str, q_end: int, end: int) -> bool:
    """Whether the sentence after the quantity (text[q_end:end]) closes on a source's verb of
    outlook (`Tunisia is set to ship 340,000 tons ..., the olive oil board projects.`): what the
    source foresees is a forecast, whatever `will` or `set to` say inside it (`_OUTLOOK_THAT`
    when the verb opens the sentence)."""
    if not may_hold(text, q_end, end, ("forecast", "project", "predict")):
        return False
    found = _OUTLOOK_CLOSES.search(text, q_end, end)
    if found is None:
        return False
    return _OUTLOOK_NOUN.search(found.group("source")) is None and \
        _COMPARED_OUTLOOK.search(found.group("source")) is None


OF_TARGET_AFTER = re.compile(r"\s+of\s+(?:the|its|their|a|an|this|that|this\s+year['’]s)\s+"
                              r"(?:[\w,.$-]+\s+){0,3}?(?:target|goal|quota|plan|objective)\b",
                              re.IGNORECASE)
_PERCENT_END = re.compile(r"(?:%|\bper\s?cent|\bpercent|\bpct|\bpc)$", re.IGNORECASE)
"""A percentage followed by `of the ... target`: the share of a goal reached."""


def due_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans in text[start:end] of the dates goods are due (`for delivery on August 8-22`,
    `for August 1-10 shipment`)."""
    return [(s, e) for s, e in modality_spans("planned", text, start, end)
            if DUE_CUE.fullmatch(text, s, e) or DUE_WINDOW.fullmatch(text, s, e)]


def _due_later(text: str, sentence: tuple[int, int], q_end: int,
               others: tuple[tuple[int, int], ...]) -> Modality | None:
    """`secured 240,000 mt of wheat at a tender that closed on Monday, for delivery on August
    8-22`: the dates goods are due, later in the sentence with no other figure between, make
    the goods bought a planned flow."""
    for cue_start, cue_end in due_spans(text, q_end, sentence[1]):
        if not any(q_end <= a < cue_start for a, _ in others) and not (
                _wide_due(text, cue_start, cue_end)
                and _LOOSE_GAP.search(text, q_end, cue_start)):
            return "planned"
    return None


_MONTH_ONLY_NEXT = re.compile(r"\s+(?:(?:early|mid|late)[\s-]+)?" + MONTH_PATTERN + r"(?!\w)")
"""After `for delivery in`: a month (not a year, half, quarter or season)."""
_LOOSE_GAP = re.compile(r"[,;:]|\bin\s+(?:" + MONTH_PATTERN + r"|(?:19|20)\d\d)\b")
"""Between a figure and a later due phrase: a clause break or the figure's own period (`exported
400,000 tonnes of sugar in March, fulfilling contracts signed for shipment in 2024`)."""


def _wide_due(text: str, cue_start: int, cue_end: int) -> bool:
    """Whether the due phrase at [cue_start, cue_end) is due in a year, half, quarter or season
    (`for shipment in 2024`, `for 2024/25 delivery`), not a month or window of days: such a
    phrase marks only the goods right before it (`400,000 tonnes for shipment in 2024`)."""
    if DUE_CUE.fullmatch(text, cue_start, cue_end):
        return _MONTH_ONLY_NEXT.match(text, cue_end) is None
    return _SEASON_WINDOW.fullmatch(text, cue_start, cue_end) is not None


_MONTH_NAMES = r"(?-i:" + MONTH_PATTERN + ")"
"""A month's name after `expected in`: a time (`than was expected in January`), not a port."""
_VERB_BEFORE_SUBJECT = re.compile(
    r"\b(?:shipped|exported|imported|sold|bought|sent|delivered|received|supplied|purchased|earned|"
    r"loaded|carried|handled|reached|totall?ed|hit|rose|fell|climbed|jumped|stood|came|amounted|"
    r"grew|increased|declined|dropped|sells|buys|totals|reaches)\b", re.IGNORECASE)
"""Before a figure: a finite trade or level verb (`Brazil shipped 9 million tonnes`, `exports
reached 4.5 million tonnes`): the figure is no cargo's subject."""
_OWN_PAST = re.compile(
    r"\b(?:though|although|because|whereas|even\s+as|even\s+though)\b|\b(?:reached|arrived|"
    r"docked|landed|slumped|plunged|soared|surged|rose|fell|jumped|grew|dropped|declined|"
    r"climbed|earned|fetched|totall?ed|amounted|stood|hit|came|went|sank|slid|tumbled)\b",
    re.IGNORECASE)
"""Between a figure and the arrival scheduled: a past verb of the figure's own (`Some 9,000
tonnes of rice docked in Dakar in April, and more are to follow`) or a clause of contrast or cause
(`though`, `even as`, `because`): the schedule is another cargo's."""
_COMPARED_EXPECTED = re.compile(r"\b(?:than|what|as|above|below|more|less)\b", re.IGNORECASE)
"""Between a figure and `was expected`: a comparison with expectations (`higher than was
expected in January`, `well above what was expected`), no expected arrival."""


_ARRIVAL_EXPECTED = re.compile(
    r"[^.;:!?]{0,120}?\b(?P<be>is|are|was|were)\s+(?:also\s+|now\s+)?expected\s+(?:to\s+(?:arrive|"
    r"dock|berth|land|reach|begin\s+(?:discharging|unloading)|be\s+(?:delivered|unloaded|"
    r"discharged))|(?:in|at)\s+(?!" + _MONTH_NAMES + r"\b)(?-i:[A-Z])|(?:early|later|soon|"
    r"shortly|next|within|this)\b)",
    re.IGNORECASE)
"""After a figure in a cargo's subject: the cargo's arrival expected (`A cargo of 2.1 million
barrels of condensate, the latest under a swap pact, is expected to begin discharging`, `Two
cargoes, each holding 60,000 tons, are expected in Lebanon`)."""
_OWN_PREDICATE = re.compile(r",\s+and\b|\b(?:is|are|was|were|has|have|had|where|which|who|that|"
                            r"while|when|after|before|since)\b|\b(?:and|but)\s+(?:[\w'’-]+\s+)"
                            r"{0,4}$", re.IGNORECASE)
"""Between a figure and the arrival expected: a predicate of the figure's own (`took on 100,000
tonnes and is expected at Matanzas`, `arrived on November 1, and two more shipments are
expected`), or a clause of its own (`, where a further cargo is expected`): the expectation is
not of the figure."""


_ARRIVAL_SCHEDULED = re.compile(
    r"[^.;:!?]{0,120}?\b(?:(?P<be>is|are|was|were)\s+(?:also\s+|now\s+)?(?:(?:due|set|"
    r"scheduled)\s+)?to\s+(?:follow|come(?!\s+(?:under|into|to|in\s+for|within)\b)|"
    r"leave|sail|arrive|dock|land|be\s+(?:delivered|shipped|"
    r"loaded|unloaded|discharged|sent))|(?P<will>will|would)\s+(?:also\s+|now\s+)?(?:arrive|"
    r"dock|land|be\s+(?:delivered|shipped|loaded|unloaded|discharged|sent)))\b",
    re.IGNORECASE)
"""After a figure in a cargo's subject: the cargo's arrival or departure set (`A further lot,
some 900 tonnes of dates, is due to follow next week`, `The cargoes, worth $40 million, are to
arrive by sea`, `is set to sail`, `would be delivered by March`)."""


def _arrival_scheduled(text: str, sentence: tuple[int, int], q_start: int,
                       q_end: int) -> Modality | None:
    """A figure in the subject of a cargo set to arrive, follow or leave (`is due to follow`,
    `are to arrive`, `will be delivered`), perhaps in an aside between the subject and its verb,
    with no predicate of its own before the schedule and no trade verb before it: planned."""
    found = _ARRIVAL_SCHEDULED.match(text, q_end, sentence[1])
    if found is None:
        return None
    verb = found.start("be") if found["be"] else found.start("will")
    if _OWN_PREDICATE.search(text, q_end, verb) or _OWN_PAST.search(text, q_end, verb) or \
            _VERB_BEFORE_SUBJECT.search(text, sentence[0], q_start):
        return None
    return "planned"


def _arrival_expected(text: str, sentence: tuple[int, int], q_start: int,
                      q_end: int) -> Modality | None:
    """A figure in the subject of a cargo whose arrival is expected, with no predicate of its
    own before the expectation (and no trade verb before it: the subject), nor a comparison
    with expectations (`higher than was expected`): a forecast."""
    found = _ARRIVAL_EXPECTED.match(text, q_end, sentence[1])
    if found is None:
        return None
    if _OWN_PREDICATE.search(text, q_end, found.start("be")) or _COMPARED_EXPECTED.search(
            text, q_end, found.start("be")) or _VERB_BEFORE_SUBJECT.search(
            text, sentence[0], q_start):
        return None
    return "forecast"


@cache
def _current_before() -> re.Pattern[str]:
    """Right before a figure: a word marking it as what is now (`now_before` of stance_cues.json:
    `from the present 400 million cubic metres`, `exports, currently 3%, to over 25%`)."""
    words = cue_regex(cue_data(STANCE_CUES)["now_before"]).pattern
    return re.compile(words + r"\s+" + hedge_pattern(True) + r"(?:US|U\.S\.)?\s*$", re.IGNORECASE)


@cache
def _current_after() -> re.Pattern[str]:
    """Right after a figure, with no other figure or clause break between: what marks it as now
    (`now_after` of stance_cues.json: `the 4 million tons a year it currently ships`, `one
    percent at present`) or as the running total of a period under way (`so_far_after`: `an
    average of 750,000 bpd so far this year`). `currently` must lead a verb of the present or
    close the phrase, not a participle (`wheat currently stored in silos` is the goods, no
    level), and `now_closing` (`at present`) must close the phrase (`at present prices`)."""
    data = cue_data(STANCE_CUES)
    now = cue_regex(data["now_after"]).pattern
    closing = cue_regex(data["now_closing"]).pattern
    so_far = cue_regex(data["so_far_after"]).pattern
    return re.compile(r"[^\d,;:.()]{0,30}?(?:(?P<now>" + now + r"(?=\s*(?:[,;:.()\n]|$)|"
                      r"\s+(?!(?:has|was)\b)[a-z]+s\b|\s+(?:at|around|about|running|standing)"
                      r"\b)|" + closing + r"(?=\s*(?:[,;:.()\n]|$)))|" + so_far + r")",
                      re.IGNORECASE)


@cache
def _deal_after() -> re.Pattern[str]:
    """Right after a figure, in its own phrase: a noun of a deal it sizes (`current_deal_nouns`
    of stance_cues.json: `its current 500,000-tonne wheat supply contract`), so `current` marks
    the deal in force, not a level now."""
    nouns = cue_regex(cue_data(STANCE_CUES)["current_deal_nouns"]).pattern
    return re.compile(r"(?:[\s-]+(?:a\s+year|[a-z]+)){0,4}?[\s-]+" + nouns, re.IGNORECASE)


def _current_figure(text: str, clause: tuple[int, int], q_start: int, q_end: int,
                    name: Modality) -> bool:
    """Whether the quantity is marked as what is now or has been so far (`_current_before`,
    `_current_after`): the level a plan or outlook starts from, reported. A running total `so
    far` keeps the plan of a cue in its own clause (`has booked 400,000 tonnes so far this
    season` is goods booked, planned); a figure sizing a deal (`_deal_after`: `extend its current
    500,000-tonne supply contract`) keeps the plan's."""
    if _current_before().search(text, max(clause[0], q_start - 30), q_start):
        return _deal_after().match(text, q_end, clause[1]) is None
    after = _current_after().match(text, q_end, clause[1])
    if after is None:
        return False
    return after["now"] is not None or not modality_spans(name, text, *clause)


_DONE_BEFORE = re.compile(r"\bhaving\s+(?:already\s+|so\s+far\s+)?(?:exported|imported|shipped|"
                          r"sold|bought|sent|delivered|received|supplied|purchased|brought\s+in)"
                          r"\s+" + hedge_pattern(True) + r"(?:US|U\.S\.)?$", re.IGNORECASE)
"""Right before a figure: a perfect participle that reports what was done (`having already
exported`)."""
_ALREADY_DONE = re.compile(
    r"\balready\s+(?:(?:has|have|had)\s+)?(?:ships|delivers|exports|imports|supplies|sends|sells|"
    r"receives|takes|provides|gets|shipped|delivered|exported|imported|supplied|sent|sold|"
    r"received|reached|passed|topped|exceeded|accounts\s+for|accounted\s+for|makes\s+up)"
    r"\s+(?:(?!(?:will|would|to|and|or|an?|agreement|deal|contract|target|goal|plan|quota|"
    r"request|offer|tender|bid|mark|cap|ceiling|limit)\b)[^\s,;:.]+\s+){0,2}?$", re.IGNORECASE)
"""Before a figure: `already` and a verb of moving goods or of a total reached, at most two
words before the figure (`OQ already ships`, `had already reached`, `already accounts for`):
what is moving or has moved; not a deal made (`already agreed to buy`, `already booked`), nor a
plan, a goal or a cap between the verb and the figure (`already supplies Kuwait and will send`,
`has already reached an agreement to import`, `already exceeded the government's target of`)."""
_DONE_AFTER = re.compile(r"[^,;.:()]{0,40}?\b(?:has|have|had)\s+(?:already\s+|so\s+far\s+|now\s+)?"
                         r"(?:been\s+)?(?:shipped|delivered|arrived|loaded|landed|exported|"
                         r"imported|received|reached|put\s+on\s+ships)\b", re.IGNORECASE)
"""Right after a figure, in its own clause: a perfect of moving goods (`350,000 tonnes of which
have already arrived`, `16,800 tonnes had been shipped by October`): what has been done of a
plan or deal named beside it."""
_SHRANK_BY = re.compile(r"\s+(?:(?:sharply|further|slightly|by)\s+)*" + hedge_pattern(True)
                        + r"(?:[\d.,]+\s*(?:%|percent|per\s+cent|pc)|[a-z]+-?fold\b)",
                        re.IGNORECASE)
"""After `contracted`: a fall (`by 45 percent`, `almost sixfold`), no contract."""
_SHRANK_TO = re.compile(r"\s+" + hedge_pattern(True) + r"(?:US|U\.S\.)?\s?[$€£¥]?\d",
                        re.IGNORECASE)
"""After `contracted to`: the level a flow or share fell to (`contracted to 18.1 percent`), no
contract (one `to` a verb is: `contracted to supply`)."""
def _contracted_as_fall(text: str, cue_start: int, cue_end: int) -> bool:
    """Whether the cue at [cue_start, cue_end) is `contracted` of a fall (`has contracted by 45
    percent`, `contracted almost sixfold`, `contracted to 18.1 percent`), no contract."""
    cue = text[cue_start:cue_end].lower()
    if cue.endswith("contracted"):
        return _SHRANK_BY.match(text, cue_end) is not None
    return cue.endswith("contracted to") and _SHRANK_TO.match(text, cue_end) is not None


_NEXT_PREDICATE = re.compile(r"\b(?:and|but)\s+(?:(?:now|also|still)\s+)?(?:look|looks|looked|seem|"
                             r"seems|seemed|appear|appears|appeared|is|are|was|were|could|may|"
                             r"might|will|would)\b", re.IGNORECASE)
"""After a figure: a second predicate of the same subject, whose modality is its own (`rose to
800,000 bpd in March and look set to keep climbing`)."""
_AND_BEFORE = re.compile(r"\b(?:and|but)\s+(?:(?:now|also|still|then)\s+)?$", re.IGNORECASE)
"""`bought 200,000 tons in January and intends to buy as much`: the cue opens a second
predicate of its own."""
_TITLE_OF = re.compile(r"\b(?:head|director|chief|manager|lead|president)\s+of\s+"
                       r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
"""Before a cue word that names a field in a person's title (`head of crude analysis`)."""


def _estimate_before_colon(text: str, cue_start: int, cue_end: int, q_start: int) -> bool:
    """Whether a colon stands between the estimate cue at [cue_start, cue_end) and the quantity
    after it, and the cue does not open what follows the colon (`colon_estimates` of
    stance_cues.json: `They suggest the EU is the largest buyer: EU imports came to ...`), label
    it (`_LABEL_START`: `Estimated imports: ...`) or introduce it (`colon_openers`: `as
    follows:`)."""
    colon = text.find(": ", cue_end, q_start)
    if colon < 0:
        return False
    if _LABEL_START.search(text, max(0, cue_start - 8), cue_start) or \
            _colon_opener().search(text, cue_end, colon):
        return False  # `Estimated imports: 3.2 million tonnes`, `estimate the gap as follows:`:
        # the cue labels or introduces what the colon states
    return not text[cue_start:cue_end].lower().startswith(
        tuple(cue_data(STANCE_CUES)["colon_estimates"]))


_LABEL_START = re.compile(r"(?:^|[.!?;:\n])[\s\"'“‘(*•-]*$")
"""Before a cue: the start of its sentence or line, where the cue opens a label (`Estimated
imports: 3.2 million tonnes`)."""


@cache
def _colon_opener() -> re.Pattern[str]:
    """Right before a colon: words by which what precedes introduces what follows (`as follows`,
    `colon_openers` of stance_cues.json)."""
    return re.compile(cue_regex(cue_data(STANCE_CUES)["colon_openers"]).pattern + r"\s*$",
                      re.IGNORECASE)


_SOFT = frozenset({"probably", "likely"})
_BASE_BETWEEN = re.compile(r"\b(?:below|above|than|from|against|compared|versus)\b",
                           re.IGNORECASE)
"""Between a hedging adverb and a figure: the figure is what the hedged one is compared with."""
_ATTRIBUTIVE = re.compile(r"\b(?:an?|some)\s+estimated$", re.IGNORECASE)
"""`an estimated $290 million`: an estimate of one figure, not a verb governing others."""


@cache
def _contrast() -> re.Pattern[str]:
    """`;` or one of the `contrast_breaks` of stance_cues.json (`while`, `but`)."""
    return re.compile(r";|" + cue_regex(cue_data(STANCE_CUES)["contrast_breaks"]).pattern,
                      re.IGNORECASE)


@cache
def _compared_after() -> re.Pattern[str]:
    """After a figure, one of the `contrast_comparisons` of stance_cues.json (`35.6% more than a
    year earlier`, `1,200 tonnes more than`): a change set against a period, a clause of its
    own."""
    return re.compile(r"\s*" + cue_regex(
        cue_data(STANCE_CUES)["contrast_comparisons"]).pattern, re.IGNORECASE)


@cache
def _contrast_fillers() -> frozenset[str]:
    """The `contrast_fillers` of stance_cues.json, lower-cased."""
    return frozenset(word.lower() for word in cue_data(STANCE_CUES)["contrast_fillers"])


_WORD = re.compile(r"(?<![\w'’-])[a-z][\w'’-]*")


def _contrast_break(text: str, cue_end: int, figure: tuple[int, int],
                    others: tuple[tuple[int, int], ...]) -> bool:
    """Whether a clause of its own stands between an attributive estimate's figure and a later
    one (`, while sheepmeat fell 6%`, `; the volume was down by 70,000 tonnes`): a contrast with
    a word of its own before the figure, not only `contrast_fillers` of stance_cues.json, other
    figures and capitalised words (`but perhaps as much as 500,000 bpd`, `but only 2.1 million
    tonnes in June`, `; in June, 2.1 million tonnes`: no verb, still under the estimate)."""
    q_start, q_end = figure
    if _compared_after().match(text, q_end) is not None:
        # `15.7% less than in June but 35.6% more than a year earlier`
        return _contrast().search(text, cue_end, q_start) is not None
    for found in _contrast().finditer(text, cue_end, q_start):
        stretch = list(text[found.end():q_start])
        for a, b in others:
            if found.end() <= a < q_start:
                stretch[a - found.end():min(b, q_start) - found.end()] = " " * (
                    min(b, q_start) - a)
        if any(word.lower() not in _contrast_fillers()
               for word in _WORD.findall("".join(stretch))):
            return True
    return False


_ATTACHED = re.compile(r"\s*(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|up\s+to)"
                       r"\s+)?(?:US|U\.S\.)?\s*")
_COMPARED_TO_ESTIMATE = re.compile(r"\b(?:than|what)\s+(?:[\w-]+\s+){0,3}$|\b(?:had|have)\s+$",
                                   re.IGNORECASE)
_AS_ESTIMATED = re.compile(r",\s+as\s+(?:[\w'’.-]+\s+){0,4}$", re.IGNORECASE)
"""Before a closing estimating verb: `, as` and its subject (`, as analysts estimated`): the
figures match what was estimated, a comparison, not the source of the figures."""


@cache
def _source_after(aside: bool) -> re.Pattern[str]:
    """After a source's estimate verb: the day or week it was made (`estimate_times` of
    stance_cues.json: `exporters estimated on Monday`, `, dealers estimated last week`), how it
    estimated (`from satellite imagery`), then the sentence's end or, with `aside`, a comma that
    opens an aside (`..., Vortexa estimated, nearly all of it booked by ...`)."""
    when = cue_regex(cue_data(STANCE_CUES)["estimate_times"]).pattern
    how = (r"(?:\s+" + when + r")?(?:\s+(?:from|using|based\s+on|on\s+the\s+basis\s+of)\s+"
           r"[^,;]*?)?")
    return re.compile(how + (r"\s*[,;]" if aside else r"[\W_]*$"), re.IGNORECASE)


def _closing_estimate(text: str, sentence: tuple[int, int], q_end: int) -> Modality | None:
    """`..., KOTRA estimated.`, `..., the EIA reckons.`, `..., Vortexa estimated, nearly all of it
    ...`: a source's estimate verb after a comma, closing the sentence or its main clause,
    governs every quantity before it."""
    for cue_start, cue_end in modality_spans("estimated", text, *sentence):
        if "," not in text[max(sentence[0], cue_start - 80):cue_start] or \
                text[cue_start:cue_end].lower() in _SOFT:
            continue  # (`..., most likely from China.`: a guess at the origin, not the figure)
        if _TITLE_OF.search(text, max(sentence[0], cue_start - 50), cue_start):
            continue  # `..., said Viktor Katona, Kpler's head of crude analysis.`
        if _COMPARED_TO_ESTIMATE.search(text, max(sentence[0], cue_start - 30), cue_start) or \
                _AS_ESTIMATED.search(text, max(sentence[0], cue_start - 40), cue_start):
            continue  # `..., far more than analysts had estimated, ...`, `..., as analysts
            # estimated last week.`: a yardstick the figure is set against, not this figure's
        if _yardstick(text, max(sentence[0], cue_start - 60), cue_start):
            continue  # `..., 8.6% above the estimate.`, `, well above ship-tracking
            # estimates.`: the estimate is what the figures that happened are measured against
        rest = text[cue_end:sentence[1]]
        if _source_after(False).match(rest) or (q_end <= cue_start
                                                   and _source_after(True).match(rest)):
            return "estimated"
        if q_end <= cue_start and _estimates_close(text, sentence[0], cue_start, cue_end, rest):
            return "estimated"
    return None


_ESTIMATES_NOUN = re.compile(r"estimates?$", re.IGNORECASE)
_ACCORDING_TO_BEFORE = re.compile(
    r",\s+according\s+to\s+(?:(?!(?:that|which|who|whose|than|beat|beats|beating|topped|tops|"
    r"topping|exceeded|exceeds|exceeding|missed|misses|missing|surpassed|outpaced|is|are|was|"
    r"were|data|figures|statistics|numbers)\b)[\w'’.-]+\s+){0,4}$", re.IGNORECASE)
"""`, according to (official, the Fish Union's) estimates`: estimates named as the figures' base
(only adjectives or owners between, not `according to customs figures that beat estimates`)."""
_ESTIMATES_BY = r"(?:\s+(?:by|from|of)\s+[^,;]*?)?(?:\s+(?:drawing|based)\s+on\s+[^,;]*?)?"
_ESTIMATES_REST = re.compile(_ESTIMATES_BY + r"[\W_]*(?:;|$)", re.IGNORECASE)
"""After `according to ... estimates`: whose they are (`by the Fish Union's analytical centre`,
`drawing on customs data`), then the sentence or its main clause closes."""
_ESTIMATES_SHOW = re.compile(_ESTIMATES_BY + r"\s+show(?:s|ed)?[\W_]*(?:;|$)", re.IGNORECASE)
"""After `estimates`: whose they are, then `show` closing the sentence (`, official estimates
show.`, `, a preliminary estimate by the FAO shows; ...`)."""
_SHOW_SUBJECT_BEFORE = re.compile(r",\s+(?:[\w'’-]+\s+){0,3}$")
"""Before an estimates noun that `show`s: a comma and a short subject phrase (`official`, `a
preliminary`)."""


def _estimates_close(text: str, floor: int, cue_start: int, cue_end: int, rest: str) -> bool:
    """Whether the cue is the noun `estimates` closing the sentence as the base of the figures
    before it: `..., according to estimates by the Fish Union.`, `..., official estimates
    show.`; a source's estimates, like its estimate verb closing the sentence."""
    if _ESTIMATES_NOUN.match(text, cue_start, cue_end) is None:
        return False
    before = max(floor, cue_start - 80)
    if _ACCORDING_TO_BEFORE.search(text, before, cue_start) and _ESTIMATES_REST.match(rest):
        return True
    return bool(_SHOW_SUBJECT_BEFORE.search(text, before, cue_start)
                and _ESTIMATES_SHOW.match(rest))


def hedge_before(text: str, q_start: int, floor: int) -> Bound | None:
    """The bound of a hedge written just before the quantity (`about`, `more than`), if any."""
    window = max(floor, q_start - 25)
    for name, bound in (("bound_more", ">"), ("bound_less", "<"), ("approximate", "~")):
        for cue_start, cue_end in lexicon(name).spans(text, window, q_start):
            if _GAP.match(text[cue_end:q_start]) and not (
                    text[cue_start:cue_end].lower().split() == ["up", "to"]
                    and (reached_up_to(text, cue_start) or moved_up(text, q_start))):
                return cast(Bound, bound)  # (`added up to $253 billion`: no ceiling)
    return None


_TOPPING_BEFORE = re.compile(r"(?<!\bnot\s)(?<!n't\s)(?<!\bnever\s)(?<!\bnowhere\s)\b"
                             r"(?:(?:top|exceed|surpass)\s+(?:the\s+)?|(?:tops|topped|exceeds|"
                             r"exceeded|surpass(?:es|ed)|pass(?:es|ed|ing)?|cross(?:es|ed)?|"
                             r"near(?:s|ed|ing)?|approach(?:es|ed|ing)?|break(?:s|ing)?|broken?|"
                             r"(?<!\bthe\s)past)\s+)(?:US|U\.S\.)?$", re.IGNORECASE)
"""A verb of going past or nearing right before a figure (`to top $700 million`, `topped`,
`passed 10 million tonnes`, `nears 180 bcm`, `approaching $5 billion`, `breaks $6 billion`,
`exports past €28bn`): the figure is a bound (the quantity layer leaves
these to the claim: CQE's benchmark reads them as exact); not a limit (`may not exceed $400.9
million` is the cap itself), nor, after an inflected verb, a figure named by `the` (`exceeded
the 500,000-barrel cap`, `passed the 80 tonnes`: the threshold itself)."""


@cache
def _moved_up_to() -> re.Pattern[str]:
    """One of the `moved_up_verbs` of stance_cues.json, then `up to` right before a figure."""
    verbs = cue_regex(cue_data(STANCE_CUES)["moved_up_verbs"]).pattern
    return re.compile(verbs + r"\s+up\s+to\s+(?:US|U\.S\.)?\s?[$€£¥]?$", re.IGNORECASE)


@cache
def _ceiling_modal() -> re.Pattern[str]:
    """One of the `ceiling_modals` of stance_cues.json and an optional `-ly` word, right before
    a verb (`could move `, `can pick `, `will possibly ramp `)."""
    modals = cue_regex(cue_data(STANCE_CUES)["ceiling_modals"]).pattern
    return re.compile(modals + r"(?:\s+not)?(?:\s+[a-z]+ly)?\s+$", re.IGNORECASE)


def moved_up(text: str, q_start: int) -> bool:
    """Whether the quantity at q_start follows `up to` after a verb of motion, a level reached:
    the quantity layer's own (`rose back up to`, `moved_up_to`) or one of the `moved_up_verbs`
    (`edge up to`, `picked up to`, `ramped up to`). Not after a modal (`could move up to 2
    million tonnes`, `can pick up to 500,000 tonnes`): what may be moved, a ceiling."""
    found = _moved_up_to().search(text, max(0, q_start - 40), q_start)
    if found is None:
        if not moved_up_to(text, q_start):
            return False
        at = text.rfind(" up", 0, q_start)
        found = _MOTION_WORD.search(text, max(0, at - 20), at) if at >= 0 else None
    return found is None or _ceiling_modal().search(
        text, max(0, found.start() - 30), found.start()) is None


_MOTION_WORD = re.compile(r"\S+(?:\s+back)?\s*$")
"""The verb (and `back`) right before `up to`, whose modal `moved_up` looks for."""


_PASSED_THE = re.compile(r"(?<!\bnot\s)(?<!n't\s)(?<!\bnever\s)(?<!\bnowhere\s)\b"
                         r"(?:pass(?:es|ed|ing)?|top(?:s|ped|ping)?|exceed(?:s|ed|ing)?|"
                         r"surpass(?:es|ed|ing)?)\s+the\s+(?:US|U\.S\.)?$", re.IGNORECASE)
"""Before a figure: a verb of going past and `the` (`passed the $1 billion mark`); not after a
negation (`did not pass the $1 billion mark`: the mark itself, as `_TOPPING_BEFORE`)."""


@cache
def _threshold_mark() -> re.Pattern[str]:
    """From the quantity's start: the rest of it and one of the `threshold_marks` of
    stance_cues.json (`1,000 million euro mark`, `US$100 billion milestone`), in its phrase."""
    marks = cue_regex(cue_data(STANCE_CUES)["threshold_marks"]).pattern
    return re.compile(r"(?:[^.;,:()\n]|(?<=\d)[.,](?=\d)){1,40}?\s" + marks, re.IGNORECASE)


def _past_a_mark(text: str, q_start: int, floor: int) -> bool:
    """Whether the quantity is a round mark gone past (`Sales passed the 1,000 million euro mark`):
    the figure is a bound, though `the` names it; not a goal or record named so (`passed the
    22.35 million-tonne record`, `pass the ¥1 trillion goal`: the threshold itself). (`top`,
    `exceed` and `surpass` before `the` are bounds already by `_TOPPING_BEFORE`.)"""
    return _PASSED_THE.search(text, max(floor, q_start - 25), q_start) is not None and \
        _threshold_mark().match(text, q_start) is not None


_PASSING_BEFORE = re.compile(r"\bpassing\s+(?:US|U\.S\.)?$", re.IGNORECASE)
"""Right before a figure: `passing`, which may hand it on (`_passed_to`) rather than bound it."""


@cache
def _passed_to() -> re.Pattern[str]:
    """From the quantity's start: the rest of its phrase and `to` a receiver of goods handed
    on (`20 million tonnes to other buyers`; `passing_receivers` of stance_cues.json)."""
    receivers = cue_regex(cue_data(STANCE_CUES)["passing_receivers"]).pattern
    return re.compile(r"(?:[^.;,:()\n]|(?<=\d)[.,](?=\d)){1,40}?\sto\s+(?:the\s+)?" + receivers,
                      re.IGNORECASE)


def _handed_on(text: str, q_start: int) -> bool:
    """Whether `passing` before the quantity hands it on (`passing 20 million tonnes to other
    buyers`), no bound."""
    return _PASSING_BEFORE.search(text, max(0, q_start - 15), q_start) is not None and \
        _passed_to().match(text, q_start) is not None


_ARTICLE_GAP = re.compile(r"\s+an?\s+(?:(?:new\s+)?record\s+)?$", re.IGNORECASE)
"""Between a hedge and its figure: an article, perhaps with `record` (`close to a record`, `more
than a five-fold rise`), which leaves the hedge on the figure."""


def _hedge_before_article(text: str, q_start: int, floor: int) -> bool:
    """Whether a hedge stands before the quantity with only an article (and `record`) between
    (`_ARTICLE_GAP`); not `up to`, which after a verb of motion is a level reached (`shot up to
    a record 5 million tonnes`), nor the `not_hedges` (`an estimated`)."""
    before = text[max(floor, q_start - 35):q_start]
    if not _ARTICLE_GAP.search(before):
        return False
    not_hedges = lexicon("not_hedges", source=STANCE_CUES)
    return any((gap := _ARTICLE_GAP.match(before, e)) and before[s:e].lower() != "up to"
               and before[s:e] not in not_hedges
               and _article_hedge_leads(before, s, e, "record" in gap.group().lower())
               for s, e in lexicon("approximate").spans(before))


@cache
def _article_hedge_lead() -> re.Pattern[str]:
    """A word before a hedge that is also a preposition (`article_preposition_hedges`) that makes
    it the figure's hedge (`article_hedge_leads`: `holds about a 9 percent share`)."""
    leads = cue_regex(cue_data(STANCE_CUES)["article_hedge_leads"]).pattern
    return re.compile(r"(?:^|" + leads + r")\s+$", re.IGNORECASE)


def _article_hedge_leads(before: str, s: int, e: int, record: bool) -> bool:
    """Whether the hedge `before[s:e]` before an article hedges the figure: a hedge that is also
    a preposition (`over`, `about`, `around`: `article_preposition_hedges` of stance_cues.json)
    only before `record` or after one of the `article_hedge_leads` (`holds about a 9 percent
    share`), not as the preposition of a noun or verb (`concerns over a 20% drop`, `talks about
    a 1 million tonne sale`, `brought about a 30% drop`)."""
    prepositions = cue_data(STANCE_CUES)["article_preposition_hedges"]
    if record or before[s:e].lower() not in prepositions:
        return True
    return _article_hedge_lead().search(before, 0, s) is not None


def is_approximate(text: str, q_start: int, floor: int, bound: Bound) -> bool:
    """Whether the quantity is hedged (`about`, `more than`, `up to`). `an estimated` and `an
    average of` are no hedge: the first is a modality, the second an exact mean."""
    if bound == "=" and _TOPPING_BEFORE.search(text, max(floor, q_start - 25), q_start) and \
            not _handed_on(text, q_start):
        return True  # `expected to top $700 million`, `to exceed six million tons`: a bound
    if bound == "=" and _past_a_mark(text, q_start, floor):
        return True  # `passed the $1 billion mark`: a bound, like `passed $1 billion`
    if bound == "<" and moved_up(text, q_start):
        bound = "="  # `exports edge up to 535,000 tonnes`: a level reached, no ceiling
    if bound == "=" and _hedge_before_article(text, q_start, floor):
        return True  # `close to a record 4.2 million tons`, `about a 6 percent share`
    if bound in ("=", ">", "<"):
        return bound != "="
    before = text[max(floor, q_start - 25):q_start]
    not_hedges = lexicon("not_hedges", source=STANCE_CUES)
    hedges = [before[s:e] for s, e in lexicon("approximate").spans(before)
              if _GAP.match(before[e:])]
    if any(hedge not in not_hedges for hedge in hedges):
        return True
    return not any(_GAP.match(before[e:]) for _, e in not_hedges.spans(before))
