"""Score `extract_quantities` on the NewsQuant gold set with the CQE authors' metrics.

    .venv/bin/python bench/newsquant.py [--data PATH] [--split dev|test|all] [--errors N]
                                        [--metric value|value+unit|value+unit(exact)|value+change]

Per sentence, predictions and gold quantities are matched one to one (greedily, gold order).
A prediction matches on *value* when the numbers are `math.isclose(rel_tol=1e-5)` (a range must
match both ends; gold ranges may be written `lo-hi` or `lo - hi`); on *value+unit* when, in
addition, the units agree; on *value+change* when, in addition, our bound or change equals their
`change` label (see below). P = matches / predictions, R = matches / gold. `--data` also reads the
CQE-formatted Recognizers-Text files next to NewsQuant (they have no `change`: read as `=`).

How units are compared (our canonical codes against CQE's `normalized_unit` names):
- our code is mapped to CQE's vocabulary by `UNIT_ALIASES` (`USD` -> `dollar`, `t` -> `ton` or
  `metric ton` by the surface, `x` -> `count`, `kilometer` -> `kilometre`, ...; our pence
  written with the symbol `p` (`118.5p`) -> `point`, the word CQE's normalizer gives that
  symbol), and both sides
  are compared lower-cased with hyphens and underscores read as spaces (`milliampere-hour`);
- a counted noun (our unit is a lower-case word such as `vehicle`) matches CQE's noun phrase when
  it is one of its words, singularized: CQE keeps modifiers and concept words (`Kia Hyundai
  vehicle`, `different boss`, `proud moment life`), we keep the counted thing;
- a bare fraction below one of ours (`two-thirds`, `half`) matches CQE's proportion units, which
  start with `%` (`% digital physical sale`, `% -`).
- CQE has a plain `rupee` beside `indian rupee`: our INR written `rupees` or `Rs` is its
  `rupee` (`RUPEE_SURFACES`);
- CQE has units of its own for two surfaces that we read as a plain unit: `pound-feet` (its
  `pound-foot`; our `foot_pound`, which it calls `foot pound-force` when written `lb-ft`) and
  `barrels of oil` (its `barrel of oil`; our `bbl`, whose span stops before `of oil`, so
  `read_oil_barrels` looks at the words after it);
`value+unit(exact)` is the same metric without the last two rules, for reference.

*value+change*: CQE gives one label per quantity; where a quantity has both a hedge and a
direction (`up about 19 per cent`), their gold labels the hedge, so we compare our bound first
and our change only when the bound is `=`. CQE labels a direction only when a verb or adverb
states it (`rose 5%`, `grew by 3%`, `up 2%`); a change stated by a noun or comparative around
the amount (`a 3 percent drop`, `a decrease of 400,000 barrels a day`, `finished 34.4% higher`)
is `=` in its gold. We give those amounts their direction, because the claim layer needs it;
before scoring, a change read from the words after the amount (`change_after`, the quantity
layer's own reading) or from a change noun and `of` just before it (`read_noun_changes`) is
read as CQE's `=`, unless a verb before the amount states it too (`rose 3% higher`).
`value+change(exact)` is the same metric without this mapping.

How our records are read: the claim layer needs a movement `fell from $36,040 to $34,935` as
two levels, so the quantity layer emits two quantities; CQE annotates the same words as one
quantity whose value is `from-to` (`36040-34935`). Before scoring, two consecutive predictions
of the same unit joined by `from X to Y` are read as that one quantity (value X, value_max Y,
the first one's change or bound); this is a representation mapping, by words, never by sentence.

Fractions in words: we give a proportion in words as a percent (`a fifth of its imports` -> 20
percent, `two-thirds` -> 66.67, `halved` -> 50 percent down: docs/claim-conventions.md); CQE
writes it as the bare fraction (0.2, 0.6666666666666666) with a `% ...` proportion unit. Before
scoring, a percent whose surface has no digit and no percent word or sign (`read_fractions`) is
read back as that fraction (value / 100, exact for thirds: 66.67 -> 2/3), so the `%` rule of
*value+unit* compares it; a percent written with digits is never touched.

Prefixed tonnes: we give `5 kt` and `127 gigatonnes` in tonnes (5000 t, 1.27e11 t), as the
issue asks; CQE keeps the prefixed unit (`127 gigaton`). Before scoring, tonnes whose surface
is a prefixed tonne (`read_prefixed_tonnes`) are read back in that unit.

Cents: we give a sum in cents in the dollars it is a hundredth of (`63 cents per share` ->
0.63 USD/share, `up 19 cents` -> 0.19 USD), as every sum is in its ISO currency; CQE keeps
cents. Before scoring, dollars whose surface is in cents (`read_cents`) are read back in cents.

Growth rates: we give `growing 5 percent a year` as a percentage with the time outside the
span, as our gold sets do; CQE writes `percentage per year`. Before scoring, a percent followed
by `a year` (`read_growth_rates`) is read in that unit.

Signed percents: we read `(-8.6%)` as a fall of 8.6 percent (value 8.6, change down), as `+1%`
is a rise of 1 (docs/claim-conventions.md); CQE keeps the sign in the value (as in its
`$-50.8bn` -> -50800000000, change `down`). Before scoring, a percent with change down whose
surface starts with a minus sign (`read_signs`) gets its sign back; nothing else is touched.

`--split dev` (even-indexed sentences) is for error analysis; `--split test` (odd-indexed) is
kept for checking that rules generalise; `all` is the reported figure.
The data is read from the shared benchmark folder at run time; nothing of it is kept here.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from tradetrace.extract.quantities import extract_quantities
from tradetrace.extract.quantity_context import change_after, change_before, singular
from tradetrace.extract.quantity_lexicon import lexicon
from tradetrace.model import Quantity

DEFAULT_DATA = Path("/work/shared/benchmarks/newsquant/NewsQuant.json")

PUBLISHED = {
    "CQE": {"value": (92.0, 91.9, 92.0), "value+unit": (85.6, 85.5, 85.6),
            "value+unit(exact)": (None, None, None), "value+change": (None, None, 88.1),
            "value+change(exact)": (None, None, None)},
    "quantulum3": {"value": (65.0, 83.3, 73.0), "value+unit": (42.1, 53.9, 47.2),
                   "value+unit(exact)": (None, None, None),
                   "value+change": (None, None, None), "value+change(exact)": (None, None, None)},
}

# Our unit codes -> CQE's normalized unit vocabulary (by unit, never by sentence).
UNIT_ALIASES: dict[str, str] = {
    "": "-", "percent": "percentage", "percentage_point": "percentage point",
    "basis_point": "basis point", "ppb": "parts-per-billion", "ppm": "parts-per-million",
    "mpg": "mile per gallon", "point": "point", "x": "count", "cent": "cent",
    "year_of_age": "year of age", "bbl": "barrel", "bbl/d": "barrel per day",
    "t/yr": "metric ton per year", "t/d": "metric ton per day", "yr": "year", "d": "day",
    "USD": "dollar", "EUR": "euro", "GBP": "pound sterling", "JPY": "japanese yen",
    "CNY": "chinese yuan", "AUD": "australian dollar", "CAD": "canadian dollar",
    "HKD": "hong kong dollar", "NZD": "new zealand dollar", "SGD": "singapore dollar",
    "ILS": "shekel", "MYR": "malaysian ringgit", "INR": "indian rupee", "KRW": "south korean won",
    "KPW": "north korean won", "RUB": "russian ruble", "CHF": "swiss franc", "TWD": "taiwan dollar",
    "BRL": "brazilian real", "ZAR": "south african rand", "PHP": "philippine peso",
    "MXN": "mexican peso", "TRY": "turkish lira", "DKK": "danish krone", "SEK": "swedish krona",
    "NOK": "norwegian krone", "HRK": "croatian kuna", "CZK": "czech koruna",
    "HUF": "hungarian forint", "PLN": "polish złoty", "metric_horsepower": "horsepower",
    "kip_per_square_inch": "kilopound per square inch",
    "UAH": "ukrainian hryvnia", "AED": "united arab emirates dirham", "SAR": "saudi riyal",
    "IDR": "indonesian rupiah", "IRR": "iranian rial", "BTC": "bitcoin", "CRC": "costa rican colón",
    "LAK": "lao kip", "KES": "kenyan shilling", "ARS": "argentine peso", "CLP": "chilean peso",
    "COP": "colombian peso", "PEN": "peruvian sol",
    "kilometer": "kilometre", "meter": "metre", "centimeter": "centimetre",
    "millimeter": "millimetre", "micrometer": "micrometre", "nanometer": "nanometre",
    "liter": "litre", "milliliter": "millilitre", "square_meter": "square metre",
    "square_kilometer": "square kilometre", "cubic_meter": "cubic metre",
    "cubic_kilometer": "cubic kilometre",
    "kilometer_per_hour": "kilometre per hour", "mile_per_hour": "mile per hour",
    "degree_Celsius": "celsius", "degree_Fahrenheit": "fahrenheit", "pound": "pound-mass",
    "revolutions_per_minute": "revolutions per minute", "british_thermal_unit":
        "british thermal unit", "megabritish_thermal_unit": "mega british thermal unit",
    "MMBtu": "mega british thermal unit",
    "pound_force_per_square_inch": "pound-force per square inch",
    "newton_meter": "newton metre", "foot_pound": "foot pound-force",
    "square_foot": "square foot", "penny": "penny",
}
TON_SURFACES = re.compile(r"^(?:tons?|short tons?)$", re.IGNORECASE)
"""`tons` is CQE's `ton`; `tonnes`/`metric tons` are `metric ton`."""
RUPEE_SURFACES = re.compile(r"^(?:rupees?|rs\.?)$", re.IGNORECASE)
POUND_FEET = re.compile(r"^pound[- ]f(?:ee|oo)t$", re.IGNORECASE)
PREFIXED_TONNES = re.compile(r"^(kilo|mega|giga|k|M|G)(?:ton(?:ne)?s?|t)$")
_OF_OIL = re.compile(r"[ \u00a0]of[ \u00a0]oil\b", re.IGNORECASE)
_CHANGE_NOUN_OF = re.compile(
    r"(?<![\w-])(?:" + "|".join(sorted(lexicon().change_nouns, key=len, reverse=True))
    + r")[ \u00a0]of[ \u00a0](?:(?:about|around|roughly|nearly|almost|some|just|over|under|"
    r"more than|less than|up to)[ \u00a0])?$", re.IGNORECASE)
