"""Country mentions in a text and the grammatical cue each one carries.

A mention is a country name, short form, demonym, capital or region from
`knowledge/countries.json` (plus ISO names from pycountry), or a pronoun that stands for one
(`its`, `the country`). Each mention records the word before it (`to`, `from`, `with`,
`between`, ...) and whether it is possessive (`Russia's`), which is what `roles.py` uses to tell
exporter from importer. Organisation names that contain a country (`Daily NK`,
`U.S. dollar`) are masked first.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Literal

import pycountry

from tradetrace.extract.cues import any_literal, cue_data, lexicon
from tradetrace.extract.tries import phrase_atoms, trie_pattern
from tradetrace.knowledge import load_json
from tradetrace.knowledge.countries import longer_forms, shared_short_names

Form = Literal["name", "demonym", "capital", "region", "pronoun"]
_POSSESSIVE = re.compile(r"^(?:['’`]s?)(?!\w)")
RANKED_ROLE_NOUNS = lexicon("ranked_roles", "buyer").regex.pattern + "|" + \
    lexicon("ranked_roles", "seller").regex.pattern
"""The roles a country is ranked in (`the top supplier`, `its biggest customer`)."""
_ROLE_NOUNS = r"(?:" + RANKED_ROLE_NOUNS + r"|partners?)"
ROLE_APPOSED = re.compile(r"\s+(?:[\w-]+\s+){0,2}?" + _ROLE_NOUNS + r",\s+(?:the\s+)?$")
"""After a possessive pronoun, before a country: the role the country plays for the pronoun's
owner (`its biggest supplier, Saudi Arabia`)."""
_CUE_BEFORE = re.compile(
    r"(?<!\w)(?P<cue>(?:ended|ends|end|ending)\s+up\s+in|land(?:ed|ing|s)\s+in|"
    # `to buyers in China`, `from suppliers in Liaoning`: the trader stands for its country
    r"(?:to|from)\s+(?:[\w-]+\s+)?(?:buyers|customers|clients|importers|refiners|refineries|"
    r"traders|firms|companies|suppliers|sellers|producers|exporters|end-users|users|consumers)\s+in|"
    # `Buyers in the UK lifted their purchases`: the buyers stand for their country
    r"(?:buyers|customers|importers|purchasers)\s+in|"
    r"arriv(?:ed|ing|es|als?)\s+in|bound\s+for|destined\s+for|"
    r"head(?:s|ed|ing)?\s+for|sail(?:s|ed|ing)?\s+for|left|leaving|leaves|departed|"
    r"departing|reach(?:ed|es|ing)?|to|into|towards?|from|out\s+of|with|between|and|of|by|in|at|on|for|"
    r"via|through|off|than|against|across|inside|within|near)\s+(?:the\s+|an?\s+|all\s+|total\s+)?"
    # `to neighbouring Thailand`, `with war-torn Syria`: an epithet between
    r"(?:(?:neighbou?ring|nearby|landlocked|war-torn|sanctions-hit|cash-strapped|impoverished|"
    r"isolated|oil-rich|blockaded|[A-Za-z]+-(?:held|controlled|run|occupied|placed|ranked))\s+)?"
    # `from its biggest supplier, Saudi Arabia,`: a role set before the name, with its owner
    r"(?:(?:its|their|his|her)\s+(?:[\w-]+\s+){0,2}?" + _ROLE_NOUNS + r",\s+(?:the\s+)?)?"
    # `by the Siberian region of Kuzbass`: the preposition before a part of the country
    r"(?:(?:[A-Z][\w-]+\s+)?(?:region|province|port|city|state|oblast|krai)\s+of\s+"
    r"(?:the\s+)?)?$",
    re.IGNORECASE,
)
_BUYERS_OPEN = re.compile(r"(?:buyers|customers|importers|purchasers) in$")
"""The cue `Buyers in` (not `to buyers in`), in lower case."""
_AND_COUNTRY = re.compile(r"[\w.’'-]+(?:\s+[A-Z][\w.’'-]*){0,2}(?:,\s+(?:the\s+)?[A-Z][\w.’'-]*)*"
                          r",?\s+(?:and|or)\s+(?:the\s+)?[A-Z]")
"""After the country of `Buyers in`: more countries listed with it (`Pakistan and Egypt`)."""
_RESPECTIVELY = re.compile(r"(?:[^.;\n]|\.(?=\w))*?\brespectively\b")
"""The rest of a sentence that pairs its countries with figures one by one (`Buyers in the US and
the UAE took 14.26 and 17.08 million kg, respectively`; a dot inside `U.S.` or `14.26` is no
sentence end)."""
_FORMAL_NAME = re.compile(r"(?<!\w)(?:the\s+)?(?:Republic|Kingdom|Federation|Sultanate|State|"
                          r"Commonwealth|Principality|Emirate|Union)\s+of\s+(?:the\s+)?$")
"""`the Republic of Cuba`: the country's formal name, whose `of` is no cue."""
_EPITHET_BEFORE = re.compile(r"(?<!\w)(?:political|longtime|long-time|close|closest|old|"
                             r"traditional|key|main|communist|fellow)\s+(?:ally|partner|friend|"
                             r"neighbou?r)\s+$")
"""`shipments to political ally Cuba`: a description set before the name, whose cue is the
description's."""


_FORMAL_NOUNS = any_literal("Republic", "Kingdom", "Federation", "Sultanate", "State",
                          "Commonwealth", "Principality", "Emirate", "Union")
"""The literal words one of which every `_FORMAL_NAME` match holds."""
_EPITHET_NOUNS = any_literal("ally", "partner", "friend", "neighbo")
"""The literal words one of which every `_EPITHET_BEFORE` match holds."""


def name_start(text: str, at: int, floor: int = 0) -> int:
    """Where the name of a country mentioned at `at` begins: before `the Republic of` when its
    formal name is written (`supply the Republic of Cuba with`)."""
    low = max(floor, at - 40)
    formal = (_FORMAL_NAME.search(text, low, at) if _FORMAL_NOUNS.search(text, low, at)
              else None) or (_EPITHET_BEFORE.search(text, low, at)
                             if _EPITHET_NOUNS.search(text, low, at) else None)
    return formal.start() if formal else at


def _cue_at(text: str, floor: int, at: int) -> str | None:
    """The preposition (or verb of arrival) right before a mention that starts at `at`."""
    # (no look reaches further back than 128 characters before `at`: the cue starts at most
    # 48 before it and the widest look before the cue is 80, so a lower floor reads alike)
    return _cue_before(text, max(floor, at - 128), at)


@lru_cache(maxsize=4096)  # (a mention is read by the sentence, its clauses and the whole text)
def _cue_before(text: str, floor: int, at: int) -> str | None:
    low = max(floor, at - 48)
    found = _CUE_BEFORE.search(text, low, at) if _may_end_cue(text, low, at) else None
    near = max(floor, at - 24)
    if _BUYER_NOUNS.search(text, near, at) and _BUYERS_IN.search(text, near, at) and \
            _BUYERS_TOOK.match(text, at):
        # `Buyers in the United States took the largest slice`: the buyers opening a sentence
        # stand for their country when they take the goods (buyers, customers, importers or
        # purchasers `in` a country are a destination anyway, `_CUE_BEFORE`; this keeps
        # `Refiners in X took`)
        return "into"
    if found is None:
        return None
    spoken = _SPACES.sub(" ", found["cue"].lower())
    cue = _normal_cue(spoken)
    if _BUYERS_OPEN.match(spoken) and \
            _AND_COUNTRY.match(text, at) and not _RESPECTIVELY.match(text, at):
        return "in"  # `Buyers in Pakistan and Egypt took`: buyers of several, no single side
    if cue == "for" and (_DESTINATION_FOR.search(text, max(floor, found.start() - 40),
                                                 found.end("cue"))
                         or _GIFT_FOR.search(text, max(floor, found.start() - 80), found.start())
                         or _AID_FOR.search(text, max(floor, found.start() - 60), found.start())
                         or _DEPARTED_FOR.search(text, max(floor, found.start() - 100),
                                                 found.end("cue"))):
        return "into"  # `crude loaded for India`, `pledged 1 million tons of wheat for Kenya`
    return cue


