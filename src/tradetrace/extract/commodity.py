"""Commodity mentions in a text, mapped to keys of the commodity taxonomy.

Aliases come from `knowledge/commodities.json` and are matched longest first (`refined oil`
before `oil`, `soybean oil` before `oil`); an alias shared by two keys goes to the more specific
one. `oil` after an edible-oil word (`palm oil`) is food, not petroleum. Generic trade words
(`exports`, `trade`) that merely carry a specific commodity (`oil exports`, `exports of coal`) are
dropped so that the specific one wins.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache

from tradetrace.extract.cues import cue_data, cue_regex, hedge_pattern, lexicon, word_set
from tradetrace.extract.parties import find_countries
from tradetrace.extract.quantity_lexicon import lexicon as quantity_lexicon
from tradetrace.extract.sentences import APPOSITIVE
from tradetrace.extract.tries import trie_pattern, word_trie
from tradetrace.knowledge.commodities import ancestors, commodities, common_key, is_a
from tradetrace.knowledge.countries import country_code
from tradetrace.normalize.periods import MONTHS, cue_alternation
from tradetrace.normalize.units import FLOW_TIMES

GENERIC = "trade"
_CARRIER_GAP = re.compile(r"^[\s-]*(?:[a-z]+\s+){0,1}$")
_OF_GAP = re.compile(r"^\s+(?:of|in)\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)
TOTAL_BEFORE = re.compile(r"\b(?:total|overall|all|entire|foreign|bilateral|combined)\s+$", re.I)
TOTAL_OWNED_BEFORE = re.compile(lexicon("owned_total_words").regex.pattern + r"\s+$", re.I)
"""A total's word right before the country's name or demonym that opens a flow noun (`Total
Peruvian exports`, `all Thai shipments`: all goods that country sold; claim_cues
`owned_total_words`)."""


@dataclass(frozen=True)
class CommodityMention:
    """A word or phrase naming a commodity."""

    start: int
    end: int
    surface: str
    key: str
    """Taxonomy key."""

    @property
    def generic(self) -> bool:
        return self.key == GENERIC


@cache
def alias_keys() -> dict[str, str]:
    """Lower-case alias -> taxonomy key (the deepest key when several share an alias)."""
    table: dict[str, str] = {}
    for key, entry in commodities().items():
        for alias in (entry.label.lower(), *entry.aliases, *entry.aliases_in_context):
            current = table.get(alias)
            if current is None or len(ancestors(key)) > len(ancestors(current)):
                table[alias] = key
    return table


@cache
def _alias_regex() -> re.Pattern[str]:
    aliases = [alias for alias in alias_keys() if not alias.startswith("all goods")]
    # (an alias and its plural, no longer word: `car` is not `cargo`, `coal` not `coalition`,
    # `EV` not `every`; a compound, `oil-linked`, is matched whole, to be no goods)
    forms = [form for alias in aliases for form in (
        (alias, alias + "s", alias + "es", alias + "-*") if alias[-1].isalpha()
        and not alias.endswith("s") else (alias,))]
    return cue_regex(forms)


def _key_of(surface: str) -> str | None:
    table = alias_keys()
    for candidate in _alias_forms(surface):
        if candidate in table:
            return table[candidate]
    return None


_PASSENGER_BEFORE = re.compile(r"\bpassengers?\s+$", re.IGNORECASE)


def _material_before(text: str, start: int, surface: str,
                     materials: frozenset[str] | None = None) -> bool:
    """Whether a steel shape (`slabs`, `billets`, `coils`, not `steel` or `iron`) follows right
    after a word for another material (`granite slabs`; not `aluminium, steel`), or `scrap` a few
    words after one (`copper waste and scrap`); `materials` the words read (by default
    `other_materials`)."""
    if "steel" in surface.lower() or "iron" in surface.lower():
        return False
    if materials is None:
        materials = word_set("other_materials")
    if surface.lower() == "scrap":  # (`copper waste and scrap`: a few words back; `scrap
        # aluminium`: right after)
        after = _WORD_AFTER.match(text, start + len(surface))
        return any(word.lower() in materials for word in re.findall(
            r"[A-Za-z]+", text[max(0, start - 25):start])[-3:]) or (
                after is not None and after[1].lower() in materials)
    word = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return word is not None and word[1].lower() in materials


def _other_material_shape(text: str, word: str, start: int, end: int) -> bool:
    """Whether `word`, the last word of text[start:end], is a keyed steel shape or scrap of another
    material (`aluminium scrap`, `copper billets`): goods with no key. Not after a word that
    names steel goods too (`materials_also_steel`: `wire coil`)."""
    at = text.rfind(word, start, end)
    return at >= 0 and _key_of(word) is not None and _material_before(
        text, at, word, word_set("other_materials") - word_set("materials_also_steel"))


_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=4096)  # (pure; asked for the same few hundred surfaces again and again)
def _alias_forms(surface: str) -> tuple[str, ...]:
    """The forms of a matched surface an alias may be written in (singular and plural)."""
    lowered = _SPACES.sub(" ", surface.lower())
    # (`-es` only after a hiss or an o: `peaches`, `tomatoes`; `codes` is no plural of `cod`)
    stem = lowered[:-2] if lowered.endswith("es") and lowered[:-2].endswith(
        ("s", "x", "z", "ch", "sh", "o")) else lowered
    if "-" in lowered:  # `iron-ore exports`, `crude-oil imports`: an alias written hyphenated
        spaced = lowered.replace("-", " ")
        return lowered, lowered.rstrip("s"), stem, spaced, spaced.rstrip("s")
    return lowered, lowered.rstrip("s"), stem


_EDIBLE_REACH = 1200
"""Characters back within which an edible oil named makes a bare `oil` that oil."""


@cache
def _edible_oil_named() -> re.Pattern[str]:
    modifiers = word_trie(word_set("edible_oil_modifiers"), space=r"\s+")
    return re.compile(r"\b(?:" + modifiers + r")[\s-]+oils?\b", re.IGNORECASE)


_PETROLEUM = re.compile(r"\b(?:crude|petroleum|barrels?|bpd|b/d|refiner(?:y|ies)|fuels?|gasoline|"
                        r"diesel|OPEC|oilfields?|pipelines?)\b", re.IGNORECASE)


def _edible_story(text: str, start: int) -> bool:
    """`Turkey's olive oil exports ... Packaged oil made up 53%`: a bare `oil` after an edible
    oil named shortly before, with no word of petroleum between or in its sentence, is that
    edible oil."""
    low = max(0, start - _EDIBLE_REACH)
    named = [m.end() for m in _edible_oil_named().finditer(text, low, start)]
    if not named:
        return False
    owner = find_countries(text, max(0, start - 30), start)
    if owner and _OWNER_GAP.fullmatch(text, owner[-1].end, start):
        return False  # `Libya's oil exports`, `Russian oil`: a country's oil, not the edible one
    stop = _SENTENCE_STOP.search(text, start)
    return _PETROLEUM.search(text, named[0], stop.start() if stop else len(text)) is None


_SENTENCE_STOP = re.compile(r"[.!?](?=\s|$)")
"""A sentence's end (not the point of `1.7 million`)."""
_OWNER_GAP = re.compile(r"(?:['’]s)?\s+(?:(?:crude|own)\s+)?")


def _edible(text: str, start: int) -> bool:
    words = re.findall(r"[a-z]+", text[max(0, start - 25):start].lower())
    return bool(words) and (words[-1] in word_set("edible_oil_modifiers")
                            or " ".join(words[-2:]) in word_set("edible_oil_modifiers"))


@cache
def _context_aliases() -> frozenset[str]:
    return frozenset(alias for entry in commodities().values()
                     for alias in entry.aliases_in_context)


def _in_context_only(surface: str) -> bool:
    """Whether the surface is an alias that names goods only beside `of` or a trade word (not
    one that is an alias in its own right: `cars`, though `car` needs its context)."""
    forms = _alias_forms(surface)
    return forms[0] not in _plain_aliases() and not _context_aliases().isdisjoint(forms)


@cache
def _plain_aliases() -> frozenset[str]:
    return frozenset(alias for entry in commodities().values() for alias in entry.aliases)


_OF_BEFORE = re.compile(r"\bof\s+(?:[a-z]+\s+)?$", re.IGNORECASE)


_AGENT_ENDINGS = ("ers", "ors", "ists")
"""Endings of nouns of people and tools (`growers`, `oximeters`, `processors`, `economists`)."""


def _flow_word(word: str) -> bool:
    """Whether a word is a noun or verb of exports or imports (the flow lexicon)."""
    return any(word in lexicon("flow", kind) for kind in ("export", "import"))


def _goods_context(text: str, start: int, end: int) -> bool:
    """Right after `of` (`tonnes of milk`, `exports of fresh butter`) or right before a trade
    word (`lamb exports`, `milk imports`)."""
    after = _WORD_AFTER.match(text, end)
    if _OF_BEFORE.search(text, max(0, start - 20), start):
        # (not before a noun of the people or tools it qualifies: `exports of pulse
        # oximeters`, `a group of apple growers`)
        if _NOT_GOODS_HEAD.match(text, end):
            return False  # `hectares of paddy fields`
        return after is None or not (after.group(1).islower() and after.group(1).endswith(
            _AGENT_ENDINGS)) or _flow_word(after.group(1))
    if after is not None and text[start:start + 1].isupper():
        # (`Apple shipped iPhones`, `Lamb exported`: a name before a verb; goods only before a
        # flow noun, `Apple exports rose`)
        return alias_keys().get(after.group(1).lower()) == GENERIC
    return after is not None and _flow_word(after.group(1))


def _edible_after(text: str, end: int) -> bool:
    """`crude palm oil`: an edible oil's name right after `crude` (not across a comma:
    `crude, palm oil aside`)."""
    word = _WORD_AFTER.match(text, end)
    return word is not None and word.group(1).lower() in word_set("edible_oil_modifiers")


def _other_goods_after(text: str, end: int) -> bool:
    """`crude bauxite`, `crude steel`, `crude sugar`: goods other than oil right after `crude`,
    which is their adjective (raw), not crude oil."""
    word = _WORD_AFTER.match(text, end)
    if word is None:
        return False
    unkeyed = _unkeyed_anywhere().match(text, word.start(1))
    if unkeyed is not None and unkeyed.start() == word.start(1):
        return True
    key = _key_of(word.group(1))
    return key is not None and key != GENERIC and "oil" not in (key, *ancestors(key))


_INSTITUTION_AFTER = re.compile(r"\s+(?:Minister|Ministry|Department|Directorate|Programme|"
                                r"Program|Organi[sz]ation|Agency|Bureau|Council|Authority|"
                                r"Administration|Security|Safety|Corporation|Corp\b\.?|Company|"
                                r"Co\.|Ltd\b|Limited|Inc\b|PLC\b|Plc\b|Group|Holdings|Works|Mills)(?!\w)")
_INSTITUTION_OF = re.compile(r"\b(?:DG|Ministry|Minister|Department|Directorate|Director|"
                             r"General|Secretary|Office|Bureau|Institute|Board|Commission|Chamber|"
                             r"Association|Federation)"
                             r"\s+(?:of|for)\s+(?:the\s+)?$")
"""A capitalised commodity word in an institution's or a company's name (`Food Minister`, `DG of
Food`, `Bangladesh Petroleum Corporation`, `Indian Oil Corp`, `Shandong Iron and Steel
Group`)."""
_NAME_BEFORE = re.compile(r"\b[A-Z][\w&.’'-]*\s+(?:(?:and|&)\s+)?$")
"""Before a name's goods word: a capitalised word, or one and `and` (`Pulses and Grains`)."""
_LINE_AROUND = re.compile(r"[^\n|]{0,120}")
_LOWER_WORD = re.compile(r"(?<![\w’'-])(?!(?:from|with|into|than|that|this|over|after|under)\b)"
                         r"[a-z]{4,}\b")


def _name_word(text: str, start: int, end: int) -> bool:
    """`the crude supplied to Hellenic Petroleum`, `Karachaganak Petroleum Operating's crude
    output`: a capitalised commodity word right after another capitalised word inside a sentence
    written in lower case is a word of a company's name, not the goods named beside it (not in a
    headline written in title case: `Iraqi Crude Exports Rise`, nor at a sentence's start:
    `Crude exports rose`)."""
    if not text[start:end].istitle() or SENTENCE_OPENS.search(text, max(0, start - 3), start):
        return False
    before = _NAME_BEFORE.search(text, max(0, start - 30), start)
    if before is None or SENTENCE_OPENS.search(text, max(0, before.start() - 3), before.start()) \
            and country_code(before.group().strip()) is not None:
        return False  # (`Russian Oil` opening a sentence may be a headline's words)
    line_start = max(text.rfind("\n", 0, start), text.rfind("|", 0, start)) + 1
    line = _LINE_AROUND.match(text, max(line_start, start - 120))
    stop = line.end() if line else end
    # (a headline in title case has no plain lower-case word around the name)
    return _LOWER_WORD.search(text, max(line_start, start - 120), stop) is not None


_SANCTIONED_AFTER = re.compile(r"\s+(?:export\s+|import\s+)?(?:ban|bans|embargo|embargoes)\b",
                               re.IGNORECASE)


_HYDRO_WORKS = re.compile(r"(?:hydropower|hydroelectricity|hydroelectric\s+power|electric\s+energy)"
                          r"\s+(?:equipment|turbines?|plants?|projects?|dams?|stations?|capacity)\b",
                          re.IGNORECASE)
"""After hydropower or electric energy: the works or gear that make power, not power traded."""
_MOVED_BEFORE = re.compile(r"\b(?:exported|imported)\s+$", re.IGNORECASE)
"""`exported aquaculture output`: goods sold abroad, named by the participle before them."""


def _flow_noun_after(text: str, end: int) -> bool:
    """Whether a flow word follows right after `end` (`aquaculture exports`, `aquaculture
    shipments`)."""
    after = _WORD_AFTER.match(text, end)
    return after is not None and (_flow_word(after.group(1).lower()) or
                                  after.group(1).lower() in word_set("flow_nouns"))


_SERVED_BEFORE = re.compile(r"(?:\b(?:for|to)|(?<!exports )(?<!imports )(?<!sales )"
                            r"(?<!shipments )\bby)\s+(?:(?:the|its|their|[A-Z][\w.-]*['’]s)\s+)?$",
                            re.IGNORECASE)
"""Before a sector: the one the goods serve or go to (`nets for the fishing industry`), not the
seller (`exports by the fishing industry` are its own)."""
_FUEL_OIL_BEFORE = re.compile(r"\b(?:used|waste|hydrotreated|hydrogenated)\s+$", re.IGNORECASE)
"""Before `cooking oil` or `vegetable oil`: the oil as waste or fuel, not food."""


_LOADED_AFTER = re.compile(r"\s+(?:carrying|with|loaded\s+with|laden\s+with|transporting|"
                           r"hauling|full\s+of)\s+(?:about\s+|some\s+|nearly\s+|around\s+)?"
                           r"(?:\d|[a-z]+\s+(?:of\s+)?[a-z]*\s*\d|(?:[A-Z][a-z]+\s+)?[a-z]+)")
