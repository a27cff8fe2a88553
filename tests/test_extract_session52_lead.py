"""Session 52, the lead's claim rules: each test pins one rule of the session on invented text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def test_states_after_a_bloc_a_region_or_a_count_are_countries_not_a_statement() -> None:
    found = _claims("About 40% of the coal, some €2bn, went to European Union states. Ports in "
                    "the two northern states handled 3 million tonnes. Traders linked to the "
                    "three Caspian states carried 5 million barrels of oil in May.")
    assert {c.attribution for c in found.values()} == {None}


def test_states_after_a_body_or_a_document_still_gives_the_source() -> None:
    found = _claims("The report states that wheat exports to Egypt rose 12% in 2023.")
    assert found["12%"].attribution == "The report"


def test_a_standing_confirmed_is_no_source() -> None:
    found = _claims("Rice exports reached 2 million tonnes, according to the ministry. With "
                    "900,000 tonnes bought, Ghana confirmed its place as the largest buyer.")
    assert found["900,000 tonnes"].attribution == "the ministry"
    found = _claims("The ministry confirmed that rice exports reached 2 million tonnes.")
    assert found["2 million tonnes"].attribution == "The ministry"


def test_a_size_written_as_an_adjective_before_a_bar_a_project_or_a_carrier_is_no_claim() -> None:
    found = _claims("The refinery shipped its 400-ounce bars to India in 2023. Qatar sent the "
                    "174,000-cbm Al Huwaila to Japan in May. A 2 million-tonne project to export "
                    "ammonia to Korea was approved.")
    assert found == {}
    found = _claims("Egypt bought a 60,000-tonne cargo of wheat from Russia in May.")
    assert list(found) == ["60,000-tonne"]


def test_states_after_a_person_or_a_council_is_the_verb() -> None:
    """Regions are listed, not guessed from a word's ending: names of people (`Milan Jovanovic`,
    `Sarah Ahern`) and bodies (`the World Gold Council`) state figures."""
    for text, source in [
        ("The World Gold Council states that central banks bought 1,037 tonnes in 2023.",
         "The World Gold Council"),
        ("Analyst Milan Jovanovic states that exports to Germany reached $5.2 billion.",
         "Analyst Milan Jovanovic"),
        ("Economist Sarah Ahern states that Vietnam's exports rose 10% in 2023.",
         "Economist Sarah Ahern"),
    ]:
        assert {c.attribution for c in _claims(text).values()} == {source}


def test_a_position_confirmed_with_that_is_a_view_stated() -> None:
    found = _claims("The ministry confirmed its position that exports to China would reach $10 "
                    "billion this year.")
    assert found["$10 billion"].attribution == "The ministry"
