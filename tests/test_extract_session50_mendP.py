"""Mends of the fiftieth session's periods rules after review, each pinned by the review's
invented sentences (ordinary news text the rules over-reached on)."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def _period(text: str, surface: str) -> tuple[str | None, str | None]:
    found = _claims("Trade\n" + text)[surface]
    return found.period_start, found.period_end


def test_a_change_appended_to_a_total_but_compared_with_a_month_is_the_month() -> None:
    """`bringing the January-May total to 2 million tons, up 3% from April`: a change appended to
    a running total but compared with a single month (`from April`, `on the previous month`) is
    the change of the month's own figure, not of the total's period."""
    text = ("Peru's zinc exports reached 410,000 tons in May, bringing the January-May total to 2 "
            "million tons, up 3% from April.")
    assert _period(text, "3%") == ("2024-05-01", "2024-05-31")
    text = ("Thai rice exports were 820,000 tonnes in April, taking the year-to-date total to 3.1 "
            "million tonnes, down 6% from March.")
    assert _period(text, "6%") == ("2024-04-01", "2024-04-30")
    text = ("Chile earned $337 million from salmon sales in May, bringing January-May earnings to "
            "$1.9 billion, a 4% rise on the previous month.")
    assert _period(text, "4%") == ("2024-05-01", "2024-05-31")
    text = ("Chile earned $337 million from salmon sales in May, bringing January-May earnings to "
            "$1.9 billion, up 4% month on month.")
    assert _period(text, "4%") == ("2024-05-01", "2024-05-31")


def test_a_change_appended_to_a_total_compared_with_a_span_stays_the_total() -> None:
    """Limit: compared with a span of months (`from January-May 2023`), the change appended to the
    total is still the total's."""
    text = ("Peru's zinc exports reached 410,000 tons in May, bringing the January-May total to 2 "
            "million tons, up 3% from January-May 2023.")
    assert _period(text, "3%") == ("2024-01-01", "2024-05-31")


def test_a_figure_told_after_that_is_no_trade_figure_leaves_the_period_to_the_sentence() -> None:
    """`fell to 500,000 tonnes after a 25% tariff in 2023`: a figure after `after` owns the period
    right after it only when it is of the main figure's unit family (tonnes after tonnes, percent
    after percent) and no policy or price noun follows it (`tariff`, `price`, `fees`)."""
    text = "US imports of Chinese steel fell to 500,000 tonnes after a 25% tariff in 2023."
    assert _period(text, "500,000 tonnes") == ("2023-01-01", "2023-12-31")
    text = "Ghana's cocoa exports earned $2 billion after a 20% price rise in 2023."
    assert _period(text, "$2 billion") == ("2023-01-01", "2023-12-31")
    text = "Kenya earned $1.3 billion from tea exports after $200 million in fees in 2023."
    assert _period(text, "$1.3 billion") == ("2023-01-01", "2023-12-31")


def test_a_figure_listed_with_an_earlier_figure_told_after_owns_its_period_too() -> None:
    """`rebounded to 200,000 tonnes after some 150,000 tonnes in the first quarter of 2023 and
    180,000 tonnes in the second`: the figure listed with the earlier one (`and N tonnes in ...`)
    is an earlier figure too, so neither quarter is the main figure's."""
    text = ("Vietnam's coffee exports rebounded to 200,000 tonnes after some 150,000 tonnes in the "
            "first quarter of 2023 and 180,000 tonnes in the second.")
    assert _period(text, "200,000 tonnes") == (None, None)
    assert _period(text, "150,000 tonnes") == ("2023-01-01", "2023-03-31")
    assert _period(text, "180,000 tonnes") == ("2023-04-01", "2023-06-30")


def test_a_change_told_after_a_change_still_owns_its_period() -> None:
    """Limit: percent after percent (`up 9.8% after a 20.3% rise in 2020`), the earlier change
    still owns the period right after it, and the main change keeps the sentence's."""
    text = ("Gabon expects manganese production to reach 9.68 million tonnes this year, up 9.8% "
            "after a 20.3% rise in 2023, according to a note from the economy ministry.")
    assert _period(text, "20.3%") == ("2023-01-01", "2023-12-31")
    assert _period(text, "9.8%") == ("2024-01-01", "2024-12-31")
