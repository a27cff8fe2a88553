"""What goods a claim's figure is of: the claim reader's rules for a claim's commodity (the goods
its own clause names, goods carried from the sentences before or the headline, goods with no
key, all goods, a share's part and whole, the goods an old level or a lot's value is set
against).

`GoodsReader` is one of the rule sets the claim reader (`claims._Reader`) inherits; it consults
the party rules (`flows.FlowReader`: listed rows, valued flows) it builds on. What one sentence
offers its quantities is `reading.Context`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import cache

from tradetrace.extract.commodity import (
    GENERIC,
    LEAVE_VERBS,
    TOTAL_BEFORE,
    TOTAL_OWNED_BEFORE,
    CommodityMention,
    alias_keys,
    carries_unkeyed,
    cause_opening,
    coordinated,
    counted_as_goods,
    counted_key,
    definite_for_earlier,
    definite_for_specific,
    definite_for_unkeyed,
    goods_qualify,
    left_out_by_verb,
    listed_with_keyed,
    listed_with_unkeyed,
    makers_goods,
    names_unkeyed,
    names_unkeyed_goods,
    nearest_commodity,
    own_clause_goods,
    restates_amount,
    specific_for_generic,
    unkeyed_goods_after,
    unkeyed_goods_spans,
    unkeyed_list_item,
    unkeyed_of,
    unnamed_goods,
    worth_of,
    worth_of_unkeyed,
)
from tradetrace.extract.cues import (
    cue_data,
    cue_regex,
    hedge_pattern,
    lexicon,
    may_hold,
    word_set,
)
from tradetrace.extract.flows import (
    NEXT_SHARE,
    OF_THE_LOAD,
    OVERALL_AFTER,
    OVERALL_OPENER,
    WITH_PARTNER,
    FlowReader,
)
from tradetrace.extract.kinds import counted_goods, money_rate
from tradetrace.extract.reading import HISTORY, Context, between
from tradetrace.extract.sentences import APPOSITIVE, clause_bounds, subject_start
from tradetrace.extract.shares import partner_share
from tradetrace.extract.timeframe import base_level
from tradetrace.knowledge.commodities import ancestors, common_key, is_a
from tradetrace.model import Claim, Quantity
from tradetrace.model.claim import Kind
from tradetrace.normalize.units import is_currency, same_dimension

BARREL_COMMODITY = "oil"
"""What a quantity in barrels measures when its sentence names no commodity."""


_PHYSICAL_UNITS = ("t", "bbl")
"""Units of goods by weight or volume (with their rates: `bbl/d`, `t/yr`)."""


@cache
def _makeup_words() -> re.Pattern[str]:
    """Words that make the goods a sentence names a part of its flow (`Exports to Vietnam,
    mostly cashew nuts, ...`, `..., much of it gold`, `with furniture in the lead`, `, with tea
    earning $2 billion`), not the flow's goods (a cause, `on demand for chips`, is read where the
    goods are: `commodity.names_unkeyed_goods`; not `, with handbags leading` after `travel
    goods`, pinned): the claim_cues `goods_makeup_words`, or a `, with` clause whose goods a
    `goods_makeup_with_verbs` verb follows within four words."""
    data = cue_data()
    words = cue_regex(data["goods_makeup_words"]).pattern
    verbs = cue_regex(data["goods_makeup_with_verbs"]).pattern
    return re.compile(rf"{words}|,\s+with\s+(?:[\w-]+\s+){{1,4}}?{verbs}", re.IGNORECASE)


_PART_VERB = re.compile(r"\b(?:(?:made|makes?|making)\s+up|account(?:s|ed|ing)?\s+for|"
                        r"represent(?:s|ed|ing)?|constitut(?:es|ed|ing)|comprise[sd]?)"
                        r"(?:\s+(?:about|almost|nearly|roughly|some|around|over|more\s+than|"
                        r"just\s+(?:over|under)|less\s+than|close\s+to|an\s+estimated|just|only))?"
                        r"\s+$",
                        re.IGNORECASE)
"""A verb that makes its subject a part of the whole a share after it is of."""


_RANKED_EXPORT = re.compile(
    r"\b(?:(?:second|third|fourth|fifth)[\s-])?(?:" + lexicon("rank_words").regex.pattern
    + r"|most\s+valuable)\s+(?:single\s+)?export(?:\s+(?:item|earner|product|group|category|"
    r"line))?s?\b(?!\s+(?:markets?|destinations?|partners?|customers?|buyers?|outlets?|hubs?|"
    r"ports?|gateways?|routes?|licen[cs]es?|bans?|dut(?:y|ies)|tax(?:es)?|prices?))|"
    r"\b(?:first|top)\s+place\s+among\s+(?:[\w.'’-]+\s+){0,2}exports\b", re.IGNORECASE)
"""Goods ranked among a country's exports (`was Iceland's most valuable export`, `the top export
item`, `second-biggest export earner`, `regained first place among Georgia's exports`): the trade
word is the ranking's, not the flow's (not `its top export market`)."""


_SECTOR_PART = re.compile(r"\b(?:the|this|that|its)\s+(?:[\w-]+\s+)?(?:sector|industry)(?:'s|’s)?"
                          r"\s+(?:(?:[\w'’-]+\s+){0,8})$", re.IGNORECASE)
"""Before a share: the definite sector or industry as its part (`That left the sector with`,
`lifted the sector's share of the country's overall exports to`): the goods just counted."""


_SECTOR_SUBJECT = re.compile(
    r"\b(?:the|this|that|its)\s+(?:sector|industry)\s+(?:(?:has|had|have|was|is|also)\s+)?"
    r"(?:[a-z]+ed|sold|made|brought|grew|rose|fell|won|took|saw|got)\s+"
    r"(?:(?!(?:overall|total|all)\b)[\w'’-]+\s+){0,4}$", re.IGNORECASE)
"""Before a level or change: the definite sector or industry as the subject of a short verb
phrase (`The industry earned around`, `the sector had sold`), no total of all goods between."""

_SECTOR_OWNER = re.compile(
    r"(?<![\w-])(?:sector|industry|category|cluster)(?:['’]s)?(?![\w-])(?!\s+(?:ministry|minister|"
    r"group|body|bodies|association|federation|chamber|council|lobby|lobbies|officials?|sources|"
    r"data|figures|insiders|analysts|executives|leaders|experts|watchers|estimates?)\b)")
"""A lower-case sector noun not heading a body that speaks for it (`the industry ministry
said`, `the toy industry's lobby`): a sector that may be who sold; `sector_own_goods` checks that
no other seller or total stands between it and the figure (`_SECTOR_CUT`)."""

_SECTOR_CUT = re.compile(
    r"\b[A-Z][\w.-]*['’]s?\s|\b[A-Z][\w.-]*\s+(?:exports|imports|shipments|sales|trade)\b|"
    r"\b(?:total|overall|all)\s+(?:(?:goods|merchandise)\s+)?(?:exports|imports|shipments|sales|"
    r"trade)\b|[;.]\s")
"""Between a sector noun and the figure: another seller (`Peru's exports`, `Peru exports`), a
total of all goods (`while total exports hit`) or a sentence's break: not the sector's flow."""

_SECTOR_QUALIFIER = re.compile(r"(?:[\w-]+,?\s+(?:and\s+|&\s+)?){1,4}$")
"""The words right before a sector noun that say which sector (`the electronic components`)."""

_SECTOR_DEFINITE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+$")
"""A bare definite sector (`the sector`, `this category`): the one the article spoke of."""

_WHOLE_FIGURE_BEFORE = re.compile(r"\bof\s+(?:the\s+|its\s+|their\s+)?(?:(?:some|about|around|"
                                  r"nearly|almost|roughly|over)\s+)?$", re.IGNORECASE)
"""Right before a figure: `of the`, so the figure is a whole some part is a share of."""
_SECTOR_NOUNS = ("sector", "industry", "category", "cluster")
"""One of which every match of `_SECTOR_OWNER` holds: a window without them is not scanned."""

_LEFT_OUT_WHOLE = re.compile(
    r"\b(?P<cue>(?i:without|" + LEAVE_VERBS + r"))\s+"
    r"(?:(?:the|its|their)\s+)?(?P<goods>it|them|[a-z][\w-]*(?:\s+(?:products|goods))?)")
"""A whole named by the goods it leaves out (`without fuel they rose 19%`, `those without it`,
`Leave fuels out and the fall shrinks to`, `out` checked by `left_out_by_verb`): all goods but
those, no key."""

_LEFT_OUT_WORDS = ("ithout", "eav", "trip", "take", "taking")
"""One of which every match of `_LEFT_OUT_WHOLE` holds: a window without them is not scanned."""

_LEFT_OUT_QUALIFIED = re.compile(
    r"\s+(?:tariffs?|dut(?:y|ies)|deals?|quotas?|bans?|levy|levies|sanctions|curbs|rules|"
    r"agreements?|pacts?|subsid(?:y|ies)|polic(?:y|ies)|prices?|sector|industry|plants?|mills?|"
    r"firms?|companies|workers|demand|supply)\b")
"""After a goods word: a noun it only qualifies (`without the steel tariffs`): not goods left
out."""

_NOUN_PHRASE = re.compile(r"\b(?:the|a|an|this|that|its|their)\s+[a-z]", re.IGNORECASE)
"""A noun phrase a pronoun may refer back to instead of goods (`the trade deal; without it`)."""

_SECTOR_WORDS = ("sector", "industry")
"""One of which every match of `_SECTOR_PART` holds: a window without them is not scanned."""


_MADE_PART = re.compile(r"\b(?:made|makes?|making)\s+(?:it|them|the\s+(?:[\w-]+\s+){0,2}?[\w-]+)"
                        r"\s+(?:(?:about|almost|nearly|roughly|some|around|over|just|more\s+than|"
                        r"less\s+than)\s+)?$", re.IGNORECASE)
"""Right before a share: the goods just counted made the part by `it` or a definite noun
(`a rise that made the metal 35.5% of total exports`, `That made the jewellery 8.8 percent`)."""


_MADE_WORDS = ("mak", "made")
"""One of which every match of `_MADE_PART` holds: a window without them is not scanned."""


_EXPORT_RANK_WORDS = ("export",)
"""One of which every match of `_RANKED_EXPORT` holds: a window without it is not scanned."""


_RELATIVE = re.compile(r"\b(?:which|that|who)\b", re.IGNORECASE)
"""A relative pronoun: the share verb after it has the antecedent, not the clause, as subject."""
_OPENING_RELATIVE = re.compile(r"\s*[^,;:\d]{2,60}?(?P<comma>,)\s+(?:which|that)\b")
"""A sentence opening with a noun phrase and a relative clause on it (`Tea, which made up`): the
share verb in it has that noun phrase as subject."""
_APPOSED_SHARE = re.compile(r"\s*[^,;:\d]{2,60}?(?P<comma>,)\s+(?:(?:about|almost|nearly|roughly|"
                            r"some|around|over|more\s+than|less\s+than|close\s+to|"
                            r"just\s+(?:over|under))\s+)?")
"""A share set off after the noun phrase opening its sentence (`Pharmaceutical products, over
40 per cent of all goods exported in May, ...`): a part of the whole, that noun phrase."""


_SHARE_OF_FLOW = re.compile(r"(?:\s+(?:of|in))\s+(?:[\w'’.-]+\s+){0,7}?(?:exports?|imports?|"
                            r"sales|shipments|earnings|receipts|trade|total)\b|"
                            r"\s+of\s+(?:everything|all|what)\s+(?:[\w'’.-]+\s+){0,3}?(?:exported|"
                            r"imported|shipped|sold|sells|ships|buys|bought)\b", re.IGNORECASE)
"""After a share: `of Chad's total exports`, `of the country's export earnings`, `of the value
of all the island's goods exports`, `of everything exported in May`, `of what Peru ships`."""


_OVERALL_WORDS = re.compile(r"\b(?:total|overall|all\s+goods|non-oil|merchandise|trade|"
                            r"in\s+all|altogether)\b", re.IGNORECASE)
"""Words of a total of all goods (`Chile's share of Japan's trade`)."""


_DEFINITE_BEFORE_TOTAL = re.compile(r"\b(?:the|that|this)\s+(?!(?:world|global|overall|country|"
                                    r"national|foreign|border)\b)(?:[\w-]+\s+)?$",
                                    re.IGNORECASE)
"""Before `total`/`trade`: a definite word that makes it refer back to the flow just counted
(`the January-May total`), not a whole of all goods (`world trade`, `the country's trade`)."""


_FLOW_AFTER_TOTAL = re.compile(r"\s+(?:exports|imports|shipments|sales|purchases|trade|deficit|"
                               r"surplus|balance|gap|of|in|between|with)\b", re.IGNORECASE)
"""`the total`, `the January-May total`, `that trade` (not `the total exports`, `the trade
deficit`, `the trade between them`, `the world total`, an owner's `the North's trade`): the
flow just counted, referred back to."""


_WHOLE_OWNED = re.compile(r"\b(?:[Ii]ts|[Tt]heir)\s+(?:exports|imports|shipments|sales|purchases)\b"
                          r"|"
                          r"\b[Nn]on-[a-z]+\s+(?:exports|imports|shipments|sales|trade)\b")
"""A country's whole flow by pronoun (`Its exports climbed`) or all but some goods (`Non-coal
exports`)."""


_ALL_BUT_FLOW = re.compile(r"\b[Nn]on-[a-z]+\s+(?:exports|imports|shipments|sales|trade)\b")
"""A flow of all but some goods (`Non-coal exports`): no one kind of goods."""


_ALL_TRADE_WORD = re.compile(r"(?i:trade|goods|merchandise|commerce|cargo|freight)")
"""Words for a flow of all goods (`has strained commerce across the border`)."""


_EXPORT_WORD = re.compile(r"\b[Ee]xport\w*")


_IMPORT_WORD = re.compile(r"\b[Ii]mport\w*")


_ENERGY_REACH = 1500
"""How far before a figure in energy units an LNG word makes it gas (`_GRID_WORDS` aside)."""


_GRID_WORDS = re.compile(r"\b(?:grid|interconnectors?|power\s+lines?|transmission)\b",
                         re.IGNORECASE)
"""Words of electricity's own carriage (`over its interconnector`, `over the grid`)."""


_TOTAL_FLOW = re.compile(r"\b(?:total|overall)\s+(?:exports|imports|shipments|sales|trade)\b",
                         re.IGNORECASE)


_AND_NEXT = re.compile(r",?\s+(?:and|or|&)\s+[a-z]")


_AND_BEFORE = re.compile(r"[a-z],?\s+(?:and|or|&)\s+(?:[a-z-]+\s+)?$")
"""Goods coordinated with others (`food and drink`, `forestry and fishery goods and food`)."""


_WORTH_AFTER_GAP = re.compile(r"(?:\s+(?!(?:and|while|but|whereas|of|with|as|total|overall|"
                              r"all)\b)[\w'’-]+){0,7},?\s+"
                              r"(?:worth|valued\s+at)\s+" + hedge_pattern(True)
                              + r"(?:US|U\.S\.)?\s*", re.IGNORECASE)
"""Between an amount and its value a few words on: `434,000 MWh to secure supply in August,
worth` (no other clause or goods between)."""


_GOODS_WORTH = re.compile(r"(?:[\w’'-]+,?\s+){1,6}?(?:worth|valued\s+at)\s+" + hedge_pattern(True)
                          + r"$", re.IGNORECASE)
"""Goods before the worth of a figure (`Cement, lime and related minerals worth `)."""


_WORTH_WORDS = ("worth", "valued")
"""One of which every match of `_GOODS_WORTH` holds: a window without them is not scanned (the
pattern's lazy word loop costs ~30 us a window, this look ~1 us)."""


_WORD = re.compile(r"[a-z]+", re.IGNORECASE)
_GOODS_WORD = re.compile(r"goods|products|items|commodities", re.IGNORECASE)


_POINTING = re.compile(r"\b(?:these|those|such)\s+(?:[a-z-]+\s+){0,2}$", re.IGNORECASE)
"""Before a goods noun: a pointer back to goods named before (`these beauty goods`)."""


_GOODS_JOINED_AFTER = re.compile(r"\s*(?:,|&|\band\b|\bor\b)(?!\s*(?:and\s+)?"
                                 + hedge_pattern(True) + r"(?:[A-Z]{0,3}[$€£¥]|\d))",
                                 re.IGNORECASE)
"""After goods: more goods joined to them (`crude and fuel imports`), a whole of both; not the
next row of a list, a figure after the comma or `and` (`30% for coal, 12% for palm oil`)."""


_EARNED_FROM = re.compile(r"\s+(?:in\s+[\w-]+\s+)?from\s+(?:its\s+|their\s+|the\s+)?"
                          r"(?:[\w-]+\s+){0,2}(?:exports|sales|shipments)\b", re.IGNORECASE)
"""After an amount: the flow it was earned from (`$1.2 billion from coffee exports`)."""


_WITH_CLAUSE = re.compile(r"\W*with\s+(?:[\w-]+\s+){0,2}?(?:shipments|exports|imports|"
                          r"sales|deliveries|volumes|cargoes)\b", re.IGNORECASE)
"""A clause that goes on with the sentence's flow: `..., with shipments rising 14.7%`."""


SHARE_AND_TO = re.compile(r"\s+(?:went|goes|going|was\s+sent|were\s+sent|came|comes|coming)\s+"
                           r"(?:to|from)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},?"
                           r"\s+(?:and|while)\s+" + hedge_pattern(True), re.IGNORECASE)


_DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those)\s+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)
"""A definite determiner opening a flow noun that refers back: `The September purchases`."""


_ONE_LOAD_BEFORE = re.compile(r"\b(?:a|an|one|another|each)\s+(?:[\w’'-]+\s+)?$", re.IGNORECASE)
"""An indefinite load noun that refers back: `A cargo of 2,895 tons arrived`."""


_SINGLE_LOAD = re.compile(r"(?:cargo|consignment|shipment|delivery|batch|load)", re.IGNORECASE)
"""One load of goods named before: `the cargo`, `the consignment`."""


_OWNED_OR_TOTAL = re.compile(r"['’]s\b|\b(?:total|overall|all)\b", re.IGNORECASE)


_PERIOD_OWNER = re.compile(r"\b(?:quarter|month|year|week|period|season)['’]s", re.IGNORECASE)
"""`The quarter's shipments`: a period owning the flow, not a country or firm."""


_POWER_NAMED = (r"(?:(?-i:[A-Z][\w-]+)\s+|(?:renewable|low-carbon|green|clean|surplus|"
                r"hydro(?:electric)?)\s+)?(?:electricity|power|electric\s+power)\b")
"""Electricity named after `of`, with one demonym or kind before it (`of Iranian electricity`,
`of renewable power`)."""


_OF_POWER = re.compile(r"\s+of\s+" + _POWER_NAMED, re.IGNORECASE)


_OF_GOODS_AFTER = re.compile(r"\s+of\s+(?!" + _POWER_NAMED + r")[\w-]", re.IGNORECASE)
"""After a figure in watts: goods other than power it counts (`150 GW of solar modules`)."""


_OTHER_WAY = {"export": "import", "import": "export"}
"""The trade word of the other direction of a one-way flow."""


_SAME_GOODS_OTHER_WAY = re.compile(r"\b(?:other|opposite|reverse)\s+(?:way|direction)\b|"
                                   r"\b(?:those|these|such|same)\s+(?!(?:as|(?:month|period|quarter|"
                                   r"year|week|day|time|half|season)s?|figures?|data|statistics|"
                                   r"numbers?|reports?|estimates?|sources?|officials?|tallies|"
                                   r"tally|calculations?)\b)[a-z][\w-]*", re.IGNORECASE)
"""Words of a sentence whose other way's flow is of the goods just counted (`Imports went the
opposite way`, `Imports of those stones`, `exports in the same category`): a pointing word before
a goods or category noun, not a time compared with (`from the same month a year ago`), a report
(`these data showed`) or other goods named (`Imports, such as machinery`)."""


_MADE_OF = re.compile(r"\b(?:mostly|mainly|largely|chiefly|primarily|predominantly|"
                      r"principally|overwhelmingly)\s+(?!(?:from|to|in|into|by|for|at|on|"
                      r"via|through|because|due|as|over|under|up|down|higher|lower)\b)"
                      r"(?:[a-z][\w-]*)", re.IGNORECASE)
"""A clause telling what a flow is made of (`Imports from Congo, mostly concentrate for its
smelters, rose 15%`, `Imports, mostly raw nuts from Ivory Coast`): the flow is of goods, which may
be those just counted, not all goods (not where from: `mostly from China`)."""


_SUBJECT_FLOW_OF = re.compile(r"\s+of\s+(?:[\w'’.-]+\s+){0,3}")
"""Between a flow noun and the goods it is of: `purchases of U.S. `, `exports of frozen `."""

_FLOW_PLURAL = re.compile(r"(?:export|import|shipment|purchase|deliverie|cargoe|sale|supplie|"
                          r"arrival)s", re.IGNORECASE)
"""Flow words that stand for the goods of a flow named before (`Cuba received 38,000 bpd of the
country's shipments`), unlike `cargo` or `freight` (all goods)."""


def _money(unit: str) -> bool:
    """A sum of money, or money a stretch of time (`US$250 million a year`: `USD/yr`), which
    goods with no key are counted in as much as in a bare sum."""
    return is_currency(unit) or money_rate(unit)


def _alike(unit: str, other: str) -> bool:
    """Both sums of money, or amounts of one physical dimension."""
    return (is_currency(unit) and is_currency(other)) or \
        same_dimension(unit, other)


_DEMONSTRATIVE = re.compile(r"(?:That|This|It|The\s+figure|The\s+amount)\b")


_OF_TOTAL_TRADE = re.compile(r"\s+of\s+(?:[\w'’-]+\s+){0,3}?(?:total|overall|foreign)\s+trade\b",
                             re.IGNORECASE)


_FIGURE_ASIDE = re.compile(r"(?:at|of|some|about|around|roughly|nearly|worth)\s+(?:US)?[$€£¥\d]",
                           re.IGNORECASE)


_FLOW_NOUN_NEXT = re.compile(r"\s+(?:exports|imports|shipments|sales|purchases)\b")
"""Right after a demonym: the bare flow it owns (`Chilean exports to Peru`)."""
_COUNTRY_TOTAL = re.compile(r"['’]s\s+(?:(?:total|overall|merchandise|goods|foreign)\s+)?"
                            r"(?:exports|imports|shipments|sales|purchases)\b", re.IGNORECASE)
"""A possessive owner's flow with no goods between (`Kenya's exports`): its total."""


_FROM_EXPORTS = re.compile(r"\s+(?:in\s+\d{4}\s+)?from\s+(?:(?:its|their|total|overall)\s+)*"
                           r"(?:exports|sales\s+abroad)\b", re.IGNORECASE)
"""After money: earned from a country's exports (`earned $3.6 billion from exports`)."""


_ALL_GOODS_WORD = re.compile(r"(?i:goods|merchandise|cargo|freight)")
"""Goods words that name all goods, not a flow (`Chinese goods worth 5.5 billion dollars`)."""


_EVERY_KIND_WORD = re.compile(r"(?i:goods|merchandise|freight)")
"""The same but `cargo`, which after a paragraph's figures of one kind of goods is a load of
them (`carrying 35% of the terminal's cargo` after copper)."""


_GOODS_COMPOUND = re.compile(r"\b(?!(?:the|of|its|their|all|in|and|other|foreign|some|more|such|"
                             r"these|those|any|worth|bought|sold)\b)[a-z][a-z-]*(?<!ed)\s+$")
"""Before a goods word: a noun making a kind of goods (`travel goods`, `rubber goods`), not all
goods (`Chinese goods`, `shipped goods`)."""


_PACKED_GOODS = re.compile(r"\s+of\s+(?:[\w-]+\s+){0,2}?")
"""Between a count of packages and the goods in them: `316.35 million boxes of (Ecuadorian)`."""


_RELATIVE_ASIDE = re.compile(r",\s*(?:which|that|who)\b[^,.;]*,")
"""A relative clause set off by commas (`, which shuttle fuel to ports,`)."""


_OF_THE_COUNTRY = re.compile(r"\s+of\s+the\s+(?:country|nation)\b", re.IGNORECASE)


_SAME_PREDICATE = re.compile(r"\s*(?:to|or|up|down|at)\s", re.IGNORECASE)
"""A clause that goes on with the predicate before it (`rose 94%, to roughly 538,600 tons`)."""


_DEFINITE = re.compile(r"\b(?:the|these|those|such)\s+$", re.IGNORECASE)

# After a bare flow noun, words that point back to goods already named (`Purchases of the
# devices`, `Imports of them`), and a sentence's definite goods (`the implants`).
_FLOW_OF_BEFORE = re.compile(r"\s+of\s+(?:them|it|these|those|such|the)\b", re.IGNORECASE)
_THE_NOUN = re.compile(r"\b(?:the|these|those)\s+(?:[a-z]+\s+)?([a-z]{4,}s)\b")
_PLURAL_WORD = re.compile(r"[A-Za-z]{4,}s\b")
"""A plural noun a sentence names (`implants`, `devices`): the goods it told of."""

_GOODS_AGAIN = re.compile(r"devices|products|items|units|wares|machines", re.IGNORECASE)
# The flow noun's own partner slot: `Shipments to Brazil`, `Imports from the United States`.
_PARTNER_SLOT = re.compile(r"\s+(?:to|from)\s+(?:the\s+)?", re.IGNORECASE)


_PERIOD_OWNED = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|month|quarter|half|year|week|period|season)['’]s?\s+$")
"""Right before a flow noun: a period owning it (`September's shipments`, `the quarter's
sales`), the flow the paragraph counts, dated."""


_PERIOD_OWNED_REACH = 14
"""How far before the flow noun `_PERIOD_OWNED` is looked for (`September's `)."""


_OF_AFTER = re.compile(r"\s+of\b(?!\s+(?:(?:about|around|some|nearly|roughly)\s+)?(?:US)?"
                       r"[$€£¥\d])")
"""After a flow noun: the goods it is of (`purchases of pork`), not its figure (`purchases of
440,000 tonnes`)."""


GOODS_UNITS = ("t", "bbl", "bbl/d", "t/d", "t/yr")


_OF_GOODS = re.compile(r"\s+(?:worth\s+)?of\s+(?:[\w'’-]+\s+){0,3}")
"""Between a figure and the goods it counts: `240,000 tonnes of liquefied petroleum gas`."""


_CONTRAST = re.compile(r",\s+(?:while|whereas|but|although)\b|;")


_MEASURES_TRADE = re.compile(r"percent|x|t|t/yr|t/d|bbl|bbl/d")
"""Units a flow of all goods (`exports`, `shipments`, `cargo`) is counted in (and money over a
stretch of time: `kinds.money_rate`)."""


_GAS_VOLUME = re.compile(r"cubic_(?:meter|foot)(?:/(?:day|month|year|yr))?")
"""Units gas is counted in (`bcm`, `mcm/d`, `cfd`): goods with no key unless a sentence names
others (LNG ships and fuels are counted in cubic metres only beside their own name)."""


_BY_VALUE = re.compile(r"\b(?:in|by)\s+value(?:\s+terms)?\b|\bvalue\s+of\s+(?:the|these|those|"
                       r"such)\s+(?:exports|imports|shipments|sales|deliveries)\b", re.IGNORECASE)
"""A flow measured again by its value (`fell 5% in value`, `By value, exports rose`)."""


_BASE_OF_CHANGE = re.compile(r"[ \u00a0]+(?:from|against|compared[ \u00a0]+(?:with|to)|versus)"
                             r"[ \u00a0]+(?:(?:about|around|some|nearly|roughly)[ \u00a0]+)?")
"""Between a change and its old level: `up 46% from`."""


_CHANGE_TO_LEVEL = re.compile(r"[ \u00a0]+to[ \u00a0]+(?:(?:" + lexicon(
    "reached_level_hedges").regex.pattern + r")[ \u00a0]+)?", re.IGNORECASE)
"""Between a change and the new level it reached: `slid 43% to`, `rose 9% to about` (claim_cues
`reached_level_hedges`)."""


_CLAUSE_JOINED = re.compile(r"[;:]|,\s*(?:and|but|while|whereas|yet)\b", re.IGNORECASE)
"""A break before another clause of its own (`cleared customs in Arica, and they rose`)."""


_WORD_CASED = re.compile(r"[A-Z][a-z]+")
"""A name written as a word (`Peruvian`, `Chile`), not an abbreviation (`US`)."""


_OLD_LEVEL_GAP = re.compile(r",?[ \u00a0]+(?:(?:up|down)[ \u00a0]+)?(?:from|against|"
                            r"compared[ \u00a0]+(?:with|to)|versus|vs\.?)[ \u00a0]+"
                            r"(?:(?:about|around|some|nearly|roughly|almost|just)[ \u00a0]+)?")
"""Between a level (or share) and the old one it is set against: `climbed to $592 million
from`, `shrank to 25%, from`, `$36.6 million against`, `40 per cent, down from`."""


_OWNED_EXPORTS = re.compile(r"(?:['’]s?)?\s+(?:exports|imports)\b", re.IGNORECASE)
"""After a country's possessive: its exports or imports, a whole (`Thailand's exports`)."""


_ALL_EXPORTS = re.compile(r"(?i:\b(?:exports|imports)\b)")
"""(`Exports overall fell 2% to 400 tonnes` after germanium: a side's whole trade may be
weighed too)"""


_ALL_GOODS_WEIGHED = re.compile(
    r"(?i:\b(?:cargo(?:es)?|goods|freight|traffic|rail|railway|port|merchandise|products|trade|"
    r"turnover|commerce|commodities|border|crossing|bridge|handled|transit|two-way|"
    r"throughput)\b)")
"""Words of a sentence that weighs all goods together (`cargo`, `goods crossing`)."""


_SHIPMENT_NOUN = re.compile(r"(?i:shipments|deliveries|supplies|cargoes|purchases|arrivals|"
                            r"flows|volumes)")
"""Bare nouns for the goods moved (not `exports`, which may be all goods)."""


_SHARE_OF_GOODS = re.compile(r"\s+of\s+(?:(?:the|its|their|all)\s+)?(?:[A-Z][\w.-]*['’]s?\s+)?",
                             re.IGNORECASE)
"""From a share to the goods its total is of (`5.9 per cent of its crude oil purchases`)."""


_TOTAL_GOODS_BEFORE = re.compile(r"\b(?:total|overall|all)\s+goods\s+$", re.IGNORECASE)
"""Right before a flow noun, a whole of all goods (`Total goods exports came to €16.2bn`, `all
goods imports`): not the unkeyed goods of the figures before."""


_OF_WHOLE_GOODS = re.compile(
    r"\s+of\s+(?:all\s+(?:of\s+)?)?(?:(?P<the>the)\s+|its\s+|their\s+|"
    r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s?\s+)?(?:(?:total|overall)\s+)?")
"""From a share to the goods of its whole right after `of` (`70% of all the oil`, `a third of
all its oil imports`, `46% of India's total oil imports`)."""
_WHOLE_ENDS = re.compile(r"[ \t]*(?:[.;,)]|\n|$)")
"""Right after the goods of a share's definite whole: a break, so no clause narrows them (`40
percent of the oil.`), and they stand for the narrower goods counted before."""
_SHARE_OF_WHOLE_GOODS = re.compile(
    r"\s+of\s+(?:(?:the|its|their|all)\s+)?(?:[A-Z][\w.-]*\s+){0,2}(?:[A-Z][\w.-]*['’]s?\s+)?"
    r"(?:(?:total|overall)\s+)?")
"""From a share to the goods of the whole it is a share of (`44% of New Delhi's crude
imports`, `half of the country's total crude purchases`)."""


_OF_PERIODS_FLOW = re.compile(r"\s+of\s+(?:the|this|last)\s+(?:year|month|quarter|period|"
                              r"season)['’]s\s+(?:exports|imports|shipments|sales|"
                              r"deliveries|purchases)\b", re.IGNORECASE)
"""`70% of the year's exports`: a share of the flow the paragraph has been counting."""


_OF_PRONOUN = re.compile(r"\s+of\s+(?:them|it)\b", re.IGNORECASE)
"""`70% of them`, `a third of it`: a share of the flow just counted, pointed back to."""


_PRONOUN_PART_REACH = 25
"""How far after `of them` goods named would be the part instead (`27% of them chips`)."""


_ON_NEXT = re.compile(r"\s+on\b")


_AND_NEXT_OLD = re.compile(r"(?:\s+[\w'’-]+){0,3}?,?\s+and\s+(?:[\w'’-]+\s+)?")
"""Between two old levels of a comparison (`$5,489 million in 2014 and $3,768 million`)."""


_THE_TRADE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))The\s+trade\b(?!\s+(?:between|with|of|in)\b)")
"""A sentence opening on `The trade` alone: the flow the sentence before counted."""


