"""Sides read from the flows stated before: the paragraph's flow, joint suppliers, a sum of
two flows, a counter-flow, and the pair named last.

`Together the two countries declared ...` after two suppliers' flows, `..., together 48,430
tonnes`, `Pyongyang sold $750 million to Beijing and bought $2.03 billion`, `trade between the two
countries`: what the sentence leaves out, the claims before it say.
"""

from __future__ import annotations

import re

from tradetrace.extract.commodity import unnamed_goods
from tradetrace.extract.cues import hedge_pattern, lexicon, word_set
from tradetrace.extract.kinds import SHARE_NOUN
from tradetrace.extract.parties import find_countries
from tradetrace.extract.reading import Context, ReadingState, StatedFlow
from tradetrace.extract.roles import (
    BLOC_NAME,
    BROUGHT_IN,
    PHRASE_BREAK,
    REGION_BUYERS,
    ROLE_AFTER,
    Frame,
    Parties,
    assign,
    find_frame,
    read_roles,
)
from tradetrace.extract.sentences import clause_bounds
from tradetrace.model import Claim, Quantity
from tradetrace.normalize.units import is_currency

_COMBINED_BEFORE = re.compile(r"(?:,|\band)\s+(?:(?:together|combined|jointly|between\s+them)\s+|"
                              r"(?:a|their)\s+(?:combined|joint)\s+(?:total\s+(?:of\s+)?)?|"
                              r"(?:for\s+)?a\s+(?:combined\s+)?total\s+of\s+)"
                              r"(?:(?:about|around|roughly|nearly|almost|some|over|more\s+than|"
                              r"just|only)\s+)?$", re.IGNORECASE)
"""`, together 48,430 tonnes`, `, a combined 48,430 tonnes`, `, for a total of 48,430 tonnes`."""
_COUNTER_JOIN = re.compile(r"\b(?:and|versus|vs\.?|against|while|but)\b|\bcompared\s+with\b",
                           re.IGNORECASE)
"""Joins a flow to its counter-flow: `imports ... came to $491 million versus exports of $48m`."""
_SIDE_WITHOUT_CODE = re.compile(BLOC_NAME + "|" + REGION_BUYERS)
"""A bloc or region that is a side of its own (`and Europe received`, `while Asian buyers took`)."""


_OF_THAT = re.compile(r"\s+of\s+(?:that|this|it|the\s+(?:total|sum|figure|amount))\b",
                     re.IGNORECASE)
"""`$2.72 billion of that`: a part of the figure just stated."""
_OF_THOSE_LOADS = re.compile(r"\s+of\s+(?:those|these)\s+(?:[\w-]+\s+)?(?:cargoes|shipments|"
                             r"imports|exports|deliveries|purchases|supplies|barrels|tonnes|tons)\b",
                             re.IGNORECASE)
"""`three-quarters of those cargoes`: a share of the flow just stated."""
_OF_FORMER = re.compile(r"\s+of\s+the\s+(former|latter)\b(?!\s+[a-z]+ed\b)", re.IGNORECASE)
_OF_THAT_OPENING = re.compile(r"(?:Of\s+(?:that|this|it|the\s+total)|Out\s+of\s+(?:that|this))"
                              r"\s*,?\s*(?:(?:about|around|some|roughly|nearly|almost|just|"
                              r"only)\s+)?(?:US)?$")
"""`Of that, $681.66 million ... was with China`: the sentence opens on the part."""


_VALUE_OF_IT = re.compile(r",?\s+(?:worth|valued\s+at|with\s+a\s+(?:total\s+|market\s+)?value\s+"
                          r"of)\s+(?:(?:about|around|roughly|some|nearly|"
                          r"almost|over|more\s+than|an\s+estimated)\s+)*(?:US|U\.S\.)?\s*",
                          re.IGNORECASE)
"""Between a figure and its value right after it (`, with a value of`)."""
_PAID_FOR = re.compile(r"\s+for\s+(?:(?:about|around|roughly|some|nearly|almost|over|just|"
                       r"more\s+than|an\s+estimated)\s+)*(?:US|U\.S\.)?\s*", re.IGNORECASE)
"""Between a measure of goods and the sum paid for them (`14,346 tonnes for $42 million`)."""
_ELIDED = re.compile(r"['’]s?\s+(?:also\s+)?(?:rose|fell|grew|climbed|dropped|slipped|jumped|"
                     r"increased|decreased|declined|surged|slumped|tumbled|edged|came|reached|"
                     r"stood|totaled|totalled|hit|amounted)\b")
