"""Rules of the thirty-third session of 2026-12-04, each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted, parties, period
from tradetrace.extract.quantities import extract_quantities


def units(text: str) -> dict[str, tuple[float, str]]:
    return {q.surface: (q.value, q.unit) for q in extract_quantities(text)}


def test_barrels_of_crude_a_day_is_a_rate() -> None:
    """`10,000 barrels of crude a day` is a daily rate, as `barrels of oil a day` was (eight gold
    passages span the goods and the rate together, two do not); other goods between the unit
    and the time stay outside the span (`barrels of crude oil per day`, pinned in
    test_extract_quantities)."""
    found = units("Iraq will send 10,000 barrels of crude a day to the Jordanian market and "
                  "4,000 barrels of crude per day to Syria.")
    assert found["10,000 barrels of crude a day"] == (10000.0, "bbl/d")
    assert found["4,000 barrels of crude per day"] == (4000.0, "bbl/d")
    claim = extracted("Iraq will send 10,000 barrels of crude a day to the Jordanian market.",
                      date(2024, 3, 1))["10,000 barrels of crude a day"]
    assert (claim.commodity, claim.modality) == ("crude_oil", "planned")
    assert parties(claim) == ("IRQ", "JOR", False)


def test_mines_that_turned_out_an_amount_are_the_countrys_production() -> None:
    """`Ghana's mines turned out 4 million ounces`: the possessive country's own producers, as
    with `produced`."""
    found = extracted("Ghana's mines turned out 4 million ounces in 2023.", date(2024, 3, 1))
    assert found["4 million ounces"].exporter == "GHA"
    found = extracted("Zambia's smelters churned out 700,000 tonnes of copper in 2023.",
                      date(2024, 3, 1))
    assert found["700,000 tonnes"].exporter == "ZMB"


def test_a_partners_part_of_the_total_has_the_totals_goods_even_with_no_key() -> None:
    """`Germany's gas imports rose to 55 billion cubic metres, with Norway supplying 30% of the
    total`: the share is of the gas just counted (no commodity key), not of all trade; after
    keyed goods it keeps their key."""
    found = extracted("Germany's gas imports rose to 55 billion cubic metres last year, with "
                      "Norway supplying 30% of the total.", date(2024, 3, 1))
    assert found["30%"].commodity is None
    assert parties(found["30%"]) == ("NOR", "DEU", False)
    found = extracted("Syria imported 1.5 million tonnes of grain last year, with Russia "
                      "supplying 70 percent of the total.", date(2024, 3, 1))
    assert found["70 percent"].commodity == "grain"


def test_a_share_of_the_total_bill_without_a_partner_stays_the_items_share() -> None:
    """The limit: `That made fuel the largest item in an import bill of $6.88 billion, 28.4% of
    the total`: no partner clause, so the share is the fuel's, not the bill's."""
    found = extracted("Rwanda bought fuel worth $680 million in 2024. That made fuel the largest "
                      "single item in an import bill of $6.88 billion, 28.4% of the total.",
                      date(2025, 5, 1))
    assert found["28.4%"].commodity != "trade"


def test_cooking_gas_is_lpg() -> None:
    found = extracted("India imported 2.5 million tonnes of cooking gas in the first quarter.",
                      date(2024, 6, 1))
    assert found["2.5 million tonnes"].commodity == "lpg"


def test_a_tender_called_for_or_issued_is_a_planned_purchase() -> None:
    """`OAIC has called for 50,000 tonnes`, `issued an international tender to purchase`: a
    purchase sought, not made; `OAIC` is Algeria's state grain buyer."""
    found = extracted("Algeria's OAIC has called for 50,000 tonnes of milling wheat in a tender.",
                      date(2024, 6, 1))
    assert found["50,000 tonnes"].modality == "planned"
    found = extracted("Jordan's state grain buyer has issued an international tender to purchase "
                      "120,000 tonnes of wheat.", date(2024, 6, 1))
    assert found["120,000 tonnes"].modality == "planned"
    assert found["120,000 tonnes"].importer == "JOR"
    found = extracted("OAIC bought about 600,000 tonnes of wheat in its last tender.",
                      date(2024, 6, 1))
    assert found["600,000 tonnes"].importer == "DZA"
    assert found["600,000 tonnes"].modality == "reported"


