"""Party rules of the thirty-seventh session of 2026-12-04 (exporter, importer, two-way), each
pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted

WHEN = date(2024, 5, 14)


def _sides(text: str, surface: str) -> tuple[str | None, str | None]:
    found = extracted(text, WHEN)[surface]
    return found.exporter, found.importer


def test_a_main_destination_after_a_total_is_no_importer_of_it() -> None:
    """`exported N, mostly to X`: the total goes to everyone, X takes only the main part of it,
    so the figure keeps its seller alone; a listed destination after the hedge is the same."""
    cases = {
        "Chile exported 900,000 tonnes of copper last year, mostly to Japan, the ministry said.":
            ("900,000 tonnes", ("CHL", None)),
        "Peru shipped 40,000 tonnes of grapes in March, mainly to Spain and the Netherlands.":
            ("40,000 tonnes", ("PER", None)),
        "Norway exported 12,000 tonnes of salmon in May, chiefly bound for Poland.":
            ("12,000 tonnes", ("NOR", None)),
    }
    for text, (surface, sides) in cases.items():
        assert _sides(text, surface) == sides, text


def test_a_destination_before_its_own_figure_keeps_it() -> None:
    """The hedge makes the destination no side of the total before it, not of a figure that
    follows it (`mainly to Finland (7 TWh)`), nor does it touch a plain destination."""
    text = "Sweden exported 16 TWh of power in the half year, mainly to Finland (7 TWh)."
    assert _sides(text, "16 TWh") == ("SWE", None)
    assert _sides(text, "7 TWh") == ("SWE", "FIN")
    assert _sides("Chile exported 900,000 tonnes of copper to Japan last year.",
                  "900,000 tonnes") == ("CHL", "JPN")


def test_the_country_that_goods_brought_money_is_their_seller() -> None:
    """`Tea exports brought Rwanda $8.6 million`: the country a verb of earning gives money to,
    with the amount right after it, sells the goods (not a country after `to`)."""
    cases = {
        "Tea exports brought Rwanda $8.6 million in June, the board said.":
            ("$8.6 million", "RWA"),
        "Copper sales fetched Zambia some $1.2 billion in the first quarter.":
            ("$1.2 billion", "ZMB"),
    }
    for text, (surface, seller) in cases.items():
        assert _sides(text, surface)[0] == seller, text


def test_a_country_owning_its_exports_takes_no_partner_from_before() -> None:
    """`Japan's December exports reached N` after shipments to Bangladesh: the country's flow
    with everyone, whose buyer is no earlier sentence's partner; a partner after the flow noun
    still counts."""
    text = ("Shipments to Bangladesh rose to 518,000 tonnes in 2023. Japan's December exports "
            "reached 609,000 tonnes, 36 percent above the same month of 2022.")
    assert _sides(text, "609,000 tonnes") == ("JPN", None)
    assert _sides(text, "36 percent") == ("JPN", None)
    text = ("Brazil sold 2 million tonnes of sugar to Algeria in 2023. Brazil's exports to "
            "Algeria rose 12 percent in April.")
    assert _sides(text, "12 percent") == ("BRA", "DZA")
    text = ("China bought 1.05 million barrels per day of Iranian oil in January-October, and "
            "its October imports reached 1.45 million bpd.")
    assert _sides(text, "1.45 million bpd") == ("IRN", "CHN")


def test_goods_a_verb_of_bringing_gives_a_country_make_it_no_seller() -> None:
    """Only money after the country makes it the earner: `the tanker brought Haiti 60,000
    barrels` delivers goods to Haiti, which stays the buyer."""
    text = "Venezuela ships fuel to Haiti. The tanker had brought Haiti 60,000 barrels of diesel."
    assert _sides(text, "60,000 barrels")[0] != "HTI"


def test_a_buyer_of_the_sentence_does_not_sell_in_its_later_clause() -> None:
    """`China received 1.9mn t, while deliveries to India climbed`: the later clause, which
    names only its destination, goes on with the earlier flow's seller, not with its buyer."""
    text = ("Canadian lentil exports rose by 19pc to 2.1mn t. China received 1.9mn t in 2017, up "
            "by 27pc, while deliveries to India climbed by 46pc to 1.4mn t.")
    assert _sides(text, "46pc") == ("CAN", "IND")
    assert _sides(text, "1.4mn t") == ("CAN", "IND")
