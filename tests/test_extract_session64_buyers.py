"""Session 64, claim parties on the buyer side: each test pins one rule of the session on
invented text; each rule's own tests fail without it, and its near misses guard its reach."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2025, 6, 1))


def _sides(found: dict, surface: str) -> tuple[str | None, str | None]:
    return found[surface].exporter, found[surface].importer


# A country's short code a space before a dollar sign is the currency's prefix, not a side


def test_a_spaced_us_dollar_sign_names_no_buyer() -> None:
    found = _claims("Peruvian blueberry exports rose 12% to US $2.3 billion in 2024.")
    assert _sides(found, "12%") == ("PER", None)
    assert _sides(found, "US $2.3 billion") == ("PER", None)


def test_the_us_named_as_a_destination_before_its_figure_stays_the_buyer() -> None:
    # near miss: the country is named outright as where the goods went
    found = _claims("Ecuador shipped bananas worth $1.1 billion to the US in 2023.")
    assert _sides(found, "$1.1 billion") == ("ECU", "USA")


# The article's country told only as a seller is no buyer of its rivals' exports


def test_rivals_exports_after_the_articles_sellers_take_no_buyer() -> None:
    found = _claims("Brazil's coffee exports rose 4% in March. Colombia and Vietnam raised "
                    "their exports by 9% and 2%, respectively.")
    assert _sides(found, "9%") == ("COL", None)
    assert _sides(found, "2%") == ("VNM", None)


def test_exports_after_the_articles_country_bought_still_go_to_it() -> None:
    # near miss: the article's country was named as a buyer, so it takes the exports
    found = _claims("Brazil's coffee imports rose 4% in March. Colombia and Peru raised their "
                    "exports by 9% and 2%, respectively.")
    assert _sides(found, "9%") == ("COL", "BRA")
