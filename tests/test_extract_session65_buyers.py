"""Session 65, claim parties on the buyer side: each test pins one rule of the session on
invented text; each rule's own tests fail without it, and its near misses guard its reach."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2025, 6, 1))


def _sides(found: dict, surface: str) -> tuple[str | None, str | None]:
    return found[surface].exporter, found[surface].importer


# A part of a total that `went to` a country after it has that country as its buyer


def test_a_part_of_it_that_went_to_a_country_takes_it_as_buyer() -> None:
    found = _claims("Chile sold 1.9 million tonnes of copper cathode abroad in 2024, and 1.1 "
                    "million tonnes of it, nearly 60%, went to Vietnam, according to customs "
                    "data.")
    assert _sides(found, "1.1 million tonnes") == ("CHL", "VNM")
    assert _sides(found, "60%") == ("CHL", "VNM")
    assert _sides(found, "1.9 million tonnes") == ("CHL", None)


def test_a_fraction_of_a_countrys_exports_that_go_to_another_takes_it_as_buyer() -> None:
    found = _claims("A third of Kenya's total exports, mostly tea and flowers, go to Uganda.")
    assert _sides(found, "A third") == ("KEN", "UGA")


def test_a_part_that_went_to_several_listed_markets_has_no_one_buyer() -> None:
    # near miss: the part went to a list of countries, not to one buyer
    found = _claims("Chile sold 1.9 million tonnes of copper cathode abroad in 2024, and 1.1 "
                    "million tonnes of it went to Vietnam, Thailand and other Asian buyers.")
    assert _sides(found, "1.1 million tonnes") == ("CHL", None)


def test_a_part_that_went_to_a_region_stays_without_buyer() -> None:
    # near miss: no country follows `went to`
    found = _claims("A third of Kenya's total exports, mostly tea and flowers, go to the Middle "
                    "East.")
    assert _sides(found, "A third") == ("KEN", None)
