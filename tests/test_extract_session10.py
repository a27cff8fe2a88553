"""Rules of the tenth session of 2026-12-01, each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted, period

FEB_2015 = date(2015, 2, 10)


def test_a_change_lower_than_in_a_month_keeps_the_month_in_force() -> None:
    """`were 12 percent lower than in March 2013`: March 2013 is what the fall is compared with,
    the month in force (March 2014) is the fall's."""
    found = extracted("Egypt bought 40,000 tonnes of Ukrainian wheat in March 2014. Its maize "
                      "purchases from Ukraine were 12 percent lower than in March 2013.",
                      FEB_2015)
    fall = found["12 percent"]
    assert (fall.kind, fall.direction) == ("change", "down")
    assert period(fall) == ("2014-03-01", "2014-03-31")


def test_through_a_month_alone_is_the_year_to_that_month() -> None:
    """`shipments through October amounted to`: January to October, not October alone."""
    found = extracted("Urea shipments from Oman to India through October amounted to 410,000 "
                      "tons, the ministry said.", FEB_2015)
    level = found["410,000 tons"]
    assert period(level) == ("2014-01-01", "2014-10-31")


def test_the_same_count_of_months_of_a_year_are_the_months_in_force() -> None:
    """`from 90,000 tons in the same nine months of 2013`: January-September 2013, like `the
    same period of 2013`."""
    found = extracted("Zambia's copper exports to China over January-September reached 120,000 "
                      "tons, up from 90,000 tons in the same nine months of 2013.", FEB_2015)
    old = found["90,000 tons"]
    assert period(old) == ("2013-01-01", "2013-09-30")


def test_this_year_after_a_superlative_is_the_scope_of_the_record_not_the_period() -> None:
    """`rose in June to their highest this year, at ...`: the figure is June's."""
    found = extracted("Libyan crude exports to Italy rose in June to their highest level this "
                      "year, at 310,000 barrels per day, tanker data showed.", date(2014, 8, 2))
    level = found["310,000 barrels per day"]
    assert period(level) == ("2014-06-01", "2014-06-30")


def test_an_office_before_the_name_it_describes_is_the_source_not_the_addressee() -> None:
    """`..., Chile's trade attache in Lima, Ana Rojas Vidal, told Reuters`: the attache with her
    name, not the agency she spoke to."""
    found = extracted("Chilean copper sold to Peru rose 14% to $210 million in 2013, Chile's "
                      "trade attache in Lima, Ana Rojas Vidal, told Reuters.", FEB_2015)
    for surface in ("14%", "$210 million"):
        assert found[surface].attribution == "Chile's trade attache in Lima, Ana Rojas Vidal"


def test_exports_that_brought_in_money_are_the_sellers_not_an_import() -> None:
    """`Malawi's tea exports brought in $80 million`: what the seller earned; `brought in 5,000
    tons of maize` stays a purchase."""
    found = extracted("Malawi's tea exports to Kenya brought in about $80 million in 2013.",
                      FEB_2015)
    earned = found["$80 million"]
    assert (earned.exporter, earned.importer) == ("MWI", "KEN")
    bought = extracted("Malawi brought in 5,000 tons of maize from Zambia in 2013.", FEB_2015)
    assert (bought["5,000 tons"].exporter, bought["5,000 tons"].importer) == ("ZMB", "MWI")


def test_goods_that_earned_money_after_a_reporters_figures_keep_the_sellers_side() -> None:
    """`Textiles earned $90m over the same period`, after a flow from Laos to Thailand told from
    Thai customs figures: the textiles are Laos's sales, not Thai exports."""
    found = extracted("Rubber worth $120 million was sold by Laos to Thailand in the first half, "
                      "Thai customs data showed. Textiles earned $90m over the same period.",
                      FEB_2015)
    earned = found["$90m"]
    assert (earned.exporter, earned.importer) == ("LAO", "THA")


def test_a_change_from_a_dashed_span_is_compared_with_that_span() -> None:
    """`up 40 percent from January-March 2013`: the old quarter, not the change's own (a dash is
    no `from ... to` span); `rose 10 percent from January to March` stays the span."""
    found = extracted("Kenya's tea sales to Pakistan reached $90 million in January-March. That "
                      "was up 40 percent from January-March 2013.", FEB_2015)
    rise = found["40 percent"]
    assert period(rise) == ("2014-01-01", "2014-03-31")
    spanned = extracted("Kenya's tea sales to Pakistan rose 10 percent from January to March.",
                        FEB_2015)["10 percent"]
    assert period(spanned) == ("2014-01-01", "2014-03-31")