_CUE_TAILS = frozenset({
    "in", "for", "left", "leaving", "leaves", "departed", "departing", "reach", "reached",
    "reaches", "reaching", "to", "into", "toward", "towards", "from", "of", "with", "between",
    "and", "by", "at", "on", "via", "through", "off", "than", "against", "across", "inside",
    "within", "near", "the", "a", "an", "all", "total", "neighbouring", "neighboring", "nearby",
    "landlocked", "torn", "hit", "strapped", "impoverished", "isolated", "rich", "blockaded",
    "held", "controlled", "run", "occupied", "placed", "ranked"})
"""The last word of every part that can end a `_CUE_BEFORE` match (its cue, article, epithet,
or the `of` and `the` of a part of the country): the word before the mention is one of them."""


def _may_end_cue(text: str, low: int, at: int) -> bool:
    """Whether `_CUE_BEFORE` can match in text[low:at]: a pre-check on the word before `at`.
    Every match ends in white space after a word of `_CUE_TAILS` (or after the comma of an
    apposed role), and that word is a whole word (the cue opens on a word boundary, the other
    parts after white space); a word with a letter outside ASCII, which the regex's IGNORECASE
    may fold otherwise than `str.lower`, is left to the regex."""
    if at <= low or not text[at - 1].isspace():
        return False
    words = text[low:at].split()  # (`str.split` and `\s` agree on what white space is)
    if not words:
        return False  # (nothing but white space in the window: no cue)
    word = words[-1]
    if not word.isascii():
        return True
    if word[-1] == ",":
        return True
    cut = len(word)
    while cut > 0 and (word[cut - 1].isalnum() or word[cut - 1] == "_"):
        cut -= 1
    return word[cut:].lower() in _CUE_TAILS


_BUYERS_IN = re.compile(r"(?<![\w-])(?-i:Buyers|Customers|Importers|Refiners)\s+in\s+(?:the\s+)?$")
_BUYER_NOUNS = any_literal("Buyers", "Customers", "Importers", "Refiners")
"""The literal nouns one of which every `_BUYERS_IN` match holds."""
_BUYERS_TOOK = re.compile(r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+(?:took|bought|"
                          r"purchased|imported|absorbed|received|snapped\s+up|accounted\s+for)\b")
_DESTINATION_FOR = re.compile(r"\b(?:loaded|loadings?|bound|destined|headed|heading|earmarked|"
                              r"booked|shipped|sent|sailing|intended|ordered|export\s+"
                              r"(?:targets?|goals?|quotas?))(?:\s+(?:at|in|from)\s+(?-i:[A-Z])[\w-]*"
                              r"(?:\s+(?-i:[A-Z])[\w-]*)?)?\s+for$", re.IGNORECASE)
"""Before a `for` naming the destination (`Russian crude loaded for India`, `cargoes earmarked
for China`, `scallop export targets for Vietnam`)."""
_DEPARTED_WORD = (r"(?![.;:\n]|\b(?:its|their|his|her|forecasts?|estimates?|unchanged|room|"
                  r"behind|by|who|which|that|whose|news)\b)")
_DEPARTED_FOR = re.compile(r"\b(?:left|leaving|leaves|sailed|sails|sailing|departed|departing|"
                           r"set\s+sail)\b(?:\s+for|(?:" + _DEPARTED_WORD + r"(?!,(?!\d)).)*"
                           r"(?<!ing)(?<!ed)\s+for|(?:" + _DEPARTED_WORD + r".)*,\s+for)$",
                           re.IGNORECASE)
"""A departure before a `for` in its clause: the place the goods set off for (`left Odesa on
Monday with 40,000 tonnes of maize for Tunisia`, `has left for Qatar`); not a thing left for
someone (`left its forecast for Argentine wheat unchanged`). The `for` follows the departure or
its place, time, cargo or vessel: no comma opening an aside (`left Odesa ..., bad news for
Poland`) unless the aside closes right before the `for` (`sailed from Mogadishu, Somalia's
biggest port, for Oman`), no word opening a clause of its own (`sold by a trader acting for
Iran`), no verb right before it (`acting for`)."""
_GIFT_FOR = re.compile(r"\b(?:pledg(?:ed|es|ing|e)|donat(?:ed|es|ing|ions?)|gifts?|food\s+aid)\b"
                       r"(?:[^.;:,]|[.,](?=\d))*?\b(?:tons?|tonnes?|t|barrels?|bags?|sacks?|"
                       r"litres?|liters?|cargoes|shipments?)\s+of\s+[^.;:,]*$", re.IGNORECASE)
"""Goods pledged or donated, counted, in the same clause before a `for` that names who receives
them (`India has pledged 1 million tons of wheat for Afghanistan`; not money pledged `for
Ukrainian grain shipments`, nor a pledge in another clause)."""
_AID_FOR = re.compile(r"(?:\btons?|\btonnes?|-tonne|-ton)\s+(?:of\s+)?(?:[\w-]+\s+){0,3}?"
                      r"(?:aid|gifts?|donations?)\s+$", re.IGNORECASE)
"""Counted goods named as aid right before a `for` (`500,000 tons of food aid for North Korea`,
`a 50,000-tonne rice gift for North Korea`)."""


_SPACED_DOLLAR = re.compile(r"[ \u00a0]\$[ \u00a0]?\d")
"""A dollar sign a space after a country's short code (`US $4.2 billion`):
the currency's prefix, not a side, when the code is one of a dollar's (`_dollar_prefixes`)."""


@cache
def _dollar_prefixes() -> frozenset[str]:
    """Country short codes that also prefix their dollar (`US`, `U.S.`: countries.json
    `dollar_prefixes`): `UK $125 million` is a row's country, `US $4.2 billion` money."""
    return frozenset(load_json("countries.json").get("dollar_prefixes", []))


_FLAGGED = re.compile(r"-(?:flagged|registered|crewed|based)\b|\s+flagged\b", re.IGNORECASE)
"""`the Russian-flagged tanker`: a flag; `Chinese-owned` and `China registered ...` still count."""
_BENCHMARK = re.compile(r"\s+(?:crude\s+)?(?:benchmark|marker|prices?|quotes?)\b|\s+crude\s+"
                        r"(?:rose|fell|traded|was\s+trading|futures|averaged)\b", re.IGNORECASE)
"""After a place: the price benchmark named after it (`Dubai crude prices rose`)."""
_HYPHEN = re.compile(r"^\s*[-–—/]\s*$")
_AND_GAP = re.compile(r"\s+and\s+(?:the\s+)?")
_SPACES = re.compile(r"\s+")
# verbs of arrival and departure that mark a destination or an origin like `into` / `from`
_CUE_VERBS = {"reached": "into", "reach": "into", "reaches": "into", "reaching": "into",
              "left": "from", "leaving": "from", "leaves": "from", "departed": "from",
              "departing": "from"}
_GROWER_PORTS = re.compile(r"['’]s?\s+ports\b")
"""After a country: its own ports (plural: its coast, not one named terminal)."""
_GROWER_FIGURE = re.compile(
    r"\d[\d,.]*\s*(?:(?:million|thousand|mln)\s+)?(?:tonnes|tons|t|bags|mt)\s+of\s+$",
    re.IGNORECASE)
"""Before a crop: its figure (`40,000 tonnes of`)."""
_GROWER_GAP = re.compile(r"[\s\w'’]{0,40}$")
"""Between the crop and the country: a few words and no break (`had reached`, `was brought to`)."""
_GROWER_CLAUSE = re.compile(r"[.;:!?()\n]|,\s|\b(?:while|whereas|but|with)\b", re.IGNORECASE)
"""What ends the clause before a country."""
_GROWER_BOUGHT = re.compile(r"\b(?:import\w*|bought|buy\w*|purchas\w*)\b", re.IGNORECASE)
"""In the country's sentence: a purchase (`Imports of cocoa rose, with ...`): the ports are a
buyer's."""
_GROWER_SENT = re.compile(r"\b(?:from|ship(?:s|ped|ping)|export(?:s|ed|ing)|sen[dt]s?|sending|"
                          r"sold|sells?|selling)\b", re.IGNORECASE)
"""In the country's clause: an origin or a sender's verb (`Ivory Coast shipped ... cocoa to
Malaysia's ports`, `exported ... to`): the ports are a buyer's."""


@cache
def _grower_crops() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(
        cue_data()["port_grower_crops"], key=len, reverse=True)) + r")\b", re.IGNORECASE)


