"""Pages over the whole store: overview, a flow's series, cap usage and the findings."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response

from tradetrace.analyse import (
    Flow,
    as_record,
    cap_usage,
    concentration,
    families,
    flow_series,
    key_events,
    partner_shares,
)
from tradetrace.knowledge.countries import country_name
from tradetrace.report import charts
from tradetrace.report.content import finding_row, sorted_findings
from tradetrace.store import ClaimFilter, StatisticFilter
from tradetrace.web.negotiation import respond
from tradetrace.web.params import listing, paging
from tradetrace.web.state import StoreDep, templates_of

router = APIRouter()

LATEST_FINDINGS = 10
DEFAULT_FLOW = "RUS:PRK:oil"


@router.get("/")
@router.get("/index.json")
def overview(request: Request, store: StoreDep) -> Response:
    country = request.query_params.get("country", "PRK").upper()
    statistics = store.statistics(StatisticFilter())
    available = families(statistics, country)
    family = request.query_params.get("family") or (available[0] if available else None)
    shares = [as_record(s) for s in partner_shares(statistics, country, family=family)]
    hhi = [as_record(c) for c in concentration(
        partner_shares(statistics, country, family=family))]
    findings = sorted_findings(store.findings())
    data = {"counts": store.counts(), "country": country, "source_family": family,
            "families": available, "partner_shares": shares, "concentration": hhi,
            "findings_total": len(findings),
            "latest_findings": [finding_row(f) for f in findings[:LATEST_FINDINGS]],
            "charts": {"partner_shares": charts.partner_shares_chart(
                shares, f"Partner shares of {country_name(country)}'s trade "
                        f"({family or 'no data'})")}}
    return respond(request, templates_of(request), "index.html", data)


@router.get("/series")
@router.get("/series.json")
def series(request: Request, store: StoreDep) -> Response:
    params = request.query_params
    text = params.get("flow") or (
        f"{params['exporter']}:{params['importer']}:{params['commodity']}"
        if {"exporter", "importer", "commodity"} <= set(params) else DEFAULT_FLOW)
    try:
        flow = Flow.parse(text)
    except ValueError as err:
        raise HTTPException(400, str(err)) from err
    claims = store.claims(ClaimFilter(country=flow.exporter, partner=flow.importer,
                                      commodity=flow.commodity))
    points = [as_record(p) for p in flow_series(
        claims, store.statistics(StatisticFilter()), flow)]
    years = [p["year"] for p in points if p["year"]]
    events = [as_record(e) for e in key_events(min(years), max(years))] if years else []
    title = f"{country_name(flow.exporter)} -> {country_name(flow.importer)}: {flow.commodity}"
    data = {"flow": flow.key, "title": title, "points": points, "events": events,
            "charts": {"series": charts.flow_chart(
                points, [e for e in events if e["kind"] in ("treaty", "summit", "border", "war")],
                title)}}
    return respond(request, templates_of(request), "series.html", data)


@router.get("/caps")
@router.get("/caps.json")
def caps(request: Request, store: StoreDep) -> Response:
    rows = [as_record(r) for r in cap_usage(store.findings())]
    data = {"rows": rows, "exceeded": sum(1 for r in rows if r["exceeded"]),
            "charts": {"cap_usage": charts.cap_usage_chart(rows, "Use of sanctions caps")}}
    return respond(request, templates_of(request), "caps.html", data)


@router.get("/findings")
@router.get("/findings.json")
def findings(request: Request, store: StoreDep) -> Response:
    kind, severity = request.query_params.get("type"), request.query_params.get("severity")
    selected = [f for f in sorted_findings(store.findings())
                if (not kind or f.type == kind) and (not severity or f.severity == severity)]
    page = paging(request)
    data = listing(request, page, len(selected),
                   {k: v for k, v in (("type", kind), ("severity", severity)) if v},
                   [finding_row(f) for f in selected[page.offset:page.offset + page.limit]])
    return respond(request, templates_of(request), "findings.html", data)
