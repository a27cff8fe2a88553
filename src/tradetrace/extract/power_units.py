"""Units of electricity: `1.68 billion units` of power are kilowatt-hours.

In South Asian power reporting (Nepal, Bhutan, India, Bangladesh) a `unit` of electricity is
one kilowatt-hour: `the utility shipped 10.70 crore units`, `an average of Rs 7.63 per unit`.
A count of units, or a price per unit, is read as kilowatt-hours when its sentence or the
one before it speaks of electricity (`power_unit_cues` in the quantity lexicon) and no
other noun follows it (`units of housing` stay units).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from tradetrace.extract.quantity_groups import Draft
from tradetrace.extract.quantity_lexicon import lexicon

POWER_UNIT = "kilowatt_hour"
_COUNTED = "unit"
_WINDOW = 400
"""How far back the sentence before a count of units may open."""
_OTHER_NOUN = re.compile(r"[ \u00a0]+of[ \u00a0]+(?!(?:electricity|power|energy|surplus|"
                         r"hydro)\b)[a-z]", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\"“(])|\n")


@cache
def _cues() -> re.Pattern[str]:
    words = sorted(lexicon().data["power_unit_cues"], key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w])")


def read_power_units(text: str, drafts: list[Draft]) -> list[Draft]:
    """Counts of `units` and prices per unit in a passage about electricity, in kWh."""
    result: list[Draft] = []
    for draft in drafts:
        counted = draft.unit == _COUNTED
        priced = draft.unit.endswith("/" + _COUNTED)
        if (counted or priced) and _about_power(text, draft) and not (
                counted and _OTHER_NOUN.match(text, draft.end)):
            unit = POWER_UNIT if counted else draft.unit[:-len(_COUNTED)] + POWER_UNIT
            draft = replace(draft, unit=unit, unit_kind="physical" if counted
                            else draft.unit_kind)
        result.append(draft)
    return result


def _about_power(text: str, draft: Draft) -> bool:
    """Electricity named in the quantity's sentence or the one before it."""
    low = max(0, draft.start - _WINDOW)
    stops = [m.end() for m in _SENTENCE_END.finditer(text, low, draft.start)]
    opens = stops[-2] if len(stops) >= 2 else low
    ends = _SENTENCE_END.search(text, draft.end)
    return _cues().search(text, opens, ends.end() if ends else len(text)) is not None
