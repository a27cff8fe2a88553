"""Session 50, exporter and importer (second pass): each test pins one rule on invented text."""

from __future__ import annotations

from datetime import date

import pytest

from claim_helpers import extracted_on, parties

_claims = extracted_on(date(2024, 7, 1))


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("Brazil overtook the United States as China's top soybean supplier in the 2023 marketing "
     "year, selling 60 percent of the total.", "60 percent", ("USA", "BRA", True)),
    ("Brazil overtook the United States as the top corn exporter in the 2023 marketing year, "
     "taking 31 percent of the total.", "31 percent", ("USA", "BRA", True)),
    ("Egypt bought less wheat in the first quarter as Russian cargoes became costly and France "
     "won several tenders, supplying 45 percent of the total.", "45 percent",
     ("RUS", "EGY", True)),
])
def test_a_participle_share_takes_no_side_for_a_subject_past_another_country(
        text: str, surface: str, expected: tuple[str | None, str | None, bool]) -> None:
    """The participle's side goes to the sentence's first country only: a rival or the subject
    of a later clause is no buyer or seller of the share (the reading stays two-way)."""
    assert parties(_claims(text)[surface]) == expected


def test_a_participle_share_still_takes_the_sentence_subject_with_no_country_between() -> None:
    found = _claims("Peru was the main market in the first quarter, buying 55.9 percent of the "
                    "total.")
    assert parties(found["55.9 percent"]) == (None, "PER", False)


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("China is taking 70 million tonnes of soybeans this year.", "70 million tonnes",
     (None, "CHN", False)),
])
def test_taking_a_figure_is_a_purchase_by_its_subject(
        text: str, surface: str, expected: tuple[str | None, str | None, bool]) -> None:
    assert parties(_claims(text)[surface]) == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("Laos exported 610,000 tonnes of rice in 2022, with the Philippines taking 190,000 "
     "tonnes.", "190,000 tonnes", ("LAO", "PHL", False)),
    ("The new tariff on Chinese steel was taking effect in May as India imported 1.2 million "
     "tonnes.", "1.2 million tonnes", ("CHN", "IND", False)),
])
def test_taking_in_an_absolute_clause_or_a_set_phrase_is_no_purchase_of_its_own(
        text: str, surface: str, expected: tuple[str | None, str | None, bool]) -> None:
    assert parties(_claims(text)[surface]) == expected


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("Kenya was the top destination of Uganda's goods in 2023, taking goods worth $1.2 billion, "
     "or 12 percent of total exports.", "$1.2 billion", ("UGA", "KEN", False)),
    ("Thai rice exports rose 20% in the first half to 4 million tonnes. Iraq was the main "
     "destination, taking 12% of Thailand's rice, followed by the Philippines with 9%.", "12%",
     ("THA", "IRQ", False)),
])
def test_taking_near_a_possessive_owner_of_the_goods_leaves_the_owner_the_seller(
        text: str, surface: str, expected: tuple[str | None, str | None, bool]) -> None:
    assert parties(_claims(text)[surface]) == expected


def test_a_participle_share_passes_a_dateline_and_the_owners_demonym_to_reach_its_subject() -> None:
    found = _claims("LUANDA - China remained the main buyer of Angolan crude in the first quarter, "
                    "taking 55.9 percent of the total, Angola's oil ministry said.")
    assert parties(found["55.9 percent"]) == ("AGO", "CHN", False)
