"""Who trades with whom in one claim: its exporter and importer.

The sentence states them (`Russia's exports to North Korea`, `Chinese fertilizer bound for
Nampo`) or leaves them to be read from around it: the claim before it in the sentence, the
paragraph's flow, a table row's heading, the country whose customs is the source, the pair named
last (`the two countries`) and, when the body names no flow of its own, the headline's.
`FlowReader` holds these rules, with those of rows of lists (`listings.ListingReader`) and of
the flows stated before (`flow_history.FlowHistory`); the source's country is read by
`reporters`, the headline's flow by `headlines`. The claim reader (`claims._Reader`) inherits
the rules and keeps the reading state they consult (`reading.ReadingState`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Collection, Reversible
from dataclasses import replace
from functools import cache, lru_cache

from tradetrace.extract.commodity import find_commodities, names_unkeyed_goods
from tradetrace.extract.cues import (
    any_literal,
    cue_regex,
    hedge_pattern,
    lexicon,
    may_hold,
    word_set,
)
from tradetrace.extract.flow_history import (
    COUNTER_JOIN_WORDS,
    OWNS_FLOW,
    QUANTITY_BREAK,
    FlowHistory,
    counter_joined,
)
from tradetrace.extract.headlines import from_headline, headline_pair
from tradetrace.extract.kinds import ROLE_WITH, measurable
from tradetrace.extract.listings import SPLIT_AMONG, ListingReader
from tradetrace.extract.parties import (
    REGION,
    CountryMention,
    find_countries,
    is_reporting,
    name_start,
)
from tradetrace.extract.reading import Context
from tradetrace.extract.roles import (
    AND_OTHERS,
    BLOC_NAME,
    LIST_GAP,
    MAIN_WORDS,
    OWN_VERB,
    REGION_BUYERS,
    Frame,
    FrameKind,
    Parties,
    assign,
    bloc_named,
    combine,
    complete,
    find_frame,
    gapped_partner,
    gapped_subject,
    listed_on,
    main_destination,
    main_source,
    merged,
    owned_parties,
    possessive_owner,
    read_roles,
    relative_antecedent,
    whole_of_parts,
)
from tradetrace.extract.sentences import clause_bounds, subject_start
from tradetrace.extract.shares import (
    cap_parties,
    dealt_share,
    market_share,
    of_total_trade,
    role_share,
    share_parties,
)
from tradetrace.knowledge.commodities import ancestors
from tradetrace.model import Claim, Quantity
from tradetrace.model.claim import Kind
from tradetrace.normalize.periods import MONTHS

_PART_OPENER = re.compile(r"\W*(?:with\s+|and\s+)?(?:most|much|some|part|many|the\s+bulk|"
                          r"the\s+rest|a\s+(?:portion|share|part))\b",
                          re.IGNORECASE)
_OF_THE_CAP = re.compile(r"\s+of\s+(?:the|its|this|that)\s+(?:[\w'’-]+\s+){0,3}?"
                         r"(?:cap|limit|ceiling|quota)\b", re.IGNORECASE)
_BREAKDOWN_CUES = ("to", "into", "toward", "towards", "with")


_WITH_TAKER = re.compile(r",\s+with\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+"
                         r"(?:alone\s+)?(?:taking|buying|receiving|absorbing|accounting\s+for|"
                         r"getting|importing|supplying|providing)\b")
"""`, with the Netherlands taking`: an absolute clause whose partner takes a share of the flow."""
_TRADE_WORD = re.compile(r"(?i:(?:im|ex)port(?:s|ed|ing|ers?)?)")
"""A word that names a direction of trade in itself (unlike `took`, `bought`, `recipient`)."""
_WAY_WORD = re.compile(r"(?i:(?:im|ex)port(?:s|ed)?)")
"""A noun or past participle of one direction of trade (`exports`, `were imported`)."""
_WAY_PARTNER = re.compile(r"\s+(?:there|to|from|into|via)\b")
_PARTNER_CUES = frozenset({"to", "into", "toward", "towards"})
"""Before a country the flow went to: a partner (`Exports from the Maldives` names the owner)."""
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|be|is|are)\s+$")
_BLOC_OR_REGION = re.compile(BLOC_NAME + "|" + REGION_BUYERS)


def _one_seller(told: Collection[Claim], buyer: str | None) -> str | None:
    """The one seller of the flows `told`: the seller of every one of them that names one, when
    they all name the same, none goes both ways, and it bought none of them (nor is it `buyer`);
    else None."""
    if any(c.two_way for c in told):
        return None
    sellers = {c.exporter for c in told if c.exporter}
    if len(sellers) != 1:
        return None
    seller = sellers.pop()
    if seller == buyer or any(c.importer == seller for c in told):
        return None
    return seller


def _agree(side: str | None, other: str | None) -> bool:
    """Whether two readings of one side of a flow can both hold."""
    return side is None or other is None or side == other


def _pair_together(parties: Parties, frame: Frame | None,
                      pair: tuple[str, str]) -> Parties | None:
    """`The pair also supplied 500,000 tonnes to India`: under a one-way trade word whose other
    side the clause names (a third country), the two countries named before act together on
    their side, which is left null as for any joint side; they are no two-way pair."""
    if frame is None or frame.kind not in ("export", "import"):
        return None
    other = parties.importer if frame.kind == "export" else parties.exporter
    if other is None or other in pair:
        return None
    return Parties(None, other, False) if frame.kind == "export" else Parties(other, None, False)


def _own_two_way(text: str, clause: tuple[int, int], quantity: Quantity) -> bool:
    """Whether the clause has its own word of trade both ways (`..., and turnover will top`)."""
    frame = find_frame(text, *clause, quantity.start)
    return frame is not None and frame.kind == "two_way"


_BLOC_RECEIVER = re.compile(
    r"\b(?:EU|E\.U\.|European\s+Union|EU-wide|the\s+bloc)(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:imports|purchases|buying|intake|arrivals)\b"
    r"|\b(?:to|into|in)\s+the\s+(?:EU|E\.U\.|European\s+Union|bloc)\b"
    r"|\b(?:The\s+)?(?:EU|European\s+Union)\s+(?:imported|bought|purchased|received)\b")
"""The European Union as the receiver of a flow (`EU imports of`, `to the EU`)."""
_COMPASS = r"(?:(?i:(?:north|south|east|west|central)(?:ern)?(?:-?(?:east|west)(?:ern)?)?|" \
    r"sub-Saharan)\s+)?"
"""A part of a region before its name (`north-western Europe`, `West Africa`, `southern Africa`;
`South Africa` stays a country, which `BLOC_NAME` keeps out)."""
_REGION_RECEIVER = re.compile(
    BLOC_NAME + r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:imports|purchases|buying|intake|arrivals)\b"
    r"|\b(?:to|into)\s+(?:the\s+)?" + _COMPASS + BLOC_NAME +
    r"|" + REGION_BUYERS + r"\s+(?:(?:[\w-]+\s+){0,2}?(?:imported|bought|purchased|received|took|"
    r"absorbed)\b|(?:US\$|\$|€)?\d)"
    r"|" + BLOC_NAME + r"\s+(?:countries|members|states|nations)\s+(?:also\s+)?(?:absorbed|took)\b"
    r"|\b(?:to|into)\s+(?:the\s+)?" + REGION_BUYERS +
    # (`Volumes bound for ship-to-ship transfers`, `cargoes with no declared destination`: a
    # receiver no one names)
    r"|\b(?:bound\s+for|for|into|to)\s+(?:ship-to-ship|STS)\s+(?:transfers?|operations?)\b"
    r"|\b(?:unknown|undisclosed|unspecified|undeclared)\s+(?:destinations?|buyers?|ports?)\b"
    r"|\bno\s+(?:stated\s+|declared\s+|clear\s+)?destination\b")
"""A bloc or region as the receiver of a flow (`to Africa`, `Europe's intake`, `Middle Eastern
countries took in`, `and European buyers 141,394 tonnes`, `European Union members absorbed`)."""
_BLOC_TOOK = re.compile(BLOC_NAME + r"\s+(?:(?:again|alone|also|still|together|collectively)\s+)?"
                        r"(?:imported|bought|purchased|received|took)\b(?!\s+(?:effect|place|office|"
                        r"part|hold|over)\b)")
"""A bloc or region as the subject of a receiving verb (`Europe received`, `Asia again took`;
not `EU sanctions took effect`)."""
_SUBORDINATE_OPENING = re.compile(r"\s*(?:As|While|When|Although|Though|Because|After|Before|If|"
                                  r"Since|Unlike|Despite|Whereas)\b")


_BLOC_WORDS = ("EU", "E.U.", "Europe", "Africa", "ASEAN", "Asia", "Latin", "GCC", "Mercosur",
               "CIS", "Gulf", "Arab", "Middle", "bloc")
"""The literals one of which every `BLOC_NAME` match holds (`EAEU` holds `EU`, `Central Asia`
`Asia`)."""
_REGION_RECEIVER_WORDS = any_literal(
    *_BLOC_WORDS, "eighbo", "Western", "Nordic", "Scandinavian", "Caribbean", "Baltic", "Balkan",
    "ship-to-ship", "STS", "unknown", "undisclosed", "unspecified", "undeclared", "destination")
"""The literals one of which every `_REGION_RECEIVER` match holds (case-sensitive, as it is): a
bloc's (`BLOC_NAME`), a region's buyers' (`REGION_BUYERS`: `African` holds `Africa`,
`[Nn]eighbouring` `eighbo`), `ship-to-ship` or `STS`, an unknown's or `destination`; a
pre-check scanned for by first character, far cheaper than the pattern's own search."""
_BLOC_TOOK_WORDS = any_literal(*_BLOC_WORDS)
"""The literals one of which every `_BLOC_TOOK` match (a `BLOC_NAME` first) holds."""


@lru_cache(maxsize=256)  # (asked for each quantity of a sentence: read the sentence once)
def _region_receiver(text: str, start: int, end: int) -> bool:
    """Whether the sentence from `start` names a region receiving its flow, outside an opening
    subordinate clause (`As shipments to Europe fell, those sales rose` is no such flow)."""
    if _REGION_RECEIVER_WORDS.search(text, start, end) is None:
        return False
    opening_end = text.find(",", start, end) if _SUBORDINATE_OPENING.match(text, start) else -1
    return any(m.start() >= opening_end for m in _REGION_RECEIVER.finditer(text, start, end))
_BLOC_SENDER = re.compile(r"\bfrom\s+(?:the\s+)?" + BLOC_NAME)
"""A bloc or region as the origin of a flow (`imports from the EU`, `from Africa`)."""


_IN_EXCHANGE = re.compile(r"\b(?:in\s+(?:exchange|return|payment)|as\s+payment)\s+for\s+"
                          r"(?:(?:about|around|roughly|nearly|some|almost|another|a\s+further)\s+)?"
                          r"(?:US\$|\$|€)?$", re.IGNORECASE)


_ALL_PARTNERS = re.compile(
    r"\b(?:(?:from|to|across|for)\s+(?:all\s+(?:other\s+)?|other\s+|the\s+rest\s+of\s+the\s+)"
    r"(?:[a-z]+\s+)?(?:origins|sources|suppliers|destinations|markets|buyers|countries|partners|"
    r"world)|(?:to|from)\s+(?:destinations|markets|buyers|countries|suppliers|origins)\s+other\s+"
    r"than\b|from\s+all\s+over\s+the\s+world|worldwide|globally|abroad|overseas|"
    r"(?:shipped|sent|shipping|sending)\s+out(?=\s+(?:[\w-]+\s+){0,3}?[$€£\d]|\s*[.,;]|\s+(?:"
    r"through|to|from|via|in|on|at|by|during|last|this|over)\b)|out\s+of\s+the\s+country|"
    r"(?:to|from)\s+the\s+(?:whole\s+)?(?-i:world)\b(?!['’])|to\s+(?:foreign|"
    r"world|international|global)\s+(?:markets|buyers)|(?<!,\s)(?:among|the)\s+(?:the\s+)?(?:world|"
    r"region|globe|continent)['’]s\s+(?:(?!other\b)[a-z-]+\s+){0,2}?(?:exporters?|suppliers?|"
    r"sellers?|shippers?))\b",
    re.IGNORECASE)
"""A flow whose other side is everyone (or everyone else): `imports from all origins`, `across
all destinations`, `shipped 53 million tons of wheat abroad`, `exports to all other markets`,
`sales to other Asian buyers`, `ranked fourth among the world's exporters`, `the region's
biggest supplier`. A ranking in apposition, after a comma (`Saudi Arabia, the world's largest
oil exporter, supplied`), only describes the country, and `the region's other big supplier`
ranks none: neither names everyone."""
_SENT_OUT = ("shipped", "sent", "shipping", "sending")
"""First words of `_ALL_PARTNERS` for goods shipped or sent out."""
_AWAY = ("abroad", "overseas", "worldwide", "globally", *_SENT_OUT, "out")
"""First words of `_ALL_PARTNERS` that name everyone with no preposition (`abroad`, `shipped
out`, `out of the country`): a destination after a supplier's flow (`shipped 5 million tonnes
abroad`), an origin after `from`."""
_SELLERS_OF_ALL = ("among", "the")
"""First words of `_ALL_PARTNERS` that rank the subject among everyone's sellers (`among the
world's exporters`, `the region's top supplier`): a supplier to everyone."""
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_ROUTE_CUES = ("to", "from", "into", "out of", "via", "through")
"""Cues that make a country a flow's destination, origin or route, not the owner of a total."""
_OTHER_THAN = re.compile(r"\bother\s+than\s+(?:the\s+)?$", re.IGNORECASE)
"""Before a country: the one the flow to everyone else leaves out."""
OF_THE_LOAD = re.compile(r"\s+of\s+(?:the|that|this|these|those)\s+(?:cargo|cargoes|shipment|"
                         r"shipments|consignment|delivery|deliveries|batch|load)\b", re.IGNORECASE)
"""`Half of the cargo`: a part of the load just counted."""
_OWN_TOTAL_FLOW = re.compile(r"['’]s?\s+(?:overall|total|global|worldwide)\s+(?:[a-z]+\s+)?"
                             r"(?P<way>exports|imports|intake)\b(?!\s+(?:to|from|of)\b)",
                             re.IGNORECASE)
"""`China's overall exports`, `The country's total intake`: a country's flow with everyone."""
_BOUGHT_AFTER = re.compile(r"\s+(?:(?:also|alone|again)\s+)?(?:received|took|bought|imported|"
                           r"purchased|absorbed)\b")
"""After a country opening a clause: a verb that makes it the buyer (`China received`)."""
_FROM_EVERYWHERE = re.compile(r"\bfrom\s+(?:abroad|overseas|all\s+(?:sources|suppliers|"
                              r"origins|countries))\b", re.IGNORECASE)
"""A buyer's purchases from every seller (`its purchases from abroad`)."""
_FROM_PLACE = re.compile(
    r"(?i:\b(?:imports|purchases|intake|arrivals|buying)\s+"
    r"(?:of\s+(?:[\w,-]+\s+){1,4}?)?from\s+(?!(?:a|last|the\s+(?:previous|prior|same|year)|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\b|[\d$]|US\$))|(?i:\bfrom\s+(?:the\s+)?)(?:" + BLOC_NAME + "|" + REGION_BUYERS +
    r"|(?i:(?:other|all\s+other|various|several|many)\s+[\w-]+|elsewhere\b))")
"""A source the paragraph's seller need not be: any source after an import noun (`purchases
from other suppliers`, `imports from the EU`), or a place with no country code after `from`
(`from Africa`, `from elsewhere`); a time or an amount after `from` is none."""
_OWNER_FLOW = re.compile(r"(?:['’]s?)?\s+(?:(?!(?:to|from|of|with|and|or|which|that)\s)[\w-]+\s+)"
                         r"{0,2}?(?P<way>exports|imports)\b(?!\s+(?:to|into|from|with|"
                         r"there|here|by)\b(?!\s+all\s))(?![\w-])", re.IGNORECASE)
"""After a possessive country: the flow noun it owns, with no partner after it (`Japan's
December exports`, `its crude imports`, `Jordan's imports of oil`, `its imports from all
sources`; not `Japan's exports to China`; a country in the goods after `of`, `imports of
Russian oil`, is a partner the caller sees in the sentence)."""
OVERALL_AFTER = re.compile(r"\s+(?:overall|in\s+total|as\s+a\s+whole|in\s+all)\b(?!\s+of\b)",
                           re.IGNORECASE)
"""After a flow noun or a figure: its total word (`exports overall`, `imports as a whole`; not
`in all of May`, a time)."""
_TOTAL_AFTER_FLOW = re.compile(r"\b(?P<way>exports|imports|shipments|sales|purchases)" +
                               OVERALL_AFTER.pattern, re.IGNORECASE)
"""`German car exports overall inched up`: the flow noun's total word after it."""
_SIDE_TOTAL = re.compile(r"\b(?:total|overall|combined|all)\b", re.IGNORECASE)
_TIME_WORDS = "|".join(name for name in MONTHS if len(name) > 3 or name == "may")
"""Month names (not three-letter abbreviations but `May`) in a time set off before a flow."""
_SIDE_OPENER = re.compile(r"\s*(?:(?:For|In|Over|During|Across|Between)\s+[^,.;]{0,40}?\b"
                          r"(?:(?i:" + _TIME_WORDS + r")|(?:19|20)\d\d|quarter|months?|year|"
                          r"period|half|weeks?|date)"
                          r"\b[^,.;]{0,20},\s+)?(?:(?:[A-Z][a-z-]+|[a-z][a-z-]+)\s+){0,2}?(?P<way>[Ii]mports|"
                          r"Exports|exports|(?:Import|Export)(?=\s+(?:spending|earnings|bills?|"
                          r"receipts|revenues?|payments)\b)|(?P<buys>[Pp]urchases)|"
                          r"(?P<sells>(?<![Dd]omestic )(?<![Ll]ocal )(?<![Rr]etail )(?<![Hh]ome )"
                          r"[Ss]ales(?!\s+(?:at\s+home|domestically|inside)\b)))\b|\s*(?P<bound>[Ii]nbound|[Oo]utbound|Arrivals)\b|"
                          r"\s*(?P<foreign>Purchases\s+of\s+foreign|Foreign\s+purchases|"
                          r"Sales\s+abroad|Foreign\s+sales|Overseas\s+sales)\b")
"""A side's whole flow: `Total crude imports`, a sentence opening `Imports averaged` (or its
goods first: `Natural rubber imports fell`; or a time set off before it: `For January-October,
exports rose`), `Inbound rare earths fell` or `Arrivals rose`; a country's purchases are its
imports (`Diesel purchases reached`, `Purchases of gas from abroad rose`), and its sales (not
those at home) its exports (`Crude oil sales rose`)."""


_PARAGRAPH_REACH = 1500
"""Characters before a sentence read for another country named in its paragraph."""
_WHEN_ASIDE = re.compile(r",\s+(?:when|as|after|before|while|with)\s")
"""After a figure: a clause set off about another time or event, or about its parts (`Imports
reached US$8.9 billion, with China supplying 30.9%`)."""
_OF_WHICH = re.compile(r"[^.;()]{0,40}?(?P<which>,\s+of\s+which)\s+[^.;()]{0,60}$",
                       re.IGNORECASE)
"""Between a whole and its part: `..., of which Arab producers provided`."""
_REGION_RECEIVES = re.compile(r"\b(?:to|into|for)\s+(?:the\s+)?$", re.IGNORECASE)
_REGION_SENDS_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
_REGION_TAKES = re.compile(r"\s+(?:took|takes|absorbed|absorbs|received|receives|bought|buys|"
                           r"imported|imports|purchased)\b")
_REGION_TAKES_AS_WHOLE = re.compile(r"\s+(?:(?:as\s+a\s+whole|together|overall)\s*,?\s*)?"
                                    r"(?:took|takes|absorbed|absorbs|received|receives|bought|"
                                    r"buys|purchased)\b", re.IGNORECASE)
"""After a region: taking a figure, the region taken whole (`Europe as a whole took 43%`)."""
_REGION_TAKEN_NOT_OURS = re.compile(
    r"\s*(?:more|less|fewer)\b|[^.;]{0,60}?\b(?:global|world|world['’]s|worldwide)\b",
    re.IGNORECASE)
"""After what a region takes: a figure more or less than another (`took 12% less coal`) or of
the world's goods (`absorbed 25% of global wheat imports`), which the paragraph's seller never
had."""
_CLAUSE_OPENING = re.compile(r"\s*(?:(?:while|whereas|and|but)\s+)?(?:the\s+)?", re.IGNORECASE)
"""Before a region: the opening of its clause, so that the region is the clause's subject."""
_REGION_SUPPLIES = re.compile(r"\s+(?:supplied|supplies|shipped|ships|sent|sends|exported|"
                              r"exports|provided|provides)\b")
"""Around a region: the side it stands on (`to Europe`, `Europe absorbed`; `from Asia`, `Asia
supplied`)."""
_ROW_NOUNS = (r"(?:deliveries|shipments|cargoes|supplies|purchases|intake|arrivals|figure|"
              r"figures|tally)")
"""Flow nouns a partner's row of a ranking takes (not `exports`, which may be its total)."""
_ROW_NOUN = re.compile(r"\b" + _ROW_NOUNS + r"\b", re.IGNORECASE)
_OWNED_ROW = re.compile(r"['’]s?\s+(?:[a-z-]+\s+)?" + _ROW_NOUNS + r"\b")
"""After a country: its row of a ranking (`South Africa's figure`, `Zimbabwe's deliveries`)."""


_NAMED_SIDE = re.compile(r"\s*(?:On|For|In)\s+the\s+(?P<way>imports?|exports?)\s+"
                         r"(?:side|front)\s*,", re.IGNORECASE)
"""A sentence opened by the way of its flows: `On the import side,`, `On the export front,`."""


_REGION_ROW = re.compile(r"(?:" + BLOC_NAME + r")\s+(?:as\s+a\s+whole\s+)?(?:with|on|at)\s+"
                         + hedge_pattern(True) + "$")
"""Before a figure: a region or bloc heading a row of a ranking (`followed by Europe with`,
`ahead of the EU on`)."""


def region_row(earlier: Claim, countries: list[CountryMention], floor: int) -> Parties | None:
    """The earlier figure's one-way flow without its partner (the country named last before it
    since `floor`, the sentence's start), whose place in the ranking a region takes; None when
    that partner is none of its sides."""
    partner = next((c.code for c in reversed(countries) if c.code and floor <= c.start
                    and c.end <= earlier.start), None)
    if partner is None or earlier.two_way or partner not in (earlier.exporter, earlier.importer):
        return None
    if partner == earlier.importer:
        return Parties(earlier.exporter, None, False)
    return Parties(None, earlier.importer, False)


_BLOC_LED = re.compile(r"(?:^|[,;:]\s*|\.\s+)(?:[Tt]he\s+)?(?:" + BLOC_NAME
                       + r")\s+(?:[a-z]+\s+)?$")
"""Before a buyer's verb: a bloc or region heading the first row of a list (`. Europe took`,
`, the EU bought`)."""
_AFTER_BLOC_ROW = re.compile(r"[^.;:%\d]{0,40}?(?:,|\band)\s+(?:the\s+)?$")
"""Between a bloc's figure and the next row's country: `of the kernels and`, `, `."""


def bloc_led(text: str, start: int, end: int, countries: list[CountryMention]) -> bool:
    """Whether the figure at `start` heads its row with a bloc bought from (`Europe took roughly
    30% of the kernels`): a bloc or region as the subject of a buyer's verb right before it, with
    no country between."""
    opening = max(0, start - 80)
    bought = sorted([*lexicon("flow", "import").regex.finditer(text, opening, start),
                     *lexicon("absorbing_goods").regex.finditer(text, opening, start)],
                    key=lambda m: m.start())  # (`the EU absorbed 31% of the crates`)
    return bool(bought) and _BLOC_LED.search(text, opening, bought[-1].start()) is not None \
        and not any(bought[-1].start() - 60 <= c.start < start for c in countries if c.code)


def bloc_led_row(text: str, earlier: Quantity, countries: list[CountryMention],
                 quantity: Quantity) -> CountryMention | None:
    """`Europe took roughly 30% of the kernels and the United States nearly 14%`: the country
    of a row after a bloc's (the bloc named as the subject of a buyer's verb), a buyer too."""
    row = next((c for c in reversed(countries) if c.code and c.form != "pronoun"
                and earlier.end <= c.start and c.end <= quantity.start), None)
    if row is None or row.possessive or \
            any(earlier.end <= c.start < row.start for c in countries) or \
            not re.fullmatch(hedge_pattern(True), text[row.end:quantity.start].lstrip()) or \
            not _AFTER_BLOC_ROW.fullmatch(text, earlier.end, row.start) or \
            not bloc_led(text, earlier.start, earlier.end, countries):
        return None
    return row


_OWNER_GAP = re.compile(r"(?:['’]s?)?(?:,\s+whose)?(?:\s+[a-z-]+){0,2}\s+")
"""Between the owner of a flow word and the word: `Saudi shipments`, `Saudi Arabia, whose
deliveries`, `its own wine sales`."""


def _words(name: str) -> str:
    """The words of a cue list of claim_cues.json as one alternation (`cue_regex`'s)."""
    return cue_regex(sorted(word_set(name))).pattern


@cache
def _world_scope() -> re.Pattern[str]:
    """In a ranking's role or a bloc's row: the world's suppliers, buyers or shipments, not one
    flow's (`among global suppliers`, `28% of global walnut shipments`)."""
    return re.compile(rf"\b(?:{_words('world_scope_words')})(?![\w'’])", re.IGNORECASE)


@cache
def _new_clause() -> re.Pattern[str]:
    """Where a sentence's next clause begins: a semicolon or colon, or a contrast
    (`ranked_among_stops`: `, while`, `but`, `whereas`); not a list's comma or `and`."""
    return re.compile(rf"[;:]|\b(?:{_words('ranked_among_stops')})(?![\w'’])", re.IGNORECASE)


@cache
def _sale_to() -> re.Pattern[str]:
    """A sale told by its buyer: a sale noun or verb, up to two words, then `to` or `for`
    (`shipments to India`, `exports of pepper to`, `cargoes for Japan`)."""
    return re.compile(rf"\b(?:{_words('passage_sale_nouns')})\s+(?:[\w-]+\s+){{0,2}}?"
                      rf"(?:to|for)\b", re.IGNORECASE)


@cache
def _rival_before() -> re.Pattern[str]:
    """Before a rival passed, replaced or set aside (`overtook Hong Kong as the largest market`,
    `market after Turkey`, `India, not Turkey,`): not the place a flow goes to."""
    return re.compile(rf"(?:\b(?:{_words('rival_before_words')})|(?:[,.;:]\s*|\A)"
                      rf"(?:{_words('rival_aside_words')}))\s+(?:the\s+)?$", re.IGNORECASE)


@cache
def _market_role() -> re.Pattern[str]:
    """After a possessive country: a buyer's role it owns (`'s biggest market`, `'s top wheat
    buyer`); group `rank` the words before the role."""
    return re.compile(rf"(?:['’]s?)?\s+(?P<rank>(?:[\w.-]+\s+){{0,3}}?)"
                      rf"(?:{_words('market_role_words')})\b", re.IGNORECASE)


@cache
def _market_named() -> re.Pattern[str]:
    """Closing the text before a place: a market or buyer role naming it (`the top market for
    Kenyan tea, Oman`), no sentence break or figure between."""
    return re.compile(_words("market_role_words") + r"[^.;:\d]{0,12}$", re.IGNORECASE)


def _ranked_role(words: str) -> bool:
    """Whether the words before a role rank it (`second-largest`, `top`): a destination among
    others, not a home market (`car market`)."""
    ranks = word_set("market_rank_words") | set(lexicon("ranked_among", "place").words)
    return any(w in ranks or re.search(r"est$", w) for w in re.split(r"[\s-]+", words.lower()))


