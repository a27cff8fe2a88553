"""Partner shares per source family, mirror rows, totals, and the Herfindahl index."""

from __future__ import annotations

import pytest

from tradetrace.analyse import concentration, families, partner_shares, to_frame
from tradetrace.model import Statistic
from web_fixtures import statistics


def stat(reporter: str, partner: str, year: int, usd: float, family: str = "KOTRA",
         flow: str = "total", commodity: str = "trade") -> Statistic:
    return Statistic(id=Statistic.make_id(reporter, partner, flow, commodity, str(year), family,
                                          "s"),
                     reporter=reporter, partner=partner, flow=flow,  # type: ignore[arg-type]
                     commodity=commodity, year=year, value_usd=usd, source_family=family)


def test_shares_against_the_world_total_default_to_kotra() -> None:
    shares = partner_shares(statistics(), "PRK")
    by = {(s.year, s.partner): s for s in shares}
    assert {s.source_family for s in shares} == {"KOTRA"}
    assert by[(2023, "CHN")].share == pytest.approx(2721 / 2769)
    assert by[(2023, "RUS")].share == pytest.approx(34 / 2769)
    assert by[(2023, "CHN")].basis == "world"
    world_id = next(s.id for s in statistics() if s.partner == "WLD" and s.year == 2023)
    assert world_id in by[(2023, "CHN")].statistic_ids


def test_families_are_never_added_together() -> None:
    gacc = partner_shares(statistics(), "PRK", family="GACC")
    # GACC has only China's (mirror) row for 2021, so China is the whole of the GACC total.
    assert [(s.year, s.partner, s.share, s.basis) for s in gacc] == [(2021, "CHN", 1.0,
                                                                      "partners")]
    kotra_2021 = [s for s in partner_shares(statistics(), "PRK") if s.year == 2021]
    assert all(s.value_usd != 318e6 for s in kotra_2021)
    assert families(statistics(), "PRK")[:2] == ["KOTRA", "GACC"]


def test_mirror_rows_are_turned_round_and_used_only_without_a_direct_row() -> None:
    rows = [stat("CHN", "PRK", 2020, 491e6, flow="export"),
            stat("CHN", "PRK", 2020, 48e6, flow="import"),
            stat("PRK", "RUS", 2020, 40e6, flow="import"),
            stat("PRK", "RUS", 2020, 10e6, flow="export")]
    imports = {s.partner: s.value_usd for s in partner_shares(rows, "PRK", flow="import")}
    assert imports == {"CHN": 491e6, "RUS": 40e6}  # China's exports are the DPRK's imports
    total = {s.partner: s.value_usd for s in partner_shares(rows, "PRK")}
    assert total == {"CHN": 539e6, "RUS": 50e6}  # import + export when no total row
    direct = rows + [stat("PRK", "CHN", 2020, 700e6, flow="import")]
    assert {s.partner: s.value_usd for s in partner_shares(direct, "PRK", flow="import")}[
        "CHN"] == 700e6


def test_commodity_rows_never_count_towards_trade() -> None:
    rows = [stat("PRK", "CHN", 2019, 100.0), stat("PRK", "RUS", 2019, 100.0),
            stat("PRK", "RUS", 2019, 50.0, commodity="refined_petroleum")]
    assert {s.partner: s.share for s in partner_shares(rows, "PRK")} == {"CHN": 0.5, "RUS": 0.5}
    oil = partner_shares(rows, "PRK", commodity="refined_petroleum")
    assert [(s.partner, s.share) for s in oil] == [("RUS", 1.0)]


def test_hhi_is_the_sum_of_squared_percent_shares() -> None:
    rows = [stat("PRK", "WLD", 2019, 100.0), stat("PRK", "CHN", 2019, 60.0),
            stat("PRK", "RUS", 2019, 40.0), stat("PRK", "WLD", 2020, 100.0),
            stat("PRK", "CHN", 2020, 90.0)]
    hhi = {c.year: c for c in concentration(partner_shares(rows, "PRK"))}
    assert hhi[2019].hhi == pytest.approx(60 ** 2 + 40 ** 2)
    assert hhi[2019].coverage == pytest.approx(1.0)
    assert hhi[2020].hhi == pytest.approx(8100)  # lower bound: 10 % of partners unknown
    assert hhi[2020].coverage == pytest.approx(0.9)


def test_to_frame_has_one_row_per_share() -> None:
    shares = partner_shares(statistics(), "PRK")
    frame = to_frame(shares)
    assert len(frame) == len(shares)
    assert {"year", "partner", "share", "statistic_ids"} <= set(frame.columns)