_RANGE = re.compile(
    r"^(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?) ?- ?(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)$")
_FROM_BEFORE = re.compile(r"\bfrom(?:[ \u00a0](?:about|around|roughly|nearly|almost|some|just|"
                          r"up to|over|under|more than|less than))?[ \u00a0]$", re.IGNORECASE)
_TO_BETWEEN = re.compile(r"^[^;:,()]{0,30}?[ \u00a0]to(?:[ \u00a0](?:about|around|roughly|nearly|"
                         r"almost|some|just|over|under|more than|less than))?[ \u00a0]$",
                         re.IGNORECASE)


def normalized_unit(quantity: Quantity) -> str:
    """Our unit in CQE's vocabulary."""
    if quantity.unit == "t":
        return "ton" if TON_SURFACES.match(quantity.unit_surface) else "metric ton"
    if quantity.unit == "penny" and quantity.unit_surface == "p":
        return "point"  # CQE's normalizer reads the symbol `p` (`118.5p`) as `point`
    if quantity.unit == "INR" and RUPEE_SURFACES.match(quantity.unit_surface):
        return "rupee"  # CQE's plain `rupee` (surfaces rupee(s), rs); `indian rupee` is INR, ₹
    if quantity.unit == "foot_pound" and POUND_FEET.match(quantity.unit_surface):
        return "pound-foot"  # CQE's own unit for `pound-feet`; `lb-ft` is its `foot pound-force`
    if quantity.unit == "bbl" and quantity.unit_surface.endswith(" of oil"):
        return "barrel of oil"  # CQE's own unit for `barrels of oil` (see `read_oil_barrels`)
    if quantity.unit in UNIT_ALIASES:
        return UNIT_ALIASES[quantity.unit]
    if "/" in quantity.unit:
        return " per ".join(UNIT_ALIASES.get(part, part.replace("_", " "))
                            for part in quantity.unit.split("/"))
    return quantity.unit.replace("_", " ")


