"""Flow series keep every source, kind and modality apart; cap usage rows; key events."""

from __future__ import annotations

from pathlib import Path

import pytest

from tradetrace.analyse import (
    Flow,
    cap_usage,
    flow_series,
    key_events,
    split_series,
    to_frame,
    yearly_values,
)
from tradetrace.analyse.series import SeriesPoint
from tradetrace.store import Store
from web_fixtures import build_store, statistics


@pytest.fixture
def store(tmp_path: Path) -> Store:
    build_store(tmp_path / "s.db")
    return Store.open(tmp_path / "s.db", readonly=True)


def test_flow_parse() -> None:
    assert Flow.parse("rus:prk:oil") == Flow("RUS", "PRK", "oil")
    with pytest.raises(ValueError):
        Flow.parse("RUS:PRK")


def test_series_combines_claims_and_statistics_without_merging(store: Store) -> None:
    flow = Flow("RUS", "PRK", "oil")
    points = flow_series(store.claims(), store.statistics(), flow)
    origins = {(p.origin, p.modality, p.unit) for p in points}
    # statistic (USD and t of refined petroleum), reported USD claim, planned t claim,
    # estimated bbl claim: five separate series, no averaging.
    assert origins == {("statistic", "reported", "USD"), ("statistic", "reported", "t"),
                       ("claim", "reported", "USD"), ("claim", "planned", "t"),
                       ("claim", "estimated", "bbl")}
    assert len(split_series(points)) == 5
    values = sorted(p.value for p in points)
    assert values == sorted([24.8e6, 41000.0, 36.89e6, 160000.0, 165000.0])
    assert all(p.evidence_id.startswith(("clm-", "sta-")) for p in points)
    # flour is food, not oil; the China flow is another flow
    assert not any(p.commodity == "flour" for p in points)


def test_claims_of_the_reverse_direction_are_not_the_flow(store: Store) -> None:
    points = flow_series(store.claims(), statistics(), Flow("PRK", "RUS", "oil"))
    assert points == []


def test_yearly_values_want_one_series_and_whole_years(store: Store) -> None:
    points = flow_series(store.claims(), store.statistics(), Flow("RUS", "PRK", "oil"))
    with pytest.raises(ValueError):
        yearly_values(points)
    usd = [p for p in points if p.origin == "statistic" and p.unit == "USD"]
    assert [(v.year, v.value) for v in yearly_values(usd)] == [(2019, 24.8e6)]
    monthly = [p for p in points if p.unit == "bbl"]
    assert yearly_values(monthly) == []  # March 2024 is not a year


def test_two_way_claims_are_kept_and_marked() -> None:
    point = SeriesPoint(flow="RUS:PRK:trade", origin="claim", evidence_id="clm-x",
                        commodity="trade", period_start=None, period_end=None, year=None,
                        value=1.0, unit="USD", kind="level", modality="reported", source="s")
    assert point.series_key == "claim|s|level|reported|USD"
    assert "series_key" in to_frame([point]).columns


def test_cap_usage_rows_from_findings(store: Store) -> None:
    rows = cap_usage(store.findings())
    assert [(r.year, r.modality, r.exceeded) for r in rows] == [
        (2024, "estimated", False), (2025, "planned", True)]
    assert rows[1].share_of_cap == pytest.approx(2.4)
    assert rows[1].claim_ids and rows[1].finding_id == "fnd-cap-2025"


def test_key_events_between_years() -> None:
    events = key_events(2024, 2024)
    assert events and all(e.date.startswith("2024") for e in events)
    assert any("Treaty" in e.label or "treaty" in e.kind for e in events)
