"""Barrels per tonne by the 1718 Committee's rule order, with the range carried."""

from __future__ import annotations

import pytest

from tradetrace.normalize.oil import barrels_per_tonne, barrels_to_tonnes, tonnes_to_barrels


@pytest.mark.parametrize("product,factor", [
    ("diesel", 7.5), ("gasoline", 8.5), ("jet_fuel", 7.8), ("fuel_oil", 6.7), ("lpg", 11.6),
    ("crude_oil", 7.33),
])
def test_known_product_uses_its_factor(product: str, factor: float) -> None:
    f = barrels_per_tonne(product)
    assert f.value == factor and f.product == product and f.product_known
    assert f.low <= f.value <= f.high and f.high - f.low < 0.7
    assert f.source


@pytest.mark.parametrize("key", ["refined_petroleum", "oil", None])
def test_unknown_product_defaults_to_7_5_with_the_chart_range(key: str | None) -> None:
    f = barrels_per_tonne(key)
    assert (f.value, f.low, f.high) == (7.5, 6.7, 11.6)
    assert not f.product_known


def test_non_petroleum_and_unknown_keys_are_refused() -> None:
    with pytest.raises(ValueError):
        barrels_per_tonne("coal")
    with pytest.raises(ValueError):
        barrels_per_tonne("unobtainium")


def test_seed_tonnes_to_barrels() -> None:
    c = tonnes_to_barrels(160000, "oil")
    assert (c.value, c.unit, c.original_value, c.original_unit) == (1.2e6, "bbl", 160000, "t")
    assert c.low == pytest.approx(160000 * 6.7) and c.high == pytest.approx(160000 * 11.6)
    assert c.factor.value == 7.5


def test_barrels_to_tonnes_inverts_the_range() -> None:
    c = barrels_to_tonnes(500000, "refined_petroleum")
    assert c.value == pytest.approx(66666.67, abs=0.01)
    assert c.low == pytest.approx(500000 / 11.6) and c.high == pytest.approx(500000 / 6.7)
    crude = barrels_to_tonnes(4e6, "crude_oil")
    assert crude.value == pytest.approx(545702.6, abs=0.1)
    assert crude.low < 525000 < crude.high  # 2397's own 525,000 t lies in the crude range
