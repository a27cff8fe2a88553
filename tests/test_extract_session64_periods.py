"""Session 64, periods: each test pins one rule of the session on invented text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, period

_claims = extracted_on(date(2025, 8, 20))


def test_a_bare_old_level_after_a_month_on_month_comparison_is_the_month_before() -> None:
    found = _claims("Chile's copper exports climbed to 410,000 tonnes in July, up from 380,000 "
                    "tonnes in June. Sales to Japan eased to 52,000 tonnes from 57,000 tonnes.")
    assert period(found["52,000 tonnes"]) == ("2025-07-01", "2025-07-31")
    assert period(found["57,000 tonnes"]) == ("2025-06-01", "2025-06-30")
    found = _claims("Ghana shipped 61,000 tonnes of cocoa in July, against 70,000 tonnes a month "
                    "earlier. Beans sent to Belgium slipped to 9,100 tonnes from 11,300 tonnes.")
    assert period(found["11,300 tonnes"]) == ("2025-06-01", "2025-06-30")


def test_a_bare_old_level_after_a_year_on_year_comparison_stays_a_year_back() -> None:
    found = _claims("Chile's copper exports climbed to 410,000 tonnes in July, up from 380,000 "
                    "tonnes in July 2024. Sales to Japan eased to 52,000 tonnes from 57,000 "
                    "tonnes.")
    assert period(found["57,000 tonnes"]) == ("2024-07-01", "2024-07-31")
    found = _claims("Chile's copper exports climbed to 410,000 tonnes in July, up from 380,000 "
                    "tonnes in June. Sales to Japan eased to 52,000 tonnes from 57,000 tonnes "
                    "a year earlier.")
    assert period(found["57,000 tonnes"]) == ("2024-07-01", "2024-07-31")


def test_a_pointer_opening_the_old_levels_own_sentence_sets_no_monthly_comparison() -> None:
    found = _claims("Chile's copper exports reached 410,000 tonnes in July. A month earlier the "
                    "miners had sold 395,000 tonnes, a rise of 6% from 373,000 tonnes.")
    assert period(found["395,000 tonnes"]) == ("2025-06-01", "2025-06-30")
    assert period(found["373,000 tonnes"]) == ("2024-06-01", "2024-06-30")


def test_a_month_before_named_with_another_year_sets_no_monthly_comparison() -> None:
    found = _claims("Chile's copper exports climbed to 410,000 tonnes in July, up from 380,000 "
                    "tonnes in June 2023. Sales to Japan eased to 52,000 tonnes from "
                    "57,000 tonnes.")
    assert period(found["57,000 tonnes"]) == ("2024-07-01", "2024-07-31")


def test_a_run_of_figures_before_a_respectively_list_of_months_takes_them_in_turn() -> None:
    found = _claims("Tin stood out: 1,100 kilograms, 900 kilograms and 1,500 kilograms were sold "
                    "abroad in March, April and May, worth $6 million, $5 million and $8 million, "
                    "respectively.")
    assert period(found["1,100 kilograms"]) == ("2025-03-01", "2025-03-31")
    assert period(found["900 kilograms"]) == ("2025-04-01", "2025-04-30")
    assert period(found["1,500 kilograms"]) == ("2025-05-01", "2025-05-31")
    assert period(found["$5 million"]) == ("2025-04-01", "2025-04-30")


def test_a_run_of_another_length_before_a_respectively_list_keeps_no_single_month() -> None:
    found = _claims("Tin stood out: 1,100 kilograms, 900 kilograms and 1,500 kilograms were sold "
                    "abroad in March and April, worth $6 million and $5 million, respectively.")
    assert period(found["900 kilograms"]) != ("2025-04-01", "2025-04-30")
    assert period(found["$5 million"]) == ("2025-04-01", "2025-04-30")


def test_hedged_changes_right_after_respectively_take_the_months_in_turn() -> None:
    found = _claims("March and April saw the steepest falls, with sales of 40 million pesos and "
                    "36 million pesos, respectively, down more than 20% and more than 30% on the "
                    "same months of last year.")
    assert period(found["20%"]) == ("2025-03-01", "2025-03-31")
    assert period(found["30%"]) == ("2025-04-01", "2025-04-30")


def test_a_mere_joins_two_figures_of_a_respectively_list() -> None:
    found = _claims("Kenya sold 300 tonnes and a mere 80 tonnes of tea to Iran in 2021 and 2022, "
                    "respectively.")
    assert period(found["300 tonnes"]) == ("2021-01-01", "2021-12-31")
    assert period(found["80 tonnes"]) == ("2022-01-01", "2022-12-31")


def test_a_month_then_a_range_closing_on_it_are_two_periods() -> None:
    found = _claims("Imports fell to 9,400 tons and 110,000 tons in July and January-July, "
                    "respectively.")
    assert period(found["9,400 tons"]) == ("2025-07-01", "2025-07-31")
    assert period(found["110,000 tons"]) == ("2025-01-01", "2025-07-31")
    found = _claims("Imports of rice came to 84,000 tons between March and May.")
    assert period(found["84,000 tons"]) == ("2025-03-01", "2025-05-31")


def test_a_split_season_counted_to_a_day_runs_to_that_days_month() -> None:
    found = _claims("Romania had shipped 3.1 million tonnes of barley over the 2025/26 July-June "
                    "season as of Aug. 12, against 2.6 million tonnes by Aug. 14 a year earlier.")
    assert period(found["3.1 million tonnes"]) == ("2025-07-01", "2025-08-31")
    assert period(found["2.6 million tonnes"]) == ("2024-07-01", "2024-08-31")


def test_a_split_season_so_far_runs_to_the_publication_month() -> None:
    found = _claims("Sudan's sesame sales to Japan are down 40% at 61,000 tonnes so far in the "
                    "November-October year.", date(2026, 1, 20))
    assert period(found["61,000 tonnes"]) == ("2025-11-01", "2026-01-31")


def test_a_split_season_without_a_closing_day_or_so_far_stays_whole() -> None:
    found = _claims("Romania shipped 9.4 million tonnes of barley over the 2024/25 July-June "
                    "season.")
    assert period(found["9.4 million tonnes"]) == ("2024-07-01", "2025-06-30")
    found = _claims("Exports reached 51 million tonnes this year as of June 13.")
    assert period(found["51 million tonnes"]) == ("2025-01-01", "2025-12-31")


def test_the_year_of_a_dateline_written_with_a_slash_is_no_period() -> None:
    found = _claims("ACCRA, March 14/2025 (GNA) - Ghana shipped 120,000 tonnes of cocoa to the "
                    "Netherlands in the year that ended on Feb. 28, the board said.",
                    date(2025, 3, 14))
    assert period(found["120,000 tonnes"]) == ("2024-03-01", "2025-02-28")
    found = _claims("Ghana shipped 120,000 tonnes of cocoa to the Netherlands in 2024/2025, the "
                    "board said.", date(2025, 3, 14))
    assert period(found["120,000 tonnes"]) == ("2024-01-01", "2025-12-31")


def test_the_time_of_an_adjunct_on_what_went_before_is_not_the_figures() -> None:
    found = _claims("Over the first seven months, Chile's salmon exports climbed 12% to $3.1 "
                    "billion after strong gains through April.")
    assert period(found["12%"]) == ("2025-01-01", "2025-07-31")
    assert period(found["$3.1 billion"]) == ("2025-01-01", "2025-07-31")
    found = _claims("Chile sold 90,000 tonnes of salmon abroad in May. Japan took 20,000 tonnes "
                    "after buying none in May 2024.")
    assert period(found["20,000 tonnes"]) == ("2025-05-01", "2025-05-31")


def test_an_adjunct_with_a_figure_or_a_time_right_after_after_keeps_its_reading() -> None:
    found = _claims("Chile's salmon exports rose 5% to 40,000 tonnes in May after a 3% fall in "
                    "April.")
    assert period(found["5%"]) == ("2025-05-01", "2025-05-31")
    assert period(found["3%"]) == ("2025-04-01", "2025-04-30")
    found = _claims("Chile shipped 40,000 tonnes of salmon to Japan after the first quarter of "
                    "2024.")
    assert period(found["40,000 tonnes"]) != (None, None)


def test_the_full_year_after_a_part_of_a_split_fiscal_year_is_that_fiscal_year() -> None:
    found = _claims("Tanzania took in $28 million from cashew sales to Vietnam over the first "
                    "four months of a fiscal year that started on November 1, a trade board "
                    "report showed. For the full year the board hopes for $95 million.",
                    date(2026, 3, 15))
    assert period(found["$28 million"]) == ("2025-11-01", "2026-02-28")
    assert period(found["$95 million"]) == ("2025-11-01", "2026-10-31")


def test_the_full_year_after_months_of_one_calendar_year_stays_that_year() -> None:
    found = _claims("Power sold abroad earned Kenya $41 million in January-May, the utility "
                    "said. For the full year it is targeting $110 million.", date(2025, 6, 15))
    assert period(found["$110 million"]) == ("2025-01-01", "2025-12-31")


def test_a_running_total_named_by_its_months_is_the_span_in_force() -> None:
    found = _claims("Pepper exports earned Brazil $410 million over January-May, the ministry "
                    "said. May sales alone came to 18,000 tonnes, taking the five-month volume "
                    "to 72,000 tonnes.")
    assert period(found["18,000 tonnes"]) == ("2025-05-01", "2025-05-31")
    assert period(found["72,000 tonnes"]) == ("2025-01-01", "2025-05-31")


def test_a_period_heading_a_level_compared_with_stays_a_base() -> None:
    found = _claims("Brazil sold 90,000 tonnes of pepper abroad in 2024, three times the 2021 "
                    "level.")
    assert period(found["three times"]) == ("2024-01-01", "2024-12-31")
