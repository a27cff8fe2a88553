"""Session 63, claim parties on the buyer side: each test pins one rule of the session on
invented text; each rule's own tests fail without it, and its near misses guard its reach."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, sides

_claims = extracted_on(date(2025, 6, 1))


# A flow its own clause sends to a region or bloc has no one buyer country


def test_deliveries_to_the_region_take_no_buyer_from_the_sentence_before() -> None:
    found = _claims("Peruvian grape shipments to Chile slowed in April. South America as a whole "
                    "did better: deliveries to the region rose 11% to 7,200 tonnes.")
    assert sides(found, "11%") == ("PER", None)
    assert sides(found, "7,200 tonnes") == ("PER", None)


def test_sales_to_europe_take_no_buyer_from_a_later_coordinate() -> None:
    found = _claims("Malaysian exports climbed 7% in May. Sales to Europe rose 5.1 percent to "
                    "US$12.2 billion and those to Korea 9.4 percent to US$8.5 billion.")
    assert sides(found, "US$12.2 billion") == ("MYS", None)
    assert sides(found, "9.4 percent") == ("MYS", "KOR")


def test_a_country_right_after_the_figure_is_still_its_buyer() -> None:
    # near miss: `and 25% to Canada` names the figure's own buyer after a region's share
    found = _claims("About 55% of the crop should go to Europe and 25% to Canada, the growers' "
                    "body said.")
    assert sides(found, "25%")[1] == "CAN"


def test_a_purchase_after_a_sale_to_a_region_keeps_its_buyer() -> None:
    # near miss: the verb after the region buys, so the subject is the buyer
    found = _claims("Last year Samoa shipped 55 million dollars of wares to Oceania and "
                    "purchased 23 million dollars' worth.")
    assert sides(found, "55 million dollars") == ("WSM", None)
    assert sides(found, "23 million dollars") == (None, "WSM")



def test_a_buyer_owning_a_share_of_supplies_to_a_region_keeps_it() -> None:
    # near miss: the owner of the share, named before the region, is the buyer
    found = _claims("Japan's share of Australia's coal shipments to Asia fell to 40 per cent.")
    assert sides(found, "40 per cent")[1] == "JPN"

# A country that `absorbed` or `absorbs` a figure takes it, as one that `took` it does


def test_a_country_that_absorbs_a_share_of_the_fruit_is_its_buyer() -> None:
    found = _claims("Chile sold 320,000 tonnes of cherries abroad in the season. China absorbs "
                    "about 90% of the fruit.")
    assert sides(found, "90%") == ("CHL", "CHN")


def test_a_country_that_absorbed_a_tonnage_is_its_buyer() -> None:
    found = _claims("Spain's olive oil exports climbed 6% in 2023. Italy, by contrast, absorbed "
                    "240,000 tonnes, a record.")
    assert sides(found, "240,000 tonnes") == ("ESP", "ITA")


def test_the_bare_verb_absorb_names_no_buyer() -> None:
    # near miss: a capacity to `absorb` is no purchase
    found = _claims("The port can absorb 2 million tonnes of grain a year.")
    assert sides(found, "2 million tonnes") == (None, None)
