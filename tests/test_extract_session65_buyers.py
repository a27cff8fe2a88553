"""Session 65, claim parties on the buyer side: each test pins one rule of the session on
invented text; each rule's own tests fail without it, and its near misses guard its reach."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, sides

_claims = extracted_on(date(2025, 6, 1))


# A part of a total that `went to` a country after it has that country as its buyer


def test_a_part_of_it_that_went_to_a_country_takes_it_as_buyer() -> None:
    found = _claims("Chile sold 1.9 million tonnes of copper cathode abroad in 2024, and 1.1 "
                    "million tonnes of it, nearly 60%, went to Vietnam, according to customs "
                    "data.")
    assert sides(found, "1.1 million tonnes") == ("CHL", "VNM")
    assert sides(found, "60%") == ("CHL", "VNM")
    assert sides(found, "1.9 million tonnes") == ("CHL", None)


def test_a_fraction_of_a_countrys_exports_that_go_to_another_takes_it_as_buyer() -> None:
    found = _claims("A third of Kenya's total exports, mostly tea and flowers, go to Uganda.")
    assert sides(found, "A third") == ("KEN", "UGA")


def test_a_part_that_went_to_several_listed_markets_has_no_one_buyer() -> None:
    # near miss: the part went to a list of countries, not to one buyer
    found = _claims("Chile sold 1.9 million tonnes of copper cathode abroad in 2024, and 1.1 "
                    "million tonnes of it went to Vietnam, Thailand and other Asian buyers.")
    assert sides(found, "1.1 million tonnes") == ("CHL", None)


def test_a_part_that_went_to_a_region_stays_without_buyer() -> None:
    # near miss: no country follows `went to`
    found = _claims("A third of Kenya's total exports, mostly tea and flowers, go to the Middle "
                    "East.")
    assert sides(found, "A third") == ("KEN", None)


# A country's bill for goods (`fuel bill`, `rice bill`) is what it pays for them abroad: it buys


def test_a_countrys_fuel_bill_makes_it_the_buyer() -> None:
    found = _claims("Uganda's fuel bill rose 41% to $900 million in 2023.")
    assert sides(found, "41%") == (None, "UGA")
    assert sides(found, "$900 million") == (None, "UGA")


def test_a_headline_oil_bill_makes_its_owner_the_buyer() -> None:
    found = _claims("Zambia's oil bill up 41% in 2023")
    assert sides(found, "41%") == (None, "ZMB")


def test_a_wage_bill_is_no_purchase_of_goods() -> None:
    # near miss: a bill for no goods names no buyer and no flow
    found = _claims("Uganda's wage bill rose 12% to $2 billion in 2023.")
    assert "12%" not in found and "$2 billion" not in found


# `imports cost Liberia $210 million`: the country a purchase cost is its buyer


def test_the_country_imports_cost_is_their_buyer() -> None:
    found = _claims("Rice imports cost Liberia $210 million in 2024, the central bank said.")
    assert sides(found, "$210 million") == (None, "LBR")


def test_the_seller_a_ban_cost_sales_keeps_its_buyer() -> None:
    # near miss: no buying word before the country the ban cost; it stays the seller
    found = _claims("The export ban cost Myanmar $300 million of rice sales to Bangladesh in "
                    "2024.")
    assert sides(found, "$300 million") == ("MMR", "BGD")
