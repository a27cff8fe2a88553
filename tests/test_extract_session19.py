"""Rules of the nineteenth session of 2026-12-02, each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted, parties, period
from tradetrace.extract.quantities import extract_quantities

JUNE_2019 = date(2019, 6, 20)


def test_the_main_country_holding_a_share_is_the_part_not_the_owner() -> None:
    """`Peru's share stood at 30 percent of EU copper imports`, `Its share of imported zinc fell
    to 9 percent`: the article's own country whose share it is supplies the total; it does not
    own it (nor does `its` before a noun that is no total, `its northern mines`)."""
    found = extracted("Peru's share stood at 30 percent for copper imports into the EU and 12 "
                      "percent for zinc before strikes shut its northern mines in March 2019.",
                      JUNE_2019)
    assert parties(found["30 percent"]) == ("PER", None, False)
    assert parties(found["12 percent"]) == ("PER", None, False)
    found = extracted("Peru supplied 20 percent of the copper the EU bought in 2018. Its share "
                      "of imported zinc fell to 9 percent in the same year.", JUNE_2019)
    assert parties(found["9 percent"]) == ("PER", None, False)
    # the main country's share of everyone's flow is its own side of it
    found = extracted("Peru's share of global copper imports rose to 5 percent in 2018.",
                      JUNE_2019)
    assert parties(found["5 percent"]) == (None, "PER", False)
    found = extracted("Peru's share of world copper exports rose to 12 percent in 2018.",
                      JUNE_2019)
    assert parties(found["12 percent"]) == ("PER", None, False)
    # another country's share of the main country's two-way total keeps both sides
    found = extracted("Peru's trade with the world fell 3 percent to $90 billion in 2018, and "
                      "China's slice of the total was 28 percent.", JUNE_2019)
    assert {found["28 percent"].exporter, found["28 percent"].importer} == {"CHN", "PER"}
    assert found["28 percent"].two_way


def test_a_part_of_deliveries_to_a_bloc_is_another_supplier() -> None:
    """`Britain supplied 840 million euros. ... it accounted for 36% of all deliveries to the
    bloc`: the part is a supplier of the bloc too, not a buyer from the supplier named before."""
    found = extracted("Chile supplied 800 million euros of copper to the EU in 2018. Peru was "
                      "the top source until 2015: in 2014 it accounted for 36% of all copper "
                      "deliveries to the bloc.", JUNE_2019)
    assert parties(found["36%"]) == ("PER", None, False)
    # a part with a buying verb of its own is a buyer
    found = extracted("Chile supplied 800 million euros of copper to the EU in 2018. Germany "
                      "took 36% of all those deliveries to the bloc.", JUNE_2019)
    assert parties(found["36%"]) == ("CHL", "DEU", False)


def test_a_flow_to_all_other_markets_has_no_destination() -> None:
    """`exports to all other markets fell 13%` after sales to Japan: the destination is
    everyone else, so Japan does not fill it; a flow from other suppliers is not touched."""
    found = extracted("Peruvian copper exports rose 30% to $2 billion in 2018, with most of the "
                      "gain coming from Japan. Shipments to Japan amounted to $900 million. In "
                      "2018 as a whole, exports to all other markets fell 13% to $1.1 billion.",
                      JUNE_2019)
    assert parties(found["$900 million"]) == ("PER", "JPN", False)
    assert parties(found["13%"]) == ("PER", None, False)
    assert parties(found["$1.1 billion"]) == ("PER", None, False)
    found = extracted("Peru shipped 3 million tonnes of copper to Japan in 2018. In all it "
                      "shipped 5 million tonnes abroad. Sales to other Asian buyers came to 1 "
                      "million tonnes.", JUNE_2019)
    assert parties(found["5 million tonnes"]) == ("PER", None, False)
    assert parties(found["1 million tonnes"]) == ("PER", None, False)
    # everyone as the origin (`from abroad`) leaves the buyer in place
    found = extracted("Peru bought 2 million tonnes of wheat from Canada in 2018. In all it "
                      "brought in 5 million tonnes from abroad.", JUNE_2019)
    assert found["5 million tonnes"].importer == "PER"
    for other in ("to other destinations", "to the rest of the world"):
        found = extracted(f"Shipments of Peruvian copper to Japan amounted to $900 million in 2018"
                          f", while exports {other} came to $1.1 billion.", JUNE_2019)
        assert parties(found["$1.1 billion"]) == ("PER", None, False), other


def test_upward_of_is_a_hedge_not_a_rise() -> None:
    """`upward of 2.5 million barrels a day` is at least that much, not a rise; a change verb
    before the hedge still makes a change (`rose upwards of 5%`)."""
    quantities = {q.surface: q for q in extract_quantities(
        "Buyers took upward of 2.5 million barrels a day of Peruvian crude. Exports rose "
        "upwards of 5% to 2 million tonnes.")}
    assert quantities["2.5 million barrels a day"].change is None
    assert quantities["2.5 million barrels a day"].bound == ">"
    assert quantities["5%"].change == "up"


def test_an_owners_earnings_from_its_exports_are_its_exports() -> None:
    """`Peru's earnings from copper ore exports slipped 4%`: what the country earns from its
    exports is its exports, also after `its`."""
    for owner in ("Peru's", "Peru's monthly"):
        found = extracted(f"{owner} earnings from copper ore exports slipped 4% in May to $620 "
                          "million.", JUNE_2019)
        assert parties(found["4%"]) == ("PER", None, False), owner
        assert parties(found["$620 million"]) == ("PER", None, False), owner
    found = extracted("Chile's export revenue from Asia fell 8% to $3 billion in 2018.",
                      JUNE_2019)
    assert parties(found["$3 billion"]) == ("CHL", None, False)


def test_canola_is_food() -> None:
    """Canola is rapeseed, which the taxonomy files under food."""
    found = extracted("Peru shipped 2.1 million tonnes of canola to Japan in 2018.", JUNE_2019)
    assert found["2.1 million tonnes"].commodity == "food"


def test_a_flow_to_destinations_other_than_a_country_leaves_it_out() -> None:
    """`exports to destinations other than Japan rose 60%`: the country named after `other
    than` is the one the flow leaves out, not its destination."""
    found = extracted("Peru shipped copper worth $900 million to Japan in 2018. Peruvian copper "
                      "exports to destinations other than Japan rose almost 60% to about $183 "
                      "million.", JUNE_2019)
    assert parties(found["$900 million"]) == ("PER", "JPN", False)
    assert parties(found["60%"]) == ("PER", None, False)
    assert parties(found["$183 million"]) == ("PER", None, False)


def test_a_demonym_share_of_another_demonyms_flow() -> None:
    """`the Japanese share of Peruvian exports down to 72%`: the first demonym is the part,
    the second owns the total, and exports flow from the owner to the part."""
    found = extracted("Shipments to Japan fell 3.4% in May, pulling the Japanese share of "
                      "Peruvian exports down to 72% from 76% in 2018.", JUNE_2019)
    assert parties(found["72%"]) == ("PER", "JPN", False)
    assert parties(found["76%"]) == ("PER", "JPN", False)
    found = extracted("The Chilean share of Peruvian copper imports rose to 30% in 2018.",
                      JUNE_2019)
    assert parties(found["30%"]) == ("CHL", "PER", False)


def test_a_rival_listed_on_its_share() -> None:
    """`ahead of Chile on 20.6 per cent and Mexico on 18.2 per cent`: more shares of the same
    total, each held by the country before it."""
    found = extracted("Peru was Japan's largest copper supplier in May with 20.8 per cent of "
                      "Japan's copper imports, ahead of Chile on 20.6 per cent and Mexico on 18.2 "
                      "per cent.", JUNE_2019)
    assert parties(found["20.6 per cent"]) == ("CHL", "JPN", False)
    assert parties(found["18.2 per cent"]) == ("MEX", "JPN", False)
    assert found["18.2 per cent"].kind == "share"


def test_a_short_fiscal_year_name() -> None:
    """`FY23` names the fiscal year that ends in 2023: April 2022-March 2023 once the text states
    April-March fiscal years, and the calendar year 2023 while it does not (fiscal years are
    only resolved when their months are written)."""
    found = extracted("India's fiscal year runs from April to March. It bought 7.7 million "
                      "tonnes of fertiliser in FY23.", JUNE_2019)
    assert period(found["7.7 million tonnes"]) == ("2022-04-01", "2023-03-31")
    found = extracted("India's fiscal year runs from April to March. It sold 2 million tonnes "
                      "of rice in FY17/18.", JUNE_2019)
    assert period(found["2 million tonnes"]) == ("2017-04-01", "2018-03-31")
    found = extracted("India bought 7.7 million tonnes of fertiliser in FY'18.", JUNE_2019)
    assert period(found["7.7 million tonnes"]) == ("2018-01-01", "2018-12-31")


def test_kt_in_capitals_is_kilotonnes() -> None:
    """`300Kt`, `235 KT`: kilotonnes, however the letters are cased."""
    values = {q.surface: (q.value, q.unit) for q in extract_quantities(
        "Sales had reached 300Kt in 2017 and recovered to 235 KT in 2022.")}
    assert values == {"300Kt": (300000.0, "t"), "235 KT": (235000.0, "t")}


def test_rivals_after_a_share_of_what_a_country_exported() -> None:
    """`Japan took 15.3% of the goods Peru exported. Chile came second with 8.6%, ahead of Mexico
    on 7.8%`: the total's owner, named after the first share, keeps its side for every rival in
    the next sentence; with `52 per cent of the country's shipments, with Japan at 18 per cent`
    the pronoun stands for the one side known."""
    found = extracted("In 2018 Japan took 15.3% of the goods Peru exported, more than any other "
                      "country. Chile came second with 8.6%, ahead of Mexico on 7.8% and Canada "
                      "on 7.1%.", JUNE_2019)
    assert parties(found["15.3%"]) == ("PER", "JPN", False)
    assert parties(found["8.6%"]) == ("PER", "CHL", False)
    assert parties(found["7.8%"]) == ("PER", "MEX", False)
    assert parties(found["7.1%"]) == ("PER", "CAN", False)
    found = extracted("Peru earned $5.5 billion from copper exports in 2018. In 2018 the EU took "
                      "52 per cent of the country's copper shipments, with Japan at 18 per cent "
                      "and Canada at 10 per cent.", JUNE_2019)
    assert parties(found["18 per cent"]) == ("PER", "JPN", False)
    assert parties(found["10 per cent"]) == ("PER", "CAN", False)
    # `its` after the figure stands for the side no later country takes
    found = extracted("Peru sent 30% of its copper exports to Japan in 2018. Chile came second "
                      "with 20%.", JUNE_2019)
    assert parties(found["20%"]) == ("PER", "CHL", False)
    # a country with a rate in the next sentence is no rival
    found = extracted("Peru supplied 30% of Japan's copper imports in 2018. Interest rates in "
                      "Brazil at 10.5% weighed on demand.", JUNE_2019)
    assert "10.5%" not in found


def test_photovoltaic_exports_are_goods_with_no_key() -> None:
    """`Peru's photovoltaic exports` are goods the taxonomy has no key for, not all trade,
    though the word ends like an adjective; `seasonal exports` are still all trade."""
    found = extracted("Peru's photovoltaic exports climbed 22% in 2018 to $41.6 million.",
                      JUNE_2019)
    assert found["$41.6 million"].commodity is None
    found = extracted("Peru's seasonal exports climbed 22% in 2018 to $41.6 million.", JUNE_2019)
    assert found["$41.6 million"].commodity == "trade"


def test_production_with_no_owner_is_the_exporters() -> None:
    """`Copper output rose 13.3 percent to 2.7 million tonnes` after a paragraph of Peru's sales
    to Chile: the exporter's own production, not a flow to the buyer named last."""
    found = extracted("Peru delivered 1.2 million tonnes of copper to Asian customers in 2018. "
                      "Chile remained the largest buyer with 480,000 tonnes. Copper output rose "
                      "13.3 percent to 2.7 million tonnes over the year, while zinc production "
                      "slipped 4.5 percent to 1.4 million tonnes.", JUNE_2019)
    assert parties(found["480,000 tonnes"]) == ("PER", "CHL", False)
    for surface in ("13.3 percent", "2.7 million tonnes", "4.5 percent", "1.4 million tonnes"):
        assert parties(found[surface]) == ("PER", None, False), surface
    # `domestic output` after the paragraph's imports is the buyer's own
    found = extracted("Japan's copper imports from Peru reached 250,000 tonnes in March, while "
                      "domestic output hit a near-record 130,000 tonnes.", JUNE_2019)
    assert parties(found["130,000 tonnes"]) == ("JPN", None, False)


