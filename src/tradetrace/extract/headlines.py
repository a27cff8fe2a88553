"""The flow a headline states, for an article whose body names none of its own."""

from __future__ import annotations

import re

from tradetrace.extract.commodity import find_commodities
from tradetrace.extract.cues import lexicon
from tradetrace.extract.parties import PART_TAKEN, find_countries
from tradetrace.extract.roles import Parties, assign, find_frame, read_roles


def headline_flow(title: str) -> Parties:
    """The one-way flow a headline states between two countries (`Satellite count puts 2024
    Russian oil to North Korea above 1 million barrels` -> RUS, PRK), else no parties."""
    parties = _headline_parties(title)
    if parties.two_way or parties.joint or not parties.exporter or not parties.importer or \
            PART_TAKEN.search(title):
        # (`Switzerland takes three-quarters of Senegal's gold`, `China overtakes US as second
        # buyer of Ecuadorian shrimp`: the partner of a part, not of the article's totals)
        return Parties()
    return parties


def _headline_parties(title: str) -> Parties:
    """The sides a headline's words give its flow."""
    frame = find_frame(title, 0, len(title), 0)
    return assign(read_roles(title, find_countries(title), find_commodities(title), frame), frame)


def headline_pair(title: str) -> frozenset[str]:
    """The two countries a headline names as trading with each other (`Floods cut Laos's trade
    with Vietnam` -> LAO, VNM), else none."""
    parties = _headline_parties(title)
    if not parties.two_way or not parties.exporter or not parties.importer:
        return frozenset()
    return frozenset((parties.exporter, parties.importer))


def from_headline(parties: Parties, flow: Parties) -> Parties:
    """A claim with no parties, or with one side that the headline's flow shares, completed from
    that flow: the headline names the only flow of an article whose body names none."""
    if flow.empty or parties.paired:
        return parties
    if parties.empty:
        return flow
    if parties.exporter == flow.exporter and parties.importer is None:
        return flow
    if parties.importer == flow.importer and parties.exporter is None:
        return flow
    return parties


_PARTNER_AFTER = re.compile(r"\s+(?:to|from|with|into|between)\b", re.IGNORECASE)
"""After a headline's flow word: the partner it goes to or comes from (`US soybean exports to
China`), so the country before is not alone in it."""
_ATTRIBUTIVE = re.compile(r"(?!(?:to|will|may|might|can|could|would|should|set|plan|ship|sell|"
                          r"buy|export|import|trade|cut|hit|eye)$)[a-z][a-z-]*(?<!s)(?<!ed)")
"""A lower-case word a headline puts before a flow noun as its goods (`cotton`, `toy`): a
singular noun, not a verb (`extends`, `halted`, `Equatorial Guinea to ship crude to China`)."""
_GOODS_GAP_WORDS = 3
"""At most this many words of goods between a headline's first country and its flow word."""


def headline_seller(title: str) -> str | None:
    """The country a headline opens with when it names, right after it, goods and their exports
    or trade (`U.S. upland cotton sales drop 26%`, `Kenya sisal exports surge`): the country
    whose own flow the story is about, though named neither as possessive nor as demonym. Not
    a verb between (`India extends onion export ban`: only goods may lie between), nor a flow
    with a partner named after it, nor imports (whose country may be their origin)."""
    mentions = find_countries(title)
    first = mentions[0] if mentions else None
    if first is None or first.start != 0 or not first.code or first.form != "name" or \
            first.possessive or first.paired:
        return None
    goods = [g for g in find_commodities(title) if not g.generic and g.start >= first.end]
    for kind in ("export", "two_way"):
        for start, end in lexicon("flow", kind).spans(title):
            if start <= first.end or _PARTNER_AFTER.match(title, end):
                continue
            words = list(re.finditer(r"\S+", title[first.end:start]))
            if 1 <= len(words) <= _GOODS_GAP_WORDS and all(any(
                    g.start <= first.end + w.start() and first.end + w.end() <= g.end
                    for g in goods) or _ATTRIBUTIVE.fullmatch(w.group()) for w in words):
                return first.code
    return None