@cache
def _sent_there() -> re.Pattern[str]:
    """Goods sold or sent `there` (`shipments there`, `sold there`)."""
    words = "|".join(sorted(word_set("sent_there_words"), key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\s+there\b", re.IGNORECASE)


@cache
def _ranked_among() -> re.Pattern[str]:
    """`second among China's crude suppliers`, `third among buyers`: a place among one side of
    a flow; `seller` or `buyer` names the side."""
    places = lexicon("ranked_among", "place").regex.pattern
    buyer = lexicon("ranked_among", "buyer").regex.pattern
    seller = lexicon("ranked_among", "seller").regex.pattern
    return re.compile(rf"\b(?:{places})\s+among\s+(?:[\w'’.-]+\s+){{0,3}}?"
                      rf"(?:(?P<buyer>{buyer})|(?P<seller>{seller}))\b", re.IGNORECASE)


_FLOW_NOUN = re.compile(r"\b(?:sales|purchases|exports?|imports?|shipments)\b", re.IGNORECASE)
"""A flow noun: after a sentence's opening flow, another flow the later figures are of (`Purchases
rose 30.8 percent and sales fell 18.1 percent`, `while export receipts rose`)."""


_TURN_ENDS = re.compile(r"\b(?:exports?|imports?|though|but|while|whereas)\b", re.IGNORECASE)
"""A flow noun of a way or a contrast between a turned figure and a later one: the later figure
is no longer of the turned flow (`..., though exports of dairy fell 10%`; not `and diesel sales
dwindled to just 10 tonnes` after `gasoline shipments going the other way`)."""


@cache
def _home_market() -> re.Pattern[str]:
    """A home-market place, agent or time of sales (`home_market_places`, `home_market_agents`,
    `home_market_times` of claim_cues.json: `at state bakeries`, `by retailers`, `during the
    wedding season`): sales at home, no exports."""
    def words(name: str) -> str:
        return "|".join(sorted((re.escape(w) for w in word_set(name)), key=len, reverse=True))
    return re.compile(rf"\bat\s+(?:[\w'-]+\s+){{0,3}}?(?:{words('home_market_places')})\b|"
                      rf"\bby\s+(?:[\w'-]+\s+)?(?:{words('home_market_agents')})\b|"
                      rf"\bduring\s+(?:the\s+)?(?:[\w'-]+\s+){{0,2}}?"
                      rf"(?:{words('home_market_times')})\b", re.IGNORECASE)


def _akin(goods: str, other: str) -> bool:
    """Whether two goods are of one family, neither a kind of the other (diesel and crude oil,
    not fuel oil and refined petroleum)."""
    mine, theirs = ancestors(goods), ancestors(other)
    return goods not in theirs and other not in mine and bool(set(mine) & set(theirs))


def _side_opener(text: str, start: int) -> re.Match[str] | None:
    """A side's whole flow the sentence at `start` opens on (`_SIDE_OPENER`), not sales at home
    (`Retail fuel sales rose`: no export) nor purchases of assets (`Land purchases rose`: no
    import)."""
    opener = _SIDE_OPENER.match(text, start)
    if opener is not None and opener["sells"] and lexicon("home_sales_words").search(
            text, opener.start(), opener.start("sells")):
        return None  # `Retail fuel sales rose`: sales at home, no exports
    if opener is not None and opener["buys"] and lexicon("asset_purchases").search(
            text, opener.start(), opener.start("buys")):
        return None  # `Share purchases by foreign funds reached $3 billion`: no goods
    return opener


def _opener_way(opener: re.Match[str] | None) -> str | None:
    """`import` or `export`: the way of a side's whole flow a sentence opens on."""
    if opener is None:
        return None
    if opener["foreign"]:  # `Purchases of foreign fish rose`: the country's imports
        return "import" if "purchases" in opener["foreign"].lower() else "export"
    if opener["buys"]:  # `Alumina purchases rose`: the country's imports
        return "import"
    if opener["sells"]:  # `Crude oil sales rose`: the country's exports
        return "export"
    if opener["way"]:
        return opener["way"].lower().removesuffix("s")
    return "import" if opener["bound"].lower() in ("inbound", "arrivals") else "export"


_WHOLE_FLOW = re.compile(r"\b(?:total|overall|combined|aggregate)\s+(?:[a-z-]+\s+){0,2}?"
                         r"(?P<way>exports|imports|outbound\s+shipments|inbound\s+shipments|"
                         r"shipments\s+abroad|overseas\s+sales|purchases|arrivals|receipts|"
                         r"intake)\b", re.IGNORECASE)
"""A side's flow to (or from) everyone, named with its total word (`Total outbound shipments`)."""
_WHOLE_TO = re.compile(r"\s+(?:to|from|into|across|over|through|with)\b", re.IGNORECASE)
_OTHER_WAY_OPENER = re.compile(r"(?:,\s*|\s)(?:while|whereas|and|but)\s+(?P<way>imports|"
                               r"exports)\b", re.IGNORECASE)
"""A clause opened by the other flow noun (`, while imports slipped ...`)."""
_WHOLE_ACROSS = re.compile(r"\s+(?:to|from|into|with|(?:across|through|via|over)\s+(?:the\s+)?"
                           r"(?:border|boundary|frontier|crossing|pipeline|bridge|strait|river)s?)\b",
                           re.IGNORECASE)
"""After a total flow noun: a partner or the border crossed (`total exports across the
border`), not a time (`Total exports over the four months`) nor a channel (`through the
auction`)."""
_ALL_PARTNERS_OPENER = re.compile(r"(?:across|to|for|from)\s+all\b", re.IGNORECASE)
"""A sentence opened by `Across all destinations, ...`: it sets the side for the whole sentence."""
OVERALL_OPENER = re.compile(r"(?:overall|in\s+all|in\s+total|all\s+told|altogether)\s*,",
                             re.IGNORECASE)
"""A sentence opened by `Overall, ...`: the total to (or from) everyone after a single route."""


_AFTER_FIGURE = re.compile(r"(?:\d|%|\b(?:tons|tonnes|barrels|bpd|million|billion|percent|"
                           r"cent|times|fold))[^,;\d]{0,20}(?P<comma>,)?\s+and\s+$", re.IGNORECASE)
"""`... to 783,400 tons and `: a figure's coordinate closing before the next one opens (or its
clause closed by a comma: `... totalled 3.1 million tons, and `)."""


def _closes_figure(text: str, start: int, end: int, *, comma: bool) -> bool:
    """Whether text[start:end] ends with a figure then `and` (`_AFTER_FIGURE`), with a comma
    between them or without one, as `comma` asks."""
    match = _AFTER_FIGURE.search(text, start, end)
    return match is not None and (match["comma"] is not None) == comma


_EACH_AFTER = re.compile(r"\s+(?:each|apiece)\b", re.IGNORECASE)
"""After a figure: each of several countries got (or gave) that much."""
_MANY_BUYERS = re.compile(r"\b(?:to|reached|reaching|among)\s+(?:(?:more\s+than|over|about|some|"
                          r"nearly|around|almost)\s+)?(?:\d{2,3}|twenty|thirty|forty|fifty|sixty|"
                          r"seventy|eighty|ninety|a\s+hundred)\s+(?:other\s+|foreign\s+)?"
                          r"(?:countries|markets|destinations|nations|economies)\b", re.IGNORECASE)
"""`to 57 countries`, `reached 119 countries`: the buyers of a flow counted, not named."""


_OF_BEFORE = re.compile(r"\bof\s+$", re.IGNORECASE)
"""`62% of total exports`: the whole a share is of."""


_LINK_WORDS = "after|as|while|when|but|of|to|from|with|by|in|on|for|at|than|its|their"
"""Words that end the run between a whole's word and its flow noun (`of the total after its
purchases grew`: the total is another figure's, the flow the buyer's)."""


_EARNED_AFTER = re.compile(r"\s+(?:has\s+|had\s+|have\s+)?(?:earned|earns)\b")
"""After a country named as a subject: the money it took in (`Kenya earned`)."""


@lru_cache(maxsize=1)
def _total_before() -> re.Pattern[str]:
    """Right before a flow noun: a word for its whole (`Total exports`, `overall Swiss
    exports`, `all nickel ore arrivals`), with up to three words (an owner, goods) between; an
    owner may be dotted initials (`total U.S. exports`)."""
    words = "|".join(re.escape(word) for word in lexicon("total_flow_words").words)
    return re.compile(rf"\b(?:{words})\s+(?:(?!(?:{_LINK_WORDS})\b)[\w'’-]+(?:(?:\.\w+)+\.?)?\s+)"
                      rf"{{0,3}}$",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _world_before() -> re.Pattern[str]:
    """Before a flow noun: a word for the world's whole (`global exports`, `worldwide
    shipments`), with up to three words between that `_only_goods_between` must find to be
    goods (`global car exports`)."""
    words = "|".join(re.escape(word) for word in lexicon("world_flow_words").words)
    return re.compile(rf"\b(?P<word>{words})(?P<gap>\s+(?:[\w'’-]+\s+){{0,3}})$", re.IGNORECASE)


_NAME_NEXT = re.compile(r"\s+[A-Z]")
"""After a capitalised world word: a capitalised word, so the two are a name (`The Global
Times`)."""


def _only_goods_between(text: str, whole: re.Match[str]) -> bool:
    """Whether the world word is no name's (`Global Times`) and the words between it and the
    flow noun, if any, are all goods (`global car exports`, not `Global coffee prices lifted
    exports`)."""
    if whole.group("word")[0].isupper() and _NAME_NEXT.match(text, whole.end("word")):
        return False
    at = whole.end("word")
    for mention in find_commodities(text, at, whole.end()):
        if text[at:mention.start].strip(" -"):
            return False
        at = mention.end
    return not text[at:whole.end()].strip(" -\n\t")


def earned_total(text: str, countries: list[CountryMention], start: int, at: int) -> bool:
    """`Kenya earned $668 million from tea exports`, `the country earned Ksh20 billion`: a
    country (or its pronoun) as the subject of an earning verb before the figure in its clause
    took the money in from everyone, unless its sentence names the buyer."""
    if not may_hold(text, start, at, ("earn",)):
        return False
    end = min(len(text), at + 160)
    stop = _SENTENCE_STOP.search(text, at, end)
    return any(start <= c.start and c.end < at and _EARNED_AFTER.match(text, c.end)
               for c in countries) and not any(
        c.code and c.cue in _PARTNER_CUES and c.start < at for c in countries) and \
        _BUYER_BY_ROLE.search(text, start, stop.start() if stop else end) is None


_SENTENCE_STOP = re.compile(r"[.;!?](?:\s|$)")
_BUYER_BY_ROLE = re.compile(r"\b(?:to|into)\s+(?:the|that|this|these|those)\s+(?:market|country|"
                            r"buyer|destination|customer|nation)s?\b|\b(?:to|into)\s+it\b",
                            re.IGNORECASE)
"""In an earning sentence: the buyer named by its role (`from tea sales to the market`), a
partner carried from before, so the money is not from everyone."""
_ROLE_OWNER = r"(?:(?:the|that|this|these|those|its|their|our|his|her)\s+)?(?:[\w-]+\s+){0,2}?"
_THERE = r"\bthere\b(?!\s+(?:is|are|was|were|has|have|had|will|would|may|might|could|seem|seems|" \
    r"seemed|remain|remains|remained|appear|appears|appeared)\b)"
_PARTNER_BY_ROLE = {
    "exporter": re.compile(_THERE + r"|\b(?:to|into)\s+(?:it\b|" + _ROLE_OWNER +
                           r"(?:market|country|buyer|destination|customer|client|nation|importer|"
                           r"partner|purchaser)s?\b)", re.IGNORECASE),
    "importer": re.compile(_THERE + r"|\bfrom\s+(?:it\b|" + _ROLE_OWNER +
                           r"(?:market|country|supplier|seller|source|origin|exporter|producer|"
                           r"partner|nation|vendor)s?\b)", re.IGNORECASE),
}
"""A clause's own pointer at the partner its side traded with, named by role or place (`to its
largest customer`, `to buyers there`, `from that market`), for the side that is known (the
exporter's goes to someone, the importer's comes from someone)."""


def total_flow(text: str, frame: Frame | None, floor: int) -> bool:
    """`Total exports still grew 4.8%`, `overall Swiss exports dipped one percent`: a flow noun
    its clause calls the whole, with no partner after it, is the total to (or from) everyone,
    so no other side is carried over from earlier flows or the headline. (`of total exports`
    is a share's base, not the flow's subject, and is left alone.)"""
    if frame is None or frame.kind not in ("export", "import") or frame.start <= floor:
        return False
    low = max(floor, frame.start - 60)
    if not may_hold(text, low, frame.start, lexicon("total_flow_words").words +
                    lexicon("world_flow_words").words):
        return False
    whole = _total_before().search(text, low, frame.start)
    if whole is None:
        whole = _world_before().search(text, low, frame.start)
        if whole is not None and not _only_goods_between(text, whole):
            return False
    return whole is not None and not _PARTNER_AFTER.match(text, frame.end) and not \
        _OF_BEFORE.search(text, max(floor, whole.start() - 4), whole.start())
_RIVAL_OWNED = re.compile(r"['’]s?\s+(?:(?:about|around|roughly|nearly|some|just|only|almost)\s+)?")
_RIVAL_BEFORE = re.compile(r"\b(?:ahead\s+of|behind|past|passing|overtaking|outstripping|beating|"
                           r"compared\s+(?:with|to)|against|versus|vs\.?|than)\s+(?:the\s+)?$",
                           re.IGNORECASE)
"""Before a possessive country and its figure: a comparison with a rival (`edging past
Kuwait's`)."""
_GAPPED_ROW = re.compile(r"['’]s?\s+(?:(?P<verb>[a-z]+)\s+)??(?:(?:to|at|by)\s+)?"
                         r"(?:(?:about|around|roughly|nearly|some|just|only|almost|over|under|slightly\s+over|"
                         r"more\s+than|less\s+than)\s+)?", re.IGNORECASE)
"""After a possessive country: the rest of a row whose flow noun is left out, up to its figure
(`and Turkey's to 492,000 tons`, `while Vietnam's rose 24 per cent`, `Kuwait's US$5.3
billion`); the verb, if any, must be one of `_ROW_VERBS` or a change cue."""
_ROW_JOINED = re.compile(r"(?:[,;]|\band|\bwhile|\bwhereas|\bbut)\s+(?:the\s+)?$", re.IGNORECASE)
"""Before a gapped row's possessive: the joint to the row before it (`, Oman's`, `and
Turkey's`, `while Russia's`)."""
_PAIRED_OWNER = re.compile(r"['’]s?\s+and\s+(?:the\s+)?$")
"""Before a possessive country: another joined to it by `and` (`Pakistan's and`)."""
_ROW_VERBS = frozenset({"was", "were", "is", "are", "stood", "came", "reached", "hit",
                        "totalled", "totaled", "amounted", "stayed", "remained"})
"""Verbs of a level that a gapped row may keep (`Russia's was 14%`, `Qatar's came to`)."""
_AND_VERB = re.compile(r",?\s+and\s+(?:then\s+)?(?:[a-z]+ly\s+)?(?:[a-z]+ed|sold|sent|"
                       r"sells|ships|exports)\b")
"""A second verb joined after a figure (`and shipped`, `and sold`): a clause of its own."""
_OWNS_FRAME = re.compile(r"['’]s?\s+(?:[a-z-]+\s+){0,3}")
"""Between a possessive country and the flow noun it owns (`Iran's seaborne oil exports`)."""
_PARTICIPLE_CLAUSE = re.compile(r"[\s,]*(?!(?:during|according|including|excluding|following|"
                                r"notwithstanding|regarding|concerning)\b)[a-z]+ing\b")
"""A clause opening on a participle (`plunging 74 percent to $10 million`)."""
_SUBJECT_REACH = 40
"""Characters from the start of a sentence that hold its subject (`Goods moving the other
way`)."""


_OF_THE_WHOLE = re.compile(r"\s+of\s+(?:(?:the|all\s+the)\s+)?"
                           r"(?:(?!(?:to|from|into|and|but|while|for)\s)[\w.,-]+\s+){0,6}?")
"""After a part: the whole it is of, up to the country that bought it (`of the 11 million
tonnes of methanol `, `of the methanol `; not past a partner or a new clause: `200 million
tonnes of coal to China and Russia shipped ...` is no part of what Russia shipped)."""
_AUXILIARY = re.compile(r"\s+(?:had\s+|has\s+)?")
_PART_OF_THE = re.compile(r"(?:\d(?:\s*(?:%|[A-Za-z]+\b)){0,3}|"
                          r"\b(?:half|thirds?|quarters?|fifths?))\s+(?:out\s+)?of\s+(?:(?:the|all\s+the)\s+)?$")
"""Right before a whole: the part just counted and `of the` (`49% of the`, `4.7 MMT of the`)."""
_WHOLE_REACH = 60
"""Characters after a part's figure in which its whole's owner is looked for."""
_WHOLE_RELATIVE = re.compile(r"(?:\s+(?!(?:to|from|into|by|for|while|but|with|in)\s)"
                             r"[\w.-]+){0,5}?\s+(?:(?:that|which)\s+)?(?:the\s+)?$")
"""After a whole: its goods, then (after `that`) the country whose flow it was (`of the 18
million tonnes of pulp that Brazil exported`)."""
_BLOC = re.compile(BLOC_NAME)
"""A bloc owning a whole (`the EU imported`): that side stays empty."""
_OR_RESTATED = re.compile(r",\s+or\s+(?:(?:about|around|roughly|nearly|some|almost|just)\s+)?$")
"""Before a figure that restates the one before (`..., or 30 per cent`)."""
_PART_THEN_WHOLE = re.compile(r"\s+(?:out\s+)?of\s+(?:(?:the|all\s+the)\s+)?")
"""Between a part's figure and its whole's (`35,092 tonnes of the 117,502 tonnes`)."""
_OPENING_OF_THE = re.compile(r"[:;]\s*[Oo]f\s+(?:the|all\s+the)\s+$")
"""A clause opening on the whole its parts come after (`...: of the 13,500 tons exported`)."""
_WHOLE_PARTICIPLE = re.compile(r"(?:\s+(?!(?:to|from|into|by|for|while|but|with|in|that|which)"
                               r"\s)[\w.-]+){0,4}?\s+(?P<verb>exported|shipped|sold|imported|"
                               r"bought|purchased|brought\s+in)\b(?!\s+(?:by|to|from)\b)")
"""After a whole: its goods, then a bare participle of one way (`of green coffee shipped`)."""
_WHOLE_FLOW_ON = re.compile(r"[^.;,]*?\b(?:to|from|into)\s+(?:the\s+)?$")
"""After a whole's verb: the way on to a named partner (`imported from Brazil`), so the
whole is no flow with everyone."""
_OF_THE_BEFORE = re.compile(r"\bof\s+(?:the|all\s+the)\s+$")
"""Before a figure: it is the whole another figure was part of."""


_THE_DEAL = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[a-z]+\s+)?(?:deal|agreement|contract|"
                       r"accord)\b")
"""A deal referred back to: the purchase or sale the paragraph stated (not a two-way trade)."""

_OF_THE_FLOW = re.compile(r"\s+of\s+(?:the|its|their|all(?:\s+the)?)\s+(?:[\w-]+\s+){0,2}?$",
                          re.IGNORECASE)
"""Between a share and the flow word naming its whole: `63% of the exports`, `of its crude
imports`."""


def _whole_side(text: str, quantity: Quantity) -> FrameKind | None:
    """`export` or `import` when a share names its whole as that flow right after it (`63% of
    the exports`); else None."""
    if not text.startswith(" of ", quantity.end):
        return None  # (a cheap look first)
    frame = find_frame(text, quantity.end, min(len(text), quantity.end + 40), quantity.end)
    if frame is None or frame.kind not in ("export", "import") or \
            not _OF_THE_FLOW.fullmatch(text, quantity.end, frame.start):
        return None
    return frame.kind


_COUNTER_VERB = re.compile(COUNTER_JOIN_WORDS + r"(?P<verb>[a-z]+)\b")
"""`... and bought`: a second verb joined to the first with no subject of its own."""


def counter_coordinate(text: str, quantity: Quantity, reach: tuple[int, int]) -> int | None:
    """Where a coordinate with a buying or selling verb the other way from the figure's own
    starts (`Chile sold goods worth $74 million to Peru and bought $50 million of Peruvian
    goods`: at ` and bought`), when the figure's verb comes before it in `reach`; else None."""
    own = find_frame(text, reach[0], quantity.start, quantity.start)
    if own is None or own.kind not in ("export", "import") or \
            text[own.start:own.end].lower() not in word_set("buying_selling_verbs"):
        return None
    join = _COUNTER_VERB.search(text, quantity.end, reach[1])
    if join is None or join["verb"] not in word_set("buying_selling_verbs"):
        return None
    verb = find_frame(text, join.start("verb"), join.end("verb"), join.start("verb"))
    if verb is None or verb.kind not in ("export", "import") or verb.kind == own.kind:
        return None
    if QUANTITY_BREAK.search(text, quantity.end, join.start()):
        return None  # (a break of its own between: the join is of a later clause)
    return join.start()


def _hedged_side_open(text: str, quantity: Quantity, parties: Parties, ctx: Context,
                      hedged: Context) -> Parties:
    """`Malaysia exported $1.8 billion of panels, mostly to the US` after `US tariffs`: the side
    whose main partner the hedge dropped is everyone, not a country named before the sentence
    (one the sentence still names otherwise keeps it). A hedged place inside the country kept
    (`mostly to California` after `exports to the US`, `mostly to Pakistani blenders`), or
    `there` after the figure (`shipped 200,000 tonnes there, mostly to Karachi`), keeps it."""
    if parties.two_way or len(hedged.countries) == len(ctx.countries):
        return parties
    named = {c.code for c in hedged.countries}
    dropped = [c for c in ctx.countries if c not in hedged.countries]
    if dropped and _THERE_AFTER.search(text, quantity.end, max(quantity.end, dropped[0].start)):
        return parties  # (`there`: the partner named before is the figure's own)

    def opens(side: str | None, cues: Collection[str]) -> bool:
        hedged_here = [c for c in dropped if c.cue in cues]
        return bool(side and side not in named and hedged_here) and not any(
            c.code == side and c.form in ("region", "demonym") for c in hedged_here)

    if opens(parties.importer, _DESTINATION_CUES):
        parties = Parties(parties.exporter, None, False)
    if opens(parties.exporter, ("from",)):
        parties = Parties(None, parties.importer, False)
    return parties


_THERE_AFTER = re.compile(_THERE, re.IGNORECASE)
"""`there` as a place (not `there were`): the partner named before."""


def _owning_demonym(text: str, mention: CountryMention, ctx: Context) -> bool:
    """A demonym that owns the exports after it as a possessive does (`Turkish exports of
    precious metals soared`, `Russian coal exports reached`); the caller checks the demonym's
    country is the seller. Not imports (`Russian oil imports` name the goods' origin), nor
    exports the sentence makes a part of a whole told before (`Iranian exports made up 9,000
    tons of the total`: the seller's side of the pair's trade)."""
    return mention.form == "demonym" and not mention.possessive and \
        _DEMONYM_EXPORTS.match(text, mention.end) is not None and \
        _PART_OF_WHOLE.search(text, mention.end, ctx.span[1]) is None


_DEMONYM_EXPORTS = re.compile(r"\s+(?:[\w-]+\s+){0,2}?exports\b", re.IGNORECASE)
"""After a demonym: exports it owns (`Russian exports`, `Russian coal exports`)."""
_PART_OF_WHOLE = re.compile(r"\b(?:made\s+up|makes?\s+up|making\s+up|accounted\s+for|"
                            r"accounts?\s+for|accounting\s+for|of\s+the\s+total|of\s+that"
                            r"(?!\s+(?:year|month|quarter|week|day|period|season|time)\b))\b",
                            re.IGNORECASE)
"""A figure told as a part of a whole (`made up 9,000 tons of the total`, `accounting for $54
million of that`)."""


def without_transit_country(text: str, ctx: Context, parties: Parties) -> Parties:
    """`parties` without a side its sentence names only as a country a transit flow crosses
    (`Transit of Russian cargo through Azerbaijan rose 98 percent`, `Kazakh grain across Latvia
    in transit`): a country behind `through`, `across` or `via` in a sentence about transit is
    neither the seller nor the buyer of the goods (`_TRANSIT_ROUTE_CUES`)."""
    if parties.two_way or not (parties.exporter or parties.importer) or not may_hold(
            text, ctx.span[0], ctx.span[1], ("transit", "transship", "trans-ship")) or \
            _TRANSIT.search(text, *ctx.span) is None:
        return parties
    crossed = {c.code for c in ctx.countries if _crossed(text, c)}
    crossed |= crossed_before(text, ctx)
    crossed -= {c.code for c in ctx.countries if not _crossed(text, c)}
    if not crossed:
        return parties
    return Parties(None if parties.exporter in crossed else parties.exporter,
                   None if parties.importer in crossed else parties.importer, False)


def crossed_before(text: str, ctx: Context) -> set[str]:
    """The countries the paragraph named before the sentence only as ones its goods cross
    (behind `through`, `across` or `via`): in a later sentence on the same transit (`Transit
    of Kazakh grain through Lithuania rose 30%. Wheat transit doubled`) they are no side."""
    paragraph = text.rfind("\n", 0, ctx.span[0]) + 1
    earlier = find_countries(text, paragraph, ctx.span[0])
    crossed = {c.code for c in earlier if c.code and _crossed(text, c) and (
        c.cue != "across" or _TRANSIT.search(text, *_sentence_around(text, c.start)))}
    return crossed - {c.code for c in earlier if not _crossed(text, c)}


def _sentence_around(text: str, at: int) -> tuple[int, int]:
    """The span of the sentence (of its paragraph) that holds `at`: `across` crosses a country
    only in a sentence about transit (`diesel sold across Pakistan` is sold all over it)."""
    start = max(text.rfind("\n", 0, at), *(text.rfind(m, 0, at) for m in (". ", "? ", "! ")))
    ends = [e for e in (text.find(m, at) for m in ("\n", ". ", "? ", "! ")) if e >= 0]
    return start + 1, min(ends, default=len(text))


def _crossed(text: str, mention: CountryMention) -> bool:
    """Whether `mention` is named as a country goods cross: behind `through`, `across` or
    `via`, or as what a crossing verb crosses (`crossed Estonia in transit`)."""
    return mention.cue in _TRANSIT_ROUTE_CUES or _CROSSING_VERB.search(
        text, max(0, mention.start - 20), mention.start) is not None


def nearest_destination(text: str, quantity: Quantity, ctx: Context,
                        parties: Parties) -> Parties:
    """`Sales to Ghana rose 8% to 9,000 tonnes and to Togo 3% to 4,100 tonnes`: of the
    destinations its sentence names behind `to` before a figure, the last one, with no other
    country between it and the figure, is its buyer, not an earlier one in the same run."""
    if parties.two_way or parties.joint or parties.importer is None:
        return parties
    before = [c for c in ctx.countries if c.code and c.end <= quantity.start]
    if not before or before[-1].cue != "to" or quantity.start - before[-1].end > _ROW_REACH:
        return parties
    last = before[-1]
    if last.possessive or _UNSENT_TO.search(text, max(0, last.start - 60), last.start):
        return parties  # (`second only to Peru`, `thanks to Chile's curbs`: no destination)
    if last.code in (parties.importer, parties.exporter) or not any(
            c.cue == "to" and c.code == parties.importer for c in before[:-1]):
        return parties
    if _ROW_BREAK.search(text, last.end, quantity.start):
        return parties
    return Parties(parties.exporter, last.code, False)


def part_sent_to(text: str, quantity: Quantity, ctx: Context, parties: Parties) -> Parties:
    """`about 60% of which went to Chile`, `Some 40% of the total, or $2 billion, went to
    Peru`: a figure that is the subject of `went to` (`go`, `goes`, `were` or `was` `shipped`,
    `sent`, `exported` or `sold` to, a `mostly`, `mainly` or `largely` before or after the verb)
    a country after it in its sentence, with only what it is part of and an aside between, has
    that country as its buyer when none was read. Not a part of money earned (`of its copper
    revenue`: takings, no goods) nor one that went there to pay a debt (`went to Peru to repay
    loans`: a creditor, no buyer)."""
    if parties.two_way or parties.joint or parties.importer is not None:
        return parties
    went = None
    after = None
    for country in ctx.countries:
        if country.start >= quantity.end and country.code:
            went = _PART_WENT.fullmatch(text, quantity.end, name_start(text, country.start))
            if went is not None:
                after = country
                break
    if went is None or after is None or after.code == parties.exporter or \
            _LISTED_NEXT.match(text, after.end) or _PAID_OFF.match(text, after.end) or \
            _EARNED_PART.search(text, quantity.end, went.start("went")) or \
            (_APPOSED_SUM.search(text, max(ctx.span[0], quantity.start - 20), quantity.start)
             and _EARNED_PART.search(text, max(ctx.span[0], quantity.start - 80),
                                     quantity.start)):
        return parties  # (`went to Peru, Chile and other markets`: several buyers)
    return Parties(parties.exporter, after.code, False)


def cost_payer(text: str, quantity: Quantity, ctx: Context, parties: Parties) -> Parties:
    """`Wheat imports cost Senegal $410 million`, `..., costing Malawi $88 million`: the country
    right after `cost` and right before the sum (hedges only between) is who paid it, the buyer
    of the goods the sentence has it buy: the goods bought are what `cost` (a buying word right
    before `cost`, or anywhere before `costing`), not goods a charge was laid on (`duties on
    rice imports cost`). A sum a country loses with no purchase named (`Sanctions cost Venezuela
    $30 billion`) or lost (`$2 billion in lost sales`, `of revenue`) is no purchase."""
    if parties.two_way or parties.joint or parties.importer is not None:
        return parties
    payer = next((c for c in reversed(ctx.countries) if c.code and c.end <= quantity.start and
                  _COST_BEFORE.search(text, max(ctx.span[0], c.start - 12), c.start)), None)
    if payer is None or payer.code == parties.exporter or payer.possessive or \
            _COST_GAP.fullmatch(text, payer.end, quantity.start) is None or \
            _LOST_AFTER.match(text, quantity.end):
        return parties
    verb = _COST_BEFORE.search(text, max(ctx.span[0], payer.start - 12), payer.start)
    assert verb is not None
    if verb["verb"].lower() == "costing":
        bought = _BOUGHT_WORD.search(text, ctx.span[0], verb.start())
    else:
        bought = _BOUGHT_COSTS.search(text, ctx.span[0], verb.start())
    if bought is None or _LAID_ON.search(text, max(ctx.span[0], bought.start() - 60),
                                         bought.start()):
        return parties
    return Parties(parties.exporter, payer.code, False)


class FlowReader(ListingReader, FlowHistory):
    """The party rules of the claim reader: what the sentence states, completed from the
    paragraph's flows, rows of lists, the source's country and the headline."""

    def parties(self, quantity: Quantity, kind: Kind, clause: tuple[int, int],
                ctx: Context, earlier: Claim | None, commodity: str | None = None) -> Parties:
        """A figure's exporter and importer: as its sentence and paragraph read (`read_all`),
        then checked against a `respectively` list it belongs to and a way its sentence opens
        on."""
        parties = self.read_all(quantity, kind, clause, ctx, earlier, commodity)
        parties = without_transit_country(self.text, ctx, parties)
        parties = self.own_item_side(parties, ctx, quantity)
        parties = without_group_side(self.text, quantity, ctx, parties)
        parties = without_group_taker(self.text, quantity, ctx, parties)
        parties = without_paired_buyers(self.text, quantity, ctx, parties)
        parties = without_listed_partners(self.text, ctx, clause, parties)
        parties = without_region_row_buyer(self.text, quantity, ctx, parties)
        parties = without_other_buyers(self.text, ctx, parties)
        parties = without_region_destination(self.text, quantity, clause, ctx, parties)
        parties = mirrored_halves(self.text, quantity, ctx, parties, self.pair_traded_before)
        parties = those_partner(self.text, quantity, clause, ctx, parties)
        parties = nearest_destination(self.text, quantity, ctx, parties)
        parties = part_sent_to(self.text, quantity, ctx, parties)
        parties = cost_payer(self.text, quantity, ctx, parties)
        parties = self.on_named_side(parties, ctx)
        return self.paragraph_seller(parties, quantity, kind, clause, ctx)

    def paragraph_seller(self, parties: Parties, quantity: Quantity, kind: Kind,
                         clause: tuple[int, int], ctx: Context) -> Parties:
        """`Kenya's tea exports fell 33%. Exports to Egypt slid 55%, while Russia's intake
        shrank 66%`: a flow whose clause names only its buyer, after a paragraph whose flows all
        have one and the same seller (and that seller buying nothing), is that seller's too,
        however many sentences back it was named; a clause naming another country or a source
        that is no country (`Turkey's purchases from other suppliers`, `imports from the EU`,
        `_FROM_PLACE`), a flow of production or trade both ways, and a paragraph with two
        sellers are left alone."""
        if kind not in ("level", "change") or parties.two_way or parties.joint or \
                parties.exporter is not None:
            return parties
        if any(c.code and c.code != parties.importer and c.form != "pronoun"
               and clause[0] <= c.start < clause[1] and (
                   parties.importer is None or c.cue in ("from", "of", "with") or (
                       c.form == "demonym" and not c.possessive))
               for c in ctx.countries):
            return parties  # (other buyers of a ranking row, `then Egypt with 25 million, the
            # UAE with 24.7 million`, are no seller; a source, `from Chile`, is)
        if _FROM_PLACE.search(self.text, *clause):
            return parties  # (a source with no code, `from the EU`, is the seller too)
        frame = find_frame(self.text, *clause, quantity.start)
        if frame is not None and frame.kind not in ("export", "import"):
            return parties
        if parties.importer is not None and (_FROM_EVERYWHERE.search(self.text, *clause) or (
                self.owner_flow(quantity, clause, ctx, parties) and not any(
                    c.code and c.code != parties.importer and c.form != "pronoun"
                    for c in ctx.countries))):
            return parties  # (`Brazil's imports of fertilizers rose`, `bought 8% more tea
            # from overseas`: the buyer's own total, from every seller)
        if parties.importer is None and (frame is None or frame.kind != "export" or any(
                c.code and c.form != "pronoun" for c in ctx.countries)):
            return parties  # (`Deliveries to Europe fell`: a sale naming no country goes on)
        told = [c for c in self.paragraph_history() if c.start < quantity.start]
        seller = _one_seller(told, parties.importer)
        if seller is None or (parties.importer is not None and any(
                c.importer == parties.importer for c in told if c.sentence_end <= ctx.span[0])):
            return parties  # (`India's imports rose 9%` after Russia's oil to India: its total)
        if not any(c.importer is None for c in told if c.exporter == seller) and len(
                {c.importer for c in told if c.exporter == seller}) < 2:
            return parties  # (`China bought plastics from Japan. Thailand's imports tripled`:
            # a paragraph on one buyer's sources, not on the seller's sales)
        return Parties(seller, parties.importer, False)

    def article_seller(self, quantity: Quantity, buyer: str | None = None) -> str | None:
        """The article's one seller before `quantity`: the seller of every flow told so far that
        names one, when they all name the same, none went both ways, and it bought none of them
        (nor is it `buyer`); else None."""
        return _one_seller([c for c in self.history if c.start < quantity.start], buyer)

    def beyond_article_seller(self, ctx: Context, keep: Collection[str]) -> bool:
        """Whether a sentence tells flows beyond the article's one seller's sales: the world's,
        a bloc's, a home market's or goods in transit (`world_scope_words`,
        `passage_seller_stops`: `Global output rose 3%`, `Retail sales rose 3%`, `Re-exports
        rose 9%`, `_VIA_PLACE`), a country other than `keep` as an owner, a seller or a place
        (`Peru's farmers`, `Colombian growers`, `sales in Britain`, `_OTHER_COUNTRY_CUES`; not a
        buyer, `Japan took 54%`), sellers by their kind (`by South American producers`,
        `passage_other_sellers`), or a region, or its people, that is no place a sale goes to
        (`Europe took 12% less coal`, `European buyers took`, not `shipments to Asia`)."""
        text, (start, end) = self.text, ctx.span
        if cue_regex(sorted(word_set("world_scope_words") | word_set("passage_seller_stops"))
                     ).search(text, start, end) or _VIA_PLACE.search(text, start, end) or \
                _other_sellers().search(text, start, end):
            return True
        if any(c.code and c.code not in keep and c.form != "pronoun" and (
                c.possessive or c.cue in _OTHER_COUNTRY_CUES or (
                    c.form == "demonym" and _seller_after().match(text, c.end)) or (
                    c.cue == "in" and _HOME_SALES_IN.search(text, max(start, c.start - 40),
                                                            c.start)))
               for c in ctx.countries):
            return True  # (not a country the figure goes to, `Japan took 54%`, `on U.S. demand`)
        return any(not _TO_PLACE.search(text, max(start, m.start() - 12), m.start())
                   for pattern in (REGION, _REGION_PEOPLE)
                   for m in pattern.finditer(text, start, end))

    def passage_seller(self, parties: Parties, quantity: Quantity, kind: Kind,
                       ctx: Context) -> Parties:
        """`Kenya's tea exports fell 12% in 2023.` ... `By volume, the drop was 4%`: a figure
        left with neither side, in an article whose flows so far all had one seller
        (`article_seller`), is that seller's too, however many paragraphs back it was named;
        not a figure of a sentence naming the seller itself (`Coffee sales in Vietnam rose 6%`,
        `The Chinese market grew`: its reading gave it no side, so its home market) or telling
        flows beyond the seller's sales (`beyond_article_seller`: `Peru's farmers`, `Global
        output rose 3%`, `EU imports fell`, `Europe took 12% less coal`)."""
        if kind not in ("level", "change", "share") or parties.two_way or parties.joint or \
                not parties.empty:
            return parties
        seller = self.article_seller(quantity)
        if seller is None or any(c.code == seller for c in ctx.countries) or \
                self.beyond_article_seller(ctx, ()):
            return parties
        return Parties(seller, None, False)

    def article_seller_of_sale(self, parties: Parties, quantity: Quantity, kind: Kind,
                               ctx: Context) -> Parties:
        """`Vietnam's pepper exports rose 9% in May.` ... `Shipments to India slid 12%`: a sale
        its own clause (`_new_clause`) tells by its buyer only (`sales to`, `shipments to`,
        `exports for`, `passage_sale_nouns`), in an article whose flows so far all had one
        seller (`article_seller`), is that seller's, however many paragraphs back it was named;
        not in a sentence that also tells purchases or a source (`passage_purchase_words`:
        `imports`, `bought`, `from`), the buyer's total intake (`Germany's total intake`,
        `_BUYER_TOTAL`), or flows beyond the seller's sales (`beyond_article_seller`: the
        world's, a region's, another seller's, `by South American producers`)."""
        if kind not in ("level", "change", "share") or parties.two_way or parties.joint or \
                parties.exporter is not None or parties.importer is None:
            return parties
        text = self.text
        own = max((m.end() for m in _new_clause().finditer(text, ctx.span[0], quantity.start)),
                  default=ctx.span[0])  # (the figure's own clause: not `Sales to Poland rose
        # 11%, while Germany's intake rose 4%`)
        if _sale_to().search(text, own, quantity.start) is None or \
                cue_regex(sorted(word_set("passage_purchase_words"))).search(text, *ctx.span):
            return parties
        if any(c.code == parties.importer and c.possessive and _BUYER_TOTAL.match(text, c.end)
               for c in ctx.countries):
            return parties  # (`Germany's total intake rose 4%`: from every supplier)
        seller = self.article_seller(quantity, parties.importer)
        if seller is None or self.beyond_article_seller(ctx, {
                seller, parties.importer, *(c.code for c in ctx.countries
                                            if c.code and c.cue in ("to", "for", "into"))}):
            return parties
        return Parties(seller, parties.importer, False)

    def named_whole_flow(self, ctx: Context, quantity: Quantity) -> list[Claim]:
        """`Traders exported 1,128 GWh and imported 189 GWh. Finland took 63% of the exports`:
        a share of a whole named as exports (or imports) is of the paragraph's last one-sided
        flow that way, not of its last flow; none when the share names no such whole or the
        paragraph has no such flow."""
        text = self.text
        side = _whole_side(text, quantity)
        if side is None:
            return []
        for claim in reversed(self.history):
            if claim.sentence_end > ctx.sentence.start or claim.kind not in ("level", "change"):
                continue
            if "\n" in text[claim.sentence_end:ctx.sentence.start]:
                return []
            if not claim.two_way and (claim.exporter is None) != (claim.importer is None) and \
                    (claim.exporter is not None) == (side == "export"):
                return [claim]
        return []

    def on_named_side(self, parties: Parties, ctx: Context) -> Parties:
        """`On the import side, fuels took 21.5 percent of the bill` after the country's
        exports: a sentence that opens by naming the way of its flows, and names no country of
        its own, is the paragraph's country's flow that way; the country carried over from a
        flow the other way changes side."""
        opener = _NAMED_SIDE.match(self.text, ctx.span[0])
        if opener is None or parties.two_way or (parties.exporter is None) == (
                parties.importer is None) or any(
                c.code and c.form != "pronoun" for c in ctx.countries):
            return parties
        if opener["way"].lower().startswith("import") and parties.exporter:
            return Parties(None, parties.exporter, False)
        if opener["way"].lower().startswith("export") and parties.importer:
            return Parties(parties.importer, None, False)
        return parties

    def read_all(self, quantity: Quantity, kind: Kind, clause: tuple[int, int],
                 ctx: Context, earlier: Claim | None, commodity: str | None = None) -> Parties:
        """The figure's sides from every reading in turn (its flow, a side kept from before, a
        possessive rival, ...), before `parties` puts a listed row's own item in place."""
        hedged = self.without_main_partners(ctx, quantity)
        parties = self.read_unhedged(quantity, kind, clause, hedged, earlier, commodity)
        return _hedged_side_open(self.text, quantity, parties, ctx, hedged)

    def read_unhedged(self, quantity: Quantity, kind: Kind, clause: tuple[int, int],
                      ctx: Context, earlier: Claim | None, commodity: str | None = None
                      ) -> Parties:
        """`read_all` over the sentence without its main partners."""
        parties = self.read_flow(quantity, kind, clause, ctx, earlier, commodity)
        parties = self.side_kept(parties, quantity, clause, ctx) or parties
        whole = self.whole_after_part(quantity, kind, clause, ctx, parties)
        if whole is not None:
            return whole
        rival = self.possessive_rival(quantity, kind, ctx)
        if rival is not None:
            return rival
        row = self.gapped_row(quantity, ctx)
        if row is not None:
            return row
        if parties.importer and not parties.two_way and (_BLOC_RECEIVER.search(
                self.text, ctx.span[0], clause[1]) or _region_receiver(
                self.text, ctx.span[0], clause[1]) or self.bloc_took(ctx, quantity)) and not any(
                c.code == parties.importer and clause[0] <= c.start < clause[1]
                for c in ctx.countries):
            # `EU imports of Russian LNG reached 20 bcm`: a bloc has no country code, and no
            # member or other country named elsewhere stands in for it
            return Parties(parties.exporter, None, False)
        if parties.exporter and not parties.two_way and _BLOC_SENDER.search(
                self.text, clause[0], clause[1]) and not any(
                c.code == parties.exporter and clause[0] <= c.start < clause[1]
                for c in ctx.countries):
            return Parties(None, parties.importer, False)  # (`imports from the EU`: the same)
        if parties.exporter and parties.importer and not parties.two_way and kind in (
                "level", "change"):
            own = find_frame(self.text, *clause, quantity.start)
            # (a country named only after a second verb joined on is that verb's side: `pumped
            # 505,000 bpd in 2012 and shipped a third of that to the United States`)
            joined = _AND_VERB.search(self.text, quantity.end, ctx.span[1])
            named = {c.code for c in ctx.countries if joined is None or c.start < joined.start()}
            if own is not None and own.kind == "production" and parties.importer in named and \
                    parties.exporter not in named:
                # `Local output in Egypt rose 3%` after Russia's wheat to Egypt: the named
                # country's own production
                return Parties(parties.importer, None, False)
            if own is not None and own.kind == "production" and parties.importer not in named:
                # `The group cut its production forecast to 6.5 million tonnes` after `Chinese
                # alloy makers bought less ore`: output has no buyer the sentence does not name
                # (`Local output` is the buyer's own)
                made = _HOME_MADE.search(self.text, clause[0], quantity.start)
                home = made is not None and made.group().lower().startswith(
                    ("domestic", "home", "local"))  # (`national output` is the seller's)
                return Parties(parties.importer if home else parties.exporter, None, False)
        produced = self.buyer_production(quantity, kind, clause, ctx, parties, earlier)
        if produced is not None:
            return produced
        own_flow = self.home_flow(quantity, kind, clause, ctx, parties)
        if own_flow is not None:
            return own_flow
        buyer = self.whole_buyer(quantity, clause, ctx)
        if buyer is not None and kind == "level" and not parties.two_way and \
                buyer.code not in (parties.exporter, parties.importer):
            if _OF_THE_BEFORE.search(self.text, max(clause[0], quantity.start - 12),
                                     quantity.start):
                # `Iran supplied 3.5 million tonnes of the 11 million tonnes of methanol China
                # imported`: the whole is the buyer's imports from everyone
                return Parties(None, buyer.code, False)
            # `Iran supplied roughly 5.2 million tons of the methanol China imported last year`
            return Parties(parties.exporter, buyer.code, False)
        seller = self.whole_buyer(quantity, clause, ctx, "export") if kind == "level" and \
            buyer is None and not parties.two_way and parties.importer else None
        if seller is not None and seller.code != parties.importer and not _OF_THE_BEFORE.search(
                self.text, max(clause[0], quantity.start - 12), quantity.start):
            # `The US took 35,092 tonnes of the 117,502 tonnes of beef Australia exported`: the
            # part's seller is the whole's
            return Parties(seller.code, parties.importer, False)
        total = (_OWN_TOTAL_FLOW.search(self.text, clause[0], quantity.start) or
                 _TOTAL_AFTER_FLOW.search(self.text, clause[0], quantity.start) or
                 self.owner_flow(quantity, clause, ctx, parties)) if kind in (
            "level", "change") and not parties.two_way else None
        if total is None and kind in ("level", "change") and not parties.two_way and \
                parties.exporter and parties.importer:
            whole = self.whole_flow(quantity, clause, ctx, parties)
            if whole is not None:
                return whole
        if total is not None:
            # `China's overall exports rose 8.1%`: its sales to everyone, whatever partner the
            # headline or the sentence before named (unless the clause names one itself)
            named = {c.code for c in ctx.countries if clause[0] <= c.start < clause[1]}
            if total["way"].lower().startswith(("export", "shipment", "sale")) and \
                    parties.importer not in named:
                return Parties(parties.exporter, None, False)
            if total["way"].lower().startswith(("import", "intake", "purchase")) and \
                    parties.exporter not in named:
                return Parties(None, parties.importer, False)
        return parties

    def whole_flow(self, quantity: Quantity, clause: tuple[int, int], ctx: Context,
                   parties: Parties) -> Parties | None:
        """`Total exports came to 47 million kilogrammes`, `Overall salmon shipments climbed`
        after a sentence on one buyer: a flow noun its own clause calls the
        whole (`total_flow`) is the flow with everyone, so the partner carried from the sentence
        before is dropped (one the sentence names itself stays: `Total exports to China`)."""
        frame = find_frame(self.text, *clause, quantity.start)
        if frame is None or frame.end > quantity.start or not total_flow(
                self.text, frame, clause[0]) or _WHOLE_ACROSS.match(self.text, frame.end):
            return None  # (`Total exports across the border`: to the partner of the text)
        named = {c.code for c in ctx.countries if c.code}
        if frame.kind == "export" and parties.importer not in named:
            return Parties(parties.exporter, None, False)
        if frame.kind == "import" and parties.exporter not in named:
            return Parties(None, parties.importer, False)
        return None

    def without_main_partners(self, ctx: Context, quantity: Quantity) -> Context:
        """The sentence as `quantity` sees it, without the main destinations named with it
        (`exported 2 million tons of coal, mostly to Pakistan`, `shipped mainly to South Korea,
        Turkey and China`): the figure is the flow to everyone, whose parts go there, so it
        keeps only its seller (`main_destination`); and without the main sources named after it
        (`imported 450,000 tons, mostly from Russia`: `main_source`), keeping only its buyer. A
        partner after a nearer figure is that figure's (`1.2 million tons, and 300,000 tons,
        mostly to Japan`), and once the figure's main source is dropped, a source after a nearer
        figure is not taken in its place (`mostly from Russia, and 100,000 tons from Ukraine`).
        So too a main destination before the figure (`Fuel exports, which go chiefly to Uganda,
        climbed to $28 million`, `shipped 974,000 bpd, mostly to China, up 10%`), unless a
        relative clause makes the figure that destination's own part (`_RELATIVE_BETWEEN`)."""
        text = self.text
        if not ctx.countries or not may_hold(text, ctx.span[0], ctx.span[1], MAIN_WORDS):
            return ctx
        nearer = [self.quantities[i].start for i in ctx.indices
                  if self.quantities[i].start >= quantity.end]
        dropped: list[CountryMention] = []
        later: list[CountryMention] = []
        for mention in ctx.countries:
            if mention.start < quantity.end and (
                    mention.end > quantity.start or _RELATIVE_BETWEEN.search(
                        text, mention.end, quantity.start) or _CLAUSE_BETWEEN.search(
                        text, mention.end, quantity.start) or
                    text[mention.end:quantity.start].strip() in ("", "(")):
                # (`mostly to Hong Kong, which takes 70%`, `mainly to Finland (7 TWh)`: the
                # destination's own part; `mainly to the Philippines, and shipments there rose
                # 20%`, `goes mostly to China: 60 million tonnes`: a clause of its own)
                continue
            if any(q < mention.start for q in nearer):
                later.append(mention)
                continue
            if (mention.cue in _DESTINATION_CUES and main_destination(
                    text, name_start(text, mention.start))) or (
                    mention.cue == "from" and main_source(
                    text, name_start(text, mention.start))) or (
                    dropped and LIST_GAP.fullmatch(text, dropped[-1].end, mention.start)):
                dropped.append(mention)  # (`mostly to Japan and South Korea`: both)
        if not dropped:
            return ctx
        if any(m.cue == "from" for m in dropped):
            # (`450,000 tons, mostly from Russia, and 100,000 tons from Ukraine`: with its main
            # source gone, the later figure's source is not the figure's seller)
            dropped += [m for m in later if m.cue == "from"]
        return replace(ctx, countries=[c for c in ctx.countries if c not in dropped])

    def side_kept(self, parties: Parties, quantity: Quantity, clause: tuple[int, int],
                  ctx: Context) -> Parties | None:
        """`China received 1.92mn t, while deliveries to India climbed by 46pc`: a country the
        sentence names as the subject of a verb of buying (`_BOUGHT_AFTER`), the buyer of the
        sentence's earlier flow, does not sell in a later clause that names only its
        destination (`to India`); that clause goes on with the earlier flow's seller."""
        if parties.two_way or not (parties.exporter and parties.importer):
            return None
        in_clause = [c for c in ctx.countries if clause[0] <= c.start < clause[1]]
        if any(c.code == parties.exporter for c in in_clause) or not any(
                c.code == parties.importer and c.cue in _DESTINATION_CUES for c in in_clause):
            return None
        if not any(c.code == parties.exporter and c.start < clause[0] and c.cue is None and
                   not c.possessive and _BOUGHT_AFTER.match(self.text, c.end)
                   for c in ctx.countries):
            return None
        sold = [self.claims[i] for i in ctx.indices if i in self.claims and
                self.quantities[i].end <= clause[0] and not self.claims[i].two_way and
                self.claims[i].importer == parties.exporter and self.claims[i].exporter and
                self.claims[i].exporter != parties.importer]
        return Parties(sold[-1].exporter, parties.importer, False) if sold else None

    def owner_flow(self, quantity: Quantity, clause: tuple[int, int], ctx: Context,
                   parties: Parties) -> re.Match[str] | None:
        """`Japan's December exports reached 609,277 mt`, `Its imports rose 4%`: the flow noun
        owned by the country on its side of the figure, with no partner after it, is that
        country's flow with everyone (`_OWNER_FLOW`), whatever partner the sentences before
        named; the caller keeps a partner the clause names itself (and one the sentence names:
        `China bought Iranian oil ..., and its October imports reached`). The owner may stand
        before the figure's clause when no country is named between them (`Japan's September
        exports were stronger, rising 33.7 percent`). A demonym's flow (`Russian exports`) is
        no owner's total in a story or paragraph of the pair's trade: one the headline names,
        or one whose two-way trade the paragraph told before (`Trade between Russia and North
        Korea rose 8%. Russian exports came to $45 million`), where it is the demonym's side of
        that trade."""
        codes = {c.code for c in ctx.countries}
        for mention in ctx.countries:
            if not (mention.possessive or _owning_demonym(self.text, mention, ctx)) or \
                    not ctx.span[0] <= mention.start < quantity.start:
                continue
            if mention.start < clause[0] and any(
                    mention.end <= c.start < quantity.start for c in ctx.countries):
                continue  # (an owner before the clause only with no country named since)
            flow = _OWNER_FLOW.match(self.text, mention.end, quantity.start)
            if flow is None:
                continue
            exports = flow["way"].lower() == "exports"
            side, other = (parties.exporter, parties.importer) if exports else (
                parties.importer, parties.exporter)
            if mention.code is not None and mention.code == side and other not in codes:
                if not mention.possessive and ({mention.code, other} in (
                        self.headline_pair, _headline_line_pair(self.text)) or
                        self.pair_traded_before(mention.code, other, quantity)):
                    continue  # (`Floods cut Laos's trade with Vietnam`: the pair's story, whose
                    # `Vietnamese exports` go to Laos)
                return flow
        return None

    def pair_traded_before(self, code: str | None, other: str | None, quantity: Quantity) -> bool:
        """Whether the paragraph told the two-way trade of `code` and `other` before the
        figure (`Trade between Russia and North Korea rose 8% to $50 million`)."""
        return code is not None and other is not None and any(
            c.two_way and {c.exporter, c.importer} == {code, other} and c.start < quantity.start
            for c in self.paragraph_history())

    def home_flow(self, quantity: Quantity, kind: Kind, clause: tuple[int, int], ctx: Context,
                  parties: Parties) -> Parties | None:
        """`Durian exports reached US$503.4 million` (or `Mines produced 2.6 million tonnes`)
        in a story about Vietnam: a flow (or production) with no side known, whose sentence
        names no country and whose paragraph has told no flow with one (but the country's
        own totals, `focus_total`), is the article's country's own exports, imports or output by
        its trade word (or its exports by an earnings noun after goods, `Tobacco earnings reach
        $53.7 million`); the article's country as its headline or first sentence names it. So too
        a share of such a flow whose sentence names no country at all (`Kava made up 21% of
        domestic exports, fish 19%`), not one naming its owner (`Foreign investors bought 15% of
        Indonesia's government bonds`)."""
        if kind not in ("level", "change", "share") or not parties.empty or parties.two_way or \
                parties.joint or self.focus is None or self.names_other(ctx, quantity) or (
                    kind == "share" and ctx.countries) or any(
                    (c.exporter or c.importer) and not self.focus_total(c) for c in self.previous):
            return None
        if self.focus not in self.headline and self.focus not in headline_countries(
                self.text) and not self.lead_names(self.focus) and (
                    self.lead_mentions_any() or _MARKET_LEAD.search(self.text, 0, self.lead_end)) \
                and self.sole != self.focus:
            # (a country only counted the most often in the body, or the place a story is filed
            # from, `Tokyo, 13 January (AJMEDIA). Crude from ...`, is no headline's; one the
            # first sentence names, subject or not, is: `Indian tyre makers are turning abroad`.
            # Only an opening that names no country at all and tells no market report, `Jute
            # bucks the virus slump`, leaves the story to its body's country; not `Copper prices
            # slipped as demand in China cooled` nor `Copper hits two-year high`)
            return None
        if _NO_HOME_SIDE.search(self.text, *ctx.span):
            return None  # (`EU scrap outflows came to 11mn t`, `global arms transfers`)
        if len(set(self.headline) | headline_countries(self.text)) > 1:
            return None  # `US imposes sanctions on Russian oil shipments`, `Japan's imports of
            # Australian coal hit a record`: a headline on two countries makes neither home
        paragraph = self.text.rfind("\n", 0, ctx.span[0]) + 1
        if any(c.code and c.code != self.focus and c.form != "pronoun"
               for c in find_countries(self.text, paragraph, ctx.span[0])):
            return None  # `The Brazilian crop is also down. Exports fell 10 percent`: the
            # paragraph has turned to another country
        frame = find_frame(self.text, *clause, quantity.start) or find_frame(
            self.text, *ctx.span, quantity.start)
        if frame is None and kind in ("level", "change") and _goods_earnings(
                self.text, clause[0], quantity.start):
            return Parties(self.focus, None, False)  # `Tobacco earnings reach $53.7 million`
        if frame is None or frame.kind not in _HOME_WAYS or self.home_market(ctx, frame) or \
                self.home_buyer(ctx, frame):
            return None
        if kind == "share" and _OWNED_BEFORE.search(self.text, max(0, frame.start - 40),
                                                    frame.start):
            return None  # `Fuel made up 30% of the partner's imports, food 25%`: a share of a
            # flow some other owner's possessive (`its`, `the firm's`) names is no home's
        return Parties(self.focus, None, False) if frame.kind in ("export", "production") else \
            Parties(None, self.focus, False)  # (the producer stands on the seller's side)

    def names_other(self, ctx: Context, quantity: Quantity) -> bool:
        """Whether the sentence names a country other than the article's own, or the home
        country by its name but neither as a place nor as an owner (`State firms sold Cambodia
        rice`: a buyer), or as the owner of more than goods (`Egypt's tourism and gas exports`);
        one naming only the home country as a place or owner, by its demonym or a region, as no
        side (`Output at its Congolese mines rose 20%`, `the country's previous record of 296
        million kilogrammes`, `the Bisha mine in Eritrea`, `Peru's mining sector earned`),
        leaves it home. A home country joined by `and` or `or` to other places or anything else
        (`Production at Glencore's mines in Peru and elsewhere`, `the group's mines in Peru and
        abroad`) is part of a wider whole, a group's total, no home place; one after a verb of
        harm or help and `by` (`Flower exports hit by Kenya's new levy`) is the cause of a move,
        no agent nor place of the flow."""
        return any(c.form != "pronoun" and (c.code != self.focus or (
            c.form in ("name", "demonym") and _JOINED_ON.match(self.text, c.end)) or (
            c.cue == "by" and _CAUSE_BY.search(self.text, max(0, c.start - 30), c.start)) or not (
            c.form != "name" or c.cue in _HOME_NO_SIDE_CUES or (
                c.possessive and not lexicon("not_goods_modifiers").search(
                    self.text, c.end, max(c.end, quantity.start)))))
            for c in ctx.countries)

    def home_market(self, ctx: Context, frame: Frame) -> bool:
        """Whether the sentence names the home country as the market of a word of selling or
        buying (`Coffee sales in Vietnam rose 6%`, `New car sales in Peru fell 3%`): goods sold
        or bought in the country are its domestic trade, no side of its flows; `in`/`at` it
        still leaves an export, import or output word the home country's (`Output at the Bisha
        mine in Eritrea`)."""
        return _DOMESTIC_TRADE_WORD.fullmatch(self.text, frame.start, frame.end) is not None and \
            not _SALES_OUT.match(self.text, frame.end) and not _BUNKER.search(
                self.text, max(0, frame.start - 30), frame.end + 30) and any(
                c.code == self.focus and c.form != "pronoun" and c.cue in ("in", "at")
                for c in ctx.countries)

    def home_buyer(self, ctx: Context, frame: Frame) -> bool:
        """Whether the sentence names the home country (or its people, by demonym or
        possessive) as the buyer after `by` of a word of buying (`Coal bought by Indonesia's
        power plants`, `Tea bought at the Mombasa auction by Kenyan packers`): its firms' own
        purchases, bought at home or abroad, are no side of its imports; `sold by Ivory Coast`
        stays its sale."""
        return _BUYING_WORD.fullmatch(self.text, frame.start, frame.end) is not None and any(
            c.code == self.focus and c.form != "pronoun" and c.cue == "by"
            for c in ctx.countries)

    def focus_total(self, claim: Claim) -> bool:
        """Whether `claim` is the article's country's own flow with everyone (`Zambia's export
        earnings slipped 4.3 percent, while the import bill climbed`): a paragraph that has
        told only such flows still leaves a bare flow after them the country's own
        (`Traditional exports gained 2.3 percent`)."""
        return not claim.two_way and self.focus is not None and (
            (claim.exporter, claim.importer) in ((self.focus, None), (None, self.focus)))

    def lead_names(self, code: str) -> bool:
        """Whether the story's opening, up to the end of its first sentence, names the country
        itself (by name or demonym), not only a city such as a dateline's capital, nor as the
        dateline's country (`BAKU, Azerbaijan, July 10.`), nor as the name of a source that
        speaks (`Standard Bank of South Africa said`). A place named by the way, `near` (`from`,
        `off`) it or inside a clause of `as`, `after`, `while` (`attacks near Yemen`, `as demand
        in China cooled`), is no story country, unless possessive, a demonym or the subject."""
        return any(c.code == code and c.form in ("name", "demonym") and (
            c.form == "demonym" or c.possessive or code == self.lead or not self.by_the_way(c))
            and not _DATELINE_CITY.search(self.text, max(0, c.start - 40), c.start)
            and not is_reporting(self.text, c)
            for c in find_countries(self.text, 0, self.lead_end))

    def lead_mentions_any(self) -> bool:
        """Whether the story's headline or first sentence mentions any country at all (as a
        place, a dateline or a source too); a story whose opening names none (`Jute bucks the
        virus slump\nJute exports were up 14 percent`) is about the country its body or outlet
        makes its focus."""
        return any(c.code for c in find_countries(self.text, 0, self.lead_end))

    def by_the_way(self, mention: CountryMention) -> bool:
        """Whether `mention` names a place only by the way: `near` (`from`, `off`) it, or after a
        clause word since its sentence began (`after attacks near Yemen`, `as demand in China`)."""
        start = max(self.text.rfind("\n", 0, mention.start), self.text.rfind(". ", 0,
                                                                            mention.start)) + 1
        return mention.cue in _BY_THE_WAY_CUES or _BY_THE_WAY_CLAUSE.search(
            self.text, start, mention.start) is not None

    def buyer_production(self, quantity: Quantity, kind: Kind, clause: tuple[int, int],
                         ctx: Context, parties: Parties, earlier: Claim | None) -> Parties | None:
        """`It puts the wheat harvest at 9.0 million tons` after Egypt's imports: a figure whose
        own trade word is production, with only a receiver known (carried from the flow before,
        or the country the output is `in`), is that country's own output, not goods it buys.
        A figure appended to one with no trade word of its own (`4.6 million tonnes, 4.6% below
        ...`) has that figure's. Not when the clause sends goods to the country (`to Egypt`).
        A receiver the sentence does not name gives way to the paragraph's last seller."""
        if kind not in ("level", "change") or parties.two_way or parties.exporter or \
                not parties.importer:
            return None
        own = find_frame(self.text, *clause, quantity.start)
        if own is None and earlier is not None and ctx.span[0] <= earlier.start:
            own = find_frame(self.text, ctx.span[0], quantity.start, earlier.start)
        if own is None or own.kind != "production" or (
                own.end <= quantity.start and len(self.text[own.end:quantity.start].split())
                > _PRODUCTION_REACH):
            return None  # (`credits the harvest and notes that ... 479,000 tonnes landed`)
        if any(lexicon("flow", way).search(self.text, ctx.span[0], quantity.start)
               for way in ("export", "import")):
            return None  # (`Imports of the feedstock for ethylene production came to ...`)
        if any(clause[0] <= c.start < clause[1] and c.code and (
                c.code != parties.importer and c.start < quantity.start and c.form != "pronoun"
                or c.code == parties.importer and c.cue in _DESTINATION_CUES)
               for c in ctx.countries):
            return None  # (`cut Peru's copper output by 34.7%`: the output named is Peru's)
        if not any(c.code == parties.importer and c.form != "pronoun" for c in ctx.countries):
            # a receiver carried from the paragraph: the goods it told of flowing came from
            # their producer (`Vietnam bought the most ... Abrapa expects the crop to grow`)
            sellers = [c.exporter for c in self.previous if c.exporter and not c.two_way
                       and c.kind in ("level", "change")]
            if sellers:
                return Parties(sellers[-1], None, False)
        return Parties(parties.importer, None, False)

    def possessive_rival(self, quantity: Quantity, kind: Kind, ctx: Context) -> Parties | None:
        """`The United States shipped 5.4 million tonnes of crude to India, edging past Kuwait's
        5.1 million tonnes`: a rival's own figure, owned by the country before it, on the side
        the sentence's subject took in the flow just stated."""
        if kind != "level":
            return None
        owner = next((c for c in ctx.countries if c.code and c.possessive and c.form != "pronoun"
                      and _RIVAL_OWNED.fullmatch(self.text, c.end, quantity.start)
                      and _RIVAL_BEFORE.search(self.text, max(ctx.span[0], c.start - 30),
                                               name_start(self.text, c.start))), None)
        if owner is None:
            return None
        stated = [self.claims[i] for i in ctx.indices if i in self.claims
                  and self.quantities[i].end <= owner.start and self.claims[i].kind == "level"
                  and self.claims[i].exporter and self.claims[i].importer
                  and not self.claims[i].two_way]
        if not stated or owner.code in (stated[-1].exporter, stated[-1].importer):
            return None
        flow = stated[-1]
        subject = next((c.code for c in ctx.countries if c.code in (flow.exporter, flow.importer)
                        and c.start < flow.start), None)
        if subject == flow.exporter:
            return Parties(owner.code, flow.importer, False)
        if subject == flow.importer:
            return Parties(flow.exporter, owner.code, False)
        return None

    def gapped_row(self, quantity: Quantity, ctx: Context) -> Parties | None:
        """`Spanish shipments came to 638,000 tons and Turkey's to 492,000 tons`, `Vietnam's
        grew 1.27 percent`: a possessive country joined to the row before and followed straight
        by its figure (the flow noun left out, `_GAPPED_ROW`) owns the same flow as the row
        before; it takes the side that row's own country (its last possessive, else the first
        country named in that row, after the row before it) stood on, and the row's other side
        stays."""
        owner = next((c for c in reversed(ctx.countries) if c.code and c.possessive and
                      c.form != "pronoun" and c.end <= quantity.start), None)
        if owner is None or not _ROW_JOINED.search(self.text, max(
                ctx.span[0], name_start(self.text, owner.start) - 12),
                name_start(self.text, owner.start)) or _PAIRED_OWNER.search(
                self.text, max(ctx.span[0], owner.start - 30), name_start(self.text, owner.start)):
            return None  # (`Pakistan's and Cambodia's rose 11.6%`: a pair, not one row)
        gap = _GAPPED_ROW.fullmatch(self.text, owner.end, quantity.start)
        if gap is None or (gap["verb"] and gap["verb"].lower() not in _ROW_VERBS and not any(
                s == gap.start("verb") for name in ("change_up", "change_down")
                for s, _ in lexicon(name).spans(self.text, gap.start("verb"), gap.end("verb")))):
            return None
        rows = [self.claims[i] for i in ctx.indices if i in self.claims and
                self.quantities[i].end <= owner.start and not self.claims[i].two_way and
                (self.claims[i].exporter or self.claims[i].importer)]
        if not rows:
            return None
        row, floor = rows[-1], rows[-2].end if len(rows) > 1 else ctx.span[0]
        sides = [c for c in ctx.countries if c.code and floor <= c.start and
                 c.end <= row.start and c.code in (row.exporter, row.importer)]
        owned = [c for c in sides if c.possessive]  # (`Armenia's rose 222%, Turkey's 82%`)
        named = owned[-1].code if owned else sides[0].code if sides else None
        if named is None or owner.code in (row.exporter, row.importer):
            return None
        if named == row.exporter:
            return Parties(owner.code, row.importer, False)
        return Parties(row.exporter, owner.code, False)

    def whole_buyer(self, quantity: Quantity, clause: tuple[int, int],
                    ctx: Context, way: str = "import") -> CountryMention | None:
        """The country that imported (or, with `way` `export`, exported) the whole a figure is
        part of, named after it in a clause of its own (`5.2 million tons of the methanol China
        imported last year`)."""
        for mention in ctx.countries:
            if not (quantity.end < mention.start < clause[1]) or mention.possessive or \
                    not mention.code or mention.form == "pronoun":
                continue
            gap = _AUXILIARY.match(self.text, mention.end)
            if _OF_THE_WHOLE.fullmatch(self.text, quantity.end, mention.start) and gap and \
                    lexicon("flow", way).regex.match(self.text, gap.end()):
                return mention  # (`... China imported`, `had bought`, `took in`)
        return None

    def whole_after_part(self, quantity: Quantity, kind: Kind, clause: tuple[int, int],
                         ctx: Context, parties: Parties) -> Parties | None:
        """`China absorbed 49% of the 18 million tonnes of pulp that Brazil exported`,
        `Russia supplied 4.5% of the 4.4 million tonnes of fish the EU imported`: a whole just
        after its part (`... of the`), or opening a clause before its parts (`...: of the 5
        million tonnes China imported, ...`), is the flow of the country (or bloc) whose verb
        follows it, that way with everyone; the part's partner is not the whole's (a bare
        participle, `of the 3.9 million bags shipped`, keeps the side of its way). None when
        no such verb follows, or its flow names a partner (`China imported from Brazil`)."""
        text = self.text
        if kind != "level" or parties.two_way:
            return None
        if not _PART_OF_THE.search(text, max(clause[0], quantity.start - 20), quantity.start) \
                and not _OPENING_OF_THE.search(text, max(ctx.span[0], quantity.start - 20),
                                               quantity.start):
            return None
        stop = min(clause[1], quantity.end + _WHOLE_REACH)
        for mention in ctx.countries:
            if not quantity.end < mention.start < stop or mention.possessive or \
                    mention.form == "pronoun":
                continue
            if not _WHOLE_RELATIVE.fullmatch(text, quantity.end, mention.start):
                return None  # (the first country after the whole is no subject of its own)
            return self.whole_owned(mention.code, mention.end, clause)
        bloc = _BLOC.search(text, quantity.end, stop)
        if bloc is not None and _WHOLE_RELATIVE.fullmatch(text, quantity.end, bloc.start()):
            return self.whole_owned(None, bloc.end(), clause)
        return self.participle_whole(quantity, ctx, parties)

    def participle_whole(self, quantity: Quantity, ctx: Context,
                         parties: Parties) -> Parties | None:
        """`of the 3.9 million bags of coffee shipped`, `: of the $7.4 billion exported last
        year, $2.8 billion went to ...`: a whole named by a bare participle of one way keeps
        only its side that way (the part's partner is not the whole's); None without such a
        participle, or when a country is named before it."""
        text = self.text
        participle = _WHOLE_PARTICIPLE.match(text, quantity.end, min(
            ctx.span[1], quantity.end + _WHOLE_REACH))
        if participle is None or any(quantity.end < c.start < participle.end()
                                     for c in ctx.countries):
            return None
        if lexicon("flow", "export").regex.match(text, participle.start("verb")):
            return Parties(parties.exporter, None, False) if parties.exporter else None
        return Parties(None, parties.importer, False) if parties.importer else None

    def part_of_whole_before(self, ctx: Context, quantity: Quantity) -> Parties | None:
        """`The US took 35,092 tonnes of the 117,502 tonnes Australia exported, or 30 per cent`,
        `... That is 44% of the total.`: a percent right after a part and the whole it is of
        (`... of the ...`), in its sentence or the one before, with no other country named after
        them, relates the two: the part's sides, not the one-sided whole's."""
        text = self.text
        recent = _last_before(self.history, quantity.start, 2)
        if len(recent) < 2:
            return None
        part, whole = recent
        if whole.kind != "level" or whole.two_way or part.two_way or not part.exporter or \
                not part.importer or (whole.exporter, whole.importer) not in (
                    (part.exporter, None), (None, part.importer)):
            return None
        if not _PART_THEN_WHOLE.fullmatch(text, part.end, whole.start) or \
                "\n" in text[whole.end:quantity.start] or any(
                c.code not in (part.exporter, part.importer)
                for c in find_countries(text, whole.end, quantity.start)):
            return None
        if whole.sentence_start != ctx.sentence.start and \
                text[whole.sentence_end:ctx.sentence.start].strip():
            return None  # (the sentence right before only)
        return Parties(part.exporter, part.importer, False)

    def whole_owned(self, code: str | None, at: int, clause: tuple[int, int]) -> Parties | None:
        """The sides of a whole whose owner (`code`, None for a bloc) ends at `at`: by the flow
        verb right after it (`imported`, `had shipped`); None without one, or when the verb's
        flow goes on to a named partner."""
        text = self.text
        gap = _AUXILIARY.match(text, at)
        if gap is None:
            return None
        ways = [way for way in ("export", "import")
                if lexicon("flow", way).regex.match(text, gap.end())]
        if len(ways) != 1:
            return None
        if any(at < c.start < clause[1] and c.cue in ("to", "from", "into") and
               _WHOLE_FLOW_ON.fullmatch(text, gap.end(), name_start(text, c.start, at))
               for c in find_countries(text, at, clause[1])):
            return None
        return Parties(code, None, False) if ways[0] == "export" else Parties(None, code, False)

    def bloc_took(self, ctx: Context, quantity: Quantity) -> bool:
        """Whether a bloc or region took the figure (`Europe received 129,000 bpd`, `Asia again
        took most of South Africa's coal, 37.1 million tons`): before it in the sentence, with no
        country named between them (`Europe received 500,000 bpd, and the rest went to India,
        which took 310,000 bpd` is India's)."""
        if _BLOC_TOOK_WORDS.search(self.text, ctx.span[0], quantity.start) is None:
            return False
        found = list(_BLOC_TOOK.finditer(self.text, ctx.span[0], quantity.start))
        return bool(found) and not any(found[-1].end() <= c.start < quantity.start
                                       and c.form != "pronoun" and not c.possessive
                                       for c in ctx.countries)

    def read_flow(self, quantity: Quantity, kind: Kind, clause: tuple[int, int],
                  ctx: Context, earlier: Claim | None, commodity: str | None = None) -> Parties:
        combined = self.combined(quantity, ctx) if kind == "level" else None
        if combined is not None:
            return combined
        valued = (self.valued(ctx, quantity) or self.paid_for(ctx, quantity)) \
            if kind == "level" else None
        if valued is not None:  # `46.5 mln tonnes worth $28.3 bln`: the goods just counted
            # (`19,816 tonnes for US$103.7 million`: the sum paid for them)
            return Parties(valued.exporter, valued.importer, valued.two_way)
        produced = self.unowned_production(quantity, clause, ctx) if kind in (
            "level", "change") else None
        if produced is not None:
            return produced
        parties = self.read_parties(quantity, kind, clause, ctx, earlier, commodity)
        if kind in ("level", "change") and self.to_everyone(ctx, clause):
            # (no earlier flow names the side that is everyone: `exports to all other markets`
            # after a paragraph about sales to China)
            return self.everyone_side(ctx, clause, parties)
        if parties.joint and parties.empty:
            # `notifications from China and Russia covered 17,294 tons` after the North's
            # imports: the suppliers together, to the paragraph's receiver
            named = {c.code for c in ctx.countries if c.code}
            verb = find_frame(self.text, *clause, quantity.start)
            if verb is not None and verb.kind == "import" and all(
                    c.cue in (None, "and") and c.end <= verb.start for c in ctx.countries
                    if c.code and clause[0] <= c.start < clause[1]) or any(
                    c.cue in _DESTINATION_CUES and AND_OTHERS.match(self.text, c.end)
                    for c in ctx.countries if c.code and clause[0] <= c.start < clause[1]):
                # `Brazil and the UAE each took around 300,000 tonnes` after Russia's
                # exports, `Sales to Chile and other Andean markets rose 9%`: the buyers
                # together, from the paragraph's supplier
                suppliers = [c.exporter for c in self.previous if c.exporter
                             and not c.two_way and c.exporter not in named]
                return Parties(suppliers[-1], None, False, joint=True) if suppliers else \
                    parties
            receivers = [c.importer for c in self.previous if c.importer and not c.two_way
                         and c.importer not in named]
            if receivers:
                return Parties(None, receivers[-1], False, joint=True)
        if kind in ("level", "change") and not self.previous and not parties.two_way and \
                not parties.joint and (parties.exporter is None) != (parties.importer is None):
            # the paragraph's first flow, one side known: the article's last flow of the same
            # goods from (or to) that side
            same = [c for c in self.flows_of(commodity, ctx) if c.exporter and c.importer
                    and not c.two_way
                    and (c.exporter == parties.exporter or c.importer == parties.importer)]
            if same and not self.headline_partner_left(same[-1], parties, quantity, clause,
                                                       ctx):
                return Parties(same[-1].exporter, same[-1].importer, False)
        if kind in ("level", "change") and parties.empty and commodity is not None \
                and not ctx.evidence:
            # no trade word and no parties (`September alone accounted for 41,973 barrels`, `In
            # March the country reported 4,893 barrels`, `its 2019 total appeared as $3.24
            # billion`): the article's last flow of the same goods (or total trade in the same
            # currency), when the sentence names no country outside it
            named = {c.code for c in ctx.countries if c.code and c.form != "pronoun"}
            same = [c for c in self.flows_of(commodity, ctx) if named <= {c.exporter, c.importer}
                    and (c.exporter and c.importer and not c.two_way if commodity != "trade"
                         else c.two_way and c.unit == quantity.unit)]
            if same:
                return Parties(same[-1].exporter, same[-1].importer, same[-1].two_way)
        if kind != "cap" and not parties.two_way and not parties.joint and not self.body_flow:
            # the body names no flow of its own: the headline's is the article's flow
            return from_headline(parties, self.headline_flow)
        return parties

    def headline_partner_left(self, last: Claim, parties: Parties, quantity: Quantity,
                              clause: tuple[int, int], ctx: Context) -> bool:
        """`Vietnam's wood exports to Japan jump 21%` over `Vietnam shipped wood worth $1.03
        billion in February`: a body sentence naming its one side in the clause itself (by name
        or adjective, not a pronoun, and with no cue word such as `to` or `from` before it), and
        no other country, after a headline flow to (or from) one partner states that side's
        total with everyone; the headline's partner is not carried onto it (a sentence naming
        the partner too, `China bought Russian uranium`, or the side after `from`, goes on; so
        does a headline count in the same unit: `Russian oil to North Korea tops 1 million
        barrels` over `Russia shipped 1.2 million barrels` is that flow counted exactly; and so
        does a clause pointing at a partner of its own, by role or place, `shipped wood there`,
        `sold copper to its largest customer`, `bought beef from that market`: the headline's
        partner is the one meant)."""
        if last.sentence_end > _headline_end(self.text) or (
                last.kind == "level" and last.unit == quantity.unit):
            return False
        role = _PARTNER_BY_ROLE["exporter" if parties.exporter else "importer"]
        if role.search(self.text, *clause) is not None:
            return False
        side = parties.exporter or parties.importer
        return all(c.code in (None, side) for c in ctx.countries) and any(
            c.code == side and c.form != "pronoun" and c.cue is None and
            clause[0] <= c.start < clause[1] for c in ctx.countries)

    def read_parties(self, quantity: Quantity, kind: Kind, clause: tuple[int, int],
                     ctx: Context, earlier: Claim | None, commodity: str | None) -> Parties:
        taken = self.sent_there(quantity, kind, ctx) or self.ranked_among(
            quantity, kind, ctx) or (self.taker_share(quantity, ctx) if kind == "share" else None)
        if taken is not None:
            return taken
        parties = self.read_sides(quantity, kind, clause, ctx, earlier, commodity)
        if kind == "share" and not parties.two_way and ROLE_WITH.search(
                self.text, max(clause[0], quantity.start - 40), quantity.start):
            # `Ukraine imported 858,000 MWh ... Hungary was the biggest supplier with 42%`: the
            # partner's part of the paragraph's one-sided flow, on its open side
            totals = [c for c in self.previous if c.kind == "level" and not c.two_way
                      and (c.exporter is None) != (c.importer is None)]
            if totals and parties.exporter and not parties.importer and \
                    totals[-1].importer not in (None, parties.exporter):
                return Parties(parties.exporter, totals[-1].importer, False)
            if totals and parties.importer and not parties.exporter and \
                    totals[-1].exporter not in (None, parties.importer):
                return Parties(totals[-1].exporter, parties.importer, False)
        return parties

    def sent_there(self, quantity: Quantity, kind: Kind, ctx: Context) -> Parties | None:
        """`The United States climbed to fifth place as shipments there soared 171.7%`: goods
        sold or sent `there` go to the place named last before (in the sentence, else the
        sentence before it; not a rival, `overtook Hong Kong`, nor an origin, `from Australia`,
        nor an owner, `Canada's second-largest market`, unless no other is named), from the
        owner of the flow word (`U.S. sales there`, `Saudi Arabia, whose deliveries there`, `the
        Netherlands raised its shipments there`), else the seller of the flows before, else the
        sentence's first other country, else the article's country. Not after a home market
        (`Japan's car market`); `its ... there` after a buyer's role (`China is Australia's
        biggest market`) is the role owner's; ownerless `exports there` only to a place named
        as a market or destination (not `Indonesia raised its levy, and exports there`)."""
        if kind not in ("level", "change", "share"):
            return None
        there = [m for m in _sent_there().finditer(self.text, ctx.span[0], quantity.start)]
        if not there or any(there[-1].end() <= c.start < quantity.start
                            for c in ctx.countries if c.code):
            return None
        word = there[-1].start()
        named = [c for c in ctx.countries if c.code and c.end <= word and not c.office]
        owner = next((c for c in reversed(named) if c.code and (
            c.form != "pronoun" or c.possessive) and _OWNER_GAP.fullmatch(
                self.text, c.end, word)), None)
        owned = owner is not None
        if any(c.possessive and (role := _market_role().match(self.text, c.end)) is not None
               and not _ranked_role(role["rank"]) for c in named):
            return None  # (`Japan's car market is shrinking, and new car sales there`: its own)
        if owner is not None and owner.form == "pronoun":
            # (`the United States ranked third among China's suppliers, ..., and its sales
            # there`: the subject's)
            owner = next((c for c in named if c.cue is None and not c.possessive
                          and c.form in ("name", "capital")), owner)
            if not self._places(named, owner):
                owner = None  # (`The steel sector ... cut its sales there`: not the place's)
            elif owner.form != "pronoun":
                # (`China is Australia's biggest market, and its exports there`: the subject is
                # the place, the owner of the buyer's role the seller)
                market = next((c for c in named if c.possessive and c.code != owner.code
                               and c.form in ("name", "capital", "demonym")
                               and _market_role().match(self.text, c.end)), None)
                if market is not None:
                    return Parties(market.code, owner.code, False)
        places = self._places(named, owner)
        bloc = [m.start() for m in _BLOC.finditer(self.text, ctx.span[0], word)]
        if bloc and (not places or bloc[-1] > places[-1].start):
            return None  # (`Western Europe received ..., while Russian sales there`)
        if not places:
            # (`Oman stayed the top market for Kenyan tea. Sales there fell`: the sentence before)
            floor = self.text.rfind(". ", max(0, ctx.span[0] - 300), max(0, ctx.span[0] - 2))
            named = [c for c in find_countries(self.text, max(0, floor), ctx.span[0])
                     if c.code and not c.office]
            places = self._places(named, owner)
        if not places:
            return None
        place = places[-1].code
        if owner is not None and owner.code is not None:
            return Parties(owner.code, place, False)
        if not owned and not self._named_market(places[-1]) and \
                there[-1].group().split()[0].lower() in word_set("sent_there_owned_words"):
            return None  # (`Indonesia raised its export levy, and palm oil exports there`)
        sellers = [c.exporter for c in self.previous if c.exporter not in (None, place)]
        others = [c.code for c in named if c.code != place and c.form != "pronoun"
                  and c.cue not in ("to", "from", "into", "in")]
        seller = sellers[-1] if sellers else others[0] if others else self.focus
        return Parties(seller, place, False) if seller not in (None, place) else None

    def _named_market(self, place: CountryMention) -> bool:
        """Whether `place` is named as a destination (`to Taiwan`, `one foreign market, the United
        States`) or as a market or buyer in its clause (`India is the top market`, `Oman stayed
        the top market for Kenyan tea`), no other country between."""
        if place.cue in ("to", "into") or _market_named().search(
                self.text[max(0, place.start - 30):place.start]):
            return True
        end = self.text.find(".", place.end)
        window = self.text[place.end:end if end != -1 else len(self.text)]
        role = cue_regex(sorted(word_set("market_role_words"))).search(window[:80])
        return role is not None and not re.search(r"[;:]", window[:role.start()]) and \
            not find_countries(window[:role.start()])

    def _places(self, named: list[CountryMention],
                owner: CountryMention | None) -> list[CountryMention]:
        """The countries of `named` that goods `there` may go to: by name, not an origin (`from
        Australia`), not a rival (`overtook Hong Kong`, `behind Brazil and Argentina`), not the
        flow's owner; an owner of a role (`Canada's second-largest market`) only when no other
        is left."""
        rivals: set[int] = set()
        for i, c in enumerate(named):
            if _rival_before().search(self.text, max(0, c.start - 25), c.start) or (
                    i and named[i - 1].start in rivals and re.fullmatch(
                        r"\s*(?:,|and|or)\s*(?:the\s+)?", self.text[named[i - 1].end:c.start])):
                rivals.add(c.start)
        left = [c for c in named if c.form in ("name", "capital") and c.start not in rivals
                and c.cue != "from" and (owner is None or c.code != owner.code)]
        return [c for c in left if not c.possessive] or left

    def ranked_among(self, quantity: Quantity, kind: Kind, ctx: Context) -> Parties | None:
        """`Gabon ranked second among China's suppliers with 264,000 cubic metres`, `Malaysia
        came second among buyers with 10%`: the country placed (named right before the place)
        is the seller (or buyer) of the figures after the role, up to the next country; the
        other side is the role's owner (`China's suppliers`, `buyers of German goods`), else
        the other side of the paragraph's flows (none: not this rule's)."""
        if kind not in ("level", "change", "share"):
            return None
        roles = list(_ranked_among().finditer(self.text, ctx.span[0], quantity.start))
        if not roles:
            return None
        role = roles[-1]
        after = self.text[role.end():quantity.start]
        if any(role.end() <= c.start < quantity.start for c in ctx.countries if c.code) or \
                ";" in after or cue_regex(sorted(word_set("ranked_among_stops"))).search(after):
            return None  # (`..., while total imports hit`: another clause's)
        ranked = [c for c in ctx.countries if c.code and not c.possessive and not c.office
                  and c.form != "pronoun" and role.start() - 40 <= c.end <= role.start()]
        if not ranked:
            return None
        code = ranked[-1].code
        seller = role["seller"] is not None
        owners = [c.code for c in ctx.countries if c.code and c.code != code and (
            (role.start() <= c.start < role.end() and c.possessive) or (
                c.form == "demonym" and role.end() <= c.start
                and self.text.startswith(" of ", role.end())
                and c.start <= role.end() + 5))]
        told = [c.importer if seller else c.exporter for c in self.previous]
        others = [side for side in told if side not in (None, code)]
        other = owners[0] if owners else others[-1] if others else None
        if other is None or _world_scope().search(role.group()):
            return None  # (`India ranked first among global suppliers`: the world's)
        return Parties(code, other, False) if seller else Parties(other, code, False)

    def bloc_row(self, quantity: Quantity, kind: Kind, ctx: Context) -> Parties | None:
        """A bloc's row of the paragraph's one-way exports and the country rows after it in its
        sentence: `Europe took roughly 30% of the kernels` (the seller's, to no country) `and the
        United States nearly 14%` (to the United States)."""
        sales = [c for c in self.previous if c.exporter and c.importer is None and not c.two_way
                 and c.kind in ("level", "change")]
        if kind not in ("level", "share") or not sales:
            return None
        seller = sales[-1].exporter
        before = [self.quantities[i] for i in ctx.indices
                  if self.quantities[i].end <= quantity.start]
        row = bloc_led_row(self.text, before[-1], ctx.countries, quantity) if before else None
        if row is not None and row.code != seller:
            if _world_scope().search(self.text, before[-1].end, row.start):
                return None  # (`Europe received 28% of global walnut shipments, and China`)
            return Parties(seller, row.code, False)
        named = any(c.start < quantity.start or c.cue == "from" for c in ctx.countries if c.code)
        if not named and bloc_led(self.text, quantity.start, quantity.end, ctx.countries):
            stop = re.compile(r"[,;.]|\band\b").search(self.text, quantity.end)
            end = stop.start() if stop else len(self.text)
            if _world_scope().search(self.text, quantity.end, end) or any(
                    quantity.end <= c.start < end for c in ctx.countries
                    if c.code not in (None, seller) and c.form != "pronoun"):
                return None  # (`Europe bought 60% of US walnut exports`: the US's; not `of the
                # country's exports`, the seller's)
            return Parties(seller, None, False)
        return None

    def taker_share(self, quantity: Quantity, ctx: Context) -> Parties | None:
        """`Peru's avocado exports rose, with the Netherlands taking the largest share at 39%,
        ahead of Spain with 22%`: after a main clause on one country's flow, a `with` clause
        whose partners take the shares: each share is the flow between the owner and the
        partner named last before it (the other way round for the owner's imports)."""
        text = self.text
        taker = _WITH_TAKER.search(text, ctx.span[0], quantity.start)
        if taker is None:
            return None
        main = [c for c in ctx.countries if c.code and c.form != "pronoun" and
                c.end <= taker.start() and (c.possessive or c.form == "demonym" or c.cue is None)]
        partners = [c for c in ctx.countries if c.code and c.form != "pronoun" and
                    taker.start() < c.start < quantity.start]
        if not main or not partners or main[0].code == partners[-1].code or \
                lexicon("flow", "two_way").search(text, ctx.span[0], taker.start()):
            return None
        owner, partner = main[0].code, partners[-1].code
        imports = lexicon("flow", "import").search(text, ctx.span[0], taker.start()) and not \
            lexicon("flow", "export").search(text, ctx.span[0], taker.start())
        return Parties(partner, owner, False) if imports else Parties(owner, partner, False)

    def read_sides(self, quantity: Quantity, kind: Kind, clause: tuple[int, int],
                   ctx: Context, earlier: Claim | None, commodity: str | None) -> Parties:
        part = self.part_of_which(quantity, kind, ctx) or self.part_of_former(quantity)
        if kind in ("level", "share"):
            part = part or self.partner_part(quantity, ctx, share=kind == "share") or \
                self.ranked_row(quantity, ctx)
        if kind in ("level", "change"):
            part = part or self.elided_flow(quantity, clause, ctx)
        if part is not None:
            return part
        everywhere = self.whole_side(quantity, kind, clause, ctx) or self.other_way(
            quantity, kind, clause, ctx)
        if everywhere is not None:
            return everywhere
        row = region_row(earlier, ctx.countries, ctx.span[0]) if earlier is not None and \
            _REGION_ROW.search(self.text, max(clause[0], quantity.start - 60),
                               quantity.start) and not any(
                clause[0] <= c.start < quantity.start for c in ctx.countries) else None
        if row is not None:
            # `Japan took 44,431 tonnes, followed by Europe with 31,160 tonnes`: the region
            # stands in the row where the earlier figure's partner stood
            return row
        bloc_row = self.bloc_row(quantity, kind, ctx)
        if bloc_row is not None:
            return bloc_row
        parties = self.stated_parties(quantity, kind, clause, ctx, earlier)
        if kind == "share" and not ctx.countries and not parties.two_way and \
                (parties.exporter is None) != (parties.importer is None):
            # `Imports grew 9.6%. Sawn wood made up 18.8% of exports`: a share of the way its own
            # clause names, of the paragraph's country's total that way
            frame = find_frame(self.text, *clause, quantity.start)
            owner = parties.exporter or parties.importer
            if frame is not None and (frame.kind == "export") == (parties.exporter is None) and \
                    self.own_way_word(quantity, kind, clause, frame) and \
                    not self.reached_partner(owner, list(self.previous)):
                parties = Parties(owner, None) if frame.kind == "export" else Parties(None, owner)
        if _EACH_AFTER.match(self.text, quantity.end):
            parties = self.shared_by_each(parties, quantity, clause, ctx)
        if not ctx.countries and not any(c.commodity == commodity for c in self.previous) and \
                kind in ("level", "change") and \
                commodity not in (None, "trade") and not lexicon("pair_anaphora").search(
                    self.text, *ctx.span):
            # the first claim of a paragraph that names no country: the article's last flow of
            # the same goods (`the pipeline flow` after `Chinese crude` to the North)
            same = [c for c in self.history if c.commodity == commodity and c.exporter
                    and c.importer and c.kind in ("level", "change")]
            if same:
                return Parties(same[-1].exporter, same[-1].importer, same[-1].two_way)
        loads = [c for c in self.previous if c.kind == "level" and (c.exporter or c.importer)
                 and not c.two_way]
        if kind == "share" and loads and OF_THE_LOAD.match(self.text, quantity.end):
            # `Half of the cargo was unloaded at Chongjin`: a part of the flow just counted; a
            # side the load left open is the one its own sentence names (`China took 82
            # percent of the shipments`)
            load = loads[-1]
            exporter = load.exporter or (parties.exporter if parties.exporter != load.importer
                                         else None)
            importer = load.importer or (parties.importer if parties.importer != load.exporter
                                         else None)
            return Parties(exporter, importer, False)
        shares = [c for c in self.previous if c.kind == "share"]
        if kind == "share" and shares and not ctx.countries:
            # `The share was 98.3 percent a year earlier`: the paragraph's share goes on
            return Parties(shares[-1].exporter, shares[-1].importer, shares[-1].two_way)
        own = find_frame(self.text, *clause, quantity.start)
        named = {c.code for c in ctx.countries if c.code and c.form != "pronoun"}
        row = self.ranked_row_goes_on(parties, quantity, kind, clause, ctx, named) or \
            self.region_side(parties, quantity, kind, clause, ctx)
        if row is not None:
            return row
        going_on = self.turned_goes_on(parties, quantity, ctx)
        if going_on is not None:
            return going_on
        # a flow with both sides from its own sentence, or one turned round by `the other way`
        complete_flow = bool(parties.exporter and parties.importer and not parties.two_way and (
            ctx.countries or lexicon("reverse_flow").search(
                self.text, self.opening(ctx.span, clause), clause[1])))
        # (a country named only in a later clause is that clause's: `Asia took 250,000 bpd, or a
        # third of the total; shipments to the U.S. averaged 205,000 bpd`)
        unnamed = not any(c.start < clause[1] for c in ctx.countries)
        if self.previous and (ctx.continuing or unnamed or self._names_own_sides(
                parties, quantity, kind, ctx)) and not complete_flow and (
                parties.empty or (kind in ("level", "change") and not parties.paired)):
            # a sentence without countries goes on about the paragraph's flow
            # the paragraph's flows, not its shares or caps (`about 21 percent of the cap`)
            # (a share's sides are its part's, not the flow's: `China, which took a quarter of
            # the total`; the paragraph's last flow before it goes on)
            if kind in ("level", "change"):
                paired = self.paired_flow(ctx, own)
                if paired is not None and not self.row_after_total(ctx):
                    return paired
            flows = [c for c in self.previous if c.kind in ("level", "change")] or \
                self.paragraph_flow(ctx) or self.previous
            inherited = merged([Parties(c.exporter, c.importer, c.two_way) for c in flows])
            if inherited.empty and own is not None and own.kind in ("export", "import") and \
                    kind in ("level", "change"):
                # `Afghanistan's exports came to $667 million, while imports totalled $5.25
                # billion. Exports were $54 million lower`: of the paragraph's totals in both
                # directions, the one going the clause's way goes on
                one_way = [Parties(c.exporter, c.importer, False) for c in flows
                           if not c.two_way and (c.exporter is None) != (c.importer is None)
                           and (c.importer is None) == (own.kind == "export")]
                inherited = merged(one_way) if one_way else inherited
            if kind in ("level", "change") and self.earlier_total_goes_on(
                    parties, inherited, clause, ctx, earlier):
                return parties
            part = self.supplier_part(inherited, ctx)
            if part is not None:  # `China's monthly reports ...` after both suppliers' total
                return part
            if inherited.two_way and (inherited.exporter is None) != (
                    inherited.importer is None) and own is not None and own.kind in (
                    "export", "import") and kind in ("level", "change"):
                # `North Korea's total trade ... Imports rose to $2.44 billion`: one direction
                # of that country's total
                owner = inherited.exporter or inherited.importer
                return Parties(owner, None) if own.kind == "export" else Parties(None, owner)
            opener = _side_opener(self.text, ctx.span[0])
            if opener is not None and opener["sells"] and (_home_market().search(
                    self.text, *ctx.span) or (
                    inherited.importer and not inherited.exporter and not inherited.two_way
                    and commodity not in (None, "trade") and any(
                        _akin(commodity, c.commodity) for c in flows if c.commodity))):
                # (sales at a home-market place or by its agents, or of other goods akin to
                # those the paragraph imported, are sold at home: `Bread sales at state
                # bakeries fell 6%`, `Sales of diesel rose` after crude imports; not the same
                # or a kind of them: `Sales for January-July reached` after bunker fuel bought)
                opener = None
            # (the opener is the figure's own flow when its clause names none: `Imports took a
            # bigger hit, sliding £8.9bn`)
            # (but a country's sales or purchases opening the figure's clause are its way
            # whatever verb follows: `Sales of the metal abroad brought in 192 billion`)
            # (not over the clause's own trade verb: `Sales slowed as mills bought only 200,000
            # bales`)
            traders = opener is not None and bool(opener["buys"] or opener["sells"]) and \
                _FLOW_NOUN.search(self.text, opener.end(), quantity.start) is None and not (
                    own is not None and self.text[own.start:own.end] in lexicon(
                        "buying_selling_verbs"))
            way = own.kind if own is not None and not traders else _opener_way(opener)
            # (a country named only in a `when` clause after the figure is of that aside:
            # `Fuel imports slipped to 66,000 bpd, ... when Iranian gasoline cargoes were
            # discharged`)
            aside = _WHEN_ASIDE.search(self.text, quantity.end, ctx.span[1])
            main = {c.code for c in ctx.countries if c.code and c.form != "pronoun"
                    and not (aside is not None and c.start >= aside.start())}
            home = self.home_total(inherited, ctx)
            # (a place inside the owner is no other country: `... while the Skikda refinery
            # was being expanded` in the owner's imports; the owner named outright still is)
            main -= {c.code for c in ctx.countries if c.form == "region" and c.code in (
                home.exporter, home.importer) and not any(
                m.code == c.code and m.form != "region" for m in ctx.countries)}
            turned = (kind in ("level", "change") and opener is not None and not lexicon(
                "shared_flow_owners").search(self.text, opener.start(), opener.end())) or \
                (self.own_way_word(quantity, kind, clause, own) and
                 not self.reached_partner(home.exporter or home.importer, flows))
            if not home.two_way and not main and turned and \
                    (way, home.exporter is None, home.importer is None) in (
                    ("import", False, True), ("export", True, False)):
                # `Taiwan's exports climbed 23.5 percent ... Imports rose 17.3 percent`: the
                # other direction of the same country's trade with everyone (only a sentence
                # opening on the flow noun: `Counted over whole years, imports rose` after a
                # bloc's purchases keeps them); so too after a buyer's row of those exports
                # (`Chile was the biggest buyer ... Imports of fuels dropped 49.8%`)
                owner = home.exporter or home.importer
                return Parties(owner, None) if way == "export" else Parties(None, owner)
            if not main and (turned or (own is not None and clause[0] <= own.start < clause[1])):
                back = self.turned_pair(home, way, ctx)
                if back is not None:
                    return back
            if ctx.countries and not parties.two_way and not inherited.two_way and any(
                    own_side and side and own_side != side for own_side, side in (
                        (parties.exporter, inherited.exporter),
                        (parties.importer, inherited.importer))):
                # `Only 66,000 tonnes went to Saudi Arabia` after shipments to Turkey: the
                # sentence's own side replaces the paragraph's, the other side goes on
                exporter = parties.exporter or inherited.exporter
                importer = parties.importer or inherited.importer
                if exporter != importer:
                    return Parties(exporter, importer, False)
            return parties if inherited.empty else inherited
        if kind in ("level", "change") and not parties.paired:
            # (the last pair stated before the sentence, looked for only under a two-way cue)
            pair = next((c for c in reversed(self.history) if c.two_way and c.exporter and
                         c.importer and c.sentence_end <= ctx.sentence.start), None) \
                if own is not None and own.kind == "two_way" else None
            owned = any(c.possessive for c in ctx.countries if c.code in named)
            if pair is not None and named <= {pair.exporter, pair.importer} and not owned and \
                    not _TOTAL_OWNED.search(self.text, *clause) and \
                    "\n" not in self.text[pair.sentence_end:ctx.sentence.start]:
                # `In 2019, before the pandemic, turnover stood at $47.9 million` after
                # `Trade between Russia and North Korea reached ...`
                return Parties(pair.exporter, pair.importer, True)
        if parties.empty and self.previous and kind in ("level", "change"):
            # `China's declared total for 2021 came to 91,909 barrels` after Beijing's deliveries
            # to Pyongyang: a sentence naming only a side of the paragraph's flow goes on with it
            flows = [c for c in self.previous if c.exporter and c.importer and not c.two_way]
            if flows and named and named <= {flows[-1].exporter, flows[-1].importer}:
                return Parties(flows[-1].exporter, flows[-1].importer, False)
        deal = parties.two_way and not named and _THE_DEAL.search(self.text, ctx.span[0],
                                                                  quantity.start) is not None
        pair_stated = self.stated is not None and self.stated.parties.two_way and \
            parties.two_way and named <= {self.stated.parties.exporter,
                                          self.stated.parties.importer}
        if not self.previous and self.stated is not None and kind in ("level", "change") and \
                not parties.joint and (not parties.two_way or deal or pair_stated) and (
                not self.stated.parties.two_way or pair_stated):
            # (a stated pair, `Russia's trade with Turkey slipped.`, is only the pair of the
            # two-way figures after it, not the sides of one-way ones)
            # the first figures after a sentence that stated the flow (`A source estimated that
            # around 3,000 tons of urea crossed the Yalu River in March`; `The deal covers ...`
            # after `... agreed to buy fuel from Russia`: the deal is that purchase)
            flow, goods = self.stated.parties, self.stated.goods
            related = commodity in (None, "trade") or not goods or any(
                key in (commodity, *ancestors(commodity)) or commodity in ancestors(key)
                for key in goods)
            # (a figure of all goods, `trade`, holds the goods stated: `Kenya remained the top
            # destination for Ugandan goods, driven by sugar sales. Exports to Kenya reached`)
            # (a role names one partner of a side: `Imports averaged 11 million bpd`, `Total
            # crude imports rose` after `Saudi Arabia remained China's top supplier` are all)
            whole = self.stated.by_role and (
                _SIDE_TOTAL.search(self.text, ctx.span[0], quantity.start)
                or _side_opener(self.text, ctx.span[0]))
            if self.stated.one_way is not None:
                # one side stated (`China's germanium exports fell.`): it completes a figure
                # whose own trade word, if any, runs the same way or names the other side
                # (not a trade word of the other way's own: `China imported 40 million tonnes`
                # after `Indonesia's coal exports rose` is China's total from everywhere, while
                # `Japan took 212 kilograms` is a part of the flow stated)
                same_way = own is None or own.kind == self.stated.one_way
                own_total = not same_way and own is not None and _TRADE_WORD.fullmatch(
                    self.text, own.start, own.end) is not None
                exporter = flow.exporter or parties.exporter
                importer = flow.importer or parties.importer
                member = parties.importer if flow.exporter else parties.exporter
                if self.stated.members and member is not None and (
                        member not in self.stated.members or _SIDE_TOTAL.search(
                            self.text, ctx.span[0], clause[1])):
                    # (several countries' joint flow is a part of each one's own: `Bolivia
                    # imported 20,000 tonnes` or `Peru imported 210,000 tonnes in total` after
                    # `Chile, Peru and Ecuador bought more Brazilian beef` is from anywhere)
                    return parties
                if related and not parties.two_way and _agree(parties.exporter, flow.exporter) \
                        and _agree(parties.importer, flow.importer) and (
                        same_way or not (parties.empty or own_total)) and (
                        exporter is None or exporter != importer):
                    return Parties(exporter, importer, False)
            elif related and not whole and produced_total(self.text, ctx.countries,
                                                          quantity) is None and (
                    parties.empty or deal or (
                    parties.exporter in (None, flow.exporter)
                    and parties.importer in (None, flow.importer))):
                return flow
        return parties

    def earlier_total_goes_on(self, parties: Parties, inherited: Parties,
                              clause: tuple[int, int], ctx: Context,
                              earlier: Claim | None) -> bool:
        """`Overall export volume reached 153 million kg, compared with 128 million kilos a year
        before`: a figure whose clause names no country and has no trade word of its own, after
        a one-sided total earlier in its own sentence, is that total at another time or by
        another measure; it keeps the total's side where the paragraph's earlier flow
        (`inherited`, an owner's intake or a partner's row) would not put the total's country
        on that side (a flow that only adds a partner goes on: `bought 30,000 tonnes in all, for
        $15 million` after the seller's cargo)."""
        if earlier is None or earlier.sentence_start != ctx.sentence.start or \
                earlier.two_way or earlier.kind not in ("level", "change") or \
                (earlier.exporter is None) == (earlier.importer is None) or \
                parties != Parties(earlier.exporter, earlier.importer, False):
            return False
        if any(clause[0] <= c.start < clause[1] for c in ctx.countries) or \
                find_frame(self.text, *clause, clause[0]) is not None:
            return False
        if parties.exporter is not None:
            return inherited.exporter != parties.exporter
        return inherited.importer != parties.importer

    def possessive_share(self, ctx: Context, quantity: Quantity, clause: tuple[int, int],
                         before: list[Claim]) -> Parties | None:
        """`Norway supplied 41% of Poland's gas imports, while Qatar's share fell to 12%`: a
        country's bare `share` after a one-way flow (or share) is its part of the same total, in
        the partner's place (the owner of the total stays: the one the share names, else the
        paragraph's one-sided total's; with neither, the rival supplies the same buyer); the
        partner's own share (`China's share slid to 45%` after sales to China) is that flow's."""
        holder = next((c for c in ctx.countries if c.code and c.possessive and c.form != "pronoun"
                       and clause[0] <= c.start < quantity.start
                       and _bare_share().match(self.text, c.end)), None)
        if holder is None:
            return None
        flows = [c for c in (*self.previous, *before) if c.kind in ("level", "change", "share")
                 and c.exporter and c.importer and not c.two_way and c.end <= quantity.start]
        if not flows:
            return None
        last = flows[-1]
        if holder.code in (last.exporter, last.importer):
            return Parties(last.exporter, last.importer, False)
        # the owner the share names, else the side the paragraph's one-sided total (one with
        # a figure: `China's sorghum imports rose 12%`) is of, else the buyer: a rival's bare
        # share is mostly a supplier's part of the buyer's imports (`Russia shipped crude to
        # India. Iraq's share fell to 18%`), whichever way the flow is written
        opening = self.text.rfind("\n", 0, quantity.start) + 1
        totals = [c.exporter or c.importer for c in self.history if not c.two_way
                  and c.start >= opening and (c.exporter is None) != (c.importer is None)]
        owner = (self.share_owner(last) if last.kind == "share" else None) or next(
            (side for side in reversed(totals) if side in (last.exporter, last.importer)),
            last.importer)
        return Parties(holder.code, owner, False) if owner == last.importer else \
            Parties(owner, holder.code, False)

    def own_subject_elsewhere(self, ctx: Context, quantity: Quantity, clause: tuple[int, int],
                              before: list[Claim]) -> bool:
        """`France took 60% of the exports, while Spain supplied 71% of the imports`: a share of
        a total whose own clause opens with a country of its own, one no side of the sentence's
        last flow before that clause (or one on the other side of it), is not a part of that
        flow."""
        if not before or before[-1].end > clause[0]:
            return False
        subjects = [c for c in ctx.countries if c.code and c.form != "pronoun" and c.cue is None
                    and not c.possessive and not c.paired
                    and clause[0] <= c.start < quantity.start]
        if not subjects:
            return False
        # (the clause opens with it, past a joining word: not `..., the most after China and`)
        lead = re.findall(r"[a-z]+", self.text[clause[0]:subjects[0].start].lower())
        if not all(w in word_set("region_row_joins") or w == "the" for w in lead):
            return False
        last, subject = before[-1], subjects[0].code
        if subject not in (last.exporter, last.importer):
            return True
        # (`Finland took 55% of the exports and Latvia 15%; Latvia supplied 53% of the
        # imports`: the buyer before now selling, or the seller buying)
        verb = _SHARE_VERB.search(self.text, subjects[0].end, quantity.end)
        return verb is not None and not last.two_way and \
            subject == (last.exporter if verb["buy"] else last.importer)

    def row_after_total(self, ctx: Context) -> bool:
        """Whether the sentence before is a ranked partner's row of a one-way total the
        paragraph stated before it (`Sales abroad climbed to $3.1 billion. China was the biggest
        buyer, taking $1.9 billion`): not a flow between one pair the other way goes on with."""
        pairs = [c for c in self.previous if c.exporter and c.importer and not c.two_way]
        if not pairs or self.ranked_opener(pairs[-1]) not in (pairs[-1].exporter,
                                                               pairs[-1].importer):
            return False
        last = Parties(pairs[-1].exporter, pairs[-1].importer, False)
        return self.home_total(last, ctx) != last

    def turned_pair(self, pair: Parties, way: str | None, ctx: Context) -> Parties | None:
        """The paragraph's pair of one-way flows turned back: after a pair's flow one way
        (`imports from Chile`, the article's country buying), a figure whose own clause names
        no country but a trade word running the other way for the article's country (`sales`,
        `exports`) is the flow the paragraph stated that way before (`exports to Chile`), not
        the last one carried on; not a figure that is a part of the flow just stated (`Fuel
        sales made up $90 million of that`, `of the total`, `of which`): that flow holds it."""
        if _PART_OF_STATED.search(self.text, ctx.span[0], ctx.span[1]):
            return None
        if pair.two_way or not (pair.exporter and pair.importer) or self.focus is None or \
                way not in ("export", "import") or self.focus not in (pair.exporter, pair.importer):
            return None
        if (self.focus == pair.exporter) == (way == "export"):
            return None  # (the pair already runs the word's way)
        paragraph = self.text.rfind("\n", 0, ctx.span[0]) + 1
        if not any(paragraph <= c.start < ctx.span[0] and not c.two_way and
                   (c.exporter, c.importer) == (pair.importer, pair.exporter)
                   for c in self.history):
            return None  # (only a flow the paragraph told that way before turns back)
        return Parties(pair.importer, pair.exporter, False)

    def home_total(self, inherited: Parties, ctx: Context) -> Parties:
        """The paragraph's one-way total a flow with no country goes on from: `inherited`,
        unless it is a partner's row (both sides, one way) after a total of one of those sides
        with everyone earlier in the paragraph (`Sales of fuels abroad climbed to $8.6 billion.
        Chile was the biggest buyer, taking $2.4 billion`): then that total, the home
        country's, which a flow the other way turns round."""
        if inherited.two_way or not (inherited.exporter and inherited.importer):
            return inherited
        paragraph = self.text.rfind("\n", 0, ctx.span[0]) + 1
        totals = [c for c in self.history if paragraph <= c.sentence_start and
                  c.sentence_end <= ctx.sentence.start and c.kind in ("level", "change")
                  and not c.two_way and (c.exporter is None) != (c.importer is None)
                  and (c.exporter or c.importer) in (inherited.exporter, inherited.importer)]
        return Parties(totals[-1].exporter, totals[-1].importer, False) if totals else inherited

    def own_way_word(self, quantity: Quantity, kind: Kind, clause: tuple[int, int],
                     own: Frame | None) -> bool:
        """A word of one direction of trade (`exports`, `imported`) in the figure's own clause,
        owned by no region or bloc: the figure is of that direction, so a sentence naming no
        country after one country's flow the other way is that country's flow this way
        (`Imports of timber grew 9.6%. Sawn wood made up 18.8% of exports`, `About 547,000
        tonnes were imported` after a country's exports)."""
        if own is None or kind not in ("level", "change", "share") or \
                not clause[0] <= own.start < own.end <= clause[1] or \
                _WAY_WORD.fullmatch(self.text, own.start, own.end) is None:
            return False
        if _WAY_PARTNER.match(self.text, own.end):
            return False  # `was exported there`, `were imported from`: a partner's flow
        if self.text[own.end - 2:own.end].lower() == "ed" and _PASSIVE_BEFORE.search(
                self.text, max(clause[0], own.start - 12), own.start) is None:
            return False  # a verb only in the passive: `were imported`, not `the region imported`
        # (a bloc or region in the paragraph may be the side the flow before left open: `the
        # bloc took Ukrainian eggs ... imports rose` are the bloc's)
        paragraph = self.text.rfind("\n", 0, quantity.start) + 1
        return not lexicon("shared_flow_owners").search(self.text, clause[0], quantity.start) \
            and _BLOC_OR_REGION.search(self.text, paragraph, quantity.start) is None

    def reached_partner(self, code: str | None, flows: list[Claim]) -> bool:
        """Whether the one country of the paragraph's flows was named there as the partner a
        flow went to (`Shipments to the US jumped 19.6%`), not as the owner of a total: a
        partner's flow with an unnamed home is not turned round into its own."""
        sentences = {(c.sentence_start, c.sentence_end) for c in flows}
        return any(m.code == code and m.cue in _PARTNER_CUES
                   for start, end in sentences for m in find_countries(self.text, start, end))

    def shared_by_each(self, parties: Parties, quantity: Quantity, clause: tuple[int, int],
                       ctx: Context) -> Parties:
        """`Somalia and the Central African Republic received 50,000 tons each`: a figure each of
        several countries got (or gave) has no single country on their side."""
        several = {c.code for c in ctx.countries
                   if c.code and clause[0] <= c.start < quantity.start}
        if len(several) < 2:
            return parties
        return parties.side_in(several, None) or parties

    def verb_owned_share(self, ctx: Context, quantity: Quantity,
                         clause: tuple[int, int]) -> Parties | None:
        """A share of `its` (or `the country's`) imports after a country that supplies it, or of
        its exports after one that buys it (`China supplies about 17% of its goods imports`,
        `... and nearly half of its ethane exports` after `China absorbs`): the pronoun stands
        for the other side, never for the verb's own subject, which a seller's imports (a
        buyer's exports) cannot be. The other side is the last other country the sentence
        named before the share, else the article's country. Not where the verb agrees with
        the owner's flow (`India bought a third of its imports from Iraq`)."""
        text = self.text
        owned = _PRONOUN_OWNED_FLOW.match(text, quantity.end)
        if owned is None:
            return None
        pronoun = next((c for c in ctx.countries if c.form == "pronoun" and c.code and
                        c.start == owned.start("owner")), None)
        verb = self.share_verb(ctx, quantity)
        if pronoun is None or verb is None:
            return None
        subject, buys = verb
        selling_flow = owned["flow"].lower() in ("exports", "sales", "shipments")
        if pronoun.code != subject.code or buys != selling_flow or any(
                c.cue in ("from", "to") and quantity.end <= c.start < clause[1]
                for c in ctx.countries):
            return None
        others = [c.code for c in ctx.countries if c.code and c.code != subject.code
                  and c.form != "pronoun" and ctx.span[0] <= c.start < quantity.start]
        other = others[-1] if others else (self.focus if self.focus != subject.code else None)
        if other is None:
            return None
        return Parties(other, subject.code, False) if buys else Parties(subject.code, other,
                                                                        False)

    def share_verb(self, ctx: Context, quantity: Quantity) -> tuple[CountryMention, bool] | None:
        """The last verb of buying or selling before a share in its sentence, with the country
        that is its subject (the last one named before it, past the owners of shares: `of
        Mongolian exports`; not in a relative clause after `of the ...`: `of the LPG the United
        States ships`), and whether it buys. None when that country is no bare subject (`in the
        Netherlands, which took`, `China and Russia together supplied`)."""
        text = self.text
        # (the verb's figure may be the share itself: read on past it, keep verbs before it)
        verbs = [v for v in _SHARE_VERB.finditer(text, ctx.span[0], quantity.end)
                 if v.end() <= quantity.start]
        for verb in reversed(verbs):
            subject = next((c for c in reversed(ctx.countries) if c.end <= verb.start()
                            and c.start >= ctx.span[0] and c.cue != "of"
                            and not c.possessive), None)
            if subject is None or not subject.code or subject.cue is not None or \
                    subject.possessive or subject.form == "pronoun" or subject.paired:
                return None
            if _RELATIVE_OWNER.search(text, max(ctx.span[0], subject.start - 40), subject.start):
                continue
            return subject, verb["buy"] is not None
        return None

    def opening(self, span: tuple[int, int], clause: tuple[int, int], first: bool = True) -> int:
        """Where the subject of `clause` begins: before an appositive; and a participle clause
        (`Goods moving the other way fared far worse, plunging 74 percent`) has the subject
        the sentence opens with."""
        reach = min(span[0] + _SUBJECT_REACH, clause[0])
        if first and _PARTICIPLE_CLAUSE.match(self.text, clause[0]) and \
                lexicon("reverse_flow").search(self.text, span[0], reach):
            return span[0]
        return subject_start(self.text, span[0], clause[0], self.masked)

    def turned_goes_on(self, parties: Parties, quantity: Quantity, ctx: Context) -> Parties | None:
        """The flow of a figure earlier in the sentence read after its `the other way` cue, when
        the figure's own sides are none or that flow's (`Purchases going the other way climbed
        to $52.7m, against $37.6m a year earlier`; `Gold dominated the flow the other way at
        A$2.9 billion, ahead of crude at A$540 million`): the later figure goes on with the
        turned flow, not with the paragraph's."""
        if not (parties.empty or (parties.exporter and parties.importer and not parties.two_way)):
            return None
        before = [self.claims[i] for i in ctx.indices if i in self.claims
                  and self.quantities[i].end <= quantity.start]
        turned = self.turned_before(self.text, ctx.span[0], (ctx.span[0], quantity.start), before)
        if turned is None or not (parties.empty or turned == Parties(
                parties.exporter, parties.importer, False)):
            return None
        # (not past a flow noun or a contrast of its own: `Purchases going the other way climbed
        # to NZ$15 billion, though exports of dairy fell 10%` is the paragraph's flow again)
        last = max((c.end for c in before if c.start > ctx.span[0]), default=ctx.span[0])
        if _TURN_ENDS.search(self.text, last, quantity.start):
            return None
        return turned

    @staticmethod
    def turned_before(text: str, opening: int, clause: tuple[int, int],
                      before: list[Claim]) -> Parties | None:
        """The flow of the last figure of the clause already read after its `the other way` cue
        (`Purchases going the other way climbed to $52.7m, against $37.6m a year earlier`):
        that figure is the turned flow, which the later figures of the clause go on with rather
        than turning it round again."""
        cues = lexicon("reverse_flow").spans(text, opening, clause[1])
        if not cues:
            return None
        turned = [c for c in before if c.exporter and c.importer and not c.two_way
                  and c.start > cues[0][1]]
        if not turned:
            return None
        last = max(turned, key=lambda c: c.start)
        return Parties(last.exporter, last.importer, False)

    def stated_parties(self, quantity: Quantity, kind: Kind, clause: tuple[int, int],
                       ctx: Context, earlier: Claim | None) -> Parties:
        text, span, countries, goods = self.text, ctx.span, ctx.countries, ctx.goods
        before = [self.claims[i] for i in ctx.indices if i in self.claims
                  and self.quantities[i].end <= quantity.start]
        one_way = [c for c in (*before, *self.previous) if c.exporter and c.importer
                   and not c.two_way]
        # (the sentence's first flow turns round; those after it go on with it)
        if one_way and (lexicon("reverse_flow").search(text, self.opening(span, clause, not before),
                                                       clause[1])
                or (lexicon("reverse_flow").regex.match(text, span[0], clause[1])
                    and not _own_two_way(text, clause, quantity)
                    and not any(c in one_way for c in before))
                or _IN_EXCHANGE.search(text, max(span[0], quantity.start - 40), quantity.start)):
            # `... and shipped $3 million of goods the other way`; (`shipments the other way,
            # mostly construction materials, amounted to ...`); (`In the other direction, Tehran
            # sent ...`: opening the sentence, for its first flow; the flows after it in the
            # sentence go on with that one); `shipped 600 tons of squid to Vladivostok in
            # exchange for 1,200 tons of flour`: what is given in return goes the other way
            last = max(one_way, key=lambda c: c.start)
            return Parties(last.importer, last.exporter, False)
        if kind in ("level", "change", "share"):
            follower = self.row_follower(ctx, quantity, before)
            if follower is not None:  # `Russia ranked second at 48,400 tonnes, a 92% jump`
                return follower
        if kind in ("level", "change"):
            row = self.table_row(ctx, quantity)
            if row is not None:  # `China's crude imports by supplier: Russia 108.5 mt (+1%); ...`
                return row
            answered = self.counter_flow(ctx, quantity, before)
            if answered is not None:  # `Pyongyang sold $750 million to Beijing and bought $2 bn`
                return answered
            total = owned_total(text, countries, quantity) or produced_total(
                text, countries, quantity)
            if total is not None:  # `North Korea's foreign trade shrank 2.6 percent to $2.7bn`
                return total
            ranked = self.ranked_partner(ctx, quantity, before)
            if ranked is not None:  # `China took 4.6 million tonnes, Brazil 1.7 million ...`
                return ranked
        if kind == "cap":
            receivers = [c.importer for c in (*before, *self.previous) if c.importer]
            return cap_parties(text, span, clause, countries,
                               receivers[0] if receivers else None, self.focus)
        rival = self.respective_rival(ctx, quantity, before) if kind == "share" else None
        if rival is not None:  # `China took 63.8 percent, while India and France accounted for
            return rival       # 9.9 percent and 5.1 percent, respectively`: the leader's rivals
        verbed = self.verb_owned_share(ctx, quantity, clause) if kind == "share" else None
        if verbed is not None:  # `China bought 92% of Mongolia's exports and supplied 39% of
            return verbed       # its imports`: the supplier never owns the imports it supplies
        partnered = WITH_PARTNER.search(text, span[0], quantity.start) if kind == "share" \
            else None
        totals = [c for c in before if c.kind == "level" and not c.two_way and (
            c.exporter is None) != (c.importer is None)]
        taker = next((c for c in countries if partnered is not None and c.code and
                      partnered.start() <= c.start < partnered.end()), None)
        if partnered is not None and totals and taker is not None and taker.code not in (
                totals[-1].exporter, totals[-1].importer):
            # `Syria imported 1.5 million tonnes of wheat, with Russia supplying 70 percent`,
            # `crude exports earned 9.1 billion ringgit, with Thailand taking 26.4 percent`: the
            # partner's part of the one-sided total just stated, on its open side
            whole = totals[-1]
            if whole.importer is not None:
                return Parties(taker.code, whole.importer, False)
            return Parties(whole.exporter, taker.code, False)
        listed = self.listed(ctx, quantity) if kind == "share" else None
        shares = [c for c in before if c.kind == "share"] or [
            c for c in self.previous[-1:] if c.kind == "share"]
        if listed is not None and listed.code and shares:  # a rival in a list of shares
            last = shares[-1]
            # (the list's first share names the owner: each rival keeps it)
            total_owner = next((found for c in shares if not c.two_way and (
                found := self.share_owner(c)) is not None), None)
            if total_owner is not None and total_owner in (last.exporter, last.importer) and \
                    listed.code != total_owner:
                # `the US took 15.3% of the goods Britain exported. Germany came second with
                # 8.6%, ahead of the Netherlands on 7.8%`: the country named in the total after
                # the first share owns it, and each rival takes the other side
                if last.exporter == total_owner:
                    return Parties(total_owner, listed.code, False)
                return Parties(listed.code, total_owner, False)
            # (not the owner of the total the share is of: `Ghana was Senegal's top customer,
            # taking 22%, ahead of Mali on 10%`: Ghana's side, not Senegal's)
            named = [c.code for c in countries if c.code and c.end <= last.start
                     and not c.possessive]
            if named and last.exporter and last.importer and not last.two_way and \
                    last.start >= span[0] and named[-1] != listed.code:
                # `with Thailand taking 26.4 percent, Japan 26.2 percent`: the rival takes the
                # side of the country named with the share before it
                if named[-1] == last.importer:
                    return Parties(last.exporter, listed.code, False)
                if named[-1] == last.exporter:
                    return Parties(listed.code, last.importer, False)
            listed_codes = {c.code for c in countries}
            if last.importer in listed_codes and last.exporter not in listed_codes and (
                    last.exporter or last.importer != listed.code):
                # `Syria accounted for 7.2%, Venezuela for 4.6%` of Iran's exports
                return Parties(last.exporter, listed.code, False)
            if self.ranked_role(last) == "buyer":
                # `China was the largest customer for Gabon's oil, taking 41.9%. Malaysia ranked
                # second with 12.6%`: a ranking of buyers, each rival one of the same seller's
                return Parties(last.exporter, listed.code, False)
            return Parties(listed.code, last.importer, False)
        elided = next((c for c in countries if c.code and c.possessive and _ELIDED_OWNER.fullmatch(
            text, quantity.end, c.start) and _ELIDED_NOUN.match(text, c.end)), None) \
            if kind == "share" and shares else None
        if elided is not None:
            # `80% of Egypt's imports, 40% of Morocco's and 35% of Algeria's`: the next owner of
            # the same kind of total, on the side the first share's owner was
            last = shares[-1]
            owners = [c.code for c in countries if c.possessive and c.end <= quantity.start
                      and c.code in (last.exporter, last.importer)]
            if owners and owners[-1] == last.importer:
                return Parties(last.exporter, elided.code, False)
            if owners and owners[-1] == last.exporter:
                return Parties(elided.code, last.importer, False)
        if kind == "share" and lexicon("dependence").search(text, *clause) and [
                g for g in goods if not g.generic and clause[0] <= g.start < clause[1]]:
            # `India's reliance on Russian crude oil rose to 36 percent`: a share of its imports
            shared = share_parties(text, quantity, clause, countries, self.focus, None)
            return Parties(shared.exporter, shared.importer, False)
        dealt = dealt_share(text, quantity, clause, countries) if kind == "share" else None
        if dealt is not None:  # `China buys two-thirds of Chile's seaweed`
            return dealt
        named_role = role_share(text, quantity, countries) if kind == "share" else None
        if named_role is not None:  # `... New Delhi's top supplier with a 36 percent share`
            return named_role
        sibling = shares[-1] if kind == "share" and shares and shares[-1] in before else None
        if sibling is not None and not sibling.two_way and sibling.exporter and \
                sibling.importer and NEXT_SHARE.fullmatch(text, sibling.end, quantity.start) \
                and not any(sibling.end <= c.start < quantity.start and c.form != "pronoun"
                            for c in countries):
            # `providing 24.1 per cent of imports, along with 5.9 per cent of crude oil
            # purchases`: a share of other goods added to a share of one flow is the same pair's
            return Parties(sibling.exporter, sibling.importer, False)
        if sibling is not None and not sibling.two_way and (sibling.exporter or sibling.importer) \
                and _NEXT_PART.fullmatch(text, sibling.end, quantity.start) \
                and _NEXT_PART_FLOW.match(text, quantity.end) and not any(
                    sibling.end <= c.start < clause[1] and c.form != "pronoun" and c.code
                    and (c.start > quantity.start or c.cue != "of") for c in countries):
            # `Norway provided about 25% of salmon imports and about 50% of cod imports`: a
            # share joined to the one before by `and` goes on with its subject, verb and owner
            # (the first's own owner may come between: `12% of US uranium imports and 27% of`)
            return Parties(sibling.exporter, sibling.importer, False)
        market = market_share(text, quantity, clause, countries) if kind == "share" else None
        if market is not None:  # `... took 23 percent of the American market`
            return market
        restated = self.part_of_whole_before(ctx, quantity) if kind == "share" or (
            kind in ("level", "change") and _OR_RESTATED.search(
                text, max(span[0], quantity.start - 20), quantity.start)) else None
        if restated is not None:  # `took 35,092 tonnes of the 117,502 tonnes Australia exported,
            return restated       # or 30 per cent`: the part over its whole
        if kind == "share" and of_total_trade(text, quantity, clause):
            # (the paragraph's two-way total, or one country's exports or imports: `Iran's oil
            # exports reached 430m barrels. Syria accounted for 7.2%`)
            # (a one-way flow with both sides only when the sentence names no country, which
            # would be a part of it: `Frozen chicken topped the list with half of the total`)
            rival = self.possessive_share(ctx, quantity, clause, before)
            if rival is not None:
                return rival
            kept = [] if self.own_subject_elsewhere(ctx, quantity, clause, before) else before
            flows = [Parties(c.exporter, c.importer, c.two_way) for c in kept] or [
                Parties(c.exporter, c.importer, c.two_way) for c in (
                    self.named_whole_flow(ctx, quantity) or self.paragraph_flow(ctx))
                if c.two_way or (c.exporter is None) != (c.importer is None)
                or not [m for m in countries if m.code and m.form != "pronoun"]]
            shared = share_parties(text, quantity, clause, countries, self.focus,
                                   flows[-1] if flows else None)
            return without_joint_part(text, quantity, ctx.sentence.start, countries, shared)
        owner = possessive_owner(text, countries, quantity.start)
        if owner is not None and owner.code:  # `Iran's 1.6 million bpd of oil exports`
            # the flow noun the owned figure heads (`of oil exports`) before any verb around it
            # (`China took 77% of Iran's 1.6 million bpd of oil exports`)
            owned = owned_parties(text, owner.code, [c for c in countries if quantity.end <= c.start
                                                     < clause[1]], goods,
                                  find_frame(text, quantity.end, min(clause[1],
                                                                     quantity.end + 40),
                                             quantity.end)
                                  or find_frame(text, *clause, quantity.start))
            if owned is not None:
                return owned
            if find_frame(text, *span, quantity.start) is None and lexicon("cap").search(
                    text, *span):
                # `Beijing's 91,909 barrels for 2021 used up 18.4% of the cap`: a supplier's
                # amount measured against a sanctions cap goes to the cap's target
                target = cap_parties(text, span, clause, countries, None, self.focus).importer
                return Parties(owner.code, target if target != owner.code else None, False)
        measured = [c for c in before if c.kind in ("level", "change")]
        if kind == "share" and measured and _OF_THE_CAP.match(text, quantity.end):
            # `... used up 18.4% of the cap`: a ratio to the cap of the flow just stated
            last = measured[-1]
            return Parties(last.exporter, last.importer, last.two_way)
        if earlier is not None and not any(
                clause[0] <= c.start < clause[1] and (c.start < quantity.start or c.form !=
                                                      "pronoun") for c in countries):
            return Parties(earlier.exporter, earlier.importer, earlier.two_way)
        own_frame = find_frame(text, *clause, quantity.start)
        frame = own_frame or find_frame(text, *span, quantity.start)
        # `Russian shipments to Türkiye, mostly energy, more than doubled to ...`: the subject
        # before an appositive belongs to the clause
        subject_from = subject_start(text, span[0], clause[0], self.masked)
        in_clause = [c for c in countries if subject_from <= c.start < clause[1]]
        head = next((c for c in reversed(countries) if c.start < subject_from
                     and c.cue is not None), None)
        if in_clause and head is not None and in_clause[0].cue is None and \
                listed_on(text, head, in_clause[0]):
            in_clause = [head, *in_clause]  # (`from Peru, Chile and other suppliers`: the
            # list's head before the comma the clause opens at is the clause's too)
        for index, mention in enumerate(in_clause):
            if mention.cue == "and" and mention.start < quantity.start and not mention.paired \
                    and (_closes_figure(text, max(subject_from, mention.start - 30),
                                        mention.start, comma=False) or (
                        _closes_figure(text, max(span[0], mention.start - 30), mention.start,
                                       comma=True)
                        and find_frame(text, mention.start, clause[1], quantity.start))) \
                    and OWN_VERB.match(text, mention.end):
                # `China nearly doubled its sales to 783,400 tons and Canada raised its
                # deliveries by 1%`: after a figure, `and` with a country and its verb opens the
                # next coordinate, whose subject that country is; so too after a comma that
                # closed the figure's clause, when the coordinate has a trade verb of its own
                # (`totalled 3.1 million tons, and Canada supplied 40% of them`; not `, and China
                # accounted for`)
                in_clause = [replace(mention, cue=None), *in_clause[index + 1:]]
                own_frame = find_frame(text, mention.start, clause[1], quantity.start) or own_frame
        antecedent = relative_antecedent(text, countries, subject_from)
        own_verb = find_frame(text, subject_from, clause[1], quantity.start)
        if antecedent is not None and (own_verb is None or own_verb.start < subject_from or
                                       own_verb.kind not in ("export", "import")):
            # `Venezuela's shipments to Cuba, which peaked at 100,000 bpd`: the relative clause
            # has no trade verb of its own, so what it is about is the flow, not Cuba
            antecedent = None
        if antecedent is not None:  # `Vietnam, which shipped ... to Manila`
            in_clause = [antecedent, *in_clause]
        if subject_from < clause[0]:
            own_frame = own_frame or find_frame(text, subject_from, clause[1], quantity.start)
        counter = counter_coordinate(text, quantity, (subject_from, ctx.span[1]))
        if counter is not None:
            # `Chile sold goods worth $74 million to Peru and bought $50 million of Peruvian
            # goods`: the countries of the verb the other way are that coordinate's
            # (a partner after `with` is both verbs': `sold $74 million and bought $50 million
            # in its trade with Peru`)
            in_clause = [c for c in in_clause if c.start < counter or c.cue == "with"]
        joined = counter_joined(text, quantity, ctx.span)
        if joined is not None:
            # `India bought Peruvian goods worth $591 million and sold Peru $264 million of
            # goods`: the verb the other way shares the subject, not the first verb's countries
            subject = next((c for c in reversed(countries) if c.start < joined[0] and c.code
                            and c.cue is None and not c.possessive), None)
            in_clause = [*([subject] if subject else []),
                         *(c for c in in_clause if c.start >= joined[1])]
        # a clause without its own trade word (`while Russia reported 30,180 tonnes`) still has
        # its subject, though the sentence's trade word came before it
        near = tied_side(text, quantity, in_clause,
                         assign(read_roles(text, in_clause, goods, own_frame), frame))
        if kind in ("level", "change") and not near.empty and self.to_everyone(ctx, clause) \
                and not (near.exporter is None and self.sent_out(ctx, clause)):
            # (not goods shipped out by a seller the clause does not name: `In June it shipped
            # out 150,000 tonnes to Nepal` keeps the seller carried from before, read below)
            return near
        own = self.own_mentions(ctx, quantity, clause)
        if counter is not None:
            own = [c for c in own if c.start < counter or c.cue == "with"]
        if joined is not None:
            own = [c for c in own if c.start >= joined[1] or c in in_clause]
        wide = assign(read_roles(text, own, goods, frame), frame)
        if any(c.surface.lower().endswith(("former", "latter")) for c in in_clause):
            # `trade with the former came to ...`: the pair it picks from is not a side too
            wide = near
        wide = self.rival_replaced(ctx, quantity, clause, near, wide)
        if self.previous:  # the paragraph's flow before the article's country
            # the one of the paragraph's flows that shares the known side, else what they share
            # (`Rice accounted for $17.9m of the Chinese shipments` after China's shipments to
            # the North and the North's the other way)
            matching = [c for c in self.previous if c.exporter and c.importer and not c.two_way
                        and ((wide.exporter and c.exporter == wide.exporter and not wide.importer)
                             or (wide.importer and c.importer == wide.importer
                                 and not wide.exporter))]
            sides = {(c.exporter, c.importer) for c in matching}
            earlier_flow = Parties(matching[-1].exporter, matching[-1].importer, False) \
                if len(sides) == 1 else merged([Parties(c.exporter, c.importer, c.two_way)
                                                for c in self.previous])
            if earlier_flow.empty and (wide.exporter is None) != (wide.importer is None):
                # (`Paraguay's exports came to $3,037 million, against imports of $2,389 million.
                # Uruguay was the largest buyer`: the one seller whose flow the paragraph left
                # open on the buyer's side, or the one buyer open on the seller's)
                # (not a side the paragraph's full flows give the other way: `Top supplier
                # Australia shipped 3.1mn t` to Japan makes no open flow into Australia)
                paired = [c for c in self.previous if c.exporter and c.importer]
                open_sellers = {c.exporter for c in self.previous if c.exporter and
                                not c.importer and not c.two_way} - {wide.importer} - {
                    c.importer for c in paired}
                open_buyers = {c.importer for c in self.previous if c.importer and
                               not c.exporter and not c.two_way} - {wide.exporter} - {
                    c.exporter for c in paired}
                if wide.importer and len(open_sellers) == 1:
                    earlier_flow = Parties(open_sellers.pop(), None, False)
                elif wide.exporter and len(open_buyers) == 1:
                    earlier_flow = Parties(None, open_buyers.pop(), False)
            if earlier_flow.empty:
                # (`Shipments to Europe dropped 57%, while Russia's overall exports stayed at 233
                # million tons. China's purchases climbed 73%`: the one seller the paragraph
                # named, where its other flows leave theirs unknown)
                sellers = {c.exporter for c in self.previous if not c.two_way}
                buyers = {c.importer for c in self.previous if not c.two_way}
                known_seller = sellers - {None}
                known_buyer = buyers - {None}
                earlier_flow = Parties(
                    known_seller.pop() if len(known_seller) == 1 and not known_buyer else None,
                    known_buyer.pop() if len(known_buyer) == 1 and not known_seller else None,
                    False)
            if not self.owned_flow(wide, frame, countries, (subject_from, quantity.start)):
                wide = complete(wide, earlier_flow, frame)
        pairs = [c for c in before if c.two_way and c.exporter and c.importer]
        if pairs and not self.previous:
            # `... put trade with the DPRK at $42.74 million; Russian supplies came to $42
            # million`: the pair the sentence named first
            wide = complete(wide, Parties(pairs[0].exporter, pairs[0].importer, True), frame)
        # a country's customs as the source is the home side of what it records
        home = self.reporter if self.reporter and not (near.empty and wide.empty) else \
            self.focus
        if home is not None and home in (near.exporter, near.importer, wide.exporter,
                                         wide.importer):
            # `Chinese customs ... seafood exports to China`: the reporter is already a side;
            # the other is the article's country
            home = self.focus
        named_sides = (near.exporter, near.importer, wide.exporter, wide.importer)
        exporter, importer = near.exporter or wide.exporter, near.importer or wide.importer
        partner_only = frame is not None and (
            (frame.kind == "export" and exporter is None and importer is not None)
            or (frame.kind == "import" and importer is None and exporter is not None))
        if partner_only and (home is None or home in named_sides) and \
                self.dateline not in named_sides:
            # `SEOUL, April 30 (Yonhap) -- ... exports to China`: the country the story is
            # filed from is the home side of a flow that names only its partner, when the
            # article's country is already a side (or there is none)
            home = self.dateline
        if self.reporter is None and frame is not None and frame.kind in ("export", "import") \
                and any(c.possessive and c.code and _OWNS_FRAME.fullmatch(text, c.end, frame.start)
                        for c in countries):
            # `Iran's seaborne oil exports reached 430m barrels`: a country's own total, to (or
            # from) everyone; the article's country is no side of it
            home = None
        if frame is not None and frame.kind in ("export", "import") and \
                frame.start >= clause[0] and bloc_named(text, clause[0], frame.start):
            # `European Union countries imported Russian fertilisers worth ...`: the home side
            # is a bloc, which has no code, not the article's country
            home = None
        if home is not None and self.no_buyer_yet(home, quantity, kind, span[1], near, wide,
                                                  frame):
            home = None
        parties = combine(near, wide, frame, home, self.headline)
        if kind in ("level", "change") and not parties.two_way and frame is not None and \
                frame.end <= quantity.start and total_flow(text, frame, clause[0]):
            # `Total exports still grew 4.8%` after the sales to one buyer: to everyone
            parties = Parties(parties.exporter, near.importer, False) if \
                frame.kind == "export" else Parties(near.exporter, parties.importer, False)
        elif kind in ("level", "change") and not parties.two_way and parties.exporter and \
                parties.importer and near.importer is None and (
                    frame is None or frame.kind == "export") and earned_total(
                    text, countries, clause[0], quantity.start):
            # `Kenya earned $668 million from tea exports` after its sales to one buyer
            parties = Parties(parties.exporter, None, False)
        if not parties.two_way and near.importer is None and _MANY_BUYERS.search(
                text, clause[0], clause[1]):
            # `Iran shipped 56,298 tons of pistachios to 57 countries` under a headline on its
            # top buyers: a flow to many countries has no one buyer
            parties = Parties(parties.exporter, None, False)
        if parties.empty and frame is not None and frame.kind in ("export", "import") and \
                self.dateline and not self.previous and self.stated is None and not [
                    c for c in countries if c.code and c.form != "pronoun"
                    and c.code != self.dateline]:
            # `SINGAPORE: Non-oil domestic exports grew 17.9 per cent`: with no country in
            # sight, the flow is the home country's, to or from everyone
            parties = Parties(self.dateline, None) if frame.kind == "export" else \
                Parties(None, self.dateline)
        home_only = self.dateline or self.lead
        if parties.empty and frame is not None and frame.kind in ("export", "import") and \
                home_only and not self.previous and self.stated is None and not [
                    c for c in countries if c.code and c.form != "pronoun"] and \
                not bloc_named(text, span[0], span[1]) and \
                not lexicon("shared_flow_owners").search(text, clause[0], quantity.start) and (
                    home_only == self.dateline or not [
                        c for c in find_countries(
                            text, max(self.lead_end, span[0] - _PARAGRAPH_REACH), span[0])
                        if c.code and c.code != home_only and c.form != "pronoun"]):
            # `Exports slipped 5 percent to $1.8 billion` in a story on Afghanistan whose
            # sentence names no country: the article's country's flow, to or from everyone
            parties = Parties(home_only, None) if frame.kind == "export" else \
                Parties(None, home_only)
        contrast = _CONTRAST.search(text, clause[1], span[1])
        if contrast is not None and not any(self.quantities[i].start >= contrast.start()
                                            for i in ctx.indices):
            contrast = None  # (`..., after Lithuania's closure of the port`: no flow of its own)
        parted = [c for c in countries if c not in own
                  and not (contrast is not None and c.start >= contrast.start())]
        if parted and (frame is not None or not parties.two_way):
            # a total whose parts go elsewhere: no other side from the article's country (with
            # no trade word, `33 million tonnes of Ukrainian grain left ports, a quarter of it
            # bound for China`, goods from somewhere are going out); a contrasting clause's
            # countries are its own (`Iran supplied 330,000 tonnes, while Turkmenistan ...`)
            own_codes = {c.code for c in own}
            flow = frame.kind if frame is not None else "export"
            if flow == "export" and parties.importer not in own_codes:
                parties = Parties(parties.exporter, None, False)
            elif flow == "import" and parties.exporter not in own_codes:
                parties = Parties(None, parties.importer, False)
        # `the two countries` in another clause speaks for this one unless this clause has a
        # subject of its own (`..., while the North's overall trade rose ...`)
        own_subject = any(subject_from <= c.start < clause[1] and c.form != "pronoun" and (
            c.cue is None or c.possessive) for c in countries) or (
            # `Imports from the isolated state fell ..., so total trade between the two
            # neighbours grew`: a one-way flow with a side of its own
            own_frame is not None and own_frame.kind in ("export", "import")
            and any(subject_from <= c.start < clause[1] and c.code for c in countries))
        if not parties.paired and lexicon("pair_anaphora").search(
                text, *((subject_from, clause[1]) if own_subject else span)):
            suppliers = self.joint_flow(frame, span[0])
            if suppliers is not None:  # `Together the two countries declared ...`
                return suppliers
            # `trade between the two countries`: the last two countries named before
            pair = self.recent_pair()
            together = None if pair is None else _pair_together(parties, frame, pair)
            if together is not None:
                return together
            if pair is not None:
                return Parties(pair[0], pair[1], True)
        if frame and frame.kind == "two_way" and not parties.paired and lexicon(
                "pair_words").search(text, *span):
            # `Moscow's officials put bilateral trade at ...`: the named country and ours
            # a source's own country (`Moscow's own officials put bilateral trade at ...`)
            named = [c.code for c in countries or find_countries(text, *span)
                     if c.code and c.code != self.focus and c.form != "pronoun"
                     and not (c.paired and c.start >= clause[1])]
            if named and self.focus:
                return Parties(named[0], self.focus, True)
            # (a country of another clause is no side: `... before falling, after the U.N.
            # tightened sanctions over the North's nuclear tests`)
            pair = None if [c for c in countries if subject_from <= c.start < clause[1]] else (
                self.last_pair or self.traded_pair() or self.recent_pair())
            if pair is not None:  # `two-way trade` with no country named: the pair named
                # together last, else the last pair that traded, else the last two named
                return Parties(pair[0], pair[1], True)
        aimed = gapped_partner(text, in_clause, clause[0], quantity.start)
        if aimed is not None and frame and frame.kind in ("export", "import") and \
                not parties.two_way:
            cue, partner = aimed  # `..., to Japan 28.5 percent and to the EU 17.5 percent`
            if cue == "to" and parties.exporter != partner:
                return Parties(parties.exporter, partner, False)
            if cue == "from" and parties.importer != partner:
                return Parties(partner, parties.importer, False)
        gap = gapped_subject(text, in_clause, quantity.start)
        if gap is not None and gap.code and frame and frame.kind in ("export", "import"):
            # a country left as the subject takes the frame's side; a demonym before goods is
            # their origin (`Imports of Chinese steel fell 47 percent and South Korean steel 26
            # percent`), or their buyer before `imports` or `demand` (`and French demand 15%`)
            buyer = frame.kind == "import" if gap.form != "demonym" else bool(
                lexicon("flow", "import").search(text, gap.end, quantity.start)
                or lexicon("demand_side_nouns").search(text, gap.end, quantity.start))
            if buyer:
                return Parties(parties.exporter if parties.exporter != gap.code else None,
                               gap.code, False)
            return Parties(gap.code, parties.importer if parties.importer != gap.code
                           else None, False)
        return parties

    def no_buyer_yet(self, home: str, quantity: Quantity, kind: Kind, sentence_end: int,
                     near: Parties, wide: Parties, frame: Frame | None) -> bool:
        """Whether the article's country stands for no buyer of a seller's exports: a level or
        change of an `export` flow that names only its seller, another country (`Exports of
        Malaysian furniture climbed past RM13 billion`, `Tunisia has exported 207,000 tonnes of
        olive oil`), in a paragraph that has not named the article's country before the figure:
        the seller's total, not its sales to a country the paragraph has not turned to (a
        country named only after the figure, `..., even as Washington tightens sanctions`, is
        no buyer either, but a port or town of it is: `5,000 tons of Russian flour through
        Rason`). An article's country the text never names is its outlet's, the buyer
        of what its stories tell (`Daily NK`: `We shipped about 5,000 tons of Russian flour`)."""
        seller = near.exporter or wide.exporter
        if kind not in ("level", "change") or frame is None or frame.kind != "export" or \
                near.importer or wide.importer or seller in (None, home):
            return False
        if home not in _codes_named(self.text):
            return False  # the outlet's country (`Daily NK`): all its stories are about it
        if {home, seller} <= headline_countries(self.text) and _PAIR_HEADLINE.search(
                self.text, 0, _headline_end(self.text)):
            return False  # (`North Korea's trade with Russia plunges` over the story: its pair)
        paragraph = self.text.rfind("\n", 0, quantity.start) + 1
        if self.rival_seller(home, seller, paragraph, quantity.start):
            return True
        starts, mentions = _mentions(self.text)
        return not any(c.code == home and (c.start < quantity.start or c.form == "region")
                       for c in mentions[bisect_left(starts, paragraph):
                                         bisect_left(starts, sentence_end)]
                       if c.end <= sentence_end)

    def rival_seller(self, home: str, seller: str | None, paragraph: int, at: int) -> bool:
        """Whether the paragraph has told the article's country only as a seller: a side of
        its earlier one-way flows, each time the selling one (`Brazil's sales rose 4%, while
        Chile and Peru raised their exports by 9% and 2%`: the rivals sell to no Brazil), and
        never named it as a buyer in its text before the figure (after `to`, `into`, `toward`,
        `towards`, `for` or `in`, or before an import word: `Chilean imports`). A `seller` that
        bought from it in one of those flows is its partner, no rival (`Ghana's cocoa exports
        to Japan rose 6%. Japan exported cars worth $90 million`: to Ghana)."""
        told = [c for c in self.history if c.start >= paragraph and not c.two_way
                and home in (c.exporter, c.importer)]
        if not told or any(c.exporter != home for c in told) or any(
                c.importer == seller for c in told):
            return False
        return not any(
            c.code == home and (c.cue in (*_DESTINATION_CUES, "in") or
                                _BUYER_AFTER.match(self.text, c.end) is not None)
            for c in find_countries(self.text, paragraph, at))

    def whole_side(self, quantity: Quantity, kind: Kind, clause: tuple[int, int],
                   ctx: Context) -> Parties | None:
        """`Total outbound shipments set a record of $683.8 billion` (`Overall exports fell 2%`)
        after a country's sales to its partners, in a sentence naming no country: that
        country's flow to everyone (`total imports`: its purchases from everyone)."""
        if kind not in ("level", "change") or any(c.code for c in ctx.countries
                                                    if c.start < clause[1]):
            return None
        whole = _WHOLE_FLOW.search(self.text, ctx.span[0], quantity.start)
        told = [c for c in (*self.previous, *(self.claims[i] for i in ctx.indices
                                              if i in self.claims))
                if c.kind in ("level", "change") and not c.two_way and c.end <= quantity.start]
        if whole is None or not told or _WHOLE_TO.match(self.text, whole.end()):
            return None  # (`total exports across the boundary`: to the partner of the text)
        buying = whole["way"].lower() in ("imports", "purchases", "inbound shipments", "arrivals",
                                          "receipts", "intake")
        owners = {c.importer if buying else c.exporter for c in told}
        if len(owners) != 1 or None in owners:
            return None
        owner = owners.pop()
        # (`..., while imports slipped to $632 billion`: the other way of the same country's
        # trade with everyone)
        own = find_frame(self.text, whole.start(), quantity.start, quantity.start)
        way = own.kind if own is not None else "import" if buying else "export"
        if way == "export":
            return Parties(owner, None, False)
        if way == "import":
            return Parties(None, owner, False)
        return None

    def other_way(self, quantity: Quantity, kind: Kind, clause: tuple[int, int],
                  ctx: Context) -> Parties | None:
        """`German exports in the two months grew 3.8 percent, while imports slipped 0.3
        percent`: a clause naming no country, opened by the other flow noun, is the same
        country's other way with everyone."""
        openers = list(_OTHER_WAY_OPENER.finditer(self.text, ctx.span[0], quantity.start))
        opened = openers[-1] if openers else None
        if opened is None or kind not in ("level", "change") or any(
                c.code for c in ctx.countries if opened.start() <= c.start < clause[1]):
            return None
        before = [self.claims[i] for i in ctx.indices if i in self.claims
                  and self.claims[i].end <= opened.start()]
        if not before or before[-1].two_way:
            return None
        last = before[-1]
        if opened["way"].lower() == "imports" and last.exporter and last.importer is None:
            return Parties(None, last.exporter, False)
        if opened["way"].lower() == "exports" and last.importer and last.exporter is None:
            return Parties(last.importer, None, False)
        return None

    def rival_replaced(self, ctx: Context, quantity: Quantity, clause: tuple[int, int],
                       near: Parties, wide: Parties) -> Parties:
        """`Japan supplied 1.9 million t, while purchases from the US fell 49%`: a contrasting
        clause naming one side of its own flow (the US as seller) does not take as the other
        side a country an earlier figure of the sentence had on that same side (Japan, a
        seller too, is the US's rival); the earlier flow's other side (the buyer) goes on."""
        if near.two_way or wide.two_way or (near.exporter is None) == (near.importer is None) \
                or not (wide.exporter and wide.importer):
            return wide
        seller = near.exporter is not None
        rival = wide.importer if seller else wide.exporter
        if (wide.exporter if seller else wide.importer) != (near.exporter or near.importer) or \
                rival == self.reporter or any(
                c.code == rival and (clause[0] <= c.start < clause[1] or (
                    c.possessive and c.form != "pronoun") or (
                    c.form == "demonym" and OWNS_FLOW.match(self.text, c.end)))
                for c in ctx.countries):
            return wide  # (a country owning the flow before trades both ways: `Armenian
            # exports to the UAE jumped, while imports from Russia tripled`)
        for index in ctx.indices:
            sibling = self.claims.get(index)
            if sibling is None or sibling.end > quantity.start or sibling.two_way or \
                    sibling.kind not in ("level", "change") or \
                    not (sibling.exporter and sibling.importer) or \
                    (contrast := lexicon("contrast_openers").regex.search(
                        self.text, sibling.end, quantity.start)) is None:
                continue
            kept = sibling.importer if seller else sibling.exporter
            if any(c.code == kept and c.start < contrast.start() for c in ctx.countries):
                # the sentence names both sides of its first flow (`China exported 2 million
                # tonnes to Vietnam, while imports from Japan fell`): its subject is the topic,
                # the owner of the contrasting flow, no rival
                return wide
            if seller and sibling.exporter == rival and sibling.importer != near.exporter:
                return Parties(near.exporter, sibling.importer, False)
            if not seller and sibling.importer == rival and sibling.exporter != near.importer:
                return Parties(sibling.exporter, near.importer, False)
        return wide

    def owned_flow(self, parties: Parties, frame: Frame | None, countries: list[CountryMention],
                   before: tuple[int, int]) -> bool:
        """`Russia's wheat exports in October came to 4.13 million tonnes` after its shipments
        to Bangladesh: a country owning its exports, with no buyer named, states its total to
        everyone, not more of the paragraph's flow (a buyer's own imports still take the
        paragraph's supplier: `China's imports` after Ukraine's grain to China)."""
        if frame is None or frame.kind != "export" or parties.two_way or \
                parties.exporter is None or parties.importer is not None or not (
                before[0] <= frame.start < before[1]) or _PARTNER_AFTER.match(self.text,
                                                                               frame.end):
            return False  # (`of Russia's sales to its Soviet-era ally`: a partner not known)
        return any(c.possessive and c.code == parties.exporter and before[0] <= c.start and
                   _OWNS_FRAME.fullmatch(self.text, c.end, frame.start) for c in countries)

    def part_of_which(self, quantity: Quantity, kind: Kind, ctx: Context) -> Parties | None:
        """`total arrivals came to 78.34 million barrels, of which Arab producers provided 75.24
        million barrels`: a part after `of which` naming no country is of the whole's flow."""
        if kind != "level":
            return None
        wholes = [self.claims[i] for i in ctx.indices if i in self.claims
                  and self.claims[i].end <= quantity.start and self.claims[i].kind == "level"]
        if not wholes:
            return None
        whole = max(wholes, key=lambda c: c.end)
        between = _OF_WHICH.match(self.text, whole.end, quantity.start)
        if between is None:
            return None
        which = between.start("which")
        named = {c.code for c in ctx.countries if c.code and which <= c.start < ctx.span[1]}
        if len(named) == 1 and not whole.two_way:
            # `Brazil exported 10 million tonnes, of which crushers in Argentina bought 1
            # million tonnes`: the part's country takes the side the whole left open
            code = next(iter(named))
            if whole.exporter and whole.importer is None and code != whole.exporter:
                return Parties(whole.exporter, code, False)
            if whole.importer and whole.exporter is None and code != whole.importer:
                return Parties(code, whole.importer, False)
        if named:
            return None  # (`of which 26.5 million tonnes went to China`: its own buyer)
        return Parties(whole.exporter, whole.importer, whole.two_way)

    def region_side(self, parties: Parties, quantity: Quantity, kind: Kind,
                    clause: tuple[int, int], ctx: Context) -> Parties | None:
        """`Europe absorbed 37.1 million bottles`, `Volumes to the NAFTA region rose 15.3%`
        after the paragraph's flows to one country and another: a region on the receiving side
        (after `to`, or taking the goods) keeps the flow's seller and has no country of its own
        (on the supplying side, the buyer stays). Where the sentence named a country before, only
        a level or share the region takes as its clause's subject (`while Europe as a whole took
        43%`, `and Europe took 74.7 GW, or 56%`) is the region's, with the paragraph's seller;
        not a change (`took 12% less coal`), nor a share of the world's goods (`25% of global
        wheat imports`) or of other goods."""
        if kind not in ("level", "change", "share") or any(
                c.code and clause[0] <= c.start < clause[1] for c in ctx.countries):
            return None
        region = REGION.search(self.text, clause[0], quantity.start)
        if region is not None and not parties.empty:
            # `Germany came next with 17,550 bags, while Europe as a whole took 43%`: a region
            # opening its clause and taking the figure is its buyer, whatever country the
            # sentence named before; the seller is the paragraph's
            # (a level or share only, and of the paragraph's goods: not `took 12% less coal`,
            # `bought 20% more LNG`, `absorbed 25% of global wheat imports`)
            if kind == "change" or _REGION_TAKEN_NOT_OURS.match(self.text, quantity.end,
                                                                clause[1]):
                return None
            stated = [self.claims[i] for i in ctx.indices if i in self.claims
                      and self.quantities[i].end <= quantity.start]
            sellers = [c for c in (*self.previous, *stated) if c.exporter and not c.two_way]
            if not sellers or not _CLAUSE_OPENING.fullmatch(self.text, clause[0], region.start()) \
                    or not _REGION_TAKES_AS_WHOLE.match(self.text, region.end(), quantity.start):
                return None
            commodity = sellers[-1].commodity
            goods = [m.key for m in find_commodities(self.text, quantity.end, clause[1])
                     if not m.generic]
            if commodity is not None and goods and not any(
                    key in (commodity, *ancestors(commodity)) or commodity in ancestors(key)
                    for key in goods):
                return None  # (`took 43% of its cocoa` after coffee: other goods)
            return Parties(sellers[-1].exporter, None, False)
        if kind == "share":
            return None
        flows = [c for c in self.previous if c.kind in ("level", "change") and c.exporter
                 and c.importer and not c.two_way]
        if region is None or not flows:
            return None
        before = self.text[max(clause[0], region.start() - 8):region.start()]
        after = self.text[region.end():quantity.start]
        if _REGION_RECEIVES.search(before) or _REGION_TAKES.match(after):
            return Parties(flows[-1].exporter, None, False)
        if _REGION_SENDS_FROM.search(before) or _REGION_SUPPLIES.match(after):
            return Parties(None, flows[-1].importer, False)
        return None

    def ranked_row_goes_on(self, parties: Parties, quantity: Quantity, kind: Kind,
                           clause: tuple[int, int], ctx: Context,
                           named: set[str]) -> Parties | None:
        """`Australian cargoes rose ..., while South Africa and Nigeria shipped ... Zimbabwe's
        deliveries slipped 7.8%`: after the paragraph's flows from several suppliers to one
        buyer (or from one seller to several buyers), a sentence naming only another supplier
        with its deliveries is that supplier's row of the same flow."""
        if kind not in ("level", "change") or parties.two_way or \
                not _ROW_NOUN.search(self.text, clause[0], quantity.start):
            return None
        owner = next((c for c in ctx.countries if clause[0] <= c.start < quantity.start
                      and c.possessive and _OWNED_ROW.match(self.text, c.end)),
                     None) if parties.empty else None
        if owner is not None and owner.code:
            # `South Africa's figure fell to $2.38 billion`: the row's owner, not a side yet
            parties = Parties(owner.code, None, False)
            named = {owner.code}
        if len(named) != 1 or (parties.exporter is None) == (parties.importer is None):
            return None
        rows = [c for c in self.previous if c.kind in ("level", "change") and c.exporter
                and c.importer and not c.two_way]
        if not rows:
            return None
        sellers, buyers = {c.exporter for c in rows}, {c.importer for c in rows}
        if parties.exporter and len(buyers) == 1 and parties.exporter not in buyers and (
                len(sellers) >= 2 or owner is not None):
            return Parties(parties.exporter, rows[-1].importer, False)
        if parties.importer and len(buyers) >= 2 and len(sellers) == 1 and \
                parties.importer not in sellers:
            return Parties(rows[-1].exporter, parties.importer, False)
        return None

    def _names_own_sides(self, parties: Parties, quantity: Quantity, kind: Kind,
                         ctx: Context) -> bool:
        """`U.S. steel imports totaled 33.7 million tons. Finished steel made up 25.6 million
        tons, and took 23 percent of the American market`: a figure with no parties of its own,
        whose sentence names, only after it, sides of the paragraph's flow, goes on with it."""
        if not parties.empty or kind not in ("level", "change"):
            return False
        sides = {side for c in self.previous if c.kind in ("level", "change")
                 for side in (c.exporter, c.importer) if side}
        named = [c for c in ctx.countries if c.code and c.form != "pronoun"]
        # (behind a preposition or as an owner: `keeping Vietnam firmly in place as the main
        # supplier` is a new statement about the country)
        return bool(named) and all(c.code in sides and c.start >= quantity.end and (
            c.cue is not None or c.possessive) for c in named)

    def to_everyone(self, ctx: Context, clause: tuple[int, int]) -> bool:
        """`Turkish coal imports from all origins`, `Across all destinations, Russian coal
        exports shrank`: the flow's other side is everyone, not a country of another clause."""
        if OVERALL_OPENER.match(self.text, ctx.span[0]):
            return True  # `Overall, 50 vessels left Venezuelan waters averaging 708,900 bpd`
        return self.everyone(ctx, clause) is not None

    def unowned_production(self, quantity: Quantity, clause: tuple[int, int],
                           ctx: Context) -> Parties | None:
        """`Gas output rose 13.3 percent to 27.3 bcm` with no country in the clause, after the
        paragraph's exports: the exporter's production, never a flow to the buyer named last
        (`domestic output` after imports is the buyer's own)."""
        if not _UNOWNED_PRODUCED.fullmatch(self.text, clause[0], quantity.start) or any(
                c.code and clause[0] <= c.start < quantity.start for c in ctx.countries):
            return None
        home = _HOME_MADE.search(self.text, clause[0], quantity.start) is not None
        told = [*self.previous, *(self.claims[i] for i in ctx.indices if i in self.claims
                                  and self.claims[i].end <= quantity.start)]
        producers = [side for c in told if (side := c.importer if home else c.exporter)]
        return Parties(producers[-1] if producers else self.focus, None, False)

    def sent_out(self, ctx: Context, clause: tuple[int, int]) -> bool:
        """Whether the clause's everyone is goods shipped or sent out (`shipped out 150,000
        tonnes`), which names no seller: one carried from before stays."""
        everyone = self.everyone(ctx, clause)
        return everyone is not None and everyone.group().split()[0].lower() in _SENT_OUT

    def everyone(self, ctx: Context, clause: tuple[int, int]) -> re.Match[str] | None:
        """The words naming everyone as the flow's other side (`to all other markets`,
        `abroad`), from the clause's subject (or the sentence's opening `Across all ...`)."""
        start = subject_start(self.text, ctx.span[0], clause[0], self.masked)
        if _ALL_PARTNERS_OPENER.match(self.text, ctx.span[0]):
            start = ctx.span[0]
        return _ALL_PARTNERS.search(self.text, start, clause[1])

    def share_owner(self, share: Claim) -> str | None:
        """The side of a one-way share whose country the words after its figure name as the
        owner of the total (`15.3% of the goods Britain exported`, `52 per cent of the country's
        garment shipments`), if any. A possessive pronoun stands for the side no later country
        takes (`30% of its copper exports to China`: the sender); a country behind `to` or
        `from` is a destination or origin, not an owner."""
        sides = [side for side in (share.exporter, share.importer) if side]
        end = min(share.sentence_end, share.end + 60)
        # (not past a semicolon: `... and Spain 40%; Spain supplied 71% of the imports`)
        stop = self.text.find(";", share.end, end)
        after = find_countries(self.text, share.end, end if stop < 0 else stop)
        for mention in after:
            if mention.cue in _ROUTE_CUES:
                continue
            if mention.code in sides:
                return mention.code
            if mention.form == "pronoun" and mention.possessive:
                rest = [side for side in sides if side not in {m.code for m in after}]
                return rest[0] if len(rest) == 1 else None
        return None

    def everyone_side(self, ctx: Context, clause: tuple[int, int], parties: Parties) -> Parties:
        """`parties` with the destination a flow to everyone names left open, unless the clause
        itself names a country there (`exports to all other markets fell 13%`, `shipped 5
        million tonnes abroad`)."""
        everyone = self.everyone(ctx, clause)
        if everyone is None or parties.two_way:
            return parties
        named = {c.code for c in ctx.countries if clause[0] <= c.start < clause[1]
                 and not _OTHER_THAN.search(self.text, max(0, c.start - 25), c.start)}
        way = everyone.group().split()[0].lower()
        # (`Across all markets, ... while imports slipped`: a buyer's imports from everyone)
        outward = way == "to" or (way in ("across", *_SELLERS_OF_ALL)
                                  and parties.exporter is not None) or \
            way in _AWAY and parties.exporter and not \
            _FROM_BEFORE.search(self.text, max(0, everyone.start() - 6), everyone.start())
        if outward and parties.importer not in named:
            return Parties(parties.exporter, None, False)
        # (`brought in 0.7 million tons from other suppliers` keeps the paragraph's supplier:
        # leaving it open would cut the supplier off from the flows that follow)
        return parties

    def part_destination(self, ctx: Context, clause: tuple[int, int],
                         mention: CountryMention) -> bool:
        """`..., with most barrels ending up in China`: a destination in a later clause that
        opens with a part of the goods (no figure of its own) is that part's, not the total's."""
        if mention.start < clause[1]:
            return False
        start = clause_bounds(self.text, *ctx.span, mention.start, self.masked)[0]
        return _PART_OPENER.match(self.text, start, mention.start) is not None

    def own_mentions(self, ctx: Context, quantity: Quantity,
                     clause: tuple[int, int]) -> list[CountryMention]:
        """The sentence's countries that may speak for `quantity`: not a destination in a later
        clause about another quantity (`Of the 13,500 tons exported, 1,080 tons went to North
        Korea`; an origin there is shared: `3,000 tons of flour and 5,000 tons of X from Y`),
        and for a total (`part of 130,000 tons`) not the destinations of the other flows."""
        later = [clause_bounds(self.text, *ctx.span, self.quantities[i].start, self.masked)
                 for i in ctx.indices if self.quantities[i].start >= clause[1]
                 and measurable(self.quantities[i])]
        kept = [c for c in ctx.countries if c.cue not in _BREAKDOWN_CUES
                or not (any(a <= c.start < b for a, b in later) or self.part_destination(
                    ctx, clause, c))]
        if whole_of_parts(self.text, clause[0], quantity.start):
            kept = [c for c in kept if clause[0] <= c.start < clause[1] or c.cue is None
                    or c.possessive]
        # a pair named in a later clause (`..., excluding $1.91 billion in inter-Korean trade`)
        # is that clause's own, and so is all a contrasting clause names (`..., while North
        # Korean goods brought in fell ...`)
        contrast = _CONTRAST.search(self.text, clause[1], ctx.span[1])
        cut = contrast.start() if contrast else ctx.span[1]
        # `totalled 9.6 Mt last year, of which Hungary received 5.1 Mt`: the parts' countries
        parts = _PARTS_AFTER.search(self.text, quantity.end, cut)
        if parts is not None and any(parts.end() <= self.quantities[i].start < cut
                                     for i in ctx.indices):
            cut = parts.start()
        # `... to 34,648 million dollars in 2023, 11% of them from China`: a share of the
        # figures before it, set after a comma, names its part's country, not theirs; so does
        # a part in the figure's own unit (`totalling 18.93 lakh tonnes ..., 13.97 lakh tonnes
        # of it from Ukraine`)
        for i in ctx.indices:
            share = self.quantities[i]
            if quantity.end <= share.start < cut and share.unit in ("percent", quantity.unit):
                opener = _SHARE_OF_THEM.search(self.text, quantity.end, share.start)
                if opener is not None and _OF_THEM.match(self.text, share.end):
                    cut = opener.start()
                    break
        # before a semicolon, another statement: `Most Iranian crude reaches Chinese refiners;
        # Tehran's exports averaged 1.5 million b/d` (when the figure's part names its owner)
        semicolon = self.text.rfind(";", ctx.span[0], quantity.start)
        floor = max(ctx.span[0], self.headline_as_floor(ctx, quantity, kept))
        if semicolon >= 0 and any(semicolon < c.start < quantity.start and c.form != "pronoun"
                                  and c.possessive for c in kept):
            floor = max(floor, semicolon)
        return [c for c in kept if not (c.paired and c.start >= clause[1]) and
                floor <= c.start < cut]

    def headline_as_floor(self, ctx: Context, quantity: Quantity,
                          mentions: list[CountryMention]) -> int:
        """`Ghana tops buyers as Peru's zinc exports climb 14.2%`: in a headline, the clause
        after `as` that names its own owner (a possessive country) holds the figure alone; the
        country of the clause before it is no side of it. Elsewhere, 0."""
        if quantity.start >= _headline_end(self.text):
            return 0
        joint = _HEADLINE_AS.search(self.text, ctx.span[0], quantity.start)
        if joint is None or not any(joint.end() <= c.start < quantity.start and c.possessive
                                    and c.form != "pronoun" for c in mentions):
            return 0
        for mention in mentions:
            frame = find_frame(self.text, ctx.span[0], mention.start, mention.start) if \
                ctx.span[0] <= mention.start < joint.start() and mention.code else None
            if frame is not None and frame.kind in ("export", "import") and \
                    _HEADLINE_FLOW_SIDE.fullmatch(self.text, frame.end, mention.start):
                return 0  # (`Exports to China surge as Australia's iron ore shipments hit 80
                # million tonnes`: the clause before names the same flow's other side)
        return joint.end()


_HEADLINE_FLOW_SIDE = re.compile(r"\s+(?:to|into|from)\s+(?:the\s+)?", re.IGNORECASE)
"""Between a headline's flow word and its other side (`Exports to China`)."""
_HEADLINE_AS = re.compile(r"(?<=[a-z])\s+as\s+(?=[A-Z])")
"""A headline's `as` between two clauses (`... leads buyers as China's ...`)."""
_ELIDED_OWNER = re.compile(r"\s+of\s+(?:the\s+)?")
"""Between a share and the country whose total it is (`40% of Morocco's`)."""
_ELIDED_NOUN = re.compile(r"['’]s?(?=\s*(?:[,;.)]|and\b|or\b|$))")
"""After an owning country: its total's noun left out (`40% of Morocco's and ...`)."""


_WHOLE_BY = (r"\s+(?:[\w.'’-]+\s+){1,4}?(?:(?:supplying|shipping|providing|selling|delivering|"
             r"buying|taking)\s+(?:all|nearly\s+all|almost\s+all|virtually\s+all|practically\s+"
             r"all)\b|to\s+(?:supply|ship|deliver|provide)\s+(?:all\b|the\s+(?!(?:bulk|rest|"
             r"remainder|majority|most|lion|largest|biggest|smallest|top|lead|shortfall)\b)"
             r"[a-z]+\s+(?:under|by|at|in|from|on|over|through)\b))")
"""After `, with`: a country that supplies or buys all of the figure (`with China supplying
nearly all of it`, `with Russia to supply the grain under a deal`): the figure's own side, not
a circumstance (`with India buying the largest volume`, `with Morocco providing the phosphate`
are)."""
_CONTRAST = re.compile(r"\b(?:while|whereas|but)\b|,\s+(?:(?:mainly|largely|mostly|partly|chiefly|"
                       r"primarily|in\s+part|probably|possibly)\s+)?(?:after|because|"
                       r"as(?!\s+well\s+as)|since|when|despite|although|though|amid|"
                       r"with(?=\s+(?:the\s+)?(?-i:[A-Z]))(?!" + _WHOLE_BY + r"))\b",
                       re.IGNORECASE)
"""Opens a clause whose countries are its own: a contrast, a reason or time set off by a
comma (`..., after Lithuania's closure of the port of Klaipeda ...`), or the circumstance a
comma and `with` add (`..., with Russia and Argentina now the main sellers`)."""
_TIED_GAP = re.compile(r"(?:\s+(?!and\b|or\b|while\b|but\b)[a-z][\w-]*){0,3}\s+"
                       r"(?P<cue>from|to|into)\s+(?:the\s+)?$")


_OWNED_FLOW = re.compile(r"['’`]s?\s+(?:[\w-]+\s+){0,3}?(?P<flow>trade|exports|imports|commerce)\b",
                         re.IGNORECASE)
_TOTAL_OWNED = re.compile(r"\b(?:total|foreign|overall|external|global|worldwide|outside)\b",
                          re.IGNORECASE)


_APPOSED = re.compile(r"\s*,?\s*(?:worth|valued\s+at|of|totall?ing|amounting\s+to)\s+"
                     r"(?:(?:about|around|roughly|nearly|some|over|more\s+than|almost|just|an\s+"
                     r"estimated)\s+)*")
"""`the North's textile exports, worth $752 million`: the amount of the owned flow itself."""


@cache
def _bare_share() -> re.Pattern[str]:
    """Right after a possessive country: its share with no total named (`Qatar's share fell`,
    `Iran's portion was`)."""
    nouns = "|".join(sorted(map(re.escape, word_set("bare_share_nouns")), key=len, reverse=True))
    # (not one naming its total: `Iraq's share in Indian imports`, `share of global exports`)
    totals = "|".join(sorted(map(re.escape, word_set("share_total_preps")), key=len, reverse=True))
    return re.compile(rf"(?:['’]s?)?\s+(?:{nouns})\b(?!\s+(?:{totals})\b)", re.IGNORECASE)


_PRONOUN_OWNED_FLOW = re.compile(r"\s+of\s+(?:all\s+(?:of\s+)?)?(?P<owner>its|the\s+"
                                 r"(?:country|nation)['’]s)\s+(?:[\w-]+\s+){0,3}?(?P<flow>"
                                 r"imports|purchases|exports|sales|shipments)\b",
                                 re.IGNORECASE)
"""Right after a share: the flow of a country named by a pronoun (`of its goods imports`)."""
_SHARE_VERB = re.compile(r"\b(?:(?P<buy>took|takes|taking|bought|buys|buying|absorbed|absorbs|"
                         r"absorbing|purchased|purchases|received|receives)|(?P<sell>supplied|"
                         r"supplies|supplying|provided|provides|providing|sold|sells|selling|"
                         r"shipped|ships|sent|sends))\b(?=\s+(?:(?:about|around|roughly|nearly|"
                         r"almost|some|over|more\s+than|just|only|also)\s+)*[\d(a-z])")
"""A verb of a country buying or selling a part of a flow."""
_RELATIVE_OWNER = re.compile(r"\bof\s+(?:all\s+)?(?:the|what|everything)\b[^,;.]{0,30}$",
                             re.IGNORECASE)
"""Before a country: a relative clause on goods (`of the LPG the United States ships`)."""


NEXT_SHARE = re.compile(r"\s+of\s+(?:[\w'’-]+\s+){0,3}?(?:imports|exports|purchases|sales|"
                         r"supplies|deliveries|shipments)(?:\s+in\s+\d{4})?(?:,?\s+(?:along\s+"
                         r"with|as\s+well\s+as|together\s+with|plus|and)|,)\s+"
                         + hedge_pattern(True), re.IGNORECASE)
"""Between two shares of one pair's flows: the first's flow noun, then `along with` (or a comma,
or `and`)."""
_NEXT_PART = re.compile(r"\s+of\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+(?:\s+in\s+\d{4})?(?:,?\s+and|,)\s+"
                        + hedge_pattern(True) + "$", re.IGNORECASE)
"""Between two shares joined under one subject and verb: the first's total in a few words, then
`and` (or a comma) and any hedge (`25% of crude imports and about 50% of`)."""
_NEXT_PART_FLOW = re.compile(r"\s+of\s+(?:(?!(?:global|world|worldwide)\b)[\w'’-]+\s+){0,4}?(?:"
                             r"imports?|exports?|purchases|sales|supplies|deliveries|shipments|"
                             r"consignments|arrivals|trade|inflows|outflows)\b", re.IGNORECASE)
"""After the second of two shares joined by `and`: its total is a flow too (`and about 50% of
cod imports`), so the first's sides go on; a total of the world's or of output, production or
consumption (`and 20% of global output`) is no flow of theirs."""
_PARTNER_AFTER = re.compile(r"\s+(?:of\s+(?:[\w-]+\s+){1,3}?)?(?:to|into|from)\s",
                            re.IGNORECASE)
"""After a flow noun: its partner named next (`sales to its ally`, `exports of coal to`)."""
WITH_PARTNER = re.compile(r"\bwith\s+(?:the\s+)?(?-i:[A-Z])[\w.'’-]*"
                          r"(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3}\s+(?:alone\s+)?(?:taking|accounting"
                          r"\s+for|getting|receiving|buying|supplying|providing|absorbing)\s+"
                          + hedge_pattern(True) + "$", re.IGNORECASE)
"""Before a share: `with Russia supplying`, a partner's part of the one-sided total before it."""
_PARTS_AFTER = re.compile(r",\s*(?:of\s+(?:which|that|it|them|this)|including)\b", re.IGNORECASE)
_SHARE_OF_THEM = re.compile(r",\s*" + hedge_pattern(True) + "$", re.IGNORECASE)
"""Between a figure and a share of it in the next clause: a comma and any hedge."""
_OF_THEM = re.compile(r"\s+of\s+(?:them|which|it|this|that|these|those|the\s+total)\s+"
                      r"(?:(?:came|went|coming|going|shipped|sent|bought)\s+)?(?:from|to)\b",
                      re.IGNORECASE)
"""Right after that share: what it is a share of, and the part's side (`of them from`)."""


_PRODUCTION_MOVED = (r"(?:production|output|harvest|crop)(?:\s+(?:for|in)\s+(?:the\s+)?\d[\d/-]*\s+"
                     r"(?:season|campaign|year|crop\s+year|marketing\s+year))?\s+"
                     r"(?:(?:has|had|have|is|was|are|were|will|would|should|could|may|might|be|"
                     r"been)\s+)?(?:[a-z]+ed|rose|fell|grew|hit|stood|came|reached|averaged|slid|"
                     r"sank|slipped|jumped|dropped|climbed|held|kept|stayed|reach|total|top|"
                     r"remain|stand|come|forecast|seen|put|set|is|was|were|be)\b"
                     r"(?:(?!\b(?:and|as|while|but|whereas|against|so|because|imports?|exports?|"
                     r"imported|exported|bought|buys?|purchased|brings?|brought|shipments?|"
                     r"purchases|sales)\b)(?:[^,;:]|(?<=\d),(?=\d)))*$")
"""Production, its verb and the words up to its figure, within one clause (a figure before it
included: `Domestic output rose to 486,000t from 433,000t`)."""
_PRODUCED = re.compile(r"(?:['’`]s?)?\s+(?:[\w-]+\s+){0,2}?" + _PRODUCTION_MOVED, re.IGNORECASE)
"""From a possessive (or demonym) country to its figure: the country's own production (`Iran's
oil production averaged 2.99 million bpd`, `Russian coal output fell 6.7% ... to 31.5 million
tons`)."""


_UNOWNED_PRODUCED = re.compile(r"\s*(?:(?:while|and|but|whereas)\s+)?(?:[A-Za-z-]+\s+){0,2}?"
                               + _PRODUCTION_MOVED, re.IGNORECASE)
"""A clause whose subject is production with no owner named (`Gas output rose 13.3 percent
to`, `while oil production slipped 4.5 percent to`)."""


_RELATIVE_BETWEEN = re.compile(r"\b(?:which|who|where|whose)\b|;", re.IGNORECASE)
"""Between a main destination and a later figure: a relative clause or a new clause, whose figure
is that destination's own part (`go mostly to Hong Kong, which takes 70%`), not the flow's."""
_TRANSIT = re.compile(r"\btrans(?:it(?:ed|ing|s)?|-?shipments?|-?shipped)\b", re.IGNORECASE)
"""The word that makes a sentence's flow one that crosses a country (`transit through`, `in
transit`, `transited`, `transshipments` through its ports)."""
_ROW_REACH = 60
"""Characters at most between a destination and the figure of its row."""
_UNSENT_TO = re.compile(
    r"(?:\b(?:only|thanks|compared|comparison|than|next|due|owing|according|relative|similar|"
    r"close|equal|prior|addition|contrast|opposed)\s+|\b(?:overt[ao]ok|overtak(?:es|ing|en|e)|"
    r"surpass(?:ed|es|ing)?|outpac(?:ed|es|ing|e)|exceed(?:ed|s|ing)?|top(?:ped|s)|beat|"
    r"eclips(?:ed|es|ing|e)|outstrip(?:ped|s)?)\s+(?:[a-z-]+\s+){0,2}?)to\s+(?:the\s+)?$",
    re.IGNORECASE)
"""Right before a country: a `to` that sends nothing to it, but compares, credits or sets it
aside (`second only to`, `thanks to`, `compared to`, `rather than to`), or a flow to it another
one overtakes (`overtook sales to`)."""
_ROW_BREAK = re.compile(r"[;:()]|\b(?:while|whereas|but|which|who|from|after|before)\b",
                        re.IGNORECASE)
"""Between a destination and a figure: a break that makes the figure no part of its row."""
_PART_WENT = re.compile(
    r"(?:\s+of\s+(?:it|them|which|[\w'’ -]{1,60}?))?(?:\s*,[^,;:]{1,60},)?\s*,?\s*(?:mostly\s+|"
    r"mainly\s+|largely\s+)?(?P<went>went|go|goes|were\s+(?:shipped|sent|exported|sold)|was\s+"
    r"(?:shipped|sent|exported|sold))\s+(?:mostly\s+|mainly\s+|largely\s+)?to\s+(?:the\s+)?",
    re.IGNORECASE)
"""After a figure, up to a country: what the figure is part of and an aside, then `went to`
(`of which went to`, `of the total, or $2 billion, went to`)."""
_LISTED_NEXT = re.compile(r"\s*(?:,|\band\b|\bor\b)\s*(?:and\s+|or\s+)?(?:the\s+)?"
                          r"(?:other\b|[A-Z])")
"""After a destination: another one listed with it (`, Chile`, `and other markets`)."""
_PAID_OFF = re.compile(r"\s*,?\s*(?:to\s+(?:repay|service|pay)|in\s+(?:re)?payments?|as\s+"
                       r"(?:re)?payments?|for\s+(?:debt|loan)s?)\b", re.IGNORECASE)
"""After the country a part went to: a debt it paid off (`to repay loans`, `in repayment`)."""
_EARNED_PART = re.compile(r"\b(?:revenues?|earnings|income|receipts|proceeds)\b",
                          re.IGNORECASE)
"""Between a part and `went to`: money earned it is part of (`40% of its oil revenue`)."""
_APPOSED_SUM = re.compile(r",\s*or\s+$", re.IGNORECASE)
"""Before a figure: `, or`, setting it beside the part before it (`40% of its revenue, or`)."""
_COST_BEFORE = re.compile(r"\b(?P<verb>cost(?:s|ing)?)\s+(?:the\s+)?$", re.IGNORECASE)
"""Before a country: the verb of what a purchase cost it (`imports cost`, `costing`)."""
_COST_GAP = re.compile(r"\s*" + hedge_pattern(True), re.IGNORECASE)
"""Between the paying country and its sum: hedges only (`cost Chad about $90 million`)."""
_BOUGHT_WORD = re.compile(r"\b(?:imports?|imported|purchases?|purchased|bought|buying)\b",
                          re.IGNORECASE)
"""Before the paying country: a word of buying that makes the sum a purchase's cost."""
_BOUGHT_COSTS = re.compile(r"\b(?:imports?|imported|purchases?|purchased|bought)(?:\s+(?:from|"
                           r"of|abroad|last|this|in|by|into)\b[^,;:]{0,40}?)?\s+$",
                           re.IGNORECASE)
"""Right before `cost`: the purchase that cost (`Rice imports`, `fuel imported by sea`)."""
_LAID_ON = re.compile(r"\b(?:tariffs?|dut(?:y|ies)|curbs?|levy|levies|tax(?:es)?|bans?|"
                      r"restrictions?|quotas?|limits?|caps?)\s+on\s+(?:[\w'’-]+\s+){0,4}$",
                      re.IGNORECASE)
"""Before a buying word: a charge or a curb laid on the purchase (`tariffs on steel`)."""
_LOST_AFTER = re.compile(r"\s*(?:in\s+(?:lost|forgone|foregone|revenues?|sales|earnings|"
                         r"income)|lost|of\s+(?:lost\s+)?(?:exports|sales|revenues?|earnings|"
                         r"income))\b", re.IGNORECASE)
"""After the sum: money lost, no purchase (`$2 billion in lost sales`, `of revenue`)."""
_PART_OF_STATED = re.compile(r"\bof\s+(?:that|this|those|these|them|it|which|the\s+(?:total|"
                             r"sum|amount|figure|value))\b", re.IGNORECASE)
"""In a figure's sentence: what ties it, as a part, to the flow stated before (`of that`)."""
_TRANSIT_ROUTE_CUES = frozenset({"through", "across", "via"})
"""Cues before a country a transit flow only crosses (`through Azerbaijan`, `via Slovakia`)."""
_CROSSING_VERB = re.compile(r"\b(?:cross(?:ed|es|ing)?|transit(?:ed|ing|s)?)\s+(?:the\s+)?$",
                            re.IGNORECASE)
"""Right before a country: a verb that crosses it (`crossed Estonia`, `transiting the UAE`)."""
_CLAUSE_BETWEEN = re.compile(r",\s*(?:and|but|while|whereas|yet)\b|:|\bthere\b",
                             re.IGNORECASE)
"""Between a main destination and a later figure: a coordinate clause with its own verb or a
colon (`sells mainly to the Philippines, and shipments rose`, `goes mostly to China: 60 million
tonnes`), or a `there` pointing back to it (`shipments there rose 20%`): the figure is not of an
aside on the flow's subject or verb, so the destination keeps its part."""
_BUYER_AFTER = re.compile(r"(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}?(?:imports?|imported|purchases|"
                         r"buying|buys?|bought|intake|demand|market|gets?|got|receives?|"
                         r"received)\b", re.IGNORECASE)
"""After a country: a buying word a few words on (`US imports`, `Russia's car market`, `Peru
can get`)."""
_DESTINATION_CUES = frozenset({"to", "into", "toward", "towards", "for"})
"""Cues before a country that send goods to it (`to Egypt`, `bound for India`)."""
_PRODUCTION_REACH = 8
"""Words at most between a production word and the figure it frames (`Domestic gas production
over the eight months reached 4.6 million tonnes`); further, the figure has a verb of its own."""
_SALES_OUT = re.compile(r"\s+(?i:abroad|overseas|to\s+foreign|to\s+other\s+countries)\b")
"""After a word of selling: sold out of the country (`raised their sales abroad`), exports."""
_BUNKER = re.compile(r"\b(?i:bunker)")
"""Near a word of selling: bunker fuel, sold at a port to ships of the world (`Sales of bunker
fuel at Malta fell`), which the trade press counts as the port country's exports."""
_HOME_NO_SIDE_CUES = frozenset({"in", "at", "of", "by", "outside"})
"""Prepositions before the home country's name that make it no side of a flow (`names_other`),
so `home_flow` may still give it the flow: a place (`mines in Peru`, `at`), an owner (`of`), the
agent of a sale (`sold by Ivory Coast`; a buyer after `by` is no importer, `home_buyer`) or the
world beyond it (`sold outside China`)."""
_MARKET_LEAD = re.compile(
    r"\b(?i:prices?|futures|rates|benchmark)\b|(?i:year|month|week)s?\W+(?i:high|low)\b"
    r"(?!.*\b(?i:exports?|imports?|shipments?|output|production|trade)\b)", re.DOTALL)
"""A headline or first sentence of a market report (`Tanker rates soar`, `Copper hits
two-year high` but not `Shrimp exports hit two-year high`): its body's most named country is no
focus of its flows."""
_CAUSE_BY = re.compile(r"\b(?i:hit|hurt|affected|dented|curbed|squeezed|weighed\s+down|"
                       r"driven|boosted|helped|lifted|buoyed|dragged\s+down)\s+by\s+$")
"""Right before a country after `by`: a verb of harm or help (`exports hit by Kenya's new
levy`) that makes the country the cause of a move, no agent of the flow."""
_JOINED_ON = re.compile(r"(?:['’]s)?\s+(?:and|or)\b")
"""Right after a country's name or demonym: `and` or `or` joining it to more (`in Peru and
elsewhere`); a port or city joined to another (`through Abidjan and 19,104 tonnes through San
Pedro`) and a clause after a comma (`at Hodeidah, and between them`) stay home."""
_DOMESTIC_TRADE_WORD = re.compile(
    r"(?i:sales?|sold|sells?|selling|bought|buys?|buying|purchase[sd]?|purchasing|demand|"
    r"consum(?:ption|ed|es?))")
"""Trade words of selling or buying that, with the home country as their market (`sales in
Peru`), are its domestic trade, not its exports or imports (`home_market`)."""
_BUYING_WORD = re.compile(r"(?i:bought|buys?|buying|purchase[sd]?|purchasing)")
"""Trade words of buying whose buyer after `by` (`bought by Indonesia's power plants`) is no
importer for `home_flow` (`home_buyer`)."""
_OWNED_BEFORE = re.compile(r"(?:\b(?i:its|their|his|her)|\w['’]s?)\s+(?:[a-z-]+\s+)?$")
"""Right before a flow word, perhaps past one modifier: a possessive (`the partner's imports`,
`its exports`) that makes the flow another owner's."""
_HOME_WAYS = ("export", "import", "production")
"""Trade words whose figure `home_flow` gives the article's country: its exports, its imports
and its own production (`Output rose 4% to 2.6 million tonnes` in a story about Peru)."""
_BY_THE_WAY_CUES = ("near", "from", "off", "outside")
"""Prepositions that name a country as a place only (`attacks near Yemen`)."""
_BY_THE_WAY_CLAUSE = re.compile(r"\b(?:as|after|while|when|because|since|although|though|amid|"
                                r"despite|near)\b", re.IGNORECASE)
"""Words opening a clause (or phrase) whose countries are no story's (`as demand in China`)."""
_DATELINE_CITY = re.compile(r"(?:^|\n)[A-Z][A-Z .'’-]+,\s*$")
"""Before a country: a dateline's city in capitals (`BAKU, Azerbaijan, July 10.`), the place
the story is filed from, not what it is about."""
_NO_HOME_SIDE = re.compile(BLOC_NAME + r"|" + REGION_BUYERS +
                           r"|\b(?i:world|global|worldwide|international)\b"
                           r"|\b(?:OPEC|Opec|OECD|BRICS|G7|G20)\b")
"""A sentence naming a bloc, an organisation of states, a region or the whole world: a flow of
theirs, not of the article's country (`outflows from the bloc`, `global arms transfers`)."""


_HOME_MADE = re.compile(r"\b(?:domestic|home|local|national|own)\s+(?:[a-z]+\s+)?(?:production|"
                        r"output)\b", re.IGNORECASE)
"""`domestic output`: the production of the country the paragraph's goods go to."""


_HEADLINE = re.compile(r"([^\n]{5,150}?)(?<![.!?])\n")
"""A first line with no closing stop before the body: the story's headline."""


_WORD_BEFORE = re.compile(r"\b[\w-]+\s+$")
"""The word right before a noun (`tobacco ` in `tobacco earnings`)."""


_OWNER_BEFORE = re.compile(r"(?:\b[\w-]+(?:'s|’s|s'|s’)|(?<=\S)\s+[A-Z][\w-]*)\s+(?:[\w-]+\s+)?$")
"""An owner before goods: a possessive or a capitalised word that does not open the clause,
within a word of the goods (`Vale's nickel revenue`, `the Tata Steel earnings`)."""


def _goods_earnings(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds an earnings noun right after goods (`Tobacco earnings`,
    `Cobalt receipts`, `Hazelnut revenue`): what goods sold abroad bring in, their seller's
    exports though no trade word says so; not a company's (`Vale's nickel revenue`, `Tata Steel
    earnings`)."""
    for noun, _ in lexicon("goods_earnings").spans(text, start, end):
        word = _WORD_BEFORE.search(text, max(start, noun - 30), noun)
        if word is not None and _OWNER_BEFORE.search(text, max(start, word.start() - 40),
                                                       word.start()):
            continue  # `Vale's nickel revenue`: a company's results, not its country's exports
        if word is not None and word.group()[0].isupper() and text[start:word.start()].strip():
            continue  # `Tata Steel earnings`: the goods word is part of a company's name
        if word is not None and (any(not m.generic for m in find_commodities(
                text, word.start(), noun)) or names_unkeyed_goods(text, word.start(), noun)):
            return True
    return False


@lru_cache(maxsize=16)
def _mentions(text: str) -> tuple[list[int], list[CountryMention]]:
    """The country mentions of a whole text and their starts, in order (read once per document,
    so that a look over a paragraph costs a bisection, not a scan of the paragraph per figure)."""
    mentions = sorted(find_countries(text, 0, len(text)), key=lambda c: c.start)
    return [c.start for c in mentions], mentions


@lru_cache(maxsize=16)
def _codes_named(text: str) -> frozenset[str]:
    """The countries a text names anywhere (read once per document)."""
    return frozenset(c.code for c in _mentions(text)[1] if c.code)


_PAIR_HEADLINE = re.compile(r"\b(?:trade|ties|commerce)\s+(?:with|between)\b|\b(?:exports?|"
                            r"imports?|shipments?|sales|supplies|deliveries)\s+(?:to|from)\b",
                            re.IGNORECASE)
"""In a headline: words that make the two countries it names a trading pair (`North Korea's
trade with Russia plunges`), not two sides of a story (`Algerian LNG exports climb as Europe
turns from Russia`)."""


def _last_before(history: Reversible[Claim], at: int, count: int) -> list[Claim]:
    """The last `count` claims of `history` (in reading order) that end by `at`, in that order:
    `[c for c in history if c.end <= at][-count:]`, read from the end back (the history holds
    hundreds of claims; the ones wanted are the latest)."""
    found: list[Claim] = []
    for claim in reversed(history):
        if claim.end <= at:
            found.append(claim)
            if len(found) == count:
                break
    found.reverse()
    return found


@lru_cache(maxsize=64)
def _headline_end(text: str) -> int:
    """Where the story's headline line ends (0 if its first line is no headline); read once per
    text (a headline's lazy match costs up to 150 steps, and every claim asks)."""
    line = _HEADLINE.match(text)
    return line.end(1) if line is not None else 0


@lru_cache(maxsize=64)
def headline_countries(text: str) -> frozenset[str]:
    """The countries the story's headline line names (none if its first line is no headline)."""
    line = _HEADLINE.match(text)
    if line is None:
        return frozenset()
    return frozenset(c.code for c in find_countries(text, 0, line.end(1))
                     if c.code and c.form != "pronoun")


@lru_cache(maxsize=64)
def _headline_line_pair(text: str) -> frozenset[str]:
    """The two countries the story's headline line names as trading with each other."""
    end = _headline_end(text)
    return headline_pair(text[:end]) if end else frozenset()


def produced_total(text: str, countries: list[CountryMention],
                   quantity: Quantity) -> Parties | None:
    """A country's production: the producer's side only, whatever flows the paragraph told."""
    for mention in countries:
        if not mention.code or not (mention.possessive or mention.form == "demonym") or \
                not mention.start < quantity.start or quantity.start - mention.end > 120:
            continue
        if _PRODUCED.match(text, mention.end, quantity.start) and not any(
                mention.end <= c.start < quantity.start for c in countries):
            return Parties(mention.code, None, False)
    return None


def owned_total(text: str, countries: list[CountryMention],
                quantity: Quantity) -> Parties | None:
    """`North Korea's foreign trade shrank ... to $2.7 billion as imports from China slipped`,
    `Beijing's total crude imports hit 564 million tons`, `the North's textile exports, worth
    $752 million`: a country's total (a total word before the flow, or the amount set right
    after it) is its own, whatever partners the sentence names elsewhere."""
    for mention in countries:
        if not mention.possessive or not mention.code or (
                mention.form == "pronoun" and not mention.surface.lower().startswith("the ")) or \
                not mention.start < quantity.start:
            continue
        flow = _OWNED_FLOW.match(text, mention.end, quantity.start)
        if flow is None:
            continue
        apposed = _APPOSED.fullmatch(text, flow.end(), quantity.start) is not None
        if not (apposed or _TOTAL_OWNED.search(text, mention.end, flow.start("flow"))):
            continue
        if not apposed and (re.search(r"[,;]", text[flow.end():quantity.start]) or any(
                lexicon("flow", kind).search(text, flow.end(), quantity.start)
                for kind in ("export", "import", "two_way"))):
            return None  # `..., with exports rising ... and imports slipping to $2.34 billion`
        if any(flow.end() <= c.start < quantity.start for c in countries) or (apposed and any(
                c.start >= quantity.end and c.cue in ("to", "into", "from") for c in countries)):
            return None  # `Russia's total exports to China`, `..., worth $2 bn, went to Egypt`
        kind = flow["flow"].lower()
        if kind == "exports":
            return Parties(mention.code, None, False)
        if kind == "imports":
            return Parties(None, mention.code, False)
        return Parties(mention.code, None, True)
    return None


_LISTED_GAP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
"""Between two countries of one list (`China, Japan and South Korea`)."""
_CLAUSE_OPENS = re.compile(r"(?:[,;:]|\b(?:[Aa]nd|[Ww]hile|[Bb]ut|[Ww]hereas|[Ww]ith|[Aa]s))"
                           r"\s*(?:the\s+)?$")
"""Right before a list of countries (if not the sentence's start): the opening of its clause,
so the list is the clause's subject (not `behind Australia and Malaysia`)."""


_SHARED_REACH = 400
"""Characters after a joint figure within which its sentence may still split it (`...,
respectively`)."""


def joint_part(text: str, quantity: Quantity, floor: int,
               countries: list[CountryMention]) -> frozenset[str]:
    """`China, Japan and South Korea together took almost 80% of the total`: the countries of
    the last list (two or more, plain names joined by commas or `and`) before a figure in its
    sentence, opening its clause, with no other country between the list and the figure, hold
    it together (unless the sentence splits it among them: `30% and 20%, respectively`)."""
    before = [c for c in countries if c.code and floor <= c.start and c.end <= quantity.start]
    run: list[CountryMention] = []
    for mention in reversed(before):
        if mention.cue not in (None, "and") or mention.possessive or mention.form == "pronoun":
            break
        if run and not _LISTED_GAP.fullmatch(text, mention.end, run[0].start):
            break
        run.insert(0, mention)
    opening = name_start(text, run[0].start) if run else floor
    if len({c.code for c in run}) < 2 or (text[floor:opening].strip() and not (
            _CLAUSE_OPENS.search(text, max(floor, opening - 40), opening))):
        return frozenset()  # (`ranks sixth, behind Australia and Malaysia, and provides 6%`)
    # (the rest of the sentence, read no further than its line or a sentence's reach: a text
    # with no stop must not be read to its end for every figure)
    line_end = text.find("\n", quantity.end)
    limit = min(len(text) if line_end < 0 else line_end, quantity.end + _SHARED_REACH)
    stop = _SENTENCE_STOP.search(text, quantity.end, limit)
    if SPLIT_AMONG.search(text, run[-1].end, stop.start() if stop else limit):
        return frozenset()
    return frozenset(c.code for c in run if c.code)


def without_joint_part(text: str, quantity: Quantity, floor: int,
                       countries: list[CountryMention], parties: Parties) -> Parties:
    """A share of a one-way total held by countries listed together (`China and Hong Kong
    together took US$9.9 billion, or 39.0% of the total`) has no single partner: the side one
    of them would take stays open (as a joint figure's does in `roles.owned_parties`)."""
    if parties.two_way:
        return parties
    joint = joint_part(text, quantity, floor, countries)
    return parties.side_in(joint, None, joint=True) or parties


_JOINT_WORDS = ("together", "combined", "jointly", "between them")
"""Literal words of joining, a cheap check before the joint patterns run."""
_JOINT_CUE = re.compile(r"\b(?:together|combined|jointly|between\s+them)\b")
"""A word that makes countries named before it one side (`together`, `combined`)."""
_JOINT_AFTER_LIST = re.compile(r"(?:\s*,\s*(?:which|who)\s+|\s+)(?:together|combined|jointly|"
                               r"between\s+them)\b")
"""Right after a list of countries: the word that makes them one side (`China and Russia
combined`, `Japan and Korea, which together took`)."""
_TOGETHER_WITH = re.compile(r"\btogether\s+with\s+(?:the\s+)?$")
"""Before a list that joins the subject before it (`China, together with Hong Kong and Macau,
took 40%`): only for a figure after the list."""
_JOINT_GROUP = re.compile(r"\b(?:these|those|the\s+(?:two|three|four|five|six|leading|top|main|"
                          r"biggest|largest))\s+(?:[a-z-]+\s+)?(?:countries|markets|buyers|"
                          r"suppliers|origins|destinations|nations|economies|producers|"
                          r"exporters|importers|customers)\b")
"""The countries just named, taken as one group (`these markets`, `the two origins`)."""


def _country_lists(text: str, mentions: list[CountryMention]) -> list[list[CountryMention]]:
    """Runs of plain country names joined by commas or `and` (`China, Japan and the US`)."""
    runs: list[list[CountryMention]] = []
    for mention in mentions:
        if not mention.code or mention.possessive or mention.form == "pronoun":
            runs.append([])
            continue
        if runs and runs[-1] and LIST_GAP.fullmatch(text, runs[-1][-1].end,
                                                     name_start(text, mention.start)):
            runs[-1].append(mention)
        else:
            runs.append([mention])
    return [run for run in runs if run]


def joint_group(text: str, quantity: Quantity, ctx: Context) -> frozenset[str]:
    """The countries a sentence makes one side (`by China and Russia combined`, `Japan and Korea
    together buy`, `together with Thailand and Malaysia`, `together these markets took`): a list
    of two or more next to a word of joining, or all the countries named before a group noun
    joined that way; empty when the sentence has none."""
    span = ctx.span
    if not may_hold(text, span[0], span[1], _JOINT_WORDS):
        return frozenset()
    mentions = sorted((c for c in ctx.countries if c.code), key=lambda c: c.start)
    for run in _country_lists(text, mentions):
        codes = frozenset(c.code for c in run if c.code)
        joined = _JOINT_AFTER_LIST.match(text, run[-1].end)
        if len(run) >= 2 and len(codes) >= 2 and joined is not None and _holds(
                text, quantity, run[0].start, joined.end(), mentions):
            return codes
        together = _TOGETHER_WITH.search(text, max(span[0], run[0].start - 20),
                                         name_start(text, run[0].start))
        if together is not None and together.start() < quantity.start and _holds(
                text, quantity, together.start(), run[-1].end, mentions):
            # (`China, together with Hong Kong and Macau`: the subject joins the list)
            owner = [c for c in mentions if c.end <= run[0].start]
            return codes | ({owner[-1].code} if owner and owner[-1].code and
                            run[0].start - owner[-1].end < 40 else set())
    for cue in _JOINT_CUE.finditer(text, span[0], quantity.start):
        group = _JOINT_GROUP.search(text, max(span[0], cue.start() - 40), min(
            quantity.start, cue.end() + 40))
        if group is not None and _holds(text, quantity, min(cue.start(), group.start()),
                                        max(cue.end(), group.end()), mentions):
            return frozenset(c.code for c in mentions if c.code and c.end <= group.start())
    return frozenset()


_FIGURE_OR_STOP = re.compile(r"\d|[;:]|\b(?:while|whereas|but|although)\b")
"""Between a joined group and a figure: another figure or a clause break, which part them."""


def _holds(text: str, quantity: Quantity, start: int, end: int,
           mentions: list[CountryMention]) -> bool:
    """Whether the group at `start:end` holds `quantity`: the figure comes after it with no
    other figure, clause break or plain country between them (`China and Japan together took
    40%`), or comes right before it in one clause with no comma between (`sent 52,000 tonnes to
    Kenya by Egypt and Morocco combined`; not `exported 40 million tonnes to India, together
    with China making up 80%`)."""
    if end <= quantity.start:
        gap = (end, quantity.start)
    elif start >= quantity.end:
        gap = (quantity.end, start)
    else:
        return False
    if _FIGURE_OR_STOP.search(text, *gap):
        return False
    if end > quantity.start:
        return "," not in text[gap[0]:gap[1]]  # (`to India last year, together with China`)
    return not any(gap[0] <= c.start < gap[1] and not c.possessive for c in mentions)


def without_group_side(text: str, quantity: Quantity, ctx: Context,
                       parties: Parties) -> Parties:
    """A figure whose partner is one of countries its sentence joins into one side (`168,679
    barrels delivered to North Korea by China and Russia combined`, `Japan and Korea together
    buy 95% of Vietnam's pellet exports`) has no single partner there: that side stays empty.
    Only when just one side is among them (`Italy and Spain, linked to Algeria by pipelines,
    together took 61% of Algeria's gas exports` names the seller too)."""
    if parties.two_way or parties.joint or not parties.exporter or not parties.importer:
        return parties
    group = joint_group(text, quantity, ctx)
    if not group or (parties.exporter in group) == (parties.importer in group):
        return parties
    if parties.exporter in group:
        return Parties(None, parties.importer, False, joint=True)
    return Parties(parties.exporter, None, False, joint=True)


def without_group_taker(text: str, quantity: Quantity, ctx: Context,
                        parties: Parties) -> Parties:
    """`Between them the two markets took 70%`, `the pair absorbed 58%`, `Together, the top
    five destinations bought 81%`: a figure several countries named before take as one group
    has no one buyer; the seller stays. The paragraph must have named two buyers (countries
    other than the seller, blocs or regions) before the group: `the two` after one buyer's
    firms or agencies are that buyer's (`Japan's two state buyers took`)."""
    if parties.two_way or parties.joint or parties.importer is None:
        return parties
    group = _GROUP_TOOK.search(text, max(ctx.span[0], quantity.start - 120), quantity.start)
    if group is None or any(group.start() <= c.start < quantity.start for c in ctx.countries):
        return parties
    paragraph = text.rfind("\n", 0, group.start()) + 1
    named = {c.code for c in find_countries(text, paragraph, group.start())
             if c.code and c.code != parties.exporter}
    named |= {m.group() for m in _BLOC_OR_REGION.finditer(text, paragraph, group.start())}
    if len(named) < 2:  # (blocs and regions count: `the EU took 30%, Russia 20%`)
        return parties  # (`China's Sinopec and PetroChina ... The two bought`: one buyer's firms)
    if any(c.code == parties.exporter and c.end <= group.start() and not c.possessive and
           c.form != "demonym" and c.cue in (None, "and", "with") for c in ctx.countries):
        return parties  # (the seller read is one of the group's own rows: `with Chile next`)
    return Parties(parties.exporter, None, False, joint=True)


_GROUP_TOOK = re.compile(
    r"\b(?:the\s+(?:pair|trio|two|three|four|five|six|seven|eight|nine|ten)|(?:these|those|the)"
    r"\s+(?:top|leading|main|biggest|largest|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:[a-z-]+\s+)?(?:countries|markets|buyers|destinations|customers|nations|economies|"
    r"importers))(?:\s*,?\s+(?:together|combined|jointly))?\s+(?:(?:also|still)\s+)?(?:took|"
    r"take|takes|bought|buy|buys|absorbed|absorb|absorbs|received|receive|receives|purchased)"
    r"\s+" + hedge_pattern(True) + "$", re.IGNORECASE)
"""Right before a figure: several buyers named before, taken as one group, and their taking
verb (`the two markets absorbed`, `the pair took about`)."""


_PAIR_JOIN = re.compile(r"\s*(?:,\s*|\s(?:and|plus|&)\s+|/)(?:the\s+)?")
"""Between two buyers named as one subject: `and`, `plus`, `&`, a slash (`China/Hong Kong`) or a
comma (kept only inside a list an `and` closes, or one opening its sentence: `_subject_run`)."""
_PAIR_TOOK = re.compile(r"\s+(?:(?:also|still|alone|again)\s+)?(?:took|take|takes|bought|buy|buys|"
                        r"purchased|imported|absorbed|received)\s+" + hedge_pattern(True)
                        + r"(?:US\$|\$|€|£)?$", re.IGNORECASE)
"""Between a list of buyers and the figure right after their verb (`took some $40 million`)."""
_SECOND_FIGURE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:US\$|\$|€|£)?\d")
"""After a figure: a second one in the same list (`took 40% and 30%`, `took 40%, 30% and
10%`), split among them."""


_BARE_COMMA = re.compile(r"\s*,\s*(?:the\s+)?")
"""A bare comma between two countries of a run (no `and`)."""
_LIST_CLOSER = re.compile(r"\s(?:and|&)\s")
"""The `and` or `&` that closes a list a bare comma joins into."""
_RUN_OPENER = re.compile(r"\b(?:besides|like|unlike|with|without|apart\s+from|aside\s+from|except|"
                         r"beyond|alongside|as\s+with|as\s+for)\s+(?:the\s+)?$", re.IGNORECASE)
"""Before a run of countries in its clause: an introductory phrase that sets them apart from the
subject (`Besides China and Peru, Japan took`), so they are no subject of their own."""


def _subject_run(text: str, run: list[CountryMention], floor: int) -> list[CountryMention]:
    """The part of a run of countries that can be the subject of the verb after it: a bare
    comma joins only inside a list closed by `and` or `&` (`Chile, Peru and Japan took`; not
    `Besides China, Japan took`, `With sanctions on Russia and Iran, India bought`: the run
    starts after such a comma) or in a run that opens its sentence (a headline's `Hungary,
    Slovakia took`), and the run must not follow an introductory phrase
    (`_RUN_OPENER`: `Like China and Peru, ...`)."""
    opens_sentence = not text[floor:name_start(text, run[0].start)].strip() if run else False
    for index in range(len(run) - 1, 0, -1):
        if not opens_sentence and _BARE_COMMA.fullmatch(
                text, run[index - 1].end, name_start(text, run[index].start)) \
                and not any(_LIST_CLOSER.search(text, run[later - 1].end, run[later].start)
                            for later in range(index + 1, len(run))):
            run = run[index:]
            break
    if not run:
        return run
    opens = name_start(text, run[0].start)
    if _RUN_OPENER.search(text, max(floor, opens - 60), opens):
        return []
    return run


def without_paired_buyers(text: str, quantity: Quantity, ctx: Context,
                          parties: Parties) -> Parties:
    """`Chile and Peru took $40 million of the fruit`: two or more countries named as the
    subject of one taking verb, right before its figure, buy it together, so the figure has no
    single buyer and that side stays empty (`_PAIR_JOIN` joins them with `and`, `plus`, `&` or a
    slash). Not a split among them (`respectively`, `each`, a second figure after it:
    `took 40% and 30%`), nor a seller among them."""
    if parties.two_way or parties.importer is None:
        return parties
    mentions = sorted((c for c in ctx.countries if c.code and ctx.span[0] <= c.start
                       < quantity.start), key=lambda c: c.start)
    run: list[CountryMention] = []
    for mention in mentions:
        if mention.possessive or mention.form == "pronoun":
            run = []
            continue
        if run and _PAIR_JOIN.fullmatch(text, run[-1].end, name_start(text, mention.start)):
            run.append(mention)
        else:
            run = [mention]
    run = _subject_run(text, run, ctx.span[0])
    codes = {c.code for c in run}
    if len(codes) < 2 or parties.importer not in codes or parties.exporter in codes or \
            not _PAIR_TOOK.fullmatch(text, run[-1].end, quantity.start) or \
            _SECOND_FIGURE.match(text, quantity.end) or \
            SPLIT_AMONG.search(text, quantity.end, ctx.span[1]):
        return parties
    return Parties(parties.exporter, None, False, joint=True)


_LIST_HEAD_CUES = {"to": "importer", "into": "importer", "from": "exporter"}
"""The cue before the first of a list of partners, and the side the list is on."""
_OWN_PARTICIPLE = re.compile(r"\s+(?:also\s+)?(?:taking|sending|buying|receiving|supplying|"
                             r"importing|exporting|purchasing|shipping|absorbing)\b")
"""`... to Indonesia, China and Japan taking smaller amounts`: the last country heads an
absolute clause of its own."""


_AND_GAP = re.compile(r"\band\b")
"""`and` between two countries: where a list the clause splits ends (`for Japan, | and Russia
...`), not a comma inside it (`to Uganda, | Rwanda and Burundi`)."""


def _list_reaches(text: str, run: list[CountryMention], clause: tuple[int, int]) -> bool:
    """Whether a list of countries belongs to the clause at `clause`: it starts there, or the
    clause opens inside it at a bare comma (`Kenya's exports to Uganda, | Rwanda and Burundi
    rose 12%`), not at `, and` joining a clause of its own (`earmarked for Japan, | and Russia
    supplies ...`)."""
    if run[0].start >= clause[0]:
        return True
    inside = [index for index, mention in enumerate(run) if mention.start >= clause[0]]
    return bool(inside) and _AND_GAP.search(text, run[inside[0] - 1].end,
                                            run[inside[0]].start) is None


def without_listed_partners(text: str, ctx: Context, clause: tuple[int, int],
                            parties: Parties) -> Parties:
    """`Brazil sent 195,000 tonnes of sugar to Algeria, Nigeria and Egypt`: a partner that opens
    a list of two or more countries behind `to` (or `from`) in the figure's clause is none of
    them alone, so that side stays empty; not when the sentence splits the figure among them
    (`respectively`), a figure stands inside the list or its last country has a verb of its own
    (`shipped`, or a participle: `China and Japan taking smaller amounts`)."""
    if parties.two_way or not parties.exporter or not parties.importer:
        return parties
    # (the list may run past the clause's comma: `to Algeria, Nigeria and Egypt`; and the
    # clause may open inside it: `Kenya's exports to Uganda, | Rwanda and Burundi rose 12%`)
    mentions = sorted((c for c in ctx.countries if c.code and ctx.span[0] <= c.start
                       < ctx.span[1]), key=lambda c: c.start)
    for run in _country_lists(text, mentions):
        side = _LIST_HEAD_CUES.get(run[0].cue or "")
        if side is None or run[0].start >= clause[1] or not _list_reaches(text, run, clause) \
                or len({c.code for c in run}) < 2 or run[0].code != getattr(parties, side) \
                or (parties.joint and run[0].start >= clause[0]):
            # (a side already read as joint keeps it when the whole list is in the clause;
            # the clause's own reading misses a list it opens inside of)
            continue
        if _FIGURE_OR_STOP.search(text, run[0].start, run[-1].end) or SPLIT_AMONG.search(
                text, clause[0], ctx.span[1]) or OWN_VERB.match(text, run[-1].end) or \
                _OWN_PARTICIPLE.match(text, run[-1].end):
            # (`to China and Russia shipped 50 million tonnes`: the last opens a new clause)
            return parties
        if side == "importer":
            return Parties(parties.exporter, None, False, joint=True)
        return Parties(None, parties.importer, False, joint=True)
    return parties


def tied_side(text: str, quantity: Quantity, mentions: list[CountryMention],
              parties: Parties) -> Parties:
    """`... of Russian crude against 86 million tonnes from Saudi Arabia`: a `from X` (or `to X`)
    right after the quantity is its own side, over a country named earlier in the clause."""
    if parties.two_way or parties.joint:
        return parties
    for mention in mentions:
        if mention.start < quantity.end or mention.code is None:
            continue
        gap = _TIED_GAP.fullmatch(text, quantity.end, mention.start)
        if gap is None:
            return parties
        if gap["cue"] == "from" and mention.code != parties.importer:
            return Parties(mention.code, parties.importer, False)
        if gap["cue"] != "from" and mention.code != parties.exporter:
            return Parties(parties.exporter, mention.code, False)
        return parties
    return parties


_DIGIT = re.compile(r"\d")


@cache
def _region_row() -> re.Pattern[str]:
    heads = lexicon("region_row_heads").regex.pattern
    nouns, links, joins = (lexicon(key).regex.pattern for key in (
        "region_row_flow_nouns", "region_row_links", "region_row_joins"))
    return re.compile(
        r"(?:,|;|(?i:" + joins + r"))\s+(?:(?i:" + nouns + r")\s+)?"
        r"(?:(?P<prep>(?i:to|for))\s+)?(?:(?i:the)\s+)?(?:" + REGION.pattern + "|" + BLOC_NAME
        + "|" + REGION_BUYERS + r")(?:\s+(?i:" + heads + r"))?\s*(?:\(\s*|(?i:" + links
        + r")\s+)?"
        r"(?:[\d.,]+\s*(?:%|per\s?cent|percent)\s+(?:to|at)\s+)?" + hedge_pattern(True) +
        r"(?:US|A|C|NZ)?[$€£]?$")


def without_region_row_buyer(text: str, quantity: Quantity, ctx: Context,
                             parties: Parties) -> Parties:
    """`China took 23,000 tonnes, EU countries 11,000 tonnes`, `Sales to the US rose 25%, and to
    the EU 35% to $116 million`: a row of a list whose side is a region or bloc has no country
    there; the country of the row before (the last named before it) does not go on to it. Not
    a region joined to that country (`China and Europe took`), nor a `respectively` list."""
    if parties.two_way:
        return parties
    start, end = ctx.span
    row = _region_row().search(text, max(start, quantity.start - 90), quantity.start)
    if row is None or lexicon("respective_closers").search(text, start, end):
        return parties
    # (the region stands for the country of the row before in the same slot: its subject,
    # `China bought ... from Brazil, and Europe 1.2 million tonnes`, or the country after the
    # row's own `to`, `Sales to the US rose 25%, and to the EU 35%`)
    objects = word_set("region_row_object_cues") - {row["prep"]}
    before = [c for c in ctx.countries if c.code and not c.possessive and c.end <= row.start()
              and c.cue not in objects]
    # (a row before holds its figure after its country, `China took some 23,000 tonnes, EU
    # countries ...`; not `the month the Kremlin began its invasion, the European Union bought`)
    if not before or any(row.start() <= c.start < quantity.start for c in ctx.countries) or \
            not _DIGIT.search(text, before[-1].end, row.start()):
        return parties
    if before[-1].code == parties.importer:
        return Parties(parties.exporter, None, False)
    if before[-1].code == parties.exporter:
        return Parties(None, parties.importer, False)
    return parties


_AND_OTHER_TAKERS = re.compile(
    r"(?:(?:\s*,\s*|\s+and\s+)(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})*,?\s+"
    r"(?:and|or)\s+(?:to\s+)?(?:a\s+(?:handful|number|few|host|range)\s+of\s+|several\s+|"
    r"various\s+|many\s+|some\s+)?(?:other|smaller)\s+(?:[\w-]+\s+){0,2}?(?:markets|buyers|"
    r"destinations|countries|customers|importers|states|nations)\b")
"""After a buyer, or a list it opens: `and other` takers (`to Vietnam and other markets`, `to
China, Uzbekistan and other friendly Asian states`, `to Syria and a handful of other buyers`)."""


def without_other_buyers(text: str, ctx: Context, parties: Parties) -> Parties:
    """`Ghana earned $300 million selling cocoa to Belgium and other markets`: a buyer the
    sentence names only together with `other` buyers it leaves unnamed (`_AND_OTHER_TAKERS`)
    is one of several, so the figure has no single buyer and that side stays empty; not a
    buyer the sentence names again on its own (`Belgium alone took 40%`)."""
    if parties.two_way or parties.importer is None:
        return parties
    mentions = [c for c in ctx.countries if c.code == parties.importer and not c.possessive]
    if not mentions or not all(_AND_OTHER_TAKERS.match(text, c.end) for c in mentions):
        return parties
    return Parties(parties.exporter, None, False, joint=True)


_REGION_DESTINATION = re.compile(r"\b(?:to|into)\s+(?:the\s+)?(?:" + BLOC_NAME + "|" +
                                  REGION.pattern + r"|(?:region|continent)\b)")
"""A region or bloc a flow goes to (`Sales to Europe`, `deliveries to the region`, `to the
EU`): a buyer with no code."""
_FIGURE_TO = re.compile(r"\s+(?:to|into)\s+(?:the\s+)?")
"""Between a figure and the country it goes to (`30% to the United States`)."""


def without_region_destination(text: str, quantity: Quantity, clause: tuple[int, int],
                               ctx: Context, parties: Parties) -> Parties:
    """`Shipments to Africa dropped 14 percent to 61,220 tonnes`, `March cargoes to the bloc
    climbed 27%`: a one-way flow whose own clause sends it to a region or bloc
    (`_REGION_DESTINATION`), with no country named between that destination and the figure,
    goes to no one country, so a buyer named anywhere else (carried from before, or named
    outside that stretch) is dropped (not `Sales to Europe and the US rose 5%`, nor `Sales to
    Asia, mainly to China, rose`, nor a buyer owning the figure before the region, `Germany's
    share of Norway's gas supplies to Europe`, or named right after the figure, `and 25% to
    Mexico`, or a purchase after the region, `and purchased $88 million`)."""
    if parties.two_way or parties.importer is None or parties.joint:
        return parties
    went = max(_REGION_DESTINATION.finditer(text, clause[0], quantity.start),
               key=lambda m: m.start(), default=None)
    if went is None or any(went.start() <= c.end and c.start < quantity.start and c.code and
                           c.form != "pronoun" for c in ctx.countries) or any(
            c.code == parties.importer and ((c.possessive and c.start < went.start()) or
                                            _FIGURE_TO.fullmatch(text, quantity.end, c.start))
            for c in ctx.countries):
        return parties  # (nor `45% is headed to Asia and 25% to Mexico`, nor
        # `Germany's share of Norway's gas supplies to Europe`: a buyer owning the figure)
    turned = find_frame(text, went.end(), quantity.start, quantity.start)
    if turned is not None and turned.kind != "export":
        return parties  # (`shipped $410 million of wares to Africa and purchased $88 million`)
    return Parties(parties.exporter, None, False)


_REGION_PEOPLE = re.compile(r"\b(?:(?:South|North|Latin|Central)\s+American|(?:South-?east|South|"
                            r"East|Central|West)\s+Asian|(?:North|West|East|Southern)\s+African|"
                            r"European|Asian|African|Middle\s+Eastern|Caribbean|Scandinavian|"
                            r"Nordic)(?=\s+[a-z])")
"""A region's people or firms (`European buyers`, `South American producers`; not a name,
`African Minerals`): a region as a side, as `REGION` is."""
_VIA_PLACE = re.compile(r"\b(?:through|via)\s+(?:the\s+)?(?!(?:January|February|March|April|May|"
                        r"June|July|August|September|October|November|December|Q[1-4])\b)[A-Z]")
"""Goods passing through a place (`Re-exports through Panama`, `via the Suez Canal`), not a
time (`through May`)."""
_BUYER_TOTAL = re.compile(r"(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}?(?:total|overall|intake)\b",
                          re.IGNORECASE)
"""After a buyer's name or possessive (a country's mention ends before its `'s`): its total
(`Germany's total intake`, `France's fish intake`), from every supplier."""


_OTHER_COUNTRY_CUES = frozenset({"through", "via", "from"})
"""Before a country: a place of transit or a source (`through Panama`, `from Peru`), not a
buyer."""
_HOME_SALES_IN = re.compile(r"\b(?:sales|sold|markets?|consumption|demand|retail|prices)\s+"
                            r"(?:[\w-]+\s+)?in\s+(?:the\s+)?$", re.IGNORECASE)
"""Before a country: the home market the sales are made in (`Retail fruit sales in Britain`,
`demand in China`), not a place of other news (`lockdowns in China`)."""


@cache
def _seller_after() -> re.Pattern[str]:
    """After a demonym: sellers of that country (`Colombian growers`, `passage_other_sellers`)."""
    return re.compile(rf"\s+(?:[\w'’-]+\s+)?(?:{_words('passage_other_sellers')})\b",
                      re.IGNORECASE)


@cache
def _other_sellers() -> re.Pattern[str]:
    """Sellers named by their kind after `by` (`by South American producers`,
    `passage_other_sellers`): another seller than the article's."""
    return re.compile(rf"\bby\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_words('passage_other_sellers')})\b",
                      re.IGNORECASE)


_PART_OF_THEM = (r"\s+(?:[^.;,]|(?<=\d)[.,](?=\d)){0,40}?\bof\s+(?:them|it|these|those)\b"
                 r"(?!\s*,)")
"""After `, and`: an amount `of them` (or `of it`) with its verb right after (`, and 80% of them
came from`), a part of the total before; not one set off by a comma (`, and 600,000 tonnes of
it, or two thirds, came from`), whose figures the rule would leave with no seller of their own
(the sentence is then read as before it)."""
_TO_PLACE = re.compile(r"\b(?:to|for|in)\s+(?:the\s+)?$", re.IGNORECASE)
"""Before a region: the place a sale goes to or is made in (`shipments to Asia`), not a region
that is itself a side (`Europe took 12% less coal`)."""
_PARTS_APPENDED = re.compile(r",\s+(?:with|of\s+which|including|and(?=" + _PART_OF_THEM + r"))\s+",
                             re.IGNORECASE)
"""After a buyer's total: a phrase singling out parts of it (`, with`, `, of which`, `, and 80%
of them came from`)."""
_PART_SUPPLIED = re.compile(r"\b(?:suppl(?:y|ying|ied|ies|iers?)|provid(?:ing|ed)|sources?|"
                            r"origins?|from|cargoes|inflows|held|shipp(?:ed|ing))\b",
                            re.IGNORECASE)
"""In that phrase: words for the suppliers of the parts (`with Peru supplying 40%`, `of which
Chile held a 70% share`, `with the US the leading source`, `with Thai cargoes up 9%`)."""
_WHOLE_SUPPLIED = re.compile(r"\b(?:all|the\s+(?:whole|entirety)|every\s+(?:single\s+)?\w+|"
                             r"100\s*(?:%|percent\b|per\s*cent\b))\s+of\s+"
                             r"(?:it|them|that|this|the\s+\w+)\b|"
                             r"\bto\s+(?:supply|provide|ship)\b", re.IGNORECASE)
"""In that phrase: the supplier of the whole, not of a part (`supplying nearly all of it`, `and
the whole of it came from`, `every barrel of it`, `100% of them`, `with Peru to supply the
grain`)."""


def without_part_seller(text: str, quantity: Quantity, ctx: Context,
                        parties: Parties) -> Parties:
    """`Cocoa imports rose 12% to 410,000 tonnes, with Ghana supplying 38%`, `Vietnam's
    purchases came to $2.1 billion, of which Peru held a 41% share`: a buyer's total (a flow its
    sentence tells as bought: `X's imports`, `imports of X`, `X bought`) whose sentence goes on
    (`_PARTS_APPENDED`) to name a country, by name or demonym and not the buyer, as the
    supplier of a part of it (`_PART_SUPPLIED`) is bought from every seller, so its seller
    is dropped; not when the seller is named before that phrase (`Chile bought 2.4 million
    tonnes of Argentine wheat, with cargoes from Rosario`), the phrase names only ports or
    cities (`cargoes from Rosario`), other buyers (`cargoes to China`, `shipped to India`) or
    only a way the goods passed (`shipped via Panama`), or the flow is a sale (`Sales to Chile
    were up 15%, with Argentine cargoes ...`)."""
    if parties.two_way or parties.exporter is None or parties.importer is None:
        return parties
    appended = _PARTS_APPENDED.search(text, quantity.end, ctx.span[1])
    if appended is None or not _PART_SUPPLIED.search(text, appended.end(), ctx.span[1]) or \
            _WHOLE_SUPPLIED.search(text, appended.end(), ctx.span[1]):
        return parties  # (`, with Peru supplying nearly all of it`: the whole's seller)
    frame = find_frame(text, ctx.span[0], appended.start(), quantity.start)
    if frame is None or frame.kind != "import":
        return parties  # (`Shipments to China rose 12%, with ...`: a sale, not a buyer's total)
    if not any(c.code and c.form in ("name", "demonym") and c.code != parties.importer
               and c.cue not in ("to", "for", "into", "via", "through")
               and c.start >= appended.end()
               for c in ctx.countries) or any(
            c.code == parties.exporter and ctx.span[0] <= c.start < appended.start()
            for c in ctx.countries):
        return parties
    return Parties(None, parties.importer, False)


_BOUGHT_FROM_HALF = re.compile(r"(?:,\s*|\s)(?:while|whereas|and|with|but)\s+(?:its\s+|their\s+)?"
                               r"(?:imports|purchases|goods\s+bought|buying)\s+from\s+(?:the\s+)?$",
                               re.IGNORECASE)
"""Before a country: the second half of a pair's trade, the goods bought from it (`..., while
purchases from`, `and imports from`)."""
_SOLD_HALF = re.compile(r"(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}?(?:exports|goods\s+sold|sales|"
                        r"shipments)\b", re.IGNORECASE)
"""After the other country: the first half, what it sold (`Lao goods sold`, `Indian exports`)."""
_OF_FIGURE = re.compile(r"\s+of\s+(?:(?:about|around|roughly|nearly|almost|over|more\s+than|"
                        r"some|just|only|under|less\s+than)\s+)?$", re.IGNORECASE)
"""Between a flow noun and its figure: the figure named as the flow's amount (`exports of
over`), the two halves told as one list of the pair's trade, not as clauses of their own."""


def mirrored_halves(text: str, quantity: Quantity, ctx: Context, parties: Parties,
                    traded: Callable[[str | None, str | None, Quantity], bool]) -> Parties:
    """`Cambodian goods sold to the US rose 37%, while imports from the US fell 35%`, `Indian
    exports of $614 million and imports from Myanmar of $1,533 million`: a sentence that tells a
    pair's trade as two halves, the one country's sales (`_SOLD_HALF`) and then its purchases
    from the other (`_BOUGHT_FROM_HALF`), names each half's missing side in the other half: the
    buyer of the purchases is the country that sold in the first half, and the buyer of its
    sales the country it buys from. Only when the sentence names just those two countries; the
    sales get the buyer only when no possessive owns them and they are told as the pair's
    trade: the figure of the sales noun (`Indian exports of $614 million`), or after the
    pair's two-way trade (`traded`: `Two-way trade was $17 billion: Chinese exports rose 2%,
    while imports from Russia fell`). `Vietnam's exports rose 8%, while imports from China
    jumped` (or `Indian rice exports rose 10%, while ...`) is the country's sales to everyone."""
    if parties.two_way or (parties.exporter is None) == (parties.importer is None):
        return parties
    named = [c for c in ctx.countries if c.code and c.form != "pronoun"]
    if len({c.code for c in named}) != 2:
        return parties
    for other in named:
        half = _BOUGHT_FROM_HALF.search(text, ctx.span[0], name_start(text, other.start))
        if half is None:
            continue
        found = next(((c, sold) for c in named if c.end <= half.start() and c.code != other.code
                      and (sold := _SOLD_HALF.match(text, c.end, half.start()))), None)
        if found is None:
            return parties
        seller, sold = found
        if quantity.start >= other.end and parties == Parties(other.code, None):
            return Parties(other.code, seller.code, False)
        if quantity.end <= half.start() and parties == Parties(seller.code, None) and \
                not seller.possessive and sold.end() <= quantity.start and (
                    _OF_FIGURE.match(text, sold.end(), quantity.start) or
                    traded(seller.code, other.code, quantity)):
            return Parties(seller.code, other.code, False)
        return parties
    return parties


_THOSE_WAY = re.compile(r"\b[Tt]hose\s+(?:" + "|".join(
    re.escape(word).replace(r"\ ", r"\s+")
    for word in sorted(word_set("those_ways"), key=len, reverse=True))
    + r")\s+(?:the\s+)?")
"""`..., and those to Peru slumped 31%`: a flow noun left out after `those`, with the way it goes
and the partner that stands in for the one the flow before it named."""
_PARTNER_PLACE = re.compile(BLOC_NAME + "|" + REGION_BUYERS + r"|(?:other|all\s+other)\s+(?:" +
                            "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in sorted(
                                word_set("other_partner_places"), key=len, reverse=True)) + r")\b")


