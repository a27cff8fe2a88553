"""Series of one flow (exporter -> importer, commodity) combining statistics and news claims.

Nothing is averaged or summed: every figure stays a point of its own, with its origin
(statistic or claim), its source (publisher family, outlet or attribution), its kind (level,
change, share, cap), its modality (reported, estimated, planned, forecast) and its unit. Points
with the same `series_key` can be drawn as one line; different keys never merge. Each point
carries the id of the claim or statistic it comes from.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Literal

from tradetrace.analyse.trends import YearValue
from tradetrace.knowledge.commodities import is_a
from tradetrace.model import Claim, Statistic
from tradetrace.verify.flows import claim_period, statistic_direction, statistic_period


@dataclass(frozen=True)
class Flow:
    """A directed flow of one commodity (the key covers its descendants)."""

    exporter: str
    importer: str
    commodity: str

    @classmethod
    def parse(cls, text: str) -> Flow:
        """`RUS:PRK:oil` -> Flow("RUS", "PRK", "oil")."""
        parts = [p.strip() for p in text.split(":")]
        if len(parts) != 3 or not all(parts):
            raise ValueError(f"flow must be EXPORTER:IMPORTER:COMMODITY, got {text!r}")
        return cls(parts[0].upper(), parts[1].upper(), parts[2])

    @property
    def label(self) -> str:
        return f"{self.exporter} -> {self.importer} {self.commodity}"

    @property
    def key(self) -> str:
        return f"{self.exporter}:{self.importer}:{self.commodity}"


DEFAULT_FLOWS: tuple[Flow, ...] = tuple(
    Flow(exporter, "PRK", commodity)
    for commodity in ("oil", "food", "fertilizer") for exporter in ("RUS", "CHN"))
"""Russia -> DPRK and China -> DPRK for oil, food and fertilizer."""


@dataclass(frozen=True)
class SeriesPoint:
    """One figure of a flow: a statistic's measure or a claim."""

    flow: str
    """Flow key `EXP:IMP:commodity` the point belongs to."""
    origin: Literal["statistic", "claim"]
    evidence_id: str
    """Claim id (`clm-...`) or statistic id (`sta-...`)."""
    commodity: str | None
    """The figure's own commodity key (may be narrower than the flow's)."""
    period_start: str | None
    period_end: str | None
    year: int | None
    value: float
    unit: str
    kind: str
    """level, change, share or cap (statistics are levels)."""
    modality: str
    """reported, estimated, planned or forecast (statistics are reported)."""
    source: str
    """Source family for statistics; attribution, outlet or document id for claims."""
    approximate: bool = False
    two_way: bool = False
    """A claim about trade in both directions between the two countries."""
    surface: str = ""
    """The quantity as written (claims)."""
    doc_id: str | None = None

    @property
    def series_key(self) -> str:
        """Points sharing this key may be joined by a line; all others stay apart."""
        return f"{self.origin}|{self.source}|{self.kind}|{self.modality}|{self.unit}"


@cache
def _under(key: str, ancestor: str) -> bool:
    """`is_a`, remembered: a large store has many claims and few commodity keys."""
    return is_a(key, ancestor)


def _claim_matches(claim: Claim, flow: Flow) -> bool:
    if claim.commodity is None or not _under(claim.commodity, flow.commodity):
        return False
    if (claim.exporter, claim.importer) == (flow.exporter, flow.importer):
        return True
    return claim.two_way and (claim.exporter, claim.importer) == (flow.importer, flow.exporter)


def claim_points(claims: Iterable[Claim], flow: Flow,
                 outlets: Mapping[str, str] | None = None) -> list[SeriesPoint]:
    """Points from claims on the flow; values in normalized units when a conversion applies."""
    outlets = outlets or {}
    points = []
    for c in claims:
        if not _claim_matches(c, flow):
            continue
        period = claim_period(c)
        normalized = c.normalized_value is not None and c.normalized_unit
        points.append(SeriesPoint(
            flow=flow.key, origin="claim", evidence_id=c.id, commodity=c.commodity,
            period_start=period[0].isoformat() if period else None,
            period_end=period[1].isoformat() if period else None,
            year=c.year or (period[0].year if period else None),
            value=float(c.normalized_value if normalized else c.value),  # type: ignore[arg-type]
            unit=str(c.normalized_unit if normalized else c.unit), kind=c.kind,
            modality=c.modality,
            source=c.attribution or outlets.get(c.doc_id) or c.doc_id,
            approximate=c.approximate, two_way=c.two_way, surface=c.surface, doc_id=c.doc_id))
    return points


def statistic_points(statistics: Iterable[Statistic], flow: Flow) -> list[SeriesPoint]:
    """Points from statistics of the flow: one per stated measure (USD, tonnes, quantity)."""
    points = []
    for s in statistics:
        if statistic_direction(s) != (flow.exporter, flow.importer):
            continue
        if not _under(s.commodity, flow.commodity):
            continue
        start, end = statistic_period(s)
        for value, unit in ((s.value_usd, "USD"), (s.weight_t, "t"),
                            (s.quantity, s.quantity_unit or "")):
            if value is None:
                continue
            points.append(SeriesPoint(
                flow=flow.key, origin="statistic", evidence_id=s.id, commodity=s.commodity,
                period_start=start.isoformat(), period_end=end.isoformat(), year=s.year,
                value=float(value), unit=unit, kind="level", modality="reported",
                source=s.source_family or s.source))
    return points


def flow_series(claims: Iterable[Claim], statistics: Iterable[Statistic], flow: Flow,
                outlets: Mapping[str, str] | None = None) -> list[SeriesPoint]:
    """Every figure of the flow, statistics and claims, ordered by period then evidence id."""
    points = statistic_points(statistics, flow) + claim_points(claims, flow, outlets)
    return sorted(points, key=lambda p: (p.period_start or "9999", p.origin, p.evidence_id))


def split_series(points: Sequence[SeriesPoint]) -> dict[str, list[SeriesPoint]]:
    """Points grouped by `series_key` (source, kind, modality, unit kept apart)."""
    groups: dict[str, list[SeriesPoint]] = defaultdict(list)
    for point in points:
        groups[point.series_key].append(point)
    return dict(groups)


def yearly_values(points: Sequence[SeriesPoint]) -> list[YearValue]:
    """Full-year points of ONE series as yearly values (for changes and shifts).

    Only points covering a whole calendar year count, and a year with two figures from the same
    series keeps the larger (a restated or revised total), never their sum or mean.
    """
    keys = {p.series_key for p in points}
    if len(keys) > 1:
        raise ValueError(f"yearly_values wants one series, got {sorted(keys)}")
    best: dict[int, SeriesPoint] = {}
    for p in points:
        if p.year is None or p.period_start != f"{p.year}-01-01" \
                or p.period_end != f"{p.year}-12-31":
            continue
        if p.year not in best or p.value > best[p.year].value:
            best[p.year] = p
    return [YearValue(y, best[y].value, (best[y].evidence_id,)) for y in sorted(best)]
