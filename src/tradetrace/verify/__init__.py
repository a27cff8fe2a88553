"""verify stage: pure checks over claims and statistics that hand on `Finding`s.

`run_checks` runs the cap monitor (`caps`) and the check of stated caps against the regime
(`cap_statements`), the ban monitor (`bans`), the arithmetic, conversion
and share checks inside each document (`arithmetic`) and the comparison of figures for one flow
across sources (`corroboration`). Sanctions rules come from `knowledge.sanctions` regimes; pass
extra regimes to monitor another country's sanctions without code changes. Nothing here reads or
writes the store.
"""

from __future__ import annotations

from collections.abc import Sequence

from tradetrace.knowledge.sanctions import Regime, load_regimes
from tradetrace.model import Claim, Finding, Statistic
from tradetrace.verify.arithmetic import check_arithmetic
from tradetrace.verify.bans import check_bans
from tradetrace.verify.cap_statements import check_cap_statements
from tradetrace.verify.caps import check_caps
from tradetrace.verify.corroboration import check_corroboration
from tradetrace.verify.options import CheckOptions

SEVERITY_ORDER = {"violation": 0, "warning": 1, "info": 2}

__all__ = ["CheckOptions", "check_arithmetic", "check_bans", "check_cap_statements", "check_caps",
           "check_corroboration", "run_checks"]


def run_checks(
    claims: Sequence[Claim], statistics: Sequence[Statistic],
    regimes: Sequence[Regime] | None = None, options: CheckOptions | None = None,
) -> list[Finding]:
    """Every finding over the claims and statistics, most severe first, without duplicates.

    `regimes` defaults to the shipped regime files (`load_regimes()`).
    """
    options = options or CheckOptions()
    regimes = load_regimes() if regimes is None else regimes
    findings: list[Finding] = []
    if options.caps:
        findings += check_caps(claims, statistics, regimes, options)
        findings += check_cap_statements(claims, regimes, options)
    if options.bans:
        findings += check_bans(claims, statistics, regimes)
    if options.arithmetic:
        findings += check_arithmetic(claims, options)
    if options.corroboration:
        findings += check_corroboration(claims, statistics, options)
    unique = {f.id: f for f in findings}
    return sorted(unique.values(), key=lambda f: (SEVERITY_ORDER[f.severity], f.type, f.id))
