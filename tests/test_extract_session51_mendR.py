"""Session 51, review mends of the home-country rules (`home_flow`): each test pins a sentence
of ordinary news text the session's rules had over-reached on."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 5, 1))


def _sides(text: str, surface: str) -> tuple[str | None, str | None]:
    claim = _claims(text)[surface]
    return claim.exporter, claim.importer


def test_sales_in_the_home_country_are_its_domestic_trade() -> None:
    story = ("Vietnam rice exports climb\nVietnam's rice exports rose 10% in April.\n"
             "Coffee sales in Vietnam rose 6% to $500 million last year as cafe chains expanded.")
    for surface in ("6%", "$500 million"):
        assert _sides(story, surface) == (None, None), surface
    story = ("Vietnam rice exports climb\nVietnam's rice exports rose 10% in April.\n"
             "Nestle's coffee sales in Vietnam rose 6% to $500 million last year.")
    assert _sides(story, "$500 million") == (None, None)
    story = ("Peru copper output rises\nPeru's copper output rose 5% in March to 220,000 "
             "tonnes.\nNew car sales in Peru fell 3% to 45,000 vehicles.")
    for surface in ("3%", "45,000 vehicles"):
        assert _sides(story, surface) == (None, None), surface
    # bunker fuel sold at a port and sales abroad stay the home country's exports
    story = ("Malta bunker fuel sales slide\nSales of bunker fuel at Malta fell by 20.3% last "
             "year to 2.059 million mt, the port's bunkering firm said.")
    assert _sides(story, "2.059 million mt") == ("MLT", None)
    story = ("Jordan drug exports climb\nJordan's pharmaceutical exports climbed 29.7 percent "
             "in the first five months.\nFirms in Jordan raised their sales abroad by 28.5 "
             "percent.")
    assert _sides(story, "28.5 percent") == ("JOR", None)
    # an output word stays the home country's
    story = ("Ghana's cocoa exports rise 8%\nGhana shipped 40,000 tonnes of cocoa beans in May, "
             "8% more than a year earlier. Output at the country's Ashanti farms climbed to "
             "90,000 tonnes.")
    assert _sides(story, "90,000 tonnes") == ("GHA", None)


def test_a_home_country_joined_to_more_places_is_a_group_s_total() -> None:
    lead = ("Peru copper output rises\nPeru's copper output rose 5% in March to 220,000 "
            "tonnes.\n")
    story = lead + ("Production at Glencore's mines in Peru and elsewhere rose 4% to 1.2 million "
                    "tonnes in the quarter.")
    for surface in ("4%", "1.2 million tonnes"):
        assert _sides(story, surface) == (None, None), surface
    story = lead + "Output at the group's mines in Peru and abroad rose 4% to 1.1 million tonnes."
    for surface in ("4%", "1.1 million tonnes"):
        assert _sides(story, surface) == (None, None), surface
    # ports of the home country joined to each other stay its own
    story = ("Ivorian rubber exports rise\nIvory Coast shipped 177,407 tonnes of natural rubber "
             "in the first quarter.\nMarch exports totalled 54,637 tonnes, of which 35,533 "
             "tonnes left through Abidjan and 19,104 tonnes through San Pedro.")
    assert _sides(story, "19,104 tonnes") == ("CIV", None)
    # alone, the mines in Peru are the home country's
    story = lead + "Output at the mines in Peru rose 4% to 1.1 million tonnes."
    assert _sides(story, "1.1 million tonnes") == ("PER", None)


def test_the_home_country_as_buyer_after_by_is_no_importer() -> None:
    story = ("Kenya tea earnings rise\nKenya's tea earnings rose 12% in 2023 to 180 billion "
             "shillings.\nTea bought at the Mombasa auction by Kenyan packers rose 5% to 20 "
             "million kg.")
    for surface in ("5%", "20 million kg"):
        assert _sides(story, surface) == (None, None), surface
    story = ("Indonesia coal exports fall\nIndonesia's coal exports fell 5% in March.\nCoal "
             "bought by Indonesia's power plants rose 8% to 12 million tonnes.")
    for surface in ("8%", "12 million tonnes"):
        assert _sides(story, surface) == (None, None), surface
    # a sale by the home country stays its export
    story = ("Ivory Coast sells cocoa forward\nForward contracts covering 900,000 tons of cocoa "
             "have been sold by Ivory Coast, the council said.")
    assert _sides(story, "900,000 tons") == ("CIV", None)


def test_a_market_report_or_an_opening_on_another_country_gives_the_body_country_no_flow() -> None:
    body = "Chile's output fell. Chile said strikes hit mines.\n"
    story = ("Copper hits two-year high\nCopper rose to a two-year high on supply worries.\n"
             + body + "Refined copper imports rose 8% to 450,000 tonnes, customs data from the "
             "top consumer showed.")
    for surface in ("8%", "450,000 tonnes"):
        assert _sides(story, surface) == (None, None), surface
    story = ("Tanker rates soar\nRates for supertankers rose to their highest since 2020 this "
             "week.\nSaudi Arabia cut output last month. Saudi Arabia said it would extend the "
             "cuts.\nSeaborne crude imports fell 4% to 40 million barrels per day, shipbrokers "
             "said.")
    for surface in ("4%", "40 million barrels per day"):
        assert _sides(story, surface) == (None, None), surface
    story = ("Copper slips\nCopper prices slipped on Tuesday as demand in China cooled.\n" + body
             + "Imports of refined copper rose 8% to 450,000 tonnes in the month.")
    for surface in ("8%", "450,000 tonnes"):
        assert _sides(story, surface) == (None, None), surface
    # an opening on no country and no market still leaves the story to its body's country
    story = ("Jute earnings climb\nJute exports rose 12% to $900 million in July-April, the "
             "export bureau said.\nBangladesh mills want new markets, and Bangladesh plans a "
             "fair in Dhaka.")
    assert _sides(story, "12%") == ("BGD", None)


def test_a_share_of_a_flow_another_owner_s_possessive_names_is_no_home_s() -> None:
    story = ("Tonga exports rise\nTonga's exports rose 10% in 2023.\nTonga's main partner is New "
             "Zealand.\nFuel made up 30% of the partner's imports, food 25%.")
    assert _sides(story, "25%") == (None, None)
    # a share of bare exports stays the home country's
    story = ("Samoa's trade gap narrows\nSamoa's trade gap narrowed in the June quarter, the "
             "statistics department said.\nNoni made up 24% of domestic exports, fish 17% and "
             "root crops 8%.")
    assert _sides(story, "17%") == ("WSM", None)


def test_a_home_country_that_causes_a_move_after_hit_by_is_no_side() -> None:
    story = ("Kenya tea earnings rise\nKenya's tea earnings rose 12% in 2023 to 180 billion "
             "shillings.\nFlower exports hit by Kenya's new levy fell 6% to 150,000 tonnes, "
             "growers said.")
    assert _sides(story, "150,000 tonnes") == (None, None)
