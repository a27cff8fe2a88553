"""Rules of the seventeenth session of 2026-12-02, each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted
from tradetrace.extract.quantities import extract_quantities

MARCH_2019 = date(2019, 3, 9)


def test_a_demonym_and_its_goods_after_and_are_the_subject_left_out() -> None:
    """`shipments from Peru fell 47 percent and Chilean steel 26 percent`: the demonym before
    the goods word is the subject of the verb left out, like a country name."""
    found = extracted("Bolivia's steel imports totaled 3.7 million tons in 2018. Over the year, "
                      "shipments from Peru fell 47 percent, Brazilian steel 48 percent and "
                      "Chilean steel 26 percent.", MARCH_2019)
    assert (found["47 percent"].exporter, found["47 percent"].importer) == ("PER", "BOL")
    assert found["48 percent"].exporter == "BRA"
    assert (found["26 percent"].exporter, found["26 percent"].importer) == ("CHL", "BOL")
    # in a purchase the demonym is the origin, replacing the exporter; not before `by`
    bought = extracted("Bolivia's imports of Peruvian steel fell 47 percent and Chilean steel 26 "
                       "percent in 2018.", MARCH_2019)
    assert (bought["26 percent"].exporter, bought["26 percent"].importer) == ("CHL", "BOL")
    cut = extracted("Bolivia cut imports of Peruvian gas by 60 percent and Peruvian oil by 90 "
                    "percent in 2018.", MARCH_2019)
    assert cut["90 percent"].exporter == "PER"


def test_owed_much_to_is_a_cause_not_a_debt() -> None:
    """`a drop of 11.5 percent that owed much to the tariffs`: no debt, so the change stands;
    `owed $2 billion to Chile` stays a debt."""
    found = extracted("Peru's steel imports totaled 3.7 million tons in 2018, a drop of 11.5 "
                      "percent that owed much to the tariffs.", MARCH_2019)
    assert found["11.5 percent"].kind == "change"
    assert found["11.5 percent"].importer == "PER"
    debt = extracted("Peru owed $2 billion to Chile in 2018.", MARCH_2019)
    assert "$2 billion" not in debt


def test_a_year_after_a_definite_share_is_that_shares() -> None:
    """`..., well below the 30 percent share it held in 2014`: 2014 dates that share, not the
    figures before it, which keep the year in force."""
    found = extracted("Peru's steel imports totaled 3.7 million tons in 2018. Finished steel "
                      "made up 2.6 million tons of the total, well below the 30 percent share "
                      "it held in 2014.", MARCH_2019)
    assert found["2.6 million tons"].period_start == "2018-01-01"
    assert found["30 percent"].period_start == "2014-01-01"


def test_the_year_does_not_point_back_to_a_year_compared_with() -> None:
    """`13.1 percent less than in 2017, and took 23 percent of the market over the year`: `the
    year` is the one in force, not the year compared with."""
    found = extracted("Peru's steel imports totaled 3.7 million tons in 2018. Finished steel "
                      "made up 2.6 million tons, about 13.1 percent less than in 2017, and took "
                      "23 percent of the market over the year.", MARCH_2019)
    for surface in ("2.6 million tons", "13.1 percent", "23 percent"):
        assert found[surface].period_start == "2018-01-01", surface
    # a year named plainly is still what `the year` points back to
    plain = extracted("In 2017 Peru imported 3.7 million tons of steel, and 2.6 million tons of "
                      "wheat over the year.", MARCH_2019)
    assert plain["2.6 million tons"].period_start == "2017-01-01"


def test_a_share_of_a_countrys_market_is_of_its_imports() -> None:
    """`Chilean steel took 23 percent of the Peruvian market`: from the supplier before the
    share to the market's owner; with no supplier named, only the owner is known."""
    found = extracted("Chilean steel took 23 percent of the Peruvian market in 2018.", MARCH_2019)
    claim = found["23 percent"]
    assert (claim.kind, claim.exporter, claim.importer) == ("share", "CHL", "PER")
    bare = extracted("Imported steel took 23 percent of the Peruvian steel market in 2018.",
                     MARCH_2019)
    assert (bare["23 percent"].exporter, bare["23 percent"].importer) == (None, "PER")


