"""Session 63, the seller side of claim parties: each test pins one rule of the session on
invented text; each rule's own tests fail without it, and its near misses guard its reach."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, sides
from tradetrace.extract import extract_claims
from tradetrace.model import Document

_claims = extracted_on(date(2024, 6, 1))


# --- an aside naming the country as a buyer of a possessive owner ------------------------------

def test_an_aside_naming_the_owners_market_makes_the_owner_the_seller() -> None:
    found = _claims("Germany, Norway's biggest cod market, bought 52,310 tons in January-May, "
                    "6% more than a year before.")
    assert sides(found, "52,310 tons") == ("NOR", "DEU")
    assert sides(found, "6%") == ("NOR", "DEU")


def test_the_next_rows_after_the_aside_keep_its_seller() -> None:
    found = _claims("Germany, Norway's biggest cod market, bought 52,310 tons in January-May. "
                    "Spain followed with 20,433 tons.")
    assert sides(found, "20,433 tons") == ("NOR", "ESP")


def test_an_aside_owned_by_a_region_gives_no_seller() -> None:
    # near miss: `Asia's largest beef buyer` names a region, no country
    found = _claims("Japan, Asia's largest beef buyer, bought 52,310 tons in January-May.")
    assert sides(found, "52,310 tons") == (None, "JPN")


def test_a_suppliers_aside_does_not_make_its_owner_the_buyer() -> None:
    # near miss: a supplier's aside (`Brazil's main wheat supplier`) tells its own sales to all
    found = _claims("Chile, Peru's leading maize supplier, is set to ship 2.4 million tonnes of "
                    "maize in the 2024/25 season.")
    assert sides(found, "2.4 million tonnes") == ("CHL", None)


# --- the holder of a demand that moves an export is no seller ----------------------------------

def test_a_demand_that_pushed_a_countrys_exports_is_not_their_seller() -> None:
    found = _claims("Chinese demand for dairy products pushed Uruguay's goods exports up 11 "
                    "percent in May, to $900 million.")
    assert sides(found, "11 percent") == ("URY", None)
    assert sides(found, "$900 million") == ("URY", None)


def test_demand_from_a_country_that_helped_exports_is_not_their_seller() -> None:
    found = _claims("Lint exports rose 14 percent in May to 61,000 tonnes, helped by firm demand "
                    "from Vietnam.")
    assert found["14 percent"].exporter is None
    assert found["61,000 tonnes"].exporter is None


def test_a_buyer_named_by_to_stays_beside_its_demand() -> None:
    # near miss: the demand's holder still buys when the sale names it as the destination
    found = _claims("Peru's fishmeal exports to China rose 8% in May to 121,000 tonnes as "
                    "Chinese demand recovered.")
    assert sides(found, "8%") == ("PER", "CHN")


# --- a headline figure the lead restates with its seller ---------------------------------------

def test_a_headline_figure_the_lead_restates_takes_the_leads_seller() -> None:
    text = ("Over 12,000 tonnes of sugar go to Kenya in May\nUganda sent more than 12,000 "
            "tonnes of sugar to Kenya by road in May.")
    claims = extract_claims(Document.from_text(text, published=date(2024, 6, 1)))
    assert [(c.exporter, c.importer) for c in claims] == [("UGA", "KEN"), ("UGA", "KEN")]


def test_a_restated_headline_figure_is_no_buyers_total_for_later_figures() -> None:
    found = _claims("Over 12,000 tonnes of sugar go to Kenya by road in May\nUganda sent more "
                    "than 12,000 tonnes of sugar to Kenya by road in May, some 1,500 tonnes "
                    "above April's volume. In the last week alone, over 4,000 tonnes went out: "
                    "about 3,100 tonnes through Busia and 900 tonnes through Malaba.")
    assert sides(found, "4,000 tonnes") == ("UGA", "KEN")
    assert sides(found, "3,100 tonnes") == ("UGA", "KEN")


def test_a_headline_figure_the_lead_does_not_restate_keeps_its_own_reading() -> None:
    # near miss: a headline figure of another size is not the lead's sale
    text = ("Over 12,000 tonnes of sugar go to Kenya in May\nUganda sent 9,000 tonnes of "
            "sugar to Kenya by road in May.")
    found = _claims(text)
    assert sides(found, "9,000 tonnes") == ("UGA", "KEN")
    assert found["12,000 tonnes"].exporter is None


def test_a_headline_naming_a_region_keeps_no_seller() -> None:
    # near miss: a region in the headline (`Central Asia`) sells as several countries together
    text = ("Central Asia sends 9,000 tonnes of sugar to Kenya\nUzbekistan sent 9,000 tonnes "
            "of sugar to Kenya in May.")
    claims = extract_claims(Document.from_text(text, published=date(2024, 6, 1)))
    assert [(c.exporter, c.importer) for c in claims] == [(None, "KEN"), ("UZB", "KEN")]


# --- a figure-less sentence naming the buyer's role toward a seller's goods --------------------

def test_a_country_that_has_become_the_top_destination_states_the_flow() -> None:
    found = _claims("Japan has now become the leading destination for Thai durians, thanks to "
                    "strong sales. Durian exports to Japan reached 41,000 tonnes in May.")
    assert sides(found, "41,000 tonnes") == ("THA", "JPN")


def test_a_stated_flow_of_goods_goes_on_to_the_buyers_total_of_all_goods() -> None:
    found = _claims("Kenya remained the top destination for Ugandan goods, driven by sugar "
                    "sales. Exports to Kenya reached $300 million in July, up 9%.")
    assert sides(found, "$300 million") == ("UGA", "KEN")
    assert sides(found, "9%") == ("UGA", "KEN")


def test_a_stated_flow_does_not_go_on_to_another_buyer() -> None:
    # near miss: a figure naming another buyer is no part of the stated flow
    found = _claims("Japan became the top destination for Thai durians. Exports to Vietnam "
                    "reached 12,000 tonnes in May.")
    assert sides(found, "12,000 tonnes") == (None, "VNM")


# --- `, and` a country with its own trade verb opens the next coordinate -----------------------

def test_a_supplier_after_comma_and_takes_its_share_of_the_buyers_total() -> None:
    found = _claims("India's potash imports totalled 3.1 million tons in 2023, and Canada "
                    "supplied almost 40% of them.")
    assert sides(found, "40%") == ("CAN", "IND")


def test_a_country_after_comma_and_without_a_trade_verb_is_no_buyer() -> None:
    # near miss: `accounted for` is no trade verb of its own, so China does not turn buyer
    found = _claims("India spent $3.4 billion on imported fertilizer in 2023, and China "
                    "accounted for $1.1 billion of that bill.")
    assert found["$1.1 billion"].importer == "IND"


# --- a country named with `and other` members of its side --------------------------------------

def test_a_seller_named_with_other_members_leaves_the_seller_open() -> None:
    found = _claims("Japan's beef imports rose 5% in May. Shipments from Canada and other "
                    "CPTPP members, by contrast, fell 21% to 6,120 tons.")
    assert sides(found, "21%") == (None, "JPN")
    assert sides(found, "6,120 tons") == (None, "JPN")


def test_a_seller_named_alone_keeps_its_side() -> None:
    # near miss: `and other` after the buyer leaves the seller named before it
    found = _claims("Shipments from Canada to Japan and other Asian markets fell 21% to 6,120 "
                    "tons in May.")
    assert found["21%"].exporter == "CAN"
