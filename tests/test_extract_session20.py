"""Rules of the twentieth session of 2026-12-02, each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted, parties, period

MARCH_2021 = date(2021, 3, 15)


def test_a_share_of_them_from_a_country_leaves_the_totals_before_it_open() -> None:
    """`Chile's copper imports grew from $2.1 billion in 2018 to $2.6 billion in 2020, 40% of
    them from Peru`: the share names its part's supplier; the totals before it have none."""
    found = extracted("Chile's copper imports grew from $2.1 billion in 2018 to $2.6 billion in "
                      "2020, 40% of them from Peru.", MARCH_2021)
    assert parties(found["$2.1 billion"]) == (None, "CHL", False)
    assert parties(found["$2.6 billion"]) == (None, "CHL", False)
    assert parties(found["40%"]) == ("PER", "CHL", False)
    # without the share, the country after `from` is the figures' own supplier
    found = extracted("Chile's copper imports from Peru grew to $2.6 billion in 2020.",
                      MARCH_2021)
    assert parties(found["$2.6 billion"]) == ("PER", "CHL", False)


def test_a_sentence_opening_on_imports_turns_the_countrys_exports_round_across_a_comma() -> None:
    """`Imports took a bigger hit, sliding 8%` after `Chile's exports fell 5%`: the opener is the
    figure's flow though a comma stands between them."""
    found = extracted("Chile's exports fell 5% in 2020. Imports took a bigger hit, sliding 8% "
                      "over the year.", MARCH_2021)
    assert parties(found["5%"]) == ("CHL", None, False)
    assert parties(found["8%"]) == (None, "CHL", False)
    found = extracted("Chile's imports fell 5% in 2020. Exports held up better, slipping 2% "
                      "over the year.", MARCH_2021)
    assert parties(found["2%"]) == ("CHL", None, False)


def test_a_role_noun_with_its_goods_then_a_verb_of_supplying_sets_the_shares_sides() -> None:
    """`Peru was Chile's biggest source of copper ore, providing 31 percent of imports`: the
    role's owner buys, the subject supplies (and `a market for`, `taking`, the other way)."""
    found = extracted("Peru was Chile's biggest source of copper ore, providing 31 percent of "
                      "imports in 2020.", MARCH_2021)
    assert parties(found["31 percent"]) == ("PER", "CHL", False)
    found = extracted("China was Chile's biggest market for wine, taking 28 percent of exports "
                      "in 2020.", MARCH_2021)
    assert parties(found["28 percent"]) == ("CHL", "CHN", False)


def test_a_share_added_to_another_keeps_its_pair_and_names_its_own_goods() -> None:
    """`..., along with 6 percent of crude oil purchases and 3 percent of gas bought abroad`:
    shares of other goods added to a share of one pair's flow keep the pair; each is of the
    goods named after it (gas has no key)."""
    found = extracted("Peru was Chile's biggest source of diesel, providing 31 percent of "
                      "imports in 2020, along with 6 percent of crude oil purchases and 3 "
                      "percent of gas bought abroad.", MARCH_2021)
    assert parties(found["6 percent"]) == ("PER", "CHL", False)
    assert parties(found["3 percent"]) == ("PER", "CHL", False)
    assert found["31 percent"].commodity == "diesel"
    assert found["6 percent"].commodity == "crude_oil"
    assert found["3 percent"].commodity is None
    # a share whose subject is its goods stays of those goods (`accounting for half of all
    # farm goods`)
    found = extracted("Chile's imports of Peruvian flour rose 50 percent to $3.3 million in "
                      "2020, accounting for about half of all agricultural products it bought "
                      "from Peru.", MARCH_2021)
    assert found["half"].commodity == "flour"


def test_goods_with_no_key_before_purchases_leave_the_commodity_open() -> None:
    """`Aluminum purchases came to $9.5 billion`: goods with no key name the flow (as before
    `shipments` or `sales`); a month range before the noun (`January-April purchases`) is a
    period, and the paragraph's goods go on."""
    found = extracted("Chile's imports rose in 2020. Aluminum purchases came to $9.5 billion in "
                      "2020.", MARCH_2021)
    assert found["$9.5 billion"].commodity is None
    found = extracted("Chile bought 91,318 tons of fertilizer from Peru in April 2020. "
                      "January-April purchases reached 121,109 tons.", MARCH_2021)
    assert found["121,109 tons"].commodity == "fertilizer"


