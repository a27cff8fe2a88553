"""Session 64 mend of the seller-side rules: each test pins one guard on invented text; each
guard's own tests fail without it, and its near misses show the rule still fires where it
should."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted, extracted_on, sides
from tradetrace.model import Claim

_claims = extracted_on(date(2024, 6, 1))


def _from_outlet(text: str, outlet: str) -> dict[str, Claim]:
    return extracted(text, date(2024, 6, 1), outlet=outlet)


# --- a joint purchase states its seller only for the joint buyers, not for their totals ---------

def test_a_buyer_outside_a_joint_purchase_buys_from_anywhere() -> None:
    found = _claims("Kenya, Uganda and Rwanda bought more Indian sugar in 2023. Tanzania "
                    "imported 95,000 tonnes of sugar, up 6%.")
    assert sides(found, "95,000 tonnes") == (None, "TZA")
    assert sides(found, "6%") == (None, "TZA")


def test_a_joint_buyers_whole_total_is_from_anywhere() -> None:
    found = _claims("Kenya, Uganda and Rwanda bought more Indian sugar in 2023. Uganda "
                    "imported 140,000 tonnes of sugar in total.")
    assert sides(found, "140,000 tonnes") == (None, "UGA")


def test_a_joint_buyers_own_purchase_still_takes_the_stated_seller() -> None:
    # near miss: one of the joint buyers, no whole total
    found = _claims("Kenya, Uganda and Rwanda bought more Indian sugar in 2023. Rwanda "
                    "imported 30,000 tonnes of sugar.")
    assert sides(found, "30,000 tonnes") == ("IND", "RWA")


# --- a part appended with `, and ... of it` ------------------------------------------------------

def test_goods_shipped_via_a_transit_country_keep_the_paragraphs_seller() -> None:
    found = _claims("Chile bought 400,000 tonnes of soybeans from Brazil in 2022. This year it "
                    "bought 520,000 tonnes, and most of it was shipped via Uruguay.")
    assert sides(found, "520,000 tonnes") == ("BRA", "CHL")


def test_a_part_shipped_from_another_seller_still_leaves_the_total_without_one() -> None:
    # near miss: a real origin after `shipped from`
    found = _claims("Chile bought 400,000 tonnes of soybeans from Brazil in 2022. This year it "
                    "bought 520,000 tonnes, and most of it was shipped from Paraguay.")
    assert sides(found, "520,000 tonnes") == (None, "CHL")


def test_the_whole_of_a_total_from_one_seller_is_its_seller() -> None:
    found = _claims("Egypt imported 3.1 million tonnes of maize in 2023, and the whole of it "
                    "came from Ukraine.")
    assert sides(found, "3.1 million tonnes") == ("UKR", "EGY")


def test_every_unit_of_a_total_from_one_seller_is_its_seller() -> None:
    found = _claims("Egypt imported 3.1 million tonnes of maize in 2023, and every tonne of it "
                    "came from Ukraine.")
    assert sides(found, "3.1 million tonnes") == ("UKR", "EGY")


def test_a_hundred_percent_of_a_total_from_one_seller_is_its_seller() -> None:
    found = _claims("Egypt imported 3.1 million tonnes of maize in 2023, and 100% of it came "
                    "from Ukraine.")
    assert sides(found, "3.1 million tonnes") == ("UKR", "EGY")


def test_a_part_of_a_total_from_one_seller_leaves_the_total_without_one() -> None:
    # near miss: a part, not the whole
    found = _claims("Egypt imported 3.1 million tonnes of maize in 2023, and 60% of it came "
                    "from Ukraine.")
    assert sides(found, "3.1 million tonnes") == (None, "EGY")


def test_a_part_set_off_by_commas_is_read_as_before_the_rule() -> None:
    # the `(?!\s*,)` exception: without it the part would lose its own seller too
    found = _claims("Chile imported 30,000 cars in 2023, and 12,000 of them, or 40%, came "
                    "from Japan.")
    assert sides(found, "12,000") == ("JPN", "CHL")
    assert sides(found, "40%") == ("JPN", "CHL")


# --- a list after a `from` that is no origin ----------------------------------------------------

def test_demand_from_a_list_of_buyers_keeps_the_seller() -> None:
    found = _claims("Demand from Turkey, Egypt and other Mideast markets lifted Russian wheat "
                    "exports by 9% in 2023.")
    assert sides(found, "9%") == ("RUS", None)


def test_a_list_set_apart_by_apart_from_keeps_the_seller() -> None:
    found = _claims("Apart from Turkey, Egypt and other Mideast buyers took 2 million tonnes of "
                    "Russian wheat in 2023.")
    assert found["2 million tonnes"].exporter == "RUS"


def test_a_list_after_an_origin_from_is_still_the_suppliers() -> None:
    # near miss: a real origin list
    found = _claims("Wheat imports from Russia, Romania and other suppliers rose 9 percent to "
                    "2 million tonnes.")
    assert sides(found, "2 million tonnes") == (None, None)


# --- the last country of a longer list before `and other markets` -------------------------------

def test_the_last_country_of_a_long_list_before_and_other_markets_is_no_seller() -> None:
    found = _claims("Walnut sales to Turkey, Egypt, Chile and other markets rose 11 percent.")
    assert sides(found, "11 percent") == (None, None)


def test_a_long_closed_list_of_buyers_keeps_its_first_buyer() -> None:
    # near miss: all the buyers are named
    found = _claims("Walnut sales to Turkey, Egypt, Chile and Peru rose 11 percent to $40 "
                    "million.")
    assert sides(found, "$40 million") == (None, "TUR")


# --- an outlet's name: a country word inside another place's name ------------------------------

def test_a_country_word_inside_a_longer_place_name_is_no_outlet_country() -> None:
    for outlet in ("New Jersey Herald", "South China Morning Post", "Indian Ocean Times"):
        found = _from_outlet("Container imports rose 4% in May.", outlet)
        assert sides(found, "4%") == (None, None), outlet


def test_a_us_home_town_paper_sharing_a_countrys_name_is_no_outlet_country() -> None:
    for outlet in ("Georgia Farm Bureau", "Lebanon Daily News", "Peru Tribune"):
        found = _from_outlet("Container imports rose 4% in May.", outlet)
        assert sides(found, "4%") == (None, None), outlet


def test_a_national_outlet_of_such_a_country_still_names_it() -> None:
    # near miss: the country's own outlets, a country whose name starts with `New`, and a
    # part of the country itself
    assert sides(_from_outlet("Container imports rose 4% in May.", "Georgia Today"),
                  "4%") == (None, "GEO")
    assert sides(_from_outlet("Container imports rose 4% in May.", "Radio New Zealand"),
                  "4%") == (None, "NZL")
    assert sides(_from_outlet("Container imports rose 4% in May.", "The New Indian Express"),
                  "4%") == (None, "IND")
    assert sides(_from_outlet("Container imports rose 4% in May.", "North Norway Review"),
                  "4%") == (None, "NOR")
