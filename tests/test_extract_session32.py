"""Rules of the thirty-second session of 2026-12-04, each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted, parties, period
from tradetrace.extract.parties import find_countries
from tradetrace.extract.quantities import extract_quantities


def units(text: str) -> dict[str, tuple[float, str]]:
    return {q.surface: (q.value, q.unit) for q in extract_quantities(text)}


def test_a_rivals_figure_after_against_names_its_buyer_and_keeps_the_period() -> None:
    """`..., against 15,761,131 kilograms worth $90,295,036 sent to Brazil` and `more than the
    $17.70m from China`: the compared figure names another buyer or supplier, so it is of the
    same months, not a year earlier (the thousands commas inside its worth end no clause)."""
    found = extracted("Between January and July, 20,516,124 kilograms of Paraguayan beef went to "
                      "Taiwan, against 15,761,131 kilograms worth $90,295,036 sent to Brazil.",
                      date(2024, 8, 7))
    assert period(found["15,761,131 kilograms"]) == ("2024-01-01", "2024-07-31")
    assert parties(found["15,761,131 kilograms"]) == ("PRY", "BRA", False)
    found = extracted("Apparel shipments from Vietnam worth $19.14m were held in 2023, more than "
                      "the $17.70m from China.", date(2024, 1, 16))
    assert period(found["$17.70m"]) == ("2023-01-01", "2023-12-31")


def test_a_compared_figure_without_a_rival_is_still_the_year_before() -> None:
    """The limit: `against 1.2 million tonnes a year earlier` stays the earlier level."""
    found = extracted("Kenya shipped 1.4 million tonnes of tea in 2023, against 1.2 million "
                      "tonnes a year earlier.", date(2024, 2, 1))
    assert period(found["1.2 million tonnes"]) == ("2022-01-01", "2022-12-31")


def test_the_fuel_after_goods_with_no_key_is_those_goods() -> None:
    """`reduced the gas it takes from Bolivia ..., saying it had more of the fuel at home`: the
    definite `the fuel` stands for the gas named before, so no commodity; after keyed goods
    (`rice ... the grain`) the definite name is still those goods."""
    found = extracted("Brazil reduced the gas it takes from Bolivia to 19 million cubic meters a "
                      "day in 2009, saying it now had more of the fuel at home.", date(2009, 4, 20))
    assert found["19 million cubic meters a day"].commodity is None
    found = extracted("Brazil cut its imports of the fuel to 19,000 barrels a day in 2009.",
                      date(2009, 4, 20))
    assert found["19,000 barrels a day"].commodity == "oil"
    found = extracted("Vietnam exported 3.1 million tonnes of rice, and Thailand shipped 2 million "
                      "tonnes of the grain.", date(2009, 4, 20))
    assert found["2 million tonnes"].commodity == "rice"


def test_soy_alone_is_food_and_soy_oil_stays_soybean_oil() -> None:
    """`soy shipments`, `soya exports`: soybeans (food); `soy oil` is still soybean oil and
    `soy meal` goods with no key."""
    found = extracted("Uruguay's soy exports reached 1.8 million tonnes in 2024.", date(2025, 1, 1))
    assert found["1.8 million tonnes"].commodity == "food"
    found = extracted("Paraguay's soya shipments rose 12% in 2024.", date(2025, 1, 1))
    assert found["12%"].commodity == "food"
    found = extracted("Soy oil exports reached 20,000 tonnes in 2024.", date(2025, 1, 1))
    assert found["20,000 tonnes"].commodity == "soybean_oil"
    found = extracted("Soy meal exports reached 50,000 tonnes in 2024.", date(2025, 1, 1))
    assert found["50,000 tonnes"].commodity is None


def test_looking_for_a_cargo_is_a_planned_purchase() -> None:
    """`Ancap is looking for up to 30,000 cubic meters of diesel for delivery between March and
    October`: an amount sought is a planned purchase, so the months ahead are this year's (not
    `looking for a 20% rise`, nor `seeking to cut its dependence`, a purpose)."""
    found = extracted("Uruguayan state oil firm Ancap is looking for up to 30,000 cubic meters of "
                      "diesel for delivery between March and October, traders said.",
                      date(2012, 2, 6))
    claim = found["up to 30,000 cubic meters"] if "up to 30,000 cubic meters" in found else \
        found["30,000 cubic meters"]
    assert claim.modality == "planned"
    assert period(claim) == ("2012-03-01", "2012-10-31")
    found = extracted("Russia is looking for a 20% rise in wheat exports this year.",
                      date(2024, 2, 6))
    assert found["20%"].modality != "planned"
    found = extracted("Seeking to cut its dependence on Russia, Germany imported 60 bcm of gas "
                      "from Norway in 2023.", date(2024, 2, 6))
    assert found["60 bcm"].modality == "reported"


def test_rwandan_and_burundian_franc_signs_before_the_amount() -> None:
    """`Rwf9.7b`, `Frw 3 billion`, `FBu 26 billion` (and `26 billion FBu`): money in Rwandan
    and Burundian francs, as in Kigali and Bujumbura papers."""
    assert units("Exports rose to US$16.5m (Rwf9.7b) in the quarter.") == {
        "US$16.5m": (16.5e6, "USD"), "Rwf9.7b": (9.7e9, "RWF")}
    assert units("Receipts fell to Frw 3 billion.") == {"Frw 3 billion": (3e9, "RWF")}
    assert units("Coffee earned FBu 26 billion, or 26 billion FBu.") == {
        "FBu 26 billion": (26e9, "BIF"), "26 billion FBu": (26e9, "BIF")}


def test_bare_congo_is_dr_congo_where_only_dr_congo_is_named_in_full() -> None:
    """Wire style names `the Democratic Republic of Congo` once, then `Congo`: the bare name is
    DR Congo in such a text; where the text names the Republic of Congo (or neither, or both)
    it stays the Republic of Congo, pycountry's `Congo`."""
    def codes(text: str) -> list[str | None]:
        return [m.code for m in find_countries(text) if m.surface == "Congo"]
    assert codes("Rwanda's exports to the Democratic Republic of Congo rose. Re-exports to Congo "
                 "came to $145.4 million.") == ["COD"]
    assert codes("Cobalt from the DRC. Congo's exports rose.") == ["COD"]
    assert codes("Re-exports to Congo came to $145.4 million.") == ["COG"]
    assert codes("Oil from the Republic of Congo. Congo's exports rose.") == ["COG"]
    assert codes("Both the DRC and Congo-Brazzaville trade; Congo's exports rose.") == ["COG"]
    def demonyms(text: str) -> list[str | None]:
        return [m.code for m in find_countries(text) if m.surface == "Congolese"]
    # (the demonym alike: DR Congo's unless the text names the Republic of Congo in full, or
    # names neither but uses the bare `Congo`, which then reads as the Republic of Congo)
    assert demonyms("Congolese cobalt exports rose.") == ["COD"]
    assert demonyms("Congo-Brazzaville: Congolese timber output rose.") == ["COG"]
    assert demonyms("Shipments of Congolese logs fell. Congo's log exports slumped.") == ["COG"]
    assert demonyms("DRC: Congolese cobalt. Congo's exports rose.") == ["COD"]
    found = extracted("Rwanda's exports to the Democratic Republic of Congo reached $44.32 million "
                      "in 2023. Re-exports to Congo came to $145.4 million.", date(2024, 1, 1))
    assert parties(found["$145.4 million"]) == ("RWA", "COD", False)


