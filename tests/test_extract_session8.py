"""Rules of the eighth session of 2026-12-01, each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted, parties
from tradetrace.extract import extract_claims
from tradetrace.extract.quantities import extract_quantities
from tradetrace.model import Document
from tradetrace.normalize.periods import FiscalStart, find_periods

JUNE_2023 = date(2023, 6, 14)


def test_a_countrys_government_that_agreed_to_buy_states_the_flow_for_later_figures() -> None:
    """`Nepal's interim government has agreed to buy fertilizer and rice from India` states the
    flow (the possessive owns the buyer, not goods); the deal's figures after it, of any of the
    goods named, take its sides."""
    found = extracted("Nepal's interim government has agreed to buy fertilizer and rice from "
                      "India. The agreement covers 150,000 tons of urea and 80,000 tons of rice, "
                      "officials said.", JUNE_2023)
    # (`The deal covers ...`: the deal is that purchase, not a two-way trade of Nepal's)
    deal = extracted("Nepal's interim government has agreed to buy fertilizer from India. The "
                     "deal covers 150,000 tons of urea, a ministry spokesman said.", JUNE_2023)
    assert parties(deal["150,000 tons"]) == ("IND", "NPL", False)
    assert parties(found["150,000 tons"]) == ("IND", "NPL", False)
    assert parties(found["80,000 tons"]) == ("IND", "NPL", False)


def test_the_place_a_source_spoke_from_is_no_party() -> None:
    """`said by phone from Dhaka`: where the spokesman was, not where the goods came from, so
    the figure keeps the flow stated before it."""
    found = extracted("Bangladesh's interim government has agreed to buy fertilizer from India. "
                      "The contract covers 150,000 tons of urea, a ministry spokesman said by "
                      "phone from Dhaka on Friday.", JUNE_2023)
    assert parties(found["150,000 tons"]) == ("IND", "BGD", False)


def test_a_bare_currency_name_shared_by_countries_takes_the_named_countrys() -> None:
    """`pesos`, `rupees`, `dinars`, `shillings`: the currency of the country the text names
    nearest before the amount (else after it); with none named, pesos stay a counted noun and
    rupees India's."""
    def units(text: str) -> list[str]:
        return [q.unit for q in extract_quantities(text)]

    assert units("Havana bought fuel from a Mexican state firm worth 4.2 billion pesos in "
                 "the quarter.") == ["MXN"]
    assert units("Colombian coffee exports rose to 9 trillion pesos last year, while shipments "
                 "to Mexico fell.") == ["COP"]
    assert units("The cargoes were worth 4.2 billion pesos, Chilean officials said.") == ["CLP"]
    assert units("Cuban state media said the island spent 900 million pesos on imported "
                 "rice.") == ["CUP"]
    assert units("Karachi refiners paid 12 billion rupees for the cargo.") == ["PKR"]
    assert units("The refiner paid 12 billion rupees for the cargo.") == ["INR"]
    assert units("Kenya's tea board earned 150 billion shillings, while Baghdad budgeted "
                 "80 trillion dinars.") == ["KES", "IQD"]
    assert units("The street vendor charged 20 pesos a bag.") == ["peso/bag"]
    assert units("In Manila the vendor charged 20 pesos a bag.") == ["PHP/bag"]


def test_power_traded_and_energy_units_are_electricity() -> None:
    """`power` sold across a border is electricity, and so is any figure in watt-hours; power
    plants, power cuts, taking power, world powers and the Power of Siberia pipeline are not."""
    found = extracted("Laos sold more power to Thailand last year: exports of Lao power rose "
                      "12% to 31,500 gigawatt-hours, worth $1.9 billion, the ministry said.",
                      JUNE_2023)
    assert {found[s].commodity for s in ("12%", "31,500 gigawatt-hours", "$1.9 billion")} == {
        "electricity"}
    bare = extracted("Georgia bought 1.2 billion kilowatt-hours from Azerbaijan in 2022.",
                     JUNE_2023)
    assert bare["1.2 billion kilowatt-hours"].commodity == "electricity"
    plants = extracted("Vietnam's coal imports from Australia rose 40% to 9 million tonnes as "
                       "its power plants ran hard, after the party that took power in 2021 "
                       "courted world powers.", JUNE_2023)
    assert plants["9 million tonnes"].commodity == "coal"
    assert plants["40%"].commodity == "coal"


