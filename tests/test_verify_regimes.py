"""A second country's regime is a file: the monitors act on it without code changes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tradetrace.knowledge.sanctions import load_regime, load_regimes
from tradetrace.model import Claim
from tradetrace.verify import CheckOptions, run_checks

IRAN = {
    "regime": "TEST-IRN",
    "name": "A made-up regime on Iran for the test",
    "target": "IRN",
    "source": "https://example.org/test-regime",
    "rules": [
        {"id": "T-1-steel", "resolution": "T1", "paragraph": "1", "measure": "export_ban",
         "commodity": "iron_steel", "hs": ["72"], "start": "2020-06-01",
         "source": "https://example.org/t1"},
        {"id": "T-2-gasoline-old", "resolution": "T2", "paragraph": "2", "measure": "cap",
         "commodity": "gasoline", "hs": ["271012"], "limit": {"value": 100000, "unit": "bbl"},
         "period": "calendar_year", "start": "2021-01-01", "source": "https://example.org/t2"},
        {"id": "T-3-gasoline", "resolution": "T3", "paragraph": "3", "measure": "cap",
         "direction": "import", "commodity": "gasoline", "hs": ["271012"],
         "limit": {"value": 50000, "unit": "t"}, "period": "rolling_12_months_from_start",
         "start": "2022-03-15", "supersedes": ["T-2-gasoline-old"],
         "source": "https://example.org/t3"},
    ],
}


@pytest.fixture
def iran_file(tmp_path: Path) -> Path:
    path = tmp_path / "iran.json"
    path.write_text(json.dumps(IRAN), encoding="utf-8")
    return path


def level(id_: str, commodity: str, exporter: str, importer: str, value: float, unit: str,
          start: str, end: str) -> Claim:
    return Claim(id=id_, doc_id="doc-iran", start=0, end=5, sentence_start=0, sentence_end=50,
                 surface=f"{value:,.0f} {unit}", value=value, unit=unit, kind="level",
                 commodity=commodity, exporter=exporter, importer=importer, period_start=start,
                 period_end=end, year=int(start[:4]))


def test_load_regimes_adds_the_file_to_the_shipped_ones(iran_file: Path) -> None:
    regimes = load_regimes([iran_file])
    assert [r.id for r in regimes] == ["UNSC-DPRK", "TEST-IRN"]
    iran = regimes[1]
    assert iran.target == "IRN" and iran.path == str(iran_file)
    old = iran.rule("T-2-gasoline-old")
    assert old.end is not None and old.end.isoformat() == "2022-03-14"
    assert old.superseded_by == "T-3-gasoline"


def test_monitors_act_on_the_second_regime(iran_file: Path) -> None:
    regimes = [load_regime(iran_file)]
    steel = level("clm-steel", "iron_steel", "IRN", "CHN", 2e5, "t", "2021-01-01", "2021-12-31")
    early_steel = level("clm-early", "iron_steel", "IRN", "CHN", 2e5, "t", "2019-01-01",
                        "2019-12-31")
    fuel = level("clm-fuel", "gasoline", "CHN", "IRN", 60000, "t", "2022-04-01", "2022-04-30")
    findings = run_checks([steel, early_steel, fuel], [], regimes,
                          CheckOptions(corroboration=False, arithmetic=False))
    banned = [f for f in findings if f.type == "banned_flow"]
    assert [f.claim_ids for f in banned] == [("clm-steel",)]
    assert banned[0].detail("regime") == "TEST-IRN" and banned[0].severity == "violation"
    [cap] = [f for f in findings if f.type == "cap_exceeded"]
    assert cap.detail("rule") == "T-3-gasoline" and cap.detail("period_start") == "2022-03-15"
    assert cap.detail("share_of_cap") == pytest.approx(1.2)
    # the DPRK regime is not involved
    assert all(f.detail("regime") == "TEST-IRN" for f in findings)


def test_the_superseded_rule_still_acts_before_its_successor(iran_file: Path) -> None:
    fuel_2021 = level("clm-2021", "gasoline", "CHN", "IRN", 20000, "t", "2021-05-01",
                      "2021-05-31")
    [f] = run_checks([fuel_2021], [], [load_regime(iran_file)])
    assert f.detail("rule") == "T-2-gasoline-old" and f.type == "cap_exceeded"
    assert f.detail("total") == pytest.approx(20000 * 8.5)


def test_bad_regime_files_are_refused(tmp_path: Path) -> None:
    bad = dict(IRAN, rules=[dict(IRAN["rules"][0], measure="quota")])
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(ValueError, match="measure"):
        load_regime(path)
    dangling = dict(IRAN, rules=[dict(IRAN["rules"][2])])
    path.write_text(json.dumps(dangling), encoding="utf-8")
    with pytest.raises(ValueError, match="supersedes unknown rule"):
        load_regime(path)
