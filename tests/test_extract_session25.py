"""Rules of the twenty-fifth session of 2026-12-03, each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted, parties, period
from tradetrace.extract.quantities import extract_quantities

NOV_2023 = date(2023, 11, 2)


def _units(text: str) -> dict[str, str]:
    return {q.surface: q.unit for q in extract_quantities(text)}


def test_dirhams_reported_by_moroccos_exchange_office_are_moroccan() -> None:
    """`64.98 billion dirhams, the Office des changes reported`: the office that publishes
    Morocco's trade figures (like OCP, its phosphate firm) says which dirham a bare `dirhams`
    is, as Morocco or Rabat would; the UAE's dirham stays the one with nothing named."""
    units = _units("Phosphate and derivatives exports reached 64.98 billion dirhams in "
                   "January-August, the Office des changes reported.")
    assert units["64.98 billion dirhams"] == "MAD"
    assert _units("OCP sold fertilizer worth 9 billion dirhams abroad.")[
        "9 billion dirhams"] == "MAD"
    assert _units("Re-exports came to 9 billion dirhams.")["9 billion dirhams"] == "AED"


def test_an_old_level_after_a_period_at_end_month_keeps_the_new_levels_unit() -> None:
    """`climbed 40.7% to 246.08 billion dirhams at end-July, from 174.95 billion a year
    earlier`: the bare old level after `at end-July` is in the new level's unit, as it is after
    `in February`; and `compared with only 3,897` after `8,823 dirhams a tonne` is a price in
    dirhams a tonne too."""
    units = _units("Morocco's exports climbed 40.7% to 246.08 billion dirhams at end-July, "
                   "from 174.95 billion a year earlier.")
    assert units["174.95 billion"] == "MAD"
    units = _units("The average price of Moroccan fertilizer more than doubled to 8,823 dirhams "
                   "a tonne, compared with only 3,897 at end-July 2021.")
    assert units["3,897"] == "MAD/t"


def test_at_end_month_dates_a_running_total_from_january() -> None:
    """`exports stood at 53.51 billion dirhams at end-September`: statistics offices date a
    running total by the month it has reached, so the period is January to September, as with
    `by the end of September`."""
    found = extracted("Morocco's phosphate exports stood at 53.51 billion dirhams at "
                      "end-September, the Office des changes says.", NOV_2023)
    assert period(found["53.51 billion dirhams"]) == ("2023-01-01", "2023-09-30")
    found = extracted("Morocco's exports reached 68.77 billion dirhams at end July 2022.",
                      NOV_2023)
    assert period(found["68.77 billion dirhams"]) == ("2022-01-01", "2022-07-31")


def test_crowns_are_the_currency_of_the_crown_country_named_nearby() -> None:
    """`24.8 billion crowns` in a story on the Czech Republic are koruna (CZK), in one on
    Norway kroner (NOK): English news calls all five crowns so, and the country named nearest
    says which, as for pesos; with none named they stay a counted noun."""
    units = _units("The Czech Republic paid its suppliers 24.8 billion crowns for crude.")
    assert units["24.8 billion crowns"] == "CZK"
    units = _units("Norway's salmon exports rose to 9.8 billion crowns in May.")
    assert units["9.8 billion crowns"] == "NOK"
    units = _units("Sweden's exports of timber reached 3.1 billion crowns.")
    assert units["3.1 billion crowns"] == "SEK"
    assert _units("The jeweller sold 40 crowns last year.")["40 crowns"] == "crown"


def test_tropical_fruit_dairy_ingredients_and_cassava_are_food() -> None:
    """`Thailand exported 248,612 tons of mangosteen`, `infant formula plunged 62%`: durian,
    mangosteen, longan, lychee, cassava and tapioca, whey, lactose and infant formula are food,
    as every gold set reads them (the taxonomy had no alias for them, so the figures fell to
    goods unknown or all trade)."""
    found = extracted("Thailand exported 248,612 tons of mangosteen to China in 2023.", NOV_2023)
    assert found["248,612 tons"].commodity == "food"
    found = extracted("China's durian imports totalled 600,000 tonnes last year.", NOV_2023)
    assert found["600,000 tonnes"].commodity == "food"
    found = extracted("Cambodia shipped 2.3 million tonnes of cassava abroad in January-June.",
                      NOV_2023)
    assert found["2.3 million tonnes"].commodity == "food"
    found = extracted("New Zealand's sales of infant formula abroad brought in NZ$68 million "
                      "in July.", NOV_2023)
    assert found["NZ$68 million"].commodity == "food"


