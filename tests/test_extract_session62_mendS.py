"""Session 62, mend of the seller rules: each test pins one reviewer finding on invented text;
each finding's own tests fail without its guard, and its near misses show the rule still fires
where it should."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, sides

_claims = extracted_on(date(2025, 6, 1))


# --- a buyer's total with its suppliers appended: a supplier is a country, not a port ----------

def test_a_port_of_the_seller_appended_to_a_total_is_no_other_supplier() -> None:
    found = _claims("Egypt bought 2 million tonnes of Russian wheat in May. Egypt's wheat imports "
                    "rose 12% on April, with cargoes from Novorossiysk.")
    assert sides(found, "12%") == ("RUS", "EGY")


def test_a_country_appended_as_a_supplier_of_a_part_still_drops_the_seller() -> None:
    # near miss: a demonym names another supplying country, so the total is from every seller
    found = _claims("Peru sold 90,000 tonnes of fishmeal to China in May. China's fishmeal "
                    "imports rose 9% to 300,000 tonnes, with Chilean cargoes up a fifth.")
    assert sides(found, "9%") == (None, "CHN")
    assert sides(found, "300,000 tonnes") == (None, "CHN")


# --- only a buyer's total loses its seller, and other buyers are no suppliers ------------------

def test_a_sale_with_another_sellers_cargoes_appended_keeps_its_seller() -> None:
    found = _claims("India's rice exports hit a record in May. Sales to Iran rose 14% to 900,000 "
                    "tonnes, with Pakistani cargoes to Iran down by a third.")
    assert sides(found, "14%") == ("IND", "IRN")
    assert sides(found, "900,000 tonnes") == ("IND", "IRN")


def test_a_sale_with_another_buyers_cargoes_appended_keeps_its_seller() -> None:
    found = _claims("Canada's potash exports rose in May. Shipments to Brazil rose 10% to 2 "
                    "million tonnes, with another 600,000 tonnes shipped to Indonesia.")
    assert sides(found, "10%") == ("CAN", "BRA")
    assert sides(found, "2 million tonnes") == ("CAN", "BRA")


# --- the article's one seller: not into a sentence on another country, a home market or transit

_BANANAS = ("Ecuador's banana exports rose in 2024, to 6.5 million tonnes, trade data show.\n\n")


def test_a_sentence_on_another_country_does_not_take_the_articles_seller() -> None:
    found = _claims(_BANANAS + "Colombia's growers had a harder year, with output down 9%.")
    assert sides(found, "9%") == (None, None)


def test_a_bare_figure_naming_no_country_still_takes_the_articles_seller() -> None:
    # near miss: no country, region or stop word in the sentence
    found = _claims(_BANANAS + "Organic bananas were the fastest riser, their value up 18% to "
                    "$400 million.")
    assert sides(found, "18%") == ("ECU", None)
    assert sides(found, "$400 million") == ("ECU", None)


def test_another_country_as_a_place_of_other_news_still_takes_the_articles_seller() -> None:
    # near miss: the country is no owner, seller or market of the figure
    found = _claims(_BANANAS + "Organic bananas were the fastest riser as heavy rain in Colombia "
                    "hurt rivals, their value up 18%.")
    assert sides(found, "18%") == ("ECU", None)


def test_retail_sales_in_another_country_do_not_take_the_articles_seller() -> None:
    found = _claims(_BANANAS + "Retail banana sales in Germany rose 5% to €2 billion.")
    assert sides(found, "5%") == (None, None)
    assert sides(found, "€2 billion") == (None, None)


def test_domestic_or_retail_figures_do_not_take_the_articles_seller() -> None:
    fruit = "Chile's fresh fruit exports grew again in 2024, to 2.6 million tonnes.\n\n"
    found = _claims(fruit + "Domestic demand for cherries was the fastest riser, up 14%.")
    assert sides(found, "14%") == (None, None)
    found = _claims(fruit + "Cherries were the fastest riser in retail, their value up 14%.")
    assert sides(found, "14%") == (None, None)


def test_goods_through_a_transit_country_do_not_take_the_articles_seller() -> None:
    found = _claims(_BANANAS + "Shipments through Panama rose 7%.")
    assert sides(found, "7%") == (None, None)


def test_through_a_month_still_takes_the_articles_seller() -> None:
    # near miss: `through May` is a time, no place of transit
    found = _claims(_BANANAS + "Sales rose 6% through May.")
    assert sides(found, "6%") == ("ECU", None)


def test_a_regions_buyers_as_a_side_do_not_take_the_articles_seller() -> None:
    found = _claims(_BANANAS + "Asian buyers took 10% more bananas.")
    assert sides(found, "10%") == (None, None)


def test_sales_to_a_regions_markets_still_take_the_articles_seller() -> None:
    # near miss: the region's people are the place the sale goes to
    found = _claims(_BANANAS + "Shipments to Asian markets rose 10%.")
    assert sides(found, "10%") == ("ECU", None)


# --- a sale told by its buyer: not another seller's, and only in the figure's own clause -------

_SALMON = "Norway's salmon exports grew 6% in March, the seafood council said.\n\n"


def test_a_sale_by_other_producers_does_not_take_the_articles_seller() -> None:
    found = _claims(_SALMON + "Shipments to Japan by smaller producers rose 15% to 40,000 tonnes.")
    assert sides(found, "15%") == (None, "JPN")
    assert sides(found, "40,000 tonnes") == (None, "JPN")


def test_a_sale_by_a_regions_producers_does_not_take_the_articles_seller() -> None:
    found = _claims(_SALMON + "Shipments to Korea by Latin American producers rose 20% to "
                    "50,000 tonnes.")
    assert sides(found, "20%") == (None, "KOR")
    assert sides(found, "50,000 tonnes") == (None, "KOR")


def test_sales_to_two_buyers_both_take_the_articles_seller() -> None:
    # near miss: another buyer in the sentence is no other seller
    found = _claims(_SALMON + "Shipments to Japan rose 15% to 40,000 tonnes, while sales to "
                    "Korea fell 3%.")
    assert sides(found, "40,000 tonnes") == ("NOR", "JPN")
    assert sides(found, "3%") == ("NOR", "KOR")


def test_a_buyers_total_intake_beside_a_sale_has_no_seller() -> None:
    found = _claims(_SALMON + "Prices rose. Sales to Spain climbed 8%, while Italy's total intake "
                    "rose 2% to 25,000 tonnes.")
    assert sides(found, "8%") == ("NOR", "ESP")
    assert sides(found, "2%") == (None, "ITA")
    assert sides(found, "25,000 tonnes") == (None, "ITA")


def test_a_buyer_in_a_clause_with_no_sale_phrase_has_no_seller() -> None:
    found = _claims(_SALMON + "Sales to Spain climbed 8%, while Italy took 25,000 tonnes.")
    assert sides(found, "25,000 tonnes") == (None, "ITA")


def test_a_sale_after_another_sentence_still_takes_the_articles_seller() -> None:
    # near miss: the sale phrase is in the figure's own clause, after a sentence before it
    found = _claims(_SALMON + "Prices rose. Sales to Spain climbed 8% to 25,000 tonnes.")
    assert sides(found, "25,000 tonnes") == ("NOR", "ESP")
