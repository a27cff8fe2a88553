"""Rules of the eleventh session of 2026-12-01, each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted, period
from tradetrace.extract.parties import find_countries
from tradetrace.extract.roles import find_frame
from tradetrace.normalize.periods import FiscalStart, find_periods

MAY_2019 = date(2019, 5, 20)


def test_a_sentence_naming_goods_and_their_parent_sets_the_specific_topic() -> None:
    """`Kazakh crude ... the country's oil industry`: the topic the next figures take is crude,
    not lost because the sentence also names the oil its crude belongs to."""
    found = extracted("Turkey bought much less Kazakh crude in April, a sign that refiners are "
                      "wary of the country's oil industry. Arrivals from Kazakhstan came to "
                      "310,000 tonnes, customs data showed.", MAY_2019)
    assert found["310,000 tonnes"].commodity == "crude_oil"


def test_a_figure_of_last_years_total_is_of_last_year() -> None:
    """`$2.4 billion of last year's sales`: a part of that year's total, of that year; `60% of
    last year's level` is still compared with it."""
    found = extracted("Zambian copper accounted for $2.4 billion of last year's sales to China.",
                      MAY_2019)
    assert period(found["$2.4 billion"]) == ("2018-01-01", "2018-12-31")
    ratio = extracted("Zambia's copper sales to China recovered to 60% of last year's level.",
                      MAY_2019)["60%"]
    assert period(ratio) != ("2018-01-01", "2018-12-31")


def test_a_longer_country_name_inside_a_shorter_form_wins() -> None:
    """`the North Korea-China border`: North Korea (not `the North`), so the hyphen makes a pair
    and the trade across it is two-way."""
    text = "Trade across the North Korea-China border shrank 4 percent in April."
    assert [m.surface for m in find_countries(text)] == ["North Korea", "China"]
    fall = extracted(text, MAY_2019)["4 percent"]
    assert fall.two_way and {fall.exporter, fall.importer} == {"PRK", "CHN"}


def test_a_price_per_a_counted_weight_is_no_claim() -> None:
    """`fetches 100 yuan per 500 grams, up from 60 yuan`: a price and what it is per; neither
    is an amount traded."""
    found = extracted("Imported North Korean crab now fetches 100 yuan per 500 grams in Dandong, "
                      "up from 60 yuan before the ban.", MAY_2019)
    assert not found


def test_spending_on_goods_is_a_purchase_by_the_spender() -> None:
    """`Egypt spent $3.1 billion on wheat`: Egypt bought it; spending on anything else (`spent
    4 billion rubles rebuilding the port`) is no flow."""
    found = extracted("Egypt spent $3.1 billion on wheat in 2018.", MAY_2019)
    assert (found["$3.1 billion"].exporter, found["$3.1 billion"].importer) == (None, "EGY")
    assert not extracted("Russia spent 4 billion rubles rebuilding the port of Rajin.", MAY_2019)


def test_a_country_name_before_goods_after_on_is_their_origin() -> None:
    """`spent $21 million on U.S. pork`: the United States sold it."""
    found = extracted("Cuba spent $21 million on U.S. pork in March.", MAY_2019)
    assert (found["$21 million"].exporter, found["$21 million"].importer) == ("USA", "CUB")


def test_a_country_that_donated_goods_is_their_exporter() -> None:
    """`Laos has donated 7,000 tonnes of rice`: a gift is a flow from the giver; `gave` is no
    trade verb (`imports of U.S. soybeans gave a lift to farmers` are still U.S. goods)."""
    found = extracted("Laos has donated 7,000 tonnes of rice, the ministry said.", MAY_2019)
    assert found["7,000 tonnes"].exporter == "LAO"
    lift = extracted("China's imports of U.S. soybeans gave a lift to farmers, rising 30% to 20 "
                     "million tonnes in 2018.", MAY_2019)["20 million tonnes"]
    assert (lift.exporter, lift.importer) == ("USA", "CHN")


def test_a_sentence_naming_another_destination_takes_it_over_the_paragraphs() -> None:
    """`Only 20,000 tonnes went to Kenya` after shipments to Egypt: Kenya replaces Egypt (the
    paragraph's flow lends only the side the sentence leaves open)."""
    found = extracted("Shipments of wheat to Egypt reached 900,000 tonnes. Only about 20,000 "
                      "tonnes went to Kenya.", MAY_2019)
    assert found["900,000 tonnes"].importer == "EGY"
    assert found["20,000 tonnes"].importer == "KEN"