def test_pounds_after_a_volume_are_a_weight() -> None:
    """`Volume shrank from 8.4 million to 3.4 million pounds, while earnings slid`: pounds the
    clause's volume is measured in are a weight (both ends of the change); a volume in another
    clause leaves pounds sterling."""
    assert units("Volume shrank from 8.4 million to 3.4 million pounds, while export earnings "
                 "slid from USD 26.5 million to 18.5 million.") == {
        "8.4 million": (8.4e6, "pound"), "3.4 million pounds": (3.4e6, "pound"),
        "USD 26.5 million": (26.5e6, "USD"), "18.5 million": (18.5e6, "USD")}
    assert units("Sales volumes rose, and revenue hit 30 million pounds.") == {
        "30 million pounds": (30e6, "GBP")}


def test_all_told_is_no_source() -> None:
    """`All told, the country produced 23,084 tons ..., the official added`: `All told` means
    in all; the source is the official, not `All`."""
    found = extracted("Madagascar shipped 6,179 tons of shrimp abroad in 2015. All told, the "
                      "country produced 23,084 tons of shrimp last year, the official added.",
                      date(2016, 3, 10))
    assert found["23,084 tons"].attribution == "the official"


def test_countries_that_are_the_main_buyers_leave_the_country_to_the_seller() -> None:
    """`France and China are still the main consumers of Malagasy shrimp. ... the country
    produced 23,084 tons`: the buyers opening a sentence do not become what `the country`
    means next; the seller before them stays."""
    found = extracted("Madagascar shipped 6,179 tons of shrimp abroad in 2015. France and China "
                      "are still the main consumers of Malagasy shrimp, he said. All told, the "
                      "country produced 23,084 tons of shrimp last year.", date(2016, 3, 10))
    assert parties(found["23,084 tons"]) == ("MDG", None, False)


