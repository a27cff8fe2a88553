"""The program's one unit registry and its canonical codes."""

from __future__ import annotations

import pint
import pytest

from tradetrace.normalize import units


def test_one_registry_for_the_program() -> None:
    assert units.registry() is units.registry()


@pytest.mark.parametrize("name, value, expected", [
    ("metric_ton", 5, (5, "t")), ("kilotonne", 5, (5000, "t")), ("megatonne", 2, (2e6, "t")),
    ("oil_barrel", 3, (3, "bbl")), ("megabarrel_per_day", 1.5, (1.5e6, "bbl/d")),
    ("barrel_per_day", 100, (100, "bbl/d")), ("kilobarrel_per_day", 2, (2000, "bbl/d")),
    ("tonne_per_year", 7, (7, "t/yr")), ("megatonne_per_year", 4, (4e6, "t/yr")),
    ("tonne_per_day", 9, (9, "t/d")), ("metric_ton / year", 1, (1, "t/yr")),
    ("kilotonne / year", 1, (1000, "t/yr")), ("kilometer", 54, (54, "kilometer")),
    ("kilogram", 2, (2, "kilogram")), ("cubic_meter", 10, (10, "cubic_meter")),
    ("mile / hour", 87, (87, "mile/hour")),
])
def test_to_canonical(name: str, value: float, expected: tuple[float, str]) -> None:
    got = units.to_canonical(value, name)
    assert got[1] == expected[1]
    assert got[0] == pytest.approx(expected[0])


def test_currencies_pass_through() -> None:
    assert units.to_canonical(36.89e6, "USD") == (36.89e6, "USD")
    assert units.is_currency("KPW") and not units.is_currency("t")


def test_unknown_units_raise() -> None:
    with pytest.raises(units.UnknownUnit):
        units.canonical_unit("flibbertigibbet")


def test_convert_physical_units() -> None:
    assert units.convert(1, "t", "kilogram") == pytest.approx(1000)
    assert units.convert(1, "bbl", "gallon") == pytest.approx(42)
    assert units.convert(1, "bbl/d", "bbl/yr") == pytest.approx(365.25)
    assert units.convert(5, "t", "t") == 5


def test_tonnes_and_barrels_need_a_product_factor() -> None:
    with pytest.raises(pint.DimensionalityError):
        units.convert(1, "t", "bbl")


def test_currencies_do_not_convert_here() -> None:
    with pytest.raises(units.UnknownUnit):
        units.convert(1, "USD", "EUR")


def test_our_barrel_is_the_oil_barrel() -> None:
    ureg = units.registry()
    assert ureg.Quantity(1, "trade_barrel").to("gallon").magnitude == pytest.approx(42)