_OF_THE_WHOLE = re.compile(r"\s+of\s+(?:(?:the|that|this)\s+(?:total|volume|amount|figure|sum)\b|"
                           r"(?:it|them)\b(?!\s+(?:to|from|in)\b))", re.IGNORECASE)
"""`30% of the total`, `half of it`: a part of the amount the sentence just stated."""


_PARTS_AFTER = re.compile(r"\b(?:including|of\s+which|among\s+them)\b", re.IGNORECASE)
"""Before the parts of a whole just stated (`$90 billion, including $12 billion of coffee`)."""


_OF_THE_TOTAL = re.compile(r"\s+of\s+(?:the|that|this)\s+(?:total|volume|figure|sum|amount)\b"
                           r"(?!\s+(?:[\w-]+\s+)?(?:exports?|imports?|trade|shipments|sales|"
                           r"purchases|deliveries)\b)", re.IGNORECASE)
"""`taking 31 percent of the total`, `with 29.6% of the volume`: a share of a whole the text
stated before, not one named after it (`of the total exports`)."""


_TOTAL_NOUN = re.compile(r"\b(?:total|tally|turnover)\b", re.IGNORECASE)


_RESPECTIVELY = re.compile(r"(?i:\brespectively\b)")
"""A sentence whose figures go through the items before one by one (`..., respectively`)."""


_POINTS_BACK = re.compile(r"(?i:\b(?:that|those|these|such|them|same|sector|industry)\b)")
"""Words by which a sentence points back to the goods just counted (`that volume`, `the
sector`, `of them`)."""


_MAKEUP = re.compile(r"(?P<head>[^,.;]{0,60}),\s*(?:" + APPOSITIVE.pattern + r")",
                     re.IGNORECASE)


def _mixed_makeup(text: str, start: int, end: int, goods: Sequence[CommodityMention]) -> bool:
    """Whether the subject at `start` is a flow (`Russian supplies to the republic`) described
    by an appositive (`, mostly ...`) listing goods of kinds with nothing narrower than `trade`
    in common."""
    makeup = _MAKEUP.match(text, start, end)
    if makeup is None or not any(lexicon("flow", kind).search(text, *makeup.span("head"))
                                 for kind in ("export", "import")):
        return False
    keys = {g.key for g in goods if makeup.end() <= g.start < end and not g.generic}
    if len(keys) < 2:
        return False
    shared = set.intersection(*(set(ancestors(k)) | {k} for k in keys)) - {"trade"}
    return not shared


def _bare_count(surface: str) -> bool:
    """A count in `units` that no noun of its own names (`15,85,338 units`, `500,000 completely
    built units`), unlike `410,000 housing units` (`claim_cues.json` `unit_naming_nouns`)."""
    words = surface.lower().split()
    return len(words) < 2 or words[-2] not in word_set("unit_naming_nouns")


_RANKED_PARTNER = re.compile(r"(?:,|\b(?:was|is|remained|remains|as))\s+the\s+(?i:(?:"
                             + lexicon("rank_words").regex.pattern + r")\s+(?:single\s+)?(?:"
                             + lexicon("ranked_roles", "buyer").regex.pattern + r"|"
                             + lexicon("ranked_roles", "seller").regex.pattern + r"))\b")
