"""Period rules of the thirty-ninth session's sixth round on claim periods (2026-12-05), each
pinned by invented sentences read through `extract_claims`."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted

_claims = extracted


def _period(text: str, published: date, surface: str) -> tuple[str | None, str | None]:
    claim = _claims(text, published)[surface]
    return claim.period_start, claim.period_end


def test_a_changed_figure_on_a_month_is_measured_against_it() -> None:
    """`up 60,000 bpd on March`, `12% down on May`: the month after `on` is the base of the
    change, which is of the month in force."""
    text = ("Oil exports reached 3.1 million barrels a day in April, up 60,000 bpd on March, "
            "the ministry said.")
    assert _period(text, date(2021, 5, 20), "60,000 bpd") == ("2021-04-01", "2021-04-30")
    text = ("Chilean copper shipments earned $3.2 billion in June, 12% down on May, the central "
            "bank said.")
    assert _period(text, date(2021, 7, 20), "12%") == ("2021-06-01", "2021-06-30")


def test_a_changed_figure_on_a_year_is_measured_against_it() -> None:
    """`rose NZ$40 million on 2019`, `an increase of 15,000 head on 2019`: the year compared
    with, not the change's own."""
    text = ("Dairy sales to Japan came to NZ$900 million in 2020. They rose NZ$40 million on "
            "2019, the statistics office said.")
    assert _period(text, date(2021, 2, 3), "NZ$40 million") == ("2020-01-01", "2020-12-31")


def test_a_change_noun_over_a_month_is_measured_against_it() -> None:
    """`a rise of 3.2% over March 2020`: after a change noun, the period after `over` is the
    base; `rose 9% over 2020` (without one) is the time of the change."""
    text = ("March shipments came to 52,000 tonnes, a rise of 3.2% over March 2020, the port "
            "authority said.")
    assert _period(text, date(2021, 4, 15), "3.2%") == ("2021-03-01", "2021-03-31")
    text = "Soybean exports to Egypt rose 9% over 2020, the exporters' group said."
    assert _period(text, date(2021, 4, 15), "9%") == ("2020-01-01", "2020-12-31")



def test_a_period_closing_a_value_aside_without_commas_dates_the_goods() -> None:
    """`41,000 carats worth $12 million in 2015`: the year after the goods' value dates the
    goods too, not the year of the figure before them."""
    text = ("Diamond exports came to 35,500 carats valued at $10.4 million in 2014 and 41,000 "
            "carats worth $12 million in 2015, the mines ministry said.")
    assert _period(text, date(2016, 5, 4), "41,000 carats") == ("2015-01-01", "2015-12-31")
    assert _period(text, date(2016, 5, 4), "$12 million") == ("2015-01-01", "2015-12-31")
    assert _period(text, date(2016, 5, 4), "35,500 carats") == ("2014-01-01", "2014-12-31")


def test_a_split_year_before_its_months_names_that_season() -> None:
    """`the 2021/22 July-June season`: the months after the split year are its season's (July
    2021 to June 2022), not the latest July-June before publication."""
    text = ("Kazakhstan's flour exports in the 2021/22 July-June season reached 2.1 million "
            "tonnes, the grain union said.")
    assert _period(text, date(2022, 4, 12), "2.1 million tonnes") == ("2021-07-01", "2022-06-30")
    text = ("Kenya exported 410,000 tonnes of tea in the first eight months of the 2022/23 "
            "July-June season, the board said.")
    assert _period(text, date(2023, 5, 3), "410,000 tonnes") == ("2022-07-01", "2023-02-28")



def test_the_year_as_first_word_of_a_compound_is_no_whole_year() -> None:
    """`in the year-ago quarter`: the quarter a year back, not `in the year` (the whole year in
    force)."""
    text = ("Coffee exports reached 61,000 tonnes in April-June, up from 48,500 tonnes worth "
            "$120 million in the year-ago quarter, the board said.")
    assert _period(text, date(2019, 8, 2), "48,500 tonnes") == ("2018-04-01", "2018-06-30")
