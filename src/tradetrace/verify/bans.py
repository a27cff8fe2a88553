"""Ban monitor: flows of a banned commodity in the banned direction while the ban is in force.

A level claim (or statistic) counts when its commodity falls under the rule (`covers`, broader
`generic` keys do not), the target is the seller (export_ban) or the buyer (import_ban), its value
is above zero and its period reaches into the rule's time in force. Severity: the rule's own
(`violation`, or `warning` where a broad exemption such as 2270's livelihood clause may make the
flow legal); `warning` for planned or forecast flows and for figures whose period starts before
the ban (an annual figure for the year the ban came in may be all pre-ban trade).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from tradetrace.knowledge.sanctions import Regime, Rule
from tradetrace.model import Claim, Finding, Statistic
from tradetrace.model.finding import Severity, finding_id
from tradetrace.verify.flows import (
    claim_period,
    covers,
    days,
    overlap_days,
    statistic_direction,
    statistic_period,
)


def _in_force_days(rule: Rule, period: tuple[date, date]) -> int:
    if not rule.ever_in_force:
        return 0
    return overlap_days(period, (rule.start, rule.end or date.max))


def _finding(rule: Rule, period: tuple[date, date], modality: str, what: str,
             claim_ids: tuple[str, ...] = (), statistic_ids: tuple[str, ...] = ()) -> Finding:
    inside = _in_force_days(rule, period)
    partial = inside < days(period)
    severity: Severity = rule.severity
    if partial or modality in ("planned", "forecast"):
        severity = "warning"
    side = "exports by" if rule.measure == "export_ban" else "supply to"
    text = (f"{modality.capitalize()} {side} {rule.target}: {what}, "
            f"{period[0].isoformat()}..{period[1].isoformat()}, falls under the ban of "
            f"{rule.regime} {rule.citation} ({rule.label or rule.commodity}) in force from "
            f"{rule.start.isoformat()}")
    text += f" to {rule.end.isoformat()}." if rule.end else "."
    if partial:
        text += f" Only {inside} of the figure's {days(period)} days fall under the ban."
    if rule.exemptions:
        text += f" Exemptions: {'; '.join(rule.exemptions)}."
    details: tuple[tuple[str, object], ...] = (
        ("rule", rule.id), ("regime", rule.regime), ("measure", rule.measure),
        ("ban_start", rule.start.isoformat()),
        ("ban_end", rule.end.isoformat() if rule.end else None),
        ("period_start", period[0].isoformat()), ("period_end", period[1].isoformat()),
        ("days_under_ban", inside), ("modality", modality))
    return Finding(id=finding_id("banned_flow", rule.id, *claim_ids, *statistic_ids),
                   type="banned_flow", severity=severity, explanation=text, claim_ids=claim_ids,
                   statistic_ids=statistic_ids, details=details)


def _target_side(rule: Rule, exporter: str | None, importer: str | None) -> bool:
    return (exporter if rule.measure == "export_ban" else importer) == rule.target


def check_bans(claims: Sequence[Claim], statistics: Sequence[Statistic],
               regimes: Iterable[Regime]) -> list[Finding]:
    """`banned_flow` findings for every ban rule of every regime."""
    findings: list[Finding] = []
    for regime in regimes:
        for rule in regime.bans:
            for claim in claims:
                if (claim.kind != "level" or claim.two_way or claim.value <= 0
                        or not _target_side(rule, claim.exporter, claim.importer)
                        or covers(rule, claim.commodity) != "match"):
                    continue
                period = claim_period(claim)
                if period is None or not _in_force_days(rule, period):
                    continue
                what = f"{claim.surface or claim.value} of {claim.commodity}"
                other = claim.importer if rule.measure == "export_ban" else claim.exporter
                if other:
                    what += f" ({'to' if rule.measure == 'export_ban' else 'from'} {other})"
                findings.append(_finding(rule, period, claim.modality, what,
                                         claim_ids=(claim.id,)))
            for stat in statistics:
                flow = statistic_direction(stat)
                if (flow is None or not _target_side(rule, *flow)
                        or covers(rule, stat.commodity, stat.hs_code) != "match"
                        or not ((stat.value_usd or 0) > 0 or (stat.weight_t or 0) > 0
                                or (stat.quantity or 0) > 0)):
                    continue
                period = statistic_period(stat)
                if not _in_force_days(rule, period):
                    continue
                amount = (f"US${stat.value_usd:,.0f}" if stat.value_usd
                          else f"{stat.weight_t or stat.quantity:,.0f} "
                               f"{'t' if stat.weight_t else stat.quantity_unit}")
                what = (f"{amount} of {stat.commodity} reported by {stat.reporter} "
                        f"({stat.source_family or stat.source})")
                findings.append(_finding(rule, period, "reported", what,
                                         statistic_ids=(stat.id,)))
    return findings