def test_export_in_a_trade_bodys_name_is_no_flow() -> None:
    """`Chinese dairy imports suffered their sharpest fall in March, the U.S. Dairy Export
    Council reports`: the `Export` of the council's name is no export flow, so the sentence
    states China's imports and the figures after it are China's."""
    found = extracted("Chinese dairy imports suffered their sharpest fall in some time in March, "
                      "the U.S. Dairy Export Council reports. Volume of the main product "
                      "categories dropped 17% to 147,810 MT, and infant formula plunged 62%.",
                      NOV_2023)
    assert found["147,810 MT"].importer == "CHN"
    assert found["62%"].importer == "CHN"


def test_a_tonnage_right_after_unkeyed_goods_is_of_those_goods() -> None:
    """`China's overseas sales of rare-earth magnets eased, slipping 5.2% to 5,473 metric
    tons`: the tonnage right after a figure of goods the taxonomy has no key for is of those
    goods (unknown), not of all goods together; a sentence weighing cargo or goods crossing a
    border still counts all goods."""
    found = extracted("China's overseas sales of rare-earth magnets eased for a second month "
                      "in October, slipping 5.2% from September to 5,473 metric tons.", NOV_2023)
    assert found["5.2%"].commodity is None
    assert found["5,473 metric tons"].commodity is None
    found = extracted("Iran's exports to Afghanistan fell to some 4.187 million tons, worth "
                      "$1.839 billion, in the year that ended on March 20.", NOV_2023)
    assert found["4.187 million tons"].commodity == "trade"


def test_a_bare_dollar_that_restates_a_local_dollar_is_the_us_dollar() -> None:
    """`HKD 6.37 bln, or roughly $816.7 mln. The August figure, $892.3 mln, ...`: where the text
    restates its local dollars with a bare `$`, that `$` is the US dollar throughout, so a later
    bare `$` is too; with no such restatement it still follows the local dollar named before."""
    units = _units("In September, Hong Kong's gold imports reached HKD 6.37 bln, or roughly "
                   "$816.7 mln. The August figure, $892.3 mln, remains the highest.")
    assert units["$892.3 mln"] == "USD"
    units = _units("Exports rose to HK$150.5 billion. Re-exports climbed to $139.1 billion.")
    assert units["$139.1 billion"] == "HKD"


def test_rows_after_supplied_a_receiver_with_goods_are_suppliers() -> None:
    """`Switzerland supplied China with gold worth $26.5 billion, Canada $9.7 billion`: the
    receiver stands before `with`, so each row after it names another supplier to China, not
    another receiver of Swiss goods."""
    found = extracted("Over January-October 2022 Switzerland supplied China with coal worth "
                      "$26.5 billion, Canada $9.7 billion and South Africa $7.7 billion.",
                      NOV_2023)
    assert parties(found["$9.7 billion"]) == ("CAN", "CHN", False)
    assert parties(found["$7.7 billion"]) == ("ZAF", "CHN", False)


def test_scaled_pounds_of_goods_are_a_weight() -> None:
    """`Russia shipped nearly 108 million pounds of seafood to the United States`: a scaled
    amount of pounds is money (`10 million pounds for him`), except pounds of goods, which are a
    weight, whatever words follow the goods."""
    units = _units("Russia shipped nearly 108 million pounds of seafood to the United States. "
                   "The club paid 10 million pounds for him. Buyers took 3 million pounds of "
                   "Russian crab.")
    assert units["108 million pounds"] == "pound"
    assert units["3 million pounds"] == "pound"
    assert units["10 million pounds"] == "GBP"