def test_counts_of_markets_continents_and_jobs_are_no_claims() -> None:
    """`sold in 29 destination markets`, `buyers on all five continents`, `2,000 jobs`: counts
    of partners or people, quantities but no trade claims."""
    found = extracted("Peru's avocados were sold in 29 destination markets in the quarter, and "
                      "Guatemalan sugar went to buyers on all five continents in 2019, keeping "
                      "2,000 jobs.", date(2024, 5, 20))
    assert not {"29 destination markets", "five continents", "2,000 jobs"} & set(found)


def test_a_ranked_buyer_with_an_amount_after_the_paragraphs_goods() -> None:
    """`Guatemalan sugar went to buyers on all five continents in 2019. Canada was the largest
    buyer with 333,596 metric tons`: with no figure of a flow before, the ranked buyer's amount
    is still the paragraph goods' flow."""
    found = extracted("Guatemalan sugar went to buyers on all five continents in 2019. Canada was "
                      "the largest buyer with 333,596 metric tons.", date(2020, 9, 17))
    claim = found["333,596 metric tons"]
    assert claim.commodity == "sugar"
    assert claim.importer == "CAN"


def test_partners_taking_shares_in_a_with_clause() -> None:
    """`Peru's avocado exports rose 12%, with the Netherlands taking the largest share at 39%,
    ahead of Spain with 22%`: each share is Peru's flow to the partner named last before it (the
    reverse for imports); a two-way main clause is left to the other rules."""
    found = extracted("Peru's avocado exports rose 12% in the first quarter, with the Netherlands "
                      "taking the largest share at 39%, ahead of Spain with 22% and China with "
                      "15%.", date(2024, 5, 20))
    assert parties(found["39%"]) == ("PER", "NLD", False)
    assert parties(found["22%"]) == ("PER", "ESP", False)
    assert parties(found["15%"]) == ("PER", "CHN", False)
    found = extracted("Kenya's fuel imports rose 8% in 2023, with Saudi Arabia supplying 40% and "
                      "the UAE 35%.", date(2024, 2, 1))
    assert parties(found["40%"]) == ("SAU", "KEN", False)