def test_a_month_range_with_a_dashed_year_pair_is_a_season() -> None:
    """`the July-June 2021-2022 marketing year` and `October-September 2019-20` run from the
    first month of the first year to the last month of the second (not the last month alone)."""
    found = extracted("Ukraine exported 18.7 million tonnes of wheat in the July-June 2021-2022 "
                      "marketing year. India sold 4.1 million tonnes of sugar abroad in "
                      "October-September 2019-20.", JUNE_2023)
    wheat = found["18.7 million tonnes"]
    assert (wheat.period_start, wheat.period_end) == ("2021-07-01", "2022-06-30")
    sugar = found["4.1 million tonnes"]
    assert (sugar.period_start, sugar.period_end) == ("2019-10-01", "2020-09-30")


def test_rows_after_a_ranked_buyer_replace_the_buyer() -> None:
    """`Indonesia was the largest buyer of Australian wheat ... Vietnam came second with ...,
    ahead of Korea with ...`: the rows rank buyers, so the seller stays Australia."""
    found = extracted("Indonesia was the largest buyer of Australian wheat last year, taking "
                      "4.4 million tonnes. Vietnam came second with 2.9 million tonnes, ahead of "
                      "South Korea with 1.6 million tonnes.", JUNE_2023)
    assert parties(found["2.9 million tonnes"]) == ("AUS", "VNM", False)
    assert parties(found["1.6 million tonnes"]) == ("AUS", "KOR", False)


def test_goods_sent_abroad_go_to_everyone() -> None:
    """`shipped ... abroad` after a buyer's figure: the seller's total, with no buyer."""
    found = extracted("Indonesia was the largest buyer of Australian wheat last year, taking "
                      "4.4 million tonnes. Australian growers shipped 31 million tonnes of "
                      "wheat overseas in all.", JUNE_2023)
    assert parties(found["31 million tonnes"]) == ("AUS", None, False)


def test_a_comparison_base_sets_no_period_for_the_article() -> None:
    """A headline's `80% of last year's level` names what is compared with: the body's bare
    `in May` is still the publication year's May."""
    document = Document.from_text(
        "Thai rice sales to Malaysia recover to 85% of last year's level\n"
        "Thailand sold Malaysia rice worth $41.2 million in May, traders said.",
        published=date(2014, 6, 20))
    found = {c.surface: c for c in extract_claims(document)}
    assert found["$41.2 million"].period_start == "2014-05-01"


def test_a_share_of_an_older_figure_has_the_sentences_own_period() -> None:
    """`..., or 72 percent of the $50 million reached in April 2013` and `about half of their
    level a year earlier`: the older period is the compared figure's, not the share's; with no
    period before it, a share of a total keeps the total's (`80% of the 9 million tons Kenya
    imported in 2022`)."""
    found = extracted("Laos's power sales to Thailand in April were $36 million, or 72 percent "
                      "of the $50 million reached in April 2013. Its coal sales in April came to "
                      "$4 million, about half of their level a year earlier. Russia supplied "
                      "80% of the 9 million tons of wheat Kenya imported in 2022.",
                      date(2014, 5, 20))
    assert found["72 percent"].period_start == "2014-04-01"
    assert found["half"].period_start == "2014-04-01"
    assert found["80%"].period_start == "2022-01-01"


def test_since_after_a_superlative_a_few_words_back_is_no_period() -> None:
    """`the smallest monthly volume the ministry has recorded since March 2009`: the record's
    span, not the period of the figure (which is the sentence's month)."""
    found = extracted("Mongolia's coal sales to China shrank in May. Coal shipments fell 41 "
                      "percent to 1.2 million tonnes, the smallest monthly volume the ministry "
                      "has recorded since March 2009.", date(2016, 6, 10))
    assert (found["1.2 million tonnes"].period_start,
            found["1.2 million tonnes"].period_end) == ("2016-05-01", "2016-05-31")