def test_a_plan_joined_after_a_reported_purchase_does_not_govern_it() -> None:
    """`bought 30,000 tons in January and intends to buy as much in February`: January's purchase
    is reported and of the January just past, not planned for the next one."""
    found = extracted("Sudan bought 30,000 tons of Russian wheat in January and intends to buy as "
                      "much in February, the grain board said.", FEB_2015)
    bought = found["30,000 tons"]
    assert bought.modality == "reported"
    assert period(bought) == ("2015-01-01", "2015-01-31")


def test_a_countrys_crop_is_its_production_not_the_paragraphs_flow() -> None:
    """`Sudan's wheat crop came to 600,000 tons`: the producer's side only, after a Russian
    flow to Sudan."""
    found = extracted("Sudan bought 30,000 tons of Russian wheat in January. Sudan's wheat crop "
                      "last year came to 600,000 tons, the smallest in a decade.", FEB_2015)
    crop = found["600,000 tons"]
    assert (crop.exporter, crop.importer) == ("SDN", None)


def test_a_report_named_before_the_speaker_is_not_part_of_the_source() -> None:
    """`In a report issued on Monday the group said`: the group, which is a source head."""
    found = extracted("In a report issued on Monday the group said Chad sold 20,000 tonnes of "
                      "sesame to China in 2013.", FEB_2015)
    assert found["20,000 tonnes"].attribution == "the group"


def test_a_name_with_a_relative_clause_before_the_verb_is_the_source() -> None:
    """`Ana Ruiz, who heads the exporters' union, said`: the name with the clause that says who
    she is, commas inside it included."""
    found = extracted("Peru sold 90,000 tonnes of fishmeal to China in 2013, Ana Ruiz, who "
                      "oversees sales, logistics and planning at the exporters' union, said.",
                      FEB_2015)
    assert found["90,000 tonnes"].attribution == (
        "Ana Ruiz, who oversees sales, logistics and planning at the exporters' union")


def test_whom_a_source_told_is_not_the_source() -> None:
    """`..., people at the port who asked not to be named ..., told Reuters in Lima.`: Reuters
    was told; it is no source of the figure."""
    found = extracted("Peru sold 90,000 tonnes of fishmeal to China in 2013, people at the port "
                      "who asked not to be named because they were not allowed to speak, told "
                      "Reuters in Lima.", FEB_2015)
    assert "Reuters" not in (found["90,000 tonnes"].attribution or "")


def test_the_final_months_and_the_opening_quarter_of_a_written_year() -> None:
    """`the final three months of 2013` is October-December; `the opening quarter of last year`
    January-March; `the opening quarter of the season` is no calendar quarter."""
    found = extracted("Ghana's cocoa sales to Malaysia reached 80,000 tonnes in the final three "
                      "months of 2013. In the opening quarter of last year they had come to "
                      "60,000 tonnes.", FEB_2015)
    late = found["80,000 tonnes"]
    assert period(late) == ("2013-10-01", "2013-12-31")
    early = found["60,000 tonnes"]
    assert period(early) == ("2014-01-01", "2014-03-31")
    season = extracted("Ghana's cocoa sales to Malaysia reached 80,000 tonnes in the opening "
                       "quarter of the season.", FEB_2015)["80,000 tonnes"]
    assert season.period_start != "2015-01-01"


def test_a_level_of_the_same_months_of_a_year_has_those_months() -> None:
    """`the $3.8 billion of the same months of 2023`: January-May 2023 after January-May 2024."""
    found = extracted("Kenya's trade with Uganda reached $4.7 billion over January-May 2014, 23 "
                      "percent more than the $3.8 billion of the same months of 2013.", FEB_2015)
    old = found["$3.8 billion"]
    assert period(old) == ("2013-01-01", "2013-05-31")


def test_a_figure_in_a_when_clause_is_of_the_period_it_describes() -> None:
    """`27% below the final three months of 2013, when deliveries totalled 8.8 million barrels,
    or 96,000 bpd`: both figures are of that quarter."""
    found = extracted("Angolan crude deliveries to India came to 6.9 million barrels in "
                      "January-March. That was 27% below the final three months of 2013, when "
                      "deliveries totalled 8.8 million barrels, or 96,000 bpd.",
                      date(2014, 5, 20))
    for surface in ("8.8 million barrels", "96,000 bpd"):
        claim = found[surface]
        assert period(claim) == ("2013-10-01", "2013-12-31")