def test_since_a_day_runs_to_the_publication_month_and_through_a_day_from_january() -> None:
    """`Since July 1, 2020, ...` in a report: from that day to the end of the publication month;
    `through Nov. 30`: the year to that day; a plan's `since` runs to the end of its year."""
    found = extracted("Since July 1, 2020, Mali has received 48,500 tonnes of Russian wheat.",
                      MARCH_2021)
    assert period(found["48,500 tonnes"]) == ("2020-07-01", "2021-03-31")
    found = extracted("Since Feb. 1, Mali has received 12,000 tonnes of Russian wheat.",
                      MARCH_2021)
    assert period(found["12,000 tonnes"]) == ("2021-02-01", "2021-03-31")
    found = extracted("Trade between Chile and Peru through Feb. 28 reached $672 million.",
                      MARCH_2021)
    assert period(found["$672 million"]) == ("2021-01-01", "2021-02-28")
    # a day after the publication date is no period so far
    found = extracted("Since Dec. 1, Mali has received 9,000 tonnes of Russian wheat.",
                      date(2021, 11, 15))
    assert period(found["9,000 tonnes"]) != ("2021-12-01", "2021-11-30")


def test_a_figure_restated_after_or_shares_the_period_set_after_the_restatement() -> None:
    """`exports were down £2.7bn, or 15.9%, in January-September 2020`: both figures are of
    the months named after the second."""
    found = extracted("Chilean wine exports were down $270m, or 15.9%, in January-September "
                      "2020.", MARCH_2021)
    assert period(found["$270m"]) == ("2020-01-01", "2020-09-30")
    assert period(found["15.9%"]) == ("2020-01-01", "2020-09-30")


def test_a_share_stated_now_in_the_present_has_no_period() -> None:
    """`Peru supplied 85 percent of Chile's copper imports in 2015; its share now stands at 99
    percent`, `China takes 30 percent of Chilean wine exports`: standing shares have no period,
    even after a dated one in the same sentence."""
    found = extracted("Peru supplied 85 percent of Chile's copper imports in 2015; its share now "
                      "stands at 99 percent.", MARCH_2021)
    assert period(found["85 percent"]) == ("2015-01-01", "2015-12-31")
    assert period(found["99 percent"]) == (None, None)
    found = extracted("Chile's wine exports rose 5 percent in 2020. China takes 30 percent of "
                      "Chilean wine exports.", MARCH_2021)
    assert period(found["30 percent"]) == (None, None)


def test_a_country_owning_its_exports_with_no_buyer_states_its_total() -> None:
    """`Chile's wine exports in January came to 61,000 tonnes` after its shipments to Peru: the
    country's total to everyone, not more of the paragraph's flow; a partner named after the
    flow noun, even one not known (`of Chile's sales to its neighbour`), keeps the paragraph's
    buyer."""
    found = extracted("Chilean wine shipments to Peru reached 4,600 tonnes in January. Chile's "
                      "wine exports in January came to 61,000 tonnes, up 5% on a year earlier.",
                      MARCH_2021)
    assert parties(found["4,600 tonnes"]) == ("CHL", "PER", False)
    assert parties(found["61,000 tonnes"]) == ("CHL", None, False)
    assert parties(found["5%"]) == ("CHL", None, False)
    found = extracted("Chile sold $44.9 million worth of goods to Peru in 2020. Wine made up "
                      "$27.2 million of Chile's sales to its neighbour.", MARCH_2021)
    assert parties(found["$27.2 million"]) == ("CHL", "PER", False)


def test_a_total_flow_with_no_country_is_the_paragraphs_seller_to_everyone() -> None:
    """`Total outbound shipments set a record of $70 billion, up 8 per cent, while imports
    slipped to $60 billion` after a country's sales to two partners: its exports to everyone,
    and in the same sentence its imports from everyone; a total with a partner phrase (`total
    exports across the border`) is not."""
    found = extracted("Shipments from Chile to China grew 6 per cent in 2020 to $20 billion. "
                      "Sales to the United States reached $10 billion. Total outbound shipments "
                      "set a record of $70 billion, up 8 per cent, while imports slipped to $60 "
                      "billion.", MARCH_2021)
    assert parties(found["$70 billion"]) == ("CHL", None, False)
    assert parties(found["8 per cent"]) == ("CHL", None, False)
    assert parties(found["$60 billion"]) == (None, "CHL", False)
    found = extracted("Chile's exports to China rose 5% in 2020. Overall exports fell 2% to $70 "
                      "billion.", MARCH_2021)
    assert parties(found["$70 billion"]) == ("CHL", None, False)
    found = extracted("Chile's exports to Peru rose 5% in 2020. Total exports across the border "
                      "came to $7 billion.", MARCH_2021)
    assert parties(found["$7 billion"]) == ("CHL", "PER", False)


def test_its_after_a_share_of_a_countrys_total_is_that_country() -> None:
    """`Chile supplied 75 percent of China's cherry imports, 71 percent of its plum imports and
    54 percent of apple imports`: `of its` names the owner of the total the same way as `of
    China's` before it; each share keeps the pair, and the fruits are food."""
    found = extracted("Chile supplied 75 percent of China's cherry imports in 2011, 71 percent "
                      "of its plum imports and 54 percent of grape imports.", MARCH_2021)
    for surface in ("75 percent", "71 percent", "54 percent"):
        assert parties(found[surface]) == ("CHL", "CHN", False)
        assert found[surface].commodity == "food"
    # `its` with no such total before it is still its clause's subject
    found = extracted("China raised its cherry imports by 20 percent in 2011.", MARCH_2021)
    assert parties(found["20 percent"]) == (None, "CHN", False)


