"""Trade claims from a document's quantities: the extraction stage's last step.

`build_claims(document, quantities)` reads the document sentence by sentence, keeps the
quantities that measure trade, production or a sanctions limit, and fills in each claim's kind,
commodity, exporter/importer, period, modality, hedging and attribution. A sentence that names
no commodity or country continues the topic of the claims before it in its paragraph
(`This is a 58.5 percent increase ...`). A parenthetical restatement becomes its own claim that
points to the first. `extract_claims(document)` runs the quantity layer first.

Who trades with whom is read by the rules of `flows.FlowReader`, what goods a figure is of by
those of `claim_goods.GoodsReader`, and when a figure is of (and whether it is a plan) by those
of `claim_periods.PeriodReader`: the reader here inherits all three. What one sentence offers
its quantities is `reading.Context`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import deque
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from functools import cache, lru_cache

from tradetrace.extract.attribution import attributions, sentence_attribution, source_at
from tradetrace.extract.claim_goods import GOODS_UNITS, SHARE_AND_TO, GoodsReader
from tradetrace.extract.claim_periods import (
    EXPORT_ORDERS,
    PeriodReader,
    SentencePeriods,
    sentence_periods,
)
from tradetrace.extract.commodity import (
    CommodityMention,
    counted_key,
    find_commodities,
    names_unkeyed_goods,
)
from tradetrace.extract.cues import (
    YEAR_WRITTEN,
    Lexicon,
    cue_data,
    cue_regex,
    hedge_pattern,
    lexicon,
    may_hold,
    word_set,
)
from tradetrace.extract.flow_history import NEUTRAL_FLOW
from tradetrace.extract.flows import (
    OVERALL_OPENER,
    WITH_PARTNER,
    without_part_seller,
)
from tradetrace.extract.headlines import headline_flow, headline_pair, headline_seller
from tradetrace.extract.kinds import (
    ROLE_WITH,
    classify,
    counted_goods,
    distracted,
    evidence_spans,
    exchange_note,
    measurable,
    money_rate,
    part_moved,
    per_unit,
    rate_denominator,
    unit_price,
)
from tradetrace.extract.modality import (
    due_spans,
    hedge_before,
    is_approximate,
    modality_of,
    moved_up,
)
from tradetrace.extract.parties import (
    CountryMention,
    dateline_country,
    find_countries,
    foreign_dateline,
    is_reporting,
    main_country,
    name_start,
    office_mentions,
    outlet_country,
    outlet_named_country,
    sole_country,
    title_countries,
)
from tradetrace.extract.reading import HISTORY, Context, Draft, StatedFlow, between
from tradetrace.extract.reporters import (
    cited_data,
    national_body_of,
    reporter_of,
    with_reporter,
)
from tradetrace.extract.respectively import Respective, keyed_item, respective_items
from tradetrace.extract.roles import (
    BLOC_NAME,
    BUYER_NOUNS,
    ROLE_AFTER,
    Frame,
    Parties,
    find_frame,
    whole_of_parts,
)
from tradetrace.extract.sentences import (
    Sentence,
    circumstance_opener,
    clause_bounds,
    split_sentences,
)
from tradetrace.extract.timeframe import (
    REVISION,
    PeriodFrame,
    base_level,
    is_base,
    made_or_released,
)
from tradetrace.knowledge.commodities import ancestors, common_key
from tradetrace.model import Claim, Document, Quantity
from tradetrace.model.claim import Bound, Direction, Kind, Modality, claim_id
from tradetrace.normalize.currency import to_usd
from tradetrace.normalize.periods import (
    Period,
    PeriodMention,
    fiscal_year_start,
    period_cues,
)
from tradetrace.normalize.units import is_currency

EXTRACTOR_VERSION = "0.1.0"
STATED_UNITS = ("t", "bbl", "USD", "percent", "x", "bbl/d", "t/d", "t/yr")


_COMPILED_BY = re.compile(r"(?:[\w'’.-]+\s+){0,3}?(?:customs|statistics)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:compiled|cited|analy[sz]ed|collected|gathered|tallied)\s+by\s+$",
                          re.IGNORECASE)
"""Before a source that compiled another's data: `Chinese customs data compiled by `."""
_CUSTOMS_WORDS = ("customs", "statistics")
"""One of which every match of `_COMPILED_BY` holds: a window without them is not scanned."""
_OF_BEFORE = re.compile(r"\bof\s+$", re.IGNORECASE)
_GOODS_ROW = re.compile(r"(?:,\s*|\b(?:and|with|ahead\s+of|followed\s+by|behind|then)\s+)"
                        r"(?!compared\b)(?:(?-i:[a-z])[\w-]*\s+){1,3}(?:at|on|with)\s+"
                        + hedge_pattern(True) + "$", re.IGNORECASE)
"""Before a share in a list of goods' shares: the next goods and `at` (`, with sugar at`)."""
_THOSE_GAP = re.compile(r"(?:,|\band)\s+(?:those|that|the\s+ones?)\s+(?:to|from|of|for|into|"
                        r"with)\s+(?:[^,;.%\d]|(?<=[A-Z])\.(?=[A-Z]|\s))"
                        r"{2,40}?(?:,[^,;.%\d]{2,40},)?\s+(?:by\s+)?" + hedge_pattern(True) + "$",
                        re.IGNORECASE)
"""Before a change whose verb is left out: `, those to Latin America` (after `rose 60%`)."""
_SUBJECT_GAP = re.compile(r"(?:,\s*(?:and|while|whereas)|\band|\bwhile|\bwhereas)\s+"
                          r"(?P<subject>(?:[^\W\d][\w'’-]*|[A-Z]\.(?:[A-Z]\.)+)(?:\s+(?:[^\W\d][\w'’-]*|"
                          r"[A-Z]\.(?:[A-Z]\.)+)){0,5})\s+" + hedge_pattern(True) + "$")
"""Before a change whose verb is left out, its own subject before it: `and coffee`, `and
purchases from Japan` (after `rose 12% to $3 billion`); `_flow_subject` judges the subject."""
_MOVED_TO = re.compile(r"\s+to\s+(?:[A-Z]{0,3}[$€£¥]|[A-Z]{2,3}\s*\d|\d)|\s*(?:[.;]|$)"
                       r"|\s*,(?!\s*(?:and\s+|or\s+)?" + hedge_pattern(True)
                       + r"[A-Z]{0,3}[$€£¥\d])")
"""After a change whose verb is left out: the amount it moved to (`to $783 million`, `to 109
million pounds`), or the end of its clause (`.`, `;`, the text's end, or a comma not going on
to a list's next figure: `and tea 7%, the board said`, not `65%, 23% and 12%`)."""
_ING_END = re.compile(r"\b[a-z]{2,}ing$")
"""The last word of a subject before a percent, a verb's participle (not goods: `clothing`):
not a row whose verb is left out, but a clause of its own (`, with Japan and Brazil supplying
60%, 25% and 15%`)."""
_MOVED_TO_LEVEL = re.compile(r"(?:\s+[^,;%]{1,40}?)?,?\s+(?:to|reaching|to\s+reach)\s+"
                             + hedge_pattern(True) + "$")
"""Between a change and the amount it moved to: `to` or `reaching` (after a short phrase:
`fell 9% in 2024 to $410 million`, `grew 4%, reaching $2 billion`)."""
_FINITE_VERB = re.compile(r"\b(?:[a-z][a-z'-]+(?<!e)ed(?!\s+(?!(?:to|from|by|in|into|for|of|on|at|"
                          r"with|as|up|down|over|under|about|around|nearly|almost|some|the|a|an|"
                          r"its|their|his|her|this|that|more|less|than|just|only|roughly|another|"
                          r"and|or|but|now|also|still)\b)[a-z])|rose|fell|grew|was|were|is|are|"
                          r"am|been|had|has|have|did|does|took|went|made|came|saw|got|paid|sold|"
                          r"bought|held|kept|lost|won|shrank|sank|slid|stood|drew|gave|brought|"
                          r"sent|spent|will|would|can|could|may|might|must|shall|should)\b")
"""A verb of its own in the gap before a percent, so no row whose verb is left out: a past form
(`, and farmers were paid 5%`), a form of `be` or `have`, a modal. An `-ed` word before a noun
is a participle (`refined products`, `processed foods`), a capitalised one a name (`United`)."""
_PRESENT_VERB = re.compile(r"(?<!,\s)(?<!,\s\s)(?<!\band\s)(?<!\bwhile\s)(?<!\bwhereas\s)"
                           r"(?<!\band\sthe\s)(?<!\band\sits\s)(?<!\band\stheir\s)"
                           r"\b(?:want|need|buy|suppl(?:y|ie)|pay|take|get|hold|own|control|"
                           r"account|provide|sell|send|receive|expect|plan|aim|target|seek|hope|"
                           r"say|see|remain|stay|make|give|keep|charge|levie|impose|add|cover|"
                           r"represent|comprise|form|earn|face|go|come|rise|fall|grow|gain|lose|"
                           r"jump|drop|climb|do)(?:e?s)?\b")
"""A verb in the present after its subject (`and Brazil now supplies 70%`, `and those to the
U.S. pay 25%`); the first word after the joint is the subject itself (`and supplies from Peru`)."""
_CHANGE_ROW_GAP = re.compile(r"(?:\s+(?:at|in|to|for|from|on|by)\s+[^,;:%\d()]{1,40}?)?"
                             r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
                             r"(?:(?:at|in|to|for|from|on|by)\s+[^,;:%\d()]{1,40}?\s+)?"
                             + hedge_pattern(True), re.IGNORECASE)
"""The whole of the text between a listed change and the next one whose verb it shares: a list
joint (`, `, ` and `, `, and `), with at most a place or partner after either figure (`11% at
Antamina, 24% at Cerro Verde`, `11% to Canada, 42% to Singapore`); no verb, subject or figure
between them (`, with the United States, Brazil and Canada supplying`)."""
_SHARE_NEXT = re.compile(r"\s+(?:of\b|going|went|goes|heading|headed|coming|came|bound|share\b)",
                         re.IGNORECASE)
"""After a percent: a part of a whole (`55% heading to Europe`, `13% of the total`)."""
_PERCENT_WORD = re.compile(r"%|\bper\s?cent|\bpct\b|;", re.IGNORECASE)
_COMPARED_NEXT = re.compile(r"\s+(?:more|less|fewer|higher|lower|above|below|ahead|behind|short|"
                            r"up|down|over|under)\b", re.IGNORECASE)
"""After a percent: a comparison of its own (`35% below the average`), not the row's."""
_ROW_GAP = 90
"""Most characters between one row of a list of changes and the next bare percent."""


_CAP_PART = re.compile(r"(?:,\s*(?:including|of\s+which)|\s+(?:[a-z]+\s+){1,4}?(?:and|plus))\s+"
                       + hedge_pattern(True), re.IGNORECASE)
"""Between a cap and a part of it: `, including some`, `for nitrogen fertilizers and almost`."""
_GAPPED_ROW = re.compile(r"(?:\s+(?:of|in)\s+[^,;:.%\d]{1,40}?)?(?:\s*,\s*(?:and\s+|while\s+)?|"
                         r"\s+(?:and|while|with)\s+)(?:(?:the|its|their|[A-Z][\w'’.&-]*)\s+)?"
                         r"(?:[\w'’.&-]+\s+){0,3}?(?:" + lexicon("gapped_row_links").regex.pattern
                         + r"\s+)?(?:the\s+" + lexicon("gapped_row_rests").regex.pattern
                         + r"\s+)?" + hedge_pattern(True))
"""Between a percentage and the next of its run with the verb left out: `..., Egyptian state
firms about` 24%, ` and ENGIE the remaining` 5%, `, wind` 32.8%."""
_GOODS_PART_OF = re.compile(r"\s+of\s+(?:the\s+)?")
"""Between a percentage and the goods it is a part of: `40 percent` of the `urea`."""
_GOODS_PART_ENDS = re.compile(r"\s*(?:[.,;:)]|$)")
"""After goods closing their part's phrase (`of the urea.`, not `of LPG carriers`)."""
_ROW_VERB_CUES = (("share",), ("change_up",), ("change_down",), ("row_own_participles",))
"""Cues whose word between two percentages gives the second a verb of its own (`demand jumped
99%, accounted for close to` 12%, `owns 20% of the mine, with China taking` 55%): no gapped row
of the first."""
_CAP_MOVES_ON = re.compile(r"[^.;]{0,40}?,\s+(?:rising|falling|climbing|increasing|decreasing|"
                           r"growing|shrinking|going\s+(?:up|down))\s+to\s+"
                           r"(?:about\s+|around\s+|some\s+)?", re.IGNORECASE)
"""Between a cap and its later amount: `8.49mn b/d for May-July, rising to` 8.99mn b/d."""
_CAP_BEFORE = re.compile(r",?\s+from\s+(?:(?:" + "|".join(
    re.escape(word) for word in cue_data()["cap_hedges"]) + r")\s+){0,2}", re.IGNORECASE)
"""Between a cap and the amount it was before: `lifting the quota to 1.8 million mt from` 1.5
million mt, `cut the quota to 540,000 mt, from` (not `against`, which sets a flow beside the cap:
`caps exports at 7.5 mln tonnes a year, against 19.6 million tonnes sold abroad in 2015`)."""
_CAP_REACHED = re.compile(cue_regex(cue_data()["cap_reached"]).pattern + r"[^.;,\d]{0,30}$",
                          re.IGNORECASE)
"""Before a cap a flow reached (`exports reached the export quota of`): not a cap moved."""
_FLOW_DONE = re.compile(r"\s+(?:[A-Za-z-]+\s+){0,3}?(?:exported|shipped|sold|imported|delivered|"
                        r"bought|purchased|sent|produced)\b", re.IGNORECASE)
"""After an amount: the goods moved (`23 million tonnes of urea exported in 2021`), a flow."""
_CAP_PASSED = re.compile(r"\b(?:under|above|over|beyond|below|within|topped|tops|exceeded|"
                         r"exceeds|exceeding|breached|breaching|surpassed|passed|past)\b"
                         r"[^.;,\d]{0,30}$", re.IGNORECASE)
"""Before a cap: a flow measured against it (`under the 500,000-barrel cap`, `topped the UN cap
of`), whose movement after the cap is the flow's."""
_BAN_WORD = re.compile(r"\b(?:ban|bans|banned|embargo|curbs?|quota)\b", re.IGNORECASE)
_FLOW_NEXT = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?(?P<flow>imports|exports|purchases|sales|"
                        r"shipments|supplies|deliveries)\b", re.IGNORECASE)
"""After an owner: the flow noun it owns (`'s iron ore imports`, `its coal exports`)."""
_CARRIED = re.compile(r"\b(?:tankers?|vessels?|ships?|barges?)\s+(?:with|carrying|"
                      r"loaded\s+with|laden\s+with|hauling)\s+" + hedge_pattern(True) + "$",
                      re.IGNORECASE)
"""Before a cargo: the carrier that holds it (`Russian tanker with 730,000 barrels heads for
Cuba`): goods on their way, a flow though no trade word is written."""
_LOT_VALUE = re.compile(r"(?:,\s*|\s+)(?:for|worth|valued\s+at|totall?ing|at\s+a\s+(?:total\s+)?"
                        r"value\s+of)\s+" + hedge_pattern(True) + "$", re.IGNORECASE)
"""Before a money figure: what joins it to the amount of goods it pays for (`85,500 tonnes for
$157 million`, `at $450 a tonne, worth $9 million`, `19 million kg valued at $57 million`)."""
_LOT_GAP = 80
"""Most characters between an amount of goods and the value of that lot."""
_REGION_ROW = re.compile(r"[^.;%\d]{0,50}?(?:,|\band|\bwhile|\bwhereas)\s+(?:the\s+)?"
                         + BLOC_NAME + r"(?:\s+(?:buyers|importers|refiners|customers))?\s+"
                         r"(?:(?:took|takes|had|has|received|bought|absorbed|accounted\s+for)\s+)?"
                         + hedge_pattern(True) + "$")
"""Before a region's share after another share: `of the exports and Asia`, `, Europe`."""
_LEVEL_AS_SHARE = re.compile(r"(?:,\s*|\s*\(\s*)" + hedge_pattern(True), re.IGNORECASE)
"""Between a row's amount and its share: `82 million tons, roughly 20%`, `7.6 million (17.1%)`."""
_ROW_END = re.compile(r"\s*(?:[,;.)]|and\b|$)")
_TO_PARTNER = re.compile(r"\s+(?:to|from)\s+(?:the\s+)?[A-Z]")
"""`... went to Japan and 25.2 percent to China`: a share whose verb the one before gave."""
_LIMIT_WORDING = re.compile(r"\b(?:no\s+more\s+than|not\s+more\s+than|up\s+to|at\s+most|"
                            r"a\s+maximum\s+of|not\s+to\s+exceed)\s+$", re.IGNORECASE)
"""How a cap is worded: its amount is the limit, not an approximation."""


_CAP_CHANGES_TO = re.compile(
    r"\b(?:ris(?:e|es|ing)|fall(?:s|ing)?|grow(?:s|ing)?|climb(?:s|ing)?|shrink(?:s|ing)?|"
    r"go(?:es|ing)?\s+(?:up|down)|rais(?:es|ing)|lower(?:s|ing)|increas(?:es|ing)|"
    r"reduc(?:es|ing)|doubl(?:es|ing)|tripl(?:es|ing)|cuts|cutting|"
    r"(?:to|will|would)\s+(?:cut|lower|raise|reduce|increase|double|triple)|"
    r"(?:to|will|would)\s+be\s+(?:cut|lowered|raised|reduced|increased))"
    r"\b[^.;]{0,30}?\bto\s+(?:about\s+|around\s+|some\s+|just\s+)?$", re.IGNORECASE)
"""A cap the sentence moves to a new amount, in a present, progressive or future form (`the
quota will fall to 40,000 tonnes`, `rising to 8.99mn b/d`, `triples, to 18,000 tonnes`): the
new limit is planned; a past move (`cut the quota to`, `was raised to`) is reported."""
_CAP_PLANNED = cue_regex(cue_data()["cap_plan_cues"])
"""A cap still to come, named before its amount in its clause (`proposing to cap imports at`, `a
draft resolution sets a quota of`, `has applied for a quota of`, `had first planned a ceiling of`):
planned; a cap in force (`the quota is`, `set the quota at`, `shall not exceed`) stays reported,
and so does one after a bare `will` or `would` (`will allow`, `would have breached the cap`),
which the annotations read both ways."""
_CAP_PLAN_VERBS = frozenset(cue_data()["cap_plan_verbs"])
_TO_WORD = re.compile(r"\bto\s+(?P<word>[A-Za-z]+)", re.IGNORECASE)
_CAP_WORD = cue_regex(cue_data()["cap"])
_CAP_UNHELD = re.compile(r"\b(?:under|above|beyond|below|within|topped|tops|exceed\w*|"
                         r"breach\w*|violat\w*|surpass\w*|passed|enforc\w*)\b|"
                         r"\b(?:over|past)\s+(?:(?:the|its|their|an?)\s+)?(?:[\w-]+\s+)?"
                         r"(?:cap|quota|ceiling|limit)s?\b", re.IGNORECASE)
