"""Session 62, detection (which figures are trade claims): the first test of each rule fails
without that rule; the others pin what the rule must leave alone (sentences invented)."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Claim, Document

_ON = date(2025, 6, 1)


def _claims(text: str) -> dict[str, Claim]:
    return {c.surface: c for c in extract_claims(Document.from_text(text, published=_ON))}


def test_a_shortfall_after_both_flows_is_a_balance_not_a_flow() -> None:
    text = ("Peru sold Chile goods worth $3.1 billion in 2024 and bought $4.6 billion of goods "
            "from it, which left a shortfall of about $1.5 billion.")
    claims = _claims(text)
    assert "$3.1 billion" in claims and "$4.6 billion" in claims
    assert "$1.5 billion" not in claims


def test_a_gap_named_after_the_figure_is_a_balance_too() -> None:
    text = ("Exports from Ghana to Norway came to 410 million euros in 2023 while imports "
            "reached 690 million euros, leaving a 280 million euro gap.")
    claims = _claims(text)
    assert "690 million euros" in claims
    assert "280 million euro" not in claims


def test_a_shortfall_on_one_flow_with_no_purchases_named_stays_a_claim() -> None:
    text = ("Uruguay's beef exports fell to $812 million in 2024 from $1,090 million, a "
            "shortfall of $278 million.")
    assert "$278 million" in _claims(text)


def test_an_amount_taken_by_a_partner_in_its_buyer_role_is_a_flow() -> None:
    text = "Peru was the biggest buyer of Bolivian lithium carbonate in 2024, taking 12,400 tonnes."
    claim = _claims(text)["12,400 tonnes"]
    assert (claim.kind, claim.exporter, claim.importer) == ("level", "BOL", "PER")


def test_a_percent_after_a_supplier_role_is_the_partner_share() -> None:
    claim = _claims("Chile became Japan's leading supplier of cobalt ore, with 41.5%.")["41.5%"]
    assert (claim.kind, claim.exporter, claim.importer) == ("share", "CHL", "JPN")


def test_a_figure_not_set_after_the_role_is_left_alone() -> None:
    text = ("Peru was the biggest buyer of Bolivian lithium carbonate in 2024, and its economy "
            "grew 3.1%.")
    assert "3.1%" not in _claims(text)


def test_a_count_of_people_after_a_buyer_role_is_no_flow() -> None:
    text = ("Peru, the biggest buyer of Bolivian lithium carbonate, with 12,400 people employed "
            "in the trade.")
    assert "12,400 people" not in _claims(text)