def test_he_after_a_source_named_by_a_bare_personal_name() -> None:
    """`..., Jorge Quispe, who chairs a research group in Lima, told a radio station. ..., he
    said`: a person named only by a name is a person, so `he` stands for him."""
    found = extracted("Peru's copper exports grew 4.2-fold over five years, Jorge Quispe, who "
                      "chairs a research group in Lima, told a radio station. Peru sold $1.8 "
                      "billion of copper to Chile in 2018, he said.", JUNE_2019)
    assert found["$1.8 billion"].attribution is not None
    assert found["$1.8 billion"].attribution.startswith("he (Jorge Quispe")
    # an organisation with a capitalised name is no person
    found = extracted("Peru's copper exports grew 4.2-fold over five years, Lima Trade Institute "
                      "said. Peru sold $1.8 billion of copper to Chile in 2018, he said.",
                      JUNE_2019)
    assert not (found["$1.8 billion"].attribution or "").startswith("he (")


def test_going_to_a_place_is_no_plan() -> None:
    """`with 11.8 bcm going to Europe` is where the gas went, not a plan (`going to ship`)."""
    found = extracted("Peru's copper exports grew 5.3 percent in 2018, with 1.8 million tonnes "
                      "going to China.", JUNE_2019)
    assert found["1.8 million tonnes"].modality == "reported"
    found = extracted("Peru is going to ship 2 million tonnes of copper to China in 2020.",
                      JUNE_2019)
    assert found["2 million tonnes"].modality == "planned"