"""Between a plan cue and its cap, words that put a flow or an act beside a cap in force (`is to
keep imports under the cap`, `report on breaches of the cap`); `over` and `past` only right
before the cap's word (`shipments over the annual quota`; not `a quota over the next three
years of`, a time)."""
_TO_HEDGED_END = re.compile(r"\bto\s+(?:(?:" + "|".join(
    re.escape(word) for word in cue_data()["cap_hedges"]) + r")\s+)+$", re.IGNORECASE)
"""The cap's own `to` with a hedge before its amount (`cut the quota to roughly`): no verb."""


def _cap_planned(text: str, start: int, end: int) -> bool:
    """Whether a plan cue (`cap_plan_cues`) in `text[start:end]` makes the cap at `end` planned.
    With the cap's own word between the cue and the figure, or right after the figure, the cue
    must govern it: no word of passing or breaching between (`_CAP_UNHELD`: not `breached the
    annual cap of`, `planned shipments well beyond the 500,000-barrel cap`), and every `to` from
    the cue on leads to a verb that sets or moves the cap (`cap_plan_verbs`: `proposing to cap`;
    not `asked the council to enforce the cap`, `is to keep imports under the cap`). With no
    cap word there the figure is what is planned (`plans to hold output above 1 million b/d`)."""
    cues = list(_CAP_PLANNED.finditer(text, start, end))
    if not cues:
        return False
    gap = text[cues[-1].start():end]
    if not (_CAP_WORD.search(gap) or _CAP_NAMED_AFTER.match(text, end)):
        return True
    if _CAP_UNHELD.search(gap):
        return False
    return all(match["word"].lower() in _CAP_PLAN_VERBS or _CAP_WORD.fullmatch(match["word"])
               for match in _TO_WORD.finditer(_TO_HEDGED_END.sub("", gap)))


_CAP_NAMED_AFTER = re.compile(r"(?:US)?[$\u20ac\u00a3\u00a5]?[\w.,]*[-\s]\w+(?:\s+\w+){0,2}?\s+"
                              r"(?:cap|quota|ceiling|limit)s?\b", re.IGNORECASE)
"""From a figure (a currency sign too) to a cap word a few words on (`500,000-barrel annual cap`,
`a $5 billion annual cap`)."""


_ROLE_ONE = (r"(?:supplier|source|exporter|market|buyer|destination|customer|importer|"
             r"purchaser|outlet)")
_ROLE_TAKING = re.compile(
    r"(?:\b(?:biggest|top|leading|main|chief|largest|principal|only)(?:[\s-]+[\w'’-]+){0,2}?\s+"
    + _ROLE_ONE + r"s?\b|\b" + _ROLE_ONE + r"\s+(?:of|to|for)\b)[^.;:!?]{0,60}?,\s+"
    r"(?P<joint>taking|receiving|buying|importing|absorbing|shipping|supplying|selling|sending|"
    r"with)\s+" + hedge_pattern(True) + "$", re.IGNORECASE)
"""Before a partner's amount after its role in the trade: `China became the chief market for
Vietnamese wood chips in 2023, taking`, `Spain's leading supplier, with`: the role is the flow
though no trade verb is written. The role is ranked (`the biggest buyer`, `the leading outlets,
with 29% and 21%`) or one partner's naming what it trades or with whom (`buyer of`, `supplier
to`, `market for`; not `Asian stock markets slumped ..., with`, `Chinese customers flocked ...,
with`)."""
_VERB_NEXT = re.compile(r"[ \u00a0]+(?!(?:compared|followed|based|then|when|even|between|often|"
                        r"seen)\b)(?:[a-z]+(?:ed|en)|cut|lost|shed|set|put)\b")
"""Right after a figure: a verb it is the subject of (`with nearly 5% wiped off`), which makes
the figure no role's own amount; not a word that only looks like one (`with 32.9% compared
with`, `then`, `even`)."""


def _role_taking(text: str, start: int, quantity: Quantity) -> bool:
    """Whether the amount is set after a partner's trade role in its sentence (`_ROLE_TAKING`);
    after `with`, the figure must be the role's own, not the subject of a verb of its own
    (`with nearly 5% wiped off the Nikkei`)."""
    match = _ROLE_TAKING.search(text, start, quantity.start)
    return match is not None and not (match["joint"].lower() == "with" and _VERB_NEXT.match(
        text, quantity.end))


_RANKED_ROLE_AT = re.compile(
    r"(?P<appositive>,\s+the\s+)?\b(?:\w+-)?(?:biggest|largest|top|leading|main|chief|principal|"
    r"second|third|fourth|fifth)\s+(?:[\w'’-]+\s+){0,2}?" + _ROLE_ONE + r"s?\b(?:[^.;:!?]|\.(?=\d))"
    r"{0,160}?\s+(?:with|at|on)\s+" + hedge_pattern(True) + "$", re.IGNORECASE)
"""Before an amount set after a ranked partner role with no comma (`Japan was the biggest buyer
of Chilean salmon at $1.2 billion`), and the runners-up after it in the sentence (`ahead of the
United States at`, `followed by Taiwan on`); the role in an appositive (`Brazil, the top source
of soybeans with`) is kept apart, since the partner's sides are not read there."""


def _ranked_role_at(text: str, start: int, quantity: Quantity) -> bool:
    """Whether the amount is a ranked partner's own after its role in its sentence
    (`_RANKED_ROLE_AT`), the role not an appositive and the figure no verb's subject."""
    match = _RANKED_ROLE_AT.search(text, start, quantity.start)
    return match is not None and not match["appositive"] and not _VERB_NEXT.match(
        text, quantity.end)


_THE_FLOW = re.compile(r"\b[Tt]he\s+(?:trade\s+)?flows?\b(?!\s+(?:of|into|in|from)\b)")
"""`the flow`, `the trade flow`: the flow the paragraph stated (not `the flow of refugees`,
`the flow into Chinese bonds`, `the flow from the IMF`)."""


_TO_LEVEL = re.compile(r"\s+to\s+(?:(?:about|around|roughly|some|nearly)\s+)?")
_PRICE_GOES_ON = re.compile(r"\b(?:while|and|whereas|but)\b", re.IGNORECASE)


_OF_THOSE = re.compile(r"\s+of\s+(?:those|these|such)\s+(?:[\w-]+\s+)?(?:shipments|exports|imports|"
                       r"deliveries|sales|supplies|purchases|goods|flows)\b", re.IGNORECASE)
"""After a share: the flow it is a part of is the one just stated (`of those shipments`)."""
_MILESTONE = re.compile(r"\bfor\s+the\s+first\s+time\b|\b(?:monthly|weekly|all-time)\s+"
                        r"(?:records?|highs?|peaks?)\b|\brecords?\s+(?:fell|were\s+set|was\s+set)\b",
                        re.IGNORECASE)
"""A sentence marking a milestone within the period reported on (`passed 2 million b/d for the
first time in November`, `Monthly records fell in November and December`)."""
_FIRST_SINCE = re.compile(r"\bfor\s+the\s+first\s+time\s+since\s", re.IGNORECASE)
"""A first counted from a past time (`for the first time since 2011`): a record's span."""
_PART_ALONE = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|"
                         r"October|November|December|(?i:quarter|month|week|half))(?:['’]s)?"
                         r"(?:\s+[a-z-]+){0,2}\s+alone\b")
"""A part of the span reported on singled out (`April shipments alone`, `In the fourth quarter
alone`): its sentence is an aside, and the span goes on in force after it."""
_COMPARATIVE = r"(?:larger|bigger|higher|greater|heavier|stronger|lower|smaller|weaker)"
_OUTDONE_BY = re.compile(r"\b(?i:only)\s+(?:(?:January|February|March|April|May|June|July|"
                         r"August|September|October|November|December)(?:\s+\d{4})?|\d{4})'s?"
                         r"\s+(?:[\w,.-]+\s+){0,4}?(?:was|were)\s+(?:(?i:any|even|slightly|much|"
                         r"still)\s+)?(?i:" + _COMPARATIVE + r")\b|"
                         r"\b(?i:the\s+last\s+(?:\w+\s+)?" + _COMPARATIVE +
                         r"\s+(?:month|year|quarter|season|week)\s+(?:was|were|came)\b)")
"""A sentence naming an earlier time that alone outdid, or last outdid, the figure reported
(`Only March's haul was bigger`, `The last higher month was April`): a look back, whose time is
not the one the report goes on about. The comparative is the predicate of the look-back's own
subject: not any `only` or `last` before one (`Last year, shipments were lower`, `Only 12% went
to Europe, a smaller share`)."""
_SINCE_CLAUSE = re.compile(r"(?i:since\s+)(?!(?:January|February|March|April|May|June|July|"
                           r"August|September|October|November|December)\b)(?=.*\b(?:January|"
                           r"February|March|April|May|June|July|August|September|October|"
                           r"November|December)\b)", re.DOTALL)
"""The opening of a span since an event's clause or a part of a month (`since the ban took effect
in March`, `since early October`): a month named after other words, not `since March` itself,
nor a span with no month (`since 2023`, `since the start of the year`)."""
_RECORD_BEFORE_SINCE = re.compile(r"\b(?i:any\s+(?:year|month|quarter|season|time)|(?:low|high|"
                                  r"weak|strong|small|bigg|larg)est|(?:level|point|record)s?)\s+$")
"""Right before `since`: a record's span (`less than in any year since 2016`, `the lowest since
2016`), no period of its own."""
_OLD_FIGURE_IN = re.compile(
    r"\b(?:from|against|versus|vs\.?|compared\s+(?:with|to))\s+(?:(?:about|around|some|just|only|"
    r"nearly|almost|roughly)\s+)?\d[\d,.]*(?:\s+(?:million|billion|thousand|per\s*cent|percent))?"
    r"%?\s+(?:(?:in|during|for|over)\s+)?$", re.IGNORECASE)
"""Right before the year of an old figure of any count (`up from 82 in` 2022, `against 61
percent in` 2021): the year a comparison goes back to, when the figure is no claim."""


_SHARE_AND = re.compile(r"(?:\s+(?:in|for|during|over|last|this)\b[^,;.%\d]{0,30}?)?,?\s+"
                        r"(?:and|but|after|against|versus|vs\.?|compared\s+(?:with|to)|"
                        r"(?:up|down)\s+from)\s+"
                        r"(?:(?:about|around|some|nearly|almost|just|only)\s+)?", re.IGNORECASE)
"""Between two shares of one sentence: `25 per cent last year and ` 51 per cent, `35%, up
from ` 31% (the share before)."""
_NOUN_OF = re.compile(r"\b(?P<noun>[A-Za-z]+)\s+(?P<of>(?:of|in)\s+)?$")
"""A noun right before a period, with the `of` or `in` joining them when the period's surface
does not hold it."""


def _event_date(text: str, mention: PeriodMention, floor: int) -> bool:
    """Whether the period dates an event named right before it (`the outbreak of 2014-15`)."""
    noun = _NOUN_OF.search(text, max(floor, mention.start - 40), mention.start)
    return noun is not None and noun["noun"].lower() in period_cues()["event_nouns"] and (
        noun["of"] is not None or re.match(r"(?i:of|in)\s", mention.surface) is not None)


_FLEET = re.compile(r"\b(?:fleets?|order\s?books?|newbuild\w*|deploy\w*|ordered)\b|"
                    r"\b(?:vessels?|ships?|capacity)\s+of\b", re.IGNORECASE)
"""In a container count's clause: the size of ships or fleets, no cargo moved (`vessels of 16,000
TEU each`, `the carrier's fleet totals 4.5 million TEU`; not `handled 9 million TEU as carriers
shifted ships`)."""
_RESTATED = re.compile(r"[^.;]{0,80}?,?\s*(?:equal|equivalent)\s+to\s+(?:(?:about|around|roughly|"
                       r"some|nearly|almost|just)\s+)?|[^.;,]{0,30},\s*or\s+" + hedge_pattern(),
                       re.IGNORECASE)
_OPENS_WITH = re.compile(r"\s*(?:(?:And|But|Then|Next)\s+)?(?:the\s+|The\s+)?")
"""Before a country that opens its sentence (`Germany came second`, `And Japan was third`)."""
_SHARE_RUN_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)" + hedge_pattern(True), re.IGNORECASE)
"""Between two shares of a run: a comma or `and` (`12.5%, 9.1% and 4%`)."""
_SHARE_ROW_GAP = re.compile(r"(?:\s+of\s+[^,;.%\d]{1,40}?)?(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
                            r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
                            r"\s+(?:for|with|at|on)\s+" + hedge_pattern(True))
"""Between a partner's share and the next partner's (`61.2% of the volume, Brazil for`)."""
_NEXT_PART_GAP = re.compile(r"[^.;%\d]{0,50}?(?:,\s*(?:and\s+)?|\s+and\s+)" + hedge_pattern(True))
"""Between a partner's part and the next part going to a partner (`went to China, `)."""
_OF_THE_MOVE = re.compile(r"\s+of\s+(?:the|this|that|its|their)\s+(?:[a-z][\w'’-]*\s+)?"
                          r"(?P<noun>[a-z]+)(?=\s*(?:[,.;:)\n]|$)|\s+(?:in|of|from|since|over|"
                          r"and|as|while|with)\b)(?!\s+(?:in|of)\s+(?:the\s+)?prices?\b)")
"""After an amount: the change it is a part of (`of the increase`, `of this year's rise`)."""
_NAMED_NEXT = re.compile(r"\s+(?:the\s+)?[A-Z]")
"""A name next (`went to| China`, `came from| the United States`)."""
_RESPECTIVELY_AFTER = re.compile(r"(?:\s*(?:,\s*(?:and\s+)?|and\s+)" + hedge_pattern(True)
                                 + r"[\d.]+\s*(?:%|per\s*cent|percent))*,?\s+"
                                 + lexicon("respective_closers").regex.pattern, re.IGNORECASE)
"""After a share of a run: the rest of the run, then `respectively`."""
_ROW_PAIR_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?")
"""Between countries that open their sentence together (`Japan and Korea followed with`)."""
_LISTED_PRICE = re.compile(r"(?:\s+(?:in|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?"
                           r"(?:,|,?\s+(?:and|or))\s+(?:(?:about|around|roughly|some)\s+)?")
"""Between two prices of a list: at most the place of the first (`in Pyongyang, `)."""
_STORE_ROW = re.compile(r"(?:\s+of\s+[\w-]+(?:\s+[\w-]+)?)?(?:,?\s+along\s+with\s+|"
                        r"(?:\s*,\s*with|,?\s+and)\s+(?:(?!(?:of|which|that|so|the|its)\s)"
                        r"[\w-]+\s+){1,3}?at\s+)" + hedge_pattern(True), re.IGNORECASE)
"""Between two amounts of one measure in a run of goods (`and petrol at `, `of diesel, along
with `, `, with furnace oil at `): the next row of the same list."""
_GOODS_RUN_ROW = re.compile(r"(?:\s+of\s+[\w-]+(?:\s+[\w-]+){0,2}?)?(?:\s*,\s*(?:and\s+|plus\s+)?|"
                            r"\s+(?:and|plus)\s+)" + hedge_pattern(True), re.IGNORECASE)
"""Between two amounts of one measure in a bare run of goods (`of copper, plus `, `of fuel oil and
`, `of jet fuel, `): the next row of the same list, with no word of its own before its amount."""
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
"""After a run of amounts: each goes with its own party named before (`Malaysia, Vietnam and
Thailand ... capacities of 500MW, 300MW and 200MW respectively`), so rows of their own, not the
run of the first."""
_STORE_ROW_END = re.compile(r",(?!\d)|[;:]|\s+(?:and|but|while)\s")
"""What ends a row of a run after its amount (`along with 500,000 tonnes bought from Russia,`)."""


def _store_row_end(text: str, quantity: Quantity, span: tuple[int, int]) -> int:
    """Where the row of `quantity` in a run of goods ends: at the next comma, semicolon, colon
    or `and` after it, or the end of its sentence."""
    end = _STORE_ROW_END.search(text, quantity.end, span[1])
    return span[1] if end is None else end.start()


_PRICE_RESTATED = re.compile(r",?\s*(?:or\s+)?(?:about|around|roughly|some|approximately|nearly)"
                             r"\s+", re.IGNORECASE)
"""`RMB 9.381, about KPW 7,646`: a price given again in another money."""
_MOVE_OF_IT = re.compile(r"[^.;]{0,40}?,\s*(?:up|down)\s+(?:by\s+)?" + hedge_pattern(),
                         re.IGNORECASE)
_HEDGED_AFTER_COMMA = re.compile(r"[^.;]{0,40}?,\s*" + hedge_pattern(), re.IGNORECASE)
_COMPARED_AFTER = re.compile(r"\s+(?:more|less|higher|lower|above|below|up|down)\b",
                             re.IGNORECASE)
_GAPPED_PRICE = re.compile(r",?\s+(?:and|while|whereas|but)\s+(?:[\w-]+\s+){1,3}?(?:for|at)\s+"
                           r"(?:(?:about|around|roughly|some|nearly|almost|just|only)\s+)?",
                           re.IGNORECASE)
_SOLD_FOR = re.compile(r"\b(?:sold|sells|selling|sell|fetched|fetches|fetching|went|going|"
                       r"goes|traded|trading)\s+(?:for|at)\s+(?:(?:about|around|roughly|some|"
                       r"nearly|almost|just|only)\s+)?$", re.IGNORECASE)
_PUNCTUATION_GAP = re.compile(r"[;:]|(?<!\d)[,.]|[,.](?!\d)")
"""A break in punctuation between two mentions (not inside `9,000` or `1.5`)."""
_CLAUSE_GAP = re.compile(_PUNCTUATION_GAP.pattern + r"|\b(?:while|whereas|but|and)\b",
                         re.IGNORECASE)
"""A clause break between two mentions: punctuation or a conjunction."""
_OWN_PARTICIPLE = re.compile(
    r"(?:\s+of\s+(?!(?:the|a|an|its|their|this|that|these|those)\b)[a-z][\w'’-]*"
    r"(?:\s+(?!(?:are|is|was|were|be|been|has|have|had)\b)[a-z][\w'’-]*){0,2})?\s+"
    r"(?:(?:it|they|he|she|we|originally|initially|earlier|previously|first|once)\s+)?"
    r"(?P<word>forecast|projected|expected|anticipated|predicted|foreseen|targeted|planned|"
    r"budgeted|estimated)\b")
"""Right after a figure (and the goods it counts, not a determiner: `151 percent of the volume
planned` is a share of the plan), a participle naming what the figure is (`the 180 million
boxes projected for the season`, `the 2.4 million tonnes originally planned`, `the 1.014mt it
projected`)."""
_PARTICIPLE_MODALITY: dict[str, Modality] = {
    "forecast": "forecast", "projected": "forecast", "expected": "forecast",
    "anticipated": "forecast", "predicted": "forecast", "foreseen": "forecast",
    "targeted": "forecast", "planned": "planned", "budgeted": "planned",
    "estimated": "estimated"}