def test_a_side_neutral_flow_word_goes_on_with_the_paragraphs_flow() -> None:
    """After `China's purchases of coal from Mongolia`, reported by China's customs, bare
    `Coal shipments` are still Mongolia's to China (unlike bare `Exports`, China's own)."""
    found = extracted("China's imports of copper and coal from Mongolia fell in May, China's "
                      "customs agency said. Arrivals of copper came to 3,000 tonnes, worth $2 "
                      "million. Coal shipments dropped 12 percent to 2.1 million tonnes.",
                      date(2016, 6, 10))
    assert parties(found["2.1 million tonnes"]) == ("MNG", "CHN", False)


def test_a_year_in_a_since_clause_after_a_superlative_is_no_period() -> None:
    """`the highest since official records began in 1995`, `the first recorded since the EU
    banned the trade in 2014`: when the record starts, not the figure's period."""
    found = extracted("Kazakhstan's grain sales to Afghanistan rose 30% to 2.9 million tonnes "
                      "in 2022, the highest since official records began in 1995. The cargo, the "
                      "first recorded since the EU banned the trade in 2014, held 40,000 tonnes "
                      "of coal.", date(2023, 2, 1))
    assert found["2.9 million tonnes"].period_start == "2022-01-01"
    assert found["40,000 tonnes"].period_start != "2014-01-01"


def test_a_percentage_below_or_above_a_base_is_a_change() -> None:
    """`61.3% below a year earlier`, `14% above 2019 levels`: changes down and up from that
    base, of the sentence's own period; `5% below the cap` is no change."""
    found = extracted("Vietnam's rice exports to the Philippines in March were 61.3% below a "
                      "year earlier. Its coffee exports to Germany in March were 14% above 2019 "
                      "levels.", date(2021, 4, 20))
    assert (found["61.3%"].kind, found["61.3%"].direction) == ("change", "down")
    assert (found["14%"].kind, found["14%"].direction) == ("change", "up")
    assert found["14%"].period_start == "2021-03-01"
    assert [q.change for q in extract_quantities("Shipments stayed 5% below the cap.")] == [None]


def test_could_or_may_before_a_change_verb_is_a_forecast() -> None:
    """`could shrink to`, `may fall to`: what may happen, a forecast (not `may have fallen`,
    an estimate of what did)."""
    found = extracted("Chilean copper sales to China could shrink to 2.1 million tonnes this "
                      "year, a drop of 9% to 12%. Peru's sales may fall to 1.4 million tonnes.",
                      date(2024, 9, 1))
    assert {found[s].modality for s in ("2.1 million tonnes", "9% to 12%",
                                        "1.4 million tonnes")} == {"forecast"}


def test_an_expected_figure_to_be_exported_is_a_forecast() -> None:
    """`the ministry expects 30 million tonnes to be exported`: the verb before the figure makes
    it a forecast; `to be exported` after it does not make it a plan."""
    found = extracted("Kazakhstan's grain exports rose 4% in the first quarter, and the ministry "
                      "expects 9 million tonnes to be exported over the season.",
                      date(2024, 4, 10))
    assert found["9 million tonnes"].modality == "forecast"


def test_by_a_month_is_the_year_so_far() -> None:
    """`had bought ... by mid-November`, `by October`: January to that month (not the month
    alone); `by Oct. 5` is a date, and `Reporting by Mariana` no month at all."""
    found = extracted("Japan had imported 5.2 million tons of Australian wheat by mid-November, "
                      "and South Korea 2.1 million tons by October.", date(2024, 12, 2))
    assert (found["5.2 million tons"].period_start,
            found["5.2 million tons"].period_end) == ("2024-01-01", "2024-11-30")
    assert (found["2.1 million tons"].period_start,
            found["2.1 million tons"].period_end) == ("2024-01-01", "2024-10-31")
    assert [m.surface for m in find_periods("Reporting by Mariana Parra; editing by Mayer.",
                                            date(2024, 12, 2))] == []