def _grower_ports(text: str, end: int, anchor: int) -> bool:
    """Whether a country ending at `end` names the ports its own crop is brought to for export
    (`farmers brought 40,000 tonnes of cocoa to Ghana's ports`): a grower's crop arriving at
    its own ports is its exports, as `cocoa arrivals` are, not its imports (iron ore arriving
    at a buyer's ports stays the buyer's). Only when the crop is the goods of the figure right
    before it, in the country's own clause, with no other country, origin (`from`), purchase
    word or sender's verb there (`Ivory Coast shipped ... cocoa to Malaysia's ports`)."""
    if not _GROWER_PORTS.match(text, end):
        return False
    breaks = [m.end() for m in _GROWER_CLAUSE.finditer(text, max(0, anchor - 200), anchor)]
    start = breaks[-1] if breaks else max(0, anchor - 200)
    sentence = max(text.rfind(". ", 0, anchor), text.rfind("\n", 0, anchor)) + 1
    crop = next((m for m in reversed(list(_grower_crops().finditer(text, start, anchor)))), None)
    if crop is None or not _GROWER_FIGURE.search(text[max(start, crop.start() - 40):crop.start()]) \
            or not _GROWER_GAP.fullmatch(text, crop.end(), anchor):
        return False
    stop = _GROWER_CLAUSE.search(text, end, min(len(text), end + 40))
    stop_at = stop.start() if stop else min(len(text), end + 40)
    if _GROWER_BOUGHT.search(text, sentence, anchor) or _GROWER_BOUGHT.search(text, end, stop_at) \
            or _GROWER_SENT.search(text, start, anchor) or _GROWER_SENT.search(text, end, stop_at):
        return False
    return not any(m.code for m in _countries_in(text, start, anchor, (), False))


_BOUND = re.compile(r"^[-–]bound\b")
_HANDLING = re.compile(r"\b(?:discharg(?:ed|ing|es|e)|unload(?:ed|ing|s)?|offload(?:ed|ing|s)?|"
                       r"land(?:ed|ing|s)?|arriv(?:ed|ing|es|e))\b(?![^.;]*\bload)",
                       re.IGNORECASE)
"""Verbs of unloading before an `at` (with no loading after them): the goods arrived there."""


_IMPORTED_THROUGH = re.compile(r"\bimport(?:s|ed)?\b[^.;,]*$", re.IGNORECASE)
"""Before `through` or `via` a port: goods imported there (`Fuel imports via Hodeidah`), so the
port's country is the buyer; a port goods merely pass through is no side."""


def _normal_cue(cue: str) -> str:
    if cue in _CUE_VERBS:
        return _CUE_VERBS[cue]
    if cue.endswith(" in") and cue.split()[0] in ("to", "from"):
        return "into" if cue.split()[0] == "to" else "from"  # `to buyers in China`
    if " " in cue and cue.split()[-1] in ("in", "for") and cue not in ("out of",):
        return "into"  # `ended up in China`, `bound for India`
    return cue


@dataclass(frozen=True)
class CountryMention:
    """A place in the text that names (or stands for) a country."""

    start: int
    end: int
    surface: str
    code: str | None
    """ISO alpha-3; None for a pronoun until it is resolved."""
    form: Form
    possessive: bool = False
    """`Russia's`, `the North`s`."""
    cue: str | None = None
    """Lower-case preposition right before the mention (`to`, `from`, `with`, ...), if any."""
    paired: bool = False
    """Part of a pair: `between A and B`, `A-B trade`."""
    office: bool = False
    """Before a person's office and name (`U.S. President Donald Trump`): named, but no party."""


@cache
def _forms() -> dict[str, tuple[str, Form]]:
    """Surface form as written -> (code, form)."""
    table: dict[str, tuple[str, Form]] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            value = getattr(country, attr, None)
            if value and len(value) > 3 and "," not in value:
                table[value] = (country.alpha_3, "name")
    groups: tuple[tuple[str, Form], ...] = (
        ("aliases", "name"), ("demonyms", "demonym"), ("capitals", "capital"),
        ("companies", "capital"),
        ("regions", "region"))
    for code, entry in load_json("countries.json")["countries"].items():
        for field, form in groups:
            for alias in entry.get(field, []):
                table[alias] = (code, form)
    for place in load_json("places.json")["places"].values():
        if place["kind"] not in ("port", "city"):
            continue  # (a border crossing or rail station is on the way, not a side)
        for alias in place.get("aliases", []):  # ports and towns stand for their country
            table.setdefault(alias, (place["country"], "region"))
    for pronoun in cue_data()["pronoun_countries"]:
        table[pronoun] = ("", "pronoun")
    for alias, value in list(table.items()):
        if "'" in alias:  # (news often sets curly quotes: `Côte d’Ivoire`, `N’Djamena`)
            table.setdefault(alias.replace("'", "\u2019"), value)
    return table


def _atoms_of(alias: str) -> list[str]:
    atoms = phrase_atoms(alias)
    first = alias[0]
    if first.isalpha():  # sentence-initial capital allowed; the rest keeps its case
        atoms[0] = f"[{first.lower()}{first.upper()}]"
    return atoms


@cache
def _regex() -> re.Pattern[str]:
    return re.compile(r"(?<![\w.])" + trie_pattern([_atoms_of(a) for a in _forms()])
                      + r"(?![\w])")


@cache
def _currency_after() -> re.Pattern[str]:
    """A currency noun right after a country's name (`Singapore dollars`): money, not a side."""
    words = sorted(cue_data()["currency_nouns"], key=len, reverse=True)
    return re.compile(r"[ \u00a0]+(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])",
                      re.IGNORECASE)


@cache
def _masks() -> re.Pattern[str]:
    names = sorted(cue_data()["non_country_names"], key=len, reverse=True)
    return re.compile("|".join(re.escape(name) for name in names))


def _scan(text: str, start: int, stop: int) -> Iterator[re.Match[str]]:
    """The country forms in `text[start:stop]`, left to right; where a later word of a match
    opens a longer form, that form (`the North Korea-China border` names North Korea, not `the
    North`)."""
    regex = _regex()
    pos = start
    while (match := regex.search(text, pos, stop)) is not None:
        for inner in _SPACES.finditer(match.group()):
            longer = regex.match(text, match.start() + inner.end(), stop)
            if longer is not None and longer.end() > match.end():
                match = longer
                break
        yield match
        pos = match.end()


def _traded(words: str) -> bool:
    """Whether `words` (what `it` did, up to the first name) hold an export or import word
    (`had shipped`, `plans to buy`, `doubled wheat purchases`)."""
    return any(lexicon("flow", kind).search(words) for kind in ("export", "import"))


def _lookup(surface: str) -> tuple[str, Form]:
    table = _forms()
    if surface in table:
        return table[surface]
    return _folded_forms().get(_SPACES.sub(" ", surface).lower(), ("", "pronoun"))


@cache
def _folded_forms() -> dict[str, tuple[str, Form]]:
    """Lower-case surface form -> (code, form) of the first form in `_forms()` that folds to it
    (what a scan of the table for a form equal but for case finds first)."""
    folded: dict[str, tuple[str, Form]] = {}
    for alias, value in _forms().items():
        folded.setdefault(alias.lower(), value)
    return folded


_THINK_TANK_AFTER = re.compile(r"(?:\s+[A-Z][\w&'’.-]*){1,4}\s+(?:Institute|Institution|University|"
                               r"Foundation|School|Forum|Centre|Center|Initiative|Project)\b")
"""After a capital: the rest of a research body's name (`Stockholm International Peace Research
Institute`), so the capital names no government."""


REGION = re.compile(r"\b(?:(?:South|North|Latin|Central)\s+America|(?:South-?east|South|East|"
                   r"Central|West)\s+Asia|(?:North|West|East|Southern)\s+Africa|Europe|Asia|"
                   r"Africa|Oceania|(?:the\s+)?(?:Middle\s+East|Americas|Caribbean|"
                   r"Mediterranean|Asia-Pacific|[A-Z][A-Za-z-]+\s+region))\b(?![\w-])")
