"""Trade claims from a document's quantities: the extraction stage's last step.

`build_claims(document, quantities)` reads the document sentence by sentence, keeps the
quantities that measure trade, production or a sanctions limit, and fills in each claim's kind,
commodity, exporter/importer, period, modality, hedging and attribution. A sentence that names
no commodity or country continues the topic of the claims before it in its paragraph
(`This is a 58.5 percent increase ...`). A parenthetical restatement becomes its own claim that
points to the first. `extract_claims(document)` runs the quantity layer first.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TypeVar

from tradetrace.extract.attribution import attributions, sentence_attribution, source_at
from tradetrace.extract.commodity import (
    CommodityMention,
    coordinated,
    counted_key,
    find_commodities,
    nearest_commodity,
    specific_for_generic,
    unnamed_goods,
    worth_of,
)
from tradetrace.extract.cues import lexicon
from tradetrace.extract.kinds import (
    classify,
    counted_goods,
    distracted,
    evidence_spans,
    measurable,
    per_unit,
)
from tradetrace.extract.modality import hedge_before, is_approximate, modality_of
from tradetrace.extract.parties import (
    CountryMention,
    find_countries,
    main_country,
    outlet_country,
    title_countries,
)
from tradetrace.extract.roles import (
    Frame,
    Parties,
    assign,
    combine,
    complete,
    find_frame,
    gapped_subject,
    merged,
    owned_parties,
    possessive_owner,
    read_roles,
    relative_antecedent,
    whole_of_parts,
)
from tradetrace.extract.sentences import (
    Sentence,
    clause_bounds,
    split_sentences,
    subject_start,
)
from tradetrace.extract.shares import cap_parties, of_total_trade, partner_share, share_parties
from tradetrace.extract.timeframe import (
    PeriodFrame,
    SentenceReading,
    base_level,
    claim_period,
    day_first_ranges,
)
from tradetrace.knowledge.commodities import ancestors
from tradetrace.model import Claim, Document, Quantity
from tradetrace.model.claim import Direction, Kind, Modality, claim_id
from tradetrace.normalize.currency import to_usd
from tradetrace.normalize.periods import Period, PeriodMention, find_periods, fiscal_year_start

EXTRACTOR_VERSION = "0.1.0"
BARREL_COMMODITY = "oil"
"""What a quantity in barrels measures when its sentence names no commodity."""
_PHYSICAL_UNITS = ("t", "bbl")
"""Units of goods by weight or volume (with their rates: `bbl/d`, `t/yr`)."""
STATED_UNITS = ("t", "bbl", "USD", "percent", "x", "bbl/d", "t/d", "t/yr")
_LISTED = re.compile(r"\s+(?:at|with)\s+(?:(?:about|around|roughly|nearly|some|almost|just)\s+)*")
_PART_OPENER = re.compile(r"\W*(?:with\s+|and\s+)?(?:most|much|some|part|many|the\s+bulk|"
                          r"the\s+rest|a\s+(?:portion|share|part))\b",
                          re.IGNORECASE)
_OF_THE_CAP = re.compile(r"\s+of\s+(?:the|its|this|that)\s+(?:[\w'’-]+\s+){0,3}?"
                         r"(?:cap|limit|ceiling|quota)\b", re.IGNORECASE)
_ROW_START = re.compile(r"[:;]\s*$")
_ROW_GAP = re.compile(r"\s+(?:[^\s;:()]+(?:\s+[^\s;:()]+)?\s*\(\s*[+−-]?)?")
"""Between a table row's country and its figure: nothing, or the row's first figure and the
parenthesis that opens its change (`Russia 108.5 mt (+1%)`)."""
_BREAKDOWN_CUES = ("to", "into", "toward", "towards", "with")
_NUMERIC_COMMA = re.compile(r"(?<=\d),(?=\d)")


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


def focus_country(document: Document) -> str | None:
    """The country the article is about: the first one in its title, else the one a
    single-country outlet covers (`Daily NK`), else the one most often the subject of its
    sentences."""
    if document.title:
        named = title_countries(document.title)
        if named:
            return named[0]
    return outlet_country(document.outlet) or main_country(document.text)


def _mask(text: str, dates: list[PeriodMention]) -> str:
    """The text with commas inside numbers and dates hidden from the clause splitter."""
    chars = list(_NUMERIC_COMMA.sub(" ", text))
    for mention in dates:
        for i in range(mention.start, mention.end):
            if chars[i] == ",":
                chars[i] = " "
    return "".join(chars)


def _periods(text: str, sentence: Sentence, reference: date | None, future: bool) -> list[
        PeriodMention]:
    if reference is None:  # without a publication date only stated years can be placed
        reference = date(1, 1, 1)
        keep = re.compile(r"\d{4}")
    else:
        keep = re.compile(r".")
    found = day_first_ranges(sentence.text, find_periods(sentence.text, reference, future,
                                                         fiscal_year_start(text)), reference)
    return [replace(m, start=m.start + sentence.start, end=m.end + sentence.start)
            for m in found if m.relation != "period" or keep.search(m.surface)]


def _resolve_pronouns(text: str, mentions: list[CountryMention], fallback: str | None,
                      goods: list[CommodityMention]) -> list[CountryMention]:
    """`its`, `the country` -> the sentence's subject before it, else `fallback`."""
    resolved: list[CountryMention] = []
    for index, mention in enumerate(mentions):
        if mention.form == "pronoun":
            subjects = [m.code for m in mentions[:index] if m.code and m.form != "pronoun"
                        and m.form != "demonym" and (m.possessive or m.cue is None)]
            mention = replace(mention, code=subjects[0] if subjects else fallback)
        resolved.append(mention)
    return resolved


