"""Period rules of the forty-first session's eighth round on claim periods (2026-12-05), each
pinned by invented sentences read through `extract_claims`."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted, period


def _period(text: str, published: date, surface: str) -> tuple[str | None, str | None]:
    return period(extracted(text, published)[surface])


def test_a_base_after_than_in_is_no_period_for_a_later_clause() -> None:
    """`18% higher than in January-March 2021, while ... imports grew 12% to 9,800 tonnes`: the
    span after `than in` is what the change is compared with; the figures of the clause after
    it keep the period in force, not the base's."""
    text = ("Vietnam sold 1.5 million tonnes of cashew kernels abroad in January-March. "
            "Pepper exports were 18% higher than in January-March 2021, "
            "while pepper imports grew 12% to 9,800 tonnes.")
    published = date(2022, 4, 20)
    assert _period(text, published, "12%") == ("2022-01-01", "2022-03-31")
    assert _period(text, published, "9,800 tonnes") == ("2022-01-01", "2022-03-31")
    assert _period(text, published, "18%") == ("2022-01-01", "2022-03-31")


def test_a_figure_of_the_same_months_last_year_is_the_base() -> None:
    """`a 31% rise on the 80.2 million litres of the same months last year`: after the old
    level, `of the same months` (as `in the same months`) with `of 2023` or `last year` is the
    base; the change keeps the months in force, and the old level takes those months a year
    before them (also in a January article on the year before, where `last year` is that year)."""
    text = ("Spain exported 105.1 million litres of olive oil in January-May, a 31% rise on "
            "the 80.2 million litres of the same months last year.")
    published = date(2024, 6, 20)
    assert _period(text, published, "31%") == ("2024-01-01", "2024-05-31")
    assert _period(text, published, "80.2 million litres") == ("2023-01-01", "2023-05-31")
    text = ("Spain exported 105.1 million litres of olive oil in January-May, a 31% rise on "
            "the 80.2 million litres of the same months of 2023.")
    assert _period(text, published, "31%") == ("2024-01-01", "2024-05-31")
    text = ("Spain exported 240.5 million litres of olive oil in January-November 2024, a 31% "
            "rise on the 183.6 million litres of the same months last year.")
    published = date(2025, 1, 15)
    assert _period(text, published, "31%") == ("2024-01-01", "2024-11-30")
    assert _period(text, published, "183.6 million litres") == ("2023-01-01", "2023-11-30")


def test_a_forecast_span_that_holds_the_publication_month_is_this_years() -> None:
    """`set to fall in January-March`, `expected in the first quarter` (`the first half`) in a
    March article: a span of a forecast whose months hold the publication month is still under
    way, so it is this year's, not the next; a span already over is still the next one's."""
    text = "Cement exports from Oman are set to fall by 7pc in January-March, to 1.2mn t."
    assert _period(text, date(2024, 3, 20), "7pc") == ("2024-01-01", "2024-03-31")
    text = "Cement exports from Oman are expected to fall by 7pc in the first quarter, to 1.2mn t."
    assert _period(text, date(2024, 3, 20), "7pc") == ("2024-01-01", "2024-03-31")
    text = "Cement exports from Oman are expected to fall by 7pc in the first half, to 2.4mn t."
    assert _period(text, date(2024, 3, 20), "7pc") == ("2024-01-01", "2024-06-30")
    assert _period(text, date(2024, 8, 20), "7pc") == ("2025-01-01", "2025-06-30")