"""After a vehicle word: what it carries (`trucks carrying about 374 tonnes`, `24 trucks with
528 tonnes in all`), so the vehicles are carriers, not the goods."""


def find_commodities(text: str, start: int = 0, end: int | None = None) -> list[CommodityMention]:
    """Commodity mentions in `text[start:end]` (offsets into `text`), in order."""
    stop = len(text) if end is None else end
    found = _named_goods(text, start, stop)
    found.extend(_anaphoric_goods(text, start, stop))
    found.extend(_bean_goods(text, start, stop, found))
    return _drop_carriers(text, sorted(found, key=lambda m: m.start))


_BARE_BEANS = re.compile(r"(?<![\w-])(?:(?:[Tt]he|[Tt]hese|[Tt]hose|[Oo]f|([A-Z][\w.]*))\s+)?"
                         r"([Bb]eans?)(?![\w-])")
"""`beans`, `Bean exports`, `the beans`, `U.S. beans`: the word with nothing before it that
names a kind (not `mung beans`, `green coffee beans`); a capitalised word before it must name
a country (`U.S.`, `Brazilian`, `EU`), not a variety (`Arabica beans`, `Criollo beans`)."""
_BEAN_REACH = 3000
"""Characters back where a bare `beans` looks for the crop it stands for."""


@cache
def _bean_crops() -> re.Pattern[str]:
    return cue_regex(sorted(cue_data()["bean_crops"]))


def _bean_goods(text: str, start: int, stop: int,
                found: list[CommodityMention]) -> list[CommodityMention]:
    """A bare `beans` stands for the crop named last before it, within `_BEAN_REACH` characters,
    in a sentence that counts a figure or names a flow (`bean_crops`):
    soybeans are food (`China's soybean imports ... Purchases of U.S. beans fell 24%`); cocoa
    or coffee beans have no key, so the word names none."""
    if "ean" not in text[start:stop]:
        return []  # (a cheap look first)
    crops: dict[str, str | None] = cue_data()["bean_crops"]
    mentions: list[CommodityMention] = []
    for match in _BARE_BEANS.finditer(text, start, stop):
        at, end = match.span(2)
        if at == match.start() and at > 0 and re.search(r"[a-z]\s+$", text[max(0, at - 20):at]):
            continue  # (`mung beans`, `green coffee beans`, also `bought beans`: any lower-case
            # word right before it may name a kind, so only a capitalised or bare one is read)
        if (named_by := match.group(1)) and not named_by.isupper() \
                and "." not in named_by and country_code(named_by) is None:
            continue  # (`Arabica beans`, `Robusta beans`: a variety, not a country's beans)
        if any(m.start <= at < m.end for m in found):
            continue
        named = next((m.group() for m in reversed(list(_bean_crops().finditer(
            text, max(0, at - _BEAN_REACH), at))) if _traded_in_sentence(text, m.start())), None)
        key = crops.get(named.lower()) if named else None
        if key is not None:
            mentions.append(CommodityMention(at, end, match.group(2), key))
    return mentions


_SENTENCE_END = re.compile(r"(?<!\b[A-Z])[.!?]\s+")
"""A sentence's end: not the stop of an initial or an abbreviation's letter (`U.S. soybeans`)."""


def _traded_in_sentence(text: str, at: int) -> bool:
    """Whether the sentence around `at` counts a figure or names a flow (`China's soybean
    imports rose 5%`): where a crop it names is the one a later bare `beans` stands for (not a
    passing `soybean prices rose`, `switched land to soy`)."""
    begin = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, at - 600), at)),
                default=max(0, at - 600))
    after = _SENTENCE_END.search(text, at)
    sentence = text[begin:after.start() if after else len(text)]
    return any(ch.isdigit() for ch in sentence) or any(
        _flow_word(word.lower()) for word in re.findall(r"[A-Za-z]+", sentence))


_ANAPHOR = re.compile(r"\b(?:such|these|those)\s+(?:goods|products)\b|"
                     r"\b[Tt]he\s+(?:metal|material|ore|product)\b(?![-\w])", re.IGNORECASE)
"""`such goods`, `these products`, `the metal`, `the material`, `the ore`, `the product`: goods
named before, not a class of their own (listed with the goods with no key, `unkeyed_goods`, so
that where the goods before have no key the commodity is unknown: `engineering goods ... its
largest market for such products`, `Mexico's silver trade ... exports of the metal fell
12.3%`)."""
_SECTOR_ANAPHOR = re.compile(r"\b[Tt]he\s+(?:sector|industry)['’]s(?=\s)")
"""`the sector's exports`, `the industry's total exports`: the trade of the sector named before
(`Tunisia's textile and clothing exports rose ... the sector's imports fell`), like `such goods`;
where the goods before have no key it names none (the flow noun after it is then all trade or
unknown as the claim stage reads it)."""
_ANAPHOR_CUE = re.compile(r"\b(?:such|these|those)\s|\b(?:sector|industry)['’]s\s|"
                          r"\bthe\s+(?:metal|material|ore|product)\b", re.IGNORECASE)
_ANAPHOR_REACH = 400
"""Characters back (within the paragraph) where `such goods` looks for the goods it stands for."""


def _anaphoric_goods(text: str, start: int, stop: int) -> list[CommodityMention]:
    """`Namibia's fish exports ... Imports of these products fell`: `such goods`, `these
    products` stand for the last goods named before them in the paragraph; where those have a
    key (not all trade, not goods with no key), the phrase names that key."""
    if not _ANAPHOR_CUE.search(text, start, stop):
        return []  # (a cheap look first: most texts have no such words)
    mentions: list[CommodityMention] = []
    for match in (*_ANAPHOR.finditer(text, start, stop),
                  *_SECTOR_ANAPHOR.finditer(text, start, stop)):
        floor = max(text.rfind("\n", 0, match.start()) + 1, match.start() - _ANAPHOR_REACH)
        keyed = [m for m in _named_goods(text, floor, match.start()) if not m.generic]
        unkeyed = [span[1] for span in unkeyed_goods_spans(text, floor, match.start())
                   if not _ANAPHOR.match(text, span[0])]
        if match.re is _ANAPHOR and match.group()[:3].lower() == "the":
            # `the metal`, `the ore` point to the sentence's subject goods, often named before
            # the last keyed goods (`imports of aluminium rose as steel output slowed. Imports of
            # the metal`): a key only when every goods word in reach (its sentence and the one
            # before, or further back where these name none) shares it
            opening = text.rfind(". ", floor, text.rfind(". ", floor, match.start()) + 1)
            near = max(floor, opening + 1)
            if any(m.start >= near for m in keyed) or any(end > near for end in unkeyed):
                keyed = [m for m in keyed if m.start >= near]
                unkeyed = [end for end in unkeyed if end > near]
            key = None if unkeyed or not keyed else _shared_key([m.key for m in keyed])
            if key is not None:
                mentions.append(CommodityMention(match.start(), match.end(), match.group(), key))
            continue
        if keyed and keyed[-1].end > max(unkeyed, default=-1):
            key = _one_kind(text, keyed, floor)
            if key is not None:
                mentions.append(CommodityMention(match.start(), match.end(), match.group(), key))
    return mentions


def _one_kind(text: str, keyed: list[CommodityMention], floor: int) -> str | None:
    """The one kind of goods the sentence of the last keyed goods names (read back no further
    than `floor`): the most specific key true of them all (`flour, wheat and sunflower oil` ->
    food), none when they share no key (`Rice and coal`)."""
    opening = text.rfind(". ", floor, keyed[-1].start)
    return _shared_key([m.key for m in keyed if m.start > opening])


def _shared_key(keys: list[str]) -> str | None:
    """The most specific key true of all `keys`, none when they share none."""
    shared = [k for k in ancestors(keys[0]) if all(k in ancestors(other) for other in keys[1:])]
    return shared[0] if shared else None


def _named_goods(text: str, start: int, stop: int) -> list[CommodityMention]:
    """The goods words and phrases of text[start:stop], before carriers are dropped."""
    found: list[CommodityMention] = []
    in_names: list[CommodityMention] = []
    # goods that may name only a calendar or a policy: dropped where other goods are named
    if_alone: list[CommodityMention] = []
    # `a border trade zone`, `trading partner`: names, not trade
    names = lexicon("not_flow").spans(text, start, stop)
    name_starts = [a for a, _ in names]
    for match in _alias_regex().finditer(text, start, stop):
        key = _key_of(match.group())
        if key is None:
            continue
        inside = bisect_right(name_starts, match.start()) - 1
        if key == "trade" and inside >= 0 and names[inside][0] <= match.start() < names[inside][1]:
            continue
        if _SANCTIONED_AFTER.match(text, match.end()):
            continue  # `as coal ban bites`: the goods of a ban, not of the figure
        longer = _unkeyed_anywhere().match(text, match.start())
        if longer is not None and longer.end() > match.end():
            continue  # `soybean meal`: goods with no key whose first word is an alias of one
        if key != GENERIC and _inside_unkeyed(text, match.start(), match.end()):
            continue  # `nuclear fuel`, `essential oils`: goods with no key ending in an alias
        if "oil" in (key, *ancestors(key)) and _MEASURE_AFTER_OIL.match(text, match.end()):
            continue  # `tonnes of oil equivalent`, `the oil year`: no goods
        # `urea in the 2023/24 fertilizer year`, `its cocoa policy lifted coffee sales`: a
        # calendar or a policy named after goods, where the figure names other goods
        alone_only = key != GENERIC and (_GOODS_YEAR_AFTER.match(text, match.end()) is not None
                                         or _policy_after(text, match.end()))
        if key == "vehicles" and _TYRES_AFTER.match(text, match.end()):
            continue  # `car tyres`, `truck and bus tires`: tyres for the vehicles, no key
        if text[max(0, match.start() - 4):match.start()].lower() == "non-":
            continue  # `non-oil trade`, `non-oil goods`: everything but these goods
        if _LEFT_OUT_BEFORE.search(text, max(0, match.start() - 40), match.start()) or \
                _ASIDE_AFTER.match(text, match.end()) or left_out_by_verb(
                    text, match.start(), match.end()):
            continue  # `Leaving crude oil aside`, `goods outside the oil sector`: left out
        if text[max(0, match.start() - 4):match.start()] == "ing " and _INCLUDED_BEFORE.search(
                text, max(0, match.start() - 30), match.start()):
            continue  # `exports including fuel rose`: a part of the total the figure counts
        if _COUNTED_WITH_BEFORE.search(text, max(0, match.start() - 30), match.start()) or \
                (text[max(0, match.start() - 2):match.start()] == ", "
                 and _INCLUDED_AFTER.match(text, match.end())):
            continue  # `Counting fuel, exports rose`, `exports with fuel grew`, `, fuel included,`
        if match.group()[:1].isupper() and (
                _INSTITUTION_AFTER.match(text, match.end())
                or _INSTITUTION_OF.search(text, max(0, match.start() - 40), match.start())):
            continue  # `the DG of Food`, `Food Minister`, `the Ministry of Food`: names
        if key != GENERIC and _qualifies_a_head(text, match.start(), match.end()):
            continue  # `the state oil company`, `oil prices`, `the petroleum ministry`: no flow
        if key == "textiles" and _qualifies_other_goods(text, match.end(), key):
            continue  # `T-shirt printing machines`: machines, the T-shirts only what they make
        if _capitals_name(text, match):
            continue  # `RMG Networks shipped`: a company's name, no goods
        if key == "electricity" and match.group().lower().startswith("power") and \
                not _power_goods(text, match.start(), match.end()):
            continue  # `power plants`, `took power`, `world powers`, `Power of Siberia`
        if match.group().lower() in word_set("flow_only_goods") and not _flow_noun_after(
                text, match.end()) and not _MOVED_BEFORE.search(
                text, max(0, match.start() - 12), match.start()):
            continue  # `fishmeal for aquaculture`, `aquaculture equipment`: not its goods
        if match.group().lower() in word_set("served_sectors") and _SERVED_BEFORE.search(
                text, max(0, match.start() - 40), match.start()):
            continue  # `boats and nets for the fishing industry`: goods it buys, not seafood
        if key == "electricity" and _HYDRO_WORKS.match(text, match.start()):
            continue  # `hydropower turbines`, `electric energy equipment`: goods for power
        if key == "food" and _FUEL_OIL_BEFORE.search(text, max(0, match.start() - 14),
                                                      match.start()):
            continue  # `used cooking oil`, `hydrotreated vegetable oil`: biofuel feedstock
        if key == "crude_oil" and match.group().lower() == "crude" and (_edible_after(
                text, match.end()) or _other_goods_after(text, match.end())):
            continue  # `crude palm oil`: the edible oil named after it; `crude bauxite`
        if key == "trade" and match.group().lower().endswith("traffic") and \
                _PASSENGER_BEFORE.search(text, max(0, match.start() - 20), match.start()):
            continue  # `passenger rail traffic`: people, not freight
        if _WORKS_AFTER.match(text, match.end()) and _BUYER_BEFORE.search(
                text, max(0, match.start() - 30), match.start()):
            continue  # `iron ore loaded for Chinese steel mills`: the buyer's trade, not goods
        if key == "vehicles" and _LOADED_AFTER.match(text, match.end()):
            continue  # `24 trucks with 528 tonnes`, `trucks carrying onions`: the carriers
        if match.group().lower() in ("fillet", "fillets") and (_MEAT_BEFORE_FILLET.search(
                text, max(0, match.start() - 40), match.start())
                or _MEAT_AFTER_FILLET.match(text, match.end())):
            continue  # `chicken fillet exports`, `beef fillets`, `Fillet steak`: meat, not fish
        if key == "iron_steel" and _material_before(text, match.start(), match.group()):
            continue  # `granite slabs`, `aluminium billets`: shapes of another material
        if _in_context_only(match.group()) and not _goods_context(text, match.start(),
                                                                  match.end()):
            continue  # `milk the system`, `bread and butter`, `sour grapes`: no goods
        if (key in ("oil", "fuel_oil") or (key == "refined_petroleum" and match.group().lower(
                ).startswith("oil"))) and _edible(text, match.start()):
            # (`palm oil product shipments`: products of the edible oil)
            key = "food" if "food" in commodities() else key
        elif key == "oil" and match.group().lower() == "oil" and _OIL_PALM.match(text, match.end()):
            key = "food" if "food" in commodities() else key  # `oil palm products`
        elif key == "oil" and match.group().lower() in ("oil", "oils") and \
                _edible_story(text, match.start()):
            key = "food" if "food" in commodities() else key  # `olive oil ... packaged oil`
        if key != GENERIC and match.group()[:1].isupper() and _name_word(
                text, match.start(), match.end()):
            in_names.append(CommodityMention(match.start(), match.end(), match.group(), key))
            continue  # `Hellenic Petroleum`: kept only where no other goods are named
        (if_alone if alone_only else found).append(
            CommodityMention(match.start(), match.end(), match.group(), key))
    found.extend(_country_earnings(text, start, stop))
    found.extend(_country_products(text, start, stop))
    found.extend(_products_after_crude(text, start, stop))
    # (`Richards Bay Coal Terminal's exports slipped 4%`: a name's goods word that is the only
    # goods its sentence names says what the named works handle)
    if in_names:
        keyed = sorted(m.start for m in found if not m.generic)
        found.extend(m for m in in_names if not _other_goods_in_sentence(text, m, keyed))
    # (`Chile shipped 2 million tonnes in the 2022/23 copper year`, `Under its sugar policy,
    # Brazil sold 30 million tonnes of the crop`: no other goods, or only a broader word for them)
    found.extend(m for m in if_alone if not names_unkeyed(text, start, stop) and not any(
        not f.generic and f.key not in ancestors(m.key) for f in found))
    return found