def test_two_buyers_that_each_took_an_amount_take_it_from_the_paragraphs_supplier() -> None:
    """`Algeria and Morocco each took 250,000 tonnes` after Russia's exports: from Russia, to
    both together (no single importer); `notifications from China and Russia` stay suppliers."""
    found = extracted("Russia's wheat exports rose to 4 million tonnes in March. Algeria and "
                      "Morocco each took around 250,000 tonnes.", MAY_2019)
    took = found["250,000 tonnes"]
    assert (took.exporter, took.importer) == ("RUS", None)


def test_what_a_plant_can_process_and_its_restatement_are_no_claims() -> None:
    """`can each process 8 million tonnes of crude a year, or about 160,000 barrels a day`: a
    capacity, in two units; neither is a flow."""
    assert not extracted("Kazakhstan's two refineries can each process 8 million tonnes of crude "
                         "a year, or about 160,000 barrels a day.", MAY_2019)


def test_a_day_span_from_a_dated_day_to_an_undated_earlier_one_runs_into_the_next_year() -> None:
    """`from Oct. 1, 2018 through Feb. 7`: October 2018 to February 2019 (the end has no year
    of its own, and falls before the start in the start's year)."""
    found = find_periods("Sales from Oct. 1, 2018 through Feb. 7 reached 800,000 tons.", MAY_2019)
    assert [(m.period.start.isoformat(), m.period.end.isoformat()) for m in found
            if m.period] == [("2018-10-01", "2019-02-07")]


def test_the_opening_months_of_a_fiscal_year_whose_months_are_stated() -> None:
    """`the opening five months of the 2018-2019 fiscal year, which started on Oct. 1`: October
    to February; `the first nearly 10 months` of it: October to July; `the opening four months
    of the current calendar year (March 21-July 22)` leaves the dates to say which months."""
    text = ("Myanmar's rice exports exceeded 1.1 million tons in the opening five months of the "
            "2018-2019 fiscal year, which started on Oct. 1.")
    assert period(extracted(text, MAY_2019)["1.1 million tons"]) == ("2018-10-01", "2019-02-28")
    nearly = find_periods("in the first nearly 10 months of the 2018-19 fiscal year", MAY_2019,
                          fiscal_start=FiscalStart(10))
    assert [(m.period.start.isoformat(), m.period.end.isoformat()) for m in nearly
            if m.period] == [("2018-10-01", "2019-07-31")]
    dated = find_periods("over the opening four months of the current calendar year (March "
                         "21-July 22)", MAY_2019)
    assert [m.surface for m in dated if m.period] == ["March 21-July 22"]


def test_goods_owned_by_a_country_after_a_measure_come_from_it() -> None:
    """`Turkish buyers had taken 9 million kg of Malawi's tobacco`: Malawi sold it (`taken` is a
    purchase); `Taken together` is no flow."""
    found = extracted("Turkish buyers had taken 9 million kg of Malawi's tobacco by March 2.",
                      MAY_2019)
    assert (found["9 million kg"].exporter, found["9 million kg"].importer) == ("MWI", "TUR")


# Regressions a review of this session's rules found, each pinned (publication date mid-2019).


def test_spending_on_something_other_than_goods_is_no_purchase() -> None:
    """`spent $2 billion on oil exploration`: no purchase of oil by the spender."""
    found = extracted("Saudi Aramco spent $2 billion on oil exploration in the Red Sea last year.",
                      MAY_2019)
    assert all(c.importer != "SAU" for c in found.values())


def test_a_tariff_on_a_countrys_goods_does_not_make_it_the_origin_of_all_imports() -> None:
    """`cut tariffs on U.S. pork, and imports of pork rose`: the imports come from anywhere."""
    found = extracted("China cut tariffs on U.S. pork, and imports of pork rose 60% to 1.1 "
                      "million tonnes in the first quarter.", MAY_2019)
    assert found["1.1 million tonnes"].exporter is None


