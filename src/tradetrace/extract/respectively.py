"""`..., respectively`: a list of figures read item by item against a list of the same length.

`China and Russia supplied 80% and 15%, respectively`, `exports and imports came to $325 million
and $2.44 billion, respectively`, `coal and iron ore earned $1.1 billion and $0.3 billion,
respectively`: the k-th figure belongs to the k-th country, flow or goods named before the figures
(or between the figures and `respectively`: `shipped 6.3 bcm and 2.7 bcm to Egypt and Jordan,
respectively`).
The claim reader then reads each figure as if its sentence named only its own item.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from tradetrace.extract.commodity import CommodityMention, unkeyed_goods_spans
from tradetrace.extract.cues import lexicon, may_hold
from tradetrace.extract.parties import REGION, CountryMention
from tradetrace.normalize.periods import MONTHS, PeriodMention, month, year

_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
_FIGURE_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*and\s+)(?:then\s+)?"
                          r"(?:(?:about|around|roughly|some|nearly|almost|just|only|over|"
                          r"more\s+than|less\s+than|a\s+mere)\s+)?")
"""Between two figures of one list: `$325 million and $2.44 billion`, `80%, 15% and 5%`, `12.9
Bcf/d and then 13.6 Bcf/d`, `300 tonnes and a mere 80 tonnes`."""
_ITEM_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*and\s+)(?:the\s+|its\s+)?")
"""Between two items of one list: `China and Russia`, `exports and imports`."""

_THE_TWO = re.compile(r"\b(?:[Tt]he\s+two(?:\s+(?:countries|nations|neighbou?rs|suppliers|"
                     r"sides|allies))?|[Bb]oth(?:\s+(?:countries|nations|suppliers))?)\b")

_BLOC = re.compile(r"\b(?:EU|E\.U\.|European\s+Union|ASEAN|Mercosur|EAEU|Eurasian\s+Economic\s+"
                   r"Union|(?:the\s+)?Gulf\s+Cooperation\s+Council|GCC)(?![\w-])")
"""A trading bloc named where a country could stand (`the US, the UK and the EU supplied 19%,
17% and 8%`): an item of its own, a side with no country code."""

ItemKind = Literal["country", "flow", "goods"]
FlowSide = Literal["export", "import"]


@dataclass(frozen=True)
class Respective:
    """The item a figure of a `respectively` list belongs to."""

    position: int
    kind: ItemKind
    item: tuple[int, int]
    """The span of the figure's own item."""
    others: tuple[tuple[int, int], ...]
    """The spans of the list's other items."""
    first: tuple[int, int]
    """The span of the list's first item (whose place in the sentence the others share)."""
    side: FlowSide | None = None
    """For a list of flows: whether this figure's flow is the export or the import."""
    code: str | None = None
    """For `the two` / `both` standing for a pair named before: this figure's country."""


