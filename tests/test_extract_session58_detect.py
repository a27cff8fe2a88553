"""Session 58, which figures are claims and of which kind: each test pins one rule of the session
on invented text; each rule's own tests fail without it, and its near misses pass without it,
guarding its reach."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2025, 6, 1))


def test_money_collected_in_transit_fees_is_no_flow() -> None:
    found = _claims("Mali sent 4.6 million tonnes of cotton lint by rail to Dakar in 2022. "
                    "Senegal collected $38 million, or XOF21.4 billion, in rail transit fees "
                    "that year.")
    assert "4.6 million tonnes" in found
    assert "$38 million" not in found and "XOF21.4 billion" not in found


def test_money_fees_brought_in_is_no_flow() -> None:
    found = _claims("Chad pumped 12.4 mln bbl of its crude into the export line in 2021. "
                    "Pipeline tolls brought in $412.5 million, 8.3% more.")
    assert "$412.5 million" not in found and "8.3%" not in found


def test_goods_sold_despite_fees_stay_a_flow() -> None:
    found = _claims("Mali sent 4.6 million tonnes of cotton lint by rail to Dakar in 2022. "
                    "Mali earned $38 million from lint exports that year, despite new fees.")
    assert found["$38 million"].kind == "level"


def test_money_duties_earned_is_no_flow() -> None:
    found = _claims("Mali sent 4.6 million tonnes of cotton lint by rail to Dakar in 2022. Rail "
                    "transit duties earned Senegal 11.5 billion CFA francs that year.")
    assert "4.6 million tonnes" in found and "11.5 billion CFA francs" not in found



def test_what_one_dollar_buys_is_an_exchange_rate() -> None:
    found = _claims("Kenya sold $61 million of tea to Pakistan in May. On Friday one US dollar "
                    "bought 131 shillings, a trader said.")
    assert "$61 million" in found and "131 shillings" not in found


def test_money_a_buyer_paid_for_goods_stays_a_flow() -> None:
    found = _claims("Kenya sold $61 million of tea to Pakistan in May, and one buyer paid 131 "
                    "million shillings for a single lot.")
    assert "$61 million" in found and "131 million shillings" in found


def test_the_old_rate_a_dollar_fetched_is_no_flow_either() -> None:
    found = _claims("Kenya sold $61 million of tea to Pakistan in May, while a dollar fetched 131 "
                    "shillings, up from 126 shillings in January.")
    assert "$61 million" in found
    assert "131 shillings" not in found and "126 shillings" not in found
