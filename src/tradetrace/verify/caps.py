"""Cap monitor: sum deliveries per cap period and compare them with the regime's caps.

Which figures count: level claims (and statistics) of a flow the cap restricts (importer = the
regime's target for supply caps, exporter = the target for export caps), of a commodity under
the cap's commodity, in barrels, tonnes or (only for caps stated in money) US dollars. A claim on
a broader key the rule lists as `generic` (`oil` for refined petroleum) counts with a note that
the product is unknown: the seed article compares `oil` with the refined cap, supply by ship and
rail is refined product, and crude arrives by the Chinese pipeline.

How they are summed (documented choices):
* Separately per modality (reported, estimated, planned, forecast), per supplier and, when more
  than one supplier contributes, in total.
* A figure whose period spans two cap periods is split pro rata by days (inclusive, so a leap
  year has 366); the part outside the rule's time in force is dropped.
* A restatement (`equivalent_of`) is one delivery: the barrel figure is used when the text states
  one, else the first figure; both claims are evidence.
* Within one supplier and modality, a figure whose period lies inside another figure's period is
  taken to be part of it and is not added again (a monthly figure inside an annual total; the
  same delivery reported by two articles); the larger is counted, all are evidence.
* Tonnes become barrels (and back) with the product factor; the factor's range is carried as
  low/high totals and shares.
* A cap stated in several ways (`4M bbl or 525,000 t`, `$400.87m or 7.5 Mt`) is exceeded when
  any of them is; the share reported is the largest.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from tradetrace.knowledge.sanctions import Limit, Regime, Rule
from tradetrace.model import Claim, Finding, Statistic
from tradetrace.model.finding import Severity, finding_id
from tradetrace.normalize.currency import to_usd
from tradetrace.normalize.oil import barrels_per_tonne
from tradetrace.verify.flows import (
    claim_period,
    covers,
    days,
    overlap_days,
    statistic_direction,
    statistic_period,
)
from tradetrace.verify.options import CheckOptions

VIOLATING = ("reported", "estimated")
"""Modalities whose excess is a violation; planned and forecast excess is a warning."""


@dataclass(frozen=True)
class Delivery:
    """One figure that counts towards a cap, after resolving restatements."""

    claim_ids: tuple[str, ...]
    """Evidence claims (the counted figure and its restatements)."""
    statistic_ids: tuple[str, ...]
    """Evidence statistics."""
    counterparty: str
    """Supplier (supply caps) or buyer (export caps); `unknown` when not stated."""
    period: tuple[date, date]
    """Days the figure covers."""
    value: float
    """Stated amount."""
    unit: str
    """`bbl`, `t` or `USD`."""
    commodity: str | None
    """Taxonomy key of the figure."""
    generic: bool
    """True when counted through a broader key (product unknown)."""
    modality: str
    """reported, estimated, planned or forecast."""


_Key = tuple[str, str, tuple[date, date]]
_Part = tuple[Delivery, float, tuple[Delivery, ...]]


def _amount(value: float, unit: str, commodity: str | None, limit: Limit,
            rule: Rule) -> tuple[float, float, float] | None:
    """(central, low, high) of a figure in the unit of one limit; None if it cannot count."""
    if unit == limit.unit:
        return value, value, value
    if {unit, limit.unit} != {"t", "bbl"}:
        return None
    try:
        factor = barrels_per_tonne(commodity)
    except ValueError:
        try:
            factor = barrels_per_tonne(rule.commodity)
        except ValueError:
            return None
    if unit == "t":
        return value * factor.value, value * factor.low, value * factor.high
    return value / factor.value, value / factor.high, value / factor.low


def _claim_amount(claim: Claim) -> tuple[float, str] | None:
    if claim.unit in ("bbl", "t"):
        return claim.value, claim.unit
    if claim.normalized_unit in ("bbl", "t", "USD") and claim.normalized_value is not None:
        return claim.normalized_value, claim.normalized_unit
    period = claim_period(claim)
    usd = to_usd(claim.value, claim.unit, period[0] if period else None) if claim.unit else None
    return (usd, "USD") if usd is not None else None


def _restatement_groups(claims: Sequence[Claim]) -> list[list[Claim]]:
    """Claims grouped with their restatements (`equivalent_of`), the root first."""
    by_id = {c.id: c for c in claims}
    groups: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        root, seen = claim, {claim.id}
        while root.equivalent_of in by_id and root.equivalent_of not in seen:
            root = by_id[root.equivalent_of]
            seen.add(root.id)
        groups[root.id].append(claim)
    return [sorted(g, key=lambda c: c.id != root_id) for root_id, g in groups.items()]


def deliveries(rule: Rule, claims: Sequence[Claim],
               statistics: Sequence[Statistic] = ()) -> list[Delivery]:
    """The figures that count towards one cap rule (restatements resolved)."""
    found: list[Delivery] = []
    units = {limit.unit for limit in rule.limits} | (
        {"t", "bbl"} if {"t", "bbl"} & {limit.unit for limit in rule.limits} else set())
    eligible = []
    for claim in claims:
        if claim.kind != "level" or claim.two_way or claim.value <= 0:
            continue
        side, other = ((claim.importer, claim.exporter) if rule.direction == "import"
                       else (claim.exporter, claim.importer))
        if side != rule.target or covers(rule, claim.commodity) is None:
            continue
        eligible.append(claim)
    for group in _restatement_groups(eligible):
        usable = [(c, a) for c in group if (a := _claim_amount(c)) and a[1] in units]
        if not usable:
            continue
        claim, (value, unit) = next(((c, a) for c, a in usable if a[1] == "bbl"), usable[0])
        period = claim_period(claim)
        if period is None:
            continue
        other = claim.exporter if rule.direction == "import" else claim.importer
        found.append(Delivery(
            claim_ids=tuple(c.id for c in group), statistic_ids=(), counterparty=other or "unknown",
            period=period, value=value, unit=unit, commodity=claim.commodity,
            generic=covers(rule, claim.commodity) == "generic", modality=claim.modality))
    for stat in statistics:
        flow = statistic_direction(stat)
        if flow is None or covers(rule, stat.commodity, stat.hs_code) is None:
            continue
        exporter, importer = flow
        if (importer if rule.direction == "import" else exporter) != rule.target:
            continue
        amounts = [(stat.quantity, stat.quantity_unit), (stat.weight_t, "t"),
                   (stat.value_usd, "USD")]
        usable_stat = [(v, u) for v, u in amounts if v and u in units]
        if not usable_stat:
            continue
        value, unit = next(((v, u) for v, u in usable_stat if u == "bbl"), usable_stat[0])
        found.append(Delivery(
            claim_ids=(), statistic_ids=(stat.id,),
            counterparty=exporter if rule.direction == "import" else importer,
            period=statistic_period(stat), value=float(value), unit=str(unit),
            commodity=stat.commodity, generic=covers(rule, stat.commodity) == "generic",
            modality="reported"))
    return found


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a common year
        return day.replace(year=day.year + years, day=28)


def cap_periods(rule: Rule, span: tuple[date, date]) -> list[tuple[date, date]]:
    """The rule's cap periods that overlap `span`, clipped to the rule's time in force.

    calendar_year: 1 Jan - 31 Dec; rolling_12_months_from_start: 12-month periods counted from
    the start date (2397 OP4 crude: 22 Dec 2017 - 21 Dec 2018, ...); fixed: start..end.
    """
    if not rule.ever_in_force:
        return []
    first = max(span[0], rule.start)
    last = min(span[1], rule.end) if rule.end else span[1]
    if first > last:
        return []
    periods: list[tuple[date, date]] = []
    if rule.period == "fixed" and rule.end is not None:
        periods = [(rule.start, rule.end)]
    elif rule.period == "calendar_year":
        periods = [(date(y, 1, 1), date(y, 12, 31)) for y in range(first.year, last.year + 1)]
    else:
        k = max(0, first.year - rule.start.year - 1)
        while (start := _add_years(rule.start, k)) <= last:
            periods.append((start, _add_years(rule.start, k + 1) - timedelta(days=1)))
            k += 1
    clipped = [(max(a, rule.start), min(b, rule.end) if rule.end else b) for a, b in periods]
    return [(a, b) for a, b in clipped if a <= b and b >= first and a <= last]


def _merge_contained(items: list[Delivery]) -> list[tuple[Delivery, tuple[Delivery, ...]]]:
    """Drop figures lying inside another figure's period (same unit family: quantity or money);
    the dropped figures stay as evidence."""
    # longest period first; for equal periods the barrel figure (the 1718 Committee's first
    # rule), then the larger value
    ordered = sorted(items, key=lambda d: (-days(d.period), d.unit != "bbl", -d.value))
    kept: list[tuple[Delivery, list[Delivery]]] = []
    for item in ordered:
        for big, absorbed in kept:
            if ((big.unit == "USD") == (item.unit == "USD") and big.period[0] <= item.period[0]
                    and item.period[1] <= big.period[1]):
                absorbed.append(item)
                break
        else:
            kept.append((item, []))
    return [(big, tuple(absorbed)) for big, absorbed in kept]


def _label(rule: Rule, period: tuple[date, date]) -> str:
    if rule.period == "calendar_year" and period[0].month == 1 and period[0].day == 1:
        return str(period[0].year)
    return f"{period[0].isoformat()}..{period[1].isoformat()}"


def check_caps(claims: Sequence[Claim], statistics: Sequence[Statistic],
               regimes: Iterable[Regime], options: CheckOptions | None = None) -> list[Finding]:
    """`cap_exceeded` (and, if enabled, `cap_usage`) findings for every cap of every regime."""
    options = options or CheckOptions()
    findings: list[Finding] = []
    for regime in regimes:
        for rule in regime.caps:
            if rule.limits and rule.ever_in_force:
                found = _check_rule(rule, deliveries(rule, claims, statistics), options)
                findings += [_with_statements(f, rule, claims) for f in found]
    return findings


def _with_statements(finding: Finding, rule: Rule, claims: Sequence[Claim]) -> Finding:
    """An exceeded cap also cites the sentences of the same documents that state the cap
    (`This volume would exceed the annual limit of 500,000 barrels ...`)."""
    if finding.type != "cap_exceeded":
        return finding
    docs = {c.doc_id for c in claims if c.id in finding.claim_ids}
    stated = tuple(c.id for c in claims if c.kind == "cap" and c.doc_id in docs
                   and c.id not in finding.claim_ids and rule.target in (c.importer, c.exporter)
                   and covers(rule, c.commodity) is not None and any(
                       limit.unit == c.unit.removesuffix("/yr")
                       and abs(limit.value - c.value) <= 0.01 * limit.value
                       for limit in rule.limits))
    return replace(finding, claim_ids=finding.claim_ids + stated) if stated else finding


def _check_rule(rule: Rule, items: list[Delivery], options: CheckOptions) -> list[Finding]:
    groups: dict[tuple[str, str], list[Delivery]] = defaultdict(list)
    for item in items:
        groups[(item.modality, item.counterparty)].append(item)
    # (modality, counterparty or '*', period) -> [(delivery, fraction counted, absorbed)]
    sums: dict[_Key, list[_Part]] = defaultdict(list)
    for (modality, party), group in groups.items():
        for item, absorbed in _merge_contained(group):
            for period in cap_periods(rule, item.period):
                share = overlap_days(item.period, period) / days(item.period)
                if share > 0:
                    sums[(modality, party, period)].append((item, share, absorbed))
    totals: dict[_Key, list[_Part]] = defaultdict(list)
    for (modality, _party, period), parts in sums.items():
        totals[(modality, "*", period)] += parts
    for key, parts in totals.items():
        if len({p[0].counterparty for p in parts}) > 1:
            sums[key] = _named_or_unnamed(rule, parts)
    return [f for key, parts in sorted(sums.items(), key=lambda kv: (kv[0][2], kv[0][:2]))
            if (f := _finding(rule, key, parts, options)) is not None]


def _central_share(rule: Rule, parts: list[_Part]) -> float:
    """The largest share of any of the rule's limits that `parts` add up to."""
    best = 0.0
    for limit in rule.limits:
        total = sum(amount[0] * fraction for item, fraction, _a in parts
                    if (amount := _amount(item.value, item.unit, item.commodity, limit, rule)))
        best = max(best, total / limit.value)
    return best


