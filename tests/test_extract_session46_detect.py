"""Session 46, detect: which figures are trade claims."""

from __future__ import annotations

from datetime import date

from claim_helpers import in_body


def test_money_earmarked_or_paid_as_subsidy_is_no_claim() -> None:
    # `has earmarked $60 million for ...`, `$45 million of the fuel subsidy`: public money set
    # aside or paid out, not the value of a flow, though the sentence speaks of imports
    text = ("Ruritania's government has earmarked $60 million for imported fertiliser, and "
            "the trade minister said $45 million of the diesel subsidy had been used so far.")
    claims = in_body(text, date(2024, 3, 1))
    assert "$60 million" not in claims
    assert "$45 million" not in claims


def test_goods_earmarked_for_export_stay_a_claim() -> None:
    # `of which 12 tonnes were earmarked for export`: an amount of goods set aside for a flow
    text = ("Ruritania produced 30 tonnes of gold last year, of which 12 tonnes were earmarked "
            "for export.")
    claims = in_body(text, date(2024, 3, 1))
    assert "12 tonnes" in claims


def test_customs_and_state_revenue_is_no_claim() -> None:
    # `Customs revenue rose 12% to $80 million`, `state revenue of ...`: money a treasury collects,
    # not the value of a flow, though the sentence has a flow before it
    text = ("Ruritania's exports rose 9% to $410 million in 2023, while customs revenue climbed "
            "12% to $80 million and state revenue reached $2.1 billion.")
    claims = in_body(text, date(2024, 3, 1))
    assert "12%" not in claims
    assert "$80 million" not in claims
    assert "$2.1 billion" not in claims
    assert "$410 million" in claims