def _subject(mentions: list[CountryMention]) -> str | None:
    for mention in mentions:
        if mention.code and mention.form != "demonym" and (mention.possessive or mention.cue
                                                            is None):
            return mention.code
    return None


def _normalized(value: float, unit: str, on: date | None) -> tuple[float | None, str | None]:
    if unit in STATED_UNITS:
        return value, unit
    if re.fullmatch(r"[A-Z]{3}", unit):
        usd = to_usd(value, unit, on)
        return (usd, "USD") if usd is not None else (None, None)
    return None, None


@dataclass(frozen=True)
class _Context:
    """One sentence as its quantities see it."""

    index: int
    sentence: Sentence
    goods: list[CommodityMention]
    countries: list[CountryMention]
    past: list[PeriodMention]
    """The sentence's periods read in the past tense (plans read them with `future_periods`)."""
    evidence: list[tuple[int, int]]
    continuing: bool
    """No commodity or country of its own, after a sentence with claims: same topic."""
    indices: tuple[int, ...]
    """Indices of the quantities in the sentence (restatements excluded)."""

    @property
    def span(self) -> tuple[int, int]:
        return self.sentence.start, self.sentence.end


@dataclass(frozen=True)
class _Draft:
    """A quantity that is a claim, before its fields are filled."""

    index: int
    kind: Kind
    direction: Direction | None
    clause: tuple[int, int]


@dataclass
class _SentencePeriods:
    """Periods shared by the claims of one sentence (mutable while the sentence is read)."""

    frame: Period | None
    change: Period | None = None
    level: Period | None = None


HISTORY = 400
"""How many earlier claims (and sentences) a look-back considers: more than any article has."""

_T = TypeVar("_T")