def test_a_company_suffix_before_a_capitalised_word_ends_the_sentence() -> None:
    """`according to data released by Union Forsea Corp. Russia led the suppliers ...`: the
    full stop of `Corp.`, `Inc.` or `Ltd.` closes the sentence when a capitalised word follows
    (not `Co. Ltd.` or `Corp. President Kim`), so `its shipments` in the next sentence is
    Russia's, not South Korea's."""
    from tradetrace.extract.sentences import split_sentences

    text = ("South Korea imported 972,821 tons of seafood in 2023, according to data released "
            "by Union Forsea Corp. Russia led the suppliers with 29.6% of the volume, even "
            "though its shipments shrank 45.5% to 288,051 tons.")
    assert len(split_sentences(text)) == 2
    assert len(split_sentences("Hyundai Corp. President Kim said exports rose. Sales fell.")) == 2
    assert len(split_sentences("Data from China Railway Co. Ltd. show freight rose.")) == 1
    found = extracted(text, NOV_2023)
    assert parties(found["288,051 tons"]) == ("RUS", "KOR", False)


def test_purchases_of_foreign_goods_are_the_countrys_imports() -> None:
    """`Russia sold about 1.4 mln metric tons of fish abroad ... Purchases of foreign fish rose
    by 26% to some 390,000 metric tons`: a sentence opening on purchases of foreign goods (or
    on sales abroad) is the other way of the same country's trade with everyone, as a sentence
    opening on `Imports` is."""
    found = extracted("Russia sold about 1.4 mln metric tons of fish and seafood abroad in "
                      "January-August, 4% more than a year earlier. Purchases of foreign fish "
                      "rose by 26% to some 390,000 metric tons.", NOV_2023)
    assert parties(found["1.4 mln metric tons"]) == ("RUS", None, False)
    assert parties(found["390,000 metric tons"]) == (None, "RUS", False)


def test_the_same_half_of_a_year_is_a_period_not_a_proportion() -> None:
    """`up 7.3%, or 42,050 tonnes, on the same half of 2022`: `half` after `same` (or
    `previous`, `next`) is a half-year, as after `first`, not fifty percent."""
    text = ("Deliveries reached 617,080 tonnes over January-June, up 7.3%, or 42,050 tonnes, on "
            "the same half of 2022. Sales in the previous half were lower.")
    assert "half" not in _units(text)
    assert _units("Russia took half of the total.")["half"] == "percent"


def test_wrapping_months_before_years_make_split_years_fiscal() -> None:
    """`A$6.35bn in 2024-25 ..., both July-June years`: months that run round the year before
    `years` state the text's fiscal months, as `the July-June financial year` does; `2024-25`
    is then July 2024 to June 2025."""
    found = extracted("Australia's lithium export earnings will reach A$6.35bn in 2024-25, both "
                      "July-June years.", date(2024, 10, 1))
    assert period(found["A$6.35bn"]) == ("2024-07-01", "2025-06-30")
    found = extracted("Australia's lithium export earnings will reach A$6.35bn in 2024-25.",
                      date(2024, 10, 1))
    assert period(found["A$6.35bn"]) == ("2024-01-01", "2025-12-31")


def test_a_percentage_before_share_is_a_share_even_after_down_from() -> None:
    """`Australia supplied 2.79 million tonnes, or 50.1%, down from a 64.3% share in 2024`: the
    noun `share` right after a percentage makes it a share (the old one), whatever change word
    comes before it; `a 5% share price rise` is no share."""
    found = extracted("Australia supplied 2.79 million tonnes of spodumene to China, or 50.1%, "
                      "down from a 64.3% share in 2024.", date(2025, 10, 22))
    assert found["64.3%"].kind == "share"
    assert found["64.3%"].direction is None