def test_a_figure_goes_on_with_the_flow_whose_side_its_sentence_names_after_it() -> None:
    """`Peru's steel imports totaled ... Finished steel made up 2.6 million tons, and took 23
    percent of the Peruvian market`: the country named after the figure, behind `of`, is a side
    of the paragraph's flow, so the figure stays on that flow. (A bare country after the figure,
    `keeping Vietnam firmly in place as the archipelago's main supplier`, does not carry it:
    pinned by d28-009 in dev28, where the epithet gives the other side.)"""
    found = extracted("Peru's steel imports totaled 3.7 million tons in 2018. Finished steel made "
                      "up 2.6 million tons, and took 23 percent of the Peruvian market.",
                      MARCH_2019)
    assert found["2.6 million tons"].importer == "PER"


def test_the_emirates_is_the_uae() -> None:
    """`Peruvian exports to the Emirates climbed 71%`: the country, not the airline."""
    found = extracted("Peruvian exports to the Emirates climbed 71% to $8.5 billion in 2022.",
                      MARCH_2019)
    assert (found["$8.5 billion"].exporter, found["$8.5 billion"].importer) == ("PER", "ARE")


def test_a_pair_stated_without_a_figure_is_the_pair_of_the_turnover_after_it() -> None:
    """`Peru's trade with Chile slipped in 2018. Turnover came to $48.5 billion`: both sides of
    the two-way figure come from the sentence before; one-way figures after it keep their own
    sides."""
    found = extracted("Peru's trade with Chile slipped in 2018. Turnover over January-November "
                      "came to $48.5 billion.", MARCH_2019)
    claim = found["$48.5 billion"]
    assert claim.two_way and {claim.exporter, claim.importer} == {"PER", "CHL"}
    one_way = extracted("Peru's trade with Chile slumped in September. Peruvian exports to "
                        "Chile fell 6.7 percent and imports from it dropped 37.9 percent.",
                        MARCH_2019)
    assert (one_way["37.9 percent"].exporter, one_way["37.9 percent"].importer) == (
        "CHL", "PER")


def test_goods_of_a_part_set_off_with_with_are_not_the_totals() -> None:
    """`supplies declined to $22 billion, with crude oil accounting for more than 70%`: the total
    goes on with the paragraph's goods (all goods); the share is crude oil's."""
    found = extracted("Peru's exports to Chile fell 28.3% to $4.16 billion in the first half of "
                      "2018. Chilean supplies to Peru also declined in January-June, by 10%, to "
                      "$22 billion, with crude oil accounting for more than 70%.", MARCH_2019)
    assert found["$22 billion"].commodity == "trade"
    assert found["70%"].commodity == "crude_oil"


def test_an_adverb_inside_a_modal_cue_keeps_it_a_forecast() -> None:
    """`could soon reach $30 billion`, `could well top`: forecasts like `could reach`."""
    for sentence in ("Peru-Chile trade could soon reach $30 billion.",
                     "Peru-Chile trade could well top $30 billion next year."):
        assert extracted(sentence, MARCH_2019)["$30 billion"].modality == "forecast", sentence


def _units(text: str) -> list[tuple[str, str]]:
    return [(q.surface, q.unit) for q in extract_quantities(text)]


def test_kilolitres_are_a_unit_of_volume() -> None:
    """`77.89 million kilolitres of gas`: pint's kiloliter, not a counted noun."""
    assert _units("Figures show 77.89 million kilolitres of gas were pumped abroad.") == [
        ("77.89 million kilolitres", "kiloliter")]


