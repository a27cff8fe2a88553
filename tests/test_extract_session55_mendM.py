"""Session 55, mend M: the reviewers' invented sentences on which this session's modality rules
over-reached, each pinned to what the mended rule now reads."""

from __future__ import annotations

from datetime import date

import pytest

from claim_helpers import extracted_on

_ON = date(2025, 6, 1)


_by_surface = extracted_on(_ON)


@pytest.mark.parametrize(("text", "surface"), [
    ("Coffee exports could fall this season and total shipments in 2024 reached 6 million bags, "
     "the council said.", "6 million bags"),
    ("Imports may rise this year and total imports in 2024 were 3 million tonnes, the ministry "
     "said.", "3 million tonnes"),
    ("Output may rise next year and top exporter Brazil shipped 40 million tonnes in 2024.",
     "40 million tonnes"),
    ("China could buy more from Brazil and top buyer India imported 2 million tonnes last year.",
     "2 million tonnes"),
])
def test_a_listed_verb_used_as_an_adjective_after_and_opens_a_clause(text: str,
                                                                      surface: str) -> None:
    assert _by_surface(text)[surface].modality == "reported"


@pytest.mark.parametrize(("text", "surfaces"), [
    ("The company hopes for better prices and will ship 200,000 tonnes of cocoa next year.",
     ("200,000 tonnes",)),
    ("The firm anticipates strong demand and will double exports to 40,000 tonnes next year.",
     ("double", "40,000 tonnes")),
])
def test_will_of_the_same_subject_after_and_stays_a_plan(text: str,
                                                         surfaces: tuple[str, ...]) -> None:
    found = _by_surface(text)
    for surface in surfaces:
        assert found[surface].modality == "planned"


@pytest.mark.parametrize(("text", "surface"), [
    ("Amid fears of a shortfall the ministry will import 500,000 tonnes of rice in July.",
     "500,000 tonnes"),
    ("Because of the predicted shortfall Egypt will import 1.5 million tonnes of wheat.",
     "1.5 million tonnes"),
    ("Officials who feared shortages will now import 300,000 tonnes of rice from Vietnam.",
     "300,000 tonnes"),
])
def test_a_hope_word_as_noun_adjective_or_relative_verb_leaves_the_plan(text: str,
                                                                        surface: str) -> None:
    assert _by_surface(text)[surface].modality == "planned"


@pytest.mark.parametrize("when", [" last week", ""])
def test_as_analysts_estimated_is_a_comparison_not_the_source(when: str) -> None:
    found = _by_surface("Exports rose 8% in May to 2 million tonnes, the ministry said on Monday, "
                        f"as analysts estimated{when}.")
    assert found["8%"].modality == "reported"
    assert found["2 million tonnes"].modality == "reported"
