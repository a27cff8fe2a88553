"""Session 58, claim parties: each test pins one rule of the session on invented text; each
rule's own tests fail without it, and its near misses guard its reach."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, sides

_claims = extracted_on(date(2025, 6, 1))

_WALNUTS = "Chile exported 52,000 tonnes of walnuts last year. "


def test_a_bloc_buying_part_of_the_exports_leaves_the_seller_in_its_row() -> None:
    found = _claims(_WALNUTS + "Europe bought roughly 41% of the nuts and Turkey nearly 9%.")
    assert sides(found, "41%") == ("CHL", None)


def test_a_country_row_after_a_bloc_buyer_is_a_buyer_of_the_seller() -> None:
    found = _claims(_WALNUTS + "Europe bought roughly 41% of the nuts and Turkey nearly 9%.")
    assert sides(found, "9%") == ("CHL", "TUR")
    found = _claims(_WALNUTS + "The EU took 21,000 tonnes, India 6,300 tonnes and Morocco "
                    "2,900 tonnes.")
    assert sides(found, "6,300 tonnes") == ("CHL", "IND")
    assert sides(found, "2,900 tonnes") == ("CHL", "MAR")


def test_rows_after_a_bloc_supplying_imports_are_no_buyers() -> None:
    found = _claims("Chile imported 52,000 tonnes of walnuts last year. Europe supplied "
                    "roughly 41% of the nuts and Turkey nearly 9%.")
    assert found["9%"].importer != "TUR"
    assert found["41%"].exporter != "CHL"


def test_a_bloc_buying_from_a_named_seller_takes_no_seller_from_before() -> None:
    found = _claims("Peru exported 52,000 tonnes of walnuts last year. Europe bought 21,000 "
                    "tonnes from Chile and Turkey 3,100 tonnes.")
    assert found["21,000 tonnes"].exporter != "PER"


def test_goods_shipped_there_go_to_the_place_named_before() -> None:
    found = _claims(_WALNUTS + "India rose to third place as shipments there jumped 41% to "
                    "7,300 tonnes.")
    assert sides(found, "41%") == ("CHL", "IND")
    assert sides(found, "7,300 tonnes") == ("CHL", "IND")


def test_sales_there_take_their_place_from_the_sentence_before() -> None:
    found = _claims("Oman stayed the top market for Kenyan tea last year. Sales there slid 8% "
                    "to 3,400 tonnes.")
    assert sides(found, "3,400 tonnes") == ("KEN", "OMN")


def test_the_owner_of_deliveries_there_is_their_seller_and_a_rival_no_place() -> None:
    found = _claims("Pakistan's purchases of Qatari urea have halved as Islamabad leans on "
                    "Oman, whose deliveries there reached 81,000 tonnes in May.")
    assert sides(found, "81,000 tonnes") == ("OMN", "PAK")
    found = _claims(_WALNUTS + "India overtook Turkey as the leading buyer, with shipments "
                    "there climbing to 9,000 tonnes in May.")
    assert sides(found, "9,000 tonnes") == ("CHL", "IND")


def test_prices_there_and_a_new_partner_after_there_are_not_sent_there() -> None:
    found = _claims(_WALNUTS + "India bought 9,000 tonnes, and prices there rose 12% in May.")
    assert sides(found, "9,000 tonnes") == ("CHL", "IND")
    found = _claims(_WALNUTS + "India stayed the top market, while shipments there and to "
                    "Spain rose 12% to 9,000 tonnes.")
    assert sides(found, "9,000 tonnes") != ("CHL", "IND")


def test_a_country_placed_among_buyers_buys_the_figure_after_the_role() -> None:
    found = _claims("Thai durian exports rose 9% in May. Malaysia came third among buyers "
                    "with 7%, ahead of Japan at 4%.")
    assert sides(found, "7%") == ("THA", "MYS")


def test_a_country_placed_among_an_owners_suppliers_sells_to_the_owner() -> None:
    found = _claims("Tanzanian cashew exports fell 6% last year. Benin ranked fifth among "
                    "India's cashew suppliers with 48,000 tonnes.")
    assert sides(found, "48,000 tonnes") == ("BEN", "IND")


def test_a_rival_after_the_placed_country_keeps_its_own_figure() -> None:
    found = _claims("Tanzanian cashew exports fell 6% last year. Benin ranked fifth among "
                    "India's cashew suppliers with 48,000 tonnes, behind Ghana with 90,000 "
                    "tonnes.")
    assert sides(found, "90,000 tonnes") == ("GHA", "IND")


def test_a_country_before_sales_there_owns_them_and_its_is_the_subjects() -> None:
    found = _claims("Japan has become the top market for Chilean cherries. U.S. cherry sales "
                    "there rose 18% to 6,200 tonnes.")
    assert sides(found, "6,200 tonnes") == ("USA", "JPN")
    found = _claims("Spain ranked second among Morocco's olive suppliers, behind Italy and "
                    "Greece, and its olive sales there reached 12,000 tonnes.")
    assert sides(found, "12,000 tonnes") == ("ESP", "MAR")


def test_an_origin_or_a_region_before_sales_there_is_no_place() -> None:
    found = _claims(_WALNUTS + "India, which dropped its duty on walnuts from Chile in May, "
                    "drove the rise: shipments there doubled to 8,800 tonnes.")
    assert sides(found, "8,800 tonnes") == ("CHL", "IND")
    found = _claims("Western Europe bought 31,000 tonnes of Chilean walnuts, while Peruvian "
                    "sales there came to 4,000 tonnes.")
    assert found["4,000 tonnes"].importer != "CHL"
