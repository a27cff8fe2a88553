"""The country whose customs or statistics office is a claim's source: it records its own side of
every flow (`Russian customs put trade with the DPRK at ...` -> RUS, PRK)."""

from __future__ import annotations

import re

from tradetrace.extract.cues import lexicon
from tradetrace.extract.parties import find_countries
from tradetrace.extract.roles import Parties


def reporter_of(text: str, start: int, end: int) -> str | None:
    """The country whose customs (or statistics office) is the source `text[start:end]`
    (`Russian customs`, `China's customs data`): it records its own side of every flow."""
    if not lexicon("national_reporters").search(text, start, end):
        return None
    codes = {m.code for m in find_countries(text, start, end) if m.code}
    return codes.pop() if len(codes) == 1 else None


_TOTAL_WORDS = re.compile(r"\b(?:total|overall|foreign|external|global|worldwide)\b",
                          re.IGNORECASE)


def with_reporter(parties: Parties, reporter: str | None, text: str,
                  clause: tuple[int, int]) -> Parties:
    """A flow with one side known, from a country's customs: the reporter is the other side
    (`Russian customs put trade with the DPRK at ...` -> RUS, PRK; `North Korean goods brought
    in fell ...` -> PRK, RUS). A country's total trade (`North Korea's total trade`) stays its
    own."""
    if reporter is None or parties.joint or (parties.exporter is None) == (
            parties.importer is None):
        return parties
    known = parties.exporter or parties.importer
    if known == reporter:
        return parties
    if parties.importer is None and parties.two_way and _TOTAL_WORDS.search(text, *clause):
        return parties
    if parties.exporter is None:
        return Parties(reporter, parties.importer, parties.two_way)
    return Parties(parties.exporter, reporter, parties.two_way)