def test_a_supplier_named_with_its_deliveries_after_ranked_rows_is_another_row() -> None:
    """`Australian cargoes rose ... to 347,000 tonnes, while South Africa and Nigeria shipped
    ... Zimbabwe's deliveries slipped 7.8% to 109,000 tonnes`: after flows from several
    suppliers to one buyer, a sentence naming only another supplier with its deliveries is that
    supplier's row to the same buyer (not its deliveries to everyone)."""
    found = extracted("China imported 710,600 tonnes of spodumene in September. Australian "
                      "cargoes rose 66.8% on the month to 347,000 tonnes, while South Africa and "
                      "Nigeria shipped 109,000 tonnes and 120,000 tonnes, respectively. "
                      "Zimbabwe's deliveries slipped 7.8% to 108,000 tonnes.", date(2025, 10, 22))
    assert parties(found["108,000 tonnes"]) == ("ZWE", "CHN", False)
    found = extracted("China imported 710,600 tonnes of spodumene in September. Australian "
                      "cargoes rose 66.8% on the month to 347,000 tonnes. Zimbabwe's exports "
                      "slipped 7.8% to 108,000 tonnes.", date(2025, 10, 22))
    assert found["108,000 tonnes"].importer is None


def test_a_region_in_a_respectively_list_is_an_item_with_no_country() -> None:
    """`the United States, Europe and India took 239,000 bpd, 69,200 bpd and 68,000 bpd,
    respectively`: Europe is an item of the list too, so the figures pair off in order, and
    Europe's row has no country on the side the list's countries take."""
    found = extracted("PDVSA shipped an average of 934,465 barrels per day of oil last month. "
                      "China remained the top market with some 503,000 bpd, while the United "
                      "States, Europe and India took 239,000 bpd, 69,200 bpd and 68,000 bpd, "
                      "respectively.", date(2025, 3, 4))
    assert parties(found["239,000 bpd"]) == ("VEN", "USA", False)
    assert parties(found["69,200 bpd"]) == ("VEN", None, False)
    assert parties(found["68,000 bpd"]) == ("VEN", "IND", False)


def test_taking_a_blow_is_no_taking_of_goods() -> None:
    """`Venezuela's exports took a heavy blow in December, falling to about 231,613 barrels per
    day`: `took a blow`, `took a hit` or `took a toll` is an idiom, not a buyer taking goods, so
    the exports stay Venezuela's."""
    found = extracted("Venezuela's exports took a heavy blow in December, falling to about "
                      "231,613 barrels per day.", date(2021, 1, 1))
    assert parties(found["231,613 barrels per day"]) == ("VEN", None, False)


def test_mcm_is_million_cubic_metres_and_a_day_on_average_is_a_rate() -> None:
    """`1.56 bcm, or 50.3 mcm a day on average`: `mcm` (and `mmcm`) are million cubic metres,
    and `a day on average` after them a daily rate, as is `31.5 bcm a year to Turkey`; `14.6
    percent a year on average` stays a growth rate in percent."""
    units = _units("Flows totalled 1.56 bcm, or 50.3 mcm a day on average. The line can carry "
                   "31.5 bcm a year to Turkey. Trade expanded by 14.6 percent a year on "
                   "average.")
    assert units["50.3 mcm a day"] == "cubic_meter/day"
    assert units["31.5 bcm a year"] == "cubic_meter/year"
    assert units["14.6 percent"] == "percent"
    values = {q.surface: q.value for q in extract_quantities("Storage held 3 mmcm.")}
    assert values["3 mmcm"] == 3_000_000


def test_a_scaled_part_of_an_amount_takes_its_unit() -> None:
    """`Azerbaijan has supplied 7.4 billion cubic meters to its ally, 4.2 billion of it through
    TANAP`: a bare scaled number that is a part of the amount just named (`of it`, `of them`)
    is counted in that amount's unit."""
    units = _units("So far this year, Azerbaijan has supplied 7.4 billion cubic meters to its "
                   "ally, 4.2 billion of it through TANAP, he said.")
    assert units["4.2 billion"] == "cubic_meter"


