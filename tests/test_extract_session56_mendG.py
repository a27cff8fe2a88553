"""Session 56, mend G: each test fails without its mend (sentences invented by the reviewer)."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Document

_ON = date(2025, 6, 1)
_PELLETS = "Chile shipped 500,000 tons of wood pellets to Japan in 2023. "


def _goods(text: str, surface: str) -> str | None:
    claims = extract_claims(Document.from_text(text, published=_ON))
    return next(c for c in claims if c.surface == surface).commodity


def test_a_countrys_own_exports_reaching_a_tonnage_stay_all_goods() -> None:
    text = _PELLETS + "Chile's exports rose 4% to 3.2 million tons in 2024."
    assert _goods(text, "4%") == "trade"


def test_a_countrys_own_imports_reaching_a_tonnage_stay_all_goods() -> None:
    text = _PELLETS + "Japan's imports from Chile rose 4% to 3.2 million tons in 2024."
    assert _goods(text, "4%") == "trade"


def test_a_total_before_a_firm_is_no_countrys_total() -> None:
    text = ("Glencore sold 30,000 tonnes of cobalt to China in 2023. Total Glencore shipments "
            "to China rose 5% to $900 million in 2024.")
    assert _goods(text, "5%") is None
    assert _goods(text, "$900 million") is None


def test_a_total_before_a_month_is_no_countrys_total() -> None:
    text = _PELLETS + "Total May shipments rose 20% to 48,000 tons."
    assert _goods(text, "20%") is None
    assert _goods(text, "48,000 tons") is None


def test_a_countrys_total_in_an_earlier_clause_does_not_reach_the_figure() -> None:
    text = ("Peru sold $87.2 million of copper ore to Chile in 2023. All Peruvian shipments to "
            "Chile cleared customs in Arica, and they rose 51.3 percent to $95 million.")
    assert _goods(text, "51.3 percent") is None
    assert _goods(text, "$95 million") is None
