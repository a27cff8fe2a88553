"""Parties of the two claim kinds that do not follow a trade verb: shares and caps.

Share: `China accounts for 90 percent of North Korea's foreign trade` -> exporter = the partner
(China), importer = the country whose total it is (North Korea), two-way when the total is trade
in both directions; a share of someone's exports or imports keeps that direction.
Cap: `the annual limit of 500,000 barrels imposed by Resolution 2397` -> importer = the country
the named resolution sanctions (from `knowledge/sanctions`), else the article's country.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from tradetrace.extract.commodity import find_commodities
from tradetrace.extract.cues import cue_data, cue_regex, hedge_pattern, lexicon, word_set
from tradetrace.extract.kinds import SHARE_NOUN
from tradetrace.extract.parties import CountryMention, dateline_span, is_state_company
from tradetrace.extract.roles import BLOC_NAME, SELLER_CALLED, Parties, home_or_people_share
from tradetrace.model.claim import Quantity

_EXPORTS_AFTER = re.compile(r"['’`]?s?\s+(?:[a-z-]+\s+){0,3}?exports\b", re.IGNORECASE)
_IMPORTS_AFTER = re.compile(r"['’`]?s?\s+(?:[a-z-]+\s+){0,3}?(?:imports|intake|purchases)\b",
                            re.IGNORECASE)
_RESOLUTION = re.compile(r"\bResolutions?\s+(?:No\.\s*)?(\d{3,4})", re.IGNORECASE)


@cache
def _targets() -> dict[str, str]:
    """Resolution number -> sanctioned country, from every regime file."""
    from tradetrace.knowledge.sanctions import default_regimes

    table: dict[str, str] = {}
    for regime in default_regimes():
        for rule in regime.rules:
            if rule.resolution:
                table[rule.resolution] = regime.target
    return table


_EXPORT_CAP = re.compile(r"(?:['’]s)?\s*\bexport\s+(?:quotas?|limits?|caps?|ceilings?|"
                         r"allowances?)\b|\b(?:quotas?|limits?|caps?)\s+(?:on|for)\s+"
                         r"(?:[a-z-]+\s+){0,3}?exports\b",
                         re.IGNORECASE)
"""A limit a country sets on its own exports (`export quotas`, `a cap on fertilizer exports`)."""


def cap_parties(text: str, span: tuple[int, int], clause: tuple[int, int],
                countries: list[CountryMention], receiver: str | None,
                focus: str | None) -> Parties:
    """`receiver`: the country the flows around the cap go to, the target when no resolution
    or `to X` names one (`deliveries reached N barrels, 33% of the 500,000-barrel cap`)."""
    target = None
    for match in _RESOLUTION.finditer(text, *span):
        target = _targets().get(match.group(1))
        if target:
            break
    if target is None:
        limited = [c.code for c in countries if c.code and c.possessive and clause[0] <= c.start
                   and c.form != "pronoun" and _IMPORTS_AFTER.match(text, c.end)]
        if limited:  # `The Security Council limits North Korea's imports of ... to 500,000 bbl`
            target = limited[0]
    permitted = _permitted_parties(text, span, clause, countries, receiver, focus) \
        if target is None and "may" in text[span[0]:clause[1]] else None
    if permitted is not None:
        return permitted
    if target is None and _EXPORT_CAP.search(text, *span):
        # `China ... export quotas of just over 3 million tonnes`: a limit on a country's own
        # exports, set by the seller itself
        owners = [c.code for c in countries if c.code and c.possessive and
                  _EXPORT_CAP.match(text, c.end)]
        sellers = owners or [c.code for c in countries if c.code and c.form != "pronoun" and (
            c.cue is None or c.possessive)]
        # (`as China's export quota of 3 million tonnes takes effect`: the quota's owner)
        seller = sellers[0] if sellers else focus
        return Parties(seller, None, False)
    if target is None:
        named = [c.code for c in countries if c.code and c.cue in ("to", "on", "for", "into")]
        target = named[0] if named else receiver or focus
    for mention in countries:  # `North Korea's coal exports may not exceed ...`: on its exports
        if mention.code == target and (mention.possessive or mention.cue is None) and \
                _EXPORTS_AFTER.match(text, mention.end):
            return Parties(target, None, False)
    origin = [c.code for c in countries if c.code and c.cue in ("from", "out of")
              and clause[0] <= c.start < clause[1]]
    return Parties(origin[0] if origin and origin[0] != target else None, target, False)


_PERMITTED_MOVE = re.compile(r"\bmay\s+(?:(?:also|now|only|still|legally)\s+)?"
                             r"(?:(?P<inward>bring\s+in|import)|ship|export|send|sell|deliver|"
                             r"supply)\b")
"""`may ship`, `may bring in`: a party's move a regime permits (lower-case `may`: not the
month)."""


def _permitted_parties(text: str, span: tuple[int, int], clause: tuple[int, int],
                       countries: list[CountryMention], receiver: str | None,
                       focus: str | None) -> Parties | None:
    """The parties of a cap a sentence states as what a party may move under a regime: `Argentina
    may ship 511,000 tons of beef to China` -> ARG -> CHN; `Miners may ship up to 18,125 tonnes`
    -> the article's country's exports; `Importers may bring in 487,202 mt of Russian billet` ->
    the goods' origin. A row of the run after it (`and the United States 164,000 tons`) is the
    nearest country named before its clause ends."""
    match = _PERMITTED_MOVE.search(text, span[0], clause[1])
    if match is None:
        return None
    if match["inward"]:
        origins = [c.code for c in countries if c.code and c.cue in (None, "from", "of")
                   and match.end() <= c.start < clause[1] and not c.possessive]
        return Parties(origins[0], None, False) if origins else None
    sellers = [c.code for c in countries if c.code and c.cue is None and not c.office
               and span[0] <= c.start < clause[1]]
    seller = sellers[-1] if sellers else focus
    if seller is None:
        return None
    buyers = [c.code for c in countries if c.code and c.cue in ("to", "into")
              and match.end() <= c.start < clause[1] and c.code != seller]
    buyer = buyers[0] if buyers else receiver if receiver != seller else None
    return Parties(seller, buyer, False)


def share_parties(text: str, quantity: Quantity, clause: tuple[int, int],
                  countries: list[CountryMention], focus: str | None,
                  flow: Parties | None = None) -> Parties:
    """`flow`: the one-way flow stated before the share in its sentence, whose importer's imports
    (or exporter's exports) the share is of when no owner is named (`Russia shipped X to China,
    ... roughly 19 percent of total crude imports`)."""
    after = [c for c in countries if c.code and quantity.end <= c.start < clause[1]]
    owners = [c for c in after if c.cue == "of" or c.possessive and _owns_total(text, c)]
    dealer = next((c for c in after if c.form != "pronoun" and _EVERYTHING_BEFORE.search(
        text, max(0, c.start - 60), c.start) and _DEALT_AFTER.match(text, c.end)), None)
    if dealer is None:
        dealer = _possessor_dealing(text, quantity, countries, after)
    if not owners and dealer is not None and dealer.code:
        # `13.9 percent of everything the United States brought in`: a share of what the
        # country the relative clause names bought (or sold), from (or to) the country it
        # names next, else the one before the share
        dealt = _DEALT_AFTER.match(text, dealer.end)
        assert dealt is not None
        named = next((c.code for c in after if c.start > dealer.end and c.code != dealer.code
                      and c.cue in ("from", "to")), None)
        partner = named or next((c.code for c in reversed(countries) if c.code and c.code !=
                                 dealer.code and c.start < quantity.start), None)
        if named is None and _joint(text, [c for c in countries if c.code and clause[0] <=
                                           c.start < quantity.start]):
            partner = None  # `China and Hong Kong took 50 percent of everything ...`
        if dealt["buy"]:
            return Parties(partner, dealer.code, False)
        return Parties(dealer.code, partner, False)
    if not owners:
        stated = _stated_share(text, quantity, countries)
        if stated is not None:  # `Saudi Arabia's share of India's crude market fell to 15%`
            return stated
    if not owners and flow is not None and flow.exporter and flow.importer and not flow.two_way:
        return flow
    if not owners and flow is not None and not flow.two_way and (
            flow.exporter is None) != (flow.importer is None):
        # `Brazil imported 2.3mn t of diesel from all origins, so Russian product accounted
        # for just under half`: the part named in the share's clause, on the flow's open side
        known = flow.exporter or flow.importer
        parts = [c for c in countries if c.code and c.code != known
                 and clause[0] <= c.start < quantity.start] or [
            # (`China was the largest destination, taking 70.8% of the total`: the subject)
            c for c in countries if c.code and c.code != known and c.start < quantity.start
            and c.cue is None and not c.possessive][:1] or _flow_destination(
            text, countries, quantity, flow, known)
        if parts:
            part = None if _joint(text, parts) else parts[-1].code
            if parts[-1].start < clause[0] and _part_subject(text, quantity, countries):
                # (`... U.S. sanctions; chips accounted for 36.2% of all exports`: the goods
                # are the part, so no country outside the clause is)
                part = None
            if flow.exporter and part is not None and _TO_BLOC.match(
                    text, quantity.end, min(clause[1], quantity.end + 60)) and not any(
                    verb["buy"] for verb in _PARTNER_VERB.finditer(text, parts[-1].end,
                                                                   quantity.start)):
                # (`Britain supplied 839.7 million euros. ... it accounted for 36% of all
                # deliveries to the bloc`: the part is another supplier of the bloc)
                return Parties(part, None, False)
            dealing = _DEALING_VERB.search(text, parts[-1].end, quantity.start) if (
                flow.exporter and part is not None and parts[-1].start >= clause[0]) else None
            if dealing is not None and dealing["sell"]:
                # (`Portugal exported 410 GWh. ..., while Spain is expected to supply 71% of
                # the imports`: a part supplying is a seller to the flow's country, no buyer)
                return Parties(part, known, False)
            return Parties(part, known, False) if flow.importer else Parties(known, part, False)
    total_end = min(clause[1], quantity.end + 60)
    # `Russia held 38.8 per cent of EU imports`: a bloc's total has no owner with a code, so
    # the article's main country is the part, not the owner
    total = _TOTAL_OWNED_BY.match(text, quantity.end, total_end)
    bloc = _BLOC.search(total["total"]) if total is not None else None
    # (`of their exports to the European Union`: the bloc is the destination, not the owner)
    bloc_total = not owners and total is not None and bloc is not None and \
        not _NOT_BLOCS.search(total["total"], 0, bloc.start())
    holder = None if owners else _holder(text, quantity, clause, countries)
    # (the article's own country holding the share is the part, so the total has no owner)
    # (a member state's share of the bloc's flow is its own part of it, not a supply:
    # `Italy's share of EU LNG imports`)
    member = holder is not None and (holder.code or "").lower() in word_set("eu_members") and \
        _BLOC.search(text, holder.end, max(total_end, quantity.start)) is not None
    held = holder is not None and holder.code == focus and not member and (
        flow is None or not flow.two_way)
    owner = owners[0].code if owners else (None if bloc_total or held else focus)
    before = [c for c in countries if c.code and c.start < quantity.start and c.code != owner]
    others = [c for c in after if c.code != owner and c.cue in ("to", "from", "with")]
    # the share's own clause names its partner; else the sentence's subject (`Russia was ...
    # partner after China, though it accounted for 2 percent of ...`), else the nearest
    own = [c for c in before if c.start >= clause[0]]
    subjects = [c for c in before if c.cue is None and not c.possessive and c.form != "pronoun"]
    chosen = own[-1] if own else (subjects[0] if subjects else (before[-1] if before else None))
    if not own and _part_subject(text, quantity, countries):
        # `...new U.S. sanctions; chips accounted for 36.2 percent of all exports`: the share's
        # own subject, goods or a firm, is the part, so a country outside its clause is none
        chosen = None
    partner = chosen.code if chosen else (others[0].code if others else None)
    if _joint(text, own):
        partner = None
    exports = lexicon("flow", "export").search(text, quantity.end, total_end)
    imports = lexicon("flow", "import").search(text, quantity.end, total_end)
    named_before = _SHARE_OF_NOUN.search(text, clause[0], quantity.start)
    if not exports and not imports and named_before is not None:
        # `the American share of Canadian exports down to 72%`: the total named before
        exports = lexicon("flow", "export").search(text, named_before.end(), quantity.start)
        imports = lexicon("flow", "import").search(text, named_before.end(), quantity.start)
    if held and holder is not None and _WORLD_TOTAL.search(
            text, holder.end, max(total_end, quantity.start)):
        # `Peru's share of world copper exports` (`of global imports`): its own side of
        # everyone's flow, not a supplier to (or buyer from) an owner
        if exports and not imports:
            return Parties(holder.code, None, False)
        if imports and not exports:
            return Parties(None, holder.code, False)
    if not owners and owner is not None and owner == focus and not held:
        acting = _focus_acting(text, quantity, countries, focus)
        if acting is not None:
            # `Russia was the biggest buyer of Estonian goods, taking 15.7% of those exports`:
            # the article's country is the share's own subject, so it is the part, not the
            # owner; the other country named before the share owns the total
            other = partner if partner != focus else None
            return Parties(other, focus, False) if acting else Parties(focus, other, False)
    if exports and not imports:
        return Parties(owner, partner, False)
    if imports and not exports:
        return Parties(partner, owner, False)
    if held:  # `Russia's share stood at ... and 27 percent for crude oil`: a supplier's
        return Parties(focus, None, False)
    if chosen is not None and (chosen.start >= clause[0] - 40 or _APPOSED.fullmatch(
            text, chosen.end, clause[0]) or _participle_of_subject(
            text, quantity, clause, countries, chosen, owner)) and (
            flow is None or not flow.two_way):
        # (`China, supplied mostly through intermediaries, received ...`: past the aside)
        # `China, which took roughly a quarter of the total`: the partner's own verb, right
        # before the share, says which side of the owner's one-way flow it is on
        verb = _PARTNER_VERB.search(text, max(chosen.end, quantity.start - 30), quantity.start)
        if verb is not None:
            if verb["buy"]:
                return Parties(owner, partner, False)
            return Parties(partner, owner, False)
    if partner is None and owner is not None and flow is not None and not flow.two_way and \
            owner == flow.exporter and flow.importer is None:
        # `Ivorian exports came to 11 billion euros. Petroleum products brought in 1 billion
        # euros, or 9.4% of the total`: a part of the owner's exports keeps their side
        return Parties(owner, None, False)
    return Parties(partner, owner, partner is not None)


def _possessor_dealing(text: str, quantity: Quantity, countries: list[CountryMention],
                       after: list[CountryMention]) -> CountryMention | None:
    """`China was the Maldives' biggest source, supplying 28% of the goods the country brought
    in`: a pronoun (`the country`) in the relative clause of the share's total that was read as
    the sentence's subject, the share's own partner (no country buys from itself), stands for
    the possessor named before the share (the Maldives), whose dealings the total is."""
    pronoun = next((c for c in after if c.form == "pronoun" and c.code and
                    _EVERYTHING_BEFORE.search(text, max(0, c.start - 60), c.start) and
                    _DEALT_AFTER.match(text, c.end)), None)
    if pronoun is None:
        return None
    before = [c for c in countries if c.code and c.end <= quantity.start]
    subject = next((c for c in before if c.cue is None and not c.possessive), None)
    possessors = [c for c in before if c.possessive and c.code != pronoun.code]
    if subject is None or subject.code != pronoun.code or not possessors:
        return None
    return replace(pronoun, code=possessors[-1].code)


def _flow_destination(text: str, countries: list[CountryMention], quantity: Quantity,
                      flow: Parties, known: str | None) -> list[CountryMention]:
    """`Shipments to Israel, down 13% on the month, made up 92% of the total` after one country's
    exports: the country a flow noun of the sentence sends them to (or, after its imports, takes
    them from), the nearest before the share, is the part on the flow's open side (not `second
    only to Vietnam`, nor one of several listed: `to the mainland and Hong Kong`)."""
    cue, side = ("to", "export") if flow.exporter else ("from", "import")
    named = [c for c in countries if c.code and c.code != known and c.start < quantity.start
             and c.cue == cue and not c.possessive][-1:]
    if not named:
        return []
    # (the flow noun in the country's own phrase: no comma between them)
    low = max(0, named[0].start - 40)
    phrase = max(low, text.rfind(",", low, named[0].start) + 1)
    if not lexicon("flow", side).search(text, phrase, named[0].start):
        return []
    if any(c.start > named[0].end and _LISTED.fullmatch(text, named[0].end, c.start)
           for c in countries):
        return []
    return named


_EVERYTHING_BEFORE = re.compile(r"\bof\s+(?:everything|all|what|(?:all\s+)?the\s+(?:[\d.,]+\s+"
                                r"(?:(?:million|billion)\s+)?)?(?:goods|products|merchandise|"
                                r"(?:[a-z][\w-]*\s+){0,2}?[\w-]+))\s+"
                                r"(?:that\s+)?(?:the\s+)?$", re.IGNORECASE)
_DEALT_AFTER = re.compile(r"\s+(?:(?P<buy>bought|buys|imported|imports|brought\s+in|brings\s+in|"
                          r"took\s+in|takes\s+in|purchased|purchases)|(?P<sell>sold|sells|exported|exports|shipped|"
                          r"ships))\b", re.IGNORECASE)
"""`of everything the United States bought abroad`, `of the goods Britain exported`, `of the LPG
the United States ships abroad`: the owner of a share's total in a relative clause, and which
way its goods went."""


def _joint(text: str, mentions: list[CountryMention]) -> bool:
    """`China, India and Türkiye together took almost 90%`, `Uzbekistan and Afghanistan
    accounted for 80.5%`: countries listed together as the part, so no single side."""
    return len(mentions) >= 2 and all(
        c.cue in (None, "and") and not c.possessive for c in mentions) and all(
        _LISTED.fullmatch(text, a.end, b.start) for a, b in zip(mentions, mentions[1:],
                                                                  strict=False))


_PART_VERB = re.compile(r"\b(?:accounted|accounts|account|made|makes|make|represented|represents|"
                        r"represent|comprised|comprises|constituted|constitutes)\s+(?:for\s+|up\s+)?"
                        + hedge_pattern(True) + "$", re.IGNORECASE)
"""A finite verb whose subject is the part of a total, right before the share (`accounted for
about`, `made up`)."""
_SUBJECT_START = re.compile(r".*(?:(?<!\b[A-Z])[.!?;:]\s+|"
                            r"\b(?:while|but|whereas|though|although)\s+)",
                            re.IGNORECASE | re.DOTALL)
"""The last sentence, clause or contrast opening before a verb: where its subject starts (not at
`and`, which also lists the subject's own parts: `wheat flour and fuel`)."""
_NO_SUBJECT = re.compile(r"\b(?:it|they|this|that|these|those|which|who|each|both|all|"
                         r"the\s+(?:country|nation|state|latter|former|rest))\b", re.IGNORECASE)
"""Words that stand for a country named elsewhere (`it`, `which`, `the country`): a subject
holding one may be that country (`in 2021 it accounted for`)."""


def _part_subject(text: str, quantity: Quantity, countries: list[CountryMention]) -> bool:
    """`chips accounted for 36.2 percent of all exports`, `Diamonds, the main source of income,
    account for about 80%`: the subject of a part verb right before the share names no
    country, so the part is goods (or a firm, a region) and no country is the partner."""
    verb = _PART_VERB.search(text, max(0, quantity.start - 60), quantity.start)
    if verb is None:
        return False
    window = max(0, verb.start() - 120)
    opening = _SUBJECT_START.match(text, window, verb.start())
    start = opening.end() if opening else window
    head = text[start:verb.start()].split(",")[0]
    if not head.strip() or _NO_SUBJECT.search(head):
        return False
    return not any(c.start < verb.start() and c.end > start for c in countries)


_LISTED = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
def _focus_acting(text: str, quantity: Quantity, countries: list[CountryMention],
                  focus: str | None) -> bool | None:
    """Whether the article's country, the sentence's first subject, takes (True) or supplies
    (False) the share by the verb right before it (`Russia was the top buyer, taking 15.7%`);
    None when some other subject comes between or no such verb comes right before the share."""
    verb = _PARTNER_VERB.search(text, max(0, quantity.start - 30), quantity.start)
    if verb is None:
        return None
    subjects = [c for c in countries if c.start < verb.start() and c.cue is None and
                not c.possessive and c.form != "pronoun" and c.code]
    if not subjects or subjects[0].code != focus or any(c.code != focus for c in subjects):
        return None
    return bool(verb["buy"])


_APPOSED = re.compile(r",[^,;.]{1,80},\s*")
_SUBJECT_PARTICIPLE = re.compile(r"\s*(?:taking|buying|receiving|absorbing|supplying|selling|"
                                 r"shipping|providing|sending)\s+(?:(?:about|around|roughly|"
                                 r"nearly|almost|some|over|more\s+than|just|only)\s+)*",
                                 re.IGNORECASE)
"""A share's clause that is only a participle and its hedge (`China remained the main buyer in
the first quarter, taking 55.9 percent of the total`): the participle's subject is the
sentence's, however far back it stands."""
_OWN_CLAUSE = re.compile(r"\b(?:as|while|when|and)\s+(?:[\w'’-]+\s+){1,4}?(?:was|were|is|are|"
                         r"became|becomes|rose|fell|grew|won|wins|had|has|have|did|made|"
                         r"[a-z]+ed)\b", re.IGNORECASE)
"""A clause with its own subject and verb (`as prices rose`, `and traders turned`): the subject
of a participle after it may be that clause's, not the sentence's."""


def _aside(text: str, mention: CountryMention, owner: str | None) -> bool:
    """A mention that is no rival subject of a participle: one in the text's dateline (`LUANDA
    -`, `LUANDA, Angola, May 3 -`; parties' `dateline_span`, not `The U.S.` in the body) or the
    owner's demonym on the goods (`the main buyer of Angolan crude`)."""
    dateline = dateline_span(text)
    return dateline is not None and dateline[0] <= mention.start < dateline[1] or (
        mention.form == "demonym" and mention.code == owner)


def _participle_of_subject(text: str, quantity: Quantity, clause: tuple[int, int],
                           countries: list[CountryMention], chosen: CountryMention,
                           owner: str | None) -> bool:
    """`Peru was the main market in the first quarter, buying 55.9 percent of the total`: a
    share's clause that is only a participle takes its side for the sentence's subject however far
    back it stands, when that subject is the sentence's first country and neither another country
    nor a clause with its own subject (`as prices rose`) comes between; `taking` after a subject
    called a seller (`the top exporter, taking 31 percent`) is its market share, no purchase."""
    participle = _SUBJECT_PARTICIPLE.fullmatch(text, clause[0], quantity.start)
    if participle is None:
        return False
    named = [c for c in countries if c.code and c.form != "pronoun" and not _aside(text, c, owner)]
    if not named or named[0] is not chosen:
        return False
    if any(chosen.end <= c.start < clause[0] for c in named):
        return False
    if _OWN_CLAUSE.search(text, chosen.end, clause[0]):
        return False
    return not (text[clause[0]:quantity.start].strip().lower().startswith("taking") and
                SELLER_CALLED.search(text, chosen.end, clause[0]))


_PARTNER_VERB = re.compile(r"\b(?:(?P<buy>took|takes|taking|bought|buys|buying|received|receives|"
                           r"receiving|imported|imports|purchased|absorbed|absorbing)|"
                           r"(?P<sell>supplied|supplies|supplying|sold|sells|selling|shipped|"
                           r"ships|shipping|provided|provides|providing|sent|sends|sending))\s+"
                           r"(?:(?:about|around|"
                           r"roughly|nearly|almost|some|over|more\s+than|just|only)\s+)*$",
                           re.IGNORECASE)


def of_total_trade(text: str, quantity: Quantity, clause: tuple[int, int]) -> bool:
    """True when the share is of someone's trade, exports or imports (`90 percent of its foreign
    trade`), not of a cap or another quantity (`18.4 percent of the annual cap`)."""
    tail = text[quantity.end:min(clause[1], quantity.end + 60)]
    # (a point inside a number or an abbreviation, `of all U.S. trade`, goes on)
    of = re.match(r"\s*of\s+(?P<total>(?:[^,;.]|(?<=\d)[.,](?=\d)|(?<=\b[A-Z])\.)*)", tail)
    if of is None:
        return bool(lexicon("share").search(text, clause[0], quantity.start))
    total = of["total"]
    if _BARE_TOTAL.fullmatch(total):  # `..., or 98.0 percent of the total`: the flow's total
        return True
    return any(lexicon("flow", kind).search(total) for kind in ("export", "import", "two_way"))


_BARE_TOTAL = re.compile(r"(?:the|its|their)\s+(?:[a-z-]+\s+)?total\s*", re.IGNORECASE)
_OWN_SHARE = re.compile(rf"['’`]s?\s+(?:[a-z-]+\s+)?{SHARE_NOUN}\b", re.IGNORECASE)
_SHARE_OF_NOUN = re.compile(rf"\b{SHARE_NOUN}\s+of\b", re.IGNORECASE)
"""`share of` before the figure: the total it names follows (`share of Canadian exports`)."""
_ITS_SHARE = re.compile(rf"\s+(?:[a-z-]+\s+)?{SHARE_NOUN}\b", re.IGNORECASE)
"""After a possessive pronoun: its share (`Its share of imported coal`)."""


_TOTAL_NOUN = re.compile(r"\b(?:total|market|needs|consumption|demand|purchases|supplies|"
                         r"supply|bill|basket)\b", re.IGNORECASE)
"""Nouns for a total a possessive can own (`its market`, `China's total`), besides flow nouns."""
_OWNED_WORDS = re.compile(r"[^,;.]{0,50}")
"""The words after a possessive that can name what it owns, up to the clause's end."""


def _owns_total(text: str, owner: CountryMention) -> bool:
    """A possessive after a share owns its total only when a flow or total noun follows it
    within a few words (`of China's crude imports`, `of its market`), not `its all-out war`."""
    tail = _OWNED_WORDS.match(text, owner.end)
    words = tail.group() if tail else ""
    return bool(_TOTAL_NOUN.search(words) or any(
        lexicon("flow", kind).search(words) for kind in ("export", "import", "two_way")))


def _holder(text: str, quantity: Quantity, clause: tuple[int, int],
            countries: list[CountryMention]) -> CountryMention | None:
    """`Russia's share stood at 45 percent for gas imports`, `Its share of imported coal fell
    to 13 percent`: the country whose share the clause states before the figure, with no other
    country between, is the part of the total, even when it is the article's main country."""
    inside = [c for c in countries if c.code and clause[0] <= c.start and c.end <= quantity.start]
    if not inside or not inside[-1].possessive:
        return None
    own = _ITS_SHARE if inside[-1].form == "pronoun" else _OWN_SHARE
    return inside[-1] if own.match(text, inside[-1].end) else None


def partner_share(text: str, clause: tuple[int, int], countries: list[CountryMention]) -> bool:
    """`China's share of the North's trade`: the share names its partner, so it is a share of
    the total (trade), not of a commodity named elsewhere in the sentence."""
    return any(m.code and m.possessive and clause[0] <= m.start < clause[1]
               and _OWN_SHARE.match(text, m.end) for m in countries)


_SHARE_WORDS = rf"\s+(?:[a-z-]+\s+){{0,2}}?{SHARE_NOUN}\s+(?:of|in)\s"
_SHARE_OF_START = re.compile(r"['’`]s?" + _SHARE_WORDS, re.IGNORECASE)
"""`Russia's share of ...` after the owner's name."""
_WHOLE_OF = r"+(?:the\s+)?(?:" + cue_regex(sorted(word_set("whole_market_words"))).pattern + \
    r"\s+)?$"
_SHARE_OF = re.compile(_SHARE_OF_START.pattern + _WHOLE_OF, re.IGNORECASE)
"""The same, reaching exactly to a second country: `A's share of B's ...`, `A's slice of the
whole B market`."""
_ITS_SHARE_OF = re.compile(_SHARE_WORDS + _WHOLE_OF, re.IGNORECASE)
"""The same after `its` (`its share of Brazilian imports`)."""
_MARKET = re.compile(r"\b(?:markets?|supplies)\b", re.IGNORECASE)
"""What the owner of a total takes in, whatever flow word it holds (`B's crude market`, `B's oil
supplies`): a share of it flows from A to B."""


_SUPPLIES_TO = re.compile(r"\bsupplies\s+to\b", re.IGNORECASE)
_GOODS_WORD = re.compile(r"[a-z]+", re.IGNORECASE)


def _owner_supplies(total: str, owner: CountryMention, partner: CountryMention) -> bool:
    """Whether `B's ... supplies` in a share's total are what B sells, not what it takes in:
    `supplies to` (`Norway's gas supplies to Europe`), or an owner known to sell the good the
    share-holder does not (`China's share of Russia's oil supplies`)."""
    if re.search(r"\bmarkets?\b", total, re.IGNORECASE) or not re.search(
            r"\bsupplies\b", total, re.IGNORECASE):
        return False
    if _SUPPLIES_TO.search(total):
        return True
    sellers: dict[str, list[str]] = cue_data()["known_suppliers"]
    return any(owner.code in sellers.get(word.lower(), ()) and
               partner.code not in sellers.get(word.lower(), ())
               for word in _GOODS_WORD.findall(total))


def _other_owner(text: str, before: list[CountryMention], partner: CountryMention,
                 owner: CountryMention) -> CountryMention | None:
    """`Russia supplies most of Mongolia's petrol: its share of the country's imports ...`: a
    pronoun owning the total of `A's share of B's` is not A, so it stands for the country named
    last before A that is not A (None when the owner is a name, or no other country came; nor
    when A is a pronoun for a state company, `Codelco sold more copper to China, but its share of
    the country's copper exports`, whose country names no buyer; nor when the other country is
    a demonym owning goods, `India bought record Russian crude, and its share of the country's
    crude imports`: the goods' origin, not the country meant)."""
    if owner.form != "pronoun":
        return None
    named = [c for c in before if c.start < partner.start and c.form != "pronoun"]
    if partner.form == "pronoun":
        antecedent = next((c for c in reversed(named) if c.code == partner.code), None)
        if antecedent is not None and is_state_company(antecedent.surface):
            return None
    other = next((c for c in reversed(named) if c.code != partner.code), None)
    if other is not None and other.form == "demonym" and any(
            m.start == other.end + 1 for m in find_commodities(text, other.end,
                                                                 min(len(text), other.end + 40))):
        return None
    return other


def _stated_share(text: str, quantity: Quantity,
                  countries: list[CountryMention]) -> Parties | None:
    """`A's share of B's <total>` (`the American share of Canadian exports`) before the
    quantity: A is the partner, B owns the total; a total of exports flows from B to A, of
    imports or of B's market from A to B, of trade both ways."""
    before = [c for c in countries if c.code and c.end <= quantity.start]
    # (a pronoun left unresolved may still own the total: `Chile's share of the country's`)
    seen = [c for c in countries if (c.code or c.form == "pronoun") and c.end <= quantity.start]
    for partner, named in zip(seen, seen[1:], strict=False):
        # (`its share of`, `the American share of`: no possessive mark)
        share_of = _ITS_SHARE_OF if partner.form in ("pronoun", "demonym") else _SHARE_OF
        if not partner.code or not (partner.possessive or partner.form == "demonym") or \
                not share_of.match(text[partner.end:named.start]):
            continue
        owner = named if named.code and named.code != partner.code else \
            _other_owner(text, before, partner, named)
        if owner is None or owner.code is None:
            continue
        total = text[named.end:quantity.start]
        if lexicon("flow", "two_way").search(total):
            return Parties(partner.code, owner.code, True)
        if lexicon("flow", "export").search(total) and not lexicon("flow", "import").search(
                total) and (not _MARKET.search(total) or _owner_supplies(total, owner, partner)):
            return Parties(owner.code, partner.code, False)
        return Parties(partner.code, owner.code, False)
    for partner in before:
        total = text[partner.end:quantity.start]
        if partner.possessive and (partner.code or "").lower() not in word_set("eu_members") and \
                _SHARE_OF_START.match(total) and _BLOC.search(total) and \
                lexicon("flow", "import").search(total) and not any(
                    c.start > partner.end for c in before):
            # `Russia's share of extra-EU coal imports`: a supplier to a bloc with no code
            return Parties(partner.code, None, False)
    return None


_BLOC = re.compile(BLOC_NAME)
_TO_BLOC = re.compile(rf"\s*of\s[^,;.]*\bto\s+(?:the\s+)?{BLOC_NAME}", re.IGNORECASE)
"""After a share: a total of deliveries to a bloc (`of all enriched uranium deliveries to the
bloc`), whose parts are its suppliers."""
_WORLD_TOTAL = re.compile(r"\b(?:world|global|worldwide|international)\b", re.IGNORECASE)
"""In a share's total: everyone's flow (`of world copper exports`, `of global imports`)."""
_NOT_BLOCS = re.compile(r"\b(?:to|from|with|their|its|his|her|our)\b", re.IGNORECASE)
_TOTAL_OWNED_BY = re.compile(r"\s*(?:of|for|in)\s+(?P<total>(?:(?!\b(?:as|while|but|when|after|"
                             r"because|although|though|whereas)\b)(?:[^,;.]|(?<=\b[A-Z])\.))*)")
"""The words naming a share's total, up to the next clause (`of EU imports` or `of the fertilisers
the EU-27 bought`, not `of wheat imports in 2023 as EU suppliers lost ground`)."""
_ROLE_NOUN = re.compile(r"['’`]s?\s+(?:[\w-]+\s+){0,2}?(?P<role>suppliers?|sources?|sellers?|"
                        r"exporters?|buyers?|customers?|markets?|importers?|partners?|"
                        r"destinations?|clients?)\b", re.IGNORECASE)
_ROLE_TO_SHARE = re.compile(r"(?:\s+(?:of|for)\s+(?:[\w-]+\s+){0,2}?[\w-]+(?:\s+in\s+\d{4})?,?\s+"
                            r"(?:providing|supplying|delivering|shipping|selling|buying|taking|"
                            r"receiving|accounting\s+for|making\s+up)|,?\s+(?:with|at|of|"
                            r"holding|taking))\s+" + hedge_pattern(True, "a", "an", "its") + "$",
                            re.IGNORECASE)
"""From a role noun to its share: right after it (`top supplier with a 36 percent share`), or
after the goods it names and a verb of supplying or taking (`biggest source of refined oil,
providing 24.1 per cent of imports`)."""
_SUPPLYING = ("supplier", "source", "seller", "exporter")
_BUYING = ("buyer", "customer", "market", "importer", "destination", "client")


def role_share(text: str, quantity: Quantity, countries: list[CountryMention]) -> Parties | None:
    """`making Moscow New Delhi's top supplier with a 36 percent share`: a country named as
    another's supplier (or buyer, or partner) with the share: supplier -> owner, owner -> buyer,
    both ways for a partner."""
    bloc = _role_of_bloc(text, quantity, countries)
    if bloc is not None:
        return bloc
    for index, owner in enumerate(countries):
        if not owner.possessive or not owner.code or owner.end > quantity.start or \
                owner.form == "pronoun":  # `made it the country's top supplier`: too unsure
            continue
        role = _ROLE_NOUN.match(text, owner.end, quantity.start)
        if role is None or not _ROLE_TO_SHARE.fullmatch(text, role.end(), quantity.start):
            continue
        named = [c for c in countries[:index] if c.code and c.code != owner.code
                 and not c.possessive]
        if not named:
            return None
        subjects = [c for c in named if c.cue is None]
        other = (subjects[0] if subjects else named[-1]).code
        noun = role["role"].lower().rstrip("s")
        if noun in _SUPPLYING:
            return Parties(other, owner.code, False)
        if noun in _BUYING:
            return Parties(owner.code, other, False)
        return Parties(other, owner.code, True)
    return None


_OF_MARKET = re.compile(r"\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_MARKET_AFTER = re.compile(r"(?:['’`]s?)?\s+(?:[a-z-]+\s+){0,2}?(?:market|consumption|demand|needs|"
                           r"requirements|supply|supplies)\b")


def market_share(text: str, quantity: Quantity, clause: tuple[int, int],
                 countries: list[CountryMention]) -> Parties | None:
    """`Chinese steel took 23 percent of the Vietnamese market`, `Iran meets 18% of Turkey's gas
    needs`: a share of a country's market or needs is of what it buys, from the supplier named
    before the share in its clause (else unknown)."""
    owner = next((c for c in countries if c.code and c.form != "pronoun" and quantity.end <
                  c.start < clause[1] and _OF_MARKET.fullmatch(text, quantity.end, c.start)
                  and _MARKET_AFTER.match(text, c.end)), None)
    if owner is None or home_or_people_share(text, clause[0], quantity.start):
        return None  # (nor `Domestic mills meet 60% of Nigeria's rice needs`)
    suppliers = [c for c in countries if c.code and c.code != owner.code and c.form != "pronoun"
                 and clause[0] <= c.start < quantity.start and not c.possessive]
    supplier = None if _joint(text, suppliers) else (suppliers[0].code if suppliers else None)
    return Parties(supplier, owner.code, False)


_BLOC_OWNER = re.compile(r"\b(?:(?:the\s+)?(?:EU|E\.U\.|European\s+Union)|the\s+bloc|Europe)"
                         r"(?=['’]s?\s)")
"""A bloc with no country code owning a role (`the bloc's second-biggest supplier`)."""


def _role_of_bloc(text: str, quantity: Quantity,
                  countries: list[CountryMention]) -> Parties | None:
    """`Ukraine is the bloc's biggest honey supplier, with 28% of its imports`: the country
    named first in its clause, the subject, supplies the bloc, which has no code (and buys
    from it, for a buyer; `the US overtook Russia as the EU's top supplier`: the US)."""
    start = max(0, quantity.start - 120)
    for owner in _BLOC_OWNER.finditer(text, start, quantity.start):
        role = _ROLE_NOUN.match(text, owner.end(), quantity.start)
        if role is None or not _ROLE_TO_SHARE.fullmatch(text, role.end(), quantity.start):
            continue
        opening = max(text.rfind(",", 0, owner.start()), text.rfind(";", 0, owner.start()))
        named = [c for c in countries if c.code and opening < c.start and c.end <= owner.start()
                 and not c.possessive and c.cue is None]
        if not named:
            return None
        noun = role["role"].lower().rstrip("s")
        if noun in _SUPPLYING:
            return Parties(named[0].code, None, False)
        if noun in _BUYING:
            return Parties(None, named[0].code, False)
        return Parties(named[0].code, None, True)
    return None


_DEALING_VERB = re.compile(r"\b(?:(?P<buy>took|takes|take|taking|bought|buys|buy|buying|"
                           r"purchased|purchases|purchase|absorbed|absorbs|absorb|absorbing)|"
                           r"(?P<sell>supplied|supplies|supply|supplying|provided|provides|provide|"
                           r"providing|covered|covers|cover|covering|meets|meet|met|meeting))\s+"
                           r"(?:a\s+record\s+)?" + hedge_pattern(True, "a", "record") + "$",
                           re.IGNORECASE)
"""Right before a share: a verb of buying (or supplying) whose object is the share (`buys
two-thirds`, `supplied almost`, `absorbed a record`)."""
_OF_OWNER = re.compile(r"\s+of\s+(?:the\s+)?$", re.IGNORECASE)
"""Between the share and its owner: `of` (`two-thirds of Chile's seaweed`, `of the islands'`)."""
_SUBJECT_GAP = re.compile(r"\s+(?:[a-z-]+\s+)?$")
"""Between a share's subject and its verb: at most one lower-case word, of any kind (an adverb,
`China now takes`, or goods, `Russian gas meets`)."""
_EXPORTS_WORD = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?:exports?|sales|shipments)\b", re.IGNORECASE)
"""After the owner: a total of what it sells, which a seller's share is not of."""
_IMPORTS_WORD = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?:imports?|purchases|intake)\b",
                           re.IGNORECASE)