def test_a_headline_on_a_partners_part_names_the_goods_owner_not_the_bodys_buyer() -> None:
    """`Switzerland takes three-quarters of Senegal's gold`: the article is about Senegal's
    exports; its totals have no buyer, and each partner's share is of Senegal's exports."""
    found = extracted("Switzerland takes three-quarters of Senegal's gold\nSenegal exported 8.343 "
                      "tonnes of gold in 2010, worth 101.4 billion CFA francs, the central bank "
                      "said. Switzerland bought 75.3% of the 2010 exports, ahead of the United "
                      "Arab Emirates with 15.3%.", date(2012, 2, 1))
    assert parties(found["8.343 tonnes"]) == ("SEN", None, False)
    assert parties(found["75.3%"]) == ("SEN", "CHE", False)
    assert parties(found["15.3%"]) == ("SEN", "ARE", False)


def test_a_headline_flow_between_two_countries_still_completes_the_body() -> None:
    """The limit: a headline that states a flow (`Russian oil to North Korea ...`) still gives
    the body's one-sided figures their other side."""
    found = extracted("Russian oil to North Korea tops 1 million barrels\nRussia shipped 1.2 "
                      "million barrels in 2024, a tracker said.", date(2025, 2, 1))
    assert parties(found["1.2 million barrels"]) == ("RUS", "PRK", False)


def test_buyers_named_by_region_take_no_earlier_buyer() -> None:
    """`and European buyers 141,394 tonnes`, `Neighbouring countries also took`, `European Union
    members absorbed`: buyers with no country code, so the earlier buyer (China) does not carry
    to them."""
    found = extracted("Cambodia exported 362,798 tonnes of milled rice between January and July. "
                      "China bought 141,950 tonnes, and European buyers 141,394 tonnes for "
                      "$100.31 million. Neighbouring countries also took 2,498,586 tonnes of "
                      "paddy rice. European Union members absorbed 264,683 tonnes.",
                      date(2023, 8, 7))
    assert parties(found["141,950 tonnes"]) == ("KHM", "CHN", False)
    for surface in ("141,394 tonnes", "$100.31 million", "2,498,586 tonnes", "264,683 tonnes"):
        assert parties(found[surface]) == ("KHM", None, False), surface


def test_output_before_a_second_verb_has_no_buyer_from_that_verb() -> None:
    """`Ecuador pumped 505,000 barrels per day in 2012 and shipped over a third of that to the
    United States`: the output is Ecuador's own; the buyer belongs to the part shipped."""
    found = extracted("Ecuador pumped 505,000 barrels per day of crude oil in 2012 and shipped "
                      "over a third of that to the United States.", date(2014, 1, 16))
    assert parties(found["505,000 barrels per day"]) == ("ECU", None, False)
    assert parties(found["a third"]) == ("ECU", "USA", False)


def test_the_rival_after_a_rank_is_not_the_buyer() -> None:
    """`South Africa is the second-biggest buyer after China, having imported 19 million kg`:
    South Africa bought them; China is only the rank's rival. A subject named before the rank
    keeps its share (`Pakistan ranked second among buyers behind India, accounting for 22%`)."""
    found = extracted("Zimbabwe has exported 135 million kilogrammes of tobacco so far this year. "
                      "South Africa is the second-biggest buyer after China, having imported 19 "
                      "million kg valued at $57 million.", date(2017, 11, 16))
    assert parties(found["19 million kg"]) == ("ZWE", "ZAF", False)
    found = extracted("Pakistan ranked second among buyers behind India, accounting for 22.38% "
                      "of Bangladesh's raw jute sales abroad.", date(2020, 7, 28))
    assert parties(found["22.38%"]) == ("BGD", "PAK", False)


def test_fishmeal_and_forestry_are_goods_with_no_key() -> None:
    """`fishmeal imports`, `forestry export earnings`: goods the taxonomy has no key for, so
    their figures have no commodity rather than all trade (fishmeal is no seafood for eating)."""
    found = extracted("China's fishmeal imports from Peru grew 4.6% in 2015 to about 677,000 "
                      "tonnes.", date(2016, 2, 15))
    assert found["4.6%"].commodity is None
    assert found["677,000 tonnes"].commodity is None
    found = extracted("For 2011 as a whole, forestry export earnings climbed to 4.5 billion NZ "
                      "dollars.", date(2012, 3, 30))
    assert found["4.5 billion NZ dollars"].commodity is None


