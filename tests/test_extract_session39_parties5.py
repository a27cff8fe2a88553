"""Session 39 (parties, round 5): a flow its clause calls the whole is to or from everyone."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Document


def _parties(text: str, published: date) -> dict[str, tuple[str | None, str | None]]:
    claims = extract_claims(Document.from_text(text, published=published))
    return {c.surface: (c.exporter, c.importer) for c in claims}


def test_total_exports_take_no_buyer_from_an_earlier_flow() -> None:
    found = _parties("Norway sold 12,400 tonnes of cod to Portugal in March, up from 9,800 "
                     "tonnes a year earlier, the seafood council said. Total Norwegian cod "
                     "exports came to 31,000 tonnes.", date(2024, 4, 10))
    assert found["12,400 tonnes"] == ("NOR", "PRT")
    assert found["31,000 tonnes"] == ("NOR", None)


def test_overall_imports_take_no_supplier_from_an_earlier_flow() -> None:
    found = _parties("India bought 4.1 million tonnes of coal from Indonesia in June, 9% more "
                     "than a year before. India's overall coal purchases rose 3% to 21 million "
                     "tonnes.", date(2024, 7, 10))
    assert found["4.1 million tonnes"] == ("IDN", "IND")
    assert found["3%"] == (None, "IND")
    assert found["21 million tonnes"] == (None, "IND")


def test_the_total_a_share_is_of_leaves_the_buyers_own_flow_alone() -> None:
    found = _parties("Chile shipped 80,000 tonnes of cherries in December. China was the top "
                     "market with 70% of the total after its purchases grew 12%.",
                     date(2024, 1, 10))
    assert found["12%"] == ("CHL", "CHN")


def test_money_a_seller_earned_takes_no_buyer_from_an_earlier_flow() -> None:
    found = _parties("Kenya sold 40 million kg of tea to Pakistan in the quarter, up 5%. Kenya "
                     "earned $310 million from tea exports over the period.", date(2024, 4, 10))
    assert found["40 million kg"] == ("KEN", "PAK")
    assert found["$310 million"] == ("KEN", None)


def test_earnings_from_sales_to_a_named_buyer_keep_it() -> None:
    found = _parties("Kenya sold 40 million kg of tea to Pakistan in the quarter. Sales to "
                     "Egypt earned $95 million.", date(2024, 4, 10))
    assert found["$95 million"] == ("KEN", "EGY")
