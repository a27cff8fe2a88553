"""Reading the number itself: digit strings with separators, spelled-out numbers, fractions.

Pure functions over one already-matched token; the quantity scanner (`extract/quantities.py`)
finds the tokens and hands their text here. Nothing here looks at context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tradetrace.extract.quantity_lexicon import lexicon

_GROUP_SEPARATORS = "\u00a0\u202f\u2009 "


@dataclass(frozen=True)
class Reading:
    """A number read from the start of a token: its value and how many characters it used."""

    value: float
    length: int
    """Characters of the token the number covers (a token may end with unread text)."""
    grouped: bool = False
    """True when written with thousands separators (`160,000`): never a year."""
    decimal: bool = False
    """True when written with a fractional part (`58.5`)."""


_THREE = re.compile(r"\d{3}")
_SPACED_DECIMAL_TAIL = re.compile(r"\d{3}\.\d+")


def _all_triples(groups: list[str]) -> bool:
    return all(_THREE.fullmatch(g) for g in groups)


def read_digits(token: str) -> Reading | None:
    """Value of a digit token such as `160,000`, `58.5`, `1.234.567`, `60.000`, `1.234,5`.

    Thousands separators are commas (or a plain, no-break or thin space) between groups of
    exactly three digits, or in the Indian lakh grouping (`12,34,567`). Dots are read as
    European thousands separators only where no decimal reading is plausible: two or more dot
    groups of three (`1.234.567`), a dot group followed by a decimal comma (`1.234,5`), or a
    single group `000` (`60.000`: nobody writes a decimal as .000).
    Returns None for tokens that are not one number (`1.2.3` version strings).
    """
    if not token:
        return None
    for sep in _GROUP_SEPARATORS:
        if sep in token:
            parts = token.split(sep)
            if 1 <= len(parts[0]) <= 3 and _all_triples(parts[1:]):
                token = "".join(parts)
                return Reading(float(token), _length_with(parts, sep), grouped=True)
            if 1 <= len(parts[0]) <= 3 and _all_triples(parts[1:-1]) and \
                    _SPACED_DECIMAL_TAIL.fullmatch(parts[-1]):
                # `1 150.1 tonnes`, `R1 519.02 billion`: spaced thousands with a decimal part
                return Reading(float("".join(parts)), _length_with(parts, sep), True, True)
            return read_digits(parts[0])
    if "," in token and "." in token:
        if token.index(",") < token.index("."):  # 1,234.5 (English), 12,34,567.8 (Indian)
            whole, _, frac = token.rpartition(".")
            groups = whole.split(",")
            if (1 <= len(groups[0]) <= 3 and _all_triples(groups[1:]) or _indian(groups)) and (
                    frac.isdigit()):
                return Reading(float("".join(groups) + "." + frac), len(token), True, True)
        else:  # 1.234,5 (European)
            whole, _, frac = token.rpartition(",")
            groups = whole.split(".")
            if 1 <= len(groups[0]) <= 3 and _all_triples(groups[1:]) and frac.isdigit():
                return Reading(float("".join(groups) + "." + frac), len(token), True, True)
        return _leading(token)
    if "," in token:
        groups = token.split(",")
        if 1 <= len(groups[0]) <= 3 and _all_triples(groups[1:]):
            return Reading(float("".join(groups)), len(token), grouped=True)
        if _indian(groups):
            return Reading(float("".join(groups)), len(token), grouped=True)
        return _leading(token)
    if "." in token:
        groups = token.split(".")
        if len(groups) == 2:
            whole, frac = groups
            if (whole and 1 <= len(whole) <= 3 and whole.lstrip("0") and frac == "000"):
                return Reading(float(whole) * 1000, len(token), grouped=True)
            return Reading(float(token if whole else "0" + token), len(token), decimal=True)
        if 1 <= len(groups[0]) <= 3 and _all_triples(groups[1:]):
            return Reading(float("".join(groups)), len(token), grouped=True)
        return None  # 1.2.3: a version, an address, a date
    return Reading(float(token), len(token))


def _indian(groups: list[str]) -> bool:
    """`12,34,567`: lakh grouping, pairs of digits before the last three."""
    return (len(groups) >= 3 and 1 <= len(groups[0]) <= 2 and len(groups[-1]) == 3
            and all(len(g) == 2 for g in groups[1:-1]) and all(g.isdigit() for g in groups))


def _length_with(parts: list[str], sep: str) -> int:
    return sum(len(p) for p in parts) + len(sep) * (len(parts) - 1)


def _leading(token: str) -> Reading | None:
    """The first plain number of a token that is not one number as a whole (`3,5,7`)."""
    match = re.match(r"\d+", token)
    if match is None:
        return None
    return Reading(float(match.group()), match.end())




def read_words(phrase: str) -> tuple[float, int] | None:
    """Value of a spelled-out number (`twenty-five`, `three hundred and two`, `two million`,
    `a dozen`, `a hundred`) and how many characters of `phrase` it covers.

    Reads the longest well-formed prefix: `one two` reads `one`.
    """
    ones = lexicon().number_words
    scales = lexicon().number_scale_words
    total = 0.0
    current = 0.0
    last = ""  # kind of the last token: one, ten, teen, hundred, scale
    consumed = 0
    seen_number = False
    pos = 0
    for match in re.finditer(r"[A-Za-z]+", phrase):
        word = match.group().lower()
        gap = phrase[pos:match.start()]
        if pos and gap.strip(" -\u00a0").lower() not in ("", "and"):
            break
        if word == "and":
            pos = match.end()
            continue
        if word == "a" and not seen_number:
            current, last = 1.0, "a"
        elif word == "dozen":
            current = (current or 1.0) * 12
            last = "scale"
        elif word in ones:
            value = float(ones[word])
            kind = "ten" if value >= 20 and value % 10 == 0 else ("teen" if value >= 10 else "one")
            if last == "ten" and kind == "one" and value > 0:
                current += value
            elif last in ("", "hundred", "scale") and not (last == "hundred" and current % 100):
                current += value
            else:
                break
            last = kind
        elif word == "hundred":
            if last not in ("one", "teen", "ten", "a") or current >= 100:
                break
            current *= 100
            last = "hundred"
        elif word in scales:
            if last not in ("one", "teen", "ten", "hundred", "a"):
                break
            total += current * float(scales[word])
            current = 0.0
            last = "scale"
        else:
            break
        seen_number = seen_number or last != "a"
        consumed = match.end()
        pos = match.end()
    if not seen_number or consumed == 0:
        return None
    return total + current, consumed
