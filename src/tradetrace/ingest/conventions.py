"""How sites lay out plain-text copies of articles, kept as data: one table of site profiles.

A profile says how to recognise a layout (`signature`: every regex must match some line), which
lines are boilerplate (`drop`), which line carries the publication date (`date_line`, group
`date`), which names the outlet (`outlet_line`, group `outlet`), where the header ends, and how to
find the title. `text.py` applies the first profile whose signature matches; the last profile,
`generic`, has no signature and matches everything.

Edit the tables below, not the code, to teach the reader a new layout.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from tradetrace.ingest.dates import DATE_TEXT

TitleRule = Literal["first_line", "repeated_line", "lede"]

_TIME = r"\d{1,2}:\d{2}(?:\s?[AP]M)?"

COMMON_DROP: tuple[str, ...] = (
    r"^The post .{1,300} appeared first on .{1,120}\.?$",
    r"^(?:Read|Continue reading) (?:more|the full (?:story|article)|at)\b.{0,160}$",
    r"^(?:Share|Share this article|Print|Email|Advertisement|Skip to (?:main )?content)$",
    r"^(?:Copyright|©|\(c\)) .{0,160}$",
)
"""Boilerplate lines removed wherever they appear, whatever the layout."""

PROFILES: tuple[dict[str, Any], ...] = (
    {
        "name": "feed-digest",
        "about": "A feed item forwarded as text (IFTTT-style recipe): body, then a line "
        "`February 19, 2025 at 01:53PM`, then `by Outlet(Description)`. No headline.",
        "signature": (rf"^(?:[A-Z][a-z]+ \d{{1,2}}, \d{{4}}) at {_TIME}$", r"^by \S.{0,80}$"),
        "date_line": rf"^(?P<date>[A-Z][a-z]+ \d{{1,2}}, \d{{4}}) at {_TIME}$",
        "outlet_line": r"^by (?P<outlet>[^()]{1,60}?)\s*(?:\([^)]*\))?$",
        "title": "lede",
    },
    {
        "name": "dong-a-ilbo",
        "about": "Page copy from the Dong-A Ilbo English site: `Go to contents` skip link, "
        "the headline twice, then `Posted May. 14, 2014 00:34,` before the body.",
        "outlet": "The Dong-A Ilbo",
        "signature": (r"^Go to contents$", r"^Posted [A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}"),
        "drop": (r"^Go to contents$",),
        "date_line": rf"^Posted (?P<date>[A-Z][a-z]{{2,8}}\.? \d{{1,2}}, \d{{4}})(?: {_TIME})?,?$",
        "header_ends_at_date": True,
        "title": "repeated_line",
    },
    {
        "name": "news-page",
        "about": "Copy of a newspaper web page: optional `Outlet | Section` line, the headline "
        "(often twice), then a `Posted Mar. 3, 2024 09:12` line before the body.",
        "signature": (rf"^Posted (?:on )?{DATE_TEXT}",),
        "date_line": rf"^Posted (?:on )?(?P<date>{DATE_TEXT})(?:,? {_TIME})?,?$",
        "outlet_line": r"^(?P<outlet>[A-Z][\w.&'’ -]{1,60}?) \| [A-Z][\w &-]{1,30}$",
        "header_ends_at_date": True,
        "title": "repeated_line",
    },
    {
        "name": "generic",
        "about": "Any text: a short first line without a final period, followed by a blank "
        "line, is the title; `Published:`/`Date:` lines or a dateline give the date.",
        "date_line": rf"^(?:Published|Posted|Date|Updated|Dated)\s*(?:on)?\s*:?\s*(?P<date>"
        rf"(?:[A-Z][a-z]+day,?\s+)?{DATE_TEXT})(?:,?\s+(?:at\s+)?{_TIME}.*)?$",
        "outlet_line": r"^(?:Source|Publisher|Outlet)\s*:\s*(?P<outlet>.{2,80})$",
        "header_drop": (r"^By [A-Z][\w.'’-]*(?:[ ,]+(?:and )?[A-Z][\w.'’-]*){0,6}$",),
        "title": "first_line",
    },
)
"""Site profiles, most specific first; `generic` last."""

DATELINE = (
    rf"^[A-Z][A-Za-z .'’-]{{1,40}},?\s+(?:\([^)]{{1,40}}\)\s+)?(?P<date>{DATE_TEXT})"
    r"(?:\s*\([^)]{1,40}\))?\s*(?:--|—|–|-)"
)
"""`SEOUL, March 3, 2024 (Yonhap) -- ...` at the start of the body: gives the date, text kept."""

OUTLET_ALIASES: dict[str, str] = {
    "dailynk": "Daily NK",
    "donga": "The Dong-A Ilbo",
    "thedongailbo": "The Dong-A Ilbo",
    "dongailbo": "The Dong-A Ilbo",
    "yonhap": "Yonhap News Agency",
    "yonhapnewsagency": "Yonhap News Agency",
    "nknews": "NK News",
    "nknewsorg": "NK News",
}
"""Outlet names as bylines and feeds spell them (lower case, letters only) -> canonical name."""

ABBREVIATIONS: frozenset[str] = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "st", "no", "vs", "etc", "inc",
    "corp", "co", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "approx", "est", "u.s", "u.n", "u.k", "e.g", "i.e",
})
"""Words that end with a period without ending a sentence (single letters like `N.` too)."""

TITLE_MAX = 150
"""A first line longer than this is body, not a title."""
LEDE_TITLE_MAX = 120
"""A title made from the lede is cut at a word boundary to at most this many characters."""
HEADER_LINES = 8
"""How many non-blank lines from the top may be header (title, date, by-lines)."""
TRAILER_LINES = 4
"""How many non-blank lines from the bottom may be trailer (date and outlet lines)."""


@dataclass(frozen=True)
class SiteProfile:
    """One compiled entry of `PROFILES`."""

    name: str
    """Short name of the layout."""
    signature: tuple[re.Pattern[str], ...]
    """All must match some line for the profile to apply; empty = always applies."""
    drop: tuple[re.Pattern[str], ...]
    """Whole lines removed wherever they occur (plus `COMMON_DROP`)."""
    header_drop: tuple[re.Pattern[str], ...]
    """Lines removed only in the header (author by-lines)."""
    date_line: re.Pattern[str] | None
    """A header or trailer line with the publication date in group `date`; removed."""
    outlet_line: re.Pattern[str] | None
    """A header or trailer line naming the outlet in group `outlet`; removed."""
    outlet: str | None
    """Outlet implied by the layout itself."""
    header_ends_at_date: bool
    """Everything above the date line is header (titles and boilerplate)."""
    title: TitleRule
    """first_line, repeated_line (headline printed twice) or lede (first sentence)."""

    def matches(self, text: str) -> bool:
        return all(pattern.search(text) for pattern in self.signature)


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.MULTILINE)


@cache
def profiles() -> tuple[SiteProfile, ...]:
    """The compiled profile table, in order."""
    common = tuple(_compile(p) for p in COMMON_DROP)
    compiled = []
    for entry in PROFILES:
        compiled.append(SiteProfile(
            name=entry["name"],
            signature=tuple(_compile(p) for p in entry.get("signature", ())),
            drop=common + tuple(_compile(p) for p in entry.get("drop", ())),
            header_drop=tuple(_compile(p) for p in entry.get("header_drop", ())),
            date_line=_compile(entry["date_line"]) if entry.get("date_line") else None,
            outlet_line=_compile(entry["outlet_line"]) if entry.get("outlet_line") else None,
            outlet=entry.get("outlet"),
            header_ends_at_date=bool(entry.get("header_ends_at_date", False)),
            title=entry["title"],
        ))
    return tuple(compiled)


def profile_for(text: str) -> SiteProfile:
    """The first profile whose signature matches `text` (the generic one at worst)."""
    return next(p for p in profiles() if p.matches(text))


def canonical_outlet(name: str) -> str:
    """`DailyNK` -> `Daily NK`; names not in `OUTLET_ALIASES` come back trimmed as written."""
    key = re.sub(r"[^a-z]", "", name.lower())
    return OUTLET_ALIASES.get(key, name.strip())


@cache
def dateline() -> re.Pattern[str]:
    return re.compile(DATELINE)