"""A region named where a country could stand (`Europe absorbed 37.1 million bottles`, an item of
a `respectively` list): a side with no country code."""

_LISTED_GAP = re.compile(r"\s*(?:,\s*|\s(?:and|or|&)\s+|,\s*(?:and|or)\s+)(?:the\s+)?")
"""Between two names of one list (`Congo and the DRC`, `DR Congo, Congo`)."""


@lru_cache(maxsize=8)  # (asked for every mention of the name in one document: read it once)
def shared_name_code(name: str, text: str) -> str:
    """The code a bare name two countries share (countries.json `shared_short_names`) reads as
    in `text`: the other country's when the text names only that one in a longer form and never
    lists a bare name beside it (`Gabon, Congo and the DRC` names both), else the default."""
    codes = shared_short_names()[name]
    spans = {code: [m.span() for m in longer_forms(code).finditer(text)] for code in codes}
    bare = [m.span() for m in re.finditer(rf"\b{re.escape(name)}\b", text)]
    if any(_LISTED_GAP.fullmatch(text, b, start) or _LISTED_GAP.fullmatch(text, end, a)
           for start, end in bare for code in codes[1:] for a, b in spans[code]):
        return codes[0]  # (the text lists both, so its bare name is the default's)
    # (a form inside another's longer form is not named: `Republic of Congo` inside
    # `Democratic Republic of Congo`)
    named = [code for code in codes if any(
        not any(a <= start and end <= b and (a, b) != (start, end)
                for other in codes if other != code for a, b in spans[other])
        for start, end in spans[code])]
    if len(named) == 1:
        return named[0]
    if not named:
        # (neither named in full: as the first listed shared name the text also uses reads)
        for other, others in shared_short_names().items():
            if other == name:
                break  # (only a name listed before this one leads it)
            if set(others) == set(codes) and re.search(rf"\b{re.escape(other)}\b", text):
                return others[0]
    return codes[0]


def find_countries(
    text: str, start: int = 0, end: int | None = None, exclude: Iterable[Sequence[int]] = (),
    offices: bool = False
) -> list[CountryMention]:
    """Country mentions in `text[start:end]`, skipping masked names and `exclude` spans, and
    those before a person's office (`U.S. President Donald Trump`) unless `offices`."""
    stop = len(text) if end is None else end
    if start == 0 and stop == len(text):
        return list(_whole_text_countries(text, _spans_key(exclude), offices))
    return list(_countries_in(text, start, stop, _spans_key(exclude), offices))


def _spans_key(spans: Iterable[Sequence[int]]) -> tuple[tuple[int, int], ...]:
    """Spans as a cache key (a caller may hand lists, as read from JSON)."""
    return tuple((span[0], span[1]) for span in spans)


@lru_cache(maxsize=8)  # (a document's whole text is read for its main country and for the codes
# it names, far apart: the sentences' reads would push it out of `_countries_in`)
def _whole_text_countries(text: str, exclude: tuple[tuple[int, int], ...],
                          offices: bool) -> tuple[CountryMention, ...]:
    return _read_countries(text, 0, len(text), exclude, offices)


@lru_cache(maxsize=256)  # (a sentence, or part of one, is read by several rules)
def _countries_in(text: str, start: int, stop: int, exclude: tuple[tuple[int, int], ...],
                  offices: bool) -> tuple[CountryMention, ...]:
    return _read_countries(text, start, stop, exclude, offices)


def _read_countries(text: str, start: int, stop: int, exclude: tuple[tuple[int, int], ...],
                    offices: bool) -> tuple[CountryMention, ...]:
    """`find_countries` over `text[start:stop]` (the mentions are frozen: the caches above hand
    a fresh list of them to each caller)."""
    masks = [(m.start(), m.end()) for m in _masks().finditer(text, start, stop)]
    mask_starts = [a for a, _ in masks]
    raw: list[CountryMention] = []
    for match in _scan(text, start, stop):
        said = _SPEAKER_IT.match(text, match.end(), stop)
        if said is not None and (speaker := _lookup(match.group()))[1] != "demonym" and \
                speaker[0] and _traded(said["verb"]):
            # `PDVSA said Friday that over the past week it had sent ...`: the speaker (a source,
            # so no side where it is named) did it
            raw.append(CountryMention(said.start("it"), said.end("it"), said["it"], speaker[0],
                                      speaker[1], False, None))
        if _overlaps(match.start(), match.end(), exclude) or _overlaps(
                match.start(), match.end(), _near(masks, mask_starts, match.start(), match.end())):
            continue
        if text.startswith("$", match.end()) or _currency_after().match(text, match.end()) or (
                match.group() in _dollar_prefixes() and _SPACED_DOLLAR.match(text, match.end())):
            continue  # `US$6.39 bln`, `14.5 billion Singapore dollars`: money, not a country
        if _FLAGGED.match(text, match.end()):
            continue  # `the Russian-flagged tanker`: a flag, not a party to the trade
        if match.group() in _company_names() and _foreign_unit(text, match.end(), stop,
                                                               _lookup(match.group())[0]):
            continue  # `Rusal's Aughinish refinery in Ireland`, `NLMK's US unit`: the unit acts
        if match.group() in _hyphen_prefixes() and not text.startswith("-", match.end()):
            continue  # `Russo, an Italian trader`: a name; `Russo-Chinese` is a country
        code, form = _lookup(match.group())
        if match.group() in shared_short_names():
            code = shared_name_code(match.group(), text)  # `Congo` after `the DRC`: DR Congo
        if _in_route_name(text, match.start(), match.end(), form, start, stop):
            continue  # `the Baku-Tbilisi-Ceyhan pipeline`, `the Atasu-Alashankou line`: a name
        if form == "region" and _BENCHMARK.match(text, match.end()):
            continue  # `Dubai crude prices`: a price benchmark, not a place trading
        if form == "capital" and _THINK_TANK_AFTER.match(text, match.end()):
            continue  # `the Stockholm International Peace Research Institute`: a name
        after = text[match.end():match.end() + 3]
        possessive = bool(_POSSESSIVE.match(after)) and not (
            after[:1] in "'’" and not after[1:2] == "s" and not match.group().endswith("s"))
        if form == "pronoun":
            possessive = possessive or match.group().lower() == "its"
        anchor = name_start(text, match.start(), start)  # `the Republic of Cuba`
        cue = _cue_at(text, start, anchor)
        if form == "region" and cue == "off":
            continue  # `attacks off Hodeidah`: where something happened at sea, no port of the
            # flow (`a refinery near Rotterdam` still stands for its country)
        if cue == "at" and _HANDLING.search(text, max(start, anchor - 100), anchor):
            cue = "into"  # `discharged ... at Jamnagar` (not `loaded at`: a transit port may
            # load another country's goods, `Kazakh crude loaded at Novorossiysk`)
        if cue in ("via", "through") and form == "region" and _IMPORTED_THROUGH.search(
                text, max(start, anchor - 60), anchor):
            cue = "into"  # `Fuel imported through Hodeidah`: a port of the buyer's coast
        if cue in ("at", "to", "into") and possessive and _grower_ports(text, match.end(), anchor):
            cue = "from"  # `cocoa brought to Ghana's ports`: the grower's crop, for export
        if _BOUND.match(text[match.end():match.end() + 8]):
            cue = "into"  # `Chinese-bound coal`: the destination
        if cue in ("from", "in") and _SPOKEN_FROM.search(text, max(start, anchor - 50), anchor):
            continue  # `said by phone from Kabul`: where a source spoke, no party to a flow
        office = _TITLE_AFTER.match(text, match.end()) is not None
        if office and not offices:
            continue  # a person's country: named, but no party to a flow
        raw.append(CountryMention(match.start(), match.end(), match.group(), code or None, form,
                                  possessive, cue, office=office))
    taken = [(m.start, m.end) for m in raw]
    for match in _EPITHET.finditer(text, start, stop) if _EPITHET_HEADS.search(
            text, start, stop) else ():
        opening = not text[max(0, match.start() - 3):match.start()].strip() or text[
            max(0, match.start() - 3):match.start()].rstrip()[-1:] in (".", "!", "?", "\n")
        if not opening or match["adjectives"].split()[0] in _NOT_EPITHET or _overlaps(
                match.start(), match.end(), taken):
            continue  # (only a sentence's opening subject: elsewhere it may be either side)
        after = text[match.end():match.end() + 3]
        raw.append(CountryMention(match.start(), match.end(), match.group(), None, "pronoun",
                                  bool(_POSSESSIVE.match(after)), _cue_at(text, start,
                                                                          match.start())))
    for match in _FORMER_LATTER.finditer(text, start, stop) if _FORMER_LATTER_WORDS.search(
            text, start, stop) else ():
        if _FIGURE_OF.search(text, max(start, match.start() - 30), match.start()):
            continue  # `$33.98 million of the former`: a part of the first figure, no country
        after = text[match.end():match.end() + 3]
        raw.append(CountryMention(match.start(), match.end(), match.group(), None, "pronoun",
                                  bool(_POSSESSIVE.match(after)), _cue_at(text, start,
                                                                          match.start())))
    pairs = _pair_adjectives(text, start, stop)
    paired = [(m.start, m.end) for m in pairs]
    # (`inter-Korean`: the pair, not also the `Korean` inside it)
    raw = sorted((m for m in raw if not _overlaps(m.start, m.end, paired)), key=lambda m: m.start)
    return tuple(sorted(_mark_pairs(text, raw) + pairs, key=lambda m: m.start))


