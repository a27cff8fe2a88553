"""Plain text -> title, outlet, publication date and clean body, by the site profiles in
`conventions.py`.

The body keeps its characters as in the source: boilerplate, header and trailer lines are
removed, trailing spaces cut, runs of blank lines folded to one blank line and the whole trimmed;
in a hard-wrapped block (wire copy, e-mail, text pasted from a PDF, lines broken at a fixed width)
the line breaks inside a paragraph become spaces, so a sentence broken across lines is read as
one (one character for one: offsets into the body are unchanged).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from tradetrace.ingest.conventions import (
    ABBREVIATIONS,
    HEADER_LINES,
    LEDE_TITLE_MAX,
    TITLE_MAX,
    TRAILER_LINES,
    SiteProfile,
    canonical_outlet,
    dateline,
    profile_for,
)
from tradetrace.ingest.dates import parse_date

_BLANK_RUN = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?(?=\s+[\"“‘(]?[A-Z0-9])")
_LAST_TOKEN = re.compile(r"(\S+)$")
_TITLE_END = re.compile(r"[.,;:]$")
_TITLE_TRIM = " \t.,;:—–-\"“‘("


@dataclass(frozen=True)
class Article:
    """What a plain-text copy of an article says about itself."""

    text: str
    """Clean body text."""
    title: str | None = None
    """Headline (for the feed-digest layout: the lede, see `lede_title`)."""
    outlet: str | None = None
    """Publisher named by a by-line or implied by the layout."""
    published: date | None = None
    """Publication date from a date line or dateline."""
    profile: str = "generic"
    """Name of the site profile that was applied."""


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def clean_body(lines: list[str]) -> str:
    """Join kept lines as in the source, fold runs of blank lines, trim."""
    return _BLANK_RUN.sub("\n\n", "\n".join(line.rstrip() for line in lines)).strip()


WRAP_WIDTHS = (40, 100)
"""Widths at which a block of lines is taken as hard-wrapped (its longest line)."""
_FULL_LINE = 0.75
"""A line at least this share of the block's width was broken by the wrap, not by its writer."""
_WRAPPED_SHARE = 0.6
"""Share of a block's lines (all but its last) that must be full for the block to be wrapped."""


def unwrap(body: str) -> str:
    """Join the lines of hard-wrapped paragraphs with spaces: in a block of three or more lines
    (between blank lines) whose longest is 40-100 characters and most of which nearly fill that
    width, a line that fills it goes on in the next line; a shorter line ends its paragraph. A
    line ending in a hyphen, a line that ends a sentence before a capital (one-sentence-per-line
    digests), a list item, a headline over the text and a table aligned with spaces are not
    joined. Each joining newline becomes one space, so offsets do not move."""
    return "\n\n".join(_unwrap_block(block) for block in body.split("\n\n"))


def _unwrap_block(block: str) -> str:
    lines = block.split("\n")
    if len(lines) < 3:
        return block
    width = max(len(line) for line in lines)
    full = [len(line) >= _FULL_LINE * width for line in lines[:-1]]
    if not WRAP_WIDTHS[0] <= width <= WRAP_WIDTHS[1] or sum(full) < _WRAPPED_SHARE * len(full) \
            or any(_ALIGNED.search(line) for line in lines):
        return block  # (a table aligned with runs of spaces is no wrapped prose)
    parts = [lines[0]]
    for index, (line, is_full, following) in enumerate(zip(lines, full, lines[1:],
                                                           strict=False)):
        joins = is_full and not line.endswith("-") and following[:1].strip() != "" and \
            not _ITEM_START.match(following) and not (
                _SENTENCE_CLOSE.search(line) and following[:1].isupper())
        # (a line ending a sentence before a capital, or a list item, starts its own line:
        # one-sentence-per-line digests and bullet lists are not wraps)
        if index == 0 and not _PUNCTUATED.search(line) and following[:1].isupper():
            joins = False  # a headline over the wrapped text
        parts.append((" " if joins else "\n") + following)
    return "".join(parts)


_PUNCTUATED = re.compile(r"[.,;:!?]")
_ALIGNED = re.compile(r"\S {2,}\S")
_ITEM_START = re.compile(r"\s*(?:[-*•–]\s|\d{1,2}[.)]\s|\([a-z0-9]\)\s)")
_SENTENCE_CLOSE = re.compile(r"[.!?][\"”’)]?$")


def first_sentence(paragraph: str) -> str:
    """Text up to the first sentence end, skipping abbreviations (`N. Korea`, `Feb. 8`)."""
    for match in _SENTENCE_END.finditer(paragraph):
        token = _LAST_TOKEN.search(paragraph[: match.start() + 1])
        stem = token.group(1).rstrip(".").lstrip("(\"“").lower() if token else ""
        if match.group(0)[0] == "." and (len(stem) <= 1 or stem in ABBREVIATIONS):
            continue
        return paragraph[: match.end()]
    return paragraph


