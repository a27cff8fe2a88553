"""Rules of the twenty-eighth session of 2026-12-03, each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted, parties, period
from tradetrace.extract.evaluation import same_unit
from tradetrace.extract.parties import main_country
from tradetrace.extract.quantities import extract_quantities


def units(text: str) -> dict[str, tuple[float, str]]:
    return {q.surface: (q.value, q.unit) for q in extract_quantities(text)}


def test_an_average_of_a_year_is_the_base_of_a_change() -> None:
    """`8% below the 2020 monthly average of 308,746 t`: the year is what the change is
    measured against, so the change keeps the month of the new level, and the old level
    stated after `of` is of that year; `the monthly mean recorded since May 2016` is a base
    too."""
    found = extracted("Grain landed at Port Sudan in March 2022 came to 120,500 tonnes, the "
                      "port authority said, 8% below the 2020 monthly average of 131,000 t.",
                      date(2022, 4, 9))
    assert period(found["120,500 tonnes"]) == ("2022-03-01", "2022-03-31")
    assert found["8%"].kind == "change"
    assert period(found["8%"]) == ("2022-03-01", "2022-03-31")
    assert period(found["131,000 t"]) == ("2020-01-01", "2020-12-31")
    found = extracted("Rice exports in June 2021 totalled 52,400 tonnes, a 38% drop from the "
                      "2020 average and 37% below the monthly mean recorded since May 2016.",
                      date(2021, 7, 9))
    assert period(found["38%"]) == ("2021-06-01", "2021-06-30")
    assert period(found["37%"]) == ("2021-06-01", "2021-06-30")


def test_a_periodical_analysis_is_no_estimate() -> None:
    """`said in its monthly situation analysis`: the name of a regular publication, not an
    estimate; `according to an analysis by Kpler` still is one."""
    found = extracted("Fuel discharged at the port in May came to 61,200 tonnes, the monitoring "
                      "agency said in its monthly situation analysis.", date(2021, 6, 8))
    assert found["61,200 tonnes"].modality == "reported"
    found = extracted("According to an analysis by Kpler, India imported 61,200 tonnes of "
                      "naphtha in May.", date(2021, 6, 8))
    assert found["61,200 tonnes"].modality == "estimated"


def test_yemeni_ports_stand_for_yemen() -> None:
    """Hodeidah, Salif, Ras Isa, Aden and Mukalla are Yemen's ports: goods unloaded there,
    even at `Houthi-held Hodeidah`, or imported through them, go to Yemen; a port goods only
    pass through stays no side."""
    found = extracted("Just 29,500 tonnes of fuel were unloaded at Houthi-held Hodeidah in "
                      "December.", date(2022, 1, 13))
    assert parties(found["29,500 tonnes"]) == (None, "YEM", False)
    found = extracted("Fuel imported through Salif between January and May 2023 reached 0.8 "
                      "million metric tons.", date(2023, 6, 25))
    assert parties(found["0.8 million metric tons"]) == (None, "YEM", False)
    found = extracted("Wheat delivered to Mukalla in April came to 60,000 tons.",
                      date(2023, 5, 2))
    assert parties(found["60,000 tons"]) == (None, "YEM", False)
    found = extracted("Kazakh oil exports through Novorossiysk rose 5% to 2 million tonnes in "
                      "May.", date(2023, 6, 2))
    assert parties(found["2 million tonnes"]) == ("KAZ", None, False)


def test_a_possessive_period_before_an_old_level_makes_it_old() -> None:
    """`6% above 2023's 7.456 million tons`: the old level is 2023's, so the sentence's
    changes keep the year in force (last year), not the year compared with; a rival's
    possessive (`below China's 255.5 million tons`) is no period."""
    found = extracted("Three ports took in 7.9 million metric tons of fuel and food last year, "
                      "the agency said. The total was about 6% above 2023's 7.4 million tons "
                      "and 22% higher than in 2022.", date(2025, 2, 10))
    assert period(found["6%"]) == ("2024-01-01", "2024-12-31")
    assert period(found["7.4 million tons"]) == ("2023-01-01", "2023-12-31")
    assert period(found["22%"]) == ("2024-01-01", "2024-12-31")
    found = extracted("India's coal imports fell 5.4% to 194.93 million tons in 2016, below "
                      "China's 255.5 million tons, customs data showed.", date(2017, 2, 8))
    assert period(found["255.5 million tons"]) == ("2016-01-01", "2016-12-31")


def test_the_same_months_before_a_when_clause() -> None:
    """`44% higher than in the same months of 2022, when 1.119 million tons arrived, and 358%
    above the January-August volume of 2021`: the `when` clause is of the months in force in
    2022, and `the January-August volume of 2021` is a base."""
    found = extracted("Fuel imported through Hodeidah between January and August 2023 reached "
                      "1.6 million metric tons. That was about 44% higher than in the same "
                      "months of 2022, when 1.1 million metric tons arrived, and 358% above "
                      "the January-August volume of 2021.", date(2023, 9, 25))
    assert period(found["44%"]) == ("2023-01-01", "2023-08-31")
    assert period(found["1.1 million metric tons"]) == ("2022-01-01", "2022-08-31")
    assert period(found["358%"]) == ("2023-01-01", "2023-08-31")


def test_a_clause_after_a_semicolon_keeps_its_own_month() -> None:
    """`below March's 1,409,989 tonnes; February had seen 1,436,500 tonnes`: the month after
    the semicolon is the later figure's, not the old level's."""
    found = extracted("April exports came to 1,190,118 tonnes, 219,871 tonnes below March's "
                      "1,409,989 tonnes; February had seen 1,436,500 tonnes.", date(2020, 6, 9))
    assert period(found["1,409,989 tonnes"]) == ("2020-03-01", "2020-03-31")
    assert period(found["1,436,500 tonnes"]) == ("2020-02-01", "2020-02-29")


def test_another_months_total_compared_with() -> None:
    """`just short of the April total`: a base; `of the May total` is a part of that month."""
    found = extracted("Exports came to $9.1 billion in May, customs said. Goods worth $7.68 "
                      "billion were shipped during the month, just short of the April total.",
                      date(2025, 6, 26))
    assert period(found["$7.68 billion"]) == ("2025-05-01", "2025-05-31")
    found = extracted("Fertilizer imports of $240 million in February were a record; urea "
                      "made up $84 million of the February total.", date(2024, 4, 8))
    assert period(found["$84 million"]) == ("2024-02-01", "2024-02-29")


def test_motorcycles_and_generic_units() -> None:
    """Motorcycles, two-wheelers and scooters are vehicles; a count in `units` takes the
    sentence's goods (or the paragraph's), as the unit names none."""
    found = extracted("India shipped 1,793,957 two-wheelers abroad in April-September. "
                      "Motorcycle exports rose 6.81 per cent to 1,585,338 units, but scooter "
                      "exports slid 10.87 per cent to 201,277.", date(2019, 10, 21))
    assert found["1,793,957 two-wheelers"].commodity == "vehicles"
    assert found["1,585,338 units"].commodity == "vehicles"
    assert found["201,277"].commodity == "vehicles"
    found = extracted("Kenya imported 146,757 motorcycles in the first seven months of 2017.",
                      date(2017, 10, 10))
    assert found["146,757 motorcycles"].commodity == "vehicles"


def test_a_change_restated_before_its_comparative() -> None:
    """`500,000 tons, or 28.4%, more than the 1.738 million tons`, `400,000 tons (34%) more
    than`: both the amount and the restated percentage are the change; `, or $5.7 billion,
    more than 30 percent of ...` is a hedge of the next figure, not a change."""
    found = extracted("China sold 2.2 million tons of garlic abroad in 2020. That was 500,000 "
                      "tons, or 28.4%, more than the 1.7 million tons shipped in 2019.",
                      date(2021, 2, 13))
    assert (found["500,000 tons"].kind, found["500,000 tons"].direction) == ("change", "up")
    assert (found["28.4%"].kind, found["28.4%"].direction) == ("change", "up")
    found = extracted("Mexico sold 1.57 million tons of tomatoes abroad, about 400,000 tons "
                      "(34%) more than the 1.17 million tons of a year earlier.",
                      date(2020, 11, 24))
    assert (found["34%"].kind, found["34%"].direction) == ("change", "up")
    found = extracted("Shipments of machinery to China last year came to 820 billion yen, or "
                      "$5.7 billion, more than 30 percent of Japan's total exports of such "
                      "equipment.", date(2023, 6, 20))
    assert found["$5.7 billion"].kind == "level"


def test_vegetables_are_food_and_trucks_carry_them() -> None:
    """Garlic, seed potatoes and onions are food; `24 trucks with 528 tonnes` are carriers,
    not the goods."""
    found = extracted("Garlic exports from China reached 241,600 tons in July 2022.",
                      date(2022, 8, 31))
    assert found["241,600 tons"].commodity == "food"
    found = extracted("Dutch seed potato exports stood at 416,621 tons as of January 31.",
                      date(2025, 2, 24))
    assert found["416,621 tons"].commodity == "food"
    found = extracted("Indian onions resumed crossing into Bangladesh on Sunday. Traders said "
                      "24 trucks with 528 tonnes in all were imported through Hili that day.",
                      date(2020, 3, 15))
    assert found["528 tonnes"].commodity == "food"


def test_domestic_sales_are_no_trade() -> None:
    """`domestic sales grew 3.1% to €1.34 billion`: sales at home, beside the exports."""
    found = extracted("Spanish tile makers sold €3.479 billion worth of product abroad in "
                      "2024, while domestic sales grew 3.1% to €1.34 billion.", date(2025, 3, 4))
    assert "€3.479 billion" in found
    assert "€1.34 billion" not in found
    assert "3.1%" not in found


def test_a_ranked_partner_is_not_the_country_a_text_is_about() -> None:
    """`The United States remained the leading destination`, `France came second`: partners
    of the flow, so not what the text is about; a demonym's goods `sold abroad` are its own
    flow."""
    assert main_country("The United States remained the leading destination for Spanish "
                        "tiles in 2024, and France came second. Spanish tile exports rose 3% "
                        "to 3.5 billion euros.") == "ESP"
    assert main_country("Exports of tiles rose 16.6% in 2022 to 4,273 million euros. The "
                        "United States remained the leading destination.") is None
    assert main_country("Japanese rice sold abroad rose 27.8 percent in 2024. The United "
                        "States was the biggest market, and Beijing kept its ban.") == "JPN"


def test_k_amounts_take_the_currency_of_the_story_country() -> None:
    """`K1.6bn` is the kina in a story on Papua New Guinea and the kwacha in one on Zambia; in a
    story naming neither (nor Malawi, Myanmar or Laos) a `K` before a number is no currency;
    `R270.8 billion` is the rand in a story on South Africa (`R$` stays the real)."""
    found = units("Papua New Guinea sold US$505 million (K1.6 billion) worth of tuna to the EU "
                  "last year.")
    assert found["K1.6 billion"] == (1.6e9, "PGK")
    assert units("Zambia earned K14 billion from copper exports in March.")[
        "K14 billion"] == (1.4e10, "ZMW")
    assert units("Vehicles worth a record R270.8 billion left South Africa in 2023.")[
        "R270.8 billion"] == (2.708e11, "ZAR")
    assert units("Brazil exported R$5 billion of beef.")["R$5 billion"][1] == "BRL"
    assert not any(unit in ("PGK", "ZMW", "MWK", "MMK", "LAK", "ZAR")
                   for _, unit in units("The K2 summit draws climbers; the K800 million "
                                        "budget passed; R2 billion was spent.").values())


def test_a_bare_dollar_in_a_fiji_or_solomons_story_is_the_local_dollar() -> None:
    """`Fiji has earned around $3.4 million from kava`: a story that opens on Fiji (or the
    Solomon Islands) writes its own dollar as `$`; one opening on another country keeps the
    US dollar."""
    assert units("Fiji has earned around $3.4 million from kava shipped to Australia.")[
        "$3.4 million"] == (3.4e6, "FJD")
    assert units("Solomon Islands log exports earned $460 million in 2021.")[
        "$460 million"] == (4.6e8, "SBD")
    assert units("Australia's imports from Fiji rose to $5 million.")["$5 million"] == \
        (5e6, "USD")


def test_a_price_unit_spelled_two_ways_is_one_unit() -> None:
    """`USD/kg` and `USD/kilogram` are one price unit in the evaluation; another currency, or
    money against a price, is not."""
    assert same_unit("USD/kg", "USD/kilogram")
    assert same_unit("CNY/t", "CNY/metric_ton")
    assert not same_unit("USD/kg", "EUR/kilogram")
    assert not same_unit("USD", "USD/kg")
    assert not same_unit("USD/bbl", "USD/t")


def test_currencies_of_this_sessions_countries() -> None:
    """Ariary, rufiyaa, birr, cedis, somoni, Armenian drams, quetzales, lempiras, cordobas, riel and
    meticais have their codes; a bare `kwacha` is Zambia's or Malawi's by the country named
    nearest, and bare `rupees` Mauritius' in a story on Mauritius."""
    assert units("Madagascar earned 124 billion ariary from vanilla exports.")[
        "124 billion ariary"][1] == "MGA"
    assert units("Malawi's tobacco sales reached 250 billion kwacha.")[
        "250 billion kwacha"][1] == "MWK"
    assert units("Zambia's copper sales reached 14 billion kwacha.")[
        "14 billion kwacha"][1] == "ZMW"
    assert units("Mauritius imported 5 billion rupees of fuel.")["5 billion rupees"][1] == "MUR"
    for text, code in (("30 billion birr", "ETB"), ("2 billion cedis", "GHS"),
                       ("90 million somoni", "TJS"), ("40 billion Armenian drams", "AMD"),
                       ("600 million quetzales", "GTQ"), ("3 billion lempiras", "HNL"),
                       ("2 billion cordobas", "NIO"), ("800 billion riel", "KHR"),
                       ("5 billion meticais", "MZN"), ("9 billion rufiyaa", "MVR")):
        assert units(f"Exports brought in {text} last year.")[text][1] == code, text