def office_mentions(text: str, start: int, end: int,
                    exclude: tuple[tuple[int, int], ...] = ()) -> list[CountryMention]:
    """The countries in `text[start:end]` named only before a person's office and name
    (`U.S. President Donald Trump`), which `find_countries` leaves out."""
    if not _TITLE_WORDS.search(text, start, end) or not _TITLE_WORD.search(text, start, end):
        return []
    return [m for m in find_countries(text, start, end, exclude, offices=True) if m.office]


_TITLE_WORD = re.compile(r"\b(?:President|Premier|Minister|Ambassador|Chancellor|Secretary|"
                         r"Leader|leader)\b")
_TITLE_WORDS = any_literal("President", "Premier", "Minister", "Ambassador", "Chancellor",
                         "Secretary", "Leader", "leader")
"""The literal words of `_TITLE_WORD`, for a cheap pre-check."""
_TITLE_AFTER = re.compile(r"\s+(?:Vice\s+|Deputy\s+|First\s+Deputy\s+)?(?:President|Premier|"
                          r"Prime\s+Minister|(?:Foreign|Trade|Energy|Agriculture|Finance|Defen[cs]e|"
                          r"Economy|Commerce|Industry)\s+Minister|Ambassador|Chancellor|Secretary\s+"
                          r"of\s+State|Supreme\s+Leader|leader)\s+[A-Z]")
"""After a country: a person's office and name (`U.S. President Donald Trump`, `North Korean
leader Kim Jong Un`)."""
_SPEAKER_IT = re.compile(
    r"(?:\s*\([^()]{1,40}\))?\s+(?:on\s+\w+day\s+)?(?:said|says|announced|reported|stated)"
    r"(?:\s+on)?(?:\s+\w+day)?(?:\s+that)?(?:\s+(?:over|in|during|since|last|this)\b[^,.;()]{0,40})?"
    r",?\s+(?P<it>it)\s+(?P<verb>[a-z][^,.;:A-Z]{0,40})")
"""`Rosneft said it had shipped ...`: a country (or its state company) that says `it` traded is
the subject of the trade (the speaker, named right before its verb); not `Russia said it
expected Turkey to buy ...`, whose trade is another's."""
_SPOKEN_FROM = re.compile(r"\b(?:said|says|told\s+(?:reporters|journalists|[A-Z][\w&.-]*(?:\s+"
                          r"[A-Z][\w&.-]*)?)|spoke|speaking|added)\s+"
                          r"(?:by\s+(?:tele)?phone\s+|in\s+an\s+interview\s+)?(?:from|in)\s+"
                          r"(?:the\s+)?$")
"""Before a place: where a source spoke (`said by phone from Kabul`, `told reporters in
Beijing`)."""
_FORMER_LATTER = re.compile(
    r"(?<![\w-])[Tt]he\s+(?:former|latter)(?=['’]s?\b|\s*[,.;:)]|\s+(?:US)?[$€£¥\d]|\s+(?:[a-z]+ed|"
    r"rose|fell|grew|took|sold|bought|sent|came|was|were|is|are|has|had|remained|slipped|"
    r"climbed)\b)")
"""`Shipments from the former rose 1%, while the latter's fell`: one of the two countries named
last (not `the former Soviet Union`)."""
_FIGURE_OF = re.compile(r"(?:\d|%|\b(?:million|billion|bn|mln|tons|tonnes|barrels|percent|"
                        r"cent|half|third|quarter|most|much|some|all))\s+of\s+$", re.IGNORECASE)
_EPITHET = re.compile(r"(?<![\w-])[Tt]he\s+(?P<adjectives>(?:(?!(?:of|and|or|in|for|to)\s)"
                      r"[a-z][a-z-]+\s+){1,2})"
                      r"(?:country|nation|state|regime|kingdom|republic|island)(?![\w-])"
                      r"(?=['’]s?\b|\s*,|\s+(?:is|was|has|had|have|will|would|could|can|may|"
                      r"might|did|does|said|says|also|still|now|remains|became|[a-z]+ed)\b)")
"""`The landlocked country's exports ...`, `The junta-ruled nation ...`: a description opening a
sentence stands for a country named before, like `the country`."""
_EPITHET_HEADS = re.compile(r"(?:country|nation|state|regime|kingdom|republic|island)(?![\w-])")
"""The nouns one of which, as a whole word's end, every `_EPITHET` match holds (not the
`state` of `statement`): a pre-check scanned for by first character."""
_FORMER_LATTER_WORDS = any_literal("former", "latter")
_NOT_EPITHET = frozenset({"member", "other", "same", "whole", "entire", "host", "home", "new",
                          "importing", "exporting", "producing", "buying", "selling", "supplying",
                          "receiving", "first", "second", "third", "last", "next", "only",
                          "sanctioning", "destination", "origin", "partner", "flag", "transit"})


@cache
def _company_names() -> frozenset[str]:
    """State companies that stand for their country (`companies` in countries.json)."""
    return frozenset(form for entry in load_json("countries.json")["countries"].values()
                     for alias in entry.get("companies", [])
                     for form in (alias, alias.replace("'", "\u2019")))  # (`Ma’aden`)


def is_state_company(surface: str) -> bool:
    """Whether a country mention is one of its state companies (`Qafco`, `Aramco`), not its
    capital: both come back from `find_countries` with `form="capital"`."""
    return surface in _company_names()


_OWN_UNIT = re.compile(r"['’]s?\s+(?:[\w.-]+\s+){0,3}?(?:unit|units|subsidiary|subsidiaries|"
                       r"plant|plants|refinery|refineries|smelter|smelters|mill|mills|arm|branch|"
                       r"division|affiliate|operations)\b(?:\s+in\s+(?:the\s+)?(?:[A-Z][\w.-]*"
                       r"\s*){1,3})?")
"""After a company: its own unit or plant, and where it stands (`in Ireland`)."""


def _foreign_unit(text: str, end: int, stop: int, code: str) -> bool:
    """`Rusal's Aughinish refinery in Ireland`, `NLMK's US unit`: a company's unit named with
    another country (not `Gazprom's export arm`, `ADNOC's Ruwais refinery`)."""
    unit = _OWN_UNIT.match(text, end, stop)
    return unit is not None and any(
        _lookup(found.group())[0] not in ("", code)
        for found in _regex().finditer(text, unit.start(), unit.end()))


_ROUTE_CHAIN = re.compile(r"[A-Z][\w'’]*(?:-[A-Z][\w'’]*)+")
_CONDUIT_AFTER = re.compile(r"(?:\s+(?:oil|gas|crude|oil\s+and\s+gas))?\s+(?:pipelines?|line|"
                            r"railway|rail\s+line|corridor|route|road|highway|bridge|link)\b")


