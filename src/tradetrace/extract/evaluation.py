"""Scoring the extractor against the hand-annotated gold set (`tests/gold/claims.jsonl`).

`load_gold` reads the gold passages; `evaluate` runs a quantity extractor and a claim extractor over
them and hands back an `EvaluationReport`: precision, recall and F1 for quantities (span overlap +
value + unit), for claim detection (span overlap + value + unit) and for whole claims (every field
right), accuracy per field over the detected claims, and the list of mismatches.

Matching is one-to-one within a passage (a maximum bipartite matching), so a prediction can
satisfy at most one gold item and duplicates count as false positives. The rules follow
`docs/claim-conventions.md`.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from pint import DimensionalityError

from tradetrace.model import Document
from tradetrace.normalize.units import UnknownUnit, convert, is_currency

VALUE_TOLERANCE = 1e-5
"""Relative tolerance for comparing values (and both ends of ranges)."""
ATTRIBUTION_OVERLAP = 0.5
"""Share of the longer attribution's words that must appear in the other one."""

WHOLE_CLAIM_FIELDS = (
    "kind", "direction", "commodity", "parties", "period_start", "period_end", "modality",
    "approximate", "attribution",
)
"""Fields that must all agree for a claim to count as a whole-claim match."""
REPORTED_FIELDS = (
    "kind", "direction", "commodity", "exporter", "importer", "parties", "two_way",
    "period_start", "period_end", "year", "modality", "approximate", "attribution",
)
"""Fields whose accuracy is reported over detected (span + value + unit) claims."""

QuantityExtractor = Callable[[str], Sequence[Any]]
ClaimExtractor = Callable[[Document], Sequence[Any]]


@dataclass(frozen=True)
class GoldQuantity:
    """A quantity as annotated: a number with its unit, located in the passage text."""

    start: int
    """Offset of the first character of the surface."""
    end: int
    """Offset one past the last character."""
    surface: str
    """The annotated text, `text[start:end]`."""
    value: float
    """Value in `unit`, scale applied."""
    unit: str
    """Canonical unit code (`t`, `bbl`, `USD`, `percent`, `x`, ...)."""
    value_max: float | None = None
    """Upper end of a range."""
    bound: str = "="
    """`=`, `~`, `>` or `<`."""
    change: str | None = None
    """`up`/`down` when the quantity is itself a change."""
    equivalent_of: int | None = None
    """Index of the quantity this one restates, if any."""


@dataclass(frozen=True)
class GoldClaim:
    """A trade claim as annotated (see the claim conventions for every field)."""

    start: int
    """Offset of the claim's quantity."""
    end: int
    """Offset one past the quantity."""
    value: float
    """Stated value in `unit`."""
    unit: str
    """Canonical unit code."""
    kind: str
    """level, change, share or cap."""
    value_max: float | None = None
    """Upper end of a range."""
    direction: str | None = None
    """up/down for changes."""
    commodity: str | None = None
    """Commodity taxonomy key."""
    exporter: str | None = None
    """ISO alpha-3 of the supplier (or first party when two_way)."""
    importer: str | None = None
    """ISO alpha-3 of the receiver (or second party when two_way)."""
    two_way: bool = False
    """Trade in both directions: the pair is compared unordered."""
    period_start: str | None = None
    """ISO date of the first day covered."""
    period_end: str | None = None
    """ISO date of the last day covered."""
    year: int | None = None
    """Year of period_start."""
    modality: str = "reported"
    """reported, planned, estimated or forecast."""
    approximate: bool = False
    """Hedged number."""
    attribution: str | None = None
    """Source phrase without the verb."""

    def surface_in(self, text: str) -> str:
        """The quantity as written in the passage."""
        return text[self.start:self.end]