def _comparable(unit: str) -> str:
    return " ".join(unit.lower().replace("-", " ").replace("_", " ").split())


def _counted_noun(unit: str) -> bool:
    return (unit.isalpha() and unit.islower() and unit not in UNIT_ALIASES)


def read_movements(text: str, predictions: Sequence[Quantity]) -> list[Quantity]:
    """Our `from X to Y` pair (two levels) as CQE's one `X-Y` quantity (see module docstring)."""
    result: list[Quantity] = []
    i = 0
    while i < len(predictions):
        p = predictions[i]
        if i + 1 < len(predictions):
            q = predictions[i + 1]
            same_unit = p.unit == q.unit or not p.unit or not q.unit
            if (same_unit and p.value_max is None and q.value_max is None
                    and _FROM_BEFORE.search(text[max(0, p.start - 20):p.start])
                    and _TO_BETWEEN.match(text[p.end:q.start])):
                result.append(replace(p, end=q.end, value_max=q.value, unit=p.unit or q.unit,
                                      unit_surface=p.unit_surface or q.unit_surface,
                                      surface=text[p.start:q.end]))
                i += 2
                continue
        result.append(p)
        i += 1
    return result


_SPELLED_PERCENT = re.compile(r"[\d%]|per[ \u00a0-]?cent|pct", re.IGNORECASE)