"""Participles right after a figure that say what it is (`the 1.05 million tons forecast`)."""


def own_participle(text: str, q_end: int, end: int) -> Modality | None:
    """The modality named by a participle right after the figure (`_OWN_PARTICIPLE`): a plan or
    outlook used as the base of a comparison (`against the 1.05 million tons forecast for
    2017-2018`, `down from the 187,000 bpd originally planned`) is still a plan or outlook, not
    the record the base of a comparison otherwise is."""
    found = _OWN_PARTICIPLE.match(text, q_end, end)
    return _PARTICIPLE_MODALITY[found["word"]] if found else None


_PLACE_POINTER = re.compile(r"(?i:\b(?:there|thither|the\s+other\s+way|the\s+(?:two|three)|"
                            r"(?:that|this|the)\s+(?:[\w-]+\s+)?(?:market|destination|buyer|"
                            r"customer|route)))\b")
"""Words by which a sentence points to a place or partner named before (`Shipments there`,
`goods going the other way`, `the two markets`, `the Asian market paid`)."""
_WHOLE_OF = re.compile(r"\s+of\b", re.IGNORECASE)
"""After `in all`: a time (`in all of May`), not the whole flow."""
_WHOLE_TIME = re.compile(r"(?:\d{4}|\b(?:year|month|quarter|season|period|half))\s*$",
                         re.IGNORECASE)
"""Before `as a whole` (`Across 2023 as a whole`): a time taken whole, not the flow."""
_WORLD_WORDS = ("global", "world", "international")
_WORLD_FLOW = re.compile(r"(?:^|(?<=[\s(]))(?:[Gg]lobal|[Ww]orld(?:['’]s|wide)?|[Ii]nternational)"
                         r"\s+(?:[a-z-]+\s+){0,2}?(?:trade|output|production)\b")
"""The trade or output of the whole world (`Global output`, `international coal trade`; not
a country's `global exports`, which are its own, nor a name: `Global Sightholder Sales`)."""
_BORDER_WORD = re.compile(r"(?i:imports?|exports?)")
"""A trade word that itself says the goods cross the border (not `purchases`, `sold`)."""
_ABROAD = re.compile(r"(?i:\b(?:abroad|overseas)\b)")
"""Words that send a purchase or sale across the border (`Purchases from abroad`)."""
_BLOC = re.compile(BLOC_NAME)
"""A bloc named in a sentence: a place with no country code (`In the EU, exports rose`)."""
_GOODS_EXPORTS = re.compile(r"(?<![\w'’-])(?:(?!(?:" + "|".join(sorted(
    (re.escape(w) for w in word_set("flow_modifiers") | {"or"}), key=len, reverse=True)) +
                            r")\s)[\w-]+\s+){1,3}"
                            r"(?P<way>exports|export\s+(?:revenues?|earnings|receipts|sales|"
                            r"values?))\b(?!\s+(?:to|into|for|bound|headed|there)\b)",
                            re.IGNORECASE)
"""A flow noun of exports named by the goods before it (`Scallop exports`, `fish and seafood
export earnings` reads `seafood export earnings`), not by an owner, a time or the whole
(`its exports`, `monthly exports`, `total exports`), with no partner after it."""
_BOUGHT_FROM = re.compile(r"(?<![^\s(])(?i:imports|purchases|arrivals|deliveries|supplies|"
                          r"goods\s+bought)\s+(?:of\s+(?:[\w,-]+\s+){1,5}?)?from\s+(?:the\s+)?$")
"""Right before a country: a flow of goods bought from it (`Imports from`, `Imports of metal
ores from`)."""
_GROUP_OWNER = re.compile(r"(?:" + BLOC_NAME + r"|(?<![\w-])(?:European|African|Asian|Arab|Gulf|"
                          r"Nordic|Latin\s+American|Middle\s+Eastern))(?:['’]s?)?\s+"
                          r"(?:[\w-]+\s+){0,2}?$")
"""Right before a flow noun: a bloc or region owning it (`EU imports`, `Europe's wheat
imports`, `African purchases`), a buyer with no country code."""
_FLOW_POINTER = re.compile(r"(?i:\b(?:the|these|those|such)\s+(?:shipments|imports|exports|"
                           r"deliveries|sales|purchases|flows|cargoes|supplies)\b)")
"""A definite flow noun, pointing back to the flow just described (`Altogether, the shipments
came to 100 million tonnes`): the flow's partner stays."""
_WORLD_DATA = re.compile(r"\s+(?:data|statistics|figures|monitors?|bod(?:y|ies)|cent(?:re|er)|"
                         r"officials?|organi[sz]ations?|rules|talks|fairs?|shows?|expos?|"
                         r"agenc(?:y|ies)|law|courts?)\b")
"""After `international trade`: a thing about trade (`data on international trade`, `world
trade rules`), not the world's trade counted."""
_ABOUT_BEFORE = re.compile(r"\b(?:on|of|about|in)\s+$")
"""Before `international trade`: what a thing is about (`Customs data on international trade
showed`), not the subject counted."""
_NUMERIC_COMMA = re.compile(r"(?<=\d),(?=\d)")
_DIGIT = re.compile(r"\d")


@cache
def _share_of_flow_pattern() -> re.Pattern[str]:
    """After a share: `of` a flow's whole (`share_flow_totals`: `of the volume`, `of all the
    shipments`) closing its phrase."""
    totals = cue_regex(sorted(word_set("share_flow_totals"))).pattern
    return re.compile(r"\s+of\s+(?:the|its|their|all)\s+(?:[\w'’-]+\s+){0,2}?" + totals
                      + r"(?=\s*(?:[,.;:)\n]|$)|\s+(?:of|in|and)\b)", re.IGNORECASE)


def _last_move(found: list[Draft], quantities: Sequence[Quantity], text: str) -> Draft | None:
    """The last draft if it is a change with a direction, or the change before it if the last is
    the amount it moved to (`fell 9% in 2024 to $410 million`)."""
    if not found:
        return None
    last = found[-1]
    if last.kind == "level" and len(found) > 1 and _MOVED_TO_LEVEL.fullmatch(
            text, quantities[found[-2].index].end, quantities[last.index].start) and \
            not _FINITE_VERB.search(text, quantities[found[-2].index].end,
                                    quantities[last.index].start):
        last = found[-2]
    return last if last.kind == "change" and last.direction else None


def _gapped_change(text: str, start: int, quantity: Quantity) -> bool:
    """Whether a percent after a change (or the amount it moved to), the text from `start` on
    between them, is the next row's change with its verb left out: `, those to Latin America`
    (a partner), or a new subject naming a flow, goods or a partner before a clause's end or
    the amount it moved to (`, and purchases from Peru 4%.`, `and coffee 7% to $300 million`);
    never across a `;` or a verb of its own (`, and Brazil now supplies 70%`)."""
    if ";" in text[start:quantity.start] or _FINITE_VERB.search(text, start, quantity.start):
        return False
    those = _THOSE_GAP.search(text, start, quantity.start)
    if those is not None:
        return not _PRESENT_VERB.search(text, those.start(), quantity.start)
    subject = _SUBJECT_GAP.search(text, start, quantity.start)
    return subject is not None and _MOVED_TO.match(text, quantity.end) is not None and \
        not _PRESENT_VERB.search(text, subject.start(), quantity.start) and \
        _flow_subject(text, *subject.span("subject"))


def _flow_subject(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], the subject of a row whose verb is left out, names a flow (a
    trade word), goods the commodity reader knows or a partner (`purchases from Japan`,
    `coffee`, `the United States`), and no output, price or other distractor (`industrial
    output`, `GDP`, `inflation`)."""
    if lexicon("production").search(text, start, end) or lexicon("not_trade").search(
            text, start, end):
        return False
    ending = _ING_END.search(text, start, end)
    if ending is not None and ending.group() not in word_set("goods_in_ing"):
        return False
    return any(lexicon("flow", kind).search(text, start, end)
               for kind in ("export", "import", "two_way")) \
        or bool(find_commodities(text, start, end)) or names_unkeyed_goods(text, start, end) \
        or bool(find_countries(text, start, end))


def _part_of_move(text: str, quantity: Quantity) -> Direction | None:
    """The direction of the change an amount is a part of (`$1.1b of the increase`, `NZ$227
    million of that decline`), if a change noun (`change_up`/`change_down`) follows it."""
    after = _OF_THE_MOVE.match(text, quantity.end)
    if after is None:
        return None
    noun = after["noun"]
    if noun in word_set("not_trade_moves"):
        return None
    if noun in lexicon("change_up"):
        return "up"
    return "down" if noun in lexicon("change_down") else None


def _partner_part(text: str, quantity: Quantity, share_end: int | None,
                  sentence_start: int) -> bool:
    """Whether a percentage is a part of a flow, never a price's move: of a flow's total
    (`share_flow_totals`: `Brazil accounted for 61.2% of the volume`) in a sentence naming a
    country or goods before it (not all goods: `Freight accounted for 15% of the value`), gone
    to a partner named (`71.3% went to China`, not `went to the traders`), or after a share
    (ending at `share_end`), the next partner's (`, Brazil for 22.5%`, `, 9.6% to the United
    States`)."""
    moved = part_moved(text, quantity)
    if (_share_of_flow_pattern().match(text, quantity.end) and (
            any(m.code for m in find_countries(text, sentence_start, quantity.start))
            or any(m.key != "trade" for m in find_commodities(text, sentence_start,
                                                              quantity.start)))) or (
            moved is not None and _NAMED_NEXT.match(text, moved) is not None):
        return True
    return share_end is not None and (
        _SHARE_ROW_GAP.fullmatch(text, share_end, quantity.start) is not None
        or (_TO_PARTNER.match(text, quantity.end) is not None
            and _NEXT_PART_GAP.fullmatch(text, share_end, quantity.start) is not None))


def extract_claims(document: Document) -> list[Claim]:
    """Claims of a document: quantities from the quantity layer, then `build_claims`.

    Until the quantity layer is installed there are no quantities, hence no claims.
    """
    try:
        from tradetrace.extract.quantities import extract_quantities
    except ModuleNotFoundError as error:
        if error.name != "tradetrace.extract.quantities":
            raise
        return []
    return build_claims(document, extract_quantities(document.text))


def focus_country(document: Document, sources: Sequence[tuple[int, int]] = ()) -> str | None:
    """The country the article is about: the first one in its title (or its headline line's
    owner or seller), else the one a single-country outlet covers (`Daily NK`), else the one
    most often the subject of its sentences, else the one an outlet is named for, else the
    one country the text names only inside its sentences' `sources`, each a public body of
    that country's (`sole_country`: `the Kenyan revenue authority said`)."""
    if document.title:
        named = title_countries(document.title)
        if named:
            return named[0]
    line = _HEADLINE_LINE.match(document.text)
    owners = title_countries(line.group(1), owners_only=True) if line else []
    if owners:  # `China keeps top spot in German trade\n...`: the trade's owner
        return owners[0]
    seller = headline_seller(line.group(1)) if line else None
    if seller is not None:  # `U.S. upland cotton sales drop 26%\n...`: the sales' country
        return seller
    return outlet_country(document.outlet) or main_country(document.text) or \
        outlet_named_country(document.outlet) or sole_country(document.text, sources)


def _lead_trader(text: str, start: int, end: int) -> str | None:
    """The country a story's first sentence (text[start:end]) is about, its subject or owner
    (`Afghanistan's economy shrank`), when the sentence names no trade or names it as that
    country's (`Afghanistan's exports`, `Pakistan exported`); not a subject words away from
    the sentence's trade word (`Peru keeps evading the quota through transfers`), whose flow
    the sentence does not state."""
    subject = main_country(text[start:end], subjects_only=True)
    if subject is None:
        return None
    words = [s for kind in ("export", "import", "two_way")
             for s, _ in lexicon("flow", kind).spans(text, start, end)]
    owned = far = False
    for mention in find_countries(text, start, end):
        if mention.code != subject:
            continue
        later = [s for s in words if s >= mention.end]
        owned = owned or any(_OWNER_GAP.fullmatch(text, mention.end, s) for s in later)
        far = far or any(_MEANS.search(text, mention.end, s) for s in later)
    return None if far and not owned else subject


_OWNER_GAP = re.compile(r"(?:['’]s?)?(?:\s+(?:[a-z-]+|\d[\d.,]*))?(?:\s+[a-z-]+){0,2}\s+")
"""Between a country and its own trade word: a possessive and up to three words, or just a
space (`Afghanistan's exports`, `Pakistan exported`, `Afghanistan's economy shrank as
exports`)."""
_MEANS = re.compile(r"\b(?:through|via|using|by\s+means\s+of)\b", re.IGNORECASE)
"""Between a subject and a trade word: the means of what it does (`evading the quota through
transfers`), so the trade word is no flow of the subject's."""
_PAUSE = re.compile(r"[,;.]")
_OWN_IMPORTS_AFTER = re.compile(r"(?:['’]s?)?\s+(?:[\w-]+\s+){0,3}?imports\b", re.IGNORECASE)
"""After a country in a headline: its own imports (`Kenya's sugar imports`, `US steel imports`)."""
_HEADLINE_LINE = re.compile(r"([^\n]{5,150}?)(?<![.!?])\n")
"""A first line with no closing stop before the body: the story's headline."""


def _compiled_by(text: str, start: int, end: int) -> re.Match[str] | None:
    """`_COMPILED_BY` in text[start:end], looked for only where one of `_CUSTOMS_WORDS` is."""
    if not may_hold(text, start, end, _CUSTOMS_WORDS):
        return None
    return _COMPILED_BY.search(text, start, end)


def _mask(text: str, dates: list[PeriodMention]) -> str:
    """The text with commas inside numbers and dates hidden from the clause splitter."""
    chars = list(_NUMERIC_COMMA.sub(" ", text))
    for mention in dates:
        for i in range(mention.start, mention.end):
            if chars[i] == ",":
                chars[i] = " "
    return "".join(chars)


_APPOSED_NAME = re.compile(r",?\s*")
"""Between an epithet and the name it stands beside: `its northern neighbour, China`."""


def _epithet_countries(mention: CountryMention) -> list[str] | None:
    """The countries an epithet (`the island`, `the Asian giant`) may stand for, if it is one."""
    found: list[str] | None = cue_data()["epithet_countries"].get(
        " ".join(mention.surface.lower().split()))
    return found


def _epithet_fits(text: str, mention: CountryMention, before: list[CountryMention],
                  recent: Sequence[str], subject: str | None = None) -> str | None:
    """The country an epithet only some countries fit stands for (`the island`, `the Islamic
    Republic`): its only one, else the one of them named last; None when it fits any country
    or none of its countries was named."""
    fits = _epithet_countries(mention)
    if not fits:
        return None
    companions = cue_data()["epithet_companions"].get(" ".join(mention.surface.lower().split()))
    if companions and (not _codes_named(text) & set(companions["places"])
                       or _named_any(text, tuple(companions["not_with"]))):
        return None  # `the mainland` in a story on Zanzibar or Puerto Rico
    if len(fits) == 1:
        return str(fits[0])
    # (not a country in its own clause: `Uzbekistan and Afghanistan remained the Central Asian
    # country's main buyers` is Kazakhstan's)
    named = [m.code for m in reversed(before) if m.code and m.form != "pronoun"
             and _PUNCTUATION_GAP.search(text, m.end, mention.start)]
    # (else the subject of the sentence before, when it fits: `India's rice exports to
    # Bangladesh rose. The South Asian country also sold ...` is India)
    preferred = [subject] if subject and " ".join(mention.surface.lower().split()) in \
        word_set("subject_epithets") else []
    return next((code for code in (*named, *preferred, *recent) if code in fits), None)


@cache
def _named_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")


@lru_cache(maxsize=8)  # asked once per epithet about the same document text
def _named_any(text: str, names: tuple[str, ...]) -> bool:
    """Whether `text` names any of `names` (as written)."""
    return bool(names) and _named_pattern(names).search(text) is not None


@lru_cache(maxsize=8)
def _codes_named(text: str) -> frozenset[str]:
    """The countries `text` names anywhere (read once per document)."""
    return frozenset(m.code for m in find_countries(text, 0, len(text)) if m.code)


_ITS_DERIVATIVES = re.compile(r"\s+(?:by-?products|derivatives|derived\s+products|"
                              r"processed\s+products)\b", re.IGNORECASE)