def test_a_price_compared_with_a_price_per_unit_takes_its_unit() -> None:
    """`$6.28 per kg from $6.61`, `from $180 to $110 a ton`, `after peaking at USD 125.76`: the
    price compared with leaves out the unit of measure; a sum with a scale word
    (`from $2 billion`) or in another currency keeps its own."""
    assert _units("The export price eased to $6.28 per kg from $6.61.") == [
        ("$6.28 per kg", "USD/kilogram"), ("$6.61", "USD/kilogram")]
    assert _units("The coal price has fallen from $180 to $110 a ton since January.") == [
        ("$180", "USD/t"), ("$110 a ton", "USD/t")]
    assert _units("The basket averaged USD 86.81 a barrel last year, after peaking at USD "
                  "125.76 in July.")[1] == ("USD 125.76", "USD/bbl")
    assert _units("Sales rose to $80 a barrel from $2 billion.")[1] == ("$2 billion", "USD")
    assert _units("Rice sold for 6,200 won a kilogram, up from $5 a month earlier.")[1] == (
        "$5", "USD")


def test_an_epithet_between_preposition_and_country_keeps_the_cue() -> None:
    """`sold to neighbouring Chile`: Chile is still the destination, even with another country
    named in a source after it."""
    found = extracted("Natural gas sold to neighbouring Chile earned Peru 588.7 million dollars "
                      "in August, The Peru Times reported.", MARCH_2019)
    claim = found["588.7 million dollars"]
    assert (claim.exporter, claim.importer) == ("PER", "CHL")


def test_a_share_of_the_total_of_a_one_way_flow_keeps_its_sides() -> None:
    """`Shipments of Peruvian farm goods to Chile came to $119 million. Frozen chicken topped the
    list with half of the total`: a part of that flow, from Peru to Chile."""
    found = extracted("Shipments of Peruvian farm goods to Chile came to $119 million in "
                      "January-June. Frozen chicken topped the list with half of the total.",
                      MARCH_2019)
    assert (found["half"].exporter, found["half"].importer) == ("PER", "CHL")
    # a country in the share's sentence is a part of the flow, not the flow
    part = extracted("Peru's exports to Chile came to $119 million in 2018. Bolivia accounted "
                     "for half of the total.", MARCH_2019)
    assert (part["half"].exporter, part["half"].importer) != ("PER", "CHL")


def test_the_dateline_country_is_the_home_side_of_a_flow_naming_only_its_partner() -> None:
    """`LIMA, April 30 (Andina) -- Exports to Chile reached ...`: the story is filed from Peru,
    whose exports they are; a country's own total (`Bolivia's exports`) stays to everyone."""
    found = extracted("LIMA, April 30 (Andina) -- Exports to Chile reached $11.4 billion in "
                      "July, up 14.9 percent, Peru's trade ministry said.", MARCH_2019)
    for surface in ("$11.4 billion", "14.9 percent"):
        assert (found[surface].exporter, found[surface].importer) == ("PER", "CHL"), surface
    # a dateline the story never names again is no home (a wire filed abroad)
    abroad = extracted("LIMA (Reuters) - Bolivia's imports rebounded last year. Exports to "
                       "Bolivia fell 12 percent to $180 million.", MARCH_2019)
    assert abroad["$180 million"].exporter != "PER"
    own = extracted("LIMA, July 19 (Andina) -- Bolivia's trade totaled $2.84 billion in 2018. "
                    "Its exports plunged 86.3 percent to $240 million.", MARCH_2019)
    assert (own["$240 million"].exporter, own["$240 million"].importer) == ("BOL", None)


def test_dh_is_the_dirham() -> None:
    """`Dh1.058 trillion`, `Dhs 57 billion`: UAE dirhams, as the Gulf press writes them."""
    assert _units("Non-oil trade hit Dh1.058 trillion, with Dhs 57 billion of re-exports.") == [
        ("Dh1.058 trillion", "AED"), ("Dhs 57 billion", "AED")]


