"""The gold-set scorer on tiny hand-made cases, and the gold file itself is well-formed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pycountry
import pytest

from tradetrace.extract.evaluation import (
    GoldClaim,
    GoldPassage,
    GoldQuantity,
    attribution_matches,
    evaluate,
    load_gold,
)
from tradetrace.knowledge.commodities import commodities
from tradetrace.model import Claim, Document, Quantity

GOLD = Path(__file__).parent / "gold" / "claims.jsonl"

TEXT = ("Russia exported 36.89 million U.S. dollars worth of oil to North Korea last year, "
        "a 58.5 percent increase, and trade between China and North Korea reached $6.54 billion.")


def _span(surface: str) -> tuple[int, int]:
    start = TEXT.index(surface)
    return start, start + len(surface)


def _gold_claim(surface: str, value: float, unit: str, **fields: Any) -> GoldClaim:
    start, end = _span(surface)
    return GoldClaim(start=start, end=end, value=value, unit=unit, **fields)


OIL = _gold_claim("36.89 million U.S. dollars", 36.89e6, "USD", kind="level", commodity="oil",
                  exporter="RUS", importer="PRK", period_start="2013-01-01",
                  period_end="2013-12-31", year=2013,
                  attribution="the Federal Customs Service of Russia")
RISE = _gold_claim("58.5 percent", 58.5, "percent", kind="change", direction="up", commodity="oil",
                   exporter="RUS", importer="PRK", period_start="2013-01-01",
                   period_end="2013-12-31", year=2013,
                   attribution="the Federal Customs Service of Russia")
TRADE = _gold_claim("$6.54 billion", 6.54e9, "USD", kind="level", commodity="trade",
                    exporter="CHN", importer="PRK", two_way=True, period_start="2013-01-01",
                    period_end="2013-12-31", year=2013,
                    attribution="the Federal Customs Service of Russia")
GOLD_CLAIMS = (OIL, RISE, TRADE)


def _quantity(claim: GoldClaim) -> GoldQuantity:
    return GoldQuantity(start=claim.start, end=claim.end, surface=TEXT[claim.start:claim.end],
                        value=claim.value, unit=claim.unit, value_max=claim.value_max)


PASSAGE = GoldPassage(id="t1", outlet="test", published=date(2014, 5, 14), source="test",
                      text=TEXT, quantities=tuple(_quantity(c) for c in GOLD_CLAIMS),
                      claims=GOLD_CLAIMS)


def _predicted(gold: GoldClaim, **changes: Any) -> Claim:
    """A Claim equal to the gold claim, with `changes` applied."""
    claim = Claim(id="c", doc_id="d", start=gold.start, end=gold.end, sentence_start=0,
                  sentence_end=len(TEXT), surface=TEXT[gold.start:gold.end], value=gold.value,
                  unit=gold.unit, kind=gold.kind,
                  commodity=gold.commodity, exporter=gold.exporter, importer=gold.importer,
                  two_way=gold.two_way, direction=gold.direction,
                  period_start=gold.period_start, period_end=gold.period_end, year=gold.year,
                  modality=gold.modality,
                  approximate=gold.approximate, value_max=gold.value_max,
                  attribution=gold.attribution)
    return replace(claim, **changes)


def _as_quantity(gold: GoldQuantity) -> Quantity:
    return Quantity(start=gold.start, end=gold.end, surface=gold.surface, value=gold.value,
                    unit=gold.unit, value_max=gold.value_max)


def _run(claims: list[Claim], quantities: list[Quantity] | None = None,
         passage: GoldPassage = PASSAGE) -> Any:
    qs = quantities if quantities is not None else [_as_quantity(q) for q in passage.quantities]

    def extract_q(text: str) -> list[Quantity]:
        return qs

    def extract_c(document: Document) -> list[Claim]:
        assert document.text == passage.text
        return claims

    return evaluate([passage], extract_q, extract_c)


def test_perfect_prediction_scores_one() -> None:
    report = _run([_predicted(c) for c in GOLD_CLAIMS])
    for score in (report.quantities, report.detection, report.claims):
        assert (score.precision, score.recall, score.f1) == (1.0, 1.0, 1.0)
    assert set(report.field_accuracy().values()) == {1.0}
    assert report.errors == ()


def test_missing_claim_lowers_recall_not_precision() -> None:
    report = _run([_predicted(OIL), _predicted(RISE)])
    assert report.claims.precision == 1.0
    assert report.claims.recall == pytest.approx(2 / 3)
    assert report.detection.recall == pytest.approx(2 / 3)
    assert [e.what for e in report.errors] == ["missed claim"]


def test_wrong_field_lowers_whole_claim_precision_and_that_field() -> None:
    report = _run([_predicted(OIL, commodity="crude_oil"), _predicted(RISE), _predicted(TRADE)])
    assert report.detection.f1 == 1.0
    assert report.claims.precision == pytest.approx(2 / 3)
    assert report.claims.recall == pytest.approx(2 / 3)
    accuracy = report.field_accuracy()
    assert accuracy["commodity"] == pytest.approx(2 / 3)
    assert accuracy["kind"] == 1.0
    problems = [(e.what, e.detail.split(":")[0]) for e in report.errors]
    assert problems == [("wrong field", "commodity")]


def test_spurious_claim_lowers_precision() -> None:
    spurious = Claim(id="x", doc_id="d", start=0, end=6, sentence_start=0, sentence_end=10,
                     surface="Russia", value=1.0, unit="", kind="level")
    report = _run([_predicted(c) for c in GOLD_CLAIMS] + [spurious])
    assert report.claims.recall == 1.0
    assert report.claims.precision == pytest.approx(3 / 4)
    assert report.detection.precision == pytest.approx(3 / 4)


def test_two_way_pair_is_unordered() -> None:
    swapped = _predicted(TRADE, exporter="PRK", importer="CHN")
    report = _run([_predicted(OIL), _predicted(RISE), swapped])
    assert report.claims.f1 == 1.0
    # ... but a one-way claim must keep its direction.
    reversed_oil = _predicted(OIL, exporter="PRK", importer="RUS")
    report = _run([reversed_oil, _predicted(RISE), _predicted(TRADE)])
    assert report.claims.tp == 2
    assert report.field_accuracy()["parties"] == pytest.approx(2 / 3)


def test_span_overlap_is_enough_but_value_and_unit_must_match() -> None:
    start, end = OIL.start, OIL.end
    wider = _predicted(OIL, start=start - 5, end=end + 10)
    report = _run([wider, _predicted(RISE), _predicted(TRADE)])
    assert report.claims.f1 == 1.0
    wrong_unit = _predicted(RISE, unit="x")
    report = _run([_predicted(OIL), wrong_unit, _predicted(TRADE)])
    assert report.detection.tp == 2
    off_value = _predicted(TRADE, value=6.54e9 * (1 + 1e-3))
    near_value = _predicted(TRADE, value=6.54e9 * (1 + 1e-7))
    assert _run([_predicted(OIL), _predicted(RISE), off_value]).detection.tp == 2
    assert _run([_predicted(OIL), _predicted(RISE), near_value]).detection.tp == 3


def test_ranges_match_on_both_ends() -> None:
    text = "China supplies 530,000 to 580,000 tons a year of crude oil."
    start = text.index("530,000")
    end = text.index(" of crude")
    gold_q = GoldQuantity(start=start, end=end, surface=text[start:end], value=530000,
                          unit="t/yr", value_max=580000)
    passage = GoldPassage(id="r", outlet="t", published=date(2017, 12, 28), source="t",
                          text=text, quantities=(gold_q,))
    both = Quantity(start=start, end=end, surface="", value=530000, unit="t/yr",
                    value_max=580000)
    low_only = replace(both, value_max=None)
    wrong_high = replace(both, value_max=600000)
    assert _run([], [both], passage).quantities.f1 == 1.0
    assert _run([], [low_only], passage).quantities.tp == 0
    assert _run([], [wrong_high], passage).quantities.tp == 0


def test_duplicate_predictions_match_once() -> None:
    report = _run([_predicted(OIL), _predicted(OIL), _predicted(RISE), _predicted(TRADE)])
    assert report.claims.tp == 3
    assert report.claims.fp == 1


@pytest.mark.parametrize(("predicted", "gold", "expected"), [
    (None, None, True),
    ("", None, True),
    ("KOTRA", None, False),
    (None, "KOTRA", False),
    ("KOTRA", "KOTRA data", True),
    ("data from the International Trade Centre", "the International Trade Centre", True),
    ("Russia's Federal Customs Service", "the Federal Customs Service of Russia and KOTRA", True),
    ("a source in North Korea", "White House spokesman John Kirby", False),
])
def test_attribution_matching(predicted: str | None, gold: str | None, expected: bool) -> None:
    assert attribution_matches(predicted, gold) is expected


def test_report_renders_and_serialises() -> None:
    report = _run([_predicted(OIL, modality="planned")])
    data = report.as_dict()
    assert data["whole_claims"]["tp"] == 0
    assert data["claim_detection"]["tp"] == 1
    assert data["field_accuracy"]["modality"] == 0.0
    table = report.render_table(errors=True)
    assert "whole claims" in table and "missed claim" in table and "modality" in table


# --- the gold file ------------------------------------------------------------------------------

KINDS = {"level", "change", "share", "cap"}
MODALITIES = {"reported", "planned", "estimated", "forecast"}
BOUNDS = {"=", "~", ">", "<"}


@pytest.fixture(scope="module")
def gold() -> list[GoldPassage]:
    return load_gold(GOLD)


def test_gold_size_and_unique_ids(gold: list[GoldPassage]) -> None:
    assert len(gold) >= 70
    assert len({p.id for p in gold}) == len(gold)
    assert sum(len(p.claims) for p in gold) >= 150
    other_pairs = [p for p in gold
                   if p.claims and all("PRK" not in (c.exporter, c.importer) for c in p.claims)]
    assert len(other_pairs) >= 15


def test_gold_offsets_slice_to_surfaces(gold: list[GoldPassage]) -> None:
    for passage in gold:
        for q in passage.quantities:
            assert passage.text[q.start:q.end] == q.surface, (passage.id, q.surface)
            assert q.bound in BOUNDS and q.change in (None, "up", "down"), passage.id
            if q.equivalent_of is not None:
                assert 0 <= q.equivalent_of < len(passage.quantities), passage.id


def test_every_gold_claim_sits_on_a_gold_quantity(gold: list[GoldPassage]) -> None:
    for passage in gold:
        spans = {(q.start, q.end): q for q in passage.quantities}
        for claim in passage.claims:
            quantity = spans.get((claim.start, claim.end))
            assert quantity is not None, (passage.id, claim.surface_in(passage.text))
            assert (quantity.value, quantity.unit, quantity.value_max) == (
                claim.value, claim.unit, claim.value_max), passage.id
            assert claim.approximate == (quantity.bound != "="), passage.id


def test_gold_labels_are_valid(gold: list[GoldPassage]) -> None:
    keys = set(commodities())
    for passage in gold:
        assert passage.source.startswith("http"), passage.id
        for claim in passage.claims:
            where = (passage.id, claim.surface_in(passage.text))
            assert claim.kind in KINDS, where
            assert claim.modality in MODALITIES, where
            assert claim.commodity is None or claim.commodity in keys, where
            for code in (claim.exporter, claim.importer):
                assert code is None or pycountry.countries.get(alpha_3=code) is not None, where
            if claim.kind == "change":
                assert claim.direction in ("up", "down"), where
            else:
                assert claim.direction is None, where
            assert (claim.period_start is None) == (claim.period_end is None), where
            if claim.period_start is not None and claim.period_end is not None:
                start = date.fromisoformat(claim.period_start)
                end = date.fromisoformat(claim.period_end)
                assert start <= end, where
                assert claim.year == start.year, where
            else:
                assert claim.year is None, where
