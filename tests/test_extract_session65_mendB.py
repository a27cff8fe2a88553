"""Session 65, mend of the buyer-side party rules: each test pins one guard on invented text;
each guard's own tests fail without it, and its near misses show the rule still fires."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, sides

_claims = extracted_on(date(2025, 6, 1))


# A goods bill cue is the word `bill` or `bills`, not any word opening so (`billion`)


def test_an_oil_billionaire_is_no_oil_bill() -> None:
    found = _claims("Angola's oil billionaire Joao Mendes said his refinery would ship 80,000 "
                    "barrels a day of diesel to Namibia.")
    assert found["80,000 barrels a day"].attribution == "Angola's oil billionaire Joao Mendes"


def test_a_countrys_oil_billions_name_no_buyer() -> None:
    found = _claims("Kazakhstan's oil billions climbed 14% to $61 billion in 2023.")
    assert sides(found, "14%") == (None, None)


def test_a_countrys_oil_bills_still_make_it_the_buyer() -> None:
    # near miss: the plural bill is still a bill
    found = _claims("Tanzania's oil bills climbed 14% to $2.6 billion in 2023.")
    assert sides(found, "14%") == (None, "TZA")


# A household's, a consumer's or a firm's goods bill is no country's imports


def test_a_households_gas_bill_is_no_import() -> None:
    found = _claims("The typical Irish household gas bill will climb 8% to EUR 1,400 a year "
                    "from September, the regulator said.")
    assert "8%" not in found


def test_a_countrys_average_household_food_bill_names_no_buyer() -> None:
    found = _claims("Canada's average household food bill climbed 9% to C$16,000 a year, a "
                    "grocery survey said.")
    assert sides(found, "9%") == (None, None)
    assert "C$16,000 a year" not in found


def test_an_airlines_fuel_bill_is_no_countrys() -> None:
    found = _claims("Air Mauritius's fuel bill climbed 25% to $160 million in the year to "
                    "June.")
    assert sides(found, "25%") == (None, None)


def test_a_countrys_annual_fuel_bill_still_makes_it_the_buyer() -> None:
    # near miss: a country's bill, a word of time between
    found = _claims("Rwanda's annual fuel bill climbed 25% to $600 million in 2023.")
    assert sides(found, "25%") == (None, "RWA")


# `cost X $N`: the buyer only where the purchase is what cost, and the sum was not lost


def test_a_country_that_lost_sales_to_tariffs_is_no_buyer() -> None:
    found = _claims("Tariffs on copper imports cost US wire makers $3 billion and cost Chile "
                    "$1.5 billion in lost copper sales.")
    assert sides(found, "$1.5 billion") == ("USA", None)


def test_revenue_a_waiver_cost_is_no_purchase() -> None:
    found = _claims("Import duty waivers cost Kenya $900 million in lost revenue in 2023.")
    assert found["$900 million"].importer is None


def test_purchases_that_cost_a_country_still_make_it_the_buyer() -> None:
    # near miss: the imports are the subject that cost
    found = _claims("Maize imports cost Zimbabwe $340 million in 2024, the central bank said.")
    assert sides(found, "$340 million") == (None, "ZWE")


# A part that `went to` a country to repay it, or a part of revenue, names no buyer


def test_a_part_sent_to_repay_loans_names_no_buyer() -> None:
    found = _claims("Roughly 30% of Ecuador's crude sales, or $4 billion, went to Thailand to "
                    "service debts.")
    assert found["$4 billion"].importer is None
    assert found["30%"].importer is None


def test_a_part_of_revenue_that_went_to_a_country_names_no_buyer() -> None:
    found = _claims("Roughly 30% of Ecuador's oil revenue, or $4 billion, went to Thailand.")
    assert found["$4 billion"].importer is None


def test_a_part_of_exports_that_went_to_a_country_still_takes_it_as_buyer() -> None:
    # near miss: goods, no debt
    found = _claims("Roughly 30% of Ecuador's crude exports, or $4 billion, went to Thailand.")
    assert sides(found, "$4 billion") == ("ECU", "THA")