@dataclass(frozen=True)
class GoldPassage:
    """One annotated passage with every quantity and every trade claim in it."""

    id: str
    """Stable passage id (`g001`)."""
    outlet: str
    """Publisher the passage is written in the style of."""
    published: date
    """Publication date; relative periods are resolved against it."""
    source: str
    """URL of the published facts the passage paraphrases."""
    text: str
    """The passage."""
    quantities: tuple[GoldQuantity, ...] = ()
    """Every quantity in the passage, trade or not."""
    claims: tuple[GoldClaim, ...] = ()
    """Only the trade claims."""

    def document(self) -> Document:
        """The passage as a Document, as the claim extractor expects it."""
        return Document.from_text(self.text, outlet=self.outlet, published=self.published,
                                  source=self.source)


def load_gold(path: str | Path) -> list[GoldPassage]:
    """Read a gold JSONL file (one passage per line; blank lines ignored)."""
    passages: list[GoldPassage] = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                passages.append(passage_from_dict(json.loads(line)))
            except (KeyError, TypeError, ValueError) as exc:
                raise ValueError(f"{path}:{number}: bad gold record: {exc}") from exc
    return passages


def passage_from_dict(row: Mapping[str, Any]) -> GoldPassage:
    """A GoldPassage from one decoded JSON line."""
    quantities = tuple(
        GoldQuantity(start=int(q["start"]), end=int(q["end"]), surface=q["surface"],
                     value=float(q["value"]), unit=q["unit"],
                     value_max=_opt_float(q.get("value_max")),
                     bound=q.get("bound") or "=", change=q.get("change"),
                     equivalent_of=q.get("equivalent_of"))
        for q in row.get("quantities", [])
    )
    claims = tuple(
        GoldClaim(start=int(c["start"]), end=int(c["end"]), value=float(c["value"]), unit=c["unit"],
                  kind=c["kind"], value_max=_opt_float(c.get("value_max")),
                  direction=c.get("direction"), commodity=c.get("commodity"),
                  exporter=c.get("exporter"), importer=c.get("importer"),
                  two_way=bool(c.get("two_way", False)), period_start=c.get("period_start"),
                  period_end=c.get("period_end"), year=c.get("year"),
                  modality=c.get("modality") or "reported",
                  approximate=bool(c.get("approximate", False)),
                  attribution=c.get("attribution"))
        for c in row.get("claims", [])
    )
    return GoldPassage(id=row["id"], outlet=row.get("outlet", ""),
                       published=date.fromisoformat(row["published"]), source=row.get("source", ""),
                       text=row["text"], quantities=quantities, claims=claims)


def _opt_float(value: Any) -> float | None:
    return None if value is None else float(value)


# --- comparison rules -------------------------------------------------------------------------

def _get(item: Any, name: str, default: Any = None) -> Any:
    if isinstance(item, Mapping):
        return item.get(name, default)
    return getattr(item, name, default)


def values_equal(a: float | None, b: float | None) -> bool:
    """Equal within VALUE_TOLERANCE (relative); None only equals None."""
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=VALUE_TOLERANCE, abs_tol=1e-12)


def spans_overlap(a: Any, b: Any) -> bool:
    """Half-open spans [start, end) share at least one character."""
    a_start, a_end = int(_get(a, "start")), int(_get(a, "end"))
    return a_start < int(_get(b, "end")) and int(_get(b, "start")) < a_end


_TIMES = frozenset({"yr", "year", "month", "day", "week", "d", "quarter", "hour"})
"""Units of time, whose money rates keep their codes as written (`USD/yr`)."""