"""A possessive country right before a verb: its flow noun is left out (`Australia's climbed`)."""
_ELIDED_GAP = re.compile(r"['’]s?\s+(?:\d[\d.,]*\s*(?:percent|per\s+cent|%|pc|pct)\s+(?:to|at)\s+)?"
                         + hedge_pattern(True))
"""A possessive country right before the figure, after `and`: the verb is left out too (`...
grew 28.8 percent and Uzbekistan's 45 percent to $14 billion`)."""
_GAPPED_BY = re.compile(r"\s+(?:by|to)\s+(?:[^,;]{1,20},\s+to\s+)?" + hedge_pattern(True))
_RESTATED_GAP = re.compile(r"\band\s+[A-Z][\w.'’ -]{1,30}?\s+by\s+[^,;]{1,20},\s*$")
_AFTER_FIGURE_AND = re.compile(r"(?:\d|%|\b(?:percent|cent|tonnes|tons|MMst|barrels|bpd))\s*,?\s+"
                               r"and\s+$")
"""`Turkey raised its intake by 120%, to 30 MMst, and India by 159%`: after a figure, `and`, a
country and `by` (or `to`) with the figure: the verb and flow noun are left out (and so for the
level restated after it, `, to 29 MMst`)."""
_SHARE_AFTER = re.compile(rf"\s+(?:(?:market|import|export)\s+)?{SHARE_NOUN}\b", re.IGNORECASE)
"""After a figure: it is a part of a total (`and Bolivia's 40 percent market share`), not a
flow with its verb left out."""
_OWNS_TRADE = re.compile(r"(?:['’]s?)?\s+(?:[a-z-]+\s+){0,3}?(?:trade|turnover|commerce)\b")
"""After a possessive: a word for its trade in both directions (`Kyrgyzstan's turnover`)."""
OWNS_FLOW = re.compile(r"(?:['’]s?)?\s+(?:[a-z-]+\s+){0,3}?(?:"
                       + "|".join(map(re.escape, sorted(word_set("owned_flow_nouns")))) + r")\b")
"""After a possessive or demonym: a flow noun it owns (`Brazil's soybean exports`, `China's
purchases`, `Chinese exports of oil`)."""
_ACCOUNTED = re.compile(r"\s+(?:alone\s+)?(?:accounted|accounts|made\s+up|makes\s+up)\s+for\b|"
                        r"\s+(?:alone\s+)?(?:made|makes)\s+up\b", re.IGNORECASE)


NEUTRAL_FLOW = re.compile(r"(?i:shipments?|shipped|deliver(?:y|ies|ed)|suppl(?:y|ies|ied)|"
                          r"cargoes|cargo|flows?|volumes?|arrivals?|transfers?|"
                          r"earn(?:s|ed|ing)?|" + BROUGHT_IN + ")")
"""Flow words that name no side (unlike `exports` or `purchases`): whose they are, the
paragraph's flow says (`Textiles earned $584m`: the seller in that flow, not the reporter)."""


_OWNER_GAP = re.compile(r"(?:['’]s?)?\s+(?P<words>(?:[a-z][\w-]*\s+){0,3})")
"""Between a country and the trade word it owns: up to three lower-case words (`'s rare earth
magnet`, `'s`, `Chinese flake graphite`)."""


_POLICY_AFTER = re.compile(r"\s+(?:ban|bans|embargo|controls?|curbs?|restrictions?|quotas?|"
                           r"licen[cs](?:e|es|ing)|permits?|rules?|regime|dut(?:y|ies)|tax|"
                           r"tariffs?|halt|suspension|prohibition|policy|policies)\b")
"""After a trade word: a policy on the flow, not the flow (`Congo's export ban`; a ban written as
a predicate, `exports have been banned`, still lets `Shipments` after it go on with the flow)."""


_ACCORDING = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.IGNORECASE)
_RANKED_WITH = re.compile(r"(?:\s+(?:(?:came|ranked|placed|was|stood|is|finished)\s+)?"
                          r"(?:(?:in\s+)?a\s+(?:distant\s+|close\s+)?)?"
                          r"(?:second|third|fourth|fifth|sixth|next)\s+(?:place\s+)?,?\s*with\s+"
                          r"(?:an?\s+)?|"
                          r"(?:\s+and\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s+followed\s+"
                          r"with\s+(?:[^,;]{1,40}?\s+and\s+)?)"
                          r"(?:(?:about|around|roughly|nearly|some|almost|just\s+over|over)\s+)?")
"""Between a ranked country and its figure: `came second with`, `third with`, `was a distant
second with`, `The Netherlands and the UK followed with 2.77 million mt and 2.22 million mt`."""

