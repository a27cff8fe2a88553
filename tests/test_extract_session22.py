"""Rules of the twenty-second session of 2026-12-03, each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted, parties, period

MAY_2023 = date(2023, 5, 16)


def test_goods_with_no_key_before_a_flow_leave_the_commodity_unknown() -> None:
    """`Small-scale gold exports`, `Peru's cocoa exports`: goods the taxonomy has no key for
    (listed in `unkeyed_goods`) make the commodity unknown rather than all trade; `Peru's goods
    exports` are still all trade and `Peru's coal exports` coal."""
    found = extracted("Small-scale gold exports reached a record 41.2 tonnes in the first "
                      "quarter.", MAY_2023)
    assert found["41.2 tonnes"].commodity is None
    found = extracted("Peru's cocoa exports to Belgium rose 8 percent to $61 million last year.",
                      MAY_2023)
    assert found["$61 million"].commodity is None
    assert parties(found["$61 million"]) == ("PER", "BEL", False)
    found = extracted("Peru's goods exports to Belgium rose 8 percent to $610 million last year.",
                      MAY_2023)
    assert found["$610 million"].commodity == "trade"
    found = extracted("Peru's coal exports to Belgium rose 8 percent to $61 million last year.",
                      MAY_2023)
    assert found["$61 million"].commodity == "coal"


def test_money_taken_in_from_exports_is_the_sellers() -> None:
    """`Kenya took in $1.226 billion from tea exports`: the decimal point no longer ends the
    look for `from ... exports`, so the money is earned, not goods brought in; the goods after
    `from` have no key."""
    found = extracted("Kenya took in $1.226 billion from tea exports in the first four months.",
                      MAY_2023)
    claim = found["$1.226 billion"]
    assert parties(claim) == ("KEN", None, False)
    assert claim.commodity is None
    found = extracted("Kenya earned $1.2 billion from coal exports last year.", MAY_2023)
    assert found["$1.2 billion"].commodity == "coal"
    found = extracted("Kenya took in $40.5 million of Chinese steel in March.", MAY_2023)
    assert parties(found["$40.5 million"]) == ("CHN", "KEN", False)


def test_sales_abroad_of_goods_with_no_key() -> None:
    """`Sales abroad of Peruvian coffee beans brought in ...`: `abroad` between the flow noun and
    its `of` still leaves the goods after it."""
    found = extracted("Sales abroad of Peruvian coffee beans brought in more than $950 million "
                      "last year.", MAY_2023)
    assert found["$950 million"].commodity is None
    found = extracted("Sales abroad of Peruvian goods brought in more than $950 million last "
                      "year.", MAY_2023)
    assert found["$950 million"].commodity == "trade"


def test_a_milestone_month_leaves_the_year_in_force() -> None:
    """`Shipments passed 2 million b/d for the first time in November`: a milestone inside the
    year reported on is November's, and the next sentence goes on with the year; an ordinary
    month (`Shipments reached 2 million b/d in November`) is what follows."""
    found = extracted("Peru's crude exports averaged 1.8 million barrels per day last year. "
                      "Shipments passed 2 million b/d for the first time in November. Sales to "
                      "Asia rose 13 percent.", MAY_2023)
    assert period(found["2 million b/d"]) == ("2022-11-01", "2022-11-30")
    assert period(found["13 percent"]) == ("2022-01-01", "2022-12-31")
    found = extracted("Peru's crude exports averaged 1.8 million barrels per day last year. "
                      "Shipments reached 2 million b/d in November. Sales to Asia rose 13 "
                      "percent.", MAY_2023)
    assert period(found["13 percent"]) == ("2022-11-01", "2022-11-30")


def test_respective_months_before_their_figures() -> None:
    """`records fell in November and December, at 12.9 Bcf/d and then 13.6 Bcf/d,
    respectively`: the months listed before the figures are theirs one by one."""
    found = extracted("Peru's gas exports set records in November and December, at 1.9 Bcf/d "
                      "and then 2.1 Bcf/d, respectively.", MAY_2023)
    assert period(found["1.9 Bcf/d"]) == ("2022-11-01", "2022-11-30")
    assert period(found["2.1 Bcf/d"]) == ("2022-12-01", "2022-12-31")
    found = extracted("In November, Peru and Chile supplied 1.9 Bcf/d and 2.1 Bcf/d, "
                      "respectively.", MAY_2023)
    assert period(found["2.1 Bcf/d"]) == ("2022-11-01", "2022-11-30")
    assert parties(found["2.1 Bcf/d"])[0] == "CHL"


def test_output_has_no_buyer_the_sentence_does_not_name() -> None:
    """After `Chinese mills bought less ore`, `cut its production forecast to 6.5 million
    tonnes` is the producer's output with no buyer; `Local output` after a flow is the buyer's
    own."""
    found = extracted("Gabon's manganese exports to China fell after Chinese mills bought less "
                      "ore. The miner cut its Gabon production forecast to 6.5 million tonnes.",
                      MAY_2023)
    assert parties(found["6.5 million tonnes"]) == ("GAB", None, False)
    found = extracted("Israel's gas exports to Egypt rose to 1.1 billion cubic feet a day in "
                      "April. Local output is running at about 4.6 billion cubic feet a day.",
                      MAY_2023)
    assert parties(found["4.6 billion cubic feet a day"]) == ("EGY", None, False)


def test_cars_and_evs_are_vehicles_but_cargo_and_coalitions_are_no_goods() -> None:
    """`Chinese car deliveries`, `EV exports`, `Electric vehicle exports` are vehicles; an alias
    matches as a word with its plural, so `cargo` is no car, `every` no EV and `coalition` no
    coal, while a compound (`oil-linked`) is still no goods."""
    from tradetrace.extract.commodity import find_commodities

    found = extracted("Chinese car deliveries to Russia grew 35.4% in the first half to $6.2bn.",
                      MAY_2023)
    assert found["$6.2bn"].commodity == "vehicles"
    found = extracted("Electric vehicle exports from China to the UK dropped 32.6% in the first "
                      "quarter.", MAY_2023)
    assert found["32.6%"].commodity == "vehicles"
    keys = {m.surface: m.key for m in find_commodities(
        "The coalition said every cargo of EVs and coal went out at oil-linked prices.")}
    assert keys == {"EVs": "vehicles", "coal": "coal"}


def test_a_dateline_with_a_year_and_a_slashed_agency() -> None:
    """`Ulaanbaatar, September 26, 2025 /MONTSAME/.` is a dateline: a flow abroad with no
    country named is the home country's."""
    from tradetrace.extract.parties import dateline_country

    text = ("Ulaanbaatar, May 10, 2023 /MONTSAME/. A state miner shipped 1.5 million tons of "
            "coal abroad in April.")
    assert dateline_country(text) == "MNG"
    found = extracted(text, MAY_2023)
    assert parties(found["1.5 million tons"]) == ("MNG", None, False)