@cache
def same_unit(first: str, second: str) -> bool:
    """Equal codes, or two spellings of one physical unit (`cubic_meter/yr` and
    `cubic_meter/year`, `t/month` and `metric_ton/month`, and a price's `USD/kg` and
    `USD/kilogram`): the conventions name units other than the trade codes by pint's names,
    which spell a time either way; money over time keeps its code (`USD/yr`)."""
    if first == second:
        return True
    money, _, per = first.partition("/")
    other_money, _, other_per = second.partition("/")
    if (is_currency(money) or is_currency(other_money)) and not {per, other_per} & _TIMES:
        # a price: `USD/kg` and `USD/kilogram`, one currency a unit of goods spelled either
        # way (money over time keeps its code: `USD/yr`)
        return money == other_money and bool(per) and bool(other_per) and same_unit(
            per, other_per)
    if any(is_currency(part) for part in (*first.split("/"), *second.split("/"))):
        return False
    try:
        return convert(1.0, first, second) == 1.0
    except (UnknownUnit, DimensionalityError):
        return False


def same_number(pred: Any, gold: Any) -> bool:
    """Span overlap, equal value (both ends of a range) and equal unit."""
    return (spans_overlap(pred, gold) and same_unit(_get(pred, "unit"), _get(gold, "unit"))
            and values_equal(_get(pred, "value"), _get(gold, "value"))
            and values_equal(_get(pred, "value_max"), _get(gold, "value_max")))


_WORD = re.compile(r"[a-z0-9]+")


def _words(text: str | None) -> list[str]:
    return _WORD.findall((text or "").lower().replace("’", "'").replace("'s", ""))


def attribution_matches(pred: str | None, gold: str | None) -> bool:
    """Both empty; or one's words appear (in order) in the other's; or enough words shared."""
    a, b = _words(pred), _words(gold)
    if not a or not b:
        return not a and not b
    joined_a, joined_b = f" {' '.join(a)} ", f" {' '.join(b)} "
    if joined_a in joined_b or joined_b in joined_a:
        return True
    shared = len(set(a) & set(b))
    return shared / max(len(set(a)), len(set(b))) >= ATTRIBUTION_OVERLAP


def _aligned_parties(pred: Any, gold: GoldClaim) -> tuple[Any, Any]:
    """The predicted (exporter, importer), swapped when the gold pair is two-way and reversed."""
    exporter, importer = _get(pred, "exporter"), _get(pred, "importer")
    if gold.two_way and (exporter, importer) == (gold.importer, gold.exporter):
        return importer, exporter
    return exporter, importer


def field_matches(pred: Any, gold: GoldClaim, name: str) -> bool:
    """Whether one field of a predicted claim agrees with the gold claim."""
    if name == "parties":
        return _aligned_parties(pred, gold) == (gold.exporter, gold.importer)
    if name == "exporter":
        return _aligned_parties(pred, gold)[0] == gold.exporter
    if name == "importer":
        return _aligned_parties(pred, gold)[1] == gold.importer
    if name == "attribution":
        return attribution_matches(_get(pred, "attribution"), gold.attribution)
    if name in ("two_way", "approximate"):
        return bool(_get(pred, name, False)) == bool(getattr(gold, name))
    predicted = _get(pred, name)
    return bool(predicted == getattr(gold, name))


def whole_claim_matches(pred: Any, gold: GoldClaim) -> bool:
    return same_number(pred, gold) and all(field_matches(pred, gold, f) for f in WHOLE_CLAIM_FIELDS)


def match_one_to_one(predicted: Sequence[Any], gold: Sequence[Any],
                     fits: Callable[[Any, Any], bool]) -> list[tuple[int, int]]:
    """Maximum one-to-one matching (augmenting paths); pairs of (predicted index, gold index)."""
    options = [[p for p in range(len(predicted)) if fits(predicted[p], g)] for g in gold]
    owner: dict[int, int] = {}

    def assign(g: int, seen: set[int]) -> bool:
        for p in options[g]:
            if p in seen:
                continue
            seen.add(p)
            if p not in owner or assign(owner[p], seen):
                owner[p] = g
                return True
        return False

    for g in range(len(gold)):
        assign(g, set())
    return sorted((p, g) for p, g in owner.items())