def test_spirits_and_beer_are_goods_with_no_key() -> None:
    """`Cognac exports to China fell 23% to 480 million euros`, `Scotch whisky exports rose to
    £5.6 billion`: cognac, brandy, whisky, spirits, vodka, champagne and beer are goods the
    taxonomy has no key for, like wine, so their flows are of unknown goods, not all trade."""
    found = extracted("Scotch exports reach record £4.7bn as US tops £1bn\nExports of Scotch "
                      "whisky climbed almost 8% in 2018 to an all-time high of £4.7 billion. "
                      "Sales to the United States topped £1 billion.", NOV_2023)
    assert found["£4.7bn"].commodity is None
    assert found["£1 billion"].commodity is None
    found = extracted("France's exports to China fell 23% to 480 million euros in 2024.",
                      NOV_2023)
    assert found["480 million euros"].commodity == "trade"


def test_a_region_on_the_receiving_side_has_no_country_but_keeps_the_seller() -> None:
    """`The United States took 115 million bottles ... Europe absorbed 37.1 million bottles`:
    a region taking the goods (or after `to`) is no country, so the flow keeps its seller and
    has no buyer, rather than going on with the last country's."""
    found = extracted("France shipped 115 million bottles of cognac to the United States last "
                      "year. Europe absorbed 37.1 million bottles. Volumes to the Asia-Pacific "
                      "region rose to 70.6 million bottles.", NOV_2023)
    assert parties(found["115 million bottles"]) == ("FRA", "USA", False)
    assert parties(found["37.1 million bottles"]) == ("FRA", None, False)
    assert parties(found["70.6 million bottles"]) == ("FRA", None, False)


def test_total_arrivals_are_the_buyers_whole_and_a_part_of_which_keeps_it() -> None:
    """`September's total arrivals came to 78.34 million barrels, of which Arab producers
    provided 75.24 million barrels`: total arrivals (receipts, intake) after a supplier's
    flow are the buyer's purchases from everyone, and a part after `of which` naming no
    country is of that whole; `of which 26.5 million tonnes went to China` names its own."""
    found = extracted("Japan bought roughly 29 million barrels of crude from Saudi Arabia in "
                      "September. September's total arrivals came to 78.34 million barrels, of "
                      "which Arab producers provided 75.24 million barrels.", NOV_2023)
    assert parties(found["78.34 million barrels"]) == (None, "JPN", False)
    assert parties(found["75.24 million barrels"]) == (None, "JPN", False)
    found = extracted("From January through April, Brazilian soybean shipments added up to 35.76 "
                      "million tonnes, of which 26.5 million tonnes went to China.", NOV_2023)
    assert parties(found["26.5 million tonnes"]) == ("BRA", "CHN", False)


def test_quadruples_and_quintuples_are_multiples() -> None:
    """`Belarus quadruples gasoline sales to Russia`: the present tense of a fourfold (or
    fivefold) rise is a multiple, as `doubles` and `triples` are."""
    units = _units("Belarus quadruples gasoline sales to Russia. Imports quintuples.")
    assert units["quadruples"] == "x"
    assert units["quintuples"] == "x"


def test_a_month_naming_an_event_dates_no_figure() -> None:
    """`Flows were uneven after the late-October summit ...: shipments to the United States
    dropped about 11%`: a month used as an adjective of an event (`the late-October summit`,
    `the October 9 controls`) dates the event, so the figure keeps the period in force."""
    found = extracted("China's magnet exports reached 6,150 metric tons last month. Flows were "
                      "uneven after the late-October summit between the two leaders: shipments "
                      "to the United States dropped about 11% to 582 tons.", date(2025, 12, 20))
    assert period(found["582 tons"]) == ("2025-11-01", "2025-11-30")


def test_goods_with_no_key_may_be_hyphenated() -> None:
    """`Rare-earth magnet exports from China reached 6,150 metric tons`: a name of goods with
    no key written with a hyphen (`rare-earth`) is still those goods, so the tonnage is of
    unknown goods, not of all trade."""
    found = extracted("Rare-earth magnet exports from China reached 6,150 metric tons last "
                      "month.", date(2025, 12, 20))
    assert found["6,150 metric tons"].commodity is None


