"""Rows of ranked lists and `respectively` lists (extract/listings.py, extract/respectively.py):
the sides each listed country takes. Sentences invented."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted

_DAY = date(2025, 1, 10)


def _sides(text: str, surface: str) -> tuple[str | None, str | None]:
    claim = extracted(text, _DAY)[surface]
    return claim.exporter, claim.importer


def test_a_respectively_list_of_next_rows_takes_the_rows_side() -> None:
    """`Spain, Turkey and Italy came next with 3.7 million, 2.4 million and 1.6 million tonnes,
    respectively` after a ranked buyer: each listed country is a row of the ranking (`came next
    with`, read between the list's last item and its first figure), a buyer of the flow."""
    opening = ("Ukraine exported 20 million tonnes of wheat in 2024. Egypt was the top buyer "
               "with 5.1 million tonnes. ")
    three = opening + ("Spain, Turkey and Italy followed with 3.7 million, 2.4 million and 1.6 "
                       "million tonnes, respectively.")
    assert _sides(three, "3.7 million") == ("UKR", "ESP")
    assert _sides(three, "2.4 million") == ("UKR", "TUR")
    assert _sides(three, "1.6 million tonnes") == ("UKR", "ITA")
    two = opening + ("Spain and Turkey came next with 3.7 million and 2.4 million tonnes, "
                     "respectively.")
    assert _sides(two, "3.7 million") == ("UKR", "ESP")
    assert _sides(two, "2.4 million tonnes") == ("UKR", "TUR")


def test_a_respectively_list_with_a_verb_of_its_own_keeps_the_verbs_sides() -> None:
    """`while Myanmar and Kazakhstan supplied ...`: a list with its own trade verb is read by the
    verb (suppliers of the buyer), not as rows taking the side of the row before."""
    text = ("China bought $14.6 billion of pipeline gas in 2024. Turkmenistan led with $7.4 "
            "billion, while Myanmar and Kazakhstan supplied $1.2 billion and $0.9 billion, "
            "respectively.")
    assert _sides(text, "$1.2 billion") == ("MMR", "CHN")
    assert _sides(text, "$0.9 billion") == ("KAZ", "CHN")


def test_a_distant_second_with_a_percent_is_a_rivals_share() -> None:
    """`Malaysia was a distant second with 9%` after a share of a flow: the rival's share of the
    same flow, like `Malaysia came second with 9%` (the place may carry `a distant`, `a close`,
    `in third place`)."""
    text = ("In 2024 Chile provided 71% of the lithium carbonate South Korea imported. Argentina "
            "was a distant second with 12%, and Bolivia finished in third place with 4%.")
    assert _sides(text, "12%") == ("ARG", "KOR")
    assert _sides(text, "4%") == ("BOL", "KOR")


def test_a_respectively_list_after_a_named_sellers_flow_are_rival_sellers() -> None:
    """`Peru shipped 190,000 tons. Chile and Bolivia followed with ...`: after a one-sided flow
    whose seller opens its sentence by name, the list's rows are rival sellers (no buyer); after
    an owned total (`The country's purchases ...`), the rows are its suppliers."""
    rivals = ("Peru shipped 190,000 tons of quinoa in 2023. Chile and Bolivia followed with "
              "41,000 tons and 38,000 tons, respectively.")
    assert _sides(rivals, "41,000 tons") == ("CHL", None)
    assert _sides(rivals, "38,000 tons") == ("BOL", None)
    owned = ("Japan imported 7.2 million tons of coal in March. The country's purchases from all "
             "origins reached 9.1 million tons. Other big sources were Australia, Indonesia and "
             "Canada, with 4.1 million, 1.6 million and 0.9 million tons, respectively.")
    assert _sides(owned, "1.6 million") == ("IDN", "JPN")
    assert _sides(owned, "0.9 million tons") == ("CAN", "JPN")
