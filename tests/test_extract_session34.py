"""Rules of the thirty-fourth session of 2026-12-04, each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted, parties

WHEN = date(2024, 11, 20)


def test_export_ports_and_terminals_stand_for_their_country() -> None:
    """Ports, terminals and producing regions in `knowledge/countries.json` `regions` name the
    country goods leave or reach (`Richards Bay`, `Ras Laffan`, `Kalimantan`, `Odesa`)."""
    found = extracted("Richards Bay Coal Terminal shipped 6.2 million tonnes of coal in March.",
                      WHEN)["6.2 million tonnes"]
    assert parties(found) == ("ZAF", None, False)
    found = extracted("Exports of coal from Kalimantan reached 18 million tonnes in June.",
                      WHEN)["18 million tonnes"]
    assert parties(found) == ("IDN", None, False)
    found = extracted("Grain shipments from Odesa rose to 3.1 million tonnes in October.",
                      WHEN)["3.1 million tonnes"]
    assert (found.commodity, found.exporter) == ("grain", "UKR")


def test_national_companies_and_boards_stand_for_their_country() -> None:
    """State and national companies, marketing boards and grain agencies act for their
    country (`Qafco`, `YPF`, `Naftogaz`, `Cocobod`), as `PDVSA` and `Rosneft` did."""
    found = extracted("Qafco shipped 420,000 tonnes of urea to India in the first quarter.",
                      WHEN)["420,000 tonnes"]
    assert (found.commodity, *parties(found)) == ("fertilizer", "QAT", "IND", False)
    found = extracted("YPF sold 12,000 barrels a day of crude to Chile last year.",
                      WHEN)["12,000 barrels a day"]
    assert parties(found) == ("ARG", "CHL", False)
    found = extracted("Naftogaz imported 1.5 billion cubic metres of gas from Slovakia in "
                      "January.", WHEN)["1.5 billion cubic metres"]
    assert parties(found) == ("SVK", "UKR", False)
    found = extracted("Cocobod sold 250,000 tonnes of cocoa beans to the Netherlands in 2021.",
                      WHEN)["250,000 tonnes"]
    assert parties(found) == ("GHA", "NLD", False)


def test_multinational_miners_name_no_country() -> None:
    """A miner working in many countries (`Vale`) is not its home country: the mine's country is
    the exporter (limit of the list: multinationals, traders and transit ports are left out)."""
    found = extracted("Vale's mine in Mozambique shipped 1.1 million tonnes of coal to India in "
                      "May.", WHEN)["1.1 million tonnes"]
    assert parties(found) == ("MOZ", "IND", False)


def test_goods_pledged_or_donated_for_a_country_go_to_it() -> None:
    """`pledged 1 million tons of wheat for Afghanistan`: after goods pledged or donated, the
    `for` names who receives them; an aid agency acting for its government stands for it
    (`USAID will provide ...` is the United States)."""
    found = extracted("India has pledged 1 million tons of wheat for Afghanistan, the World "
                      "Food Programme announced.", WHEN)["1 million tons"]
    assert (found.modality, *parties(found)) == ("planned", "IND", "AFG", False)
    found = extracted("Japan donated 12,000 tonnes of rice for Laos in March.",
                      WHEN)["12,000 tonnes"]
    assert parties(found) == ("JPN", "LAO", False)
    found = extracted("USAID will provide 14,550 tons of food aid to Haiti.",
                      WHEN)["14,550 tons"]
    assert parties(found) == ("USA", "HTI", False)
    # a `for` with no gift before it is no destination
    found = extracted("Japan bought 12,000 tonnes of rice for its reserves in March.",
                      WHEN)["12,000 tonnes"]
    assert found.exporter is None


def test_a_share_of_goods_with_no_key_is_of_those_goods() -> None:
    """`Gold made up 89% of Eritrea's total exports`: the goods the clause opens with are the
    part the share measures, so goods with no key leave the commodity unknown rather than all
    trade; a relative clause's antecedent is no such part (`purchases from Russia, which
    accounted for 12 percent of all goods imports`), and keyed goods keep their key."""
    found = extracted("Cotton accounts for two thirds of Chad's total exports, and livestock "
                      "made up 30% of them in 2019.", WHEN)
    assert found["two thirds"].commodity is None
    assert found["two thirds"].exporter == "TCD"
    found = extracted("Cocoa, the main cash crop, makes up 61% of non-oil exports.", WHEN)
    assert found["61%"].commodity is None
    found = extracted("Oil made up 90% of Iraq's total exports in 2012.", WHEN)
    assert found["90%"].commodity == "oil"
    found = extracted("Chemicals made up 45 percent of Norwegian purchases from Germany, which "
                      "accounted for 11 percent of all goods imports.", WHEN)
    assert found["11 percent"].commodity == "trade"


def test_more_fruit_and_blended_food_aid_are_food() -> None:
    """Melons, citrus kinds, figs, olives, desiccated coconut and blended food aid (`corn soy
    blend`) are food; `dates` and `squash` only as goods (after `of`, before a trade word)."""
    found = extracted("Tunisia exported 75,100 tonnes of dates between October and April, and "
                      "Tonga's squash exports fell to 1,130 tonnes.", WHEN)
    assert found["75,100 tonnes"].commodity == "food"
    assert found["1,130 tonnes"].commodity == "food"
    found = extracted("Honduras' melon exports fell 15 per cent, while 3,000 tons of corn soy "
                      "blend went to Haiti.", WHEN)
    assert found["15 per cent"].commodity == "food"
    assert found["3,000 tons"].commodity == "food"
    found = extracted("Exporters will settle on a date later, after 5,000 tonnes of wheat left.",
                      WHEN)
    assert found["5,000 tonnes"].commodity == "wheat"


def test_more_fish_kinds_are_seafood() -> None:
    """Farmed and tuna species news names alone (`pangasius`, `tilapia`, `skipjack`,
    `salmonids`, `yellowfin`) are seafood."""
    found = extracted("Vietnam's pangasius exports to the US reached $142 million, and Chile "
                      "shipped 373,000 tonnes of salmonids.", WHEN)
    assert found["$142 million"].commodity == "seafood"
    assert found["373,000 tonnes"].commodity == "seafood"
    found = extracted("Ecuador's skipjack purchases soared 371 percent to 145,600 tonnes.", WHEN)
    assert found["145,600 tonnes"].commodity == "seafood"


def test_more_producers_regions_and_appellations_name_their_country() -> None:
    """`SNIM` is Mauritania's iron ore miner, `Zespri` New Zealand's kiwifruit marketer, Iraq's
    `Kurdistan Region` ships as Iraq, and an appellation (`Cognac`, `Scotch whisky`) names the
    country the drink comes from."""
    found = extracted("SNIM shipped 13 million tonnes of iron ore in 2023.", WHEN)
    assert parties(found["13 million tonnes"]) == ("MRT", None, False)
    found = extracted("The Kurdistan Region exported 400,000 barrels a day in May.", WHEN)
    assert found["400,000 barrels a day"].exporter == "IRQ"
    found = extracted("Cognac exports to China fell 20% to $1.1 billion last year.", WHEN)
    assert parties(found["$1.1 billion"]) == ("FRA", "CHN", False)


def test_a_scheduled_be_to_is_a_plan_but_not_after_an_aim() -> None:
    """`Jordan is to supply India with 5.2 million tonnes`: `be to` before a trade verb is a
    scheduled plan; after an aim noun (`The goal is to ship 60 million tons`) the aim decides
    (a target is a forecast)."""
    found = extracted("Under the deal, Jordan is to supply India with 5.2 million tonnes of "
                      "phosphate in 2017.", WHEN)["5.2 million tonnes"]
    assert (found.modality, *parties(found)) == ("planned", "JOR", "IND", False)
    found = extracted("In exchange, Tajikistan is to send 900 million kWh to Uzbekistan next "
                      "summer.", WHEN)["900 million kWh"]
    assert found.modality == "planned"
    found = extracted("The government's goal is to ship no fewer than 60 million tons abroad "
                      "this year.", WHEN)["60 million tons"]
    assert found.modality == "forecast"


def test_hopes_aims_and_guidance_are_forecasts() -> None:
    """`the ministry hopes for over $45 million this year`, `is counting on a record harvest`,
    `eyes $10 billion`, `Thailand should regain the top spot with shipments of 11.2 million
    tonnes`: hopes, aims, guidance and `should` with a result verb are forecasts."""
    found = extracted("Rice exports earned Laos $31 million last year, and the ministry hopes "
                      "for over $45 million this year.", WHEN)
    assert found["$31 million"].modality == "reported"
    assert found["$45 million"].modality == "forecast"
    found = extracted("Benin is counting on cotton exports of around 700,000 tonnes in 2025.",
                      WHEN)["700,000 tonnes"]
    assert found.modality == "forecast"
    found = extracted("Brazil should regain the top exporter's spot with shipments of 9.4 million "
                      "tonnes.", WHEN)["9.4 million tonnes"]
    assert found.modality == "forecast"


def test_more_fertilizer_and_ferroalloy_names() -> None:
    """MAP (only as goods: after `of` or before a trade word), TSP, NPK and muriate of potash are
    fertilizer; ferronickel, ferrochrome and stainless steel are iron and steel."""
    found = extracted("Brazil brought in 441,000t of MAP during the month, and China's "
                      "ferronickel imports jumped to 390,706 tonnes.", WHEN)
    assert found["441,000t"].commodity == "fertilizer"
    assert found["390,706 tonnes"].commodity == "iron_steel"
    found = extracted("The map of the route shows 5,000 tonnes of wheat.", WHEN)
    assert found["5,000 tonnes"].commodity == "wheat"


def test_profits_and_use_per_head_are_no_trade() -> None:
    """A company's profit and what people use per head are not flows (`not_trade` cues)."""
    found = extracted("Vitol's net profit reached $4.5 billion in 2022, while it traded 7.4 "
                      "million barrels of oil a day.", WHEN)
    assert "$4.5 billion" not in found
    assert "7.4 million barrels of oil a day" in found
    found = extracted("Liberians eat 116.5 kilograms of rice per head each year, and Liberia "
                      "imported 300,000 tonnes of rice.", WHEN)
    assert "116.5 kilograms" not in found
    assert found["300,000 tonnes"].commodity == "rice"


def test_non_petroleum_oils_and_oil_seeds_have_no_key() -> None:
    """Used cooking oil (UCO), spice oils and oil seeds are goods with no key, not petroleum or
    edible oil; goods listed `among them` are a part of the flow, which stays all trade."""
    found = extracted("China's exports of used cooking oil rose 20% to 2.9 million tonnes in "
                      "2024.", WHEN)
    assert found["2.9 million tonnes"].commodity is None
    found = extracted("Ethiopia received $326 million for 261,216 tonnes of oil seeds over "
                      "July-May.", WHEN)
    assert found["261,216 tonnes"].commodity is None
    found = extracted("Canadian exports to China, among them wood pulp, paper and oil seeds, came "
                      "to C$20 billion that year.", WHEN)
    assert found["C$20 billion"].commodity == "trade"


def test_names_shared_with_other_things_are_not_places() -> None:
    """`Yuzhny` (a Ukrainian port, but also `southern` in Russian company names) and `Colón`
    (also Costa Rica's currency) are left out of the place list (limit of the list)."""
    found = extracted("Yuzhny Kuzbass shipped 2 million tonnes of coal to China.", WHEN)
    assert parties(found["2 million tonnes"]) == ("RUS", "CHN", False)


def test_review_limits_of_the_sessions_lists_and_cues() -> None:
    """After the session's review: an aim or hope in an aside (`aiming at new markets`, `In the
    eyes of traders`) leaves a reported flow reported; money pledged `for Ukrainian grain` names
    no receiver; a country opening the clause is the part, not goods in its apposition; transit
    ports (`Galati`), a generic company name (`National Oil Corporation`) and `Alaska` (as in
    Alaska pollock) name no country; counted aid before `for` goes to the country named."""
    found = extracted("Argentina, aiming at new markets, exported 10 million tonnes of corn in "
                      "2023.", WHEN)["10 million tonnes"]
    assert found.modality == "reported"
    found = extracted("In the eyes of traders, Brazil's exports of 100 million tonnes of soybeans "
                      "last year were a record.", WHEN)["100 million tonnes"]
    assert found.modality == "reported"
    found = extracted("Donors pledged $100 million for Ukrainian grain shipments to Africa, which "
                      "reached 200,000 tonnes.", WHEN)["200,000 tonnes"]
    assert found.exporter == "UKR"
    found = extracted("China, the top buyer of Australian wool, accounted for 30% of Australia's "
                      "total exports.", WHEN)["30%"]
    assert found.commodity == "trade"
    found = extracted("Moldova's wheat exports from Galati rose to 200,000 tonnes.",
                      WHEN)["200,000 tonnes"]
    assert found.exporter == "MDA"
    found = extracted("Kenya's National Oil Corporation imported 300,000 tonnes of fuel from the "
                      "UAE.", WHEN)["300,000 tonnes"]
    assert parties(found) == ("ARE", "KEN", False)
    found = extracted("Alaska pollock imports by Germany reached 170,000 tonnes last year.",
                      WHEN)["170,000 tonnes"]
    assert found.exporter != "USA"
    found = extracted("The United States plans up to 500,000 tons of food aid for North Korea.",
                      WHEN)["500,000 tons"]
    assert parties(found) == ("USA", "PRK", False)
