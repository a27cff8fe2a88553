"""Session 52, which figures are claims and of which kind: each test pins one rule of the session
on invented text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def test_a_share_of_payments_settlements_or_workers_is_no_claim() -> None:
    found = _claims("Kazakhstan sold 40% of its wheat exports to Uzbekistan in 2023. The tenge now "
                    "covers 65% of export settlements with Uzbekistan, and the two currencies "
                    "serve 80% of payments for Kazakh exports to Uzbekistan.")
    assert "40%" in found
    assert "65%" not in found and "80%" not in found


def test_a_share_of_goods_sold_abroad_stays_a_claim() -> None:
    found = _claims("Kazakhstan shipped 35% of its wheat exports to Uzbekistan in 2023.")
    assert found["35%"].kind == "share"


def test_a_sum_sizing_a_project_plant_or_fund_is_no_claim() -> None:
    found = _claims("Ghana exported cocoa worth $2.4 billion in 2023, and the cocoa board signed a "
                    "$1.1 billion syndicated facility to fund purchases. A $600 million grinding "
                    "plant and a US$3 billion port expansion are planned.")
    assert "$2.4 billion" in found
    for surface in ("$1.1 billion", "$600 million", "US$3 billion"):
        assert surface not in found, surface


def test_a_sum_of_goods_bought_from_plants_stays_a_claim() -> None:
    found = _claims("Ghana exported $300 million of plant products to the Netherlands in 2023.")
    assert "$300 million" in found


def test_a_percent_apposed_to_a_price_move_is_no_claim() -> None:
    found = _claims("Kenyan tea exports rose 4% to 45,000 tonnes in May. The average price of a "
                    "bag at the Mombasa auction slipped to Ksh 12,400 last week, a 6 percent fall "
                    "from Ksh 13,190 the week before.")
    assert "4%" in found and "45,000 tonnes" in found
    assert "6 percent" not in found
    found = _claims("Kenya's tea exports rose 4% in May. In June an ounce of saffron went from "
                    "$2,100 to $2,200, a gain of 4.8%.")
    assert "4%" in found and "4.8%" not in found


def test_a_percent_apposed_to_a_flow_move_stays_a_change() -> None:
    found = _claims("Tea exports from Kenya rose to 45,000 tonnes in May, a 6 percent rise on "
                    "April.")
    assert found["6 percent"].kind == "change"


def test_a_share_of_growers_households_or_voyages_is_no_claim() -> None:
    found = _claims("Kenya exported 45,000 tonnes of tea to Pakistan in May. About 30% of the "
                    "country's tea growers sell through the Mombasa auction, and 12 percent of "
                    "the voyages to Karachi carried tea.")
    assert "45,000 tonnes" in found
    assert "30%" not in found and "12 percent" not in found



def test_an_old_share_named_after_the_new_one_is_a_share() -> None:
    found = _claims("Kenya's share of Uganda's tea imports fell to 13 percent in 2023, and in "
                    "coffee it dropped to 18 percent from 36 percent in 2021.")
    assert (found["36 percent"].kind, found["36 percent"].direction) == ("share", None)
    assert found["18 percent"].kind == "share"


def test_an_old_growth_rate_after_the_new_one_is_no_share() -> None:
    found = _claims("Kenya's tea exports to Uganda rose 12% in 2023, after growth slowed to 5% "
                    "from 9% in 2022.")
    assert "9%" not in found or found["9%"].kind != "share"


def test_a_countrys_national_income_is_no_claim() -> None:
    found = _claims("Syria's exports to Lebanon came to $1.2 billion in 2023. Syria's national "
                    "income is put at an estimated $29 billion this year, and its per capita "
                    "income at $1,300.")
    assert "$1.2 billion" in found
    assert "$29 billion" not in found and "$1,300" not in found
