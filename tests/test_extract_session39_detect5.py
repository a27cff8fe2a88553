"""Session 39 (detect5): which quantities are claims and of which kind."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Document


def _claims(text: str, published: date = date(2023, 6, 1)) -> dict[str, tuple[str, str | None]]:
    found = extract_claims(Document.from_text(text, published=published))
    return {c.surface: (c.kind, c.direction) for c in found}


def test_percent_below_a_base_is_a_change_down() -> None:
    claims = _claims("Barley exports reached 2.1 million tonnes in April. The total was still "
                     "18% below the five-year average.")
    assert claims["18%"] == ("change", "down")


def test_percent_ahead_of_last_year_is_a_change_up() -> None:
    claims = _claims("Soybean shipments are running 12.5% ahead of last season's pace.")
    assert claims["12.5%"] == ("change", "up")


def test_percent_under_a_non_base_is_no_change() -> None:
    claims = _claims("Coffee exports rose 4% to 300,000 bags, with 20% under the new agreement.")
    assert claims.get("20%", (None, None))[0] != "change"


def test_bracketed_percent_after_an_amount_is_its_share() -> None:
    claims = _claims("Peru shipped 4,200 tonnes of zinc in May. Korea took 2,100 tonnes (50%) and "
                     "Italy 840 tonnes (20%).")
    assert claims["50%"] == ("share", None)
    assert claims["20%"] == ("share", None)
