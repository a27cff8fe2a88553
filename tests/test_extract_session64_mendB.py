"""Session 64, mends of the buyer-side rules: each test pins one reviewer finding on invented
text; each finding's own tests fail without its guard, and its near misses show the rule still
fires where it should."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, sides

_claims = extracted_on(date(2025, 6, 1))


# A later `to` that sends nothing (a comparison, a cause, a flow overtaken) names no buyer


def test_a_compared_country_after_second_only_to_is_no_buyer() -> None:
    found = _claims("Chilean copper exports to Japan, second only to China, rose 7% to "
                    "800,000 tonnes.")
    assert sides(found, "7%") == ("CHL", "JPN")
    assert sides(found, "800,000 tonnes") == ("CHL", "JPN")


def test_a_country_credited_by_thanks_to_is_no_buyer() -> None:
    found = _claims("Australian wool exports to Italy climbed 15%, thanks to India's tariff "
                    "cuts, to 40,000 tonnes.")
    assert sides(found, "40,000 tonnes") == ("AUS", "ITA")


def test_compared_to_and_rather_than_to_name_no_buyer() -> None:
    found = _claims("Thai sugar exports to Vietnam, compared to Cambodia, rose 12% to 600,000 "
                    "tonnes.")
    assert sides(found, "600,000 tonnes") == ("THA", "VNM")
    found = _claims("Peruvian grape exports to Canada rose, rather than to Mexico, reaching "
                    "200,000 tonnes.")
    assert sides(found, "200,000 tonnes") == ("PER", "CAN")


def test_sales_an_overtaking_flow_passes_are_not_its_buyer() -> None:
    found = _claims("Sales to Germany overtook sales to France for the first time, reaching "
                    "$3 billion in 2024.")
    assert found["$3 billion"].importer == "DEU"


def test_the_next_destination_of_a_run_still_takes_its_figures() -> None:
    # near miss: a `to` that sends goods, after the first destination's own figures
    found = _claims("Ghanaian cocoa sales to Belgium rose 5% to 90,000 tonnes and to France 2% "
                    "to 40,000 tonnes.")
    assert sides(found, "90,000 tonnes") == ("GHA", "BEL")
    assert sides(found, "40,000 tonnes") == ("GHA", "FRA")


# Only a dollar's own country code before a spaced `$` is the currency's prefix


def test_row_countries_in_capitals_before_a_spaced_dollar_stay_buyers() -> None:
    found = _claims("Ethiopia's coffee exports by market in 2024: Germany $310 million, UK $95 "
                    "million, UAE $20 million.")
    assert sides(found, "$95 million") == ("ETH", "GBR")
    assert sides(found, "$20 million") == ("ETH", "ARE")


def test_the_last_listed_market_before_a_spaced_dollar_stays_the_buyer() -> None:
    found = _claims("Sri Lanka's top tea export markets in 2024 were Iraq $210 million, the UAE "
                    "$150 million and the UK $90 million.")
    assert sides(found, "$90 million") == ("LKA", "GBR")


def test_a_dollar_prefix_code_before_a_spaced_dollar_is_still_money() -> None:
    # near miss: `NZ $` and `US $` are the currency's prefix, no buyer
    found = _claims("Chile's wine exports to Japan rose 6% to NZ $200 million.")
    assert sides(found, "NZ $200 million") == ("CHL", "JPN")
    found = _claims("Chile's wine exports to Japan rose 6% to US $200 million.")
    assert sides(found, "US $200 million") == ("CHL", "JPN")


# A seller that bought from the article's country is its partner, no rival


def test_the_articles_buyer_selling_back_sells_to_the_article_country() -> None:
    found = _claims("Ghana's cocoa exports to Japan rose 6% to $900 million in 2024. Japan, in "
                    "turn, exported cars worth $90 million.")
    assert sides(found, "$90 million") == ("JPN", "GHA")


def test_the_headline_partner_selling_back_sells_to_the_article_country() -> None:
    found = _claims("Cambodia trade surplus with US widens\nCambodia's exports to the United "
                    "States rose 15% to $9 billion in 2024. American exports grew 4% to "
                    "$400 million.")
    assert sides(found, "$400 million") == ("USA", "KHM")


def test_rivals_of_the_articles_seller_still_take_no_buyer() -> None:
    # near miss: the other sellers bought nothing from the article's country
    found = _claims("Ghana's cocoa exports rose 6% in March. Nigeria and Cameroon raised their "
                    "exports by 4% and 1%, respectively.")
    assert sides(found, "4%") == ("NGA", None)
    assert sides(found, "1%") == ("CMR", None)


# A group taking a figure is several countries named before, not one buyer's firms


def test_two_firms_of_one_buyer_keep_their_country_as_buyer() -> None:
    found = _claims("China's Sinopec and Zhenhua Oil cut purchases of Iranian crude in April. The "
                    "two bought 800,000 barrels a day, brokers said.")
    assert sides(found, "800,000 barrels a day") == ("IRN", "CHN")


def test_one_buyers_agencies_or_importers_keep_their_country_as_buyer() -> None:
    found = _claims("Morocco bought 300,000 tonnes of French wheat in a tender. The three state "
                    "buyers took 120,000 tonnes.")
    assert sides(found, "120,000 tonnes") == ("FRA", "MAR")
    found = _claims("Jordan imported 900,000 tonnes of Romanian wheat in June. The top three "
                    "importers bought 58% of the volume.")
    assert sides(found, "58%") == ("ROU", "JOR")


def test_two_markets_named_before_still_take_their_share_as_a_group() -> None:
    # near miss: two buyer countries named before the group
    found = _claims("Peruvian mango exports hit 90,000 tonnes in 2024. Canada bought 30,000 "
                    "tonnes and Spain 20,000 tonnes. Together, the two markets took 55% of the "
                    "total.")
    assert sides(found, "55%") == ("PER", None)


# `across` a country in a sentence with no transit is throughout it, not a crossing


def test_goods_sold_across_a_country_leave_it_the_buyer_of_later_transit() -> None:
    found = _claims("Turkey fuel market\nRussian diesel sold across Turkey rose to 3 million "
                    "tonnes in 2024. Diesel in transit from Russia reached 400,000 tonnes.")
    assert sides(found, "400,000 tonnes") == ("RUS", "TUR")


def test_goods_in_transit_across_a_country_still_leave_it_no_side() -> None:
    # near miss: the earlier sentence is about transit
    found = _claims("Russian diesel in transit across Turkey rose to 3 million tonnes in 2024. "
                    "Diesel transit from Russia reached 400,000 tonnes.")
    assert sides(found, "400,000 tonnes") == ("RUS", None)


# The hyphenated `trans-shipped` passes the transit pre-check


def test_a_country_goods_are_trans_shipped_through_is_no_buyer() -> None:
    found = _claims("Chinese aluminium trans-shipped through Vietnam reached 300,000 tonnes in "
                    "2024.")
    assert sides(found, "300,000 tonnes") == ("CHN", None)


def test_goods_trans_shipped_to_a_country_keep_it_the_buyer() -> None:
    # near miss: a `to` country is where the goods go, not one they cross
    found = _claims("Chinese aluminium trans-shipped to Vietnam reached 300,000 tonnes in 2024.")
    assert sides(found, "300,000 tonnes") == ("CHN", "VNM")


def test_a_bloc_and_a_country_named_before_take_their_share_as_a_group() -> None:
    # near miss: a bloc counts as one of the buyers named before the group
    found = _claims("Ecuadorian rose exports fell 3% in 2023. The European Union took 30% of "
                    "the flowers, Russia 20% and the Middle East 10%, so these three "
                    "destinations absorbed 60% of the total.")
    assert sides(found, "60%") == ("ECU", None)
