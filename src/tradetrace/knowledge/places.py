"""Ports, border crossings and cities on the supply routes, from `places.json`."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache

from tradetrace.knowledge import load_json


@dataclass(frozen=True)
class Place:
    """A port, crossing or city with approximate coordinates."""

    key: str
    """Stable key (`najin`)."""
    name: str
    """Display name (`Rajin (Najin) port`)."""
    country: str
    """ISO alpha-3 of the country the place is in."""
    kind: str
    """port, border_crossing, rail_station, city or spaceport."""
    lat: float
    """Latitude, WGS84 decimal degrees (about 0.01 degree)."""
    lon: float
    """Longitude, WGS84 decimal degrees."""
    aliases: tuple[str, ...]
    """Spellings used in news (`Najin`, `Rajin`, `Nampho`)."""
    source: str
    """URL the coordinates were taken from."""
    note: str = ""
    """Why the place matters for trade."""


def _key(name: str) -> str:
    return re.sub(r"[\s'’.-]+", " ", name.lower()).strip()


@cache
def places() -> dict[str, Place]:
    """All places by key."""
    table = {}
    for key, entry in load_json("places.json")["places"].items():
        table[key] = Place(
            key=key, name=entry["name"], country=entry["country"], kind=entry["kind"],
            lat=float(entry["lat"]), lon=float(entry["lon"]), aliases=tuple(entry["aliases"]),
            source=entry["source"], note=entry.get("note", ""),
        )
    return table


@cache
def _aliases() -> dict[str, str]:
    table: dict[str, str] = {}
    for place in places().values():
        for name in (place.key, place.name, *place.aliases):
            table.setdefault(_key(name), place.key)
    return table


def find_place(name: str) -> Place | None:
    """The place a name or spelling refers to (`Nampho` -> Nampo), or None."""
    key = _aliases().get(_key(name))
    return places()[key] if key else None


def distance_km(a: Place, b: Place) -> float:
    """Great-circle distance between two places (haversine, mean Earth radius 6371 km)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(
        (lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))