def respective_items(text: str, span: tuple[int, int], figures: Sequence[tuple[int, int]],
                     countries: Sequence[CountryMention], goods: Sequence[CommodityMention],
                     pair: tuple[str, str] | None = None) -> dict[int, Respective]:
    """For each figure (by start offset) of a `respectively` list in the sentence `span`, the
    item of the list before the figures that it belongs to; `the two` or `both` before the
    figures stand for `pair`, the two countries named together last."""
    listed = _listed_figures(text, span, figures)
    if listed is None:
        return {}
    run, closing = listed
    parallel = _parallel_run(text, [f for f in figures if f[1] <= closing], run) or \
        _run_after(text, figures, closing, len(run))
    before = (parallel or run)[0][0]
    places = [(c.start, c.end) for c in countries if c.code and c.form != "pronoun"]
    # (a region or bloc stands in the list as an item of its own: `the United States, Europe and
    # India took 239,000 bpd, 69,200 bpd and 68,000 bpd, respectively`)
    places += [m.span() for pattern in (REGION, _BLOC)
               for m in pattern.finditer(text, span[0], before)
               if not any(a <= m.start() < b for a, b in places)]
    lists: list[tuple[ItemKind, list[tuple[int, int]]]] = [
        ("country", _joined(text, [p for p in places if p[1] <= before], len(run))),
        ("flow", _joined(text, _flow_spans(text, span[0], before), len(run))),
        ("goods", _goods_list(text, span[0], before, goods, len(run)))]
    found = [(kind, items) for kind, items in lists if items]
    end = run[-1][1]
    after: list[tuple[ItemKind, list[tuple[int, int]]]] = [
        ("country", [(c.start, c.end) for c in countries
                     if c.code and c.form != "pronoun" and end <= c.start and c.end <= closing]),
        ("goods", [(g.start, g.end) for g in goods
                   if not g.generic and end <= g.start and g.end <= closing])]
    following = [(kind, items) for kind, items in after
                 if len(items) == len(run) and _joined(text, items, len(run))]
    if following and not parallel:
        # `supplied 6.29 bcm and 2.71 bcm to Egypt and Jordan, respectively`: the list between
        # the figures and `respectively`
        found = following[:1]
    both = _THE_TWO.search(text, span[0], before)
    if not found and pair is not None and len(run) == 2 and both is not None:
        # `In August the two delivered 142 tons and 32 tons, respectively`
        item = (both.start(), both.end())
        return {figure[0]: Respective(position, "country", item, (), item, code=code)
                for position, (figure, code) in enumerate(zip(run, pair, strict=True))}
    if not found:
        return {}
    kind, items = max(found, key=lambda listed: listed[1][-1][1])  # the list nearest the figures
    result: dict[int, Respective] = {}
    for figures_run in ([run, parallel] if parallel else [run]):
        for position, (figure, item) in enumerate(zip(figures_run, items, strict=True)):
            side: FlowSide | None = None
            if kind == "flow":
                side = "export" if lexicon("flow", "export").regex.fullmatch(
                    text, *item) else "import"
            others = tuple(i for i in items if i != item)
            if kind == "goods" and not keyed_item(item, goods):
                # (an item of goods with no key: no keyed goods of the sentence are its goods,
                # `Apparel and cardamom led with ..., followed by coffee`)
                others = (*others, *((g.start, g.end) for g in goods if not g.generic
                                     and (g.start, g.end) not in others))
            result[figure[0]] = Respective(position, kind, item, others, items[0], side)
    return result


def keyed_item(item: tuple[int, int], goods: Sequence[CommodityMention]) -> bool:
    """Whether a list's item of goods is keyed goods of the sentence (`rice` in `Vanilla and rice
    brought in ...`), not goods with no key (`cloves`)."""
    return any((g.start, g.end) == item and not g.generic for g in goods)


def _goods_list(text: str, start: int, before: int, goods: Sequence[CommodityMention],
                size: int) -> list[tuple[int, int]]:
    """The list of `size` goods before the figures: of keyed goods, else of goods with and
    without a key together (`Tea and cocoa earned $77 million and $74 million`, `cotton, live
    animals and meat followed with ...`), so that a figure of goods with no key is not read as
    the keyed goods of another item."""
    keyed = [(g.start, g.end) for g in goods if not g.generic and g.end <= before]
    found = _joined(text, keyed, size)
    if found or not may_hold(text, start, before, (" and ",)):
        return found
    # (not a word qualifying keyed goods after it: `mineral fertilizers`)
    unkeyed = [(a, b) for a, b in unkeyed_goods_spans(text, start, before)
               if not any(a < e and s < b or _QUALIFIER_GAP.fullmatch(text, b, s)
                          for s, e in keyed)]
    found = _joined(text, keyed + unkeyed, size) if unkeyed else []
    if found and _FLOW_WORD_NEXT.match(text, found[-1][1]):
        return []  # (`Japan's LNG and coal imports`: goods qualifying a flow word, left to the
        # reading of the flow word's goods)
    return found


_QUALIFIER_GAP = re.compile(r"[\s-]+")
_FLOW_WORD_NEXT = re.compile(r"[\s-]+(?:exports?|imports?|shipments?|sales|purchases|deliveries|"
                             r"supplies|trade|earnings|revenues?|receipts|intake)\b",
                             re.IGNORECASE)


_BETWEEN_RUNS = re.compile(r"\s*,\s*(?:(?:an?\s+)?(?:increases?|rises?|gains?|falls?|drops?|"
                           r"declines?|decreases?|jumps?|growth|shares?)\s+(?:of\s+)?|up\s+|"
                           r"down\s+|or\s+|to\s+)", re.IGNORECASE)
"""Between two parallel runs of figures: `2.77 million mt and 2.22 million mt, increases of`,
`by 12% and 8%, to 3.1 million and 2.4 million tonnes` (the changes, then the levels they
reached)."""


