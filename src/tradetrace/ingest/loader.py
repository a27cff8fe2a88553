"""`load_documents`: locations -> `Document`s, one `IngestError` per input that cannot be read.

Each location is a file, a folder (walked recursively), an http(s) URL or `-` for stdin. The
format is sniffed from the content: plain text (site profiles in `conventions.py`), HTML
(trafilatura), RSS/Atom feeds (one document per item) or JSONL of documents. Every document
gets its id, source, fetch time, media type, raw bytes and their SHA-256, and a SimHash.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime
from typing import Any

from tradetrace.ingest.errors import IngestError
from tradetrace.ingest.feeds import read_feed
from tradetrace.ingest.fingerprint import simhash
from tradetrace.ingest.html import read_page
from tradetrace.ingest.options import IngestOptions
from tradetrace.ingest.sniff import Rejected, decode, sniff
from tradetrace.ingest.sources import RawInput, expand, read_location
from tradetrace.ingest.text import read_article
from tradetrace.model import Document
from tradetrace.model.document import document_id

JSONL_MEDIA_TYPE = "application/x-ndjson"
JSONL_FIELDS = ("id", "text", "published", "title", "url", "outlet")
"""Fields read from each JSONL record; only `text` is required."""

Item = Document | IngestError


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _document(text: str, raw_input: RawInput, source: str, content_type: str,
              fetched_at: str, doc_id: str | None = None, **metadata: Any) -> Document:
    return Document(
        id=doc_id or document_id(text),
        text=text,
        source=source,
        fetched_at=fetched_at,
        content_type=content_type,
        raw_sha256=hashlib.sha256(raw_input.raw).hexdigest(),
        raw=raw_input.raw,
        fingerprint=simhash(text),
        **metadata,
    )


def _text_documents(raw_input: RawInput, text: str, fetched_at: str) -> Iterator[Item]:
    article = read_article(text)
    if not article.text:
        yield IngestError(raw_input.source, "no body text after removing header and boilerplate")
        return
    yield _document(article.text, raw_input, raw_input.source, "text/plain", fetched_at,
                    title=article.title, outlet=article.outlet, published=article.published,
                    url=raw_input.url)


def _html_documents(raw_input: RawInput, text: str, fetched_at: str) -> Iterator[Item]:
    page = read_page(text, raw_input.url)
    if page is None:
        yield IngestError(raw_input.source, "malformed HTML (no extractable text)")
        return
    yield _document(page.text, raw_input, raw_input.source, "text/html", fetched_at,
                    title=page.title, outlet=page.outlet, published=page.published, url=page.url)


def _feed_documents(raw_input: RawInput, fetched_at: str) -> Iterator[Item]:
    for item in read_feed(raw_input.raw):
        source = f"{raw_input.source}#{item.item_id}"
        if not item.text:
            yield IngestError(source, "feed item has no text")
            continue
        yield _document(item.text, raw_input, source, item.media_type, fetched_at,
                        title=item.title, outlet=item.outlet, published=item.published,
                        url=item.url)


def _published(value: object) -> date:
    if not isinstance(value, str):
        raise ValueError(f"published must be an ISO date string or null, not {value!r}")
    return date.fromisoformat(value[:10])


def _jsonl_documents(raw_input: RawInput, text: str, fetched_at: str) -> Iterator[Item]:
    """One document per line of `{"id","text","published","title","url","outlet"}`.

    A given `id` is kept (so claims printed by `extract` point back to the caller's records).
    """
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("a JSON object is expected")
            body = record.get("text")
            if not isinstance(body, str) or not body.strip():
                raise ValueError("`text` is missing or empty")
            published = record.get("published")
            meta = {k: record.get(k) or None for k in ("title", "url", "outlet")}
            doc_id = str(record["id"]) if record.get("id") else None
            source = f"{raw_input.source}#{doc_id}" if doc_id else f"{raw_input.source}:{number}"
            yield _document(body, raw_input, source, JSONL_MEDIA_TYPE, fetched_at, doc_id,
                            published=_published(published) if published else None, **meta)
        except ValueError as error:
            yield IngestError(raw_input.source, f"bad JSONL record ({error})", line=number)


def documents_from_bytes(raw_input: RawInput, fetched_at: str | None = None) -> Iterator[Item]:
    """Documents (or errors) from the bytes of one input, whatever its format."""
    fetched_at = fetched_at or _now()
    try:
        text = decode(raw_input.raw)
        kind = sniff(text, raw_input.source, raw_input.media_type)
        if kind == "feed":
            yield from _feed_documents(raw_input, fetched_at)
        elif kind == "html":
            yield from _html_documents(raw_input, text, fetched_at)
        elif kind == "jsonl":
            yield from _jsonl_documents(raw_input, text, fetched_at)
        elif kind == "csv":
            yield IngestError(raw_input.source, "CSV table, not a news document "
                              "(trade statistics are read by read_statistics / import-stats)")
        elif kind == "xml":
            yield IngestError(raw_input.source, "XML but not an RSS or Atom feed")
        else:
            yield from _text_documents(raw_input, text, fetched_at)
    except Rejected as rejected:
        yield IngestError(raw_input.source, rejected.reason)


def load_documents(
    locations: Iterable[str], options: IngestOptions | None = None
) -> Iterator[Document | IngestError]:
    """Documents from files, folders, http(s) URLs or `-` (stdin), in the order given.

    Folders are walked recursively in sorted order, skipping hidden files and files whose
    names do not look like documents (see `sources.DOCUMENT_SUFFIXES`). A bad input yields one
    `IngestError` naming it and the reason; the other inputs still go through. Nothing raises
    for a single bad input.
    """
    options = options or IngestOptions()
    for location in locations:
        for name in expand(location):
            try:
                raw_input = read_location(name, options)
            except Rejected as rejected:
                yield IngestError(name, rejected.reason)
                continue
            try:
                yield from documents_from_bytes(raw_input)
            except Exception as error:  # noqa: BLE001 - one bad input must not stop the rest
                yield IngestError(name, f"unexpected error ({type(error).__name__}: {error})")