def test_island_and_small_states_have_names_and_demonyms() -> None:
    """Maldivian, Mauritian, Malawian, Faroese and Greenlandic name their countries, so their
    exports have an exporter; Berbera is Somaliland's port, part of Somalia."""
    found = extracted("Maldivian fish exports sank to 32,157.4 metric tonnes in the first nine "
                      "months of 2024.", date(2024, 10, 20))
    assert parties(found["32,157.4 metric tonnes"]) == ("MDV", None, False)
    found = extracted("Mauritian textile export earnings shrank 15.8% to 13.8 billion rupees "
                      "in 2023.", date(2024, 2, 1))
    assert parties(found["15.8%"]) == ("MUS", None, False)
    assert found["13.8 billion rupees"].unit == "MUR"
    found = extracted("Faroese fish exports to Russia rose to 120,000 tonnes in 2023.",
                      date(2024, 2, 1))
    assert parties(found["120,000 tonnes"]) == ("FRO", "RUS", False)
    found = extracted("Some 1.2 million sheep were shipped from Berbera to Saudi Arabia in "
                      "2023.", date(2024, 2, 1))
    assert parties(found["1.2 million sheep"])[0] == "SOM"


def test_cfa_francs_are_west_or_central_african() -> None:
    """`CFA francs` in a story on Cameroon are the Central African franc (XAF), in one on Ivory
    Coast the West African franc (XOF)."""
    assert units("Cameroon earned 512 billion CFA francs from cocoa.")[
        "512 billion CFA francs"][1] == "XAF"
    assert units("Ivory Coast earned 512 billion CFA francs from cocoa.")[
        "512 billion CFA francs"][1] == "XOF"


