"""The program's one pint unit registry and the canonical unit codes quantities are stated in.

The registry is built lazily, once: pint's defaults plus our own definitions
(`knowledge/units.txt`: kilotonnes, oil barrels, barrels per day, tonnes per year, ...).
Every other module asks this one for units; nobody creates a second `UnitRegistry`.

Canonical codes (see `model.claim.Quantity`): trade units get short codes (`t`, `bbl`, `bbl/d`,
`t/d`, `t/yr`), any other physical unit keeps pint's name (`kilometer`, `mile/hour`).
Currencies are not pint units (no fixed ratio between them): they stay ISO 4217 codes and pass
through `to_canonical` unchanged; conversion between them is `normalize/currency.py`'s job.

Lookups are cached per unit name, so the extractor can call `to_canonical` in its loop
without parsing unit strings with pint each time.
"""

from __future__ import annotations

import math
import re
from functools import cache
from typing import Any

import pint

from tradetrace.knowledge import data_path, load_json

DEFINITIONS = "units.txt"
"""Our definitions file, in `knowledge/`."""

TRADE_CODES: dict[str, str] = {
    "t": "metric_ton",
    "bbl": "oil_barrel",
    "bbl/d": "oil_barrel / day",
    "t/d": "metric_ton / day",
    "t/yr": "metric_ton / year",
    "bbl/yr": "oil_barrel / year",
}
"""Canonical trade code -> the pint unit it stands for."""

_NAME_PART = re.compile(r"[A-Za-z_]+")
_RATE_TIMES = frozenset({"day", "year"})
_DEFINED = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)\s*=", re.MULTILINE)


class UnknownUnit(ValueError):
    """A unit name neither pint nor our definitions know."""


@cache
def registry() -> pint.UnitRegistry[Any]:
    """The program's unit registry (pint defaults + `knowledge/units.txt`), built on first use."""
    ureg: pint.UnitRegistry[Any] = pint.UnitRegistry()
    ureg.load_definitions(str(data_path(DEFINITIONS)))
    return ureg


@cache
def _own_names() -> frozenset[str]:
    """Names defined in our definitions file (these are the units read as trade units)."""
    text = data_path(DEFINITIONS).read_text(encoding="utf-8")
    return frozenset(_DEFINED.findall(text))


@cache
def currency_codes() -> frozenset[str]:
    """ISO 4217 codes the quantity lexicon knows."""
    return frozenset(load_json("quantity_lexicon.json")["currency_codes"])


def is_currency(code: str) -> bool:
    return code in currency_codes()


def _power_of_ten(factor: float) -> bool:
    if factor <= 0:
        return False
    exponent = math.log10(factor)
    return math.isclose(exponent, round(exponent), abs_tol=1e-9)


def _pint_code(unit: pint.Unit) -> str:
    """pint's name of a unit as a compact code: `mile / hour` -> `mile/hour`."""
    return str(unit).replace(" / ", "/").replace(" * ", "*").replace(" ** ", "**")


@cache
def canonical_unit(name: str) -> tuple[float, str]:
    """(factor, code) for a unit name: value_in_code = value_in_name * factor.

    Trade units (ours or the trade targets themselves) become trade codes when a target of the
    same dimension is a power-of-ten multiple away (`kilotonne` -> (1000, `t`)); every other
    unit keeps its pint name with factor 1. Currency codes and `percent`/`x`-like codes that
    are not pint units raise `UnknownUnit`.
    """
    ureg = registry()
    try:
        unit = ureg.Unit(name)
    except (pint.errors.UndefinedUnitError, ValueError, AttributeError, TypeError) as error:
        raise UnknownUnit(name) from error
    if _symbol_on_name(name):
        raise UnknownUnit(name)
    pint_name = str(unit)
    trade_names = _own_names() | {str(ureg.Unit(t)) for t in TRADE_CODES.values()}
    parts = set(_NAME_PART.findall(pint_name))
    if parts & trade_names and parts <= trade_names | _RATE_TIMES:
        for code, target in TRADE_CODES.items():
            target_unit = ureg.Unit(target)
            if unit.dimensionality != target_unit.dimensionality:
                continue
            factor = float(ureg.Quantity(1.0, unit).to(target_unit).magnitude)
            if _power_of_ten(factor):
                return factor, code
    return 1.0, _pint_code(unit)