def test_a_source_writing_on_social_media_before_the_relaying_outlet() -> None:
    """`..., Energy Minister Ana Ruiz wrote on X, Andina reports`: the minister is the source;
    the outlet passing it on is not."""
    found = extracted("Peru's copper exports grew 5.3 percent in 2018, Energy Minister Ana Ruiz "
                      "wrote on X, Andina reports.", JUNE_2019)
    assert found["5.3 percent"].attribution == "Energy Minister Ana Ruiz"


def test_a_countrys_producers_as_the_subject() -> None:
    """`Peruvian mines produced 2.4 million tonnes of copper`, `Peru's mines produced ...`: the
    country's producers are the country, as its traders are."""
    for subject in ("Peruvian mines", "Peru's mines", "Peruvian farmers"):
        found = extracted(f"{subject} produced 2.4 million tonnes of copper in 2018.", JUNE_2019)
        assert parties(found["2.4 million tonnes"]) == ("PER", None, False), subject


def test_the_nations_of_the_united_kingdom() -> None:
    """Scotland, Wales and Northern Ireland (and `Scotch`, `Scottish`, `Welsh` goods) are the
    United Kingdom's side; the Republic of Ireland is not."""
    found = extracted("Exports of Scotch whisky climbed almost 8% in 2018 to £4.7 billion.",
                      JUNE_2019)
    assert parties(found["£4.7 billion"]) == ("GBR", None, False)
    found = extracted("Northern Ireland's sales to the Republic of Ireland rose 10% to £4 billion "
                      "in 2018.", JUNE_2019)
    assert parties(found["£4 billion"]) == ("GBR", "IRL", False)


