"""The two seed articles: the claims a reader would take from them, field by field.

Each test runs twice: on quantities written out by hand (the claim logic alone) and on the
quantity layer's output (the whole extraction stage).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from claim_helpers import quantity_at
from tradetrace.extract import EXTRACTOR_VERSION, build_claims
from tradetrace.extract.quantities import extract_quantities
from tradetrace.model import Claim, Document, Quantity
from tradetrace.model.claim import claim_id

SEED_000 = "000_0eb52e1658e7c32f.txt"
SEED_003 = "003_85c78291d2d16ae0.txt"


def seed_body(seeds: Path, name: str) -> str:
    """The article body without the site's header and footer lines."""
    text = (seeds / name).read_text(encoding="utf-8")
    if name == SEED_000:
        text = text[: text.index("February 19, 2025 at")]
    else:
        text = text[text.index("Last year, Russia"):]
    return text.strip()


q = quantity_at

def hand_000(t: str) -> list[Quantity]:
    return [q(t, "triple", 3, "x", change="up"),
            q(t, "about 160,000 tons", 160000, "t", bound="~"),
            q(t, "approximately 1.2 million barrels", 1.2e6, "bbl", bound="~", equivalent_of=1),
            q(t, "500,000 barrels", 5e5, "bbl"), q(t, "3,000 tons", 3000, "t"),
            q(t, "approximately 5,000 tons", 5000, "t", bound="~"),
            q(t, "80th", 80, ""), q(t, "two upcoming", 2, "")]


def hand_003(t: str) -> list[Quantity]:
    return [q(t, "60 percent increase", 60, "percent", change="up"),
            q(t, "36.89 million U.S. dollar-worth", 36.89e6, "USD"),
            q(t, "58.5 percent increase", 58.5, "percent", change="up"),
            q(t, "23.28 million dollars", 23.28e6, "USD"),
            q(t, "41.61 million dollars", 41.61e6, "USD"),
            q(t, "56.7 percent", 56.7, "percent"), q(t, "48.6 percent", 48.6, "percent"),
            q(t, "29.9 percent", 29.9, "percent"), q(t, "11 million dollars", 11e6, "USD"),
            q(t, "7.71 million dollars", 7.71e6, "USD"), q(t, "17.2 percent", 17.2, "percent"),
            q(t, "around 90 percent", 90, "percent", bound="~"),
            q(t, "5.4 percent", 5.4, "percent"), q(t, "10 billion-dollar", 10e9, "USD")]


def layer(text: str) -> list[Quantity]:
    return list(extract_quantities(text))


Source = Callable[[str], list[Quantity]]
ClaimsOf = Callable[[str], tuple[str, list[Claim]]]
HAND = {SEED_000: hand_000, SEED_003: hand_003}


@pytest.fixture(params=["hand", "layer"])
def claims_of(request: pytest.FixtureRequest, seeds_dir: Path) -> ClaimsOf:
    def run(name: str) -> tuple[str, list[Claim]]:
        text = seed_body(seeds_dir, name)
        published = date(2025, 2, 19) if name == SEED_000 else date(2014, 5, 14)
        doc = Document.from_text(text, published=published)
        source: Source = HAND[name] if request.param == "hand" else layer
        return text, build_claims(doc, source(text))
    return run


def at(text: str, claims: list[Claim], needle: str) -> Claim:
    """The claim whose quantity covers `needle` in the text."""
    pos = text.index(needle)
    found = [c for c in claims if c.start <= pos < c.end]
    assert found, f"no claim at {needle!r}; claims: {[c.surface for c in claims]}"
    return found[0]


def no_claim(text: str, claims: list[Claim], needle: str) -> None:
    pos = text.index(needle)
    assert not [c for c in claims if c.start <= pos + len(needle) - 1 and pos < c.end], needle


def test_000_oil_plan_and_its_barrel_equivalent(claims_of: ClaimsOf) -> None:
    text, claims = claims_of(SEED_000)
    oil = at(text, claims, "160,000")
    assert (oil.kind, oil.commodity, oil.exporter, oil.importer) == ("level", "oil", "RUS", "PRK")
    assert (oil.value, oil.unit, oil.modality, oil.approximate) == (160000, "t", "planned", True)
    assert (oil.period_start, oil.period_end, oil.year) == ("2025-02-01", "2025-06-30", 2025)
    assert oil.attribution and "source" in oil.attribution.lower()
    assert oil.sentence.startswith("“The Cabinet plans to import")
    assert text[oil.sentence_start:oil.sentence_end] == oil.sentence
    assert oil.extractor_version == EXTRACTOR_VERSION
    assert oil.id == claim_id(oil.doc_id, oil.start, oil.end, EXTRACTOR_VERSION)
    barrels = at(text, claims, "1.2 million")
    assert barrels.equivalent_of == oil.id and barrels.id != oil.id
    assert (barrels.value, barrels.unit, barrels.commodity) == (1.2e6, "bbl", "oil")
    assert (barrels.exporter, barrels.importer, barrels.modality) == ("RUS", "PRK", "planned")
    assert barrels.period_start == "2025-02-01" and barrels.approximate


def test_000_refined_oil_cap(claims_of: ClaimsOf) -> None:
    text, claims = claims_of(SEED_000)
    cap = at(text, claims, "500,000")
    assert (cap.kind, cap.commodity, cap.importer, cap.exporter) == (
        "cap", "refined_petroleum", "PRK", None)
    assert (cap.value, cap.unit, cap.period_start, cap.modality) == (5e5, "bbl", None, "reported")