def test_a_countrys_production_has_no_buyer() -> None:
    """`Kazakhstan's oil production averaged ...`, `Indonesian coal output rose ...`: the
    producer's figure, with no partner from the flows told before it."""
    found = extracted("Most Kazakh crude went to Italy last year, taking 40% of its exports. "
                      "Kazakhstan's oil production averaged 1.8 million barrels a day, 90,000 "
                      "barrels a day more than a year earlier.", date(2024, 2, 1))
    assert parties(found["1.8 million barrels a day"]) == ("KAZ", None, False)
    stated = extracted("Indonesian coal shipments to India rose. Indonesian coal output rose 4% "
                       "in May to 62 million tonnes.", date(2024, 7, 1))
    assert parties(stated["62 million tonnes"]) == ("IDN", None, False)


def test_a_reason_clause_after_an_adverb_keeps_its_countries() -> None:
    """`..., mainly because buyers in Japan cut orders`: the reason's country is no buyer of the
    figure's flow (as with a bare `, because`)."""
    found = extracted("Australia's coal exports fell 9% in June to 25 million tonnes, mainly "
                      "because coal that used to go to Japan found no buyers.", date(2023, 7, 20))
    assert parties(found["25 million tonnes"]) == ("AUS", None, False)


def test_sales_in_money_are_total_trade_not_the_goods_before() -> None:
    """`China's sales to its neighbour rose to $603 million` after a figure of rice: sales is a
    flow word of all goods, like exports or purchases."""
    found = extracted("Laos also bought $4.2 million of Thai rice in May. Over January-May, "
                      "Thailand's sales to its neighbour rose to $890 million.", date(2023, 6, 20))
    assert found["$890 million"].commodity == "trade"


def test_from_a_hedged_level_to_another_is_a_movement_not_a_range() -> None:
    """`climbed from just over 63 tonnes to 1,100 tonnes`, `from less than 0.5 tonnes to 8
    tonnes`: two levels (the old one hedged), not one range; bananas are food."""
    quantities = extract_quantities("Banana exports climbed from just over 63 tonnes to 1,100 "
                                    "tonnes, and cocoa from less than 0.5 tonnes to 8 tonnes.")
    assert [(q.surface, q.bound) for q in quantities] == [
        ("63 tonnes", ">"), ("1,100 tonnes", "="), ("0.5 tonnes", "<"), ("8 tonnes", "=")]
    found = extracted("Chinese banana exports to Laos climbed from just over 63 tonnes to 1,100 "
                      "tonnes in June.", date(2017, 7, 20))
    assert found["1,100 tonnes"].commodity == "food"


def test_weekly_figures_and_the_weeks_before() -> None:
    """Weekly tanker data: `the week to March 10` is March 4-10; `the previous two weeks` the
    fourteen days before it, `a week earlier` the seven days before it."""
    found = extracted("Saudi crude arrivals in Japan averaged 1.1 million bpd in the week to "
                      "March 10, down from 1.3 million bpd over the previous two weeks. Kuwait's "
                      "shipments to Japan fell to 0.2 million bpd that week from 0.3 million bpd "
                      "a week earlier.", date(2024, 3, 14))
    periods = {s: (c.period_start, c.period_end) for s, c in found.items()}
    assert periods["1.1 million bpd"] == ("2024-03-04", "2024-03-10")
    assert periods["1.3 million bpd"] == ("2024-02-19", "2024-03-03")
    assert periods["0.3 million bpd"] == ("2024-02-26", "2024-03-03")


def test_an_active_buyer_taking_a_figure_is_a_row_of_the_sellers_flow() -> None:
    """`Algeria was an active buyer, taking about 60,000 tons`: the buyer of the seller's
    exports told just before."""
    found = extracted("Ukraine exported 2.9 million tons of corn in March. Spain was the most "
                      "active buyer, taking about 410,000 tons, while Egypt was a keen buyer, "
                      "taking 200,000 tons.", date(2024, 4, 5))
    assert parties(found["410,000 tons"]) == ("UKR", "ESP", False)
    assert parties(found["200,000 tons"]) == ("UKR", "EGY", False)


def test_goods_from_one_country_to_another_state_the_flow_without_a_trade_verb() -> None:
    """`Russian crude flows to Turkey slowed in May` names no trade verb, but its goods go from
    Russia to Turkey: the bare figures after it are that flow (and `soybean` is food)."""
    found = extracted("Russian crude flows to Turkey slowed sharply in May, port data showed. "
                      "Shipments averaged 310,000 bpd in the week to May 19.", date(2024, 5, 22))
    assert parties(found["310,000 bpd"]) == ("RUS", "TUR", False)
    soy = extracted("Brazilian soybean flows to China slowed in May. Shipments came to 9 "
                    "million tonnes.", date(2024, 6, 22))
    assert (soy["9 million tonnes"].commodity, parties(soy["9 million tonnes"])) == (
        "food", ("BRA", "CHN", False))


