"""Session 50, exporter and importer: each test pins one rule of the session on invented text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, parties

_claims = extracted_on(date(2024, 7, 1))


def test_a_share_clause_opened_by_a_participle_takes_the_sentence_subject_far_back() -> None:
    found = _claims("Peru was the main market in the first quarter, buying 55.9 percent of the "
                    "total.")
    assert parties(found["55.9 percent"]) == (None, "PER", False)


def test_a_region_in_a_ranking_row_takes_the_place_of_the_earlier_rows_partner() -> None:
    found = _claims("Chile's copper exports rose 4% in 2023. Japan was the leading destination "
                    "with 44,431 tonnes, followed by Europe with 31,160 tonnes.")
    assert parties(found["44,431 tonnes"]) == ("CHL", "JPN", False)
    assert parties(found["31,160 tonnes"]) == ("CHL", None, False)


def test_takes_before_a_figure_makes_its_subject_the_buyer() -> None:
    found = _claims("Kenyan rose exports slipped 3% in 2023. The Netherlands takes about 70 "
                    "percent.")
    assert parties(found["70 percent"]) == ("KEN", "NLD", False)


def test_takes_effect_is_no_purchase() -> None:
    found = _claims("The new quota, which takes effect in May, covers 2 million tonnes of "
                    "Ukrainian wheat.")
    assert parties(found["2 million tonnes"]) == ("UKR", None, False)


def test_a_region_opening_its_clause_and_taking_a_share_is_its_buyer() -> None:
    found = _claims("Honduran coffee exports rose. Germany came next with 17,550 bags, while "
                    "Europe as a whole took 43%.")
    assert parties(found["17,550 bags"]) == ("HND", "DEU", False)
    assert parties(found["43%"]) == ("HND", None, False)
