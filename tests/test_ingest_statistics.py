"""Trade statistics CSV: Comtrade, generic and shared DPRK layouts; errors with line numbers."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from ingest_helpers import EXAMPLES, SHARED_DATA
from tradetrace.ingest import IngestError, read_statistics
from tradetrace.ingest.statistics import commodity_for_hs

GENERIC = EXAMPLES / "statistics" / "dprk_trade.csv"
COMTRADE = EXAMPLES / "statistics" / "comtrade_mirror_sample.csv"
COMTRADE_HEADER = ("refYear,period,reporterISO,reporterDesc,flowCode,partnerISO,partnerDesc,"
                   "cmdCode,cmdDesc,qtyUnitAbbr,qty,netWgt,primaryValue\n")


def _write(tmp_path: Path, text: str, name: str = "s.csv") -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def test_generic_example_reads_every_row_with_families_and_sources() -> None:
    rows = read_statistics(GENERIC)
    with GENERIC.open() as handle:
        source_rows = list(csv.DictReader(handle))
    assert len(rows) == len(source_rows)
    assert {r.source_family for r in rows} == {"KOTRA", "GACC", "RU-official"}
    assert {r.partner for r in rows} == {"CHN", "RUS", "WLD"} and {r.reporter for r in rows} == {
        "PRK"}
    kotra_china_2023 = [r for r in rows if (r.year, r.partner, r.flow, r.source_family)
                        == (2023, "CHN", "total", "KOTRA")]
    assert [r.value_usd for r in kotra_china_2023] == [2721100000.0]
    assert all(r.source.startswith("http") and r.mirror for r in rows)
    assert len({r.id for r in rows}) == len(rows)


def test_comtrade_example_maps_codes_flows_and_commodities() -> None:
    rows = read_statistics(COMTRADE)
    china_exports = [r for r in rows if r.reporter == "CHN" and r.flow == "export"]
    assert [(r.partner, r.year, r.value_usd, r.commodity) for r in china_exports] == [
        ("PRK", 2020, 491100000.0, "trade")]
    oil = [r for r in rows if r.hs_code == "2710"]
    assert oil and {r.commodity for r in oil} == {"refined_petroleum"}
    assert all(r.weight_t is None for r in rows)  # Comtrade's 0 kg means "not given"


def test_comtrade_world_partner_weight_quantity_and_monthly_period(tmp_path: Path) -> None:
    path = _write(tmp_path, COMTRADE_HEADER
                  + "2019,201903,CHN,China,X,W00,World,271019,Gas oils,kg,1500000,1500000,"
                  "900000\n")
    [row] = read_statistics(path)
    assert (row.reporter, row.partner, row.flow) == ("CHN", "WLD", "export")
    assert row.commodity == "refined_petroleum" and row.hs_code == "271019"
    assert row.weight_t == 1500.0 and (row.quantity, row.quantity_unit) == (1500.0, "t")
    assert (row.period, row.period_start, row.period_end) == ("201903", "2019-03-01",
                                                              "2019-03-31")
    assert row.source_family == "UN Comtrade" and not row.mirror


def test_shared_dprk_by_partner_file_reads_with_family_tags() -> None:
    path = SHARED_DATA / "dprk_trade_by_partner.csv"
    if not path.is_file():
        pytest.skip(f"shared data file not present at {path}")
    rows = read_statistics(path)
    with path.open() as handle:
        assert len(rows) == len(list(csv.DictReader(handle)))
    inter_korean = [r for r in rows if r.year == 2008 and r.source_family == "KDI"]
    assert [(r.partner, r.value_usd) for r in inter_korean] == [("WLD", 5600000000.0)]
    assert "World (incl. inter-Korean)" in inter_korean[0].notes
    assert not any(r.notes.startswith("[") for r in rows)
    assert {r.reporter for r in rows} == {"PRK"}


def test_generic_layout_accepts_names_codes_aliases_and_hs(tmp_path: Path) -> None:
    path = _write(tmp_path, "year,reporter,partner,flow,commodity,value_usd,weight_t,source,"
                  "hs_code,notes\n"
                  "2019,China,North Korea,export,refined oil,,22730,https://x.example,,\n"
                  "2020,RUS,PRK,X,,1000,,ref,1006,rice row\n")
    first, second = read_statistics(path)
    assert (first.reporter, first.partner, first.commodity, first.weight_t) == (
        "CHN", "PRK", "refined_petroleum", 22730.0)
    assert (second.flow, second.commodity, second.notes) == ("export", "rice", "rice row")


@pytest.mark.parametrize(("row", "reason"), [
    ("twenty,PRK,CHN,import,trade,5,,x", "year"),
    ("2020,PRK,CHN,import,trade,abc,,x", "value_usd"),
    ("2020,PRK,Atlantis,import,trade,5,,x", "partner"),
    ("2020,PRK,CHN,sideways,trade,5,,x", "flow"),
    ("2020,PRK,CHN,import,unobtainium,5,,x", "commodity"),
    ("2020,PRK,CHN,import,trade,,,x", "neither"),
    ("2020,PRK,CHN,import", "fields"),
])
def test_malformed_rows_name_file_line_and_reason(tmp_path: Path, row: str, reason: str) -> None:
    path = _write(tmp_path, "year,reporter,partner,flow,commodity,value_usd,weight_t,source\n"
                  "2019,PRK,CHN,import,trade,5,,ok\n" + row + "\n")
    with pytest.raises(IngestError) as caught:
        read_statistics(path)
    assert caught.value.source == str(path) and caught.value.line == 3
    assert reason in caught.value.reason and f"{path}:3:" in str(caught.value)


def test_comtrade_re_exports_are_refused_not_mixed_in(tmp_path: Path) -> None:
    path = _write(tmp_path, COMTRADE_HEADER + "2019,2019,CHN,China,RX,PRK,DPRK,TOTAL,All,,,0,5\n")
    with pytest.raises(IngestError, match="RX"):
        read_statistics(path)


def test_hs_codes_map_by_longest_prefix() -> None:
    assert commodity_for_hs("TOTAL") == "trade"
    assert commodity_for_hs("2709") == "crude_oil"
    assert commodity_for_hs("100630") == "rice"
    assert commodity_for_hs("9999") == "hs:9999"