_SPACE_THEN = re.compile(r"[\s-]+")
_ONE_WORD = re.compile(r"[a-z]+\s+")


def _qualifies_other_goods(text: str, end: int, key: str) -> bool:
    """Whether the goods word ending at `end` is followed, after at most one lower-case word, by
    goods of another key that head the phrase (`T-shirt printing machines`)."""
    gap = _SPACE_THEN.match(text, end)
    if gap is None:
        return False
    word = _ONE_WORD.match(text, gap.end())
    for at in (gap.end(), *((word.end(),) if word else ())):  # (`T-shirt machines` too)
        head = _alias_regex().match(text, at)
        other = _key_of(head.group()) if head else None
        if other is not None and other not in (key, GENERIC):
            return True
    return False


_CAPS_NAME_AFTER = re.compile(r"\s+([A-Z][a-z]+)\b")


def _capitals_name(text: str, match: re.Match[str]) -> bool:
    """Whether an alias written in capitals opens a name with a company's word after it (`RMG
    Networks`; claim_cues `company_name_words`): a company's name, not goods (not a title-case
    flow: `RMG Exports Rise`)."""
    word = match.group().strip()
    if len(word) < 2 or not word.isupper():
        return False
    after = _CAPS_NAME_AFTER.match(text, match.end())
    return after is not None and after.group(1).lower() in word_set("company_name_words")


_COUNTRY_WORD_BEFORE = re.compile(r"\b([A-Z][\w.-]*?)(?:['’]s)?\s+(?:state(?:-owned|-run)?\s+|"
                                  r"national\s+)?$")
"""A country's word before a goods word (`Russian coal firms`, `Mexico's state oil company`)."""


def _country_before(text: str, start: int) -> bool:
    """Whether a country's word opens the phrase of the goods word at `start`: the goods are
    then that country's (`Russian coal firms shipped`: the exporter is read from them)."""
    before = _COUNTRY_WORD_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and country_code(before.group(1)) is not None


_NEXT_LOWER_WORD = re.compile(r"[ -]([a-z]+)\b")


def _policy_after(text: str, end: int) -> bool:
    """Whether the goods word ending at `end` only qualifies a policy or subsidy after it
    (`goods_policy_heads`: `its cocoa policy`, `sugar subsidies`)."""
    after = _NEXT_LOWER_WORD.match(text, end)
    return after is not None and after.group(1) in word_set("goods_policy_heads")


def _qualifies_a_head(text: str, start: int, end: int) -> bool:
    """Whether the goods word at text[start:end] only qualifies the lower-case noun right after
    it that names an institution or people (`goods_qualified_heads`: `petroleum ministry`, `coal
    workers`), a seller or a price (`goods_heads_unless_country`: `the state oil company`, `as oil
    prices recovered`), not goods that flow; a seller or price with a country's word before it
    keeps its goods (`Russian coal firms shipped`, `Chinese garlic prices rise as exports jump`:
    the country's goods, whose exporter is read from them), as does one with a flow before it
    (`Exports of palm oil firms`) or a country after it (`palm oil firms in Indonesia`)."""
    after = _NEXT_LOWER_WORD.match(text, end)
    if after is None:
        return False
    if after.group(1) in word_set("goods_qualified_heads"):
        return True
    return after.group(1) in word_set("goods_heads_unless_country") and \
        not _country_before(text, start) and not _country_after(text, after.end()) and \
        not _FLOW_OF_BEFORE.search(text, max(0, start - 40), start)