def test_a_count_after_each_is_no_rate_denominator() -> None:
    """`40,000 bags each 60 kilograms`: the bags are the amount shipped."""
    found = extracted("Uganda shipped 40,000 bags each 60 kilograms of coffee to Sudan in 2018.",
                      MAY_2019)
    assert "40,000 bags" in found


def test_a_countrys_needs_after_a_measure_do_not_make_it_the_seller() -> None:
    """`shipped 8 million tonnes of Egypt's wheat requirements`: Russia sold, Egypt needs."""
    found = extracted("Russia shipped 8 million tonnes of Egypt's wheat requirements in 2018.",
                      MAY_2019)
    assert found["8 million tonnes"].exporter == "RUS"


def test_a_ratio_to_last_years_amount_keeps_the_month_in_force() -> None:
    """`in April were only 40% of last year's amount, at 1.2 million tonnes`: April's."""
    found = extracted("Imports from Russia in April were only 40% of last year's amount, at 1.2 "
                      "million tonnes.", MAY_2019)
    assert period(found["1.2 million tonnes"]) == ("2019-04-01", "2019-04-30")


def test_an_aside_about_a_narrower_good_does_not_become_the_topic() -> None:
    """`grain exports ..., though wheat lagged behind. Shipments ... 9 million tonnes`: grain."""
    found = extracted("Russia's grain exports hit a record in 2018, though wheat lagged behind. "
                      "Shipments to Egypt rose 15% to 9 million tonnes.", MAY_2019)
    assert found["9 million tonnes"].commodity == "grain"


def test_months_of_a_fiscal_year_whose_months_are_not_stated_stay_unknown() -> None:
    """`the first 11 months of the financial year 2018-19` with no months given: no calendar
    guess; nor `the first nearly 10 months of the current Iranian year`."""
    found = extracted("Trade between India and Bangladesh hit $9 billion in the first 11 months "
                      "of the financial year 2018-19.", MAY_2019)
    assert period(found["$9 billion"]) == (None, None)
    iran = extracted("Iran exported $2.3 billion of goods to Iraq in the first nearly 10 months "
                     "of the current Iranian year.", MAY_2019)
    assert period(iran["$2.3 billion"]) == (None, None)


def test_a_day_span_does_not_roll_past_the_publication_date() -> None:
    """`from Dec. 1, 2018 through Nov. 30` in a May 2019 report: not to November 2019."""
    found = find_periods("Sales from Dec. 1, 2018 through Nov. 30 reached 800,000 tons.", MAY_2019)
    assert all(m.period is None or m.period.end <= MAY_2019 for m in found)


def test_goods_without_a_key_opening_a_sentence_leave_the_commodity_unknown() -> None:
    """`Timber shipments to China rose`: timber has no key, so the goods are unknown (not total
    trade), as `timber shipments` in mid-sentence; `Container shipments` names no goods."""
    found = extracted("Timber shipments to China rose 5% to $3 million in 2018.", MAY_2019)
    assert found["$3 million"].commodity is None
    boxed = extracted("Container shipments to China rose 5% in 2018.", MAY_2019)
    assert boxed["5%"].commodity == "trade"


def test_a_figure_that_compares_with_an_older_one_leaves_the_period_in_force() -> None:
    """`That compares with $11 million for the whole of 2017.`: an old level; the next sentence's
    figures are still of the months before it."""
    found = extracted("Kenya's imports of Russian wheat hit $18 million in January-April. That "
                      "compares with $11 million for the whole of 2017. Flour made up $2 "
                      "million of the four-month total.", MAY_2019)
    assert period(found["$11 million"]) == ("2017-01-01", "2017-12-31")
    assert period(found["$2 million"]) == ("2019-01-01", "2019-04-30")


def test_a_share_in_a_when_clause_after_an_old_level_is_of_that_year() -> None:
    """`compares with $2.8 billion in 2017, when China accounted for 91 percent`: 2017's share."""
    found = extracted("North Korea's trade fell 3 percent last year to $2.7 billion. The figure "
                      "compares with $2.8 billion in 2017, when China accounted for a record 91 "
                      "percent of the total.", MAY_2019)
    assert period(found["91 percent"]) == ("2017-01-01", "2017-12-31")


