"""Session 55, periods: each test pins one rule of the session on invented text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, period

_claims = extracted_on(date(2024, 7, 4))


def test_twelve_months_to_the_end_of_a_month_trail_to_that_month() -> None:
    found = _claims("Ruritania earned $2.4 billion from copper sales to Freedonia in the 12 months "
                    "to the end of May, up 9% from $2.2 billion a year earlier.")
    assert period(found["$2.4 billion"]) == ("2023-06-01", "2024-05-31")
    assert period(found["$2.2 billion"]) == ("2022-06-01", "2023-05-31")


def test_the_year_through_the_end_of_a_month_trails_to_that_month() -> None:
    found = _claims("Ruritania shipped 310,000 tonnes of barley to Freedonia in the year through "
                    "the end of March.")
    assert period(found["310,000 tonnes"]) == ("2023-04-01", "2024-03-31")


def test_a_span_from_a_month_to_the_end_of_another_is_no_trailing_year() -> None:
    found = _claims("Ruritania shipped 310,000 tonnes of barley to Freedonia from February to the "
                    "end of May.")
    assert period(found["310,000 tonnes"]) == ("2024-02-01", "2024-05-31")


def test_a_month_after_a_written_year_keeps_that_year_against_the_year_in_force() -> None:
    found = extracted_on(date(2023, 1, 26))(
        "Freedonian steel held 16 percent of the Ruritanian market in 2021. Freedonia's share of "
        "Ruritania's imports slid from 6.4 percent in February 2022 to 3.8 percent in September.")
    assert period(found["16 percent"]) == ("2021-01-01", "2021-12-31")
    assert period(found["6.4 percent"]) == ("2022-02-01", "2022-02-28")
    assert period(found["3.8 percent"]) == ("2022-09-01", "2022-09-30")


def test_a_month_with_no_written_year_in_its_sentence_takes_the_year_in_force() -> None:
    found = extracted_on(date(2023, 1, 26))(
        "Freedonia shipped 16,000 tonnes of steel to Ruritania in 2021. In March it reported "
        "4,893 tonnes.")
    assert period(found["4,893 tonnes"]) == ("2021-03-01", "2021-03-31")


def test_a_total_by_end_month_is_the_year_so_far() -> None:
    found = _claims("Ruritania's exports to Freedonia jumped 23.1% to 4.2 billion dollars by "
                    "end-April.")
    assert period(found["23.1%"]) == ("2024-01-01", "2024-04-30")
    assert period(found["4.2 billion dollars"]) == ("2024-01-01", "2024-04-30")


def test_a_total_by_the_end_of_a_quarter_is_the_year_so_far() -> None:
    found = _claims("Wine shipped from Ruritania to Freedonia reached 112,000 tons by the end of "
                    "the second quarter, 14% more than a year earlier.")
    assert period(found["112,000 tons"]) == ("2024-01-01", "2024-06-30")


def test_a_quarter_named_alone_stays_that_quarter() -> None:
    found = _claims("Wine shipped from Ruritania to Freedonia reached 112,000 tons in the second "
                    "quarter.")
    assert period(found["112,000 tons"]) == ("2024-04-01", "2024-06-30")


def test_by_the_end_of_this_month_is_no_year_so_far() -> None:
    found = _claims("Ruritania will ship 5,000 tonnes of wheat to Freedonia by the end of this "
                    "month.")
    assert period(found["5,000 tonnes"]) == ("2024-07-01", "2024-07-31")


def test_the_first_three_quarters_of_a_named_fiscal_year_count_from_its_first_month() -> None:
    found = _claims("Ruritania shipped 12,000 tonnes of tea to Freedonia in the first three "
                    "quarters of its 2022-23 fiscal year, which ran from July 1, 2022 to June 30, "
                    "2023.")
    assert period(found["12,000 tonnes"]) == ("2022-07-01", "2023-03-31")


def test_the_first_three_quarters_of_a_july_june_year_count_from_july() -> None:
    found = _claims("Ruritania shipped 12,000 tonnes of tea to Freedonia over the first three "
                    "quarters of its July-June financial year.")
    assert period(found["12,000 tonnes"]) == ("2023-07-01", "2024-03-31")


def test_quarters_of_a_calendar_year_stay_calendar_quarters_in_a_fiscal_text() -> None:
    found = _claims("Ruritania shipped 12,000 tonnes of tea to Freedonia in the first three "
                    "quarters of 2023, and its fiscal year runs from July to June.")
    assert period(found["12,000 tonnes"]) == ("2023-01-01", "2023-09-30")


def test_a_plan_until_the_end_of_a_quarter_is_no_year_so_far() -> None:
    found = extracted_on(date(2024, 2, 10))(
        "Ruritania will keep its output cuts of 200,000 bpd until the end of the second quarter.")
    assert period(found["200,000 bpd"]) == ("2024-04-01", "2024-06-30")