def those_partner(text: str, quantity: Quantity, clause: tuple[int, int], ctx: Context,
                  parties: Parties) -> Parties:
    """`Sales to Chile fell 12% and those to Peru slumped 31%`: the figure after `those to X`
    (`those from X`, `those bound for X`) is the flow before it with X in place of the partner
    that flow named with the same preposition; a bloc or region there (`those to the EU`) leaves
    that side empty. Read only when one country (or none, for a bloc) stands between `those` and
    the figure, and the partner it replaces is one of the sides read."""
    way = _THOSE_WAY.search(text, clause[0], quantity.start)
    if way is None:
        return parties
    between = [c for c in ctx.countries if way.start() <= c.start < quantity.start]
    cue = "from" if "from" in way.group().lower() else "to"
    old = next((c.code for c in reversed(ctx.countries) if c.start < way.start() and c.code
                and (c.cue or "") in (("from",) if cue == "from" else ("to", "for"))), None)
    if old is None or old not in (parties.exporter, parties.importer) or parties.two_way:
        return parties
    if not between and _PARTNER_PLACE.match(text, way.end()):
        new: str | None = None
    elif len(between) == 1 and between[0].start == way.end() and between[0].code and \
            between[0].code != old:
        new = between[0].code
    else:
        return parties
    if new is not None and new in (parties.exporter, parties.importer):
        return parties  # (the partner is already a side: no flow from a country to itself)
    if parties.exporter == old:
        return Parties(new, parties.importer, False)
    return Parties(parties.exporter, new, False)