def _parallel_run(text: str, figures: list[tuple[int, int]], run: list[tuple[int, int]]
                  ) -> list[tuple[int, int]] | None:
    """`followed with 2.77 million mt and 2.22 million mt, increases of 27.8 percent and 72.7
    percent, respectively`: the run just before the closing one, of the same length and joined
    to it by an appositive, is read item by item too."""
    earlier = _figure_run(text, [f for f in figures if f[1] <= run[0][0]])
    if len(earlier) != len(run) or not _BETWEEN_RUNS.fullmatch(text, earlier[-1][1], run[0][0]):
        return None
    return earlier


_AFTER_CLOSING = re.compile(r"respectively,?\s+(?:(?:in|during|for)\s+[\w-]+(?:\s+[\w-]+)?,?\s+)?"
                            r"(?:to|at|reaching|totalling|totaling|up|down|(?:an?\s+)?(?:"
                            r"increases?|rises?|gains?|falls?|drops?|declines?|decreases?|"
                            r"jumps?)\s+of)\s+(?:(?:about|around|roughly|some|nearly|almost|just|"
                            r"only|over|more\s+than|less\s+than)\s+)?", re.IGNORECASE)
"""Between `respectively` and a run of figures read with it: levels (`rose 3.9% and 25.5%,
respectively, in 2024, to US$15.8 billion and US$11.6 billion`) or their changes (`took 13,586t
and 12,547t, respectively, gains of 27% and 26%`)."""
# (a hedge may open that run: `..., respectively, off more than 20% and 30%`)


def _run_after(text: str, figures: Sequence[tuple[int, int]], closing: int, size: int
               ) -> list[tuple[int, int]] | None:
    """The run of `size` figures right after `respectively` and `to` (`..., respectively, in
    2024, to US$15.8 billion and US$11.6 billion`), read item by item as the run it closes."""
    lead = _AFTER_CLOSING.match(text, closing)
    if lead is None:
        return None
    after = [f for f in sorted(figures) if f[0] >= lead.end()]
    if not after or after[0][0] != lead.end():
        return None
    run = _figure_run(text, after[:size]) if len(after) >= size else []
    return run if len(run) == size and run[0] == after[0] else None


def _listed_figures(text: str, span: tuple[int, int], figures: Sequence[tuple[int, int]]
                    ) -> tuple[list[tuple[int, int]], int] | None:
    """The run of two or more figures a `respectively` in the sentence `span` closes, and where
    `respectively` starts; None without one."""
    closing = _RESPECTIVELY.search(text, *span) if may_hold(
        text, *span, ("respectively",)) else None  # (a sentence without the word: no scan)
    if closing is None:
        return None
    run = _figure_run(text, [f for f in figures if f[1] <= closing.start()])
    return (run, closing.start()) if len(run) >= 2 else None


