"""Which words in a window are cues of a modality: the `modality` lexicons of claim_cues.json
and stance_cues.json, and the patterns that find a plan, a forecast or an estimate no single
word shows (`is to supply`, `contracted 2 million tonnes`, `approved imports of`, `seen rising`,
`for delivery in March`, `could soon reach`), less the words that only look like one (a name's
capital, a project noun, a participle used as an adjective, a scheduled power flow).

`modality` decides which of these cues governs a quantity.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from tradetrace.extract.cues import (
    STANCE_CUES,
    Lexicon,
    cue_data,
    cue_regex,
    hedge_pattern,
    holds,
    lexicon,
    lowered_window,
    word_set,
)
from tradetrace.extract.quantity_lexicon import lexicon as quantity_lexicon
from tradetrace.normalize.periods import MONTH_PATTERN


@lru_cache(maxsize=4096)
def modality_spans(name: str, text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The cues of modality `name` in text[start:end]. Asked for the same clause or sentence for
    every quantity in it and for each way `modality_of` looks (some 30,000 times per 300 KB,
    13,000 of them distinct): remembered for the last windows (pure: the cues are fixed)."""
    low = lowered_window(text, start, end)  # (lowered once for the checks below)
    found = (lexicon("modality", name).spans(text, start, end)
             + lexicon("modality", name, source=STANCE_CUES).spans(text, start, end))
    if name == "planned":
        found += _scheduled().spans(text, start, end) + _aimed_purchase().spans(text, start, end)
    if name == "planned" and holds(low, ("offer",)):
        found += [m.span() for m in _OFFERED_AMOUNT.finditer(text, start, end)
                  if not _OFFERED_PRICE.match(text, m.end())]
    if name == "planned" and holds(low, ("ask", "appl")):
        found += [m.span() for m in _REQUESTED_AMOUNT.finditer(text, start, end)]
    if name == "forecast":
        found += _set_to_change().spans(text, start, end)
    if name == "forecast" and text.find("seen", max(start, 0), max(end, 0)) >= 0:
        found += [m.span("seen") for m in _SEEN_DOING.finditer(text, start, end)]
        found += [m.span() for m in _SEEN_HEADLINE.finditer(text, start, end)
                  if not _PERFECT_SEEN.search(text, max(start, m.start() - 24), m.start())]
    # (each pattern below is run only on a window holding a word every match of it holds: the
    # lower-case `for` of `DUE_WINDOW`, a modal verb of the adverbed cues)
    if name == "planned" and text.find("for", max(start, 0), max(end, 0)) >= 0:
        found += [m.span() for m in DUE_WINDOW.finditer(text, start, end)]
    if name == "planned" and holds(low, CONTRACT_WORDS):
        found += [m.span() for m in contracted_amount().finditer(text, start, end)]
    if name == "planned" and holds(low, ("book",)):
        found += [m.span() for m in _BOOKED_AMOUNT.finditer(text, start, end)]
    if name == "estimated" and holds(low, ("appear", "seem")):
        found += [m.span() for m in _appearing_object().finditer(text, start, end)]
    if name == "forecast" and holds(low, ("hop",)):
        found += [m.span() for m in hoped_level().finditer(text, start, end)]
    if name == "planned" and holds(low, ("looking",)):
        found += [m.span() for m in _looked_for_amount().finditer(text, start, end)]
    if name == "planned" and holds(low, ("declared",)):
        found += [m.span() for m in _DECLARED_SALES.finditer(text, start, end)]
    if name == "planned" and holds(low, ("tender",)):
        found += [m.span() for m in _tendered_amount().finditer(text, start, end)]
    if name == "planned" and holds(low, _APPROVAL_WORDS):
        found += [m.span() for m in approved_amount().finditer(text, start, end)
                  if not _adjective_approval(text, m.start(), m.end())]
    if name == "forecast" and holds(low, _HEDGE_MODALS):
        # `could earn US$1 billion`, `should harvest around 200,000 tonnes`: a hedged modal
        # before any verb (`_nearest` keeps it to the figures of its own predicate)
        found += [m.span() for m in _hedged_predicate().finditer(text, start, end)]
    adverbed = _modal_adverb_cues(name)
    if adverbed is not None and holds(low, _MODAL_WORDS):
        # `could soon reach`: a modal cue with an adverb inside it
        found += [m.span() for m in adverbed.finditer(text, start, end)]
    title: bool | None = None  # whether the window is a title-case headline (asked once)
    kept = []
    for s, e in found:
        # `consultancy CCA Analysis`: a capitalised cue after a capitalised word in running text
        # is part of a name (not in a title-case headline: `Russia Expected to Export ...`)
        if text[s].isupper() and _NAME_BEFORE.search(text, max(start, s - 30), s):
            if title is None:
                title = _title_case(text, start, end)
            if not title:
                continue
        if _project_noun(text, s, e) or _participle_adjective(text, s, e) or \
                _scheduled_power(text, start, end, s, e):
            continue
        if _not_a_cue(text, start, s, e):
            continue
        kept.append((s, e))
    return tuple(kept)


_SEEN_DOING = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+"
                         r"(?:(?:now|also|still|[a-z]+ly)\s+)?(?P<seen>seen\s+(?:[a-z]+ly\s+)?(?!(?:shipping|nothing|anything|"
                         r"something|everything|during|spring|morning|evening|building|"
                         r"ceiling|thing)\b)(?-i:[a-z]{2,}ing))\b", re.IGNORECASE)
"""`seen` before any gerund (`seen easing`, `is seen selling 2.4 million tonnes`, `seen
hitting US$1bn`, `is seen coming in 10% bigger`): the passive of a view, a forecast (the
`seen rising` family of claim_cues.json without listing every verb); not the perfect of `see`
(`Kenya has seen growing demand`, `has never seen shipping on this scale`: a passive `be` comes
before it), nor a noun in -ing after it (`shipping`, `nothing`)."""


