"""Cap monitor: periods, pro rata split, leap years, restatements, modality, product factors."""

from __future__ import annotations

from datetime import date

import pytest

from tradetrace.knowledge.sanctions import load_regimes
from tradetrace.model import Claim, Statistic
from tradetrace.verify.caps import cap_periods, check_caps, deliveries
from tradetrace.verify.options import CheckOptions

DAILYNK = ("The Cabinet plans to import about 160,000 tons (approximately 1.2 million barrels) of "
           "oil from Russia between February and June, the source revealed.")
_n = 0


def claim(surface: str, value: float, unit: str, start: str, end: str, *,
          text: str = "", **fields: object) -> Claim:
    """A level claim of refined oil RUS -> PRK as the extractor would make it."""
    global _n
    _n += 1
    offset = text.find(surface) if text else 0
    base: dict[str, object] = dict(
        id=f"clm-{_n:04d}", doc_id=fields.pop("doc_id", f"doc-{_n}"), start=offset,
        end=offset + len(surface), sentence_start=0, sentence_end=len(text) or 100,
        surface=surface, value=value, unit=unit, kind="level", commodity="refined_petroleum",
        exporter="RUS", importer="PRK", period_start=start, period_end=end,
        year=int(start[:4]), modality="reported", sentence=text)
    base.update(fields)
    return Claim(**base)  # type: ignore[arg-type]


def dprk():
    return load_regimes()[:1]


def by_rule(findings, rule_id, supplier=None, modality=None):
    return [f for f in findings if f.detail("rule") == rule_id
            and (supplier is None or f.detail("supplier") == supplier)
            and (modality is None or f.detail("modality") == modality)]


def seed_claims() -> tuple[Claim, Claim]:
    tonnes = claim("about 160,000 tons", 160000, "t", "2025-02-01", "2025-06-30", text=DAILYNK,
                   doc_id="doc-dailynk", commodity="oil", modality="planned", approximate=True,
                   bound="~", attribution="a source in North Korea")
    barrels = claim("approximately 1.2 million barrels", 1.2e6, "bbl", "2025-02-01",
                    "2025-06-30", text=DAILYNK, doc_id="doc-dailynk", commodity="oil",
                    modality="planned", approximate=True, bound="~", equivalent_of=tonnes.id,
                    attribution="a source in North Korea")
    return tonnes, barrels


def test_seed_planned_oil_is_240_percent_of_the_refined_cap() -> None:
    tonnes, barrels = seed_claims()
    findings = check_caps([tonnes, barrels], [], dprk())
    [finding] = by_rule(findings, "2397-OP5-refined")
    assert finding.type == "cap_exceeded"
    assert finding.severity == "warning"  # planned, not yet delivered
    assert finding.detail("share_of_cap") == pytest.approx(2.4)
    assert "240%" in finding.explanation
    assert set(finding.claim_ids) == {tonnes.id, barrels.id}
    assert finding.detail("product_unknown") is True
    assert "Product not named" in finding.explanation
    assert finding.detail("period_start") == "2025-01-01"


def test_restatement_is_not_double_counted_and_the_barrel_figure_wins() -> None:
    tonnes, barrels = seed_claims()
    [finding] = by_rule(check_caps([barrels, tonnes], [], dprk()), "2397-OP5-refined")
    # 1.2M bbl, not 1.2M + 160,000 t x 7.5, and not the converted tonnes
    assert finding.detail("total") == pytest.approx(1.2e6)
    assert finding.detail("total_low") == finding.detail("total_high") == pytest.approx(1.2e6)


def test_tonnes_alone_are_converted_with_the_unknown_product_range() -> None:
    tonnes, _ = seed_claims()
    [finding] = by_rule(check_caps([tonnes], [], dprk()), "2397-OP5-refined")
    assert finding.detail("total") == pytest.approx(160000 * 7.5)
    assert finding.detail("total_low") == pytest.approx(160000 * 6.7)
    assert finding.detail("total_high") == pytest.approx(160000 * 11.6)
    assert finding.detail("share_low") == pytest.approx(160000 * 6.7 / 500000)


def test_known_product_uses_its_own_factor() -> None:
    gasoline = claim("40,000 tons", 40000, "t", "2019-01-01", "2019-12-31", commodity="gasoline")
    [finding] = by_rule(check_caps([gasoline], [], dprk()), "2397-OP5-refined")
    assert finding.detail("total") == pytest.approx(40000 * 8.5)
    assert finding.detail("product_unknown") is False
    assert finding.type == "cap_usage" and finding.severity == "info"