def test_the_worth_of_an_amount_a_few_words_on_is_of_its_goods() -> None:
    """`imports of 434,000 MWh to secure supply in August, worth EUR 30 million`: the value set
    a few words after an amount of electricity is of electricity, not of all trade; a value
    after another clause (`and`) is left to the other rules."""
    found = extracted("KESH signed a contract for imports of 434,000 MWh to secure supply in "
                      "August, worth EUR 30 million.", date(2017, 8, 10))
    assert found["EUR 30 million"].commodity == "electricity"
    found = extracted("Albania imported 434,000 MWh of power in August, and total imports were "
                      "worth EUR 300 million.", date(2017, 9, 10))
    assert found["EUR 300 million"].commodity == "trade"


def test_escudos_are_cabo_verdes_money() -> None:
    """`3,627 million escudos`, `Cape Verdean escudos`: the escudo still in use is Cabo Verde's
    (CVE), money rather than a count of things called escudos."""
    assert units("Cabo Verde bought 3,627 million escudos of fuel, or 5,763 million Cape Verdean "
                 "escudos a year earlier.") == {
        "3,627 million escudos": (3627e6, "CVE"),
        "5,763 million Cape Verdean escudos": (5763e6, "CVE")}


def test_a_headlines_infinitive_is_a_plan() -> None:
    """`South Sudan to ship 3 million barrels of crude in September`: a headline's `to` and a
    trade verb before the figure is what is to happen, a plan (its month this year's); the
    body's `expects to export` stays a forecast, and `forced to import` is no plan."""
    found = extracted("South Sudan to ship 3 million barrels of crude in September\nJUBA - South "
                      "Sudan expects to export three million barrels of crude oil in September.",
                      date(2018, 8, 16))
    assert found["3 million barrels"].modality == "planned"
    assert period(found["3 million barrels"]) == ("2018-09-01", "2018-09-30")
    assert found["three million barrels"].modality == "forecast"
    found = extracted("Albania forced to import 80 percent of its electricity\nAlbania is buying "
                      "power abroad.", date(2017, 8, 10))
    assert found["80 percent"].modality == "reported"


def test_a_relative_aside_on_a_trade_agreement_neither_plans_nor_pairs_the_figure() -> None:
    """`Salvadoran sales to Taiwan, whose trade agreement San Salvador cancelled last November,
    came to $6.1 million`: the aside's agreement is no plan of the figure, and a trade agreement
    is no two-way flow."""
    found = extracted("Salvadoran sales to Taiwan, whose trade agreement San Salvador cancelled "
                      "last November, came to $6.1 million in the first half.", date(2023, 8, 21))
    claim = found["$6.1 million"]
    assert claim.modality == "reported"
    assert parties(claim) == ("SLV", "TWN", False)


def test_a_country_ranked_next_takes_the_leaders_place_in_its_flow() -> None:
    """`China sold Togo goods worth ... France was a distant second with 29.6 billion CFA
    francs`: `was a distant second with` ranks a row like `came second with` (the leader's
    place in its flow; the run's later rows the same); `Sweden was Europe's biggest net
    exporter, sending out 16 TWh. Germany ranked second with 15.4 TWh`: after one country's
    flow to everywhere, ranked by its role, the next country has its own such flow; `Japan
    exported 4.4 million vehicles. Mexico came next` still ranks buyers."""
    found = extracted("China sold Togo goods worth 114.8 billion CFA francs in the third quarter "
                      "of 2025. France was a distant second with 29.6 billion CFA francs.",
                      date(2026, 2, 16))
    assert parties(found["29.6 billion CFA francs"]) == ("FRA", "TGO", False)
    found = extracted("Sweden was Europe's biggest net exporter of electricity in the first half "
                      "of 2022, sending out 16 TWh. Germany ranked second with 15.4 TWh.",
                      date(2022, 8, 11))
    assert parties(found["15.4 TWh"]) == ("DEU", None, False)
    found = extracted("Japan exported 4.4 million vehicles in 2023. Mexico came next with 1.1 "
                      "million.", date(2024, 6, 10))
    assert parties(found["1.1 million"]) == ("JPN", "MEX", False)
    found = extracted("Laos imported 52.6 mln tonnes of Thai rice in 2022. Vietnam ranked second "
                      "among suppliers with 46.5 mln tonnes.", date(2023, 3, 1))
    assert parties(found["46.5 mln tonnes"]) == ("VNM", "LAO", False)


