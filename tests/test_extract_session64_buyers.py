"""Session 64, claim parties on the buyer side: each test pins one rule of the session on
invented text; each rule's own tests fail without it, and its near misses guard its reach."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, sides

_claims = extracted_on(date(2025, 6, 1))


# A country's short code a space before a dollar sign is the currency's prefix, not a side


def test_a_spaced_us_dollar_sign_names_no_buyer() -> None:
    found = _claims("Peruvian blueberry exports rose 12% to US $2.3 billion in 2024.")
    assert sides(found, "12%") == ("PER", None)
    assert sides(found, "US $2.3 billion") == ("PER", None)


def test_the_us_named_as_a_destination_before_its_figure_stays_the_buyer() -> None:
    # near miss: the country is named outright as where the goods went
    found = _claims("Ecuador shipped bananas worth $1.1 billion to the US in 2023.")
    assert sides(found, "$1.1 billion") == ("ECU", "USA")


# The article's country told only as a seller is no buyer of its rivals' exports


def test_rivals_exports_after_the_articles_sellers_take_no_buyer() -> None:
    found = _claims("Brazil's coffee exports rose 4% in March. Colombia and Vietnam raised "
                    "their exports by 9% and 2%, respectively.")
    assert sides(found, "9%") == ("COL", None)
    assert sides(found, "2%") == ("VNM", None)


def test_exports_after_the_articles_country_bought_still_go_to_it() -> None:
    # near miss: the article's country was named as a buyer, so it takes the exports
    found = _claims("Brazil's coffee imports rose 4% in March. Colombia and Peru raised their "
                    "exports by 9% and 2%, respectively.")
    assert sides(found, "9%") == ("COL", "BRA")


# A country a transit flow crossed, named in an earlier sentence, is no side of a later one


def test_a_later_transit_figure_takes_no_buyer_from_the_crossed_country() -> None:
    found = _claims("Belarusian barley transit via Lithuania up 40% in 2024\nVILNIUS. Mar 3 (BNS) "
                    "- Barley from Belarus moving across Lithuania in transit reached 610,000 "
                    "tonnes last year, the customs service told BNS. Belarusian rye transit grew "
                    "35% to 96,000 tonnes, and oat transit rose to 41,500 tonnes.")
    assert sides(found, "35%") == ("BLR", None)
    assert sides(found, "41,500 tonnes") == ("BLR", None)


def test_a_country_a_transit_verb_crosses_is_no_buyer() -> None:
    found = _claims("Estonia sees more coal transit\nSome 2.4 million tonnes of Kazakh coal "
                    "crossed Estonia in transit in 2023.")
    assert sides(found, "2.4 million tonnes") == ("KAZ", None)


def test_transit_to_the_crossed_country_keeps_it_as_buyer() -> None:
    # near miss: the later sentence sends the goods to that country
    found = _claims("VILNIUS. Mar 3 (BNS) - Barley from Belarus moving across Lithuania in "
                    "transit reached 610,000 tonnes last year. Belarusian rye transit to "
                    "Lithuania grew 35% to 96,000 tonnes.")
    assert sides(found, "35%") == ("BLR", "LTU")


# Of a run of destinations behind `to`, the last one before a figure is its buyer


def test_the_third_destination_of_a_run_takes_its_own_figures() -> None:
    found = _claims("Polish apple exports climbed in 2024, with shipments to Egypt up 40% at "
                    "96,000 tonnes, to Jordan up 15% at 31,000 tonnes and to Libya up 9% at "
                    "12,500 tonnes.")
    assert sides(found, "9%") == ("POL", "LBY")
    assert sides(found, "12,500 tonnes") == ("POL", "LBY")


def test_the_first_destination_of_a_run_keeps_its_figures() -> None:
    # near miss: no later destination stands before the first row's figures
    found = _claims("Polish apple exports climbed in 2024, with shipments to Egypt up 40% at "
                    "96,000 tonnes, to Jordan up 15% at 31,000 tonnes and to Libya up 9% at "
                    "12,500 tonnes.")
    assert sides(found, "40%") == ("POL", "EGY")
    assert sides(found, "31,000 tonnes") == ("POL", "JOR")



# Several buyers taken as one group (`the two markets took`) leave the figure no one buyer


def test_a_group_of_markets_taking_a_share_has_no_one_buyer() -> None:
    found = _claims("Kenyan avocado exports hit 120,000 tonnes in 2024. The Netherlands bought "
                    "40,000 tonnes and Spain 25,000 tonnes. Between them the two markets took 55% "
                    "of the total.")
    assert sides(found, "55%") == ("KEN", None)
    assert sides(found, "25,000 tonnes") == ("KEN", "ESP")


def test_a_country_named_after_a_group_noun_keeps_its_share() -> None:
    # near miss: the group noun only sets the scene; the country itself takes the share
    found = _claims("Kenyan avocado exports hit 120,000 tonnes in 2024. Among the three leading "
                    "markets, France took 12% of the total.")
    assert sides(found, "12%") == ("KEN", "FRA")