"""A country named as the first of the paragraph's buyers or sellers (`Poland, the largest buyer,
raised its imports`, `Poland was the top buyer, lifting its purchases`): its own flow is its part
of the flow just told, not its whole (not `the world's largest buyer`, a title)."""

_THE_BEFORE = re.compile(r"\bthe\s+(?:[a-z-]+\s+)?$", re.IGNORECASE)
"""Right before a noun: `the` and at most one word (`the pipeline`, `the new pipeline`)."""

@cache
def _qualified_after_goods() -> re.Pattern[str]:
    """After a definite broad goods word: a noun it only qualifies (`goods_qualified_nouns`:
    `The grain trade with the Philippines`, `the grain deal`, `the fuel subsidy`), so it stands
    for no goods counted before."""
    nouns = "|".join(sorted((re.escape(w) for w in word_set("goods_qualified_nouns")), key=len,
                            reverse=True))
    return re.compile(rf"[\s-]+(?:{nouns})\b", re.IGNORECASE)


_CLAUSE_BREAK = re.compile(r"[.;:]|\b(?:but|while|whereas)\b")
"""Between a definite broad goods word and narrower goods named after it: a break that puts
them in different clauses."""
_CONTRAST_BETWEEN = re.compile(r"\b(?:but|while|whereas|although|though|yet)\b")
_CONTRAST_OPENING = re.compile(r"\b(?:[Dd]espite|[Aa]lthough|[Tt]hough|[Ww]hile|[Ww]hereas)\b"
                               r"[^,;]*$")
"""Narrower goods set against the clause of a definite broad word (`grows enough rice for
itself, but its purchases of the grain`, `Despite a bumper rice harvest, its purchases of the
grain`): not the goods the word stands for."""


def _in_title(mention: CommodityMention) -> bool:
    """Whether the mention's own words look like part of a name (`the National Board of Cotton
    Fibre Stocks` naming `Cotton Fibre`): more than one word, each capitalised, so a name's
    part, not the goods a figure counts (only the mention's words are checked)."""
    words = mention.surface.split()
    return len(words) > 1 and all(w[:1].isupper() for w in words)


@cache
def _word_pattern(word: str) -> re.Pattern[str]:
    """The word on its own (not inside another), compiled once per word."""
    return re.compile(rf"\b{re.escape(word)}\b")


_FOR_ITEM = re.compile(r"[ \u00a0]+for(?:[ \u00a0]+the)?(?=[ \u00a0])")
"""After a figure, `for` (and `the`) before the goods it is given for (`12% for nickel`)."""

_FOR_ITEM_REACH = 40
"""Characters after `for` in which keyed goods joined to those with no key make the item
mixed (`for tin and coal`)."""

_FOR_ITEM_END = re.compile(r"[,;.()]|\d|[$€£¥]")
"""Where the goods an item's figure is given for end: a break or the next item's figure."""

_FOR_TRADED = re.compile(r"\b(?:(?<!foreign[ \u00a0])(?<!stock[ \u00a0])exchang(?:e|es|ed|ing)|"
                         r"swap(?:s|ped|ping)?|barter(?:s|ed|ing)?)\b", re.IGNORECASE)
"""Before a figure and `for`: an exchange, whose goods after `for` are what was received
(`bartered 20,000 tons for rice`), not what the figure counts."""

_VALUED_BEFORE = re.compile(r"\b(?:worth|valued[ \u00a0]+at)\s+" + hedge_pattern(True) + r"$",
                            re.IGNORECASE)
"""Right before a figure: `worth` / `valued at`, which value the goods named before them."""

_OF_POINTED = re.compile(r"\s+of\s+(?:the|these|those|such)\s", re.IGNORECASE)
"""After a flow noun: goods pointed back to (`US exports of the waste grades`)."""


@cache
def _denied_flow() -> re.Pattern[str]:
    """A word denying a sentence's flow (`unkeyed_topic_negations`: `did not sell any cocoa`)."""
    words = "|".join(sorted((re.escape(w) for w in word_set("unkeyed_topic_negations")),
                            key=len, reverse=True))
    return re.compile(rf"(?:\b|(?<=\w))(?:{words})\b", re.IGNORECASE)


Decided = tuple[str | None] | None
"""A goods rule's answer: `(key,)` when it decides (the key None for goods with no key in the
taxonomy), None when it leaves the figure to the next rule."""


