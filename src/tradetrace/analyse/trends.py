"""Year-over-year changes and shift detection over yearly values (shares or flow levels).

A shift is a year whose value breaks from what the previous years lead one to expect. Two ways
of expecting, chosen in `ShiftOptions.method`:

* `median` (default): the median of the previous `window` years; a shift when the value is off
  by more than `relative` of that median (and more than `absolute`, to ignore tiny series).
  Robust to one odd year, needs no distribution assumptions, fine for 3-10 points.
* `trend`: a straight line fitted to the previous `window` years; a shift when the residual is
  more than `z` standard deviations of the fit's residuals (with a floor of `relative` x level
  so that a perfectly straight history does not make every wiggle a shift).

Every result names the evidence ids of the values it compares.
"""

from __future__ import annotations

import statistics as stats
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from tradetrace.analyse.shares import PartnerShare


@dataclass(frozen=True)
class YearValue:
    """One value of a yearly series, with the ids of the records it comes from."""

    year: int
    value: float
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class Change:
    """The change of a series from one year with data to the next."""

    year: int
    previous_year: int
    value: float
    previous: float
    change: float
    """value - previous."""
    relative: float | None
    """change / previous; None when previous is 0."""
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class ShiftOptions:
    """How shifts are detected (see the module docstring)."""

    method: Literal["median", "trend"] = "median"
    window: int = 3
    """Previous years the expectation is built from."""
    min_history: int = 2
    """Fewest previous years needed before a year can be a shift."""
    relative: float = 0.5
    """Least relative departure from the expectation (0.5 = 50 %)."""
    absolute: float = 0.0
    """Least absolute departure (e.g. 0.05 for 5 percentage points of share)."""
    z: float = 3.0
    """Least residual z-score for the `trend` method."""


@dataclass(frozen=True)
class Shift:
    """A year breaking from its history."""

    year: int
    value: float
    expected: float
    size: float
    """value - expected (same unit as the series)."""
    relative: float | None
    """size / |expected|; None when expected is 0."""
    score: float
    """|relative| for `median` (|size| when expected is 0), the residual z-score for `trend`."""
    method: str
    direction: Literal["up", "down"]
    evidence: tuple[str, ...]
    """Ids behind the shifted value and the history it is compared with."""


def year_over_year(values: Iterable[YearValue]) -> list[Change]:
    """Changes between consecutive years with data (gaps are bridged, and visible in the years)."""
    ordered = sorted(values, key=lambda v: v.year)
    changes = []
    for prev, cur in zip(ordered, ordered[1:], strict=False):
        diff = cur.value - prev.value
        changes.append(Change(cur.year, prev.year, cur.value, prev.value, diff,
                              diff / prev.value if prev.value else None,
                              tuple(dict.fromkeys(prev.evidence + cur.evidence))))
    return changes


def _line(points: Sequence[YearValue]) -> tuple[float, float, float]:
    """Least-squares slope, intercept and residual standard deviation."""
    xs = [float(p.year) for p in points]
    ys = [p.value for p in points]
    mx, my = stats.fmean(xs), stats.fmean(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sxx if sxx else 0.0
    intercept = my - slope * mx
    residuals = [y - (slope * x + intercept) for x, y in zip(xs, ys, strict=True)]
    spread = stats.pstdev(residuals) if len(residuals) > 1 else 0.0
    return slope, intercept, spread


def detect_shifts(values: Iterable[YearValue], options: ShiftOptions | None = None) -> list[Shift]:
    """Years whose value departs from the expectation built from the previous years."""
    options = options or ShiftOptions()
    ordered = sorted(values, key=lambda v: v.year)
    shifts = []
    for i, current in enumerate(ordered):
        history = ordered[max(0, i - options.window):i]
        if len(history) < max(options.min_history, 1):
            continue
        if options.method == "trend" and len(history) >= 2:
            slope, intercept, spread = _line(history)
            expected = slope * current.year + intercept
            floor = options.relative * max(abs(stats.fmean(p.value for p in history)), 1e-12)
            score = abs(current.value - expected) / max(spread, floor)
            hit = score > options.z
        else:
            expected = stats.median(p.value for p in history)
            # From a history of zeros any non-zero value is a shift; its score is then its size.
            score = abs(current.value - expected) / abs(expected if expected else 1.0)
            hit = score > options.relative if expected else current.value != 0
        size = current.value - expected
        if hit and abs(size) > options.absolute:
            evidence = tuple(dict.fromkeys(
                current.evidence + tuple(e for p in history for e in p.evidence)))
            shifts.append(Shift(current.year, current.value, expected, size,
                                size / abs(expected) if expected else None, score,
                                options.method, "up" if size > 0 else "down", evidence))
    return shifts


def share_values(shares: Iterable[PartnerShare], partner: str) -> list[YearValue]:
    """One partner's yearly share as a series for `year_over_year` / `detect_shifts`."""
    return [YearValue(s.year, s.share, s.statistic_ids) for s in shares if s.partner == partner]


def share_shifts(shares: Sequence[PartnerShare],
                 options: ShiftOptions | None = None) -> dict[str, list[Shift]]:
    """Shifts of every partner's share; shares default to at least 5 points of departure."""
    options = options or ShiftOptions(relative=0.5, absolute=0.05)
    partners = sorted({s.partner for s in shares})
    found = {p: detect_shifts(share_values(shares, p), options) for p in partners}
    return {p: s for p, s in found.items() if s}
