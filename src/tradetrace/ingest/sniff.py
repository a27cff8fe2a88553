"""Raw bytes -> text and a format, by looking at the content (the file name is only a hint).

Refuses binary content (NUL bytes or a known magic number), empty or whitespace-only input and
bytes that are neither UTF-8 (with or without BOM), UTF-16 with a BOM, nor clearly cp1252 or
latin-1. The magic numbers and markup signs are data at the top of the module.
"""

from __future__ import annotations

import json
import re
from typing import Literal

Format = Literal["text", "html", "feed", "jsonl", "csv", "xml"]

BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "PNG image"), (b"\xff\xd8\xff", "JPEG image"), (b"GIF8", "GIF image"),
    (b"%PDF", "PDF document"), (b"PK\x03\x04", "ZIP archive"), (b"\x1f\x8b", "gzip archive"),
    (b"\x7fELF", "executable"), (b"BZh", "bzip2 archive"), (b"\xfd7zXZ", "xz archive"),
    (b"7z\xbc\xaf", "7-Zip archive"), (b"SQLite format 3", "SQLite database"),
    (b"\xd0\xcf\x11\xe0", "MS Office document"), (b"RIFF", "RIFF media"), (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"), (b"\x00\x00\x00", "binary data"),
)
"""Leading bytes of formats that are not text, with a name for the error message."""

FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE)
HTML_SIGNS = re.compile(
    r"<!doctype\s+html|<html\b|<head\b|<body\b|<(?:p|div|article|h1|title)\b[^>]*>", re.IGNORECASE
)
"""Markup that makes a document HTML rather than plain text (searched near the start)."""
_PROLOG = re.compile(r"^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*|<\?[^>]*\?>\s*)*", re.DOTALL)
_CP1252_ONLY = frozenset(b"\x80\x82\x83\x84\x85\x86\x87\x88\x89\x8a\x8b\x8c\x8e\x91\x92\x93\x94"
                         b"\x95\x96\x97\x98\x99\x9a\x9b\x9c\x9e\x9f")
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
SNIFF_CHARS = 4096
"""How much of the start of a text the format sniffers look at."""
MIN_ASCII_SHARE = 0.9
"""Non-UTF-8 bytes are read as cp1252/latin-1 only when this share of them is plain ASCII."""


class Rejected(Exception):
    """Raised with a short reason when bytes cannot be read as a document."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def binary_kind(raw: bytes) -> str | None:
    """A name for the binary format of `raw`, or None when it may be text."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None  # UTF-16 with BOM: text
    for magic, name in BINARY_MAGIC:
        if raw.startswith(magic):
            return name
    if b"\x00" in raw[:8192]:
        return "NUL bytes"
    return None


def _single_byte(raw: bytes) -> str | None:
    """cp1252 or latin-1 text, only when the bytes clearly are that (mostly ASCII, no holes)."""
    ascii_share = sum(b < 0x80 for b in raw) / len(raw)
    if ascii_share < MIN_ASCII_SHARE or any(b in _CP1252_UNDEFINED for b in raw):
        return None
    high = {b for b in raw if b >= 0x80}
    if high & _CP1252_ONLY:
        return raw.decode("cp1252")
    return raw.decode("latin-1")


def decode(raw: bytes) -> str:
    """Bytes -> text, or `Rejected` with the reason (binary, undecodable, empty)."""
    kind = binary_kind(raw)
    if kind is not None:
        raise Rejected(f"binary file ({kind}), not text/HTML/feed")
    if raw.startswith(b"\xef\xbb\xbf"):
        encodings: tuple[str, ...] = ("utf-8-sig",)
    elif raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ("utf-16",)
    else:
        encodings = ("utf-8",)
    text: str | None = None
    for encoding in encodings:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            text = None
    if text is None and encodings == ("utf-8",) and raw:
        text = _single_byte(raw)
    if text is None:
        raise Rejected("undecodable bytes (not UTF-8, and not clearly cp1252 or latin-1)")
    if len(_CONTROL.findall(text[:8192])) > 8:
        raise Rejected("binary file (control characters), not text/HTML/feed")
    if not text.strip():
        raise Rejected("empty file (no text)" if not raw else "empty file (whitespace only)")
    return text


def _is_jsonl(head: str) -> bool:
    first = head.lstrip().split("\n", 1)[0].strip()
    if not first.startswith("{"):
        return False
    try:
        record = json.loads(first)
    except ValueError:
        return True  # looks like JSON lines; the JSONL reader reports the bad line
    return isinstance(record, dict) and "text" in record


def sniff(text: str, name: str = "", media_type: str = "") -> Format:
    """The format of a decoded input: feed, html, jsonl, csv, xml or plain text."""
    head = text[:SNIFF_CHARS]
    body = _PROLOG.sub("", head, count=1)
    if FEED_ROOT.match(body) or "rss" in media_type or "atom" in media_type:
        return "feed"
    if HTML_SIGNS.search(head[:1024]) or "html" in media_type:
        return "html"
    if body.startswith("<") and head.lstrip().startswith("<?xml"):
        return "xml"
    if _is_jsonl(head):
        return "jsonl"
    if name.lower().endswith((".csv", ".tsv")) or "text/csv" in media_type:
        return "csv"
    return "text"