_AHEAD_OF = re.compile(r"\bahead\s+of\s+(?:the\s+)?[A-Z]")
"""`ahead of Oman`: rivals named after the leader (not `ahead of schedule`, `of last year's`)."""
_TOP_TRADER = re.compile(
    lexicon("rank_words").regex.pattern + r"\s+(?:[\w-]+\s+){0,2}?(?:(?P<seller>"
    + lexicon("ranked_roles", "seller").regex.pattern + r"|producers?)|"
    + lexicon("ranked_roles", "buyer").regex.pattern + r")\b", re.IGNORECASE)
"""A ranking's first place by its role (`Europe's biggest net exporter`, `the top buyer`)."""
_RANKED_ROLE = re.compile(
    lexicon("rank_words").regex.pattern + r"\s+(?:[a-z-]+\s+){0,2}?(?:(?P<buyer>"
    + lexicon("ranked_roles", "buyer").regex.pattern + r")\s+(?:for|of)|(?:"
    + lexicon("ranked_roles", "seller").regex.pattern + r")\s+(?:to|for|of))\b", re.IGNORECASE)
"""A ranking's role in the leader's sentence, with what it ranks on: buyers (`the leading
foreign destination for Chinese-built vehicles`) or sellers (`the top supplier to India`); not
a title of the country (`India, the world's third-largest oil importer, bought`)."""


def _owns_trade_word(gap: str, owning_form: bool) -> bool:
    """Whether the text `gap` between a country and a trade word leaves the word the country's:
    a possessive or demonym before its goods (`China's germanium exports`), or a name right
    before its verb (`Peru exported`, `Peru sharply cut imports`); not a subject several words
    and a preposition away (`North Korea continues to evade the cap through transfers`)."""
    match = _OWNER_GAP.fullmatch(gap)
    if match is None or PHRASE_BREAK.search(match["words"]):
        return False
    words = match["words"].split()
    return owning_form or not words or (len(words) <= 2 and words[0].endswith("ly"))


_HOME_CUE = {"export": "from", "import": "into"}
_HOME_AFTER = re.compile(r"\s+(?:of\s+(?:[\w-]+\s+){1,3})?(?:from|into)\s+(?:the\s+)?")
"""Between a trade word and its home country: `shipments from`, `exports of logs from`."""


