"""Who supplies and who receives: exporter, importer and two-way trade from country mentions.

The frame of a quantity is the trade word nearest to it (`exported`, `imports`, `trade`,
`provided`; lists in `knowledge/claim_cues.json`). Mentions then fill roles by their cue:
`to B` receives, `from A` supplies, `with B` is the partner, `between A and B` / `A-B` is a pair,
`A's exports` / `Russian oil` name the owner or origin, the first bare country before the trade
word is the subject, and the bare country right after `provided`/`supplied` is the recipient.
Roles are read from the quantity's clause first and completed from the rest of the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Literal

from tradetrace.extract.commodity import (
    SENTENCE_OPENS,
    CommodityMention,
    find_commodities,
    names_unkeyed_goods,
    unkeyed_goods_after,
)
from tradetrace.extract.cues import (
    cue_data,
    hedge_pattern,
    lexicon,
    may_hold,
    word_count,
    word_set,
)
from tradetrace.extract.parties import (
    RANKED_ROLE_NOUNS,
    ROLE_APPOSED,
    CountryMention,
    find_countries,
    is_reporting,
    name_start,
)
from tradetrace.extract.quantity_lexicon import lexicon as quantity_lexicon
from tradetrace.normalize.periods import MONTHS, cue_alternation

FrameKind = Literal["export", "import", "two_way", "production"]
_ORIGIN = ("from", "out of")
_DESTINATION = ("to", "into", "toward", "towards")
_AGENT = ("by",)
_NOUN_BEFORE_CUE = re.compile(r"\b(?!(?:[Ww]as|[Hh]as|[Ii]s|[Aa]s|[Tt]his|[Ii]ts|[Tt]hus|[Ll]ess|"
                              r"[Pp]lus)\s)[A-Za-z][a-z]{2,}s\s+"
                              r"(?:from\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+)?"
                              r"(?:from|to|into)\s+(?:the\s+)?$")
"""`notifications from China and Russia covered ...`: a word in -s before the preposition
(mostly a plural noun heading both countries) makes the verb after them that noun's, not the
second country's own. A verb in -s there (`ships to China and Russia ...`) is read the same way,
which is wrong but rare in news."""
_AND_ONLY = re.compile(r"\s*,?\s*and\s+(?:the\s+)?")
AND_OTHERS = re.compile(r"\s+and\s+(?:the\s+)?other\s+(?:[\w-]+\s+){0,2}?(?:countries|members|"
                        r"suppliers|producers|origins|states|nations|sellers|exporters|buyers|"
                        r"markets|destinations)\b")
"""After a country: more of its kind left unnamed (`from Peru and other Andean suppliers`)."""
OWN_VERB = re.compile(r"\s+(?:also\s+)?(?:[a-z]+ed|sold|sent|bought|took|paid|has|had|was|were|is|"
                       r"are|will|would)\b")
"""`... to China and Russia shipped 50 million tonnes`: the second country heads a clause."""


@dataclass(frozen=True)
class Frame:
    """The trade word a quantity hangs on."""

    kind: FrameKind
    start: int
    end: int


@dataclass(frozen=True)
class Parties:
    """The result of role assignment."""

    exporter: str | None = None
    importer: str | None = None
    two_way: bool = False
    joint: bool = False
    """The missing side is several countries together (`China and Russia together
    delivered ...`): leave it empty rather than fill it in."""

    @property
    def empty(self) -> bool:
        return self.exporter is None and self.importer is None

    @property
    def paired(self) -> bool:
        """Two-way between two known countries (not one country's total trade)."""
        return self.two_way and self.exporter is not None and self.importer is not None

    def side_in(self, group: Collection[str | None], new: str | None, *,
                joint: bool = False) -> Parties | None:
        """The one-way parties with the one side that is in `group` (the other side not) put as
        `new` (`joint` marking it several countries together); None when neither side or both
        are (`Somalia and Chad received 50,000 tons each`: the side in the list is none of
        them)."""
        if self.importer in group and self.exporter not in group:
            return Parties(self.exporter, new, False, joint=joint)
        if self.exporter in group and self.importer not in group:
            return Parties(new, self.importer, False, joint=joint)
        return None


@dataclass(frozen=True)
class Roles:
    subject: str | None = None
    origin: str | None = None
    destination: str | None = None
    partner: str | None = None
    recipient: str | None = None
    pair: tuple[str, str] | None = None
    agent: str | None = None
    """`supplied by China`: the doer of a passive trade verb."""
    agent_kind: FrameKind | None = None
    """Whether that verb is an export or an import verb."""
    agent_noun: bool = False
    """The agent's flow word is a plural noun (`Exports by Belarus`), not a participle."""
    joint_origin: bool = False
    """`from China and Russia`: several origins together, none of them the exporter alone."""
    joint_destination: bool = False
    """`to India and China`: several destinations together."""
    joint_subject: bool = False
    """`Sudan, Kenya and Yemen took`: a listed subject, several countries together."""
    bloc_pair: str | None = None
    """`China-Europe freight trains`: a country paired with a bloc or continent, which has no
    code of its own."""


_AGREEMENT = re.compile(r"\b(?:under|through|via|per|despite)\s+(?:the\s+|a\s+|an\s+|this\s+|"
                        r"that\s+)?(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
"""`under the UN-brokered deal`: a deal things happen under is an agreement, not trade."""


_TRADE_SOURCE = re.compile(r"(?i:trade\s+(?:data|statistics|figures|sources?|reports?))\b"
                           r"(?!\s+(?:between|with|on)\b)(?!\s+(?:for|of)\s+(?!(?:(?:the|its)\s+"
                           r"(?:(?i:quarter|month|year|period|week|half|first|second|third|fourth)"
                           r"\b|[A-Z]))|(?:January|February|March|April|May|June|July|August|"
                           r"September|October|November|December)\b))")
"""`Chinese trade data showed`, `trade sources said`, `the foreign trade report of the Central
Bank`, `in its foreign trade statistics for the quarter`: a source (a report of a body or for a
period); not `trade figures between India and Pakistan stood at` or `trade data for India`, the
flow itself."""
BROUGHT_IN = r"(?:brought|brings?|bringing)\s+in"
"""`exports brought in $146 million`: an earning verb of several words, shared by the rule that
reads the money as the seller's (`_earned_in`) and the side-neutral flow words of
`flow_history`."""
_EARNED_REACH = 400
"""Characters past a clause's end within which the money its earning verb earns is read (a
bounded look-ahead keeps the cost of a clause independent of the document's length)."""
_MORE_MONEY = ("a further", "another", "an extra", "an additional")
"""Before money earned on top of a sum just stated (`Oil products brought in a further $59.9
million`): still the money earned."""
_RECORD_MONEY = ("a record", "a new record", "an all-time high of", "a record high of")
"""Before money earned that sets a record (`Cashew exports brought in a record $620 million`):
still the money earned."""


_FROM_SELLING = (r"(?:selling\b|(?:[\w'’.,-]+\s+){0,5}?(?:(?:exports|sales|shipments)\b|"
                 r"sold\s+(?:abroad|overseas)\b))")
"""After `took in ... from`: what was sold (`from crude sales`, `from selling fossil fuels abroad`,
`from 45,633 tonnes of gum arabic sold abroad`), so the money taken in is the seller's."""
_SALES_ABROAD = r"(?:(?:foreign|overseas|export)\s+(?:sales|earnings|revenues?|receipts)\b)"
"""`brought in TND 661.1 million in foreign sales`: an `in` after the money that names the
earnings themselves, not goods bought for it (`$1.2 billion in fuel`)."""


def _money_prefixes() -> str:
    """Currency signs written before an amount (`NZ$68 million`, `BZ$`, `KSh`, `Rs`) as an
    alternation, longest first, each before its digits; a single letter (`N`, `K`, `R`) only
    as the sign of a scaled amount (`N3.77 trillion`, Nigerian naira), where it starts no word."""
    prefixes = sorted(quantity_lexicon().currency_prefixes, key=len, reverse=True)
    longer = "|".join(re.escape(p) for p in prefixes if len(p) > 1)
    letters = "".join(re.escape(p) for p in prefixes if len(p) == 1 and p.isalpha())
    return (rf"(?:{longer})\s?(?=\d)|[{letters}](?=\d[\d.,]*\s?"
            r"(?:trillion|billion|million|trn|bn|mn|tn)\b)")


@cache
def _earned_in() -> re.Pattern[str]:
    """`tobacco exports had brought in over US$146 million`, `Uganda took in $105 million from
    the month's sales abroad`, `brought in 2,865.7 million dinars`: money earned, the seller's,
    not goods brought into a country (`brought in $40 million of Chinese goods`, `$1.2 billion
    in fuel` are; `$146 million in 2023` is still earned)."""
    money = cue_alternation(sorted(word_set("currency_names_after_amount")))
    codes = _currency_codes()
    return re.compile(
        r"(?i:\b(?:" + BROUGHT_IN + r"|(?:took|takes|take|taking|taken)\s+in"
        # (a stop inside a number or an initialism is no sentence's end: `1.868 billion U.S.
        # dollars from coffee sold abroad`)
        r"(?=(?:[^.;]|(?<=\d)\.(?=\d)|(?<=\b[A-Z])\.){0,60}?\bfrom\s+" + _FROM_SELLING + r")|"
        # (`Ecuador's flower exporters took in $245 million`: the exporters' takings)
        r"(?<=exporters\s)(?:took|takes|take)\s+in))(?=\s+" +
        hedge_pattern(True, *_MORE_MONEY, *_RECORD_MONEY) +
        r"(?:US\s?\$|U\.S\.\s?\$|[$€£¥]|(?-i:(?:RMB|" + codes + r"|" + _money_prefixes() +
        r"))\s?\d|"
        # (`brought in 2,865.7 million dinars`, `222 million USD`: the currency named after
        # the amount)
        r"\d[\d.,]*\s+(?:(?:million|billion|trillion|thousand|mln|bn|crore|lakh)\s+)?"
        r"(?:(?:[A-Z][a-z]+\s+|(?-i:U\.?S\.?)\s+)?(?i:" + money + r")|(?-i:" + codes + r"))\b"
        # (`bring in 58 million EUR of electricity`: goods worth that much, brought in)
        r"(?!\s+(?:worth|of)\b))"
        r"(?![\d.,]+\s*(?:[mb]n|[mb]ln|million|billion|trillion|thousand)?\s+(?:worth|of|in\s+"
        r"(?!(?:19|20)\d\d|the\b|last\b|this\b|" + _SALES_ABROAD +
        r"|(?-i:[A-Z][a-z]+\s+(?:19|20)\d\d)|(?:January|"
        r"February|March|April|May|June|July|August|September|October|November|December)\b))\b))")


def _currency_codes() -> str:
    """The ISO currency codes of the quantity lexicon as an alternation, without those that
    are also English words in capitals (`ALL`, `TOP`)."""
    data = quantity_lexicon().data
    words = set(data["currency_codes_also_words"])
    return "|".join(sorted(c for c in quantity_lexicon().currency_codes if c not in words))


_SPENT_ON = re.compile(r"(?:[^.;,]|(?<=\d)[.,](?=\d)){0,40}?(?:,\s*or\s+[^;,]{1,40},\s*)?"
                       r"\b(?:on|for)\b")
"""After a spending verb: `on` (or `for`) what was bought, in the same clause (past a
restatement set off by commas: `spent 192.3 million US dollars, or 876.6 billion ariary, on`)."""
_FOREIGN_GOODS = re.compile(r"\s+(?P<origin>[A-Z][\w.’'-]*)\s+(?P<words>(?:[a-z][a-z-]+\s+){0,2}"
                            r"[a-z][a-z-]{2,})\b")
"""After `on`: a demonym and up to three lower-case words (`on Russian pharmaceutical
products`), one of which names goods (`purchased_goods_nouns`; not `on Brazilian players`, `on
Ukrainian refugees`)."""
_BOUGHT_GOODS_END = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:and|or|from|in|during|over|last|this|for|"
                               r"worth|imports?|purchases?|between|since|per|to|a|an)\b")
"""After the goods money was spent on: the phrase ends (`on wheat from all origins`), not
another noun (`on oil exploration`)."""


def spending_on_goods(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spending verbs in text[start:end] whose money went on goods (`spent $3.25 billion on
    wheat`): a purchase."""
    return [(s, e) for s, e in lexicon("spend_on").spans(text, start, end)
            if _spent_on_goods(text, e, end)]


def _spent_on_goods(text: str, at: int, end: int) -> bool:
    """Whether a spending verb ending at `at` spends on goods (`spent $3.25 billion on wheat`,
    `on U.S. chicken`, `paid $1.44 billion for gas`): named goods within three words of `on`
    (or `for`), ending the phrase."""
    on = _SPENT_ON.match(text, at, end)
    if on is None:
        return False
    if unkeyed_goods_after(text, on.end()):
        return True  # `paid $1.44 billion for gas piped in from Turkmenistan`: goods, no key
    goods = find_commodities(text, on.end(), min(end, on.end() + 60))
    if not goods or goods[0].generic or len(re.findall(r"[\w.'’-]+", text[
            on.end():goods[0].start])) > 3:
        # `spent 4.5 million euros on Russian pharmaceutical products`: a foreign origin's
        # goods, keyed or not
        origin = _FOREIGN_GOODS.match(text, on.end(), end)
        return origin is not None and not word_set("purchased_goods_nouns").isdisjoint(
            origin["words"].split()) and any(
            m.form == "demonym" for m in find_countries(text, on.end(), origin.end("origin")))
    return _BOUGHT_GOODS_END.match(text, goods[0].end, end) is not None


_SHIP_BEFORE_NAME = re.compile(r"\bship(?:s|ped|ping)?(?=\s+(?:the\s+)?[A-Z])")
_THE_GAP = re.compile(r"\s+(?:the\s+)?")
_SHIPS_FIGURE = re.compile(r"\bships\s+(?:(?:out|abroad|overseas)\s+)?(?:(?:a\s+)?record\s+)?(?i:"
                           + hedge_pattern(True) + r")(?=US\$|[$€£¥]|\d)")
"""`ships` before an amount, a hedge or `record` between (`Brazil ships record 41.1 million
tons`, the headline's way of `a record`), or `out` (`Chad now ships out about 110,000
barrels`)."""


_SUPPLIED_SHARE = re.compile(
    r"\b(?:meets?|met|meeting|covers?|covered|covering|supplie[sd]|supplying|provides?|provided|"
    r"made\s+up|makes?\s+up|making\s+up|accounts?\s+for|accounted\s+for|accounting\s+for|"
    r"held|holds|satisf(?:y|ies|ied))\s+" + hedge_pattern(True) + r"[\d.,]+\s*(?:%|percent|"
    r"per\s+cent)\s+of\s+(?:the\s+)?(?P<owner>[^,;.\d]{0,40}?)\b(?P<noun>market|needs|"
    r"demand|requirements|supply|supplies)\b", re.IGNORECASE)
"""`Russian gas made up 79% of the Austrian market`, `Iran meets 18% of Turkey's gas needs`:
a foreign origin's share of a country's market or needs."""
def home_or_people_share(text: str, start: int, at: int) -> bool:
    """Whether text[start:at], before a share of a market, names a home-grown holder, people or
    a service firm (`Domestic mills meet 60%`, `Chinese buyers made up 30%`)."""
    return lexicon("home_grown").search(text, start, at) or lexicon("market_people").search(
        text, start, at)


def supplied_shares(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The market or needs noun of a share a foreign country (or its goods or suppliers) holds
    in another's market (`Russian suppliers covered about 80 percent of Austrian needs`): the
    subject, before the verb in the clause, names a country other than the market's, and
    nothing home-grown."""
    found = []
    for match in _SUPPLIED_SHARE.finditer(text, start, end):
        owner = match["owner"]
        owners = {m.code for m in find_countries(text, match.start("owner"), match.end("owner"))
                  if m.code}
        if not owners and not re.search(r"\b(?:its|their|the\s+country's)\b", owner,
                                        re.IGNORECASE):
            continue
        clause = max(text.rfind(". ", start, match.start()), text.rfind(";", start,
                                                                      match.start()), start)
        if home_or_people_share(text, clause, match.start()):
            continue  # (nor people's share: `Chinese buyers made up 30%`)
        origins = {m.code for m in find_countries(text, clause, match.start())
                   if m.code and m.form != "pronoun"}
        if origins - owners:
            found.append((match.start("noun"), match.end("noun")))
    return found


def ship_verbs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """`ships` where it is the verb (alone it is as often the noun, `five ships`): before the
    country it gives to (`Russia ships North Korea 40,000 tonnes`; `ship` and `shipped` too), or
    before the amount (`Venezuela now ships 140,000 barrels a day`); `moved` (most often no
    trade) before tonnes or barrels after a name (`Ukraine has moved 26.3 million tonnes`)."""
    return list(_ship_verbs(text, start, end))


@lru_cache(maxsize=1024)
def _ship_verbs(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """`ship_verbs`, read once per window (asked for by the sentence and by each quantity's
    clause). Every match of the patterns holds `ship` or `moved`: a window with neither is read
    at once."""
    if text.find("ship", max(start, 0), max(end, 0)) < 0 and \
            text.find("moved", max(start, 0), max(end, 0)) < 0:
        return ()
    found = [(m.start(), m.end()) for m in _SHIP_BEFORE_NAME.finditer(text, start, end)
             if any(_THE_GAP.fullmatch(text, m.end(), c.start) and c.form == "name"
                    for c in find_countries(text, m.end(), min(end, m.end() + 40)))]
    for match in _SHIPS_FIGURE.finditer(text, start, end):
        before = _WORD_BEFORE.search(text, max(start, match.start() - 40), match.start())
        if before is not None and (before["word"][0].isupper() or before["word"].lower() in
                                   _BEFORE_SHIPS_VERB or _DETERMINED.search(
                                       text, max(start, before.start() - 12), before.start())):
            # (`The cooperative ships 200,000 tonnes`: a noun phrase, the verb's subject)
            found.append((match.start(), match.start() + 5))  # (not `charge ships 1%`)
    for match in _MOVED_AMOUNT.finditer(text, start, end):
        perfect = _PERFECT.search(text, max(start, match.start() - 20), match.start())
        before = _WORD_BEFORE.search(text, max(start, match.start() - 40),
                                     perfect.start() if perfect else match.start())
        opens = before is not None and SENTENCE_OPENS.search(
            text, max(0, before.start() - 3), before.start()) is not None
        if before is not None and (before["word"][0].isupper() or before["word"].lower() in
                                   _BEFORE_SHIPS_VERB) and not _FLOW_SUBJECT.search(
                                       text, max(start, match.start() - 40), match.start()) \
                and not (opens and not find_countries(text, before.start(), before.end())) \
                and not _NOT_SENT_AFTER.match(text, match.end()):
            # `Ukraine has moved 26.3 million tonnes of farm produce by sea`: sent (not
            # `Trade moved above $40 billion`, `The central bank moved $2 billion`)
            found.append((match.start(), match.start() + 5))
    return tuple(found)


_MOVED_AMOUNT = re.compile(r"\bmoved\s+(?i:" + hedge_pattern(True) + r")[\d.,]+(?:\s*(?:million|"
                           r"billion|thousand|mln|m|bn))?\s+(?:metric\s+)?(?:tonnes|tons|"
                           r"barrels)\b")
_NOT_SENT_AFTER = re.compile(r"[^.;]{0,60}?\b(?:higher|lower|above|below|up|down|storage|"
                             r"warehouses?|stocks|out\s+of)\b", re.IGNORECASE)
_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:(?:now|also|already)\s+)?$")
_FLOW_SUBJECT = re.compile(r"\b(?:trade|turnover|exports|imports|shipments|sales|prices?|"
                           r"futures|bank|volumes?)\b[^.;]*$", re.IGNORECASE)


_WORD_BEFORE = re.compile(r"(?P<word>[\w.&’'-]+)\s+$")
_DETERMINED = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]his|[Oo]ur|[Tt]heir)\s+$")
_BEFORE_SHIPS_VERB = frozenset({"now", "also", "still", "currently", "already", "regularly",
                                "typically", "usually", "only", "reportedly", "it", "which",
                                "that", "who", "normally", "annually"})
"""Words after which `ships` before an amount is the verb (else a name, its subject)."""
_NEXT_COORDINATE = re.compile(r"\b(?:and|while|whereas|but)\s+(?:its|their|the|his|her)\b|"
                              r"\b(?:while|whereas|but)\s+(?-i:[A-Z])", re.IGNORECASE)
"""`..., while Burkina Faso took $32.8 million`: a contrast with a subject of its own."""
_COORDINATED_CUE = re.compile(r"\b(?:and|while|whereas|but)\s+(?:[a-z-]+\s+)?$", re.IGNORECASE)
"""`to $360 million and imports slipping ...`, `and fuel imports`: a trade word right after a
coordinator opens the next coordinate."""
_COORDINATE_PENALTY = 1000


_NOT_GOODS_FLOWING = re.compile(r"\b(?:migrants?|refugees?|people|workers|tourists|visitors|"
                                r"remittances|investments?|capital|funds|money|cash|FDI|aid|"
                                r"inflows|outflows)\b[^.;,]{0,25}$", re.IGNORECASE)


def goods_flowing(text: str, floor: int, cue_start: int, cue_end: int) -> bool:
    """False for a `flowing into` whose subject is no goods (`Migrants flowing into Italy`,
    `Remittances flowing into Mexico`); True for every other trade cue and for `Qatari gas
    flowing into Oman`."""
    if not text[cue_start:cue_end].lower().startswith("flow"):
        return True
    return _NOT_GOODS_FLOWING.search(text, max(floor, cue_start - 40), cue_start) is None


@lru_cache(maxsize=1024)
def find_frame(text: str, start: int, end: int, at: int) -> Frame | None:
    """The trade cue in text[start:end] nearest to offset `at`. (Pure, and asked some three
    times for each window and quantity by the party and kind rules: remembered for the last
    windows, as `_frame_cues` is; a `Frame` is frozen, so callers share it safely.)"""
    best: tuple[int, Frame] | None = None
    for kind, cue_start, cue_end in _frame_cues(text, start, end):
        distance = cue_start - at if cue_start >= at else at - cue_end
        if cue_start >= at and (_NEXT_COORDINATE.search(text, at, cue_start) or
                                _COORDINATED_CUE.search(text, at, cue_start)):
            # `exports rose to $360 million and its imports fell`: the later trade word
            # heads the next coordinate, not this quantity
            distance += _COORDINATE_PENALTY
        if best is None or distance < best[0]:
            best = (distance, Frame(kind, cue_start, cue_end))
    if best is None:
        # no trade word: a country declaring or notifying an amount (to a sanctions committee)
        # reports what it supplied (`the 277,365 barrels Moscow declared for 2019`)
        for cue_start, cue_end in lexicon("declared_supply").spans(text, start, end):
            distance = cue_start - at if cue_start >= at else at - cue_end
            if best is None or distance < best[0]:
                best = (distance, Frame("export", cue_start, cue_end))
    return best[1] if best else None


@cache
def _owned_earnings() -> re.Pattern[str]:
    """An owner's `'s`, goods, then an earnings noun (`'s cocoa receipts`), read once."""
    nouns = "|".join(re.escape(word) for word in lexicon("goods_earnings").words)
    return re.compile(r"['’]s\s+(?P<goods>(?:[\w-]+\s+){0,2}?[a-z][\w-]*)\s+"
                      rf"(?P<noun>{nouns})\b")


def owned_goods_earnings(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """`Uruguay's meat earnings`, `Tanzania's gold receipts`: an earnings noun right after goods
    an owner's possessive names (keyed or not, but not `goods`) is what those goods fetched
    abroad, the owner's exports (as `oil earnings` is in the flow lexicon); `Pemex's quarterly
    earnings` names no goods and is no flow."""
    if not may_hold(text, start, end, lexicon("goods_earnings").words):
        return []
    spans = []
    for match in _owned_earnings().finditer(text, start, end):
        if not _country_owner(text, match.start()):
            continue  # `Gazprom's gas revenue`: a company's sales, not its country's exports
        low, high = match.span("goods")
        if _TRADE_WAY_WORD.search(text, low, high) or not (any(
                not m.generic for m in find_commodities(text, low, high))
                or names_unkeyed_goods(text, low, high)):
            continue  # (`export earnings`: the flow word is the cue already)
        spans.append(match.span("noun"))
    return spans


_TRADE_WAY_WORD = re.compile(r"\b(?:ex|im)port", re.IGNORECASE)
"""Among the goods words: a flow word (`export earnings`), whose own frame is the cue already."""
_COUNTRY_FORMS = ("name", "demonym")
"""The forms of a mention that are the country itself: a name or demonym, not a company, capital
or region standing for it (`Shenhua's coal revenue` is the company's; `taking wheat to
Indonesia` carries it to the country)."""
_OWNER_REACH = 60
"""Characters before `'s` in which the owner of goods earnings is read."""
_SPACE = re.compile(r"\s")


def _country_owner(text: str, at: int) -> bool:
    """Whether a country's name or demonym ends at `at`, right before its `'s` (`Uruguay's`,
    `Russia's`), read from a word's start within `_OWNER_REACH` characters (no name cut in two)."""
    low = max(0, at - _OWNER_REACH)
    if low > 0:
        space = _SPACE.search(text, low, at)
        low = space.end() if space is not None else at
    return any(m.end == at and m.form in _COUNTRY_FORMS
               for m in find_countries(text, low, at))


_ARRIVALS_FROM = re.compile(r"(?i:arrivals)\s+from\b")
"""An export cue of arrivals (`cocoa arrivals`) with an origin after it: imports."""


_ENERGY_AMOUNT = re.compile(r"\s+" + hedge_pattern(True, "under") + r"[\d.,]+\s*(?:(?:million|"
                            r"billion|thousand|trillion|mln|bln|mn|bn)\s*)?(?:" + "|".join(
                                re.escape(unit) for unit in sorted(
                                    cue_data()["energy_units"], key=len, reverse=True)) + r")\b")
"""After a verb of generating: an amount of energy (`generated more than 14.5 billion kWh`)."""


@lru_cache(maxsize=1024)
def _frame_cues(text: str, start: int, end: int) -> tuple[tuple[FrameKind, int, int], ...]:
    """The trade cues in text[start:end] that can frame a quantity, in `find_frame`'s order.
    None of the checks here depends on the quantity, so a clause asked for once per quantity
    (and for each of several windows) is read once: every quantity of it shares the result."""
    cues: list[tuple[FrameKind, int, int]] = []
    blocked = lexicon("not_flow").spans(text, start, end)
    kinds: tuple[FrameKind, ...] = ("export", "import", "two_way", "production")
    found = [(kind, cue_start, cue_end) for kind in kinds for cue_start, cue_end in (
        lexicon("production") if kind == "production" else lexicon("flow", kind)).spans(
            text, start, end)]
    # `Malaysia's cocoa bean arrivals from Ghana`: arrivals with an origin are the owner's
    # imports (not a grower's port arrivals, its exports)
    found = [("import" if kind == "export" and _ARRIVALS_FROM.match(text, cue_end - 8)
              else kind, cue_start, cue_end) for kind, cue_start, cue_end in found]
    # `Coal, which earned Pyongyang $1.1 billion`: the seller earns what the goods fetch
    found += [("export", cue_start, cue_end) for cue_start, cue_end in
              lexicon("earn_object").spans(text, start, end)]
    # `Tajikistan generated 14.5 billion kWh`: power generated, production (not the money
    # sales generate)
    found += [("production", s, e) for s, e in lexicon("power_generated").spans(text, start, end)
              if _ENERGY_AMOUNT.match(text, e)]
    # `Russia ships North Korea 40,000 tonnes`: `ships` before the country it gives to (alone,
    # `ships` is as often the noun)
    found += [("export", s, e) for s, e in ship_verbs(text, start, end)]
    # `China was the main buyer, taking 55 percent`: the participle's subject bought it
    # (`The United States and Argentina came next, taking 21% and 5%, respectively` after an
    # importer's flow: each item sells its share to that importer)
    takings = [(m.start(), m.end(), import_led_taking(text, m.start()))
               for m in _TAKING.finditer(text, start, end)]
    found += [("import", s, e) for s, e, led in takings
              if not led and taking_a_purchase(text, start, s)]
    found += [("export", s, e) for s, e, led in takings if led]
    # `Port Hedland loaded 45 million tonnes`, `December loadings`: goods loaded leave by sea
    # (not a vessel's loading, `five ships were loaded with grain for Iran`: the carrier's)
    # (`Chinese buyers loaded 1 million tonnes at Santos`: the buyers' goods come in)
    found += [("import" if _LOADING_BUYER.search(text, max(start, s - 40), s) else "export", s, e)
              for s, e in lexicon("loading_words").spans(text, start, end)
              if not lexicon("loading_vessels").search(text, max(start, s - 60), s)]
    # `Kenya wants 50,000 tonnes of maize`: who seeks an amount of goods means to buy it (not
    # `wants 2 million tonnes of its wheat sold to Egypt`, `seeks 1 million tonnes of wheat
    # exports quota`: to the clause's end, no selling, own goods or export)
    found += [("import", cue_start, cue_end) for cue_start, cue_end in
              lexicon("wanted_goods").spans(text, start, end)
              if _AMOUNT_NEXT.match(text, cue_end) and not _wanted_blocked(text, cue_end, end)]
    # `China absorbs about 90% of the fruit`: who absorbs an amount of goods takes it in (not
    # `absorbed a 12% drop in prices`, a cost or loss borne)
    found += [("import", cue_start, cue_end) for cue_start, cue_end in
              lexicon("absorbing_goods").spans(text, start, end)
              if _ABSORBED_GOODS.match(text, cue_end)]
    # `Egypt spent $3.25 billion on wheat`: the spender bought it
    found += [("import", cue_start, cue_end) for cue_start, cue_end in
              spending_on_goods(text, start, end)]
    # `Uruguay's meat earnings dip 8.4%`: what an owner's goods fetch is its sales abroad
    found += [("export", cue_start, cue_end) for cue_start, cue_end in
              owned_goods_earnings(text, start, end)]
    # (the money the verb earns may lie past `end`, the quantity itself: `crude oil brought in
    # USD 1,553 million`, so the look-ahead reads on to the end of the text)
    earned = [(m.start(), m.end()) for m in _earned_in().finditer(
        text, start, min(len(text), end + _EARNED_REACH)) if m.start() < end] if found else []
    found = [("export" if (s, e) in earned else kind, s, e) for kind, s, e in found]
    # only a cue of several words can hold another (`inbound shipments` holds `shipments`)
    longer = [(s, e) for _, s, e in found if " " in text[s:e]]
    for kind, cue_start, cue_end in found:
        if longer and any(s <= cue_start and cue_end <= e and e - s > cue_end - cue_start
                          for s, e in longer):
            continue  # `inbound shipments`: the longer cue of another kind holds this one
        if any(a <= cue_start < b for a, b in blocked):
            continue  # `trading partner`, `trade hubs`: names, not flows
        if kind == "two_way" and _TRADE_SOURCE.match(text, cue_start):
            continue  # `data from trade sources showed`: who says it, not a flow
        if kind == "production" and text[cue_start - 1:cue_start] == "-":
            continue  # `Japan's nearest LNG-producing neighbour`: a producer's epithet
        if kind == "production" and text[cue_start:cue_end].lower() in lexicon(
                "production_measured") and lexicon("production_measured_not_after").spans(
                text, start, cue_start):
            continue  # `Egypt's tender yielded 240,000 tonnes of wheat`: bought, not produced
        if not goods_flowing(text, start, cue_start, cue_end):
            continue  # `Migrants flowing into Italy`: goods must be what flows
        if kind == "two_way" and _AGREEMENT.search(text, max(start, cue_start - 60),
                                                   cue_start) and \
                text[cue_start:cue_end].lower().startswith("deal"):
            continue  # `left Ukrainian ports under the Black Sea deal`: an agreement
        cues.append((kind, cue_start, cue_end))
    return tuple(cues)


_ABSORBED_GOODS = re.compile(
    r"\s+(?:[\w$.,'’-]+\s+){0,3}?(?:[\d.,]+\s*(?:%|percent\b|per\s+cent\b)\s*of\b|"
    r"[\d.,]+\s*(?:(?:million|billion|thousand|mln|bln|m|bn)\s+)?(?:(?:metric|short|long)\s+)?"
    r"(?:tons?|tonnes?|t|mt|barrels?|bpd|bales?|bags?|sacks?|head|units|kg|kilograms?|bcm|cubic|"
    r"pounds|lbs|containers|cargoes|vehicles|cars)\b|(?:most|much|half|all|part|bulk|share|"
    r"majority|rest|some|third|quarter)\s+of\b)|\s+(?:more|less|fewer|additional|extra)\s+"
    r"(?!of\b|than\b)[A-Za-z]", re.IGNORECASE)
"""After `absorbed`/`absorbs`: an amount of goods, the buyer's intake (`absorbs about 90% of
the fruit`, `absorbed 240,000 tonnes`, `absorbed more Brazilian soy: 3 million tonnes`; not
a cost or loss borne, `absorbed a 12% drop in prices`, `absorbed 20% higher costs`)."""
_LOADING_BUYER = re.compile(r"\b(?:" + lexicon("loading_buyers").regex.pattern +
                            r")\s+(?:(?:have|has|had|also)\s+)?$", re.IGNORECASE)
"""Right before a loading word: the buyers who loaded the goods (`Japanese utilities loaded`)."""
_CLAUSE_END = re.compile(r"[.;:!?](?:\s|$)|,\s")


def _wanted_blocked(text: str, cue_end: int, end: int) -> bool:
    """Whether the clause after a verb of wanting names the goods as sold or the seller's own
    (claim_cues `wanted_goods_blockers`, to the clause's end: `wants 2 million tonnes of its wheat
    sold to Egypt`), or an export word stands within 30 characters of the verb (`seeks 1 million
    tonnes of wheat exports`)."""
    stop = _CLAUSE_END.search(text, cue_end, end)
    until = stop.start() if stop else end
    return lexicon("flow", "export").search(text, cue_end, min(until, cue_end + 30)) or \
        lexicon("wanted_goods_blockers").search(text, cue_end, until)


_AMOUNT_NEXT = re.compile(r"\s+(?:(?:up\s+to|about|around|some|roughly|at\s+least)\s+)?\d",
                          re.IGNORECASE)
"""After a verb of wanting: the amount wanted right after it (`seeks up to 30,000 tonnes`; not an
amount to sell, `seek a 1 million-ton export quota`)."""


_WITH_TAKING = re.compile(r"(?:,\s*|\b)with\s+(?:[\w.'’-]+\s+){1,4}(?:alone\s+)?$")
"""Before `taking`: an absolute clause's `with` and its subject (`, with Russian mills`)."""
_WITH_LIST_TAKING = re.compile(r"\bwith\s+[^.;:]*$")
"""Before `taking ... respectively`: an absolute clause's `with` and its list (`, with Bangladesh,
Malaysia and Nepal taking 37%, 14% and 8%, respectively`), whose takers are the partners of the
sentence's own flow, not buyers in a flow of their own."""
_TAKING_RESPECTIVELY = re.compile(r"taking\s+(?:[^;.]|\.\d){0,160}?\brespectively\b",
                                  re.IGNORECASE)
_TAKING_TO = re.compile(r"taking\s+(?:(?:the|its|their|this|that)\s+|[\w.’'-]+['’]s?\s+)?"
                        r"(?:[\w-]+\s+){0,2}?(?:totals?|tally|count|sum|volumes?|shares?|"
                        r"imports|exports|shipments|purchases|sales|deliveries|figures?|value)"
                        r"\b(?:\s+[\w-]+){0,4}?\s+(?:to|up\s+to|above|past|over)\s",
                        re.IGNORECASE)
"""`taking Laos's total for the season to 10 million tonnes`: a running total carried to a new
level, no purchase."""


_POSSESSIVE = re.compile(r"\b[A-Z][\w-]*(?P<mark>['’]s|s['’])\s")
"""A possessive name (`Uganda's `, `Thailand's `), read as an owner of goods only by
`_goods_owner`."""
_OWNED_WORDS = re.compile(r"(?:[\w-]+[ \t]+){0,3}[\w-]+")
"""The words right after a possessive (up to four, to the first break)."""
_OWNED_TAKER = re.compile(r"\b(?:buyers?|importers?|markets?|destinations?|customers?|"
                          r"consumers?|clients?)\b", re.IGNORECASE)
"""Words after a possessive that make the owner a buyer (`Africa's biggest wheat buyer`)."""
_OWNED_GOODS = re.compile(r"\b(?:goods|exports?|shipments|products|produce|output|sales)\b",
                          re.IGNORECASE)
"""Words after a possessive that make the owner the seller of goods (`Uganda's goods`)."""


_OWNER_ROLE = re.compile(r"(?:['’]s|s['’])\s+(?:[\w-]+\s+){0,2}?" + _OWNED_TAKER.pattern,
                         re.IGNORECASE)
"""A possessive owner before a buyer's role noun (`Kazakhstan's main buyers`)."""


def _goods_owner(text: str, possessive: re.Match[str]) -> bool:
    """Whether a possessive is a country's name or demonym owning goods or exports (`Uganda's
    goods`, `Thailand's rice`), not a day, a feast or a ministry (`Tuesday's statement`,
    `Ramadan's start`) nor a buyer (`Africa's biggest wheat buyer`)."""
    if not _country_owner(text, possessive.start("mark")):
        return False
    owned = _OWNED_WORDS.match(text, possessive.end())
    if owned is None or _OWNED_TAKER.search(owned.group()):
        return False
    return bool(_OWNED_GOODS.search(owned.group())) or any(
        not m.generic for m in find_commodities(text, owned.start(), owned.end()))


_OWNER_AFTER_TAKING = re.compile(r"(?i:taking)\s(?:[^.;\n]|\.\d){0,60}?(?=\b[A-Z][\w-]*"
                                 r"(?:['’]s|s['’])\s)")
"""`taking 12% of Thailand's rice`: a possessive after `taking` (an owner of the goods when
`_goods_owner` says so)."""


def _owner_near_taking(text: str, at: int) -> bool:
    """Whether a country owning the goods stands near `taking` at `at` (`the top destination of
    Uganda's goods in 2023, taking`, `taking 12% of Thailand's rice`): the buying cue would read
    the owner as the buyer, so the sentence's roles are read without it. Before `taking` the
    possessive is looked for within its sentence (not past a line break) and 100 characters."""
    after = _OWNER_AFTER_TAKING.match(text, at)
    if after is not None:
        possessive = _POSSESSIVE.match(text, after.end())
        if possessive is not None and _goods_owner(text, possessive):
            return True
    start = _sentence_start(text, at, 100)
    return any(_goods_owner(text, m) for m in _POSSESSIVE.finditer(text, start, at))


_TAKING_OFF_SUPPLY = re.compile(r"taking\s(?:[^.;,]|[.,]\d){0,80}?\b(?:off|offline|out\s+of|"
                                r"from\s+(?:(?:state|strategic|national|government)\s+)?"
                                r"(?:stocks|reserves|stockpiles)|of\s+(?:[\w-]+\s+){0,2}?"
                                r"(?:output|production|crops?|harvests?|capacity))\b",
                                re.IGNORECASE)
"""`taking 1 million barrels per day of crude off the market`, `taking 15 million tonnes of coal
output offline`, `taking 2 million tonnes from state stocks`, `taking 30% of crude production`:
supply withdrawn or set aside, no purchase."""
SELLER_CALLED = re.compile(r"\b(?:exporters?|suppliers?|sellers?|shippers?|producers?|"
                           r"origins?|sources?)\b", re.IGNORECASE)
"""A subject called a seller (`the top corn exporter`): its `taking N percent` is a share of a
market it sells into, not a purchase."""
_CALLED_SELLER = re.compile(r"\b(?:the|a|an|its)\s+(?:[\w'’-]+\s+){0,3}?" + SELLER_CALLED.pattern +
                            r"(?!\s+(?:said|say|says|told|report|reported))", re.IGNORECASE)
"""A subject called a seller before `taking` (`Brazil, the top soybean exporter, is taking`), not
sellers reporting (`the exporters said`)."""
_SENTENCE_BREAK = re.compile(r"[.;!?](?!\d)\s|\n")
"""A sentence break (the clause floor of `taking` may stand past a comma of its sentence)."""
_TAKING_TO_PLACE = re.compile(r"taking\s(?:[^.;,]|[.,]\d){0,80}?\bto\s+(?:the\s+)?(?=[A-Z])")
"""`taking 1 million tonnes of wheat to Indonesia`: the figure carried to a place (a country, read
by `_taking_to_country`)."""
_TAKING = re.compile(r"\btaking\b", re.IGNORECASE)
"""`taking`: a buying cue of its own, read only where it is a purchase (`taking_a_purchase`)."""


def _sentence_start(text: str, at: int, reach: int) -> int:
    """Where the sentence holding `at` starts, looked for at most `reach` characters back (not
    past a line break)."""
    start = max(0, at - reach)
    for stop in _SENTENCE_BREAK.finditer(text, start, at):
        start = stop.end()
    return start


def _called_seller(text: str, at: int) -> bool:
    """Whether the sentence before `taking` at `at` calls its subject a seller (`Brazil, the top
    soybean exporter, is taking 60% of the market`)."""
    return _CALLED_SELLER.search(text, _sentence_start(text, at, 200), at) is not None


def _taking_to_country(text: str, at: int) -> bool:
    """Whether `taking` at `at` carries its figure to a country (`Australia is taking 1 million
    tonnes of wheat to Indonesia`): its subject delivers, no purchase."""
    place = _TAKING_TO_PLACE.match(text, at)
    return place is not None and any(
        m.start == place.end() and m.form in _COUNTRY_FORMS
        for m in find_countries(text, place.end(), min(len(text), place.end() + 40)))


_FROM_PLACE = re.compile(r"\bfrom\s+(?:the\s+)?[A-Z]")
"""`70% from Brazil`: an origin named for an importer's flow (a country, read by
`import_led_taking`; not `data from the Black Sea Hazelnut Exporters' Union`)."""


_IMPORT_LED_REACH = 400
"""How far back before a respectively list's sentence its paragraph's first flow is looked for."""


def import_led_taking(text: str, at: int) -> bool:
    """Whether a respectively list `taking` at `at` follows an importer's flow (`China imported
    100 million tonnes of soybeans, 70% from Brazil. The United States and Argentina came next,
    taking 21% and 5%, respectively`): its paragraph's last few sentences name an origin
    country (`from X`) before any export, so the list's items are sellers to that importer (not
    `Chilean cherry exports reached 410,000 tonnes. China took 300,000 tonnes.`, nor `Germany
    bought 70,000 tons of Turkish hazelnuts ... Sales to the German market`: an exporter's
    buyers)."""
    if not _TAKING_RESPECTIVELY.match(text, at):
        return False
    here = _sentence_start(text, at, 200)
    if here == 0:
        return False
    start = max(0, here - _IMPORT_LED_REACH)
    if start > 0:  # (from a sentence's start, not a word cut in two)
        stop = _SENTENCE_BREAK.search(text, start, here)
        start = stop.end() if stop is not None else here
    start = max(start, text.rfind("\n", 0, here) + 1)
    bought = next((m.start() for m in _FROM_PLACE.finditer(text, start, at) if any(
        c.start == m.end() - 1 and c.form in _COUNTRY_FORMS
        for c in find_countries(text, m.end() - 1, min(len(text), m.end() + 40)))), None)
    sold = lexicon("flow", "export").regex.search(text, start, at)
    return bought is not None and (sold is None or bought < sold.start())


def _seller_list(text: str, at: int) -> bool:
    """Whether a respectively list's sentence, up to its `taking`, calls its items sellers
    (`Exporters Brazil and Argentina came next, taking 30% and 20% of the market,
    respectively`): their market shares, no purchase."""
    return bool(_TAKING_RESPECTIVELY.match(text, at) and
                SELLER_CALLED.search(text, _sentence_start(text, at, 200), at))


def _shared_taking(text: str, floor: int, at: int) -> bool:
    """Whether `taking` at `at` shares figures out over a respectively list that another reading
    gives its rows: after an absolute clause's `with` (`with X and Y taking A and B,
    respectively`: the partners of the sentence's own flow) or after the list is named by its
    role for an owner (`X and Y remained Kazakhstan's main buyers, taking A and B,
    respectively`; not `X and Y were the leading buyers, taking ...`)."""
    if not _TAKING_RESPECTIVELY.match(text, at):
        return False
    before = max(floor, at - 160)
    return bool(_WITH_LIST_TAKING.search(text, before, at) or
                _OWNER_ROLE.search(text, before, at))


def taking_a_purchase(text: str, floor: int, at: int) -> bool:
    """Whether `taking` at `at` is a purchase whose subject buys the figure (`China was the main
    buyer, taking 55 percent`; figures shared out over a list, `X and Y came next, taking A and B,
    respectively`, are bought by each item, as the respectively reading gives every row its own
    country): not a running total carried on (`taking Laos's total to`), nor a list's figures
    another reading shares out (`_shared_taking`), nor supply withdrawn (`taking N off the
    market / offline / from stocks / of output`), nor after a subject called a seller (`Brazil,
    the top soybean exporter, is taking 60%`: its market share), nor a figure carried to a
    country (`taking 1 million tonnes of wheat to Indonesia`), nor one with a country owning the
    goods near it (`_owner_near_taking`), nor a list called sellers (`_seller_list`), nor the
    participle of an absolute clause, whose taker is a partner of the sentence's own flow (`...,
    with Russian mills taking 400,000 tonnes`). (Nor a list after an importer's flow,
    `import_led_taking`: its caller reads that first, once per `taking`.)"""
    if _TAKING_TO.match(text, at) or _shared_taking(text, floor, at) or \
            _seller_list(text, at) or \
            _TAKING_OFF_SUPPLY.match(text, at) or _called_seller(text, at) or \
            _taking_to_country(text, at) or \
            _owner_near_taking(text, at):
        return False
    return not _WITH_TAKING.search(text, max(floor, at - 60), at)


def _words_between(text: str, start: int, end: int) -> int:
    """The words between `start` and `end`; 99 (far apart) when `end` is not after `start`."""
    return word_count(text, start, end) if end > start else 99


_OBJECT_GAP_BREAK = re.compile(r"[\d,;:()]")
"""`Argentina supplied 21%, Chile 19%`: a figure or a break between a giving verb and a
country ends the verb's object; the country heads a row of its own, not the receiver."""


def _verb_object(text: str, verb: re.Match[str] | None, start: int) -> bool:
    """Whether a country starting at `start` is the object of `verb`, at most a word after it
    with no figure or break between (`provided North Korea with`, `sold the Philippines`)."""
    return verb is not None and _words_between(text, verb.end(), start) <= 1 and \
        _OBJECT_GAP_BREAK.search(text, verb.end(), start) is None


_AMOUNT_OF = re.compile(r"\s+(?:US)?\$?[\d.,]+\s*(?:(?:million|billion|thousand|mln|bn)\s+)?"
                        r"(?:(?:metric\s+)?(?:tonnes|tons|barrels)\s+)?of\b", re.IGNORECASE)
"""`its 12 million tonnes of potash exports`: an amount between an owner and its goods."""


def _near_flow_or_goods(text: str, mention: CountryMention, goods: list[CommodityMention],
                        limit: int = 3, production: bool = False) -> bool:
    amount = _AMOUNT_OF.match(text, mention.end)
    after = amount.end() if amount is not None else mention.end
    marker = _POSSESSIVE_MARK.match(text, after) if mention.possessive and amount is None else None
    if marker is not None:
        # (`China's rare earth magnet exports`: the marker is no word of the noun phrase, and
        # a phrase with a function word in it is not one noun phrase: `China's share of total
        # exports`)
        after = marker.end()
    proceeds = _PROCEEDS_FROM.match(text, after) if mention.possessive else None
    if proceeds is not None:  # `Russia's earnings from fossil fuel exports`: its exports
        after = proceeds.end()

    def near(at: int) -> bool:
        words = _words_between(text, after, at)
        return (words <= limit and (marker is None or words < limit
                                    or _noun_modifiers(text[after:at]))) or (
            marker is not None and words <= limit + 1 and _paired_modifiers(text[after:at]))

    window_end = min(len(text), after + 40)
    for kind in ("export", "import", "two_way"):
        for cue_start, _ in lexicon("flow", kind).spans(text, after, window_end):
            if near(cue_start):
                return True
    # (only a country's name or demonym owns them: `Gazprom's gas revenue` is no exports)
    if mention.possessive and mention.form in _COUNTRY_FORMS and any(
            near(cue_start) for cue_start, _ in owned_goods_earnings(
                text, mention.end, window_end)):
        return True  # `Ghana's cocoa revenue`: what its goods fetched abroad
    if (mention.form == "pronoun" or production) and any(
            near(cue_start) for cue_start, _ in lexicon("production").spans(
                text, after, window_end)):
        # `the country made 10.15 million tonnes of sugar`: the producer; a name or demonym owns
        # the production noun of a clause about production (`Iran's petrochemical output`)
        return True
    return any(g.start >= after and near(g.start) for g in goods)


def _noun_modifiers(words: str) -> bool:
    """Whether `words` can be the goods words of one noun phrase (`rare earth magnet`, `refined
    copper cathode`, `December flake graphite`, `Q3 rough diamond`): lower case, a month or a
    period, no function word, no past tense after the first (`price cut lifted`), no other
    country (`sanctions hurt Lithuanian`)."""
    found = words.split()
    return not PHRASE_BREAK.search(words) and all(
        w.islower() or w.lower() in MONTHS or _PERIOD_WORD.fullmatch(w) for w in found) and \
        not any(w.endswith("ed") for w in found[1:])


_PERIOD_WORD = re.compile(r"Q[1-4]|H[12]|FY\d{0,4}|(?:19|20)\d\d(?:[/-]\d{2,4})?")
"""A period word in a noun phrase's modifiers (`Botswana's Q3 rough diamond exports`, `India's
2024 tea exports`, `Ukraine's 2023/24 grain exports`)."""


def _paired_modifiers(words: str) -> bool:
    """Two runs of goods words joined by `and` (`gold and silver`, `pharmaceutical and medical
    supplies`, `defense and aviation industry`): one noun phrase's goods, as a single run is
    (not `Brazil's drought and lower coffee exports`: an event and a comparative)."""
    parts = re.split(r"\s+and\s+", words.strip())
    return len(parts) == 2 and all(part and _noun_modifiers(part) for part in parts) and \
        not lexicon("not_goods_modifiers").search(words)


_PROCEEDS_FROM = re.compile(r"\s+(?:(?!exports?\b|imports?\b)[a-z]+\s+)?(?:earnings|revenues?|"
                            r"income|receipts|proceeds)"
                            r"\s+from(?=\s)", re.IGNORECASE)
"""After an owner: what it earns from a flow (`Russia's monthly earnings from oil exports`)."""
_POSSESSIVE_MARK = re.compile(r"['’]s?(?=\s)")
PHRASE_BREAK = re.compile(r"\b(?:of|to|from|in|into|with|through|via|and|or|the|a|an|for|by|"
                          r"on|at|as|than|its|their)\b", re.IGNORECASE)
"""Function words no run of goods words holds: words with one of them between a country and a
trade word are not one noun phrase (`China's share of total exports`, `continues to evade the
cap through transfers`)."""


_BY = re.compile(r"([\w-]+)\s+(?:(?:abroad|overseas)\s+)?"
                 r"(?:(?:to|into|from)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w-]*)?\s+)?by\s+(?:the\s+)?"
                 r"(?:(?:[A-Z][\w-]+\s+)?(?:region|province|port|city|state|oblast|krai)\s+of\s+"
                 r"(?:the\s+)?)?$")


_VOLUME_AFTER = re.compile(r"\s+(?P<first>[a-z]+)(?:\s+(?P<second>[a-z]+))?\b")


def _volume_after(text: str, mention: CountryMention) -> bool:
    """`Saudi volumes`, `Russian crude arrivals`: a demonym before a volume noun is the origin."""
    match = _VOLUME_AFTER.match(text, mention.end)
    if match is None or match["first"] in _BUYING_NOUNS:
        return False  # `Turkish purchases`: what the buyer buys (`Russian crude purchases` are
        # of Russian crude)
    if _BUYING_NEXT.match(text, match.end()):
        return False  # `Chinese iron ore imports`: the buyer's imports of ore
    if match["first"] in _CARRIERS:
        # `Russian tanker with 730,000 barrels`: the carrier's flag stands for the cargo's origin
        # unless the cargo names its own (`The Maltese tanker carrying ... Kazakh oil`)
        stop = _SENTENCE_STOP.search(text, match.end(), match.end() + 80)
        window_end = stop.start() if stop else min(len(text), match.end() + 80)
        return not any(m.code and (m.form == "demonym" or m.cue == "from")
                       for m in find_countries(text, match.end(), window_end))
    return any(word and word in lexicon("volume_nouns") for word in (match["first"],
                                                                     match["second"]))


_CARRIERS = frozenset({"tanker", "tankers", "vessel", "ship"})
"""Carriers whose flag stands for their cargo's origin when the cargo names none."""
_SENTENCE_STOP = re.compile(r"[.;\n]")
_BUYING_NOUNS = frozenset({"purchases", "purchase", "buying", "imports", "intake", "demand"})
_BUYING_NEXT = re.compile(r"\s+(?:" + "|".join(sorted(_BUYING_NOUNS)) + r")\b")
"""After a volume noun: the buyer's flow (`Chinese iron ore imports`)."""
_BUYER_DEMONYM = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(?:imports|purchases|intake)"
                            r"(?:\s+of\s+(?:[a-z-]+\s+){0,2}?[a-z-]+)?\s+from\b")
"""After a demonym: goods it imports from elsewhere (`Turkish coal imports from all origins`,
`Chinese purchases of crude from Malaysia`; not `Russian coal imports`, which may be of Russian
coal)."""


_IMPORT_NOUN_AFTER = re.compile(r"\s+(?:[A-Za-z-]+\s+){1,2}?(?:imports|purchases|intake)\b")
"""After a demonym: goods imported, whose buyer or origin it may be (`Indian oil purchases`)."""


_PARTY_AFTER = re.compile(r"\s+(?P<first>[A-Za-z]+)(?:\s+(?P<second>[a-z]+))?\b")
"""After a demonym: a trader noun, maybe after goods written in capitals (`Japanese LNG
buyers`)."""


_SELLER_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:suppliers|sellers|vendors)\b(?!\s+(?:to|in)\b)")
"""After a country: the sellers it stands for (`American suppliers`, `Chinese fuel sellers`)."""
_SELLER_BEFORE = re.compile(r"\b(?:suppliers|sellers|vendors)\s+(?:in|from|based\s+in)\s+"
                            r"(?:the\s+)?$", re.IGNORECASE)
