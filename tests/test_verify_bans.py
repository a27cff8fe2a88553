"""Ban monitor: dates, direction, commodity coverage, exemptions, statistics."""

from __future__ import annotations

from tradetrace.knowledge.sanctions import load_regimes
from tradetrace.model import Claim, Statistic
from tradetrace.verify.bans import check_bans

_n = 0


def claim(commodity: str, exporter: str | None, importer: str | None, start: str, end: str,
          **fields: object) -> Claim:
    global _n
    _n += 1
    base: dict[str, object] = dict(
        id=f"clm-b{_n:03d}", doc_id="doc-ban", start=0, end=10, sentence_start=0,
        sentence_end=80, surface="1.2 million tons", value=1.2e6, unit="t", kind="level",
        commodity=commodity, exporter=exporter, importer=importer, period_start=start,
        period_end=end, year=int(start[:4]))
    base.update(fields)
    return Claim(**base)  # type: ignore[arg-type]


def rules_hit(findings):
    return sorted(f.detail("rule") for f in findings)


def dprk():
    return load_regimes()[:1]


def test_coal_exports_after_2371_are_a_violation() -> None:
    coal = claim("coal", "PRK", "CHN", "2018-03-01", "2018-03-31")
    [finding] = check_bans([coal], [], dprk())
    assert finding.type == "banned_flow" and finding.severity == "violation"
    assert finding.detail("rule") == "2371-OP8-coal-iron"
    assert finding.claim_ids == (coal.id,)
    assert "2017-08-05" in finding.explanation


def test_coal_exports_the_day_before_2371_fall_under_2270_with_its_exemption() -> None:
    coal = claim("coal", "PRK", "CHN", "2017-08-04", "2017-08-04")
    [finding] = check_bans([coal], [], dprk())
    assert finding.detail("rule") == "2270-OP29-coal-iron"
    assert finding.severity == "warning"  # livelihood exemption may apply
    assert "livelihood" in finding.explanation


def test_coal_exports_before_any_ban_are_not_flagged() -> None:
    assert check_bans([claim("coal", "PRK", "CHN", "2015-01-01", "2015-12-31")], [], dprk()) == []
    assert check_bans([claim("coal", "PRK", "CHN", "2016-03-01", "2016-03-01")], [], dprk()) == []


def test_an_annual_figure_spanning_the_ban_date_is_a_warning() -> None:
    textiles = claim("textiles", "PRK", "CHN", "2017-01-01", "2017-12-31")
    [finding] = check_bans([textiles], [], dprk())
    assert finding.detail("rule") == "2375-OP16-textiles"
    assert finding.severity == "warning"
    assert finding.detail("days_under_ban") == (30 - 11 + 1) + 31 + 30 + 31  # 11 Sep..31 Dec


def test_direction_matters() -> None:
    # coal *into* the DPRK is not banned; seafood bought by the DPRK is not an export
    assert check_bans([claim("coal", "RUS", "PRK", "2019-01-01", "2019-12-31")], [], dprk()) == []
    assert check_bans([claim("seafood", "CHN", "PRK", "2019-01-01", "2019-12-31")], [],
                      dprk()) == []
    [f] = check_bans([claim("seafood", "PRK", "CHN", "2019-01-01", "2019-12-31")], [], dprk())
    assert f.detail("rule") == "2371-OP9-seafood"


def test_import_ban_and_child_commodities() -> None:
    jet = claim("jet_fuel", "RUS", "PRK", "2019-05-01", "2019-05-31")
    [f] = check_bans([jet], [], dprk())
    assert f.detail("rule") == "2270-OP31-aviation-fuel" and f.severity == "violation"
    # anthracite is under coal
    assert rules_hit(check_bans([claim("anthracite", "PRK", "CHN", "2018-01-01",
                                       "2018-01-31")], [], dprk())) == ["2371-OP8-coal-iron"]
    # diesel shares HS 271019 with jet fuel but is not aviation fuel
    assert check_bans([claim("diesel", "RUS", "PRK", "2019-05-01", "2019-05-31")], [],
                      dprk()) == []


def test_planned_two_way_zero_and_undated_claims() -> None:
    planned = claim("vehicles", "CHN", "PRK", "2025-02-01", "2025-12-31", modality="planned")
    [f] = check_bans([planned], [], dprk())
    assert f.detail("rule") == "2397-OP7-imports" and f.severity == "warning"
    two_way = claim("coal", "PRK", "CHN", "2019-01-01", "2019-12-31", two_way=True)
    zero = claim("coal", "PRK", "CHN", "2019-01-01", "2019-12-31", value=0.0)
    undated = claim("coal", "PRK", "CHN", "2019-01-01", "2019-12-31", period_start=None,
                    period_end=None, year=None)
    assert check_bans([two_way, zero, undated], [], dprk()) == []


def test_statistics_mirror_flows() -> None:
    # China reports importing DPRK coal: a DPRK export
    stat = Statistic(id="sta-coal", reporter="CHN", partner="PRK", flow="import",
                     commodity="coal", year=2018, value_usd=1.5e6, source_family="GACC")
    [f] = check_bans([], [stat], dprk())
    assert f.statistic_ids == ("sta-coal",) and f.detail("rule") == "2371-OP8-coal-iron"
    export_stat = Statistic(id="sta-x", reporter="CHN", partner="PRK", flow="export",
                            commodity="coal", year=2018, value_usd=1.5e6)
    assert check_bans([], [export_stat], dprk()) == []
    by_hs = Statistic(id="sta-hs", reporter="PRK", partner="CHN", flow="export",
                      commodity="ferroalloys", hs_code="7202", year=2019, value_usd=2e6)
    [f] = check_bans([], [by_hs], dprk())
    assert f.detail("rule") == "2371-OP8-coal-iron"  # HS 72 when the key is not in the taxonomy