def test_a_buyer_takes_the_one_seller_the_paragraph_named() -> None:
    """`Shipments to Europe dropped 57%, while Russia's overall exports stayed at 233 million
    tons. China's purchases climbed 73%`: the paragraph's only seller sells to the buyer, though
    its other flows leave the seller unknown; with two sellers named, none is chosen."""
    found = extracted("Shipments to Europe dropped 57%, while Russia's overall coal exports "
                      "stayed at about 233 million tons. China's purchases climbed 73% to 104 "
                      "million tons.", MAY_2023)
    assert parties(found["104 million tons"]) == ("RUS", "CHN", False)
    found = extracted("Russia's coal exports stayed at about 233 million tons, while "
                      "Australia's coal exports rose to 350 million tons. China's purchases "
                      "climbed 73% to 104 million tons.", MAY_2023)
    assert parties(found["350 million tons"]) == ("AUS", None, False)
    assert parties(found["104 million tons"]) == (None, "CHN", False)


def test_a_gapped_country_after_and_takes_the_subjects_place() -> None:
    """`Turkey raised its intake by 120%, to 30 million tons, and India by 159%, to 29 million
    tons`: India stands in for Turkey, verb and noun left out, for the change and the level."""
    found = extracted("Russian coal exports fell last year. Turkey raised its intake by 120%, to "
                      "30 million tons, and India by 159%, to 29 million tons.", MAY_2023)
    assert parties(found["30 million tons"]) == ("RUS", "TUR", False)
    assert parties(found["159%"]) == ("RUS", "IND", False)
    assert parties(found["29 million tons"]) == ("RUS", "IND", False)