def test_a_cap_named_as_yearly_has_no_period_of_the_flows_beside_it() -> None:
    """`Pyongyang's fuel purchases this year already exceed the annual limit of 500,000
    barrels`: the standing yearly cap has no period, though the purchases have one."""
    found = extracted("North Korea's fuel purchases this year already exceed the annual limit "
                      "of 500,000 barrels of refined petroleum.", MARCH_2021)
    assert found["500,000 barrels"].kind == "cap"
    assert period(found["500,000 barrels"]) == (None, None)
    found = extracted("Deliveries to North Korea this year stayed below the 500,000-barrel "
                      "annual cap.", MARCH_2021)
    assert period(found["500,000-barrel"]) == (None, None)


def test_a_description_before_the_name_it_describes_is_the_source() -> None:
    """`..., Chile's state export promotion agency, ProChile, said`: the description and the
    name set off by commas before the verb are the source; a country there is not."""
    found = extracted("Chile's exports to Peru rose 8.2% in 2020, Chile's state export "
                      "promotion agency, ProChile, said on Thursday.", MARCH_2021)
    assert found["8.2%"].attribution == "Chile's state export promotion agency, ProChile"
    found = extracted("Chile's exports to Peru rose 8.2% in 2020, a report by the state export "
                      "promotion agency, ProChile, showed.", MARCH_2021)
    assert found["8.2%"].attribution == "a report by the state export promotion agency, ProChile"
    found = extracted("The largest buyer of Chilean wine, China, said imports rose 8.2% in 2020.",
                      MARCH_2021)
    assert found["8.2%"].attribution != "The largest buyer of Chilean wine, China"


def test_a_level_over_the_same_months_of_a_year_and_a_change_the_month_before() -> None:
    """`$1.35 million in January-July, a mere 3.6% of the $37.13 million it spent over the same
    months of 2019` (the months in force, in the year written); `rose 18.3% in November, after
    an 11.2% fall the month before` (the earlier change is of October)."""
    found = extracted("Peru bought just $1.35 million of Chilean wine in January-July 2020, a "
                      "mere 3.6% of the $37.13 million it spent over the same months of 2019.",
                      MARCH_2021)
    assert period(found["$1.35 million"]) == ("2020-01-01", "2020-07-31")
    assert period(found["$37.13 million"]) == ("2019-01-01", "2019-07-31")
    found = extracted("Chilean goods shipped to Peru rose 18.3% in November 2020 from October, "
                      "after an 11.2% fall the month before.", MARCH_2021)
    assert period(found["18.3%"]) == ("2020-11-01", "2020-11-30")
    assert period(found["11.2%"]) == ("2020-10-01", "2020-10-31")


def test_a_sum_of_money_of_goods_with_no_key_names_their_origin_and_no_commodity() -> None:
    """`Peru bought $1.35 million of Chilean cigarettes and other tobacco goods`: the demonym
    after a sum of money is the origin even for goods with no key, and the goods have no key
    (not all trade); `$270 million of banned goods` are goods of every kind."""
    found = extracted("Peru bought just $1.35 million of Chilean cigarettes and other tobacco "
                      "goods in 2020.", MARCH_2021)
    assert parties(found["$1.35 million"]) == ("CHL", "PER", False)
    assert found["$1.35 million"].commodity is None
    found = extracted("Chile sold at least $270 million of banned goods to Peru in 2020.",
                      MARCH_2021)
    assert found["$270 million"].commodity == "trade"


def test_a_list_of_goods_shares_after_a_share_and_citing_before_put_at() -> None:
    """`Wheat flour made up 69% of the volume, with sugar at 10% and sunflower oil at 6%`: each
    goods' share of the same total (not `, compared with 33%`); `Citing expert estimates, the
    center put 2020 deliveries at roughly 22,000 tons`: the source is who put the figure so."""
    found = extracted("Chile's wine shipments to Peru reached 22,000 tons in 2020. Red wine made "
                      "up 69% of the volume, with sugar at 10% and sunflower oil at 6%.",
                      MARCH_2021)
    assert found["10%"].kind == "share" and found["10%"].commodity == "sugar"
    assert found["6%"].kind == "share" and found["6%"].commodity == "food"
    assert parties(found["10%"]) == ("CHL", "PER", False)
    found = extracted("Chile's wine shipments to Peru grew in 2020. Citing expert estimates, the "
                      "center put 2020 deliveries at roughly 22,000 tons.", MARCH_2021)
    assert found["22,000 tons"].attribution == "the center"


