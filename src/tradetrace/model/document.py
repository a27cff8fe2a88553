"""A document: one article, feed item or page, with its clean text and where it came from."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from tradetrace.model.ids import make_id

_SPACE = re.compile(r"\s+")


def normalize_text(text: str) -> str:
    """The form of a text that its id is computed from: NFC, whitespace folded, stripped."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def document_id(text: str) -> str:
    """Deterministic id of a document from its normalized clean text."""
    return make_id("doc", normalize_text(text))


@dataclass(frozen=True)
class Document:
    """One article, page or feed item, as clean text plus metadata."""

    id: str
    """`doc-` + hash of the normalized clean text (see `document_id`)."""
    text: str
    """Clean text: body only, no boilerplate. Claim offsets point into this string."""
    title: str | None = None
    """Headline, when one was found."""
    outlet: str | None = None
    """Publisher, e.g. `Daily NK`, `The Dong-A Ilbo`."""
    url: str | None = None
    """Canonical URL of the article when known."""
    published: date | None = None
    """Publication date; relative dates in the text are resolved against it."""
    source: str = ""
    """Where this copy was read from: a file path, URL or `feed-url#item-id`."""
    fetched_at: str | None = None
    """ISO timestamp of when the source was read."""
    content_type: str = "text/plain"
    """Media type of the raw input: text/plain, text/html, application/rss+xml, ..."""
    raw_sha256: str | None = None
    """SHA-256 of the raw bytes the text was taken from (the raw bytes are kept by the store)."""
    language: str | None = None
    """ISO 639-1 code when known."""
    sources: tuple[str, ...] = field(default=())
    """Every place this text has been seen (duplicates from other feeds add to it)."""
    fingerprint: int | None = None
    """64-bit SimHash of the text (signed), for near-duplicate detection; set by ingest."""
    raw: bytes | None = field(default=None, repr=False, compare=False)
    """The raw bytes as read (kept by the store under raw_sha256); None once stored."""

    @classmethod
    def from_text(cls, text: str, **metadata: object) -> Document:
        """A document whose id is derived from `text`."""
        return cls(id=document_id(text), text=text, **metadata)  # type: ignore[arg-type]