_FLOW_OF_BEFORE = re.compile(r"\b(?:exports?|imports?|shipments?|sales)\s+(?:of|by)\s+"
                             r"(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
"""A flow of a seller's goods (`Exports of palm oil firms`): the goods flow."""
_COUNTRY_AFTER = re.compile(r"\s+(?:in|from)\s+(?:the\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)")


def _country_after(text: str, end: int) -> bool:
    """Whether a country follows a seller of goods (`palm oil firms in Indonesia`): the goods
    are then that country's, like `Indonesian palm oil firms`."""
    after = _COUNTRY_AFTER.match(text, end)
    if after is None:
        return False
    words = after.group(1).split()
    return any(country_code(" ".join(words[:n])) is not None for n in (len(words), 1))


_GOODS_YEAR_AFTER = re.compile(r"\s+year\b(?![-\s]+(?:on|to[-\s]+date|ago|earlier|over|before|"
                               r"after|end)\b)", re.IGNORECASE)
"""After a keyed goods word: a trade calendar named after the goods (`the July-June fertilizer
year`), not a year that only dates or compares the goods' figure (`wheat year-on-year`)."""
_MEASURE_AFTER_OIL = re.compile(
    r"\s+(?:equivalents?|year\b(?![-\s]+(?:on|to[-\s]+date|ago|earlier|over)\b))\b",
    re.IGNORECASE)
"""After an oil word: a measure or a calendar named after oil, not oil itself (`tonnes of oil
equivalent`, `the 2023-24 oil year`, a trade year of edible oils); not a year that only dates
or compares the oil's figure (`crude oil year-on-year`, `crude oil year to date`)."""


_TYRES_AFTER = re.compile(r"(?:\s+(?:and|&)\s+[a-z]+)?[\s-]+(?:tyres?|tires?)\b", re.IGNORECASE)
"""After a vehicle word: tyres (`car tyres`, `truck and bus tires`), goods with no key that
the vehicle word only qualifies."""


def _inside_unkeyed(text: str, start: int, end: int) -> bool:
    """Whether the alias at text[start:end] closes goods with no key that open before it
    (`nuclear fuel`, `essential oils`, `plastic scrap`): the alias is a word of their name."""
    if start == 0 or not text[start - 1].isspace() and text[start - 1] != "-":
        return False  # (a cheap check first: an alias after no space opens its phrase)
    for match in _unkeyed_anywhere().finditer(text, max(0, start - 30), end):
        if match.start() < start and match.end() >= end and not _in_name(text, match):
            return True  # (not in a name: `Global Nuclear Fuel Americas` keeps its word)
    return False


def _other_goods_in_sentence(text: str, mention: CommodityMention, keyed: list[int]) -> bool:
    """Whether keyed goods (their starts, sorted) stand in the sentence of `mention` (read at most
    `_SENTENCE_REACH` characters each way, so the cost does not grow with the text)."""
    floor = max(0, mention.start - _SENTENCE_REACH)
    ceiling = min(len(text), mention.end + _SENTENCE_REACH)
    opening = max(text.rfind(". ", floor, mention.start), text.rfind("\n", floor, mention.start),
                  floor - 1)
    line_end = text.find("\n", mention.end, ceiling)
    closing = line_end if line_end >= 0 else ceiling
    stop = _SENTENCE_STOP.search(text, mention.end, closing)
    if stop is not None:
        closing = stop.start()
    return bisect_left(keyed, closing) > bisect_right(keyed, opening)  # (`keyed`: the sorted
    # starts of the other keyed goods)


_SENTENCE_REACH = 400
"""Characters either side of a goods word within which its sentence is looked for."""


@cache
def _products_after_crude_pattern() -> re.Pattern[str]:
    """Crude joined to bare products (`crude_carry_blockers`: `crude and finished products`,
    `crude oil and derivatives`)."""
    words = "|".join(sorted(word_set("crude_carry_blockers"), key=len, reverse=True))
    return re.compile(r"\bcrude(?:\s+oil)?\s*,?\s+(?:and|&)\s+"
                      rf"(?P<products>(?:finished\s+)?(?:{words}))\b", re.IGNORECASE)


def _products_after_crude(text: str, start: int, stop: int) -> list[CommodityMention]:
    """`crude and products`, `crude and finished products`, `crude oil and derivatives`: bare
    products joined to crude are the products refined from it, so the two together are oil
    (`coordinated`), not crude."""
    if text.find("rude", start, stop) < 0:
        return []  # (a cheap literal check first: most windows name no crude)
    return [CommodityMention(match.start("products"), match.end("products"),
                             match["products"], "refined_petroleum")
            for match in _products_after_crude_pattern().finditer(text, start, stop)]


_EARNINGS = re.compile(r"\b(?:export|import)\s+(?:earnings|receipts|revenues?|bill)\b", re.I)
_EARNINGS_QUALIFIER = re.compile(r"(?:\s+(?:total|overall|domestic|merchandise|annual|monthly))?"
                                 r"\s+$", re.IGNORECASE)
_WHOLE_WORDS = frozenset({"total", "overall"})
_WHOLE_OF = re.compile(r"\bof\s+(?:(?:the|its|their)\s+)?(?:[A-Za-z][\w.-]*['’]?s?\s+){1,3}$", re.I)
"""Before the owner of export earnings: `of`, so they are the whole a share is of (`12 per cent
of its total export revenue`, `of Kenya's export earnings`), whose part's goods are the
figure's."""


def _earnings_owner(text: str, at: int) -> bool:
    """Whether the words before `at` own export earnings as a whole: a country (`Zambia's`,
    `Papua New Guinea's`, `Maldives`) or a word for the whole (`total`), with at most a word for
    their kind between (`domestic`), not goods (`copper`) nor another owner (`the sector's`)."""
    qualifier = _EARNINGS_QUALIFIER.search(text, max(0, at - 20), at)
    if qualifier is None:
        return False
    words = re.findall(r"[\w.’'-]+", text[max(0, qualifier.start() - 40):qualifier.start()])
    if not words:
        return False
    if words[-1].lower() in _WHOLE_WORDS:
        return True
    owner = re.sub(r"['’]s?$", "", words[-1])
    for size in range(1, 4):
        name = " ".join([*words[-size:-1], owner]) if size > 1 else owner
        if len(words) >= size and all(w[:1].isupper() for w in words[-size:]) and \
                country_code(name) is not None:
            return True
    return False


def _country_earnings(text: str, start: int, stop: int) -> list[CommodityMention]:
    """`Zambia's export earnings`, `total export receipts`, `Sri Lanka's import bill`: a
    country's earnings from (or bill for) all it sells or buys abroad name all goods (`trade`),
    where no goods word qualifies them (`copper export earnings`, `the sector's export receipts`
    keep the commodity they carry)."""
    if "xport " not in text and "mport " not in text:
        return []
    found = []
    for match in _EARNINGS.finditer(text, start, stop):
        if _earnings_owner(text, match.start()) and not _WHOLE_OF.search(
                text, max(0, match.start() - 60), match.start()):
            found.append(CommodityMention(match.start(), match.end(), match.group(), GENERIC))
    return found


_COUNTRY_PRODUCTS = re.compile(r"\b([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})\s+(products)\b")
_BARRELS_BEFORE = re.compile(r"\b(?:barrels?|bpd|b/d|bbl)\b[^.;]{0,40}$", re.IGNORECASE)


def _country_products(text: str, start: int, stop: int) -> list[CommodityMention]:
    """`$17.9 million of Brazilian products`, `the biggest buyer of Iranian products`: a country's
    products with no goods word before them are all its goods (`trade`), like its `goods`; not
    in barrels (`1.3 million bpd of Russian products` are refined products, of the unit)."""
    if text.find("products", start, stop) < 0:
        return []
    found = []
    for match in _COUNTRY_PRODUCTS.finditer(text, start, stop):
        countries = find_countries(text, match.start(1), match.end(1))
        if not countries or countries[-1].end != match.end(1) or _BARRELS_BEFORE.search(
                text, max(0, match.start() - 60), match.start()):
            continue
        found.append(CommodityMention(match.start(2), match.end(2), match.group(2), GENERIC))
    return found


def left_out_by_verb(text: str, start: int, end: int) -> bool:
    """Whether the goods at text[start:end] follow a verb of leaving and are put `out` after
    them (`Leave fuels out`, `taking oil out`): not `took oil out of the port`."""
    return _LEAVE_BEFORE.search(text, max(0, start - 30), start) is not None and \
        _OUT_AFTER.match(text, end) is not None


_OIL_PALM = re.compile(r"[\s-]+palms?\b", re.IGNORECASE)
_LEFT_OUT_BEFORE = re.compile(r"\b(?:leaving|excluding|except(?:\s+for)?|apart\s+from|aside\s+from|"
                              r"other\s+than|outside|not\s+counting|without)\s+"
                              r"(?:(?:the|its|their)\s+)?(?:[a-z-]+\s+)?$", re.IGNORECASE)
_ASIDE_AFTER = re.compile(r"\s+aside\b", re.IGNORECASE)
"""Around goods: words that leave them out of the figures (`Leaving crude oil aside`, `Without
fuel, exports rose`)."""
LEAVE_VERBS = r"leave|leaving|take|taking|strip|stripping"
"""Verbs that, with `out` after the goods, leave goods out of the figures (`Leave fuels out`)."""
_LEAVE_BEFORE = re.compile(r"\b(?:" + LEAVE_VERBS + r")\s+(?:(?:the|its|their)\s+)?$",
                           re.IGNORECASE)
_OUT_AFTER = re.compile(r"\s+out\b(?!\s+of\b)", re.IGNORECASE)
"""Around goods: a verb of leaving before them and `out` after (`Leave fuels out and the fall
shrinks`): left out of the figures."""
_INCLUDED_BEFORE = re.compile(r"\b(?:exports|imports|trade|sales|shipments|purchases)\s+"
                              r"including\s+$", re.IGNORECASE)
"""Before goods a total flow is said to count (`Greek exports including fuel rose`, `Total
imports including fuel slipped 4%`): the figure is the total's, the goods only a part of it."""
_COUNTED_WITH_BEFORE = re.compile(r"(?:\b[Cc]ounting|\b(?i:exports|imports|sales|shipments|"
                                  r"purchases)\s+with)\s+$")
_INCLUDED_AFTER = re.compile(r"\s+included\s*[,;]")
"""Around goods a total is said to count (`Counting fuel, Greek exports were`, `exports with
fuel grew 13.3 percent`, `Exports with fuel grew` opening a sentence, `Goods imported, fuel
included, were worth`): the figure is the total's, the goods only a part of it (not `supplied
the island with fuel`)."""
_MEAT_BEFORE_FILLET = re.compile(
    r"\b(?:beef|chicken|pork|lamb|mutton|veal|poultry|(?-i:turkey)|duck|meat|steak|breast|"
    r"sirloin|tenderloin)s?[\s-]+(?:[\w-]+[\s-]+)?$", re.IGNORECASE)
_MEAT_AFTER_FILLET = re.compile(r"[\s-]+(?:steaks?|mignon)\b", re.IGNORECASE)
"""Around a bare `fillet(s)`: meat or poultry within two words before it or a steak after it
(`chicken fillet exports`, `beef fillets`, `chicken breast fillets`, `Fillet steak`): the cut of
meat, not fish."""
_WORKS_AFTER = re.compile(r"[\s-]*(?:mills?|makers?|works|plants?|refiner(?:y|ies|s)|smelters?|"
                          r"producers?)\b", re.IGNORECASE)
_BUYER_BEFORE = re.compile(r"\b(?:for|to)\s+(?:(?:the|its|their|[A-Z][\w-]*)\s+){0,2}$")
"""`for Chinese steel mills`, `to the country's steelmakers`: goods before a word for the works
that use them, behind a preposition naming who buys or gets the flow."""
_WORD_AFTER = re.compile(r"[\s-]+([A-Za-z]+)")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[\s-]+$")


_OWNED_POWER = re.compile(r"(?:['’]s?|\b(?:its|their|his|her|our|your|the|consumers?))\s+$",
                          re.IGNORECASE)
"""Before `buying power`: an owner, so the phrase is what money buys, not electricity bought."""


def _power_goods(text: str, start: int, end: int) -> bool:
    """Whether `power` at [start, end) is electricity traded, not a plant, a rank or rule: only
    where a trade word ties it to a flow (`power_goods_*` in claim_cues.json)."""
    if text[start:end].lower() != "power":
        return False  # (`powers`, `powerful`)
    after = _WORD_AFTER.match(text, end)
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    if before is not None and before.group(1).lower() in word_set("power_goods_adjectives"):
        # `selling surplus power`, `sales of surplus power`: the word before the adjective
        before = _WORD_BEFORE.search(text, max(0, before.start() - 20), before.start())
    following = after.group(1).lower() if after is not None else ""
    preceding = before.group(1) if before is not None else ""
    if preceding.lower() in ("buying", "purchasing") and before is not None and \
            _OWNED_POWER.search(text, max(0, before.start() - 20), before.start()):
        return False  # `India's buying power`, `their purchasing power`: money's worth
    if following in word_set("power_goods_after") or preceding.lower() in word_set(
            "power_goods_before"):
        return True
    if following in word_set("power_goods_participles") and preceding.lower() != "in":
        return True  # `power bought abroad`; `the party in power sold` is rule
    if preceding.lower() == "of" and before is not None:
        # `kilowatt-hours of power`, `imports of power`; not `the balance of power`
        unit = _WORD_BEFORE.search(text, max(0, before.start() - 20), before.start())
        return unit is not None and unit.group(1).lower() in word_set("power_goods_before")
    # `North Korean power rose 91%`: a country's power, changing
    return preceding[:1].isupper() and following in word_set("power_goods_change_verbs")


def _drop_carriers(text: str, found: list[CommodityMention]) -> list[CommodityMention]:
    """Drop `exports` in `oil exports` / `exports of oil`: the specific commodity is the claim's."""
    kept: list[CommodityMention] = []
    for index, mention in enumerate(found):
        if mention.generic and not TOTAL_BEFORE.search(text, max(0, mention.start - 20),
                                                       mention.start):
            before = found[index - 1] if index > 0 else None
            after = found[index + 1] if index + 1 < len(found) else None
            if before is not None and not before.generic and _CARRIER_GAP.match(
                    text[before.end:mention.start]):
                continue
            if after is not None and not after.generic and _OF_GAP.match(
                    text[mention.end:after.start]):
                continue
        kept.append(mention)
    return kept


def nearest_commodity(
    mentions: list[CommodityMention], start: int, end: int, text: str
) -> CommodityMention | None:
    """The mention that names what the quantity at [start, end) measures.

    `X tons of flour`: the mention right after `of` wins; otherwise the nearest one, measured
    between spans, with a mention after the quantity preferred on a tie.
    """
    best: tuple[int, int, CommodityMention] | None = None
    for mention in mentions:
        if mention.start >= end:
            gap = text[end:mention.start]
            if _OF_GOODS_GAP.match(gap):
                return mention
            if _NEXT_ITEM.fullmatch(gap) or own_clause_goods(text, end, mention):
                continue  # `Rice accounted for 24,000 tons and sugar for 5,100 tons`: the next
                # item's goods, like goods after a semicolon
            distance, side = mention.start - end, 0
        else:
            distance, side = max(0, start - mention.end), 1
        candidate = (distance, side, mention)
        if best is None or candidate[:2] < best[:2]:
            best = candidate
    return best[2] if best else None


def own_clause_goods(text: str, end: int, mention: CommodityMention) -> bool:
    """Goods after a semicolon (or `, and`) that the next clause counts with a figure of its own
    (`; corn made up 2.3 million tonnes`), not goods that describe the figure before (`; rice
    and flour made up most of it`); also goods a `with ... accounting for` aside counts, and goods
    named in a cause clause after the figure (`fell 0.3 percent as fuel costs eased`)."""
    if _WITH_BEFORE.search(text, end, mention.start) and _PART_VERB_AFTER.match(text, mention.end):
        return True  # `to $22 billion, with mineral fuels accounting for more than 70%`
    if _cause_after_figure(text, end, mention):
        return True  # `fell 0.3 percent as fuel costs eased`: a cause, not the figure's goods
    if ";" not in text[end:mention.start] and not _AND_CLAUSE.search(text, end, mention.start):
        return False
    stop = _CLAUSE_END.search(text, mention.end)
    return re.search(r"\d", text[mention.end:stop.start() if stop else len(text)]) is not None


_CLAUSE_END = re.compile(r"[.;]")


def _cause_opener() -> str:
    """The words that open a cause after a figure, as a pattern (`as`, `on weaker`, `driven
    by`): `claim_cues.json`'s `cause_openers_after_figure`, `cause_on_adjectives`,
    `as_degree_words` and `as_not_cause_after`."""
    cues = cue_data()
    not_after = "".join(rf"(?<!{re.escape(word)} )" for word in cues["as_not_cause_after"])
    degree = cue_alternation(cues["as_degree_words"])
    openers = cue_alternation(cues["cause_openers_after_figure"])
    adjectives = cue_alternation(cues["cause_on_adjectives"])
    return rf"{not_after}\b(?:as(?!\s+(?:{degree})\b)|{openers}|on\s+(?:{adjectives}))"


@cache
def _cause_after_figure_pattern() -> re.Pattern[str]:
    """Between a figure and goods named after it in a clause that gives a cause (`rose 22.6
    percent on higher mineral fuel sales`, `fell to $2.98 billion as purchases of cheap oil
    eased`): the goods of the cause, not the figure's (not `twice as much for fuel`, `such as`,
    `as well as`). The words are `claim_cues.json`'s `cause_openers_after_figure`,
    `cause_on_adjectives`, `as_degree_words` and `as_not_cause_after`."""
    return re.compile(_cause_opener() + r"\s+(?:[\w-]+,?\s+){0,5}$", re.IGNORECASE)


@cache
def _cause_opening_pattern() -> re.Pattern[str]:
    """The words that open a cause after a figure (`_cause_after_figure_pattern` without the
    goods after them): `as`, `on weaker`, `driven by` and the rest of the cue lists."""
    return re.compile(_cause_opener() + r"\s", re.IGNORECASE)


def cause_opening(text: str, start: int, stop: int) -> int | None:
    """Where the first cause after a figure opens in text[start:stop] (`fell 20% on weaker sales
    of integrated circuits`, `jumped 12% as sales of servers soared`), or None."""
    found = _cause_opening_pattern().search(text, start, stop)
    return found.start() if found else None


_AS_FORM_AFTER = re.compile(r"\s*(?:[.;:)]|$|(?:to|from|by|in|for|at|via|into|with|worth|"
                            r"valued|under)\b)", re.IGNORECASE)
"""Right after goods at most two words after `as`: a preposition or the sentence's end
(`exported 1.2 million tonnes as raw sugar to Bangladesh`): the goods' form, not a cause with a
verb of its own (`as lockdowns disrupted trade.`, `as feed mills shift toward rice.`)."""
_CAUSE_WORD_BEFORE = re.compile(r"([\w-]+)\s+$")
"""The word right before a cause's opening (`classified` in `classified as`)."""


def _cause_after_figure(text: str, end: int, mention: CommodityMention) -> bool:
    """Whether the goods of `mention` after a figure ending at `end` are named in a cause clause
    (`_cause_after_figure_pattern`); not goods set off after a comma as the figure's parts (`,
    amid the war, mostly wheat`, `cause_part_words`), nor goods whose form `as` gives (`as raw
    sugar to Bangladesh`, `classified as steel scrap`: `as_form_participles`)."""
    cause = _cause_after_figure_pattern().search(text, end, mention.start)
    if cause is None:
        return False
    parts = re.finditer(r",\s+([\w-]+)", text[cause.start():mention.start])
    if any(part.group(1).lower() in word_set("cause_part_words") for part in parts):
        return False
    if not cause.group().lower().startswith("as"):
        return True
    before = _CAUSE_WORD_BEFORE.search(text, max(0, cause.start() - 30), cause.start())
    if before is not None and before.group(1).lower() in word_set("as_form_participles"):
        return False
    return len(text[cause.start() + 2:mention.start].split()) > 2 or \
        not _as_form_ends(text, mention.end)


_AS_FORM_BREAK = re.compile(r"(?:[ \t-]+([a-z]+))?[ \t]*([,.;:)])(?:\s*([a-z]+)\b)?")
"""Goods after `as`, perhaps with one lower-case head word, then a break and the word after it
(`as iron plate, as the industry recovers`)."""


def _as_form_ends(text: str, end: int) -> bool:
    """Whether goods ending at `end` after `as` end the phrase as the goods' form: a preposition
    or the sentence's end right after them (`_AS_FORM_AFTER`), or a break after them and at most
    one head word that is not what a cause is about (`as iron plate.`; not `as fuel costs.`:
    `as_cause_heads`), where after a comma the next clause opens (`as iron plate, as the
    industry recovers`: `as_form_clause_openers`; not an aside, `as coal, the main cargo,
    recovered`, nor a list, `as fuel, food and power costs rose`)."""
    if _AS_FORM_AFTER.match(text, end):
        return True
    found = _AS_FORM_BREAK.match(text, end)
    if found is None or _as_cause_verb(found.group(1) or "") or \
            (found.group(1) or "") in word_set("as_cause_heads"):
        return False
    if found.group(2) != ",":
        return True
    opener = found.group(3) or ""
    if opener not in word_set("as_form_clause_openers"):
        return False
    # (`as iron ore, which feeds the mills, got cheaper`: an aside, then the cause's own verb)
    return opener not in word_set("as_aside_openers") or \
        _AS_ASIDE_THEN_VERB.match(text, found.end()) is None


_AS_ASIDE_THEN_VERB = re.compile(r"[^,.;:\n]*,[ \t]*[a-z]+(?:\s|[.;,])")
"""After an aside opener after goods after `as`: the rest of the aside, then a comma and a
lower-case word, the cause's own verb (`as fertiliser, according to traders, became scarce`)."""


def _as_cause_verb(word: str) -> bool:
    """Whether the word after goods after `as` is a verb that makes them a cause's subject (`as
    coal recovered.`, `as steel slumped, while ...`), not their form's head word (`as iron
    plate.`): a past form in `-ed` or a verb of change (`change_up`, `change_down`,
    `as_cause_verbs`); not a noun in `-eed` (`as maize seed.`, `feed`)."""
    return (word.endswith("ed") and not word.endswith("eed")) or \
        word in quantity_lexicon().change_verbs or word in word_set("as_cause_verbs")


_AND_CLAUSE = re.compile(r",\s*and\s+(?!(?:of|in|worth|valued)\b)", re.IGNORECASE)
"""`, and` opening the next coordinate (`China took 112.7 million pounds, and over
January-September its purchases were down 10 percent`), not a list of the figure's own goods."""
_WITH_BEFORE = re.compile(r",\s+with\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_PART_VERB_AFTER = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:accounting\s+for|making\s+up|"
                              r"representing|comprising|taking\s+up)\s+[^.;]*?\d", re.IGNORECASE)
"""A part set off after the figure with its own share (`, with mineral fuels accounting for more
than 70%`): its goods are the part's, not the figure's."""
_OF_GOODS_GAP = re.compile(r"^\s*(?:\([^)]*\)\s*)?(?:of|in)\s+(?:(?!(?:that|this|these|those|which|"
                           r"it|them)\b)[\w-]+\s+){0,2}$", re.IGNORECASE)
"""`X tons of (Russian) flour`; not `12.9 million tonnes of that and wheat for ...`."""
_NEXT_ITEM = re.compile(r"(?:\s+of\s+(?:that|this|it|them|those|these|the\s+total))?"
                        r"[\s,;]*(?:and|while|whereas|but)\s+", re.IGNORECASE)
"""Between a figure and goods that open the next item of a list or clause (`12.9 million tonnes
of that and wheat for ...`)."""
_WORTH = re.compile(r"\b(?:worth|valued\s+at|value\s+of)\s+(?:(?:about|around|roughly|nearly|"
                    r"some|over|more\s+than|an\s+estimated|almost|just)\s+)*$", re.IGNORECASE)


def worth_of(mentions: list[CommodityMention], text: str, start: int,
             sentence_start: int) -> CommodityMention | None:
    """`rice and broken rice, worth $709.6 million`: the value of the goods named last before."""
    if not _WORTH.search(text[max(sentence_start, start - 40):start]):
        return None
    before = [m for m in mentions if sentence_start <= m.start and m.end <= start]
    # `Imports from the North, chiefly clams, crab and other seafood, were worth ...`: goods in
    # an appositive describe what the flow named before it is made of, not its value
    heads = [m for m in before if not _IN_APPOSITIVE.search(text, max(sentence_start,
                                                                      m.start - 60), m.start)]
    before = heads or before
    specific = [m for m in before if not m.generic]
    chosen = specific or before
    return chosen[-1] if chosen else None


_IN_APPOSITIVE = re.compile(r",\s*(?:" + APPOSITIVE.pattern + r"|such\s+as\b)[^,;.]*"
                            r"(?:,[^,;.\d]*)?$", re.IGNORECASE)


_CARRYING_FLOW_NOUNS = frozenset({"import", "imports", "export", "exports", "shipment",
                                  "shipments", "purchase", "purchases", "sale", "sales", "cargo",
                                  "cargoes"})
"""Bare flow nouns that carry the goods named before them in their sentence."""


def specific_for_generic(mention: CommodityMention, mentions: list[CommodityMention],
                         text: str) -> CommodityMention:
    """`China bought Iranian oil ..., and its October imports were ...`: bare `imports` after a
    specific commodity in the same sentence means that commodity's imports; `total imports`
    does not."""
    if not mention.generic or TOTAL_BEFORE.search(text, max(0, mention.start - 20),
                                                  mention.start):
        return mention
    if mention.surface.lower() not in _CARRYING_FLOW_NOUNS:
        return mention
    specific = [m for m in mentions if m.end <= mention.start and not m.generic
                and not _PART_BEFORE.search(text, max(0, m.start - 40), m.start)]
    if not specific:
        return mention
    owners = [m for m in mentions if m.generic and m.end <= specific[-1].start]
    if owners and _flow_side(owners[-1]) not in (None, _flow_side(mention)):
        # `Imports from Russia, chiefly crude oil and coal, ..., while exports to Russia were`:
        # the goods of the other direction's flow
        return mention
    return specific[-1]


def _flow_side(mention: CommodityMention) -> str | None:
    word = mention.surface.lower().rstrip("s")
    return {"import": "in", "purchase": "in", "export": "out", "shipment": "out",
            "sale": "out"}.get(word)


def definite_for_specific(mention: CommodityMention, mentions: list[CommodityMention],
                          text: str) -> CommodityMention:
    """`Vietnam, which shipped 3.1 million tonnes of the grain` after `rice`: a definite broader
    name (`the grain`, `the fuel`) stands for the narrower goods named before it."""
    if not _THE_BEFORE.search(text, max(0, mention.start - 4), mention.start):
        return mention
    narrower = [m for m in mentions if m.end <= mention.start and m.key != mention.key
                and mention.key in ancestors(m.key)]
    if len({m.key for m in narrower}) != 1 or not _may_stand_for(mention, narrower[-1].key):
        return mention  # none, or several (`basmati rice and wheat ... the grain`): as written
    return narrower[-1]


_UNBURNED_KEYS = ("crude_oil",)
"""Goods a definite `the fuel` never stands for: crude oil is refined before it is burned (`the
heavy crude is not refined at home, so the country imports nearly all the fuel it uses`,
`Mongolian oilfields pumped 6.4 million barrels of crude ... Russia supplied 97 percent of the
fuel Mongolia brought in`: oil of every kind)."""


def _may_stand_for(mention: CommodityMention, *keys: str) -> bool:
    """Whether the definite broader word `mention` may stand for the narrower goods `keys`
    (not `the fuel` where crude oil is among them: after crude and diesel figures `the fuel` is
    oil of every kind, not the diesel left once crude is set aside)."""
    return mention.surface.lower() not in word_set("anaphoric_goods") or \
        not any(is_a(key, unburned) for key in keys for unburned in _UNBURNED_KEYS)


def definite_for_unkeyed(mention: CommodityMention, mentions: list[CommodityMention],
                         text: str, floor: int) -> bool:
    """`reduced the gas it takes from Bolivia ..., saying it now had more of the fuel at home`:
    a definite `the fuel` (`the super-chilled fuel`) after a fuel with no key (gas, LNG,
    ethanol, uranium) and no keyed goods in its sentence stands for that fuel, so the commodity
    is unknown (not after `copper exports`); with no goods in its sentence, after one named in
    the sentences before."""
    if mention.surface.lower() not in word_set("anaphoric_goods") or not \
            _THE_QUALIFIED_BEFORE.search(text, max(0, mention.start - 30), mention.start):
        return False
    if any(floor <= m.start < mention.start + 40 and m is not mention and not m.generic
           for m in mentions):
        return False  # (keyed goods before it, or just after: `the fuel, mainly diesel`)
    return _FUEL_GOODS.search(text, floor, mention.start) is not None or \
        _unkeyed_fuel_before(text, floor)


_FUEL_REACH = 600
"""Characters back from a sentence where a `the fuel` naming no goods of its own looks for the
fuel it stands for."""


def _unkeyed_fuel_before(text: str, floor: int) -> bool:
    """`Russia was the top seller of enriched uranium to the US ... Total US imports of the fuel
    reached $2.9 billion`: with no goods in its own sentence, `the fuel` stands for the last fuel
    named in the sentences before (within `_FUEL_REACH`), so where that fuel has no key and no
    keyed goods come after it the commodity is unknown."""
    reach = max(0, floor - _FUEL_REACH)
    # (not a capitalised fuel, part of a name: `the National Agency of Petroleum, Natural Gas
    # and Biofuels`; `LNG` is written in capitals)
    # (nor a gas that is no fuel traded: `greenhouse gas emissions`, `tear gas`, `gas station`)
    fuels = [m for m in _FUEL_GOODS.finditer(text, reach, floor)
             if (m.group().islower() or m.group().isupper())
             and not _NOT_FUEL_GAS_BEFORE.search(text, max(reach, m.start() - 12), m.start())
             and not _NOT_FUEL_GAS_AFTER.match(text, m.end())]
    if not fuels:
        return False
    # (nor a keyed fuel ending in one: `liquefied petroleum gas`, `propane` are LPG)
    return not any(not m.generic and m.end > fuels[-1].start()
                   for m in find_commodities(text, reach, floor))


def definite_for_earlier(mention: CommodityMention, mentions: list[CommodityMention],
                         earlier: list[str | None], text: str) -> str | None:
    """`Russian deliveries of the fuel fell 98.8%` after refined-petroleum figures: a definite
    broader name with no narrower goods in its own sentence stands for the one narrower kind
    the sentence before counted (`earlier`), unless it only qualifies another noun (`the oil
    sector`)."""
    if not _THE_BEFORE.search(text, max(0, mention.start - 4), mention.start) or \
            _NOUN_AFTER_GOODS.match(text, mention.end) or any(
                m.key != mention.key and mention.key in ancestors(m.key) for m in mentions):
        return None
    narrower = sorted({key for key in earlier if key and key != mention.key
                       and mention.key in ancestors(key)})
    if not narrower or not _may_stand_for(mention, *narrower):
        return None
    # (several kinds under it stand for the most specific key true of them all, when that is
    # still narrower: `the fuel` after diesel and petrol figures is refined petroleum)
    shared = common_key(narrower)
    return shared if shared != mention.key and is_a(shared, mention.key) and all(
        is_a(key, shared) for key in narrower) else None


_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_THE_QUALIFIED_BEFORE = re.compile(r"\b[Tt]he\s+(?:[a-z]+-[a-z]+\s+)?$")
"""`the fuel`, `the super-chilled fuel`: the definite article, perhaps with a hyphenated
epithet, before a broad goods word that points back."""
_FUEL_GOODS = re.compile(r"\b(?:(?:natural|liquefied\s+natural|pipeline|piped)\s+)?gas\b|\bLNG\b|"
                         r"\b(?:ethanol|methanol|biodiesel|hydrogen|propane|butane|uranium)\b",
                         re.IGNORECASE)
"""Fuels with no key that a later `the fuel` may stand for (uranium: the fuel of reactors)."""
_NOT_FUEL_GAS_BEFORE = re.compile(r"\b(?:greenhouse|tear|exhaust|flue|nerve|poison)\s+$",
                                  re.IGNORECASE)
_NOT_FUEL_GAS_AFTER = re.compile(r"[\s-]+(?:emissions?|stations?|chambers?|cylinders?|leaks?|"
                                 r"explosions?|masks?|flaring|prices?)\b", re.IGNORECASE)
"""Around `gas`: words that make it no fuel traded (`greenhouse gas`, `tear gas`, `gas
emissions`, `gas station`) or only its price (`gas prices`)."""
_NOUN_AFTER_GOODS = re.compile(r"[\s-]+(?:sector|industry|industries|compan|firm|market|price|"
                               r"revenue|income|field|major|producer|refiner|minister|ministry|"
                               r"exporter|importer|trader|tax|taxes|output|production)",
                               re.IGNORECASE)
"""After a goods word: a noun it only qualifies (`the oil sector`, `the fuel market`)."""
_PART_BEFORE = re.compile(r"\bof\s+(?:them|which|it|these|those)\s+(?:were\s+|was\s+|are\s+|is\s+)?"
                          r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
"""`exports of $325 million, more than half of them wigs`: goods that are a part of a total
are not what a later bare `imports` carries."""


_BOUND_GOODS = re.compile(r"\b(?:inbound|outbound|imported|exported)\s+", re.IGNORECASE)
"""A flow's adjective before the goods that flow (`Inbound rare earths`)."""


@cache
def _flow_nouns() -> re.Pattern[str]:
    """The `flow_nouns` cues (built once: sorting the list and hashing it for `cue_regex`'s
    cache cost more than most windows' scans)."""
    return cue_regex(sorted(word_set("flow_nouns")))


_CLAUSE_OPENING = re.compile(r"[\s,;:]*(?:(?:and|while|whereas|but|with)\s+)?(?:the\s+)?",
                             re.IGNORECASE)
_SUBJECT_VERB_GAP = re.compile(r"(?:(?:\s+[a-z]+)?\s+(?:and|&)\s+"
                               r"(?P<tail>(?:[a-z]+\s+)?[a-z]+)(?=\s))?(?:\s+[a-z]+){0,3}"
                               r"(?:\s+(?:by\s+)?(?:about\s+|nearly\s+|some\s+)?"
                               r"[\d.,]+\s*(?:%|percent|per\s+cent|pc)\s+to)?"
                               r"(?:\s+(?:just|only|about|around|roughly|nearly|almost|some|over|"
                               r"approximately|(?:more|less)\s+than|up\s+to|close\s+to|"
                               r"upwards\s+of|at\s+least|as\s+much\s+as)){0,2}(?:\s*\()?\s*")
"""Between a clause's subject and its figure: a verb of up to three words and nothing else
(`earned`, `brought in`, `came second with`; not `exports of` or a comma), none in a list whose
verb is left out (`, minerals $85.8 million`), or a change before the new level (`gained 5
percent to`); goods of a word or two joined to the subject's by `and` (`Copper ores and
concentrates made up`) and hedge words before the figure (`made up more than 60 percent`) too,
or only the bracket of a figure set after its goods in a list (`, fishmeal (62,000 tonnes)`)."""
_SUBJECT_ORIGIN = re.compile(r"([A-Z][\w.’'-]*)(?:['’]s)?\s+(?=[A-Za-z])")
"""A country or its demonym opening a subject before its goods (`Russian gas made up ...`)."""


def _unkeyed_subject(text: str, start: int, end: int) -> bool:
    """Whether the clause text[start:end] opens with goods the taxonomy has no key for, followed
    only by its verb up to `end` (`, while copper earned US$726 million`, `Cut flowers
    contributed $246.4 million`): those goods are what the figure counts, not keyed goods named
    in an earlier clause of the sentence (not `Gold prices rose`, `Wood Mackenzie said`)."""
    opening = _CLAUSE_OPENING.match(text, start, end)
    at = opening.end() if opening else start
    origin = _SUBJECT_ORIGIN.match(text, at, end)
    if origin is not None and country_code(origin[1]) is not None:
        at = origin.end()  # (`Russian gas`, `Chile's copper`: the goods' origin first)
    goods = _unkeyed_anywhere().match(text, at, end)
    return goods is not None and goods.start() == at and \
        _NOT_GOODS_HEAD.match(text, goods.end()) is None and not _in_name(text, goods) and \
        (gap := _SUBJECT_VERB_GAP.fullmatch(text, goods.end(), end)) is not None and \
        not _keyed_tail(gap["tail"]) and _NOT_A_VERB.fullmatch(text, goods.end(), end) is None \
        and not _goods_as_verb(text, goods)


def _keyed_tail(tail: str | None) -> bool:
    """Whether the words joined to a subject's goods by `and` name goods with a key or goods of
    every kind (`footwear and travel goods`), so the subject is not all of goods with no key."""
    return tail is not None and any(_key_of(word) is not None for word in tail.split())


_NOT_A_VERB = re.compile(r"\s+(?:exports?|imports?|shipments?|sales|purchases|deliveries|"
                         r"of|to|from|in|at|for|worth|valued)\b.*", re.IGNORECASE | re.DOTALL)
"""(a flow noun or a preposition after the goods leaves the test to the flow-noun rules)"""


_LAST_FIGURE = re.compile(r"\d[^\d]*$")
_ITEM_BREAK = re.compile(r"(?:[,;]|\band\b)(?!.*(?:[,;]|\band\b))", re.DOTALL)


def unkeyed_list_item(text: str, start: int, end: int,
                      mentions: list[CommodityMention]) -> bool:
    """Whether the list item holding the figure at `end` opens with goods with no key, after
    the item before it and its own figure (`marine products 387.3 billion yen and forest
    products 63.8 billion yen`, `salmon $6.5 billion and wine $1.6 billion`): those goods are
    the item's, not the keyed goods of the item before. Only where the item names no keyed
    goods of its own."""
    last = _LAST_FIGURE.search(text, start, end)
    if last is None:
        return False
    cut = _ITEM_BREAK.search(text, last.start(), end)
    if cut is None or any(cut.start() <= m.start < end and not m.generic for m in mentions):
        return False
    # (or set beside them by `at`: `..., followed by cotton at 12%, wool at 6%`)
    return _unkeyed_subject(text, cut.start(), end) or _unkeyed_ranked(
        text, cut.start(), end, mentions)


_RANKED_AT_REACH = 60
"""Characters before a figure looked at for the goods a ranking sets it beside."""


@cache
def _unkeyed_ranked_at() -> re.Pattern[str]:
    """Goods with no key right before `at` and the figure (`ahead of copper at`, `followed by
    sheep at about`), or before a bracket the figure opens (`tungsten ores ($8 million)`), a
    head noun of theirs (`unkeyed_goods_heads`: `nickel ore and concentrate at`) between."""
    heads = "|".join(sorted(word_set("unkeyed_goods_heads"), key=len, reverse=True))
    return re.compile(r"\b(?:" + _unkeyed_phrases() + r")(?:\s+(?:and\s+)?(?:" + heads +
                      r"))*(?:\s+at\s+|\s+\(\s*)(?:(?:about|around|roughly|"
                      r"nearly|almost|some|over|just|only|(?:more|less)\s+than)\s+)?$",
                      re.IGNORECASE)


_AT_FIGURE_END = re.compile(r"(?:\sat\s+|\s\(\s*)(?:(?:about|around|roughly|nearly|almost|some|"
                            r"over|just|only|(?:more|less)\s+than)\s+)?$", re.IGNORECASE)
"""The end of every match of `_unkeyed_ranked_at` (a space and `at`, or a space and the bracket
the figure opens, then a hedge, up to the figure): a window without it holds none, and the goods'
long alternation is not tried at each of its positions."""


def _unkeyed_ranked(text: str, start: int, end: int, mentions: list[CommodityMention]
                    ) -> bool:
    """Whether the figure at `end` is set beside goods with no key by `at`, or opens a bracket
    right after them, in a ranking or list (`Avocados came first at $512 million, ahead of zinc
    at $488 million`, `sesame made up 32%, followed by sheep at 22%`, `ahead of zinc ($2.1
    million)`): the figure is those goods', not the keyed goods of the item before or after.
    Not where the word with no key ends keyed goods that cover it (`liquefied petroleum gas
    ($3.1 billion)`, `diammonium phosphate at $900 million`): those keyed goods are the
    figure's."""
    low = max(start, end - _RANKED_AT_REACH)
    if _AT_FIGURE_END.search(text, low, end) is None:
        return False
    goods = _unkeyed_ranked_at().search(text, low, end)
    return goods is not None and not _in_name(text, goods) and not any(
        not m.generic and m.start <= goods.start() < m.end for m in mentions)


def unnamed_goods(text: str, start: int, end: int, mentions: list[CommodityMention]) -> bool:
    """`ethanol shipments`, `energy deliveries`: goods the taxonomy has no key for name the flow in
    text[start:end], so the commodity is unknown rather than one named elsewhere."""
    if unkeyed_list_item(text, start, end, mentions):
        return True  # `marine products 387 billion yen and forest products 64 billion yen`
    if _unkeyed_ranked(text, start, end, mentions):
        return True  # `..., ahead of gold at US$941 million`
    if any(start <= m.start < end and not m.generic for m in mentions):
        return False
    if _unkeyed_subject(text, start, end):
        return True  # `, while copper earned US$726 million`: the clause's goods have no key
    for bound in _BOUND_GOODS.finditer(text, start, end):
        if _unkeyed_after().match(text, bound.end()):
            return True  # `Inbound rare earths fell 41.1%`
    nouns = _flow_nouns()
    for match in [*nouns.finditer(text, start, end), *_TRADE_NOUN.finditer(text, start, end)]:
        if text.startswith("-", match.end()):
            continue  # `Kpler cargo-tracking data`: a modifier, not the flow
        goods = _unkeyed_before().search(text, max(start, match.start() - 40), match.start())
        if goods is not None and not _goods_as_verb(text, goods):
            return True  # `EU natural gas imports`
        trade_noun = match.re is _TRADE_NOUN
        words = re.findall(r"[A-Za-z’'-]+", text[max(start, match.start() - 30):match.start()])
        if not words:
            continue
        word = words[-1]
        if word.istitle() and len(words) == 1 and SENTENCE_OPENS.search(
                text, max(0, start - 3), start) and country_code(word) is None:
            word = word.lower()  # `Mineral exports earned ...` opening a sentence
        if any(part.rstrip(".") in MONTHS for part in word.lower().split("-")):
            continue  # `January-April purchases`: a period, not goods
        if _all_but_oil(word):
            continue  # `non-oil sales`: every good but oil, a total of trade
        if _other_material_shape(text, word, max(start, match.start() - 30), match.start()):
            return True  # `Aluminium scrap exports`: scrap of a metal with no key
        if _ACRONYM.fullmatch(word) and _key_of(word) is None and country_code(word) is None \
                and word not in ("EU", "UN") and not _agency_tag(text, start, match.start()):
            return True  # `Russian LNG shipments`: goods named by an acronym with no key
        if trade_noun and not _goods_before_trade(text, match.start(), re.findall(
                r"[A-Za-z’'-]+", text[max(start, match.start() - 60):match.start()]), start, word):
            continue  # `goods exports`, `energy imports`: all goods, or a class with keys
        if word.islower() and len(word) > 2 and word not in word_set("flow_modifiers") and \
                word not in word_set("verbs_before_flow") and \
                word not in word_set("count_words") and \
                _key_of(word) is None and not word.endswith(("'s", "’s", "ly")) and not (
                    word.endswith("ing") and word not in word_set("goods_in_ing")):
            # `pushing deliveries beyond the cap`, `expects shipments to reach`: a verb before
            # the flow, not its goods
            return True
    return False


_SUBJECT_NAME = re.compile(r"[A-Z][\w’'.-]*\s+$")
"""A name right before a word (the subject of a verb that is also goods: `China logs`)."""
_FLOW_OF_NEXT = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?i:exports?|imports?|shipments?|sales|"
                           r"purchases|deliveries)\s+of\b")
"""A flow noun with `of` after at most two words (`logs record exports of $30 billion`)."""


def _goods_as_verb(text: str, goods: re.Match[str]) -> bool:
    """`China logs exports of 8 million tonnes of steel`, `Vietnam logs record exports of $30
    billion`: a word that is both goods with no key and a verb (`logs`), after a name and before
    a flow noun with `of`, is the verb of its sentence, not goods."""
    return goods.group().strip().lower() in word_set("verbs_before_flow") and \
        _SUBJECT_NAME.search(text, max(0, goods.start() - 40), goods.start()) is not None and \
        _FLOW_OF_NEXT.match(text, goods.start() + len(goods.group().rstrip())) is not None


def _all_but_oil(word: str) -> bool:
    """`non-oil`, `non-petroleum`: everything sold but oil (the key `oil` itself, not a product
    of it: `non-basmati` is rice, `non-crude` a narrower total), the usual gauge of a total of
    trade without its oil, not goods of their own."""
    return word.lower().startswith("non-") and _key_of(word[4:]) == "oil"


_UNKEYED_CARRIERS = frozenset({"exports", "imports", "shipments", "sales", "purchases",
                               "deliveries", "trade", "cargoes", "supplies", "arrivals"})
"""Flow words whose own goods, named right before or after them, are what they count."""
_FLOW_WORD_OF = re.compile(r"\s+(?:abroad\s+)?(?P<prep>of|in)\s+", re.IGNORECASE)
_PHRASE_STOP = re.compile(r"[,.;:()]")
_PLAIN_WORD = re.compile(r"\b[\w’'-]+")


_OF_BEFORE_GOODS = re.compile(r"\bof\s+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)
_WORD_THEN = re.compile(r"\s+(?:oil\s+)?([a-z]+)\b", re.IGNORECASE)


def counted_as_goods(text: str, mention: CommodityMention) -> bool:
    """Whether goods are named as what a figure or flow counts: after `of` (`88 million tonnes
    of Russian crude`, `cargoes of Sangomar crude`) or before a flow word (`crude imports`), not
    only as a qualifier (`heavy crude upgraders`) or a verb's object (`taken on crude`)."""
    if _OF_BEFORE_GOODS.search(text, max(0, mention.start - 40), mention.start):
        return True
    after = _WORD_THEN.match(text, mention.end)
    return after is not None and after.group(1).lower() in _UNKEYED_CARRIERS


@cache
def _makers() -> re.Pattern[str]:
    """A maker's noun made of the goods word before it (`watchmakers`, `toy makers`), from
    `makers_nouns`."""
    nouns = "|".join(sorted(word_set("makers_nouns"), key=len, reverse=True))
    return re.compile(rf"\b([a-z]{{3,}}?)[\s-]*(?:{nouns})\b", re.IGNORECASE)


_ANY_WORD = re.compile(r"[a-z]+", re.IGNORECASE)


def _makers_sell(text: str, start: int, end: int, code: str | None) -> bool:
    """Whether text[start:end], after a country's makers, tells of their sales:
    a word of `makers_selling_words` and none of `makers_buying_words` (`Chinese steelmakers cut
    purchases, with imports falling 12%`: makers buy inputs, not what they make), and no other
    country named as the seller (`Mexican exports`, `buying from the Netherlands`)."""
    words = {w.group().lower() for w in _ANY_WORD.finditer(text, start, end)}
    if words & word_set("makers_buying_words") or not words & word_set("makers_selling_words"):
        return False
    sellers = word_set("makers_selling_words")
    for country in find_countries(text, start, end):
        if country.code in (None, code):
            continue
        before = text[max(start, country.start - 6):country.start].lower().split()
        after = _ANY_WORD.search(text, country.end, end)
        if (before and before[-1] == "from") or (
                after is not None and after.group().lower() in sellers and
                re.fullmatch(r"(?:['’]s)?\s+", text[country.end:after.start()])):
            return False
    return True


def makers_goods(text: str, start: int, end: int, stop: int) -> tuple[str | None] | None:
    """The goods of the makers text[start:end] names (`Swiss watchmakers sold less to China`,
    `Danish toy makers`, `Korean carmakers`) when the flow from them to `stop` (the sentence's
    end: `Indian drugmakers target $900m of West African sales`) is their sales
    (`_makers_sell`): the key of what they make (`vehicles`), or none (in a tuple) for goods
    with no key (`watches`); None when no country's makers of goods are named (`lawmakers`,
    `Chipmakers in China were the keenest buyers`: makers that buy) or the flow is not theirs."""
    for match in _makers().finditer(text, start, end):
        if not _country_before(text, match.start()):
            continue
        before = _COUNTRY_WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
        code = country_code(before.group(1)) if before is not None else None
        if not _makers_sell(text, match.end(), stop, code):
            continue
        word = match.group(1).lower()
        for form in (word, word + "s", word + "es"):
            key = _key_of(form)
            if key is not None and key != GENERIC:
                return (key,)
            if _unkeyed_anywhere().fullmatch(form):
                return (None,)
    return None


def goods_qualify(text: str, mention: CommodityMention) -> bool:
    """Whether goods named only qualify a noun for works or a trade after them (`a fertilizer
    maker`, `steel mills`, `the oil industry`), so they are no goods of a flow."""
    return _WORKS_AFTER.match(text, mention.end) is not None or \
        _NOT_GOODS_HEAD.match(text, mention.end) is not None


def carries_unkeyed(text: str, mention: CommodityMention, floor: int) -> bool:
    """Whether a bare flow word is bound to goods the taxonomy has no key for, named right
    before it (`Sulphur purchases`, `Diamond trade`) or right after it (`imports of artificial
    graphite`, `trade in raw and manufactured tobacco`): the flow counts those goods, not all
    goods (not `total exports`, nor `Gold Fields shipments`)."""
    word = mention.surface.lower()
    if not mention.generic or word not in _UNKEYED_CARRIERS or TOTAL_BEFORE.search(
            text, max(0, mention.start - 20), mention.start):
        return False
    if _unkeyed_before().search(text, max(floor, mention.start - 40), mention.start):
        return True
    of = _FLOW_WORD_OF.match(text, mention.end)
    if of is None or (of["prep"].lower() == "in" and word != "trade"):
        return False  # (`in` only after `trade`: `exports in value` are no goods)
    # (the goods among the first words after it: `in raw and manufactured tobacco`, `of
    # Russian aluminium`; or any goods word `unkeyed_of` reads, `of medical implants`, unless a
    # name follows it: `of heavy sweet Dar Blend`, a grade of goods named before)
    stop = _PHRASE_STOP.search(text, of.end(), of.end() + 40)
    words = list(_PLAIN_WORD.finditer(text, of.end(), stop.start() if stop else of.end() + 40))
    if any(_unkeyed_after().match(text, w.start()) for w in words[:4]):
        return True
    return word != "trade" and not any(w.group()[:1].isupper() for w in words[1:4]) and \
        unkeyed_of(text, mention.start, mention.end, [mention])


def unkeyed_of(text: str, start: int, end: int, mentions: list[CommodityMention],
               counted: bool = False) -> bool:
    """`imports of Russian aluminium`, (`counted`) `2.75 million tonnes of sunflower seed`: the
    goods after a flow noun's (or an amount's) `of` are some the taxonomy has no key for, so the
    commodity is unknown rather than all trade (`imports of Russian goods` are all trade)."""
    if any(start <= m.start < end and not m.generic for m in mentions):
        return False
    regex = _AMOUNT_OF if counted else _FLOW_OF
    for match in regex.finditer(text, start, min(len(text), end + 40)):  # (look past the end)
        if (counted and match.start() != start) or match.start() >= end:
            break
        word = match["word"]
        if _unkeyed_after().match(text, match.start("word")) or \
                _HYDRO_WORKS.match(text, match.start("word")) or (
                    word.lower() in word_set("flow_only_goods")
                    and not _flow_noun_after(text, match.end("word"))):
            # `imports of natural gas`, `shipments of U.S. liquefied natural gas`, `exports of
            # hydropower turbines`, `imports of aquaculture equipment`
            return True
        if word.isupper():
            if _key_of(word) is None and country_code(word) is None:
                return True  # `4.16 million metric tons of U.S. LNG`: an acronym with no key
            continue
        if match["origin"] and any(m.form != "demonym" for m in find_countries(
                text, match.start("origin"), match.end("origin"))) and (
                word.endswith("ed") or any(lexicon(name).regex.fullmatch(word) for name in (
                    "change_up", "change_down"))):
            continue  # `Exports of China rose`: the owner, then its verb (`of US cotton` is goods)
        head = _NEXT_WORD.match(text, match.end("word"))
        if word.endswith("ed") and head is not None and head.group(1) in _NOT_GOODS_AFTER_OF:
            continue  # `$270 million of banned goods`: a qualifier of goods of every kind
        if word in _NOT_GOODS_AFTER_OF or word in word_set("flow_modifiers") or \
                word in word_set("approximate") or _key_of(word) is not None or \
                any(m.start == match.start("word") for m in mentions):
            continue
        return True
    return False


@cache
def _unkeyed_phrases() -> str:
    """Regex source of the goods with no key (`unkeyed_goods`), longest first, a space in a
    phrase standing for spaces or a hyphen; as a trie (several hundred phrases: a flat
    alternation made every window scan about ten times slower)."""
    return trie_pattern([r"[\s-]+" if char == " " else re.escape(char) for char in phrase]
                        for phrase in word_set("unkeyed_goods"))


@cache
def _unkeyed_anywhere() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + _unkeyed_phrases() + r")\b", re.IGNORECASE)


@cache
def _unkeyed_next() -> re.Pattern[str]:
    return re.compile(r"[ \u00a0]+(?:" + _unkeyed_phrases() + r")(?![\w-])", re.IGNORECASE)


def unkeyed_goods_after(text: str, at: int, works: bool = False) -> bool:
    """Whether goods with no key follow `at` right away, not as the word before another thing
    (`Russian sawn timber`, `Chinese solar modules`; not `Russian gold miners`), nor with
    `works`, before a word for the works that use them (`cement plants`, `gas makers`)."""
    match = _unkeyed_next().match(text, at)
    return match is not None and _NOT_GOODS_HEAD.match(text, match.end()) is None and \
        not _in_name(text, match) and not (works and _WORKS_AFTER.match(text, match.end()))


def unkeyed_goods_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of goods with no key named as goods in text[start:end] (`tea`, `live animals`;
    not the word before another thing, `gold prices`, nor a name's word, `Gold Fields`)."""
    return [match.span() for match in _unkeyed_anywhere().finditer(text, start, end)
            if _NOT_GOODS_HEAD.match(text, match.end()) is None and not _in_name(text, match)
            and not _goods_as_verb(text, match)]


def names_unkeyed(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names goods with no key (`natural gas`, `LNG` aside)."""
    return _unkeyed_anywhere().search(text, start, end) is not None


@cache
def _unkeyed_attributive() -> str:
    """The words that name goods with no key only before a flow noun, as one pattern
    (`unkeyed_goods_before_flow`)."""
    return trie_pattern([re.escape(char) for char in word]
                        for word in word_set("unkeyed_goods_before_flow"))


_VERB_SUBJECT = re.compile(r"(?<![\w-])(?:to|will|would|can|could|may|might|must|should|shall|"
                           r"do|does|did|I|we|you|they|analysts|investors|traders|economists|"
                           r"officials|markets|people|observers|watchers|buyers|sellers|"
                           r"governments|authorities)(?:\s+(?:also|still|now|[a-z]+ly))*\s+$",
                           re.IGNORECASE)
"""Before a word used as a verb (`Analysts watch exports`, `investors closely watch exports`,
`to watch exports`): no goods named there."""


@cache
def _unkeyed_flow() -> re.Pattern[str]:
    """A word that names goods with no key only before a flow noun, with that noun (`Watch
    exports`, `petrochemical shipments`: `unkeyed_goods_before_flow`; not `sales`, mostly at home:
    `toy sales`, `chip sales`)."""
    return re.compile(r"\b(?:" + _unkeyed_attributive() + r")[\s-]+(?:exports?|imports?|"
                      r"shipments)\b", re.IGNORECASE)


def names_unkeyed_goods(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names goods with no key as goods, not as the word before another
    thing (`Gold prices rose`, `Coffee shops are booming`) nor as a cause (`on demand for
    chips`); or names a flow of them by a word that says so only there (`Watch exports`)."""
    if any(_VERB_SUBJECT.search(text, max(start, match.start() - 40), match.start()) is None
           for match in _unkeyed_flow().finditer(text, start, end)):
        return True
    return any(_NOT_GOODS_HEAD.match(text, match.end()) is None and not _in_name(
        text, match) and not _CAUSE_BEFORE.search(
        text, max(start, match.start() - _CAUSE_REACH), match.start())
               and not _goods_as_verb(text, match)
               for match in _unkeyed_anywhere().finditer(text, start, end))


_NEXT_CAPITAL = re.compile(r"\s+[A-Z][a-z]")


def _in_name(text: str, match: re.Match[str]) -> bool:
    """Whether the capitalised goods word matched opens a name with the capitalised word after
    it (`Wood Mackenzie`, `Gold Fields`)."""
    return match.group().lstrip()[:1].isupper() and \
        _NEXT_CAPITAL.match(text, match.end()) is not None


_CAUSE_REACH = 100
"""How far before goods a cause phrase may open (`as demand for artificial intelligence servers
and high-performance chips`: five words between)."""
_CAUSE_BEFORE = re.compile(r"\b(?:on|amid|thanks\s+to|helped\s+by|driven\s+by|boosted\s+by|"
                           r"buoyed\s+by|lifted\s+by|supported\s+by|as\s+demand\s+for|"
                           r"carried\s+by|led\s+by|powered\s+by|fuel(?:l)?ed\s+by|"
                           r"propelled\s+by|spurred\s+by|underpinned\s+by|"
                           r"(?:as|with|because\s+of|due\s+to|owing\s+to)\s+"
                           r"(?:[\w’'-]+\s+){1,3}demand\s+for)\s+"
                           r"(?:[\w%.-]+,?\s+){0,5}$", re.IGNORECASE)
"""Before goods that are a cause, not the flow's (`rose 10% on strong demand for chips`, `helped
by shipments of integrated circuits`, `as demand for high-performance chips boomed`, `rebounded
31%, carried by nickel, cobalt and ...`, `fuelled by copper`, `driven by a 46% fall in
chemicals`: a figure may stand among the words between)."""


_NOT_GOODS_HEAD = re.compile(r"[\s-]+(?:prices?|shops?|reserves?|markets?|mines?|mining|miners?|"
                             r"producers?|industry|industries|sector|companies|company|firms?|"
                             r"futures|demand|rush|standard|medals?|coast|cups?|belt|fields?|"
                             r"bombs?|weapons?|warheads?|tests?|planted|planting|land|acreage)\b",
                             re.IGNORECASE)
"""The word after goods that makes them the first word of another thing (`gold prices`, `a
hydrogen bomb test`, `paddy fields`, `the area of paddy planted`)."""


@cache
def _unkeyed_before() -> re.Pattern[str]:
    """Goods with no key right before a flow noun (`EU natural gas imports`), or a word that
    names such goods only there (`petrochemical exports`, `Rough imports`:
    `unkeyed_goods_before_flow`)."""
    return re.compile(r"\b(?:" + _unkeyed_phrases() + r"|" + _unkeyed_attributive() + r")\s+$",
                      re.IGNORECASE)


@cache
def _unkeyed_after() -> re.Pattern[str]:
    """Goods with no key opening the words after `of` (`imports of natural gas`)."""
    return re.compile(r"(?:" + _unkeyed_phrases() + r")\b", re.IGNORECASE)


_ORIGIN = r"(?P<origin>[A-Z][^\W\d]*(?:[’'.-][^\W\d]*)*\s+)?"
_FLOW_OF = re.compile(r"\b(?i:imports|exports|shipments|deliveries|sales|purchases|arrivals|"
                      r"supplies|intake)(?:\s+abroad)?\s+of\s+" + _ORIGIN +
                      r"(?P<word>[a-z][a-z-]{2,}|[A-Z]{2,5}(?![\w.]))")
_AMOUNT_OF = re.compile(r"\s*of\s+" + _ORIGIN + r"(?P<word>[a-z][a-z-]{2,}|[A-Z]{2,5}(?![\w.]))")
"""(Both take no determiner before the goods: `of the nutrient`, `of the sweetener` stand for
goods named before; a hedge word, `exports of well over 50 million tonnes`, is no goods. The
origin holds no digit: `exports of R191.56 billion`, `purchases of KSh30.4 billion` are amounts
in a currency written with letters, not an origin before goods called `billion`.)"""
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
_NOT_GOODS_AFTER_OF = frozenset({
    "goods", "products", "commodities", "merchandise", "items", "cargo", "cargoes", "freight",
    "between", "about", "around", "roughly", "nearly", "almost", "just", "only", "less", "more",
    "what", "which", "this", "that", "these", "those", "them", "it", "any", "all", "such",
    "everything", "various", "other", "similar", "one", "two", "three", "several", "raw",
    "non-oil", "finished", "consumer", "industrial", "basic", "essential", "strategic",
    "energy", "fuel", "fuels", "food", "stuff", "last", "next", "record", "same", "origin",
    "grades", "grade", "barrels", "tonnes", "tons", "ore", "volume", "volumes", "value", "worth",
    "total", "year", "years", "month", "months", "period", "season", "supply", "supplies",
    "well", "close", "upwards", "slightly", "approximately", "above", "below", "over", "under",
    "some"})
"""Words after `of` that name all goods, hedge a figure, stand for goods named before (`bpd of
Russian grades`, `of the ore`, `of Russian origin`) or qualify goods named after them."""


_ACRONYM = re.compile(r"[A-Z]{2,5}")
_AGENCY_TAG = re.compile(r"(?:^|[^a-z\s])\s*\([A-Z]{2,5}\)\s*(?:[-\u2013\u2014:]\s*)?$")
"""A news agency's tag in a dateline, right before a flow noun: `Seoul, Jan 1 (IANS) Shipments`,
`NEW DELHI (PTI) Imports`; not goods' acronym after their name (`natural gas (LNG) imports`)."""


def _agency_tag(text: str, start: int, at: int) -> bool:
    """Whether text[start - 40:at], the words before a flow noun at `at` with up to 40
    characters before the stretch's start `start` (a dateline may end just before it), ends with
    a news agency's tag in parentheses after no lower-case word (`(IANS) Shipments`): a
    dateline, not goods."""
    return _AGENCY_TAG.search(text[max(0, start - 40):at]) is not None


_TRADE_NOUN = re.compile(r"\b(?:exports|imports|(?:export|import)(?=\s+(?:earnings|revenues?|"
                         r"receipts|volumes?|values?|bill|income)\b))\b", re.IGNORECASE)
"""(`gallium exports`, `forestry export earnings`: goods with no key before a trade noun, like
`ethanol shipments`)"""


def _goods_before_trade(text: str, at: int, words: list[str], start: int, word: str) -> bool:
    """`gallium exports`, `China's germanium exports`: the one word before `exports` names goods
    (it opens its noun phrase: after a possessive, a determiner, a country or at the sentence's
    start), not a qualifier (`cumulative`, `first-quarter`, `re-`) or a verb (`believe`)."""
    if "-" in word and word != "dual-use":
        return False  # (`shadow-fleet exports`, `year-on-year exports`: a qualifier)
    if text[at - 1:at] != " " or word in _NOT_GOODS_AFTER_OF or word in \
            _NOT_GOODS_BEFORE_TRADE or word.endswith(("ed", "-")) or any(
                part in _QUALIFIER_PARTS for part in word.split("-")[:-1] + word.split("-")[1:]
                if "-" in word) or (word.endswith(_ADJECTIVE_ENDINGS)
                                    and word not in _GOODS_LIKE_ADJECTIVES):
        return False
    # (goods of two or three words: `flake graphite exports`, `electronic component exports`)
    # (and their qualifiers: `China's permanent magnet exports`)
    index = len(words) - 2
    while index >= 0 and len(words) - 2 - index < 3 and words[index].islower() and \
            words[index] not in _OPENS_NOUN_PHRASE and not words[index].endswith(
                ("ed", "'s", "’s")) and words[index] not in _VERBS_BEFORE_TRADE:
        index -= 1
    if index >= 0 and re.search(re.escape(words[index]) + r"\s*,\s+(?:[\w-]+\s+){0,3}$",
                                text[max(0, at - 80):at]):
        return True  # `In January-June, magnet exports fell`: the clause's noun phrase
    if index < 0:
        return SENTENCE_OPENS.search(text, max(0, start - 3), start) is not None
    previous = words[index]
    return previous.lower() in _OPENS_NOUN_PHRASE or previous.endswith(("'s", "’s", "s'")) or \
        previous.lower() in MONTHS or (
        previous[0].isupper() and country_code(previous.rstrip("'’s")) is not None) or (
        previous.istitle() and index == 0 and word not in _VERBS_BEFORE_TRADE
        and SENTENCE_OPENS.search(text, max(0, start - 3), start) is not None)


_OPENS_NOUN_PHRASE = frozenset({"the", "its", "their", "his", "her", "our", "of", "in", "on",
                                "for", "with", "and", "by", "from", "as", "whose", "than"})
_ADJECTIVE_ENDINGS = ("ive", "ous", "ary", "ual", "ial", "ern", "ble", "ful",
                      "less", "free", "wide", "al", "ic", "ward", "wards", "ly")
_GOODS_LIKE_ADJECTIVES = frozenset({"mineral", "metal", "chemical", "animal", "charcoal",
                                    "plastic", "ceramic", "electronic", "pharmaceutical",
                                    "cement", "photovoltaic", "electrical"})
_QUALIFIER_PARTS = frozenset({"quarter", "half", "year", "years", "month", "months", "date",
                              "border", "borne", "regional", "free", "tariff", "term", "on",
                              "to", "first", "second", "third", "fourth", "full", "cross",
                              "intra", "re", "non"})
_VERBS_BEFORE_TRADE = frozenset({
    "believe", "note", "fear", "say", "said", "says", "think", "suggest", "indicate", "argue",
    "claim", "predict", "warn", "hope", "mean", "expect", "show", "found", "find", "estimate",
    "help", "hurt", "curb", "restrict", "limit", "allow", "ban", "lift", "boost", "cut", "raise",
    "hit", "spur", "drive", "push", "see", "saw", "report", "reported", "data"})
_NOT_GOODS_BEFORE_TRADE = frozenset({
    "versus", "however", "also", "meanwhile", "still", "net", "gross", "nominal", "real", "whose",
    "non-energy", "higher", "lower", "bigger", "larger", "greater", "smaller", "stronger",
    "weaker", "faster", "slower", "cheaper", "further", "earlier", "later", "military",
    "civilian", "legal", "formal", "informal", "domestic", "regional", "global", "national",
    "world", "world's", "critical", "sensitive", "strategic", "key", "services", "service",
    "parallel", "grey", "gray", "shadow", "overall", "average", "peak", "record", "combined",
    "recent", "current", "different", "significant", "relevant", "important", "dominant",
    "apparent", "subsequent", "frequent", "permanent", "prominent", "excellent", "urgent",
    "independent", "consistent", "constant", "abundant", "vibrant", "resilient", "own", "strong",
    "weak", "cheap", "sluggish", "lost", "wartime", "westbound", "eastbound", "northbound",
    "southbound", "mainland", "main", "big", "small", "large", "new", "old", "total", "usual",
    "normal", "legitimate", "illicit", "seaborne", "monthly", "annual", "yearly", "daily"})
"""Words before `exports`/`imports` that qualify the flow, not name its goods (with participles:
`banned exports`)."""
SENTENCE_OPENS = re.compile(r"(?:^|[.!?]\s+|\n)$")
"""Before the first word of a sentence."""


def counted_key(unit: str) -> str | None:
    """The taxonomy key of goods counted in `unit` (`vehicle` -> vehicles, `car/month` too),
    else None."""
    counted, _, per = unit.partition("/")
    if per in FLOW_TIMES:
        unit = counted
    return _key_of(unit) or _key_of(unit + "s")


_AND_GAP = re.compile(r"\s*(?:,\s*)?(?:and|or|&)\s+(?:other\s+|some\s+)?", re.IGNORECASE)


@cache
def _and_qualified_gap() -> re.Pattern[str]:
    """The last `and` of a list before an item with a participle of its own (`and blended
    gasoline`, `and frozen fish`), by the endings of `qualified_item_endings`."""
    endings = "|".join(sorted(word_set("qualified_item_endings"), key=len, reverse=True))
    return re.compile(_AND_GAP.pattern + rf"[a-z]+(?:{endings})\s+", re.IGNORECASE)
_LIST_COMMA = re.compile(r"\s*,\s*")
"""Between two items of a list of goods before its last `and` (`rice, flour, sugar and ...`)."""


def _listed_together(index: int, ordered: list[CommodityMention], text: str
                     ) -> list[CommodityMention]:
    """The goods of the list the mention at `index` belongs to: neighbours joined to it by commas
    or `and`/`or` and nothing else (`crude, condensate and refined petroleum products`), where
    at least one join is `and`/`or` (a comma alone may set off an appositive: `crude, the main
    item`); goods of every kind (`goods`, `trade`) end the list. Just the mention otherwise."""
    def joined(first: CommodityMention, second: CommodityMention) -> str | None:
        if first.generic or second.generic:
            return None
        if _AND_GAP.fullmatch(text, first.end, second.start):
            return "and"
        if _and_qualified_gap().fullmatch(text, first.end, second.start):
            return "and-qualified"
        return "comma" if _LIST_COMMA.fullmatch(text, first.end, second.start) else None

    low, high = index, index
    joins: list[str] = []
    while low > 0 and (join := joined(ordered[low - 1], ordered[low])) is not None:
        low, joins = low - 1, [*joins, join]
    while high + 1 < len(ordered) and (join := joined(ordered[high], ordered[high + 1])):
        high, joins = high + 1, [*joins, join]
    # (a last item with a qualifier of its own closes a list only after commas: `crude, fuel oil
    # and blended gasoline`; `sold crude and imported gasoline` may be two clauses)
    listed = "and" in joins or ("and-qualified" in joins and "comma" in joins)
    return ordered[low:high + 1] if listed else [ordered[index]]


def coordinated(mention: CommodityMention, mentions: list[CommodityMention],
                text: str) -> str | None:
    """`grain and foodstuffs`, `crude and refined products`: goods named together are the most
    specific key true of all of them (`food`, `oil`; a list too: `crude, condensate and refined
    petroleum products` is oil, `rice, flour, sugar and other staples` food); goods with no
    common key are goods of every kind together (`trade`: `fuel, fertiliser and food worth $100
    million`)."""
    key = mention.key
    if mention.generic:
        return key
    ordered = sorted(mentions, key=lambda m: m.start)
    # (the mention may be any item of the list: `exports of crude and refined products`)
    index = next((i for i, m in enumerate(ordered) if m == mention), None)
    if index is None:
        return key
    listed = _listed_together(index, ordered, text)
    families = _family_joined(text, listed[0].start, listed[-1].end,
                              any(_sold_beside_unkeyed(m.key) for m in listed))
    keys = [m.key for m in listed] + families
    if "trade" in families and not _farm_fishery_forestry(text, listed):
        return None  # `coal and forest products exports`: two sectors, neither all trade
    if len(keys) < 2:
        return key
    common = [k for k in ancestors(keys[0]) if all(k in ancestors(other) for other in keys[1:])]
    return common[0] if common else "trade"


_FARM_WORD = re.compile(r"\b(?:agricultur\w*|agri\w*|farm\w*|agro\w*)\b", re.IGNORECASE)
"""A farm word near a list of fishery and forestry goods (`agricultural, forestry and fishery
exports`): the three primary sectors together."""
_FARM_REACH = 60
"""Characters around such a list read for a farm word."""


def _farm_fishery_forestry(text: str, listed: list[CommodityMention]) -> bool:
    """Whether forestry goods (family `trade`) are listed with farm and fishery goods and no
    others (`agricultural, forestry and fishery exports`), the three primary sectors together:
    all trade. Forestry with other keyed goods (`coal and forest products`) names no one kind."""
    keys = {k for m in listed for k in ancestors(m.key)}
    if "seafood" not in keys or any(not {"seafood", "food"} & set(ancestors(m.key))
                                    for m in listed):
        return False
    floor = max(text.rfind(". ", 0, listed[0].start) + 1, listed[0].start - _FARM_REACH)
    return "food" in keys or _FARM_WORD.search(
        text, floor, min(len(text), listed[-1].end + _FARM_REACH)) is not None


@cache
def _families() -> tuple[tuple[re.Pattern[str], re.Pattern[str], str], ...]:
    """Per family key (`unkeyed_goods_families`): its unkeyed goods right after a list's `and`
    (`grain and oilseeds`) and right before one (`oilseeds and grain`)."""
    families = cue_data()["unkeyed_goods_families"]
    return tuple((re.compile(_AND_GAP.pattern + r"(?:" + words + r")\b", re.IGNORECASE),
                  re.compile(r"\b(?:" + words + r")" + _AND_GAP.pattern + r"$", re.IGNORECASE),
                  key)
                 for key, listed in families.items() if key in commodities()
                 for words in ["|".join(re.escape(word) for word in listed)])


_RESPECTIVE_REACH = 400
"""Characters after a list of goods within which its sentence may still split it (`...,
respectively`)."""


def _family_joined(text: str, start: int, end: int, beside: bool = False) -> list[str]:
    """The family keys of goods with no key joined by `and`/`or` to the list of keyed goods at
    [start, end) (`grain and oilseed exports`, `oilseeds or grain` -> food): goods named together
    are the most specific key true of all of them, and these belong to their family though they
    name no key alone. Not a list whose items have figures of their own (`Oil seeds and
    textiles earned $108 million and $99.9 million, respectively`)."""
    limit = min(len(text), end + _RESPECTIVE_REACH)  # (a bounded look: not to a stopless end)
    stop = _SENTENCE_STOP.search(text, end, limit)
    if "respectively" in text[end:stop.start() if stop else limit]:
        return []
    keys = [key for after, before, key in _families()
            if after.match(text, end) or before.search(text, max(0, start - 30), start)]
    if beside and (_beside_list_end(text, end) is not None
                   or _beside_before().search(text, max(0, start - 40), start)):
        # (`garments, footwear and travel goods`, `leather goods and garments`: shoes are no
        # textiles; the list is of goods of every kind, a key no family holds)
        keys.append(NO_FAMILY)
    return keys


_LIST_REACH = 80
"""Characters before goods with no key within which a list's keyed goods may stand."""


def listed_with_keyed(text: str, start: int, end: int, mentions: list[CommodityMention]) -> bool:
    """Whether text[start:end] holds the flow noun or `worth` of a list joining keyed goods to
    goods of no family (`garments, footwear and travel goods exports`, `consignments of apparel,
    shoes and travel goods`): the flow is of all the listed goods, not of the unkeyed ones alone.
    Not other goods with no key near such a list (`garment and footwear sector slowed, while
    cashew exports rose`)."""
    for m in mentions:
        if m.generic or not start - _LIST_REACH <= m.start or m.end > end \
                or not _sold_beside_unkeyed(m.key):
            continue
        close = _beside_list_end(text, m.end)
        if close is None:
            continue
        head = _list_head().match(text, close)
        if head is not None and start <= head.end() - 1 and head.start(1) < end:
            return True  # (`... travel goods exports`, `... worth`)
        of = _list_of().search(text, max(0, m.start - 40), m.start)
        if of is not None and start < close <= end:
            return True  # (`Consignments of apparel, shoes and travel goods ... were valued`)
    return False


def _list_flow_nouns() -> str:
    """The flow nouns a list of goods may head: exports, imports, trade and the `flow_nouns` of
    claim_cues.json (`shipments`, `consignments`, `sales` ...)."""
    nouns = sorted(word_set("flow_nouns") | {"export", "exports", "import", "imports", "trade"},
                   key=len, reverse=True)
    return "|".join(re.escape(noun) for noun in nouns)


@cache
def _list_head() -> re.Pattern[str]:
    """The flow noun or value word right after a list of goods (`... and travel goods exports`,
    `... worth`)."""
    return re.compile(r"\s+(" + _list_flow_nouns() + r"|worth|valued)\b", re.IGNORECASE)


@cache
def _list_of() -> re.Pattern[str]:
    """A flow noun and `of` right before a list of goods (`Consignments of apparel, ...`)."""
    return re.compile(r"\b(" + _list_flow_nouns() + r")\s+(?:of|in)\s+(?:[a-z-]+\s*,\s*|"
                      r"[a-z-]+\s+)*$", re.IGNORECASE)


def _sold_beside_unkeyed(key: str | None) -> bool:
    """Whether goods of `key` are those sold beside shoes and travel goods
    (`keys_beside_unkeyed_goods`: textiles), so a list of them with those is all trade."""
    return key is not None and any(k in word_set("keys_beside_unkeyed_goods")
                                   for k in (key, *ancestors(key)))


def _beside_list_end(text: str, end: int) -> int | None:
    """Where the run of goods of no family after keyed goods ending at `end` ends
    (`garments, footwear and travel goods`), if they are a list's items: joined by `and`/`or`,
    or by commas only in a list that closes with `and`/`or` and an item or a flow noun (not
    `garments, footwear makers said`, `textiles, shoes accounting for`); and not the goods'
    makers (`garment and footwear makers`, `list_modified_nouns`)."""
    pos, closed, found = end, False, False
    while (item := _beside_keyed().match(text, pos)) is not None:
        found, pos = True, item.end()
        closed = closed or _AND_GAP.match(text, item.start()) is not None
    if not found:
        return None
    if not closed and _CLOSING_AND.match(text, pos) is None and \
            _list_head().match(text, pos) is None:
        return None  # (but a headline's `garment, shoe, travel goods exports`)
    after = _WORD_AFTER.match(text, pos)
    if after is not None and after[1].lower() in word_set("list_modified_nouns"):
        return None
    return pos


_CLOSING_AND = re.compile(r"\s*,?\s*(?:and|or|&)\s+\w", re.IGNORECASE)
"""A list's closing `and` with its last item (`textiles, shoes and toys`)."""


@cache
def _beside_before() -> re.Pattern[str]:
    """Goods of no family (`unkeyed_goods_beside_keyed`) right before keyed goods' `and`/`or`
    or a list's comma (`leather goods and garments`)."""
    words = "|".join(re.escape(word) for word in word_set("unkeyed_goods_beside_keyed"))
    return re.compile(r"\b(?:" + words + r")(?:" + _AND_GAP.pattern + r"|\s*,\s*)$",
                      re.IGNORECASE)


NO_FAMILY = ""
"""The family of goods with no key that belong to none narrower than all goods: no key's
ancestors hold it, so a list with them shares no key and is `trade`."""


@cache
def _beside_keyed() -> re.Pattern[str]:
    """Goods with no key and no family (`unkeyed_goods_beside_keyed`) right after keyed goods'
    `and`/`or` or a list's comma (`garments, footwear and travel goods`)."""
    words = "|".join(re.escape(word) for word in word_set("unkeyed_goods_beside_keyed"))
    return re.compile(r"(?:" + _AND_GAP.pattern + r"|\s*,\s*)(" + words + r")\b",
                      re.IGNORECASE)


_RESTATED_SHARE = re.compile(r"(?:\s+(?:of|in|over|during|for|between|from|abroad)\b"
                             r"[^,;.()]{0,50}?)?\s*,?\s+(?:or|equal\s+to|equivalent\s+to)\s+"
                             + hedge_pattern(True), re.IGNORECASE)
"""Between an amount and the share restating it as a part of a total (`$6.2 billion of gold
abroad in 2019, or 36% of`, `$3.1 billion or 41.5% of`, `, equal to 77% of`)."""


def restates_amount(text: str, amount_end: int, share_start: int,
                    mentions: list[CommodityMention]) -> bool:
    """Whether the share at `share_start` restates the amount ending at `amount_end` as a part
    of a total (`sold $6.2 billion of gold abroad in 2019, or 36% of its exports`) with no keyed
    goods between them: the share is of the amount's goods (the part), keyed or not, not of the
    total it is taken from."""
    return _RESTATED_SHARE.fullmatch(text, amount_end, share_start) is not None and not any(
        not m.generic and amount_end <= m.start < share_start for m in mentions)


_LIST_JOIN = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)"
_LIST_ITEM = r"(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*"
_LIST_GAP = re.compile(_LIST_JOIN + r"(?:" + _LIST_ITEM + _LIST_JOIN + r"){0,3}"
                       r"(?:[a-z][\w-]*\s+){0,2}")
"""Between two goods of one list: a comma or `and`/`or`, then other items and up to two words
before the next goods (`fruits, vegetables and cut flowers`)."""
_LIST_REACH_UNKEYED = 80
_LIST_AND = re.compile(r"\b(?:and|or)\b|&")
_LIST_CLOSE = re.compile(r"(?:\s*,\s*" + _LIST_ITEM + r")*\s*,?\s+(?:and|or|&)\s")
_OWN_FIGURE_BEFORE = re.compile(r"(?:\d|\b(?:million|billion|thousand|trillion|tonnes|tons|"
                                r"barrels|bales|units))\S*\s+of(?:\s+[a-z-]+){0,2}\s*$")
_OWN_FIGURE_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?(?:worth|valued\s+at)\s+\D{0,6}\d")
"""Goods with a figure of their own: `12 million tonnes of wheat`, `cotton yarn worth $1
billion`."""


@cache
def _list_goods_word() -> re.Pattern[str]:
    """A word for goods in general (`list_goods_words`: `goods`, `products`)."""
    words = "|".join(sorted(word_set("list_goods_words"), key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


def _apart(text: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Whether two goods that seem one list are two clauses' or two figures' goods: a verb of a
    flow between them (`wheat and exported cotton`), or each with a figure of its own (`4
    million tonnes of rice, mostly basmati, and cotton yarn worth $1 billion`)."""
    if any(lexicon("flow", kind).search(text, first[1], second[0])
           for kind in ("export", "import", "two_way")):
        return True
    aside = _aside_before().search(text, max(0, first[0] - 40), first[0])
    figure_end = aside.start() if aside else first[0]
    return _OWN_FIGURE_BEFORE.search(text, max(0, figure_end - 60), figure_end) is not None and \
        _OWN_FIGURE_AFTER.match(text, second[1]) is not None


@cache
def _aside_before() -> re.Pattern[str]:
    """Before goods: an aside naming the main part of goods before (`rice, mostly basmati`;
    `main_hedge_adverbs`), the goods before holding the figure."""
    words = "|".join(sorted(word_set("main_hedge_adverbs"), key=len, reverse=True))
    return re.compile(rf",\s+(?:{words})\s+(?:[a-z-]+\s+)?$")


def listed_with_unkeyed(text: str, mention: CommodityMention) -> bool:
    """Whether keyed goods are listed with goods with no key of no key's family (`flowers,
    vegetables and fruit`, `fresh fruit and cut flowers`): the list as a whole has no key (not
    the textiles lists with shoes and travel goods, all trade, `_sold_beside_unkeyed`)."""
    if mention.generic or _sold_beside_unkeyed(mention.key):
        return False
    floor, ceiling = max(0, mention.start - _LIST_REACH_UNKEYED), mention.end + _LIST_REACH_UNKEYED
    kept = word_set("unkeyed_list_partners_kept")
    for a, b in unkeyed_goods_spans(text, floor, min(len(text), ceiling)):
        if text[a:b].lower() in kept or text[a - 1:a] == "-":
            continue  # (nor a word inside a compound: `high-sulphur fuel oil`)
        first, second = ((a, b), (mention.start, mention.end)) if b <= mention.start else \
            ((mention.start, mention.end), (a, b))
        close = _LIST_CLOSE.match(text, second[1])
        if second[0] >= first[1] and _LIST_GAP.fullmatch(text, first[1], second[0]) and (
                _LIST_AND.search(text, first[1], second[0]) or close) and \
                not _list_goods_word().search(text, first[0], close.end() if close else second[1]) \
                and not _apart(text, first, second):
            # (a list closed by `and` or `or`, not `After cut flowers, vegetables`; a list with
            # a word for goods in general, `farm, forestry and fishery goods and food`, is trade)
            return True
    return False



_WORTH_GAP = re.compile(r"\s+(?:(?!(?:were|was|is|are|be|been|being)\s)[a-z-]+\s+)?"
                        r"(?:worth|valued\s+at)\s+(?:(?:about|around|some|nearly|almost|over|"
                        r"roughly)\s+|more\s+than\s+)?")


def worth_of_unkeyed(text: str, start: int, mentions: list[CommodityMention]) -> bool:
    """Whether the figure at `start` is the worth of goods with no key right before it, in a
    clause of their own (`and exported cotton worth $500 million`): it is theirs, not keyed goods'
    named earlier; not goods listed with keyed ones (`beef and cow leather were worth`), a word for
    goods in general (`such products worth`) or part of keyed goods' name (`gas oil worth`)."""
    spans = unkeyed_goods_spans(text, max(0, start - 60), start)
    if not spans:
        return False
    a, b = spans[-1]
    if text[a:b].lower() in word_set("unkeyed_list_partners_kept") or \
            _list_goods_word().search(text, a, b) or \
            _WORTH_GAP.fullmatch(text, b, start) is None:
        return False
    keyed = [m for m in mentions if not m.generic]
    return not any(m.end > a and m.start < start for m in keyed) and not any(
        m.end <= a and _LIST_GAP.fullmatch(text, m.end, a) and not _apart(
            text, (m.start, m.end), (a, b)) for m in keyed)