def test_could_ship_as_much_as_is_a_forecast_and_grows_an_amount_is_no_rise() -> None:
    """`Chile could ship as much as 700,000 tons of copper to Peru`: a modal shipping verb is a
    forecast, past the hedge `as much as`; `Peru grows some 4 million tons of grain a year`:
    the amount grown, not a rise of 4 million tons."""
    found = extracted("Chile could ship as much as 700,000 tons of wheat to Peru, a lawmaker "
                      "said.", MARCH_2021)
    assert found["700,000 tons"].modality == "forecast"
    found = extracted("Peru grows some 4 million tons of grain a year, a lawmaker said.",
                      MARCH_2021)
    assert found["4 million tons"].kind == "level"
    found = extracted("Peru's grain exports grew 4 million tons in 2020.", MARCH_2021)
    assert found["4 million tons"].kind == "change"


def test_these_goods_point_back_to_the_one_kind_named_before() -> None:
    """`Wine accounts for the bulk of Chile's sales to Peru. Exports of these staple goods reached
    $163 million in 2020`: the goods pointed back to are wine's key, and the stated flow's sides
    go on; with two kinds named before, no single key is pointed to."""
    found = extracted("Rice accounts for the bulk of Chile's sales to Peru. Exports of these "
                      "staple goods reached $163 million in 2020.", MARCH_2021)
    assert found["$163 million"].commodity == "rice"
    assert parties(found["$163 million"]) == ("CHL", "PER", False)
    found = extracted("Rice and coal account for the bulk of Chile's sales to Peru. Exports of "
                      "these goods reached $163 million in 2020.", MARCH_2021)
    assert found["$163 million"].commodity not in ("rice", "coal")


def test_the_broader_name_stands_for_the_narrower_goods_of_the_sentence_before() -> None:
    """`Peru's purchases of Chilean diesel fell 93.6%. Bolivian deliveries of the fuel fell
    98.8%`: `the fuel` is the diesel the sentence before counted; without `the` it is fuel."""
    found = extracted("Peru's purchases of Chilean diesel in August 2020 were 93.6% below a year "
                      "earlier. Bolivian deliveries of the fuel fell 98.8% over the same "
                      "comparison.", MARCH_2021)
    assert found["98.8%"].commodity == "diesel"
    found = extracted("Peru's purchases of Chilean diesel in August 2020 were 93.6% below a year "
                      "earlier. Bolivian deliveries of fuel fell 98.8% over the same comparison.",
                      MARCH_2021)
    assert found["98.8%"].commodity == "oil"


def test_having_already_exported_is_reported_beside_a_forecast() -> None:
    """`Chile expects to ship 35 million tonnes of coal abroad this year, having already
    exported 15 million tonnes between January and May`: what was done so far is reported, of
    the months so far; `Kpler cargo-tracking data` name no goods; `dmt` are tonnes."""
    found = extracted("Chile expects to ship 35 million tonnes of coal abroad this year, the "
                      "ministry said, having already exported 15 million tonnes between January "
                      "and May.", date(2020, 6, 11))
    assert found["35 million tonnes"].modality == "forecast"
    assert found["15 million tonnes"].modality == "reported"
    assert period(found["15 million tonnes"]) == ("2020-01-01", "2020-05-31")
    found = extracted("Kpler cargo-tracking data show that Chile exported 51 million tonnes of "
                      "coal in 2020.", MARCH_2021)
    assert found["51 million tonnes"].commodity == "coal"
    found = extracted("Chile shipped 4 million dmt of copper ore to China in 2020.", MARCH_2021)
    assert (found["4 million dmt"].value, found["4 million dmt"].unit) == (4e6, "t")


def test_a_partner_taking_or_supplying_a_share_of_a_one_sided_total_and_its_rivals() -> None:
    """`Chile's copper exports earned $9 billion, with China taking 26.4 percent, Japan 26.2
    percent and India 14.4 percent`: each partner's part of the exporter's total;
    `Peru imported 1.5 million tonnes of wheat, with Argentina supplying 70 percent`: the
    supplier's part of the buyer's total."""
    found = extracted("Chile's copper exports earned $9 billion in 2020, with China taking 26.4 "
                      "percent, Japan 26.2 percent and India 14.4 percent.", MARCH_2021)
    assert parties(found["26.4 percent"]) == ("CHL", "CHN", False)
    assert parties(found["26.2 percent"]) == ("CHL", "JPN", False)
    assert parties(found["14.4 percent"]) == ("CHL", "IND", False)
    found = extracted("Peru imported about 1.5 million tonnes of wheat in 2020, with Argentina "
                      "supplying roughly 70 percent.", MARCH_2021)
    assert found["70 percent"].kind == "share"
    assert parties(found["70 percent"]) == ("ARG", "PER", False)


