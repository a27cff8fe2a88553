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


def test_fees_holdings_and_averages_are_no_claim() -> None:
    # `a fee of 500 dinars`, `DAP holdings stood at`, `the world average of`: a charge, a store
    # and a benchmark, not flows, though the sentence or paragraph speaks of imports
    text = ("Ruritania imported 2 million tonnes of urea in 2023. Urea holdings stood at 300,000 "
            "tonnes on June 30. Importers must pay a fee of 500 dinars per licence. Urea use per "
            "hectare reached 90 kg, short of the world average of 120 kg.")
    claims = in_body(text, date(2024, 3, 1))
    assert "2 million tonnes" in claims
    assert "300,000 tonnes" not in claims
    assert "500 dinars" not in claims
    assert "120 kg" not in claims


def test_use_per_person_and_counts_of_flights_are_no_claim() -> None:
    # `8 kg per person`, `cargo flights rose 9.6%`: what each person eats and how many planes
    # flew, not the size of a flow, in a paragraph about a flow
    text = ("Ruritania exported 25,000 tonnes of cut flowers in 2024, 6% more than a year "
            "earlier. Departing cargo flights rose 9.5%, to 520 from 475. Flower use came to "
            "3 kg per person.")
    claims = in_body(text, date(2025, 3, 1))
    assert "25,000 tonnes" in claims
    assert "9.5%" not in claims
    assert "3 kg" not in claims


def test_goods_piled_up_or_warehoused_are_no_claim() -> None:
    # `9,000 tonnes of the scrap have piled up at the port`: goods held up, not a flow, though
    # the paragraph speaks of a flow (goods `stored` or `stuck at ports for export` stay a flow)
    text = ("Ruritania imported 60,000 tonnes of plastic scrap in 2023. Some 9,000 tonnes of the "
            "scrap have piled up at the port of Porto Novo.")
    claims = in_body(text, date(2024, 3, 1))
    assert "60,000 tonnes" in claims
    assert "9,000 tonnes" not in claims