_SEEN_HEADLINE = re.compile(r"(?<=[a-z] )seen(?=\s+(?:up|down|(?:above|below|near|over|under)"
                            r"(?=\s+(?:US|U\.S\.|A|C|NZ|HK)?[$€£¥\d])|flat|steady|stable|"
                            r"near\s+(?:a\s+)?record|"
                            r"\d[\d.,]*\s*(?:%|percent|per\s+cent|pct|pc)\s+(?:higher|lower|"
                            r"smaller|bigger|larger|less|more|up|down|above|below)|"
                            r"(?:ris|fall|hitt|reach|topp|climb|dropp|declin|grow|increas|doubl|"
                            r"tripl|surg|slipp|eas|jump|slid|exceed|pass|cross|near|dipp|sink|"
                            r"shrink|recover|rebound|return|stay|remain|hover|edg)ing)\b)",
                            re.IGNORECASE)
"""`seen` with no `be` before a direction, a verb of movement or level in -ing, or `above`
(`below`, `near`, `over`, `under`) a figure (`Cotton exports seen up 27%`, `gold exports seen
hitting US$1bn`, `trade seen above 3 billion euro`), flat, steady or near a record (`tin exports
seen flat at 60,000 T`), or a percent and a comparative (`barley crop seen 6% smaller`): the
headline's shortened passive of a view, a forecast; not the perfect of `see` (`_PERFECT_SEEN`),
nor a thing observed (`a tanker seen transferring oil`, `the rally seen over the past year`)."""


_PERFECT_SEEN = re.compile(r"\b(?:has|have|had|having|'ve|’ve|is|are|was|were|be|been|being)\b"
                           r"(?:\s+[a-z]+ly|\s+(?:not|never|also|ever|already|just|now|still))*"
                           r"\s+$", re.IGNORECASE)
"""Before `seen`: a perfect (`Kenya has rarely seen growing demand`) or a passive `be` (read by
`_SEEN_DOING`, which knows its exceptions)."""


def _stance(key: str) -> str:
    """The regex source of the `key` word list of stance_cues.json."""
    return cue_regex(cue_data(STANCE_CUES)[key]).pattern


@cache
def hoped_level() -> re.Pattern[str]:
    """`hope`/`hoped` (`that`), a subject of up to four words, perhaps a modal, and one of the
    `hoped_levels` of stance_cues.json (`We hope they reach`, `had hoped Ukrainian supplies
    would meet`): the level hoped for, an outlook (`hopes to`, `hope for` are cues of their
    own)."""
    verbs = _stance("hoped_levels")
    return re.compile(r"\bhop(?:e|es|ed)\s+(?:that\s+)?(?!(?:to|for)\b)(?:[\w'’-]+\s+){1,4}?"
                      r"(?:(?:will|would|could|can)\s+)?" + verbs, re.IGNORECASE)


@cache
def _looked_for_amount() -> re.Pattern[str]:
    """`looking to` and one of the `looking_to_verbs` of stance_cues.json right before a figure
    (`is also looking to purchase some 2 million tons`): the amount sought, a plan."""
    verbs = _stance("looking_to_verbs")
    return re.compile(r"\blooking\s+to\s+" + verbs + r"(?=\s+" + hedge_pattern(True)
                      + r"(?:US|U\.S\.)?\s?[$€£¥]?\d)", re.IGNORECASE)


@cache
def _scheduled() -> Lexicon:
    """`is to supply`, `were to discharge`, `is to double`, `is also to purchase`: `be to` (an
    adverb of `scheduled_adverbs` may stand inside it) or one of the `decided_leads` and `to`
    (`has decided to sell`, `is ready to send`) before one of the `scheduled_verbs` of
    stance_cues.json, a plan."""
    stance = cue_data(STANCE_CUES)
    verbs = stance["scheduled_verbs"]
    leads = [f"{be} {adverb}" for be in ("is", "are", "was", "were")
             for adverb in ("", *stance["scheduled_adverbs"])]
    words = tuple(f"{lead.strip()} to {verb}" for lead in leads + stance["decided_leads"]
                  for verb in verbs)
    return Lexicon("modality.scheduled", words, cue_regex(words))


@cache
def _set_to_change() -> Lexicon:
    """`are set to rise 10%`, `set to top $1 billion`: `set to` before one of the
    `set_to_changes` of stance_cues.json, a forecast of the change (nearer the figure than the
    planned cue `set to` inside it, so it decides)."""
    words = tuple(f"set to {verb}" for verb in cue_data(STANCE_CUES)["set_to_changes"])
    return Lexicon("modality.set_to_change", words, cue_regex(words))


CONTRACT_WORDS = ("contract", "deal", "agreement", "arrangement", "accord", "memorandum", "mou",
                   "offtake")
"""Words one of which every match of `contracted_amount` holds (a cheap test before it)."""


@cache
def contracted_amount() -> re.Pattern[str]:
    """A deal and the amount it binds, named right after it (`a contract for 4.1 million tonnes a
    year`, `a yearly arrangement covering 180,000 tonnes`, `Moldovagaz's deal with Gazprom
    provides for 3.2 bcm`, `a deal with Rosneft to buy as much as 500,000 bpd`): the deal's
    nouns and links are `contract_nouns` and `contract_links` of stance_cues.json. Only before a
    figure (a hedge may come first), never a year (`Under its contracts for 2018 the agency
    received 298,000 tons`: what came in under them is reported)."""
    data = cue_data(STANCE_CUES)
    nouns = cue_regex(data["contract_nouns"]).pattern
    links = cue_regex(data["contract_links"]).pattern
    return re.compile(nouns + r"\s+(?:with\s+(?:(?-i:[A-Z])[\w&.'’-]*\s+){1,4}?)?" + links
                      + r"(?=\s+" + hedge_pattern(True) + r"(?:US|U\.S\.)?\s?[$€£¥]?\d)"
                      r"(?!\s+(?:19|20)\d\d\b)", re.IGNORECASE)


_APPROVAL_WORDS = ("approv", "authori", "clear", "permission")
"""Stems one of which every match of `approved_amount` holds (a cheap test before it)."""


_TRADE_NOUNS_OF = r"(?:imports|exports|purchases|sales|shipments|deliveries)\s+of\s"


_TRADE_INFINITIVE = r"to\s+(?:bring\s+in|import|export|buy|ship|sell|purchase|supply)\b"