def test_palm_oil_products_are_food_and_a_goods_opener_turns_the_side_round() -> None:
    """`exports of oil palm products`, `Palm oil product shipments`: products of the edible oil
    are food, not petroleum; `Natural rubber imports fell` after the country's exports are its
    imports; `the industry regulator, the Palm Oil Board, said` is the source."""
    found = extracted("Chile's exports of oil palm products grew 12% to 2.7 million tonnes in "
                      "2020, the industry regulator, the Chilean Palm Oil Board, said.",
                      MARCH_2021)
    assert found["12%"].commodity == "food"
    assert found["12%"].attribution == "the industry regulator, the Chilean Palm Oil Board"
    found = extracted("Palm oil product shipments from Chile to Peru came to 3.75 million tons "
                      "in 2020.", MARCH_2021)
    assert found["3.75 million tons"].commodity == "food"
    found = extracted("Chile's rubber exports rose 5.6 per cent to 64,524 tonnes in 2020. "
                      "Natural rubber imports fell 9.3 per cent to 36,261 tonnes.", MARCH_2021)
    assert parties(found["36,261 tonnes"]) == (None, "CHL", False)


def test_the_scorer_takes_two_spellings_of_one_unit_as_the_same() -> None:
    """`cubic_meter/yr` and `cubic_meter/year`, `t/month` and `metric_ton/month` are one unit;
    other units, currencies and rates of money are not confused."""
    from tradetrace.extract.evaluation import same_unit

    assert same_unit("cubic_meter/yr", "cubic_meter/year")
    assert same_unit("cubic_foot/d", "cubic_foot/day")
    assert same_unit("t/month", "metric_ton/month")
    assert not same_unit("cubic_meter/yr", "cubic_meter/d")
    assert not same_unit("t", "kilogram")
    assert not same_unit("USD/yr", "USD/year")  # money rates keep the codes as written
    assert not same_unit("USD", "EUR")


def test_standard_cubic_metres_are_cubic_metres() -> None:
    """`22.6 million standard cubic metres a day` is a rate of cubic metres, not of metres."""
    from tradetrace.extract.quantities import extract_quantities

    found = extract_quantities("Chile pumps 22.6 million standard cubic metres a day.")
    assert found[0].unit.startswith("cubic_meter/")


def test_a_price_per_metric_ton_written_mt() -> None:
    """`$278.54/mt`, `$22 per mt`: prices per tonne (USD/t), as `/t` is."""
    from tradetrace.extract.quantities import extract_quantities

    found = extract_quantities("Peru bought wheat at $278.54/mt, with freight at $22 per mt.")
    assert [(q.surface, q.unit) for q in found] == [("$278.54/mt", "USD/t"),
                                                   ("$22 per mt", "USD/t")]


def test_a_dateline_the_body_never_names_again_is_no_party() -> None:
    """`LIMA, Peru, May 3 - Non-copper goods shipped out of Chile were worth $53.2 billion`:
    the place the story was filed from is no buyer; a dateline the body names again is the
    home country (`Lima, Jul 26 (PTI) Imports ... into Peru`)."""
    found = extracted("LIMA, Peru, May 3 - Goods shipped out of Chile in 2020 were worth roughly "
                      "$53.2 billion, a 10 percent gain in value, an agency reported.",
                      MARCH_2021)
    assert parties(found["$53.2 billion"]) == ("CHL", None, False)


def test_goods_left_out_name_no_commodity() -> None:
    """`Leaving copper aside, Chile's trade ... came to $52 billion`, `Excluding copper, Chile's
    exports rose 10 percent`, `goods outside the copper sector`: all other trade."""
    found = extracted("Excluding crude oil, Chile's exports rose 10 percent to $40 billion in "
                      "2020.", MARCH_2021)
    assert found["10 percent"].commodity == "trade"
    found = extracted("Leaving crude oil aside, Chile's exports came to $52.9 billion in 2020.",
                      MARCH_2021)
    assert found["$52.9 billion"].commodity == "trade"
    found = extracted("Chile's crude oil exports came to $5 billion in 2020.", MARCH_2021)
    assert found["$5 billion"].commodity == "crude_oil"


def test_a_headline_lines_demonym_owning_trade_is_the_articles_country() -> None:
    """`Peru keeps top spot in Chilean trade\\nChile's trade with Peru came to ... Imports from
    Peru dropped 19.2 percent`: the headline's owner of the trade is the home side of the flows
    that name only the partner (not `Saudi crude sales to China`, whose partner is named, nor
    a pair, `Russian-Turkish trade`)."""
    found = extracted("Peru keeps top spot in Chilean trade by a whisker\nChile's trade with "
                      "Peru came to 25.3 billion euros in 2020. Imports from Peru dropped 19.2 "
                      "percent to 15.5 billion euros, and exports to Peru lost 8.8 percent.",
                      MARCH_2021)
    assert parties(found["15.5 billion euros"]) == ("PER", "CHL", False)
    assert parties(found["8.8 percent"]) == ("CHL", "PER", False)
    from tradetrace.extract.parties import title_countries

    assert title_countries("Saudi crude sales to China sink", owners_only=True) == []
    assert title_countries("Russian-Turkish trade dips after record year", owners_only=True) == []