# --- the report -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Score:
    """True positives, false positives and false negatives, with P/R/F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0 if not self.fn else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0 if not self.fp else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def as_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass(frozen=True)
class Mismatch:
    """One disagreement between the extractor and the gold set."""

    passage_id: str
    """Gold passage id."""
    what: str
    """`missed quantity`, `spurious quantity`, `missed claim`, `spurious claim` or `wrong field`."""
    surface: str
    """The text of the quantity concerned."""
    detail: str = ""
    """Field name with gold and predicted values, or the value and unit."""


@dataclass(frozen=True)
class EvaluationReport:
    """Scores of one evaluation run over a gold set."""

    passages: int
    """Number of passages scored."""
    quantities: Score
    """Quantities: span overlap + value + unit."""
    detection: Score
    """Claims found: span overlap + value + unit."""
    claims: Score
    """Whole claims: detection plus every field in WHOLE_CLAIM_FIELDS."""
    field_correct: tuple[tuple[str, int], ...] = ()
    """For each reported field, how many detected claims have it right."""
    errors: tuple[Mismatch, ...] = field(default=(), repr=False)
    """Every mismatch, in passage order."""

    def field_accuracy(self) -> dict[str, float]:
        """Per-field accuracy over detected (matched) claims."""
        total = self.detection.tp
        return {name: (correct / total if total else 0.0) for name, correct in self.field_correct}

    def as_dict(self) -> dict[str, Any]:
        return {
            "passages": self.passages,
            "quantities": self.quantities.as_dict(),
            "claim_detection": self.detection.as_dict(),
            "whole_claims": self.claims.as_dict(),
            "field_accuracy": {k: round(v, 4) for k, v in self.field_accuracy().items()},
            "errors": [
                {"passage": e.passage_id, "what": e.what, "surface": e.surface, "detail": e.detail}
                for e in self.errors
            ],
        }

    def render_table(self, errors: bool = False) -> str:
        """A plain-text table of the scores (and the mismatches when `errors`)."""
        lines = [f"gold passages: {self.passages}", "",
                 f"{'measure':<18}{'P':>8}{'R':>8}{'F1':>8}{'tp':>6}{'fp':>6}{'fn':>6}"]
        for label, score in (("quantities", self.quantities), ("claim detection", self.detection),
                             ("whole claims", self.claims)):
            lines.append(f"{label:<18}{score.precision:>8.3f}{score.recall:>8.3f}{score.f1:>8.3f}"
                         f"{score.tp:>6}{score.fp:>6}{score.fn:>6}")
        lines += ["", f"field accuracy over {self.detection.tp} detected claims"]
        for name, accuracy in self.field_accuracy().items():
            lines.append(f"  {name:<16}{accuracy:>8.3f}")
        if errors:
            lines += ["", f"mismatches ({len(self.errors)})"]
            for e in self.errors:
                lines.append(f"  {e.passage_id}  {e.what:<18} {e.surface!r}  {e.detail}")
        return "\n".join(lines) + "\n"


# --- running an evaluation --------------------------------------------------------------------

def default_extractors() -> tuple[QuantityExtractor, ClaimExtractor]:
    """The project's own extractors, imported only when an evaluation runs."""
    from tradetrace.extract import extract_claims
    from tradetrace.extract.quantities import extract_quantities

    return extract_quantities, extract_claims


def evaluate(passages: Iterable[GoldPassage],
             extract_quantities_fn: QuantityExtractor | None = None,
             extract_claims_fn: ClaimExtractor | None = None) -> EvaluationReport:
    """Run both extractors over every passage and score them against the gold annotations."""
    if extract_quantities_fn is None or extract_claims_fn is None:
        default_q, default_c = default_extractors()
        extract_quantities_fn = extract_quantities_fn or default_q
        extract_claims_fn = extract_claims_fn or default_c
    quantities, detection, whole = Score(), Score(), Score()
    correct = dict.fromkeys(REPORTED_FIELDS, 0)
    errors: list[Mismatch] = []
    count = 0
    for passage in passages:
        count += 1
        predicted_q = list(extract_quantities_fn(passage.text))
        quantities += _score_quantities(passage, predicted_q, errors)
        predicted_c = list(extract_claims_fn(passage.document()))
        found, complete = _score_claims(passage, predicted_c, correct, errors)
        detection += found
        whole += complete
    return EvaluationReport(passages=count, quantities=quantities, detection=detection,
                            claims=whole, field_correct=tuple(correct.items()),
                            errors=tuple(errors))