"""Before a country: the sellers in it (`suppliers in the United States`)."""
_LISTED_AFTER = re.compile(r",\s*(?:and\s+)?(?:the\s+)?[A-Z]|\s+(?:and|or)\s+(?:the\s+)?[A-Z]")
"""After a country: the next of a list (`suppliers based in China, India and Oman`)."""


def _party_after(text: str, mention: CountryMention) -> bool:
    """`Indian refiners`, `Chinese state buyers`: a demonym before a noun for traders stands for
    its country, in the role its cue gives it (`bought by Indian refiners`)."""
    match = _PARTY_AFTER.match(text, mention.end)
    if match is None:
        return False
    party, port = lexicon("party_nouns"), lexicon("port_nouns")
    return any(word and (word in party or word in port)
               for word in (match["first"], match["second"]))


_BEEN_SENT = re.compile(r"\s+(?:has|have|had)\s+(?:also\s+)?been\s+(?:sent|shipped|supplied|"
                        r"delivered|sold|given|offered|allocated)\s+(?:(?:about|around|some|nearly|"
                        r"almost|roughly|more\s+than|over|up\s+to|another|a\s+further)\s+)?"
                        r"(?:US)?[$€£¥\d]", re.IGNORECASE)
"""A country that has been sent goods (the passive's subject is who got them)."""
_SUPPLIED_WITH = re.compile(r"\s+(?:(?:is|was|were|are|been|being|kept|remained|stays|stayed)\s+)?"
                            r"(?:well\s+)?(?:supplied|provided|furnished|fed)\s+with\b",
                            re.IGNORECASE)


