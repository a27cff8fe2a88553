"""Vega-Lite chart specs (built with Altair, data inline) for the report and the dashboard.

Each function takes JSON-ready records (see `analyse.as_record`) and returns a spec dict; the
spec carries its data under top-level `datasets`, so the report opens offline and the JSON twin
holds the same specs. Altair only sees the dataset names: handing it thousands of rows would
make it copy and schema-validate each one (seconds per chart). Points of a flow are coloured by
origin and modality and never joined across sources.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import altair as alt

Record = Mapping[str, Any]
WIDTH = 640
TIMELINE_WIDTH = 220
"""The timeline sits in a side column beside the flows."""


POINT_FIELDS = ("origin", "modality", "kind", "period_start", "period_end", "value", "unit",
                "source", "evidence_id")
"""Fields of a flow point the chart needs (the JSON twin keeps the whole point)."""


def _tips(*fields: str | tuple[str, str]) -> list[alt.Tooltip]:
    """Tooltips as objects: Altair parses shorthand strings in lists against the whole schema,
    which costs ~50 ms per chart."""
    return [alt.Tooltip(f[0], format=f[1]) if isinstance(f, tuple) else alt.Tooltip(f)
            for f in fields]


def _named(name: str) -> alt.NamedData:
    return alt.NamedData(name=name)


def _with_data(chart: alt.TopLevelMixin, datasets: dict[str, list[dict[str, Any]]]
               ) -> dict[str, Any]:
    spec: dict[str, Any] = chart.to_dict()
    spec["datasets"] = {**spec.get("datasets", {}), **datasets}
    return spec


def partner_shares_chart(shares: Sequence[Record], title: str) -> dict[str, Any]:
    """Each partner's share of the country's trade per year (one source family)."""
    chart = alt.Chart(_named("shares"), title=title, width=WIDTH, height=260).mark_line(
        point=True).encode(
        x=alt.X("year:Q", title="Year", axis=alt.Axis(format="d"), scale=alt.Scale(zero=False)),
        y=alt.Y("share:Q", title="Share of trade", axis=alt.Axis(format="%")),
        color=alt.Color("partner:N", title="Partner"),
        tooltip=_tips("year:O", "partner:N", ("share:Q", ".1%"), ("value_usd:Q", ",.0f"),
                      "source_family:N", "basis:N"),
    )
    fields = ("year", "partner", "share", "value_usd", "source_family", "basis")
    return _with_data(chart, {"shares": [{k: r[k] for k in fields} for r in shares]})


def concentration_chart(rows: Sequence[Record], title: str) -> dict[str, Any]:
    """Herfindahl-Hirschman index per year."""
    chart = alt.Chart(_named("hhi"), title=title, width=WIDTH, height=160).mark_line(
        point=True).encode(
        x=alt.X("year:Q", title="Year", axis=alt.Axis(format="d"), scale=alt.Scale(zero=False)),
        y=alt.Y("hhi:Q", title="HHI (0-10,000)", scale=alt.Scale(domain=[0, 10000])),
        tooltip=_tips("year:O", ("hhi:Q", ",.0f"), "partners:Q", ("coverage:Q", ".0%")),
    )
    fields = ("year", "hhi", "partners", "coverage")
    return _with_data(chart, {"hhi": [{k: r[k] for k in fields} for r in rows]})


def _events_layer() -> alt.Chart:
    return alt.Chart(_named("events")).mark_rule(color="#999", strokeDash=[3, 3]).encode(
        x="date:T", tooltip=_tips("date:T", "label:N", "kind:N"))


def flow_chart(points: Sequence[Record], events: Sequence[Record], title: str) -> dict[str, Any]:
    """Level figures of one flow over time, one panel per unit, key events as dashed rules."""
    levels = [{k: p[k] for k in POINT_FIELDS} | {"group": f"{p['origin']} {p['modality']}"}
              for p in points if p["kind"] == "level" and p.get("period_start")]
    units = sorted({p["unit"] for p in levels}) or [""]
    panels = []
    datasets: dict[str, list[dict[str, Any]]] = {
        "events": [{k: e[k] for k in ("date", "label", "kind")} for e in events]}
    for n, unit in enumerate(units):
        datasets[f"points{n}"] = [p for p in levels if p["unit"] == unit]
        dots = alt.Chart(_named(f"points{n}"), width=WIDTH, height=180).mark_point(
            filled=True).encode(
            x=alt.X("period_start:T", title="Period start"),
            y=alt.Y("value:Q", title=unit or "value"),
            color=alt.Color("group:N", title="Origin and modality"),
            shape=alt.Shape("origin:N", title="Origin"),
            tooltip=_tips("period_start:T", "period_end:T", ("value:Q", ",.0f"), "unit:N",
                          "source:N", "kind:N", "modality:N", "evidence_id:N"),
        )
        panels.append(alt.layer(dots, _events_layer()) if events else dots)
    chart = alt.vconcat(*panels, title=title).resolve_scale(color="shared", x="shared")
    return _with_data(chart, datasets)


def cap_usage_chart(rows: Sequence[Record], title: str) -> dict[str, Any]:
    """Share of the cap used per period, by supplier and modality, with the cap at 100 %."""
    fields = ("year", "period_start", "period_end", "supplier", "modality", "total", "unit",
              "share_of_cap", "rule", "exceeded")
    data = [{k: r[k] for k in fields} | {"who": f"{r['supplier']} {r['modality']}"} for r in rows]
    bars = alt.Chart(_named("caps")).mark_bar().encode(
        x=alt.X("year:O", title="Cap period"),
        xOffset="who:N",
        y=alt.Y("share_of_cap:Q", title="Share of cap", axis=alt.Axis(format="%")),
        color=alt.Color("who:N", title="Supplier and modality"),
        stroke=alt.condition("datum.exceeded", alt.value("#b00"), alt.value(None)),
        tooltip=_tips("period_start:N", "period_end:N", "supplier:N", "modality:N",
                      ("total:Q", ",.0f"), "unit:N", ("share_of_cap:Q", ".0%"), "rule:N"),
    )
    cap = alt.Chart(_named("cap_line")).mark_rule(color="#b00").encode(y="cap:Q")
    chart = alt.layer(bars, cap, title=title, width=WIDTH, height=220)
    return _with_data(chart, {"caps": data, "cap_line": [{"cap": 1.0}]})


def timeline_chart(events: Sequence[Record], title: str) -> dict[str, Any]:
    """Key events by kind over time."""
    chart = alt.Chart(_named("events"), title=title, width=TIMELINE_WIDTH, height=200).mark_point(
        filled=True, size=60).encode(
        x=alt.X("date:T", title="Date"), y=alt.Y("kind:N", title=None),
        color=alt.Color("kind:N", legend=None), tooltip=_tips("date:T", "label:N", "kind:N"))
    fields = ("date", "label", "kind")
    return _with_data(chart, {"events": [{k: e[k] for k in fields} for e in events]})