def test_a_contrast_with_a_subject_of_its_own_does_not_lend_its_verb() -> None:
    """`Laos sold $2.3 billion of goods to Vietnam, ... and $43.1 million to Nepal, while Burkina
    Faso took $32.8 million`: `took` is Burkina Faso's; the listed sales stay Laos's."""
    found = extracted("That year Laos sold $2.3 billion of goods to Vietnam, $97.8 million to "
                      "India and $43.1 million to Nepal, while Burkina Faso took $32.8 million.",
                      FEB_2015)
    assert (found["$43.1 million"].exporter, found["$43.1 million"].importer) == ("LAO", "NPL")


def test_projects_as_works_are_no_projection() -> None:
    """`... on the back of equipment for telecom projects, the counsellor said`: a reported rise;
    `The ministry projects exports of ...` stays a forecast."""
    found = extracted("Chinese exports to Eritrea surged 150 percent last year to $30 million on "
                      "the back of equipment shipped for road and telecom projects, the counsellor "
                      "said.", FEB_2015)
    assert found["150 percent"].modality == "reported"
    ahead = extracted("The ministry projects exports of 2 million tonnes of rice to China next "
                      "year.", FEB_2015)
    assert ahead["2 million tonnes"].modality == "forecast"


def test_trade_sources_are_a_source_not_a_two_way_flow() -> None:
    """`..., data from trade sources showed`: `trade` names the sources; the flow is one way."""
    found = extracted("Angolan oil flowing to India rose 9.2% from December to a record 400,000 "
                      "bpd in January, data from trade sources showed.", FEB_2015)
    rise = found["400,000 bpd"]
    assert (rise.exporter, rise.importer, rise.two_way) == ("AGO", "IND", False)


def test_a_figure_in_a_when_clause_after_a_year_earlier_is_of_that_year() -> None:
    """`That is three times the volume recorded a year earlier, when shipments totaled 9,000
    tons`: the old figure a year back, and the multiple stays of the period in force."""
    found = extracted("Turkey shipped 27,000 tons of flour to Iraq in the first four months of "
                      "2014. That is three times the volume recorded a year earlier, when "
                      "shipments totaled about 9,000 tons.", FEB_2015)
    old = found["9,000 tons"]
    assert period(old) == ("2013-01-01", "2013-04-30")
    rise = found["three times"]
    assert period(rise) == ("2014-01-01", "2014-04-30")


def test_last_and_a_month_is_the_latest_such_month_before_publication() -> None:
    """`the 1.45 million mt of last November`, in a November article: a year back; `last March`
    in it is this year's March."""
    nov = date(2014, 11, 7)
    found = extracted("Colombian coal arriving in Turkey reached 1.3 million mt in September, the "
                      "most since the 1.45 million mt of last November.", nov)
    old = found["1.45 million mt"]
    assert period(old) == ("2013-11-01", "2013-11-30")
    march = extracted("Colombian coal arriving in Turkey reached 1.1 million mt last March.",
                      nov)["1.1 million mt"]
    assert march.period_start == "2014-03-01"


def test_a_percentage_above_or_short_of_a_month_is_a_change_of_the_month_in_force() -> None:
    """`4% above August`, `18.9% short of August's record`: a rise and a fall of September, not
    shares nor August's."""
    found = extracted("Coal arriving in Spain totalled 2.78 million mt in September, 18.9% short "
                      "of August's record. Russian supplies came to 1.32 million mt, 4% above "
                      "August.", FEB_2015)
    fall, rise = found["18.9%"], found["4%"]
    assert (fall.kind, fall.direction, rise.kind, rise.direction) == ("change", "down",
                                                                      "change", "up")
    assert fall.period_start == rise.period_start == "2014-09-01"


def test_the_same_months_a_year_earlier_are_a_year_back() -> None:
    """`A year earlier, over the same nine months, ...` and `Over the same period a year earlier,
    ...`: the months in force, a year back."""
    for second in ("A year earlier, over the same nine months, Chile had shipped 70,000 tonnes "
                   "of copper to China.",
                   "Over the same period a year earlier, Chile had shipped 70,000 tonnes of "
                   "copper to China."):
        found = extracted("Chile's copper shipments to China grew 25% to 87,500 tonnes in "
                          "January-September 2014. " + second, FEB_2015)
        old = found["70,000 tonnes"]
        assert period(old) == ("2013-01-01", "2013-09-30"), second