def read_fractions(predictions: Sequence[Quantity]) -> list[Quantity]:
    """Our percent for a fraction in words as CQE's bare fraction (see module docstring)."""
    result = []
    for p in predictions:
        if p.unit == "percent" and not _SPELLED_PERCENT.search(p.surface):
            fraction = p.value / 100
            for denominator in (3, 6, 8, 4, 5, 10):  # 33.33 -> 1/3 as CQE writes it
                numerator = round(fraction * denominator)
                if abs(fraction * denominator - numerator) < 0.01:
                    fraction = numerator / denominator
                    break
            p = replace(p, value=fraction, unit="", unit_surface="")
        result.append(p)
    return result


def read_oil_barrels(text: str, predictions: Sequence[Quantity]) -> list[Quantity]:
    """Our barrels followed by `of oil` as CQE's unit `barrel of oil` (see module docstring)."""
    return [replace(p, unit_surface=p.unit_surface + " of oil") if (
        p.unit == "bbl" and _OF_OIL.match(text, p.end)) else p for p in predictions]


def read_prefixed_tonnes(predictions: Sequence[Quantity]) -> list[Quantity]:
    """Our tonnes written with an SI prefix (`127 gigatonnes` -> 1.27e11 t) in CQE's prefixed
    unit (`127 gigaton`; see module docstring)."""
    result = []
    for p in predictions:
        prefixed = PREFIXED_TONNES.match(p.unit_surface) if p.unit in ("t", "t/yr") else None
        if prefixed is not None:
            prefix = prefixed.group(1)[0].lower()
            factor = {"k": 1e3, "m": 1e6, "g": 1e9}[prefix]
            name = {"k": "kiloton", "m": "megaton", "g": "gigaton"}[prefix]
            p = replace(p, value=p.value / factor,
                        value_max=None if p.value_max is None else p.value_max / factor,
                        unit=name + p.unit[1:].replace("/yr", " per year"))
        result.append(p)
    return result


