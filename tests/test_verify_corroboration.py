"""Corroboration and conflict between sources, with known differences explained."""

from __future__ import annotations

import pytest

from tradetrace.model import Claim, Statistic
from tradetrace.verify.corroboration import check_corroboration
from tradetrace.verify.options import CheckOptions


def stat(id_: str, value: float, family: str, *, year: int = 2021, partner: str = "CHN",
         flow: str = "total", mirror: bool = False, **fields: object) -> Statistic:
    return Statistic(id=id_, reporter="PRK", partner=partner, flow=flow,  # type: ignore[arg-type]
                     commodity=fields.pop("commodity", "trade"), year=year,  # type: ignore[arg-type]
                     value_usd=value, source_family=family, source=f"https://example.org/{id_}",
                     mirror=mirror, **fields)  # type: ignore[arg-type]


def claim(id_: str, doc: str, value: float, surface: str, **fields: object) -> Claim:
    base: dict[str, object] = dict(
        id=id_, doc_id=doc, start=0, end=len(surface), sentence_start=0, sentence_end=90,
        surface=surface, value=value, unit="USD", kind="level", commodity="oil",
        exporter="RUS", importer="PRK", year=2013, period_start="2013-01-01",
        period_end="2013-12-31")
    base.update(fields)
    return Claim(**base)  # type: ignore[arg-type]


def test_kotra_vs_gacc_china_2021_is_an_explained_conflict() -> None:
    kotra = stat("sta-kotra", 681.66e6, "KOTRA")
    gacc = stat("sta-gacc", 318e6, "GACC")
    [f] = check_corroboration([], [kotra, gacc])
    assert f.type == "conflict" and f.severity == "info"
    assert "KOTRA adds an estimate of Chinese crude (~$290-380m" in f.explanation
    assert set(f.statistic_ids) == {"sta-kotra", "sta-gacc"}
    assert f.detail("explained") is True
    assert f.detail("gap") == pytest.approx(363.66e6)


def test_a_gap_the_known_difference_cannot_explain_stays_a_warning() -> None:
    # 2014 China: 6.86bn (KOTRA) against 6.39bn: a 470m gap, larger than the crude estimate
    [f] = check_corroboration([], [stat("sta-k14", 6.86e9, "KOTRA", year=2014),
                                   stat("sta-g14", 6.39e9, "GACC", year=2014)])
    assert f.type == "conflict" and f.severity == "warning"
    assert "does not account" in f.explanation
    # and the crude estimate only exists from 2014 on
    [f] = check_corroboration([], [stat("sta-k13", 6.86e9, "KOTRA", year=2013),
                                   stat("sta-g13", 6.50e9, "GACC", year=2013)])
    assert f.severity == "warning" and f.detail("explained") is False


def test_agreement_within_tolerance_corroborates() -> None:
    a = claim("clm-a", "doc-a", 36.89e6, "36.89 million dollars",
              attribution="the Federal Customs Service of Russia")
    b = claim("clm-b", "doc-b", 36.0e6, "US$36 million")
    [f] = check_corroboration([a, b], [])
    assert (f.type, f.severity) == ("corroboration", "info")
    assert set(f.claim_ids) == {"clm-a", "clm-b"}


def test_disagreement_names_both_sources_and_the_gap() -> None:
    a = claim("clm-a", "doc-a", 36.89e6, "36.89 million dollars", attribution="KOTRA")
    b = claim("clm-b", "doc-b", 30.0e6, "US$30 million", attribution="a Russian trade official")
    [f] = check_corroboration([a, b], [])
    assert (f.type, f.severity) == ("conflict", "warning")
    assert "KOTRA (doc-a)" in f.explanation and "a Russian trade official (doc-b)" in f.explanation
    assert "US$6.9m" in f.explanation and f.detail("relative_gap") == pytest.approx(0.1867, 1e-3)