_RESTRICTION_NOUNS = (r"\b(?:bans?|sanctions?|embargo(?:es)?|caps?|curbs?|restrictions?|limits?|"
                      r"tariffs?|dut(?:y|ies)|levies|levy|backlog)\b")
"""Between an approval and the trade it names: a restriction approved (`approved sanctions on
imports of`, `a ban on exports of`) or a backlog cleared, no amount let through."""


def _adjective_approval(text: str, at: int, end: int) -> bool:
    """`Approved imports of wheat rose`, `the cleared exports of`: a participle opening its
    phrase describes a flow that happened, no approval of an amount (verbs only: a noun such as
    `approval` is never an adjective)."""
    if not text[at:end].lower().endswith(("ed", "es", "rs")):
        return False
    return text[at].isupper() or _NOT_VERB_BEFORE.search(text, max(0, at - 8), at) is not None


_NOT_VERB_BEFORE = re.compile(r"\b(?:the|its|their|these|those|of|with|for|on|in|by)\s+$",
                              re.IGNORECASE)


@cache
def approved_amount() -> re.Pattern[str]:
    """An authority letting goods be traded, and so the amount it lets through a plan (the match
    is the approving word alone): an approval verb right before a figure (`has approved 300,000
    tonnes`, `authorised another 50,000 tonnes`), an approval or clearing verb before a trade
    noun and `of` (`approved urea imports of 1.6 million tonnes`, `cleared sales of 23 million
    tonnes`) or with a use within the clause after it (`cleared another 10,000 tonnes of onions
    for export`, `had been approved for shipment`), or an approval noun before a trade verb
    (`granted approvals to five firms to import 2 GW`, `obtained permission to bring in 1.6
    million tonnes`). Words are `approval_verbs`, `clearing_verbs`, `approval_uses` and
    `approval_nouns` of stance_cues.json; a clearing verb alone before a figure is a record
    (`customs cleared 826,000 tons of exports`)."""
    data = cue_data(STANCE_CUES)
    approving = cue_regex(data["approval_verbs"]).pattern
    clearing = cue_regex(data["clearing_verbs"]).pattern
    uses = cue_regex(data["approval_uses"]).pattern
    nouns = cue_regex(data["approval_nouns"]).pattern
    figure = r"\s+(?:(?:another|a\s+further|an\s+extra)\s+)?" + hedge_pattern(True) + \
        r"(?:US|U\.S\.)?\s?[$€£¥]?\d"
    word = rf"(?!{_RESTRICTION_NOUNS})[\w-]+\s+"
    gap = rf"(?:(?!{_RESTRICTION_NOUNS}|,\s+which\b)[^.;:]){{0,60}}?"
    return re.compile(
        rf"{approving}(?={figure})|"
        rf"(?:{approving}|{clearing})(?=\s+(?:{word}){{0,3}}?{_TRADE_NOUNS_OF}|"
        rf"\s+(?:{gap}\s)?{uses})|"
        rf"{nouns}(?=\s+(?:[^.;:]{{1,80}}?\s)?{_TRADE_INFINITIVE})",
        re.IGNORECASE)


@cache
def _tendered_amount() -> re.Pattern[str]:
    """A tender and the trade it is for (the match is the tender's word): `tender` (`tenders`,
    `tendered`) before `to` and one of the `tender_verbs` of stance_cues.json, a few words of
    date or place allowed between (`closes a tender on 13 May to buy 425,390t`), or before `for`
    and a figure (`Syria tenders for 200,000 tonnes`, `to tender for another 100,000 tonnes`;
    not `won the tender for the 997,000 barrels`, a lot sold)."""
    verbs = _stance("tender_verbs")
    figure = (r"\s+(?:(?:another|a\s+further|an?\s+additional|an?\s+extra)\s+)?"
              + hedge_pattern(True) + r"\d")
    return re.compile(r"\btender(?:s|ed)?(?=(?:\s+(?:on|in|at|of)\s+[\w.]+(?:\s+[\w.]+)?)?"
                      r"\s+to\s+" + verbs + r"|\s+for" + figure + ")", re.IGNORECASE)


@cache
def _aimed_purchase() -> Lexicon:
    """`aims to buy`, `aiming to import`, `is looking to purchase`: an aim before one of the
    `aim_purchase_verbs` of stance_cues.json is a planned purchase (nearer the figure than the
    forecast cue `aims to` inside it, so it decides)."""
    verbs = cue_data(STANCE_CUES)["aim_purchase_verbs"]
    words = tuple(f"{aim} to {verb}" for aim in ("aim", "aims", "aimed", "aiming", "is looking",
                                                   "are looking", "was looking", "were looking")
                  for verb in verbs)
    return Lexicon("modality.aimed_purchase", words, cue_regex(words))


_OFFERED_AMOUNT = re.compile(r"\boffer(?:s|ed)\s+(?:to\s+)?(?:(?-i:[A-Z])[\w'’.-]*\s+){0,3}?"
                             r"(?=" + hedge_pattern(True) + r"(?:US|U\.S\.)?\s?[$€£¥]?\d)",
                             re.IGNORECASE)
"""`Russia has offered Bangladesh 200,000 tonnes`, `OCP offers Africa 550,000 tonnes`: a sale
proposed, right before its amount (the buyer named between), planned (not `offered some relief`,
nor the noun `discounted offers:`)."""


_OFFERED_PRICE = re.compile(r"(?:\S+\s+){0,2}?\S*\d[\d.,]*\s*(?:%|per\s?cent\b|percent\b|"
                            r"(?:a|an|per)\s+[a-z]+)", re.IGNORECASE)
"""After `offered`: a price or a discount (`offered $230 a tonne`, `offered 20% discounts`), no
amount of goods proposed."""


_REQUESTED_AMOUNT = re.compile(
    r"\b(?:ask(?:s|ed)?|appl(?:y|ies|ied))\s+(?:[\w'’.-]+\s+){0,3}?for\s+"
    r"(?:(?:a|an|another|a\s+further|an\s+additional|an\s+extra|(?:an?\s+)?(?:export|import)\s+"
    r"(?:quota|licen[cs]e|permit)s?\s+(?:of|for))\s+)*"
    r"(?=" + hedge_pattern(True) + r"(?:US|U\.S\.)?\s?[$€£¥]?\d)",
    re.IGNORECASE)
