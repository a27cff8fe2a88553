"""What the report shows, gathered from the store into one JSON-ready dict.

The same dict is the JSON twin (`report.json`) and the context of the HTML template, so the two
cannot drift apart. Large stores are bounded: the claims table lists the claims behind the
requested flows and the findings, then the country's other claims, up to `max_claims`; the
findings list stops at `max_findings` (the totals are stated).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from tradetrace.analyse import (
    DEFAULT_FLOWS,
    Flow,
    as_record,
    cap_usage,
    choose_family,
    concentration,
    flow_series,
    key_events,
    partner_shares,
    share_shifts,
)
from tradetrace.analyse.series import split_series, yearly_values
from tradetrace.analyse.trends import detect_shifts, share_values, year_over_year
from tradetrace.knowledge.countries import country_name
from tradetrace.model import Claim, Finding
from tradetrace.report import charts
from tradetrace.report.highlight import quantity_span
from tradetrace.store import ClaimFilter, StatisticFilter, Store

SEVERITY_ORDER = {"violation": 0, "warning": 1, "info": 2}
FLOW_EVENT_KINDS = ("treaty", "summit", "border", "war")
"""Events drawn as rules across the flow charts (all key events are in the timeline)."""


@dataclass(frozen=True)
class ReportOptions:
    """Settings of one report."""

    flows: tuple[Flow, ...] = DEFAULT_FLOWS
    """Flows to draw (default: Russia and China -> DPRK for oil, food and fertilizer)."""
    country: str = "PRK"
    """Country whose partner shares are shown."""
    source_family: str | None = None
    """Statistics family for shares (None: KOTRA if present, see `FAMILY_PREFERENCE`)."""
    max_claims: int = 1000
    """Rows of the claims table."""
    max_findings: int = 500
    """Findings listed."""
    png_dir: str | None = None
    """Also write each chart as PNG here."""
    title: str = "tradetrace report"
    extra: dict[str, Any] = field(default_factory=dict)


def claim_row(claim: Claim, outlet: str | None = None) -> dict[str, Any]:
    """A claim as a table row, with where to mark the quantity inside its sentence."""
    span = quantity_span(claim)
    return {
        "id": claim.id, "doc_id": claim.doc_id, "outlet": outlet, "kind": claim.kind,
        "commodity": claim.commodity, "exporter": claim.exporter, "importer": claim.importer,
        "two_way": claim.two_way, "period_start": claim.period_start,
        "period_end": claim.period_end, "year": claim.year, "modality": claim.modality,
        "value": claim.value, "unit": claim.unit, "normalized_value": claim.normalized_value,
        "normalized_unit": claim.normalized_unit, "surface": claim.surface,
        "approximate": claim.approximate, "attribution": claim.attribution,
        "sentence": claim.sentence,
        "mark_start": span.start if span else None, "mark_end": span.end if span else None,
    }


def finding_row(finding: Finding) -> dict[str, Any]:
    return {"id": finding.id, "type": finding.type, "severity": finding.severity,
            "explanation": finding.explanation, "claim_ids": list(finding.claim_ids),
            "statistic_ids": list(finding.statistic_ids),
            "details": {k: v if isinstance(v, str | int | float | bool) or v is None else str(v)
                        for k, v in finding.details}}


def sorted_findings(findings: Sequence[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (SEVERITY_ORDER.get(f.severity, 9), f.type, f.id))


def _flow_section(store: Store, flow: Flow, statistics: list[Any],
                  events: list[dict[str, Any]]
                  ) -> tuple[dict[str, Any], dict[str, Any], list[Claim]]:
    claims = store.claims(ClaimFilter(country=flow.exporter, partner=flow.importer,
                                      commodity=flow.commodity))
    points = flow_series(claims, statistics, flow)
    shifts = []
    for key, group in split_series(points).items():
        if group[0].kind == "level":
            shifts += [as_record(s) | {"series_key": key}
                       for s in detect_shifts(yearly_values(group))]
    used = {p.evidence_id for p in points}
    title = (f"{country_name(flow.exporter)} -> {country_name(flow.importer)}: "
             f"{flow.commodity}")
    records = [as_record(p) for p in points]
    section = {"flow": flow.key, "title": title, "points": records, "shifts": shifts,
               "chart": f"flow:{flow.key}"}
    marked = [e for e in events if e["kind"] in FLOW_EVENT_KINDS]
    chart = charts.flow_chart(records, marked, title)
    return section, chart, [c for c in claims if c.id in used]


def gather(store: Store, options: ReportOptions) -> dict[str, Any]:
    """Everything the report shows, JSON-ready."""
    statistics = store.statistics(StatisticFilter())
    family = choose_family(statistics, options.country, "trade", options.source_family)
    shares = partner_shares(statistics, options.country, family=family)
    hhi = concentration(shares)
    earliest = store.claims(ClaimFilter(), limit=1)  # claims come ordered by period
    years = [s.year for s in statistics] + [c.year for c in earliest if c.year]
    first = min(years, default=None)
    events = [as_record(e) for e in key_events(first, None)]
    flows, flow_charts, flow_claims = [], {}, {}
    for flow in options.flows:
        section, chart, claims = _flow_section(store, flow, statistics, events)
        flows.append(section)
        flow_charts[section["chart"]] = chart
        flow_claims.update({c.id: c for c in claims})
    caps = [as_record(r) for r in cap_usage(store.findings())]
    findings = sorted_findings(store.findings())
    # The table: every claim behind a chart point or a finding, then the country's other
    # claims (caps, totals, shares) up to `max_claims`.
    table = dict(flow_claims)
    for finding in findings:
        for claim_id in finding.claim_ids:
            if claim_id not in table and (found := store.claim(claim_id)) is not None:
                table[claim_id] = found
    if len(table) < options.max_claims:
        for claim in store.claims(ClaimFilter(country=options.country),
                                  limit=options.max_claims):
            table.setdefault(claim.id, claim)
    ordered = sorted(table.values(), key=lambda c: (c.period_start or "9999", c.id))
    outlets: dict[str, str | None] = {}
    for claim in ordered[:options.max_claims]:
        if claim.doc_id not in outlets:
            doc = store.document(claim.doc_id)
            outlets[claim.doc_id] = doc.outlet if doc else None
    name = country_name(options.country)
    share_records = [as_record(s) for s in shares]
    changes = [as_record(c) | {"partner": partner}
               for partner in sorted({s.partner for s in shares})
               for c in year_over_year(share_values(shares, partner))]
    by_commodity = {
        key: [as_record(s) for s in partner_shares(statistics, options.country, commodity=key,
                                                   flow="import")]
        for key in sorted({s.commodity for s in statistics if s.commodity != "trade"
                           and options.country in (s.reporter, s.partner)})}
    return {
        "title": options.title,
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "country": options.country, "source_family": family, "counts": store.counts(),
        "partner_shares": share_records, "concentration": [as_record(c) for c in hhi],
        "share_changes": changes,
        "import_shares_by_commodity": {k: v for k, v in by_commodity.items() if v},
        "share_shifts": {p: [as_record(s) for s in found]
                         for p, found in share_shifts(shares).items()},
        "flows": flows, "cap_usage": caps, "events": events,
        "findings": {"total": len(findings),
                     "rows": [finding_row(f) for f in findings[:options.max_findings]]},
        "claims": {"total": len(ordered),
                   "rows": [claim_row(c, outlets.get(c.doc_id))
                            for c in ordered[:options.max_claims]]},
        "charts": {
            "partner_shares": charts.partner_shares_chart(
                share_records, f"Partner shares of {name}'s trade ({family or 'no data'})"),
            "concentration": charts.concentration_chart(
                [as_record(c) for c in hhi], f"Concentration of {name}'s partners (HHI)"),
            "cap_usage": charts.cap_usage_chart(caps, "Use of sanctions caps per period"),
            "timeline": charts.timeline_chart(events, "Key events"),
            **flow_charts,
        },
        "options": {"flows": [f.key for f in options.flows], "max_claims": options.max_claims,
                    "max_findings": options.max_findings},
    }
