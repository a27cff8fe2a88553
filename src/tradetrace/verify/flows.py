"""What the checks share: the period of a claim or statistic, the flow direction of a
statistic, whether a commodity falls under a rule, and the precision a stated number implies."""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

from tradetrace.knowledge.commodities import commodities, is_a
from tradetrace.knowledge.sanctions import Rule
from tradetrace.model import Claim, Statistic

WORLD = "WLD"

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _parse(day: str | None) -> date | None:
    if not day:
        return None
    try:
        return date.fromisoformat(day[:10])
    except ValueError:
        return None


def claim_period(claim: Claim) -> tuple[date, date] | None:
    """First and last day a claim covers: its stated period, else its calendar year, else None."""
    start, end = _parse(claim.period_start), _parse(claim.period_end)
    if start and end and start <= end:
        return start, end
    year = claim.year or (start.year if start else None)
    if year is None:
        return None
    return date(year, 1, 1), date(year, 12, 31)


def statistic_period(stat: Statistic) -> tuple[date, date]:
    """First and last day a statistic covers (its stated period, else its year)."""
    start, end = _parse(stat.period_start), _parse(stat.period_end)
    if start and end and start <= end:
        return start, end
    return date(stat.year, 1, 1), date(stat.year, 12, 31)


def statistic_direction(stat: Statistic) -> tuple[str, str] | None:
    """(exporter, importer) of a statistic: flows are from the reporter's side, so reporter PRK
    partner RUS `import` is RUS -> PRK. None for `total` (two-way) rows."""
    if stat.flow == "import":
        return stat.partner, stat.reporter
    if stat.flow == "export":
        return stat.reporter, stat.partner
    return None


def covers(rule: Rule, commodity: str | None, hs_code: str | None = None) -> (
        Literal["match", "generic"] | None):
    """Whether a rule covers a commodity: `match` for the rule's keys and anything under them,
    `generic` for a broader key the rule counts with a warning (`oil` for refined petroleum),
    None otherwise. An HS code is used only when the key is not in the taxonomy, because HS
    headings are shared by several products (diesel, jet fuel and fuel oil are all 271019)."""
    if commodity is not None:
        for key in rule.commodities:
            if commodity == key or is_a(commodity, key):
                return "match"
        if commodity in rule.generic:
            return "generic"
        if commodity in commodities():
            return None
    if hs_code and hs_code.upper() != "TOTAL":
        if any(hs_code.startswith(prefix) for prefix in rule.hs):
            return "match"
    return None


def half_width(surface: str, value: float, approximate: bool = False,
               rounding_cap: float = 0.10, approximate_slack: float = 0.05) -> float:
    """Half the last unit a stated number was written to, in the units of `value`.

    `US$23.28 million` -> 0.005 million; `29.9 percent` -> 0.05; `11 million` -> 0.5 million.
    Trailing zeros of a whole number mean rounding at the last non-zero digit (`60` -> 5,
    `160,000` -> 5,000), but at most `rounding_cap` of the number (`100` -> 10). A hedged number
    (`about`) gets at least `approximate_slack` of itself.
    """
    match = _NUMBER.search(surface or "")
    number = float(match.group().replace(",", "")) if match else 0.0
    if not match or number == 0:
        half_rel = 0.005
        return abs(value) * max(half_rel, approximate_slack if approximate else 0.0)
    text = match.group().replace(",", "")
    scale = abs(value / number) if number else 1.0
    if "." in text:
        half = 0.5 * 10 ** -len(text.split(".")[1])
    else:
        zeros = len(text) - len(text.rstrip("0"))
        half = min(0.5 * 10**zeros, rounding_cap * abs(number)) if zeros else 0.5
    if approximate:
        half = max(half, approximate_slack * abs(number))
    return half * scale


def overlap_days(a: tuple[date, date], b: tuple[date, date]) -> int:
    """Days (inclusive) two periods share."""
    start, end = max(a[0], b[0]), min(a[1], b[1])
    return max(0, (end - start).days + 1)


def days(period: tuple[date, date]) -> int:
    """Days (inclusive) of a period."""
    return (period[1] - period[0]).days + 1