def _resolve_pronouns(text: str, mentions: list[CountryMention], fallback: str | None,
                      goods: list[CommodityMention],
                      others: Sequence[str | None] = (),
                      recent: Sequence[str] = (),
                      pair: tuple[str, str] | None = None) -> list[CountryMention]:
    """`its`, `the country` -> the sentence's subject before it, else `fallback` (for `the
    country`, `the reclusive state`, `its neighbour`, `its main benefactor`, not a country of
    their own clause: then the first of `others`, the countries named before, that is not)."""
    resolved: list[CountryMention] = []
    skip = -1
    for index, mention in enumerate(mentions):
        if index == skip:
            continue
        if mention.form == "pronoun" and mention.surface.lower() == "its" and \
                _ITS_DERIVATIVES.match(text, mention.end):
            continue  # `phosphate and its derivatives`: the goods', no country
        if mention.form == "pronoun":
            # `its` may be its own clause's subject (`China raised its imports`), `the country`
            # is not (`China took 68 percent of the country's shipments`: someone named before)
            # `its neighbour`, `its ally` name another country than their owner, like `the
            # country`
            which = mention.surface.lower().split()[-1]
            if which in ("former", "latter"):
                # the first or second of the two countries named last
                # (named before the sentence: its own mentions may follow up on either)
                # (named together earlier in the sentence, `Beijing and Moscow remained ...:
                # trade with the former`, else named before the sentence: its own other
                # mentions may follow up on either)
                together: list[str] = []
                for before, after in zip(mentions[:index], mentions[1:index], strict=False):
                    if before.code and after.code and before.form != "pronoun" and \
                            after.form != "pronoun" and (after.paired or after.cue == "and"):
                        together = [before.code, after.code]
                if len(set(together)) < 2 and pair is not None:
                    together = list(pair)  # the pair named together last (`Russia and Ukraine`)
                seen: list[str] = []
                for earlier in [*reversed(together[-2:]), *recent] if len(set(together)) >= 2 \
                        else recent:
                    if earlier not in seen:
                        seen.append(earlier)
                # (resolved, it reads like the name it stands for: `trade with the former`)
                resolved.append(replace(mention, code=seen[1 if which == "former" else 0],
                                        form="name") if len(seen) >= 2 else mention)
                continue
            named = mentions[index + 1] if index + 1 < len(mentions) else None
            if named is not None and named.code and named.form != "pronoun" and \
                    _epithet_countries(mention) and _APPOSED_NAME.fullmatch(text, mention.end,
                                                                     named.start):
                # `the Asian giant China`: one mention, of the name beside the epithet
                resolved.append(replace(named, start=mention.start, cue=mention.cue,
                                        surface=text[mention.start:named.end]))
                skip = index + 1
                continue
            fitting = _epithet_fits(text, mention, mentions[:index], recent, fallback)
            if fitting is not None:  # `to the island` after Cuba is named; `the hermit kingdom`
                resolved.append(replace(mention, code=fitting))
                continue
            definite = mention.surface.lower().startswith(("the ", "its "))
            routes = _routes(mentions[:index])
            subjects = [m.code for i, m in enumerate(mentions[:index]) if m.code
                        and m.form != "pronoun" and m.form != "demonym"
                        and (m.possessive or m.cue is None) and i not in routes
                        and not (definite and is_reporting(text, m))
                        and not (definite and not _CLAUSE_GAP.search(text, m.end,
                                                                    mention.start))]
            if mention.surface.lower() == "its" and not any(
                    m.code and m.form != "pronoun" and m.cue is None and not m.possessive
                    for m in mentions[:index]):
                # `The South Asian country lost its place as Nigeria's leading customer, when
                # its imports sank`: the subject a stand-in opened the sentence with
                first = next((m for m in mentions[:index] if subjects and m.code == subjects[0]),
                             None)
                subjects = [m.code for m in resolved if m.code and m.form == "pronoun"
                            and m.cue is None and not m.possessive
                            and m.surface.lower().startswith("the ")
                            and (first is None or m.start < first.start)][:1] + subjects
            # `the main market for Kazakh wheat: of the 7.7 million tons the country exported`:
            # the country whose demonym the sentence used before it
            # (only with no country named otherwise: not `Russian-origin crude landing in India
            # ..., 36% of the country's crude imports`)
            demonyms = [m.code for m in mentions[:index] if m.code and m.form == "demonym"]
            named_before = [m for m in mentions[:index] if m.code and m.form != "demonym"]
            code = subjects[0] if subjects else (
                demonyms[-1] if definite and len(set(demonyms)) == 1 and not named_before
                else fallback)
            its_flow = _FLOW_NEXT.match(text, mention.end)
            parallel = [m.code for m in mentions[:index] if m.code and m.possessive and
                        m.form != "pronoun" and _OF_BEFORE.search(text, max(0, m.start - 4),
                                                                  m.start)
                        and its_flow is not None and (flow := _FLOW_NEXT.match(text, m.end))
                        and flow["flow"].lower() == its_flow["flow"].lower()]
            if mention.surface.lower() == "its" and parallel and _OF_BEFORE.search(
                    text, max(0, mention.start - 4), mention.start):
                # `75 percent of China's cherry imports, 71 percent of its plum imports`: the
                # owner of the same flow noun named the same way before (not `of China's iron
                # ore imports, and 10 percent of its coal exports`)
                code = parallel[-1]
            way = its_flow["flow"].lower() if its_flow is not None else ""
            ranked = next((m for m in mentions[:index] if m.code and m.form != "pronoun"
                           and m.cue is None and not m.possessive
                           and (role := ROLE_AFTER.match(text, m.end)) is not None
                           and (role["role"].lower().rstrip("s") in BUYER_NOUNS)
                           == (way == "exports")), None)
            others_named = {m.code for m in mentions[:index] if m.code and m.form != "pronoun"
                            and ranked is not None and m.code != ranked.code}
            if mention.surface.lower() in ("its", "the country") and ranked is not None and \
                    way in ("exports", "imports") and len(others_named) == 1 and \
                    code == ranked.code:
                # `China was the biggest buyer of Mauritanian goods, taking 30.8 percent of the
                # country's total exports`: the exports of the country the ranked buyer buys
                # from (the imports of the one a ranked supplier sells to)
                code = others_named.pop()
            own = {m.code for m in mentions[:index] if m.code and not _CLAUSE_GAP.search(
                text, m.end, mention.start)}
            if definite and not subjects and code in own:
                # `China's exports to its neighbour`: not China
                code = next((c for c in others if c and c not in own), None)
            if mention.surface.lower().startswith("its "):
                # `its ally`, `its northern neighbour`: another country than its owner (its
                # clause's country, else the article's), the one named beside it if any
                named = mentions[index + 1] if index + 1 < len(mentions) else None
                owner = code
                if named is not None and named.code and named.form != "pronoun" and \
                        _APPOSED_NAME.fullmatch(text, mention.end, named.start):
                    # `its northern neighbour China`: one mention, of China
                    code, skip = named.code, index + 1
                    mention = replace(mention, end=named.end, form=named.form,
                                      surface=text[mention.start:named.end])
                elif owner is not None and not subjects and not own:
                    code = next((c for c in others if c and c != owner), None)
                elif owner is not None and subjects:
                    # `Venezuela stepped up deliveries to Cuba, sending 70,000 bpd to its
                    # political ally`: the other country its sentence names, not its subject
                    code = next((m.code for m in mentions[:index] if m.code and m.code != owner
                                 and m.form != "pronoun"), None)
            mention = replace(mention, code=code)
        resolved.append(mention)
    return resolved


def _unkeyed_item(ctx: Context, respective: Respective | None) -> bool:
    """Whether a figure of a `respectively` list belongs to an item of goods with no key (the
    list's item is no keyed goods of the sentence): its commodity is unknown, not goods the
    paragraph counted before."""
    return respective is not None and respective.kind == "goods" and not keyed_item(
        respective.item, ctx.goods)


def _own_item(ctx: Context, respective: Respective | None) -> Context:
    """The sentence as a figure of a `respectively` list reads it: the list's other countries or
    goods left out, its own country in the first one's place (`China and Russia supplied 80%
    and 15%`: `Russia supplied 15%`)."""
    if respective is None or respective.kind == "flow":
        return ctx
    if respective.code is not None:  # `the two` standing for one of the pair named before
        start, end = respective.item
        own = CountryMention(start, end, ctx.sentence.text[start - ctx.span[0]:end - ctx.span[0]],
                             respective.code, "name")
        return replace(ctx, countries=sorted([*ctx.countries, own], key=lambda c: c.start))
    if respective.kind == "goods":
        return replace(ctx, goods=[g for g in ctx.goods if (g.start, g.end) not in
                                   respective.others])
    first = next((c for c in ctx.countries if (c.start, c.end) == respective.first), None)
    countries = [c for c in ctx.countries if (c.start, c.end) not in respective.others]
    if first is not None:
        countries = [replace(c, cue=first.cue, possessive=first.possessive, paired=False)
                     if (c.start, c.end) == respective.item else c for c in countries]
    return replace(ctx, countries=countries)


def _on_side(parties: Parties, side: str, frame: Frame | None) -> Parties:
    """`exports and imports came to $325 million and $2.44 billion`: the sides read under the
    nearest trade word, turned round when the figure's own flow is the other one."""
    if not parties.two_way and (parties.exporter is None) != (parties.importer is None):
        # (one country, the owner of both flows: `Mongolia's exports and imports rose 3.9% and
        # 25.5%, respectively, ... to US$15.8 billion and US$11.6 billion`)
        owner = parties.exporter or parties.importer
        return Parties(owner, None, False) if side == "export" else Parties(None, owner, False)
    if parties.two_way or frame is None or frame.kind not in ("export", "import") or \
            frame.kind == side:
        return parties
    return Parties(parties.importer, parties.exporter, False)


def _subject(mentions: list[CountryMention]) -> CountryMention | None:
    """The country a sentence opens on, which `the country` in the next one may mean."""
    routes = _routes(mentions)
    for index, mention in enumerate(mentions):
        if mention.code and mention.form != "demonym" and (mention.possessive or mention.cue
                                                            is None) and index not in routes:
            # (not `through Turkey's Ceyhan port`: a route, no subject)
            return mention
    return None


_BUYER_SUBJECT = re.compile(r"(?:\s*(?:,|and)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)*"
                            r"\s+(?:(?:again\s+|also\s+|alone\s+)?(?:took|absorbed|accounted\s+"
                            r"for)\b|stood\s+out\s+among\s+(?:the\s+)?(?:markets|buyers|"
                            r"destinations|customers)|(?:are|were|is|was|remain|remained)\s+"
                            r"(?:still\s+|also\s+)?(?:the\s+|its\s+)?(?i:(?:(?:"
                            + lexicon("rank_words").regex.pattern + r"|two|three)\s+)*(?:"
                            r"consumers?|" + lexicon("ranked_roles", "buyer").regex.pattern
                            + r"))\b)")
"""After the countries opening a sentence: their taking a part of a flow, or their being its
main buyers (`France and China are still the main consumers of Malagasy shrimp`; not `Egypt
bought 2.9 million tonnes`, a flow of their own)."""


_ROUTE_CUE_WORDS = ("through", "via", "across")


def _routes(mentions: list[CountryMention]) -> set[int]:
    """Indexes of the mentions that name a route (`through Turkey's Ceyhan port`: the country
    behind `through` and the place its possessive owns)."""
    found: set[int] = set()
    for index, mention in enumerate(mentions):
        if mention.cue in _ROUTE_CUE_WORDS:
            found.add(index)
            after = mentions[index + 1] if index + 1 < len(mentions) else None
            if mention.possessive and after is not None and after.code == mention.code and \
                    after.start - mention.end <= 3:
                found.add(index + 1)
    return found


def _normalized(value: float, unit: str, on: date | None) -> tuple[float | None, str | None]:
    if unit in STATED_UNITS:
        return value, unit
    if is_currency(unit):
        usd = to_usd(value, unit, on)
        return (usd, "USD") if usd is not None else (None, None)
    return None, None


_THE_YEARS = re.compile(r"\bthe\s+year['’]s\s+(?:[a-z]+\s+)?(?:total|tally|shipments|exports|"
                        r"imports|output|sales|production|purchases|deliveries|volumes?)\b",
                        re.IGNORECASE)
"""`the year's total`, `the year's shipments`: the whole year the report in force is part of,
in a plan or forecast with no time of its own (`Shipments reached 8,700 tons in January-May. He
expects the year's total to exceed 10,000 tons`); not what else of the year it names (`Despite
the year's weak start`)."""


def _last_plan(made: list[Claim], bookings: set[int]) -> Claim | None:
    """The last dated plan or forecast among a sentence's claims (not a cap, nor orders dated by
    the month booked)."""
    plans = [c for c in made if c.modality in ("planned", "forecast") and c.kind != "cap"
             and c.start not in bookings and c.period_start and c.period_end]
    return plans[-1] if plans else None


_HEADLINE_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:but|as|while|after|despite|and|amid)\b",
                                    re.IGNORECASE)
_CONTENT_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{3,}")
_AFTER_MOVE = 12
"""How far past a headline's figure a move word still tells its way (`7.8% lower`)."""


def _headline_move(text: str, start: int, at: int, end: int, stop: int) -> Direction | None:
    """The way a headline moves its figure: by the last move word of its clause before the
    figure (`Peso slides 3%`), else by one right after it (`after 43% slump`)."""
    found: list[tuple[int, Direction]] = []
    ways: tuple[tuple[Direction, tuple[Lexicon, Lexicon]], ...] = (
        ("up", (lexicon("change_up"), lexicon("headline_moves", "up"))),
        ("down", (lexicon("change_down"), lexicon("headline_moves", "down"))))
    for way, cues in ways:
        for cue in cues:
            found += [(a, way) for a, _ in cue.spans(text, start, at)]
            found += [(a, way) for a, _ in cue.spans(text, end, min(stop, end + _AFTER_MOVE))]
    if not found:
        return None
    before = [f for f in found if f[0] < at]
    if before:
        return max(before)[1]
    return min(found)[1]


def _hedged_off(text: str, quantity: Quantity, floor: int, exact: float) -> bool:
    """Whether a hedge right before a rounded headline figure puts the exact figure on the
    other side of it (`nearly 2 million` for 2.08 million, `over 60` for 58.5)."""
    for side, wrong in (("below", exact > quantity.value), ("above", exact < quantity.value)):
        if wrong and any(not text[b:quantity.start].strip() for _, b in lexicon(
                "headline_rounding_hedges", side).spans(text, max(floor, quantity.start - 30),
                                                        quantity.start)):
            return True
    return False


def _content_stems(text: str, start: int, end: int, skip: list[tuple[int, int]]) -> set[str]:
    """The first four letters of each word of four letters or more in text[start:end] outside
    `skip` spans (a rough stem: `grows` and `growing` share one)."""
    return {m.group().lower()[:4] for m in _CONTENT_WORD.finditer(text, start, end)
            if not any(a <= m.start() < b for a, b in skip)}


def _rounded_from(quantity: Quantity, claim: Claim) -> bool:
    """Whether a headline's figure rounds the lead's claim (`nearly 2 million engines` for
    1,968,742 engines, `$4.5 billion` for $4.46 billion): the same unit, no range, a value of at
    most two significant digits within 5% of the claim's."""
    if quantity.unit != claim.unit or quantity.value_max is not None or \
            claim.value_max is not None or quantity.value <= 0 or claim.value <= 0:
        return False
    digits = f"{quantity.value:.6g}".split("e")[0].replace(".", "").strip("0")
    return len(digits) <= 2 and abs(claim.value - quantity.value) <= 0.05 * claim.value \
        and claim.value != quantity.value


def _parties_overlap(plan: Parties, forecast: Claim) -> bool:
    """Whether a plan goes on about the parties of a forecast before it: it lacks a side (`Kenya,
    by comparison, is expected to import 8.9 million tons`), or shares its exporter or its
    importer; not a plan between two other countries (`the Philippines plans to import 500,000
    tonnes of Thai rice` after Vietnam's forecast)."""
    if plan.exporter is None or plan.importer is None:
        return True
    return plan.exporter == forecast.exporter or plan.importer == forecast.importer


