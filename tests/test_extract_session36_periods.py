"""Session 36 (periods): rules pinned on text written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tradetrace.extract import extract_claims
from tradetrace.model import Document
from tradetrace.normalize.periods import FiscalStart, fiscal_year_start


def _periods(text: str, published: date) -> list[tuple[str, str | None, str | None]]:
    claims = extract_claims(Document.from_text(text, published=published))
    return [(c.surface, c.period_start, c.period_end) for c in claims]


@pytest.mark.parametrize(("text", "first_month"), [
    # a split year's wrapping months written beside it
    ("Its cement import bill rose to $310 million in July-June 2019-20, the bureau said.", 7),
    ("The ministry set a ceiling for the April-March 2021-22 fiscal year.", 4),
    ("Exports could reach 40 million tons in the 2026/27 July-June season.", 7),
    ("Shipments in the October 2018-September 2019 marketing season were higher.", 10),
    ("In the 2015 fiscal year (October 2014 to September 2015), aid rose.", 10),
    ("Oilseed exports in the 2022/23 marketing year (August 2022 - July 2023) fell.", 8),
    # a close stated in a relative clause after a year named by its years
    ("Tea sales fell in fiscal 2020-21, which ended in June, the board said.", 7),
    ("Cotton exports rose in the 2019/20 marketing year, which ended in July.", 8),
    ("Mills sold 5 million tonnes in the 2018-19 sugar year that closed on September 30.", 10),
    ("Trade came to $2 billion in 2020-21, a financial year that runs until March 31.", 4),
    ("Imports fell between FY17 and FY22, fiscal years that end in March.", 4),
    # a year named by its years and any noun, opened by a verb
    ("Sales picked up in the 2021-2022 cocoa year, which runs from October to September.", 10),
    ("Corn exports since the 2022/23 commercial year opened in March rose.", 3),
])
def test_fiscal_months_written_beside_a_split_year(text: str, first_month: int) -> None:
    found = fiscal_year_start(text)
    assert found is not None and found.month == first_month


@pytest.mark.parametrize("text", [
    "Exports in the 2021/22 marketing year through Feb. 12 rose 5 percent.",
    "Exports from July 2021 to June 2022 rose 5 percent.",
    "Between January-March 2023-24 and the year before, prices rose.",
    "In the July 2020-June 2022 period the price doubled.",
])
def test_no_fiscal_months_where_none_are_stated(text: str) -> None:
    assert fiscal_year_start(text) is None


def test_split_years_of_a_document_with_months_beside_them() -> None:
    text = ("Pakistan's tea import bill grew 7 percent to $610 million in July-June 2018-19, "
            "the statistics bureau said. It had imported tea worth $570 million in 2017-18.")
    found = _periods(text, date(2019, 8, 10))
    assert ("$610 million", "2018-07-01", "2019-06-30") in found
    assert ("$570 million", "2017-07-01", "2018-06-30") in found
    assert fiscal_year_start(text) == FiscalStart(7)


def test_split_year_closed_in_a_relative_clause() -> None:
    text = ("Kenya sold 12,000 tonnes of avocados to the Netherlands in the 2021/22 marketing "
            "year, which ended in August, the board said.")
    found = _periods(text, date(2022, 10, 3))
    assert found == [("12,000 tonnes", "2021-09-01", "2022-08-31")]


def test_since_a_split_year_opened_runs_to_the_publication_month() -> None:
    text = ("Brazil has shipped 2.1 million tonnes of sugar to India since the 2023/24 trade "
            "year opened in October, the ministry said.")
    assert _periods(text, date(2024, 2, 12)) == [
        ("2.1 million tonnes", "2023-10-01", "2024-02-29")]
    text = ("Peru has sold 90,000 tonnes of grapes abroad since the 2022-2023 campaign began in "
            "November, the association said.")
    assert _periods(text, date(2023, 3, 8)) == [("90,000 tonnes", "2022-11-01", "2023-03-31")]


def test_day_first_range_opened_by_from() -> None:
    text = ("Laos sold 14,000 tonnes of cassava chips to China from 1 November to 9 February, "
            "the ministry said.")
    assert _periods(text, date(2021, 2, 20)) == [
        ("14,000 tonnes", "2020-11-01", "2021-02-09")]
    text = ("Cambodia earned US$310 million from selling rubber abroad from 1 March 2022 to 5 "
            "January 2023, the ministry said.")
    assert _periods(text, date(2023, 1, 20)) == [
        ("US$310 million", "2022-03-01", "2023-01-05")]



def test_so_far_runs_to_the_publication_month() -> None:
    text = "Chile has shipped 41,000 tonnes of copper to Japan so far this year, Cochilco said."
    assert _periods(text, date(2021, 6, 14)) == [("41,000 tonnes", "2021-01-01", "2021-06-30")]
    text = "Ghana has exported 52,000 tonnes of cocoa so far in 2019, the board said."
    assert _periods(text, date(2019, 4, 2)) == [("52,000 tonnes", "2019-01-01", "2019-04-30")]
    text = "Sales of Thai rice to Iraq have reached 600,000 tonnes this year to date, traders said."
    assert _periods(text, date(2022, 9, 9)) == [("600,000 tonnes", "2022-01-01", "2022-09-30")]
    text = ("Ukraine has exported 4 million tonnes of barley so far in the 2021/22 marketing year, "
            "which began on July 1, traders said.")
    assert _periods(text, date(2021, 11, 5)) == [("4 million tonnes", "2021-07-01", "2021-11-30")]


def test_so_far_leaves_a_period_already_over() -> None:
    text = "Ghana exported 52,000 tonnes of cocoa in 2018, the most so far, the board said."
    assert _periods(text, date(2019, 4, 2)) == [("52,000 tonnes", "2018-01-01", "2018-12-31")]
