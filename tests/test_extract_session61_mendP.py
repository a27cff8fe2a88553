"""Session 61, mends of the parties rules after review: each test pins one fix on invented
text; each fix's own tests fail without it, and its near misses guard its reach."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, sides

_claims = extracted_on(date(2025, 6, 1))


# A pair told in two halves: sales that are a clause of their own are the seller's total


def test_possessive_exports_before_imports_from_a_partner_keep_no_buyer() -> None:
    found = _claims("Thailand's exports rose 6% to $24 billion in April, while imports from "
                    "Japan climbed 11% to $9 billion.")
    assert sides(found, "$24 billion") == ("THA", None)
    assert sides(found, "$9 billion") == ("JPN", "THA")


def test_demonym_exports_with_a_verb_of_their_own_keep_no_buyer() -> None:
    found = _claims("Brazilian soybean exports rose 7% to 9 million tonnes in April, while "
                    "imports from Argentina fell 2%.")
    assert sides(found, "9 million tonnes") == ("BRA", None)


def test_demonym_exports_of_a_figure_beside_imports_from_the_partner_sell_to_it() -> None:
    # near miss: the halves are one list of the pair's trade, `exports of about $1.3 billion`
    found = _claims("Their trade came to $2.1 billion last year, with Thai exports of about "
                    "$1.3 billion and imports from Laos of $800 million.")
    assert sides(found, "$1.3 billion") == ("THA", "LAO")


def test_demonym_exports_beside_imports_after_the_pairs_trade_sell_to_the_partner() -> None:
    # near miss: the clause before told the pair's trade both ways, so the halves are its parts
    found = _claims("In 2023, two-way trade grew 4% to $12 billion, with Thai exports up 3% at "
                    "$7 billion and purchases from Laos up 6% at $5 billion.")
    assert sides(found, "$7 billion") == ("THA", "LAO")
    assert sides(found, "$5 billion") == ("LAO", "THA")


# Goods a bloc buys from the pair's seller have no country buyer


def test_bloc_imports_from_the_seller_take_no_buyer_from_the_sentence_before() -> None:
    found = _claims("Ukraine sold 900,000 tonnes of corn to Spain in April. EU imports from "
                    "Ukraine fell 8% to 2.4 million tonnes.")
    assert sides(found, "900,000 tonnes") == ("UKR", "ESP")
    assert sides(found, "2.4 million tonnes") == ("UKR", None)


def test_region_owned_imports_from_the_seller_take_no_buyer_either() -> None:
    found = _claims("Ukraine sold 900,000 tonnes of corn to Spain in April. Europe's corn "
                    "imports from Ukraine fell 8% to 2.4 million tonnes.")
    assert sides(found, "2.4 million tonnes") == ("UKR", None)


def test_unowned_imports_from_the_seller_are_the_pairs_buyers() -> None:
    # near miss: no bloc owns the imports, so the pair before gives the buyer
    found = _claims("Ukraine sold 900,000 tonnes of corn to Spain in April. Imports from "
                    "Ukraine fell 8% to 2.4 million tonnes.")
    assert sides(found, "2.4 million tonnes") == ("UKR", "ESP")


# A source that is no country stops the paragraph's seller as a named country does

_GHANA = "Ghana's cocoa exports fell 12% in April. Shipments to Belgium dropped 18%, while "


def test_purchases_from_other_origins_are_not_the_paragraph_sellers() -> None:
    found = _claims(_GHANA + "Malaysia's purchases from other origins rose 9%.")
    assert sides(found, "18%") == ("GHA", "BEL")
    assert sides(found, "9%") == (None, "MYS")


def test_imports_from_a_bloc_are_not_the_paragraph_sellers() -> None:
    found = _claims(_GHANA + "Malaysia's cocoa imports from the EU rose 9%.")
    assert sides(found, "9%") == (None, "MYS")


def test_purchases_from_a_continent_are_not_the_paragraph_sellers() -> None:
    found = _claims("Peru's copper exports fell 5% in May. Sales to Japan slid 8%, while "
                    "Korea's purchases from Africa rose 11% to 90,000 tonnes.")
    assert sides(found, "90,000 tonnes") == (None, "KOR")


def test_intake_measured_from_a_time_is_still_the_paragraph_sellers() -> None:
    # near miss: `from a year earlier` is a time, not a source
    found = _claims(_GHANA + "Malaysia's intake fell 9% from a year earlier.")
    assert sides(found, "9%") == ("GHA", "MYS")


# A demonym's exports after the pair's two-way trade are its side of that trade


def test_demonym_exports_after_the_pairs_trade_go_to_the_partner() -> None:
    found = _claims("Trade between Iran and Armenia rose 6% to $700 million in 2023. Iranian "
                    "exports came to $560 million, while imports were just $140 million.")
    assert sides(found, "$560 million") == ("IRN", "ARM")
    assert sides(found, "$140 million") == ("ARM", "IRN")


def test_demonym_exports_with_an_aside_after_the_pairs_trade_go_to_the_partner() -> None:
    found = _claims("Iran's trade with Armenia grew to $700 million in 2023. Iranian exports, "
                    "mainly gas and fuel, rose 5% to $560 million.")
    assert sides(found, "5%") == ("IRN", "ARM")
    assert sides(found, "$560 million") == ("IRN", "ARM")


def test_demonym_exports_after_a_one_way_sale_are_the_sellers_total() -> None:
    # near miss: the sentence before told a sale, not the pair's trade both ways
    found = _claims("Iran sold 300,000 tonnes of gas to Armenia in 2023. Iranian exports "
                    "climbed 4% to $60 billion.")
    assert sides(found, "$60 billion") == ("IRN", None)


def test_demonym_exports_a_paragraph_after_the_pairs_trade_are_the_sellers_total() -> None:
    # near miss: the pair's trade was told in another paragraph
    found = _claims("Trade between Iran and Armenia rose 6% to $700 million in 2023.\n\n"
                    "Iranian exports climbed 4% to $60 billion in the year.")
    assert sides(found, "$60 billion") == ("IRN", None)


# Goods exports keep the buyer when only earlier paragraphs named other buyers


def test_goods_exports_in_a_one_buyer_paragraph_keep_the_buyer() -> None:
    found = _claims("Turkey's exports to Iraq rose 4% in March, the ministry said.\n\n"
                    "Turkey's sales to Germany rose 9% to $1.8 billion in March. Steel exports "
                    "came to 90,000 tonnes.")
    assert sides(found, "90,000 tonnes") == ("TUR", "DEU")


def test_goods_exports_after_two_buyers_in_the_paragraph_drop_the_buyer() -> None:
    # near miss: the paragraph itself named two buyers, a market-by-market story
    found = _claims("Turkey's exports to Iraq rose 4% in March, the ministry said. Sales to "
                    "Germany rose 9% to $1.8 billion in March. Steel exports came to 90,000 "
                    "tonnes.")
    assert sides(found, "90,000 tonnes") == ("TUR", None)