def test_years_counted_from_july_to_june() -> None:
    """`its outlook, which counts years from July to June`: `2028-29` is July 2028 - June 2029;
    with no months stated a year pair stays calendar years."""
    found = extracted("Peru's coal exports should reach 17.5 million tonnes in 2028-29, the "
                      "ministry said in its outlook, which counts years from July to June.",
                      MAY_2023)
    assert period(found["17.5 million tonnes"]) == ("2028-07-01", "2029-06-30")
    found = extracted("Peru's coal exports should reach 17.5 million tonnes in 2028-29, the "
                      "ministry said in its outlook.", MAY_2023)
    assert period(found["17.5 million tonnes"]) != ("2028-07-01", "2029-06-30")


def test_a_level_owned_by_an_earlier_month_is_the_base_of_the_change() -> None:
    """`That was 91.8% below July's 270 tonnes, a volume already 79% lower than in June`: the
    change is August's, the base July's, the appositive's change July's, and August stays in
    force for the next sentence."""
    found = extracted("Peru's copper shipments to Korea dwindled to just 23 tonnes in April. That "
                      "was 91.8% below March's 270 tonnes, a volume already 79% lower than in "
                      "February. Oxide arrivals sank 93.5% to 70 tonnes.", MAY_2023)
    assert period(found["91.8%"]) == ("2023-04-01", "2023-04-30")
    assert period(found["270 tonnes"]) == ("2023-03-01", "2023-03-31")
    assert period(found["79%"]) == ("2023-03-01", "2023-03-31")
    assert period(found["70 tonnes"]) == ("2023-04-01", "2023-04-30")


def test_a_year_before_a_report_or_flow_noun_is_no_count() -> None:
    """`leaving 2024 purchases at 132,931 tons`, `2019 figures`: the year of what the noun names
    (`year_nouns`); `2024 vessels` is still a count."""
    from tradetrace.extract.quantities import extract_quantities

    surfaces = [q.surface for q in extract_quantities(
        "Arrivals fell 41% in December, leaving 2024 purchases at 132,931 tons, 2019 figures "
        "show. The fleet sent 2024 vessels.")]
    assert surfaces == ["41%", "132,931 tons", "2024 vessels"]


def test_inbound_goods_after_a_countrys_exports_are_its_imports() -> None:
    """`China sold ... abroad. Inbound rare earths fell 41.1%`: `Inbound` opens the other
    direction of the same country's trade, and goods with no key after it leave the commodity
    unknown; `the most in records going back to 2014` dates nothing."""
    found = extracted("China sold 55,431 tons of rare earths abroad in 2022, 6% more than a year "
                      "before and the most in Reuters records going back to 2014. Inbound rare "
                      "earths fell 41.1% in December to 9,645 tons.", MAY_2023)
    assert period(found["6%"]) == ("2022-01-01", "2022-12-31")
    claim = found["9,645 tons"]
    assert parties(claim) == (None, "CHN", False)
    assert claim.commodity is None
    found = extracted("China exported 55,431 tons of coal in 2022. Inbound coal fell 41.1% in "
                      "December to 9,645 tons.", MAY_2023)
    assert parties(found["9,645 tons"]) == (None, "CHN", False)
    assert found["9,645 tons"].commodity == "coal"


def test_gigawatts_of_modules_are_a_flow_of_goods_with_no_key() -> None:
    """`China shipped 114 GW of solar modules abroad`: gigawatts count a flow of goods, which
    have no key; `importing 9.5 GW` after `modules` in its sentence, and the article's next GW
    figures, are the same goods, not power; `1,500 megawatts of power` stays electricity and
    `installations were put at 20 GW` is no trade."""
    found = extracted("China shipped 114 GW of solar modules abroad in the first quarter. Brazil "
                      "was the largest buyer of Chinese modules, importing 9.5 GW. Shipments to "
                      "Europe climbed 47% to 66 GW. American installations were put at some "
                      "20 GW.", MAY_2023)
    assert found["114 GW"].commodity is None
    assert parties(found["114 GW"]) == ("CHN", None, False)
    assert found["9.5 GW"].commodity is None
    assert found["66 GW"].commodity is None
    assert "20 GW" not in found
    found = extracted("Iran supplies Iraq with roughly 1,500 megawatts of power along with 30 "
                      "million cubic meters of natural gas a day.", MAY_2023)
    assert found["1,500 megawatts"].commodity == "electricity"