"""`Dhaka has asked Myanmar for a further 200,000 tonnes`, `millers asked the government for an
export quota of 10 lakh tons`: an amount requested of someone named between the verb and `for`,
or of no one named (`applied for 100,000 tonnes`), planned."""


@cache
def _time_subject() -> re.Pattern[str]:
    """Right before a cue: a year or one of the `time_subjects` of stance_cues.json."""
    words = _stance("time_subjects")
    return re.compile(r"(?:\b(?:19|20)\d\d|" + words + r")\s+$", re.IGNORECASE)


@cache
def _aimed_at_noun() -> re.Pattern[str]:
    """Right before a cue: one of the `aimed_at_nouns` of stance_cues.json."""
    return re.compile(_stance("aimed_at_nouns") + r"\s+$", re.IGNORECASE)


@cache
def _future_span_lead() -> re.Pattern[str]:
    """Right before a span of time (and what `_time_subject` found): one of the
    `future_span_leads` of stance_cues.json (`next`, `this`), maybe with a word between."""
    words = _stance("future_span_leads")
    return re.compile(words + r"\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


@cache
def _aimed_participles() -> frozenset[str]:
    """The `aimed_participles` of stance_cues.json."""
    return frozenset(cue_data(STANCE_CUES)["aimed_participles"])


@cache
def _agent_after() -> re.Pattern[str]:
    """Right after a participle: `by` and an agent (not a figure nor an `agent_not_after`)."""
    words = _stance("agent_not_after")
    return re.compile(r"\s+by\s+(?!\d|" + words + r")", re.IGNORECASE)


@cache
def _agent_aims() -> re.Pattern[str]:
    """After `by`: an agent of up to three words and then `to` and a verb or `for` and one of
    the `aimed_flow_words` (`by the ministry to export`, `by the government for export`)."""
    flows = _stance("aimed_flow_words")
    return re.compile(r"(?:[\w'’.-]+\s+){1,3}?(?:to\s+(?!\d|\$)(?-i:[a-z]+)\b|for\s+" + flows
                      + r")", re.IGNORECASE)


def _not_a_cue(text: str, floor: int, start: int, end: int) -> bool:
    """Whether the cue word at [start, end) is used otherwise by the words around it (looked
    back no further than `floor`, the window's start)."""
    cue = text[start:end].lower()
    span = _time_subject().search(text, max(floor, start - 16), start) \
        if cue in ("sees", "saw") else None
    if span is not None and not _future_span_lead().search(text, max(floor, span.start() - 30),
                                                            span.start()):
        return True  # `October sees 20% drop`: what happened in a span of time (not `Next
        # year sees exports rising`: a span to come)
    agent = _agent_after().match(text, end) if cue in _aimed_participles() else None
    if agent is not None and not _agent_aims().match(text, agent.end()) and \
            _aimed_at_noun().search(text, max(floor, start - 16), start):
        return True  # `the countries targeted by the policy`: what is aimed at, no figure (not
        # `products planned by the government for export`: their own plan)
    if cue == "analysis" and _PERIODICAL_BEFORE.search(text, max(floor, start - 50), start):
        return True
    if cue == "analysis" and _ANALYSIS_SHOWS.match(text, end):
        return True  # `Ember's analysis of customs records shows`: the analysis is the source
        # of figures it reads off records, no estimate of them
    if cue == "analysis" and _ANALYSIS_ASIDE.search(text, max(floor, start - 90), start):
        return True  # `..., down from 20% in July, according to a Windward analysis based on
        # Vortexa figures`: an analysis named in the aside closing the figures is their source
    if cue in ("order", "orders") and _NOUN_ORDERS.search(text, max(floor, start - 20), start):
        return True
    if cue in _STANDING_NOUNS and _STANDING_BEFORE.search(text, max(floor, start - 30), start):
        return True
    if cue in ("agreement", "agreements") and _pact_before().search(text, max(floor, start - 30),
                                                                    start):
        return True  # `exports have grown 91% under the free trade agreement`: a trade pact
        # frames trade, it plans no figure
    if DUE_CUE.fullmatch(text, start, end) and not _MONTH_NEXT.match(text, end):
        return True
    if cue in _BOOKING_CUES and _booking_otherwise(text, floor, start, end):
        return True
    if cue == "set to" and _LOOK_BEFORE.search(text, max(floor, start - 8), start):
        return True
    if cue.startswith("seen ") and _PERFECT_BEFORE.search(text, max(floor, start - 8), start):
        return True  # `Kenya has seen growing demand`: the perfect of `see`, no one's view
    if cue == "sought" and _sought_adjective(text, floor, start, end):
        return True  # `the frozen product, much sought after in Japan, slipped to 60 percent`:
        # wanted by buyers, an adjective, no one's plan
    if cue.endswith(" to") and _destination().match(text, end):
        return True
    if cue.endswith(" for") and _PLACE_FOR.match(text, end):
        return True
    if cue in _PROCURING_CUES and _procured_otherwise(text, floor, start, end):
        return True
    if cue in PASSIVE_LINED_UP and _VEHICLES_BEFORE.search(text, max(floor, start - 40), start):
        return True  # `Trucks are lined up at the border`: a queue of vehicles, no amount
    return cue.endswith("looking for") and not _SOUGHT_AMOUNT.match(text, end)


_SOUGHT_AFTER = re.compile(r"[\s-]after\b", re.IGNORECASE)
"""After `sought`: `sought after` (`sought-after`), an adjective of goods in demand."""


def _sought_adjective(text: str, floor: int, start: int, end: int) -> bool:
    """Whether `sought` is the adjective `sought after`: hyphenated, after one of the
    `sought_adjective_before` (`much sought after`, `is sought after`), or with no determiner
    after it (`Kenya sought after the drought to import ...` is a verb and a time clause)."""
    after = _SOUGHT_AFTER.match(text, end)
    if after is None:
        return False
    if text[end] == "-" or _sought_before().search(text, max(floor, start - 16), start):
        return True
    return _sought_determiner().match(text, after.end()) is None


@cache
def _sought_before() -> re.Pattern[str]:
    """One of the `sought_adjective_before` right before `sought`."""
    words = _stance("sought_adjective_before")
    return re.compile(words + r"\s+$", re.IGNORECASE)


@cache
def _sought_determiner() -> re.Pattern[str]:
    """One of the `sought_after_determiners` (or a figure) right after `sought after`."""
    words = _stance("sought_after_determiners")
    return re.compile(r"\s+(?:" + words + r"|\d)", re.IGNORECASE)


_DECLARED_SALES = re.compile(r"(?<!\bof\s)\bdeclared\s+export\s+sales(?=\s+(?:of|at|to|"
                             r"total\w*|reach\w*|stood|were|came|amount\w*)\b)", re.IGNORECASE)
"""Declared export sales before their figure (`has so far declared export sales of 400,000
tonnes of barley`; not `80% of declared export sales`, a share of them shipped): sales
registered ahead of shipment, goods contracted to go, a plan. (Weekly `Net sales ... for the
marketing year` are plans too by the gold sets, but read as plans their `week ended` dates move a
year ahead in the period stage, which costs more than it gains.)"""


@cache
def _appearing_object() -> re.Pattern[str]:
    """`appears to have bought a 25,000 tonne cargo`, `seem to ship about 3 million tonnes`: one
    of the `appearing_verbs` of stance_cues.json, then its verb and up to ten words with no
    clause break (`appearing_object_stops`) before a figure, the verb's object or its adjunct
    after a comma (`appearing_object_adjuncts`: `appear to have fallen sharply in May, by about
    20%`); the span is the `appearing_verbs` cue."""
    data = cue_data(STANCE_CUES)
    verbs = cue_regex(data["appearing_verbs"]).pattern
    stops = cue_regex(data["appearing_object_stops"]).pattern
    adjuncts = cue_regex(data["appearing_object_adjuncts"]).pattern
    return re.compile(verbs + r"(?=\s+(?:have\s+|be\s+)?[a-z]+(?:(?:\s+|,\s+(?=" + adjuncts
                      + r"))(?!" + stops + r")[\w'’-]+){0,10}?\s+" + hedge_pattern(True)
                      + r"(?:US|U\.S\.)?\s?[$€£¥]?\d)", re.IGNORECASE)


_BOOKED_AMOUNT = re.compile(
    r"\b(?:booked|books|booking)(?=\s+(?:(?:only|already|alone|just|the\s+most(?:\s+at|,)|"
    r"more\s+than|over|about|around|some|nearly|up\s+to|another|a\s+further|an\s+extra|"
    r"(?:a\s+)?record)\s+)*(?:US|U\.S\.)?\s?[$€£¥]?\d)|"
    r"\b(?:been|being|were|are|is)\s+(?-i:booked)\b(?!\s+(?:in|as|on|at|under)\b)",
    re.IGNORECASE)
"""Goods booked, a planned purchase or sale: a booking verb right before its amount (`China
booked the most at 47,000 bales`, `had already booked more than 145,000 tonnes`, `MMTC books 6
lakh tonnes`), or booked in the passive (`at least 20 cargoes have been booked, or more than
1.3 million tons`; not `had been booked in January-March 2022`, an entry in the accounts). A
verb with no amount after it (`buyers booked more Chinese rare earths in March, lifting
exports by 20%`) leaves the exports it led to reported."""


_BOOKING_CUES = frozenset({"booked", "books", "booking", "been booked", "being booked",
                           "were booked", "are booked", "is booked"})


_LEDGER_BEFORE = re.compile(r"(?:['’]s?|\b(?:the|its|their|his|her|on|in|off|my|our))\s+$",
                            re.IGNORECASE)
"""Before `books`: an owner or article (`the weakest month on Pemex's books`), the ledger noun."""


def _booking_otherwise(text: str, floor: int, start: int, end: int) -> bool:
    """Whether `booked`, `books` or `booking` at [start, end) is no booking of goods: the noun
    of a ledger (`on Pemex's books`), or money booked in or from one of the `booked_accounts` of
    stance_cues.json within the clause after it (`booked $3.51 billion in export receipts`), what
    a seller took in."""
    if text[start:end].lower() == "books" and _LEDGER_BEFORE.search(
            text, max(floor, start - 12), start):
        return True
    if text[start:end].lower() in ("booked", "books") and _booked_flow_before().search(
            text, max(floor, start - 30), start):
        return True  # `Vietnam's rice exports booked US$4.8 billion`: the flow it is said of
        # (`booked_flows` of stance_cues.json, right before the verb) came to the amount
    if _BOOKED_PERIOD.match(text, end):
        return True  # `booked 1.6 million tonnes in the 2022-23 crop year`: an amount over a
        # year or season that ended is a record (not `last week`: buyers book for weeks)
    return _booked_takings().match(text, end) is not None


@cache
def _booked_flow_before() -> re.Pattern[str]:
    """Right before `booked`: one of the `booked_flows` of stance_cues.json as its subject."""
    flows = _stance("booked_flows")
    return re.compile(flows + r"\s+$", re.IGNORECASE)


_BOOKED_PERIOD = re.compile(
    r"(?:(?!\b(?:for|delivery|shipment|loading|arrival|due)\b)[^.;,]|[.,](?=\d)){0,80}?"
    r"\b(?:(?:in|during|over|throughout)\s+(?:the\s+)?(?:(?:calendar|fiscal|financial|crop|"
    r"marketing)\s+(?:year\s+)?)?(?:19|20)\d\d\b|last\s+(?:(?:calendar|fiscal|financial|crop|"
    r"marketing)\s+)?(?:year|season)\b)", re.IGNORECASE)
"""After a booking verb, within its clause and before any word of a later delivery (`for March
shipment`, `for delivery in 2025`): a year or season (`in 2023`, `in the 2022-23 crop year`,
`in fiscal 2023`, `last year`), the period the amount was recorded over."""


@cache
def _booked_takings() -> re.Pattern[str]:
    """After a booking verb: up to 50 characters of its clause, then `in` or `from`, two words at
    most and one of the `booked_accounts` of stance_cues.json (`revenue` may follow at once)."""
    accounts = _stance("booked_accounts")
    return re.compile(r"(?:(?:[^.;,]|[.,](?=\d)){0,50}?\b(?:in|from)\s+(?:[\w-]+\s+){0,2}?|\s+)"
                      + accounts, re.IGNORECASE)


_PERFECT_BEFORE = re.compile(r"\b(?:has|have|had|having)\s+$", re.IGNORECASE)
"""Before a `seen ...` cue: the perfect of `see` (`has seen growing demand`), not a forecast."""


_LOOK_BEFORE = re.compile(r"\blook(?:s|ed)?\s+$", re.IGNORECASE)
"""Before `set to`: a forecast (`look set to reach`), not a plan set."""


_SOUGHT_AMOUNT = re.compile(r"\s+(?:up\s+to\s+|about\s+|around\s+|some\s+|nearly\s+|"
                            r"(?:an?\s+)?(?:further|extra|additional|another)\s+)?(?:US)?[$€£¥]?\d",
                            re.IGNORECASE)
"""After `looking for`: an amount sought, a planned purchase (`is looking for up to 30,000 cubic
meters of diesel`; not `new buyers`, `a 5% return` or `higher prices`)."""


_PROCURING_CUES = frozenset({"secured", "secures", "lined up", "lines up", "awarded", "awards"})
"""Verbs of a purchase or supply won through a tender or deal (stance_cues.json `planned`);
`_procured_otherwise` reads the words after them (and, for `securing_cues`, the clause)."""


_PROCURED_AMOUNT = re.compile(
    r"\s+(?:(?:up\s+to|about|around|some|nearly|almost|roughly|more\s+than|over|at\s+least|only|"
    r"just|another|a\s+further|an?\s+(?:extra|additional)|between)\s+)*(?:US|U\.S\.)?\s?[$€£¥]?"
    r"\d(?![\d.,]*\s*(?:%|per\s?cent\b|pc\b))", re.IGNORECASE)
"""After a procuring verb: the amount procured, a planned delivery (`GASC secured 300,000 tonnes
of wheat for shipment in May`, `has lined up about 7 million barrels`, `awarded 1.16mn t in 18
cargoes`); not a share won (`secured a 12% share`) nor anything else secured (`secured
funding`)."""


def _procured_otherwise(text: str, floor: int, start: int, end: int) -> bool:
    """Whether the procuring verb at [start, end) (`secured`, `lined up`, `awarded`) wins no
    purchase to be delivered: no amount right after it (`secured a 12% share`, `secured
    funding`); money taken in (`secured $8 billion in oil revenue`, `secured $10 billion from oil
    exports`, `procured_takings` of stance_cues.json); or a `securing_cues` verb with no word of
    a tender or deal in its clause (`procured_contexts`: `secured 120,000 tonnes in a tender`),
    which may report goods obtained over a past month or year (`India secured 1.7 million bpd of
    Russian oil in March, Kpler data showed`)."""
    amount = _PROCURED_AMOUNT.match(text, end)
    if amount is None:
        return True
    if _procured_takings().match(text, amount.end() - 1) and (
            _MONEY_SIGN.search(amount.group()) or _MONEY_WORD.match(text, amount.end() - 1)):
        return True  # money then what it is: takings recorded, not goods bought
    if text[start:end].lower() not in cue_data(STANCE_CUES)["securing_cues"]:
        return False  # `lined up`, `awarded`: an amount still to come, whatever the clause
    lead = text.rfind("\n", max(floor, start - _CLAUSE_REACH), start) + 1
    lead = max(lead, floor, start - _CLAUSE_REACH)
    for stop in CLAUSE_STOP.finditer(text, lead, start):
        lead = stop.end()
    tail = CLAUSE_STOP.search(text, end, end + _CLAUSE_REACH)
    close = tail.start() if tail else min(len(text), end + _CLAUSE_REACH)
    return _procured_context().search(text, lead, close) is None  # the clause around the


PASSIVE_LINED_UP = frozenset({"is lined up", "are lined up", "is already lined up",
                               "are already lined up", "been lined up"})
"""The passive `lined up` cues of stance_cues.json `planned`: an amount lined up after its
figure in the same clause (`90,000 tonnes ... is already lined up for January`) is planned;
not one before its figure nor one in another clause (`_lined_up_elsewhere`)."""


_VEHICLES_BEFORE = re.compile(
    r"\b(?:ships?|vessels?|tankers?|trucks?|lorry|lorries|wagons?|railcars?|cars?|buses|"
    r"barges?|boats?|carriers?)(?:\s+\w+){0,3}\s+(?:have\s+|has\s+)?$", re.IGNORECASE)
"""Before a passive `lined up`: vehicles that queue (`Trucks are lined up at the border`,
`Ships are lined up outside Santos`), not an amount lined up."""


_CLAUSE_REACH = 160
"""How far `_procured_otherwise` reads either side of `secured` for a tender or deal."""


CLAUSE_STOP = re.compile(r"[.;:!?](?=\s|$)|\n")
"""The end of a clause (not a decimal point: `1.2 million`)."""


_MONEY_SIGN = re.compile(r"[$€£¥]")


_FIGURE_REST = (r"[\d.,]*\s*(?:(?:bn|b|billion|mn|m|million|trillion|tn|thousand|crore|lakh)\b"
                r"\.?\s*)?")
"""From the first digit of an amount: the rest of its digits and its scale word."""


_CURRENCY_WORD = r"(?:dollars|euros|pounds|yuan|rupees|riyals|dinars)\b"


_MONEY_WORD = re.compile(_FIGURE_REST + _CURRENCY_WORD, re.IGNORECASE)
"""After the first digit of an amount: a currency named in words (`2 billion dollars`)."""


@cache
def _procured_takings() -> re.Pattern[str]:
    """From the first digit of an amount procured: the figure, its scale and currency word,
    then within three more words one of the `procured_takings` of stance_cues.json (`$8 billion
    in oil revenue`, `$2 billion funding`), or `from` and within three words one of the
    `procured_sources` (`$10 billion from oil exports`)."""
    stance = cue_data(STANCE_CUES)
    takings = cue_regex(stance["procured_takings"]).pattern
    sources = cue_regex(stance["procured_sources"]).pattern
    words = r"(?:[\w'’-]+\s+){0,3}?"
    return re.compile(_FIGURE_REST + r"(?:" + _CURRENCY_WORD + r"\s*)?(?:(?:(?:in|of|as)\s+)?"
                      + words + takings + r"|from\s+" + words + sources + r")", re.IGNORECASE)


@cache
def _procured_context() -> re.Pattern[str]:
    """One of the `procured_contexts` of stance_cues.json: a tender or deal (`tender`,
    `cargoes`, `for shipment`, `contract`)."""
    return cue_regex(cue_data(STANCE_CUES)["procured_contexts"])


_ANALYSIS_SHOWS = re.compile(r"[^.;:]{0,60}?\b(?:shows?|showed|says|said|finds|found|"
                            r"reveals|revealed)\b", re.IGNORECASE)
"""After `analysis`: its own verb of showing within the clause (`a Davis Index analysis shows`,
`a Sputnik analysis of UN Comtrade data found`)."""


_ANALYSIS_ASIDE = re.compile(r",\s+(?:according\s+to\s+|[^,;]{1,60}?\s(?:said|says)\s+in\s+)"
                             r"(?:a|an|its|their|the)\s+(?:[\w&'’().-]+\s+){0,5}$", re.IGNORECASE)
"""Before `analysis`: an aside after a comma naming the source of what came before it
(`, according to an Export Promotion Bureau (EPB) analysis`, `, CCFGroup said in an analysis`),
not a clause opening on the analysis (`According to an analysis by Kpler, India imported`, still
an estimate)."""


_PERIODICAL_BEFORE = re.compile(r"\b(?:in|from)\s+(?:its|their|the|a|an)\s+(?:(?:latest|last|new|"
                                r"most\s+recent)\s+)?(?:monthly|weekly|quarterly|annual|yearly|"
                                r"daily|regular)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
"""Before `analysis`: a periodical it appears in (`said in its monthly situation analysis`), a
publication that reports figures, not an estimate of them."""


_NOUN_ORDERS = re.compile(r"\b(?:\w+-\w+ed|new|more|fewer|import|purchase)\s+$|"
                          r"\bnew\s+export\s+$", re.IGNORECASE)
"""Before `orders`: the noun (`as importers front-loaded orders`, `new orders`, `new export
orders` of a survey), not a plan; `export orders` a country's companies booked are its planned
exports (`Taiwan's export orders rose 26.3 percent`)."""


DUE_CUE = re.compile(r"for\s+(?:delivery|loading|arrival|shipment)\s+(?:in|by|on|between|from)",
                      re.IGNORECASE)
"""The planned cues of goods bought for a later month (`for delivery in`, `for loading in`,
`for shipment on`, `for shipment from`)."""


SEASON = r"(?:19|20)\d\d\s*[/-]\s*(?:19|20)?\d\d"
"""A season written as two years (`2022/23`, `2020-21`)."""


_MONTH_NEXT = re.compile(r"\s+(?:(?:early|mid|late)[\s-]+)?" + MONTH_PATTERN + r"(?!\w)|"
                         r"\s+the\s+(?:(?:first|second|third|fourth)\s+(?:half|quarter)|"
                         r"(?:" + SEASON + r"\s+)?(?:marketing|crop|fiscal|financial)\s+year|"
                         + SEASON + r"\s+season)\b|\s+(?:19|20)\d\d\b")
"""After `for delivery in`: the time the goods are due, a month, a half or quarter, a season or
marketing year, or a year (`for delivery in the first half of September`, `for shipment in the
2020-21 marketing year`); not a port (`for delivery in Colombo`)."""


DUE_WINDOW = re.compile(r"\bfor\s+(?:(?:(?:early|mid|late)[\s-]+)?" + MONTH_PATTERN +
                         r"(?:\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?)?(?:,?\s+\d{4})?|"
                         + SEASON + r")\s+(?:shipment|delivery|loading|arrival)\b")
"""A window of days or a season goods are due in, before its noun (`for August 1-10 shipment`,
`for Oct. 5-15 delivery`, `for 2022/23 delivery`): the goods bought are a planned flow."""


_STANDING_NOUNS = frozenset({"agreement", "pledge", "pledges", "commitment", "commitments"})


_STANDING_BEFORE = re.compile(r"\b(?:in\s+line\s+with|honou?r|meet|comply\s+with|within)\s+"
                           r"(?:its|their|his|her|our)\s+(?:[\w+.-]+\s+){0,2}$", re.IGNORECASE)
"""Before an agreement or pledge: words that measure a figure against it (`in line with its OPEC+
agreement`, `tried to honour its Opec+ pledges`), a standing commitment, not a plan for the
figure (`Under its agreement ... is to supply` stays a plan)."""


@cache
def _pact_before() -> re.Pattern[str]:
    """Right before `agreement`: one of the `pact_kinds` of stance_cues.json (`free trade`,
    `partnership`), perhaps hyphenated or capitalised (`Economic Partnership Agreement`)."""
    kinds = _stance("pact_kinds")
    return re.compile(kinds + r"[\s-]+$", re.IGNORECASE)


@cache
def _destination() -> re.Pattern[str]:
    """After a cue ending in `to` (`going to`): a place it goes to (`11.8 bcm going to Europe`,
    `going to the EU`), not a verb of a plan (`going to buy`) nor a sum's currency letters (`will
    come to US$17.6 billion`, `will amount to Rs 900 crore`: the currency prefixes of the quantity
    lexicon before a figure, no name)."""
    data = quantity_lexicon().data
    prefixes = sorted({*data["currency_prefixes"], *data["currency_prefixes_scaled_only"],
                       *data["currency_prefixes_amount_only"]}, key=len, reverse=True)
    money = "|".join(re.escape(prefix) for prefix in prefixes if prefix[:1].isupper())
    return re.compile(r"\s+(?:the\s+|a\s+|an\s+|other\s+|(?!(?:" + money + r")\.?\s?\d)[A-Z])")


_PLACE_FOR = re.compile(r"\s+(?:[a-z-]+\s+)?[A-Z][a-z]")
"""After a cue ending in `for` (`heading for`): a place a cargo sails to (`was heading for
Syria's Baniyas`, `heads for blockaded Cuba`), not an outcome (`heading for a record`)."""


_MODAL_WORDS = ("could", "may", "might", "can", "would", "will")


_HEDGE_MODALS = ("could", "should", "may", "might")


@cache
def _hedged_predicate() -> re.Pattern[str]:
    """`could earn`, `should harvest`, `may hit`, `might take`, `could almost triple`: a modal
    of what may or should come to pass, in lower case (not the month `May`), before a verb,
    with one of the `modal_adverbs` or an `-ly` adverb between them: an outlook of the figures
    its predicate governs (`_nearest` keeps it to them). Not before `be`, `have`, `not` or `only`
    (`could not`, `may have risen`, `could only export`: other statements, a past limit)."""
    adverbs = "|".join(re.escape(word) for word in cue_data()["modal_adverbs"])
    return re.compile(rf"(?<![\w-])(?:could|should|may|might)\s+(?:(?:{adverbs}|almost|nearly|"
                      rf"now|then|once\s+more|(?!only\b)[a-z]+ly)\s+)?"
                      rf"(?!(?:be|been|have|not|never|only)\b)[a-z]+\b")


@cache
def _modal_adverb_cues(name: str) -> re.Pattern[str] | None:
    """The cues of `name` made of a modal verb and a verb (`could reach`), with one of the
    `modal_adverbs` between them (`could soon reach`, `may eventually top`); each verb only with
    the modals it is listed with (`will also provide` is no outlook for `could provide`), a
    verb of `could` with `can` too, its present (`can still hit`, as `could hit`)."""
    listed = {(modal.lower(), verb) for modal, verb in (
        word.split(" ", 1) for word in lexicon("modality", name).words
        if " " in word and "*" not in word and word.split(" ", 1)[0].lower() in _MODAL_WORDS)}
    listed |= {("can", verb) for modal, verb in listed if modal == "could"}
    pairs = sorted(listed, key=lambda pair: len(pair[1]), reverse=True)
    if not pairs:
        return None
    adverbs = "|".join(re.escape(word) for word in cue_data()["modal_adverbs"])
    alternatives = "|".join(rf"{modal}\s+(?:{adverbs})\s+{re.escape(verb)}"
                            for modal, verb in pairs)
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)


_DETERMINER_BEFORE = re.compile(r"\b(?:the|its|their|these|those)\s+$", re.IGNORECASE)


def _participle_adjective(text: str, start: int, end: int) -> bool:
    """`the targeted HS codes`, `the prepared statement`: a participle after a determiner that
    describes a noun other than a figure or a flow states no target, plan or projection (`the
    estimated ...` is always an estimate)."""
    word = text[start:end].lower()
    return word.endswith("ed") and word != "estimated" and " " not in word and \
        _DETERMINER_BEFORE.search(text, max(0, start - 8), start) is not None and \
        _FIGURE_AFTER.match(text, end) is None


_FIGURE_AFTER = re.compile(r"\s+(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|"
                           r"up\s+to)\s+)?(?:US|U\.S\.)?[$€£¥\d]|\s+(?:[a-z-]+\s+)?(?:shipments|"
                           r"exports|imports|purchases|sales|deliveries|supplies|volumes?|surge|"
                           r"increase|rise|fall|drop|decline|growth|record|total|level|figure)\b",
                           re.IGNORECASE)
"""After `the expected`: a figure or a flow, whose statement the participle qualifies (`the
expected 3 million tonnes`, `these planned shipments`; not `the targeted HS codes`, `the
prepared statement`, `the scheduled flights`)."""


_SCHEDULED_FLOW = re.compile(r"\s+(?:(?:net|cross-border|commercial|electricity|power)\s+){0,3}"
                             r"(?:exports|imports|exchanges|flows)\b", re.IGNORECASE)
"""After `scheduled`: the power flows grid operators schedule between two systems (`Scheduled
exports of Spanish electricity reached 13,166 GWh`), a record of the flows, not a plan."""


_POWER_UNIT = re.compile(r"\d\s*[kMGT]Wh\b")
"""A figure in watt-hours (`13,166 GWh`): the passage counts power, whose scheduled flows are
recorded ones."""


def _scheduled_power(text: str, start: int, end: int, cue_start: int, cue_end: int) -> bool:
    """Whether the cue at [cue_start, cue_end) is `scheduled` naming power flows in a window
    [start, end) counted in watt-hours (`Scheduled exports fell 8.8% to 25,917 GWh`)."""
    return text[cue_start:cue_end].lower() == "scheduled" and \
        _SCHEDULED_FLOW.match(text, cue_end) is not None and \
        _POWER_UNIT.search(text, start, end) is not None


_DID = r"has|have|had|rose|fell|grew|began|hit|[a-z]+ed"
"""Verbs a project that did something takes (`the first oil project rose`)."""


_PROJECT_NOUN = re.compile(r"(?i:projects?)(?=\s*[,.;:)]|\s+(?:in|and|or|for|with|at|on|that|"
                           r"which|worth|of|were|are|was|is|will|would|" + _DID + r")\b)")


_PROJECT_DID = re.compile(r"\s+(?:" + _DID + r")\b")


_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")


def _project_noun(text: str, start: int, end: int) -> bool:
    """`equipment shipped for telecom projects, the counsellor said`, `Crude exports from the
    first oil project rose`: works, not a projection
    (the verb has a subject before it: `the Ministry of Commerce projects.`)."""
    noun = _PROJECT_NOUN.match(text, start)
    if noun is None or noun.end() != end:
        return False
    if _PROJECT_DID.match(text, end):
        return True  # `the Sangomar project rose`: a project that did something is works
    word = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return word is not None and word[1].islower() and word[1] not in word_set("source_heads")


_NAME_BEFORE = re.compile(r"\b[A-Z][\w&-]*\s+$")


def _title_case(text: str, start: int, end: int) -> bool:
    """Whether most words of text[start:end] are capitalised (a headline in title case)."""
    words = [w for w in re.findall(r"[A-Za-z]+", text[start:end]) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)
