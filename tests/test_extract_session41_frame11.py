"""Rules of the forty-first session's eleventh round on the period carried from sentence to
sentence (2026-12-05): the times of old marks and of levels last seen date neither the
sentence's figures nor what follows; each pinned by invented sentences read through
`extract_claims`."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted, period


def _period(text: str, published: date, surface: str) -> tuple[str | None, str | None]:
    return period(extracted(text, published)[surface])


def test_a_level_last_seen_long_ago_dates_nothing() -> None:
    """`a level last seen in 2009`: the year an old level was last seen dates neither the
    sentence's figures nor the sentence after."""
    text = ("Norway's shrimp exports rose 12% last year to NOK 2 billion, the seafood council "
            "said. Sales to Sweden climbed by NOK 150 million to NOK 600 million, a level last "
            "seen in 2009. Sales to Denmark rose 18%.")
    published = date(2022, 1, 20)
    assert _period(text, published, "NOK 600 million") == ("2021-01-01", "2021-12-31")
    assert _period(text, published, "18%") == ("2021-01-01", "2021-12-31")


def test_volumes_last_higher_in_a_month_long_ago_leave_the_month_in_force() -> None:
    """`Volumes had last been higher in May 2019`: the old month is no period the article goes
    on about."""
    text = ("Chile shipped 410,000 tonnes of copper concentrate to Japan in March 2023, up 9% "
            "on a year earlier. Volumes had last been higher in May 2019. South Korea took "
            "95,000 tonnes.")
    published = date(2023, 4, 18)
    assert _period(text, published, "95,000 tonnes") == ("2023-03-01", "2023-03-31")


def test_an_old_record_set_long_ago_keeps_its_year_but_no_frame() -> None:
    """`short of the $3.1 billion record set in 2014`: the old record is dated by its own year,
    but the shares after it go on with the year reported on."""
    text = ("Paraguay's exports to Chile rose 6% last year to $1.2 billion, the central bank "
            "said. They remain short of the $3.1 billion record set in 2014. Beef made up 40% "
            "of the shipments.")
    published = date(2019, 2, 10)
    assert _period(text, published, "$3.1 billion") == ("2014-01-01", "2014-12-31")
    assert _period(text, published, "40%") == ("2018-01-01", "2018-12-31")


def test_a_former_record_topped_is_no_frame_for_the_next_sentence() -> None:
    """`topped the previous high of 2.2 million tonnes reached in 2016`: the old high's year
    is not the period the buyers after it are counted in."""
    text = ("Thailand exported 2.9 million tonnes of cassava chips in 2021, the trade ministry "
            "said. The total topped the previous high of 2.2 million tonnes reached in 2016. "
            "China took 2.5 million tonnes.")
    published = date(2022, 2, 3)
    assert _period(text, published, "2.2 million tonnes") == ("2016-01-01", "2016-12-31")
    assert _period(text, published, "2.5 million tonnes") == ("2021-01-01", "2021-12-31")


def test_a_figure_after_its_last_seen_time_keeps_that_time() -> None:
    """`Purchases were last higher in May 2019, when they came to $412 million`: the figure
    after the old time is that time's own level."""
    text = ("Kenya imported $300 million of palm oil in June, up 8% on May, the statistics "
            "bureau said. Purchases were last higher in May 2019, when they came to $412 "
            "million.")
    published = date(2023, 8, 1)
    assert _period(text, published, "$412 million") == ("2019-05-01", "2019-05-31")


def test_an_old_high_set_off_by_commas_is_no_frame_for_the_next_sentence() -> None:
    """`The previous monthly high, 1.1 million tons, was set in May 2021`: the old high's
    month is not the month the next sentence goes on about."""
    text = ("Qatar shipped 1.3 million tons of LNG to India in October 2024, the ministry said. "
            "The previous monthly high, 1.1 million tons, was set in May 2021. "
            "Japan received 400,000 tons.")
    published = date(2024, 11, 20)
    assert _period(text, published, "400,000 tons") == ("2024-10-01", "2024-10-31")


def test_a_definite_figure_beaten_from_a_year_before_is_no_frame() -> None:
    """`That beat the 63 metric tons, valued at 4.6 billion dollars, that the sector shipped in
    all of 2024`: the figure set against, and its value after it, are of the year before; the
    next sentence goes on with the months reported on."""
    text = ("Ghana's large-scale mines shipped 70 tons of gold in January-August 2025, the "
            "chamber said. That beat the 63 metric tons, valued at 4.6 billion dollars, that "
            "the sector shipped in all of 2024. Exports to Switzerland stood at 40 tons.")
    published = date(2025, 10, 1)
    assert _period(text, published, "63 metric tons") == ("2024-01-01", "2024-12-31")
    assert _period(text, published, "40 tons") == ("2025-01-01", "2025-08-31")
