"""Country names, short forms, demonyms and capitals -> ISO 3166-1 alpha-3 codes.

ISO names come from pycountry; what newspapers actually write (`N. Korea`, `the North`, `Moscow`,
`Russian`, `the Russian Far East`) comes from `countries.json`, kept as data.
"""

from __future__ import annotations

import re
from functools import cache

import pycountry

from tradetrace.knowledge import load_json

WORLD = "WLD"
"""Pseudo-code for `all partners` in trade statistics."""


def _key(name: str) -> str:
    return re.sub(r"[\s.]+", " ", name.lower().replace("’", "'")).strip()


@cache
def alias_table() -> dict[str, str]:
    """Lower-cased surface form -> alpha-3, from pycountry names plus our aliases file."""
    table: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                table[_key(value)] = country.alpha_3
        table[_key(country.alpha_3)] = country.alpha_3
    for code, entry in load_json("countries.json")["countries"].items():
        for alias in entry.get("aliases", []) + entry.get("demonyms", []) + entry.get(
            "capitals", []
        ) + entry.get("regions", []):
            table[_key(alias)] = code
    for alias in load_json("countries.json").get("world", []):
        table[_key(alias)] = WORLD
    return table


@cache
def demonyms() -> frozenset[str]:
    """Every country's demonyms, lower-cased (`russian`, `north korean`)."""
    return frozenset(_key(name) for entry in load_json("countries.json")["countries"].values()
                     for name in entry.get("demonyms", []))


@cache
def shared_short_names() -> dict[str, tuple[str, ...]]:
    """A bare name two countries share -> their codes, the default first (`Congo`)."""
    return {name: tuple(codes) for name, codes in
            load_json("countries.json").get("shared_short_names", {}).items()}


@cache
def longer_forms(code: str) -> re.Pattern[str]:
    """The country's names other than a shared bare one (aliases, ISO names and capitals, not
    demonyms), as one pattern: what names it unmistakably in a text (`the DRC`, `Kinshasa`)."""
    shared = {_key(name) for name in shared_short_names()}
    forms = [alias for alias, owner in alias_table().items() if owner == code
             and alias not in shared and alias != code.lower()]  # (not `cod`, the fish)
    entry = load_json("countries.json")["countries"].get(code, {})
    forms = [form for form in forms if form not in {_key(d) for d in entry.get("demonyms", [])}]
    return re.compile(r"\b(?:" + "|".join(re.escape(f).replace(r"\ ", r"[\s.]+") for f in sorted(
        forms, key=len, reverse=True)) + r")\b", re.IGNORECASE)


def naming_forms(code: str) -> re.Pattern[str]:
    """Every form that names the country in a text, its adjectives too (`longer_forms` and the
    demonyms: `India`, `New Delhi`, `Indian`), as one case-insensitive pattern."""
    entry = load_json("countries.json")["countries"].get(code, {})
    adjectives = [re.escape(d) for d in sorted(entry.get("demonyms", []), key=len, reverse=True)]
    forms = longer_forms(code).pattern
    if adjectives:
        forms += r"|\b(?:" + "|".join(adjectives) + r")\b"
    return re.compile(forms, re.IGNORECASE)


def country_code(name: str) -> str | None:
    """The alpha-3 code for a country name or alias, or None. `country_code("N. Korea")` -> PRK."""
    return alias_table().get(_key(name))


def country_name(code: str) -> str:
    """A short English name for an alpha-3 code (`PRK` -> `North Korea`)."""
    entry = load_json("countries.json")["countries"].get(code)
    if entry and entry.get("name"):
        return str(entry["name"])
    if code == WORLD:
        return "World"
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return code
    return str(getattr(country, "common_name", None) or country.name)