def test_million_cubic_metres_a_day_in_initials() -> None:
    """`33 MMCD`, `180 mmscmd` and `20 mmcm/d` are million cubic metres a day."""
    found = units("In 2014 Bolivia piped 33 MMCD to Brazil; India used 180 mmscmd and 20 "
                  "mmcm/d more.")
    assert found["33 MMCD"] == (33e6, "cubic_meter/day")
    assert found["180 mmscmd"] == (180e6, "cubic_meter/day")
    assert found["20 mmcm/d"] == (20e6, "cubic_meter/day")


def test_a_bare_scaled_number_takes_the_measure_before_it() -> None:
    """`deliver up to 20 million cubic metres per day, while Petrobras undertakes to take at
    least 14 million`: the bare millions are of the same measure; not across a sentence, not
    before a noun, and never millions of the percent after them (`7.1 million, 33% below`)."""
    found = units("YPFB will deliver up to 20 million cubic metres per day, while Petrobras "
                  "undertakes to take at least 14 million. For October the base falls to 11 "
                  "million cubic metres a day, yet YPFB injected just 7.1 million, 33% below "
                  "that level.")
    assert found["14 million"] == (14e6, "cubic_meter/day")
    assert found["7.1 million"] == (7.1e6, "cubic_meter/day")
    assert found["33%"] == (33.0, "percent")
    found = units("Exports were 5 million tonnes, sold to 14 million people. The port serves "
                  "3 million.")
    assert found["14 million people"][1] != "t"
    assert found["3 million"][1] == ""