def test_dalasi_singular_is_gambian_money() -> None:
    """`worth 1,413 million dalasi`: the Gambian dalasi is written without an s as often as
    with one."""
    assert units("Imports were worth 1,413 million dalasi.") == {
        "1,413 million dalasi": (1413e6, "GMD")}


def test_m_slash_t_is_metric_tons() -> None:
    """`7,771 M/T of pre-cooked tuna loins` (the tuna trade press's metric tons)."""
    assert units("Fiji exported 7,771 M/T of tuna loins and 1,378 M/T of fresh tuna.") == {
        "7,771 M/T": (7771.0, "t"), "1,378 M/T": (1378.0, "t")}


def test_turned_out_is_production_and_a_design_size_no_claim() -> None:
    """`The plant turned out 8.3 million tonnes of LNG in 2017, 20 percent more than the 6.9
    million tonnes a year it was originally designed for`: output (the plant's country the
    producer); the size the plant was designed for is no claim."""
    found = extracted("The PNG LNG plant outside Port Moresby turned out 8.3 million tonnes of "
                      "liquefied natural gas in 2017, 20 percent more than the 6.9 million tonnes "
                      "a year it was originally designed for.", date(2018, 3, 15))
    assert parties(found["8.3 million tonnes"]) == ("PNG", None, False)
    assert found["20 percent"].kind == "change"
    assert "6.9 million tonnes a year" not in found


def test_papua_new_guinea_islands_are_not_britain_or_ireland() -> None:
    """`West New Britain`, `New Ireland`: provinces of Papua New Guinea, not Britain or
    Ireland."""
    def codes(text: str) -> list[str | None]:
        return [m.code for m in find_countries(text)]
    assert codes("Oil palm blocks in West New Britain burned.") == ["PNG"]
    assert codes("Copra from New Ireland went to Britain.") == ["PNG", "GBR"]


def test_a_speaker_relayed_by_an_agency_is_the_source() -> None:
    """`..., the Agriculture Ministry said, according to LETA`: the agency relays the speaker,
    whose figures they are; `according to LETA` alone stays the agency."""
    found = extracted("Latvia sold EUR 2.22 billion worth of forestry products abroad in 2017, the "
                      "Agriculture Ministry said, according to LETA.", date(2018, 2, 20))
    assert found["EUR 2.22 billion"].attribution == "the Agriculture Ministry"
    found = extracted("Latvia sold EUR 2.22 billion worth of forestry products abroad in 2017, "
                      "according to LETA.", date(2018, 2, 20))
    assert found["EUR 2.22 billion"].attribution == "LETA"


def test_baltic_currencies_before_the_euro() -> None:
    """`LVL 31.78 million`, `lats`, `litas`, `kroons`: the Latvian, Lithuanian and Estonian
    currencies the euro replaced, in reports from before 2015."""
    assert units("The value plunged to LVL 31.78 million from 73.21 million lats.") == {
        "LVL 31.78 million": (31.78e6, "LVL"), "73.21 million lats": (73.21e6, "LVL")}
    assert units("Exports reached LTL 5 billion and 1.5 billion kroons.") == {
        "LTL 5 billion": (5e9, "LTL"), "1.5 billion kroons": (1.5e9, "EEK")}


