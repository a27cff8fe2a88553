"""Mends of the fortieth session's booking, contract-link and `write` rules (2026-12-05): each
finding and the readings kept, pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import in_body

WHEN = date(2024, 6, 12)


def _modality(text: str, surface: str) -> str:
    return in_body(text, WHEN)[surface].modality


def _source(text: str, surface: str) -> str | None:
    return in_body(text, WHEN)[surface].attribution


def test_a_flow_booked_over_a_finished_period_is_a_record() -> None:
    """`exports booked`, `booked ... from exports`, an amount booked `in 2022` are recorded
    flows; goods booked for a later shipment or last week are planned."""
    cases = {
        "Thailand's sugar exports booked US$3.1 billion in 2022, up 12% from a year earlier.":
            "US$3.1 billion",
        "Ecuador booked $2.2 billion from shrimp exports in 2022.": "$2.2 billion",
        "Cocoa shipments booked 700,000 tonnes in the 2021-22 crop year, the board said.":
            "700,000 tonnes",
    }
    for text, surface in cases.items():
        assert _modality(text, surface) == "reported", text
    assert _modality("Moroccan buyers booked 180,000 tonnes of barley for August shipment.",
                     "180,000 tonnes") == "planned"
    assert _modality("Brazilian exporters booked 900,000 tonnes of corn sales to Japan last "
                     "week.", "900,000 tonnes") == "planned"


def test_a_deal_told_as_done_binds_no_plan() -> None:
    """A figure after its own past trade verb, a past-tense link beside a delivery or a finished
    period: reported; a deal's amount with no such word stays planned."""
    exported = ("Iran exported 2 million tonnes of urea to Turkey under deals worth $600 million "
                "last year.")
    assert _modality(exported, "2 million tonnes") == "reported"
    assert _modality(exported, "$600 million") == "reported"
    assert _modality("The deal was worth $3 billion, and Qatar delivered all the gas by June "
                     "2023.", "$3 billion") == "reported"
    assert _modality("The contracts were for 6 months and covered 400,000 tonnes of iron ore "
                     "shipped last year.", "400,000 tonnes") == "reported"
    assert _modality("Egypt imports Russian wheat under a deal worth $1.2 billion.",
                     "$1.2 billion") == "planned"
    assert _modality("Kenya sells tea to Pakistan, and the contract is valued at $40 million.",
                     "$40 million") == "planned"
    assert _modality("Contracts cover 600,000 tons of coal.", "600,000 tons") == "planned"


def test_write_off_is_no_verb_of_saying() -> None:
    """`write off`, `write down`: no source; `X write.` closing a sentence and `write that` are."""
    text = "Indian lenders write off bad debts, while exports to Nepal rose 12% to $8 billion."
    assert _source(text, "$8 billion") is None
    assert _source("Chile sold 2 million tonnes of copper to China in 2023, Andes Bank analysts "
                   "write.", "2 million tonnes") == "Andes Bank analysts"
    assert _source("Andes Bank analysts write that Chile sold 2 million tonnes of copper to "
                   "China in 2023.", "2 million tonnes") == "Andes Bank analysts"
