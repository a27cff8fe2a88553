"""Session 62, the seller side of claim parties: each test pins one rule of the session on
invented text; each rule's own tests fail without it, and its near misses guard its reach."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, sides

_claims = extracted_on(date(2025, 6, 1))


# --- `respectively`: changes, then the levels they reached -------------------------------------

def test_changes_before_the_levels_they_reached_take_the_listed_sellers() -> None:
    found = _claims("Sweden bought less salmon in April. Arrivals from Norway and Chile slid "
                    "by 14% and 9%, to 61,200 tonnes and 7,450 tonnes, respectively.")
    assert sides(found, "14%") == ("NOR", "SWE")
    assert sides(found, "9%") == ("CHL", "SWE")
    assert sides(found, "61,200 tonnes") == ("NOR", "SWE")
    assert sides(found, "7,450 tonnes") == ("CHL", "SWE")


def test_changes_of_listed_demonyms_before_levels_are_their_sellers_sales() -> None:
    found = _claims("Poland's coal purchases climbed in 2023. Colombian and Kazakh supplies "
                    "grew by 41 percent and 18 percent, to 3.2 million and 1.7 million tonnes, "
                    "respectively.")
    assert found["41 percent"].exporter == "COL"
    assert found["18 percent"].exporter == "KAZ"


def test_a_single_change_before_a_level_list_is_not_read_item_by_item() -> None:
    # near miss: one change before two levels is no parallel run, so it is not the first
    # listed seller's alone
    found = _claims("Sweden bought less salmon in April. Arrivals from Norway and Chile slid by "
                    "14%, to 61,200 tonnes and 7,450 tonnes, respectively.")
    assert found["14%"].exporter != "NOR"
    assert sides(found, "61,200 tonnes") == ("NOR", "SWE")


# --- a buyer's total whose sentence names the suppliers of its parts ---------------------------

def test_a_buyers_total_with_its_suppliers_appended_has_no_seller() -> None:
    found = _claims("Peru sold 90,000 tonnes of fishmeal to Vietnam in May. Vietnam's fishmeal "
                    "imports rose 12% to 410,000 tonnes in the half, with Peru supplying 38%.")
    assert sides(found, "12%") == (None, "VNM")
    assert sides(found, "410,000 tonnes") == (None, "VNM")


def test_a_total_with_an_of_which_supplier_part_has_no_seller() -> None:
    found = _claims("India sold 300,000 tonnes of rice to Kenya in May. Rice imports came to "
                    "$612 million in 2024, of which Pakistan held a 41% share.")
    assert sides(found, "$612 million") == (None, "KEN")


def test_a_seller_named_before_the_appended_parts_stays() -> None:
    # near miss: the sentence names the seller itself, before the phrase on the parts
    found = _claims("Chile bought 2.4 million tonnes of Argentine wheat in 2024, with cargoes "
                    "from Rosario and Bahia Blanca.")
    assert sides(found, "2.4 million tonnes") == ("ARG", "CHL")


def test_appended_buyers_of_a_sale_leave_its_seller() -> None:
    # near miss: the phrase names the buyers of parts (no supplier word), so the sale's seller
    # carried from before stays
    found = _claims("Ghana's cocoa exports to Europe rose in 2024. Shipments to the Netherlands "
                    "reached 210,000 tonnes, with Belgium next on 95,000 tonnes.")
    assert sides(found, "210,000 tonnes") == ("GHA", "NLD")


# --- the article's one seller goes on across paragraphs ----------------------------------------

_FRUIT = ("Chile's exports of fresh fruit rose for a third year in 2024, to 2.6 million tonnes, "
          "customs figures show.")


def test_a_figure_with_no_side_takes_the_articles_one_seller() -> None:
    found = _claims(_FRUIT + "\n\nCherries were the fastest riser, their value up 22% to $2.9 "
                    "billion, while plums slid 14%.")
    assert sides(found, "22%") == ("CHL", None)
    assert sides(found, "$2.9 billion") == ("CHL", None)
    assert sides(found, "14%") == ("CHL", None)


def test_a_world_figure_does_not_take_the_articles_one_seller() -> None:
    # near miss: a figure of global trade belongs to no seller
    found = _claims(_FRUIT + "\n\nGlobal trade in cherries grew 8% to $11 billion.")
    assert sides(found, "8%") == (None, None)
    assert sides(found, "$11 billion") == (None, None)


def test_an_article_with_two_sellers_carries_neither_to_a_bare_figure() -> None:
    # near miss: two sellers before, so no single one to carry
    found = _claims("Chile's exports of fresh fruit rose for a third year in 2024, to 2.6 million "
                    "tonnes, and Peru's fruit shipments reached 1.9 million tonnes.\n\nCherries "
                    "were the fastest riser, their value up 22% to $2.9 billion.")
    assert sides(found, "$2.9 billion") == (None, None)


# --- a sale told by its buyer takes the article's one seller -----------------------------------

_SALMON = "Norway's salmon exports grew 6% in March, the seafood council said.\n\n"


def test_a_buyers_intake_beside_a_sale_takes_no_seller() -> None:
    # (mend S, finding 6: a buyer's own intake, in a clause with no sale phrase of its own, is
    # from every supplier; the sale beside it keeps the article's one seller)
    found = _claims(_SALMON + "Sales to Poland climbed 11% to 21,000 tonnes, while France's "
                    "intake rose to 14,500 tonnes.")
    assert sides(found, "21,000 tonnes") == ("NOR", "POL")
    assert sides(found, "14,500 tonnes") == (None, "FRA")


def test_a_buyers_purchases_beside_a_sale_take_no_seller() -> None:
    # near miss: a sentence that also tells purchases may be of the buyer's imports from all
    found = _claims(_SALMON + "Sales to Poland climbed 11% to 21,000 tonnes, while France's "
                    "purchases rose to 14,500 tonnes.")
    assert sides(found, "14,500 tonnes") == (None, "FRA")


def test_a_sale_told_by_its_buyer_after_two_sellers_takes_neither() -> None:
    # near miss: two sellers before, so no single one to carry
    found = _claims("Norway's salmon exports grew 6% in March, and Scotland's rose 4%.\n\nSales "
                    "to Poland climbed 11% to 21,000 tonnes, while France's intake rose to 14,500 "
                    "tonnes.")
    assert sides(found, "14,500 tonnes") == (None, "FRA")


def test_a_supplier_of_all_of_it_stays_the_totals_seller() -> None:
    # near miss: the appended supplier supplies the whole, so it is the total's seller
    found = _claims("Jordan imported 64,000 tonnes of barley in May, with Romania supplying "
                    "almost all of it.")
    assert sides(found, "64,000 tonnes") == ("ROU", "JOR")


def test_a_bare_figure_naming_the_seller_at_home_keeps_no_side() -> None:
    # near miss: the sentence names the seller itself as the place of the sales (its home
    # market), which no earlier reading made a side, so the article's seller is not carried
    found = _claims(_FRUIT + "\n\nFruit sales in Chile itself grew 3% to $1.4 billion.")
    assert sides(found, "$1.4 billion") == (None, None)
