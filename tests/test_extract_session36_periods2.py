"""Session 36 (periods, second round): rules pinned on text written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tradetrace.extract import extract_claims
from tradetrace.model import Document


def _periods(text: str, published: date) -> dict[str, tuple[str | None, str | None]]:
    claims = extract_claims(Document.from_text(text, published=published))
    return {c.surface: (c.period_start, c.period_end) for c in claims}


@pytest.mark.parametrize(("text", "published", "surface", "start", "end"), [
    # N days (or weeks) that end on a day
    ("Moldova shipped 41,000 tonnes of barley abroad in the ten days to March 12, traders said.",
     date(2023, 3, 15), "41,000 tonnes", "2023-03-03", "2023-03-12"),
    ("Peru exported 9,500 tonnes of avocados to Spain in the three weeks ended Nov. 20.",
     date(2022, 11, 25), "9,500 tonnes", "2022-10-31", "2022-11-20"),
    # a day range whose first day carries an aside set off by commas
    ("Kenya exported 58,000 tonnes of tea between July 1, 2021, when the new levy took effect, "
     "and Jan. 9, the board said.",
     date(2022, 1, 20), "58,000 tonnes", "2021-07-01", "2022-01-09"),
    ("Vietnam's rice exports to Ghana rose 12% between Sept. 5, the start of the harvest, and "
     "Oct. 30, the ministry said.",
     date(2020, 11, 3), "12%", "2020-09-05", "2020-10-30"),
    ("Gas exports to Italy fell 18 percent between May 4, 2022, and April 10 this year, "
     "the operator said.",
     date(2023, 4, 25), "18 percent", "2022-05-04", "2023-04-10"),
    # from the first of a month to a day
    ("Between February and August 19, Chile exported 3,100 tonnes of cherries to Korea.",
     date(2019, 8, 27), "3,100 tonnes", "2019-02-01", "2019-08-19"),
    ("Uganda sold 700 tonnes of vanilla abroad from November to May 6, exporters said.",
     date(2021, 5, 12), "700 tonnes", "2020-11-01", "2021-05-06"),
])
def test_day_level_periods(text: str, published: date, surface: str, start: str,
                           end: str) -> None:
    assert _periods(text, published)[surface] == (start, end)


def test_days_without_a_count_name_no_span() -> None:
    found = _periods("Mali exported 2,000 tonnes of mangoes to France in the days to May 4.",
                     date(2021, 5, 10))
    assert found["2,000 tonnes"] != ("2021-05-04", "2021-05-04")


@pytest.mark.parametrize(("text", "published", "surface", "start", "end"), [
    # a trailing year closed by a relative clause after a comma
    ("Kazakhstan's grain exports rose 14% in the season's second year, which ended on "
     "June 30, 2021, the ministry said.",
     date(2021, 8, 2), "14%", "2020-07-01", "2021-06-30"),
    # `closed` as the verb of its end
    ("Ghana's cocoa exports rose 9 percent in the crop year that closed on Sept. 30, 2020, "
     "the board said.",
     date(2020, 11, 5), "9 percent", "2019-10-01", "2020-09-30"),
    # the day written before the month
    ("Turkey exported 4.1 million tonnes of cement in the year that ended on 20 June 2019, "
     "the union said.",
     date(2019, 7, 10), "4.1 million tonnes", "2018-06-21", "2019-06-20"),
    ("Pakistan shipped 310,000 tonnes of rice to Kenya in the year to 30 April 2022.",
     date(2022, 5, 20), "310,000 tonnes", "2021-05-01", "2022-04-30"),
])
def test_trailing_years_written_otherwise(text: str, published: date, surface: str, start: str,
                                          end: str) -> None:
    assert _periods(text, published)[surface] == (start, end)


@pytest.mark.parametrize(("text", "published", "surface", "start", "end"), [
    ("Chile shipped 12,000 tonnes of copper cathodes to China in the first week of June, "
     "port data show.",
     date(2021, 6, 11), "12,000 tonnes", "2021-06-01", "2021-06-07"),
    ("Taiwan's exports of laptops fell 8.5% in the first 20 days of October, customs said.",
     date(2022, 10, 25), "8.5%", "2022-10-01", "2022-10-20"),
    ("Ukraine exported 1.2 million tonnes of corn in the first two weeks of February 2021.",
     date(2021, 3, 2), "1.2 million tonnes", "2021-02-01", "2021-02-14"),
    ("India bought 400,000 tonnes of palm oil from Malaysia in the first fortnight of April.",
     date(2020, 4, 20), "400,000 tonnes", "2020-04-01", "2020-04-14"),
    # the opening days without a count are the month
    ("Russia shipped 2 million tonnes of wheat to Egypt in the first days of March.",
     date(2024, 3, 15), "2 million tonnes", "2024-03-01", "2024-03-31"),
])
def test_a_months_opening_days(text: str, published: date, surface: str, start: str,
                               end: str) -> None:
    assert _periods(text, published)[surface] == (start, end)


def test_a_year_under_way_closing_later_is_no_trailing_year() -> None:
    # (`which ends in September` after a comma: the year is under way, not the twelve months
    # to last September)
    found = _periods("Brazil's soymeal exports rose 40 per cent to 9 million tonnes over "
                     "October-March of the current crop year, which ends in September, "
                     "the association said.", date(2023, 4, 12))
    assert found["9 million tonnes"] == ("2022-10-01", "2023-03-31")