def test_crude_before_other_goods_is_their_adjective() -> None:
    """`crude bauxite`, `crude sugar`: raw goods other than oil, so no crude oil; `crude
    exports` and `crude and fuel oil` are still crude oil."""
    found = extracted("Jamaica mined 473,409 tonnes of crude bauxite in March 2014.",
                      date(2014, 5, 5))
    assert found["473,409 tonnes"].commodity is None
    found = extracted("Fiji's crude sugar exports reached 150,000 tonnes in 2014.",
                      date(2015, 5, 5))
    assert found["150,000 tonnes"].commodity == "sugar"
    found = extracted("Iraq's crude exports reached 3.4 million barrels a day in March.",
                      date(2024, 4, 5))
    assert found["3.4 million barrels a day"].commodity == "crude_oil"


def test_energy_units_after_lng_are_gas_not_electricity() -> None:
    """`Greece's terminal took in 39 LNG carriers ... Deliveries reached 16.61 TWh`: in an
    article on LNG that names no electricity, terawatt-hours measure gas (no key); where
    electricity is named they stay electricity."""
    found = extracted("Greece's Revithoussa terminal took in 39 LNG carriers in the first half. "
                      "Deliveries reached 16.61 TWh against 10.76 TWh a year earlier.",
                      date(2022, 7, 12))
    assert found["16.61 TWh"].commodity is None
    found = extracted("Greece's terminal took in 39 LNG carriers in the first half. Electricity "
                      "imports reached 6.61 TWh against 5.76 TWh a year earlier.",
                      date(2022, 7, 12))
    assert found["6.61 TWh"].commodity == "electricity"


def test_a_rate_to_a_destination_with_an_article_stays_a_rate() -> None:
    """`87 million cubic feet a day to the kingdom`: a daily rate sent to a destination; `a
    year to the end of March` is still a time."""
    assert units("Egypt sent 87 million cubic feet a day to the kingdom in 2011.") == {
        "87 million cubic feet a day": (87e6, "cubic_foot/day")}
    assert units("Exports reached $3 billion a year to the end of March.") == {
        "$3 billion": (3e9, "USD")}


def test_kmt_is_thousand_tonnes() -> None:
    """`a further 338 KMT`: thousand metric tons, as `MMT` is million."""
    assert units("It signed contracts for a further 338 KMT, near the 2 MMT expected.") == {
        "338 KMT": (338000.0, "t"), "2 MMT": (2e6, "t")}


def test_state_firms_act_for_their_countries() -> None:
    """`Arab Potash Company sold 1,694 thousand tons of potash`, `GASC bought 240,000 tonnes`:
    state-owned firms trade for their countries (countries.json companies)."""
    found = extracted("Arab Potash Company sold 1,694 thousand tons of potash in the first three "
                      "quarters of 2011.", date(2011, 11, 30))
    assert parties(found["1,694 thousand tons"]) == ("JOR", None, False)
    found = extracted("GASC bought 240,000 tonnes of Russian wheat in a tender on Monday.",
                      date(2019, 3, 5))
    assert parties(found["240,000 tonnes"]) == ("RUS", "EGY", False)


def test_a_ranked_row_after_a_part_and_ahead_of() -> None:
    """`China was the leading market ..., taking 3,050 tonnes. Whole milk powder made up 2,850
    tonnes of that. Algeria came a close second with a 17% share, 2,900 tonnes`: the row takes
    the leader's place in the ranking's flow, read from the sentence that says who leads (not
    the part told after it); `India sold ... to the Maldives, ahead of Oman ... China came next
    with MVR 520 million`: the subject ahead of the others leads, so China is a seller."""
    found = extracted("China was the leading market for Uruguayan dairy products in October, "
                      "taking 3,050 tonnes worth US$9.3 million. Whole milk powder made up 2,850 "
                      "tonnes of that. Algeria came a close second with a 17% share, 2,900 "
                      "tonnes.", date(2019, 11, 12))
    assert parties(found["17%"]) == ("URY", "DZA", False)
    found = extracted("India sold MVR 757 million of goods to the Maldives in April 2023, ahead "
                      "of Oman (MVR 707 million) and the UAE (MVR 573 million). China came next "
                      "with MVR 520 million.", date(2023, 5, 22))
    assert parties(found["MVR 520 million"]) == ("CHN", "MDV", False)