def test_tolerance_is_an_option() -> None:
    a = claim("clm-a", "doc-a", 36.89e6, "36.89 million dollars")
    b = claim("clm-b", "doc-b", 34.0e6, "34.0 million dollars")
    assert check_corroboration([a, b], [])[0].type == "conflict"
    loose = check_corroboration([a, b], [], CheckOptions(corroboration_tolerance=0.10))
    assert loose[0].type == "corroboration"


def test_like_with_like_only() -> None:
    a = claim("clm-a", "doc-a", 36.89e6, "36.89 million dollars")
    same_doc = claim("clm-s", "doc-a", 20e6, "20 million dollars")
    other_year = claim("clm-y", "doc-b", 20e6, "20 million dollars", year=2012,
                       period_start="2012-01-01", period_end="2012-12-31")
    other_unit = claim("clm-u", "doc-c", 30000, "30,000 tons", unit="t")
    planned = claim("clm-p", "doc-d", 20e6, "20 million dollars", modality="planned")
    other_way = claim("clm-w", "doc-e", 20e6, "20 million dollars", exporter="PRK",
                      importer="RUS")
    assert check_corroboration([a, same_doc, other_year, other_unit, planned, other_way], []) == []


def test_claims_match_statistics_from_the_reporters_side() -> None:
    c = claim("clm-r", "doc-r", 24.8e6, "US$24.8 million", year=2019,
              period_start="2019-01-01", period_end="2019-12-31", commodity="refined_petroleum")
    s = stat("sta-itc", 24.8e6, "ITC", year=2019, partner="RUS", flow="import",
             commodity="refined_petroleum")
    exports = stat("sta-exp", 24.8e6, "ITC", year=2019, partner="RUS", flow="export",
                   commodity="refined_petroleum")
    [f] = check_corroboration([c], [s, exports])
    assert f.type == "corroboration"
    assert f.claim_ids == ("clm-r",) and f.statistic_ids == ("sta-itc",)


def test_two_way_claim_matches_a_total_row() -> None:
    c = claim("clm-t", "doc-t", 318e6, "$318 million", commodity="trade", exporter="CHN",
              importer="PRK", two_way=True, year=2021, period_start="2021-01-01",
              period_end="2021-12-31", attribution="China's customs")
    [f] = check_corroboration([c], [stat("sta-g", 318e6, "GACC")])
    assert f.type == "corroboration"


def test_mirror_against_reporter_data_is_explained_within_ten_percent() -> None:
    rep = stat("sta-rep", 34.4e6, "RU-customs", partner="RUS", year=2023)
    mir = stat("sta-mir", 32.0e6, "UN Comtrade", partner="RUS", year=2023, mirror=True)
    [f] = check_corroboration([], [rep, mir])
    assert f.type == "conflict" and f.severity == "info"
    assert "CIF/FOB" in f.explanation


def test_a_difference_of_definition_is_named_but_not_sized() -> None:
    kotra = stat("sta-k08", 3.82e9, "KOTRA", year=2008, partner="WLD")
    kdi = stat("sta-d08", 5.6e9, "KDI", year=2008, partner="WLD")
    [f] = check_corroboration([], [kotra, kdi])
    assert f.type == "conflict" and f.severity == "warning"
    assert "Likely cause: KDI's totals include inter-Korean trade" in f.explanation


def test_the_same_agency_figure_loaded_twice_is_one_observation() -> None:
    gacc = stat("sta-gacc", 491.1e6, "GACC", flow="import")
    gacc_again = Statistic(id="sta-gacc-cn", reporter="CHN", partner="PRK",
                           flow="export", commodity="trade", year=2021, value_usd=491.1e6,
                           source_family="GACC", source="https://example.org/cn")
    kotra = stat("sta-kotra", 712.8e6, "KOTRA", flow="import")
    findings = check_corroboration([], [gacc, gacc_again, kotra])
    assert len(findings) == 1  # one conflict, not two conflicts and a self-agreement
    assert set(findings[0].statistic_ids) == {"sta-gacc", "sta-kotra"}
