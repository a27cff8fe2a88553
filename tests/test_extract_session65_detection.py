"""Session 65, detection: the first test of each rule fails without that rule; the others pin what
the rule must leave alone (sentences invented)."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Claim, Document

_ON = date(2025, 6, 1)


def _claims(text: str) -> list[Claim]:
    return extract_claims(Document.from_text(text, published=_ON))


def _claim(text: str, surface: str) -> Claim | None:
    return next((c for c in _claims(text) if c.surface == surface), None)


def test_a_gapped_change_of_those_to_an_abbreviated_partner_after_its_level_is_a_change() -> None:
    text = ("Chile's wine sales to the U.S. fell 9% in 2024 to $410 million, and those to the "
            "U.K. 4% to $95 million, the wine board said.")
    claim = _claim(text, "4%")
    assert claim is not None
    assert (claim.kind, claim.direction) == ("change", "down")


def test_a_gapped_change_of_those_set_off_by_an_aside_is_a_change() -> None:
    text = ("Peruvian grape shipments to Mexico rose 14% to $220 million in May and those to "
            "Colombia, its second buyer, 8% to $61 million, the ministry said.")
    claim = _claim(text, "8%")
    assert claim is not None
    assert (claim.kind, claim.direction) == ("change", "up")


def test_a_gapped_change_of_a_new_subject_after_its_level_is_a_change() -> None:
    text = ("Ghana's cocoa exports to the Netherlands jumped 21% in 2024, and purchases from "
            "Malaysia 16%.")
    claim = _claim(text, "16%")
    assert claim is not None
    assert (claim.kind, claim.direction) == ("change", "up")
    text = "Kenya's tea sales to Egypt slid 12% to $300 million in 2024, and coffee 7%."
    claim = _claim(text, "7%")
    assert claim is not None
    assert (claim.kind, claim.direction) == ("change", "down")


def test_a_percent_with_a_verb_of_its_own_after_a_change_is_not_the_gapped_row() -> None:
    text = ("Ghana's cocoa exports to the Netherlands jumped 21% in 2024, and farmers were "
            "paid 16%.")
    assert _claim(text, "16%") is None


def test_a_percent_after_a_share_is_not_taken_for_a_gapped_change() -> None:
    text = ("Ghana's cocoa exports to the Netherlands made up 21% of the total in 2024, and "
            "those to Malaysia 16%, the central bank said.")
    claim = _claim(text, "16%")
    assert claim is None or claim.kind != "change"