def test_a_bare_flow_noun_goes_on_with_the_paragraphs_goods() -> None:
    """`Uruguay had exported 1.816 million tonnes of soybeans ... June sales alone came to
    US$336 million`: with no goods and no total in its sentence, a bare flow noun after a
    paragraph of one kind of goods is of those goods; `Total exports rose` and `Uruguay's
    exports` (a country's whole) stay all trade."""
    found = extracted("Uruguay had exported 1.816 million tonnes of soybeans by July, earning "
                      "US$712 million. June sales alone came to US$336 million.",
                      date(2025, 7, 10))
    assert found["US$336 million"].commodity == "food"
    found = extracted("Uruguay had exported 1.816 million tonnes of soybeans by July, earning "
                      "US$712 million. Total exports came to US$6.3 billion.", date(2025, 7, 10))
    assert found["US$6.3 billion"].commodity == "trade"
    found = extracted("Uruguay had exported 1.816 million tonnes of soybeans by July, earning "
                      "US$712 million. Uruguay's exports came to US$6.3 billion.",
                      date(2025, 7, 10))
    assert found["US$6.3 billion"].commodity == "trade"
    # (not the flow the other way, nor after a sentence naming goods with no key)
    found = extracted("India imported 24 million barrels of Russian crude oil in May. Its exports "
                      "to Russia fell nearly 50 per cent to $377 million.", date(2022, 6, 8))
    assert found["$377 million"].commodity == "trade"
    found = extracted("Canada's exports of steel were down 37% in October, while gold kept "
                      "overall sales abroad rising. Exports to the United States were 6.9% lower.",
                      date(2026, 1, 8))
    assert found["6.9%"].commodity == "trade"


def test_bringing_in_money_is_earnings_not_imports() -> None:
    """`cassiterite bringing in $37.6 million`, `bringing in Rs 20 billion`: money a good brings
    in is what its sales earn, not an import (so `brings in` is no import cue at all: the
    review's `Tourism brings in $3 billion a year`)."""
    found = extracted("Textiles made up 25% of Mauritius's exports in 2024, bringing in Rs 20 "
                      "billion.", date(2025, 4, 15))
    assert parties(found["Rs 20 billion"]) == ("MUS", None, False)


def test_the_paragraphs_goods_do_not_go_on_after_mixed_goods_or_a_total() -> None:
    """`Food exports to India rose 22%; India took 34% of total exports. Imports climbed 37%`,
    `UK food and drink exports were down £2.7bn. ... sales fell £2.4 billion`: after a sentence
    beside a total, or whose goods were named with others, a bare flow noun is all trade."""
    found = extracted("Afghanistan's food exports to India rose 22% in January, and India took "
                      "34% of total exports. Imports climbed 37% to $830 million.",
                      date(2024, 3, 5))
    assert found["$830 million"].commodity == "trade"
    found = extracted("UK food and drink exports were down £2.7bn in January-September 2021. In "
                      "the European Union, sales fell £2.4 billion.", date(2021, 12, 17))
    assert found["£2.4 billion"].commodity == "trade"