def test_goods_in_a_relative_clause_about_the_subject_do_not_lead_the_sentence() -> None:
    """`Tankers, which carry fuel to ports, took 30,000t of gasoil, 40pc less than the 50,000t
    a year earlier`: the old level is gasoil too, not the fuel of the aside."""
    found = extracted("North Korean tankers, which carry fuel to ports in the north-east, took "
                      "30,000t of gasoil at Nakhodka in January-April, 40pc less than the 50,000t "
                      "loaded a year earlier.", MAY_2019)
    assert found["50,000t"].commodity == "diesel"


def test_the_same_month_a_year_earlier_is_a_year_back_and_an_aside() -> None:
    """`In the same month a year earlier China had taken in 1.2 million tonnes`: April 2018 after
    April 2019's figures (a year back, not a month), and the next sentence's `In April` is still
    April 2019."""
    found = extracted("Iron ore arrivals totalled 200,000 tonnes in April. In the same month a "
                      "year earlier China had taken in 1.2 million tonnes of coal from the North. "
                      "In April, gasoline shipments going the other way fell to 4,000 tonnes.",
                      MAY_2019)
    assert period(found["1.2 million tonnes"]) == ("2018-04-01", "2018-04-30")
    assert period(found["4,000 tonnes"]) == ("2019-04-01", "2019-04-30")


def test_a_multiple_of_their_level_of_a_month_is_compared_with_that_month() -> None:
    """`still eight times their level of June 2018`: the multiple is June 2019's, compared with
    June 2018 (the base's period, not the figure's)."""
    found = extracted("Goods sent from China to Laos slipped 6% in April from March, customs "
                      "data showed, though they were still eight times their level of April "
                      "2018.", MAY_2019)
    assert period(found["eight times"]) == ("2019-04-01", "2019-04-30")


def test_an_events_date_in_a_sentence_without_figures_does_not_move_the_period() -> None:
    """`which it had stopped during the bird flu outbreak of 2015-16` dates the outbreak; the
    next sentence's figures stay in the year in force."""
    found = extracted("Haiti spent $80 million on Dominican food last year, 20 percent more than "
                      "in 2017. The rise came as it resumed buying poultry, which it had stopped "
                      "during the bird flu outbreak of 2015-16. Chicken made up 30 percent of the "
                      "sales, or $24 million.", MAY_2019)
    assert period(found["$24 million"]) == ("2018-01-01", "2018-12-31")


def test_hard_currency_income_from_exports_is_still_trade() -> None:
    """`Exports of coal earned the country $1.2 billion in hard-currency income in 2018`: export
    earnings (a rule that read `hard-currency income` as no trade was dropped for this)."""
    found = extracted("Exports of coal earned the country $1.2 billion in hard-currency income in "
                      "2018.", MAY_2019)
    assert found["$1.2 billion"].commodity == "coal"


def test_a_quarter_as_a_time_span_before_by_is_no_proportion() -> None:
    """`doubled in just a quarter by some estimates`: three months, no 25 percent claim."""
    found = extracted("Exports to China doubled in just a quarter by some estimates, reaching 2 "
                      "million tonnes in March.", MAY_2019)
    assert "a quarter" not in found


def test_the_first_quarter_before_the_total_is_no_comparison_base() -> None:
    """`In the first quarter the total for March alone reached 3 million tonnes`: March."""
    found = extracted("In the first quarter the total for March alone reached 3 million tonnes of "
                      "soybeans.", MAY_2019)
    assert period(found["3 million tonnes"]) == ("2019-03-01", "2019-03-31")


def test_an_events_date_dates_what_follows_when_no_period_is_in_force() -> None:
    """`... collapsed during the bird flu outbreak of 2014-15. Shipments fell 80%`: with no
    other period stated, the event's years are the figures' period."""
    found = extracted("Poultry exports to China collapsed during the bird flu outbreak of 2014-15. "
                      "Shipments fell 80% to 50,000 tonnes.", MAY_2019)
    assert period(found["50,000 tonnes"]) == ("2014-01-01", "2015-12-31")


def test_taken_together_is_no_purchase() -> None:
    """`taken` is a purchase verb (`buyers had taken 9 million kg`), `Taken together` is not."""
    text = "Taken together, the figures come to 5,000 tonnes of fuel."
    assert find_frame(text, 0, len(text), text.index("5,000")) is None