def test_the_trade_opening_a_sentence_is_the_goods_just_counted() -> None:
    """`Turkey exported $381 million of gold to Iran in March. The trade had dried up in January,
    then resumed with $117.9 million`: the gold trade (no key), not all trade; `The trade
    between` the two countries is still all of it."""
    found = extracted("Turkey exported almost $381 million of gold to Iran in March. The trade had "
                      "dried up in January, then resumed with $117.9 million in February.",
                      date(2013, 5, 2))
    assert found["$117.9 million"].commodity is None
    found = extracted("Russia shipped 2 million tonnes of wheat to Egypt in 2023. The trade "
                      "resumed with 300,000 tonnes in January.", date(2024, 3, 2))
    assert found["300,000 tonnes"].commodity == "wheat"
    found = extracted("Turkey exported $381 million of gold to Iran in March. The trade between "
                      "the two countries came to $1.2 billion.", date(2013, 5, 2))
    assert found["$1.2 billion"].commodity == "trade"


def test_money_spent_on_goods_with_no_key_has_no_commodity() -> None:
    """`spent $1.2 billion on coffee imports`: goods with no key, unlike `on wheat imports`."""
    found = extracted("Algeria spent $1.2 billion on coffee imports in 2019.", date(2020, 2, 1))
    assert found["$1.2 billion"].commodity is None
    found = extracted("Egypt spent $3.2 billion on wheat imports in 2019.", date(2020, 2, 1))
    assert found["$3.2 billion"].commodity == "wheat"


def test_the_time_of_nothing_traded_or_of_a_part_is_not_the_figures() -> None:
    """`Kenya ranked third with 86,000t after taking none in 2014 or 2015`, `13 million tonnes,
    most of it in the fourth quarter`: those times are of nothing, or of a part; the figure keeps
    the period in force. A flow that itself `fell to nothing in March` keeps March."""
    found = extracted("Morocco's DAP shipments in January-August climbed 39pc to 1.16mn t. Kenya "
                      "ranked third with 86,000t after taking none in 2014 or 2015.",
                      date(2016, 10, 13))
    assert period(found["86,000t"]) == ("2016-01-01", "2016-08-31")
    found = extracted("South Africa's coal exports grew 1.9% to 64.6 million tonnes in 2011. China "
                      "bought slightly more than 13 million tonnes, most of it in the fourth "
                      "quarter.", date(2012, 1, 6))
    assert period(found["13 million tonnes"]) == ("2011-01-01", "2011-12-31")
    found = extracted("China's purchases of U.S. LNG fell to nothing in March. Soybean shipments "
                      "grew 12% to 2.44 million tons.", date(2025, 4, 21))
    assert period(found["2.44 million tons"]) == ("2025-03-01", "2025-03-31")


def test_a_share_of_a_target_is_the_part_reached_over_the_period_counted() -> None:
    """`or 52 per cent of the 700,000-tonne target set for the year`, `The quarter's earnings
    already equal 56.4% of the target for the whole year`: a reported share of the months just
    counted; the target itself stays a forecast for the year."""
    found = extracted("Cambodia exported 362,798 tonnes of milled rice between January and July, "
                      "or 52 per cent of the 700,000-tonne target set for the year.",
                      date(2023, 8, 7))
    assert found["52 per cent"].modality == "reported"
    assert period(found["52 per cent"]) == ("2023-01-01", "2023-07-31")
    assert found["700,000-tonne"].modality == "forecast"
    found = extracted("Laos exported 3,032,517 tonnes of plant products in January-March 2023. The "
                      "quarter's earnings already equal 56.4% of the target for the whole year. "
                      "Cassava led with 1.9 million tonnes.", date(2023, 5, 10))
    assert period(found["56.4%"]) == ("2023-01-01", "2023-03-31")
    assert period(found["1.9 million tonnes"]) == ("2023-01-01", "2023-03-31")


def test_pounds_after_seafood_sales_a_long_clause_away_are_a_weight() -> None:
    """`shrimp sales to Asia surged 65 percent in the first ten months of 2015 to 278 million
    pounds`: the goods' sales open the clause, so the pounds weigh shrimp."""
    found = units("Ecuador's shrimp sales to Asia surged 65 percent in the first ten months of "
                  "2015 to 278 million pounds, 110 million pounds more than a year before.")
    assert found["278 million pounds"] == (278e6, "pound")
    assert found["110 million pounds"] == (110e6, "pound")