"""After the owner: a total of what it buys (`import bill`), which a buyer's share is not of."""
_FINANCIAL = ("bonds", "bond", "debt", "shares", "stocks", "equity", "equities", "securities",
              "financing", "budget")
"""Money, not goods: a share of a country's bonds (debt, shares, budget, ...) bought or provided
(`Foreign investors bought 15% of Indonesia's government bonds`) is no flow of goods."""
_FINANCIAL_WORD = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?:" + "|".join(_FINANCIAL) + r")\b",
                             re.IGNORECASE)
"""After the owner: one of `_FINANCIAL` in a few words."""


def dealt_share(text: str, quantity: Quantity, clause: tuple[int, int],
                countries: list[CountryMention]) -> Parties | None:
    """`China buys two-thirds of Chile's seaweed`, `Venezuela supplied almost 70 percent of
    Haiti's fuel`: a share that is the object of a verb of buying (supplying), of goods a country
    named right after it owns: the owner sells them to (buys them from) the verb's subject, a
    country named (or a demonym) right before the verb; the owner's side alone when that subject
    is no single country (`Gulf states supply 97 percent of Japan's crude`)."""
    verb = _DEALING_VERB.search(text, max(clause[0], quantity.start - 45), quantity.start)
    if verb is None:
        return None
    owner = next((c for c in countries if c.code and c.possessive and c.form != "pronoun"
                  and quantity.end < c.start < clause[1]), None)
    if owner is None or not _OF_OWNER.fullmatch(text, quantity.end, owner.start):
        return None
    buys = verb["buy"] is not None
    # (a seller's exports, a buyer's imports: some other reading; `take 33.4% of Russia's car
    # market`: a share of what the owner buys, for `market_share`)
    if (_IMPORTS_WORD if buys else _EXPORTS_WORD).match(text, owner.end + 2) or \
            _MARKET_AFTER.match(text, owner.end) or _FINANCIAL_WORD.match(text, owner.end + 2):
        return None  # (nor money: `bought 15% of Indonesia's government bonds`)
    if any(c.code and c.end <= clause[0] for c in countries):
        return None  # (a subject before the clause: `China is the leading supplier, providing`)
    named = [c for c in countries if clause[0] <= c.start and c.end <= verb.start()]
    joint = _joint(text, named)
    if not named and not buys or joint:
        # (`Round logs supplied 79% of the islands' receipts`: goods, not a seller; `China and
        # Hong Kong together bought about 40%`: no one buyer)
        return Parties(owner.code, None, False) if joint and buys else \
            Parties(None, owner.code, False) if joint else None
    subject = named[-1] if named and named[-1].code and named[-1].cue is None and \
        not named[-1].possessive and named[-1].form != "pronoun" and \
        _SUBJECT_GAP.fullmatch(text, named[-1].end, verb.start()) and \
        named[-1].code != owner.code else None
    if subject is None and named:
        return None
    partner = subject.code if subject is not None else None
    return Parties(owner.code, partner, False) if buys else Parties(partner, owner.code, False)