class _Reader:
    """Reading state across the sentences of one document."""

    def __init__(self, document: Document, quantities: Sequence[Quantity]) -> None:
        self.document = document
        self.text = document.text
        self.quantities = list(quantities)
        self.sentences = split_sentences(self.text)
        self.sources = attributions(self.text, self.sentences)
        self.focus = focus_country(document)
        self.headline = title_countries(document.title) if document.title else []
        """The headline's countries: the other side of a flow whose known side is the focus."""
        self.headline_flow = headline_flow(document.title) if document.title else Parties()
        """The one-way flow the headline states (`Russian oil to North Korea`), if any."""
        self.goods = sorted(find_commodities(self.text), key=lambda g: g.start)
        self._goods_starts = [g.start for g in self.goods]
        self._quantity_starts = [q.start for q in self.quantities]
        self.frame = PeriodFrame()
        self.past = [_periods(self.text, s, document.published, False) for s in self.sentences]
        """Each sentence's periods read in the past tense (asked for again and again)."""
        self._future: dict[int, list[PeriodMention]] = {}
        self.masked = _mask(self.text, [m for found in self.past for m in found
                                        if m.relation == "date"])
        self.claims: dict[int, Claim] = {}
        self.previous: list[Claim] = []
        self.history: deque[Claim] = deque(maxlen=HISTORY)
        """The latest claims, in reading order (look-backs stay within an article's reach, so
        that the cost per claim does not grow with the document)."""
        self.body_flow = False
        """Whether the body has stated a one-way flow with both sides yet."""
        self.previous_subject: str | None = None
        self.named: list[str] = []
        """Codes of the countries named so far, in order."""
        self.paragraph = -1
        self.reporter: str | None = None
        """The country whose customs is the source of the claim being read, if any."""

    def run(self) -> list[Claim]:
        for index, sentence in enumerate(self.sentences):
            if sentence.paragraph != self.paragraph:
                self.paragraph, self.previous = sentence.paragraph, []
            made = self.read_sentence(index, sentence)
            if made:
                self.previous = made
        for i, quantity in enumerate(self.quantities):
            j = quantity.equivalent_of
            if j is not None and j in self.claims and i not in self.claims:
                self.claims[i] = self.equivalent(self.claims[j], quantity)
        return [self.claims[i] for i in sorted(self.claims, key=lambda k: self.quantities[k].start)]

    def equivalent(self, first: Claim, quantity: Quantity) -> Claim:
        start = date.fromisoformat(first.period_start) if first.period_start else None
        value, unit = _normalized(quantity.value, quantity.unit, start or self.document.published)
        return replace(
            first, id=claim_id(self.document.id, quantity.start, quantity.end, EXTRACTOR_VERSION),
            start=quantity.start, end=quantity.end, surface=quantity.surface,
            value=quantity.value, unit=quantity.unit, value_max=quantity.value_max,
            bound=quantity.bound, approximate=quantity.approximate or first.approximate,
            normalized_value=value, normalized_unit=unit, equivalent_of=first.id)

    def future_periods(self, ctx: _Context) -> list[PeriodMention]:
        """The sentence's periods read as plans (`in March` -> the next March); only plans and
        forecasts ask, so they are read on demand."""
        if ctx.index not in self._future:
            self._future[ctx.index] = _periods(self.text, ctx.sentence, self.document.published,
                                               True)
        return self._future[ctx.index]

    @staticmethod
    def _between(items: list[_T], starts: list[int], start: int, end: int) -> list[_T]:
        """The items (sorted by start) that start in [start, end)."""
        return items[bisect_left(starts, start):bisect_left(starts, end)]

    def context(self, index: int, sentence: Sentence) -> _Context:
        """What one sentence offers its quantities."""
        text, span = self.text, (sentence.start, sentence.end)
        own = sentence_attribution(text, sentence)
        exclude = ((own.start, own.end),) if own else ()
        goods = [g for g in self._between(self.goods, self._goods_starts, *span)
                 if not (own and own.start <= g.start < own.end)]
        countries = _resolve_pronouns(text, find_countries(text, *span, exclude=exclude),
                                      self.previous_subject or self.focus, goods)
        evidence = evidence_spans(text, *span)
        opener = lexicon("continuation_openers").regex.match(sentence.text)
        continuing = bool(self.previous) and not goods
        first = bisect_left(self._quantity_starts, span[0])
        last = bisect_left(self._quantity_starts, span[1])
        indices = tuple(i for i in range(first, last) if self.quantities[i].equivalent_of is None)
        return _Context(
            index=index, sentence=sentence, goods=goods, countries=countries,
            past=self.past[index],
            evidence=evidence, continuing=continuing and (opener is not None or not evidence),
            indices=indices)

    def drafts(self, ctx: _Context) -> list[_Draft]:
        """The sentence's quantities that are trade claims, with kind and direction."""
        text = self.text
        found: list[_Draft] = []
        for i in ctx.indices:
            quantity = self.quantities[i]
            if not (measurable(quantity) or counted_goods(text, quantity, ctx.span)) or per_unit(
                    text, quantity):
                continue
            if not (ctx.goods or ctx.evidence or ctx.continuing):
                continue
            clause = clause_bounds(text, *ctx.span, quantity.start, self.masked)
            if distracted(text, quantity, clause, ctx.evidence):
                continue
            kind, direction = classify(text, quantity, clause, ctx.span)
            if kind is None and quantity.unit == "percent" and any(
                    d.kind == "share" for d in found) and self.listed(ctx, quantity):
                kind = "share"  # `22 percent of India's imports, ahead of Iraq at 20.5 percent`
            if kind is not None:
                found.append(_Draft(i, kind, direction, clause))

        def order(draft: _Draft) -> int:
            # new levels, then changes (which fall back on them), then old levels (a year back)
            quantity = self.quantities[draft.index]
            if draft.kind == "change":
                return 1
            return 2 if base_level(text, (quantity.start, quantity.end), ctx.span[0]) else 0

        return sorted(found, key=order)

    def read_sentence(self, index: int, sentence: Sentence) -> list[Claim]:
        ctx = self.context(index, sentence)
        made: list[Claim] = []
        periods = _SentencePeriods(frame=self.frame.current())
        for draft in self.drafts(ctx):
            claim = self.claim(ctx, draft, periods)
            self.claims[draft.index] = claim
            self.history.append(claim)
            self.body_flow |= bool(claim.exporter and claim.importer and not claim.two_way)
            made.append(claim)
        made.sort(key=lambda c: c.start)
        dated = [c for c in made if c.period_start and c.period_end and c.kind != "cap"]
        self.frame.advance(ctx.past, Period(date.fromisoformat(dated[0].period_start or ""),
                                            date.fromisoformat(dated[0].period_end or ""))
                           if dated else None)
        self.previous_subject = _subject(ctx.countries) or self.previous_subject
        self.named += [c.code for c in ctx.countries if c.code and c.form != "pronoun"]
        return made

    def period(self, ctx: _Context, draft: _Draft, modality: str,
               periods: _SentencePeriods) -> Period | None:
        quantity = self.quantities[draft.index]
        at = (quantity.start, quantity.end)
        mentions = self.future_periods(ctx) if modality in ("planned", "forecast") else ctx.past
        others = [(self.quantities[i].start, self.quantities[i].end) for i in ctx.indices
                  if i != draft.index]
        reading = SentenceReading(self.text, mentions, ctx.span, others, periods.frame,
                                  periods.level, periods.change)
        period = claim_period(reading, at, draft.clause, draft.kind)
        if draft.kind == "change":
            periods.change = periods.change or period
        elif draft.kind == "level" and not base_level(self.text, at, ctx.span[0]):
            periods.level = periods.level or period
        return period

    def claim(self, ctx: _Context, draft: _Draft, periods: _SentencePeriods) -> Claim:
        text, quantity, kind = self.text, self.quantities[draft.index], draft.kind
        modality: Modality = "reported" if kind == "cap" else modality_of(
            text, draft.clause, ctx.span, quantity.start, quantity.end)
        period = self.period(ctx, draft, modality, periods)
        earlier = self.attached(ctx, quantity)
        commodity = self.commodity(quantity, draft.clause, ctx, kind, earlier)
        source = source_at(text, ctx.sentence, quantity.start, self.sources[ctx.index])
        self.reporter = reporter_of(text, source.start, source.end) if source else None
        parties = self.parties(quantity, kind, draft.clause, ctx, earlier, commodity)
        if kind != "cap":
            parties = with_reporter(parties, self.reporter, text, draft.clause)
        bound = quantity.bound
        if bound == "=":
            bound = hedge_before(text, quantity.start, ctx.span[0]) or "="
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
            approximate=is_approximate(text, quantity.start, ctx.span[0], bound), bound=bound,
            value_max=quantity.value_max,
            normalized_value=normalized_value, normalized_unit=normalized_unit,
            attribution=source.text if source else None, sentence=ctx.sentence.text,
            extractor_version=EXTRACTOR_VERSION)

    def recent_pair(self) -> tuple[str, str] | None:
        """The two countries named last before the current sentence, first-named first."""
        seen: list[str] = []
        for code in reversed(self.named):
            if code not in seen:
                seen.append(code)
            if len(seen) == 2:
                return seen[1], seen[0]
        return None

    def joint_flow(self, frame: Frame | None, sentence_start: int) -> Parties | None:
        """`the two countries` under a one-way trade word after one-way flows from two
        suppliers to one receiver (or the reverse): the suppliers together, not a pair."""
        earlier = [c for c in self.history if c.sentence_start < sentence_start]
        if frame is None or frame.kind not in ("export", "import") or not earlier:
            return None
        last = earlier[-1].sentence_start
        flows = [c for c in earlier if c.sentence_start == last and c.exporter
                 and c.importer and not c.two_way]
        exporters = {c.exporter for c in flows}
        importers = {c.importer for c in flows}
        if len(exporters) >= 2 and len(importers) == 1:
            return Parties(None, importers.pop(), False, joint=True)
        if len(importers) >= 2 and len(exporters) == 1:
            return Parties(exporters.pop(), None, False, joint=True)
        return None

    def supplier_part(self, joint: Parties, ctx: _Context) -> Parties | None:
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
        return None

    def attached(self, ctx: _Context, quantity: Quantity) -> Claim | None:
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

    def listed(self, ctx: _Context, quantity: Quantity) -> CountryMention | None:
        """The country a percent is listed with (`Iraq at 20.5 percent`), if any."""
        for mention in ctx.countries:
            if mention.code and mention.end <= quantity.start and _LISTED.fullmatch(
                    self.text, mention.end, quantity.start):
                return mention
        return None

    def commodity(self, quantity: Quantity, clause: tuple[int, int], ctx: _Context, kind: Kind,
                  earlier: Claim | None) -> str | None:
        goods, text = ctx.goods, self.text
        if counted_goods(text, quantity, ctx.span):  # the unit names the goods: `masks`
            return counted_key(quantity.unit)
        if kind == "share" and not partner_share(text, clause, ctx.countries):
            # the part is the commodity: `wigs accounted for 50% of exports`
            parts = [g for g in goods if g.end <= quantity.start and not g.generic]
            if parts:
                return parts[-1].key
        worth = worth_of(goods, text, quantity.start, ctx.span[0])
        if worth is not None:
            return worth.key
        in_clause = [g for g in goods if clause[0] <= g.start < clause[1]]
        if unnamed_goods(text, clause[0], quantity.start, goods):
            return None  # `ethanol shipments climbed 82 percent`: goods with no key
        if earlier is not None and earlier.commodity and not in_clause:
            return earlier.commodity
        # else the sentence's subject: `Russian exports, mostly cereals and fuels, came to ...`
        leading = [g for g in goods if g.start < clause[0]][:1]
        found = nearest_commodity(in_clause, quantity.start, quantity.end, text) or \
            nearest_commodity(leading or goods, quantity.start, quantity.end, text)
        if found is not None:
            return coordinated(specific_for_generic(found, goods, text), goods, text)
        conduit = self.conduit_commodity(ctx) if not goods else None
        if conduit is not None:  # `the pipeline flow` after `oil flowing through the pipeline`
            return conduit
        inherited = [c.commodity for c in self.previous if c.commodity]
        if inherited and (ctx.continuing or not goods):  # the paragraph's topic goes on
            return inherited[0]
        if goods:
            return BARREL_COMMODITY if quantity.unit.startswith("bbl") else None
        return self.article_commodity(quantity, kind)

    def article_commodity(self, quantity: Quantity, kind: Kind) -> str | None:
        """The goods of a claim whose sentence and paragraph name none: `the cap` is the cap
        named earlier in the article; a figure in tonnes or barrels is the goods the article
        last counted so (in barrels only an oil: `refined petroleum`, else oil)."""
        if kind == "cap":
            caps = [c.commodity for c in self.history if c.kind == "cap" and c.commodity]
            if caps:
                return caps[-1]
        if not quantity.unit.startswith(_PHYSICAL_UNITS):
            return None
        physical = [c.commodity for c in self.history if c.unit.startswith(_PHYSICAL_UNITS)
                    and c.commodity]
        if not quantity.unit.startswith("bbl"):
            return physical[-1] if physical else None
        oils = [key for key in physical if BARREL_COMMODITY in (key, *ancestors(key))]
        return oils[-1] if oils else BARREL_COMMODITY

    def conduit_commodity(self, ctx: _Context) -> str | None:
        """`the pipeline flow`: a definite conduit named earlier in the article carries the goods
        named nearest to it there (`oil keeps flowing through the pipeline`)."""
        nouns = lexicon("conduit_nouns")
        for match in nouns.regex.finditer(ctx.sentence.text):
            if not re.search(r"\bthe\s+(?:[a-z-]+\s+)?$", ctx.sentence.text[:match.start()],
                             re.IGNORECASE):
                continue
            noun = match.group().lower()
            for at_index in range(ctx.index - 1, max(-1, ctx.index - 1 - HISTORY), -1):
                earlier = self.sentences[at_index]
                spans = [m for m in re.finditer(rf"\b{re.escape(noun)}\b", earlier.text)]
                goods = [g for g in self._between(self.goods, self._goods_starts, earlier.start,
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

    def parties(self, quantity: Quantity, kind: Kind, clause: tuple[int, int],
                ctx: _Context, earlier: Claim | None, commodity: str | None = None) -> Parties:
        parties = self.read_parties(quantity, kind, clause, ctx, earlier, commodity)
        if kind in ("level", "change") and not self.previous and not parties.two_way and \
                not parties.joint and (parties.exporter is None) != (parties.importer is None):
            # the paragraph's first flow, one side known: the article's last flow of the same
            # goods from (or to) that side
            same = [c for c in self.history if c.commodity == commodity and c.exporter
                    and c.importer and not c.two_way and c.kind in ("level", "change")
                    and c.sentence_end <= ctx.sentence.start
                    and (c.exporter == parties.exporter or c.importer == parties.importer)]
            if same:
                return Parties(same[-1].exporter, same[-1].importer, False)
        if kind != "cap" and not parties.two_way and not parties.joint and not self.body_flow:
            # the body names no flow of its own: the headline's is the article's flow
            return from_headline(parties, self.headline_flow)
        return parties

    def read_parties(self, quantity: Quantity, kind: Kind, clause: tuple[int, int],
                     ctx: _Context, earlier: Claim | None, commodity: str | None) -> Parties:
        parties = self.stated_parties(quantity, kind, clause, ctx, earlier)
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
        shares = [c for c in self.previous if c.kind == "share"]
        if kind == "share" and shares and not ctx.countries:
            # `The share was 98.3 percent a year earlier`: the paragraph's share goes on
            return Parties(shares[-1].exporter, shares[-1].importer, shares[-1].two_way)
        if self.previous and (ctx.continuing or not ctx.countries) and (
                parties.empty or (kind in ("level", "change") and not parties.paired)):
            # a sentence without countries goes on about the paragraph's flow
            inherited = merged([Parties(c.exporter, c.importer, c.two_way)
                                for c in self.previous])
            part = self.supplier_part(inherited, ctx)
            if part is not None:  # `China's monthly reports ...` after both suppliers' total
                return part
            return parties if inherited.empty else inherited
        return parties

    def stated_parties(self, quantity: Quantity, kind: Kind, clause: tuple[int, int],
                       ctx: _Context, earlier: Claim | None) -> Parties:
        text, span, countries, goods = self.text, ctx.span, ctx.countries, ctx.goods
        before = [self.claims[i] for i in ctx.indices if i in self.claims
                  and self.quantities[i].end <= quantity.start]
        one_way = [c for c in (*before, *self.previous) if c.exporter and c.importer
                   and not c.two_way]
        if one_way and lexicon("reverse_flow").search(text, *clause):
            # `... and shipped $3 million of goods the other way`
            last = max(one_way, key=lambda c: c.start)
            return Parties(last.importer, last.exporter, False)
        if kind in ("level", "change"):
            row = self.table_row(ctx, quantity)
            if row is not None:  # `China's crude imports by supplier: Russia 108.5 mt (+1%); ...`
                return row
            answered = self.counter_flow(ctx, quantity, before)
            if answered is not None:  # `Pyongyang sold $750 million to Beijing and bought $2 bn`
                return answered
        if kind == "cap":
            receivers = [c.importer for c in (*before, *self.previous) if c.importer]
            return cap_parties(text, span, clause, countries,
                               receivers[0] if receivers else None, self.focus)
        listed = self.listed(ctx, quantity) if kind == "share" else None
        shares = [c for c in before if c.kind == "share"]
        if listed is not None and listed.code and shares:  # a rival in a list of shares
            return Parties(listed.code, shares[-1].importer, False)
        if kind == "share" and of_total_trade(text, quantity, clause):
            flows = [Parties(c.exporter, c.importer, c.two_way) for c in before]
            return share_parties(text, quantity, clause, countries, self.focus,
                                 flows[-1] if flows else None)
        owner = possessive_owner(text, countries, quantity.start)
        if owner is not None and owner.code:  # `Iran's 1.6 million bpd of oil exports`
            owned = owned_parties(text, owner.code, [c for c in countries if quantity.end <= c.start
                                                     < clause[1]], goods,
                                  find_frame(text, *clause, quantity.start))
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
        antecedent = relative_antecedent(text, countries, subject_from)
        if antecedent is not None:  # `Vietnam, which shipped ... to Manila`
            in_clause = [antecedent, *in_clause]
        if subject_from < clause[0]:
            own_frame = own_frame or find_frame(text, subject_from, clause[1], quantity.start)
        # a clause without its own trade word (`while Russia reported 30,180 tonnes`) still has
        # its subject, though the sentence's trade word came before it
        near = tied_side(text, quantity, in_clause,
                         assign(read_roles(text, in_clause, goods, own_frame), frame))
        own = self.own_mentions(ctx, quantity, clause)
        wide = assign(read_roles(text, own, goods, frame), frame)
        if self.previous:  # the paragraph's flow before the article's country
            wide = complete(wide, merged([Parties(c.exporter, c.importer, c.two_way)
                                          for c in self.previous]), frame)
        # a country's customs as the source is the home side of what it records
        home = self.reporter if self.reporter and not (near.empty and wide.empty) else \
            self.focus
        parties = combine(near, wide, frame, home, self.headline)
        if len(own) < len(countries) and (frame is not None or not parties.two_way):
            # a total whose parts go elsewhere: no other side from the article's country (with
            # no trade word, `33 million tonnes of Ukrainian grain left ports, a quarter of it
            # bound for China`, goods from somewhere are going out)
            own_codes = {c.code for c in own}
            flow = frame.kind if frame is not None else "export"
            if flow == "export" and parties.importer not in own_codes:
                parties = Parties(parties.exporter, None, False)
            elif flow == "import" and parties.exporter not in own_codes:
                parties = Parties(None, parties.importer, False)
        if not parties.paired and lexicon("pair_anaphora").search(text, *span):
            suppliers = self.joint_flow(frame, span[0])
            if suppliers is not None:  # `Together the two countries declared ...`
                return suppliers
            # `trade between the two countries`: the last two countries named before
            pair = self.recent_pair()
            if pair is not None:
                return Parties(pair[0], pair[1], True)
        if frame and frame.kind == "two_way" and not parties.paired and lexicon(
                "pair_words").search(text, *span):
            # `Moscow's officials put bilateral trade at ...`: the named country and ours
            # a source's own country (`Moscow's own officials put bilateral trade at ...`)
            named = [c.code for c in countries or find_countries(text, *span)
                     if c.code and c.code != self.focus and c.form != "pronoun"]
            if named and self.focus:
                return Parties(named[0], self.focus, True)
            pair = self.recent_pair() if not countries else None
            if pair is not None:  # `two-way trade` with no country named: the last two named
                return Parties(pair[0], pair[1], True)
        gap = gapped_subject(text, in_clause, quantity.start)
        if gap is not None and gap.code and frame and frame.kind in ("export", "import"):
            if frame.kind == "export":
                return Parties(gap.code, parties.importer if parties.importer != gap.code
                               else None, False)
            return Parties(parties.exporter if parties.exporter != gap.code else None,
                           gap.code, False)
        return parties

    def table_row(self, ctx: _Context, quantity: Quantity) -> Parties | None:
        """A row of a table written as a sentence (`China's crude imports by supplier, 2024:
        Russia 108.5 mt (+1%); Saudi Arabia 78.6 mt (-8.6%)`): the row's country is the other
        side of the flow the heading before the colon names, its owner the known side."""
        text = self.text
        colon = text.find(": ", ctx.span[0], quantity.start)
        if colon < 0:
            return None
        rows = [c for c in ctx.countries if colon < c.end <= quantity.start and c.code
                and c.cue is None and not c.possessive
                and _ROW_START.search(text, ctx.span[0], c.start)
                and _ROW_GAP.fullmatch(text, c.end, quantity.start)]
        owners = [c for c in ctx.countries if c.end <= colon and c.possessive and c.code]
        if not rows or not owners:
            return None
        frame = find_frame(text, ctx.span[0], colon, colon)
        row, owner = rows[-1].code, owners[0].code
        if frame is None or row == owner or frame.kind not in ("export", "import"):
            return None
        return Parties(row, owner, False) if frame.kind == "import" else Parties(owner, row,
                                                                                 False)

    def counter_flow(self, ctx: _Context, quantity: Quantity,
                     before: list[Claim]) -> Parties | None:
        """`Pyongyang sold $750 million of goods to Beijing and bought $2.03 billion`, `Moscow
        bought $10 mn of North Korean goods and sold it $82 mn worth`: a verb of the other
        direction joined by `and`, naming no country of its own, reverses the flow before it."""
        flows = [c for c in before if c.exporter and c.importer and not c.two_way
                 and c.kind in ("level", "change")]
        if not flows:
            return None
        last = flows[-1]
        text = self.text
        own = find_frame(text, last.end, quantity.start, quantity.start)
        if own is None or own.kind not in ("export", "import"):
            return None
        if not re.search(r"\band\b", text[last.end:own.start]):
            return None
        clause_end = clause_bounds(text, *ctx.span, quantity.start, self.masked)[1]
        if any(own.start <= c.start < clause_end and c.form != "pronoun"
               for c in ctx.countries):
            return None
        first = find_frame(text, ctx.span[0], last.start, last.start)
        if first is None or first.kind not in ("export", "import") or first.kind == own.kind:
            return None
        return Parties(last.importer, last.exporter, False)

    def part_destination(self, ctx: _Context, clause: tuple[int, int],
                         mention: CountryMention) -> bool:
        """`..., with most barrels ending up in China`: a destination in a later clause that
        opens with a part of the goods (no figure of its own) is that part's, not the total's."""
        if mention.start < clause[1]:
            return False
        start = clause_bounds(self.text, *ctx.span, mention.start, self.masked)[0]
        return _PART_OPENER.match(self.text, start, mention.start) is not None

    def own_mentions(self, ctx: _Context, quantity: Quantity,
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
        return kept


_TIED_GAP = re.compile(r"(?:\s+(?!and\b|or\b|while\b|but\b)[a-z][\w-]*){0,3}\s+"
                       r"(?P<cue>from|to|into)\s+(?:the\s+)?$")


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


def reporter_of(text: str, start: int, end: int) -> str | None:
    """The country whose customs (or statistics office) is the source `text[start:end]`
    (`Russian customs`, `China's customs data`): it records its own side of every flow."""
    if not lexicon("national_reporters").search(text, start, end):
        return None
    codes = {m.code for m in find_countries(text, start, end) if m.code}
    return codes.pop() if len(codes) == 1 else None


_TOTAL_WORDS = re.compile(r"\b(?:total|overall|foreign|external|global|worldwide)\b",
                          re.IGNORECASE)


def with_reporter(parties: Parties, reporter: str | None, text: str,
                  clause: tuple[int, int]) -> Parties:
    """A flow with one side known, from a country's customs: the reporter is the other side
    (`Russian customs put trade with the DPRK at ...` -> RUS, PRK; `North Korean goods brought
    in fell ...` -> PRK, RUS). A country's total trade (`North Korea's total trade`) stays its
    own."""
    if reporter is None or parties.joint or (parties.exporter is None) == (
            parties.importer is None):
        return parties
    known = parties.exporter or parties.importer
    if known == reporter:
        return parties
    if parties.importer is None and parties.two_way and _TOTAL_WORDS.search(text, *clause):
        return parties
    if parties.exporter is None:
        return Parties(reporter, parties.importer, parties.two_way)
    return Parties(parties.exporter, reporter, parties.two_way)


def headline_flow(title: str) -> Parties:
    """The one-way flow a headline states between two countries (`Satellite count puts 2024
    Russian oil to North Korea above 1 million barrels` -> RUS, PRK), else no parties."""
    mentions = find_countries(title)
    goods = find_commodities(title)
    frame = find_frame(title, 0, len(title), 0)
    parties = assign(read_roles(title, mentions, goods, frame), frame)
    if parties.two_way or parties.joint or not parties.exporter or not parties.importer:
        return Parties()
    return parties


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


def build_claims(document: Document, quantities: Sequence[Quantity]) -> list[Claim]:
    """Claims from `quantities` (found in `document.text`), in text order."""
    return _Reader(document, quantities).run()