def _given_to(text: str, mention: CountryMention) -> bool:
    """The mention is the object right after a give verb (`sold Cuba's state importer`)."""
    start = name_start(text, mention.start)
    verb = lexicon("give_to_object").regex.search(text, max(0, start - 30), start)
    return _verb_object(text, verb, start)


_FOLLOWED_BY = re.compile(r"\b(?:followed|trailed|chased)\s+(?:closely\s+)?by\s+(?:the\s+)?$",
                          re.IGNORECASE)
_ROLE_NOUNS = r"(?:buyers?|customers?|importers?|destinations?|markets?|outlets?|suppliers?|" \
    r"sellers?|exporters?|sources?|origins?|partners?)"
_LED_NOUNS = r"(?:buyers?|customers?|importers?|destinations?|suppliers?|sellers?|exporters?|" \
    r"sources?|origins?|partners?)\b"
"""The roles a country leads (`topped the list of buyers`; not `led the market`, the sellers')."""
ROLE_AFTER = re.compile(
    r"(?:\s+and\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?"
    r"(?:\s+(?:has|have|had)(?:\s+(?:again|now|also|long|since|once\s+again))?"
    r"(?=\s+(?:become|been)\s))?\s+(?:was|were|is|are|remained|remain|been|"
    r"remains|became|become|becomes|stayed|stays|rounded\s+out|rounds?\s+out|completed|" +
    r"(?:" + "|".join(lexicon("leading_verbs").words) + r")(?=\s+(?:the\s+|all\s+)?(?:list\s+of\s+"
    r"|ranking\s+of\s+)?(?:(?!(?:with|on|in|for|at|to|by)\s)[\w’'-]+\s+){0,2}?" + _LED_NOUNS +
    r")|"
    r"(?:kept|keeps|held|holds|retained|retains)\s+(?:its|their)\s+(?:place|position|spot|rank)\s+as|"
    r"(?:(?:overtook|overtakes|overtaking|overtaken|surpassed|surpasses|replaced|replaces|"
    r"displaced|displaces|outpaced|outstripped|edged\s+out|beat)\s+(?:the\s+)?[A-Z][\w-]*"
    r"(?:\s+[A-Z][\w-]*)?\s+(?:to\s+become|as))"
    r")\s+(?:(?:the|its|their|a|an)\s+|(?![a-z]+ing\s))"
    r"(?:[\w’'-]+\s+){0,6}?(?P<role>" + _ROLE_NOUNS + r")\b")
