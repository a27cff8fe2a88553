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