def test_a_country_ranked_after_the_leader_takes_its_place_in_the_flow() -> None:
    """`Chile stayed at the top of Peru's list of trading partners with two-way trade of $10.6
    billion. Bolivia came second with $6.5 billion and Brazil third with $6 billion`: each ranked
    country trades with the ranking's owner."""
    found = extracted("Chile stayed at the top of Peru's list of trading partners in 2018, with "
                      "two-way trade of $10.6 billion. Bolivia came second with $6.5 billion and "
                      "Brazil third with $6 billion.", MARCH_2019)
    for surface, partner in (("$6.5 billion", "BOL"), ("$6 billion", "BRA")):
        claim = found[surface]
        assert claim.two_way and {claim.exporter, claim.importer} == {partner, "PER"}, surface
    one_way = extracted("Peru shipped 3 million tonnes of wheat to Brazil in May. Chile bought "
                        "2 million tonnes of Peruvian wheat, while Bolivia came third with "
                        "600,000 tonnes.", MARCH_2019)
    assert (one_way["600,000 tonnes"].exporter, one_way["600,000 tonnes"].importer) == (
        "PER", "BOL")


def test_the_leader_of_a_ranking_is_the_partner_behind_to_or_from() -> None:
    """`Peru imported 6.2 million tonnes of gas from Bolivia. Chile came second with 1.5
    million tonnes`: suppliers are ranked; `Peru shipped ... to Chile. Brazil was next`: buyers
    are."""
    suppliers = extracted("Peru imported 6.2 million tonnes of wheat from Bolivia in 2018. Chile "
                          "came second with 1.5 million tonnes.", MARCH_2019)
    claim = suppliers["1.5 million tonnes"]
    assert (claim.exporter, claim.importer) == ("CHL", "PER")
    buyers = extracted("Peru shipped 1.6 million tonnes of copper to Chile in 2018. Brazil was "
                       "next with 1.2 million tonnes.", MARCH_2019)
    claim = buyers["1.2 million tonnes"]
    assert (claim.exporter, claim.importer) == ("PER", "BRA")


def test_a_demonym_before_demand_after_and_is_the_buyer() -> None:
    """`Peru's imports of Bolivian gas rose 20 percent, and Chilean demand 15 percent`."""
    found = extracted("Peru's imports of Bolivian gas rose 20 percent, and Chilean demand 15 "
                      "percent.", MARCH_2019)
    assert found["15 percent"].importer == "CHL"
    assert found["15 percent"].exporter != "CHL"


def test_a_dateline_abroad_over_another_countrys_trade_is_no_home() -> None:
    """`LIMA (Reuters) - Bolivia's trade with Chile rebounded`: the story is about Bolivia, so
    Peru is no side; an own-country story that never names itself keeps its dateline."""
    abroad = extracted("LIMA (Reuters) - Bolivia's trade with Chile rebounded last year. Exports "
                       "to Chile fell 12 percent to $180 million.", MARCH_2019)
    assert abroad["$180 million"].exporter != "PER"
    home = extracted("LIMA, April 30 (Andina) -- Exports to Chile fell 20 percent in 2018, the "
                     "trade ministry said.", MARCH_2019)
    assert (home["20 percent"].exporter, home["20 percent"].importer) == ("PER", "CHL")


def test_a_dateline_story_with_no_country_in_sight_is_about_the_home_flow() -> None:
    """`LIMA: Non-traditional exports grew 17.9 per cent in October`: Peru's exports to
    everyone."""
    found = extracted("LIMA: Non-traditional exports grew 17.9 per cent in October, the trade "
                      "ministry said.", MARCH_2019)
    assert (found["17.9 per cent"].exporter, found["17.9 per cent"].importer) == ("PER", None)


def test_a_benchmark_named_after_a_place_is_no_party() -> None:
    """`Dubai crude prices rose`: the Dubai benchmark, not the UAE; `Dubai's non-oil trade` is
    the emirate's."""
    found = extracted("Dubai crude prices rose to $80 a barrel as Peru's imports of Middle East "
                      "oil rose 10 percent in 2018.", MARCH_2019)
    assert found["10 percent"].importer == "PER"
    dubai = extracted("Dubai's non-oil trade with Peru came to 296.6 billion dirhams in 2018.",
                      MARCH_2019)
    claim = dubai["296.6 billion dirhams"]
    assert {claim.exporter, claim.importer} == {"ARE", "PER"}
