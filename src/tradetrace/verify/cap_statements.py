"""Cap statements: a limit a text states (`the annual limit of 500,000 barrels of refined oil
imposed by Resolution 2397`) against the regime's caps.

A `cap` claim whose commodity falls under a cap rule of a regime on its importer (or exporter,
for export caps) is compared with the limits of the rules in force in the claim's period (any
rule ever in force when the claim has no date, the current one first). Matching a limit within
the stated precision -> `cap_reference` info naming the rule; matching only a superseded or
not-yet-in-force rule, or none -> `cap_reference` warning naming the rule in force (a press
figure of 2,000,000 bbl for 2019 is the 2375 cap that 2397 replaced). A superseded rule whose
resolution the sentence itself names (`cut from 2 million barrels set by Resolution 2375`) is
an accurate historical reference -> info.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from tradetrace.knowledge.sanctions import Regime, Rule
from tradetrace.model import Claim, Finding
from tradetrace.model.finding import Severity, finding_id
from tradetrace.verify.flows import claim_period, covers, half_width
from tradetrace.verify.options import CheckOptions


def _matches(claim: Claim, rule: Rule, options: CheckOptions) -> bool:
    half = half_width(claim.surface, claim.value, claim.approximate, options.rounding_cap,
                      options.approximate_slack)
    # `500,000 barrels ... a year` states an annual cap as a rate
    unit = claim.unit.removesuffix("/yr")
    return any(limit.unit == unit and abs(limit.value - claim.value) <= half
               for limit in rule.limits)


def _named_in(claim: Claim, rule: Rule) -> bool:
    """Whether the claim's sentence names the resolution the rule comes from."""
    number = str(rule.resolution).strip()
    return bool(number) and re.search(rf"\b{re.escape(number)}\b", claim.sentence) is not None


def _describe(rule: Rule) -> str:
    limits = " or ".join(f"{limit.value:,.0f} {limit.unit}" for limit in rule.limits)
    return f"{rule.regime} {rule.citation} ({limits}, {rule.label or rule.commodity})"


def check_cap_statements(claims: Sequence[Claim], regimes: Iterable[Regime],
                         options: CheckOptions | None = None) -> list[Finding]:
    """`cap_reference` findings for stated caps."""
    options = options or CheckOptions()
    regimes = list(regimes)
    findings = []
    for claim in claims:
        if claim.kind != "cap":
            continue
        period = claim_period(claim)
        rules = [r for regime in regimes for r in regime.caps
                 if r.limits and covers(r, claim.commodity) is not None
                 and r.target in (claim.importer, claim.exporter)]
        if not rules:
            continue
        # rules still in force first, then the most recent: an undated statement is read as
        # referring to the current cap
        rules.sort(key=lambda r: (r.end is not None, -r.start.toordinal()))
        in_force = [r for r in rules if r.ever_in_force and (period is None or (
            r.start <= period[1] and (r.end is None or r.end >= period[0])))]
        matched = [r for r in rules if _matches(claim, r, options)]
        current = [r for r in matched if r in in_force]
        severity: Severity
        historical = [r for r in matched if _named_in(claim, r)]
        if current:
            severity, rule = "info", current[0]
            text = f"Stated cap {claim.surface} matches {_describe(rule)}."
        elif historical:
            severity, rule = "info", historical[0]
            text = (f"Stated cap {claim.surface} matches {_describe(rule)}, named in the "
                    f"sentence as a past or superseded limit.")
        else:
            severity = "warning"
            rule = (matched or in_force or rules)[0]
            text = f"Stated cap {claim.surface} "
            text += (f"matches {_describe(rule)}, which was not in force for the claim's period"
                     if matched else "matches no cap of the regime")
            if in_force:
                text += f"; in force: {'; '.join(_describe(r) for r in in_force)}"
            text += "."
        findings.append(Finding(
            id=finding_id("cap_reference", claim.id), type="cap_reference", severity=severity,
            explanation=text, claim_ids=(claim.id,),
            details=(("rule", rule.id), ("regime", rule.regime), ("consistent", bool(current)),
                     ("stated", claim.value), ("unit", claim.unit))))
    return findings