def test_a_yearly_amount_held_by_sanctions_is_a_cap() -> None:
    """`North Korea may import no more than 500,000 barrels of refined products a year under UN
    sanctions`, `sanctions hold the North's intake ... to 500,000 barrels a year`: the limit (on
    the intake's owner), not a forecast level; a yearly amount with no sanctions is a level."""
    found = extracted("North Korea may import no more than 500,000 barrels of refined products "
                      "a year under UN sanctions.", MAY_2023)
    claim = found["500,000 barrels"]
    assert (claim.kind, claim.modality, claim.approximate) == ("cap", "reported", False)
    assert parties(claim) == (None, "PRK", False)
    found = extracted("Four North Korean tankers carried Russian fuel to Nampo, Japan's Yomiuri "
                      "Shimbun reported. Security Council sanctions hold the North's intake of "
                      "refined products from all suppliers to 500,000 barrels a year.", MAY_2023)
    claim = found["500,000 barrels a year"]
    assert (claim.kind, claim.unit) == ("cap", "bbl")
    assert parties(claim) == (None, "PRK", False)
    found = extracted("Peru may import no more than 500,000 barrels of diesel a year, the "
                      "ministry said.", MAY_2023)
    assert found["500,000 barrels"].kind != "cap"


def test_the_subject_that_held_a_side_goes_before_the_reporting_customs() -> None:
    """`North Korea spent $5.7 million on Chinese rice, ..., citing China's customs. Flour
    purchases shrank to $4.1 million`: purchases of the subject that bought before, not China's
    (whose customs report them); `Banana exports` after it are still the reporter's."""
    found = extracted("North Korea spent $5,713,000 on Chinese rice in January-April, Voice of "
                      "America reported, citing China's General Administration of Customs. Flour "
                      "purchases shrank to $4,145,000.", MAY_2023)
    assert parties(found["$4,145,000"]) == ("CHN", "PRK", False)
    found = extracted("North Korea spent $5,713,000 on Chinese rice in January-April, Voice of "
                      "America reported, citing China's General Administration of Customs. "
                      "Banana exports climbed to $1,156,000.", MAY_2023)
    assert parties(found["$1,156,000"]) == ("CHN", "PRK", False)


def test_months_in_force_never_move_past_their_latest_occurrence() -> None:
    """`imports in September-December` while January-April 2023 is in force, in a May 2023
    report, are 2022's (the year in force would put them after publication); `in March and
    February, respectively` are two months of one year, not a range that wraps."""
    found = extracted("North Korea brought in 5,225 tons of Chinese rice between January and "
                      "April. Imports in September-December came to $10,980,000.", MAY_2023)
    assert period(found["$10,980,000"]) == ("2022-09-01", "2022-12-31")
    found = extracted("Iran's crude exports averaged 1.83 million bpd in April. They averaged "
                      "1.61 million bpd and 1.5 million bpd in March and February, respectively.",
                      MAY_2023)
    assert period(found["1.61 million bpd"]) == ("2023-03-01", "2023-03-31")
    assert period(found["1.5 million bpd"]) == ("2023-02-01", "2023-02-28")


def test_unkeyed_goods_go_on_past_a_figure_in_another_unit() -> None:
    """`Japan took in 71.99 million tonnes of LNG. Its LNG import bill swelled to $65.8 billion.
    Russian cargoes grew to 6.86 million tonnes`: the cargoes are the LNG counted in tonnes two
    sentences before, not all goods."""
    found = extracted("Japan took in about 71.99 million tonnes of LNG last year. The country's "
                      "LNG import bill swelled 97.5 percent to roughly $65.8 billion. Russian "
                      "cargoes grew 4.6 percent to 6.86 million tonnes.", MAY_2023)
    assert found["6.86 million tonnes"].commodity is None
    found = extracted("Japan took in about 71.99 million tonnes of coal last year. The country's "
                      "coal import bill swelled 97.5 percent to roughly $65.8 billion. Russian "
                      "cargoes grew 4.6 percent to 6.86 million tonnes.", MAY_2023)
    assert found["6.86 million tonnes"].commodity == "coal"