def test_the_reviews_limits_on_the_sessions_quantity_rules() -> None:
    """The first review's finds, fixed: `trade volume` and a weight or `worth` between a volume
    and pounds leave pounds sterling; `brings in` money is no import; soy by-products and soy
    biodiesel have no key; a bare `Congo` listed beside the DRC is the Republic of Congo
    throughout; bare `escudos` are Cabo Verde's only where it is named; `JPMC` is no Jordanian
    firm; `a year to the financial year` is a time."""
    assert units("UK-India trade volume reached 42 billion pounds in 2023.") == {
        "42 billion pounds": (42e9, "GBP")}
    assert units("Salmon export volume rose 5% to 100,000 tonnes worth 600 million pounds.")[
        "600 million pounds"] == (600e6, "GBP")
    found = extracted("Tourism brings in $3 billion a year for Kenya.", date(2024, 6, 1))
    assert not found
    found = extracted("India's soya meal exports fell 30% to 1.2 million tonnes in 2024.",
                      date(2025, 1, 1))
    assert found["1.2 million tonnes"].commodity is None
    codes = [m.code for m in find_countries(
        "Oil output rose in Angola, Gabon, Congo and the DRC in 2023. Congo's exports reached "
        "270,000 bpd.") if m.surface == "Congo"]
    assert codes == ["COG", "COG"]
    assert units("Portugal's exports in 1998 came to 4,500 billion escudos.")[
        "4,500 billion escudos"][1] != "CVE"
    found = extracted("JPMC analysts expect China's soybean imports to reach 100 million tonnes "
                      "in 2024.", date(2024, 1, 10))
    assert found["100 million tonnes"].importer == "CHN"
    assert units("Sales climbed to $4 billion a year to the financial year ended March.") == {
        "$4 billion": (4e9, "USD")}


def test_the_reviews_limits_on_the_sessions_claim_rules() -> None:
    """The second review's finds, fixed: the paragraph's goods do not go on into the other way
    (`Russia exported wheat. Imports fell`), `Its exports` or `Non-coal exports`; a headline's
    infinitive must follow its subject (`Egypt moves to boost stocks after imports hit ...` is
    no plan); a rival's figure with a time before named stays of that time; `ahead of schedule`
    names no leader; `Interfax reported, according to the ministry` and `said, according to
    customs data` keep the cited source; a ranked buyer's percentage after the paragraph's goods
    is left to the other rules; terawatt-hours over an interconnector stay electricity; a worth
    after `as total imports` is all trade; `the fuel` after copper (no fuel) keeps oil."""
    found = extracted("Russia exported 48 million tonnes of wheat last season. Imports fell 10% to "
                      "$280 billion.", date(2024, 6, 1))
    assert found["$280 billion"].commodity == "trade"
    found = extracted("Kenya imported 3 million tonnes of wheat in 2023. Its exports climbed 10% "
                      "to $7 billion.", date(2024, 6, 1))
    assert found["$7 billion"].commodity == "trade"
    found = extracted("Egypt moves to boost stocks after wheat imports hit 3 million tonnes in "
                      "January\nOfficials said so.", date(2024, 2, 16))
    assert found["3 million tonnes"].modality == "reported"
    found = extracted("Russia shipped 12 million tonnes of wheat to Egypt in 2023, against 9 "
                      "million tonnes sent to Egypt a year earlier.", date(2024, 2, 16))
    assert period(found["9 million tonnes"]) == ("2022-01-01", "2022-12-31")
    found = extracted("Russia shipped 5 million tonnes of wheat to Egypt in 2023, ahead of "
                      "schedule. Turkey came next with 4 million tonnes.", date(2024, 2, 16))
    assert parties(found["4 million tonnes"]) == ("RUS", "TUR", False)
    found = extracted("Exports rose 5% to $3 billion in May, the ministry said, according to "
                      "customs data.", date(2024, 6, 16))
    assert found["$3 billion"].attribution == "customs data"
    found = extracted("Spain received 300 LNG cargoes in 2023. Spain exported 10 TWh to Portugal "
                      "over its interconnector.", date(2024, 2, 16))
    assert found["10 TWh"].commodity == "electricity"
    found = extracted("Albania imported 434,000 MWh in August as total imports worth EUR 300 "
                      "million rose 5%.", date(2017, 9, 10))
    assert found["EUR 300 million"].commodity == "trade"
    found = extracted("Zambia's copper exports rose 10% in 2023, while imports of the fuel from "
                      "Tanzania fell to 1 million tonnes.", date(2024, 2, 16))
    assert found["1 million tonnes"].commodity == "oil"
