"""Sanctions regimes as data: caps and bans read from `knowledge/sanctions/*.json`.

Each regime file names its target country and lists rules (`cap`, `export_ban`, `import_ban`).
A rule that `supersedes` another ends the older one the day before it starts, so successive states
of one measure (coal: 2270 exemption -> 2321 cap -> 2371 ban) are separate rules with effective
dates. Adding a country's regime is adding a file: no code here names a country or commodity.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any, Literal

from tradetrace.knowledge import data_path

Measure = Literal["cap", "export_ban", "import_ban"]
Period = Literal["calendar_year", "rolling_12_months_from_start", "fixed"]
MEASURES = ("cap", "export_ban", "import_ban")
PERIODS = ("calendar_year", "rolling_12_months_from_start", "fixed")


@dataclass(frozen=True)
class Limit:
    """One way a cap is stated: `500000 bbl`, `525000 t`, `400870018 USD`."""

    value: float
    """The limit per period."""
    unit: str
    """Canonical unit code (`bbl`, `t`, `USD`)."""


@dataclass(frozen=True)
class Rule:
    """One measure of a regime: a cap per period, or a ban on exports or imports of the target."""

    id: str
    """Stable id within the regime (`2397-OP5-refined`)."""
    regime: str
    """Id of the regime the rule belongs to (`UNSC-DPRK`)."""
    target: str
    """ISO alpha-3 of the sanctioned country."""
    resolution: str
    """Resolution or legal act (`2397`)."""
    paragraph: str
    """Operative paragraph (`5`)."""
    measure: Measure
    """cap, export_ban (the target may not sell) or import_ban (no supply to the target)."""
    direction: Literal["import", "export"]
    """Flow from the target's side the rule restricts: import = supply to the target."""
    commodity: str
    """Main commodity key (taxonomy key where one exists)."""
    also: tuple[str, ...] = ()
    """Further commodity keys the rule covers."""
    generic: tuple[str, ...] = ()
    """Broader keys (e.g. `oil`) that count towards a cap with a warning that the product is
    unknown."""
    hs: tuple[str, ...] = ()
    """HS chapters/headings covered (prefixes)."""
    limits: tuple[Limit, ...] = ()
    """For caps: the limit and its alternatives (`4M bbl` or `525,000 t`); a cap is exceeded when
    any of them is. Empty when the text states no figure."""
    period: Period | None = None
    """For caps: calendar_year, rolling_12_months_from_start or fixed (start..end)."""
    start: date = date.min
    """First day in force."""
    end: date | None = None
    """Last day in force: the stated end, or the day before a superseding rule starts."""
    supersedes: tuple[str, ...] = ()
    """Ids of rules this one replaces."""
    superseded_by: str | None = None
    """Id of the rule that replaced this one, if any."""
    exemptions: tuple[str, ...] = ()
    """Exemptions as stated (livelihood purposes, aircraft spare parts)."""
    severity: Literal["warning", "violation"] = "violation"
    """What a flow against a ban is; `warning` where a broad exemption may make it legal."""
    label: str = ""
    """Short human description."""
    note: str = ""
    """Caveats (unverified paragraph numbers, HS basis)."""
    source: str = ""
    """URL of the source the rule was taken from."""

    @property
    def commodities(self) -> tuple[str, ...]:
        """The main commodity and `also`."""
        return (self.commodity, *self.also)

    @property
    def ever_in_force(self) -> bool:
        """False for a rule replaced before it started (2375's 2M bbl for 2018)."""
        return self.end is None or self.end >= self.start

    def in_force(self, day: date) -> bool:
        """True when the rule applies on `day`."""
        return self.start <= day and (self.end is None or day <= self.end)

    @property
    def citation(self) -> str:
        """`UNSCR 2397 OP5`-style reference."""
        return f"{self.resolution} OP{self.paragraph}"


@dataclass(frozen=True)
class Regime:
    """A sanctions regime on one target country, as loaded from one file."""

    id: str
    """Regime id (`UNSC-DPRK`)."""
    name: str
    """Human name."""
    target: str
    """ISO alpha-3 of the sanctioned country."""
    rules: tuple[Rule, ...]
    """All rules, in file order."""
    source: str = ""
    """Main source URL of the regime."""
    path: str = ""
    """File the regime was read from."""

    def rule(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)

    @property
    def caps(self) -> tuple[Rule, ...]:
        return tuple(r for r in self.rules if r.measure == "cap")

    @property
    def bans(self) -> tuple[Rule, ...]:
        return tuple(r for r in self.rules if r.measure != "cap")