def test_months_of_a_split_year_with_its_noun_after_it() -> None:
    """`in July-November of the 2020-21 fiscal year, which runs from July to June`: the months
    of a split year named with `the` and its noun after the years lie in that fiscal year (July
    to November 2020), as in `July-January of fiscal 2022-23`."""
    found = extracted("China remained the biggest source of Pakistan's imports in July-November "
                      "of the 2020-21 fiscal year, which runs from July to June, supplying goods "
                      "worth $4523.671 million.", date(2021, 1, 4))
    assert period(found["$4523.671 million"]) == ("2020-07-01", "2020-11-30")


def test_the_reviews_limits_on_the_sessions_rules() -> None:
    """A review probed the session's rules on invented passages; these are the limits it set.
    `at end-July` adds nothing where the sentence names the start; bare crowns without a scale
    word are crowns; `or $1.1 billion more than` is a difference, no restatement; `India with
    $45 billion` after `supplied China with` is another receiver; pounds of cars or goods are
    sterling; a company suffix before a product or title keeps the sentence; a `share sale` is
    no share; `in all` is a total; `of which state buyers bought` keeps the whole's buyer."""
    found = extracted("India's exports for the April-July period reached $144 billion at "
                      "end-July.", date(2024, 8, 20))
    assert period(found["$144 billion"]) == ("2024-04-01", "2024-07-31")
    units = _units("Norway's dentists fitted 200,000 crowns last year, while Norway's fish "
                   "exports reached 150 billion crowns.")
    assert units["200,000 crowns"] == "crown"
    assert units["150 billion crowns"] == "NOK"
    found = extracted("Iceland's fish exports reached 180 billion crowns last year.",
                      date(2024, 8, 20))
    assert found["180 billion crowns"].unit == "ISK"
    units = _units("Singapore's exports rose to S$15.2 billion, or $1.1 billion more than in "
                   "June. Re-exports were $7 billion.")
    assert units["$1.1 billion"] == "SGD"
    assert units["$7 billion"] == "SGD"
    found = extracted("Russia supplied China with oil worth $60 billion in 2023, India with $45 "
                      "billion and Turkey with $15 billion.", date(2024, 8, 20))
    assert parties(found["$45 billion"]) == ("RUS", "IND", False)
    units = _units("Britain exported 12 billion pounds of cars to the EU. The UK imported 3 "
                   "billion pounds of goods from China.")
    assert units["12 billion pounds"] == "GBP"
    assert units["3 billion pounds"] == "GBP"
    found = extracted("US exports of Nvidia Corp. H20 chips to China rose to $12 billion in "
                      "2023.", date(2024, 8, 20))
    assert parties(found["$12 billion"]) == ("USA", "CHN", False)
    found = extracted("Saudi Arabia's oil exports to China rose 8%, and Aramco's 1.5% share sale "
                      "raised $12 billion.", date(2024, 8, 20))
    assert found["1.5%"].kind != "share"
    found = extracted("Georgia exported wine worth $250 million; 1.2 million tonnes of exports "
                      "left its ports in all.", date(2024, 8, 20))
    assert found["1.2 million tonnes"].commodity == "trade"
    found = extracted("Brazil shipped 10 million tonnes of soybeans to China in July, of which "
                      "state buyers bought 3 million tonnes.", date(2024, 8, 20))
    assert parties(found["3 million tonnes"]) == ("BRA", "CHN", False)


def test_a_country_owning_its_figure_after_rows_to_one_buyer_is_another_row() -> None:
    """`Imports from Switzerland were cut by $1 billion to $8.45 billion. South Africa's figure
    fell to $2.38 billion`: a country owning its `figure` (or `deliveries`, `tally`) after a
    flow to one buyer is another supplier's row to that buyer."""
    found = extracted("India's gold imports from Switzerland were cut by $1 billion to $8.45 "
                      "billion in April-October. South Africa's figure fell to $2.38 billion.",
                      date(2025, 1, 9))
    assert parties(found["$8.45 billion"]) == ("CHE", "IND", False)
    assert parties(found["$2.38 billion"]) == ("ZAF", "IND", False)