def test_taking_delivery_is_an_import() -> None:
    """`China took delivery of 19.78mn tonnes of LNG`: the taker receives the goods."""
    found = extracted("China took delivery of 19.78mn tonnes of LNG in January-March, a 20.8% "
                      "increase on the same quarter of 2022.", MAY_2023)
    assert parties(found["19.78mn tonnes"]) == (None, "CHN", False)


def test_the_months_a_year_runs_by_are_no_period() -> None:
    """`Imports in April-June, the opening quarter of a financial year that runs from April to
    March, came to 7.92bn m3`: April-June, not the year `from April to March` spells; with its
    years written (`from July 2024 to June 2025`) the range is still a period."""
    found = extracted("Imports in April-June, the opening quarter of a financial year that runs "
                      "from April to March, came to 7.92bn m3, India's oil ministry said.",
                      date(2019, 7, 23))
    assert period(found["7.92bn m3"]) == ("2019-04-01", "2019-06-30")
    found = extracted("Ukraine expects to export about 55 million tons of grain in the marketing "
                      "year that runs from July 2024 to June 2025.", date(2024, 5, 2))
    assert period(found["55 million tons"]) == ("2024-07-01", "2025-06-30")


def test_a_producers_epithet_is_no_production() -> None:
    """`deliveries from Russia, Japan's nearest LNG-producing neighbour, declined 7%`: `-producing`
    in an epithet makes no production frame; the deliveries go to the paragraph's buyer."""
    found = extracted("Japan imported 6.3 million tons of LNG from the United States last year. "
                      "Deliveries from Russia, Japan's nearest LNG-producing neighbour, declined "
                      "7% to 5.7 million tons.", MAY_2023)
    assert parties(found["5.7 million tons"]) == ("RUS", "JPN", False)


def test_customs_data_compiled_by_another_is_still_the_customs_record() -> None:
    """`Chinese customs data compiled by InfoLink put September module exports at 12.7 GW`:
    China's customs record its own exports; `$0.116/W` is a price per watt."""
    from tradetrace.extract.quantities import extract_quantities

    found = extracted("Chinese customs data compiled by InfoLink put September module exports at "
                      "12.7 GW.", MAY_2023)
    assert parties(found["12.7 GW"]) == ("CHN", None, False)
    units = [(q.surface, q.unit) for q in extract_quantities(
        "Module prices fell to USD 0.116/W in July.")]
    assert units == [("USD 0.116/W", "USD/watt")]


def test_a_demonym_before_hyphenated_goods_owns_the_flow() -> None:
    """`Chinese lithium-ion battery exports were worth $17.5 billion`: the article is about
    China's exports, though `The US Inflation Reduction Act weighed on sales` has a US subject."""
    from tradetrace.extract.parties import main_country

    assert main_country("Chinese lithium-ion battery exports were worth $17.5 billion in "
                        "January-April. The US Inflation Reduction Act weighed on sales.") == "CHN"


def test_scrap_is_ferrous_unless_another_metal_is_named() -> None:
    """`Turkey imported 5.31 million mt of scrap`: ferrous scrap, iron and steel; `copper waste
    and scrap` is not."""
    found = extracted("Turkey imported 5.31 million mt of scrap in January-March, 7.8 percent "
                      "more than a year before.", MAY_2023)
    assert found["5.31 million mt"].commodity == "iron_steel"
    found = extracted("China's copper imports from Russia rose to $333.9 million in March. Copper "
                      "waste and scrap accounted for $75 million of the total.", MAY_2023)
    assert found["$75 million"].commodity is None


def test_a_ranking_of_origins_followed_by_a_parallel_respectively_list() -> None:
    """`The United States kept its place as the leading origin with 4.53 million mt. The
    Netherlands and the UK followed with 2.77 million mt and 2.22 million mt, increases of 27.8
    percent and 72.7 percent, respectively`: an origin supplies the paragraph's buyer; the
    countries that followed take its place one by one, and the run of changes after the run of
    levels is read item by item too."""
    found = extracted("Turkish steelmakers brought in 20.04 million mt of ferrous scrap last year. "
                      "The United States kept its place as the leading origin with 4.53 million "
                      "mt. The Netherlands and the UK followed with 2.77 million mt and 2.22 "
                      "million mt, increases of 27.8 percent and 72.7 percent, respectively.",
                      MAY_2023)
    assert parties(found["4.53 million mt"]) == ("USA", "TUR", False)
    assert parties(found["2.77 million mt"]) == ("NLD", "TUR", False)
    assert parties(found["2.22 million mt"]) == ("GBR", "TUR", False)
    assert parties(found["27.8 percent"]) == ("NLD", "TUR", False)
    assert parties(found["72.7 percent"]) == ("GBR", "TUR", False)