def test_the_opening_part_of_a_fiscal_year() -> None:
    """`the opening quarter of its 2017/18 fiscal year, which began on July 9`, `the opening
    four months of its 2022/2023 fiscal year`: that part of the fiscal year, counted from the
    day it opened; with no months known it stays unknown."""
    found = extracted("Ethiopia shipped 55,825 tons of coffee abroad in the opening quarter of "
                      "its 2017/18 fiscal year, which began on July 9.", date(2017, 10, 17))
    assert period(found["55,825 tons"]) == ("2017-07-09", "2017-10-08")
    found = extracted("Coffee exports brought Ethiopia USD 526 million over the opening four "
                      "months of its 2022/2023 fiscal year, which began on July 8.",
                      date(2022, 11, 14))
    assert period(found["USD 526 million"]) == ("2022-07-08", "2022-11-07")
    found = extracted("Exports rose to $2 billion in the final half of the fiscal year.",
                      date(2022, 11, 14))
    assert period(found["$2 billion"]) == (None, None)


def test_money_from_goods_is_what_they_earned() -> None:
    """`Coffee led with about $364.8 million from 132,968.55 tons`: the tons earned the money,
    in the same period; `rising to 881 million US dollars from 804 million` and `slipping to
    48,999 tonnes worth US$53 million from 102,521 tonnes` are still old levels."""
    found = extracted("Ethiopia earned $1.33 billion from exports in the first half of 2019. "
                      "Coffee led with about $364.8 million from 132,968.55 tons.",
                      date(2019, 8, 2))
    assert period(found["132,968.55 tons"]) == ("2019-01-01", "2019-06-30")
    found = extracted("Sri Lanka shipped 187.5 million kilograms of tea in the eight months to "
                      "August 2021, with earnings rising to 881 million US dollars from 804 "
                      "million.", date(2021, 9, 20))
    assert period(found["804 million"]) == ("2020-01-01", "2020-08-31")


