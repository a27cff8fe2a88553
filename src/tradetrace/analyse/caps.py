"""Cap usage per period, read from the cap monitor's findings (`cap_usage`, `cap_exceeded`).

The verify stage does the summing; this module only turns its findings into rows for tables
and charts, keeping modality and supplier apart and the finding and evidence ids attached.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from tradetrace.model import Finding

CAP_TYPES = ("cap_usage", "cap_exceeded")


@dataclass(frozen=True)
class CapUsage:
    """How much of a sanctions cap one period's deliveries used."""

    rule: str
    """Rule id in the regime (`2397-OP5-refined`)."""
    period_start: str
    period_end: str
    year: int
    modality: str
    supplier: str
    """ISO alpha-3 of the supplier, `*` for all suppliers together, `unknown`."""
    total: float
    unit: str
    cap: float
    share_of_cap: float
    share_low: float
    share_high: float
    exceeded: bool
    severity: str
    finding_id: str
    explanation: str
    claim_ids: tuple[str, ...]
    statistic_ids: tuple[str, ...]


def _number(finding: Finding, name: str, default: float = 0.0) -> float:
    value = finding.detail(name, default)
    return float(value) if isinstance(value, int | float) else default


def cap_usage(findings: Iterable[Finding]) -> list[CapUsage]:
    """Rows of cap usage, by period, rule, modality and supplier."""
    rows = []
    for f in findings:
        if f.type not in CAP_TYPES:
            continue
        start = str(f.detail("period_start", ""))
        share = _number(f, "share_of_cap")
        rows.append(CapUsage(
            rule=str(f.detail("rule", "")), period_start=start,
            period_end=str(f.detail("period_end", "")),
            year=int(start[:4]) if start[:4].isdigit() else 0,
            modality=str(f.detail("modality", "")), supplier=str(f.detail("supplier", "")),
            total=_number(f, "total"), unit=str(f.detail("unit", "")), cap=_number(f, "cap"),
            share_of_cap=share, share_low=_number(f, "share_low", share),
            share_high=_number(f, "share_high", share), exceeded=f.type == "cap_exceeded",
            severity=f.severity, finding_id=f.id, explanation=f.explanation,
            claim_ids=f.claim_ids, statistic_ids=f.statistic_ids))
    return sorted(rows, key=lambda r: (r.period_start, r.rule, r.modality, r.supplier))