def lede_title(body: str, limit: int = LEDE_TITLE_MAX) -> str | None:
    """A title made from the lede, for texts that have no headline (the feed-digest layout).

    The first sentence of the first paragraph, cut at a word boundary to at most `limit`
    characters, with no trailing punctuation fragment (comma, dash, final period).
    """
    paragraph = body.strip().split("\n", 1)[0].strip()
    sentence = first_sentence(paragraph).strip()
    if len(sentence) > limit:
        cut = sentence[: limit + 1]
        sentence = cut[: cut.rfind(" ")] if " " in cut else cut[:limit]
    title = sentence.rstrip(_TITLE_TRIM)
    return title or None


def _match_group(pattern: re.Pattern[str] | None, line: str, group: str) -> str | None:
    match = pattern.match(line) if pattern else None
    return match.group(group) if match else None


class _Reader:
    """One pass over the lines of a text with one profile."""

    def __init__(self, text: str, profile: SiteProfile) -> None:
        self.lines = normalize_newlines(text).split("\n")
        self.keep = [True] * len(self.lines)
        self.profile = profile
        self.title: str | None = None
        self.outlet = profile.outlet
        self.published: date | None = None

    def content(self) -> list[int]:
        return [i for i, line in enumerate(self.lines) if line.strip() and self.keep[i]]

    def take_meta(self, i: int) -> bool:
        """Remove line i if it is a date or outlet line (recording what it says)."""
        line = self.lines[i].strip()
        outlet = _match_group(self.profile.outlet_line, line, "outlet")
        if outlet and self.outlet is None:
            self.outlet, self.keep[i] = canonical_outlet(outlet), False
            return True
        raw_date = _match_group(self.profile.date_line, line, "date")
        found = parse_date(raw_date) if raw_date else None
        if found and self.published is None:
            self.published, self.keep[i] = found, False
            return True
        return False

    def is_dropped(self, i: int, header: bool = False) -> bool:
        line = self.lines[i].strip()
        patterns = self.profile.drop + (self.profile.header_drop if header else ())
        return any(p.match(line) for p in patterns)

    def trailer(self) -> None:
        for i in reversed(self.content()[-TRAILER_LINES:]):
            if self.is_dropped(i):
                self.keep[i] = False
            elif not self.take_meta(i):
                break

    def header_until_date(self) -> bool:
        head = self.content()[:HEADER_LINES]
        for pos, i in enumerate(head):
            if self.take_meta(i) and self.published is not None:
                candidates = [self.lines[j].strip() for j in head[:pos]
                              if self.keep[j] and not self.is_dropped(j)]
                repeated = [c for c in candidates if candidates.count(c) > 1]
                self.title = (repeated or candidates or [""])[0] or None
                for j in range(i + 1):
                    self.keep[j] = False
                return True
        return False

    def header(self) -> None:
        for i in self.content()[:HEADER_LINES]:
            line = self.lines[i].strip()
            if self.is_dropped(i, header=True):
                self.keep[i] = False
            elif self.take_meta(i):
                continue
            elif self.title is None and self.profile.title == "first_line" and self._titled(i):
                self.title, self.keep[i] = line, False
            else:
                break

    def _titled(self, i: int) -> bool:
        line = self.lines[i].strip()
        if len(line) > TITLE_MAX or _TITLE_END.search(line):
            return False
        following = self.lines[i + 1].strip() if i + 1 < len(self.lines) else None
        if following is None:
            return False
        meta = (self.profile.date_line, self.profile.outlet_line, *self.profile.header_drop)
        return following == "" or any(p is not None and p.match(following) for p in meta)

    def article(self) -> Article:
        self.trailer()
        if not (self.profile.header_ends_at_date and self.header_until_date()):
            self.header()
        body = unwrap(clean_body([line for i, line in enumerate(self.lines)
                                  if self.keep[i] and not self.is_dropped(i)]))
        if self.published is None:
            match = dateline().match(body)
            self.published = parse_date(match.group("date")) if match else None
        if self.profile.title == "lede":
            self.title = lede_title(body)
        return Article(body, self.title, self.outlet, self.published, self.profile.name)


def read_article(text: str) -> Article:
    """Split a plain-text article into title, outlet, date and clean body."""
    normalized = normalize_newlines(text)
    return _Reader(normalized, profile_for(normalized)).article()


def strip_boilerplate(text: str) -> str:
    """Remove lines that are boilerplate in any layout (`The post ... appeared first on ...`)."""
    reader = _Reader(text, profile_for(""))
    return clean_body([line for i, line in enumerate(reader.lines) if not reader.is_dropped(i)])