def test_a_count_expected_to_be_shipped_is_goods() -> None:
    """`Up to 1.1 million goats are expected to be shipped to Saudi Arabia`: counted goods a
    verb will move, a forecast flow."""
    found = extracted("Up to 1.1 million goats are expected to be shipped to Saudi Arabia "
                      "before this year's Hajj, the minister said.", date(2018, 6, 21))
    claim = found["1.1 million goats"]
    assert (claim.importer, claim.modality) == ("SAU", "forecast")


def test_a_rate_due_before_the_year_is_out() -> None:
    """`210,000 barrels a day before the year is out`, `before 2019 is out`: a daily rate due by
    then; `5,000 barrels a day before the strike` stays a time."""
    found = units("Output is expected to climb to 210,000 barrels a day before the year is "
                  "out. The target is 200,000 barrels a day before 2019 is out. It shipped "
                  "5,000 barrels a day before the strike began.")
    assert found["210,000 barrels a day"] == (210000.0, "bbl/d")
    assert found["200,000 barrels a day"] == (200000.0, "bbl/d")
    assert found["5,000 barrels"] == (5000.0, "bbl")


def test_gaza_and_the_west_bank_are_palestine() -> None:
    """Gaza, the Gaza Strip and the West Bank are Palestine (PSE)."""
    found = extracted("Egypt sent 9,000 metric tons of aid to the Gaza Strip in March.",
                      date(2024, 4, 2))
    assert parties(found["9,000 metric tons"]) == ("EGY", "PSE", False)
    found = extracted("Israel exported goods worth $4 billion to the West Bank in 2022.",
                      date(2023, 4, 2))
    assert parties(found["$4 billion"]) == ("ISR", "PSE", False)