"""`X (and Y) were the main buyers`, `Russia overtook Saudi Arabia as China's largest
supplier`, `Korea has again become the leading outlet`: a country named by its role in the
flows (the rival it displaced has none; not `the
country was sending foreign buyers`, a verb's object)."""
_APPOSED_OWNER_ROLE = re.compile(
    r",\s+(?:(?:still|now|also|once|previously|long|traditionally)\s+)?(?:the\s+)?"
    r"(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s?\s+(?:[\w’'-]+\s+){0,3}?(?P<role>"
    r"(?:buyers?|customers?|importers?|destinations?|markets?|outlets?))\s*,")
"""`Canada, Peru's top copper buyer, imported`: an aside naming the country as
a buyer of a possessive owner, which is the seller of the country's flow (not a supplier's
aside, `Ghana, Togo's chief cocoa seller, may ship`: its own sales to all)."""
_BUYING_VERB_AFTER = re.compile(
    r"\s+(?:(?:has|have|had|will|would|also|again|still|alone|[a-z]+ly)\s+){0,2}(?:bought|buys?|"
    r"buying|imported|imports?|importing|took|takes?|taking|purchased|purchases?|purchasing|"
    r"received|receives?|receiving|absorbed|absorbs?|sourced|sources?)\b")
"""After such an aside: the subject's own verb of buying or receiving (`Canada, Peru's top
copper buyer, imported`), which makes the aside's owner the seller (not `exported`, `sold`)."""
_AMONG_ROLE = re.compile(r",\s+(?:(?:still|now|also|once|previously)\s+)?among\s+(?:the|its|"
                         r"their)\s+(?:[\w’'-]+\s+){0,3}?(?P<role>" + _ROLE_NOUNS + r")\b",
                         re.IGNORECASE)