def test_a_bare_flow_in_a_sentence_of_unkeyed_goods_is_of_those_goods() -> None:
    """`India remained the biggest importer of arms, with its purchases up 4.7 per cent`: the
    sentence's only goods have no key, so the change is theirs, not all trade; not so where the
    goods are a part of the flow (`Exports to Vietnam, mostly cashew nuts, soared 53 percent`) or
    a total is named."""
    found = extracted("India remained the biggest importer of arms worldwide in 2019-23, with its "
                      "purchases up 4.7 per cent on 2014-18.", MAY_2023)
    assert found["4.7 per cent"].commodity is None
    found = extracted("Exports to Vietnam, mostly cashew nuts and rubber, soared 53 percent to "
                      "$1.39 billion.", MAY_2023)
    assert found["53 percent"].commodity == "trade"
    found = extracted("Peru's total exports, led by gold and copper, rose 9 percent to $60 "
                      "billion.", MAY_2023)
    assert found["9 percent"].commodity == "trade"


def test_the_reviews_limits_on_the_sessions_rules() -> None:
    """A reviewer's probes of the session's rules, each fixed: hyphenated aliases (`iron-ore`,
    `crude-oil`, `wheat-flour`); `logs` as a verb; `Gold prices` and `Coffee shops` name no
    goods of a flow; `took delivery of` keeps its goods and counts no carriers; `scrap aluminium`
    is no steel; `Local output in Egypt` is Egypt's; `peak demand of 30 GW` is no trade."""
    found = extracted("Australia's iron-ore exports to China rose 5% to 75 million tonnes in May.",
                      MAY_2023)
    assert found["75 million tonnes"].commodity == "iron_ore"
    found = extracted("India's crude-oil imports from Iraq fell 8% to 1 million barrels per day.",
                      MAY_2023)
    assert found["8%"].commodity == "crude_oil"
    found = extracted("Egypt's wheat-flour imports rose 5% to 75,000 tonnes in April.", MAY_2023)
    assert found["75,000 tonnes"].commodity == "flour"
    found = extracted("China logs exports of 8 million tonnes of steel in April.", MAY_2023)
    assert found["8 million tonnes"].commodity == "iron_steel"
    found = extracted("Gold prices rose as Switzerland's exports to India climbed 30% to $2 "
                      "billion.", MAY_2023)
    assert found["30%"].commodity == "trade"
    found = extracted("India took delivery of 2 million barrels of Russian crude in April. Qatar "
                      "took delivery of the first of 18 LNG carriers.", MAY_2023)
    assert found["2 million barrels"].commodity == "crude_oil"
    assert "18 LNG carriers" not in found
    found = extracted("Mexico imported 300,000 tonnes of scrap aluminium from the United States "
                      "last year.", MAY_2023)
    assert found["300,000 tonnes"].commodity is None
    found = extracted("Russia's wheat exports to Egypt rose to 9 million tonnes. Local output in "
                      "Egypt rose 3% to 9.5 million tonnes.", MAY_2023)
    assert parties(found["9.5 million tonnes"]) == ("EGY", None, False)
    found = extracted("Pakistan imported 13 GW of Chinese solar panels last year, enough to meet "
                      "a third of its peak demand of 30 GW.", MAY_2023)
    assert "30 GW" not in found


