"""Helpers shared by the extract tests: the one quantity of a sentence, quantities written out by
hand at their place in a text, and the claims built from them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from tradetrace.extract import build_claims, extract_claims
from tradetrace.extract.quantities import extract_quantities
from tradetrace.model import Claim, Document, Quantity


def quantity_at(text: str, surface: str, value: float, unit: str, nth: int = 0,
                **fields: object) -> Quantity:
    """The quantity `surface` at its `nth` occurrence in `text`."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Quantity(start, start + len(surface), surface, value, unit,
                    **fields)  # type: ignore[arg-type]


def claims_from(text: str, quantities: tuple[tuple[str, float, str] | Quantity, ...],
                published: date | None, **metadata: object) -> list[Claim]:
    """Claims of a document with `text`, from quantities given as Quantity or (surface, value,
    unit) tuples."""
    built = [item if isinstance(item, Quantity) else quantity_at(text, *item)
             for item in quantities]
    return build_claims(Document.from_text(text, published=published, **metadata), built)


def only_claim(text: str, surface: str, value: float, unit: str,
               published: date | None) -> Claim:
    """The one claim of `text`, built on the quantity `surface` (fails if there is none or
    several)."""
    found = claims_from(text, ((surface, value, unit),), published)
    assert len(found) == 1, found
    return found[0]


def only_quantity(text: str) -> Quantity:
    """The one quantity the layer finds in `text` (fails if it finds none or several)."""
    found = extract_quantities(text)
    assert len(found) == 1, found
    return found[0]


def by_surface(text: str, quantities: tuple[tuple[str, float, str] | Quantity, ...],
               published: date | None) -> dict[str, Claim]:
    """The claims of `text` by their quantity's surface."""
    return {c.surface: c for c in claims_from(text, quantities, published)}


def extracted(text: str, published: date | None, **metadata: object) -> dict[str, Claim]:
    """The claims full extraction (the quantity layer included) finds in `text`, by surface;
    `metadata` goes to the document (`outlet=...`)."""
    document = Document.from_text(text, published=published, **metadata)
    return {c.surface: c for c in extract_claims(document)}


def extracted_on(default: date | None) -> Callable[..., dict[str, Claim]]:
    """`extracted` for a test file whose texts share a published date: the returned reader takes
    a text (and, when a test needs another date, `published`)."""
    def read(text: str, published: date | None = default) -> dict[str, Claim]:
        return extracted(text, published)
    return read


def in_body(text: str, published: date | None) -> dict[str, Claim]:
    """`extracted` for `text` set under a one-word headline (`Trade`), so that its first
    sentence is read as body text, not as a headline line."""
    return extracted("Trade\n" + text, published)


def parties(claim: Claim) -> tuple[str | None, str | None, bool]:
    return claim.exporter, claim.importer, claim.two_way


def period(claim: Claim) -> tuple[str | None, str | None]:
    """A claim's period as (start, end) ISO dates."""
    return claim.period_start, claim.period_end


def sides(found: dict[str, Claim], surface: str) -> tuple[str | None, str | None]:
    """The (exporter, importer) of the claim on `surface` among `found` claims by surface."""
    return found[surface].exporter, found[surface].importer