"""`Germany, among the biggest buyers, slipped`: an aside that gives the country its role."""
_MARKET_AFTER = re.compile(r"\s+market\b(?!\s+(?:share|shares|prices?|values?|leaders?|economy|"
                           r"economies|access|rates?|capitali[sz]ation|research|watchers?|"
                           r"analysts?|regulators?|conditions|forces|reforms?)\b)(?!['’-])")
"""After a country with no cue: the market it stands for, whose buyers take the goods (`The US
market fell 7.1 per cent`; not `the US market share`)."""


def _home_market(text: str, mention: CountryMention) -> bool:
    """Whether the paragraph before a country's market reports that country's exports (`Chinese
    EV exports rose 30%. The Chinese market grew 10%`): its home market, no buyer abroad."""
    low = max(text.rfind("\n", 0, mention.start) + 1, mention.start - _HOME_REACH)
    return _own_exports(mention.surface).search(text, low, mention.start) is not None


_HOME_REACH = 2000
"""How far back a paragraph is read for a country's own exports (an article's paragraph; a
document with no line breaks is not read whole for every market)."""


@lru_cache(maxsize=256)
def _own_exports(surface: str) -> re.Pattern[str]:
    """A country's word before its exports (`Chinese EV exports`)."""
    return re.compile(re.escape(surface) + r"(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}?(?:"
                      + lexicon("flow", "export").regex.pattern + ")", re.IGNORECASE)


_WITH_MAIN_PARTY = re.compile(
    r"(?:\s+and\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s+(?:(?:as\s+)?(?:the|its|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:buyers?|customers?|destinations?|markets?|takers?|recipients?|"
    r"suppliers?|sellers?|sources?)\b|(?:taking|buying|receiving|absorbing)\s+(?:the\s+bulk|most|"
    r"much|the\s+lion['’]s\s+share|the\s+majority)\b)")
"""`Iran's oil exports rose ..., with China the main buyer`, `..., with Uzbekistan and
Afghanistan taking the bulk`: the main parties of a total, not the other side of all of it
(`with China taking 90%` still names the side of its share)."""
_WITH_DOER = re.compile(r"\s+(?:alone\s+)?(?=[a-z]+ing\b)")
"""After the country of `with`: the participle it is the doer of (`with Peru supplying`)."""


def _with_doer(text: str, mention: CountryMention, frame: Frame | None) -> bool:
    """`..., with Peru supplying 31%`: the country of `with` does the trade participle right
    after it, the clause's own trade word; it is that flow's subject, not the other side."""
    gap = _WITH_DOER.match(text, mention.end)
    return frame is not None and gap is not None and frame.start == gap.end()


def _generating(text: str, frame: Frame | None) -> bool:
    """Whether `frame` is a verb of generating power (`generated 80 billion kWh`)."""
    return frame is not None and frame.kind == "production" and \
        lexicon("power_generated").search(text, frame.start, frame.end)


def _sells_before(text: str, mentions: list[CountryMention], code: str, end: int) -> bool:
    """Whether `code`, where first named before `end`, is the seller of an export flow
    (`Vietnam's rice exports rose 12%`): the trade word after that mention is of exports."""
    for mention in mentions:
        if mention.code == code and mention.end < end:
            own = find_frame(text, mention.end, end, mention.end)
            return own is not None and own.kind == "export" and own.start < end
    return False


BUYER_NOUNS = frozenset({"buyer", "customer", "importer", "destination", "market", "outlet"})
_BUYER_NOUNS = BUYER_NOUNS


def _earner(text: str, start: int) -> bool:
    """The country named right after `earned` (`earned Pyongyang`, `earning the North`)."""
    verb = lexicon("earn_object").regex.search(text, max(0, start - 30), start)
    return _verb_object(text, verb, start)


def _passive_verb(text: str, mention: CountryMention) -> FrameKind | None:
    """`supplied by China` -> export; `bought by North Korea` -> import; else None."""
    word = _agent_word(text, mention)
    if word is None:
        return None
    if word in lexicon("flow", "export"):
        return "export"
    if word in lexicon("flow", "import"):
        return "import"
    return None


def _names_goods(text: str, mention: CountryMention, goods: list[CommodityMention]) -> bool:
    """A country's name used as an adjective right before named goods (`Myanmar rice`), the
    goods not owned as a flow (`China oil imports` names the importer)."""
    for g in goods:
        if g.start < mention.end or g.generic:
            continue
        if not re.fullmatch(r"\s+", text[mention.end:g.start]):
            return False
        after = re.match(r"\s+([\w-]+)", text[g.end:g.end + 30])
        return not (after and (_is_flow_word(after.group(1)) or after.group(1).lower() in
                               lexicon("flow_nouns")))
    return False


_OWNER_GAP = re.compile(r"['’]s?\s+")
"""Between a possessive's name and the next word (`Japan's `)."""
_SPACE_RUN = re.compile(r"\s*")


def _origin_after_owner(text: str, owner: CountryMention | None, mention: CountryMention,
                        goods: list[CommodityMention]) -> bool:
    """A name right after another country's possessive and before named goods (`Japan's U.S.
    corn imports`): the owner holds the flow, so the name only says where the goods come from."""
    if owner is None or not owner.possessive or owner.code in (None, mention.code):
        return False
    if not _OWNER_GAP.fullmatch(text, owner.end, mention.start):
        return False
    named = next((g for g in goods if not g.generic and g.start >= mention.end), None)
    # (not before exports: `Japan's China corn exports` are sales to China)
    if named is None or re.fullmatch(r"\s+", text[mention.end:named.start]) is None:
        return False
    after = _SPACE_RUN.match(text, named.end)
    return not lexicon("flow", "export").regex.match(text, after.end() if after else named.end)



def _owned_goods(text: str, mention: CountryMention) -> bool:
    """`Zimbabwe's tobacco`, `Iran's crude`: goods (any lower-case noun, named goods or not)
    right after a country's possessive, not a flow of its own (`China's imports`) nor what it
    needs (`Egypt's wheat requirements`)."""
    noun = _OWNED_NOUN.match(text, mention.end)
    if noun is None or any(word.lower() in lexicon("demand_nouns")
                           for word in (noun["noun"], *noun["then"].split())):
        return False  # `Egypt's wheat requirements`, `China's total`, `Syria's fuel needs`
    return not _is_flow_word(noun["noun"]) and noun["noun"].lower() not in lexicon("flow_nouns")


_OWNED_NOUN = re.compile(r"['’]s?\s+(?P<noun>[a-z][\w-]*)(?P<then>(?:\s+[a-z][\w-]*){0,2})")


def _is_flow_word(surface: str) -> bool:
    """`exports`, `trade`: a flow named as goods, which a demonym before it owns (`Chinese
    exports`), not goods it is the origin of."""
    return any(lexicon("flow", kind).regex.fullmatch(surface)
               for kind in ("export", "import", "two_way"))


_WORD_BEFORE_OF = re.compile(r"([\w-]+)\s+of\s+(?:the\s+)?$")


_MEASURE_OF = re.compile(r"(?:\b(?:tons|tonnes|barrels|bbl|cubic\s+met(?:er|re)s|bcm|kilograms|kg|"
                         r"bushels|litres|liters|gallons|worth)|\d\s*(?:million|billion|bn|mn|mln|"
                         r"thousand)|[$€£¥]\s*\d[\d.,]*)\s+of\s+$", re.IGNORECASE)
"""Before a demonym: a measured amount (or a sum of money) of the goods it names (`16.5 million
tons of Russian liquefied natural gas`, `$1.35 million of Chinese tobacco`), whose origin it
is even when the goods have no key."""


_ROW_WITH = re.compile(r"\s+with\s+" + hedge_pattern() + r"(?:US|U\.S\.)?[$€£¥\d]", re.IGNORECASE)
"""After a country: the figure of its row in a ranking (`Kenya with 1.2 million tons`)."""


_GOODS_NOUN_AFTER = re.compile(r"\s+(?:(?!(?:rose|fell|grew|jumped|dropped|climbed|declined|"
                               r"slumped|surged|increased|decreased|were|was|have|has|had|and|or|"
                               r"to|from|in|into|for|by|with|at|on|is|are|hit|reached|totalled|"
                               r"totaled|averaged|came|stood)\b)[a-z][a-z-]{2,}(?<!ed)\b|"
                               r"liquefied\s+natural\s+gas\b|[A-Z]{2,5}\b(?!\.))")
"""After a name that follows a flow noun's `of`: goods, named or not (`Exports of U.S. ethane`,
`Shipments of U.S. liquefied natural gas`, `of U.S. LNG`), not the verb of `Exports of China
rose`."""


_BARE_WORDS = re.compile(r"[\w\s-]*")


def _owns_flow_after(text: str, mention: CountryMention) -> bool:
    """`the value of U.S. plastic exports`, `the volume of UK whisky shipments`: a name after
    `of` used as the modifier of a flow noun (with at most three lower-case goods words between)
    owns that flow, as it does at the head of a clause (`U.S. plastic exports fell`); after an
    amount only its exports (`€95bn of US imports` are goods bought from the US; `39% of US
    cement imports` are still the US's); no punctuation between (`a 38% share of the US market,
    sent`: the flow of another clause)."""
    window_end = min(len(text), mention.end + 40)
    start = name_start(text, mention.start)
    measured = _MEASURE_OF.search(text, max(0, start - 30), start) is not None
    for kind in ("export",) if measured else ("export", "import", "two_way"):
        for cue_start, _ in lexicon("flow", kind).spans(text, mention.end, window_end):
            words = text[mention.end:cue_start]
            if _words_between(text, mention.end, cue_start) <= 3 and _BARE_WORDS.fullmatch(
                    words) and (not words.strip() or _noun_modifiers(words)):
                return True
    return False


def _flow_before_of(text: str, mention: CountryMention) -> bool:
    """`imports of Russian ...`, `purchases of Australian ...`: a demonym after a flow noun and
    `of` is the origin of what flows, whatever the goods are called."""
    before = _WORD_BEFORE_OF.search(text, max(0, mention.start - 30), mention.start)
    return before is not None and _is_flow_word(before.group(1))


def _agent_word(text: str, mention: CountryMention) -> str | None:
    window = text[max(0, mention.start - 80):mention.start]
    noun = _FLOW_OF_GOODS_BY.search(window)
    if noun is not None:  # `Purchases of Norwegian salmon by Chinese buyers`: the flow's agent
        return noun.group(1)
    before = _BY.search(window)
    return before.group(1) if before else None


_FLOW_OF_GOODS_BY = re.compile(r"\b(purchases|imports|exports|sales|shipments|deliveries)\s+of\s+"
                               r"(?:[\w’'-]+\s+){1,4}?by\s+(?:the\s+)?$", re.IGNORECASE)
"""Before a country: a flow noun, its goods after `of`, then `by` (`purchases of salmon by`)."""


def _is_subject(text: str, mention: CountryMention, goods: list[CommodityMention],
                production: bool = False) -> bool:
    if mention.code is None:
        return False
    actor = _ACTOR_AFTER.match(text, mention.end) if mention.possessive else None
    if actor is not None and actor["noun"] in lexicon("party_nouns"):
        # `Afghanistan's Taliban administration agreed to buy ...`: the country's own actor
        return True
    if mention.form == "pronoun" and not mention.possessive and mention.cue is None and \
            mention.surface.lower().startswith("the ") and mention.code:
        return True  # `The country earned $15.4 billion from oil exports`: a name standing in
    if mention.form in ("demonym", "pronoun") or mention.possessive:
        # `Russia's oil exports`, `its imports`, `Chinese exports`; not `China's share`
        return _near_flow_or_goods(text, mention, goods, production=production)
    return mention.cue is None


_RANKED_AFTER = re.compile(r"(?:" + RANKED_ROLE_NOUNS + r"|\bpartners?|\bproducers?)\s+(?:after|"
                           r"behind|ahead\s+of|trailing)\s+(?:the\s+)?$", re.IGNORECASE)
"""Before a country: a rank among partners and the rival it is measured against."""
_ACTOR_AFTER = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]+)\s+(?:has\s+|have\s+|"
                          r"had\s+|is\s+|are\s+|was\s+|were\s+)?(?:[a-z]+ly\s+)?(?:agreed|signed|bought|"
                          r"purchased|ordered|contracted|struck|sealed|secured|booked|sold|produced|"
                          r"mined|harvested|pumped|exported|shipped|(?:turned|churned)\s+out)\b")
"""After a possessive country: a noun for its traders, producers or government, then a verb of
dealing or producing (`Mongolia's mines produced`)."""


_TRADERS_IN = re.compile(r"\b(?:makers|producers|growers|farmers|miners|companies|firms|mills|"
                         r"exporters|manufacturers|refiners|refineries|beekeepers|fishermen|"
                         r"smelters|plants|mines|shippers|traders)\s+in\s+$", re.IGNORECASE)
"""Before a country: the traders or producers based there (`Coal producers in`)."""
_TRADERS_VERB_GAP = re.compile(r"\s+(?:(?:region|province|state|county|district)\s+)?"
                               r"(?:(?:have|has|had)\s+)?(?:[a-z]+ly\s+)?")
"""Between the country and the verb its traders or producers are the subject of."""


def _traders_in(text: str, mention: CountryMention, frame: Frame | None) -> bool:
    """`Mining companies in Guinea exported 2.3 million tonnes`, `Coal producers in Sakhalin
    region mined`: traders or producers in a country, as the subject of the trade or
    production verb right after it, make that country the side they act for."""
    if frame is None or frame.kind not in ("export", "production") or frame.start < mention.end:
        return False
    start = name_start(text, mention.start)
    return _TRADERS_IN.search(text, max(0, start - 30), start) is not None and \
        _TRADERS_VERB_GAP.fullmatch(text, mention.end, frame.start) is not None


