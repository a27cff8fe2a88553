"""HTML pages -> main text and metadata (title, outlet, date, canonical URL) with trafilatura.

trafilatura drops navigation, footers and comments; the page's headline, when it repeats as the
first line of the extracted text, is removed from the body because it is already the title.
Also turns small HTML fragments (feed item summaries) into plain text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import lxml.html
import trafilatura

from tradetrace.ingest.conventions import canonical_outlet
from tradetrace.ingest.dates import parse_date
from tradetrace.ingest.text import clean_body, strip_boilerplate

BLOCK_TAGS = frozenset({
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
    "table", "tr", "section", "article", "header", "footer", "figure", "figcaption", "dd", "dt",
})
"""Elements that end a paragraph when a fragment is turned into text."""
SKIP_TAGS = frozenset({"script", "style", "noscript", "template"})
_SPACES = re.compile(r"[ \t\r\n\f\v]+")


@dataclass(frozen=True)
class Page:
    """What an HTML page yields."""

    text: str
    title: str | None
    outlet: str | None
    published: date | None
    url: str | None


def read_page(html: str, url: str | None = None) -> Page | None:
    """Main text and metadata of an HTML page, or None when it has no extractable text."""
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_images=False
        )
    except Exception:  # noqa: BLE001 - trafilatura raises assorted parser errors on bad markup
        return None
    if doc is None or isinstance(doc, dict) or not (doc.text or "").strip():
        return None
    title = (doc.title or "").strip() or None
    text = doc.text or ""
    lines = text.split("\n")
    if title and lines and lines[0].strip() == title:
        text = "\n".join(lines[1:])
    text = strip_boilerplate(text)
    if not text:
        return None
    return Page(
        text=text,
        title=title,
        outlet=canonical_outlet(doc.sitename) if doc.sitename else None,
        published=parse_date(doc.date) if doc.date else None,
        url=doc.url or url,
    )


def fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment: tags stripped, entities decoded, paragraphs as `\\n\\n`."""
    if "<" not in fragment:
        return clean_body([line.strip() for line in fragment.strip().split("\n")])
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # noqa: BLE001 - malformed markup: fall back to the raw string
        return fragment.strip()
    parts: list[str] = []

    def walk(element: lxml.html.HtmlElement) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag not in SKIP_TAGS:
            if tag in BLOCK_TAGS:
                parts.append("\n\n")
            if tag == "br":
                parts.append("\n")
            parts.append(_SPACES.sub(" ", element.text or ""))
            for child in element:
                walk(child)
            if tag in BLOCK_TAGS:
                parts.append("\n\n")
        parts.append(_SPACES.sub(" ", element.tail or ""))

    walk(root)
    lines = [line.strip() for line in "".join(parts).split("\n")]
    return clean_body(lines)
