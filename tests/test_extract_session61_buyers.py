"""Session 61, claim parties on the buyer side: each test pins one rule of the session on
invented text; each rule's own tests fail without it, and its near misses guard its reach."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, sides

_claims = extracted_on(date(2025, 6, 1))


# A demonym owning the exports after it is the seller's flow with everyone


def test_demonym_owned_exports_drop_the_buyer_carried_from_before() -> None:
    found = _claims("Peru sold 40,000 tonnes of zinc to Japan in March. Peruvian exports of "
                    "copper climbed 12% to 210,000 tonnes in the same month.")
    assert sides(found, "40,000 tonnes") == ("PER", "JPN")
    assert sides(found, "12%") == ("PER", None)
    assert sides(found, "210,000 tonnes") == ("PER", None)


def test_demonym_with_goods_before_exports_owns_them_too() -> None:
    found = _claims("Peru sold 40,000 tonnes of zinc to Japan in March. Peruvian zinc exports "
                    "climbed 12% in the quarter.")
    assert sides(found, "12%") == ("PER", None)


def test_demonym_exports_to_a_named_buyer_keep_it() -> None:
    # near miss: the partner follows the flow noun, so the flow is not the whole
    found = _claims("Japan bought 40,000 tonnes of zinc from Peru in March. Peruvian exports to "
                    "Japan climbed 12% in the quarter.")
    assert sides(found, "12%") == ("PER", "JPN")


def test_demonym_exports_told_as_part_of_the_pairs_trade_keep_the_partner() -> None:
    # near miss: `made up ... of the total` makes the exports one half of the pair's trade
    found = _claims("Trade between Peru and Japan rose 8% to $2 billion. Peruvian exports made "
                    "up $1.5 billion of the total.")
    assert sides(found, "$1.5 billion") == ("PER", "JPN")



# Exports named by their goods in a market-by-market story are the seller's exports to everyone


_MARKETS = ("Norway shipped $9 billion of crude oil in 2024, the agency said, with Korea the top "
            "destination at $2.5 billion, or 28% of the total. Brazil and India followed with "
            "19% and 12%, respectively. ")


def test_goods_exports_after_several_buyers_drop_the_carried_buyer() -> None:
    found = _claims(_MARKETS + "Diesel exports fell to $1.4 billion from $1.6 billion in the "
                    "last quarter.")
    assert sides(found, "$2.5 billion") == ("NOR", "KOR")
    assert sides(found, "$1.4 billion") == ("NOR", None)
    assert sides(found, "$1.6 billion") == ("NOR", None)


def test_goods_exports_in_a_story_of_one_pair_keep_the_buyer() -> None:
    # near miss: one buyer told before, so the story is that pair's trade
    found = _claims("Chile exported $9 billion of copper cathodes to Korea in 2024, up 6% on the "
                    "year. Wheat exports fell to $1.4 billion from $1.6 billion a year before.")
    assert sides(found, "$1.4 billion") == ("CHL", "KOR")


def test_goods_exports_pointing_back_to_the_market_keep_the_buyer() -> None:
    # near miss: `there` points to the buyer named before
    found = _claims(_MARKETS + "Diesel exports there fell to $1.4 billion in the last quarter.")
    assert sides(found, "$1.4 billion")[0] == "NOR"
    assert sides(found, "$1.4 billion")[1] is not None

# A buyer named only together with `other` buyers is one of several: no single buyer


def test_buyer_and_other_markets_leave_the_buyer_empty() -> None:
    found = _claims("Ghana earned $300 million last year from selling cocoa beans to Belgium and "
                    "other markets, the board said.")
    assert sides(found, "$300 million") == ("GHA", None)


def test_buyer_and_a_handful_of_other_buyers_leave_the_buyer_empty() -> None:
    found = _claims("Ghana sold $300 million of cocoa to Belgium and a handful of other buyers "
                    "last year.")
    assert sides(found, "$300 million") == ("GHA", None)


def test_other_markets_in_a_clause_of_their_own_keep_the_buyer() -> None:
    # near miss: `other markets` with a figure of their own are a row, not part of the buyer
    found = _claims("Ghana shipped 40,000 tonnes of cocoa to Belgium in May, while other "
                    "markets took 10,000 tonnes.")
    assert sides(found, "40,000 tonnes") == ("GHA", "BEL")


# A pair's trade told in two halves: each half's missing side is the other half's country


def test_purchases_from_the_partner_are_bought_by_the_country_that_sold() -> None:
    found = _claims("Kenyan goods sold to Egypt rose 14 percent to $210 million, while purchases "
                    "from Egypt fell 6 percent to $95 million.")
    assert sides(found, "$210 million") == ("KEN", "EGY")
    assert sides(found, "6 percent") == ("EGY", "KEN")
    assert sides(found, "$95 million") == ("EGY", "KEN")


def test_demonym_exports_half_sells_to_the_country_of_the_imports_half() -> None:
    found = _claims("Bilateral trade reached $1.2 billion, made up of Peruvian exports of over "
                    "$700 million and imports from Ecuador of around $500 million.")
    assert sides(found, "$700 million") == ("PER", "ECU")
    assert sides(found, "$500 million") == ("ECU", "PER")


def test_purchases_from_a_third_country_are_no_half_of_the_pair() -> None:
    # near miss: three countries named, so the halves are not one pair's: read as before
    found = _claims("Kenyan goods sold to Egypt rose 14 percent, while purchases from Ethiopia "
                    "fell 6 percent to $95 million.")
    assert sides(found, "$95 million") == ("ETH", "EGY")


def test_purchases_with_no_seller_named_before_are_left_as_read() -> None:
    # near miss: no country sells in the first half, so nothing to mirror
    found = _claims("Sales to Tanzania fell 3 percent, while purchases from Egypt rose 6 "
                    "percent to $95 million.")
    assert sides(found, "$95 million") == ("EGY", "TZA")


# Goods bought from the one country a sentence names are bought by the other of the pair before


def test_imports_from_the_partner_are_bought_by_the_pairs_other_country() -> None:
    found = _claims("Japan, only the 15th biggest buyer of Finnish goods in 2001, had climbed to "
                    "sixth place by 2018, an industry group says. Finland's paper and machinery "
                    "sales to Japan passed EUR 4 billion in 2018, the trade body said. "
                    "Imports from Japan were worth EUR 5.1 billion in 2018, up from EUR 1.5 "
                    "billion in 2001.")
    assert sides(found, "EUR 4 billion") == ("FIN", "JPN")
    assert sides(found, "EUR 5.1 billion") == ("JPN", "FIN")
    assert sides(found, "EUR 1.5 billion") == ("JPN", "FIN")


def test_imports_from_a_country_outside_the_pair_before_get_no_buyer_from_it() -> None:
    # near miss: the sentence before traded with Germany, not with the seller
    found = _claims("Finland's paper and machinery sales to Germany passed EUR 4 billion in "
                    "2018, the trade body said. Imports from Japan were worth EUR 5.1 "
                    "billion in 2018.")
    assert sides(found, "EUR 5.1 billion")[0] == "JPN"
    assert sides(found, "EUR 5.1 billion")[1] != "FIN"
