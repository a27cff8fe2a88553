"""Settings of the checks, passed as one object."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CheckOptions:
    """Tolerances and switches for `run_checks`; the defaults follow the domain notes."""

    corroboration_tolerance: float = 0.05
    """Relative gap (of the larger value) within which two figures of one flow agree."""
    conversion_bounds: tuple[float, float] = (6.5, 12.0)
    """Barrels per tonne outside which a stated tonnes/barrels pair is implausible for any
    petroleum product (NOTES.md section 3, recommendation 4)."""
    rounding_cap: float = 0.10
    """Largest relative half-width a round stated figure is allowed (`60` -> +/-5, `100` ->
    +/-10 not +/-50)."""
    approximate_slack: float = 0.05
    """Least relative half-width of a hedged figure (`about 16 percent` -> +/-0.8)."""
    cap_usage: bool = True
    """Also emit `cap_usage` info findings for periods below the cap."""
    caps: bool = True
    """Run the cap monitor."""
    bans: bool = True
    """Run the ban monitor."""
    arithmetic: bool = True
    """Run the arithmetic, conversion and share checks."""
    corroboration: bool = True
    """Run the corroboration/conflict check."""