_INTO_AFTER = re.compile(r"\s+(?:into|to)\b")
"""After `Russian gas imports`: the buyer named after them (`into the European Union`)."""
_BY_AFTER_VERB = re.compile(r"\b[a-z]+ed\s+by\s+[A-Z]")
"""`Australian coal imports were halted by Beijing`: a passive agent, another country's act."""
_IN_AFTER = re.compile(r"\s+in\s+(?:the\s+)?")
"""Between a production noun and the country it is in (`output in Russia`)."""


_STATED_BY_BEFORE = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:[Tt]he\s+)?(?!European\b|EU\b)(?:[A-Z][\w.&'’-]*\s+){1,5}"
    r"(?:forecasts?|puts|put|sees|saw|expects|expected|projects|projected|pegs|pegged)\s+$")
"""A named body stating a figure before the demonym (`The USDA forecasts Egyptian wheat imports
at`): the demonym still opens the flow's own words."""


_OPENER_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n)[A-Z][^.!?\n;:]{0,80},\s+$")
"""Before a demonym: a sentence's opening phrase set off by a comma (`Overall, `, `From January
to June 20, `, `With the country gripped by drought, `), after which the demonym still opens the
sentence's main clause."""


_TOTAL_OPENER_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n)(?:Overall|Total|Combined|Aggregate)\s+$")
"""Before a demonym: a sentence opening on a word of the whole (`Overall Chinese crude imports
climbed`, `Total American crude imports`), after which the demonym still opens the flow."""


def _opening_buyer(text: str, mentions: list[CountryMention], buyer: str) -> bool:
    """`Indian oil purchases hit 4.4 mb/d`: a demonym opening the sentence before goods and an
    import noun, the sentence's only country, is the buyer whose imports they are (not
    `Turkish statistics show Russian crude imports reached ...`, `Russian gas imports into the
    European Union`, `Australian coal imports were halted by Beijing`); so is one after a named
    body's forecast (`The USDA sees Algerian wheat imports at`), a sentence's opening phrase
    (`Overall, Chinese coal imports climbed`) or a word of the whole (`Total Indian crude
    imports`)."""
    if any(m.code not in (None, buyer) for m in mentions):
        return False
    first = min(m.end for m in mentions)
    if _BY_AFTER_VERB.search(text, first, min(len(text), first + 80)):
        return False
    return any(m.code == buyer and (SENTENCE_OPENS.search(text, max(0, m.start - 3), m.start)
                                    or _STATED_BY_BEFORE.search(text, max(0, m.start - 80),
                                                                m.start)
                                    or _OPENER_BEFORE.search(text, max(0, m.start - 90),
                                                             m.start)
                                    or _TOTAL_OPENER_BEFORE.search(text, max(0, m.start - 12),
                                                                   m.start))
               and (noun := _IMPORT_NOUN_AFTER.match(text, m.end)) is not None
               and not _INTO_AFTER.match(text, noun.end()) for m in mentions)


_MAIN_ADVERBS = tuple(cue_data()["main_hedge_adverbs"])
MAIN_WORDS = (*_MAIN_ADVERBS, *sorted({f"{quantifier.split()[-1]} of"
                                      for quantifier in cue_data()["main_part_quantifiers"]}))
"""Literals one of which every main-partner hedge holds (`mostly`, `most of`, `all of`), for a
quick look before the pattern."""
"""The literal words one of which every `_MOSTLY_TO` and `_MOSTLY_FROM` match holds."""
_MAIN_HEDGE = r"\b(?:" + "|".join(_MAIN_ADVERBS) + r"|(?:" + "|".join(
    r"\s+".join(word.split()) for word in cue_data()["main_part_quantifiers"]) + \
    r")\s+of\s+(?:it|them))\s+"
"""`mostly`, or a part of the figure just stated that is most of it (`most of them`, `nearly all
of it`, `the bulk of it`)."""
_MOSTLY_TO = re.compile(_MAIN_HEDGE + r"(?:(?:bound|destined|headed|going|sent|shipped)\s+)?"
                        r"(?:to|into|for)\s+(?:the\s+)?$", re.IGNORECASE)
"""Before a destination: a hedge that makes it the main buyer of a flow, not the buyer of all of
it (`exported 2 million tons, mostly to Pakistan`, `shipped mainly to China`): the flow keeps no
importer, as the destinations of its parts are not the total's."""


_MOSTLY_FROM = re.compile(_MAIN_HEDGE + r"(?:(?:bought|imported|sourced|coming|shipped)\s+)?"
                          r"from\s+(?:the\s+)?$", re.IGNORECASE)
"""Before a source: a hedge that makes it the main supplier of a flow, not the seller of all of
it (`imported 450,000 tons, mostly from Russia`): the flow keeps no exporter, as the sources of
its parts are not the total's."""


def _hedged_before(text: str, start: int, hedge: re.Pattern[str]) -> bool:
    """Whether `hedge` (a `MAIN_WORDS` hedge and its cue) ends right before `start`."""
    low = max(0, start - 40)
    return may_hold(text, low, start, MAIN_WORDS) and hedge.search(text, low, start) is not None


def main_source(text: str, start: int) -> bool:
    """Whether the source named at `start` is only the main one of a flow (`bought 2.7 million
    tons, mainly from Russia`: `_MOSTLY_FROM`)."""
    return _hedged_before(text, start, _MOSTLY_FROM)


def main_destination(text: str, start: int) -> bool:
    """Whether the destination named at `start` is only the main one of a flow (`exported 2
    million tons, mostly to Pakistan`: `_MOSTLY_TO`)."""
    return _hedged_before(text, start, _MOSTLY_TO)


_BROUGHT_BEFORE = re.compile(r"\b(?:brought|brings|bring|bringing|fetched|fetches|netted|nets|"
                             r"earned|earns|earn|earning)\s+(?:the\s+)?$", re.IGNORECASE)
_MONEY_AFTER = re.compile(r"\s+" + hedge_pattern(True) + r"(?:(?:[A-Z][A-Za-z]{0,3}\s?)?"
                          r"[$€£¥₹₦]|[A-Z]{1,3}|Rs\.?|Rwf|K?[Ss]h|Nu)\s?\d")
"""Around a country that earned money from goods: a verb of earning right before it and an
amount right after it (`Tea exports brought Rwanda $8.6 million`, `Copper sales fetched Zambia
some US$1 billion`; not goods after it: `the tanker brought Haiti 60,000 barrels`): the earner
is the seller, whatever the trade word is."""
_BROUGHT_VERBS = ("brought", "brings", "bring", "fetch", "netted", "nets", "earn")
"""Lower-case literals one of which every `_BROUGHT_BEFORE` match holds."""


def _brought_earner(text: str, mention: CountryMention) -> bool:
    """Whether `mention` is the country a verb of earning brought money (`_BROUGHT_BEFORE`)."""
    start = name_start(text, mention.start)
    low = max(0, start - 24)
    return may_hold(text, low, start, _BROUGHT_VERBS) and \
        _BROUGHT_BEFORE.search(text, low, start) is not None and \
        _MONEY_AFTER.match(text, mention.end) is not None


_GIVEN_WITH = re.compile(r"\s+with\b")
"""After the object of a verb of giving: what it was given (`provided Cuba with fuel`)."""


_MARKET_FOR = re.compile(r"\b(?:market|destination|outlet|buyer|customer|importer|purchaser)s?"
                         r"\s+for\s+(?:the\s+)?$", re.IGNORECASE)
"""Before a country and its goods: the buyer's role (`the largest market for U.S. coal`)."""


_LIST_COMMA = re.compile(r"\s*,\s*(?:the\s+)?")
_RIVALS_BEFORE = re.compile(r"\b(?:ahead\s+of|followed\s+by|trailed\s+by|behind)\s+(?:the\s+)?$",
                            re.IGNORECASE)


def _ranked_list_tail(text: str, mentions: list[CountryMention]) -> bool:
    """Whether the first paired mention ends a list of rivals ranked after a leader (`the main
    destination, ahead of Kazakhstan, Azerbaijan and Tajikistan`): the list's last two are no
    pair trading with each other."""
    first = next((i for i, m in enumerate(mentions) if m.paired and m.code), 0)
    if first == 0 or _LIST_COMMA.fullmatch(text, mentions[first - 1].end,
                                           mentions[first].start) is None:
        return False
    head = first - 1
    while head > 0 and _LIST_COMMA.fullmatch(text, mentions[head - 1].end, mentions[head].start):
        head -= 1
    start = mentions[head].start
    return _RIVALS_BEFORE.search(text, max(0, start - 20), start) is not None


_VERB_BEFORE_DEMAND = (r"(?:[a-z]+ed|[a-z]+[^s\W]s|met|meet|fed|feed|fill|saw|see|sees|drove|drive|"
                       r"kept|keep|found|find|led|lead|got|get|took|take|made|make|serve|"
                       r"satisfy|cover|supply|spur|lift|boost|cut|hit|had|has|have)")
"""Between a country with no `'s` and a demand noun: a verb, the country's own deed (`Peru
filled demand abroad`, `Vietnam meets demand`), not an adjective of the demand holder."""


@cache
def _demand_holder_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """After a country, and before `from`/`in` and a country: a demand noun
    (`demand_holder_nouns`)."""
    nouns = "|".join(re.escape(word) for word in sorted(word_set("demand_holder_nouns")))
    return (re.compile(r"(?:['’]s\s+(?:[\w-]+\s+)?|\s+(?:(?!" + _VERB_BEFORE_DEMAND +
                       r"\s)[\w-]+\s+)?)(?i:" + nouns + r")\b"),
            re.compile(r"\b(?i:" + nouns + r")\s+(?:from|in)\s+(?:the\s+)?$"))


def _demand_holder(text: str, mention: CountryMention) -> bool:
    """Whether the country is named as the holder of a demand (`on strong Chinese demand`,
    `India's appetite for the grain`, `lifted by demand from Egypt`): whose demand moves
    a flow, not its seller."""
    after, before = _demand_holder_patterns()
    if mention.cue is None:
        return after.match(text, mention.end) is not None
    return mention.cue in ("from", "in") and before.search(
        text, max(0, mention.start - 40), name_start(text, mention.start)) is not None


_APART_FROM = re.compile(r"\b(?:apart|aside|away)\s+from\s+(?:the\s+)?$", re.IGNORECASE)
"""Before a country: a `from` setting it apart (`Apart from Peru, ...`), no origin of goods."""


def listed_on(text: str, head: CountryMention, item: CountryMention) -> bool:
    """Whether `item` is the last country of a list `head` opens after a cue of origin or
    destination, just before the unnamed rest of its kind (`to China, Korea and other markets`,
    `from Peru, Chile and other suppliers`): only list commas and countries with no cue of
    their own between them (`to China, Korea, Japan and other markets`); not a `from` that is
    no origin (`demand from Peru, Chile and other markets`, `Apart from Peru, Chile and other
    buyers`)."""
    if head.cue not in (*_ORIGIN, *_DESTINATION) or head.code is None or \
            AND_OTHERS.match(text, item.end) is None or _demand_holder(text, head) or \
            _APART_FROM.search(text, max(0, head.start - 20), name_start(text, head.start)):
        return False
    if _LIST_COMMA.fullmatch(text, head.end, item.start) is not None:
        return True
    if item.start - head.end > 80 or "," not in text[head.end:item.start]:
        return False
    at = head.end  # (a longer list: each country between opens after a list comma)
    for inner in find_countries(text, head.end, item.start):
        if inner.cue is not None or not inner.code or \
                _LIST_COMMA.fullmatch(text, at, inner.start) is None:
            return False
        at = inner.end
    return at > head.end and _LIST_COMMA.fullmatch(text, at, item.start) is not None