class FlowHistory(ReadingState):
    """The claim reader's rules that read a claim's sides from the claims before it."""

    def traded_pair(self) -> tuple[str, str] | None:
        """The two sides of the article's last two-way flow."""
        for claim in reversed(self.history):
            if claim.two_way and claim.exporter and claim.importer:
                return claim.exporter, claim.importer
        return None

    def recent_pair(self) -> tuple[str, str] | None:
        """The two countries named last before the current sentence, first-named first."""
        seen: list[str] = []
        for code in reversed(self.named):
            if code not in seen:
                seen.append(code)
            if len(seen) == 2:
                return seen[1], seen[0]
        return None

    def home_side(self, ctx: Context) -> str | None:
        """The country whose side of the paragraph's flows the text tells: the customs that
        reports them, else the one country that owns the flow nouns of the paragraph before the
        sentence (`China's purchases from North Korea fell ... Chinese exports to the North
        dropped ...`)."""
        if self.reporter is not None:
            return self.reporter
        start = self.text.rfind("\n", 0, ctx.span[0]) + 1
        owners = {m.code for m in find_countries(self.text, start, ctx.span[0])
                  if m.code and (m.possessive or m.form == "demonym")
                  and OWNS_FLOW.match(self.text, m.end)}
        return owners.pop() if len(owners) == 1 else None

    def paired_flow(self, ctx: Context, frame: Frame | None) -> Parties | None:
        """`Exports slid 43.1 percent` with no country of its own, after the paragraph's flows
        between one pair: the home side's exports (imports) in the flow to (from) the other."""
        if frame is None or frame.kind not in ("export", "import") or any(
                c.code and c.form != "pronoun" for c in ctx.countries):
            return None
        if NEUTRAL_FLOW.fullmatch(self.text, frame.start, frame.end):
            return None  # `Iron ore shipments slumped`: no side's word, the flow goes on
        sides = {side for c in self.previous for side in (c.exporter, c.importer)}
        if len(sides) != 2 or None in sides:
            return None
        # (`North Korea spent $5.7 million on Chinese rice, ..., citing China's customs. Flour
        # purchases shrank`: the subject that held this side of the paragraph's flows, before
        # the customs that reports them)
        told = [c.importer if frame.kind == "import" else c.exporter for c in self.previous]
        home = self.previous_subject if self.reporter is not None and \
            self.previous_subject in sides and told and all(
                side == self.previous_subject for side in told) else self.home_side(ctx)
        if home not in sides:
            return None
        other = next(side for side in sides if side != home)
        return Parties(home, other) if frame.kind == "export" else Parties(other, home)

    def joint_flow(self, frame: Frame | None, sentence_start: int) -> Parties | None:
        """`the two countries` under a one-way trade word after one-way flows from two
        suppliers to one receiver (or the reverse): the suppliers together, not a pair."""
        earlier = [c for c in self.history if c.sentence_start < sentence_start]
        if frame is None or frame.kind not in ("export", "import") or not earlier:
            return None
        last = earlier[-1].sentence_start
        flows = [c for c in earlier if c.sentence_start == last and c.exporter
                 and c.importer and not c.two_way]
        return joint_sides(flows)

    def valued(self, ctx: Context, quantity: Quantity,
               between: re.Pattern[str] = _VALUE_OF_IT) -> Claim | None:
        """The claim whose goods `quantity` is the value of: `at 268,835 tonnes, worth US$107
        million`, `46.5 mln tonnes worth $28.3 bln` (or with what `between` allows between)."""
        found = [self.claims[i] for i in ctx.indices if i in self.claims
                 and between.fullmatch(self.text, self.quantities[i].end, quantity.start)]
        return found[-1] if found else None

    def paid_for(self, ctx: Context, quantity: Quantity) -> Claim | None:
        """The claim whose goods a sum was paid for, right before it (`Chile took 19,816 tonnes
        for US$103.7 million`, `Germany bought 14,346 tonnes for $42 million`): a sum after a
        measure of goods and `for` is their value, on the same sides (not a sum after a share
        or another sum: `up 5% for $3 billion`)."""
        if not is_currency(quantity.unit):
            return None
        found = self.valued(ctx, quantity, _PAID_FOR)
        if found is None or is_currency(found.unit) or found.unit in ("percent", "x"):
            return None
        return found

    def elided_flow(self, quantity: Quantity, clause: tuple[int, int],
                    ctx: Context) -> Parties | None:
        """`..., while the latter's fell 8.6%`, `Australia's climbed to 78.6 million tons`: a
        possessive with its flow noun left out is the flow before it, with this country in
        place of the side that is not the article's country."""
        restated = _RESTATED_GAP.search(self.text, max(0, clause[0] - 60), clause[0])
        scan_from = restated.start() if restated is not None else clause[0]
        owners = [c for c in ctx.countries if scan_from <= c.start < quantity.start
                  and c.code and ((c.possessive and (_ELIDED.match(self.text, c.end) or (
                      c.cue == "and" and _ELIDED_GAP.fullmatch(self.text, c.end, quantity.start)
                      and not _SHARE_AFTER.match(self.text, quantity.end)))) or (
                      not c.possessive and c.cue == "and" and not c.paired
                      and _GAPPED_BY.fullmatch(self.text, c.end, quantity.start)
                      and _AFTER_FIGURE_AND.search(self.text, max(0, c.start - 30), c.start)))]
        if len(owners) != 1 or self.focus is None:
            return None
        code = owners[0].code
        made = [self.claims[i] for i in ctx.indices if i in self.claims
                and self.quantities[i].end <= quantity.start]
        flows = [c for c in (*self.previous, *made) if c.exporter and c.importer]
        if not flows or code in (flows[-1].exporter, flows[-1].importer):
            return None
        last = flows[-1]
        # the side its counterpart held (`Brazil's soybean exports to China rose, while
        # Argentina's fell`: Argentina in Brazil's place, as after `Brazilian shipments`;
        # `Kyrgyzstan's turnover with China grew 28.8 percent and Uzbekistan's 45 percent`),
        # else the side that is not the article's country
        counterparts = [c.code for c in ctx.countries if c.start < owners[0].start
                        and c.code in (last.exporter, last.importer) and ((
                            (c.possessive or c.form == "demonym") and (
                                _OWNS_TRADE if last.two_way else OWNS_FLOW).match(
                                self.text, c.end)) or (
                            # (`Turkey raised its intake ..., and India by 159%`: the subject
                            # the gapped country stands in for)
                            not owners[0].possessive and c.cue is None and not c.possessive))]
        if counterparts:
            if counterparts[-1] == last.exporter:
                return Parties(code, last.importer, last.two_way)
            return Parties(last.exporter, code, last.two_way)
        if last.two_way:
            return None
        if last.importer == self.focus:
            return Parties(code, last.importer, False)
        if last.exporter == self.focus:
            return Parties(last.exporter, code, False)
        return None

    def part_of_former(self, quantity: Quantity) -> Parties | None:
        """`Crude oil accounted for $33.98 million of the former`: a part of the first (or,
        `of the latter`, the second) of the two one-way flows stated just before."""
        which = _OF_FORMER.match(self.text, quantity.end)
        if which is None:
            return None
        flows = [c for c in self.history if c.exporter and c.importer and not c.two_way
                 and c.end <= quantity.start]
        if len(flows) < 2:
            return None
        chosen = flows[-2] if which.group(1).lower() == "former" else flows[-1]
        return Parties(chosen.exporter, chosen.importer, False)

    def ranked_row(self, quantity: Quantity, ctx: Context) -> Parties | None:
        """`China stayed at the top of Dubai's list of partners with two-way trade of 39 billion
        dirhams. India came second with 24 billion dirhams and the United States third with 22
        billion`: a country ranked after the leader, with its figure, takes the leader's place in
        the paragraph's flow (the other side, the owner of the ranking, stays)."""
        row = next((c for c in ctx.countries if c.code and c.form != "pronoun" and not c.possessive
                    and c.end <= quantity.start and _RANKED_WITH.fullmatch(
                        self.text, c.end, quantity.start)), None)
        before = [self.claims[i] for i in ctx.indices if i in self.claims
                  and self.claims[i].end <= quantity.start]
        flows = [c for c in (*self.previous, *before) if c.kind in ("level", "change")
                 and c.exporter and c.importer]
        if row is not None and row.code and not flows:
            return self.ranked_alone(row.code, before)
        if row is None or not flows or row.code in (flows[-1].exporter, flows[-1].importer):
            return None
        # (the last flow whose sentence says which side leads: not a part of it told after,
        # `Whole milk powder made up 2,850 tonnes of that`)
        # (or an earlier sentence's: `China was the leading market ..., taking 18%. Whole milk
        # powder made up 2,850 tonnes of that. Algeria came a close second with 17%`)
        recent = [c for c in list(self.history)[-12:] if c.kind in ("level", "change", "share")
                  and c.exporter and c.importer and c not in flows]
        last, leader = next(((c, lead) for c in reversed([*recent, *flows])
                             if (lead := self._ranking_leader(c)) is not None), (flows[-1], None))
        if leader is None or row.code in (last.exporter, last.importer):
            return None
        owner = last.importer if leader == last.exporter else last.exporter
        if last.two_way:
            return Parties(row.code, owner, True)
        return Parties(row.code, owner, False) if leader == last.exporter else \
            Parties(owner, row.code, False)

    def ranked_alone(self, code: str, before: list[Claim]) -> Parties | None:
        """`Sweden was Europe's largest net exporter ... sent out 16 TWh. Germany ranked second
        with 15.4 TWh`: after one country's flow to (or from) everywhere whose sentence names it
        first as a plain subject, the country ranked next has its own such flow."""
        alone = [c for c in (*self.previous, *before) if c.kind in ("level", "change")
                 and (c.exporter is None) != (c.importer is None) and not c.two_way]
        if not alone:
            return None
        first = alone[0]
        side = first.exporter or first.importer
        # (only where that sentence ranks the side: `Europe's biggest net exporter`; `Japan
        # exported 4.4 million vehicles. Mexico came next` ranks buyers)
        ranked = _TOP_TRADER.search(self.text, first.sentence_start, first.sentence_end)
        if side == code or ranked is None or (ranked["seller"] is None) == bool(first.exporter):
            return None
        return Parties(code, None, False) if first.exporter else Parties(None, code, False)

    def ranked_role(self, claim: Claim) -> str | None:
        """The role the sentence of a one-way `claim` ranks its leader in, toward the claim's
        other side: `buyer` (`the leading foreign destination for Chinese-built vehicles`, `the
        largest customer for Gabon's oil`) or `seller` (`the top supplier to India`); None for
        a title (`India, the world's third-largest importer of oil, bought`) or no role."""
        if claim.two_way or claim.exporter is None or claim.importer is None:
            return None
        role = _RANKED_ROLE.search(self.text, claim.sentence_start, claim.sentence_end)
        if role is None:
            return None
        other = claim.exporter if role["buyer"] else claim.importer
        after = find_countries(self.text, role.end(), min(claim.sentence_end, role.end() + 40))
        if not any(m.code == other for m in after):
            return None
        return "buyer" if role["buyer"] else "seller"

    def _ranking_leader(self, claim: Claim) -> str | None:
        """The leader of a ranking in the sentence of `claim`: the side named behind `to` or
        `from` (`Japan imported LNG from Australia. Malaysia came second`: the suppliers are
        ranked; `Saudi Arabia shipped crude to China. Japan was next`: the buyers), else the
        side its sentence names first as a plain subject (`China stayed at the top of Dubai's
        list`, `Turkey bought 3.5 million tonnes`)."""
        role = self.ranked_role(claim)
        if role is not None:
            # `Russia imported 287,000 cars from China, becoming the leading foreign destination
            # for Chinese-built vehicles`: the role the sentence ranks names the leader's side
            return claim.importer if role == "buyer" else claim.exporter
        named = find_countries(self.text, claim.sentence_start, claim.sentence_end)
        mentions = [m for m in named if m.code in (claim.exporter, claim.importer)]
        if _AHEAD_OF.search(self.text, claim.sentence_start, claim.sentence_end):
            # `India sold MVR 757 million of goods to the Maldives, ahead of Oman and the UAE`:
            # the subject leads the ones it is ahead of (the rows after it have no lead)
            first = next((m for m in named if m.code and m.cue is None and not m.possessive),
                         None)
            return first.code if first is not None and first.code in (
                claim.exporter, claim.importer) else None
        partner = next((m.code for m in mentions if m.cue in ("to", "from", "into")
                        and not _ACCORDING.search(self.text, max(0, m.start - 20), m.start)),
                       None)
        if partner is not None:
            return partner
        return next((m.code for m in mentions if m.cue is None and not m.possessive
                     and m.start < claim.start), None)

    def partner_part(self, quantity: Quantity, ctx: Context,
                     share: bool = False) -> Parties | None:
        """`China alone accounted for $2.72 billion of that` after a country's total with no
        partner: the one country the sentence names is that total's partner; so is the country
        taking a `share` of those loads (`Venezuela accounted for three-quarters of those
        cargoes`)."""
        opening = _OF_THAT_OPENING.match(self.text, ctx.span[0], quantity.start) is not None
        if share:
            if not _OF_THOSE_LOADS.match(self.text, quantity.end):
                return None
        elif not (opening or _OF_THAT.match(self.text, quantity.end)):
            return None
        # (the part's country before it, `Venezuela accounted for three-quarters of those
        # cargoes`, not one of a later clause, `..., but its shipments to Havana`)
        named = {c.code for c in ctx.countries if c.code and c.form != "pronoun"
                 and (opening or c.start < quantity.start)}
        totals = [c for c in self.previous if c.kind == "level"
                  and (c.exporter is None) != (c.importer is None)]
        if len(named) != 1 or not totals:
            return None
        total, code = totals[-1], named.pop()
        if code in (total.exporter, total.importer):
            return None
        if total.two_way or total.importer is None:
            return Parties(total.exporter or total.importer, code, total.two_way)
        return Parties(code, total.importer, False)

    def supplier_part(self, joint: Parties, ctx: Context) -> Parties | None:
        """After a joint supply (no exporter), a sentence whose only country is one of the
        suppliers named before it is about that supplier's part; the reverse for buyers."""
        named = {c.code for c in ctx.countries if c.code and c.form != "pronoun"}
        if len(named) != 1 or joint.two_way or (joint.exporter is None) == (
                joint.importer is None):
            return None
        code = named.pop()
        if joint.exporter is None and any(c.exporter == code and c.importer == joint.importer
                                          and not c.two_way for c in self.history):
            return Parties(code, joint.importer, False)
        if joint.importer is None and any(c.importer == code and c.exporter == joint.exporter
                                          and not c.two_way for c in self.history):
            return Parties(joint.exporter, code, False)
        subject = next((c for c in ctx.countries if c.code == code), None)
        if subject is not None and subject.cue is None and not subject.possessive and \
                code not in (joint.exporter, joint.importer) and _ACCOUNTED.match(
                    self.text, subject.end):
            # `Beijing accounted for 37,152 barrels` after the suppliers' joint total: its part
            return Parties(code, joint.importer, False) if joint.exporter is None else \
                Parties(joint.exporter, code, False)
        return None

    def stated_flow(self, ctx: Context) -> StatedFlow | None:
        """`Chinese fertilizer is being smuggled into North Korea ...`: a one-way flow a sentence
        states without a figure, with its goods (any, when none is named), for the figures after
        it in the paragraph."""
        start, end = ctx.span
        frame = find_frame(self.text, start, end, ctx.evidence[0][0]) if ctx.evidence else None
        by_role = frame is None or frame.kind not in ("export", "import", "two_way")
        goods = tuple(dict.fromkeys(g.key for g in ctx.goods if not g.generic))
        if by_role and not ROLE_AFTER.search(self.text, start, end):
            roles = read_roles(self.text, ctx.countries, ctx.goods, None)
            if frame is None and goods and roles.origin and roles.destination and \
                    roles.origin != roles.destination and roles.pair is None:
                # `Russian crude flows to India have dropped sharply`: goods from one country
                # to another, with no trade verb
                return StatedFlow(Parties(roles.origin, roles.destination, False), goods, False)
            return None
        if by_role:
            frame = None  # `Russia remained China's top crude supplier`: the roles give the flow
        parties = assign(read_roles(self.text, ctx.countries, ctx.goods, frame), frame)
        if parties.two_way and parties.exporter and parties.importer and not parties.joint and \
                frame is not None and frame.kind == "two_way":
            # `Russia's trade with Turkey slipped in 2023.`: the pair the turnover after it is of
            return StatedFlow(parties, goods, False)
        if parties.joint and not parties.two_way and frame is not None and \
                frame.kind in ("export", "import") and \
                (parties.exporter is None) != (parties.importer is None):
            # `Chile, Peru and Ecuador bought more Brazilian beef`: several countries
            # together on one side leave the other side, one country, stated for each of them
            # (only for them: `Bolivia imported 20,000 tonnes` after it is from anywhere)
            side = parties.exporter or parties.importer
            members = frozenset(c.code for c in ctx.countries if c.code and c.code != side
                                and c.form != "pronoun")
            return StatedFlow(Parties(parties.exporter, parties.importer, False), goods, False,
                              frame.kind, unnamed_goods(self.text, start, end, ctx.goods),
                              members)
        if parties.two_way or parties.joint:
            return None
        if frame is not None and (parties.exporter is None) != (parties.importer is None) and \
                not _POLICY_AFTER.match(self.text, frame.end):
            # `China's germanium exports fell in June.`: one country's flow to (or from)
            # anywhere, when that country owns the trade word
            side = parties.exporter or parties.importer
            if any(c.code == side and c.end <= frame.start and _owns_trade_word(
                    self.text[c.end:frame.start], c.possessive or c.form == "demonym")
                   for c in ctx.countries) or any(
                    c.code == side and c.cue == _HOME_CUE.get(frame.kind or "") and
                    _HOME_AFTER.fullmatch(self.text, frame.end, c.start)
                    for c in ctx.countries):
                # (`Log shipments from New Zealand were higher in June`, `Imports into Japan
                # fell`: the country right after the trade word is its home side too)
                return StatedFlow(parties, goods, False, frame.kind,
                                  unnamed_goods(self.text, start, end, ctx.goods))
            return None
        if not parties.exporter or not parties.importer:
            return None
        return StatedFlow(parties, goods, by_role,
                          unkeyed=unnamed_goods(self.text, start, end, ctx.goods))

    def combined(self, quantity: Quantity, ctx: Context) -> Parties | None:
        """`China reported 14,520 tonnes ..., while Russia declared 33,910 tonnes, together
        48,430 tonnes`: the sum of the sentence's flows from two suppliers to one receiver is
        the suppliers' together (no exporter), or the reverse for two receivers."""
        if not _COMBINED_BEFORE.search(self.text, ctx.span[0], quantity.start) or any(
                c.code and c.start > quantity.end for c in ctx.countries):
            return None  # (`a combined 5,000 tonnes of flour went to Cuba`: its own sides)
        flows = [c for c in self.history if c.sentence_start == ctx.sentence.start
                 and c.end <= quantity.start and c.kind == "level" and c.exporter
                 and c.importer and not c.two_way]
        return joint_sides(flows)

    def paragraph_flow(self, ctx: Context) -> list[Claim]:
        """The paragraph's last level or change before the sentence of `ctx` (one claim, or
        none when a paragraph break comes first)."""
        for claim in reversed(self.history):
            if claim.sentence_end > ctx.sentence.start or claim.kind not in ("level", "change"):
                continue
            if "\n" in self.text[claim.sentence_end:ctx.sentence.start]:
                return []
            return [claim]
        return []

    def flows_of(self, commodity: str | None, ctx: Context) -> list[Claim]:
        """The article's levels and changes of `commodity` before the sentence of `ctx`, within
        the reading window."""
        return [c for c in self.history if c.commodity == commodity
                and c.kind in ("level", "change") and c.sentence_end <= ctx.sentence.start]

    def counter_flow(self, ctx: Context, quantity: Quantity,
                     before: list[Claim]) -> Parties | None:
        """`Pyongyang sold $750 million of goods to Beijing and bought $2.03 billion`, `Moscow
        bought $10 mn of North Korean goods and sold it $82 mn worth`: a verb of the other
        direction joined by `and`, naming no country of its own, reverses the flow before it."""
        # (one side known will do: `Shipments out of the country grew ..., while those coming
        # in shrank` turns the country's exports into its imports)
        flows = [c for c in before if (c.exporter or c.importer) and not c.two_way
                 and c.kind in ("level", "change")]
        if not flows:
            return None
        last = flows[-1]
        text = self.text
        own = find_frame(text, last.end, quantity.start, quantity.start)
        if own is None or own.kind not in ("export", "import"):
            return None
        join = _COUNTER_JOIN.search(text, last.end, own.start)
        clause_end = clause_bounds(text, *ctx.span, quantity.start, self.masked)[1]
        if join is None or (not (last.exporter and last.importer) and
                            join.group().lower() not in ("while", "whereas", "but") and
                            (counter_joined(text, quantity, ctx.span) is None or
                             not (_PARTNER_OBJECT.match(text, own.end) or
                                  _BACK_TO_PARTNER.search(text, own.end, clause_end)))):
            return None  # (a one-sided flow turns round only in a contrasting clause, or with
            # the verb the other way joined right to it and pointing back at the partner: `the
            # EU exported €213 billion of goods to China and bought €517 billion from it`)
        if any(join.start() <= c.start < clause_end and c.form != "pronoun"
               for c in ctx.countries):
            return None  # (`..., while Iraq supplied 59 million tonnes`: its own subject)
        if _SIDE_WITHOUT_CODE.search(text, join.end(), own.start):
            return None  # (`..., and Europe received 129,000 bpd`: a region, no country code)
        first = find_frame(text, ctx.span[0], last.start, last.start)
        if first is None or first.kind not in ("export", "import") or first.kind == own.kind:
            return None
        return Parties(last.importer, last.exporter, False)