def _in_route_name(text: str, start: int, end: int, form: str, low: int, high: int) -> bool:
    """Whether a town or capital sits in a route's name: a hyphen chain of three places or more
    (`the Baku-Tbilisi-Ceyhan pipeline`), or of two before a conduit noun (`the
    Atasu-Alashankou line`); countries joined so (`the Iran-Pakistan pipeline`, `the
    China-Kyrgyzstan-Uzbekistan railway`) stay the route's sides."""
    if "-" not in text[max(low, start - 1):min(high, end + 1)]:
        return False
    left = start
    while left > low and (text[left - 1] == "-" or text[left - 1].isalnum()
                          or text[left - 1] in "'’"):
        left -= 1
    chain = _ROUTE_CHAIN.match(text, left)
    if chain is None or not (chain.start() <= start and end <= chain.end()):
        return False
    parts = chain.group().count("-") + 1
    return form in ("capital", "region") and (
        parts >= 3 or _CONDUIT_AFTER.match(text, chain.end()) is not None)


@cache
def _hyphen_prefixes() -> frozenset[str]:
    """Country forms used only before a hyphen (`Sino-`, `Russo-`)."""
    return frozenset(load_json("countries.json").get("hyphen_prefixes", []))


_DIRECTED = re.compile(r"\b(?:to|into|from|for)\s+(?:the\s+)?$", re.IGNORECASE)


@cache
def _pair_table() -> dict[str, tuple[str, str]]:
    table: dict[str, list[str]] = load_json("countries.json").get("pair_adjectives", {})
    return {word: (codes[0], codes[1]) for word, codes in table.items()}


@cache
def _pair_regex() -> re.Pattern[str]:
    words = sorted(_pair_table(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])")


@cache
def _pair_words() -> re.Pattern[str]:
    """The words of `_pair_regex` as bare literals: a pre-check scanned for by first character
    (the pattern's own look-behind makes its search try every position)."""
    return any_literal(*_pair_table())


def _pair_adjectives(text: str, start: int, stop: int) -> list[CountryMention]:
    """`inter-Korean trade`, `Sino-Russian trade`: one word that names both sides of a pair."""
    found: list[CountryMention] = []
    if _pair_words().search(text, start, stop) is None:
        return found
    for match in _pair_regex().finditer(text, start, stop):
        if _DIRECTED.search(text, max(0, match.start() - 12), match.start()):
            continue  # `exported rice to the two Koreas`: both together, neither side alone
        for code in _pair_table()[match.group()]:
            found.append(CountryMention(match.start(), match.end(), match.group(), code, "name",
                                        paired=True))
    return found


def _overlaps(start: int, end: int, spans: tuple[tuple[int, int], ...] | list[
        tuple[int, int]]) -> bool:
    """Whether the span [start, end) begins or ends inside one of `spans`."""
    return any(a <= start < b or a < end <= b for a, b in spans)


def _near(masks: list[tuple[int, int]], starts: list[int], start: int, end: int) -> list[
        tuple[int, int]]:
    """The (sorted, disjoint) masks that can hold `start` or `end`: the last one opening at or
    before `start` and the last one opening before `end`."""
    return [masks[i] for i in {bisect_right(starts, start) - 1, bisect_left(starts, end) - 1}
            if i >= 0]


def _mark_pairs(text: str, mentions: list[CountryMention]) -> list[CountryMention]:
    """`between A and B`, `A-B` and a subject `A and B` make a pair."""
    paired = [False] * len(mentions)
    for i in range(len(mentions) - 1):
        left, right = mentions[i], mentions[i + 1]
        if left.form == "pronoun" or right.form == "pronoun" or left.code == right.code:
            continue
        if left.cue == "between" and right.cue == "and":
            paired[i] = paired[i + 1] = True
        elif left.cue is None and not left.possessive and _AND_GAP.fullmatch(
                text[left.end:right.start]):
            paired[i] = paired[i + 1] = True  # `Russia and North Korea agreed to ...`
        elif _HYPHEN.match(text[left.end:right.start]):
            paired[i] = paired[i + 1] = True
    return [
        CountryMention(m.start, m.end, m.surface, m.code, m.form, m.possessive, m.cue, flag,
                       m.office)
        for m, flag in zip(mentions, paired, strict=True)
    ]


_REPORT_AFTER = re.compile(
    r"(?:\s+|,\s*)(?:(?:officials|authorities|officers|sources|analysts|lawmakers|diplomats|experts|"
    r"intelligence|media|government|ministry|prosecutors|investigators)\b[\s,]*)?"
    r"(?:(?:has|have|had|also|now|reportedly|however|still|further)[\s,]+)*(?P<verb>[a-z]+)\b")
"""`The United States estimates`, `Seoul officials, however, believe`, `Washington, however,
believes`: a country reporting."""


_REPORTED_AMOUNT = re.compile(r"\s+(?:(?:only|just|about|around|roughly|nearly|some|over|more\s+"
                              r"than|less\s+than|a\s+total\s+of|an\s+estimated)\s+)*"
                              r"(?:US|U\.S\.)?[$€£¥\d]|\s+(?:[a-z]+ing|no|none|zero)\b")
"""What a country reports of its own flow: an amount (`reported 30,180 tonnes`), a doing
(`reported supplying ...`) or nothing (`reported no shipments`)."""


def is_reporting(text: str, mention: CountryMention) -> bool:
    """`The United States estimates that Russia shipped ...`: the source, not the subject; but
    `Russia reported 30,180 tonnes` (or `reported supplying`) reports its own flow, so it is the
    subject."""
    if REPORT_FILED.match(text, mention.end):
        return True  # `The United States today submitted a report ... documenting that`
    if _forecasts_other(text, mention):
        return True  # `the Brazilian Agriculture Ministry expects Paraguay to ship ...`
    match = _REPORT_AFTER.match(text, mention.end)
    return match is not None and match["verb"] in _reporting_verbs() and not (
        match["verb"].startswith(("report", "declar", "notif", "record")) and
        _REPORTED_AMOUNT.match(text, match.end()))  # (`officials said more than 165,000
    # barrels had reached ...` reports others' flow)


_BODY_FORECAST = re.compile(
    r"\s+(?:(?:Department|Ministry)\s+of(?:\s+[A-Z][a-z]+){1,3}|(?:[A-Z][a-z]+\s+){1,2}"
    r"(?:Department|Ministry))(?:\s+\([A-Z]{2,6}\))?\s+(?:(?:now|also|still)\s+)?"
    r"(?:expects|projects|forecasts|predicts|sees|puts|pegs|estimates)\s+(?:that\s+)?")
"""After a country: one of its government departments forecasting (`Department of Agriculture
(USDA) now projects`, `Agriculture Ministry expects`)."""


def _forecasts_other(text: str, mention: CountryMention) -> bool:
    """Whether the country heads the name of a department that forecasts another country's
    figures (`the Brazilian Ministry of Agriculture sees Paraguay shipping ...`, `the Indian
    Agriculture Ministry puts Nepal's imports at ...`): the forecaster, a source, is no side;
    one forecasting its own country's figures (`... projects US exports at ...`) is left to
    the other rules."""
    body = _BODY_FORECAST.match(text, mention.end)
    if body is None or mention.code is None:
        return False
    after = _countries_in(text, body.end(), min(len(text), body.end() + 40), (), False)
    return bool(after) and after[0].start < body.end() + 5 and after[0].code not in (
        None, mention.code)


REPORT_FILED = re.compile(
    r"\s+(?:(?:today|yesterday|also|has|have|had|recently|on\s+\w+)\s+)*"
    r"(?:submitted|released|published|issued|presented|filed|circulated)\s+(?:a|an|its|the|their)"
    r"\s+(?:[\w-]+\s+){0,3}(?:report|assessment|study|paper|analysis|document|memorandum|"
    r"note)\b[^.;]{0,80}?\b(?:documenting|showing|saying|stating|finding|concluding|that)\b")
"""A body that filed a report on others' flows (`submitted a report to the UN 1718 Committee
documenting that ...`): its source, not a party."""


_OWN_FLOW_AFTER = re.compile(r"\s+(?:(?![a-z]+ed\b|(?:has|have|had|will|would|is|are|was|were|"
                             r"and|to|the)\b)[a-z][a-z-]*\s+){0,2}(?:exports|shipments|sales|output|"
                             r"production|(?:sold|shipped|sent)\s+abroad)\b")
"""After a demonym: its own flow (`Venezuelan oil exports`, `Australian iron ore shipments`,
`Japanese rice sold abroad`)."""


