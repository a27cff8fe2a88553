"""Session 46, periods: split years named by four-digit pairs and the months they run."""

from __future__ import annotations

from datetime import date

from claim_helpers import in_body, period


def _periods(text: str, published: date) -> dict[str, tuple[str | None, str | None]]:
    return {surface: period(claim) for surface, claim in in_body(text, published).items()}


def test_a_four_digit_split_season_with_its_running_months_is_read_whole() -> None:
    # `the 2017/2018 season, which runs from October through September`: the split year in the
    # months it runs, not the first calendar year, and the months after `runs from` only say
    # how the season is counted
    text = ("Ruritania shipped 41,200 bags of cocoa in November, 12 percent more than a year "
            "earlier, the board said. Sales over the opening two months of the 2021/2022 "
            "season, which runs from October through September, reached 80,400 bags. For the "
            "full 2021-2022 season, which runs from October to September, the board projects "
            "exports of 1.3 million bags.")
    periods = _periods(text, date(2021, 12, 6))
    assert periods["80,400 bags"] == ("2021-10-01", "2021-11-30")
    assert periods["1.3 million bags"] == ("2021-10-01", "2022-09-30")


def test_the_last_fiscal_year_is_the_one_before_the_year_under_way() -> None:
    # `in the last fiscal year, which runs from July to June`, `last season`: with the text's
    # fiscal months known, the fiscal year before the one under way at publication
    text = ("Freedonia brought in 410,000 tonnes of maize from Ruritania in the last fiscal "
            "year, which runs from July to June, officials said.")
    periods = _periods(text, date(2025, 10, 20))
    assert periods["410,000 tonnes"] == ("2024-07-01", "2025-06-30")


def test_a_total_since_a_season_opened_stops_at_the_day_it_is_counted_to() -> None:
    # `by Feb. 18 ... since the season began on Oct. 1`: the running total is counted to the
    # day the sentence names, not to the end of the publication month
    text = ("Freedonia's coffee arrivals were running 9% ahead of last season's pace by Jan. 21, "
            "exporters said, with 640,000 tonnes delivered to the ports since the season began "
            "on Oct. 1.")
    periods = _periods(text, date(2025, 1, 22))
    assert periods["640,000 tonnes"] == ("2024-10-01", "2025-01-21")


def test_a_count_of_months_after_a_figure_is_the_year_so_far_when_just_closed() -> None:
    # `shipments up 14.2% in seven months` in August: the year's first seven months; the same
    # count in December closed long before publication and is left undated (a fiscal year's)
    text = "Freedonian tin shipments to Ruritania rose 14.2% in seven months, the agency said."
    assert _periods(text, date(2024, 8, 20))["14.2%"] == ("2024-01-01", "2024-07-31")
    assert _periods(text, date(2024, 12, 20))["14.2%"] == (None, None)