class GoodsReader(FlowReader):
    """The claim reader's rules for the goods a figure is of."""

    goods: list[CommodityMention]
    """The goods the document names, by start."""
    _goods_starts: list[int]
    _quantity_starts: list[int]
    topic: str | None
    """The one kind of goods the paragraph's last sentence without figures named, for the
    figures after it that name none."""
    topic_bare: bool
    headline_topic: str | None
    _unkeyed_from: int | None
    _keyed_from: int

    def counted_before(self, quantity: Quantity) -> bool:
        """`September alone accounted for 41,973 barrels`: with no trade word in its sentence, an
        amount of goods in the unit the article's flows were counted in (tonnes, barrels) goes on
        about those flows."""
        if quantity.unit in GOODS_UNITS:
            return any(c.unit == quantity.unit and c.kind == "level" for c in self.history)
        # `its 2019 total appeared as 3.24 billion dollars`: a total in the article's currency
        return is_currency(quantity.unit) and _TOTAL_NOUN.search(
            self.text, self.sentence_of(quantity), quantity.start) is not None and any(
            c.unit == quantity.unit and c.kind == "level" and c.commodity == "trade"
            for c in self.history)

    def set_against(self, ctx: Context, quantity: Quantity,
                    kind: Kind) -> tuple[str | None] | None:
        """The goods of the sentence's figure of the same kind right before `quantity` when
        `quantity` is the old level it is set against (`_OLD_LEVEL_GAP`) and those goods are
        not all goods, wrapped in a tuple since no key (`None`) is an answer; else None."""
        made = [self.claims[i] for i in ctx.indices if i in self.claims
                and self.claims[i].end <= quantity.start]
        last = max(made, key=lambda c: c.end) if made else None
        if last is None or last.kind != kind or last.commodity == "trade" or \
                not _OLD_LEVEL_GAP.fullmatch(self.text, last.end, quantity.start):
            return None
        return (last.commodity,)

    def commodity(self, quantity: Quantity, clause: tuple[int, int], ctx: Context, kind: Kind,
                  earlier: Claim | None) -> str | None:
        key = self.carried_commodity(quantity, clause, ctx, kind, earlier)
        if key == "trade" and self.left_out_whole(quantity, ctx):
            # `Without fuel, Greek exports rose 7%`: all goods but those left out, no key
            return None
        if key == "trade" and self.sector_own_goods(quantity, ctx):
            # `Chile's wine industry shipped goods worth $2 billion`: the sector's own goods
            return None
        if key == "trade" and not any(not g.generic for g in ctx.goods) and \
                not self.overall_named(*ctx.span):
            made = makers_goods(self.text, ctx.span[0], quantity.start, ctx.span[1])
            if made is not None:
                # `Swiss watchmakers sold less to China, with exports there falling 6.9%`: the
                # flow of makers is of what they make
                return made[0]
        if key not in (None, "trade") and _GAS_VOLUME.fullmatch(quantity.unit) and \
                not any(g.key == key for g in ctx.goods) and not any(
                    c.commodity == key for c in self.history):
            # `Bolivian state oil company YPFB ... YPFB will deliver up to 20 million cubic
            # metres per day`: a figure in cubic metres or feet is gas (no key) unless its own
            # sentence names the goods (`110,000 cubic meters of gasoline`) or the article
            # already counted them (`Shale crude sent to Chile reached 1.2 million cubic meters
            # ... In March alone, 409,000 cubic meters crossed`, `Russia sold oil worth $1
            # billion ... The volume was 1.2 million cubic metres`); keyed goods named before
            # only as a qualifier (`oil company`, `oil and gas conference`), are not its
            return None
        if key not in (None, "trade") and (self.unkeyed_list_goods(key, ctx) or worth_of_unkeyed(
                self.text, quantity.start, ctx.goods)):
            # (`and exported cotton worth $500 million`: the worth of the goods with no key)
            return None
        if key == "oil" and self.crude_paragraph(ctx):
            # `India bought 88 million tonnes of Russian crude ... China took 706,000 bpd`: where
            # the paragraph's only oil is crude, its figures of oil are of crude
            return "crude_oil"
        return key

    def left_out_whole(self, quantity: Quantity, ctx: Context) -> bool:
        """Whether, before the figure in its sentence, goods are left out of the total it counts
        by `without` (`without fuel they rose 19%`, `those without it grew 7%`) or by a verb of
        leaving with `out` after them (`Leave fuels out and the fall shrinks to 2.7%`, not
        `leaving out electricity`): the figure is of all goods but those, which no key names.
        `Leaving oil aside` and `Excluding oil` stay all goods; a figure before the cue
        (`Exports rose 5%, but without gold ...`) is not its."""
        text, start = self.text, ctx.span[0]
        if not may_hold(text, start, quantity.start, _LEFT_OUT_WORDS):
            return False
        keys = alias_keys()
        for match in _LEFT_OUT_WHOLE.finditer(text, start, quantity.start):
            goods = match.group("goods").lower()
            if match.group("cue").lower() != "without" and not left_out_by_verb(
                    text, match.start("goods"), match.end("goods")):
                # (`take oil`, `leaving crude aside`; `leaving out electricity` still names the
                # whole by the trade it counts: all goods)
                continue
            if goods in ("it", "them"):
                if match.group("cue").lower() == "without" and self.goods_antecedent(
                        start, match.start()):
                    return True
                continue
            if _LEFT_OUT_QUALIFIED.match(text, match.end("goods")):
                continue  # (`without the steel tariffs`: the tariffs, not the steel, are left out)
            if goods in keys or keys.get(goods.split()[0]) is not None or names_unkeyed(
                    text, match.start("goods"), match.end("goods")):
                return True
        return False

    def goods_antecedent(self, start: int, cue: int) -> bool:
        """Whether text[start:cue] names goods other than trade itself last, with no noun
        phrase after them a pronoun may refer back to instead (`exports with fuel grew 4%, and
        those without it`, not `extended the trade deal; without it`)."""
        text, keys = self.text, alias_keys()
        last = -1
        for word in _WORD.finditer(text, start, cue):
            key = keys.get(word.group().lower())
            if (key is not None and key != GENERIC) or names_unkeyed(text, word.start(),
                                                                     word.end()):
                last = word.end()
        return last >= 0 and _NOUN_PHRASE.search(text, last, cue) is None

    def sector_own_goods(self, quantity: Quantity, ctx: Context) -> bool:
        """Whether the figure's sentence, naming no keyed goods before it, makes a sector of
        goods with no key the seller (`the toy industry shipped $2 billion of goods abroad`,
        `exports in the wine sector`), or a bare definite sector (`the category earned`, `The
        sector's exports`) after a last figure of goods with no key: the flow is of that
        sector's goods (no key), not of all goods; a sector of no goods (`the private sector`,
        `the services sector`) is left alone."""
        text, start = self.text, ctx.span[0]
        if not may_hold(text, start, quantity.start, _SECTOR_NOUNS) or any(
                not g.generic and start <= g.start < quantity.start for g in ctx.goods) or \
                _WHOLE_FIGURE_BEFORE.search(text, max(start, quantity.start - 30), quantity.start):
            # (not the whole the sector's part is of: `The industry made up a third of the $9
            # billion of goods sold`)
            return False
        before = [c for c in self.history if c.sentence_start < start]
        unkeyed_before = bool(before) and before[-1].commodity is None
        attributive = word_set("unkeyed_goods_before_flow")
        for match in _SECTOR_OWNER.finditer(text, start, quantity.start):
            head = match.start()
            if _SECTOR_CUT.search(text, match.end(), quantity.start):
                # (`As the toy industry slowed, Peru's exports rose`, `The sector's share of
                # Peru's exports ..., while total exports hit`: another seller's or all goods)
                continue
            if _SECTOR_DEFINITE.search(text, max(start, head - 6), head):
                if unkeyed_before:
                    return True
                continue
            words = _SECTOR_QUALIFIER.search(text, max(start, head - 60), head)
            if words is None:
                continue
            if names_unkeyed(text, words.start(), head) or any(
                    w.group().lower() in attributive for w in _WORD.finditer(text, words.start(),
                                                                              head)):
                return True
        return False

    def crude_paragraph(self, ctx: Context) -> bool:
        """Whether the sentence of `ctx` names no oil and the paragraph before it last named
        crude as the goods counted (`counted_as_goods`) and, of the oils, only crude or a bare
        word for oil (`crude_as_oil_words`), no refined goods nor `fuel`; the sentence names no
        bare products either (`crude_carry_blockers`)."""
        if any(not g.generic and is_a(g.key, "oil") for g in ctx.goods):
            return False  # (the sentence's own word for its goods stands)
        blockers = word_set("crude_carry_blockers")
        if any(w.group().lower() in blockers for w in _WORD.finditer(self.text, *ctx.span)):
            # (`Its refinery turned it into 5.8 million tonnes of products`, `including
            # products`: bare products are refined from crude, not crude)
            return False
        index = ctx.index
        while index > 0 and self.sentences[index - 1].paragraph == ctx.sentence.paragraph:
            index -= 1
        oils = [g for g in between(self.goods, self._goods_starts, self.sentences[index].start,
                                   ctx.span[0]) if not g.generic and is_a(g.key, "oil")
                and not _in_title(g)]
        words = word_set("crude_as_oil_words")
        # (crude listed with oil names oil: `Iranian oil and condensate`; crude only qualifying
        # another noun, `heavy crude upgraders`, or a bare oil word qualifying one, `the state
        # oil firm`, is not what the paragraph counts; a bare oil counted after the crude,
        # `sold 46.6 million tons of oil`, is)
        counted = [g for g in oils if counted_as_goods(self.text, g)]
        return bool(counted) and coordinated(counted[-1], oils, self.text) == "crude_oil" and \
            all(g.key == "crude_oil" or (g.key == "oil" and g.surface.lower() in words)
                for g in oils)

    def keyed_listed_before(self, ctx: Context) -> bool:
        """Whether the sentence of the last claim named keyed goods in a list with goods with no
        key (`kava and fish exports slipped to $15 million`): a bare flow after it is of all
        goods, not of that list."""
        last = self.history[-1]
        return any(not g.generic and listed_with_unkeyed(self.text, g) for g in between(
            self.goods, self._goods_starts, last.sentence_start, last.sentence_end))

    def unkeyed_list_goods(self, key: str, ctx: Context) -> bool:
        """Whether the sentence names the goods of `key` only in lists with goods with no key
        (`530,698 tonnes of flowers, vegetables, fruits and nuts`): the list has no key; not
        where it also names keyed goods of another line (`farm, fishery and food exports`:
        goods of no one key, all trade), nor in a sentence pairing items with figures
        (`respectively`: each item's own goods)."""
        keyed = [g for g in ctx.goods if not g.generic]
        if not keyed or _RESPECTIVELY.search(self.text, *ctx.span) or any(
                key not in ancestors(g.key) and g.key not in ancestors(key) for g in keyed):
            return False
        return all(listed_with_unkeyed(self.text, g) for g in keyed)

    def carried_commodity(self, quantity: Quantity, clause: tuple[int, int], ctx: Context,
                          kind: Kind, earlier: Claim | None) -> str | None:
        """The goods of the figure, its sentence's or those carried from the sentences before."""
        key = self.goods_of(quantity, clause, ctx, kind, earlier)
        valued = self.valued(ctx, quantity, _WORTH_AFTER_GAP) if key == "trade" else None
        if valued is not None and valued.commodity not in (None, "trade"):
            # `imports of 434,000 MWh to secure supply in August, worth EUR 30 million`: the
            # value of the amount before is of its goods
            return valued.commodity
        kinds = {c.commodity for c in self.previous} if key == "trade" else set()
        if len(kinds) == 1 and "trade" not in kinds and \
                _THE_TRADE.search(self.text, ctx.span[0], quantity.start) and (
                kinds != {None} or names_unkeyed_goods(self.text, self.previous[-1].sentence_start,
                                                       self.previous[-1].sentence_end)):
            # `Turkey exported $381 million of gold to Iran in March. The trade had dried up in
            # January, then resumed with $117.9 million`: the trade in the goods just counted
            return kinds.pop()
        if key == "trade" and _BY_VALUE.search(self.text, *ctx.span) and \
                not any(not g.generic for g in ctx.goods):
            goods = {c.commodity for c in self.previous if c.commodity != "trade"}
            if len(goods) == 1:
                # `Russia exported 1.2 million tonnes of fish. Sales abroad fell 5% in value to
                # $2.4 billion`: the same flow counted by value
                return goods.pop()
        if key == "trade" and kind == "level":
            moved = [self.claims[i] for i in ctx.indices if i in self.claims
                     and self.claims[i].end <= quantity.start and self.claims[i].kind == "change"]
            last = max(moved, key=lambda c: c.end) if moved else None
            if last is not None and last.commodity is None and _BASE_OF_CHANGE.fullmatch(
                    self.text, last.end, quantity.start):
                # `up 46% from US$414.76 million`: the old level is of the changed flow's goods
                return None
        if key == "trade" and kind in ("level", "share"):
            old = self.set_against(ctx, quantity, kind)
            if old is not None:
                # `consumer goods climbed to $592 million from $429.6 million`, `Europe's share
                # of the firm's exports shrank to 25%, from 47%`: the old figure is of the same
                # goods as the new one it is set against (keyed or not)
                return old[0]
        if key == "trade" and not (_MEASURES_TRADE.fullmatch(quantity.unit)
                                   or is_currency(quantity.unit) or money_rate(quantity.unit)):
            # `EU imports of Russian LNG reached 20 bcm`: all goods together are counted in
            # money or tonnes, not in cubic metres; these are goods the taxonomy has no key for,
            # unless the article just counted its goods so (`imports rose to 291 gigawatt-hours`
            # after `35,974 megawatt-hours of electricity`)
            alike = [c.commodity for c in self.history if c.commodity not in (
                None, "trade") and same_dimension(c.unit, quantity.unit)]
            return alike[-1] if alike else None
        if key == "trade" and quantity.unit not in ("percent", "x") and not is_currency(
                quantity.unit) and not money_rate(quantity.unit) and \
                not _ALL_GOODS_WEIGHED.search(self.text, *ctx.span) and (
                (self.history and self.history[-1].commodity is None
                 and self.in_paragraph(self.history[-1])
                 and not _ALL_EXPORTS.search(self.text, *ctx.span))
                or self.only_unkeyed_goods(ctx) or self.unkeyed_article(ctx)):
            # `exports came to 45,290 tons` after `overseas sales of rare-earth magnets eased
            # 5.2%`, `sales of rare-earth magnets slipped to 5,473 tons`: a tonnage of (or right
            # after a figure of) goods with no key is of those goods, not of all goods together,
            # unless its sentence weighs cargo, freight or goods crossing (`Rail-borne trade
            # topped 10 mln tonnes`)
            return None
        if key == "trade" and (_money(quantity.unit) or quantity.unit == "percent") and \
                not any(not g.generic for g in ctx.goods) and \
                not _ALL_GOODS_WEIGHED.search(self.text, *ctx.span) and \
                not _ALL_EXPORTS.search(self.text, *ctx.span) and \
                not _TOTAL_FLOW.search(self.text, *ctx.span) and \
                self.history and self.history[-1].commodity is None and \
                self.in_paragraph(self.history[-1]) and \
                names_unkeyed_goods(self.text, self.history[-1].sentence_start, ctx.span[0]) and \
                not self.keyed_listed_before(ctx) and not self.part_of_all_goods(quantity, ctx):
            # `India, the biggest consumer of rough, cut its purchases 18% to $14.08 billion`
            # after rough diamonds: money (or a change) of a flow named by its noun alone goes
            # on with the goods with no key just counted
            return None
        if key == "trade" and (_money(quantity.unit) or quantity.unit in ("percent", "x")) and \
                self.unkeyed_flow_continues(quantity, ctx):
            # `India's toy exports slipped to $152 million. Imports, meanwhile, rose 81%`: a bare
            # flow noun in an article whose figures so far were all of goods with no key
            return None
        if key == "trade" and (_money(quantity.unit) or quantity.unit in ("percent", "x")) and \
                self.unkeyed_topic_goes_on(quantity, ctx):
            # `Ghana bought fewer Dutch tulips last year. Imports fell 8.1%`: the first bare
            # flow of a paragraph after a sentence with no figure about goods with no key
            return None
        if key == "trade" and (_money(quantity.unit) or quantity.unit in ("percent", "x")) and \
                self.paragraph_unkeyed_goes_on(quantity, ctx):
            # `Norway exported 41,000 tonnes of king crab worth $620 million. Sales to Japan fell
            # 12%`: a bare flow after a paragraph's figures all of goods with no key
            return None
        if key != "trade" or kind not in ("change", "share", "level"):
            return key
        paragraph_goods = None if self.part_of_all_goods(
            quantity, ctx) else self.paragraph_goods_go_on(ctx)
        if paragraph_goods is not None:
            return paragraph_goods
        # (what a contrast after the figure names is another flow's: `exports rose 5% to 1.2
        # billion euros, while timber shipments fell to 400,000 cubic metres`)
        contrast = _CONTRAST.search(self.text, quantity.end, ctx.span[1])
        own_end = contrast.start() if contrast else ctx.span[1]
        if kind in ("level", "change") and self.beside_unkeyed_part(quantity, ctx):
            return None
        if kind == "level":
            return None if self.unkeyed_money(quantity, clause, ctx, own_end) else key
        if kind == "change" and quantity.unit in ("percent", "x") and any(
                same_dimension(other.unit, "cubic_meter") for other in between(
                    self.quantities, self._quantity_starts, clause[0], min(own_end, clause[1]))):
            # `shipments fell 11.1% to 2.6 million cubic meters`: the change of a flow counted in
            # a unit no total of all goods is counted in is of those goods (no key), as its level
            return None
        if kind == "change" and quantity.unit in ("percent", "x") and \
                self.reached_unkeyed_level(quantity, clause, ctx, earlier):
            return None
        # (not goods named only in a cause after the figure: `Exports to Peru fell 8% on weaker
        # sales of solar panels and chemicals`)
        cause = cause_opening(self.text, quantity.end, own_end)
        if names_unkeyed_goods(self.text, ctx.span[0], own_end if cause is None else cause) and \
                self.only_unkeyed_goods(ctx):
            # `India remained the biggest importer of arms, with its purchases up 4.7 per cent`:
            # the sentence's only goods have no key
            return None
        if kind == "share" and self.unkeyed_part(quantity, clause, ctx):
            return None
        return key

    def reached_unkeyed_level(self, quantity: Quantity, clause: tuple[int, int], ctx: Context,
                              earlier: Claim | None) -> bool:
        """Whether a change is followed by the level it reached (`purchases slid 43% to 352,000
        tons`) in a unit goods are weighed in, and that level is of goods with no key: the
        change is of the same flow, so of the same goods."""
        level = next(iter(between(self.quantities, self._quantity_starts, quantity.end,
                                  clause[1])), None)
        if level is None or level.unit not in GOODS_UNITS or \
                not _CHANGE_TO_LEVEL.fullmatch(self.text, quantity.end, level.start) or \
                self.overall_named(*ctx.span) or self.own_whole_named(quantity, clause, ctx):
            # (not `Total exports slid 4% to 3.2m tons`, nor a country's own `Chile's exports
            # rose 4% to 3.2 million tons`: a whole)
            return False
        return self.carried_commodity(level, clause, ctx, "level", earlier) is None

    def unkeyed_flow_continues(self, quantity: Quantity, ctx: Context) -> bool:
        """Whether the sentence of `ctx`, naming no goods of its own and no total (`Overall
        exports`, `Kenya's exports`), follows a sentence of the paragraph (or of an earlier one,
        unless `beyond_unkeyed_goods`) that counted goods with no key in money (or a change), in
        an article whose figures so far were all of such goods."""
        last = next((c for c in reversed(self.history) if c.sentence_start < ctx.span[0]), None)
        # (counted alike, in money or a change: not `$315 billion` after `8.6 tonnes of
        # germanium`)
        if last is None or \
                not (is_currency(last.unit) or last.unit in ("percent", "x")) or \
                not all(c.commodity is None for c in self.history) or \
                any(not g.generic for g in ctx.goods) or \
                _ALL_GOODS_WEIGHED.search(self.text, *ctx.span) or \
                self.overall_named(*ctx.span) or self.own_total_named(ctx) or \
                self.owned_whole_after(quantity, ctx) or any(
                    c.start < quantity.start and (c.form == "demonym" or (
                        c.possessive and _OWNED_EXPORTS.match(self.text, c.end)))
                    for c in ctx.countries):
            # (a country's own exports or imports mark a whole: `Chilean exports to Peru rose 3
            # per cent`, `Thailand's exports rose 9%`; not `Uganda's shipments`, a row)
            return False
        # (the goods may be named at the paragraph's first figure, its rows after it naming
        # only buyers: `... taking 40 percent. Germany's purchases grew 15 percent`)
        # (or, in a later paragraph, anywhere from the article's first figure on)
        start = min(c.sentence_start for c in self.paragraph_history()) \
            if self.in_paragraph(last) else self.history[0].sentence_start
        if not self.in_paragraph(last) and self.beyond_unkeyed_goods(last, ctx):
            return False
        own = self._one_way(*ctx.span)
        if own is None:
            # (a sentence of both ways: the figure's own flow noun, the nearest before it, `Exports
            # grew 4% and imports fell 6%`)
            own = self._way_before(ctx.span[0], quantity.start)
        if own is not None and self._one_way(start, last.sentence_end) == _OTHER_WAY[own] and \
                _SAME_GOODS_OTHER_WAY.search(ctx.sentence.text) is None:
            return False  # (nor the other way's flow: `copper exports climbed ... Imports sank`)
        # (not after keyed goods named with them: `Oil and gas exports slumped ... Imports
        # totalled $212 million`)
        return names_unkeyed_goods(self.text, start, ctx.span[0]) and not any(
            not g.generic for g in between(self.goods, self._goods_starts, start, ctx.span[0]))

    def unkeyed_topic_goes_on(self, quantity: Quantity, ctx: Context) -> bool:
        """Whether the sentence of `ctx` opens its paragraph's figures naming no goods and no
        total of its own, right after a sentence with no figure (of its paragraph, or the
        headline) that named goods with no key and no keyed goods (`Ghana bought fewer Dutch
        tulips last year. Imports fell 8.1% to $42.5 million`): its flow is of those goods."""
        if self.previous or ctx.index == 0 or any(not g.generic for g in ctx.goods) or \
                any(c.commodity is not None for c in self.history) or \
                names_unkeyed_goods(self.text, *ctx.span) or \
                _ALL_GOODS_WEIGHED.search(self.text, *ctx.span) or \
                self.overall_named(*ctx.span) or self.own_total_named(ctx) or \
                self.owned_whole_after(quantity, ctx) or any(
                    (c.form == "demonym" and c.start < quantity.start) or (
                        c.possessive and _OWNED_EXPORTS.match(self.text, c.end))
                    for c in ctx.countries):
            # (a country's own flow, before the figure or as a share's whole after it: `27.6%
            # of Zimbabwe's exports`)
            return False
        before = self.sentences[ctx.index - 1]
        if before.paragraph != ctx.sentence.paragraph and not (
                ctx.index == 1 and not self.history):
            return False  # (an earlier paragraph's sentence, unless the headline)
        if any(before.start <= q.start < before.end for q in self.quantities):
            return False
        # (not beside keyed goods or all goods: `the top buyer of Taiwanese goods ... as chips
        # sold briskly`)
        return names_unkeyed_goods(self.text, before.start, before.end) and not any(
            not g.generic or _ALL_GOODS_WORD.fullmatch(g.surface) for g in between(
                self.goods, self._goods_starts, before.start, before.end)) and \
            not self.overall_named(before.start, before.end) and \
            self.same_flow_stated(before.start, before.end, ctx.span[0], quantity.start)

    def same_flow_stated(self, start: int, end: int, flow_start: int, flow_end: int) -> bool:
        """Whether text[start:end] states, not denying it, a flow (`sold more cocoa`, `tulip
        imports`) the way of the flow in text[flow_start:flow_end] (`Its sales rose`): not goods'
        output, processing or growers (`Zambia's copper output slumped`), smuggling, or the other
        way (`sold more cocoa to Belgium. Imports from Belgium rose`)."""
        if _denied_flow().search(self.text, start, end):
            return False
        uncounted = word_set("unkeyed_topic_uncounted_flows")
        stated = {kind for kind in ("export", "import") if any(
            self.text[a:b].lower() not in uncounted
            for a, b in lexicon("flow", kind).spans(self.text, start, end))}
        if any(_word_pattern(role).search(self.text, start, end)
               for role in word_set("unkeyed_topic_flow_roles")):
            stated |= {"export", "import"}  # (`the biggest source of its gas`: either way)
        ways = [(a, kind, b) for kind in ("export", "import")
                for a, b in lexicon("flow", kind).spans(self.text, flow_start, flow_end)]
        if ways and _OF_POINTED.match(self.text, max(ways)[2]):
            return bool(stated)  # (`US exports of the waste grades`: the goods pointed back to)
        return bool(stated) and (not ways or max(ways)[1] in stated)

    def beyond_unkeyed_goods(self, last: Claim, ctx: Context) -> bool:
        """Whether a sentence of a later paragraph is no row of the article's goods with no key:
        it counts in money more than the article's first level in the same currency (`exported $12.4
        billion of furniture ... Shipments to the United States reached $97 billion`), or all
        goods were named since the last figure (`a 46 percent tariff on Vietnamese goods`)."""
        if any(g.generic and _ALL_GOODS_WORD.fullmatch(g.surface) for g in between(
                self.goods, self._goods_starts, last.sentence_end, ctx.span[0])):
            return True
        for i in ctx.indices:
            quantity = self.quantities[i]
            total = next((c for c in self.history if c.kind == "level" and c.unit ==
                          quantity.unit), None) if is_currency(quantity.unit) else None
            if total is not None and quantity.value > total.value:
                return True
        return False

    def own_whole_named(self, quantity: Quantity, clause: tuple[int, int], ctx: Context) -> bool:
        """Whether the figure's clause names, before it, a country's own exports or imports
        (`Chile's exports rose 4%`, `Chilean exports`): a whole of all goods; not `Chinese
        purchases` nor `Brazil's shipments`, a row of the goods."""
        return any(clause[0] <= c.start < quantity.start and (
            c.possessive or c.form == "demonym") and _OWNED_EXPORTS.match(self.text, c.end)
            for c in ctx.countries)

    def unkeyed_article(self, ctx: Context) -> bool:
        """Whether the article, before the sentence of `ctx`, has named goods with no key and no
        keyed goods at all (`Japan shipped spent nuclear fuel to France ... Shipments abroad ran
        at about 2,200 tons a year`): an amount weighed in goods' units with no goods of its own
        is of the goods the article is about, not of all goods together."""
        if self._unkeyed_from is None:
            self._unkeyed_from = next((s.start for s in self.sentences if names_unkeyed_goods(
                self.text, s.start, s.end)), len(self.text))
            self._keyed_from = next((g.start for g in self.goods if not g.generic),
                                    len(self.text))
        return self._unkeyed_from < ctx.span[0] <= self._keyed_from

    def narrower_whole(self, part: CommodityMention, quantity: Quantity,
                       clause: tuple[int, int], goods: Sequence[CommodityMention]) -> str | None:
        """The goods of a share whose part is `part`: the whole's own keyed goods right after
        `of` when they fall under the part's key (`Russian oil made up 44% of New Delhi's crude
        imports`: a share of crude oil imports, its part named loosely), else the part's."""
        whole = next((g for g in goods if not g.generic and quantity.end <= g.start < clause[1]),
                     None)
        if whole is not None and whole.key != part.key and is_a(whole.key, part.key) and \
                _SHARE_OF_WHOLE_GOODS.fullmatch(self.text, quantity.end, whole.start) and \
                not _GOODS_JOINED_AFTER.match(self.text, whole.end):
            return whole.key  # (not `44% of India's crude and fuel imports`: the whole is both)
        return part.key

    def second_old_level(self, quantity: Quantity, ctx: Context) -> bool:
        """Whether the figure is joined by `and` to an old level right before it, in the same
        unit (`down from $5,489 million in 2014 and $3,768 million in 2015`)."""
        paired = max((self.quantities[i] for i in ctx.indices
                      if self.quantities[i].end <= quantity.start), key=lambda q: q.end,
                     default=None)
        return paired is not None and paired.unit == quantity.unit and \
            _AND_NEXT_OLD.fullmatch(self.text, paired.end, quantity.start) is not None and \
            base_level(self.text, (paired.start, paired.end), ctx.span[0])

    def unkeyed_part(self, quantity: Quantity, clause: tuple[int, int], ctx: Context) -> bool:
        """`Gold made up 89% of Eritrea's total exports`, `Cotton accounts for two thirds of
        Chad's exports`: the share is of the goods with no key its clause opens with (the part),
        not of the total it is a share of."""
        text = self.text
        if not _SHARE_OF_FLOW.match(text, quantity.end):
            return False
        verb = _PART_VERB.search(text, max(clause[0], quantity.start - 40), quantity.start)
        apposed = _APPOSED_SHARE.fullmatch(text, ctx.span[0], quantity.start)
        if verb is None:
            if apposed is None:
                return False
            # (`Pharmaceutical products, over 40 per cent of all goods exported`)
            subject = (ctx.span[0], apposed.start("comma"))
        else:
            subject = (ctx.span[0], verb.start())  # (`Coffee, the main cash crop, makes up ...`)
            relatives = list(_RELATIVE.finditer(text, *subject))
            opening = _OPENING_RELATIVE.match(text, ctx.span[0], subject[1] + 1)
            if relatives and opening is not None and opening.end() >= relatives[-1].end():
                subject = (ctx.span[0], opening.start("comma"))  # (`Tea, which made up 11%`)
            elif relatives:  # (`purchases from Russia, which accounted for 12 percent`)
                subject = (relatives[-1].end(), subject[1])
        return names_unkeyed_goods(text, *subject) and not any(
            not g.generic and subject[0] <= g.start < subject[1] for g in ctx.goods) and not any(
            c.code and subject[0] <= c.start <= subject[0] + 5 and not c.possessive
            for c in ctx.countries)  # (`China, the top buyer of Australian wool, accounted for`)

    def beside_unkeyed_part(self, quantity: Quantity, ctx: Context) -> bool:
        """`Manufactured goods made up 84.6% of May's exports after rising 12.6% to RM72.8
        billion`, `Tea, which made up 11% of merchandise exports, brought in $124 million`: a
        level or change in a sentence whose goods with no key are the part of a share
        (`unkeyed_part`) is of those goods, where its only words for all goods are in that
        share's whole and the figure comes before any contrast after it (`, while ...`)."""
        text = self.text
        for share in between(self.quantities, self._quantity_starts, *ctx.span):
            whole = _SHARE_OF_FLOW.match(text, share.end)
            if share is quantity or share.unit != "percent" or whole is None or \
                    not self.unkeyed_part(share, ctx.span, ctx):
                continue
            contrast = _CONTRAST.search(text, whole.end(), ctx.span[1])
            stop = contrast.start() if contrast else ctx.span[1]
            if (not whole.end() <= quantity.start < stop and not quantity.end <= share.start) \
                    or any(not g.generic and g.start < stop for g in ctx.goods):
                return False
            outside = ((ctx.span[0], share.start), (whole.end(), stop))
            return not any(_OVERALL_WORDS.search(text, a, b) or TOTAL_BEFORE.search(text, a, b)
                           for a, b in outside) and not any(
                g.generic and not self.unkeyed_phrase_word(g) and not carries_unkeyed(
                    text, g, ctx.span[0]) and any(a <= g.start < b for a, b in outside)
                for g in ctx.goods)
        return False

    def paragraph_goods_go_on(self, ctx: Context) -> str | None:
        """`Uruguay had exported 1.816 million tonnes of soybeans ... June sales alone came to
        US$336 million`: a bare flow noun in a sentence naming no goods and no total, after a
        paragraph whose figures were all of one kind of goods, goes on with those goods (not
        `Total exports rose`, `Exports of all goods`, `Kenya's exports`, a country's whole)."""
        kinds = {c.commodity for c in self.previous}
        carried = self.headline_topic if self.topic is None else \
            self.topic if self.topic_bare else None
        if not self.previous and carried is not None:
            # (before any figure of the paragraph, the goods of a sentence or headline with no
            # figure of its own: `Mongolia gains in China's coal market | ... Australian
            # shipments grew by almost 60%`)
            kinds = {carried}
        if len(kinds) != 1 or None in kinds or "trade" in kinds:
            return None
        text, (key,) = self.text, kinds
        # (goods named elsewhere in the sentence stop it unless they are the same goods:
        # `The US remained the largest origin with 136.5 thousand mt, although imports of US beef
        # slid 17%` after a paragraph about beef)
        # (an owner's bare flow, `Kenya's exports`, `its purchases`, `the company's sales`, is
        # the owner's whole before any claim of the paragraph, where it runs the other way, is
        # or is sized as a whole (`whole_sized`: `Peru's exports rose to $72 billion` after
        # tonnes of squid); otherwise it is that owner's flow of the same goods, `Turkey's
        # imports came to 1.6 million mt` after its scrap imports)
        owned = bool(_WHOLE_OWNED.search(text, *ctx.span)
                     and not _RANKED_PARTNER.search(text, *ctx.span)) or self.own_total_named(ctx)
        # (the other way only where the sentence names no goods of its own: `Canada's imports
        # of Mexican avocados climbed` stays the avocados)
        # (nor after a rival's row, `Bangladesh's shrimp exports rose. India's shipments grew.
        # Bangladesh's exports rose 3%`: the owner's return names its whole)
        rivals = len({c.exporter for c in self.paragraph_history()
                      if c.sentence_start < ctx.span[0]} - {None}) > 1
        owned = owned and (not self.previous or rivals or self.whole_sized(
            ctx, self._owned_at(ctx)) or (self.other_way_on(ctx) and all(
                g.generic for g in ctx.goods)))
        if any(not g.generic and g.key != key for g in ctx.goods) or \
                names_unkeyed_goods(text, *ctx.span) or self.overall_named(*ctx.span) or \
                owned or _ALL_BUT_FLOW.search(text, *ctx.span) or \
                TOTAL_BEFORE.search(text, *ctx.span) or \
                any(_EVERY_KIND_WORD.fullmatch(g.surface) for g in ctx.goods):
            return None
        # (not after a sentence that named goods with no key beside them: `Canada's exports
        # of steel were down 37%, aluminum 27% ..., while gold kept overall sales rising`)
        told = {(c.sentence_start, c.sentence_end) for c in self.previous}
        if any(names_unkeyed_goods(text, a, b) for a, b in told):
            return None
        # (a sentence opening the paragraph's figures with a one-way flow takes no goods from a
        # headline or figure-less sentence before it, `Tea cheers Malawi's buyers | Malawi
        # imported $4.2 million of Indian machinery`; after figures of the goods, the flow the
        # other way goes on with them, `Chile exported 48,000 tonnes of salmon. Imports fell
        # 10%`, unless it is sized as a whole, `Imports fell 10% to $280 billion`)
        if not self.previous and self._one_way(*ctx.span) is not None and \
                not _RANKED_PARTNER.search(text, *ctx.span):
            return None
        if self.previous and self.other_way_on(ctx) and self.whole_sized(ctx, ctx.span[0]):
            return None
        # (nor after a sentence whose goods were named with others, `UK food and drink
        # exports`, `sales of farm, forestry and fishery goods and food`, or beside a total,
        # `took 45% of total exports`)
        if any(_TOTAL_FLOW.search(text, a, b) for a, b in told) or any(
                self.named_with_others(goods, told_goods)
                for a, b in told
                for told_goods in (between(self.goods, self._goods_starts, a, b),)
                for goods in told_goods):
            return None
        # (nor the other way to a partner: `India imported 24 million barrels of Russian crude.
        # Its exports to Russia fell nearly 50 per cent`)
        sellers = {c.exporter for c in self.previous} - {None}
        buyers = {c.importer for c in self.previous} - {None}
        if any((m.cue in ("to", "into") and m.code in sellers) or (
                m.cue == "from" and m.code in buyers) for m in ctx.countries):
            return None
        return key

    def paragraph_unkeyed_goes_on(self, quantity: Quantity, ctx: Context) -> bool:
        """Whether the sentence of `ctx` names a flow only by a bare flow word (`Sales to Japan`,
        `Its exports`) and no goods or total of its own, after figures of its paragraph that were
        all of goods with no key, goods the paragraph named before it (`cocoa beans`): the flow
        goes on with those goods, as `paragraph_goods_go_on` with keyed goods."""
        told = [c for c in self.paragraph_history() if c.sentence_start < ctx.span[0]]
        if not self.previous or any(c.commodity is not None for c in told):
            return False  # (every figure of the paragraph so far, not a total of all goods first)
        text = self.text
        if not any(g.generic for g in ctx.goods) or any(
                not g.generic or _ALL_GOODS_WORD.fullmatch(g.surface) for g in ctx.goods) or \
                self.overall_named(*ctx.span) or _ALL_BUT_FLOW.search(text, *ctx.span) or \
                TOTAL_BEFORE.search(text, *ctx.span):
            return False
        if self.owned_whole_after(quantity, ctx) or any(
                g.generic and self.owned_total(g, quantity, ctx) for g in ctx.goods):
            return False  # (`All Tajik exports to Kazakhstan rose`: the country's whole)
        if any(g.generic and _ALL_TRADE_WORD.fullmatch(g.surface) for g in between(
                self.goods, self._goods_starts, self.previous[-1].sentence_end, ctx.span[0])):
            return False  # (`... has strained commerce across the border`: all goods again)
        paragraph = self.text.rfind("\n", 0, ctx.span[0]) + 1
        own = self._one_way(*ctx.span) or self._way_before(ctx.span[0], quantity.start)
        if own is not None and self._one_way(paragraph, ctx.span[0]) == _OTHER_WAY[own] and \
                _SAME_GOODS_OTHER_WAY.search(ctx.sentence.text) is None:
            return False  # (not the other way's flow: `kava exports slipped ... Imports rose 21%`)
        if self.keyed_listed_before(ctx):
            return False  # (nor after keyed goods listed with them: `kava and fish exports`)
        owned = bool(_WHOLE_OWNED.search(text, *ctx.span)) or self.own_total_named(ctx)
        levels = [c for c in told if c.kind == "level"]
        for i in ctx.indices:
            amount = self.quantities[i]
            same = [c.value for c in levels if c.unit == amount.unit]
            if (is_currency(amount.unit) or owned) and same and amount.value > max(same):
                # (`Nepal's exports reached Rs 95bn` after rows of Rs 6.1bn and Rs 2.3bn, an
                # owner's `Chile's exports rose to 3.2 million tons` after 500,000 tons of the
                # goods: more than every row, so a whole)
                return False
            if is_currency(amount.unit) and not levels and (owned or any(
                    m.form == "demonym" and _FLOW_NOUN_NEXT.match(text, m.end)
                    for m in ctx.countries)):
                # (`Chilean exports to Peru rose 3 per cent to $35 billion` after only a change
                # of the goods: an owner's money with no row to measure it by is its whole)
                return False
        if self.whole_sized(ctx, self._owned_at(ctx), price=not owned):
            # (`Ghana's exports rose to $17.2 billion` after tonnes of the goods, an unowned
            # `Exports rose to $315 billion` after 8.6 tonnes: a whole; not a rival's row,
            # `Malaysia's imports fell to $1.5 billion`, nor `exports earned 60 million euros`
            # after litres of the goods)
            return False
        return names_unkeyed_goods(text, paragraph, ctx.span[0])

    def other_way_on(self, ctx: Context) -> bool:
        """Whether the sentence of `ctx` names only one way's flow and its paragraph before it
        only the other (`Chile exported 48,000 tonnes of salmon. Imports fell 10%`)."""
        own = self._one_way(*ctx.span)
        paragraph = self.text.rfind("\n", 0, ctx.span[0]) + 1
        return own is not None and self._one_way(paragraph, ctx.span[0]) == _OTHER_WAY[own]

    def whole_sized(self, ctx: Context, at: int, price: bool = False) -> bool:
        """Whether an amount of the sentence of `ctx` from `at` on is measured as a whole, not
        as the goods the paragraph's levels before it counted: money after levels counted only
        in weight (`Exports rose to $72 billion` after tonnes of squid; not after carats or
        trays, often the goods' own value), or more than
        five times every earlier level of its unit (`came to US$6.3 billion` after US$712
        million); with `price`, instead only money more than ten billion a tonne of the weights
        before (`Exports rose to $315 billion` after 8.6 tonnes: no goods cost that)."""
        levels = self._levels_before(ctx)
        if not levels:
            return False
        tonnes = [c.value for c in levels if c.unit == "t"]
        for i in ctx.indices:
            amount = self.quantities[i]
            if amount.start < at:
                continue
            if price:
                if _money(amount.unit) and tonnes and amount.value > 1e10 * max(tonnes):
                    return True
                continue
            if not _money(amount.unit):
                continue
            same = [c.value for c in levels if c.unit == amount.unit]
            if (not any(_money(c.unit) for c in levels)
                    and all(c.unit in _PHYSICAL_UNITS for c in levels)) or (
                    same and amount.value > 5 * max(same)):
                return True
        return False

    def _owned_at(self, ctx: Context) -> int:
        """Where the sentence of `ctx` first names an owner's flow (`Its exports`, `Peru's
        exports`), else its start."""
        found = [m.start() for m in (_WHOLE_OWNED.search(self.text, *ctx.span),
                                     _COUNTRY_TOTAL.search(self.text, *ctx.span)) if m]
        return min(found, default=ctx.span[0])

    def _levels_before(self, ctx: Context) -> list[Claim]:
        """The paragraph's levels (not shares or multiples) before the sentence of `ctx`."""
        return [c for c in self.paragraph_history() if c.kind == "level"
                and c.sentence_start < ctx.span[0] and c.unit not in ("percent", "x")]

    def bare_topic(self, ctx: Context) -> bool:
        """Whether the keyed goods of a sentence with no claim may go on to the first bare
        flows after it: the sentence has no figure, names no total and no goods with no key
        (`Western apparel and footwear imports`: mixed goods), and no bare flow comes before
        its goods (`Chinese sales to North Korea edged up, helped by sales of wheat flour`:
        the goods are a part named as a cause of all goods' flow)."""
        if ctx.indices or self.overall_named(*ctx.span) or \
                names_unkeyed_goods(self.text, *ctx.span):
            return False
        ordered = sorted(ctx.goods, key=lambda g: g.start)
        first = next((g.start for g in ordered if not g.generic), ctx.span[1])
        return not any(g.generic and g.start < first and not _OF_AFTER.match(self.text, g.end)
                       for g in ordered)

    def named_with_others(self, goods: CommodityMention,
                          told: list[CommodityMention]) -> bool:
        """Whether keyed `goods` are coordinated with other goods (`food and drink`, `farm,
        forestry and fishery goods and food`), not with another name of the same goods
        (`textile and garment exports`: both textiles)."""
        if goods.generic:
            return False
        text = self.text
        after = _AND_NEXT.match(text, goods.end)
        if after is not None:
            partner = next((g for g in told if g.start >= after.end() - 1), None)
            if partner is None or partner.start > after.end() + 20 or partner.key != goods.key:
                return True
        floor = max(0, goods.start - 30)
        before = _AND_BEFORE.search(text, floor, goods.start)
        if before is not None:
            partner = next((g for g in reversed(told) if g.end <= before.start() + 1), None)
            if partner is None or partner.end < before.start() - 20 or \
                    partner.key != goods.key:
                return True
        return False

    def own_total_named(self, ctx: Context) -> bool:
        """Whether the sentence of `ctx` names an owner's flow with no goods between (`Kenya's
        exports`), the owner's total, unless every such owner is a country the paragraph's
        figures before did not count (`Bangladesh's garment shipments to the US rose. China's
        shipments grew 23.7%`: a rival's flow of the same goods, a row of the paragraph)."""
        told = [c for c in self.paragraph_history() if c.sentence_start < ctx.span[0]]
        text, sides = self.text, {c.exporter for c in told} | {c.importer for c in told}
        for found in _COUNTRY_TOTAL.finditer(text, *ctx.span):
            owner = next((m for m in ctx.countries if m.possessive and m.code is not None
                          and 0 <= found.start() - m.end <= 1), None)
            if owner is None or owner.code in sides:
                return True
        return False

    def overall_named(self, start: int, end: int) -> bool:
        """Whether text[start:end] names a total of all goods (`Total exports`, `overall`), not
        counting a definite `total` or `trade` that refers back to the flow just counted
        (`Italy took 24% of the total`, `earnings from the trade reached`, `the January-May
        total`)."""
        text = self.text
        for found in _OVERALL_WORDS.finditer(text, start, end):
            if found.group(0).lower() not in ("total", "trade") or _FLOW_AFTER_TOTAL.match(
                    text, found.end()) or not _DEFINITE_BEFORE_TOTAL.search(
                    text, max(start, found.start() - 30), found.start()):
                return True
        return False

    def other_way_of_previous(self, found: CommodityMention, ctx: Context) -> bool:
        """Whether a bare `imports` (`exports`) follows a sentence that counted only the other
        way's flow (`Chile's copper exports climbed 8.3% ... Overall exports increased 3.7%,
        while imports sank 12.6%`): not the flow of the goods that way was of, unless its
        sentence points back to them (`Imports went the other way`, `Imports of those stones`,
        `exports in the same category`) or tells what the flow is made of (`Imports, mostly raw
        nuts from Ivory Coast`)."""
        way = found.surface.lower()[:6]
        return way in _OTHER_WAY and bool(self.previous) and \
            _SAME_GOODS_OTHER_WAY.search(ctx.sentence.text) is None and \
            _MADE_OF.search(ctx.sentence.text) is None and self._one_way(
            self.previous[-1].sentence_start, self.previous[-1].sentence_end) == _OTHER_WAY[way]

    def _one_way(self, start: int, end: int) -> str | None:
        """`export` or `import` when text[start:end] names exports or imports, not both (other
        trade words, `took`, `sales`, `the top customer`, say nothing of the way here)."""
        out = _EXPORT_WORD.search(self.text, start, end) is not None
        into = _IMPORT_WORD.search(self.text, start, end) is not None
        return "export" if out and not into else "import" if into and not out else None

    def _way_before(self, start: int, at: int) -> str | None:
        """`export` or `import` as the last trade word of either way in text[start:at] names
        (`Exports grew 4% and imports fell 6%` before `6%`: `import`); None when there is
        none."""
        words = [(m.start(), "export") for m in _EXPORT_WORD.finditer(self.text, start, at)] + \
            [(m.start(), "import") for m in _IMPORT_WORD.finditer(self.text, start, at)]
        return max(words)[1] if words else None

    def unkeyed_money(self, quantity: Quantity, clause: tuple[int, int], ctx: Context,
                      own_end: int) -> bool:
        """Whether money read as all goods is of goods with no key: its sentence's only goods
        (`Orders for electronic products jumped 10.5 percent to US$19.01 billion`, `Kenya
        earned 102.4 billion shillings from tea sold abroad`); not where they are a cause
        (`exports climbed to US$53.32 billion as demand for chips boomed`), beside a country's
        total named before them (`Kenya's exports rose to $7.2 billion, led by tea`) or beside
        all goods (`Chinese goods worth 5.5 billion dollars entered Serbia, and copper ...`;
        `travel goods` are a kind)."""
        text = self.text
        if not _money(quantity.unit) or \
                not names_unkeyed_goods(text, ctx.span[0], own_end) or \
                not self.only_unkeyed_goods(ctx):
            return False
        if (_COUNTRY_TOTAL.search(text, clause[0], quantity.start) or _FROM_EXPORTS.match(
                text, quantity.end)) and not names_unkeyed_goods(text, ctx.span[0],
                                                                 quantity.start):
            return False
        return not any(g.generic and clause[0] <= g.start < quantity.start
                       and _ALL_GOODS_WORD.fullmatch(g.surface)
                       and not _GOODS_COMPOUND.search(text, max(0, g.start - 24), g.start)
                       and not self.unkeyed_phrase_word(g) for g in ctx.goods)

    def unkeyed_phrase_word(self, goods: CommodityMention) -> bool:
        """Whether a word for all goods ends a phrase naming goods with no key (`Travel goods`,
        `Leather goods` opening a sentence): a kind of goods, not all of them."""
        return any(a < goods.start < b for a, b in unkeyed_goods_spans(
            self.text, max(0, goods.start - 24), goods.end))

    def only_unkeyed_goods(self, ctx: Context) -> bool:
        """The sentence's goods are only some with no key (`magnets`), and no total."""
        return names_unkeyed_goods(self.text, *ctx.span) and \
            not any(not g.generic for g in ctx.goods) and \
            not TOTAL_BEFORE.search(self.text, *ctx.span) and \
            not _OVERALL_WORDS.search(self.text, *ctx.span) and \
            not _makeup_words().search(self.text, *ctx.span)

    def goods_of(self, quantity: Quantity, clause: tuple[int, int], ctx: Context, kind: Kind,
                 earlier: Claim | None) -> str | None:
        """The goods a figure is of: for a share, those of the whole named right after its `of`
        (`share_whole_goods`); else those its unit names, else those of the figure it divides
        or restates, else those its clause or subject names, else the paragraph's."""
        whole = self.share_whole_goods(quantity, ctx) if kind == "share" else None
        if whole is not None:
            return whole
        decided = self.unit_goods(quantity, clause, ctx) or self.part_goods(
            quantity, clause, ctx, kind) or self.for_item_goods(quantity, clause, ctx)
        key = decided[0] if decided is not None else self.clause_goods(
            quantity, clause, ctx, kind, earlier)
        return self.definite_earlier(key, ctx)

    def share_whole_goods(self, quantity: Quantity, ctx: Context) -> str | None:
        """The keyed goods of the whole a share is of, named right after its `of` (`More than
        half of the oil Greece imported`, `a third of all its oil imports`: oil, after crude
        counted before); None for a definite `the fuel`, which stands for the narrower fuel
        counted before (`anaphoric_goods`), for goods named with others (`of the crude and
        refined products`), where the sentence names narrower goods before the share as its
        part (`Kazakh crude made up 30% of Italy's oil imports`: crude), and for a bare `the X`
        at a break after narrower goods named earlier in the paragraph (`... tonnes of diesel.
        Chile supplied 40 percent of the oil.`: diesel)."""
        opening = _OF_WHOLE_GOODS.match(self.text, quantity.end)
        if opening is None:
            return None
        whole = next((g for g in ctx.goods if g.start == opening.end() and not g.generic), None)
        if whole is None or _GOODS_JOINED_AFTER.match(self.text, whole.end) or (
                opening.group("the") and whole.surface.lower() in word_set("anaphoric_goods")):
            return None
        if any(not g.generic and g.key != whole.key and is_a(g.key, whole.key)
               and ctx.span[0] <= g.start and g.end <= quantity.start for g in ctx.goods):
            return None  # (`Kazakh crude made up 30% of Italy's oil imports`: the part's goods)
        paragraph = self.text.rfind("\n", 0, quantity.start) + 1
        if opening.group("the") and _WHOLE_ENDS.match(self.text, whole.end) and any(
                not g.generic and g.key != whole.key and is_a(g.key, whole.key)
                and g.end <= quantity.start
                for g in between(self.goods, self._goods_starts, paragraph, quantity.start)):
            return None  # (`... tonnes of diesel. Chile supplied 40 percent of the oil.`)
        return whole.key

    def definite_earlier(self, key: str | None, ctx: Context) -> str | None:
        """`Ruritania bought 207.5 million litres of diesel ... purchases from Russia were worth
        $39 million`, `The country sourced the fuel from 13 countries: Argentina supplied 21%`:
        where the sentence names the figure's goods only by a definite broader word (`the
        fuel`, `the grain`), they are the narrower goods the claims just before counted."""
        if key in (None, "trade"):
            return key
        named = [g for g in ctx.goods if not g.generic and g.key == key]
        if not named:
            return key
        earlier = [c.commodity for c in self.previous] + [
            self.claims[i].commodity for i in ctx.indices if i in self.claims]
        narrowed = {self.definite_narrowed(g, ctx, earlier) for g in named}
        return narrowed.pop() or key if len(narrowed) == 1 else key

    def definite_narrowed(self, mention: CommodityMention, ctx: Context,
                          earlier: list[str | None]) -> str | None:
        """The narrower goods a definite broader word stands for: those its own sentence named
        before it (`Rice, the national staple, remains the biggest item: purchases of the grain
        were worth`), else those the claims before counted; None when neither says. Only the
        words that point back (`the fuel`, `the grain`, `the oil` for crude) stand in so (not
        `the meat`, `the chicken` after sugar), and not as a modifier (`The grain trade with
        the Philippines`)."""
        word = mention.surface.lower()
        crude_only = word in word_set("crude_standing_in")
        if word not in word_set("standing_in_goods") and word not in word_set("anaphoric_goods") \
                and not crude_only:
            return None
        if _qualified_after_goods().match(self.text, mention.end):
            return None
        if any(not m.generic and m.start >= mention.end and m.key != mention.key
               and mention.key in ancestors(m.key)
               and not _CLAUSE_BREAK.search(self.text, mention.end, m.start) for m in ctx.goods):
            return None  # `purchases of the grain from abroad, mostly wheat`: named after it
        narrowed = self.definite_stand_in(mention, ctx, earlier)
        # (`Most of the oil came from Petrobras` after Brazilian crude: `the oil` stands only
        # for crude, never for a refined fuel named before it)
        return narrowed if not crude_only or narrowed == "crude_oil" else None

    def definite_stand_in(self, mention: CommodityMention, ctx: Context,
                          earlier: list[str | None]) -> str | None:
        """The narrower goods named before a definite broader word in its sentence, else those
        the claims before counted, that it stands for; None when neither says."""
        specific = definite_for_specific(mention, ctx.goods, self.text)
        if specific is not mention:
            if _CONTRAST_BETWEEN.search(self.text, specific.end, mention.start) or (
                    _CONTRAST_OPENING.search(self.text, ctx.span[0], specific.start)
                    and "," in self.text[specific.end:mention.start]):
                return None  # `grows enough rice for itself, but its purchases of the grain`
            return specific.key
        return definite_for_earlier(mention, ctx.goods, earlier, self.text)

    def unit_goods(self, quantity: Quantity, clause: tuple[int, int],
                   ctx: Context) -> Decided:
        """The goods the figure's unit names (`319,681 megawatt-hours` of electricity, `316.35
        million boxes of bananas`), or None when the unit leaves them open."""
        goods, text = ctx.goods, self.text
        measured: str | None = cue_data()["unit_commodities"].get(quantity.unit)
        near = max(0, ctx.span[0] - _ENERGY_REACH)
        if measured is not None and quantity.unit.endswith("_hour") and (names_unkeyed(
                text, *ctx.span) or (names_unkeyed(text, near, ctx.span[0]) and not any(
                    g.key == measured for g in between(
                        self.goods, self._goods_starts, near, ctx.span[1]))
                    and not _GRID_WORDS.search(text, *ctx.span))) and \
                not any(g.key == measured for g in goods):
            # `Russian natural gas arriving in Greece totalled 7.25 TWh`: gas counted in energy
            # (also after a headline or sentence on LNG, in text before it naming no electricity:
            # `Greece's terminal took in 39 LNG carriers. Deliveries reached 16.61 TWh`; looked
            # for within `_ENERGY_REACH` characters, so the cost stays linear)
            measured = None
        if measured is not None and not quantity.unit.endswith("_hour") and not any(
                g.key == measured for g in goods) and not _OF_POWER.match(
                    text, quantity.end) and (names_unkeyed(text, *ctx.span) or (
                    quantity.unit == "gigawatt" and any(
                        c.commodity is None and c.unit == quantity.unit for c in self.history))):
            # `Brazil was the largest buyer of Chinese modules, importing 9.5 GW`: capacity of
            # goods with no key, not power (and so the article's next figures in GW)
            measured = None
        if measured is not None and (quantity.unit.endswith("_hour") or not (
                _OF_GOODS_AFTER.match(text, quantity.end) or unnamed_goods(
                    text, *clause, goods) or any(
                    not g.generic and g.key != measured for g in goods))):
            # `319,681 megawatt-hours`: only electricity is; `1,000 MW` sent abroad too, unless
            # goods are named (`150 GW of solar modules`, `inverter exports reached 5 GW`)
            return (measured,)
        if counted_goods(text, quantity, ctx.span) and not (
                quantity.unit in word_set("generic_count_units")
                and _bare_count(quantity.surface)):
            # the unit names the goods: `masks` (not bare `units`, whose goods are the
            # sentence's: `Motorcycle exports rose to 15,85,338 units`; `410,000 housing units`
            # name their own)
            packed = next((g for g in goods if not g.generic and quantity.unit in word_set(
                "measure_nouns") and _PACKED_GOODS.fullmatch(text, quantity.end, g.start)), None)
            # (or holds them: `316.35 million boxes of bananas`; `Russia took 67.28 million
            # boxes` after them, the goods the article counted in boxes)
            if packed is not None:
                return (packed.key,)
            held = {g.key for g in goods
                    if not g.generic and clause[0] <= g.start < quantity.start}
            if quantity.unit in word_set("package_nouns") and len(held) == 1 and \
                    not _PACKED_GOODS.match(text, quantity.end):
                # `Chile's cherry exports had reached 96 million cartons`: the clause's goods
                # counted in cartons
                return (held.pop(),)
            alike = [c.commodity for c in self.history if c.unit == quantity.unit
                     and c.commodity is not None and quantity.unit in word_set("measure_nouns")
                     and not _PACKED_GOODS.match(text, quantity.end)]
            if not alike and quantity.unit in word_set("package_nouns") and \
                    not _PACKED_GOODS.match(text, quantity.end):
                named = self.packed_before(quantity)
                if named is not None:
                    # `Chile is expected to export 82 million boxes` after cherries: the goods
                    # the article named before its first count in packages
                    return (named,)
            return (alike[-1] if alike else counted_key(quantity.unit),)
        return None

    def packed_before(self, quantity: Quantity) -> str | None:
        """The keyed goods the article named last before a count in packages (boxes, cartons),
        which hold them; None when goods with no key were named after them (`coffee` before
        `bags`), when the sentence naming them counted them in another measure of amount (`12
        million tonnes of wheat`; not a share or a sum, `pineapple exports rose 10%`), or none
        were named."""
        upto = bisect_left(self._goods_starts, quantity.start)
        keyed = next((g for g in reversed(self.goods[:upto]) if not g.generic), None)
        if keyed is None or unkeyed_goods_spans(self.text, keyed.end, quantity.start):
            return None
        if any(c.commodity == keyed.key and c.sentence_start <= keyed.start < c.sentence_end
               and c.unit not in word_set("package_nouns") and c.unit != "percent"
               and not is_currency(c.unit) for c in self.history):
            # (`Egypt imported 12 million tonnes of wheat. Customs seized 40,000 cartons`: goods
            # counted in another measure are not what the packages hold)
            return None
        return keyed.key

    def for_item_goods(self, quantity: Quantity, clause: tuple[int, int], ctx: Context
                       ) -> Decided:
        """The goods a figure is given for, named right after it and `for` in share or row
        wording (`fell 40% for tin ore, 12% for nickel`, `€3 billion for gas and €1 billion for
        coal`): goods with no key there make the figure's commodity unknown, keyed goods give
        their key; None where no goods follow (`for the year`), the goods only qualify another
        noun (`for coal mines`, `for cement plants`) or are joined to other goods (`for coal and
        timber`), and where the figure has goods of its own before it (`for_item_owned`)."""
        opening = _FOR_ITEM.match(self.text, quantity.end)
        if opening is None or self.for_item_owned(quantity, clause, ctx):
            return None
        at = opening.end()
        keyed = next((g for g in ctx.goods if g.start in (at, at + 1) and not g.generic), None)
        if keyed is not None:
            if goods_qualify(self.text, keyed) or _GOODS_JOINED_AFTER.match(self.text, keyed.end):
                return None
            return (keyed.key,)
        stop = _FOR_ITEM_END.search(self.text, at, at + _FOR_ITEM_REACH)
        end = stop.start() if stop else at + _FOR_ITEM_REACH
        if unkeyed_goods_after(self.text, at, works=True) and not any(
                not g.generic and at <= g.start < end for g in ctx.goods):
            return (None,)
        return None

    def for_item_owned(self, quantity: Quantity, clause: tuple[int, int], ctx: Context) -> bool:
        """Whether a figure followed by `for` has goods of its own before it, so the goods after
        `for` are what was received or what its goods serve: keyed goods or goods with no key
        in its clause before the first figure of its rows (`exchanged coal worth $50 million
        for food`, `Chile's copper exports rose 9% for smelters in Asia`; not `cut by 30% for
        coal, 12% for palm oil`, whose rows' goods follow each figure), a value of goods before
        it (`goods worth $8 million for rice`) or an exchange (`bartered 20,000 tons for
        rice`)."""
        text = self.text
        low = min(clause[0], quantity.start)
        if _VALUED_BEFORE.search(text, max(low, quantity.start - 40), quantity.start) or \
                _FOR_TRADED.search(text, low, quantity.start):
            return True
        rows = min((q.start for q in (self.quantities[i] for i in ctx.indices)
                    if low <= q.start and q.end <= quantity.start
                    and _FOR_ITEM.match(text, q.end)), default=quantity.start)
        return any(not g.generic and low <= g.start and g.end <= rows for g in ctx.goods) or \
            bool(unkeyed_goods_spans(text, low, rows))

    def part_goods(self, quantity: Quantity, clause: tuple[int, int], ctx: Context,
                   kind: Kind) -> Decided:
        """The goods of a figure that values, divides or restates another (`valued at $57.7
        million` after tonnes, a share of the amount or goods just stated), or None."""
        goods, text = ctx.goods, self.text
        valued = self.valued(ctx, quantity) if is_currency(quantity.unit) else None
        if valued is not None and valued.unit in word_set("claim_units") and \
                valued.unit not in ("percent", "x"):
            # `the shipments had amounted to 1.015 tons valued at $57.686 million`: the value of
            # the goods just measured in a unit of goods, whatever they are (not a count: `64
            # new items worth $11.3 mln` are any goods)
            return (valued.commodity,)
        sector = self.sector_part_goods(quantity, clause, ctx, kind) if kind in (
            "share", "level", "change") else None
        if sector is not None:
            return (sector[0],)
        if self.ranked_unkeyed_subject(quantity, ctx):
            return (None,)  # `Aluminum was Iceland's most valuable export, worth US$3.1 billion`
        back = self.pronoun_share(quantity, clause, ctx) if kind == "share" else None
        if back is not None:
            return (back[0],)
        amount = max((self.claims[i] for i in ctx.indices if i in self.claims and
                      self.claims[i].end <= quantity.start), key=lambda c: c.end,
                     default=None) if kind == "share" else None
        if amount is not None and amount.kind == "level" and amount.commodity is None and \
                restates_amount(text, amount.end, quantity.start, goods):
            return (None,)  # `$6.2 billion of gold abroad in 2019, or 36% of its exports`
        opener = _DEMONSTRATIVE.match(ctx.sentence.text)
        goods_before = [c.commodity for c in self.previous if c.commodity not in (None, "trade")]
        if kind == "share" and goods_before and OF_THE_LOAD.match(text, quantity.end) and not [
                g for g in goods if not g.generic and g.start < quantity.start]:
            return (goods_before[-1],)  # `Half of the cargo was unloaded at Chongjin`
        if (kind == "share" or (kind == "change" and quantity.unit == "x")) and \
                opener is not None and goods_before and not [
                g for g in goods if not g.generic] and not _OF_TOTAL_TRADE.search(
                text, quantity.end, clause[1]):
            # `That was about 52 percent of the North's exports`, `That is three times the
            # volume recorded a year earlier`: the figure before measured again
            return (goods_before[-1],)
        if kind == "share" and goods_before and _OF_PERIODS_FLOW.match(text, quantity.end) and \
                not [g for g in goods if not g.generic and clause[0] <= g.start < clause[1]]:
            return (goods_before[-1],)  # `China took 70% of the year's exports` after iron ore
        whole = next((self.claims[i] for i in reversed(ctx.indices) if i in self.claims and
                      self.claims[i].kind == "level" and self.claims[i].end <= quantity.start),
                     None) if kind == "share" and _OF_THE_WHOLE.match(text, quantity.end) else None
        if whole is not None and WITH_PARTNER.search(text, whole.end, quantity.start) and not [
                g for g in goods if not g.generic and whole.end <= g.start < quantity.start]:
            # `Germany's gas imports rose to 55 billion cubic metres, with Norway supplying 30%
            # of the total`: a part of the amount just stated, of its goods (keyed or not)
            return (whole.commodity,)
        total = self.total_before(quantity, ctx) if kind == "share" and \
            _OF_THE_TOTAL.match(text, quantity.end) else None
        if total is not None:
            # `Japan stayed the top buyer, taking 38.2% of the total`: a partner's share of
            # the total last stated in the paragraph, of its goods (keyed, all goods, or none)
            return (total.commodity,)
        if kind == "share" and lexicon("dependence").search(text, *clause) and not [
                g for g in goods if not g.generic and clause[0] <= g.start < clause[1]]:
            return ("trade",)  # `N. Korea's reliance on China hits 98.3 pct`: of all its trade
        gapped = next((self.claims[i] for i in ctx.indices if i in self.claims and
                       SHARE_AND_TO.fullmatch(text, self.quantities[i].end, quantity.start)),
                      None) if kind == "share" else None
        if gapped is not None:  # `44.5 percent went to Japan and 25.2 percent to China`
            return (gapped.commodity,)
        if kind == "share" and unkeyed_list_item(text, ctx.span[0], quantity.start, goods):
            # `Machinery made up 30% of exports, furniture 12% and toys 4%`: a list item whose
            # own goods have no key is a share of those, not of the first item's goods
            return (None,)
        against = self.set_against(ctx, quantity, kind) if kind == "share" else None
        if against is not None and against[0] is None:
            # `gold 45 percent, up from 38 percent, and cocoa 10 percent`: the old share of a
            # list item follows its item, not the list's first goods
            return against
        first = next((self.claims[i] for i in ctx.indices if i in self.claims and
                      self.claims[i].kind == "share"), None) if kind == "share" else None
        if first is not None and self.listed(ctx, quantity) is not None and not [
                g for g in goods if not g.generic and first.end <= g.start < quantity.start]:
            # `China took 56 percent of Chile's copper exports, while Japan had 8.5 percent`:
            # a rival's share of the same goods
            return (first.commodity,)
        if kind == "share" and not partner_share(text, clause, ctx.countries):
            # the part is the commodity: `wigs accounted for 50% of exports`
            parts = [g for g in goods if g.end <= quantity.start and not g.generic]
            # (unless the share is added to a share of other goods and names its own after
            # it: `24.1 per cent of diesel imports and 5.9 per cent of crude oil purchases`,
            # `and 4.9 per cent of gas bought abroad`, goods with no key)
            if parts and any(self.quantities[i].unit == "percent" and NEXT_SHARE.fullmatch(
                    text, self.quantities[i].end, quantity.start) for i in ctx.indices):
                own = next((g for g in goods if not g.generic and quantity.end <= g.start <
                            clause[1] and _SHARE_OF_GOODS.fullmatch(text, quantity.end, g.start)),
                           None)
                if own is not None:
                    return (own.key,)
                if unkeyed_of(text, quantity.end, clause[1], goods, counted=True):
                    return (None,)
            if parts:
                return (self.narrower_whole(parts[-1], quantity, clause, goods),)
        return None

    def total_before(self, quantity: Quantity, ctx: Context) -> Claim | None:
        """The paragraph's last level before a share `of the total` whose sentence names no
        goods before it (keyed or not, only flow words: `Europe took 8% of the total`), the
        whole the share is of; None where the sentence names its own goods (`Rice made up 30
        percent of the total`) or the paragraph has no level before it."""
        if any(not g.generic and g.start < quantity.start for g in ctx.goods) or \
                names_unkeyed_goods(self.text, ctx.span[0], quantity.start):
            return None
        made = [self.claims[i] for i in ctx.indices if i in self.claims
                and self.claims[i].end <= quantity.start]
        told = [c for c in self.paragraph_history() if c.end <= quantity.start]
        levels = sorted((c for c in told + made if c.kind == "level"), key=lambda c: c.end)
        # (not a part listed after its whole, `$340 billion, including $54 billion of
        # soybeans`: the whole it is part of)
        wholes = [c for c in levels if not any(
            d.end <= c.start and d.sentence_start == c.sentence_start
            and _PARTS_AFTER.search(self.text, d.end, c.start) for d in levels)]
        return wholes[-1] if wholes else None

    def clause_goods(self, quantity: Quantity, clause: tuple[int, int], ctx: Context,
                     kind: Kind, earlier: Claim | None) -> str | None:
        """The goods the figure's clause or subject names (`Russian exports, mostly cereals
        and fuels, came to`), else those the paragraph goes on with."""
        goods, text = ctx.goods, self.text
        gap_from = max(ctx.span[0], quantity.start - 60)
        worth_gap = _GOODS_WORTH.search(text, gap_from, quantity.start) if may_hold(
            text, gap_from, quantity.start, _WORTH_WORDS) else None
        if worth_gap is not None and names_unkeyed_goods(text, worth_gap.start(),
                                                         worth_gap.end()) and not any(
                worth_gap.start() <= g.start < quantity.start and not g.generic for g in goods) \
                and not listed_with_keyed(text, worth_gap.start(), worth_gap.end(), goods):
            return None  # `Cement, lime and related minerals worth $6.6 million`
        worth = worth_of(goods, text, quantity.start, ctx.span[0])
        # (`Venezuelan oil shipments, long the island's lifeline, fell ...`: the subject before
        # an appositive belongs to the clause)
        subject_from = subject_start(text, ctx.span[0], clause[0], self.masked)
        subject_end = text.find(",", subject_from, clause[0]) if subject_from < clause[0] else -1
        unnamed = (unnamed_goods(text, clause[0], quantity.start, goods)
                   and not listed_with_keyed(text, clause[0], quantity.start, goods)) or (
            subject_end > subject_from and unnamed_goods(text, subject_from, subject_end, goods)
        ) or unkeyed_of(
            text, clause[0], quantity.start, goods) or (
            # (an amount of unkeyed goods beside keyed ones, `838,672 tons of rice along with
            # 356,370 tons of brokens`, may be a kind of them)
            quantity.unit not in ("percent", "x") and not any(
                clause[0] <= g.start < clause[1] and not g.generic for g in goods) and unkeyed_of(
                text, quantity.end, clause[1], goods, counted=True)) or (
            # (money spent on goods with no key: `spent 45 billion dirhams on energy imports`)
            _money(quantity.unit) and (on := _ON_NEXT.match(text, quantity.end)) is not None
            and lexicon("spend_on").search(text, max(clause[0], quantity.start - 40),
                                           quantity.start)
            and (unkeyed_goods_after(text, on.end())
                 or unnamed_goods(text, on.end(), clause[1], goods))) or (
            # (money earned from a flow of unkeyed goods: `took in $1.2 billion from coffee
            # exports`)
            _EARNED_FROM.match(text, quantity.end) is not None
            and unnamed_goods(text, quantity.end, clause[1], goods)) or (
            # (a share of a total of unkeyed goods: `38.8 per cent of EU imports of natural gas`)
            kind == "share" and (unnamed_goods(text, quantity.end, clause[1], goods)
                                 or unkeyed_of(text, quantity.end, clause[1], goods))) or (
            # (`led the world in liquefied natural gas exports in 2023, ..., with shipments
            # rising 14.7%`: the sentence's only goods have no key)
            all(g.generic for g in goods) and clause[0] > ctx.span[0]
            and _WITH_CLAUSE.match(text, clause[0]) is not None
            and unnamed_goods(text, ctx.span[0], clause[0], goods))
        if worth is not None and not (worth.generic and unnamed):
            if worth.generic and self.unkeyed_flow_goes_on(worth, quantity, clause, ctx):
                return None  # `The shipments were valued at $2.2 billion` after unkeyed goods
            return self.referred_goods(worth, quantity, ctx) or self.named_before(
                worth, text) or coordinated(worth, goods, text)
        in_clause = [g for g in goods if clause[0] <= g.start < clause[1]
                     or subject_from <= g.start < subject_end]  # (not the appositive's goods)
        if not in_clause and lexicon("reverse_flow").search(text, *clause) and (
                is_currency(quantity.unit) or quantity.unit == "percent"):
            # `..., while deliveries in the opposite direction plunged by 76.5% to $714,000`:
            # not the goods the other direction was made of
            return "trade"
        if _mixed_makeup(text, subject_from, clause[0], goods):
            # `Russian supplies to the republic, mostly cereals, mineral fuels, fats and
            # medical products, accounted for $42 mln`: goods of every kind together
            return "trade"
        if unnamed:
            return None  # `ethanol shipments climbed 82 percent`: goods with no key
        if earlier is not None and not in_clause:  # (goods with no key too: `LNG`)
            return earlier.commodity
        if earlier is not None and self.only_later_figures_goods(quantity, in_clause, ctx):
            # `exported $1,085 million of copper, a 21% increase that made the metal 45.5% of
            # total exports`: the trade word after a later figure is that figure's whole
            return earlier.commodity
        # else the sentence's subject: `Russian exports, mostly cereals and fuels, came to ...`
        # (not goods inside a relative clause about the subject: `tankers, which shuttle fuel
        # to ports, took 37,300t of gasoil, ... 60pc less than`)
        asides = [m.span() for m in _RELATIVE_ASIDE.finditer(text, ctx.span[0], clause[0])]
        leading = [g for g in goods if g.start < clause[0]
                   and not any(a <= g.start < b for a, b in asides)][:1]
        leading = self.leading_flow_of(leading, goods, clause[0])
        if _FIGURE_ASIDE.match(text, clause[0]) and clause[0] > ctx.span[0]:
            # `while soybean oil shipments, at 8,700 tons, were ...`: the figure set off after
            # its subject measures the goods of the clause it interrupts
            before = clause_bounds(text, *ctx.span, clause[0] - 2, self.masked)[0]
            interrupted = [g for g in goods if before <= g.start < clause[0] and not g.generic]
            leading = interrupted[-1:] or leading
        # not the goods another figure of the sentence counts (`..., while Turkmenistan
        # supplied 240,000 tonnes of liquefied petroleum gas`)
        # (nor goods after a semicolon, which open a clause of their own)
        free = [g for g in goods if not self.counted_by_other(g, quantity, ctx)
                and not (g.start >= quantity.end and own_clause_goods(text, quantity.end, g))]
        found = nearest_commodity(in_clause, quantity.start, quantity.end, text) or \
            nearest_commodity(leading or free, quantity.start, quantity.end, text)
        if found is not None:
            return self.found_goods(found, quantity, clause, ctx, kind, in_clause, leading)
        return self.context_goods(quantity, ctx, kind, free)

    def leading_flow_of(self, leading: list[CommodityMention], goods: Sequence[CommodityMention],
                        before: int) -> list[CommodityMention]:
        """`Kenya's purchases of U.K. farm goods have nearly tripled, climbing to $410 million`: a
        subject that is a bare flow noun with `of` and keyed goods after it (an origin or
        a qualifier between) is the flow of those goods, for the figures of the clauses after
        it; else `leading` as it is."""
        if not leading or not leading[0].generic or \
                _FLOW_PLURAL.fullmatch(leading[0].surface) is None:
            return leading
        named = next((g for g in goods if leading[0].end < g.start < before), None)
        if named is None or named.generic or \
                _SUBJECT_FLOW_OF.fullmatch(self.text, leading[0].end, named.start) is None:
            return leading
        return [named]

    def found_goods(self, found: CommodityMention, quantity: Quantity, clause: tuple[int, int],
                    ctx: Context, kind: Kind, in_clause: list[CommodityMention],
                    leading: list[CommodityMention]) -> str | None:
        """The goods of a figure whose nearest goods word is `found`: its key, or the goods a
        generic word (`shipments`, `the fuel`) stands for in its paragraph."""
        goods, text = ctx.goods, self.text
        if not in_clause and found.generic and leading and \
                found.start == leading[0].start and _SAME_PREDICATE.match(
                    text, clause[0]) and unnamed_goods(
                    text, max(ctx.span[0], found.start - 30), found.end, goods):
            # `Refined aluminum imports from Russia rose 94%, to roughly 538,600 tons`: the
            # clause goes on with the subject's goods, which have no key
            return None
        if definite_for_unkeyed(found, goods, text, ctx.span[0]):
            return None  # `the gas it takes ..., more of the fuel at home`: the unkeyed goods
        if found.start < quantity.start and not any(
                not g.generic and max(ctx.span[0], found.start - 40) <= g.start < quantity.start
                and not goods_qualify(text, g) for g in goods) and carries_unkeyed(
                    text, found, ctx.span[0]) and not listed_with_keyed(
                    text, found.start, found.end, goods):
            # `Sulphur purchases by OCP, a fertilizer maker, came to 2.25 million tonnes`: the
            # subject's flow is of goods with no key (not where keyed goods stand by the flow
            # word: `exports of wild-caught seafood`, `lamb and sheep exports`)
            return None
        found = definite_for_specific(specific_for_generic(found, goods, text), goods, text)
        earlier_key = definite_for_earlier(found, goods, [c.commodity for c in self.previous], text)
        if earlier_key is not None:  # `Russian deliveries of the fuel fell 98.8%`
            return earlier_key
        # `Shipments from the former rose 1%` after crude oil figures: a change of those goods
        # (not `total exports rose 29 percent`, nor one that reaches a sum of money after
        # figures in tonnes: `exports to Russia fell 50 per cent to $377 million`)
        relative = kind == "change" and quantity.unit in ("percent", "x") and len(
            {c.commodity for c in self.previous if c.commodity not in (None, "trade")}) == 1 \
            and all(c.commodity != "trade" for c in self.previous) \
            and (_SHIPMENT_NOUN.fullmatch(found.surface) is not None or any(
                self.quantities[i].unit.startswith(_PHYSICAL_UNITS)
                and clause[0] <= self.quantities[i].start < clause[1] for i in ctx.indices)) \
            and not TOTAL_BEFORE.search(text, max(0, found.start - 20), found.start) and not any(
                is_currency(self.quantities[i].unit)
                and clause[0] <= self.quantities[i].start < clause[1] for i in ctx.indices)
        if found.generic and (
                quantity.unit.startswith(_PHYSICAL_UNITS) or relative) \
                and _FLOW_PLURAL.fullmatch(found.surface) and not _OF_AFTER.match(text, found.end):
            # `Cuba received 38,000 bpd` of the paragraph's `oil exports`: a flow word is total
            # trade only in money; tonnes and barrels are of the goods named before
            # (`Russia remained China's top crude supplier. Shipments rose 24% to 107 million
            # tonnes`: the goods the sentence before named without a figure)
            inherited = [c.commodity for c in self.previous if c.commodity not in (None, "trade")]
            if not inherited and self.unkeyed_flow_goes_on(found, quantity, clause, ctx):
                # `China shipped 423 tonnes of the metal ... Shipments over January-August
                # totalled 2,384 tonnes`: the goods before had no key, nor have these
                return None
            if len(set(inherited)) > 1 and len({(c.exporter, c.importer)
                                                for c in self.previous}) == 1:
                # `Corn accounted for 12.9 million tonnes of that and wheat for 7.3 million
                # tonnes. March shipments reached 3.8 million tonnes`: the whole the parts
                # before were of, not one of them
                return self.whole_of(inherited)
            if not inherited:
                # `... received 215,000 bpd of Ghanaian crude, equal to 63% of the country's
                # 338,254 bpd of total exports`: the goods its own sentence counted before,
                # ahead of a topic named without a figure (`Ghana's share of the oil market`);
                # not across a contrast (`..., while total exports reached 280,000 bpd`)
                floor = max((m.end() for m in _CONTRAST.finditer(
                    text, ctx.span[0], quantity.start)), default=ctx.span[0])
                # (only where all of them were of one key: not a total after a list of
                # goods, `3.3 million bpd of crude and 150,000 bpd of fuel oil, and total
                # exports hit 3.45 million bpd`)
                counted = {self.claims[i].commodity for i in ctx.indices if i in self.claims
                           and floor <= self.claims[i].start
                           and self.claims[i].end <= quantity.start}
                inherited = [key for key in counted if key not in (None, "trade")] \
                    if len(counted) == 1 else []
            return inherited[0] if inherited else self.topic or self.article_commodity(
                quantity, kind) or found.key
        if found.generic and self.unkeyed_flow_goes_on(found, quantity, clause, ctx):
            # `US purchases of Russian uranium reached 416 tonnes ... Purchases doubled to $193
            # million`: the flow the paragraph follows is of goods with no key
            return None
        referred = self.referred_goods(found, quantity, ctx)
        if referred is not None:
            return referred
        pointed = self.pointed_goods(found)
        if pointed is not None:
            return pointed
        if self.named_before(found, text):
            return self.named_before(found, text)
        return coordinated(found, goods, text)

    def context_goods(self, quantity: Quantity, ctx: Context, kind: Kind,
                      free: list[CommodityMention]) -> str | None:
        """The goods of a figure whose sentence names none it can take: a conduit's, the
        paragraph's, the topic's or the article's."""
        goods, text = ctx.goods, self.text
        conduit = self.conduit_commodity(ctx) if not goods else None
        if conduit is not None:  # `the pipeline flow` after `oil flowing through the pipeline`
            return conduit
        inherited = [c.commodity for c in self.previous if c.commodity]
        if inherited and (ctx.continuing or not [g for g in free if not g.generic]):
            # the paragraph's topic goes on (past goods words of other items: `..., and cargoes
            # destined for Africa made up a quarter`)
            if self.part_of_all_goods(quantity, ctx):
                # (a sentence naming goods with no key counts those: `the North bought $26
                # million of hair`)
                return None if names_unkeyed_goods(text, *ctx.span) else "trade"
            return self.parts_whole(inherited, ctx) or inherited[0]
        if not free and not inherited and self.topic is not None:
            return self.topic  # `... sells most of its wheat abroad. Uzbekistan bought 3.1 Mt`
        if free:
            return BARREL_COMMODITY if quantity.unit.startswith("bbl") else None
        return self.article_commodity(quantity, kind)

    def sector_part_goods(self, quantity: Quantity, clause: tuple[int, int],
                          ctx: Context, kind: str = "share") -> tuple[str | None] | None:
        """`Pharmaceutical exports rose 12% to €7 billion. That left the sector with 45 per cent
        of all exports`, `..., making the metal 45.5% of total exports`: a share whose part is the
        definite sector (or industry), or what the goods just counted made (`it`, `the metal`),
        is of the goods the paragraph's claim just before counted (keyed or not), not of the
        total it is a share of; so is a level or change the sector earned (`Cement exports
        reached $1.2 billion. The industry earned $1.1 billion of the $355 billion of goods ...`);
        None where the clause names keyed goods before the figure or the
        claim before was of all goods. Wrapped in a tuple, since no key (`None`) is an answer."""
        text, start = self.text, max(clause[0], quantity.start - 80)
        if any(not g.generic and ctx.span[0] <= g.start < quantity.start for g in ctx.goods):
            return None
        # (a level or change only with the sector as the subject of a short verb phrase, `The
        # industry earned`: not `The industry ministry said overall exports rose`, nor `The
        # private sector's imports rose`)
        part = (_SECTOR_PART if kind == "share" else _SECTOR_SUBJECT).search(
            text, start, quantity.start) if may_hold(
            text, start, quantity.start, _SECTOR_WORDS) else None
        if part is None and kind != "share":
            return None
        if part is None:
            part = _MADE_PART.search(text, start, quantity.start) if may_hold(
                text, start, quantity.start, _MADE_WORDS) else None
            if part is None or any(part.start() <= c.start < quantity.start
                                   for c in ctx.countries):
                return None  # (not `making the UAE 30% of its exports`: a partner's share)
        before = max((self.claims[i] for i in ctx.indices if i in self.claims
                      and self.claims[i].end <= quantity.start), key=lambda c: c.end,
                     default=self.previous[-1] if self.previous else None)
        if before is None or before.commodity == "trade":
            return None
        return (before.commodity,)

    def ranked_unkeyed_subject(self, quantity: Quantity, ctx: Context) -> bool:
        """Whether the sentence opens with goods with no key that it ranks among a country's
        exports before the figure (`Aluminum was Iceland's most valuable export in 2022, worth
        US$3.1 billion or 41.5% of total exports`): the figure is of those goods, not of all
        goods, unless keyed goods stand in the subject or between the ranking and the figure."""
        text = self.text
        ranking = _RANKED_EXPORT.search(text, ctx.span[0], quantity.start) if may_hold(
            text, ctx.span[0], quantity.start, _EXPORT_RANK_WORDS) else None
        return ranking is not None and not any(
            not g.generic and (ctx.span[0] <= g.start < ranking.start()
                               or ranking.end() <= g.start < quantity.start)
            for g in ctx.goods) and names_unkeyed_goods(text, ctx.span[0], ranking.start())

    def only_later_figures_goods(self, quantity: Quantity,
                                 in_clause: Sequence[CommodityMention], ctx: Context) -> bool:
        """Whether the clause's goods words are all bare trade words that come after another
        figure of the sentence standing after `quantity` (`a 21% rise that made it 45.5% of
        total exports`): they are that figure's, not `quantity`'s."""
        later = [self.quantities[i].end for i in ctx.indices
                 if self.quantities[i].start >= quantity.end]
        return bool(in_clause) and all(
            g.generic and any(end <= g.start for end in later) for g in in_clause)

    def pronoun_share(self, quantity: Quantity, clause: tuple[int, int],
                      ctx: Context) -> tuple[str | None] | None:
        """`China's bauxite imports totalled 158.7 million tons, and Guinea supplied almost 70%
        of them`: a share of `them` or `it` is of the flow the claim just before counted (its
        goods, keyed, none or all goods alike: the claim before in its sentence, else the last
        of the sentence before); not where the clause names goods before the figure, the part
        (`gold made up 60% of them`), nor goods right after (`27% of them chips`). Wrapped
        in a tuple, since no key (`None`) is an answer."""
        text = self.text
        point = _OF_PRONOUN.match(text, quantity.end)
        if point is None or any(
                (not g.generic and clause[0] <= g.start < quantity.start)
                or point.end() <= g.start < point.end() + _PRONOUN_PART_REACH
                for g in ctx.goods) or names_unkeyed_goods(
                    text, point.end(), min(ctx.span[1], point.end() + _PRONOUN_PART_REACH)) or \
                names_unkeyed_goods(text, clause[0], quantity.start):
            return None  # (`natural gas made up 61% of them`: the part, goods with no key)
        own = [self.claims[i] for i in ctx.indices
               if i in self.claims and self.claims[i].end <= quantity.start]
        before = max(own, key=lambda c: c.end) if own else (
            self.previous[-1] if self.previous else None)
        if before is None or any(not g.generic and max(before.end, ctx.span[0]) <= g.start <
                                 quantity.start for g in ctx.goods):
            # (goods named after that claim are what `it` points to: `burns 40,000 tons of
            # AI-92 a month, over 90 percent of it from Russia`)
            return None
        return (before.commodity,)

    def unkeyed_flow_goes_on(self, found: CommodityMention, quantity: Quantity,
                             clause: tuple[int, int], ctx: Context) -> bool:
        """A bare flow noun (`Shipments`, `Purchases`) after claims whose goods had no key goes
        on with those goods, when its clause measures them alike (not `Exports overall rose 2%
        to $60 billion` after tonnes of germanium, nor a country's own total; `Thailand raised
        its sales by 9%` after aluminium goes on with the metal)."""
        text = self.text
        # (or, before any figure, after a sentence that stated such a flow: `China's gallium
        # exports slumped in May. Shipments fell to 5 tonnes`)
        # (not the other way's flow: `Imports, however, climbed`)
        stated = not self.previous and self.stated is not None and self.stated.unkeyed and \
            not found.surface.lower().startswith(_OTHER_WAY.get(self.stated.one_way or "", "-"))
        if not (_FLOW_PLURAL.fullmatch(found.surface) and (stated or self.previous and all(
                c.commodity is None for c in self.previous))) or TOTAL_BEFORE.search(
                text, max(0, found.start - 20), found.start) or \
                self.owned_total(found, quantity, ctx) or _TOTAL_GOODS_BEFORE.search(
                text, max(0, found.start - 20), found.start) or OVERALL_AFTER.match(
                text, found.end) or any(c.possessive and c.form != "pronoun"
                                        and c.end <= found.start and found.start - c.end < 25
                                        for c in ctx.countries) or \
                self.other_way_of_previous(found, ctx) or self.after_all_goods(found, ctx) or \
                self.back_to_all_goods(found, ctx) or self.owned_whole_after(quantity, ctx):
            return False
        if stated or _DEFINITE.search(text, max(0, found.start - 8), found.start) or \
                _PERIOD_OWNED.search(text, max(0, found.start - _PERIOD_OWNED_REACH), found.start):
            # `the value of the shipments`: the very flow before; so is a period's
            # (`September's shipments were worth $147 million` after tonnes of wood pellets)
            return True
        units = [self.quantities[i].unit for i in ctx.indices
                 if clause[0] <= self.quantities[i].start < clause[1]
                 and self.quantities[i].unit not in ("percent", "x")]
        measured = [c for c in self.previous if c.unit not in ("percent", "x")]
        if not measured:
            # after changes alone, the goods go on (`Exports to Russia fell 31% to $59 million`
            # after `Indian drug exports slumped 71%`), unless the sentence marks a whole:
            # `Overall, exports fell 5%`, `Thai exports to China rose 5 percent to $35 billion`
            return not (OVERALL_OPENER.match(ctx.sentence.text) or any(
                c.form == "demonym" and c.end <= found.start and found.start - c.end < 25
                for c in ctx.countries) or _OF_THE_COUNTRY.match(text, found.end))
        # (or alike an earlier figure of the same unkeyed goods: `taking in 71.99 million tonnes`
        # of LNG, then its import bill in dollars, then `Russian cargoes grew to 6.86 million
        # tonnes`)
        measured += [c for c in list(self.history)[-6:] if c.commodity is None
                     and c.unit not in ("percent", "x")]
        # (a physical amount goes on with them too: all goods are seldom totalled in tonnes)
        return all(any(_alike(c.unit, unit) for c in measured) or not is_currency(unit)
                   for unit in units)

    def owned_total(self, found: CommodityMention, quantity: Quantity, ctx: Context) -> bool:
        """`Total Peruvian exports to Chile rose`: a total's word before the country's name or
        demonym that opens the flow noun before the figure makes it all goods that
        country sold, unless goods follow (`Total Chinese imports of these gases`); not a whole
        after the figure (`The leaf earned $1.3 billion, 30% of all Zimbabwean exports`: the
        leaf's), nor a firm's or a month's flow (`Total Glencore shipments`, `Total May
        shipments`), nor a flow noun of a clause before the figure's (`All Peruvian shipments
        cleared customs in Arica, and they rose 51.3 percent`)."""
        text = self.text
        if not found.start < quantity.start or _OF_AFTER.match(text, found.end) or \
                _CLAUSE_JOINED.search(text, found.end, quantity.start):
            return False
        # (the country's word spelled as a word, not an abbreviation: not `Total US imports
        # under that heading`)
        return any(c.form in ("name", "demonym") and not c.possessive and c.end <= found.start
                   and _WORD_CASED.fullmatch(c.surface) and not text[c.end:found.start].strip()
                   and TOTAL_OWNED_BEFORE.search(text, max(0, c.start - 20), c.start) is not None
                   for c in ctx.countries)

    def owned_whole_after(self, quantity: Quantity, ctx: Context) -> bool:
        """Whether the figure is a partner's part of a country's whole named after it by a
        total's word and its name (`China took 31 percent of all Peruvian exports`) in a sentence
        naming no goods with no key: all goods, though the figures before were of such goods (not
        `The leaf earned $1.3 billion, 30% of all Zimbabwean exports`: the leaf's, no partner; nor
        a whole of goods named after it: `40 percent of all Zimbabwean exports of the crop`)."""
        text = self.text
        owners = {c.code for c in ctx.countries if c.form in ("name", "demonym")
                  and not c.possessive and quantity.end <= c.start
                  and TOTAL_OWNED_BEFORE.search(text, max(0, c.start - 20), c.start) is not None
                  and any(g.generic and g.start > c.end and not text[c.end:g.start].strip()
                          and not _OF_AFTER.match(text, g.end) for g in ctx.goods)}
        return bool(owners) and not names_unkeyed_goods(text, *ctx.span) and any(
            c.code and c.code not in owners and not c.possessive and c.end <= quantity.start
            for c in ctx.countries)

    def back_to_all_goods(self, found: CommodityMention, ctx: Context) -> bool:
        """Whether the bare flow noun `found` turns back to all goods after goods with no key that
        the paragraph told within a total of all goods it counted first (`Costa Rica's exports
        reached $3.3 billion, with sales of medical implants up 400 percent. Shipments to the
        European Union climbed 19.4 percent`): its sentence names a partner the goods before
        were not traded with, or the flow goes the other way from the paragraph's (`Imports
        rose 27 percent`)."""
        whole = None
        for claim in reversed(self.history) if self.previous else ():
            if not self.in_paragraph(claim):
                break  # (back to the paragraph's start only: the first total within it)
            if claim.commodity == "trade" and claim.end <= self.previous[0].start:
                whole = claim
        if whole is None or _FLOW_OF_BEFORE.match(self.text, found.end):
            # (`Purchases of the devices`, `Imports of them`: the goods before)
            return False
        sentence = self.text[ctx.span[0]:ctx.span[1]]
        told = {w.lower() for c in self.previous
                for w in _PLURAL_WORD.findall(self.text, c.sentence_start, c.sentence_end)}
        if any(m.group(1).lower() in told or _GOODS_AGAIN.fullmatch(m.group(1))
               for m in _THE_NOUN.finditer(sentence)):
            # (the sentence names the goods again: `the biggest buyer of the implants`)
            return False
        traded = {c.exporter for c in self.previous} | {c.importer for c in self.previous}
        # (only a partner in the flow's own slot, `Shipments to Brazil`: not `a plant opened
        # by a U.S. company`)
        if any(c.code and c.code not in traded and c.start > found.end
               and _PARTNER_SLOT.fullmatch(self.text, found.end, c.start)
               for c in ctx.countries):
            return True
        way = found.surface.lower()[:6]
        return way in _OTHER_WAY and self._one_way(whole.sentence_start,
                                                   ctx.span[0]) == _OTHER_WAY[way]

    def after_all_goods(self, found: CommodityMention, ctx: Context) -> bool:
        """Whether the sentence counted all goods before the bare flow noun `found` (`Total
        exports edged up to $9.4 billion, while imports dropped to $21.2 billion` after coffee
        figures): the flow noun goes on with the sentence's totals, not the goods before."""
        return any(self.claims[i].commodity == "trade" and self.claims[i].end <= found.start
                   for i in ctx.indices if i in self.claims)

    def parts_whole(self, inherited: list[str], ctx: Context) -> str | None:
        """After a sentence that broke one flow down by goods, the goods the parts all fall
        under, for a figure whose sentence names no goods (`Corn led the total at 1.9 million
        tons, with wheat at 1.7 million tons. August alone accounted for 1.76 million tons`:
        grain, not the first part). None unless the sentence before counted several keyed goods
        only (`parts_before`)."""
        if not self.parts_before(ctx) or len(set(inherited)) < 2:
            return None
        return self.whole_of(inherited)

    def parts_before(self, ctx: Context, unkeyed: bool = False) -> bool:
        """Whether the sentence before counted keyed goods only (or, with `unkeyed`, goods with
        or without a key), between the same parties, and this sentence does not go through
        them one by one (`respectively`)."""
        kinds = [c.commodity for c in self.previous]
        return bool(kinds) and (unkeyed or None not in kinds) and "trade" not in kinds and len(
            {(c.exporter, c.importer) for c in self.previous}) == 1 and not _RESPECTIVELY.search(
            self.text, *ctx.span)

    def part_of_all_goods(self, quantity: Quantity, ctx: Context) -> bool:
        """Whether a figure in money or percent whose sentence names no goods, nor a flow noun,
        follows goods that were a part of an all-goods total the paragraph stated right before
        them, on the same side (`Montenegro bought 2.1 billion euros of goods. Fuel was the
        costliest import item at 361 million euros. Serbia remained the top supplier with 561
        million euros`): a partner's part of all goods again, not of the item."""
        if ctx.goods or not (is_currency(quantity.unit) or quantity.unit == "percent") or \
                not self.parts_before(ctx, unkeyed=True) or _POINTS_BACK.search(
                    self.text, *ctx.span):
            # (parts with no key among them too: `Fish made up 41% of the total, while
            # furniture accounted for 22%. EU countries took 61%`)
            return False  # (not `that volume`, `the sector`, `of them`: the item again)
        part = self.previous[0]
        whole = self.whole_before(part)
        return whole is not None and whole.commodity == "trade" and bool(
            {whole.exporter, whole.importer} & {part.exporter, part.importer} - {None})

    def whole_before(self, first: Claim) -> Claim | None:
        """The claim read last before `first`, if it is of the same paragraph."""
        before = next((c for c in reversed(self.history) if c.end <= first.start), None)
        if before is None or self.paragraph_of(before.start) != self.paragraph_of(first.start):
            return None
        return before

    def whole_of(self, parts: list[str]) -> str:
        """The goods of the article's last figure that all `parts` fall under (`agricultural
        products` before `corn` and `wheat`), else the most specific key true of them all."""
        wholes = [c.commodity for c in self.history if c.commodity not in (None, "trade")
                  and all(is_a(part, c.commodity) for part in parts)]
        return wholes[-1] if wholes else common_key(parts)

    def counted_by_other(self, mention: CommodityMention, quantity: Quantity,
                         ctx: Context) -> bool:
        """Whether another figure of the sentence counts the goods (`240,000 tonnes of LPG`)."""
        return any(self.quantities[i] is not quantity and self.quantities[i].end <= mention.start
                   and self.quantities[i].unit not in ("percent", "x")  # a part: the same goods
                   and _OF_GOODS.fullmatch(self.text, self.quantities[i].end, mention.start)
                   # (`up from 80,000 tonnes of flour`: the base counts the same goods)
                   and not base_level(self.text, (self.quantities[i].start,
                                                  self.quantities[i].end), ctx.span[0])
                   for i in ctx.indices)

    def pointed_goods(self, mention: CommodityMention) -> str | None:
        """`Exports of these beauty goods reached US$163 million` after `False eyelashes and
        wigs account for the bulk of North Korea's sales`: goods pointed back to are the one
        kind the paragraph named just before."""
        if not (mention.generic and _GOODS_WORD.fullmatch(mention.surface) and _POINTING.search(
                self.text, max(0, mention.start - 40), mention.start)):
            return None
        keys = {c.commodity for c in self.previous if c.commodity not in (None, "trade")} or (
            set(self.stated.goods) if self.stated is not None else set())
        return keys.pop() if len(keys) == 1 else None

    def named_before(self, mention: CommodityMention, text: str) -> str | None:
        """`The cargoes were worth roughly $390 million`: a definite flow word stands for the
        goods of the paragraph's claims just before."""
        if not (mention.generic and _FLOW_PLURAL.fullmatch(mention.surface) and _DEFINITE.search(
                text, max(0, mention.start - 12), mention.start)):
            return None
        inherited = [c.commodity for c in self.previous if c.commodity not in (None, "trade")]
        return inherited[0] if inherited else None

    def referred_goods(self, mention: CommodityMention, quantity: Quantity,
                       ctx: Context) -> str | None:
        """`The September purchases were valued at US$1.5 million`, `The quarter's shipments
        ... were valued at 3,100 million pesos`: a definite flow noun before a sum of money is
        the goods the sentence before counted (not `The North's overall exports`); so is `the
        cargo` before tonnes (`Of the cargo, 204 tons were landed at Chongjin`)."""
        if not (mention.generic and mention.start < quantity.start and (
                (_FLOW_PLURAL.fullmatch(mention.surface)
                 and is_currency(quantity.unit))
                or (_SINGLE_LOAD.fullmatch(mention.surface)
                    and quantity.unit.startswith(_PHYSICAL_UNITS)))):
            return None
        before = _DEFINITE_BEFORE.search(self.text, max(ctx.span[0], mention.start - 30),
                                         mention.start)
        if before is None and _SINGLE_LOAD.fullmatch(mention.surface):
            # `A cargo of 2,895 tons arrived on Wednesday`: one load of the goods just counted
            before = _ONE_LOAD_BEFORE.search(self.text, max(ctx.span[0], mention.start - 30),
                                             mention.start)
        if before is None or (_OWNED_OR_TOTAL.search(before.group())
                              and not _PERIOD_OWNER.search(before.group())):
            return None
        counted = [c.commodity for c in self.previous if c.commodity not in (None, "trade")]
        return common_key(counted) if counted else None

    def article_commodity(self, quantity: Quantity, kind: Kind) -> str | None:
        """The goods of a claim whose sentence and paragraph name none: `the cap` is the cap
        named earlier in the article; a figure in tonnes or barrels is the goods the article
        last counted so (in barrels only an oil: `refined petroleum`, else oil)."""
        if kind == "cap":
            caps = [c.commodity for c in self.history if c.kind == "cap" and c.commodity]
            if caps:
                return caps[-1]
        if is_currency(quantity.unit) and self.counted_before(quantity):
            return "trade"  # `its 2019 total appeared as $3.24 billion` in an article on trade
        if not quantity.unit.startswith(_PHYSICAL_UNITS):
            return None
        physical = [c.commodity for c in self.history if c.unit.startswith(_PHYSICAL_UNITS)
                    and c.commodity]
        if not quantity.unit.startswith("bbl"):
            return physical[-1] if physical else None
        oils = [key for key in physical if BARREL_COMMODITY in (key, *ancestors(key))]
        if oils:
            return oils[-1]
        # `breaching a U.N. sanctions cap on refined petroleum ... bought 759,793 barrels`: the
        # oil the article named before, though no figure came with it
        upto = bisect_left(self._goods_starts, quantity.start)
        named = [g.key for g in self.goods[max(0, upto - HISTORY):upto]
                 if not g.generic and BARREL_COMMODITY in (g.key, *ancestors(g.key))]
        return named[-1] if named else BARREL_COMMODITY

    def conduit_commodity(self, ctx: Context) -> str | None:
        """`the pipeline flow`: a definite conduit named earlier in the article carries the goods
        named nearest to it there (`oil keeps flowing through the pipeline`)."""
        nouns = lexicon("conduit_nouns")
        for match in nouns.regex.finditer(ctx.sentence.text):
            if not _THE_BEFORE.search(ctx.sentence.text, 0, match.start()):
                continue
            noun = match.group().lower()
            for at_index in range(ctx.index - 1, max(-1, ctx.index - 1 - HISTORY), -1):
                earlier = self.sentences[at_index]
                spans = list(_word_pattern(noun).finditer(earlier.text))
                goods = [g for g in between(self.goods, self._goods_starts, earlier.start,
                                            earlier.end) if not g.generic]
                if spans and goods:
                    at = earlier.start + spans[0].start()
                    found = nearest_commodity(goods, at, at + len(noun), self.text)
                    if found is None:
                        return None
                    # `crude oil shipments ... oil keeps flowing through the pipeline`: crude
                    narrower = [g.key for g in goods if found.key in ancestors(g.key)
                                and g.key != found.key]
                    return narrower[0] if narrower else found.key
        return None