def test_the_reviews_limits_on_the_sessions_rules() -> None:
    """What a review of this session's rules on invented passages found, each now held: a
    restated share before `more than half` stays a share; `housing units` name their own goods;
    a bare `$` of another country's figure in a Fiji story stays the US dollar; drams of whisky
    are no money; a verb counting people takes no measure; attacks off a port make it no side;
    a period between money and `from` its goods keeps them earnings; `May's` is no old month."""
    found = extracted("Vietnam exported 3.1 million tonnes of rice to the Philippines in 2023, "
                      "or 38%, more than half of it fragrant varieties.", date(2024, 8, 20))
    assert found["38%"].kind == "share"
    found = extracted("India exported 4.5 million two-wheelers in 2023, and builders sold "
                      "410,000 housing units.", date(2024, 8, 20))
    assert found["4.5 million two-wheelers"].commodity == "vehicles"
    assert found["410,000 housing units"].commodity != "vehicles"
    assert units("Fiji's tourism recovered in 2023. Meanwhile, Indonesia's palm oil exports "
                 "reached $30 billion.")["$30 billion"][1] == "USD"
    assert units("Fiji's domestic exports to Italy grew by $35 million.")[
        "$35 million"][1] == "FJD"
    assert units("Distillers poured 2 million drams for tourists.")[
        "2 million drams"][1] != "AMD"
    assert units("Armenia's brandy exports earned 107.1 billion drams in 2023.")[
        "107.1 billion drams"][1] == "AMD"
    assert units("Bolivia piped 20 million cubic metres a day to Brazil in 2023, and the "
                 "project employed 3 million.")["3 million"][1] == ""
    found = extracted("Houthi attacks off Hodeidah forced carriers to reroute 3 million tonnes "
                      "of Chinese exports to Europe around the Cape in January.",
                      date(2024, 8, 20))
    assert found["3 million tonnes"].importer is None
    found = extracted("Vietnam's rice exports earned $1.2 billion in June from 1.1 million "
                      "tons.", date(2024, 8, 20))
    assert period(found["1.1 million tons"]) == ("2024-06-01", "2024-06-30")
    found = extracted("India's rice exports in June were 12% below May's 1.9 million tons.",
                      date(2024, 8, 20))
    assert period(found["1.9 million tons"])[0] != "2023-06-01"


def test_the_year_before_steps_back_from_the_period_in_force() -> None:
    """`had shipped 59 million tonnes the year before and 70 million tonnes in 2020`: the year
    written with the later figure is that figure's, so the year before is the one before the
    period in force (2021 after 2022), not the one before 2020."""
    found = extracted("The terminal exported only about 50 million tonnes of coal in 2022. It "
                      "had shipped 59 million tonnes the year before and 70 million tonnes in "
                      "2020.", date(2023, 1, 26))
    assert period(found["59 million tonnes"]) == ("2021-01-01", "2021-12-31")
    assert period(found["70 million tonnes"]) == ("2020-01-01", "2020-12-31")


def test_the_second_reviews_limits() -> None:
    """What a second review of the late rules found, now held: `R 8,000 crore` is no rand; a
    hedge after a people-counting verb, or a herd in the clause, keeps a bare number's measure
    out; a sentence opening on `Fijian` opens on Fiji; a `YEREVAN` dateline makes drams money,
    drams someone drank are none; a refinery `near Rotterdam` is in the Netherlands; `completely
    built units` take the sentence's goods; `the year before` with a later new level steps back
    from that level."""
    assert all(unit != "ZAR" for _, unit in units(
        "South Africa aside, Indian steel exports grew to 2 million tonnes worth R 8,000 "
        "crore.").values())
    found = units("Bangladesh shipped 1.2 million tonnes of cotton yarn last year, and the "
                  "industry employs more than 4 million.")
    assert found["4 million"][1] == ""
    found = units("Vietnam imported 9 million tonnes of corn in 2023, and its hog herd reached "
                  "29 million.")
    assert found["29 million"][1] == ""
    assert units("SUVA - Fiji's trade deficit widened in 2023. Fijian sugar exports to the "
                 "United Kingdom earned $80 million.")["$80 million"][1] == "FJD"
    assert units("YEREVAN - Exports of brandy rose 12% to 90 billion drams in the first "
                 "half.")["90 billion drams"][1] == "AMD"
    assert units("A new market in Armenia opened, and visitors drank 2 million drams.")[
        "2 million drams"][1] != "AMD"
    found = extracted("A refinery near Rotterdam imported 2 million barrels of Russian diesel "
                      "in June.", date(2024, 8, 20))
    assert parties(found["2 million barrels"]) == ("RUS", "NLD", False)
    found = extracted("Thailand's pickup truck exports rose to 500,000 completely built units "
                      "last year.", date(2024, 8, 20))
    assert found["500,000 completely built units"].commodity == "vehicles"
    found = extracted("Vietnam's rice exports hit a record in 2023. After 6.3 million tonnes "
                      "the year before, shipments rose to 7.1 million tonnes in 2022.",
                      date(2024, 8, 20))
    assert period(found["6.3 million tonnes"]) == ("2021-01-01", "2021-12-31")