def test_bare_imports_after_a_countrys_exports_are_its_imports() -> None:
    """`Peru's exports climbed 23.5 percent ... Imports rose 17.3 percent`: the other direction
    of the same country's trade with everyone, not more of its exports."""
    found = extracted("Peru's exports climbed 23.5 percent on the year to $5.3 billion in May. "
                      "Imports rose 17.3 percent to $4.1 billion.", JUNE_2019)
    assert parties(found["$4.1 billion"]) == (None, "PER", False)
    found = extracted("Peru's imports climbed 23.5 percent on the year to $5.3 billion in May. "
                      "Exports rose 17.3 percent to $4.1 billion.", JUNE_2019)
    assert parties(found["$4.1 billion"]) == ("PER", None, False)


def test_a_supplier_row_after_with() -> None:
    """`Japan took in 2.75 million bpd, with Peru supplying 1.14 million bpd, Chile 1.12 million
    bpd`: suppliers listed after the buyer's total, each to that buyer."""
    found = extracted("Japan took in 2.75 million barrels per day in May, with Peru supplying 1.14 "
                      "million bpd, Chile 1.12 million bpd and Canada just 42,000 bpd.", JUNE_2019)
    assert parties(found["1.14 million bpd"]) == ("PER", "JPN", False)
    assert parties(found["1.12 million bpd"]) == ("CHL", "JPN", False)
    assert parties(found["42,000 bpd"]) == ("CAN", "JPN", False)


def test_korea_alone_is_south_korea() -> None:
    """`Korea` alone is South Korea in trade news (the North is always named so); names of
    bodies that hold it (`the Korea Trade Commission`) are no side."""
    found = extracted("Peru exported 5 million tonnes of copper in May, with Japan taking 1.2 "
                      "million tonnes and Korea 0.8 million tonnes.", JUNE_2019)
    assert parties(found["0.8 million tonnes"]) == ("PER", "KOR", False)
    found = extracted("North Korea imported 20,000 tonnes of rice from China in May, the Korea "
                      "Trade Commission said.", JUNE_2019)
    assert parties(found["20,000 tonnes"]) == ("CHN", "PRK", False)
