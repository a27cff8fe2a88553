"""Corroboration: figures for the same flow from different documents or statistics.

Figures are grouped by flow (exporter, importer; an unordered pair for two-way/total figures),
commodity, period and unit family (USD, t, bbl). Each pair from different sources is compared:
within tolerance (the larger of `CheckOptions.corroboration_tolerance` and the precision the two
figures were stated with) -> `corroboration` (info, raises confidence); otherwise -> `conflict`.
A conflict between families with a known difference (`source_families`) is severity info when
the difference accounts for the gap and a warning, with the explanation, when it does not; any
other conflict is a warning naming both sources and the size of the gap. Only reported and
estimated level figures take part; statistics' flows are read from the reporter's side.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import combinations

from tradetrace.model import Claim, Finding, Statistic
from tradetrace.model.finding import Severity, finding_id
from tradetrace.normalize.currency import to_usd
from tradetrace.verify.flows import (
    WORLD,
    claim_period,
    half_width,
    statistic_direction,
    statistic_period,
)
from tradetrace.verify.options import CheckOptions
from tradetrace.verify.source_families import MIRROR_DIFFERENCE, applicable, families_in


@dataclass(frozen=True)
class Observation:
    """One figure of a flow, from a claim or a statistic."""

    id: str
    """Claim or statistic id."""
    is_statistic: bool
    """True for a statistic."""
    source: str
    """Document id (claims) or statistic id: figures of one source are not compared."""
    label: str
    """How the source is named in explanations."""
    families: tuple[str, ...]
    """Source families (KOTRA, GACC, ...)."""
    mirror: bool | None
    """Mirror data (True), reporter data (False), unknown (None, claims)."""
    key: tuple[object, ...]
    """Flow, commodity, period and unit: figures with equal keys are compared."""
    value: float
    """Value in the key's unit."""
    half: float
    """Half-width of the value's stated precision."""
    countries: frozenset[str]
    """Countries of the flow."""
    year: int
    """Year of the period start."""


def _pair(exporter: str | None, importer: str | None, two_way: bool) -> tuple[str, ...]:
    exp, imp = exporter or WORLD, importer or WORLD
    return ("~", *sorted((exp, imp))) if two_way else (exp, imp)


def _from_claim(claim: Claim, options: CheckOptions) -> Observation | None:
    if claim.kind != "level" or claim.modality not in ("reported", "estimated") or claim.value <= 0:
        return None
    period = claim_period(claim)
    if period is None:
        return None
    value, unit = claim.value, claim.unit
    if unit not in ("USD", "t", "bbl"):
        if claim.normalized_unit == "USD" and claim.normalized_value is not None:
            value, unit = claim.normalized_value, "USD"
        elif (usd := to_usd(claim.value, claim.unit, period[0])) is not None and unit:
            value, unit = usd, "USD"
        else:
            return None
    half = half_width(claim.surface, claim.value, claim.approximate, options.rounding_cap,
                      options.approximate_slack) * (value / claim.value)
    return Observation(
        id=claim.id, is_statistic=False, source=claim.doc_id,
        label=f"{claim.attribution} ({claim.doc_id})" if claim.attribution else claim.doc_id,
        families=families_in(claim.attribution), mirror=None,
        key=(_pair(claim.exporter, claim.importer, claim.two_way), claim.commodity, *period, unit),
        value=value, half=half,
        countries=frozenset(c for c in (claim.exporter, claim.importer) if c),
        year=period[0].year)


def _from_statistic(stat: Statistic) -> list[Observation]:
    flow = statistic_direction(stat)
    pair = _pair(*flow, False) if flow else _pair(stat.reporter, stat.partner, True)
    period: tuple[date, date] = statistic_period(stat)
    fams = families_in(stat.source_family) or (
        (stat.source_family,) if stat.source_family else families_in(stat.notes))
    label = f"{stat.source_family or 'statistic'} {stat.source}".strip()
    found = []
    for value, unit in ((stat.value_usd, "USD"), (stat.weight_t, "t"),
                        (stat.quantity, stat.quantity_unit)):
        if value and value > 0 and unit in ("USD", "t", "bbl"):
            found.append(Observation(
                id=stat.id, is_statistic=True, source=stat.id, label=label, families=fams,
                mirror=stat.mirror, key=(pair, stat.commodity, *period, unit), value=value,
                half=0.0, countries=frozenset((stat.reporter, stat.partner)), year=stat.year))
    return found