def test_mmt_and_moroccan_dirhams() -> None:
    """`0.9 MMT` is 900,000 tonnes; `dirhams` near Morocco are MAD, near Dubai (or alone) AED."""
    from tradetrace.extract.quantities import extract_quantities

    assert [(q.value, q.unit) for q in extract_quantities("Barley imports: 0.9 MMT.")] == [
        (900000.0, "t")]
    assert extract_quantities("Morocco spent 66.84 billion dirhams on fuel.")[0].unit == "MAD"
    assert extract_quantities("Dubai re-exported 10 billion dirhams.")[0].unit == "AED"


def test_an_old_level_in_the_same_months_of_a_year_owns_that_year() -> None:
    """`..., for 2.83 million tons, compared with 2.8 million tons in the same months of 2019`
    after January-April 2020: the new level keeps the months in force, the old one is of the
    same months of 2019."""
    found = extracted("Peru's cereal import bill fell 28 per cent in January-April 2020. Wheat "
                      "imports came to 2.83 million tons, compared with 2.8 million tons in the "
                      "same months of 2019.", MARCH_2021)
    assert period(found["2.83 million tons"]) == ("2020-01-01", "2020-04-30")
    assert period(found["2.8 million tons"]) == ("2019-01-01", "2019-04-30")


def test_an_outlet_that_cites_a_source_relays_that_source() -> None:
    """`according to Al Mal News, which cited the statistics agency CAPMAS`: the figures'
    source is the one the outlet cites; an outlet alone stays the source."""
    found = extracted("Peru paid $2.4 billion for imported wheat in 2020, according to Andina "
                      "News, which cited Peru's statistics agency INEI.", MARCH_2021)
    assert found["$2.4 billion"].attribution == "Peru's statistics agency INEI"
    found = extracted("Peru paid $2.4 billion for imported wheat in 2020, according to Andina "
                      "News.", MARCH_2021)
    assert found["$2.4 billion"].attribution == "Andina News"


def test_a_tender_is_a_planned_purchase_and_my_names_a_marketing_year() -> None:
    """`Peru has invited bids for 240,000 tonnes of wheat for August arrival`: a planned
    purchase by Peru; `in MY2021/22` is the marketing year 2021/22 (its months unstated)."""
    found = extracted("Peru has invited bids for 240,000 tonnes of wheat for August arrival, the "
                      "ministry said.", MARCH_2021)
    assert found["240,000 tonnes"].modality == "planned"
    assert parties(found["240,000 tonnes"]) == (None, "PER", False)
    found = extracted("The USDA expects Peru to import 13 percent more wheat in MY2021/22.",
                      MARCH_2021)
    assert period(found["13 percent"]) == ("2021-01-01", "2022-12-31")


def test_a_scale_abbreviated_with_a_stop_before_its_unit() -> None:
    """`6.36m. tonnes` is 6.36 million tonnes; `6.36m. Tonnes` opens a new sentence."""
    from tradetrace.extract.quantities import extract_quantities

    found = extract_quantities("Exports reached 6.36m. tonnes in 2023.")
    assert [(q.surface, q.value, q.unit) for q in found] == [("6.36m. tonnes", 6.36e6, "t")]
    found = extract_quantities("The wall is 6.36m. Tonnes of goods pass it.")
    assert all(q.unit != "t" for q in found)


def test_changes_with_their_verb_left_out_and_latin_america_is_no_country() -> None:
    """`deliveries to Asia rose 60%, those to Latin America 20% and those to Africa 18%`: each
    gapped figure is a rise like the first; Latin America is a region, not the United States."""
    found = extracted("Chile's copper exports reached 4 million tonnes in 2020. Deliveries to "
                      "Asia rose 60%, those to Latin America 20% and those to Africa 18%.",
                      MARCH_2021)
    for surface in ("20%", "18%"):
        assert (found[surface].kind, found[surface].direction) == ("change", "up")
        assert parties(found[surface]) == ("CHL", None, False)


def test_parts_of_a_cap_are_caps_and_an_export_quota_is_the_sellers() -> None:
    """`The combined limit is about 19.2 million tonnes, including some 11.2 million tonnes
    for nitrogen fertilizers and almost 8 million tonnes for complex ones`: each part is a cap;
    `Chile has handed producers export quotas of 3 million tonnes`: a limit on Chile's exports."""
    found = extracted("Chile prolonged its fertilizer export quotas. The combined limit is about "
                      "19.2 million tonnes, including some 11.2 million tonnes for nitrogen "
                      "fertilizers and almost 8 million tonnes for complex fertilizers.",
                      MARCH_2021)
    assert [found[s].kind for s in ("19.2 million tonnes", "11.2 million tonnes",
                                    "8 million tonnes")] == ["cap", "cap", "cap"]
    found = extracted("Chile has handed producers export quotas of just over 3 million tonnes "
                      "of fertilizer for 2021.", MARCH_2021)
    assert found["3 million tonnes"].kind == "cap"
    assert parties(found["3 million tonnes"]) == ("CHL", None, False)
    found = extracted("Peru's wheat imports came to 2.83 million tons in January-April 2020, "
                      "against 2.8 million tons shipped in the same months of 2019.", MARCH_2021)
    assert period(found["2.83 million tons"]) == ("2020-01-01", "2020-04-30")


