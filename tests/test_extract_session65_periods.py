"""Session 65, periods: each test pins one rule of the session on invented text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, period

_claims = extracted_on(date(2020, 7, 20))

_HALF = ("2020-01-01", "2020-06-30")
_YEAR = ("2020-01-01", "2020-12-31")


def test_a_forecast_beside_an_old_level_leaves_the_reported_span_in_force() -> None:
    found = _claims("Peru's avocado sales abroad rose 5 percent in the first half of 2020 to "
                    "300,000 tonnes. Growers expect shipments to Europe to reach 200,000 tonnes "
                    "this year from 180,000 tonnes in 2019. Sales to Japan and Korea grew by "
                    "10,000 tonnes and 5,000 tonnes, respectively.")
    assert period(found["200,000 tonnes"]) == _YEAR
    assert period(found["10,000 tonnes"]) == _HALF
    assert period(found["5,000 tonnes"]) == _HALF


def test_a_reported_sentence_beside_a_forecast_still_dates_what_follows() -> None:
    found = _claims("Peru's avocado sales abroad rose 5 percent in the first half of 2020 to "
                    "300,000 tonnes. Shipments to Europe reached 120,000 tonnes in 2019, and "
                    "growers expect 200,000 tonnes this year. Sales to Japan grew by 10,000 "
                    "tonnes.")
    assert period(found["120,000 tonnes"]) == ("2019-01-01", "2019-12-31")
    assert period(found["10,000 tonnes"]) == ("2019-01-01", "2019-12-31")


def test_a_reported_figure_does_not_take_the_time_of_a_later_forecast_predicate() -> None:
    found = _claims("Ecuador shipped 150,000 tons of shrimp in January-May. The value of the "
                    "shipments rose 9% to US$620 million and could reach US$1.6 billion over "
                    "the whole year. Vietnam was the top buyer, taking 30% of the shipments.",
                    published=date(2020, 6, 20))
    five_months = ("2020-01-01", "2020-05-31")
    assert period(found["9%"]) == five_months
    assert period(found["US$620 million"]) == five_months
    assert period(found["US$1.6 billion"]) == _YEAR
    assert period(found["30%"]) == five_months


def test_a_forecast_clause_after_a_share_keeps_its_time_to_itself() -> None:
    found = _claims("Turkish makers sold steel pipes worth $600 million abroad in the first "
                    "quarter of 2020. Nearly all of it, 97.5%, went to Iraq, where analysts "
                    "expect 30 GW of new plants this year. Turkey's own purchases slipped 3.5%.",
                    published=date(2020, 5, 20))
    quarter = ("2020-01-01", "2020-03-31")
    assert period(found["97.5%"]) == quarter
    assert period(found["3.5%"]) == quarter


def test_a_reported_figure_keeps_its_own_time_before_a_forecast_predicate() -> None:
    found = _claims("Ecuador shipped 150,000 tons of shrimp in January-May. The value of the "
                    "shipments rose 9% in 2019 and could reach US$1.6 billion in 2020.",
                    published=date(2020, 6, 20))
    assert period(found["9%"]) == ("2019-01-01", "2019-12-31")
    found = _claims("Ecuador shipped 150,000 tons of shrimp in January-May. The value of the "
                    "shipments rose 9% to US$620 million over the whole year.",
                    published=date(2021, 1, 20))
    assert period(found["9%"]) == ("2020-01-01", "2020-12-31")


def test_a_loose_time_of_the_year_in_an_after_clause_with_a_verb_is_the_events() -> None:
    found = _claims("Vietnam imported 42.1 million tonnes of thermal coal in January-June. "
                    "Indonesia supplied 25.3 million tonnes, while Russian cargoes fell 31.5 "
                    "percent to 6.2 million tonnes after floods closed a rail line early in the "
                    "year.")
    assert period(found["31.5 percent"]) == _HALF
    assert period(found["6.2 million tonnes"]) == _HALF


def test_a_loose_time_of_the_year_outside_an_after_clause_still_dates_the_figure() -> None:
    found = _claims("Vietnam imported 42.1 million tonnes of thermal coal in January-June. "
                    "Russian cargoes fell 31.5 percent to 6.2 million tonnes early in the year.")
    assert period(found["6.2 million tonnes"]) != _HALF


def test_a_value_after_possessive_goods_shares_the_period_that_closes_it() -> None:
    found = _claims("Bangladeshi buyers took 2.3 million tons of Indonesia's coal, worth $150 "
                    "million, in January-November 2019, an official said.",
                    published=date(2019, 12, 20))
    eleven_months = ("2019-01-01", "2019-11-30")
    assert period(found["2.3 million tons"]) == eleven_months
    assert period(found["$150 million"]) == eleven_months


def test_a_figure_in_a_relative_clause_sets_no_period_for_the_next_sentence() -> None:
    found = _claims("Petrol imports from Bulgaria and Turkey, which together made up almost 30% "
                    "of Georgia's purchases in September, fell by half in October to 40,000 "
                    "tons, trade data show. Deliveries from Azerbaijan rose 15% to 90,000 tons.",
                    published=date(2019, 11, 12))
    october = ("2019-10-01", "2019-10-31")
    assert period(found["30%"]) == ("2019-09-01", "2019-09-30")
    assert period(found["15%"]) == october
    assert period(found["90,000 tons"]) == october


def test_a_sentence_all_in_a_relative_clause_still_dates_what_follows() -> None:
    found = _claims("Petrol imports rose in October. Buyers in Georgia, which took 40,000 tons "
                    "in September, were the largest. Deliveries from Azerbaijan came to 90,000 "
                    "tons.", published=date(2019, 11, 12))
    assert period(found["90,000 tons"]) == ("2019-09-01", "2019-09-30")


def test_a_look_back_to_the_one_earlier_time_that_outdid_the_figure_is_an_aside() -> None:
    found = _claims("Graphite exports from China reached 9,200 tons last month, 8% more than "
                    "in October, customs data show. Only March's 9,900 tons was larger. "
                    "Shipments to Korea rose about 20% to 1,400 tons.",
                    published=date(2019, 12, 10))
    november = ("2019-11-01", "2019-11-30")
    assert period(found["9,900 tons"]) == ("2019-03-01", "2019-03-31")
    assert period(found["20%"]) == november
    assert period(found["1,400 tons"]) == november
    found = _claims("Angolan crude sales to India climbed 30 percent in September to 2.1 "
                    "million tons. The last higher month was April, when 2.3 million tons "
                    "arrived. India's total crude purchases rose 5 percent to 16 million tons.",
                    published=date(2014, 10, 27))
    assert period(found["16 million tons"]) == ("2014-09-01", "2014-09-30")


def test_an_earlier_month_without_a_look_back_cue_moves_the_period_in_force() -> None:
    found = _claims("Graphite exports from China reached 9,200 tons last month, customs data "
                    "show. In March the shipments came to 9,900 tons. Sales to Korea rose about "
                    "20% to 1,400 tons.", published=date(2019, 12, 10))
    assert period(found["1,400 tons"]) == ("2019-03-01", "2019-03-31")


def test_money_earned_from_goods_after_a_currency_code_is_no_old_level() -> None:
    found = _claims("Iceland's cod exports reached ISK 9 billion in October, 5 per cent above "
                    "October 2013. Frozen fillets alone brought in ISK 4 billion from 21,000 "
                    "tonnes.", published=date(2014, 11, 10))
    assert period(found["21,000 tonnes"]) == ("2014-10-01", "2014-10-31")
    found = _claims("Iceland's cod exports fell to ISK 9 billion in October from ISK 10 billion "
                    "a year earlier.", published=date(2014, 11, 10))
    assert period(found["ISK 10 billion"]) == ("2013-10-01", "2013-10-31")


def test_a_forecast_beside_an_old_level_with_no_report_in_force_dates_the_next_forecast() -> None:
    found = _claims("Shipments of Peruvian avocados to Europe are expected to reach 200,000 "
                    "tonnes this year, from 180,000 tonnes in 2019. Sales to Japan are forecast "
                    "to rise 5% to 40,000 tonnes.")
    assert period(found["5%"]) == _YEAR
    assert period(found["40,000 tonnes"]) == _YEAR


def test_a_first_time_since_a_year_is_no_milestone_that_keeps_the_span_in_force() -> None:
    found = _claims("Over January-April, Korea's outbound sales reached $200 billion, 5% more "
                    "than a year before. Chip exports topped $20 billion in April, up 40%, "
                    "overtaking cars for the first time since 2010. Chemical exports rose 8% to "
                    "$4 billion.", published=date(2025, 5, 10))
    april = ("2025-04-01", "2025-04-30")
    assert period(found["8%"]) == april
    assert period(found["$4 billion"]) == april


def test_a_milestone_month_inside_the_year_still_leaves_the_year_in_force() -> None:
    found = _claims("Libyan crude loadings averaged 1.1 million bpd in 2025. Cargoes went "
                    "over 1.4 million bpd for the first time in October. Deliveries to Italy "
                    "grew 7%.", published=date(2025, 12, 10))
    assert period(found["7%"]) == ("2025-01-01", "2025-12-31")
