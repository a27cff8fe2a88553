"""Evidence highlighting: escape the text first, then wrap the quantity in <mark>.

Offsets of a claim point into its document's clean text; relative to the evidence sentence the
quantity is [start - sentence_start, end - sentence_start). When the offsets do not fit the
sentence (an older extractor, an edited text), the surface is searched for instead, and when it
is not found nothing is marked rather than the wrong words.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from markupsafe import Markup

from tradetrace.model import Claim


@dataclass(frozen=True)
class Span:
    """A [start, end) range inside some text."""

    start: int
    end: int


def quantity_span(claim: Claim) -> Span | None:
    """Where the claim's quantity sits inside `claim.sentence`, if anywhere."""
    sentence = claim.sentence
    start, end = claim.start - claim.sentence_start, claim.end - claim.sentence_start
    if 0 <= start < end <= len(sentence) and (
            not claim.surface or sentence[start:end] == claim.surface):
        return Span(start, end)
    found = sentence.find(claim.surface) if claim.surface else -1
    return Span(found, found + len(claim.surface)) if found >= 0 else None


def mark(text: str, span: Span | None, css_class: str = "quantity") -> Markup:
    """`text` escaped, with `span` wrapped in <mark class=...>."""
    if span is None or not 0 <= span.start < span.end <= len(text):
        return Markup(escape(text, quote=False))
    return Markup(
        f"{escape(text[:span.start], quote=False)}"
        f'<mark class="{escape(css_class)}">{escape(text[span.start:span.end], quote=False)}</mark>'
        f"{escape(text[span.end:], quote=False)}")


def highlight_document(text: str, claim: Claim) -> Markup:
    """A document's whole text, escaped, with the evidence sentence in
    <span class="evidence" id="evidence"> and the quantity in <mark>."""
    s, e = claim.sentence_start, claim.sentence_end
    if not 0 <= s < e <= len(text):
        return Markup(escape(text, quote=False))
    inner = text[s:e]
    q = Span(claim.start - s, claim.end - s)
    if not (0 <= q.start < q.end <= len(inner) and inner[q.start:q.end] == claim.surface):
        found = inner.find(claim.surface) if claim.surface else -1
        q = Span(found, found + len(claim.surface)) if found >= 0 else Span(0, 0)
    return Markup(f"{escape(text[:s], quote=False)}"
                  f'<span class="evidence" id="evidence">{mark(inner, q)}</span>'
                  f"{escape(text[e:], quote=False)}")
