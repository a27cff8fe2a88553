"""RSS and Atom feeds -> one item record per entry, with feedparser.

Each entry keeps its own title, link, id and published date; its text comes from the full
content when the feed carries it, else from the summary, with HTML stripped. The outlet is the
feed's title. A feed that feedparser cannot parse and that has no entries is malformed.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date
from typing import Any

import feedparser

from tradetrace.ingest.conventions import canonical_outlet
from tradetrace.ingest.html import fragment_text
from tradetrace.ingest.sniff import Rejected
from tradetrace.ingest.text import strip_boilerplate

FEED_MEDIA_TYPES: dict[str, str] = {
    "rss": "application/rss+xml",
    "atom": "application/atom+xml",
    "rdf": "application/rdf+xml",
}
"""feedparser's version prefix -> media type recorded on the documents."""


@dataclass(frozen=True)
class FeedItem:
    """One entry of a feed, as text and metadata."""

    item_id: str
    """The entry's id (guid), else its link, else its position in the feed."""
    text: str
    title: str | None
    url: str | None
    published: date | None
    outlet: str | None
    media_type: str


def _date(entry: Any) -> date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value: time.struct_time | None = entry.get(key)
        if value:
            return date(value.tm_year, value.tm_mon, value.tm_mday)
    return None


def _text(entry: Any) -> str:
    contents = entry.get("content") or []
    bodies = [c.get("value", "") for c in contents if c.get("value", "").strip()]
    raw = max(bodies, key=len) if bodies else entry.get("summary", "")
    return strip_boilerplate(fragment_text(raw))


def read_feed(raw: bytes) -> list[FeedItem]:
    """Every entry of a feed (an entry without text has `text == ""`).

    Raises `Rejected` when the feed has no entries, or is malformed (feedparser's bozo flag)
    with no entry that has text.
    """
    parsed = feedparser.parse(raw)
    entries = parsed.get("entries") or []
    if not entries and not parsed.get("bozo"):
        raise Rejected("feed has no items")
    version = str(parsed.get("version") or "")
    media_type = next((t for prefix, t in FEED_MEDIA_TYPES.items() if version.startswith(prefix)),
                      "application/xml")
    feed_title = (parsed.feed.get("title") or "").strip()
    outlet = canonical_outlet(feed_title) if feed_title else None
    items: list[FeedItem] = []
    for index, entry in enumerate(entries, start=1):
        items.append(FeedItem(
            item_id=str(entry.get("id") or entry.get("link") or f"item-{index}"),
            text=_text(entry),
            title=(entry.get("title") or "").strip() or None,
            url=entry.get("link") or None,
            published=_date(entry),
            outlet=outlet,
            media_type=media_type,
        ))
    if parsed.get("bozo") and not any(item.text for item in items):
        # feedparser recovers what it can from broken XML; nothing readable = malformed
        problem = parsed.get("bozo_exception")
        raise Rejected(f"malformed feed ({problem})" if problem else "malformed feed")
    return items