_PARTNER_NOUN = r"(?:it|them|the\s+(?:country|bloc|island|kingdom|republic))\b"
_BACK_TO_PARTNER = re.compile(r"\b(?:(?:from|to)\s+" + _PARTNER_NOUN + r"|there\b)", re.IGNORECASE)
"""After a second verb: the partner of the first (`and bought €517 billion from it`)."""
_PARTNER_OBJECT = re.compile(r"\s+" + _PARTNER_NOUN, re.IGNORECASE)
"""Right after a second verb: the partner of the first as its object (`and sold the country
EUR 6.2 billion worth`, `and sold it $82 mn worth`)."""
QUANTITY_BREAK = re.compile(r"[;:]")
"""A break between two figures' verbs: what follows is a clause of its own."""
COUNTER_JOIN_WORDS = r",?\s+(?:" + "|".join(sorted(word_set("counter_verb_joins"))) + \
    r")\s+(?:(?:" + "|".join(sorted(word_set("counter_verb_adverbs"))) + r")\s+)?"
"""`, and`, `but also`: what joins a second verb with no subject of its own to the first."""
_JOINED_VERB = re.compile(COUNTER_JOIN_WORDS + "$")


def counter_joined(text: str, quantity: Quantity, span: tuple[int, int]) -> tuple[int, int] | None:
    """For a figure whose buying or selling verb is joined by `and` to an earlier verb the
    other way with no subject of its own (`India bought Peruvian goods worth $591 million and
    sold Peru $264 million`): where that earlier verb starts and where the join ends."""
    own = find_frame(text, span[0], quantity.start, quantity.start)
    if own is None or own.kind not in ("export", "import") or \
            text[own.start:own.end].lower() not in word_set("buying_selling_verbs"):
        return None
    join = _JOINED_VERB.search(text, span[0], own.start)
    if join is None:
        return None
    first = find_frame(text, span[0], join.start(), join.start())
    if first is None or first.kind not in ("export", "import") or first.kind == own.kind or \
            text[first.start:first.end].lower() not in word_set("buying_selling_verbs") or \
            QUANTITY_BREAK.search(text, first.end, join.start()):
        return None
    return first.start, join.end()


def joint_sides(flows: list[Claim]) -> Parties | None:
    """One-way flows from two or more suppliers to one receiver are the suppliers' together (no
    exporter); to two or more receivers from one supplier, the receivers' (no importer)."""
    exporters = {c.exporter for c in flows}
    importers = {c.importer for c in flows}
    if len(exporters) >= 2 and len(importers) == 1:
        return Parties(None, importers.pop(), False, joint=True)
    if len(importers) >= 2 and len(exporters) == 1:
        return Parties(exporters.pop(), None, False, joint=True)
    return None
