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
    return _owner_of_cues(text, lexicon("national_reporters").spans(text, start, end), start,
                          end)


def national_body_of(text: str, start: int, end: int) -> str | None:
    """The country of a national body that is the source `text[start:end]` and tells its own
    country's trade (`Bank of Botswana data`, `the Norwegian Seafood Council`; not `Standard Bank
    of South Africa` or `Bank of America`, commercial banks)."""
    cues = [(a, b) for a, b in lexicon("national_bodies").spans(text, start, end)
            if not (text[a:b].lower() == "bank of" and (
                _NOT_A_STATE_BANK.search(text, max(start, a - 30), a)
                or text[b:b + 8].strip().startswith("America")))]
    return _owner_of_cues(text, cues, start, end)


def _owner_of_cues(text: str, cues: list[tuple[int, int]], start: int, end: int) -> str | None:
    """The one country named in `text[start:end]` beside the body `cues` name, if any."""
    if not cues:
        return None
    mentions = [m for m in find_countries(text, start, end) if m.code]
    codes = {m.code for m in mentions}
    if len(codes) <= 1:
        return codes.pop() if codes else None
    # (`Chinese customs figures cited by South Korea's CBS`: the country the customs belongs to)
    owners = {m.code for m in mentions for cue_start, cue_end in cues
              if _OWNS_CUE.fullmatch(text, m.end, cue_start)
              or _CUE_OF.fullmatch(text, cue_end, m.start)}
    return owners.pop() if len(owners) == 1 else None


_CITED_DATA = re.compile(r"\b(?:from|citing|using|analysing|analyzing|of)\s+(?:the\s+)?"
                         r"(?P<source>(?:[A-Z][\w.’'-]*\s+){1,3}(?:customs|trade|official)\s+"
                         r"(?:data|figures|statistics|numbers|records)|(?:[A-Z][\w.’'-]*\s+){1,3}"
                         r"customs)\b")
"""A country's data cited as the source inside a sentence (`RIA Novosti calculated from Chinese
customs data`, `citing Indian trade figures`): the country names the data, not a side."""


def cited_data(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of `text[start:end]` that cite a country's data as a source."""
    return [match.span("source") for match in _CITED_DATA.finditer(text, start, end)]


_OWNS_CUE = re.compile(r"(?:['’]s?)?\s+(?:[A-Z][\w-]*\s+){0,2}")
"""Between a country and its customs: `Chinese customs`, `Russia's Federal Customs`."""
_CUE_OF = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:of|in)\s+(?:the\s+)?")
"""Between the customs and its country: `the customs administration of China`."""


_WORLD_WORDS = re.compile(r"\b(?:world|global|worldwide)\b", re.IGNORECASE)
_NOT_A_STATE_BANK = re.compile(r"[A-Z][\w&.-]*\s+$")
"""Before `Bank of`: a commercial bank's own name (`Standard Bank of South Africa`)."""
_TOTAL_WORDS = re.compile(r"\b(?:total|overall|foreign|external|global|worldwide)\b",
                          re.IGNORECASE)


def with_reporter(parties: Parties, reporter: str | None, text: str,
                  clause: tuple[int, int], kind: str | None = None,
                  body_only: bool = False) -> Parties:
    """A flow with one side known, from a country's customs: the reporter is the other side
    (`Russian customs put trade with the DPRK at ...` -> RUS, PRK; `North Korean goods brought
    in fell ...` -> PRK, RUS); with no side known, the reporter's own flow of `kind` (the
    clause's export or import verb). A country's total trade (`North Korea's total trade`)
    stays its own. A national body that is no customs (`body_only`: a central bank, a board or
    council of an industry) gives only a flow with no side known its side: it may speak of
    other countries' trade too."""
    if body_only and _WORLD_WORDS.search(text, *clause):
        return parties  # `World coffee exports fell 3%, the Colombian federation said`
    if reporter is not None and parties.empty and not parties.two_way and not parties.joint \
            and kind in ("export", "import"):
        # `Graphite exports came to 1,427 tonnes, according to Chinese customs data`: with no
        # country named, the reporter's own exports (or imports)
        return Parties(reporter, None) if kind == "export" else Parties(None, reporter)
    if reporter is None or body_only or parties.joint or (parties.exporter is None) == (
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
