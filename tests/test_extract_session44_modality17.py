"""The forty-fourth session's modality rules (2026-12-05): a deal or plan named in a clause of
time dates a figure without planning it. Invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import in_body

WHEN = date(2024, 6, 12)


def _modality(text: str, surface: str) -> str:
    return in_body(text, WHEN)[surface].modality


def test_a_deal_in_a_clause_of_time_does_not_plan_the_figure() -> None:
    """`Once`, `since`, `when`, `after` opening a clause that holds the plan word but not the
    figure: the deal dates the figure, which happened."""
    text = ("Once a mango protocol had been signed, Kenya shipped more than $40 million of mangoes "
            "to China in 2022.")
    assert _modality(text, "$40 million") == "reported"
    text = ("Ghana's cocoa sales to Turkey have grown 64% since the two countries signed a "
            "supply accord in 2015.")
    assert _modality(text, "64%") == "reported"


def test_a_figure_inside_the_clause_of_time_or_after_a_modal_keeps_the_plan() -> None:
    """The figure in the same clause as the plan word keeps it (`after Egypt agreed to buy
    50,000 tonnes`), and a modal verb belongs to the main clause."""
    text = "Kenyan tea exports rose 10% after Egypt agreed to buy 50,000 tonnes of Kenyan tea."
    assert _modality(text, "10%") == "reported"
    assert _modality(text, "50,000 tonnes") == "planned"
    text = ("Orders placed before the ban took effect will bring in a further 30,000 tonnes of "
            "Pakistani onions by June.")
    assert _modality(text, "30,000 tonnes") == "planned"