def test_a_record_that_dates_from_a_month_is_of_that_month() -> None:
    """`The all-time high still dates from September 2019, when Peruvian buyers received 136,500
    tonnes`: the month itself, not September 2019 to the publication month."""
    found = extracted("Peru took 132,100 tonnes of Chilean wine in September 2020. The all-time "
                      "high still dates from September 2019, when Peruvian buyers received "
                      "136,500 tonnes.", MARCH_2021)
    assert period(found["136,500 tonnes"]) == ("2019-09-01", "2019-09-30")


def test_a_pair_with_the_and_half_a_month() -> None:
    """`Chile and the United States traded goods worth $14 billion`: a pair though `the` stands
    before the second name; `over the first half of February` is days 1-15."""
    found = extracted("Chile and the United States traded goods worth $14 billion in 2020.",
                      MARCH_2021)
    assert {found["$14 billion"].exporter, found["$14 billion"].importer} == {"CHL", "USA"}
    assert found["$14 billion"].two_way
    found = extracted("Peru's purchases of Chilean crude reached 62,000 barrels a day over the "
                      "first half of February.", MARCH_2021)
    assert period(found["62,000 barrels a day"]) == ("2021-02-01", "2021-02-15")


def test_machine_before_a_trade_word_is_machinery_and_cars_stay_an_alias() -> None:
    """`Machine exports to China increased 11.4 per cent`: machinery (`machine` names goods only
    beside a trade word or `of`: `machine learning` does not); `Cars were the largest category`
    stays vehicles though its singular needs its context."""
    found = extracted("Chilean machine exports to Peru increased 11.4 per cent to $1.4 billion "
                      "in 2020.", MARCH_2021)
    assert found["11.4 per cent"].commodity == "machinery"
    found = extracted("Chile sold $59 billion of goods to Peru in 2020. Cars were the largest "
                      "single category, with $9 billion.", MARCH_2021)
    assert found["$9 billion"].commodity == "vehicles"


def test_the_review_pins() -> None:
    """What a review of the session's rules found, each on invented text: MAD amounts are
    claims; `sour grapes` and `a plum job` name no goods; a purchase `in a tender for its
    strategic reserves` is reported (a due window, `for April shipment`, makes goods bought a
    planned flow since the twenty-sixth session); `having projected` is no report; `of its coal
    exports` after `of China's iron ore imports` is no parallel owner; `the oil sector` is not
    the diesel counted before; a headline's `German trade fair` makes no owner; `which cited
    lower demand` is no source; `China's export quota` is China's."""
    found = extracted("Morocco's phosphate exports rose to 30 billion dirhams in 2020.",
                      MARCH_2021)
    assert found["30 billion dirhams"].unit == "MAD"
    found = extracted("The criticism was dismissed as sour grapes by Santiago, which said exports "
                      "to China rose 12% in 2020.", MARCH_2021)
    assert found["12%"].commodity == "trade"
    found = extracted("The government said it was a plum job, while exports to India rose 14% "
                      "to $3.2 billion in 2020.", MARCH_2021)
    assert found["14%"].commodity == "trade"
    found = extracted("Egypt's GASC bought 240,000 tonnes of Russian wheat in a tender for its "
                      "strategic reserves, traders said.", MARCH_2021)
    assert found["240,000 tonnes"].modality == "reported"
    found = extracted("Ukraine cut its grain export forecast to 44 million tonnes, having "
                      "projected 48 million tonnes in December.", MARCH_2021)
    assert found["48 million tonnes"].modality == "forecast"
    found = extracted("Australia supplied 60 percent of China's iron ore imports in 2020, and 10 "
                      "percent of its coal exports went to Japan.", MARCH_2021)
    assert found["10 percent"].exporter != "CHN"
    found = extracted("Russia shipped 2 million barrels of diesel to Turkey in February. Revenue "
                      "from the oil sector fell 10% to $15 billion.", MARCH_2021)
    assert found["10%"].commodity != "diesel"
    found = extracted("German trade fair draws record crowds\nExports to France rose 10% to $2 "
                      "billion in February, the ministry said.", MARCH_2021)
    assert found["10%"].exporter is None
    found = extracted("Wheat exports rose 10% to 5 million tonnes in 2020, according to Reuters, "
                      "which cited lower demand from Egypt.", MARCH_2021)
    assert found["10%"].attribution == "Reuters"
    found = extracted("India will feel the squeeze as China's export quota of 3 million tonnes of "
                      "urea takes effect.", MARCH_2021)
    assert parties(found["3 million tonnes"]) == ("CHN", None, False)


