"""Session 64, the seller side of claim parties: each test pins one rule of the session on
invented text; each rule's own tests fail without it, and its near misses guard its reach."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted, extracted_on, sides
from tradetrace.model import Claim

_claims = extracted_on(date(2024, 6, 1))


def _from_outlet(text: str, outlet: str) -> dict[str, Claim]:
    return extracted(text, date(2024, 6, 1), outlet=outlet)


# --- an outlet whose own name names one country covers it, when the text names none ------------

def test_a_story_naming_no_country_is_about_the_country_its_outlet_is_named_for() -> None:
    found = _from_outlet("Tea exports earned $1.2 billion in 2023, up 8 percent, the tea board "
                         "said.", "The Nairobi Ledger")
    assert sides(found, "$1.2 billion") == ("KEN", None)
    assert sides(found, "8 percent") == ("KEN", None)


def test_an_outlet_named_by_its_countrys_name_gives_that_seller() -> None:
    found = _from_outlet("Cashew shipments brought in $310 million in 2023, the export council "
                         "said.", "Malawi Courier")
    assert sides(found, "$310 million") == ("MWI", None)


def test_a_story_naming_its_own_country_keeps_it_whatever_the_outlet() -> None:
    # near miss: the text's own country wins over the outlet's
    found = _from_outlet("Uganda's coffee exports rose 5 percent to $900 million in 2023.",
                         "The Nairobi Ledger")
    assert sides(found, "$900 million") == ("UGA", None)


def test_an_outlet_relayed_in_brackets_names_no_country() -> None:
    # near miss: the country is the relay's, not the outlet's own name
    found = _from_outlet("Tea exports earned $1.2 billion in 2023, up 8 percent, the tea board "
                         "said.", "Wire Service (via The Nairobi Ledger)")
    assert sides(found, "$1.2 billion") == (None, None)


# --- `shipped weight` measures goods, it ships nothing -------------------------------------------

def test_an_import_counted_in_shipped_weight_stays_the_buyers() -> None:
    found = _claims("Japan's pork imports rose 4% in March to 81,300 tonnes shipped weight.")
    assert sides(found, "81,300 tonnes") == (None, "JPN")
    assert sides(found, "4%") == (None, "JPN")


def test_shipped_as_a_verb_still_makes_its_subject_the_seller() -> None:
    # near miss: `shipped` with no `weight` after it is the seller's verb
    found = _claims("Denmark shipped 40,000 tonnes of pork to Japan in March.")
    assert sides(found, "40,000 tonnes") == ("DNK", "JPN")


# --- money an export `brought in` as a record is still earned ------------------------------------

def test_exports_that_brought_in_a_record_sum_are_the_sellers_earnings() -> None:
    found = _claims("Vanuatu's kava exports brought in a record $42 million in 2023.")
    assert sides(found, "$42 million") == ("VUT", None)


def test_goods_brought_in_as_a_record_tonnage_are_still_bought() -> None:
    # near miss: a record amount of goods brought in is an import
    found = _claims("Fiji brought in a record 40,000 tonnes of rice in 2023.")
    assert sides(found, "40,000 tonnes") == (None, "FJI")


# --- `, and N of them came from X` singles out a part of a buyer's total -------------------------

def test_a_part_named_after_and_leaves_the_total_without_a_seller() -> None:
    found = _claims("Peru imported 1.8 million tonnes of wheat in 2023, and 1.2 million tonnes "
                    "of it came from Canada.")
    assert sides(found, "1.8 million tonnes") == (None, "PER")
    assert sides(found, "1.2 million tonnes") == ("CAN", "PER")


def test_a_seller_named_with_the_total_stays_its_seller() -> None:
    # near miss: the seller is named before the `and` clause, with the total itself
    found = _claims("Peru imported 1.8 million tonnes of wheat from Canada in 2023, and most of "
                    "it was milled in Lima.")
    assert sides(found, "1.8 million tonnes") == ("CAN", "PER")


def test_a_part_set_off_by_commas_keeps_its_own_seller_and_the_totals() -> None:
    # near miss: `of it, or two thirds,` is a clause read apart; the total is read as before
    found = _claims("Peru brought in 900,000 tonnes of wheat in 2023, and 600,000 tonnes of it, "
                    "or two thirds, came from Canada.")
    assert sides(found, "600,000 tonnes") == ("CAN", "PER")


# --- the last named country of a list ending `and other markets` shares the list's side ----------

def test_the_last_country_before_and_other_markets_is_no_seller() -> None:
    found = _claims("Cherry sales to India, Brazil and other markets rose 14 percent to $88 "
                    "million.")
    assert sides(found, "14 percent") == (None, None)
    assert sides(found, "$88 million") == (None, None)


def test_the_last_country_before_and_other_suppliers_is_no_buyer() -> None:
    found = _claims("Copper imports from Zambia, Chile and other suppliers fell 9 percent to "
                    "410,000 tonnes.")
    assert sides(found, "410,000 tonnes") == (None, None)


def test_a_closed_list_of_buyers_keeps_its_first_buyer() -> None:
    # near miss: a list that names all its buyers is read as before
    found = _claims("Cherry sales to India, Brazil and Canada rose 14 percent to $88 million.")
    assert sides(found, "$88 million") == (None, "IND")


# --- several buyers together leave the one seller they bought from stated for the paragraph ------

def test_each_buyer_of_a_joint_purchase_buys_from_its_one_seller() -> None:
    found = _claims("Chile, Peru and Ecuador bought more Brazilian beef in 2023. Chile's "
                    "purchases rose 12% to 80,000 tonnes.")
    assert sides(found, "80,000 tonnes") == ("BRA", "CHL")
    assert sides(found, "12%") == ("BRA", "CHL")


def test_a_flow_naming_its_own_seller_keeps_it_after_a_joint_purchase() -> None:
    # near miss: a later flow with both sides named is read on its own
    found = _claims("Chile, Peru and Ecuador bought more Brazilian beef in 2023. Argentina "
                    "shipped 5,000 tonnes to Peru.")
    assert sides(found, "5,000 tonnes") == ("ARG", "PER")
