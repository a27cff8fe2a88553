"""The commodity taxonomy: keys, parents, HS codes, aliases and barrels-per-tonne factors."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from tradetrace.knowledge import load_json


@dataclass(frozen=True)
class Commodity:
    """One node of the taxonomy."""

    key: str
    """Stable key used in claims and statistics (`refined_petroleum`)."""
    label: str
    """Human label."""
    parent: str | None
    """Key of the broader commodity, if any."""
    hs: tuple[str, ...]
    """HS codes (chapters, headings or subheadings) the commodity covers."""
    aliases: tuple[str, ...]
    """Lower-case surface forms used in news."""
    aliases_in_context: tuple[str, ...] = ()
    """Surface forms that are also idioms or names (`milk the system`, `Thomas Lamb`): the goods
    only right after `of` or right before a trade word (`tonnes of milk`, `lamb exports`)."""
    barrels_per_tonne: float | None = None
    """Conversion factor for petroleum products."""
    barrels_per_tonne_range: tuple[float, float] | None = None
    """Uncertainty range of the factor when the product is not known exactly."""


@cache
def commodities() -> dict[str, Commodity]:
    """All commodities by key."""
    table: dict[str, Commodity] = {}
    for key, entry in load_json("commodities.json")["commodities"].items():
        rng = entry.get("barrels_per_tonne_range")
        table[key] = Commodity(
            key=key,
            label=entry["label"],
            parent=entry.get("parent"),
            hs=tuple(entry.get("hs", [])),
            aliases=tuple(entry.get("aliases", [])),
            aliases_in_context=tuple(entry.get("aliases_in_context", [])),
            barrels_per_tonne=entry.get("barrels_per_tonne"),
            barrels_per_tonne_range=(float(rng[0]), float(rng[1])) if rng else None,
        )
    return table


def ancestors(key: str) -> list[str]:
    """`diesel` -> [`diesel`, `refined_petroleum`, `oil`]: the key and all its parents."""
    chain: list[str] = []
    table = commodities()
    current: str | None = key
    while current is not None and current in table and current not in chain:
        chain.append(current)
        current = table[current].parent
    return chain


def common_key(keys: list[str]) -> str:
    """The most specific key true of all `keys` (`crude_oil`, `refined_petroleum` -> `oil`);
    the first key when they share none."""
    shared = [k for k in ancestors(keys[0]) if all(k in ancestors(other) for other in keys[1:])]
    return shared[0] if shared else keys[0]


def is_a(key: str | None, ancestor: str) -> bool:
    """True when `key` is `ancestor` or falls under it."""
    return key is not None and ancestor in ancestors(key)