@cache
def _reporting_verbs() -> frozenset[str]:
    return frozenset(str(word).lower() for word in cue_data()["reporting_verbs"])


_PARTNER_ROLE_AFTER = re.compile(
    r"\s+(?:(?:again|also|still)\s+)?(?:remained|remains|was|is|became|becomes|stayed|stays|ranked"
    r"(?:\s+as)?)\s+(?:the\s+)?(?:(?:single|second|third|No\.\s*\d|number\s+one)[\s-]+)?"
    r"(?:top|leading|largest|biggest|main|principal|chief|key|largest\s+single)\s+(?:single\s+)?"
    r"(?:export\s+)?(?:destination|market|buyer|customer|importer|outlet|purchaser)s?\b|\s+(?:came|ranked|placed|was|stood|followed)\s+(?:in\s+)?(?:first|second|"
    r"third|fourth|fifth|next)\b", re.IGNORECASE)
"""After a country: its rank among a flow's buyers (`The United States remained the leading
destination`, `Switzerland came second`), which makes it a partner of the country the text
is about, not that country (a supplier ranked may be it: `Peru was the top supplier`)."""


def main_country(text: str, subjects_only: bool = False) -> str | None:
    """The country a text is about: the one most often its grammatical subject (`North Korea
    is ...`, `Pyongyang's exports`), not the one most often named after `to` or `with`.
    `subjects_only`: only subjects and owners count, and a text with none has no country."""
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    lead = _LEAD_END.search(text)
    lead_end = lead.end() if lead else len(text)
    foreign = foreign_dateline(text)
    filed_end = foreign[1] if foreign is not None else 0
    for mention in find_countries(text):
        if mention.start < filed_end:
            continue  # `BAKU, Azerbaijan, May 3 -` over a story on Iran: where it was filed
        if mention.form == "demonym" and mention.code and mention.cue is None and \
                _OWN_FLOW_AFTER.match(text, mention.end):
            # `Venezuelan oil exports dropped ...`: the country whose exports the text follows
            mention = replace(mention, form="name", possessive=True)
        if not mention.code or mention.form not in ("name", "capital") or mention.paired or \
                is_reporting(text, mention):
            continue
        if _PARTNER_ROLE_AFTER.match(text, mention.end):
            continue  # `The United States remained the leading destination`: a partner
        if mention.cue is None or mention.possessive or not subjects_only and (
                mention.cue == "between" or (mention.cue == "from" and mention.start < lead_end)):
            # (the lead's origin counts too: `Rice shipments from Myanmar totalled ...`; and
            # a country `between` it and no other: `Commerce between North Korea and the
            # outside world`)
            counts[mention.code] = counts.get(mention.code, 0) + 1
            first.setdefault(mention.code, mention.start)
    if not counts:
        if subjects_only:
            return None
        # (past a dateline the body never names again: `BAKU, Azerbaijan, May 3 - Non-oil
        # goods shipped out of Iran`)
        return first_country(text, filed_end, partners=False) or first_country(
            text, partners=False)
    return max(counts, key=lambda code: (counts[code], -first[code]))


_LEAD_END = re.compile(r"[.!?](?=\s|$)")


def sole_country(text: str, sources: Sequence[tuple[int, int]]) -> str | None:
    """The one country a whole text names, when it names it only inside the `sources` spans,
    each the source of one of the country's own public bodies (a name or demonym in its name:
    `the Chilean mining ministry`, `Statistics Norway`, `the Bank of Ghana`) or of a producer
    telling its own output (`the Peruvian miner said`), or None when it names none, more than
    one, or names it elsewhere too (`attacks near Yemen`, `strong Indian demand`), or a source
    naming it is neither (`Swiss firm Kpler`, `Australian bank Macquarie`, `a Japanese trading
    house`: third parties telling a market), or the text states a region's flow (`European
    imports`, `Seaborne coal imports`); a country in a commercial bank's own name (`Standard
    Bank of South Africa`, `Bank of America`) names no country of the text's."""
    mentions = [m for m in find_countries(text) if m.code and not _BANK_NAMED_FOR.search(
        text, max(0, m.start - 40), m.start)]
    codes = {m.code for m in mentions}
    if len(codes) != 1:
        return None
    for mention in mentions:
        span = next(((a, b) for a, b in sources if a <= mention.start < b), None)
        if span is None or not (lexicon("sole_country_bodies").search(text, *span) or
                                lexicon("sole_country_producers").search(text, *span)):
            return None
    if _region_flow().search(text):
        return None
    return codes.pop()


@cache
def _region_flow() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(cue_data()["sole_country_region_flows"],
                                                   key=len, reverse=True))
    return re.compile(r"\b(?:" + words + r")\s+(?:[a-z-]+\s+){0,2}(?:imports?|exports?|"
                      r"shipments|arrivals|purchases|sales|trade|flows)\b", re.IGNORECASE)


_BANK_NAMED_FOR = re.compile(r"(?:\b(?!The\b)(?!Central\b|Reserve\b|State\b)"
                             r"[A-Z][\w&.-]*\s+Bank\s+of\s+(?:the\s+)?|"
                             r"\bBank\s+of\s+(?=America\b))$")
"""Before a country: a commercial bank's own name that it ends (`Standard Bank of`, `Bank of`
before `America`), not a public one (`the Bank of Ghana`, `the Central Bank of Kenya`, `the
Reserve Bank of India`, `the State Bank of Pakistan`: central banks, public bodies)."""


def first_country(text: str, start: int = 0, end: int | None = None,
                  partners: bool = True) -> str | None:
    """The first country named (not by pronoun or demonym) in `text[start:end]`; `partners`:
    also one named as a flow's ranked partner (`France remained the leading destination`)."""
    for mention in find_countries(text, start, end):
        if mention.code and mention.form != "demonym" and (
                partners or not _PARTNER_ROLE_AFTER.match(text, mention.end)):
            return mention.code
    return None


_OWNED_FLOW_GAP = re.compile(r"^['’`]s?\s+(?:[a-z-]+\s+){0,2}$")
_DEMONYM_FLOW_GAP = re.compile(r"\s+(?:[a-z-]+\s+)?")
"""Between a demonym and the flow it owns in a headline (`German trade`, `Chinese steel
exports`)."""
_PARTNER_NEXT = re.compile(r"\s+(?:with|between|to|from|into)\b|[\s-]+(?:fair|fairs|data|figures|"
                           r"statistics|show|talks|deal|deals|war|wars|dispute|surplus|deficit|"
                           r"balance|body|group|minister|ministry|office|policy|tensions|union|"
                           r"zone|routes?|partners?|officials?|agency|chamber|mission|delegation)"
                           r"\b", re.IGNORECASE)
"""After a headline's flow word: a partner named (`trade with`), or a noun the word only
qualifies (`German trade fair`, `Chinese trade data`)."""


def title_countries(title: str, owners_only: bool = False) -> list[str]:
    """The countries a headline names, the article's own first: the owner of the trade it is
    about (`China still handles nearly all of North Korea's recorded trade` -> PRK first), then
    the others in order (unless `owners_only`); a country that only reports (`US says Russia
    broke ...`) is left out."""
    from tradetrace.extract.cues import lexicon  # cues are data of the claim stage

    owners: list[str] = []
    others: list[str] = []
    flows = [span for kind in ("export", "import", "two_way")
             for span in lexicon("flow", kind).spans(title)]
    owned_flows = [span for kind in ("export", "two_way")
                   for span in lexicon("flow", kind).spans(title)]
    reporting = re.compile(r"\s+(?:[a-z]+\s+)?(?P<verb>[a-z]+)\b")
    part = PART_TAKEN.search(title)
    for mention in find_countries(title):
        if part is not None and mention.code and mention.start >= part.end() and (
                mention.possessive or mention.form == "demonym") and mention.code not in owners:
            # `Switzerland takes three-quarters of Senegal's gold`, `China overtakes US as
            # second buyer of Ecuadorian shrimp`: the goods' owner, whose flow the part is of
            owners.append(mention.code)
            continue
        if mention.code and mention.form == "demonym" and not mention.paired and not (
                title[mention.end:mention.end + 1] == "-" or title[mention.start - 1:
                                                                   mention.start] == "-") and any(
                _DEMONYM_FLOW_GAP.fullmatch(title, mention.end, start)
                and not _PARTNER_NEXT.match(title, end) for start, end in owned_flows
                if start >= mention.end) and mention.code not in owners:
            # (not a pair, `Russian-Turkish trade`, nor a flow with a partner named, `Saudi
            # crude sales to China`, nor imports, whose demonym may be their origin)
            owners.append(mention.code)  # `China keeps top spot in German trade`: Germany's
            continue
        if not mention.code or mention.form in ("demonym", "pronoun"):
            continue
        after = reporting.match(title, mention.end)
        if mention.cue is None and not mention.possessive and after and after["verb"] in \
                lexicon("reporting_verbs") and mention.start == 0:
            continue
        owned = mention.possessive and any(
            _OWNED_FLOW_GAP.match(title[mention.end:start]) for start, _ in flows
            if start >= mention.end)
        target = owners if owned else others
        if mention.code not in owners + others:
            target.append(mention.code)
    return owners if owners_only else owners + others


