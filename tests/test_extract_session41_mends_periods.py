"""Mends of the forty-first session to the bare whole-year cues (`full-year`, `the whole year`):
they name the year of a period their own sentence named (or the one in force), and, with
neither, no year of a reported figure that has not ended by publication. Invented sentences
read through `extract_claims`."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted, period


def _period(text: str, published: date, surface: str) -> tuple[str | None, str | None]:
    return period(extracted(text, published)[surface])


def test_a_full_year_total_after_december_in_its_sentence_is_of_decembers_year() -> None:
    """`coal imports in December were 44 million tonnes, bringing the full-year total to 474
    million tonnes` in a January article: the year of that December, not the year just begun."""
    text = ("China's coal imports in December were 44 million tonnes, bringing the full-year "
            "total to 474 million tonnes.")
    published = date(2024, 1, 20)
    assert _period(text, published, "44 million tonnes") == ("2023-12-01", "2023-12-31")
    assert _period(text, published, "474 million tonnes") == ("2023-01-01", "2023-12-31")


def test_the_whole_years_imports_after_december_in_its_sentence_are_of_decembers_year() -> None:
    """`taking the whole year's imports to 474 million tonnes` after `in December`: that
    December's year (also when the article is published later in the next year)."""
    text = ("China imported 44 million tonnes of coal in December, taking the whole year's "
            "imports to 474 million tonnes.")
    for published in (date(2024, 1, 20), date(2024, 6, 20)):
        assert _period(text, published, "474 million tonnes") == ("2023-01-01", "2023-12-31")


def test_full_year_results_with_nothing_in_force_name_no_unfinished_year() -> None:
    """`The company's full-year results showed exports of 2 million tonnes` in a January
    article: no year is named or in force, and the publication year has not ended."""
    text = "The company's full-year results showed exports of 2 million tonnes."
    assert _period(text, date(2024, 1, 20), "2 million tonnes") == (None, None)


def test_the_whole_year_as_subject_with_nothing_in_force_names_no_unfinished_year() -> None:
    """`The whole year saw North Korea import 2.3 million tonnes of fertilizer from China` in a
    January article: not the year just begun."""
    text = "The whole year saw North Korea import 2.3 million tonnes of fertilizer from China."
    assert _period(text, date(2024, 1, 20), "2.3 million tonnes") == (None, None)


def test_a_full_year_forecast_is_the_publication_year() -> None:
    """`Full-year purchases are projected to exceed 4 million tonnes` (a forecast): the year
    under way, with or without a month before it."""
    published = date(2024, 3, 15)
    text = "Full-year purchases are projected to exceed 4 million tonnes."
    assert _period(text, published, "4 million tonnes") == ("2024-01-01", "2024-12-31")
    text = ("China's soybean imports rose in February. Full-year purchases are projected to "
            "exceed 4 million tonnes.")
    assert _period(text, published, "4 million tonnes") == ("2024-01-01", "2024-12-31")


def test_the_whole_years_imports_expected_are_the_publication_year() -> None:
    """`expects the whole year's imports to exceed 10 million tonnes`: a forecast of the year
    under way."""
    text = "The ministry expects the whole year's imports to exceed 10 million tonnes of coal."
    assert _period(text, date(2024, 3, 15), "10 million tonnes") == ("2024-01-01", "2024-12-31")


def test_a_full_year_total_in_the_next_sentence_is_of_the_year_in_force() -> None:
    """`... in December were 44 million tonnes. The full-year total was a record 474 million
    tonnes.`: the year of the December in force."""
    text = ("China's coal imports in December were 44 million tonnes. The full-year total was a "
            "record 474 million tonnes.")
    assert _period(text, date(2024, 1, 20), "474 million tonnes") == ("2023-01-01", "2023-12-31")


def test_a_full_year_record_set_in_a_year_keeps_that_year() -> None:
    """`above the full-year record of 142 million barrels set in 2023`: the record's year, not
    the figure's."""
    text = ("India imported 150 million barrels of oil in 2024, above the full-year record of "
            "142 million barrels set in 2023.")
    published = date(2025, 1, 20)
    assert _period(text, published, "150 million barrels") == ("2024-01-01", "2024-12-31")
    assert _period(text, published, "142 million barrels") == ("2023-01-01", "2023-12-31")