_CENTS = re.compile(r"\bcents?\b|¢", re.IGNORECASE)


def read_cents(predictions: Sequence[Quantity]) -> list[Quantity]:
    """Our dollars written in cents as CQE's cents (see module docstring)."""
    result = []
    for p in predictions:
        money, slash, per = p.unit.partition("/")
        if money == "USD" and _CENTS.search(p.surface):
            p = replace(p, value=p.value * 100, unit="cent" + slash + per,
                        value_max=None if p.value_max is None else p.value_max * 100)
        result.append(p)
    return result


_A_YEAR_AFTER = re.compile(r"[ \u00a0]+(?:a|per|each)[ \u00a0]+(?:year|annum)\b")


def read_growth_rates(text: str, predictions: Sequence[Quantity]) -> list[Quantity]:
    """Our percent before `a year` as CQE's percent per year (see module docstring)."""
    return [replace(p, unit="percent/year") if p.unit == "percent" and _A_YEAR_AFTER.match(
        text, p.end) else p for p in predictions]


def read_signs(predictions: Sequence[Quantity]) -> list[Quantity]:
    """Our fall written `-8.6%` as CQE's signed value (see module docstring)."""
    return [replace(p, value=-p.value) if (
        p.unit in ("percent", "percentage_point") and p.change == "down" and p.value > 0
        and p.surface.startswith(("-", "\u2212"))) else p for p in predictions]


def read_noun_changes(text: str, predictions: Sequence[Quantity]) -> list[Quantity]:
    """Our direction stated by a noun or comparative around the amount as CQE's `=` (see
    module docstring): `a 3 percent drop`, `a decrease of 400,000 barrels`, `34.4% higher`."""
    return [replace(p, change=None) if p.change is not None and (
        (change_after(text, p.end) is not None
         and change_before(text, p.start, verbs_allowed=True) is None)
        or _CHANGE_NOUN_OF.search(text, max(0, p.start - 40), p.start) is not None)
        else p for p in predictions]


def gold_values(value: str) -> tuple[float, float | None]:
    match = _RANGE.match(value.strip())
    if match:
        return float(match.group(1)), float(match.group(2))
    return float(value), None


def value_match(prediction: Quantity, gold: dict[str, str]) -> bool:
    try:
        low, high = gold_values(gold["value"])
    except ValueError:
        return False
    if not math.isclose(prediction.value, low, rel_tol=1e-5):
        return False
    if high is None:
        return prediction.value_max is None
    return prediction.value_max is not None and math.isclose(prediction.value_max, high,
                                                             rel_tol=1e-5)


def exact_unit_match(prediction: Quantity, gold: dict[str, str]) -> bool:
    return value_match(prediction, gold) and (
        _comparable(normalized_unit(prediction)) == _comparable(gold["normalized_unit"]))


def unit_match(prediction: Quantity, gold: dict[str, str]) -> bool:
    """As `exact_unit_match`, but a counted noun matches CQE's noun phrase by one of its words
    (singularized): we keep `country` for `seven European countries` where CQE keeps
    `european country`; and a bare fraction matches CQE's `% ...` proportion units."""
    if exact_unit_match(prediction, gold):
        return True
    theirs = _comparable(gold["normalized_unit"]).split()
    if not (value_match(prediction, gold) and theirs):
        return False
    if theirs[0] == "%":  # CQE's `% Germans` for `one out of three Germans`, `half of which`
        return prediction.unit == "" and 0 < prediction.value < 1
    return _counted_noun(prediction.unit) and prediction.unit in {singular(w) for w in theirs}