def read_roles(text: str, mentions: list[CountryMention], goods: list[CommodityMention],
               frame: Frame | None) -> Roles:
    """Roles carried by `mentions` (all inside one clause or sentence)."""
    subject = origin = destination = partner = recipient = agent = None
    agent_kind: FrameKind | None = None
    agent_noun = False
    pair: tuple[str, str] | None = None
    paired = [m.code for m in mentions if m.paired and m.code]
    if len(paired) >= 2 and paired[0] != paired[1] and not _ranked_list_tail(text, mentions):
        pair = (paired[0], paired[1])
    give = lexicon("give_to_object")
    joint_origin = joint_destination = False
    buyer: str | None = None
    previous: CountryMention | None = None
    cued: CountryMention | None = None  # (the last country with a cue: a list's head)
    # (in a clause about production, an owner right before its production noun is the producer:
    # `Iran's petrochemical output`, `Faroese output`)
    producing = frame is not None and frame.kind == "production"
    for mention in mentions:
        code, before, previous = mention.code, previous, mention
        head, cued = cued, (mention if mention.cue is not None else cued)
        if code is None or mention.paired:
            continue
        if frame is not None and frame.kind in ("export", "production") and \
                _demand_holder(text, mention):
            continue  # `Exports rose 9% on Chinese demand`: the demand's holder sells nothing
        if mention.form == "pronoun" and mention.cue is not None and any(
                ROLE_APPOSED.fullmatch(text, mention.end, m.start) for m in mentions):
            continue  # `purchases from its biggest supplier, Saudi Arabia`: the named country
            # takes the cue
        if mention.cue is None and not mention.possessive and (origin or destination) and \
                _RANKED_AFTER.search(text, max(0, mention.start - 60), mention.start):
            continue  # `South Africa is the second-biggest buyer after China, having imported`
        if mention.cue == "by" and _FOLLOWED_BY.search(text, max(0, mention.start - 30),
                                                       mention.start):
            # `..., followed by Russia, whose shipments slipped`: the next in a ranking
            if origin is not None or destination is not None:
                continue  # (`Egypt was the biggest buyer ..., followed by Algeria`: the ranking's
                # next, no other side of the first's flow)
            mention = replace(mention, cue=None)
        if mention.cue in (None, "and") and (origin or destination) and _ROW_WITH.match(
                text, mention.end):
            continue  # `Egypt was the biggest buyer ..., Kenya with 1.2 million tons`: a row
        if mention.cue == "and" and before is not None and before.code not in (None, code) and \
                before.cue in (*_ORIGIN, *_DESTINATION) and _AND_ONLY.fullmatch(
                    text, before.end, mention.start) and (
                    not OWN_VERB.match(text, mention.end) or _NOUN_BEFORE_CUE.search(
                        text, max(0, before.start - 40), before.start)):
            # `from China and Russia`, `to India and China`: the sides together
            if before.cue in _ORIGIN and origin == before.code:
                joint_origin = True
            elif before.cue in _DESTINATION and destination == before.code:
                joint_destination = True
            continue
        if mention.cue is None and not mention.possessive and head is not None and \
                listed_on(text, head, mention):
            mention = replace(mention, cue=head.cue)  # (`to China, Korea and other markets`:
            # the list's head's cue governs its last named item before the unnamed rest)
        if AND_OTHERS.match(text, mention.end) and mention.cue in (*_ORIGIN, *_DESTINATION):
            # `from Peru and other Andean suppliers`: the side is several countries together,
            # named only in part
            if mention.cue in _ORIGIN:
                origin, joint_origin = origin or code, True
            else:
                destination, joint_destination = destination or code, True
            continue
        if mention.form != "pronoun" and not mention.possessive and not _LISTED_AFTER.match(
                text, mention.end) and (_SELLER_AFTER.match(text, mention.end) or
                                        _SELLER_BEFORE.search(text, max(0, mention.start - 40),
                                                              name_start(text, mention.start))):
            # `US$1.11 billion went to suppliers in the United States`, `paid $2 billion to
            # American suppliers`: money goes to the sellers, whose country is the origin
            origin = origin or code
            continue
        if mention.cue == "for" and _MARKET_FOR.search(text, max(0, mention.start - 40),
                                                       mention.start) and any(
                g.start >= mention.end and _words_between(text, mention.end, g.start) <= 2
                for g in goods):
            # `the largest market for U.S. coal`, `the top destination for Chilean cherries`: the
            # goods' country sells them to the market
            origin = origin or code
            continue
        if before is None and mention.cue is None and not mention.possessive and \
                _MARKET_AFTER.match(text, mention.end) and not _home_market(text, mention):
            destination = destination or code  # `The US market fell 7%`: the buyers there,
            continue  # when it is the clause's first country (no country named before it)
        if mention.form == "demonym" and _party_after(text, mention):
            mention = replace(mention, form="name")
        if mention.form == "demonym" and mention.cue in (*_ORIGIN, *_DESTINATION):
            # `left Ukrainian ports`, `sales to Chinese buyers`, `Chinese-bound coal`
            if mention.cue in _ORIGIN:
                origin = origin or code
            else:
                destination = destination or code
            continue
        if mention.form == "demonym" and _BUYER_DEMONYM.match(text, mention.end):
            # `Turkish coal imports from all origins`: the buyer's imports, from elsewhere
            if subject is None:
                subject = code
            continue
        if mention.form == "demonym":
            if any(g.start >= mention.end and _words_between(text, mention.end, g.start) <= 2
                   and (not g.generic or not _is_flow_word(g.surface))
                   for g in goods) or _volume_after(text, mention) or \
                    unkeyed_goods_after(text, mention.end) or \
                    (mention.cue == "of" and _flow_before_of(text, mention)) or \
                    _MEASURE_OF.search(text, max(0, mention.start - 30), mention.start) or (
                    mention.cue == "on" and spending_on_goods(
                        text, max(0, mention.start - 60), mention.end + 40)):
                # `Russian crude`; `bought $10 million of Peruvian goods`; `purchases of
                # Australian barley` (goods with no key still come from the demonym's country:
                # `3.2 times as much Russian sawn timber`)
                if origin is None and _IMPORT_NOUN_AFTER.match(text, mention.end):
                    buyer = code  # `Indian oil purchases`: India's, unless an origin is named
                origin = origin or code
            elif subject is None and _is_subject(text, mention, goods, producing):
                subject = code
            continue
        start = name_start(text, mention.start)
        verb = give.regex.search(text, max(0, start - 30), start)
        given = _verb_object(text, verb, start)
        spent_on = mention.cue == "on" and lexicon("spend_on").search(
            text, max(0, start - 60), start)
        if mention.form == "name" and not mention.possessive and (
                mention.cue in (None, "of") or spent_on) and not given and (_names_goods(
                    text, mention, goods) or (mention.cue == "of" and _flow_before_of(
                        text, mention) and _GOODS_NOUN_AFTER.match(text, mention.end)) or (
                    mention.cue == "of" and unkeyed_goods_after(text, mention.end)) or
                _origin_after_owner(text, before, mention, goods)):
            # `2.2 million tonnes of Myanmar rice were sold overseas`, `spent $37 million on
            # U.S. chicken`; goods with no key as well (`1 million bales of US cotton`)
            origin = origin or code
            continue
        if mention.form == "name" and not mention.possessive and mention.cue == "of" and \
                subject is None and _owns_flow_after(text, mention):
            subject = code  # `The value of U.S. plastic exports fell`: the name owns the flow
            continue
        if mention.cue is None and not mention.possessive and _brought_earner(text, mention):
            origin = origin or code  # `Tea exports brought Rwanda $8.6 million`: the seller
            continue
        if mention.cue is None and not mention.possessive and frame is not None and \
                text[frame.start:frame.end].lower() in lexicon("earn_object") and \
                _earner(text, start):
            origin = origin or code  # `Coal, which earned Pyongyang $1.1 billion`: the seller
            continue
        apposed = _APPOSED_OWNER_ROLE.match(text, mention.end) \
            if mention.cue is None and not mention.possessive else None
        if apposed is not None and not _BUYING_VERB_AFTER.match(text, apposed.end()):
            apposed = None  # (`Vietnam, Cambodia's top rice buyer, exported`: its own sales)
        seller = next((m.code for m in mentions if apposed is not None and m.possessive and
                       m.code and apposed.start() <= m.start < apposed.end()), None)
        if seller is not None and seller != code:
            # `Canada, Peru's top copper buyer, imported`: the owner sells
            destination, origin = destination or code, origin or seller
            continue
        role = (ROLE_AFTER.match(text, mention.end) or _AMONG_ROLE.match(text, mention.end)) \
            if mention.cue is None and not mention.possessive else None
        owner = next((m.code for m in mentions if role is not None and m.possessive and m.code
                      and role.start() <= m.start < role.end()), None)
        if role is not None and owner is None and (re.search(r"['’]s\b", role.group()) or re.match(
                r"\s+(?:of|for)\b[^,.;]{0,40}?\b(?:to|from)\s", text[role.end():role.end() + 60])):
            # `a major supplier of iron ore to China`: a role toward someone named after it
            role = None
        if role is not None and owner is not None and owner != code:
            # `Russia remained Türkiye's largest supplier`, `China remained Australia's biggest
            # customer`: the role toward its owner gives both sides
            if role["role"].lower().rstrip("s") in _BUYER_NOUNS:
                destination, origin = destination or code, origin or owner
            elif role["role"].lower().rstrip("s") != "partner":
                origin, destination = origin or code, destination or owner
            else:
                # `China remained Gabon's leading trade partner`: the partner of the owner's
                # trade
                partner = partner or code
            continue
        if role is not None:
            # `The Philippines and China were the main buyers`, `Russia remained the top
            # supplier`: the role the sentence gives the country
            noun = role["role"].lower().rstrip("s")
            if noun in _BUYER_NOUNS:
                destination = destination or code
            elif noun == "partner":
                partner = partner or code
            else:
                origin = origin or code
            continue
        if mention.cue is None and not mention.possessive and subject and \
                _SUPPLIED_WITH.match(text, mention.end):
            recipient = recipient or code  # `Tehran kept Damascus supplied with crude`
            continue
        if mention.cue is None and not mention.possessive and _BEEN_SENT.match(text, mention.end):
            recipient = recipient or code  # `Panama has been sent 160,000 tonnes`
            continue
        if mention.possessive and mention.cue is None and subject and _given_to(text, mention):
            recipient = recipient or code  # `PDVSA sold Cuba's Cubametales 646,000 barrels`
            continue
        if mention.possessive and mention.form == "name" and mention.cue in (None, "of") and \
                frame is not None and frame.kind == "import" and _MEASURE_OF.search(
                    text, max(0, start - 30), start) and _owned_goods(text, mention):
            # `buyers had taken 18.6 million kg of Zimbabwe's tobacco` (not `shipped 8 million
            # tonnes of Egypt's wheat requirements`: what the owner needs, not sells)
            origin = origin or code
            continue
        if (mention.possessive or mention.form == "pronoun") and mention.cue not in (
                *_ORIGIN, *_DESTINATION):
            if subject is None and _is_subject(text, mention, goods, producing):
                subject = code
            continue
        if mention.cue in _ORIGIN and _generating(text, frame):
            continue  # `Uzbekistan, which generated 80 billion kWh, imported 4 billion kWh from
            # Kazakhstan`: the origin of another verb; power generated is its subject's own
        if mention.cue in _ORIGIN:
            if origin is not None and origin == buyer and code != buyer:
                # `Indian oil purchases ... imports from Russia`: the demonym was the buyer
                origin, subject = None, subject or buyer
            origin = origin or code
        elif mention.cue in _DESTINATION:
            destination = destination or code
        elif mention.cue == "with" and _with_doer(text, mention, frame):
            if frame is not None and frame.kind == "import" and subject not in (None, code) and \
                    _sells_before(text, mentions, subject, mention.start):
                # `Vietnam's rice exports rose 12%, with the Philippines buying 4 million
                # tonnes`: the buyer buys from the seller whose exports the sentence gave
                origin, subject = origin or subject, code
            subject = subject or code  # `..., with Peru supplying 31%`: the supplier
        elif mention.cue == "with" and not _WITH_MAIN_PARTY.match(text, mention.end):
            partner = partner or code
        elif mention.cue == "in" and frame is not None and frame.kind == "production" and \
                subject is None and _IN_AFTER.fullmatch(text, frame.end, mention.start):
            subject = code  # `Phosphate rock production in Morocco fell 26.4%`: the producer
        elif mention.cue == "in" and subject is None and _traders_in(text, mention, frame):
            subject = code  # `Copra producers in Fiji turned out 7,182 tons`: their country
        elif mention.cue in _AGENT:
            passive = _passive_verb(text, mention)
            if passive is not None and agent is None:
                agent, agent_kind = code, passive
                agent_noun = (_agent_word(text, mention) or "").lower().endswith("s")
        elif mention.cue is None:
            if given and (subject or pair or _GIVEN_WITH.match(text, mention.end)):
                # (`China and Russia together supplied X`; `had provided North Korea with
                # supplies`: the receiver, whoever the giver of the sentence is)
                recipient = recipient or code
            elif subject is None and (frame is None or mention.start < frame.end) and not \
                    is_reporting(text, mention):
                subject = code
    if origin is not None and origin == buyer and not (
            subject or destination or recipient or partner or agent) and _opening_buyer(
                text, mentions, buyer):
        origin, subject = None, buyer
    bloc_pair = next((m.code for m in mentions if m.code and not m.possessive and (
        _BLOC_AFTER.match(text, m.end) or (_BLOC_BEFORE.search(
            text, max(0, m.start - 20), m.start) and not _MEETING_AFTER.match(text, m.end)))),
        None)
    return Roles(subject, origin, destination, partner, recipient, pair, agent, agent_kind,
                 agent_noun, joint_origin, joint_destination,
                 subject is not None and _listed_subject(text, mentions, frame), bloc_pair)


_BLOCS = (r"(?:Europe|EU|Africa|ASEAN|Asia|Central\s+Asia|Latin\s+America|Gulf|GCC|Arab|"
          r"Middle\s+East|CIS|EAEU|Mercosur)")
_MEETING = (r"\s+(?:summit|forum|conference|talks|meeting|council|relations|ties|partnership|"
            r"cooperation|dialogue|agreement|deal|pact|accord|treaty)\b")
_MEETING_AFTER = re.compile(_MEETING)
_BLOC_AFTER = re.compile(r"[-–](?:" + _BLOCS + r")(?![\w-])(?!" + _MEETING + ")")
_BLOC_BEFORE = re.compile(r"(?<![\w-])" + _BLOCS + r"[-–]$")
"""A bloc or continent joined to a country by a hyphen (`China-Europe`, `EU-China`); not before
a word for a meeting or a pact (`the Russia-Africa summit`: no traffic)."""


BLOC_NAME = (r"(?<![\w-])(?<!South\s)(?:(?:extra-)?EU(?:-?27)?|E\.U\.|European\s+Union|Europe|"
             r"Africa|ASEAN|(?:Central\s+|South(?:east|-east)?\s+)?Asia|Latin\s+America|GCC|Mercosur|EAEU|CIS|"
             r"Gulf\s+(?:states|countries|nations)|Arab\s+(?:world|countries|states|League)|"
             r"Middle\s+East|[Tt]he\s+(?:[\w-]+\s+)?bloc)(?![\w-])")
"""A bloc, region or continent, which trades as a side with no code (`the EU`, `extra-EU`, `the
27-nation bloc`, `Gulf states`); not a country's name that holds such a word (`United Arab
Emirates`, `South Africa`)."""
REGION_BUYERS = (r"(?<![\w-])(?<!South\s)(?:Middle\s+Eastern|African|European|Asian|"
                 r"[Nn]eighbou?ring|Western|Nordic|Scandinavian|Caribbean|Baltic|Balkan|"
                 r"Latin\s+American|Gulf|Arab|South(?:east|-east)?\s+Asian|Central\s+Asian)\s+(?:countries|states|nations|"
                 r"buyers|importers|markets|refiners|customers)\b")
"""Buyers named by region (`Middle Eastern countries`, `African buyers`): a side with no code."""
_BLOC_SUBJECT = re.compile(r"\s*(?:[A-Z][A-Za-z .,()/]*?\s[-–—]{1,2}\s+)?"  # a dateline
                           r"(?:(?:[A-Z]\w*,|(?:In|Over|During|Across|Between|From|Since|Last|"
                           r"This)\b[^,;]{0,40}?,?)\s+)?(?:[Tt]he\s+)?" + BLOC_NAME +
                           r"(?:['’]s?)?(?:\s+[\w-]+){0,3}?\s*")


