"""Session 52, review mends R: the review's sentences come out as before the rules it found
over-reaching (split-year months from April, a period in an `after` clause)."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, period

_claims = extracted_on(date(2024, 5, 1))


def test_months_of_a_split_year_lie_in_its_first_calendar_year_from_july_outside_april_years(
) -> None:
    for text, surface in (
            ("Australia's exports rose to A$120 billion in April-June of the 2023-24 financial "
             "year.", "A$120 billion"),
            ("Pakistan's textile exports rose to $4 billion in April-June of fiscal 2023-24.",
             "$4 billion"),
            ("US corn exports reached 20 million tonnes in April-June of the 2023-24 marketing "
             "year.", "20 million tonnes"),
            ("Indonesia's palm oil exports hit 10 million tonnes in April-June of the 2023-24 "
             "season.", "10 million tonnes"),
            ("Japan's rice exports rose to 10,000 tonnes in April-June of the 2023-24 crop "
             "year.", "10,000 tonnes")):
        assert period(_claims(text)[surface]) == ("2024-04-01", "2024-06-30"), text
    found = _claims("Egypt's exports fell 10% in May-June of the 2023/24 fiscal year.")
    assert period(found["10%"]) == ("2024-05-01", "2024-06-30")
    found = _claims("India's exports rose to $35 billion in April-June of the 2023-24 financial "
                    "year.")
    assert period(found["$35 billion"]) == ("2023-04-01", "2023-06-30")


def test_a_period_after_an_accounting_or_order_participle_is_the_figures_before_it() -> None:
    for text, surface, span in (
            ("Net exports came to $2 billion after deducting 10% in duties in 2023.",
             "$2 billion", ("2023-01-01", "2023-12-31")),
            ("Exports rose to 3 million tonnes after including 200,000 tonnes of re-exports in "
             "2023.", "3 million tonnes", ("2023-01-01", "2023-12-31")),
            ("Exports came to 1.2 million tonnes after excluding 50,000 tonnes of re-exports in "
             "2023.", "1.2 million tonnes", ("2023-01-01", "2023-12-31")),
            ("Vietnam exported 500,000 tonnes of rice after receiving 3 new orders in January.",
             "500,000 tonnes", ("2024-01-01", "2024-01-31"))):
        assert period(_claims(text)[surface]) == span, text
