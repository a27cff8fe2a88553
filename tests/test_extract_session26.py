"""Rules of the twenty-sixth session of 2026-12-03, each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted, parties, period
from tradetrace.extract.quantities import extract_quantities

MARCH_2024 = date(2024, 3, 6)


def test_goods_bought_for_a_shipment_window_are_a_planned_flow() -> None:
    """`secured 250,000 tonnes of wheat ..., for delivery on May 10-20` and `for April 1-10
    shipment`: the days goods are due, before or after the figure, make the purchase a planned
    flow of those days (the coming ones: the year after publication is not assumed past)."""
    found = extracted("Jordan's grain board secured 250,000 tonnes of wheat from Romania at a "
                      "tender that closed on Tuesday, for delivery on May 10-20. Earlier it "
                      "took 120,000 tonnes of Bulgarian wheat at $231 a tonne for April 1-10 "
                      "shipment.", MARCH_2024)
    bought = found["250,000 tonnes"]
    assert bought.modality == "planned"
    assert period(bought) == ("2024-05-10", "2024-05-20")
    earlier = found["120,000 tonnes"]
    assert earlier.modality == "planned"
    assert period(earlier) == ("2024-04-01", "2024-04-10")


def test_goods_due_days_ago_are_reported_and_a_window_under_way_planned() -> None:
    """`sold ... 500,000 barrels ... for delivery on March 1-2`, two days after those days:
    the year-less dates nearest the publication day are the past ones, and the goods have
    arrived; `for shipment in March and April`, in March, is a window under way, still
    planned."""
    sold = extracted("The state firm sold Cuba 500,000 barrels of crude for delivery on March "
                     "1-2, documents show.", MARCH_2024)["500,000 barrels"]
    assert sold.modality == "reported"
    assert period(sold) == ("2024-03-01", "2024-03-02")
    ordered = extracted("Egypt's grain buyer has ordered around 900,000 tonnes of Russian wheat "
                        "for shipment in March and April, traders said.",
                        MARCH_2024)["900,000 tonnes"]
    assert ordered.modality == "planned"
    assert period(ordered) == ("2024-03-01", "2024-04-30")


def test_a_regional_epithet_stands_for_the_country_of_its_region_named_before() -> None:
    """`The North African country took 588,000 tonnes` after Algeria is named: the region's
    epithet stands for the last of its countries named before (not one named in its own
    clause: `Uzbekistan and Afghanistan remained the Central Asian country's main buyers` is
    Kazakhstan's)."""
    found = extracted("Algeria was the largest buyer of Brazilian sugar in the April-June "
                      "quarter. The North African country took 588,000 tonnes.", MARCH_2024)
    assert parties(found["588,000 tonnes"]) == ("BRA", "DZA", False)
    found = extracted("Kazakhstan exported 11.2 million tonnes of grain in 2023. Uzbekistan and "
                      "Afghanistan remained the Central Asian country's main buyers, taking "
                      "3.4 million tonnes and 2.1 million tonnes, respectively.", MARCH_2024)
    assert parties(found["3.4 million tonnes"]) == ("KAZ", "UZB", False)
    assert parties(found["2.1 million tonnes"]) == ("KAZ", "AFG", False)


def test_its_after_a_stand_in_subject_is_that_subjects() -> None:
    """`The country lost its place as Nigeria's leading customer in December, when its
    imports sank to 5.82 million barrels`: `its` is the subject the stand-in opened the
    sentence with (India), not Nigeria, owner of a noun in between."""
    for opener in ("The country", "The South Asian country"):
        found = extracted(f"India's purchases of Nigerian crude dropped. {opener} lost its place "
                          "as Nigeria's leading oil customer in December, when its imports sank "
                          "to 5.82 million barrels.", MARCH_2024)
        assert parties(found["5.82 million barrels"]) == ("NGA", "IND", False), opener


def test_rows_after_topping_the_list_of_buyers_and_spending_are_buyers() -> None:
    """`China topped the list of buyers with US$311.7 million`, `Bangladesh spent US$85
    million`, `US buyers paid US$62 million`: rows of a seller's exports, each the buyer of
    its row."""
    found = extracted("Brazil earned US$1.2 billion from sugar sold abroad in October. China "
                      "topped the list of buyers with US$311.7 million. India came next with "
                      "US$107.8 million. Bangladesh spent US$85 million, 94% more, while US "
                      "buyers paid US$62 million, a 202% increase.", date(2020, 11, 11))
    assert parties(found["US$311.7 million"]) == ("BRA", "CHN", False)
    assert parties(found["US$85 million"]) == ("BRA", "BGD", False)
    assert parties(found["94%"]) == ("BRA", "BGD", False)
    assert parties(found["US$62 million"]) == ("BRA", "USA", False)


def test_a_respectively_list_before_its_owner_and_rounded_out_suppliers() -> None:
    """`Uzbekistan and Afghanistan remained Kazakhstan's main buyers, taking ... respectively`:
    the list is the two names joined by `and`, not the last two names; `Japan and Chile
    rounded out China's top three suppliers ... with $490 million and $432 million,
    respectively` are suppliers to China."""
    found = extracted("Kazakhstan exported 11.2 million tonnes of grain in 2023. Uzbekistan and "
                      "Afghanistan remained Kazakhstan's main buyers, taking 3.4 million tonnes "
                      "and 2.1 million tonnes, respectively.", MARCH_2024)
    assert parties(found["3.4 million tonnes"]) == ("KAZ", "UZB", False)
    assert parties(found["2.1 million tonnes"]) == ("KAZ", "AFG", False)
    found = extracted("China's copper imports from Russia rose to $333.9 million in July. Japan "
                      "and Chile rounded out China's top three suppliers in July, with about "
                      "$490 million and $432 million, respectively.", MARCH_2024)
    assert parties(found["$490 million"]) == ("JPN", "CHN", False)
    assert parties(found["$432 million"]) == ("CHL", "CHN", False)


def _units(text: str) -> dict[str, tuple[float, str]]:
    return {q.surface: (q.value, q.unit) for q in extract_quantities(text)}


def test_thousand_cubic_feet_price_gas_and_standard_cubic_feet() -> None:
    """`US$533/mcf` and `$210 per 1,000 cubic feet` are prices per thousand cubic feet
    (`USD/mcf`); `2.6 bscf per year`, `2.2 billion standard cubic feet` and `40 MMcf` are
    volumes in cubic feet."""
    assert _units("Import prices averaged roughly US$533/mcf in 2023.")["US$533/mcf"] == (
        533.0, "USD/mcf")
    assert _units("Helium fetched $210 per 1,000 cubic feet.")[
        "$210 per 1,000 cubic feet"] == (210.0, "USD/mcf")
    assert _units("The plant makes 2.6 bscf per year.")["2.6 bscf per year"] == (
        2.6e9, "cubic_foot/year")
    assert _units("It holds 2.2 billion standard cubic feet.")[
        "2.2 billion standard cubic feet"] == (2.2e9, "cubic_foot")
    assert _units("Qatar shipped 40 MMcf in May.")["40 MMcf"] == (4e7, "cubic_foot")


def test_any_weight_volume_or_energy_measures_a_flow() -> None:
    """`Chinese helium imports hit 865 million cubic feet`, `Japan sent 69 million kilograms a
    month of plastic waste`: a figure in any weight, volume or energy unit (or one a stretch of
    time) can be a claim, not only the trade codes; a length stays none (`a 300-foot tanker`)."""
    found = extracted("Chinese helium imports hit a record 865 million cubic feet in 2023.",
                      MARCH_2024)
    assert found["865 million cubic feet"].kind == "level"
    assert parties(found["865 million cubic feet"])[1] == "CHN"
    found = extracted("Japan exported 69 million kilograms a month of plastic scrap to "
                      "Malaysia in 2018.", MARCH_2024)
    assert "69 million kilograms a month" in found
    assert not extracted("China exported 2,300 miles of cable in 2023.", MARCH_2024)


def test_head_of_cattle_are_counted_goods() -> None:
    """`261,000 head of cattle`, `1.29 million head`: `head` counts livestock, as `sheep` does
    (its plural is its singular), and a count of goods shipped is a claim."""
    assert _units("Uruguay exported 261,000 head of cattle.")["261,000 head"] == (
        261000.0, "head")
    assert _units("Australia sent 4,000 sheep.")["4,000 sheep"] == (4000.0, "sheep")
    found = extracted("Uruguay exported 261,000 head of cattle to Turkey in 2023.", MARCH_2024)
    assert parties(found["261,000 head"]) == ("URY", "TUR", False)


def test_a_coordinate_with_its_own_time_and_goods_is_not_the_figure_before() -> None:
    """`China took 112.7 million pounds, an 18 percent drop, and over January-September its
    purchases were down 10 percent`: the later coordinate's time and flow noun are its own, so
    the first figure keeps the month in force and the shrimp counted before."""
    found = extracted("Shrimp leaving Ecuador fell 11 percent in September to 210 million "
                      "pounds. China took 112.7 million pounds, an 18 percent drop, and over "
                      "January-September its purchases were down 10 percent.", date(2024, 10, 10))
    took = found["112.7 million pounds"]
    assert period(took) == ("2024-09-01", "2024-09-30")
    assert took.commodity == "seafood"
    assert period(found["10 percent"]) == ("2024-01-01", "2024-09-30")


def test_packages_of_goods_are_those_goods_and_outlets_are_buyers() -> None:
    """`316.35 million boxes of bananas`: the boxes are of the goods in them (food), as are the
    article's later boxes (`Russia took 67.28 million boxes`); `remained the leading outlets`
    names buyers."""
    found = extracted("Ecuador sent 316.35 million boxes of bananas abroad in 2023. Russia took "
                      "67.28 million boxes.", MARCH_2024)
    assert found["316.35 million boxes"].commodity == "food"
    assert found["67.28 million boxes"].commodity == "food"
    found = extracted("Ecuador shipped 6.5 million tonnes of bananas in 2023. Russia remained "
                      "the leading outlet, taking 1.3 million tonnes.", MARCH_2024)
    assert parties(found["1.3 million tonnes"]) == ("ECU", "RUS", False)


def test_plastic_scrap_is_no_steel_and_no_total() -> None:
    """`Plastic scrap exports`, `699 million pounds of scrap plastics`: plastic is goods with no
    key, neither the steel `scrap` alone names nor all goods together."""
    found = extracted("Plastic scrap exports from the top exporters fell 49% to 5.8m t in 2018.",
                      MARCH_2024)
    assert found["5.8m t"].commodity is None
    found = extracted("US companies sent 699 million pounds of scrap plastics overseas in 2023.",
                      MARCH_2024)
    assert found["699 million pounds"].commodity is None


def test_a_glued_scale_before_a_spaced_t_is_million_tonnes() -> None:
    """`5.8m t`, `12.5m t`: the one-letter tonne symbol after a glued scale letter and a space
    is tonnes (as in `5.8mn t`), not metres; a bare `300m` stays metres, and `5.8 m t` (the
    scale not glued) no tonnage."""
    assert _units("Exports fell to 5.8m t in 2018.")["5.8m t"] == (5.8e6, "t")
    assert _units("It shipped 12.5m t over 2016.")["12.5m t"] == (12.5e6, "t")
    assert _units("a 300m tall tower")["300m"] == (300.0, "meter")


def test_a_row_holding_second_place_and_a_long_owned_role() -> None:
    """`Japan held second place on 15,225t` is a row of the list (a buyer of the exports
    stated), and `became New Zealand's most valuable red meat market` names the owner as the
    seller however many words stand before the role."""
    found = extracted("Australia exported 72,604t of beef in April. China took 16,745t. Japan "
                      "held second place on 15,225t, up 10%.", MARCH_2024)
    assert parties(found["15,225t"]) == ("AUS", "JPN", False)
    found = extracted("The United States became New Zealand's most valuable red meat market in "
                      "April, with purchases up 19% at NZ$261 million.", MARCH_2024)
    assert parties(found["NZ$261 million"]) == ("NZL", "USA", False)


def test_a_season_inside_one_year_and_an_old_levels_whole_year() -> None:
    """`in the 2024 selling season, which runs from April to August`: those months of 2024 (and
    `a year earlier` those of 2023); `US$1.099 billion against US$766.6 million for the whole
    of 2022`: the whole year is the old level's, not the new one's."""
    found = extracted("Sales of tobacco rose 40% in the 2024 selling season, which runs from "
                      "April to August. Revenue reached $396.28 million, up from $283.76 "
                      "million a year earlier.", date(2024, 9, 10))
    assert period(found["40%"]) == ("2024-04-01", "2024-08-31")
    assert period(found["$283.76 million"]) == ("2023-04-01", "2023-08-31")
    found = extracted("Zimbabwe's tobacco export earnings grew 43% in the year to date, reaching "
                      "US$1.099 billion against US$766.6 million for the whole of 2022.",
                      date(2023, 11, 22))
    assert period(found["US$1.099 billion"]) == ("2023-01-01", "2023-11-30")
    assert period(found["US$766.6 million"]) == ("2022-01-01", "2022-12-31")


def test_a_statistics_authority_reports_its_countrys_side_and_flow_nouns_go_on() -> None:
    """`the Philippine Statistics Authority (PSA) reported`: a national statistics authority, like
    a customs office, records its own country's side; `The shipments were valued at ...` after
    its rice arrivals goes on the same way (a flow noun of either way), not out."""
    found = extracted("Rice arrivals climbed to 322,770 metric tons in February, the Philippine "
                      "Statistics Authority reported. The shipments were valued at $160.09 "
                      "million.", MARCH_2024)
    assert parties(found["322,770 metric tons"]) == (None, "PHL", False)
    assert parties(found["$160.09 million"]) == (None, "PHL", False)


def test_money_of_a_flow_named_by_its_noun_alone_goes_on_with_unkeyed_goods() -> None:
    """`Italy bought €955 million worth, 8% more` after EU purchases of Qatari liquefied natural
    gas: the money (and its change) goes on with the goods with no key just counted, not all
    goods; `Bilateral commerce climbed 226%` stays all trade."""
    found = extracted("EU countries raised their purchases of Qatari liquefied natural gas by 12% "
                      "in March, to €2.4 billion, Eurostat figures show. Italy bought €955 "
                      "million worth, 8% more than a month earlier.", date(2025, 5, 18))
    assert found["€955 million"].commodity is None
    assert found["8%"].commodity is None
    found = extracted("China shipped 2.27 million masks to North Korea in December. Bilateral "
                      "commerce climbed 226% over the year.", MARCH_2024)
    assert found["226%"].commodity == "trade"


def test_the_time_after_a_multiple_is_its_bases() -> None:
    """`Gas exports surged to $1.726 billion last year, three times their 2022 level`: the time
    written in the base a multiple multiplies is the base's; the change is of the year in force
    (`tripled in 2023`, a verb, keeps its own)."""
    found = extracted("Mozambique's natural gas exports surged to $1.726 billion last year, three "
                      "times their 2022 level.", MARCH_2024)
    assert period(found["three times"]) == ("2023-01-01", "2023-12-31")
    found = extracted("Mozambique sold $1.2 billion of gas abroad in January-September, more than "
                      "double the gas it sold in the whole of 2022.", MARCH_2024)
    assert period(found["double"]) == ("2023-01-01", "2023-09-30")


def test_export_orders_are_the_booking_countrys_planned_exports_of_the_month_booked() -> None:
    """`Export orders received by Japanese companies rose 12.5 percent ... in November`: orders
    booked are the country's planned exports of all goods, dated by the month they were booked
    (not the coming November); `bookings` after them are the same; a survey's `new export
    orders` sub-index is no such flow."""
    found = extracted("Export orders received by Japanese companies rose 12.5 percent on a year "
                      "earlier, reaching US$61.2 billion in November, the ministry said. "
                      "Third-quarter bookings jumped 9.1 percent to US$170.4 billion.",
                      date(2025, 12, 20))
    booked = found["US$61.2 billion"]
    assert (booked.modality, booked.commodity) == ("planned", "trade")
    assert parties(booked) == ("JPN", None, False)
    assert period(booked) == ("2025-11-01", "2025-11-30")
    assert found["US$170.4 billion"].modality == "planned"
    assert parties(found["US$170.4 billion"]) == ("JPN", None, False)
    found = extracted("Korea's exports rose 8 percent to US$60 billion in November, while the new "
                      "export orders sub-index fell.", date(2025, 12, 20))
    assert found["US$60 billion"].modality == "reported"


def test_electronic_products_and_a_single_semiconductor_are_goods_with_no_key() -> None:
    """`semiconductor suppliers' foreign sales fell 9.5%`, `exports of electronic products`:
    goods the taxonomy has no key for, not all goods."""
    found = extracted("Taiwan's semiconductor suppliers' foreign sales fell 9.5% to USD 166.62 "
                      "billion in 2023.", MARCH_2024)
    assert found["9.5%"].commodity is None


def test_a_wire_storys_exchange_rate_note_is_no_claim() -> None:
    """`($1 = 1.3922 Libyan dinars)`: the amounts on either side of the equals sign state an
    exchange rate, not money traded."""
    found = extracted("Libya earned 14.3 billion dinars from oil in the first half of 2019, the "
                      "central bank said. ($1 = 1.3922 Libyan dinars)", MARCH_2024)
    assert set(found) == {"14.3 billion dinars"}


def test_the_reviews_limits_on_the_sessions_rules() -> None:
    """What a review of the session's rules found, fixed and pinned: a regional epithet with
    its countries named only in the sentence before stands for that sentence's subject
    (Morocco, India), not the one named last; `its` after a country subject of its own clause
    (`when Nigeria cut its exports`) is that country's; `sheep skins` counts skins; later
    `boxes of flowers` are no bananas; a flow noun that names a way of its own (`Arrivals`)
    does not go on with the reporter's exports; goods bought in a past year written for a
    delivery window were delivered; the time after a multiple of a country's flow (`four
    times Argentina's shipments in May`) is the base's; `servers` behind `as` no goods;
    `Arrivals rose` after a country's exports are its imports."""
    found = extracted("Morocco beat Egypt in the final. The North African country exported 1 "
                      "million tonnes of tomatoes in 2023.", MARCH_2024)
    assert parties(found["1 million tonnes"])[0] == "MAR"
    found = extracted("India's rice exports to Bangladesh rose 10% in 2023. The South Asian "
                      "country also sold 2 million tonnes to Nepal.", MARCH_2024)
    assert parties(found["2 million tonnes"]) == ("IND", "NPL", False)
    found = extracted("India's purchases of Nigerian crude dropped. The country lost its place "
                      "as Nigeria's top customer in May, when Nigeria cut its exports to 1.1 "
                      "million barrels per day.", MARCH_2024)
    assert parties(found["1.1 million barrels per day"])[0] == "NGA"
    assert _units("Australia exported 3 million sheep skins to China.")[
        "3 million sheep skins"] == (3e6, "skin")
    found = extracted("Ecuador exported 30 million boxes of bananas in March. The company also "
                      "shipped 2 million boxes of flowers to Russia.", MARCH_2024)
    assert found["2 million boxes"].commodity is None
    found = extracted("Iraq bought 150,000 tonnes of rice in 2022 for delivery on Jan. 10-20.",
                      MARCH_2024)
    assert found["150,000 tonnes"].modality == "reported"
    found = extracted("Brazil's soybean exports reached 15 million tonnes in June, four times "
                      "Argentina's shipments in May.", MARCH_2024)
    assert period(found["four times"]) == ("2023-06-01", "2023-06-30")
    found = extracted("Taiwan's exports rose 3% in July as servers drove demand.", MARCH_2024)
    assert found["3%"].commodity == "trade"
    found = extracted("Crude exports fell 3% in June, Nigeria's statistics bureau said. Arrivals "
                      "rose 8% to 1 million tonnes.", MARCH_2024)
    assert parties(found["8%"]) == (None, "NGA", False)


def test_trade_hubs_stand_for_their_country() -> None:
    """`Rough diamond exports from Antwerp climbed 20.32%`: a trade hub (Antwerp, Rotterdam,
    Hamburg, Port Hedland, Ras Tanura, Houston) stands for its country as a side of a flow,
    like a port already does."""
    found = extracted("Rough diamond exports from Antwerp climbed 20.32% in September to 12.3 "
                      "million carats.", MARCH_2024)
    assert parties(found["20.32%"])[0] == "BEL"
    found = extracted("Crude exports from Ras Tanura to India rose to 700,000 bpd in May.",
                      MARCH_2024)
    assert parties(found["700,000 bpd"]) == ("SAU", "IND", False)