def test_000_flour_and_fertilizer_plans(claims_of: ClaimsOf) -> None:
    text, claims = claims_of(SEED_000)
    flour = at(text, claims, "3,000")
    assert (flour.commodity, flour.exporter, flour.importer, flour.modality) == (
        "flour", "RUS", "PRK", "planned")
    assert (flour.value, flour.unit, flour.year, flour.kind) == (3000, "t", 2025, "level")
    assert flour.period_start == "2025-02-01" and not flour.approximate
    fert = at(text, claims, "5,000")
    assert (fert.commodity, fert.exporter, fert.importer, fert.modality) == (
        "fertilizer", "RUS", "PRK", "planned")
    assert (fert.period_start, fert.period_end, fert.approximate) == (
        "2025-03-01", "2025-03-31", True)


def test_000_plan_to_triple_deals_with_the_far_east(claims_of: ClaimsOf) -> None:
    text, claims = claims_of(SEED_000)
    triple = at(text, claims, "triple")
    assert (triple.kind, triple.direction, triple.unit, triple.value) == ("change", "up", "x", 3)
    assert triple.modality == "planned" and triple.two_way
    assert {triple.exporter, triple.importer} == {"RUS", "PRK"}


def test_000_has_no_claims_outside_trade(claims_of: ClaimsOf) -> None:
    text, claims = claims_of(SEED_000)
    no_claim(text, claims, "80th anniversary")
    no_claim(text, claims, "two upcoming")
    assert all(c.kind in ("level", "change", "cap") for c in claims)


def test_003_russian_oil_to_north_korea(claims_of: ClaimsOf) -> None:
    text, claims = claims_of(SEED_003)
    rise = at(text, claims, "60 percent")
    assert (rise.kind, rise.direction, rise.commodity, rise.exporter, rise.importer) == (
        "change", "up", "oil", "RUS", "PRK")
    assert (rise.value, rise.unit, rise.year, rise.period_start) == (60, "percent", 2013,
                                                                      "2013-01-01")
    level = at(text, claims, "36.89")
    assert (level.kind, level.commodity, level.exporter, level.importer) == (
        "level", "oil", "RUS", "PRK")
    assert (level.value, level.unit, level.modality) == (36.89e6, "USD", "reported")
    assert (level.period_start, level.period_end) == ("2013-01-01", "2013-12-31")
    assert level.attribution and "Federal Customs Service of Russia" in level.attribution
    assert "KOTRA" in level.attribution and not level.attribution.startswith("According")
    assert (level.normalized_value, level.normalized_unit) == (36.89e6, "USD")


def test_003_continuing_sentence_inherits_oil_and_parties(claims_of: ClaimsOf) -> None:
    text, claims = claims_of(SEED_003)
    change = at(text, claims, "58.5")
    assert (change.kind, change.direction, change.commodity) == ("change", "up", "oil")
    assert (change.exporter, change.importer, change.year) == ("RUS", "PRK", 2013)
    assert change.attribution and "KOTRA" in change.attribution
    old = at(text, claims, "23.28")
    assert (old.kind, old.commodity, old.exporter, old.importer) == ("level", "oil", "RUS", "PRK")
    assert (old.value, old.year, old.period_end) == (23.28e6, 2012, "2012-12-31")
    before = at(text, claims, "41.61")
    assert (before.commodity, before.exporter, before.importer, before.year) == (
        "oil", "RUS", "PRK", 2008)


def test_003_fall_in_2007(claims_of: ClaimsOf) -> None:
    text, claims = claims_of(SEED_003)
    fall = at(text, claims, "56.7")
    assert (fall.kind, fall.direction, fall.commodity, fall.exporter, fall.importer) == (
        "change", "down", "oil", "RUS", "PRK")
    assert (fall.period_start, fall.period_end) == ("2007-01-01", "2007-12-31")


def test_003_total_trade_both_ways(claims_of: ClaimsOf) -> None:
    text, claims = claims_of(SEED_003)
    total = at(text, claims, "48.6")
    assert (total.kind, total.direction, total.commodity, total.exporter, total.importer) == (
        "change", "up", "trade", "RUS", "PRK")
    assert total.year == 2013
    shrink = at(text, claims, "29.9")
    assert (shrink.kind, shrink.direction, shrink.commodity) == ("change", "down", "trade")
    assert (shrink.exporter, shrink.importer, shrink.year) == ("PRK", "RUS", 2013)
    for needle, value in (("11 million", 11e6), ("7.71 million", 7.71e6)):
        level = at(text, claims, needle)
        assert (level.kind, level.commodity, level.exporter, level.importer, level.value) == (
            "level", "trade", "PRK", "RUS", value)
    assert at(text, claims, "7.71 million").year == 2013
    assert at(text, claims, "11 million").year == 2012


def test_003_trade_with_china_and_china_share(claims_of: ClaimsOf) -> None:
    text, claims = claims_of(SEED_003)
    exports = at(text, claims, "17.2")
    assert (exports.kind, exports.direction, exports.commodity) == ("change", "up", "trade")
    assert (exports.exporter, exports.importer, exports.year) == ("PRK", "CHN", 2013)
    imports = at(text, claims, "5.4 percent")
    assert (imports.kind, imports.direction, imports.exporter, imports.importer) == (
        "change", "up", "CHN", "PRK")
    assert imports.year == 2013
    share = at(text, claims, "90 percent")
    assert (share.kind, share.commodity, share.exporter, share.importer, share.two_way) == (
        "share", "trade", "CHN", "PRK", True)
    assert share.approximate and share.direction is None and share.value == 90


def test_003_debt_and_test_dates_are_not_claims(claims_of: ClaimsOf) -> None:
    text, claims = claims_of(SEED_003)
    no_claim(text, claims, "10 billion-dollar")
    no_claim(text, claims, "May 25, 2009")
    no_claim(text, claims, "Oct. 9, 2006")
    assert len({c.id for c in claims}) == len(claims)