def test_b_dollars_are_bruneis_in_a_story_on_brunei() -> None:
    """`B$` is written for the Brunei and the Bahamian dollar: the country the story names
    decides, the Bahamas' with none named."""
    assert units("BANDAR SERI BEGAWAN – Hengyi has shipped B$1.4 billion of fuel abroad.")[
        "B$1.4 billion"] == (1.4e9, "BND")
    assert units("The Bahamas imported B$1.4 billion of fuel.")["B$1.4 billion"] == (1.4e9, "BSD")
    assert units("It imported B$1.4 billion of fuel.")["B$1.4 billion"] == (1.4e9, "BSD")


def test_a_count_of_miners_is_no_flow_and_counted_goods_made_are_production() -> None:
    """`Colombia's two biggest coal miners shipped ...`: the firms are counted, not goods; `car
    production rose to 1.437 million vehicles`, `Slovakia turned out 571,071 cars`: goods the
    taxonomy counts, made, are the country's production."""
    found = extracted("Colombia's two biggest coal miners shipped almost 12 million tonnes less "
                      "in 2020.", date(2021, 3, 2))
    assert "two biggest coal miners" not in found
    found = extracted("Czech passenger car production rose 1.7 percent in 2018 to a record 1.437 "
                      "million vehicles. Slovakia turned out a record 571,071 cars in 2007.",
                      date(2019, 1, 31))
    assert found["1.437 million vehicles"].commodity == "vehicles"
    assert parties(found["1.437 million vehicles"]) == ("CZE", None, False)
    assert parties(found["571,071 cars"]) == ("SVK", None, False)


def test_the_automotive_sector_names_vehicles() -> None:
    found = extracted("Moroccan exports grew 4.3% by the end of April, largely because sales by "
                      "the automotive sector leapt 48.4%.", date(2014, 5, 28))
    assert found["48.4%"].commodity == "vehicles"


def test_look_set_to_is_a_forecast_and_the_old_levels_beside_it_were() -> None:
    """`look set to reach a record 497,000 b/d in 2018, compared with 2017's 474,000 b/d and
    2016's 472,000 b/d`: a forecast (not a plan `set to`), beside two reported old levels; so
    are the old levels after a plan (`will collect $2.6 billion ..., down from $5,489 million in
    2014 and $3,768 million in 2015`)."""
    found = extracted("Chinese imports of ESPO Blend crude from Kozmino look set to reach a record "
                      "497,000 b/d in 2018, compared with 2017's 474,000 b/d and 2016's 472,000 "
                      "b/d.", date(2018, 12, 28))
    assert [found[s].modality for s in ("497,000 b/d", "474,000 b/d", "472,000 b/d")] == [
        "forecast", "reported", "reported"]
    found = extracted("Bolivia will collect $2.6 billion from gas sales to Brazil in 2016, down "
                      "from $5,489 million in 2014 and $3,768 million in 2015.", date(2016, 7, 12))
    assert found["$5,489 million"].modality == "reported"
    assert found["$3,768 million"].modality == "reported"
    found = extracted("Egypt is set to import 12 million tonnes of wheat in 2025.",
                      date(2025, 1, 10))
    assert found["12 million tonnes"].modality == "planned"


def test_sources_citing_a_reason_listing_fields_or_opening_on_a_dateline() -> None:
    """`, citing strong reservoir response`: a reason, not a source; `the Ministry of Mines,
    Petroleum and Energy said`: the commas are inside the body's name; `EU member states took`:
    countries, not a statement; `NEW YORK:` opening a story is its dateline, not a label (while
    `KOTRA: trade US$6.86 bln` still is)."""
    found = extracted("Senegal's Sangomar field produced roughly 36.1 million barrels of crude "
                      "last year, the Ministry of Mines, Petroleum and Energy said. The ministry "
                      "had raised its forecast from 30.53 million barrels to 34.7 million, citing "
                      "strong reservoir response.", date(2026, 1, 7))
    ministry = "the Ministry of Mines, Petroleum and Energy"
    assert found["36.1 million barrels"].attribution == ministry
    assert "reservoir" not in (found["34.7 million"].attribution or "")
    found = extracted("Germany was the biggest market, with 22% of these exports. EU member "
                      "states took 73% of the total.", date(2025, 6, 2))
    assert found["73%"].attribution is None
    found = extracted("NEW YORK: Colombia's coffee shipments rose 20% in the first quarter to 3.59 "
                      "million 60-kg bags, the National Federation of Coffee Growers said.",
                      date(2025, 5, 4))
    assert found["20%"].attribution == "the National Federation of Coffee Growers"
    found = extracted("KOTRA: trade US$6.86 bln; GACC: US$6.39 bln in 2019.", date(2020, 5, 4))
    assert found["US$6.86 bln"].attribution == "KOTRA"


