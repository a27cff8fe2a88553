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
    assert found["19 million cubic meters"].commodity is None
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
    October`: a purchase sought (planned, the seeker the buyer), so the months ahead are this
    year's."""
    found = extracted("Uruguayan state oil firm Ancap is looking for up to 30,000 cubic meters of "
                      "diesel for delivery between March and October, traders said.",
                      date(2012, 2, 6))
    claim = found["up to 30,000 cubic meters"] if "up to 30,000 cubic meters" in found else \
        found["30,000 cubic meters"]
    assert claim.modality == "planned"
    assert parties(claim) == (None, "URY", False)
    assert period(claim) == ("2012-03-01", "2012-10-31")
    found = extracted("Egypt's GASC is seeking 60,000 tonnes of wheat in a tender.",
                      date(2012, 2, 6))
    assert found["60,000 tonnes"].modality == "planned"


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
