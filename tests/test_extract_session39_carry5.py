"""Claim-stage gates of the thirty-ninth session's carry round (2026-12-05): which figures the
claim stage keeps and what it carries from sentence to sentence, each pinned by invented
sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted

WHEN = date(2024, 7, 1)


def test_the_value_of_a_lot_after_its_unit_price_is_a_claim() -> None:
    """`20,000 tonnes ... at $450 a tonne, worth $9 million`: the money after a goods amount and
    its unit price is the lot's value, not another price."""
    found = extracted("Vietnam sold 20,000 tonnes of rice to the Philippines at $450 a tonne, "
                      "worth $9 million.", WHEN)
    assert "$450 a tonne" not in found
    lot = found["$9 million"]
    assert (lot.value, lot.unit, lot.kind) == (9e6, "USD", "level")
    assert (lot.commodity, lot.exporter, lot.importer) == ("rice", "VNM", "PHL")


def test_a_price_paragraph_keeps_its_later_prices_out() -> None:
    """The lot rule asks for a goods amount before the money: a later price of the paragraph
    stays a price (`A kilogram of corn fetched 3,100 won`)."""
    found = extracted("Rice sold for 9,000 won a kilogram in Hyesan in June. A kilogram of corn "
                      "fetched 3,100 won, up from 2,900 won.", WHEN)
    assert not found


def test_a_partner_after_its_role_is_no_price_in_a_price_paragraph() -> None:
    """`France was the top buyer at 84 million euros` after the paragraph's unit price: money
    after a buyer's role is the partner's part of the flow, not another price."""
    found = extracted("Italy exported cheese at an average of 9 euros a kilogram last year. "
                      "France was the top buyer at 84 million euros.", WHEN)
    part = found["84 million euros"]
    assert (part.value, part.unit, part.kind) == (84e6, "EUR", "level")
    assert (part.commodity, part.exporter, part.importer) == ("food", "ITA", "FRA")
    assert (part.period_start, part.period_end) == ("2023-01-01", "2023-12-31")
