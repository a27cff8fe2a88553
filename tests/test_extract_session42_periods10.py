"""Period rules of the forty-second session's tenth round on claim periods (2026-12-05), each
pinned by invented sentences read through `extract_claims`."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted, period


def _period(text: str, published: date, surface: str) -> tuple[str | None, str | None]:
    return period(extracted(text, published)[surface])


def test_a_period_after_percent_under_is_a_base() -> None:
    """`22.2 percent under March 2021`: `under` after a percentage compares with the month
    after it; the change keeps the sentence's own month."""
    text = ("Chile's copper cathode exports fell to 180,000 tonnes in March, 8.1 percent below "
            "February and 14.6 percent under March 2021, customs figures showed.")
    published = date(2022, 4, 20)
    assert _period(text, published, "14.6 percent") == ("2022-03-01", "2022-03-31")
    assert _period(text, published, "8.1 percent") == ("2022-03-01", "2022-03-31")


def test_a_period_of_a_named_level_compared_with_is_a_base() -> None:
    """`below the volume recorded in May 2019`, `above the low base of June 2020`: the period
    of a level a figure is compared with, named by a figure's noun, is not the figure's own."""
    text = ("Malaysia's palm kernel oil exports slowed in June. Shipments came to 96,500 "
            "tonnes, 3.5% below the volume recorded in June 2018, traders said.")
    published = date(2019, 7, 15)
    assert _period(text, published, "96,500 tonnes") == ("2019-06-01", "2019-06-30")
    text = ("Thailand sold 410,000 tonnes of sugar abroad in June, 12pc more than in May and "
            "31pc above the low base of June 2020.")
    published = date(2021, 7, 28)
    assert _period(text, published, "31pc") == ("2021-06-01", "2021-06-30")
    assert _period(text, published, "12pc") == ("2021-06-01", "2021-06-30")


def test_a_change_above_an_old_record_keeps_the_year_in_force() -> None:
    """`15 per cent above the previous record of 2021`: the record's year is what the change is
    measured against, not its period."""
    text = ("Beef exports climbed to 1.2 million tonnes last year, 15 per cent above the "
            "previous record of 2021.")
    published = date(2023, 2, 9)
    assert _period(text, published, "15 per cent") == ("2022-01-01", "2022-12-31")


def test_a_year_before_its_level_noun_after_a_possessive_is_a_base() -> None:
    """`up 120,000 bpd on its 2021 average`: the year of the average compared with (as `the 2021
    level`), not the change's."""
    text = ("Iraq's crude output reached 4.4 million bpd in April, up 120,000 bpd on its 2021 "
            "average, the ministry said.")
    published = date(2022, 5, 12)
    assert _period(text, published, "120,000 bpd") == ("2022-04-01", "2022-04-30")


def test_a_year_after_the_same_week_compared_with_is_a_base() -> None:
    """`40% above the same week of 2019`: the week compared with, whose year is no period of
    the change."""
    text = ("Brazil exported 610,000 tonnes of soybeans in the week to March 14, 12% higher "
            "than the week before and 40% above the same week of 2019.")
    published = date(2020, 3, 18)
    assert period(extracted(text, published)["40%"])[0] != "2019-01-01"


def test_a_rise_year_on_year_is_of_the_period_in_force() -> None:
    """`a 12.4% rise year on year`: a change noun before `year on year` names the rate of the
    change, not an earlier time it happened in (as `a 3% fall the month before` does)."""
    text = "Paraguay's beef exports reached $98 million in April, a 12.4% rise year on year."
    published = date(2022, 5, 9)
    assert _period(text, published, "12.4%") == ("2022-04-01", "2022-04-30")


def test_a_span_from_last_month_to_this_month() -> None:
    """`from last October through this May`, `between August last year and March`: the first
    month lies in the year before publication, the last in its year."""
    text = ("Vietnam sold 410,000 tonnes of cashew kernels from last October through this May, "
            "the association said.")
    published = date(2021, 7, 2)
    assert _period(text, published, "410,000 tonnes") == ("2020-10-01", "2021-05-31")
    text = ("Kenya shipped 61,000 tonnes of avocados between August last year and March, "
            "the agency said.")
    published = date(2023, 4, 18)
    assert _period(text, published, "61,000 tonnes") == ("2022-08-01", "2023-03-31")


def test_the_year_an_old_record_was_set_is_no_period_of_a_change() -> None:
    """`3.1% above the previous record of 612,500 set in 2018`: the year dates the record (and
    is the record's own period), not the change of the sentence's year."""
    text = ("Thailand exported 631,400 tonnes of shrimp last year, 9% more than in 2021 and "
            "3.1% above the previous record of 612,500 tonnes set in 2018.")
    published = date(2023, 1, 19)
    assert _period(text, published, "3.1%") == ("2022-01-01", "2022-12-31")
    assert _period(text, published, "9%") == ("2022-01-01", "2022-12-31")
    assert _period(text, published, "612,500 tonnes") == ("2018-01-01", "2018-12-31")
    text = ("Peru exported 41,000 tonnes of coffee in March, though sales are still short of the "
            "US$96 million record set in 2011.")
    published = date(2019, 4, 12)
    assert _period(text, published, "US$96 million") == ("2011-01-01", "2011-12-31")


def test_a_whole_year_compared_with_after_than_is_a_base() -> None:
    """`35% more than in the whole of 2019`, `60 percent of what it bought in the whole of
    2021`: the whole year is what the figure is compared with; a figure after `more than`
    (`more than 20,000 tons in the whole of 2019`) keeps it as its own."""
    text = ("Between January and May 2020 Malaysia took in 96,000 tons of paper scrap, 35% more "
            "than in the whole of 2019, port data show.")
    published = date(2020, 7, 1)
    assert _period(text, published, "35%") == ("2020-01-01", "2020-05-31")
    text = ("Pakistan's LNG purchases so far this year have reached 2.1 million tons, about 60 "
            "percent of what it bought in the whole of 2021.")
    published = date(2022, 6, 20)
    assert _period(text, published, "60 percent") == ("2022-01-01", "2022-06-30")
    text = "Malaysia took in more than 20,000 tons of paper scrap in the whole of 2019."
    assert _period(text, date(2020, 7, 1), "20,000 tons") == ("2019-01-01", "2019-12-31")


def test_a_record_set_in_a_later_clause_keeps_its_own_year() -> None:
    """`The previous high, 640,000 barrels per day, had been reached in March 2018`: the record's
    own period, though the period dates when the record was set."""
    text = ("Iraqi crude exports to India rose to 600,000 bpd in May. The previous high, 640,000 "
            "barrels per day, had been reached in March 2018.")
    published = date(2019, 6, 14)
    assert _period(text, published, "640,000 barrels per day") == ("2018-03-01", "2018-03-31")


def test_a_figure_after_an_old_level_of_the_same_months_keeps_the_months_in_force() -> None:
    """`12% more than the 3.1 million tonnes of the same months of 2021, earning $1.2 billion`:
    the old level's months of 2021 are what the change compares with; the figure after it is
    of the months in force."""
    text = ("Over January-April the country exported 3.5 million tonnes of coal, 12% more than "
            "the 3.1 million tonnes of the same months of 2021, earning $1.2 billion.")
    published = date(2022, 5, 20)
    assert _period(text, published, "$1.2 billion") == ("2022-01-01", "2022-04-30")
    assert _period(text, published, "3.1 million tonnes") == ("2021-01-01", "2021-04-30")
