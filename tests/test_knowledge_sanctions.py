"""The shipped UNSC-DPRK regime: caps, bans, successive states and sources."""

from __future__ import annotations

from datetime import date

import pytest

from tradetrace.knowledge.sanctions import Limit, default_regimes, load_regimes


@pytest.fixture
def dprk():
    [regime] = [r for r in load_regimes() if r.id == "UNSC-DPRK"]
    return regime


def test_every_rule_has_a_source_and_the_target(dprk) -> None:
    assert dprk.target == "PRK"
    assert all(rule.source.startswith("http") for rule in dprk.rules)
    assert all(rule.target == "PRK" and rule.regime == "UNSC-DPRK" for rule in dprk.rules)
    assert len({rule.id for rule in dprk.rules}) == len(dprk.rules)


def test_refined_cap_2397_supersedes_2375(dprk) -> None:
    cap = dprk.rule("2397-OP5-refined")
    assert cap.limits == (Limit(500000, "bbl"),)
    assert cap.period == "calendar_year" and cap.start == date(2018, 1, 1) and cap.end is None
    assert cap.generic == ("oil",)
    old = dprk.rule("2375-OP14-refined")
    assert old.limits == (Limit(2000000, "bbl"),) and old.superseded_by == "2397-OP5-refined"
    assert not old.ever_in_force  # cut before it started
    q4 = dprk.rule("2375-OP14-refined-2017")
    assert (q4.start, q4.end, q4.period) == (date(2017, 10, 1), date(2017, 12, 31), "fixed")


def test_crude_cap_has_two_limits_over_rolling_periods(dprk) -> None:
    crude = dprk.rule("2397-OP4-crude")
    assert crude.limits == (Limit(4000000, "bbl"), Limit(525000, "t"))
    assert crude.period == "rolling_12_months_from_start" and crude.start == date(2017, 12, 22)
    assert dprk.rule("2375-OP15-crude").end == date(2017, 12, 21)


def test_coal_moves_from_exemption_to_cap_to_ban(dprk) -> None:
    exempt, cap, ban = (dprk.rule(i) for i in ("2270-OP29-coal-iron", "2321-OP26-coal-cap",
                                               "2371-OP8-coal-iron"))
    assert exempt.severity == "warning" and exempt.exemptions
    assert exempt.end == cap.end == date(2017, 8, 4)
    assert cap.direction == "export" and cap.limits == (Limit(400870018, "USD"),
                                                        Limit(7500000, "t"))
    assert ban.start == date(2017, 8, 5) and ban.end is None and ban.severity == "violation"
    assert exempt.in_force(date(2017, 8, 4)) and not exempt.in_force(date(2017, 8, 5))
    assert ban.in_force(date(2017, 8, 5)) and not ban.in_force(date(2017, 8, 4))


def test_bans_carry_direction_and_hs(dprk) -> None:
    textiles = dprk.rule("2375-OP16-textiles")
    assert textiles.measure == "export_ban" and textiles.direction == "export"
    assert "61" in textiles.hs and textiles.start == date(2017, 9, 11)
    imports = dprk.rule("2397-OP7-imports")
    assert imports.direction == "import" and {"84", "87", "72"} <= set(imports.hs)
    assert dprk.rule("2270-OP31-aviation-fuel").commodity == "jet_fuel"
    assert dprk.rule("1718-OP8a-luxury").measure == "import_ban"
    assert {r.measure for r in dprk.bans} == {"export_ban", "import_ban"}
    assert all(r.measure == "cap" for r in dprk.caps)


def test_default_regimes_are_cached_and_extra_files_are_appended() -> None:
    assert default_regimes() is default_regimes()
    assert [r.id for r in load_regimes()] == ["UNSC-DPRK"]
