"""Units of electricity: `1.68 billion units` of power are kilowatt-hours.

In South Asian power reporting (Nepal, Bhutan, India, Bangladesh) a `unit` of electricity is
one kilowatt-hour: `the utility shipped 10.70 crore units`, `an average of Rs 7.63 per unit`.
`units of electricity` (or of power, of energy) are kilowatt-hours wherever they are written. A
count of units written right after its number (not `5,000 housing units`, not spelled out:
`the plant has four units`), or a price per unit, is read so when electricity is named in its
own clause (`power_unit_cues` in the quantity lexicon), or in the sentence before when its own
sentence names nothing else counted in units (cars, homes, phones: `Tata Motors sold 45,000
units`); `units of housing` stay units.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from tradetrace.extract.quantity_groups import Draft
from tradetrace.extract.quantity_lexicon import lexicon
from tradetrace.extract.tries import word_trie

POWER_UNIT = "kilowatt_hour"
_COUNTED = "unit"
_WINDOW = 400
"""How far back the sentence before a count of units may open."""
_OF_POWER = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:(?:surplus|hydro|hydroelectric|clean|solar|wind|"
                       r"monsoon|renewable|green|excess|spare|additional|extra|firm|thermal|"
                       r"cheap|imported|exported|Indian|Nepali|Nepalese|Bhutanese)[ \u00a0]+){0,2}"
                       r"(?:electricity|power|energy)(?![\w-])"
                       r"(?=[ \u00a0]*(?:[.,;:)!?\u2014\u2013]|$|\n|[ \u00a0]+(?:to|from|in|into|"
                       r"for|at|by|during|on|over|through|via|under|between|and|or|was|were|is|"
                       r"are|has|had|worth|valued|than|last|this|that|which|a|per|annually|daily|"
                       r"monthly)\b))", re.IGNORECASE)
"""After a count of units: electricity, with up to two words before it from a short list (`of
surplus monsoon power`, `of hydro power`), ending its noun phrase (followed by punctuation, a
preposition or a clause's end): not `of solar power inverters`, `of power tillers`, `of their
energy drink`, `of the power plant`."""
_OF_OTHER = re.compile(r"[ \u00a0]+of[ \u00a0]+[a-z]", re.IGNORECASE)
_RIGHT_AFTER_NUMBER = re.compile(r"[\d.,]+(?:[ \u00a0]+(?:million|billion|thousand|crore|lakh|mn|"
                                 r"bn|mln))?[ \u00a0]+units?$", re.IGNORECASE)
_WRITTEN_UNIT = re.compile(r"units?$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\"“(])|\n")
_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")
_GOES_ON = re.compile(r"\b(?:a[ \u00a0]+year[ \u00a0]+(?:earlier|before|ago)|earlier|previous|"
                      r"compared[ \u00a0]+(?:with|to)|(?:up|down)[ \u00a0]+from|had[ \u00a0]+"
                      r"(?:reached|stood|been|totalled|totaled)|against|than|exports?|exported|"
                      r"imports?|imported|shipped|supplied|sold|sales|purchased|bought|traded|"
                      r"transmitted|wheeled|power|electricity|energy)\b", re.IGNORECASE)
"""In the sentence after a count of kilowatt-hours: a comparison back to it or a flow, so a
count of units in it goes on counting electricity."""
_CLAUSE_BREAK = re.compile(r";|,?\s+(?:while|whereas|but)\s|,\s+and\s", re.IGNORECASE)


@cache
def _cues() -> re.Pattern[str]:
    return _words(tuple(lexicon().data["power_unit_cues"]), case_blind=False)


@cache
def _other_units() -> re.Pattern[str]:
    """Things also counted in `units` (and their makers): a sentence naming them counts them."""
    return _words(tuple(lexicon().data["power_unit_others"]), case_blind=True)


def _words(words: tuple[str, ...], case_blind: bool) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + word_trie(words, space=r"\s+") + r")(?![\w])",
                      re.IGNORECASE if case_blind else 0)


def read_power_units(text: str, drafts: list[Draft]) -> list[Draft]:
    """Counts of `units` and prices per unit in a passage about electricity, in kWh."""
    result: list[Draft] = []
    last_power: int | None = None
    for draft in drafts:
        counted = draft.unit == _COUNTED
        priced = draft.unit.endswith("/" + _COUNTED)
        if counted and _OF_POWER.match(text, draft.end):
            draft = replace(draft, unit=POWER_UNIT, unit_kind="physical")
        elif counted and not draft.spelled and not _OF_OTHER.match(text, draft.end) and (
                not _WRITTEN_UNIT.search(text, draft.start, draft.end) or
                _RIGHT_AFTER_NUMBER.search(text, draft.start, draft.end)) and (
                _about_power(text, draft) or _after_power_count(text, draft, last_power)):
            # (a count whose unit is carried from the next one: `495.7 million and 559.4
            # million units`)
            draft = replace(draft, unit=POWER_UNIT, unit_kind="physical")
        elif priced and _about_power(text, draft):
            draft = replace(draft, unit=draft.unit[:-len(_COUNTED)] + POWER_UNIT)
        if draft.unit == POWER_UNIT:
            last_power = draft.end
        result.append(draft)
    return result


def _after_power_count(text: str, draft: Draft, last_power: int | None) -> bool:
    """Whether a count of units follows a count of kilowatt-hours in its own sentence or the
    next (not across a blank line), with nothing else counted in units named in its own
    sentence, and the next sentence comparing back to it or naming a flow (`The utility shipped
    10.70 crore units of power ... A year earlier exports had reached just 3.47 crore units`):
    the passage goes on counting electricity."""
    if last_power is None or draft.start - last_power > _WINDOW:
        return False
    stops = [m.end() for m in _SENTENCE_END.finditer(text, last_power, draft.start)]
    opens = stops[-1] if stops else last_power
    ends = _SENTENCE_END.search(text, draft.end)
    closes = ends.end() if ends else len(text)
    if _other_units().search(text, opens, closes):
        return False
    if not stops:
        return True
    if text[stops[0]:opens].strip() or _BLANK_LINE.search(text, last_power, draft.start):
        return False
    return _GOES_ON.search(text, opens, closes) is not None or \
        _cues().search(text, opens, closes) is not None


def _about_power(text: str, draft: Draft) -> bool:
    """Electricity named in the quantity's clause, or in the sentence before when its own
    sentence names nothing else counted in units."""
    low = max(0, draft.start - _WINDOW)
    stops = [m.end() for m in _SENTENCE_END.finditer(text, low, draft.start)]
    opens = stops[-1] if stops else low
    ends = _SENTENCE_END.search(text, draft.end)
    closes = ends.end() if ends else len(text)
    breaks_before = [m.end() for m in _CLAUSE_BREAK.finditer(text, opens, draft.start)]
    break_after = _CLAUSE_BREAK.search(text, draft.end, closes)
    clause = (breaks_before[-1] if breaks_before else opens,
              break_after.start() if break_after else closes)
    if _other_units().search(text, *clause):
        return False
    if _cues().search(text, *clause):
        return True
    before = stops[-2] if len(stops) >= 2 else low
    return bool(stops) and not _other_units().search(text, opens, closes) and \
        not _cues().search(text, opens, closes) and \
        _cues().search(text, before, opens) is not None