def _figure_run(text: str, figures: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The last run of figures joined only by commas and `and` (and hedges)."""
    runs: list[list[tuple[int, int]]] = []
    for figure in sorted(figures):
        if runs and _FIGURE_JOIN.fullmatch(text, runs[-1][-1][1], figure[0]):
            runs[-1].append(figure)
        else:
            runs.append([figure])
    return runs[-1] if runs else []


def _joined(text: str, spans: list[tuple[int, int]], size: int) -> list[tuple[int, int]]:
    """The last `size` spans that form one list (`A and B`, `A, B and C`), else none; spans
    after it may be of others (`Uzbekistan and Afghanistan remained Kazakhstan's main buyers`)."""
    ordered = sorted(spans)
    for first in range(len(ordered) - size, -1, -1):
        items = ordered[first:first + size]
        if all(_ITEM_JOIN.fullmatch(text, a[1], b[0])
               for a, b in zip(items, items[1:], strict=False)):
            return items
    return []


def _flow_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return sorted(span for kind in ("export", "import")
                  for span in lexicon("flow", kind).spans(text, start, end))


def respective_periods(text: str, span: tuple[int, int], figures: Sequence[tuple[int, int]],
                       mentions: Sequence[PeriodMention]) -> dict[int, PeriodMention]:
    """`shipped 2,500 tons and 2,400 tons in March and May, respectively`: the k-th figure of the
    list is of the k-th period of the list between the figures and `respectively`."""
    listed = _listed_figures(text, span, figures)
    if listed is None:
        return {}
    run, closing = listed
    periods = [part for m in mentions if run[-1][1] <= m.start and m.end <= closing
               and m.relation == "period" and m.period is not None for part in _months_of(m)]
    if not periods:
        # (`records fell in November and December, at 12.9 Bcf/d and then 13.6 Bcf/d,
        # respectively`: the list of periods before the figures)
        periods = [part for m in mentions if span[0] <= m.start and m.end <= run[0][0]
                   and m.relation == "period" and m.period is not None
                   for part in _months_of(m)][-len(run):]
    if len(periods) != len(run) or not _joined(text, [(m.start, m.end) for m in periods],
                                                len(run)):
        return {}
    runs = [run, *_runs_read_with(text, figures, run, closing, periods[0].start, mentions)]
    return {figure[0]: mention for figures_run in runs
            for figure, mention in zip(figures_run, periods, strict=True)}


_CLAUSE_BREAK = re.compile(r";|,\s*(?:while|whereas|but)\b", re.IGNORECASE)
"""Between a run of figures and a list of periods after it: a break into another clause
(`...last year; in 2022 and 2023 Egypt bought ...`), past which the list is not that run's."""


def _runs_read_with(text: str, figures: Sequence[tuple[int, int]], run: list[tuple[int, int]],
                    closing: int, periods_at: int, mentions: Sequence[PeriodMention]
                    ) -> list[list[tuple[int, int]]]:
    """The other runs of figures a `respectively` list of periods dates item by item: the run
    set off right before the closing one (`sales of 40 and 35 million pesos, increases of 20% and
    30%`), the run right after `respectively` (`..., respectively, down 20% and 30%`), and a run
    of the same length just before the list of periods, with no figure between it and the closing
    run (`1,100 kg, 900 kg and 1,500 kg were sold in March, April and May, worth $6 million, $5
    million and $8 million, respectively`), unless a clause break (`;`, `, while`) or a period
    of its own (`... last year; in 2022 and 2023 ...`) stands between that run and the list."""
    found = [r for r in (_parallel_run(text, [f for f in figures if f[1] <= closing], run),
                         _run_after(text, figures, closing, len(run))) if r]
    if periods_at < run[0][0]:
        earlier = _figure_run(text, [f for f in figures if f[1] <= periods_at])
        if len(earlier) == len(run) and earlier not in found and not any(
                earlier[-1][1] <= f[0] < run[0][0] for f in figures) and \
                _CLAUSE_BREAK.search(text, earlier[-1][1], periods_at) is None and not any(
                    earlier[-1][1] <= m.start < periods_at and m.relation == "period"
                    for m in mentions):
            found.append(earlier)
    return found


_TWO_MONTHS = re.compile(r"(?:(?:in|during|for)\s+)?(?P<first>[A-Za-z]+)\s+and\s+"
                         r"(?P<second>[A-Za-z]+)(?:,?\s+(?:of\s+)?(?:this|last)\s+year|"
                         r",?\s+(?:19|20)\d\d)?", re.IGNORECASE)


_TWO_YEARS = re.compile(r"(?:(?:in|during|for)\s+)?(?P<first>(?:19|20)\d\d)\s+and\s+"
                        r"(?P<second>(?:19|20)\d\d)", re.IGNORECASE)


def _months_of(mention: PeriodMention) -> list[PeriodMention]:
    """`March and May` read as a range is two months in a `respectively` list (`2027 and 2028`
    two years)."""
    years = _TWO_YEARS.fullmatch(mention.surface)
    if years is not None and mention.period is not None:
        return [replace(mention, start=mention.start + years.start(key),
                        end=mention.start + years.end(key), surface=years[key],
                        period=year(int(years[key])), recent=False)
                for key in ("first", "second")]
    found = _TWO_MONTHS.fullmatch(mention.surface)
    if found is None or mention.period is None or not all(
            found[key].lower() in MONTHS for key in ("first", "second")):
        return [mention]
    start, end = mention.period.start.year, mention.period.end.year
    if MONTHS[found["first"].lower()] > MONTHS[found["second"].lower()]:
        start = end  # `in March and February, respectively`: two months, not a range that wraps
    first = mention.start + found.start("first")
    second = mention.start + found.start("second")
    # (each month keeps the range's year, not the range's reading as the latest figures)
    return [replace(mention, start=first, end=first + len(found["first"]),
                    surface=found["first"], period=month(start, MONTHS[found["first"].lower()]),
                    recent=False),
            replace(mention, start=second, end=second + len(found["second"]),
                    surface=found["second"], period=month(end, MONTHS[found["second"].lower()]),
                    recent=False)]