def test_reported_excess_is_a_violation_and_planned_is_kept_apart() -> None:
    reported = claim("600,000 barrels", 6e5, "bbl", "2024-01-01", "2024-12-31")
    planned = claim("100,000 barrels", 1e5, "bbl", "2024-01-01", "2024-12-31", modality="planned")
    estimated = claim("more than 1 million barrels", 1e6, "bbl", "2024-03-07", "2024-11-05",
                      modality="estimated", bound=">")
    findings = check_caps([reported, planned, estimated], [], dprk())
    [rep] = by_rule(findings, "2397-OP5-refined", modality="reported")
    [pla] = by_rule(findings, "2397-OP5-refined", modality="planned")
    [est] = by_rule(findings, "2397-OP5-refined", modality="estimated")
    assert (rep.type, rep.severity, rep.detail("total")) == ("cap_exceeded", "violation", 6e5)
    assert (pla.type, pla.severity, pla.detail("total")) == ("cap_usage", "info", 1e5)
    assert (est.type, est.severity) == ("cap_exceeded", "violation")
    assert rep.claim_ids == (reported.id,) and pla.claim_ids == (planned.id,)


def test_dec_31_and_jan_1_fall_in_different_cap_years() -> None:
    dec31 = claim("300,000 barrels", 3e5, "bbl", "2019-12-31", "2019-12-31")
    jan1 = claim("300,000 barrels", 3e5, "bbl", "2020-01-01", "2020-01-01")
    findings = by_rule(check_caps([dec31, jan1], [], dprk()), "2397-OP5-refined")
    assert sorted((f.detail("period_start"), f.type) for f in findings) == [
        ("2019-01-01", "cap_usage"), ("2020-01-01", "cap_usage")]
    both_2019 = claim("300,000 barrels", 3e5, "bbl", "2019-12-01", "2019-12-31")
    [f] = by_rule(check_caps([dec31, both_2019], [], dprk()), "2397-OP5-refined")
    # dec31 lies inside both_2019's period: taken as part of it, not added (see module doc)
    assert f.detail("total") == 3e5


def test_claim_spanning_two_years_is_split_pro_rata_by_days_in_a_leap_year() -> None:
    # 2023-07-01..2024-06-30: 184 days in 2023, 182 in 2024 (29 February counted): 366 days
    spanning = claim("732,000 barrels", 732000, "bbl", "2023-07-01", "2024-06-30")
    findings = by_rule(check_caps([spanning], [], dprk()), "2397-OP5-refined")
    totals = {f.detail("period_start"): f.detail("total") for f in findings}
    assert totals["2023-01-01"] == pytest.approx(732000 * 184 / 366)
    assert totals["2024-01-01"] == pytest.approx(732000 * 182 / 366)
    assert all(f.detail("prorated") for f in findings)
    assert all(f.type == "cap_usage" for f in findings)


def test_split_puts_one_year_over_the_cap_and_the_next_under() -> None:
    spanning = claim("1,000,000 barrels", 1e6, "bbl", "2022-10-01", "2023-03-31")
    findings = by_rule(check_caps([spanning], [], dprk()), "2397-OP5-refined")
    shares = {f.detail("period_start"): (f.type, f.detail("share_of_cap")) for f in findings}
    # 92 of 182 days in 2022 (101%), 90 in 2023 (99%)
    assert shares["2022-01-01"] == ("cap_exceeded", pytest.approx(2 * 92 / 182))
    assert shares["2023-01-01"] == ("cap_usage", pytest.approx(2 * 90 / 182))


def test_crude_cap_runs_in_12_month_periods_from_22_december_2017() -> None:
    rule = dprk()[0].rule("2397-OP4-crude")
    periods = cap_periods(rule, (date(2019, 12, 1), date(2020, 12, 31)))
    assert periods == [(date(2018, 12, 22), date(2019, 12, 21)),
                       (date(2019, 12, 22), date(2020, 12, 21)),
                       (date(2020, 12, 22), date(2021, 12, 21))]
    assert (periods[1][1] - periods[1][0]).days + 1 == 366  # includes 29 February 2020


def test_crude_cap_either_limit_and_periods() -> None:
    crude = claim("540,000 tons", 540000, "t", "2018-12-22", "2019-12-21", commodity="crude_oil",
                  exporter="CHN", modality="estimated")
    [finding] = by_rule(check_caps([crude], [], dprk()), "2397-OP4-crude")
    # 540,000 t is over the 525,000 t limit although 540,000 x 7.33 = 3.96M bbl < 4M bbl
    assert finding.type == "cap_exceeded"
    assert finding.detail("unit") == "t" and finding.detail("share_of_cap") == pytest.approx(
        540000 / 525000)
    assert finding.detail("period_start") == "2018-12-22"


def test_generic_oil_does_not_count_towards_crude() -> None:
    oil = claim("5,000,000 barrels", 5e6, "bbl", "2019-01-01", "2019-12-31", commodity="oil")
    assert by_rule(check_caps([oil], [], dprk()), "2397-OP4-crude") == []