def _named_or_unnamed(rule: Rule, parts: list[_Part]) -> list[_Part]:
    """The parts of an all-suppliers total. A figure naming no supplier may be the total of the
    named ones (`together the two countries declared 53,000 tonnes`), so figures with and
    without a named supplier are not added together: the larger side counts, the other stays
    as evidence."""
    named = [p for p in parts if p[0].counterparty != "unknown"]
    unnamed = [p for p in parts if p[0].counterparty == "unknown"]
    if not named or not unnamed:
        return parts
    kept, dropped = ((named, unnamed) if _central_share(rule, named) >= _central_share(
        rule, unnamed) else (unnamed, named))
    first, fraction, absorbed = kept[0]
    extra = tuple(d for item, _f, more in dropped for d in (item, *more))
    return [(first, fraction, absorbed + extra), *kept[1:]]


def _finding(rule: Rule, key: _Key, parts: list[_Part], options: CheckOptions) -> Finding | None:
    modality, party, period = key
    best: tuple[float, float, float, float, Limit] | None = None
    for limit in rule.limits:
        central = low = high = 0.0
        counted = False
        for item, fraction, _absorbed in parts:
            amount = _amount(item.value, item.unit, item.commodity, limit, rule)
            if amount is None:
                continue
            counted = True
            central += amount[0] * fraction
            low += amount[1] * fraction
            high += amount[2] * fraction
        if counted and (best is None or central / limit.value > best[0] / best[4].value):
            best = (central, low, high, 0.0, limit)
    if best is None:
        return None
    central, low, high, _, limit = best
    share = central / limit.value
    exceeded = share > 1.0
    if not exceeded and not options.cap_usage:
        return None
    claim_ids = tuple(dict.fromkeys(
        cid for item, _f, absorbed in parts for d in (item, *absorbed) for cid in d.claim_ids))
    stat_ids = tuple(dict.fromkeys(
        sid for item, _f, absorbed in parts for d in (item, *absorbed) for sid in d.statistic_ids))
    generic = sorted({d.commodity or "?" for d, _f, _a in parts if d.generic})
    split = any(f < 1.0 for _d, f, _a in parts)
    who = "all suppliers" if party == "*" else party
    if rule.direction == "import":
        flow = f"{modality.capitalize()} supply to {rule.target} from {who}"
    else:
        flow = f"{modality.capitalize()} sales by {rule.target} to {who}"
    cap = f"{limit.value:,.0f} {limit.unit} cap ({rule.regime} {rule.citation}, {rule.commodity})"
    text = (f"{flow} in {_label(rule, period)}: {central:,.0f} {limit.unit}, {share:.0%} of the "
            f"{cap}.")
    if low != high:
        text += (f" Conversion range {low:,.0f}-{high:,.0f} {limit.unit} "
                 f"({low / limit.value:.0%}-{high / limit.value:.0%}).")
    if generic:
        text += (f" Product not named ({', '.join(generic)}); counted as {rule.commodity}.")
    if split:
        text += " Figures spanning cap periods were split pro rata by days."
    severity: Severity
    if exceeded:
        kind = "cap_exceeded"
        severity = "violation" if modality in VIOLATING else "warning"
    else:
        kind, severity = "cap_usage", "info"
    details: tuple[tuple[str, object], ...] = (
        ("rule", rule.id), ("regime", rule.regime), ("period_start", period[0].isoformat()),
        ("period_end", period[1].isoformat()), ("modality", modality), ("supplier", party),
        ("total", round(central, 3)), ("total_low", round(low, 3)), ("total_high", round(high, 3)),
        ("unit", limit.unit), ("cap", limit.value), ("share_of_cap", round(share, 6)),
        ("share_low", round(low / limit.value, 6)), ("share_high", round(high / limit.value, 6)),
        ("product_unknown", bool(generic)), ("prorated", split))
    evidence = (rule.id, period[0].isoformat(), modality, party, *claim_ids, *stat_ids)
    return Finding(id=finding_id(kind, *evidence), type=kind, severity=severity,
                   explanation=text, claim_ids=claim_ids, statistic_ids=stat_ids, details=details)