def test_a_country_set_after_its_owners_role_takes_the_cue() -> None:
    """`China cut purchases from its biggest supplier, Saudi Arabia, by 1.6%`: Saudi Arabia is
    the supplier (not `its` owner China); `from second-placed Russia` keeps its `from`."""
    found = extracted("China cut purchases from its biggest supplier, Saudi Arabia, by 1.6% in "
                      "March while buying 31% more from second-placed Russia.", date(2020, 4, 22))
    assert parties(found["1.6%"]) == ("SAU", "CHN", False)
    assert parties(found["31%"]) == ("RUS", "CHN", False)


def test_a_ranked_buyer_after_exports_and_imports_buys_the_exports() -> None:
    """`Paraguay's exports came to US$3,037 million, against imports of US$2,389 million. Uruguay
    was the largest buyer with US$1,245 million`: the buyer of the exports, not of the imports
    stated last."""
    found = extracted("Paraguay's exports to its Mercosur partners came to US$3,037 million in "
                      "January-August, against imports of US$2,389 million, customs figures show. "
                      "Uruguay was the largest buyer with US$1,245 million, followed by Argentina "
                      "with US$948 million.", date(2016, 10, 11))
    assert parties(found["US$1,245 million"]) == ("PRY", "URY", False)
    assert parties(found["US$948 million"]) == ("PRY", "ARG", False)


def test_a_rivals_possessive_figure_is_the_rivals_flow() -> None:
    """`The United States shipped 5.4 million tonnes of crude oil to India, edging past Kuwait's
    5.1 million tonnes`: Kuwait's own shipments to India; after a buyer's purchases the rival is
    the other buyer (`ahead of China's 4.1 million tonnes`)."""
    found = extracted("The United States shipped 5.4 million tonnes of crude oil to India in "
                      "April-September, edging past Kuwait's 5.1 million tonnes.",
                      date(2019, 12, 11))
    assert parties(found["5.1 million tonnes"]) == ("KWT", "IND", False)
    found = extracted("India bought 5.4 million tonnes of crude oil from Iraq in April-September, "
                      "ahead of China's 4.1 million tonnes.", date(2019, 12, 11))
    assert parties(found["4.1 million tonnes"]) == ("IRQ", "CHN", False)


def test_a_year_that_dates_a_war_is_no_period() -> None:
    """`Before the 2011 war ..., Libya routinely shipped 1.6 million barrels a day`: the year
    dates the war, not the figure."""
    found = extracted("Before the 2011 war that ousted Moammar Gadhafi, Libya routinely shipped "
                      "1.6 million barrels a day abroad.", date(2013, 8, 28))
    assert period(found["1.6 million barrels a day"]) == (None, None)


def test_receivers_no_one_names_take_no_earlier_buyer() -> None:
    """`Volumes bound for ship-to-ship transfers`, `shipments to African countries`: no country
    code, so the buyer named before (Brazil) does not carry; `loadings for China` name China."""
    found = extracted("Diesel exports from Russian ports to Brazil rose to 0.78 million tons. "
                      "Volumes bound for ship-to-ship transfers in the Mediterranean reached about "
                      "370,000 tons, while shipments to African countries fell to 0.44 million "
                      "tons. Russian fuel oil loadings for China rose to about 520,000 tons.",
                      date(2024, 10, 8))
    assert parties(found["370,000 tons"]) == ("RUS", None, False)
    assert parties(found["0.44 million tons"]) == ("RUS", None, False)
    assert parties(found["520,000 tons"]) == ("RUS", "CHN", False)


def test_a_one_sided_flow_takes_the_paragraphs_one_open_seller() -> None:
    """`Yarn sales to China went from $59 million to $1 billion` after a paragraph whose other
    figures name New Zealand's exports, one of them a share with no seller: the one seller the
    paragraph left open on the buyer's side sells to China."""
    found = extracted("New Zealand's wool exports were worth NZ$4.5 billion in 2012, Statistics "
                      "New Zealand says. The value of yarn exports rose to $1.6 billion in 2012, "
                      "and the share of yarn climbed to 35% in 2012. Yarn sales to China went from "
                      "only $59 million in 1992 to $1 billion in 2012, making China the largest "
                      "market for New Zealand yarn. China took 34 percent of the country's wool "
                      "exports in 2012.", date(2014, 1, 14))
    assert parties(found["$59 million"]) == ("NZL", "CHN", False)