def test_per_supplier_and_total() -> None:
    rus = claim("300,000 barrels", 3e5, "bbl", "2019-01-01", "2019-12-31")
    chn = claim("250,000 barrels", 2.5e5, "bbl", "2019-01-01", "2019-12-31", exporter="CHN")
    findings = by_rule(check_caps([rus, chn], [], dprk()), "2397-OP5-refined")
    by_supplier = {f.detail("supplier"): f for f in findings}
    assert by_supplier["RUS"].type == by_supplier["CHN"].type == "cap_usage"
    total = by_supplier["*"]
    assert total.type == "cap_exceeded" and total.detail("total") == 5.5e5
    assert set(total.claim_ids) == {rus.id, chn.id}


def test_only_level_claims_to_the_target_in_quantity_units_count() -> None:
    usd = claim("US$24.8 million", 24.8e6, "USD", "2019-01-01", "2019-12-31")
    change = claim("60 percent", 60, "percent", "2019-01-01", "2019-12-31", kind="change",
                   direction="up")
    other_importer = claim("900,000 barrels", 9e5, "bbl", "2019-01-01", "2019-12-31",
                           importer="CHN")
    cap_text = claim("500,000 barrels", 5e5, "bbl", "2019-01-01", "2019-12-31", kind="cap")
    rule = dprk()[0].rule("2397-OP5-refined")
    assert deliveries(rule, [usd, change, other_importer, cap_text]) == []


def test_before_the_cap_and_fixed_2017_period() -> None:
    q4 = claim("600,000 barrels", 6e5, "bbl", "2017-10-01", "2017-12-31")
    findings = check_caps([q4], [], dprk())
    [f] = by_rule(findings, "2375-OP14-refined-2017")
    assert f.type == "cap_exceeded" and f.detail("cap") == 5e5
    assert by_rule(findings, "2397-OP5-refined") == []
    assert by_rule(findings, "2375-OP14-refined") == []  # superseded before it started
    early = claim("600,000 barrels", 6e5, "bbl", "2016-01-01", "2016-12-31")
    assert check_caps([early], [], dprk()) == []


def test_statistics_count_from_the_reporters_side() -> None:
    stat = Statistic(id="sta-1", reporter="RUS", partner="PRK", flow="export",
                     commodity="refined_petroleum", year=2019, quantity=277365,
                     quantity_unit="bbl", source_family="UN-1718")
    [f] = by_rule(check_caps([], [stat], dprk()), "2397-OP5-refined")
    assert f.statistic_ids == ("sta-1",) and f.detail("supplier") == "RUS"
    assert f.detail("total") == 277365


def test_cap_usage_can_be_switched_off() -> None:
    small = claim("1,000 barrels", 1e3, "bbl", "2019-01-01", "2019-12-31")
    assert check_caps([small], [], dprk(), CheckOptions(cap_usage=False)) == []


def test_two_figures_for_the_same_period_count_once_preferring_barrels() -> None:
    # Russia 2019: 277,365 bbl (1718 notification) and 30,180 t (another report)
    bbl = claim("277,365 barrels", 277365, "bbl", "2019-01-01", "2019-12-31", doc_id="doc-1")
    t = claim("30,180 tons", 30180, "t", "2019-01-01", "2019-12-31", doc_id="doc-2")
    monthly = claim("2,136 tons", 2136, "t", "2019-09-01", "2019-09-30", doc_id="doc-3")
    [f] = by_rule(check_caps([t, monthly, bbl], [], dprk()), "2397-OP5-refined")
    assert f.detail("total") == 277365
    assert set(f.claim_ids) == {bbl.id, t.id, monthly.id}


def test_a_joint_figure_and_its_named_parts_are_not_added_together() -> None:
    """`China declared 100,000 barrels and Russia 150,000; together the two countries declared
    250,000 barrels`: the all-suppliers total is 250,000 bbl, not 500,000."""
    year = ("2019-01-01", "2019-12-31")
    china = claim("100,000 barrels", 1e5, "bbl", *year, exporter="CHN", doc_id="doc-j")
    russia = claim("150,000", 1.5e5, "bbl", *year, doc_id="doc-j")
    joint = claim("250,000 barrels", 2.5e5, "bbl", *year, exporter=None, doc_id="doc-j")
    findings = check_caps([china, russia, joint], [], dprk(), CheckOptions(cap_usage=True))
    [total] = by_rule(findings, "2397-OP5-refined", supplier="*", modality="reported")
    assert total.type == "cap_usage" and total.detail("total") == pytest.approx(2.5e5)
    assert set(total.claim_ids) == {china.id, russia.id, joint.id}  # all stay as evidence