def test_a_season_whose_months_follow_in_parentheses() -> None:
    """`the 2022/23 season (October to September)`: the article's split years run from
    October; `2021/22` after it is the season before."""
    found = extracted("Thailand shipped 1.1 million tons of sugar to Indonesia over the 2022/23 "
                      "season (October to September), against 0.8 million tons in 2021/22.",
                      date(2023, 11, 2))
    assert (found["1.1 million tons"].period_start,
            found["1.1 million tons"].period_end) == ("2022-10-01", "2023-09-30")
    assert (found["0.8 million tons"].period_start,
            found["0.8 million tons"].period_end) == ("2021-10-01", "2022-09-30")


def test_a_month_after_the_month_in_force_counts_back_from_publication() -> None:
    """In a March report, after February's figures, `in October` and `in November` are the
    autumn before (not this year's, still to come); `in February` after them is this year's
    again."""
    found = extracted("Venezuela's oil sales to Cuba fell 6% in February. Cuba took 41,000 bpd "
                      "in October and 38,000 bpd in November, the data showed. In February, "
                      "flows averaged 30,000 bpd.", date(2023, 3, 10))
    starts = {s: c.period_start for s, c in found.items()}
    assert starts["41,000 bpd"] == "2022-10-01"
    assert starts["38,000 bpd"] == "2022-11-01"
    assert starts["30,000 bpd"] == "2023-02-01"


def test_a_level_in_a_since_when_clause_is_of_that_year() -> None:
    """`the lowest since 2016, when it came to $2.4 billion`: the old level is 2016's."""
    found = extracted("Japan's trade with Iran fell 30% to $1.1 billion last year, the lowest "
                      "since 2016, when it came to $0.9 billion.", date(2020, 2, 20))
    level = found["$0.9 billion"]
    assert (level.period_start, level.period_end) == ("2016-01-01", "2016-12-31")
    assert found["$1.1 billion"].period_start == "2019-01-01"


def test_a_part_of_an_unstated_fiscal_year_is_no_calendar_half() -> None:
    """`in October-March, the first half of its fiscal year,`: the months written beside it
    say which half; `the first half` alone would be January-June."""
    found = extracted("Egypt's cotton exports to India rose 40% in October-March, the first "
                      "half of its fiscal year, to $95 million.", date(2024, 4, 20))
    level = found["$95 million"]
    assert (level.period_start, level.period_end) == ("2023-10-01", "2024-03-31")


def test_the_country_given_goods_with_a_verb_of_giving_receives_them() -> None:
    """`Japan, long a leading donor, has provided Myanmar with supplies worth $30 million`: the
    country right after `provided` is the receiver, even when the giver is set off before it."""
    found = extracted("Japan, long one of the leading donors to the agency, has provided Myanmar "
                      "with supplies worth $30 million since 2021.", date(2024, 3, 1))
    assert parties(found["$30 million"]) == ("JPN", "MMR", False)


def test_rows_after_a_colon_share_the_headings_change_verb() -> None:
    """`Other suppliers cut deliveries: Chile by 14% to 90,000 tons, Peru by 9% to ...`: each
    row's `by N%` is a fall; `3% above May 2022` is a rise."""
    quantities = extract_quantities("Other suppliers cut deliveries: Chile by 14% to 90,000 "
                                    "tons, Peru by 9% to 41,000 tons. Imports were 3% above "
                                    "May 2022.")
    changes = {q.surface: q.change for q in quantities if q.unit == "percent"}
    assert changes == {"14%": "down", "9%": "down", "3%": "up"}