def test_a_comparative_after_a_list_of_percentages_makes_each_a_change() -> None:
    """`received 41 million liters worth $111.1 million, 36.7% and 35.8% more, respectively`:
    `more` (or `less`, `higher`, `lower`) after the last percentage of a list makes each of
    them a rise, not only the last."""
    changes = {q.surface: q.change for q in extract_quantities(
        "Russia received 41 million liters worth $111.1 million over the six months, 36.7% "
        "and 35.8% more, respectively.")}
    assert changes["36.7%"] == "up"
    assert changes["35.8%"] == "up"


def test_prices_per_wet_or_dry_metric_tonne_in_capitals() -> None:
    """`fetched $46.90 per WMT`: WMT and DMT (wet and dry metric tonnes, as ore miners write
    them) are tonnes after `per`, as `wmt` and `dmt` are."""
    units = _units("Nickel ore fetched $46.90 per WMT and iron ore $30 per DMT.")
    assert units["$46.90 per WMT"] == "USD/t"
    assert units["$30 per DMT"] == "USD/t"


def test_the_old_level_of_a_change_has_the_changed_flows_goods() -> None:
    """`Shipments of nickel ores earned the Philippines US$606.15 million, up 46% from US$414.76
    million`: the old level after `from` is of the goods of the change before it (here goods
    with no key), not of all trade."""
    found = extracted("Shipments of nickel ores and concentrates earned the Philippines "
                      "US$606.15 million in January-June, up 46% from US$414.76 million in the "
                      "same period of 2024.", date(2025, 8, 20))
    assert found["46%"].commodity is None
    assert found["US$414.76 million"].commodity is None


def test_mining_exports_are_goods_with_no_key() -> None:
    """`Argentina's mining exports reached $782 million`: `mining` before a flow noun names the
    goods (mineral products, which have no key), as every gold set reads it, not a verb."""
    found = extracted("Argentina's mining exports reached $782 million in January and February, "
                      "a record for the period.", date(2025, 3, 27))
    assert found["$782 million"].commodity is None
    found = extracted("Argentina's exports reached $7.8 billion in January and February.",
                      date(2025, 3, 27))
    assert found["$7.8 billion"].commodity == "trade"


def test_a_change_noun_from_a_month_is_of_the_period_in_force() -> None:
    """`exported 379,000 barrels per day in June, an 18% decline from May`: the month after
    `decline from` is the base the change is measured from, so the change is June's, not a
    change in an earlier period as in `after an 11.2% fall the month before`."""
    found = extracted("PDVSA exported 379,000 barrels per day in June, an 18% decline from May.",
                      date(2020, 7, 2))
    assert period(found["18%"]) == ("2020-06-01", "2020-06-30")
    found = extracted("Exports rose 18.3% in November, after an 11.2% fall the month before.",
                      date(2020, 12, 20))
    assert period(found["11.2%"]) == ("2020-10-01", "2020-10-31")


def test_a_year_back_from_a_text_with_no_publication_date_does_not_crash() -> None:
    """`since the start of 2024, against 384,498.8 tons in the same stretch of last year` in a
    text with no publication date: relative periods are read against year 1, and a step a year
    back from there used to raise `year 0 is out of range` (found by the article throughput
    run); a span the calendar cannot hold now stays where it is."""
    from tradetrace.extract import extract_claims
    from tradetrace.model import Document
    from tradetrace.normalize.periods import Period, shift_months, shift_years

    text = ("Exporters have sent 476,169 metric tons of fish to China since the start of 2024, "
            "against 384,498.8 tons in the same stretch of last year.")
    claims = {c.surface: c for c in extract_claims(Document.from_text(text))}
    assert claims["476,169 metric tons"].period_start == "2024-01-01"
    edge = Period(date(1, 1, 1), date(1, 12, 31))
    assert shift_years(edge, -1) == edge
    assert shift_months(edge, -1).start == edge.start


