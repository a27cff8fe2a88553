"""Barrels <-> tonnes for petroleum, following the UN 1718 Committee's rule order.

The Committee (1) uses barrels when a state reports barrels; (2) otherwise converts with the
factor of the product named; we add (3): when the product is not known (a refined product of
unknown type, or just `oil`) use the documented default of 7.5 bbl/t with the range of the
products on the Committee's chart, 6.7 (fuel oil) to 11.6 (LPG). Crude uses 7.33. Every
conversion records the factor used and carries the low/high range so that a cap check can say
how sure it is. Factors and their sources live in `knowledge/commodities.json`.
"""

from __future__ import annotations

from dataclasses import dataclass

from tradetrace.knowledge import load_json
from tradetrace.knowledge.commodities import ancestors, commodities

UNKNOWN_PRODUCT = "refined_petroleum"
"""Taxonomy key whose factor stands for `a refined product of unknown type`."""


@dataclass(frozen=True)
class Factor:
    """Barrels per metric tonne for one product, with its uncertainty range."""

    value: float
    """Factor used (bbl/t)."""
    low: float
    """Lowest plausible factor for what is known of the product."""
    high: float
    """Highest plausible factor."""
    source: str
    """Where the factor and range come from."""
    product: str | None
    """Taxonomy key the factor belongs to; `refined_petroleum`/`oil` when the product is unknown."""
    product_known: bool
    """False when the default for an unknown product was used."""


@dataclass(frozen=True)
class Conversion:
    """A quantity converted between tonnes and barrels, with the factor and the range."""

    value: float
    """Converted value with the central factor."""
    unit: str
    """`bbl` or `t`."""
    low: float
    """Converted value with the factor that gives the smallest result."""
    high: float
    """Converted value with the factor that gives the largest result."""
    factor: Factor
    """The factor used."""
    original_value: float
    """The value before conversion."""
    original_unit: str
    """Its unit (`t` or `bbl`)."""


def _factor_of(key: str) -> Factor:
    entry = load_json("commodities.json")["commodities"][key]
    node = commodities()[key]
    value = float(node.barrels_per_tonne or 0.0)
    low, high = node.barrels_per_tonne_range or (value, value)
    known = key not in ("oil", UNKNOWN_PRODUCT)
    return Factor(value=value, low=min(low, value), high=max(high, value),
                  source=str(entry.get("barrels_per_tonne_source", "commodities.json")),
                  product=key, product_known=known)


def barrels_per_tonne(commodity: str | None) -> Factor:
    """The factor for a commodity key: its own factor, else its nearest parent's.

    `diesel` -> 7.5 (7.23-7.5); `crude_oil` -> 7.33; `refined_petroleum`, `oil` or None ->
    the unknown-product default 7.5 (6.7-11.6). Raises ValueError for non-petroleum keys.
    """
    if commodity is None:
        return _factor_of(UNKNOWN_PRODUCT)
    chain = ancestors(commodity)
    if not chain:
        raise ValueError(f"unknown commodity {commodity!r}")
    for key in chain:
        if commodities()[key].barrels_per_tonne:
            return _factor_of(key)
    raise ValueError(f"{commodity!r} is not a petroleum product; no barrels per tonne")


def tonnes_to_barrels(tonnes: float, commodity: str | None) -> Conversion:
    """Tonnes -> barrels with the product factor, carrying the range."""
    factor = barrels_per_tonne(commodity)
    return Conversion(value=tonnes * factor.value, unit="bbl", low=tonnes * factor.low,
                      high=tonnes * factor.high, factor=factor, original_value=tonnes,
                      original_unit="t")


def barrels_to_tonnes(barrels: float, commodity: str | None) -> Conversion:
    """Barrels -> tonnes with the product factor; a high factor gives the low tonnage."""
    factor = barrels_per_tonne(commodity)
    return Conversion(value=barrels / factor.value, unit="t", low=barrels / factor.high,
                      high=barrels / factor.low, factor=factor, original_value=barrels,
                      original_unit="bbl")