def test_the_old_level_after_a_stated_share_is_a_share() -> None:
    """`covers about 21% of Japan's LNG imports, down from nearly two-fifths`: the old share, not a
    fall of two-fifths (`up from 2%` after a rise stays a change)."""
    found = extracted("Australian gas now covers about 21% of Japan's LNG imports, down from "
                      "nearly two-fifths in 2014. Japan's LNG imports rose 6% in May, up from "
                      "2% in April.", date(2024, 6, 20))
    assert (found["two-fifths"].kind, found["two-fifths"].direction) == ("share", None)
    assert (found["2%"].kind, found["2%"].direction) == ("change", "up")


def test_shares_of_further_owners_with_the_total_left_out_take_those_owners() -> None:
    """`65% of Kenya's imports, 30% of Uganda's and 20% of Rwanda's`: each later share belongs to
    the country named after it, on the side the first owner was (the buyer here)."""
    found = extracted("Brazilian sugar now covers 65% of Kenya's imports, 30% of Uganda's and 20% "
                      "of Rwanda's, the board said.", date(2024, 2, 10))
    assert parties(found["65%"]) == ("BRA", "KEN", False)
    assert parties(found["30%"]) == ("BRA", "UGA", False)
    assert parties(found["20%"]) == ("BRA", "RWA", False)


def test_a_season_defined_by_its_dates_is_counted_to_publication_since_its_start() -> None:
    """`since the start of the current marketing season, which runs from October 1, 2023 to
    September 30, 2024`: the dates say which months the season has (they are no period of their
    own), and the figure counts from its start to the publication month."""
    text = ("Brazilian corn exports to Vietnam have risen 18% since the start of the current "
            "marketing season, which runs from October 1, 2023 to September 30, 2024.")
    mentions = find_periods(text, date(2024, 5, 20))
    assert [(m.surface, m.period.start, m.period.end) for m in mentions if m.period] == [
        ("since the start of the current marketing season", date(2023, 10, 1),
         date(2024, 5, 31))]
    # (with the months stated elsewhere, the same reading)
    stated = find_periods("Shipments since the start of the current marketing year are up. The "
                          "2023/24 marketing year (October to September) ends soon.",
                          date(2024, 5, 20), fiscal_start=FiscalStart(10))
    assert (stated[0].period.start, stated[0].period.end) == (date(2023, 10, 1),
                                                              date(2024, 5, 31))


def test_demonyms_and_capitals_of_countries_beyond_the_first_curated_ones() -> None:
    """`Tanzanian sugar`, `Moroccan phosphate`, `Accra`: any country pair, not only the ones the
    first cases needed; a Baltic capital that mostly names a transit port stays no party."""
    found = extracted("Tanzanian sugar now covers 65% of Kenya's imports, the board said. Accra "
                      "bought 40,000 tonnes of Moroccan fertilizer last year.", JUNE_2023)
    assert parties(found["65%"]) == ("TZA", "KEN", False)
    assert parties(found["40,000 tonnes"]) == ("MAR", "GHA", False)
    transit = extracted("Before Riga halted the transit, about 2 million tonnes a year of "
                        "Belarusian fertilizer had gone out through Ventspils.", JUNE_2023)
    assert parties(transit["2 million tonnes a year"]) == ("BLR", None, False)


def test_a_modal_forecast_cue_only_governs_the_figures_of_its_own_predicate() -> None:
    """`could fall 20% to 2 million tons` is a forecast; a `may fall` in a relative clause, in an
    earlier clause or in a predicate after the figure leaves a reported figure reported (and in
    its own year)."""
    forecast = extracted("Argentine corn exports to Vietnam could fall 20% to 2 million tons next "
                         "year.", date(2024, 6, 14))
    assert {c.modality for c in forecast.values()} == {"forecast"}
    for text in ("Argentine corn exports to Vietnam, which may fall further, dropped 20% to 2 "
                 "million tons in May.",
                 "Traders warn prices may fall, after Argentine corn exports to Vietnam dropped "
                 "20% to 2 million tons in May.",
                 "Argentine corn exports to Vietnam dropped 20% to 2 million tons in May and may "
                 "fall further."):
        found = extracted(text, date(2024, 6, 14))
        level = found["2 million tons"]
        assert (level.modality, level.period_start) == ("reported", "2024-05-01"), text
        assert found["20%"].modality == "reported", text