def _date(value: Any, where: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError as error:
        raise ValueError(f"{where}: bad date {value!r}") from error


def _limits(raw: Any) -> tuple[Limit, ...]:
    if not raw:
        return ()
    stated = [raw, *raw.get("alternatives", [])]
    return tuple(Limit(float(item["value"]), str(item["unit"])) for item in stated)


def parse_regime(data: dict[str, Any], path: str = "") -> Regime:
    """A Regime from the parsed JSON of one regime file (validated; effective ends computed)."""
    regime_id, target = str(data["regime"]), str(data["target"])
    raw_rules = data.get("rules", [])
    successors: dict[str, tuple[str, date]] = {}
    ids = [str(r["id"]) for r in raw_rules]
    if len(set(ids)) != len(ids):
        raise ValueError(f"{path}: duplicate rule ids")
    for raw in raw_rules:
        start = _date(raw.get("start"), f"{path}:{raw['id']}")
        for old in raw.get("supersedes", []):
            if old not in ids:
                raise ValueError(f"{path}:{raw['id']}: supersedes unknown rule {old!r}")
            if start is None:
                raise ValueError(f"{path}:{raw['id']}: a superseding rule needs a start")
            successors[old] = (str(raw["id"]), start)
    rules = []
    for raw in raw_rules:
        where = f"{path}:{raw['id']}"
        measure = raw.get("measure")
        if measure not in MEASURES:
            raise ValueError(f"{where}: measure must be one of {MEASURES}, not {measure!r}")
        period = raw.get("period")
        if measure == "cap" and period not in PERIODS:
            raise ValueError(f"{where}: a cap needs a period in {PERIODS}")
        start = _date(raw.get("start"), where) or date.min
        end = _date(raw.get("end"), where)
        successor = successors.get(str(raw["id"]))
        if successor is not None:
            cut = successor[1] - timedelta(days=1)
            end = cut if end is None else min(end, cut)
        if period == "fixed" and raw.get("end") is None:
            raise ValueError(f"{where}: a fixed period needs an end")
        direction: Literal["import", "export"] = "export" if measure == "export_ban" else "import"
        if raw.get("direction") in ("import", "export"):
            direction = raw["direction"]
        elif raw.get("direction") is not None:
            raise ValueError(f"{where}: direction must be import or export")
        rules.append(Rule(
            id=str(raw["id"]), regime=regime_id, target=target,
            resolution=str(raw.get("resolution", "")), paragraph=str(raw.get("paragraph", "")),
            measure=measure, direction=direction, commodity=str(raw["commodity"]),
            also=tuple(raw.get("also", [])), generic=tuple(raw.get("generic", [])),
            hs=tuple(str(code) for code in raw.get("hs", [])), limits=_limits(raw.get("limit")),
            period=period, start=start, end=end, supersedes=tuple(raw.get("supersedes", [])),
            superseded_by=successor[0] if successor else None,
            exemptions=tuple(raw.get("exemptions", [])),
            severity=raw.get("severity", "violation"), label=str(raw.get("label", "")),
            note=str(raw.get("note", "")), source=str(raw.get("source", "")),
        ))
    return Regime(id=regime_id, name=str(data.get("name", regime_id)), target=target,
                  rules=tuple(rules), source=str(data.get("source", "")), path=path)


def load_regime(path: str | Path) -> Regime:
    """Read one regime file."""
    with open(path, encoding="utf-8") as handle:
        return parse_regime(json.load(handle), str(path))


@cache
def default_regimes() -> tuple[Regime, ...]:
    """Every regime file shipped in `knowledge/sanctions/` (cached)."""
    folder = data_path("sanctions")
    regimes = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json"):
            with entry.open("r", encoding="utf-8") as handle:
                regimes.append(parse_regime(json.load(handle), f"sanctions/{entry.name}"))
    return tuple(regimes)


def load_regimes(paths: Iterable[str | Path] | None = None) -> list[Regime]:
    """The shipped regimes plus any extra regime files the user passes."""
    regimes = list(default_regimes())
    for path in paths or ():
        regimes.append(load_regime(path))
    return regimes
