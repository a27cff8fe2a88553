"""Claim fields from invented sentences: parties, commodity, kind and direction.

Regression tests named after what went wrong; quantities are written out by hand (what the
quantity layer would hand over), so only the claim logic is exercised.
"""

from __future__ import annotations

from datetime import date

import pytest

from tradetrace.extract import build_claims
from tradetrace.model import Claim, Document, Quantity

MAY_2022 = date(2022, 5, 10)


def q(text: str, surface: str, value: float, unit: str, nth: int = 0,
      **fields: object) -> Quantity:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Quantity(start, start + len(surface), surface, value, unit,
                    **fields)  # type: ignore[arg-type]


def claims(text: str, *quantities: tuple[str, float, str] | Quantity,
           published: date | None = MAY_2022, outlet: str | None = None) -> list[Claim]:
    built = [item if isinstance(item, Quantity) else q(text, *item) for item in quantities]
    return build_claims(Document.from_text(text, published=published, outlet=outlet), built)


def by_surface(text: str, *quantities: tuple[str, float, str] | Quantity,
               **kw: object) -> dict[str, Claim]:
    return {c.surface: c for c in claims(text, *quantities, **kw)}  # type: ignore[arg-type]


def flow(claim: Claim) -> tuple[str | None, str | None]:
    return claim.exporter, claim.importer


# --- kind and direction ------------------------------------------------------------------------

def test_made_up_is_not_a_rise() -> None:
    text = "Chile's exports to Japan reached $90 million, of which copper made up $40 million."
    found = by_surface(text, ("$90 million", 9e7, "USD"),
                       q(text, "$40 million", 4e7, "USD", change="up"))
    assert (found["$40 million"].kind, found["$40 million"].direction) == ("level", None)


def test_a_share_that_rose_to_a_percent_is_a_share() -> None:
    text = "Brazil's share of Chile's imports climbed to 45 percent in 2021."
    claim = by_surface(text, ("45 percent", 45, "percent"))["45 percent"]
    assert (claim.kind, claim.direction) == ("share", None)


@pytest.mark.parametrize("verb", ["sank", "slipped", "plummeted", "collapsed"])
def test_more_falling_verbs(verb: str) -> None:
    text = f"Chile's copper exports to Japan {verb} 12 percent last year."
    claim = by_surface(text, ("12 percent", 12, "percent"))["12 percent"]
    assert (claim.kind, claim.direction) == ("change", "down")
