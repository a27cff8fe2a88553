"""Session 51, review mends (periods): ordinary news text the session's rules over-reached on."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, period

_claims = extracted_on(date(2024, 5, 1))


def test_the_start_of_a_financial_crisis_is_no_fiscal_year() -> None:
    found = _claims("Exports collapsed in September-December 2008, the start of the global "
                    "financial crisis. In 2022-23, exports reached $40 billion.")
    assert period(found["$40 billion"]) == ("2022-01-01", "2023-12-31")
    found = _claims("Shipments slumped in October 2008-March 2009, the beginning of the financial "
                    "crisis. Exports rose 8% in 2022-23 to 3 million tonnes.")
    assert period(found["8%"]) == ("2022-01-01", "2023-12-31")
    assert period(found["3 million tonnes"]) == ("2022-01-01", "2023-12-31")
    found = _claims("Trade froze in September-December 2008, the first months of the financial "
                    "crisis. Exports reached $40 billion in 2022-23.")
    assert period(found["$40 billion"]) == ("2022-01-01", "2023-12-31")


def test_the_opening_months_of_a_named_fiscal_year_still_open_its_fiscal_years() -> None:
    found = _claims("Exports rose 9% in July-September, the first quarter of the 2008/09 "
                    "financial year. Sales to Iran fell 3% in 2022-23 to $92 million.")
    assert period(found["$92 million"]) == ("2022-07-01", "2023-06-30")


def test_a_january_opening_of_a_fiscal_year_sets_no_fiscal_years() -> None:
    found = _claims("Sales fell in January-June, the first half of the fiscal year, the firm said. "
                    "India's exports rose to $450 billion in 2022-23.")
    assert period(found["$450 billion"]) == ("2022-01-01", "2023-12-31")
    found = _claims("Sales fell in January-March, the first quarter of its financial year, the "
                    "firm said. India's exports rose to $450 billion in 2022-23.")
    assert period(found["$450 billion"]) == ("2022-01-01", "2023-12-31")


def test_a_figure_set_against_the_same_directions_flow_stays_an_old_level() -> None:
    found = _claims("Wheat exports climbed to 4 million tonnes in 2023, against 3.1 million tonnes "
                    "of exports previously.")
    assert period(found["3.1 million tonnes"]) == ("2022-01-01", "2022-12-31")
    found = _claims("Exports rose to $10 billion in 2023, against $8 billion of exports before the "
                    "pandemic.")
    assert period(found["$8 billion"]) == ("2022-01-01", "2022-12-31")


def test_a_figure_set_against_the_opposite_flow_stays_of_the_same_time() -> None:
    found = _claims("South Africa earned R101.76 billion of exports in March against "
                    "R97.76 billion of imports.")
    assert period(found["R97.76 billion"]) == ("2024-03-01", "2024-03-31")


def test_a_share_after_a_present_verb_takes_the_sentences_opening_date() -> None:
    found = _claims("In 2023, Brazil exports 70 percent of its soybeans to China, a ministry "
                    "report showed.")
    assert period(found["70 percent"]) == ("2023-01-01", "2023-12-31")
    found = _claims("During the first quarter, India imports 65% of its edible oil from Indonesia, "
                    "traders said.")
    assert period(found["65%"]) == ("2024-01-01", "2024-03-31")
    found = _claims("According to ministry data, Brazil exports 70 percent of its soybeans to "
                    "China. Sales rose 4% in 2023.")
    assert period(found["70 percent"]) == (None, None)


def test_a_standing_share_in_a_relative_clause_is_not_dated_by_the_opening() -> None:
    found = _claims("In April-May, sales to the US rose 10% while Africa, which accounts for "
                    "14 per cent of India's pharma exports, grew 4.9 per cent.")
    assert period(found["14 per cent"]) == (None, None)
