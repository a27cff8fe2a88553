"""Session 41, parties (exporter, importer, two-way): rules pinned on text written for them."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted
from tradetrace.model import Claim


def _claims(text: str, published: date = date(2023, 2, 1)) -> dict[str, Claim]:
    return extracted(text, published)


def test_seller_total_takes_no_buyer_from_an_unnamed_article_country() -> None:
    # a seller's own total, in a paragraph that has not named the article's country (Japan,
    # first in the title), goes to everyone
    claims = _claims("Japan buys more salmon\n"
                     "Norway exported 1.2 million tonnes of salmon in 2022, the seafood council "
                     "said.")
    flow = claims["1.2 million tonnes"]
    assert (flow.exporter, flow.importer, flow.two_way) == ("NOR", None, False)


def test_seller_total_in_a_story_on_its_buyer_later() -> None:
    # the buyer named only after the total (`The United States buys nearly half`) is no side
    # of the total; its share is the seller's sales to it
    claims = _claims("Furniture makers look abroad as orders slow\n"
                     "Exports of Malaysian wooden furniture should climb past RM13 billion this "
                     "year, up from RM12.8 billion in 2020, the minister said. The United States "
                     "buys nearly half of the total.", date(2021, 10, 1))
    for surface in ("RM13 billion", "RM12.8 billion"):
        assert (claims[surface].exporter, claims[surface].importer) == ("MYS", None)
    assert (claims["half"].exporter, claims["half"].importer) == ("MYS", "USA")


def test_article_country_named_in_the_paragraph_still_buys() -> None:
    # once the paragraph has turned to the article's country, a seller's shipment is to it
    claims = _claims("Japan buys more salmon\n"
                     "Japan's appetite for fish keeps growing. Norway shipped 50,000 tonnes of "
                     "salmon in 2022, the seafood council said.")
    flow = claims["50,000 tonnes"]
    assert (flow.exporter, flow.importer) == ("NOR", "JPN")


def test_port_of_the_article_country_after_the_figure_keeps_it_the_buyer() -> None:
    # goods passing a port of the article's country go to it, though it is named after them
    claims = _claims("North Korea's flour imports climb\n\n"
                     "Traders said they moved about 4,000 tons of Chinese flour through Nampo "
                     "last month.", date(2024, 5, 2))
    flow = claims["4,000 tons"]
    assert (flow.exporter, flow.importer) == ("CHN", "PRK")