def _symbol_on_name(name: str) -> bool:
    """Whether pint reads `name` only as a prefix symbol on a unit's full name (`unit` as
    micro-`nit`): a word, not a unit (`km`, `kWh`, `kilometer` are units)."""
    readings = registry().parse_unit_name(name)
    return bool(readings) and all(
        prefix and name.endswith(unit + suffix) and name[:-len(unit + suffix)] != prefix
        for prefix, unit, suffix in readings)


def to_canonical(value: float, unit_name: str) -> tuple[float, str]:
    """`value` in `unit_name` as (value, canonical code). Currencies pass through unchanged.

    >>> to_canonical(5, "kilotonne")
    (5000.0, 't')
    """
    if is_currency(unit_name):
        return value, unit_name
    factor, code = canonical_unit(unit_name)
    return value * factor, code


@cache
def _pint_unit_for_code(code: str) -> pint.Unit:
    expression = TRADE_CODES.get(code, code)
    try:
        return registry().Unit(expression)
    except (pint.errors.UndefinedUnitError, ValueError, AttributeError, TypeError) as error:
        raise UnknownUnit(code) from error


def convert(value: float, from_code: str, to_code: str) -> float:
    """Convert a value between two canonical codes of physical units (`t` -> `kilogram`).

    Raises `pint.DimensionalityError` across dimensions (tonnes to barrels needs a product
    factor: see `normalize/oil.py`) and `UnknownUnit` for currencies or unknown codes.
    """
    if from_code == to_code:
        return value
    source = _pint_unit_for_code(from_code)
    target = _pint_unit_for_code(to_code)
    return float(registry().Quantity(value, source).to(target).magnitude)


@cache
def same_dimension(first: str, second: str) -> bool:
    """Whether two canonical codes measure the same thing (`megawatt_hour`, `gigawatt_hour`);
    False for currencies and unknown codes."""
    try:
        return bool(_pint_unit_for_code(first).dimensionality
                    == _pint_unit_for_code(second).dimensionality)
    except UnknownUnit:
        return False


_GOODS_MEASURES = ("kilogram", "cubic_meter")
"""What goods are measured in, alone or a stretch of time: weight and volume."""
FLOW_TIMES = frozenset({"day", "d", "week", "month", "quarter", "year", "yr"})
"""The stretches of time a flow's rate is stated per (`t/yr`, `USD/month`, `cubic_foot/year`;
not an hour)."""
_SIZES = frozenset({"cubic_centimeter"})
"""Volumes that tell a thing's size, never an amount of goods (`cars of up to 1,500 cc`)."""
_ENERGY = "joule"
"""Energy is goods too (`kilowatt_hour`), but not per time: that is power, a capacity
(`600 MW`)."""


@cache
def measures_goods(code: str) -> bool:
    """Whether a canonical code measures an amount of goods or its rate: a weight or a volume,
    alone or per stretch of time (`cubic_foot`, `pound`, `kilogram/month`, `cubic_foot/year`),
    or an energy (`megawatt_hour`); not a length, an area, a speed or a power (`megawatt`).
    False for currencies and unknown codes."""
    if code in _SIZES:
        return False
    try:
        unit = _pint_unit_for_code(code)
    except UnknownUnit:
        return False
    ureg = registry()
    dimension = unit.dimensionality
    if dimension == ureg.Unit(_ENERGY).dimensionality or any(
            ureg.Unit(goods).dimensionality == dimension for goods in _GOODS_MEASURES):
        return True
    # (a rate a day, week, month, quarter or year, not an hour: `30 kilograms of coal per
    # hour` is a boiler's burn, not a flow)
    amount, _, per = code.partition("/")
    return per in FLOW_TIMES and measures_goods(amount)

