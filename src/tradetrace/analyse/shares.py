"""Partner shares of a country's trade, per year and source family, and the Herfindahl index.

Statistics from different publishers never mix: one call works on one source family (KOTRA by
default, GACC, ITC, ...), because KOTRA adds an estimate of Chinese crude that GACC does not
record. A figure the partner published (reporter = partner, partner = country) is used, with the
flow turned round, only when the country-side row is missing. The total is the `WLD` row when
there is one (basis `world`); otherwise the sum of the partners present (basis `partners`, which
overstates every share when partners are missing, and says so).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from tradetrace.knowledge.countries import WORLD
from tradetrace.model import Statistic

FAMILY_PREFERENCE: tuple[str, ...] = ("KOTRA", "GACC", "UN Comtrade", "ITC", "KITA",
                                      "RU-official")
"""Order in which a source family is chosen when none is asked for."""

_TURN = {"import": "export", "export": "import", "total": "total"}

Basis = Literal["world", "partners"]


@dataclass(frozen=True)
class PartnerShare:
    """One partner's part of a country's trade in one year, from one source family."""

    country: str
    """ISO alpha-3 of the country whose trade is divided (e.g. PRK)."""
    partner: str
    """ISO alpha-3 of the partner."""
    year: int
    commodity: str
    """Taxonomy key, matched exactly (a commodity subset never counts towards `trade`)."""
    flow: str
    """total, import or export, from the country's side."""
    source_family: str
    value_usd: float
    """Trade with the partner."""
    total_usd: float
    """The country's trade with all partners (see `basis`)."""
    share: float
    """value_usd / total_usd, 0..1."""
    basis: Basis
    """`world`: total is a published all-partner figure; `partners`: sum of partners present."""
    statistic_ids: tuple[str, ...]
    """Evidence: the partner figure(s) and the total figure(s)."""


@dataclass(frozen=True)
class Concentration:
    """Herfindahl-Hirschman index of a country's partners in one year."""

    country: str
    year: int
    source_family: str
    hhi: float
    """Sum of squared shares in percent (0..10,000). With basis `world` and partners missing it
    is a lower bound."""
    partners: int
    """Partners with a figure."""
    coverage: float
    """Sum of the shares (1.0 when every partner is known)."""
    statistic_ids: tuple[str, ...]


@dataclass(frozen=True)
class _Figure:
    partner: str
    year: int
    flow: str
    value: float
    ids: tuple[str, ...]
    mirror: bool


def _figures(statistics: Iterable[Statistic], country: str, commodity: str,
             family: str) -> list[_Figure]:
    found: list[_Figure] = []
    for s in statistics:
        if s.value_usd is None or s.commodity != commodity or s.source_family != family:
            continue
        if s.reporter == country:
            found.append(_Figure(s.partner, s.year, s.flow, s.value_usd, (s.id,), False))
        elif s.partner == country and s.reporter != WORLD:
            found.append(_Figure(s.reporter, s.year, _TURN[s.flow], s.value_usd, (s.id,), True))
    return found


def families(statistics: Iterable[Statistic], country: str, commodity: str = "trade") -> list[str]:
    """Source families with figures about `country`, in preference order."""
    present = {s.source_family for s in statistics
               if s.commodity == commodity and country in (s.reporter, s.partner)}
    ranked = [f for f in FAMILY_PREFERENCE if f in present]
    return ranked + sorted(present - set(ranked))


def choose_family(statistics: Sequence[Statistic], country: str, commodity: str = "trade",
                  family: str | None = None) -> str | None:
    """`family` if given, else the most preferred family with data (KOTRA first)."""
    if family:
        return family
    available = families(statistics, country, commodity)
    return available[0] if available else None


def _value(figures: list[_Figure], flow: str) -> tuple[float, tuple[str, ...]] | None:
    """The figure for `flow`: country-side rows first; a total may be import + export."""
    for mirror in (False, True):
        rows = sorted((f for f in figures if f.mirror is mirror and f.flow == flow),
                      key=lambda f: f.ids)
        if rows:
            return rows[0].value, rows[0].ids
        if flow == "total":
            parts = [_value([f for f in figures if f.mirror is mirror], part)
                     for part in ("import", "export")]
            if parts[0] is not None and parts[1] is not None:
                return parts[0][0] + parts[1][0], parts[0][1] + parts[1][1]
    return None


def partner_shares(statistics: Sequence[Statistic], country: str, *, commodity: str = "trade",
                   flow: str = "total", family: str | None = None) -> list[PartnerShare]:
    """Each partner's share of `country`'s `flow` of `commodity`, per year, in one family."""
    chosen = choose_family(statistics, country, commodity, family)
    if chosen is None:
        return []
    by_key: dict[tuple[int, str], list[_Figure]] = defaultdict(list)
    for figure in _figures(statistics, country, commodity, chosen):
        by_key[(figure.year, figure.partner)].append(figure)
    values: dict[int, dict[str, tuple[float, tuple[str, ...]]]] = defaultdict(dict)
    for (year, partner), figures in by_key.items():
        found = _value(figures, flow)
        if found is not None:
            values[year][partner] = found
    shares: list[PartnerShare] = []
    for year in sorted(values):
        partners = {p: v for p, v in values[year].items() if p != WORLD}
        world = values[year].get(WORLD)
        basis: Basis
        if world is not None and world[0] > 0:
            total, total_ids, basis = world[0], world[1], "world"
        else:
            total = sum(v for v, _ in partners.values())
            total_ids = tuple(i for _, ids in partners.values() for i in ids)
            basis = "partners"
        if total <= 0:
            continue
        for partner in sorted(partners):
            value, ids = partners[partner]
            evidence = tuple(dict.fromkeys(ids + total_ids))
            shares.append(PartnerShare(country, partner, year, commodity, flow, chosen, value,
                                       total, value / total, basis, evidence))
    return shares


def concentration(shares: Sequence[PartnerShare]) -> list[Concentration]:
    """The Herfindahl-Hirschman index (shares in percent, squared, summed) per year."""
    by_year: dict[int, list[PartnerShare]] = defaultdict(list)
    for share in shares:
        by_year[share.year].append(share)
    result = []
    for year in sorted(by_year):
        rows = by_year[year]
        ids = tuple(dict.fromkeys(i for r in rows for i in r.statistic_ids))
        result.append(Concentration(
            country=rows[0].country, year=year, source_family=rows[0].source_family,
            hhi=sum((r.share * 100) ** 2 for r in rows), partners=len(rows),
            coverage=sum(r.share for r in rows), statistic_ids=ids))
    return result