def _amount(value: float, unit: str) -> str:
    return f"US${value / 1e6:,.1f}m" if unit == "USD" else f"{value:,.0f} {unit}"


def _compare(a: Observation, b: Observation, options: CheckOptions) -> Finding:
    high, low = (a, b) if a.value >= b.value else (b, a)
    gap = high.value - low.value
    rel = gap / high.value
    unit = str(a.key[-1])
    tolerance = max(options.corroboration_tolerance, (a.half + b.half) / high.value)
    claim_ids = tuple(o.id for o in (a, b) if not o.is_statistic)
    stat_ids = tuple(o.id for o in (a, b) if o.is_statistic)
    pair = f"{_amount(a.value, unit)} ({a.label}) and {_amount(b.value, unit)} ({b.label})"
    details: list[tuple[str, object]] = [
        ("gap", round(gap, 3)), ("relative_gap", round(rel, 6)), ("unit", unit),
        ("tolerance", round(tolerance, 6))]
    severity: Severity
    if rel <= tolerance:
        kind, severity = "corroboration", "info"
        text = f"Agree within {rel:.1%}: {pair}."
    else:
        kind, severity = "conflict", "warning"
        text = f"Conflict: {pair} differ by {_amount(gap, unit)} ({rel:.0%} of the larger)."
        known = applicable(a.families, b.families, set(a.countries | b.countries),
                           str(a.key[1]), a.year)
        if a.mirror is not None and b.mirror is not None and a.mirror != b.mirror:
            known.append((MIRROR_DIFFERENCE, a.mirror))
        for diff, a_first in known:
            if diff.expected_gap_usd is not None:
                lo, hi = diff.expected_gap_usd
                high_family = diff.families[0] if (high is a) == a_first else diff.families[1]
                ok = (unit == "USD" and lo * 0.95 <= gap <= hi * 1.05
                      and diff.higher in (None, high_family))
            elif diff.tolerance is not None:
                ok = rel <= diff.tolerance
            else:  # a difference of definition that cannot be sized
                details.append(("known_difference", diff.explanation))
                text += f" Likely cause: {diff.explanation}."
                continue
            details.append(("known_difference", diff.explanation))
            if ok:
                severity = "info"
                text += f" Explained: {diff.explanation}."
                details.append(("explained", True))
                break
            text += f" Known difference ({diff.explanation}) does not account for all of it."
        else:
            details.append(("explained", False))
    return Finding(id=finding_id(kind, *claim_ids, *stat_ids), type=kind, severity=severity,
                   explanation=text, claim_ids=claim_ids, statistic_ids=stat_ids,
                   details=tuple(details))


def _distinct(group: list[Observation]) -> list[Observation]:
    """The group without repeated statistics: the same agency's figure loaded twice (China's
    exports to North Korea and, from another file, North Korea's imports from China as their
    mirror) is one observation, not a pair that agrees and two conflicts that repeat."""
    kept: list[Observation] = []
    for obs in group:
        if obs.is_statistic and any(
                k.is_statistic and k.families == obs.families
                and abs(k.value - obs.value) <= 1e-9 * max(k.value, obs.value) for k in kept):
            continue
        kept.append(obs)
    return kept


def check_corroboration(claims: Sequence[Claim], statistics: Sequence[Statistic],
                        options: CheckOptions | None = None) -> list[Finding]:
    """`corroboration` and `conflict` findings over all pairs of figures of one flow."""
    options = options or CheckOptions()
    groups: dict[tuple[object, ...], list[Observation]] = defaultdict(list)
    for claim in claims:
        if (obs := _from_claim(claim, options)) is not None:
            groups[obs.key].append(obs)
    for stat in statistics:
        for obs in _from_statistic(stat):
            groups[obs.key].append(obs)
    findings = []
    for group in map(_distinct, groups.values()):
        for a, b in combinations(group, 2):
            if a.source != b.source:
                findings.append(_compare(a, b, options))
    return findings
