"""Country names, short forms, demonyms and capitals -> ISO 3166-1 alpha-3 codes.

ISO names come from pycountry; what newspapers actually write (`N. Korea`, `the North`, `Moscow`,
`Russian`, `the Russian Far East`) comes from `countries.json`, kept as data.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

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
def shared_short_names() -> dict[str, tuple[str, ...]]:
    """A bare name two countries share -> their codes, the default first (`Congo`)."""
    return {name: tuple(codes) for name, codes in
            load_json("countries.json").get("shared_short_names", {}).items()}


@cache
def _longer_forms(code: str) -> re.Pattern[str]:
    """The country's names other than a shared bare one: aliases, ISO names and capitals."""
    shared = {_key(name) for name in shared_short_names()}
    forms = [alias for alias, owner in alias_table().items() if owner == code
             and alias not in shared and alias != code.lower()]  # (not `cod`, the fish)
    entry = load_json("countries.json")["countries"].get(code, {})
    forms = [form for form in forms if form not in {_key(d) for d in entry.get("demonyms", [])}]
    return re.compile(r"\b(?:" + "|".join(re.escape(f).replace(r"\ ", r"[\s.]+") for f in sorted(
        forms, key=len, reverse=True)) + r")\b", re.IGNORECASE)


_LISTED_GAP = re.compile(r"\s*(?:,\s*|\s(?:and|or|&)\s+|,\s*(?:and|or)\s+)(?:the\s+)?")
"""Between two names of one list (`Congo and the DRC`, `DR Congo, Congo`)."""


def shared_name_code(name: str, text: str, at: tuple[int, int] | None = None) -> str | None:
    """The code a bare name two countries share reads as in `text`: the other country's when
    the text names only that one in a longer form (and never lists a bare name beside it:
    `Gabon, Congo and the DRC` names both), else the default; None for other names. `at`, the
    span of the mention read, asks for the list check (parties pass it)."""
    if name not in shared_short_names():
        return None
    read, listed = _shared_reading(name, text)
    return shared_short_names()[name][0] if at is not None and listed else read


@lru_cache(maxsize=8)  # (asked for every mention of the name in one document: read it once)
def _shared_reading(name: str, text: str) -> tuple[str, bool]:
    """How `text` reads the bare `name` (see `shared_name_code`), and whether it lists a bare
    `name` beside another country's longer form."""
    codes = shared_short_names()[name]
    spans = {code: [m.span() for m in _longer_forms(code).finditer(text)] for code in codes}
    bare = [m.span() for m in re.finditer(rf"\b{re.escape(name)}\b", text)]
    listed = any(_LISTED_GAP.fullmatch(text, b, start) or _LISTED_GAP.fullmatch(text, end, a)
                 for start, end in bare for code in codes[1:] for a, b in spans[code])
    # (a form inside another's longer form is not named: `Republic of Congo` inside
    # `Democratic Republic of Congo`)
    named = [code for code in codes if any(
        not any(a <= start and end <= b and (a, b) != (start, end)
                for other in codes if other != code for a, b in spans[other])
        for start, end in spans[code])]
    if len(named) == 1:
        return named[0], listed
    if not named:
        # (neither named in full: as the first listed shared name the text also uses reads)
        for other, others in shared_short_names().items():
            if other == name:
                break  # (only a name listed before this one leads it)
            if set(others) == set(codes) and re.search(rf"\b{re.escape(other)}\b", text):
                return others[0], listed
    return codes[0], listed


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