def _score_quantities(passage: GoldPassage, predicted: list[Any], errors: list[Mismatch]) -> Score:
    pairs = match_one_to_one(predicted, passage.quantities, same_number)
    matched_p = {p for p, _ in pairs}
    matched_g = {g for _, g in pairs}
    for g, gold in enumerate(passage.quantities):
        if g not in matched_g:
            errors.append(Mismatch(passage.id, "missed quantity", gold.surface,
                                   _describe(gold, passage.text, predicted)))
    for p, pred in enumerate(predicted):
        if p not in matched_p:
            errors.append(Mismatch(passage.id, "spurious quantity", _surface(pred, passage.text),
                                   f"{_get(pred, 'value')} {_get(pred, 'unit')}"))
    return Score(tp=len(pairs), fp=len(predicted) - len(pairs),
                 fn=len(passage.quantities) - len(pairs))


def _score_claims(passage: GoldPassage, predicted: list[Any], correct: dict[str, int],
                  errors: list[Mismatch]) -> tuple[Score, Score]:
    gold = passage.claims
    detected = match_one_to_one(predicted, gold, same_number)
    complete = match_one_to_one(predicted, gold, whole_claim_matches)
    for p, g in detected:
        for name in REPORTED_FIELDS:
            if field_matches(predicted[p], gold[g], name):
                correct[name] += 1
            elif name in WHOLE_CLAIM_FIELDS:
                errors.append(Mismatch(passage.id, "wrong field", gold[g].surface_in(passage.text),
                                       f"{name}: gold={_field(gold[g], name)!r} "
                                       f"predicted={_pred_field(predicted[p], name)!r}"))
    matched_p = {p for p, _ in detected}
    matched_g = {g for _, g in detected}
    for g, claim in enumerate(gold):
        if g not in matched_g:
            errors.append(Mismatch(passage.id, "missed claim", claim.surface_in(passage.text),
                                   f"{claim.value:g} {claim.unit} {claim.kind} {claim.commodity}"))
    for p, pred in enumerate(predicted):
        if p not in matched_p:
            detail = f"{_get(pred, 'value')} {_get(pred, 'unit')} {_get(pred, 'kind')}"
            errors.append(Mismatch(passage.id, "spurious claim", _surface(pred, passage.text),
                                   detail))
    found = Score(tp=len(detected), fp=len(predicted) - len(detected), fn=len(gold) - len(detected))
    whole = Score(tp=len(complete), fp=len(predicted) - len(complete), fn=len(gold) - len(complete))
    return found, whole


def _field(gold: GoldClaim, name: str) -> Any:
    return (gold.exporter, gold.importer) if name == "parties" else getattr(gold, name)


def _pred_field(pred: Any, name: str) -> Any:
    if name == "parties":
        return (_get(pred, "exporter"), _get(pred, "importer"))
    return _get(pred, name)


def _surface(item: Any, text: str) -> str:
    surface = _get(item, "surface")
    return str(surface) if surface else text[int(_get(item, "start")):int(_get(item, "end"))]


def _describe(gold: GoldQuantity, text: str, predicted: list[Any]) -> str:
    near = [p for p in predicted if spans_overlap(p, gold)]
    wanted = f"{gold.value:g} {gold.unit}"
    if not near:
        return wanted
    got = ", ".join(f"{_get(p, 'value')} {_get(p, 'unit')}" for p in near)
    return f"{wanted}; overlapping prediction {got}"
