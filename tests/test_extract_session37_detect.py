"""Session 37: which quantities are claims (spurious and missed claims).

Each test pins one rule of extract/kinds (or its word lists in `knowledge/claim_cues.json`) on
invented sentences, through the public entry point (`extract_claims` on a `Document`)."""

from __future__ import annotations

from datetime import date

import pytest

from claim_helpers import extracted
from tradetrace.model import Claim

JUNE_2024 = date(2024, 6, 12)


def _claims(text: str, published: date = JUNE_2024) -> dict[str, Claim]:
    return extracted(text, published)


# -- money and goods that are not a flow: royalties, fees, losses, subsidies, stranded cargo ----

@pytest.mark.parametrize("text, figure", [
    ("Copper exports from Zambia climbed last year, and royalties paid by the mines came to "
     "K4.1 billion.", "K4.1 billion"),
    ("Grain shipments through the port recovered, while transit fees came to $41 million "
     "over the year.", "$41 million"),
    ("Mango exports to Europe stalled at the border for a week, and traders put their losses "
     "at $12 million.", "$12 million"),
    ("Egypt imports most of its wheat, and the state will spend $2.3 billion on bread subsidies "
     "this year.", "$2.3 billion"),
    ("Exports of crude from the terminal slowed, and some 4.2 million barrels are now stranded "
     "aboard tankers offshore.", "4.2 million barrels"),
    ("Soybean exports from Brazil rose in May, and Chicago soybean futures fell 3% after the "
     "report.", "3%"),
    ("Mauritius imports most of its food, and its trade gap widened to 6.2 billion rupees in "
     "May.", "6.2 billion rupees"),
])
def test_a_figure_closest_to_a_word_of_no_flow_is_no_claim(text: str, figure: str) -> None:
    assert figure not in _claims(text)


def test_a_flow_beside_a_word_of_no_flow_stays_a_claim() -> None:
    # (`in-bond plants` are no bond sale: the flow word is nearest the figure)
    found = _claims("Exports from the in-bond plants of Honduras came to $961 million in the "
                    "first quarter.")
    assert "$961 million" in found and found["$961 million"].kind == "level"


# -- a supplier's percentage of what a country uses ---------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("Kazakhstan supplies about 70% of the wheat Tajikistan consumes, traders said in 2023.",
     "70%"),
    ("Power bought from Norway covered 38 percent of Denmark's electricity consumption in "
     "2023.", "38 percent"),
    ("Imports from Algeria met 45% of Spain's gas consumption last year.", "45%"),
])
def test_a_supplied_percentage_of_a_countrys_use_is_a_share(text: str, figure: str) -> None:
    found = _claims(text)
    assert figure in found and found[figure].kind == "share"


@pytest.mark.parametrize("text, figure", [
    # (what households use is no supplier's part)
    ("Wheat prices rose in Tajikistan, where households bake 70% of the flour they consume at "
     "home.", "70%"),
    # (a home source covering use names no trade word)
    ("Georgia bought power from Russia in 2023. Its hydroelectric plants covered 81% of "
     "national consumption.", "81%"),
])
def test_a_percentage_of_use_with_no_supply_stays_no_claim(text: str, figure: str) -> None:
    assert figure not in _claims(text)


# -- a part of a count of people, jobs or places ------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("Mongolia shipped 8 million tonnes of coal to China last year. The operation employs more "
     "than 20,000 people, 97% of them Mongolians.", "97%"),
    ("Kenya exported 560,000 tonnes of tea in 2023. The sector provides 90,000 jobs, 60 percent "
     "of them held by women.", "60 percent"),
])
def test_a_percentage_of_a_count_of_people_is_no_claim(text: str, figure: str) -> None:
    assert figure not in _claims(text)


def test_a_percentage_of_counted_goods_stays_a_share() -> None:
    found = _claims("Vietnam imported 300,000 head of cattle from Australia in 2023, about 80 "
                    "percent of them heavy steers.")
    assert "80 percent" in found and found["80 percent"].kind == "share"