def test_the_other_flow_noun_after_a_countrys_own_total_is_its_other_way() -> None:
    """`Across all markets, Chilean exports grew 3.8 percent to $13.9 billion, while imports
    slipped 0.3 percent, reaching $11.3 billion`: the same country's imports from everyone
    (`Across all` leaves a buyer's side in place)."""
    found = extracted("Across all markets, Chilean exports in 2020 grew 3.8 percent to $13.9 "
                      "billion, while imports slipped 0.3 percent, reaching $11.3 billion.",
                      MARCH_2021)
    assert parties(found["$13.9 billion"]) == ("CHL", None, False)
    assert parties(found["0.3 percent"]) == (None, "CHL", False)
    assert parties(found["$11.3 billion"]) == (None, "CHL", False)


def test_a_time_then_a_clause_after_announced_is_no_source() -> None:
    """`Chile's ban on copper sales, announced on Thursday after a late storm hurt output,
    strikes ...`: the time and reason after the verb are no source."""
    found = extracted("Chile's ban on overseas sales of copper, announced on Thursday after a "
                      "late storm hurt output, strikes at the world trade. Its shipments reached "
                      "2.2 million tonnes in 2020.", MARCH_2021)
    assert found["2.2 million tonnes"].attribution is None


def test_estimates_followed_by_their_verb_are_a_noun_not_a_saying() -> None:
    """`Private estimates were far lower`: `estimates` is the noun, so `Private` is no source."""
    found = extracted("Private estimates were far lower: Chile's copper exports were put at $7 "
                      "billion in 2020.", MARCH_2021)
    assert found["$7 billion"].attribution != "Private"


def test_more_forecast_and_plan_wordings() -> None:
    """`Imports next year are seen rising 2.5 percent`, `the year's total should come to $750
    million`, `trade heading for a record $60 billion`, `could total 1m tonnes`: forecasts;
    `another 3,000 tons is due in April`: a plan."""
    cases = [("Chile's imports next year are seen rising 2.5 percent to $65 billion.",
              "2.5 percent", "forecast"),
             ("Chile's trade with Peru reached $672 million through November, and at the current "
              "pace the year's total should come to $750 million.", "$750 million", "forecast"),
             ("Chile-Peru trade is heading for a record $6 billion this year.", "$6 billion",
              "forecast"),
             ("Arrivals of Chilean copper in Peru could total 1m tonnes in March.", "1m tonnes",
              "forecast"),
             ("Chile shipped 5,000 tons of flour to Peru last month, and another 3,000 tons is "
              "due in April.", "3,000 tons", "planned")]
    for text, surface, modality in cases:
        assert extracted(text, MARCH_2021)[surface].modality == modality, text


def test_aiming_to_lift_trade_is_a_target_and_aiming_to_buy_a_plan() -> None:
    """`Chile and Peru aim to double trade to $10 billion by 2030`: a target (forecast); `Peru
    aims to buy 4 million tonnes of wheat`: an actor's purchase plan."""
    found = extracted("Chile and Peru aim to double their trade to $10 billion by 2030.",
                      MARCH_2021)
    assert found["$10 billion"].modality == "forecast"
    found = extracted("Peru aims to buy about 4 million tonnes of wheat in 2021.", MARCH_2021)
    assert found["4 million tonnes"].modality == "planned"


def test_a_figure_a_flow_is_expected_to_top_is_a_floor_but_a_cap_is_exact() -> None:
    """`trade is expected to top $700 million`, `to exceed six million tons`: approximate
    (a floor); `exports may not exceed $400 million` is the cap itself, exact."""
    found = extracted("Chile-Peru trade is expected to top $700 million in 2021.", MARCH_2021)
    assert found["$700 million"].approximate
    found = extracted("The ministry expects Chile's grain exports in 2021 to exceed six million "
                      "tons.", MARCH_2021)
    assert found["six million tons"].approximate
    found = extracted("Under the resolution, Chile's annual coal exports may not exceed $400 "
                      "million.", MARCH_2021)
    assert not found["$400 million"].approximate


def test_a_share_that_moved_from_one_figure_to_another() -> None:
    """`its share fell from 27% to 16%`: both figures are shares (the old one of the year
    before), not a fall of 27%."""
    found = extracted("Chilean coal deliveries to Peru shrank to 6.3 million tonnes in 2020, "
                      "and its share fell from 27% to 16%.", MARCH_2021)
    assert found["27%"].kind == "share" and found["16%"].kind == "share"


def test_a_share_whose_verb_the_share_before_gave() -> None:
    """`of which 44.5 percent went to Japan and 25.2 percent to China`: the second figure is a
    share of the same total, to China, of the same goods."""
    found = extracted("Chile's copper exports were worth $18.5 billion in 2020, of which 44.5 "
                      "percent went to China and 25.2 percent to Japan.", MARCH_2021)
    assert found["25.2 percent"].kind == "share"
    assert parties(found["25.2 percent"]) == ("CHL", "JPN", False)
    assert found["25.2 percent"].commodity == found["44.5 percent"].commodity