def test_review_a_country_is_no_speaker_named_with_a_clause_or_an_office() -> None:
    """`Brazil, which exports most of its soybeans to China, said ...` and `The largest buyer of
    Indian rice, Saudi Arabia, said ...`: countries trading, not sources."""
    found = extracted("Brazil, which exports most of its soybeans to China, said shipments rose "
                      "10% to 5 million tons in January.", FEB_2015)
    assert (found["5 million tons"].exporter, found["5 million tons"].importer) == ("BRA", "CHN")
    assert found["5 million tons"].attribution is None
    rice = extracted("The largest buyer of Indian rice, Saudi Arabia, said it imported 1.2 million "
                     "tons last year.", FEB_2015)["1.2 million tons"]
    assert (rice.exporter, rice.importer, rice.attribution) == ("IND", "SAU", None)


def test_review_money_brought_in_for_goods_is_a_purchase() -> None:
    """`Tanzania brought in $1.2 billion in fuel imports`: a purchase, not earnings."""
    found = extracted("Tanzania brought in $1.2 billion in fuel imports in 2014.", FEB_2015)
    assert (found["$1.2 billion"].exporter, found["$1.2 billion"].importer) == (None, "TZA")


def test_review_trade_figures_between_two_countries_are_the_flow() -> None:
    """`Trade figures between India and Pakistan stood at $2.5 billion`: the two-way flow."""
    found = extracted("Trade figures between India and Pakistan stood at $2.5 billion last year.",
                      FEB_2015)
    assert found["$2.5 billion"].two_way


def test_review_an_old_level_in_a_when_clause_steps_back() -> None:
    """`peaked in 2011, when they rose to $12 billion from $9 billion`: $9 billion is 2010's."""
    found = extracted("Iran's exports to India peaked in 2011, when they rose to $12 billion from "
                      "$9 billion.", FEB_2015)
    assert found["$9 billion"].period_start == "2010-01-01"
    assert found["$12 billion"].period_start == "2011-01-01"


def test_review_this_year_after_a_superlative_without_a_month_stays_the_period() -> None:
    """`expected to reach their highest this year at 3.3 million bpd`: this year's."""
    found = extracted("Iraq's oil exports are expected to reach their highest this year at 3.3 "
                      "million barrels per day, the oil ministry said.", FEB_2015)
    assert found["3.3 million barrels per day"].period_start == "2015-01-01"


def test_a_second_flow_with_its_own_verb_after_and_is_its_own_clause() -> None:
    """`corn exports slumped 82 percent on the year and rice shipments fell 64 percent`: the
    first fall is of corn."""
    found = extracted("Thai corn exports to Laos slumped 82 percent on the year and rice "
                      "shipments fell 64 percent.", FEB_2015)
    assert (found["82 percent"].commodity, found["64 percent"].commodity) == ("corn", "rice")


def test_a_share_of_households_is_no_trade_claim() -> None:
    """`84 percent of Malian households still ate too little`: not a share of any flow."""
    found = extracted("Senegal shipped 40,000 tons of rice to Mali in 2014. Even so, 84 percent of "
                      "Malian households still ate too little, the WFP said.", FEB_2015)
    assert "84 percent" not in found and "40,000 tons" in found


def test_one_cargo_after_a_counted_flow_is_of_its_goods() -> None:
    """`A cargo of 2,000 tons arrived on Monday`: a load of the wheat just counted."""
    found = extracted("Kazakhstan has shipped Tajikistan roughly 5,000 tons of wheat, the embassy "
                      "said. A cargo of 2,000 tons arrived on Monday.", FEB_2015)
    assert found["2,000 tons"].commodity == "wheat"


def test_a_country_taking_a_share_of_those_cargoes_is_the_partner_of_the_total() -> None:
    """`Angola accounted for more than three-quarters of those cargoes, but its shipments to
    Lisbon ...`: Angola's part of Portugal's imports just stated."""
    found = extracted("Portugal's crude imports averaged some 70,000 barrels per day in the first "
                      "quarter. Angola accounted for more than three-quarters of those cargoes, "
                      "but its fuel shipments to Lisbon averaged just 2,000 bpd.", FEB_2015)
    share = found["three-quarters"]
    assert (share.kind, share.exporter, share.importer) == ("share", "AGO", "PRT")


def test_what_a_country_burns_or_needed_is_no_flow() -> None:
    """`Haiti needed 30,000 bpd of fuel`, `the island is burning some 25,000 bpd`: consumption."""
    found = extracted("Before the crisis, Haiti needed 30,000 barrels a day of refined products. "
                      "This year the island is burning some 25,000 bpd, an analyst said.",
                      FEB_2015)
    assert "30,000 barrels a day" not in found and "25,000 bpd" not in found
