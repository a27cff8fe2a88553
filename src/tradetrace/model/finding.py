"""A finding of a check: something a monitor should look at, with the evidence behind it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from tradetrace.model.ids import make_id

Severity = Literal["info", "warning", "violation"]


@dataclass(frozen=True)
class Finding:
    """The result of one rule over claims and statistics."""

    id: str
    """`fnd-` + hash of type and the evidence ids (see `finding_id`)."""
    type: str
    """Rule that produced it: cap_exceeded, cap_usage, banned_flow, arithmetic, conversion,
    share, corroboration, conflict."""
    severity: Severity
    """info (consistent / context), warning (inconsistent), violation (breach of a rule)."""
    explanation: str
    """One or two sentences a person can read."""
    claim_ids: tuple[str, ...] = ()
    """Claims the finding rests on."""
    statistic_ids: tuple[str, ...] = ()
    """Statistics the finding rests on."""
    details: tuple[tuple[str, object], ...] = field(default=())
    """Figures behind the finding as (name, value) pairs, e.g. (("share_of_cap", 2.4),)."""

    def detail(self, name: str, default: object = None) -> object:
        return dict(self.details).get(name, default)


def finding_id(type_: str, *evidence: str) -> str:
    return make_id("fnd", type_, *sorted(evidence))