def test_the_next_half_is_the_half_year_after_the_one_just_reported() -> None:
    """`Exports rose 7% in the first half, and the next half will see shipments reach 3 million
    tonnes` (published in August): `the next half` is July to December of the publication year,
    the half after the one just reported, not next year's first half (a review's find)."""
    found = extracted("Exports rose 7% in the first half, and the next half will see shipments "
                      "reach 3 million tonnes.", date(2024, 8, 20))
    assert period(found["3 million tonnes"]) == ("2024-07-01", "2024-12-31")


def test_the_agent_of_a_flow_of_goods_is_its_side() -> None:
    """`Purchases of Norwegian salmon by Chinese buyers rose 30%`, `Exports of crude by Russia
    rose 5%`: the country after `by`, with the flow noun and its goods before it, is that flow's
    buyer (or seller), as after a passive verb (`bought by`) (a review's find)."""
    found = extracted("Purchases of Norwegian salmon by Chinese buyers rose 30% to 150,000 tonnes "
                      "in 2023.", date(2024, 8, 20))
    assert parties(found["150,000 tonnes"]) == ("NOR", "CHN", False)
    found = extracted("Exports of crude by Russia rose 5% to 4.8 million bpd.", date(2024, 8, 20))
    assert found["4.8 million bpd"].exporter == "RUS"


def test_a_part_after_of_which_naming_a_country_fills_the_side_the_whole_left_open() -> None:
    """`Brazil exported 10 million tonnes, of which crushers in Argentina bought 1 million
    tonnes`: the country of the part takes the side the whole left open (the buyer here, the
    seller in `China imported ..., of which 7 million tonnes came from Brazil`) (a review's
    find)."""
    found = extracted("Brazil exported 10 million tonnes of soybeans in July, of which crushers "
                      "in Argentina bought 1 million tonnes.", date(2024, 8, 20))
    assert parties(found["1 million tonnes"]) == ("BRA", "ARG", False)
    found = extracted("China imported 10 million tonnes of soybeans in July, of which 7 million "
                      "tonnes came from Brazil.", date(2024, 8, 20))
    assert parties(found["7 million tonnes"]) == ("BRA", "CHN", False)


def test_a_flow_counted_again_by_value_keeps_its_goods() -> None:
    """`Russia exported 1.2 million tonnes of fish. Sales abroad fell 5% in value to $2.4
    billion`: a sentence naming no goods that measures the flow again `in value` (or `by
    value`) is of the paragraph's one kind of goods, not all trade (a review's find)."""
    found = extracted("Russia exported 1.2 million tonnes of fish in January-June. Sales abroad "
                      "fell 5% in value to $2.4 billion.", date(2024, 8, 20))
    assert found["$2.4 billion"].commodity == "seafood"
    found = extracted("Russia exported 1.2 million tonnes of fish in January-June. Total exports "
                      "fell 5% to $190 billion.", date(2024, 8, 20))
    assert found["$190 billion"].commodity == "trade"


def test_the_country_as_subject_stands_for_the_name_it_resolves_to() -> None:
    """`Venezuela is in crisis. The country earned $15.379 billion from oil exports in 2022`:
    `the country` (an epithet with no cue, opening its clause) is the subject as the name it
    stands for would be, so it is the exporter."""
    found = extracted("Venezuela is in crisis. The country earned $15.379 billion from oil "
                      "exports in 2022.", date(2023, 7, 10))
    assert found["$15.379 billion"].exporter == "VEN"


def test_a_country_in_a_when_aside_does_not_stop_the_other_way_opener() -> None:
    """`Venezuela's oil exports averaged 379,000 bpd. Fuel imports slipped to 66,000 bpd from
    77,100 bpd in May, when Iranian gasoline cargoes were discharged`: a country named only in
    a `when` clause set off after the figures is of that aside, so the sentence opening on
    `imports` is still the same country's other way."""
    found = extracted("Venezuela's oil exports averaged 379,000 barrels per day in June. Fuel "
                      "imports slipped to 66,000 bpd from 77,100 bpd in May, when Iranian "
                      "gasoline cargoes were discharged.", date(2020, 7, 2))
    assert parties(found["66,000 bpd"]) == (None, "VEN", False)
