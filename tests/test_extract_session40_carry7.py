"""Claim-stage gates of the fortieth session's seventh carry round (2026-12-05): the goods a
figure whose sentence names none takes after a sentence that broke a flow down by goods (the
whole the parts were of, not the first part), pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted

WHEN = date(2023, 12, 20)


def test_a_month_after_grain_parts_is_of_the_grain_total() -> None:
    """`Maize led the total at 2.1 million tons, with wheat ... and barley ...`: the parts of a
    grain total; `September alone accounted for 1.2 million tons` is of the whole, grain, not
    of the first part."""
    found = extracted("Romania has shipped 6.3 million tons of grain since July, the farm "
                      "ministry said. Maize led the total at 2.1 million tons, with wheat at 1.8 "
                      "million tons and barley at 0.4 million tons. September alone accounted "
                      "for 1.2 million tons.", date(2023, 10, 15))
    assert found["1.2 million tons"].commodity == "grain"


def test_figures_gone_through_one_by_one_keep_their_parts() -> None:
    """`..., respectively` goes through the parts named before one by one: no whole."""
    found = extracted("Romania has shipped 6.3 million tons of grain since July, the farm "
                      "ministry said. Maize led the total at 2.1 million tons and wheat came "
                      "next at 1.8 million tons. A year earlier the two had stood at 1.5 "
                      "million and 1.1 million tons, respectively.", date(2023, 10, 15))
    assert found["1.5 million"].commodity != "grain"


def test_a_supplier_row_after_an_item_of_all_imports_is_of_all_goods() -> None:
    """`Fuel was the costliest import item` is a part of the all-goods total stated before it;
    the supplier rows after it (money, no goods named) are partners' parts of all goods."""
    found = extracted("Albania bought 3.4 billion euros of goods from abroad in the first 11 "
                      "months of the year, the statistics office said. Fuel was the costliest "
                      "import item at 410.2 million euros. Italy remained the leading supplier "
                      "with 880.5 million euros, followed by Turkey with 402 million euros.",
                      WHEN)
    assert found["410.2 million euros"].commodity == "oil"
    for surface, seller in (("880.5 million euros", "ITA"), ("402 million euros", "TUR")):
        claim = found[surface]
        assert (claim.commodity, claim.exporter, claim.importer) == ("trade", seller, "ALB")


def test_rows_after_goods_counted_alone_keep_the_goods() -> None:
    """Without an all-goods total before the goods, the buyers after them buy those goods."""
    found = extracted("Norway exported 1.3 billion euros of salmon in November, the seafood "
                      "council said. Poland was the largest buyer with 210.4 million euros.",
                      WHEN)
    assert found["210.4 million euros"].commodity == "seafood"


def test_a_bare_flow_after_buyer_rows_is_the_exporters_total() -> None:
    """`Spain's olive oil exports rose ...` is the exporter's total; after the buyer rows,
    `By volume, shipments grew 9%` in a sentence naming no country is that total again, not the
    last buyer's part."""
    found = extracted("Spain's olive oil exports rose 14% to 4.1 billion euros last year, the "
                      "ministry said. Italy was the top buyer at 1.2 billion euros. France "
                      "followed with 480 million euros, 6% more. By volume, shipments grew 9% "
                      "to 1.1 million tonnes.", date(2024, 2, 12))
    assert (found["480 million euros"].exporter, found["480 million euros"].importer) == (
        "ESP", "FRA")
    for surface in ("9%", "1.1 million tonnes"):
        claim = found[surface]
        assert (claim.exporter, claim.importer, claim.two_way) == ("ESP", None, False)


def test_a_flow_pointing_to_its_market_keeps_the_partner() -> None:
    """`the Asian market paid ...`, `Shipments there ...`: the sentence points to the partner
    named before, which stays."""
    found = extracted("Spain's olive oil exports rose 14% to 4.1 billion euros last year, the "
                      "ministry said. China was the leading destination with 120,000 tonnes. In "
                      "value terms the Asian market paid 510 million euros.", date(2024, 2, 12))
    claim = found["510 million euros"]
    assert (claim.exporter, claim.importer) == ("ESP", "CHN")


def test_a_bilateral_story_keeps_its_partner() -> None:
    """With no total of the exporter's own before, the partner of the story goes on."""
    found = extracted("Kyrgyzstan sold 125,000 tons of cement to Uzbekistan over January-April, "
                      "the statistics committee said. Earnings dropped 32.7 percent to $3.7 "
                      "million.", date(2024, 6, 1))
    claim = found["$3.7 million"]
    assert (claim.exporter, claim.importer) == ("KGZ", "UZB")