def test_production_reads_stop_at_the_next_clause() -> None:
    """`Egypt's wheat output slumped as buyers imported 2 million tons from Russia`: the figure
    is the import, not Egypt's production."""
    found = extracted("Kenya's maize output slumped as millers imported 2 million tons from "
                      "Zambia in May.", date(2024, 6, 14))
    assert parties(found["2 million tons"]) == ("ZMB", "KEN", False)
    own = extracted("Kenya's maize output rose to 4 million tons in 2023.", date(2024, 6, 14))
    assert parties(own["4 million tons"])[0] == "KEN"


def test_since_a_year_when_gives_that_year_only_to_the_level_its_verb_states() -> None:
    """`since 2005, when it stood at $1.06 billion`: that year's level; `since 2019, when sanctions
    were eased, to 5 million tons in 2023` is 2023's."""
    eased = extracted("Kazakh wheat exports to Iran have risen since 2019, when sanctions were "
                      "eased, to 5 million tons in 2023.", date(2024, 6, 14))
    assert (eased["5 million tons"].period_start, eased["5 million tons"].period_end) == (
        "2023-01-01", "2023-12-31")
    stood = extracted("Kazakh wheat exports to Iran are the lowest since 2005, when they stood "
                      "at $1.06 billion.", date(2024, 6, 14))
    assert stood["$1.06 billion"].period_start == "2005-01-01"


def test_bare_power_is_electricity_only_where_trade_words_tie_it_to_a_flow() -> None:
    """`power exports`, `exported power`, `kilowatt-hours of power`, `Laotian power rose`; not
    `the power to cut`, `bargaining power`."""
    def commodities(text: str) -> set[str | None]:
        return {c.commodity for c in extracted(text, date(2024, 6, 14)).values()}

    assert commodities("China has the power to cut Australian coal imports, which fell 40% to 30 "
                       "million tons in 2021.") == {"coal"}
    assert commodities("Turkey used its bargaining power to raise its exports to Iraq by 20% in "
                       "2023.") == {"trade"}
    assert commodities("A 20% rise in power exports to Thailand brought Laos $30 million in "
                       "2023.") == {"electricity"}
    assert commodities("Laos exported power worth $2 billion to Thailand in 2023.") == {
        "electricity"}
    assert commodities("Laotian power rose 91% in 2023, customs data show.") == {"electricity"}


def test_a_longer_country_name_wins_over_the_demonym_inside_it() -> None:
    """`Papua New Guinean`, `Equatorial Guinean`: not Guinea's."""
    png = extracted("Papua New Guinean LNG exports to Japan rose to 8 million tons in 2023.",
                    date(2024, 6, 14))
    gnq = extracted("Equatorial Guinean oil exports to China rose to 3 million tons in 2023.",
                    date(2024, 6, 14))
    assert parties(png["8 million tons"])[0] == "PNG"
    assert parties(gnq["3 million tons"])[0] == "GNQ"


def test_a_month_range_with_a_spaced_dash_after_its_year_is_no_year_pair() -> None:
    """`in October-March 2024 - 15 percent more`: the dash opens an aside, not `2024-15`."""
    found = extracted("China bought 4 million tons of Russian wheat in October-March 2024 - 15 "
                      "percent more than a year earlier.", date(2024, 6, 14))
    level = found["4 million tons"]
    assert (level.period_start, level.period_end) == ("2023-10-01", "2024-03-31")


def test_a_news_agency_told_is_no_place_a_source_spoke_from() -> None:
    """`A trader told Reuters imports from Russia fell`: Russia is the origin; `told reporters in
    Beijing` is where the source spoke."""
    found = extracted("A trader told Reuters imports from Russia fell to 2 million tons of wheat "
                      "in March.", date(2024, 6, 14))
    assert parties(found["2 million tons"])[0] == "RUS"


def test_a_demonym_after_a_measured_amount_is_the_origin_of_goods_with_no_key() -> None:
    """`16.5 million tons of Russian liquefied natural gas`: Russia's, though the goods have no
    key in the taxonomy."""
    found = extracted("Japanese utilities imported 6.1 million tons of Australian liquefied "
                      "natural gas in the first half.", date(2024, 8, 14))
    assert parties(found["6.1 million tons"]) == ("AUS", "JPN", False)
