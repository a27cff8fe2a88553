"""Session 43 (detect10): which quantities are claims, and their kind."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Document


def _kinds(text: str) -> dict[str, tuple[str | None, str | None]]:
    claims = extract_claims(Document.from_text(text, published=date(2024, 5, 1)))
    return {c.surface: (c.kind, c.direction) for c in claims}


def test_pair_of_percents_sharing_a_base_are_changes() -> None:
    kinds = _kinds("Tin exports reached 410 tonnes in March and zinc exports 2,300 tonnes, "
                   "respectively 18 percent and 4 percent above February.")
    assert kinds.get("18 percent") == ("change", "up")
    assert kinds.get("4 percent") == ("change", "up")


def test_pair_of_bare_percent_signs_sharing_a_base() -> None:
    kinds = _kinds("Cocoa exports of 52,000 tonnes and coffee exports of 9,100 tonnes were 12% "
                   "and 7% below last year's levels.")
    assert kinds.get("12%") == ("change", "down")


def test_percent_below_the_peak_is_a_change() -> None:
    kinds = _kinds("Coal exports through the port were still 22% below the peak reached in 2019.")
    assert kinds.get("22%") == ("change", "down")


def test_percent_below_the_volume_of_a_month_is_a_change() -> None:
    kinds = _kinds("Coffee exports came to 310,000 bags, 4.1% below the volume shipped in "
                   "March 2023.")
    assert kinds.get("4.1%") == ("change", "down")


def test_percent_under_a_quota_is_still_no_change() -> None:
    kinds = _kinds("Sugar imports reached 80,000 tonnes, 10% under the quota set last year.")
    assert kinds.get("10%", (None, None))[0] != "change"


def test_percent_that_went_to_a_partner_is_a_share() -> None:
    kinds = _kinds("Zambia exported 30,000 tonnes of copper in May. Nearly all of the metal, "
                   "92%, went to China.")
    assert kinds.get("92%") == ("share", None)


def test_percent_of_which_came_from_a_partner_is_a_share() -> None:
    kinds = _kinds("Kenya imported 400,000 tonnes of wheat, some 60% of which came from Russia.")
    assert kinds.get("60%") == ("share", None)


def test_percent_that_went_up_is_still_a_change() -> None:
    kinds = _kinds("Shipments to Japan rose 14% to 80,000 tonnes, and those bound for Korea "
                   "fell 6%.")
    assert kinds.get("14%") == ("change", "up")


def _parties(text: str) -> dict[str, tuple[str | None, str | None]]:
    claims = extract_claims(Document.from_text(text, published=date(2024, 5, 1)))
    return {c.surface: (c.exporter, c.importer) for c in claims}


def test_the_country_in_a_share_total_is_the_possessor_not_the_supplier() -> None:
    parties = _parties("Turkey was Georgia's biggest supplier in 2023, providing 17% of the "
                       "goods the country bought abroad.")
    assert parties.get("17%") == ("TUR", "GEO")