PART_TAKEN = re.compile(
    r"\b(?:takes?|took|buys?|bought|gets?|receives?|absorbs?|accounts?\s+for|snaps?\s+up)\s+"
    r"(?:(?:up\s+to|almost|nearly|over|more\s+than|about|around|some|just\s+under)\s+)?"
    r"(?:half|a\s+third|two[\s-]thirds|(?:three[\s-])?quarters?|a\s+quarter|a\s+fifth|a\s+tenth|"
    r"\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b|pc\b|pct\b))\s+of\b"
    r"|\b(?:top|biggest|largest|main|leading|second|second-biggest|second-largest|third|"
    r"number\s+one|no\.?\s*1)\s+(?:buyer|market|customer|destination|importer|supplier|"
    r"source|seller|exporter)\b", re.IGNORECASE)
"""A headline on a partner's part of a flow or its rank among partners."""


_DATELINE = re.compile(
    r"\s*(?P<place>[A-Z][A-Za-z'’.-]+(?:[ -][A-Z][A-Za-z'’.-]+){0,2})"
    r"(?:,\s*(?P<state>[A-Z][A-Za-z.]+(?:\s(?:of\s)?[A-Z][A-Za-z.]+){0,3}))?"
    r"(?:,?\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*(?:19|20)\d\d)?|"
    r"\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+(?:19|20)\d\d)?))?"
    r"\s*(?:\((?P<agency>[^)\n]{2,40})\)\s*(?:--?|–|—|:|\.)?|/[A-Z][A-Za-z]{1,20}/\.?|"
    r"(?:--?|–|—|:)|(?(date)\.|(?!)))\s")
"""`SEOUL, April 30 (Yonhap) --`, `Rangoon -`, `KHOST, Afghanistan, Oct. 22 (Xinhua) --`,
`ASTANA (Sputnik) -`, `ERBIL, Kurdistan Region of Iraq -`, `Ulaanbaatar, September 26, 2025
/MONTSAME/.`: the place a story was filed from, at the start of its text. A full stop closes one
only after a date or an agency (`BAKU, Azerbaijan, July 10.`, `Tokyo, 13 January (AJMEDIA).`),
not after a bare name, which may be a sentence's first words."""


def _dateline(text: str) -> re.Match[str] | None:
    """The text's dateline (`BAKU, Azerbaijan, May 3 -`), if it opens with one (or its first
    line after a headline does)."""
    found = _DATELINE.match(text)
    newline = text.find("\n", 0, 200)
    if found is None and newline > 0 and not text[:newline].rstrip().endswith((".", "!", "?")):
        found = _DATELINE.match(text, newline + 1)  # (after a headline line)
    return found if found is not None and len(found.group()) <= 80 else None


def dateline_span(text: str) -> tuple[int, int] | None:
    """Where the text's dateline lies, if it has one."""
    found = _dateline(text)
    return (found.start(), found.end()) if found is not None else None


def dateline_agency(text: str) -> str | None:
    """The news agency named in the text's dateline (`KINGSTON (Reuters) -`), if any."""
    found = _dateline(text)
    return found["agency"] if found is not None else None


def foreign_dateline(text: str) -> tuple[int, int] | None:
    """The dateline's span when its country is not named again in the body (`BAKU,
    Azerbaijan, May 3 -` over a story on Iran): the place the story was filed from, no party
    to its flows (a dateline the body names again, `New Delhi, Jul 26 (PTI) ... into India`,
    reads as a subject)."""
    span = dateline_span(text)
    if span is None:
        return None
    filed = {m.code for m in find_countries(text, *span) if m.code}
    body = {m.code for m in find_countries(text, span[1]) if m.code}
    return span if filed and not filed & body else None


def dateline_country(text: str) -> str | None:
    """The country of the place a story is filed from (its dateline), if the text opens with one
    that names a known capital, region or country, unless the story is about another country
    and never names that one again."""
    found = _dateline(text)
    if found is None:
        return None
    # (`SEOUL`, `KHOST, Afghanistan`: a place in capitals is looked up as a name)
    place = " ".join(part if any(ch.islower() for ch in part) else part.title()
                     for part in re.split(r",\s*", text[found.start("place"):found.end(
                         "state") if found["state"] else found.end("place")]))
    codes = [m.code for m in find_countries(place)
             if m.code and m.form in ("name", "capital", "region")]
    city = cue_data()["dateline_cities"].get(place.split(",")[0].strip())
    if not codes and city is not None:
        codes = [city]  # `SYDNEY, Sept 5 (Reuters) -`
    if not codes:
        return None
    # (not `WASHINGTON (Reuters) - China's trade with North Korea rebounded`: a story whose
    # subject is another country, unless it names the dateline's country too)
    subject = main_country(text[found.end():], subjects_only=True)
    if subject not in (None, codes[-1]) and codes[-1] not in {
            m.code for m in find_countries(text, found.end())}:
        return None
    return codes[-1]


def outlet_country(outlet: str | None) -> str | None:
    """The country a single-country outlet (`Daily NK`) writes about, else None."""
    if not outlet:
        return None
    outlets: dict[str, str] = load_json("countries.json").get("outlets", {})
    return outlets.get(outlet.strip())


_RELAYED = re.compile(r"\s*(?:\(|\bvia\b|\bfrom\b|\bciting\b|,)", re.IGNORECASE)
"""Where an outlet's own name ends and the outlet or source it relays begins (`Sudan Tribune
(via ...)`, `... via MENAFN`)."""


_LONGER_PLACE = (re.compile(r"\b(?:New|South)\s+$"), re.compile(r"\s+(?:Ocean|Sea)\b"))
"""Around a country's word in an outlet's name: the rest of a longer place name the word is
part of (`New Jersey Herald`, `South China Morning Post`, `Indian Ocean Times`); not `North`,
which names a part of the country itself (`North Sweden Business`)."""
_HOME_TOWN_PAPER = re.compile(r"(?:Georgia|Lebanon|Peru)\s+(?:Daily\s+News|Herald|Tribune|"
                              r"Democrat|Reporter|Ledger|Recorder|Courier|Farm\s+Bureau|"
                              r"Public\s+Broadcasting)\b")
"""An outlet named for a US state or town that shares its name with a country (`Georgia Farm
Bureau`, `Lebanon Daily News`, `Peru Tribune`): a local paper's nameplate, no country's."""


def outlet_named_country(outlet: str | None) -> str | None:
    """The one country an outlet's own name names (`The Tirana Times`, `Zambian Observer`,
    `Bolivia al Dia`): the country a national outlet covers; not one the name leaves to a relay
    or a note after it (`Reuters (via ...)`), nor a name naming two countries, nor a word that
    names another place there (`_LONGER_PLACE`, `_HOME_TOWN_PAPER`)."""
    if not outlet:
        return None
    relay = _RELAYED.search(outlet)
    own = outlet[:relay.start()] if relay else outlet
    before, after = _LONGER_PLACE
    codes = {m.code for m in find_countries(own) if m.code
             and not (m.form == "name" and before.search(own, 0, m.start))
             and not after.match(own, m.end) and not _HOME_TOWN_PAPER.match(own, m.start)}
    return codes.pop() if len(codes) == 1 else None
