"""Vega-Lite chart specs (built with Altair, data inline) for the report and the dashboard.

Each function takes JSON-ready records (see `analyse.as_record`) and returns a spec dict; the
spec carries its data, so the report opens offline and the JSON twin holds the same specs.
Points of a flow are coloured by origin and modality and never joined across sources.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import altair as alt

Record = Mapping[str, Any]
WIDTH = 640


def _data(records: Sequence[Record]) -> alt.Data:
    return alt.Data(values=[dict(r) for r in records])


def partner_shares_chart(shares: Sequence[Record], title: str) -> dict[str, Any]:
    """Each partner's share of the country's trade per year (one source family)."""
    chart = alt.Chart(_data(shares), title=title, width=WIDTH, height=260).mark_line(
        point=True).encode(
        x=alt.X("year:O", title="Year"),
        y=alt.Y("share:Q", title="Share of trade", axis=alt.Axis(format="%")),
        color=alt.Color("partner:N", title="Partner"),
        tooltip=["year:O", "partner:N", alt.Tooltip("share:Q", format=".1%"),
                 alt.Tooltip("value_usd:Q", format=",.0f"), "source_family:N", "basis:N"],
    )
    return chart.to_dict()


def concentration_chart(rows: Sequence[Record], title: str) -> dict[str, Any]:
    """Herfindahl-Hirschman index per year."""
    chart = alt.Chart(_data(rows), title=title, width=WIDTH, height=160).mark_line(
        point=True).encode(
        x=alt.X("year:O", title="Year"),
        y=alt.Y("hhi:Q", title="HHI (0-10,000)", scale=alt.Scale(domain=[0, 10000])),
        tooltip=["year:O", alt.Tooltip("hhi:Q", format=",.0f"), "partners:Q",
                 alt.Tooltip("coverage:Q", format=".0%")],
    )
    return chart.to_dict()


def _events_layer(events: Sequence[Record]) -> alt.Chart:
    return alt.Chart(_data(events)).mark_rule(color="#999", strokeDash=[3, 3]).encode(
        x="date:T", tooltip=["date:T", "label:N", "kind:N"])


def flow_chart(points: Sequence[Record], events: Sequence[Record], title: str) -> dict[str, Any]:
    """Level figures of one flow over time, one panel per unit, key events as dashed rules."""
    levels = [dict(p) | {"group": f"{p['origin']} {p['modality']}"}
              for p in points if p["kind"] == "level" and p.get("period_start")]
    units = sorted({p["unit"] for p in levels}) or [""]
    panels = []
    for unit in units:
        rows = [p for p in levels if p["unit"] == unit]
        dots = alt.Chart(_data(rows), width=WIDTH, height=180).mark_point(filled=True).encode(
            x=alt.X("period_start:T", title="Period start"),
            y=alt.Y("value:Q", title=unit or "value"),
            color=alt.Color("group:N", title="Origin and modality"),
            shape=alt.Shape("origin:N", title="Origin"),
            tooltip=["period_start:T", "period_end:T", alt.Tooltip("value:Q", format=",.0f"),
                     "unit:N", "source:N", "kind:N", "modality:N", "evidence_id:N"],
        )
        panels.append(alt.layer(dots, _events_layer(events)) if events else dots)
    chart = alt.vconcat(*panels, title=title).resolve_scale(color="shared", x="shared")
    return chart.to_dict()


def cap_usage_chart(rows: Sequence[Record], title: str) -> dict[str, Any]:
    """Share of the cap used per period, by supplier and modality, with the cap at 100 %."""
    data = [dict(r) | {"who": f"{r['supplier']} {r['modality']}"} for r in rows]
    bars = alt.Chart(_data(data)).mark_bar().encode(
        x=alt.X("year:O", title="Cap period"),
        xOffset="who:N",
        y=alt.Y("share_of_cap:Q", title="Share of cap", axis=alt.Axis(format="%")),
        color=alt.Color("who:N", title="Supplier and modality"),
        stroke=alt.condition("datum.exceeded", alt.value("#b00"), alt.value(None)),
        tooltip=["period_start:N", "period_end:N", "supplier:N", "modality:N",
                 alt.Tooltip("total:Q", format=",.0f"), "unit:N",
                 alt.Tooltip("share_of_cap:Q", format=".0%"), "rule:N"],
    )
    cap = alt.Chart(alt.Data(values=[{"cap": 1.0}])).mark_rule(color="#b00").encode(y="cap:Q")
    return alt.layer(bars, cap, title=title, width=WIDTH, height=220).to_dict()


def timeline_chart(events: Sequence[Record], title: str) -> dict[str, Any]:
    """Key events by kind over time."""
    chart = alt.Chart(_data(events), title=title, width=WIDTH, height=200).mark_point(
        filled=True, size=60).encode(
        x=alt.X("date:T", title="Date"), y=alt.Y("kind:N", title=None),
        color=alt.Color("kind:N", legend=None), tooltip=["date:T", "label:N", "kind:N"])
    return chart.to_dict()
