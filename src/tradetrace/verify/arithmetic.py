"""Arithmetic consistency inside one document: changes, conversions and shares against the
levels the same text states.

Tolerance follows the precision the text used (`flows.half_width`): a stated number stands for
the interval it rounds from (`58.5` -> 58.45..58.55; `60` -> 55..65; `US$23.28 million` ->
23.275..23.285 million), levels' intervals are carried through the computation, and a statement
is consistent when the stated interval and the computed interval overlap. `more than X` accepts
anything above X minus its half-width.

* change (`arithmetic`): a percent change (or `x` multiple) against two levels of the same flow
  (same document, exporter, importer, commodity, unit) in different years. The new level is the
  one of the change's year; the old one is stated in the change's own sentence, else the year
  before (a level several years back is not assumed to be the base).
* conversion (`conversion`): a tonnes figure and its barrel restatement; the implied barrels per
  tonne against the product's factor range, and against the 6.5-12 band of any product.
* share (`share`): `X percent of the total` against a stated part and a stated total.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence

from tradetrace.model import Claim, Finding
from tradetrace.model.finding import Severity, finding_id
from tradetrace.normalize.oil import barrels_per_tonne
from tradetrace.verify.flows import WORLD, half_width
from tradetrace.verify.options import CheckOptions

Interval = tuple[float, float]


def _interval(claim: Claim, options: CheckOptions, sign: float = 1.0) -> Interval:
    half = half_width(claim.surface, claim.value, claim.approximate, options.rounding_cap,
                      options.approximate_slack)
    low, high = sign * claim.value - half, sign * claim.value + half
    if claim.value_max is not None:
        high = sign * claim.value_max + half
    if claim.bound == ">":
        high = math.inf if sign > 0 else high
        low = low if sign > 0 else -math.inf
    elif claim.bound == "<":
        low = -math.inf if sign > 0 else low
        high = high if sign > 0 else math.inf
    return min(low, high), max(low, high)


def _overlap(a: Interval, b: Interval) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _year(claim: Claim) -> int | None:
    if claim.year is not None:
        return claim.year
    return int(claim.period_start[:4]) if claim.period_start else None


def _same_flow(a: Claim, b: Claim) -> bool:
    return (a.doc_id == b.doc_id and a.exporter == b.exporter and a.importer == b.importer
            and a.commodity == b.commodity and a.two_way == b.two_way)


def _in_sentence(level: Claim, claim: Claim) -> bool:
    return claim.sentence_start <= level.start < claim.sentence_end


def _levels_for_change(change: Claim, claims: Sequence[Claim]) -> tuple[Claim, Claim] | None:
    year = _year(change)
    if year is None:
        return None
    levels = [c for c in claims if c.kind == "level" and _same_flow(c, change)
              and c.equivalent_of is None and c.value > 0]
    news = [c for c in levels if _year(c) == year]
    if not news:
        return None
    new = min(news, key=lambda c: (not _in_sentence(c, change), abs(c.start - change.start)))
    olds = [c for c in levels if (y := _year(c)) is not None and y < year and c.unit == new.unit
            and (_in_sentence(c, change) or y == year - 1)]
    if not olds:
        return None
    old = min(olds, key=lambda c: (not _in_sentence(c, change), abs(c.start - change.start)))
    return new, old


def _ratio_interval(num: Interval, den: Interval) -> Interval:
    """Interval of num/den for positive intervals."""
    low = num[0] / den[1] if den[1] > 0 else 0.0
    high = num[1] / den[0] if den[0] > 0 else math.inf
    return low, high


def _make(kind: str, consistent: bool, text: str, claims: tuple[Claim, ...],
          details: tuple[tuple[str, object], ...], bad: Severity = "warning") -> Finding:
    ids = tuple(c.id for c in claims)
    severity: Severity = "info" if consistent else bad
    return Finding(id=finding_id(kind, *ids), type=kind, severity=severity, explanation=text,
                   claim_ids=ids, details=(("consistent", consistent), *details))


def check_changes(claims: Sequence[Claim], options: CheckOptions) -> list[Finding]:
    """`arithmetic` findings: stated changes against the two stated levels."""
    findings = []
    for change in claims:
        if change.kind != "change" or change.unit not in ("percent", "x"):
            continue
        pair = _levels_for_change(change, claims)
        if pair is None:
            continue
        new, old = pair
        ratio = _ratio_interval(_interval(new, options), _interval(old, options))
        central = new.value / old.value
        if change.unit == "percent":
            sign = -1.0 if change.direction == "down" else 1.0
            computed: Interval = ((ratio[0] - 1) * 100, (ratio[1] - 1) * 100)
            value = (central - 1) * 100
            stated = _interval(change, options, sign)
            shown = f"{sign * change.value:+g}%"
            got = f"{value:+.2f}%"
        else:
            computed, value, stated = ratio, central, _interval(change, options)
            shown, got = f"x{change.value:g}", f"x{value:.2f}"
        consistent = _overlap(stated, computed)
        verdict = "consistent with" if consistent else "does not match"
        text = (f"Stated change {shown} ({change.surface}) {verdict} the stated levels "
                f"{old.surface} ({_year(old)}) -> {new.surface} ({_year(new)}), which give {got}.")
        findings.append(_make("arithmetic", consistent, text, (change, new, old), (
            ("stated", change.value), ("computed", round(value, 4)),
            ("computed_low", round(computed[0], 4)), ("computed_high", round(computed[1], 4)),
            ("stated_low", stated[0]), ("stated_high", stated[1]))))
    return findings


def check_conversions(claims: Sequence[Claim], options: CheckOptions) -> list[Finding]:
    """`conversion` findings: a tonnes figure and its barrels restatement against the factor."""
    by_id = {c.id: c for c in claims}
    findings = []
    for claim in claims:
        other = by_id.get(claim.equivalent_of or "")
        if other is None or {claim.unit, other.unit} != {"t", "bbl"}:
            continue
        tonnes, barrels = (claim, other) if claim.unit == "t" else (other, claim)
        if tonnes.value <= 0:
            continue
        try:
            factor = barrels_per_tonne(tonnes.commodity or barrels.commodity)
        except ValueError:
            factor = barrels_per_tonne(None)
        implied = barrels.value / tonnes.value
        ratio = _ratio_interval(_interval(barrels, options), _interval(tonnes, options))
        lo, hi = options.conversion_bounds
        plausible = _overlap(ratio, (lo, hi))
        matches = _overlap(ratio, (factor.low, factor.high))
        product = factor.product if factor.product_known else "an unnamed petroleum product"
        if not plausible:
            text = (f"{tonnes.surface} restated as {barrels.surface} implies {implied:.2f} bbl/t, "
                    f"outside the {lo:g}-{hi:g} bbl/t of any petroleum product.")
        elif not matches:
            text = (f"{tonnes.surface} restated as {barrels.surface} implies {implied:.2f} bbl/t, "
                    f"outside the {factor.low:g}-{factor.high:g} bbl/t range for {product}.")
        else:
            text = (f"{tonnes.surface} restated as {barrels.surface} implies {implied:.2f} bbl/t, "
                    f"within the {factor.low:g}-{factor.high:g} bbl/t range for {product} "
                    f"(factor {factor.value:g}).")
        findings.append(_make("conversion", plausible and matches, text, (tonnes, barrels), (
            ("implied_bbl_per_t", round(implied, 4)), ("factor", factor.value),
            ("factor_low", factor.low), ("factor_high", factor.high),
            ("product", factor.product), ("product_known", factor.product_known))))
    return findings


def _is_total(level: Claim, share: Claim) -> bool:
    return (level.doc_id == share.doc_id and level.kind == "level"
            and level.commodity == share.commodity and level.importer == share.importer
            and level.exporter in (None, WORLD) and _year(level) == _year(share))


def check_shares(claims: Sequence[Claim], options: CheckOptions) -> list[Finding]:
    """`share` findings: `X percent of the total` against a stated part and a stated total."""
    findings = []
    for share in claims:
        if share.kind != "share" or share.unit != "percent":
            continue
        # A part names its partner; a total has none (or the world), so no claim is both.
        parts = [c for c in claims if c.kind == "level" and _same_flow(c, share)
                 and c.exporter not in (None, WORLD)
                 and _year(c) == _year(share) and c.equivalent_of is None]
        totals = [c for c in claims if _is_total(c, share) and c.equivalent_of is None]
        pairs = [(p, t) for p in parts for t in totals if p.unit == t.unit and t.value > 0]
        if not pairs:
            continue
        part, total = min(pairs, key=lambda pt: abs(pt[0].start - share.start))
        computed = _ratio_interval(_interval(part, options), _interval(total, options))
        computed = (computed[0] * 100, computed[1] * 100)
        value = part.value / total.value * 100
        consistent = _overlap(_interval(share, options), computed)
        verdict = "consistent with" if consistent else "does not match"
        text = (f"Stated share {share.surface} {verdict} {part.surface} of {total.surface}, "
                f"which is {value:.1f}%.")
        findings.append(_make("share", consistent, text, (share, part, total), (
            ("stated", share.value), ("computed", round(value, 4)))))
    return findings


def check_arithmetic(claims: Sequence[Claim], options: CheckOptions | None = None) -> list[Finding]:
    """All three consistency checks, run document by document."""
    options = options or CheckOptions()
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_doc[claim.doc_id].append(claim)
    findings: list[Finding] = []
    for group in by_doc.values():
        findings += (check_changes(group, options) + check_conversions(group, options)
                     + check_shares(group, options))
    return findings
