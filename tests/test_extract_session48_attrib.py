"""Attribution and modality rules of the forty-eighth session's attribution round
(2026-12-06), each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import in_body

WHEN = date(2024, 6, 12)


def _modality(text: str, surface: str) -> str:
    return in_body(text, WHEN)[surface].modality


def _source(text: str, surface: str) -> str | None:
    return in_body(text, WHEN)[surface].attribution


def test_an_amount_asked_of_someone_is_planned() -> None:
    """`asked X for`, `applied for` an amount: a request, planned; `asked` with no amount after
    its `for` plans nothing."""
    cases = {
        "Nairobi has asked Kampala for a further 150,000 tonnes of maize.": "150,000 tonnes",
        "The relief agency asked donors for 80,000 tons of food aid.": "80,000 tons",
        "Traders have asked the ministry for another 40,000 tonnes of Indian onions.":
            "40,000 tonnes",
        "In March, Malawi also applied for 20,000 tonnes of Zambian maize.": "20,000 tonnes",
    }
    for text, surface in cases.items():
        assert _modality(text, surface) == "planned", text
    assert _modality("Asked by reporters for a comment, the minister said coffee exports reached "
                     "90,000 tonnes in May.", "90,000 tonnes") == "reported"


def test_contracted_of_a_fall_is_no_contract() -> None:
    """`contracted` with a fall after it (`almost fourfold`, `to 12.5 percent`) is a shrinking
    flow, reported; `contracted to supply` is still a plan."""
    text = ("Trade between Chile and Peru has contracted almost fourfold over three years, from "
            "about 8 billion dollars to 2 billion dollars.")
    assert _modality(text, "fourfold") == "reported"
    assert _modality(text, "2 billion dollars") == "reported"
    assert _modality("Peru's share of Chilean copper exports contracted to 12.5 percent from 20 "
                     "percent.", "12.5 percent") == "reported"
    assert _modality("Qatar has contracted to supply 3 million tonnes of LNG a year to Chile.",
                     "3 million tonnes") == "planned"


def test_a_citing_aside_is_not_part_of_the_source() -> None:
    """`The agency, citing customs data, said`: the agency is the source, not whom it cites."""
    text = "The agency, citing port records, said tea exports rose 14% to 61,000 tonnes in May."
    assert _source(text, "61,000 tonnes") == "The agency"
    assert _source("Shipping brokers, quoting port records, said tea exports rose 14% in May.",
                   "14%") == "Shipping brokers"