class _Reader(GoodsReader, PeriodReader):
    """Reading state across the sentences of one document."""

    def __init__(self, document: Document, quantities: Sequence[Quantity]) -> None:
        self.document = document
        self.text = document.text
        self.quantities = list(quantities)
        self.sentences = split_sentences(self.text)
        self._sentence_starts = [s.start for s in self.sentences]
        self.own_sources = [sentence_attribution(self.text, s) for s in self.sentences]
        """Each sentence's own source, if it names one (read once: `context` asks again)."""
        self.sources = attributions(self.text, self.sentences, self.own_sources)
        spans = tuple((s.start, s.end) for s in self.own_sources if s is not None)
        # (the sentences' own sources: `sole_country` reads a country inside them)
        self.focus = focus_country(document, spans)
        self.sole = sole_country(self.text, spans)
        """The one country the text names only inside its public bodies' sources, if any (read
        once: `home_flow` asks per figure, and it scans the whole text)."""
        self.dateline = dateline_country(self.text)
        self.filed = foreign_dateline(self.text)
        """The span of a dateline whose country the body never names again: no party."""
        """The country of the place the story is filed from (`SEOUL, April 30 (Yonhap) --`)."""
        title = self.headline_line = _HEADLINE_LINE.match(self.text)
        """The story's headline line, if its first line is one (read once: asked per figure)."""
        lead = self.sentences[1] if len(self.sentences) > 1 and title is not None and \
            self.sentences[0].end <= title.end() else self.sentences[0] if self.sentences else None
        self.lead = _lead_trader(self.text, lead.start, lead.end) if lead is not None else None
        """The country the story's first sentence is about, if any (`_lead_trader`)."""
        self.lead_end = lead.end if lead is not None else 0
        """Where that sentence ends."""
        owned = title_countries(document.title or (title.group(1) if title else ""),
                                owners_only=True)
        head = document.title or (title.group(1) if title else "")
        # (not a headline on imports alone, `Japan's imports of Australian coal hit a record`,
        # nor on a ban, `India's export ban lifts Thai rice prices`)
        imports_only = bool(lexicon("flow", "import").search(head)) and not lexicon(
            "flow", "export").search(head)
        self.headline_owner = owned[0] if len(set(owned)) == 1 and not imports_only \
            and not _BAN_WORD.search(head) else None
        """The one country whose exports or trade the headline is about (`Cypriot exports of
        halloumi hit a record`): the seller of a body's export that names no country."""
        self.headline = title_countries(document.title) if document.title else []
        """The headline's countries: the other side of a flow whose known side is the focus."""
        self.headline_flow = headline_flow(document.title) if document.title else Parties()
        """The one-way flow the headline states (`Russian oil to North Korea`), if any."""
        self.headline_pair = headline_pair(document.title) if document.title else frozenset()
        """The two countries the headline names as trading with each other, if any."""
        self.goods = sorted(find_commodities(self.text), key=lambda g: g.start)
        self._goods_starts = [g.start for g in self.goods]
        self._quantity_starts = [q.start for q in self.quantities]
        self.frame = PeriodFrame()
        self.fiscal_start = fiscal_year_start(self.text)
        """The first month of the fiscal years the text names (`2022-23`, `FY23`), if stated."""
        self.past = [sentence_periods(s, document.published, False, self.fiscal_start)
                     for s in self.sentences]
        """Each sentence's periods read in the past tense (asked for again and again)."""
        self._future: dict[int, list[PeriodMention]] = {}
        self.masked = _mask(self.text, [m for found in self.past for m in found
                                        if m.relation == "date"])
        self.last_pair: tuple[str, str] | None = None
        """The two countries named together last (`China and Russia`, `between A and B`)."""
        self.claims: dict[int, Claim] = {}
        self.previous: list[Claim] = []
        self.history: deque[Claim] = deque(maxlen=HISTORY)
        """The latest claims, in reading order (look-backs stay within an article's reach, so
        that the cost per claim does not grow with the document)."""
        self.body_flow = False
        """Whether the body has stated a one-way flow with both sides yet."""
        self.previous_subject: str | None = None
        self._priced: tuple[int, set[str], int] = (-1, set(), -1)
        """The paragraph (its start) whose unit prices were read, their currencies, and where
        the last of them ends."""
        self.named: list[str] = []
        """Codes of the countries named so far, in order."""
        self.paragraph = -1
        self.stated: StatedFlow | None = None
        """The one-way flow the paragraph has stated without a figure so far."""
        self.topic: str | None = None
        """The one kind of goods the paragraph's last sentence without figures named (`Kazakhstan
        sells most of its wheat abroad.`), for the figures after it that name none."""
        self.topic_bare = False
        """Whether the topic's sentence had no figure and named no total (`China buys more
        Russian crude`), so the paragraph's first bare flows are of its goods."""
        self.headline_topic: str | None = None
        """The goods of a headline with no figure, before the first paragraph's figures."""
        self.reporter: str | None = None
        """The country whose customs is the source of the claim being read, if any."""
        self.bookings: set[int] = set()
        """Where the claims of export orders dated by the month booked start (a plan only for
        the goods: their period frames what follows like a report's)."""
        self.mixed_forecast: Claim | None = None
        """The last plan or forecast in the sentence just read when that sentence also reported
        (`brought in 4.2 million tons in the first quarter, and projects 15.5 million tons for the
        full year`): its period is the time a plan right after it with none of its own goes on
        about (`Kenya, by comparison, is expected to import 8.9 million tons`)."""
        self.compared: list[tuple[int, int]] = []
        """The spans of the sentence's claim figures that something is compared with
        (`compared_figures`), read once per sentence."""
        self.booker: str | None = None
        """The country whose export orders the paragraph counts (`Taiwan's export orders`), once
        it has named them; `""` for orders with no country named."""
        self._unkeyed_from: int | None = None
        self._keyed_from = 0
        """Where the first sentence naming goods with no key starts, and where the first keyed
        goods stand (`unkeyed_article`, read once)."""

    def run(self) -> list[Claim]:
        line = self.headline_line
        title = self.document.title or (line.group(1) if line else "")
        if EXPORT_ORDERS.search(title):
            # (a headline on export orders: the body's orders and bookings are those)
            self.booker = next(iter(title_countries(title)), self.focus) or ""
        for index, sentence in enumerate(self.sentences):
            if sentence.paragraph != self.paragraph:
                # (a headline's export orders go on into the body under it)
                headline = self.paragraph in (-1, self.sentences[0].paragraph) and bool(title)
                self.paragraph, self.previous, self.stated = sentence.paragraph, [], None
                self.booker = self.booker if headline else None
                # (a headline's goods go on into the body's first paragraph, until a figure:
                # `China buys more Russian crude | China cut purchases from Saudi Arabia by 1.6%`)
                self.headline_topic = self.topic if headline and self.topic_bare else None
                self.topic = None
            made = self.read_sentence(index, sentence)
            if made:
                self.previous = made
        self.restated_headline()
        self.headline_seller_from_lead()
        for i, quantity in enumerate(self.quantities):
            j = quantity.equivalent_of
            if j is not None and j in self.claims and i not in self.claims:
                self.claims[i] = self.equivalent(self.claims[j], quantity)
        return [self.claims[i] for i in sorted(self.claims, key=lambda k: self.quantities[k].start)]

    def restated_headline(self) -> None:
        """A headline figure the lead paragraph states again as a claim (`Uruguay to sell China
        4,000 tons of dairy goods | Uruguay will send 4,000 tons of dairy goods to China`) is
        that claim: a headline's terse words (`takes`, `bounce`, `beat plan by`) need not name
        the flow the lead spells out. Its span, hedge and source are the headline's own, and so
        is its period: none when the headline names no time."""
        line = self.headline_line
        if line is None:
            return
        heads = [s for s in self.sentences if s.end <= line.end()]
        lead = next((s for s in self.sentences if s.start >= line.end()), None)
        if not heads or lead is None:
            return
        lead_end = max(s.end for s in self.sentences if s.paragraph == lead.paragraph)
        body = sorted((c for c in self.claims.values() if lead.start <= c.start < lead_end
                       and c.equivalent_of is None), key=lambda c: c.start)
        for i, quantity in enumerate(self.quantities):
            if quantity.end > line.end() or i in self.claims or not quantity.unit:
                continue
            same = next((c for c in body if (c.value, c.value_max, c.unit) == (
                quantity.value, quantity.value_max, quantity.unit)), None) or next(
                (c for c in body if _rounded_from(quantity, c)), None)
            head = next((s for s in heads if s.start <= quantity.start < s.end), None)
            if same is None or head is None or self.headline_disagrees(same, quantity, head):
                continue
            self.claims[i] = self.headline_copy(same, quantity, head)

    def headline_lead_span(self) -> tuple[int, int] | None:
        """Where the paragraph right after the headline line lies (None with no headline)."""
        line = self.headline_line
        lead = next((s for s in self.sentences if s.start >= line.end()), None) \
            if line is not None else None
        if lead is None:
            return None
        return lead.start, max(s.end for s in self.sentences if s.paragraph == lead.paragraph)

    def headline_seller_from_lead(self) -> None:
        """`Nearly 41,000 tonnes of maize head to Kenya | Zambia shipped close to 41,000 tonnes
        of maize to Kenya`: a headline figure read with its buyer only takes the seller of the
        lead paragraph's first claim that states the same figure to the same buyer (none when
        that claim has no seller: `Kenya's sugar imports rose 10%. Shipments from Uganda were
        also up 10%`); not a headline naming a bloc or region (`the Gulf states pipe 4.2 bcm of
        gas to India`: sellers together), nor one about the buyer's own imports (`Kenya's sugar
        imports rise 10%`: from every seller)."""
        line, span = self.headline_line, self.headline_lead_span()
        if line is None or span is None or _BLOC.search(line.group(1)):
            return
        text = self.text
        for i, claim in list(self.claims.items()):
            if claim.end > line.end() or claim.exporter is not None or claim.importer is None \
                    or claim.two_way or any(
                        m.cue is None and m.code == claim.importer and _OWN_IMPORTS_AFTER.match(
                            text, m.end, line.end()) for m in find_countries(
                                text, line.start(), line.end())):
                continue
            same = min((c for c in self.claims.values() if span[0] <= c.start < span[1]
                        and (c.value, c.unit, c.importer) == (claim.value, claim.unit,
                                                             claim.importer)
                        and not c.two_way), key=lambda c: c.start, default=None)
            if same is not None and same.exporter is not None:
                self.claims[i] = replace(claim, exporter=same.exporter)

    def headline_disagrees(self, same: Claim, quantity: Quantity, head: Sentence) -> bool:
        """Whether the headline's own words say its figure is not the lead's claim `same`: they
        deny it (`won't bounce 14% again`), move it the other way (`Peso slides 3%` for exports
        that rose 3%), measure something the lead sentence never names (a price, a levy, a
        currency, output: `Chile copper output up 3%` for copper exports), name only countries
        that are none of its parties (`Malaysian palm oil bounces 8%` for Indonesia's), or a time
        apart from its period (`in 2024` for May 2025). A figure that only rounds the claim must
        also lie on the side its hedge says (`nearly 2 million` is not 2.08 million) and share a
        word with the lead sentence beyond countries (not `Kenya loses $2 billion to graft`)."""
        text = self.text
        if lexicon("headline_negations").search(text, head.start, quantity.start):
            return True
        clause = max([head.start] + [m.end() for m in _HEADLINE_CLAUSE_BREAK.finditer(
            text, head.start, quantity.start)])
        if same.kind == "change" and same.direction is not None:
            moved = _headline_move(text, clause, quantity.start, quantity.end, head.end)
            if moved is not None and moved != same.direction:
                return True
        close = next((m.start() for m in _HEADLINE_CLAUSE_BREAK.finditer(
            text, quantity.end, head.end)), head.end)
        not_flow = lexicon("headline_not_flow")
        if not_flow.search(text, clause, quantity.start) or not_flow.search(
                text, quantity.end, close):
            return True
        for family in cue_data()["headline_measures"]:
            words = lexicon("headline_measures", family)
            if (words.search(text, clause, quantity.start) or words.search(
                    text, quantity.end, close)) and \
                    not words.search(text, same.sentence_start, same.sentence_end):
                return True
        named = find_countries(text, head.start, head.end)
        parties = {same.exporter, same.importer} - {None}
        if parties and not {m.code for m in named} & parties and (len(parties) == 2 or (any(
                m.code and m.cue is None and (m.form == "demonym" or m.possessive)
                for m in named) and same.exporter is not None)):
            return True  # (a figure of its own goods, `Malaysian palm oil`, is no other's)
        index = self.sentences.index(head)
        if same.period_start and same.period_end:
            own = [m.period for m in self.past[index] if m.period is not None
                   and m.relation == "period" and YEAR_WRITTEN.search(m.surface)]
            start, end = date.fromisoformat(same.period_start), date.fromisoformat(same.period_end)
            if own and all(p.end < start or p.start > end for p in own):
                return True
        if same.value == quantity.value:
            return False
        return _hedged_off(text, quantity, head.start, same.value) or not (
            _content_stems(text, head.start, head.end, [(quantity.start, quantity.end)] + [
                (m.start, m.end) for m in named if m.form in ("name", "demonym")])
            & _content_stems(text, same.sentence_start, same.sentence_end, []))

    def headline_copy(self, same: Claim, quantity: Quantity, head: Sentence) -> Claim:
        """The lead's claim `same` as the headline's figure `quantity` in `head` states it."""
        index = self.sentences.index(head)
        source = source_at(self.text, head, quantity.start, self.sources[index])
        bound = quantity.bound if quantity.bound != "=" else \
            hedge_before(self.text, quantity.start, head.start) or "="
        own = modality_of(self.text, (head.start, head.end), (head.start, head.end),
                          quantity.start, quantity.end, (), self.document.published)
        if own == "reported" and self.headline_plan(quantity):
            own = "planned"
        if own != "reported" and same.kind != "cap":
            same = replace(same, modality=own)  # (`Zambia eyes 1 million tons`: its own)
        if not any(m.period is not None for m in self.past[index]):
            # (a headline that names no time gives its figure none)
            same = replace(same, period_start=None, period_end=None, year=None)
        on = date.fromisoformat(same.period_start) if same.period_start else \
            self.document.published
        return replace(
            same, id=claim_id(self.document.id, quantity.start, quantity.end, EXTRACTOR_VERSION),
            start=quantity.start, end=quantity.end, sentence_start=head.start,
            sentence_end=head.end, surface=quantity.surface, bound=bound, value=quantity.value,
            normalized_value=_normalized(quantity.value, same.unit, on)[0],
            approximate=self.hedged(quantity, head.start, bound), sentence=head.text,
            attribution=source.text if source else None)

    def hedged(self, quantity: Quantity, floor: int, bound: Bound) -> bool:
        """Whether the claim's figure is approximate; a restatement (`around €24.4 billion
        ($29.5 billion)`, `about 172.6 billion yen or K4.9 billion`) only by its own hedge: the
        gold leaves the converted figure exact 111 times in 131 after a hedged one."""
        text = self.document.text
        if quantity.equivalent_of is None:
            return is_approximate(text, quantity.start, floor, bound)
        floor = max(floor, self.quantities[quantity.equivalent_of].end)
        digit = _DIGIT.search(quantity.surface)  # (a span may open with its own hedge)
        number = quantity.start + (digit.start() if digit else 0)
        own = hedge_before(text, quantity.start, floor) or hedge_before(
            text, number, quantity.start)
        return is_approximate(text, quantity.start, floor, own or "=")

    def equivalent(self, first: Claim, quantity: Quantity) -> Claim:
        start = date.fromisoformat(first.period_start) if first.period_start else None
        value, unit = _normalized(quantity.value, quantity.unit, start or self.document.published)
        return replace(
            first, id=claim_id(self.document.id, quantity.start, quantity.end, EXTRACTOR_VERSION),
            start=quantity.start, end=quantity.end, surface=quantity.surface,
            value=quantity.value, unit=quantity.unit, value_max=quantity.value_max,
            bound=quantity.bound, approximate=self.hedged(quantity, first.end, quantity.bound),
            normalized_value=value, normalized_unit=unit, equivalent_of=first.id)


    def context(self, index: int, sentence: Sentence) -> Context:
        """What one sentence offers its quantities."""
        text, span = self.text, (sentence.start, sentence.end)
        own = self.own_sources[index]
        scene = circumstance_opener(text, *span)
        # (`BAKU, Azerbaijan, May 3 -`: where the story was filed, no party to its flows)
        exclude = tuple(part for part in ((own.start, own.end) if own else None, scene,
                                          self.filed) if part is not None) + tuple(
            cited_data(text, *span))  # (`calculated from Chinese customs data`: a source)
        goods = [g for g in between(self.goods, self._goods_starts, *span)
                 if not (own and own.start <= g.start < own.end)]
        # `Moscow believes its oil exports ...`, `Chinese customs data showed the country
        # shipped ...`: a source that is a country, or opens with its demonym, is what `its`
        # and `the country` mean (not `South Korea's central bank`, which speaks of another)
        speaker = {m.code for m in find_countries(text, own.start, own.end) if m.code and (
            (m.start, m.end) == (own.start, own.end) or (
                m.form == "demonym" and m.start == own.start))} if own else set()
        countries = _resolve_pronouns(text, find_countries(text, *span, exclude=exclude),
                                      next(iter(speaker)) if len(speaker) == 1 else
                                      self.previous_subject or self.focus, goods,
                                      [self.focus, *self.headline,
                                       *reversed(self.named[-HISTORY:])],
                                      list(reversed(self.named[-HISTORY:])), self.last_pair)
        # `U.S. President Donald Trump`: a person's country is named, but is no party
        offices = office_mentions(text, *span, exclude)
        evidence = evidence_spans(text, *span)
        opener = lexicon("continuation_openers").regex.match(sentence.text)
        continuing = bool(self.previous) and not goods
        first = bisect_left(self._quantity_starts, span[0])
        last = bisect_left(self._quantity_starts, span[1])
        indices = tuple(i for i in range(first, last) if self.quantities[i].equivalent_of is None)
        return Context(
            index=index, sentence=sentence, goods=goods, countries=countries, offices=offices,
            past=self.past[index],
            evidence=evidence, continuing=continuing and (opener is not None or not evidence),
            indices=indices)

    def drafts(self, ctx: Context) -> list[Draft]:
        """The sentence's quantities that are trade claims, with kind and direction."""
        text = self.text
        found: list[Draft] = []
        dropped: Quantity | None = None
        """The last quantity before in the sentence that measured something else (a price, a
        budget): what restates it or is its old value measures that too."""
        for i in ctx.indices:
            quantity = self.quantities[i]
            if rate_denominator(text, quantity) or exchange_note(text, quantity):
                continue
            if measurable(quantity) and dropped is not None and self.restates(
                    dropped, quantity, ctx):
                dropped = quantity  # `up from 5,500 won`, `21.4 billion won ..., equal to $18m`
                continue
            if not (measurable(quantity) or counted_goods(text, quantity, ctx.span)
                    or self.counted_like_before(quantity)) or per_unit(
                    text, quantity):
                # a price per unit (`24,500 won per kilogram`, `USD/bbl`) is what a restatement
                # or movement after it is about; a count of ships is not
                dropped = quantity if measurable(quantity) or per_unit(text, quantity) else \
                    dropped
                if per_unit(text, quantity) and is_currency(quantity.unit.split("/")[0]):
                    self.note_price(ctx, quantity)
                continue
            if not (ctx.goods or ctx.evidence or ctx.continuing or self.counted_before(quantity)
                    or (quantity.unit.split("/")[0].lower() in word_set("cargo_units")
                        and not _FLEET.search(text, *clause_bounds(
                            text, *ctx.span, quantity.start, self.masked)))
                    or (self.stated is not None and not self.previous
                        and _THE_FLOW.search(text, *ctx.span))
                    or ((self.stated is not None or self.topic is not None) and not self.previous
                        and ROLE_WITH.search(text, max(ctx.span[0], quantity.start - 60),
                                             quantity.start))
                    or _role_taking(text, ctx.span[0], quantity)
                    or _ranked_role_at(text, ctx.span[0], quantity)
                    or (quantity.unit in GOODS_UNITS and _CARRIED.search(
                        text, max(ctx.span[0], quantity.start - 40), quantity.start))
                    or self.lot_value(found, quantity)):
                # (`the flow sped up to US$5-7 million a month` after a sentence that stated a
                # flow without a figure: that flow; `Canada was the largest buyer with 333,596
                # tons` after `Guatemalan sugar went to buyers on five continents`: a partner's
                # part of the flow or goods the paragraph is about)
                continue
            clause = clause_bounds(text, *ctx.span, quantity.start, self.masked)
            if money_rate(quantity.unit) and (not (any(
                    clause[0] <= s < clause[1] for s, _ in ctx.evidence)
                    or _THE_FLOW.search(text, *clause)) or lexicon(
                    "not_trade_rates").search(text, *ctx.span)):
                # money a month or a year is a flow's rate only beside a trade word, and not aid,
                # fees, rent, revenue or losses (`$3.8 billion a year in military assistance`)
                continue
            sale = self.sale_price(ctx, quantity, clause)
            if sale or distracted(text, quantity, clause, ctx.evidence):
                dropped = quantity
                if sale or unit_price(text, quantity, clause):
                    self.note_price(ctx, quantity)
                continue
            prices = self.prices(ctx)
            # (in the price's own sentence, no trade word between the price and the amount)
            scope = (self._priced[2], quantity.end) if ctx.span[0] < self._priced[2] else ctx.span
            if prices and quantity.unit in ("percent", *prices) and not any(
                    scope[0] <= s < scope[1] for s, _ in ctx.evidence) and not self.lot_value(
                    found, quantity) and not ROLE_WITH.search(
                    text, max(ctx.span[0], quantity.start - 60), quantity.start) and not (
                    found and found[-1].kind == "level" and self.listed_amount(
                        ctx, self.quantities[found[-1].index], quantity)) and not (
                    quantity.unit == "percent" and _partner_part(
                        text, quantity, self.quantities[found[-1].index].end
                        if found and found[-1].kind == "share" else None, ctx.span[0])):
                # `A kilogram of rice sold for 9,600 won, 6.7% more than the 9,000 won ...
                # In Hyesan, rice rose 6.5% to 9,800 won`: with no trade word in their clause,
                # amounts in the currency of the paragraph's prices, and their moves, are prices
                # (not a partner's part after its role, `France was the top buyer at 84
                # million euros`, `the biggest market with 36%`, nor the next row of its list,
                # `..., ahead of the USA at 83 million euros`)
                # (nor a partner's part of a flow, or the next partner's after it: `Brazil
                # accounted for 61% of the volume, Bolivia for 22%`, `71% went to China, 9%
                # to Japan`)
                dropped = quantity
                continue
            kind, direction = classify(text, quantity, clause, ctx.span, [
                self.quantities[j] for j in ctx.indices if j < i])
            if kind is None and quantity.unit == "percent" and WITH_PARTNER.search(
                    text, ctx.span[0], quantity.start):
                # `earned 9.1 billion ringgit, with Thailand taking 26.4 percent`: a partner's
                # share of the total just stated
                kind = "share"
            if kind is None and quantity.unit == "percent" and _role_taking(
                    text, ctx.span[0], quantity):
                # `The United States became Spain's leading supplier, with 32.9%`: the
                # partner's share of the flow its role names
                kind = "share"
            rival = self.listed(ctx, quantity) if kind is None and \
                quantity.unit == "percent" else None
            if rival is not None and (any(d.kind == "share" for d in found) or (
                    not found and any(c.kind == "share" for c in self.previous)
                    and _OPENS_WITH.fullmatch(text, ctx.span[0], self.row_opener(ctx, rival)))):
                # `22 percent of India's imports, ahead of Iraq at 20.5 percent`; `... 15.3% of
                # the goods Britain exported. Germany came second with 8.6%` (the rival opening
                # the next sentence, not `Interest rates in Brazil at 10.5%`; after any share of
                # the sentence before, its amount after it too, and with goods of the row's own:
                # `... 17.2% of Togo's imports, worth 77.5 billion CFA francs. India followed with
                # 9.5%, or ...`)
                kind = "share"
            if kind is None and quantity.unit == "percent" and found and \
                    found[-1].kind == "level" and _LEVEL_AS_SHARE.fullmatch(
                        text, self.quantities[found[-1].index].end, quantity.start) and \
                    _ROW_END.match(text, quantity.end) and (
                        any(c.kind == "share" for c in self.previous)
                        or any(d.kind == "share" for d in found)):
                # `China received 183 million tons, about 44% of the total. India bought 82
                # million tons, roughly 20%, and ...`: in a list of shares, a row's amount
                # and its share
                kind = "share"
            if kind is None and quantity.unit == "percent" and found and \
                    found[-1].kind == "share" and _REGION_ROW.fullmatch(
                        text, self.quantities[found[-1].index].end, quantity.start):
                # `Europe absorbed 66% of the exports and Asia 26%`: a region's share of the
                # same total, with no code of its own
                kind = "share"
            if kind == "level" and (moved := _part_of_move(text, quantity)) is not None:
                # `Milk powder accounted for $1.1b of the increase`: an amount's part of a
                # change is a change (its direction the change noun's)
                kind, direction = "change", moved
            if kind == "level" and found and found[-1].kind == "cap" and _CAP_PART.fullmatch(
                    text, self.quantities[found[-1].index].end, quantity.start):
                # `The combined limit is about 19.2 million tonnes, including some 11.2 million
                # tonnes for nitrogen fertilizers and almost 8 million tonnes for ...`: parts
                # of the cap are caps
                kind = "cap"
            if kind == "level" and found and found[-1].kind == "cap" and _CAP_MOVES_ON.fullmatch(
                    text, self.quantities[found[-1].index].end, quantity.start) and not any(
                    d.kind in ("level", "change") for d in found[:-1]) and not _CAP_PASSED.search(
                    text, max(ctx.span[0], self.quantities[found[-1].index].start - 40),
                    self.quantities[found[-1].index].start):
                # `the quota is 8.49mn b/d for May-July, rising to 8.99mn b/d from August`: the
                # amount the cap moves on to is the cap later (not a flow's, after a flow in the
                # sentence or a cap it passed: `topped the UN cap of 500,000 barrels in 2023,
                # rising to about 1 million barrels`)
                kind = "cap"
            if kind == "level" and found and found[-1].kind == "cap" and _CAP_BEFORE.fullmatch(
                    text, (cap_figure := self.quantities[found[-1].index]).end, quantity.start) \
                    and not _CAP_PASSED.search(text, max(ctx.span[0], cap_figure.start - 40),
                                               cap_figure.start) \
                    and not _CAP_REACHED.search(text, max(ctx.span[0], cap_figure.start - 40),
                                                cap_figure.start) \
                    and not _FLOW_DONE.match(text, quantity.end, ctx.span[1]):
                # `lifting the quota to 1.8 million mt from 1.5 million mt`: the old cap (not a
                # flow's old level after the cap it passed: `stayed under the 500,000-barrel cap,
                # from 410,000 barrels in 2023`)
                kind = "cap"
            last_move = _last_move(found, self.quantities, text)
            if kind is None and quantity.unit == "percent" and last_move is not None and \
                    _gapped_change(text, self.quantities[found[-1].index].end, quantity):
                # `deliveries to Asia rose 60%, those to Latin America 20%`, `sales to Chile fell
                # 8% to $2 billion, and wine 5% to $300 million`: the next row's change, its
                # verb left out
                kind, direction = "change", last_move.direction
            if kind is None and quantity.unit == "percent" and found and \
                    found[-1].kind == "share" and SHARE_AND_TO.fullmatch(
                        text, self.quantities[found[-1].index].end, quantity.start) and \
                    _TO_PARTNER.match(text, quantity.end):
                # `of which 44.5 percent went to Japan and 25.2 percent to China`: the verb
                # left out of the next share
                kind = "share"
            row = _GOODS_ROW.search(text, self.quantities[found[-1].index].end,
                                    quantity.start) if found else None
            if kind is None and quantity.unit == "percent" and row is not None and \
                    found[-1].kind == "share" and any(
                        row.start() <= g.start and g.end <= quantity.start and not g.generic
                        for g in ctx.goods):
                # `Wheat flour made up 69% of the volume, with sugar at 10% and sunflower oil
                # at 6%`: the next goods' share of the same total
                kind = "share"
            if kind == "change" and quantity.unit == "percent" and found and \
                    found[-1].kind == "share" and _SHARE_AND.fullmatch(
                        text, self.quantities[found[-1].index].end, quantity.start):
                # `Russia's share rose to 25 per cent last year and 51 per cent in January-March`,
                # `eased to 34 per cent after 42 per cent in July`: another share of the same
                kind, direction = "share", None
            if kind is None and quantity.unit == "percent" and found and \
                    found[-1].kind == "share" and _SHARE_RUN_GAP.fullmatch(
                        text, self.quantities[found[-1].index].end, quantity.start) and \
                    _RESPECTIVELY_AFTER.match(text, quantity.end):
                # `Japan and Korea followed with 12.5% and 9.1%, respectively`: the next share
                # of a run of shares split among the countries listed
                kind = "share"
            if kind is None and quantity.unit == "percent":
                # `up 10%, 14% and 7%, respectively`, `fell 11% at Antamina, 24% at Cerro
                # Verde and 23% at Southern Copper`: a row of the list of changes before it
                kind, direction = self.list_row(found, quantity)
            if kind is not None and self.row_of_no_claim(ctx, dropped, i, clause):
                # `Shell and Petronas own 71% of the plant, Egyptian state firms about 24% and
                # ENGIE the remaining 5%`: the next of a run whose head is no claim is none,
                # and measures what its head did
                dropped = quantity
                continue
            if kind is not None:
                found.append(Draft(i, kind, direction, clause))
                dropped = None

        # (`rose 68.3 percent, with fuel making up 29.9 percent of those shipments and steel
        # products 28.7 percent`: shares of the flow the change before them states)
        anaphoric = min((self.quantities[d.index].start for d in found if d.kind == "share"
                         and _OF_THOSE.match(text, self.quantities[d.index].end)),
                        default=len(text))

        def order(draft: Draft) -> int:
            # new levels, then changes (which fall back on them), then old levels (a year back)
            quantity = self.quantities[draft.index]
            if draft.kind == "change" or (draft.kind == "share" and quantity.start >= anaphoric):
                return 1
            return 2 if base_level(text, (quantity.start, quantity.end), ctx.span[0]) else 0

        return sorted(found, key=order)

    def row_of_no_claim(self, ctx: Context, dropped: Quantity | None, index: int,
                        clause: tuple[int, int]) -> bool:
        """Whether the percentage at `index` is the next of a run of percentages, its verb left
        out, after one right before it that measured something else (`dropped`: a stake, a
        tax), with no trade word of its own (not `..., and Egypt 35% of Sudan's cattle
        exports`); not after one merely left unread (`the US had led with 21%, while Russia
        held 15.1% and Norway 12.9%`)."""
        if index - 1 not in ctx.indices:
            return False
        quantity, head = self.quantities[index], self.quantities[index - 1]
        if quantity.unit != "percent" or head.unit != "percent":
            return False
        if dropped is not head and not (dropped is not None and index - 2 >= 0 and
                                        self.quantities[index - 2] is dropped and
                                        self.row_of_no_claim(ctx, dropped, index - 1, clause)):
            # (nor after the next of such a run that no reading took: `own 64% of the mine,
            # Zamco about 26% and Nordic Metals the remaining 10%`)
            return False
        text = self.text
        return _GAPPED_ROW.fullmatch(text, head.end, quantity.start) is not None and not any(
            head.end <= s < max(clause[1], quantity.end) for s, _ in ctx.evidence) and not any(
            lexicon(*cue).search(text, head.end, quantity.start) for cue in _ROW_VERB_CUES) and \
            not self.goods_part_after_other(ctx, head, quantity)

    def goods_part_after_other(self, ctx: Context, head: Quantity, quantity: Quantity) -> bool:
        """Whether `quantity` is a part of named goods closing its phrase (`... of the` urea`.`,
        not `of LPG carriers`) while its head was a part of no goods (`holds 70 percent of Qafco,
        and India about 40 percent of the urea`): a part of something else, no row of the head."""
        after = _GOODS_PART_OF.match(self.text, quantity.end)
        return after is not None and any(
            g.start == after.end() and not g.generic and _GOODS_PART_ENDS.match(self.text, g.end)
            for g in ctx.goods) and not any(
            head.end <= g.start < quantity.start for g in ctx.goods)

    def row_opener(self, ctx: Context, rival: CountryMention) -> int:
        """Where the countries ranked together with `rival` begin: the first of a run of
        countries joined by commas and `and` that ends on it (`Japan and Korea followed with
        12.5% and 9.1%, respectively`), else `rival` itself. Only with `respectively` after
        them: without it the shares are not split among them (`Jordan and Libya followed with
        11.5% and 7.2%`, each share read as the rival's, the last country's)."""
        start = rival.start
        for mention in reversed([c for c in ctx.countries if c.end <= rival.start]):
            if not mention.code or mention.possessive or not _ROW_PAIR_JOIN.fullmatch(
                    self.text, mention.end, start):
                break
            start = mention.start
        if start != rival.start and not lexicon("respective_closers").search(
                self.text, rival.end, ctx.span[1]):
            return rival.start
        return start

    def lot_value(self, found: list[Draft], quantity: Quantity) -> bool:
        """Whether the money figure `quantity` is the value of the amount of goods the sentence
        counted just before it (`taking 85,500 tonnes for $157 million`, `20,000 tonnes at $450 a
        tonne, worth $9 million`): a lot's total, not a unit price, and a claim whenever the
        amount is. Only unit prices may lie between the two, within `_LOT_GAP` characters."""
        if not found or not is_currency(quantity.unit):
            return False
        goods = self.quantities[found[-1].index]
        if is_currency(goods.unit.split("/")[0]) or goods.unit == "percent" or \
                quantity.start - goods.end > _LOT_GAP:
            return False
        gap = between(self.quantities, self._quantity_starts, goods.end, quantity.start)
        return all(per_unit(self.text, q) for q in gap) and ";" not in self.text[
            goods.end:quantity.start] and _LOT_VALUE.search(
            self.text, goods.end, quantity.start) is not None

    def list_row(self, found: list[Draft], quantity: Quantity) -> tuple[Kind | None,
                                                                         Direction | None]:
        """A bare percent that goes on a list of changes takes the change before it: the
        sentence's last percent before it was a change, and only a list's joint lies between
        them (`, `, ` and `, `, 24% at Cerro Verde and `), with no other percent and no
        comparison or part of its own after it (`but 35% below the average`, `55% heading to
        Europe`). (Rows of a list of shares are left alone: their parties, one partner a row,
        are not read yet.)"""
        last = next((d for d in reversed(found) if d.kind == "change"
                     and self.quantities[d.index].unit == "percent"), None)
        if last is None or last.direction is None:
            return None, None
        gap_start = self.quantities[last.index].end
        if quantity.start - gap_start > _ROW_GAP or _PERCENT_WORD.search(
                self.text, gap_start, quantity.start) or _COMPARED_NEXT.match(
                self.text, quantity.end) or _SHARE_NEXT.match(self.text, quantity.end):
            return None, None
        if _CHANGE_ROW_GAP.fullmatch(self.text, gap_start, quantity.start) is None:
            return None, None
        return "change", last.direction

    def _row_has_party(self, dropped: Quantity, quantity: Quantity, ctx: Context) -> bool:
        """Whether a country or a flow word stands in the row from the dropped amount to the end
        of `quantity`'s own row (`, along with 500,000 tonnes bought from Russia`)."""
        row_end = _store_row_end(self.text, quantity, ctx.span)
        return any(dropped.end <= c.start < row_end for c in ctx.countries) or any(
            lexicon("flow", kind).search(self.text, dropped.end, row_end)
            for kind in ("export", "import", "two_way"))

    def restates(self, dropped: Quantity, quantity: Quantity, ctx: Context) -> bool:
        """Whether `quantity` is the old value of `dropped` (`rose to 6,200 won ..., up from
        5,500 won`), the same amount in other words (`..., equal to about $18 million`), the next
        goods' price in the same money, the next row of a run of stocks (`and petrol at 5,000
        tonnes`) or the next goods of a bare run after a stock or capacity in its unit (`, 25,000
        tonnes of jet fuel`, `plus 4,000 tonnes of cobalt`): so measuring what `dropped`
        measured, no trade claim either."""
        if _RESTATED.fullmatch(self.text, dropped.end, quantity.start):
            return True
        price = is_currency(dropped.unit.split("/")[0])
        # nothing between them may name another flow (`Coal sold for $100 a tonne, while
        # exports to China, 30 percent higher ...`)
        plain = price and not any(dropped.end <= c.start < quantity.start for c in ctx.countries) \
            and not any(lexicon("flow", kind).search(self.text, dropped.end, quantity.start)
                        for kind in ("export", "import", "two_way"))
        if quantity.unit == "percent" and price and (
                _MOVE_OF_IT.fullmatch(self.text, dropped.end, quantity.start) or (
                    plain and _HEDGED_AFTER_COMMA.fullmatch(self.text, dropped.end,
                                                            quantity.start)
                    and _COMPARED_AFTER.match(self.text, quantity.end))):
            # `climbed to 24,500 won per kilogram ..., up 8 percent from mid-July`, `..., nearly
            # 60 percent more than a year earlier`
            return True
        if price and is_currency(quantity.unit) and (
                (quantity.unit == dropped.unit and _LISTED_PRICE.fullmatch(
                    self.text, dropped.end, quantity.start))
                or _PRICE_RESTATED.fullmatch(self.text, dropped.end, quantity.start)):
            # `sold for KPW 13,200 in Pyongyang, KPW 12,700 in Sinuiju and KPW 12,500 in
            # Hyesan`; `cost RMB 9.381, about KPW 7,646`: the next place's price, the same price
            return True
        if plain and "/" in dropped.unit and quantity.unit == dropped.unit.split("/")[0] and \
                _GAPPED_PRICE.fullmatch(self.text, dropped.end, quantity.start):
            return True  # `Gasoline sold for 23,500 won per kilogram and diesel for 19,000 won`
        if price and quantity.unit == dropped.unit.split("/")[0] and (
                _MOVE_OF_IT.fullmatch(self.text, dropped.end, quantity.start)
                or _TO_LEVEL.fullmatch(self.text, dropped.end, quantity.start)):
            return True  # `fetches 8,550 KPW, up 350 KPW`; `has risen 300 KPW to 6,100 KPW`
        if plain and quantity.unit == dropped.unit.split("/")[0] and _PRICE_GOES_ON.search(
                self.text, dropped.end, quantity.start):
            # `A kilogram of gasoline now fetches 8,550 KPW, up 350 KPW, while diesel has risen
            # 300 KPW to 6,100 KPW`: the next goods' price in the same money
            return True
        if not price and quantity.unit == dropped.unit and quantity.unit not in (
                "percent", "x") and _STORE_ROW.fullmatch(
                self.text, dropped.end, quantity.start) and not self._row_has_party(
                dropped, quantity, ctx):
            # `Diesel stocks stood at 11,000 tonnes and petrol at 5,000 tonnes`, `held 12,774
            # tonnes of diesel, along with 29,000 tonnes of fuel oil`: the next goods' amount
            # in a run after one that measured something else measures that too (not `, along
            # with 500,000 tonnes bought from Russia`: a flow or country in its own row)
            return True
        if not price and quantity.unit == dropped.unit and quantity.unit not in (
                "percent", "x") and _GOODS_RUN_ROW.fullmatch(
                self.text, dropped.end, quantity.start) and not self._row_has_party(
                dropped, quantity, ctx) and not _RESPECTIVELY.search(
                self.text, quantity.end, ctx.span[1]):
            # `the tanks held 40,000 tonnes of fuel oil, 25,000 tonnes of jet fuel and ...`, `can
            # turn out 90,000 tonnes of copper, plus 4,000 tonnes of cobalt`: the next
            # goods of a bare run after an amount that measured something else measure that too
            return True
        return dropped.unit.split("/")[0] == quantity.unit.split("/")[0] and base_level(
            self.text, (quantity.start, quantity.end), ctx.span[0])

    def note_price(self, ctx: Context, price: Quantity) -> None:
        """Remember that the paragraph of `ctx` states a unit price (`price`) in its currency."""
        start = self.text.rfind("\n", 0, ctx.span[0]) + 1
        currencies = self._priced[1] if self._priced[0] == start else set()
        self._priced = (start, currencies | {price.unit.split("/")[0]}, price.end)

    def prices(self, ctx: Context) -> set[str]:
        """The currencies the paragraph of `ctx` stated prices in before it."""
        start = self.text.rfind("\n", 0, ctx.span[0]) + 1
        return self._priced[1] if self._priced[0] == start else set()

    def sale_price(self, ctx: Context, quantity: Quantity, clause: tuple[int, int]) -> bool:
        """`Corn sold for 3,100 won`: money goods fetch with no country in the clause is a
        price, not a flow (`North Korea sold coal to China for $40 million` names the sides)."""
        return is_currency(quantity.unit) and _SOLD_FOR.search(
            self.text, max(clause[0], quantity.start - 25), quantity.start) is not None and \
            not any(clause[0] <= c.start < clause[1] for c in ctx.countries)

    def row_share(self, ctx: Context, row: Claim, share: Claim) -> Claim:
        """`share` with the sides of the row claim just before it in its sentence: a row's
        amount then its share (`followed by Germany with 7.6 million (17.1%)`) is of the row's
        pair; a region's share after another share (`Chile took 56% of the exports and Asia
        26%`) is of the same owner's total, the region (no code) on the side the rival took."""
        if row.two_way or not (row.exporter or row.importer):
            return share
        if row.kind == "level" and _LEVEL_AS_SHARE.fullmatch(self.text, row.end, share.start):
            return replace(share, exporter=row.exporter, importer=row.importer)
        if row.kind != "share" or not _REGION_ROW.fullmatch(self.text, row.end, share.start):
            return share
        rival = [c.code for c in ctx.countries if c.end <= row.start and c.code in (
            row.exporter, row.importer)]
        if rival and rival[-1] == row.importer and row.exporter:
            return replace(share, exporter=row.exporter, importer=None)
        if rival and rival[-1] == row.exporter and row.importer:
            return replace(share, exporter=None, importer=row.importer)
        # (no rival named: the owner's side stays, the other opens)
        return replace(share, exporter=row.exporter if row.importer is None else None,
                       importer=row.importer if row.exporter is None else None)

    def counted_like_before(self, quantity: Quantity) -> bool:
        """`Brazil sold 44.5 million bags of coffee ... American buyers headed the list with 8.1
        million bags`: goods counted in the sacks or bales an earlier flow of the article was
        counted in go on about that flow; so do goods the unit names (`Russia imported 287,000
        cars from China. Mexico came next with 159,000`), unless their sentence makes them
        something else (`Avtovaz sold 140,000 cars at home`, `BYD produced 1.6 million cars`,
        `Toyota recalled 1 million vehicles`)."""
        start = self.sentence_of(quantity)
        pause = _PAUSE.search(self.text, quantity.end, quantity.end + 40)
        end = pause.start() if pause is not None else quantity.end + 40
        named = counted_key(quantity.unit) is not None and not (
            lexicon("production").search(self.text, start, end)
            or lexicon("not_flow").search(self.text, start, end)
            or lexicon("not_moved").search(self.text, start, end))
        return (quantity.unit in word_set("measure_nouns") or named) and any(
            c.unit == quantity.unit and c.kind == "level" for c in self.history)


    def read_sentence(self, index: int, sentence: Sentence) -> list[Claim]:
        self.past[index] = self.frame.counted_back(self.past[index])
        ctx = self.context(index, sentence)
        made: list[Claim] = []
        periods = SentencePeriods(frame=self.frame.current())
        drafts = self.drafts(ctx)
        self.compared = self.compared_figures(ctx, drafts)
        for draft in drafts:
            claim = self.claim(ctx, draft, periods)
            if made and claim.kind == "share":
                claim = self.row_share(ctx, made[-1], claim)
            self.claims[draft.index] = claim
            self.history.append(claim)
            self.body_flow |= bool(claim.exporter and claim.importer and not claim.two_way)
            made.append(claim)
        made.sort(key=lambda c: c.start)
        if made:
            self.stated, self.topic, self.headline_topic = None, None, None
        else:
            self.stated = self.stated_flow(ctx) or self.stated
            keys = list(dict.fromkeys(g.key for g in sorted(ctx.goods, key=lambda g: g.start)
                                      if not g.generic))
            if keys:
                # (one line of goods: the first named, `Iranian crude ... Tehran's oil
                # industry` is about crude, `grain exports ..., though wheat lagged` about grain;
                # goods of two lines, their most specific shared key, `wheat and corn` grain, or
                # none when they share none)
                line = all(a in ancestors(b) or b in ancestors(a) for a in keys for b in keys)
                top = common_key(keys)
                self.topic = keys[0] if line else (
                    top if all(top in ancestors(k) for k in keys) else None)
                self.topic_bare = self.bare_topic(ctx)
        # a plan's or forecast's period (`to lift trade to $1 billion by 2020`) is not the time
        # the article's report goes on about
        # (nor is an old level compared with: `The total was 40 percent above the $972
        # million posted a year earlier` leaves the quarter in force)
        # (nor is a figure something is compared with: `deeper even than the 49% slump of fiscal
        # 2011` leaves the year reported on in force)
        # (nor a share kept as an old one: `down from a 54.7% share in 2023`)
        # (nor an old mark: `topped the former record of 1.6 billion gallons shipped in 2018`)
        # (nor a definite figure set against, of a time before the period in force: `That beat
        # the 63 tonnes, valued at $4.6 billion, shipped in all of 2024`, nor the figures after
        # it of its time)
        old = [c for c in made if self.old_mark(ctx, c) or self.set_against_old(ctx, c)]
        current = [c for c in made if (c.start, c.end) not in self.compared and not any(
            o.start <= c.start and (o.period_start, o.period_end) == (c.period_start, c.period_end)
            for o in old)]
        # (orders booked in a month are dated like a report: `September orders alone grew 4.6
        # percent` dates the bookings after it)
        dated = [c for c in current if c.period_start and c.period_end and c.kind != "cap"
                 and (c.modality not in ("planned", "forecast") or c.start in self.bookings)]
        any_dated = [c for c in current if c.period_start and c.period_end and c.kind != "cap"]
        # plans, and revisions of older figures, are asides: the reported period goes on
        # and so is a look back (`A year earlier, purchases had been just 15,000 tonnes.`)
        # (`In the same month a year earlier China had taken in 1.55 million tonnes`)
        # (`A year earlier Iran had bought $3.6 billion`: a counted pointer back opening the
        # sentence, comma or not)
        looking_back = self.looked_back(ctx) or self.flashback(ctx, made) or \
            self.compared_lead(ctx) or self.year_back_only(ctx, made)
        # (and so is a sanctions cap: `caps its coal exports next year at 7.5 million tonnes`)
        # (a comparison base is no period the article goes on about: `Trade recovers to 80% of
        # last year's level`)
        # (nor when a rule was made or something announced: `since Beijing announced in early
        # February a probe into ... sorghum`)
        # (nor the year of an old figure no claim counts: `reached 92 destinations in 2023, up
        # from 82 in 2022` goes on about 2023)
        framing = [m for m in ctx.past if m.relation == "previous"
                   or not (is_base(self.text, m, ctx.span[0])
                           or made_or_released(self.text, m, ctx.span[0])
                           or _OLD_FIGURE_IN.search(self.text, max(ctx.span[0], m.start - 50),
                                                    m.start)
                           or self.compared_time(ctx, m)
                           or self.old_time(m, ctx.span[0])
                           or self.of_same_pointer(ctx, m))]
        # (a sentence whose only figures are old levels still dates what follows by its own
        # period: `no soybean imports from the United States in December, against 4.26 million
        # tons a year earlier`)
        own_period = any(m.relation != "previous" and m.period is not None and all(
            m.end <= c.start for c in made) for m in framing)
        aside = bool(made) and ((not current and not own_period) or all(
                    (c.modality in ("planned", "forecast") and c.start not in self.bookings)
                    or c.kind == "cap" for c in made)
                                or REVISION.search(self.text, *ctx.span) is not None
                                or looking_back)
        if not dated and any_dated and self.frame.current() is not None and all(
                c.modality in ("planned", "forecast") for c in any_dated):
            # (a sentence whose dated figures are all forecasts or plans, none of its own
            # reported figures dated, `Growers expect 200,000 tonnes this year from 180,000
            # tonnes in 2019`: the forecast's time is not the period the report in force goes
            # on about, so the sentence is an aside)
            aside = True
        first = self.outside_relatives(ctx, dated or any_dated)[:1]
        in_force = self.frame.current()
        if first and in_force is not None and _MILESTONE.search(self.text, *ctx.span) and (
                in_force.start <= date.fromisoformat(first[0].period_start or "")
                and date.fromisoformat(first[0].period_end or "") <= in_force.end
                and (in_force.end - in_force.start).days > 40):
            # (`Shipments passed 2 million b/d for the first time in November`: a milestone
            # month inside the year reported on leaves the year in force)
            # (but not a first since a past time in the month that ends the span to date:
            # `Over January-April, ... topped $20 billion in April, overtaking cars for the first
            # time since 2010`: the latest month reported goes on in force)
            if not (_FIRST_SINCE.search(self.text, *ctx.span)
                    and first[0].period_end == in_force.end.isoformat()):
                aside = True
        if first and in_force is not None and _OUTDONE_BY.search(self.text, *ctx.span) and \
                date.fromisoformat(first[0].period_end or "") < in_force.start:
            # (`Only March's 9,900 tons was larger`: an earlier month the one reported on is
            # set against leaves that month in force)
            aside = True
        if first and first[0].start not in self.bookings and in_force is not None and \
                _PART_ALONE.search(self.text, *ctx.span) and (
                in_force.start <= date.fromisoformat(first[0].period_start or "")
                and date.fromisoformat(first[0].period_end or "") <= in_force.end
                and (first[0].period_start, first[0].period_end) != (
                    in_force.start.isoformat(), in_force.end.isoformat())):
            # (`Exports reached $1.2 billion in January-April. April shipments alone came to $350
            # million.`: a part singled out of the span reported on leaves that span in force;
            # not a month's orders, which date the bookings after them)
            aside = True
        if not made and self.frame.current() is not None:
            # (`during the U.S. bird flu outbreak of 2014-15`: the event's date, while a period
            # is in force; with none, it dates what follows)
            framing = [m for m in framing if not _event_date(self.text, m, ctx.span[0])]
        if not made:
            # (nor a span since an event's clause in a sentence with no figure: `Orders have
            # slumped since Ottawa unveiled in late March a levy`, `China has barred
            # imports since early October`: what has gone on since, not the figures' time)
            # (nor a record's span: `the weakest in any year since 2016`)
            framing = [m for m in framing if not _SINCE_CLAUSE.match(m.surface)
                       and not (m.surface.lower().startswith("since") and _RECORD_BEFORE_SINCE
                                .search(self.text, max(0, m.start - 30), m.start))]
        self.frame.advance(framing, Period(
            date.fromisoformat(first[0].period_start or ""),
            date.fromisoformat(first[0].period_end or "")) if first else None, aside)
        self.mixed_forecast = None if aside else _last_plan(made, self.bookings)
        opening = _subject(ctx.countries)
        if opening is not None and not (
                self.previous_subject not in (None, opening.code) and not opening.possessive
                and _BUYER_SUBJECT.match(self.text, opening.end)):
            # (a sentence opening on the buyers of the seller's flow before, `Japan and Mexico
            # took 54 percent of the month's volume`, `China stood out among the markets`,
            # leaves the seller what `the country` means next)
            self.previous_subject = opening.code
        together = [c.code for c in ctx.countries if c.paired and c.code]
        if len(together) >= 2 and together[0] != together[1]:
            self.last_pair = (together[0], together[1])
        self.named += [c.code for c in sorted([*ctx.countries, *ctx.offices],
                                              key=lambda c: c.start)
                       if c.code and c.form != "pronoun"]
        return made


    def claim(self, ctx: Context, draft: Draft, periods: SentencePeriods) -> Claim:
        text, quantity, kind = self.text, self.quantities[draft.index], draft.kind
        others = tuple((self.quantities[i].start, self.quantities[i].end) for i in ctx.indices
                       if i != draft.index)
        conceded = self.conceded(ctx, quantity)  # (its plans are its own)
        governing = (conceded[1], ctx.span[1]) if conceded is not None else ctx.span
        modality: Modality = "reported" if kind == "cap" else modality_of(
            text, draft.clause, governing, quantity.start, quantity.end, others,
            self.document.published)
        if kind == "cap" and _cap_planned(text, max(draft.clause[0], quantity.start - 120),
                                          quantity.start):
            modality = "planned"
        named = own_participle(text, quantity.end, ctx.span[1]) if kind == "level" else None
        if named is not None:
            modality = named  # (`from the 187,000 bpd originally planned`: the figure's own word)
        elif modality in ("forecast", "planned") and kind == "level" and base_level(
                text, (quantity.start, quantity.end), ctx.span[0]) and not self.revised_outlook(
                    ctx, quantity):
            # `could rise to 8.4mn t this year from 3mn t in 2022`, `will collect $2.6 billion in
            # 2016, down from $5,489 million in 2014`: the old level was
            modality = "reported"
        if named is None and modality in ("forecast", "planned") and kind == "level" and \
                self.second_old_level(
                quantity, ctx):
            modality = "reported"  # `... down from $5,489 million in 2014 and $3,768 million in
            # 2015`: the second old level too
        if kind == "cap" and _CAP_CHANGES_TO.search(
                text, max(ctx.span[0], quantity.start - 80), quantity.start):
            modality = "planned"  # (a cap's own words say nothing else of its modality)
        if modality == "reported" and kind != "cap" and self.headline_plan(quantity):
            modality = "planned"  # `South Sudan to ship 3 million barrels of crude in September`
        if modality == "reported" and kind == "level" and self.part_of_plan(ctx, quantity):
            modality = "planned"  # `... signed for 270,000 tonnes. Of that, 150,000 tonnes is`
        if modality == "planned" and self.due_passed(ctx):
            modality = "reported"
        booked = kind != "cap" and self.export_orders(ctx)
        # (orders booked in a past month are of that month: a plan only for the goods, unless
        # they are for delivery later: `for delivery in October`, or forecast: `Orders for
        # Taiwanese exports are expected to rise 5% in May`)
        forecast = modality == "forecast"
        if booked and not forecast:
            modality = "planned"
        dated_booking = (booked or (modality == "planned" and self.ship_orders(quantity))) and \
            not forecast and not due_spans(text, *ctx.span)
        if dated_booking:
            self.bookings.add(quantity.start)
        asked = "reported" if dated_booking else modality
        before = replace(periods)
        period = self.period(ctx, draft, asked, periods)
        if period is None and modality in ("planned", "forecast") and _THE_YEARS.search(
                text, *ctx.span):
            period = self.year_in_force()
        if kind == "cap" and modality == "planned" and period is not None and \
                self.document.published is not None and period.end < self.document.published:
            modality = "reported"  # `The quota was 8 million tonnes in 2021, rising to 10 million
            # tonnes in 2022`, read in 2024: a move long made
        if modality == "reported" and kind == "level" and self.put_ahead(ctx, quantity, period):
            modality = "forecast"  # `Exports are put at 760,000 tonnes in 2017`, read in 2016
        listed = respective_items(
            text, ctx.span, [(self.quantities[i].start, self.quantities[i].end)
                             for i in ctx.indices], ctx.countries, ctx.goods, self.last_pair)
        respective = listed.get(quantity.start)
        # (`followed with 2.77 million mt and 2.22 million mt, increases of 27.8 percent and 72.7
        # percent, respectively`: a figure of the second run is of the first run's flow at its
        # place)
        # (`the two delivered 142 tons and 32 tons`: one item for every place, so the place too)
        twin = next((self.claims[i] for i in ctx.indices if respective is not None
                     and i in self.claims and self.quantities[i].start < quantity.start
                     and self.quantities[i].start in listed
                     and (listed[self.quantities[i].start].position,
                          listed[self.quantities[i].start].item)
                     == (respective.position, respective.item)), None)
        own = _own_item(ctx, respective)  # `..., respectively`: as if only its item were named
        earlier = self.attached(ctx, quantity) if respective is None else None
        commodity = self.commodity(quantity, draft.clause, own, kind, earlier)
        if _unkeyed_item(ctx, respective):
            commodity = None  # `Kava and vanilla earned $5m and $3m, respectively`: vanilla's
        source = source_at(text, ctx.sentence, quantity.start, self.sources[ctx.index])
        self.reporter = reporter_of(text, source.start, source.end) if source else None
        behind = _compiled_by(text, max(ctx.span[0], source.start - 60), source.start) \
            if source and self.reporter is None else None
        if behind is not None:
            # `Chinese customs data compiled by InfoLink`: the customs the compiler drew on
            self.reporter = reporter_of(text, behind.start(), behind.end())
        body = national_body_of(text, source.start, source.end) \
            if source and self.reporter is None else None
        parties = self.parties(quantity, kind, self.listed_clause(own, draft, respective),
                               own, earlier, commodity)
        if twin is not None:
            parties = Parties(twin.exporter, twin.importer, twin.two_way)
        elif respective is not None and respective.kind == "country" and \
                respective.code is None and find_frame(text, *draft.clause,
                                                       quantity.start) is None:
            parties = self.listed_row(ctx, quantity, respective, parties)
        if respective is not None and respective.kind == "country" and not any(
                (c.start, c.end) == respective.item for c in ctx.countries):
            parties = self.region_row(ctx, listed, respective, parties)
        if respective is not None and respective.side is not None:
            parties = _on_side(parties, respective.side,
                               find_frame(text, *draft.clause, quantity.start))
        if self.own_total_goes_on(ctx, parties):
            parties = Parties(parties.exporter, None, False)
        elif self.own_imports_go_on(ctx, parties):
            parties = Parties(None, parties.importer, False)
        parties = self.whole_partner_dropped(ctx, draft, quantity, kind, parties)
        parties = self.share_partner_dropped(ctx, draft, quantity, kind, parties)
        parties = self.lone_side_turned(ctx, draft, quantity, kind, parties)
        parties = self.goods_exports_alone(ctx, draft, quantity, kind, parties)
        parties = self.bought_from_by_pair(ctx, draft, quantity, kind, parties)
        parties = without_part_seller(text, quantity, ctx, parties)
        if self.world_flow(ctx, draft, quantity, kind):
            parties = Parties(None, None, False)
        if kind != "cap":
            verb = find_frame(text, *draft.clause, quantity.start)
            flow = verb.kind if verb is not None else None
            if verb is not None and text[verb.start:verb.end].lower() in word_set(
                    "either_way_flow_nouns") and self.reporter is not None:
                # `Rice arrivals climbed to 322,770 tons, the statistics authority reported. The
                # shipments were valued at $160.09 million`: a flow noun of either way goes on
                # the way the reporter's flow before it went
                went = [c for c in self.previous if self.reporter in (c.exporter, c.importer)
                        and (c.exporter is None) != (c.importer is None)]
                if went:
                    flow = "import" if went[-1].importer == self.reporter else "export"
            parties = with_reporter(parties, self.reporter, text, draft.clause, flow)
            if body is not None:
                # `Exports climbed 9%, Philippine Coconut Authority data showed`: with no
                # country named, the body's own country's flow
                parties = with_reporter(parties, body, text, draft.clause, flow, body_only=True)
            if self.headline_owner and flow == "export" and not any(
                    c.code for c in ctx.countries):
                # `Cypriot exports of halloumi hit a record\nHalloumi earned €118 million
                # abroad`: the headline's exporter sells what a sentence naming no country
                # sends abroad
                parties = with_reporter(parties, self.headline_owner, text, draft.clause, flow,
                                        body_only=True)
        if booked:
            # the country whose companies booked the orders ships the goods; the partner is a
            # country its own clause names (`orders from the United States rose 5%`)
            booker = self.booker or None
            clause_codes = {c.code for c in ctx.countries if c.code and c.form != "pronoun"
                            and draft.clause[0] <= c.start < draft.clause[1]}
            partner = next((code for code in (parties.exporter, parties.importer)
                            if code and code != booker and code in clause_codes), None)
            parties = Parties(booker, partner, False)
            if commodity is None and not any(not g.generic for g in ctx.goods) and \
                    not names_unkeyed_goods(text, *draft.clause):
                commodity = "trade"  # orders of every kind of goods (not `Orders for
                # electronic products`: goods with no key)
        parties = self.passage_seller(parties, quantity, kind, ctx)
        parties = self.article_seller_of_sale(parties, quantity, kind, ctx)
        if period is not None and asked in ("planned", "forecast") and \
                self.mixed_forecast is not None and self.mixed_plan_for(ctx) is not None and \
                not _parties_overlap(parties, self.mixed_forecast):
            # (`Separately, the Philippines plans to import 500,000 tonnes of Thai rice` after
            # Vietnam's forecast: other parties' plan, not of that forecast's time)
            periods.change, periods.level, periods.level_at = \
                before.change, before.level, before.level_at
            period = self.period(ctx, draft, asked, periods, mixed=False)
            on_hold = period is None and modality in ("planned", "forecast")
            if on_hold and _THE_YEARS.search(text, *ctx.span):
                period = self.year_in_force()
        bound = quantity.bound
        if bound == "<" and moved_up(text, quantity.start):
            bound = "="  # `rose back up to $5 billion`: a level reached (conventions)
        if bound == "=":
            bound = hedge_before(text, quantity.start, ctx.span[0]) or "="
        if kind == "cap" and bound == "<" and _LIMIT_WORDING.search(
                text, max(ctx.span[0], quantity.start - 25), quantity.start):
            bound = "="  # `allows the North no more than 500,000 barrels`: the limit itself
        on = period.start if period else self.document.published
        # `the 500,000-barrel yearly ceiling`: a cap is stated per year, its unit the amount
        unit = quantity.unit.removesuffix("/yr") if kind == "cap" else quantity.unit
        normalized_value, normalized_unit = _normalized(quantity.value, unit, on)
        return Claim(
            id=claim_id(self.document.id, quantity.start, quantity.end, EXTRACTOR_VERSION),
            doc_id=self.document.id, start=quantity.start, end=quantity.end,
            sentence_start=ctx.sentence.start, sentence_end=ctx.sentence.end,
            surface=quantity.surface, value=quantity.value, unit=unit, kind=kind,
            commodity=commodity, exporter=parties.exporter, importer=parties.importer,
            two_way=parties.two_way, direction=draft.direction if kind == "change" else None,
            period_start=period.start.isoformat() if period else None,
            period_end=period.end.isoformat() if period else None,
            year=period.year if period else None, modality=modality,
            approximate=self.hedged(quantity, ctx.span[0], bound), bound=bound,
            value_max=quantity.value_max,
            normalized_value=normalized_value, normalized_unit=normalized_unit,
            attribution=source.text if source else None, sentence=ctx.sentence.text,
            extractor_version=EXTRACTOR_VERSION)

    def own_total_goes_on(self, ctx: Context, parties: Parties) -> bool:
        """Whether a one-way flow carried into a sentence that names no country, nor points to
        a place (`there`, `the other way`), is the exporter's own total again: the article
        counted that exporter's total with no partner before, so the partner carried from the
        sentence before was one buyer among others (`Japan's beef exports rose to 53 billion
        yen. Hong Kong followed with 5.07 billion yen. By volume, exports grew 22%`)."""
        if ctx.countries or parties.two_way or parties.exporter is None or \
                parties.importer is None or self.reporter == parties.importer or \
                _PLACE_POINTER.search(self.text, *ctx.span):
            return False  # (a partner whose customs reports the flow records its own side)
        return any(c.exporter == parties.exporter and c.importer is None and not c.two_way
                   for c in self.history) and any(
            c.importer == parties.importer for c in self.previous)

    def own_imports_go_on(self, ctx: Context, parties: Parties) -> bool:
        """`own_total_goes_on` the other way: a one-way flow carried into a sentence that names
        no country, nor points to a place, is the importer's own total again when the article
        counted that importer's total with no supplier before, so the supplier carried from the
        sentence before was one source among others (`US imports of tilapia fell to 6,598
        tonnes, and 5,742 tonnes of them came from China. Imports of chilled fillets slipped
        7%`)."""
        if ctx.countries or parties.two_way or parties.exporter is None or \
                parties.importer is None or self.reporter == parties.exporter or \
                _PLACE_POINTER.search(self.text, *ctx.span):
            return False  # (a supplier whose customs reports the flow records its own side)
        totals = [c for c in self.history if c.importer == parties.importer and
                  c.exporter is None and not c.two_way and c.sentence_start < ctx.span[0]
                  and not self.restated_with_seller(c)]
        parts = [c for c in self.previous if (c.exporter, c.importer) == (
            parties.exporter, parties.importer) and any(
                m.code == parties.exporter
                for m in find_countries(self.text, c.sentence_start, c.sentence_end))]
        # (a part whose own sentence names the supplier, told after the total, not the total
        # restated with its supplier: `Nepal brought in fuel worth Rs 42 billion from India`
        # under a headline of the same sum)
        return any(total.start < part.start and (total.value, total.unit) != (
            part.value, part.unit) for total in totals for part in parts)

    def restated_with_seller(self, total: Claim) -> bool:
        """Whether a headline figure is stated again with its seller in the lead paragraph
        (`Nearly 41,000 tonnes of maize head to Kenya` over `Zambia shipped close to 41,000
        tonnes of maize to Kenya`): the figure was that seller's sale, no buyer's total from
        every supplier (a later equal figure of the body restates no total: `Imports from China
        also fell 7%` after `US imports fell 7%`)."""
        line, span = self.headline_line, self.headline_lead_span()
        if line is None or span is None or total.start >= line.end():
            return False
        return any(span[0] <= c.start < span[1] and (c.value, c.unit) == (
            total.value, total.unit) and c.importer == total.importer and c.exporter is not None
                   and not c.two_way for c in self.history)

    def whole_partner_dropped(self, ctx: Context, draft: Draft, quantity: Quantity,
                              kind: Kind, parties: Parties) -> Parties:
        """`Kenya sold 9,000 tonnes of tea to Pakistan. Kenyan estates shipped 48,000 tonnes
        in all`, `Overall, the country shipped out 150 tonnes`, `exports to all markets
        climbed 8%`: a figure whose own clause calls its flow the whole
        (`whole_partner_words`) is the flow with everyone, so the partner on the far side of
        its trade word, which the sentence does not name (nor point to: `there`), came from an
        earlier flow and is dropped (the side that owns the flow stays)."""
        if kind not in ("level", "change") or parties.two_way or \
                not (parties.exporter and parties.importer):
            return parties
        text = self.text
        clause = (min(draft.clause[0], quantity.start), max(draft.clause[1], quantity.end))
        if not self.whole_clause(ctx, clause, quantity) or _PLACE_POINTER.search(text, *clause) \
                or _FLOW_POINTER.search(text, *clause):
            return parties
        frame = find_frame(text, *draft.clause, quantity.start)
        named = {c.code for c in ctx.countries if c.code}
        if frame is not None and frame.kind == "export" and parties.importer not in named and \
                self.counted_partner(parties.importer, ctx):
            return Parties(parties.exporter, None, False)
        if frame is not None and frame.kind == "import" and parties.exporter not in named and \
                self.counted_partner(parties.exporter, ctx):
            return Parties(None, parties.importer, False)
        return parties

    def share_partner_dropped(self, ctx: Context, draft: Draft, quantity: Quantity,
                              kind: Kind, parties: Parties) -> Parties:
        """`Chinese buyers took 76.9% of the country's beef exports. In October alone Argentina
        shipped 52.7 thousand tons`: a buyer the sentences before gave only a share of the
        seller's exports to is no buyer of the seller's own exports the sentence names (nor
        points to: `there`), which are its sales to everyone."""
        if kind not in ("level", "change") or parties.two_way or \
                not (parties.exporter and parties.importer):
            return parties
        text = self.text
        if _PLACE_POINTER.search(text, *draft.clause) or _FLOW_POINTER.search(text, *draft.clause):
            return parties
        frame = find_frame(text, *draft.clause, quantity.start)
        if frame is None or frame.kind != "export":
            return parties
        named = {c.code for c in ctx.countries if c.code and c.form != "pronoun"}
        if parties.importer in named or parties.exporter not in named:
            return parties
        told = [c for c in self.history if c.sentence_start < ctx.span[0]
                and parties.importer in (c.exporter, c.importer)]
        if not told or any(c.kind != "share" or c.importer != parties.importer for c in told):
            return parties
        return Parties(parties.exporter, None, False)

    def lone_side_turned(self, ctx: Context, draft: Draft, quantity: Quantity, kind: Kind,
                         parties: Parties) -> Parties:
        """`Iran's non-oil exports were worth $53.2 billion. Purchases from abroad came to $59.7
        billion`: the one side carried into a sentence that names no country (nor points back:
        `there`, `those shipments`) is that country's flow the way the figure's own trade word
        goes (`Purchases`, `exports`; not a word of either way: `shipments`)."""
        if kind not in ("level", "change") or ctx.countries or parties.two_way or \
                (parties.exporter is None) == (parties.importer is None):
            return parties
        text = self.text
        told = min((c.sentence_start for c in self.previous), default=ctx.span[0])
        if _PLACE_POINTER.search(text, *ctx.span) or _FLOW_POINTER.search(text, *ctx.span) or \
                _BLOC.search(text, min(told, ctx.span[0]), ctx.span[1]) or \
                may_hold(text, draft.clause[0], quantity.start, _WORLD_WORDS):
            return parties  # (nor a place the country codes miss, here or since the flow
            # carried, `In the EU, exports rose`, nor `global exports fell`)
        frame = find_frame(text, *draft.clause, quantity.start)
        if frame is None or frame.end > quantity.start or \
                NEUTRAL_FLOW.fullmatch(text, frame.start, frame.end) or not (
                    _BORDER_WORD.fullmatch(text, frame.start, frame.end) or
                    _ABROAD.search(text, draft.clause[0], quantity.start)):
            return parties
        other = "export" if frame.kind == "import" else "import"
        if lexicon("flow", other).search(text, *ctx.span) or self.reached_partner(
                parties.exporter or parties.importer, list(self.previous)):
            return parties  # (`exports and imports grew 248% and 200%`: both ways named; a
            # partner reached before, `Shipments to Canada`, is no owner of the flow)
        if frame.kind == "import" and parties.exporter:
            return Parties(None, parties.exporter, False)
        if frame.kind == "export" and parties.importer:
            return Parties(parties.importer, None, False)
        return parties

    def goods_exports_alone(self, ctx: Context, draft: Draft, quantity: Quantity, kind: Kind,
                            parties: Parties) -> Parties:
        """`Peru sold zinc to Japan and Korea. Copper exports rose 12% to $2 billion`: a figure
        whose clause names the exports by their goods (`Copper exports`, `fish export
        earnings`), in a sentence that names no country nor points back to a partner (`there`,
        `those shipments`), is the seller's exports of those goods to everyone, so the buyer
        carried from an earlier sentence is dropped (the seller stays). Only once the
        paragraph has told the seller's flows to two or more buyers: a market-by-market
        paragraph, not one pair's (`China's sales to North Korea rose. Flour exports came to
        6,200 tonnes`, whatever buyers earlier paragraphs named)."""
        if kind not in ("level", "change") or ctx.countries or parties.two_way or \
                not (parties.exporter and parties.importer):
            return parties
        text = self.text
        if _PLACE_POINTER.search(text, *ctx.span) or _FLOW_POINTER.search(text, *ctx.span):
            return parties
        buyers = {c.importer for c in self.paragraph_history() if c.exporter == parties.exporter
                  and c.importer and not c.two_way}
        if len(buyers) < 2:
            return parties  # (a story of one pair's trade, `China's sales to North Korea`,
            # goes on with that pair: `Flour exports came to 6,200 tonnes`)
        flow = _GOODS_EXPORTS.search(text, draft.clause[0], quantity.start)
        if flow is None or not any(
                not g.generic and flow.start() <= g.start and g.end <= flow.start("way")
                for g in ctx.goods):
            return parties
        return Parties(parties.exporter, None, False)

    def bought_from_by_pair(self, ctx: Context, draft: Draft, quantity: Quantity, kind: Kind,
                            parties: Parties) -> Parties:
        """`Chile sold Peru machinery worth $4 billion. Imports of copper ore from Peru rose 9%`:
        a figure of goods bought from the one country its sentence names (`_BOUGHT_FROM`,
        owned by no country), whose buyer is read nowhere, is bought by the other country of
        the pair the sentence before traded with that country (or by the country whose own
        imports the sentence before counted: `Chile's imports rose 4%`). Not goods a bloc or
        region buys (`EU imports from Russia fell 10%`, `_GROUP_OWNER`): its buyer has no code."""
        if kind not in ("level", "change") or parties.two_way or parties.exporter is None or \
                parties.importer is not None or not self.previous:
            return parties
        text = self.text
        named = [c for c in ctx.countries if c.code and c.form != "pronoun"]
        if {c.code for c in named} != {parties.exporter} or any(c.possessive for c in named):
            return parties
        seller = named[0]
        if seller.start >= quantity.start:
            return parties
        bought = _BOUGHT_FROM.search(text, draft.clause[0], name_start(text, seller.start))
        if bought is None or _GROUP_OWNER.search(text, ctx.span[0], bought.start()):
            return parties
        last = self.previous[-1]
        pair = {last.exporter, last.importer} - {None}
        if parties.exporter in pair and len(pair) == 2:
            buyer = next(iter(pair - {parties.exporter}))
        elif last.exporter is None and last.importer is not None and not last.two_way and \
                last.importer != parties.exporter:
            buyer = last.importer
        else:
            return parties
        return Parties(parties.exporter, buyer, False)

    def counted_partner(self, code: str | None, ctx: Context) -> bool:
        """Whether a figure of an earlier sentence was traded with `code`: a part the whole
        goes beyond (`Kenya sold 9,000 tonnes of tea to Pakistan. Kenyan estates shipped 48,000
        tonnes in all`); a partner only described before (`China imported crude from Russia
        at a record pace in May. Overall, imports rose 20% to 2.3 million bpd`) is the whole's
        own."""
        return any(code in (c.exporter, c.importer) and c.sentence_start < ctx.span[0]
                   for c in self.history)

    def world_flow(self, ctx: Context, draft: Draft, quantity: Quantity, kind: Kind) -> bool:
        """`Global output should reach 510 million tonnes`, `International coal trade grew 7%`
        in a sentence that names no country: the world's total has no sides, whatever
        countries the sentences before named."""
        if kind not in ("level", "change") or ctx.countries or not may_hold(
                self.text, draft.clause[0], quantity.start, _WORLD_WORDS):
            return False
        found = _WORLD_FLOW.search(self.text, draft.clause[0], quantity.start)
        return found is not None and _WORLD_DATA.match(self.text, found.end()) is None and \
            _ABOUT_BEFORE.search(self.text, max(0, found.start() - 8), found.start()) is None

    def next_coordinate(self, ctx: Context, at: int, quantity: Quantity) -> bool:
        """Whether a figure and then a country stand between `at` and `quantity`: the figure is
        in a later coordinate of its own (`overall imports fell 28% and Chinese shipments
        45%`)."""
        low, high = sorted((at, quantity.start))
        figures = [self.quantities[i].end for i in ctx.indices
                   if low <= self.quantities[i].start and self.quantities[i].end <= high]
        return bool(figures) and any(min(figures) <= c.start < high for c in ctx.countries)

    def whole_clause(self, ctx: Context, clause: tuple[int, int], quantity: Quantity) -> bool:
        """Whether the clause (or the sentence's opener: `Overall, ...`) calls its flow the
        whole: a word of `whole_partner_words` (not `in all of May` nor `2023 as a whole`, a
        time) of the figure's own coordinate."""
        text = self.text
        words = lexicon("whole_partner_words")
        if OVERALL_OPENER.match(text, ctx.span[0]):
            return True
        for found in words.regex.finditer(text, *clause):
            if not _WHOLE_OF.match(text, found.end()) and not _WHOLE_TIME.search(
                    text, max(clause[0], found.start() - 12), found.start()) and \
                    not self.next_coordinate(ctx, found.start(), quantity):
                return True
        return False

    def listed_clause(self, ctx: Context, draft: Draft, respective: Respective | None
                      ) -> tuple[int, int]:
        """The clause a figure's sides are read in. A figure of a `respectively` list of
        countries reads from the clause of the list's first item, where its own item stands:
        `while Russia, the US and the UK provided 15 percent, 14 percent and 2 percent` (the
        comma after `Russia` would otherwise leave `15 percent` a clause with no country), unless
        the figure's own clause still names a country (`ctx` is the sentence as the figure reads
        it, the list's other items left out)."""
        if respective is None or respective.kind != "country" or \
                respective.first[0] >= draft.clause[0] or any(
                    draft.clause[0] <= c.start < draft.clause[1] for c in ctx.countries):
            return draft.clause
        first = clause_bounds(self.text, *ctx.span, respective.first[0], self.masked)
        return (min(first[0], draft.clause[0]), draft.clause[1])

    def region_row(self, ctx: Context, listed: dict[int, Respective], respective: Respective,
                   parties: Parties) -> Parties:
        """`the United States, Europe and India took 239,000 bpd, 69,200 bpd and 68,000 bpd,
        respectively`: a region's row has no country on the side its list's countries take,
        the other side staying that of the rows before it."""
        codes = {(c.start, c.end): c.code for c in ctx.countries if c.code}
        for i in ctx.indices:
            row = listed.get(self.quantities[i].start)
            sibling = self.claims.get(i)
            if row is None or sibling is None or row.item == respective.item:
                continue
            code = codes.get(row.item)
            if code is not None and sibling.importer == code and not sibling.two_way:
                return Parties(sibling.exporter, None, False)
            if code is not None and sibling.exporter == code and not sibling.two_way:
                return Parties(None, sibling.importer, False)
        return parties

    def attached(self, ctx: Context, quantity: Quantity) -> Claim | None:
        """The sentence's claim just before `quantity` when nothing between them names another
        flow (`fuel imports came to $450 million, down 13.4 percent`; `..., a 24 percent jump`):
        no country, commodity or trade word."""
        made = [self.claims[i] for i in ctx.indices if i in self.claims
                and self.quantities[i].end <= quantity.start]
        if not made:
            return None
        last = max(made, key=lambda c: c.end)
        # what the earlier quantity's own clause says (`of crude oil to China`) is its own
        between = (clause_bounds(self.text, *ctx.span, last.start, self.masked)[1],
                   quantity.start)
        if between[0] > between[1] or whole_of_parts(self.text, between[0], quantity.start):
            return None  # same clause (`to Egypt and India 25,000 tons`) or a total
        starts = [m.start for m in ctx.countries] + [g.start for g in ctx.goods] + [
            s for s, _ in ctx.evidence]
        if any(between[0] <= at < between[1] for at in starts):
            return None
        return last


    def listed_row(self, ctx: Context, quantity: Quantity, respective: Respective,
                   parties: Parties) -> Parties:
        """`Myanmar, Kazakhstan and Uzbekistan were credited with $224.6 million, $105.1 million
        and $48.4 million, respectively` after flows to China from one supplier and another: an
        item of a list with no trade word of its own takes the side that changed from flow to
        flow, the other side staying."""
        code = next((c.code for c in ctx.countries if (c.start, c.end) == respective.item), None)
        if code is None or code in (parties.exporter, parties.importer):
            return parties
        flows = [c for c in (*self.previous, *(self.claims[i] for i in ctx.indices
                                               if i in self.claims
                                               and self.quantities[i].end <= quantity.start))
                 if c.exporter and c.importer and not c.two_way and c.kind == "level"]
        if len(flows) < 2:
            return parties
        last, before = flows[-1], flows[-2]
        if last.importer == before.importer and last.exporter != before.exporter:
            return Parties(code, last.importer, False)
        if last.exporter == before.exporter and last.importer != before.importer:
            return Parties(last.exporter, code, False)
        return parties


def build_claims(document: Document, quantities: Sequence[Quantity]) -> list[Claim]:
    """Claims from `quantities` (found in `document.text`), in text order."""
    return _Reader(document, quantities).run()
