"""Publication dates as newspapers and feeds print them -> `datetime.date`.

Handles `February 19, 2025 at 01:53PM`, `May. 14, 2014 00:34,`, `Sept. 5, 2024`,
`19 February 2025`, `2025-02-19` and ISO timestamps. Written here rather than with dateparser,
which misreads abbreviations followed by a period (`May. 14`). Month names are data.
"""

from __future__ import annotations

import re
from datetime import date

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
"""Lower-case English month names and abbreviations -> month number."""

_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_PATTERNS = (
    re.compile(r"\b(?P<year>\d{4})-(?P<mnum>\d{1,2})-(?P<day>\d{1,2})(?![\d])"),
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b"),
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>\d{{4}})\b"),
    re.compile(r"\b(?P<year>\d{4})/(?P<mnum>\d{1,2})/(?P<day>\d{1,2})\b"),
)
"""Date shapes tried in order; the first that gives a valid calendar date wins."""

DATE_TEXT = (
    r"(?:[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|\d{4}-\d{1,2}-\d{1,2}|\d{4}/\d{1,2}/\d{1,2})"
)
"""A regex fragment matching the date shapes above, for building line patterns."""


def _month(match: re.Match[str]) -> int | None:
    groups = match.groupdict()
    if groups.get("mnum"):
        return int(groups["mnum"])
    return MONTHS.get((groups.get("month") or "").lower())


def parse_date(text: str) -> date | None:
    """The first calendar date in `text`, or None: `"May. 14, 2014 00:34,"` -> 2014-05-14."""
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            month = _month(match)
            if month is None:
                continue
            try:
                return date(int(match["year"]), month, int(match["day"]))
            except ValueError:
                continue
    return None