def test_three_months_before_their_respective_figures() -> None:
    """`In October, November and December 2022, shipments came to A, B and C, respectively`:
    one month each; `January and February of this year brought in D and E, respectively` too."""
    found = extracted("Exports to Israel reached $436.9 million in April. In October, November "
                      "and December 2022, shipments came to $347.9 million, $319.2 million and "
                      "$429.1 million, respectively. January and February of this year brought in "
                      "$349.5 million and $422.1 million, respectively.", MAY_2023)
    assert period(found["$347.9 million"]) == ("2022-10-01", "2022-10-31")
    assert period(found["$319.2 million"]) == ("2022-11-01", "2022-11-30")
    assert period(found["$429.1 million"]) == ("2022-12-01", "2022-12-31")
    assert period(found["$349.5 million"]) == ("2023-01-01", "2023-01-31")
    assert period(found["$422.1 million"]) == ("2023-02-01", "2023-02-28")


def test_goods_with_no_key_before_worth_name_the_figure() -> None:
    """`Cement, lime and related minerals worth $6.6 million also left for Israel` after motor
    vehicles: goods with no key, not the vehicles before."""
    found = extracted("Turkey exported $298 million worth of goods to Israel in April. Motor "
                      "vehicles accounted for $66 million of the shipments. Cement, lime and "
                      "related minerals worth $6.6 million also left for Israel.", MAY_2023)
    assert found["$6.6 million"].commodity is None
    assert found["$66 million"].commodity == "vehicles"


def test_a_span_of_years_a_change_is_measured_against_is_its_base() -> None:
    """`increased by 47% between 2014-2018 and 2019-2023`, `up 4.7 per cent on 2014-18`,
    `slipped by 9.3% from 2015-19`: the later span is the change's period, the earlier its base;
    `slumped 56.1 percent over January-June 2018` is still the period."""
    found = extracted("French arms exports increased by 47% between 2014-2018 and 2019-2023, the "
                      "institute said.", MAY_2023)
    assert period(found["47%"]) == ("2019-01-01", "2023-12-31")
    found = extracted("India remained the biggest importer of arms worldwide in 2019-23, with its "
                      "purchases up 4.7 per cent on 2014-18.", MAY_2023)
    assert period(found["4.7 per cent"]) == ("2019-01-01", "2023-12-31")
    found = extracted("India ranked second among arms importers in 2018-22, though its imports "
                      "slipped by 9.3% from 2013-17.", MAY_2023)
    assert period(found["9.3%"]) == ("2018-01-01", "2022-12-31")
    found = extracted("China's trade with North Korea slumped 56.1 percent over January-June 2022 "
                      "from a year before to $1.1 billion.", MAY_2023)
    assert period(found["56.1 percent"]) == ("2022-01-01", "2022-06-30")


def test_a_capital_opening_a_research_bodys_name_is_no_party() -> None:
    """`the Stockholm International Peace Research Institute said`: Stockholm names the
    institute, not Sweden's government."""
    from tradetrace.extract.parties import find_countries

    text = ("US arms exports grew 17%, the Stockholm International Peace Research Institute said. "
            "Stockholm has cut its own imports.")
    assert [m.code for m in find_countries(text) if m.code] == ["USA", "SWE"]


def test_agricultural_and_farm_exports_are_food() -> None:
    """`Russian agricultural exports to Africa topped $7 billion`, `American agri-food exports`,
    `farm exports` are food."""
    found = extracted("Russian agricultural exports to Africa topped $7 billion in 2022, up 19% "
                      "from the year before.", MAY_2023)
    assert found["$7 billion"].commodity == "food"
    found = extracted("American agri-food exports to Cuba climbed 4.2 percent last year to "
                      "$301.7 million.", MAY_2023)
    assert found["$301.7 million"].commodity == "food"
    found = extracted("Commerce Ministry figures show farm exports as a whole brought in 2.93 "
                      "billion dollars in 2022.", MAY_2023)
    assert found["2.93 billion dollars"].commodity == "food"


def test_a_pair_standing_for_a_list_keeps_each_figure_its_own_country() -> None:
    """`In August the two delivered 142 tons and 32 tons, respectively` after `Russia and China`:
    `the two` is one span for both places, so a figure's twin in a parallel
    run is found by its place as well, and 32 tons stays China's."""
    found = extracted("Russia and China both ship refined fuel to North Korea. Russia delivered "
                      "129,706 barrels between January and August. In August the two delivered "
                      "just 142 tons and 32 tons, respectively.", MAY_2023)
    assert parties(found["142 tons"])[0] == "RUS"
    assert parties(found["32 tons"])[0] == "CHN"