def change_match(prediction: Quantity, gold: dict[str, str]) -> bool:
    ours = prediction.bound if prediction.bound != "=" else (prediction.change or "=")
    return value_match(prediction, gold) and ours == gold.get("change", "=")


@dataclass
class Score:
    matched: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


Matcher = Callable[[Quantity, dict[str, str]], bool]


def match_sentence(predictions: Sequence[Quantity], gold: Sequence[dict[str, str]],
                   matches: Matcher) -> tuple[int, list[int], list[int]]:
    """One-to-one greedy matching: (count, unmatched prediction idx, unmatched gold idx)."""
    used: set[int] = set()
    missed: list[int] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predictions):
            if pi not in used and matches(p, g):
                used.add(pi)
                break
        else:
            missed.append(gi)
    spurious = [pi for pi in range(len(predictions)) if pi not in used]
    return len(used), spurious, missed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--errors", type=int, default=0, help="print N mismatching sentences")
    parser.add_argument("--split", choices=["dev", "test", "all"], default="all",
                        help="dev = even-indexed sentences, test = odd-indexed (error analysis on"
                             " dev only, to keep rules general)")
    parser.add_argument("--metric", choices=["value", "value+unit", "value+unit(exact)",
                                             "value+change", "value+change(exact)"],
                        default="value", help="which metric --errors lists")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"NewsQuant data not found at {args.data}; pass --data PATH", file=sys.stderr)
        return 2
    sentences = json.loads(args.data.read_text(encoding="utf-8"))
    if args.split != "all":
        sentences = sentences[0 if args.split == "dev" else 1::2]
    metrics: dict[str, Matcher] = {"value": value_match, "value+unit": unit_match,
                                   "value+unit(exact)": exact_unit_match,
                                   "value+change": change_match,
                                   "value+change(exact)": change_match}
    scores = {name: Score() for name in metrics}
    shown = 0
    for sentence in sentences:
        text = sentence["text"]
        exact = read_growth_rates(text, read_oil_barrels(text, read_prefixed_tonnes(read_cents(
            read_signs(read_fractions(read_movements(text, extract_quantities(text))))))))
        as_cqe = read_noun_changes(sentence["text"], exact)
        gold = sentence["quantities"]
        for name, matcher in metrics.items():
            predictions = as_cqe if name == "value+change" else exact
            count, spurious, missed = match_sentence(predictions, gold, matcher)
            score = scores[name]
            score.matched += count
            score.predicted += len(predictions)
            score.gold += len(gold)
            if name == args.metric and shown < args.errors and (spurious or missed):
                shown += 1
                print(sentence["text"])
                for pi in spurious:
                    p = predictions[pi]
                    print(f"   + {p.surface!r} {p.value:g}"
                          f"{'' if p.value_max is None else f'-{p.value_max:g}'} "
                          f"[{normalized_unit(p)}] {p.change or p.bound}")
                for gi in missed:
                    g = gold[gi]
                    print(f"   - {g['value']} [{g['normalized_unit']}] {g.get('change')}"
                          f"  ({g.get('unit')})")
    print(f"NewsQuant ({args.split}): {len(sentences)} sentences, "
          f"{scores['value'].gold} gold quantities, {scores['value'].predicted} predicted")
    print(f"{'metric':<14}{'tradetrace P/R/F1':>24}{'CQE P/R/F1':>22}{'quantulum3':>22}")
    for name, score in scores.items():
        ours = f"{100 * score.precision:.1f}/{100 * score.recall:.1f}/{100 * score.f1:.1f}"
        cells = []
        for system in ("CQE", "quantulum3"):
            p, r, f = PUBLISHED[system][name]
            cells.append("/".join("–" if x is None else f"{x:.1f}" for x in (p, r, f)))
        print(f"{name:<20}{ours:>18}{cells[0]:>22}{cells[1]:>22}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