def bloc_named(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], the words before a flow's verb, is a bloc as its subject
    (`European Union countries`, `The bloc's`, `Overall, EU`, `Over the ten months the bloc as a
    whole`), after a dateline or an opening time or place if any."""
    return _BLOC_SUBJECT.fullmatch(text, start, end) is not None


LIST_GAP = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")
"""Between two countries of one list: `Sudan, Kenya and Yemen`, `the UAE, the US and the UK`,
`to South Korea, Turkey and China`."""


def _listed_subject(text: str, mentions: list[CountryMention], frame: Frame | None) -> bool:
    """`Sudan, Kenya, Somalia and Yemen together took ...`: three or more countries listed as
    the subject before the trade verb."""
    listed = 1
    for left, right in zip(mentions, mentions[1:], strict=False):
        if left.code is None or right.code is None or left.possessive or \
                not LIST_GAP.fullmatch(text, left.end, right.start) or (
                    frame is not None and right.start > frame.start):
            break
        listed += 1
    # (`China, India and Turkey each bought ...` too: no one of them alone, as with two)
    return listed >= 3 and mentions[0].cue is None and not mentions[0].possessive and (
        frame is None or mentions[0].start < frame.start)


def assign(roles: Roles, frame: Frame | None) -> Parties:
    """Exporter, importer and two-way flag from roles under a frame."""
    kind = frame.kind if frame else None
    if roles.joint_subject:
        parties = assign(replace(roles, joint_subject=False), frame)
        if parties.exporter == roles.subject and not parties.two_way:
            return Parties(None, parties.importer, False, joint=True)
        if parties.importer == roles.subject and not parties.two_way:
            return Parties(parties.exporter, None, False, joint=True)
        return parties
    if roles.joint_origin or roles.joint_destination:
        parties = assign(replace(roles, joint_origin=False, joint_destination=False), frame)
        if roles.joint_origin and parties.exporter == roles.origin:
            return Parties(None, parties.importer, False, joint=True)
        if roles.joint_destination and parties.importer == roles.destination:
            return Parties(parties.exporter, None, False, joint=True)
        return parties
    if roles.pair is not None and kind is None and roles.origin and roles.destination and \
            roles.origin != roles.destination:
        # `the railway between A and B carried X from A into B`: the flow is one-way
        return Parties(roles.origin, roles.destination, False)
    if roles.pair is not None and kind in (None, "two_way"):
        return Parties(roles.pair[0], roles.pair[1], True)
    if roles.bloc_pair is not None and kind is None and not roles.origin and \
            not roles.destination:
        # `China-Europe freight trains carried 972,000 TEUs`: both ways, the bloc's side unknown
        return Parties(roles.bloc_pair, None, True)
    if roles.pair is not None and kind == "export" and roles.subject is None:
        return Parties(None, roles.destination or roles.recipient, False, joint=True)
    if roles.pair is not None and kind == "import" and roles.subject is None:
        return Parties(roles.origin or roles.partner, None, False, joint=True)
    if kind == "two_way":
        first = roles.subject
        second = roles.partner or roles.destination or roles.origin or roles.recipient
        if first is not None and first == second:
            second = None
        return Parties(first, second, second is not None and first is not None)
    if kind == "production":  # the producer; a flow only if the sentence names one
        # (`Ukraine pumped 9.73 million tonnes of Russian crude`: no country produces another's
        # goods, so the subject moves them on and their origin sends them)
        return Parties(roles.origin or roles.subject, roles.destination, False)
    if roles.agent is not None and roles.agent_noun and kind in ("export", "import") and \
            roles.agent_kind != kind:
        # `Exports by Belarus rose ..., while imports fell ...`: the agent of the one flow
        # owns the other flow of the pair too
        if kind == "import":
            return Parties(roles.origin or roles.partner, roles.agent, False)
        return Parties(roles.agent, roles.destination or roles.recipient, False)
    if roles.agent is not None:
        # passive: `oil supplied by China` / `rice imported by North Korea`
        other = roles.subject if roles.subject != roles.agent else None
        if roles.agent_kind == "export":
            return Parties(roles.agent, roles.destination or roles.recipient or other, False)
        return Parties(roles.origin or other, roles.agent, False)
    if kind == "import":
        importer = roles.subject or roles.destination
        exporter = roles.origin or roles.partner
    else:
        # with no trade word, a subject moving goods to a destination sends them (`Rosneft
        # pipes 10 million tonnes to CNPC`)
        exporter = roles.origin or (roles.subject if kind == "export" or (
            kind is None and roles.destination and roles.destination != roles.subject) else None)
        importer = roles.destination or roles.recipient or (
            roles.partner if kind == "export" else None)
    if exporter == importer:
        importer = None
    return Parties(exporter, importer, False)


def _other_side(known: str, focus: str | None, headline: Sequence[str]) -> str | None:
    """The article's country as the other side of a flow, else (when the known side is the
    article's country) the next country its headline names."""
    for code in (focus, *headline):
        if code is not None and code != known:
            return code
    return None


def combine(near: Parties, wide: Parties, frame: Frame | None, focus: str | None,
            headline: Sequence[str] = ()) -> Parties:
    """Parties read from the quantity's clause, completed from its whole sentence; `focus` (the
    country the article is about) stands in for an actor that is not a country (`the Cabinet
    plans to import ...`); when it is the side already known, the next country of `headline`
    (`Pandemic cuts Russia's trade with the North` -> `Russian exports came to ...` go to the
    North)."""
    if near.joint or (wide.joint and near.empty):
        # (a side of several countries stays on its own clause's figure: not `those from
        # Canada alone reached 3,000 tons` after `from Canada and other members`)
        return Parties(near.exporter or wide.exporter, near.importer or wide.importer, False,
                       joint=True)
    exporter = near.exporter or (wide.exporter if wide.exporter != near.importer else None)
    importer = near.importer or (wide.importer if wide.importer != exporter else None)
    two_way = near.two_way or (wide.two_way and {exporter, importer} == {wide.exporter,
                                                                         wide.importer})
    kind = frame.kind if frame else None
    if kind == "two_way" and not two_way:
        # `trade with China` -> the article's country and China; `North Korea's trade` alone
        # is its trade with everyone in both directions: two-way with no partner
        home = _other_side(importer, focus, headline) if importer is not None else None
        if exporter is None and importer is not None and home is not None:
            return Parties(home, importer, True)
        if exporter is None and importer is None:  # `total trade of $2.8 billion`
            return Parties(focus, None, focus is not None)
        return Parties(exporter, importer, exporter is None or importer is None)
    if kind != "production" and (kind is not None or exporter is not None):
        if exporter is None and importer is not None and kind == "export":
            exporter = _other_side(importer, focus, headline)
        elif importer is None and exporter is not None:
            importer = _other_side(exporter, focus, headline)
    return Parties(exporter, importer, two_way)


def merged(flows: Sequence[Parties]) -> Parties:
    """What a sum of `flows` is between: each side kept only where every flow agrees
    (`Russia supplied X and China Y. Together that comes to Z` -> no exporter, the importer)."""
    if not flows:
        return Parties()
    exporters = {f.exporter for f in flows}
    importers = {f.importer for f in flows}
    exporter = exporters.pop() if len(exporters) == 1 else None
    importer = importers.pop() if len(importers) == 1 else None
    return Parties(exporter, importer, all(f.two_way for f in flows) and exporter is not None)


def complete(parties: Parties, earlier: Parties, frame: Frame | None) -> Parties:
    """A one-sided flow completed from the paragraph's earlier flows (`In August China shipped
    142 tons.` after flows to North Korea): only the missing side, only for a one-way flow (a
    side read from a preposition with no trade word, `Another 4,000 tons is to arrive at
    Chongjin`, is completed too)."""
    if (frame is not None and frame.kind not in ("export", "import")) or parties.two_way or \
            parties.joint:
        return parties
    if parties.exporter and not parties.importer and earlier.importer not in (
            None, parties.exporter):
        return Parties(parties.exporter, earlier.importer, False)
    if parties.importer and not parties.exporter and earlier.exporter not in (
            None, parties.importer):
        return Parties(earlier.exporter, parties.importer, False)
    return parties


_WHOLE = re.compile(r"\b(?:part|out|some)\s+of\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
                    r"(?:total\s+(?:(?!of\b)[a-z-]+\s+)?(?:of\s+|at\s+)?)?"
                    r"(?:(?:about|around|roughly|nearly|some|over|more\s+than|almost|an\s+"
                    r"estimated)\s+)*$", re.IGNORECASE)
"""`part of 130,000 tons`, `out of total trade of $3.8 billion`."""
_GAP = re.compile(r"^\s*(?:by\s+)?(?:(?:about|around|roughly|nearly|some|over|more\s+than|almost|"
                  r"just|only|another)\s+)*$", re.IGNORECASE)
"""Between a gapped subject and its figure: hedges, after the `by` of a change (`Bangladesh
raised its purchases by 115,000 tons and Egypt by 81,000 tons`)."""
_BY_GAP = re.compile(r"\s*by\b", re.IGNORECASE)
"""`by` right after a country: a gapped row repeating a change (`and Egypt by 81,000 tons`)."""
_AFTER_FIGURE_AND = re.compile(r"\d[\d.,]*\s*(?:%|[a-z]+(?:\s+[a-z]+)?)?\s*\)?,?\s+and\s+"
                               r"(?:the\s+)?$")
"""Before a gapped subject with `by`: the figure of the clause it repeats (`... by 115,000 tons
(289%) and Egypt by`), not a list of partners (`exports to the EU and the United States by 85
percent`)."""


def whole_of_parts(text: str, clause_start: int, at: int) -> bool:
    """`part of some 130,000 tons`, `out of 1.9 million tonnes`, a clause opening `Of the 7.1
    million tons`: the quantity is the total the sentence's other flows are part of, so their
    destinations (and the sources of the parts after `Of the`) are not its own."""
    return bool(_WHOLE.search(text[clause_start:at])) or _OF_THE_OPENING.fullmatch(
        text, clause_start, at) is not None


_OF_THE_OPENING = re.compile(r"\s*Of\s+(?:the|its|their)\s+" + hedge_pattern(True))
"""A clause opening on the whole its parts come out of (`Of the 7.1 million tons Chile imported,
6.4 million came from Peru`)."""


_DEMONYM_GAP = re.compile(r"^\s+(?!(?:by|to|from|of|in|at|for|with)\b)[a-z][a-z-]*"
                          r"(?:\s+(?!(?:by|to|from|of|in|at|for|with)\b)[a-z][a-z-]*)?\s+"
                          r"(?:(?:about|around|roughly|nearly|some|over|more\s+than|almost|just|"
                          r"only|another)\s+)*$")
"""After a demonym: its goods (one or two words, no preposition: not `Russian oil by 90
percent`), then the figure."""


def _gapped_figure(text: str, mention: CountryMention, at: int) -> bool:
    """Whether only hedges (or the `by` of a change after another figure) stand between a
    country and the figure at `at`."""
    if not _GAP.match(text[mention.end:at]):
        return False
    return not _BY_GAP.match(text, mention.end) or _AFTER_FIGURE_AND.search(
        text, max(0, mention.start - 40), mention.start) is not None


def gapped_subject(text: str, mentions: list[CountryMention], at: int) -> CountryMention | None:
    """`Russia supplied 30,000 tons to North Korea and China 22,000 tons`: a country after
    `and` right before the quantity is the subject of the verb left out."""
    for index, mention in enumerate(mentions):
        if mention.end > at or mention.cue != "and" or mention.paired or mention.possessive:
            continue
        if not _gapped_figure(text, mention, at) and not (
                mention.form == "demonym" and _DEMONYM_GAP.match(text[mention.end:at])):
            continue  # (`and South Korean steel 26 percent`: the demonym's goods, then the figure)
        before = mentions[index - 1] if index > 0 else None
        if before is not None and re.fullmatch(r"\s*,?\s*and\s+(?:the\s+)?",
                                               text[before.end:mention.start]):
            continue  # `to Russia and China`: a list, not a new subject
        return mention
    return None


_AIMED_GAP = re.compile(r"\s*(?:by\s+)?(?:(?:about|around|roughly|nearly|some|over|more\s+than|"
                        r"almost|just|only)\s+)*(?:\d[\d.,]*\s*(?:%|per\s*cent|percent|pc|pct)"
                        r"\s*,?\s+(?:to|at|reaching)\s+(?:(?:about|around|roughly|nearly|some|"
                        r"over|more\s+than|almost|just|only)\s+)*)?", re.IGNORECASE)
"""Between the partner of a gapped clause and its figure: a hedge, or its change before its
level (`and those to India by 73% to 14 tons`, `and those to Japan 3.5 per cent, reaching
$11.7 billion`): the level is the partner's too."""
_AIMED_OPENER = re.compile(r"(?:[,;]|\band)[ \u00a0]+(?:(?:those|that)[ \u00a0]+)?(to|from)"
                           r"[ \u00a0]+(?:the[ \u00a0]+)?$", re.IGNORECASE)
"""`, to Japan`, `and those from`: the opening of a clause that leaves its verb out and keeps
only its partner."""
_AIMED_BLOC = re.compile(r"(?:[,;]|\band)[ \u00a0]+(?:(?:those|that)[ \u00a0]+)?((?i:to|from))"
                         r"[ \u00a0]+(?:the[ \u00a0]+)?(?:[\w-]+[ \u00a0]+)?" + BLOC_NAME +
                         r"[ \u00a0]+" + hedge_pattern(True) + "$")
"""`..., and to the 28-member European Union 17.5 percent`: a gapped clause whose partner is a
bloc."""


def gapped_partner(text: str, mentions: list[CountryMention], clause_start: int,
                   at: int) -> tuple[str, str | None] | None:
    """`NODX to China fell 14.6 percent, to Japan 28.5 percent and to the EU 17.5 percent`: a
    clause that leaves the verb out and keeps only its partner behind `to` or `from`, right
    before the figure. (cue, partner): a bloc is no country, so its side is None."""
    for mention in mentions:
        if mention.end <= at and mention.code and mention.form != "pronoun" and \
                mention.cue in ("to", "from") and not mention.paired and \
                _AIMED_GAP.fullmatch(text, mention.end, at) and _AIMED_OPENER.search(
                    text, max(clause_start, mention.start - 40), mention.start):
            return mention.cue, mention.code
    bloc = _AIMED_BLOC.search(text, max(clause_start, at - 80), at)
    if bloc is not None and not any(bloc.start() <= m.start < at for m in mentions):
        return bloc.group(1).lower(), None
    return None


_OWNED_GAP = re.compile(r"^['’`]s?\s+(?:(?:about|around|roughly|nearly|some|over|more\s+than|"
                        r"almost|an\s+estimated|estimated|annual|daily|total|record)\s+)*$",
                        re.IGNORECASE)


_RELATIVE = re.compile(r"\s*,\s*(?:which|who|whose|that)\s+$", re.IGNORECASE)


def relative_antecedent(text: str, mentions: list[CountryMention],
                        clause_start: int) -> CountryMention | None:
    """`... was Vietnam, which shipped 3.1 million tonnes to Manila`: the country right before
    `, which` is the subject of the relative clause, whatever its role outside it."""
    opener = re.match(r"\s*(which|who|whose|that)\s+", text[clause_start:clause_start + 12],
                      re.IGNORECASE)
    if opener is None:
        return None
    for mention in mentions:
        if mention.code and mention.form != "pronoun" and _RELATIVE.fullmatch(
                text[mention.end:clause_start + opener.end()]):
            # (`Russia, whose shipments slipped`: like `Russia's shipments`)
            return replace(mention, cue=None, paired=False,
                           possessive=opener.group(1).lower() == "whose")
    return None


def possessive_owner(text: str, mentions: list[CountryMention],
                     at: int) -> CountryMention | None:
    """`Iran's 1.6 million bpd of oil exports`: the country whose total the quantity is."""
    for mention in mentions:
        if mention.possessive and mention.end <= at and _OWNED_GAP.match(text[mention.end:at]):
            return mention
    return None


def owned_parties(text: str, owner: str, after: list[CountryMention],
                  goods: list[CommodityMention], frame: Frame | None) -> Parties | None:
    """A country's own exports or imports: the other side only if the clause names it after."""
    if frame is None or frame.kind not in ("export", "import"):
        return None
    roles = read_roles(text, after, goods, frame)
    if frame.kind == "export":
        other = roles.destination or roles.partner or roles.recipient
        return Parties(owner, other if other != owner else None, False)
    other = roles.origin or roles.partner
    return Parties(other if other != owner else None, owner, False)
