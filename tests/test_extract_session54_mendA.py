"""Session 54, mends of the lead's source rules after review: each test pins one mend."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def test_figures_said_to_be_missing_before_a_colon_are_no_source() -> None:
    found = _claims("Peruvian customs data are not yet available: Lima likely sold 90,000 tonnes "
                    "of copper to China in May.")
    assert found["90,000 tonnes"].attribution is None
    found = _claims("Chilean trade figures stopped in 2022: since then, copper sales to Peru are "
                    "put at 90,000 tonnes a year.")
    assert found["90,000 tonnes a year"].attribution is None


def test_a_person_named_after_its_is_the_source_not_the_speaker() -> None:
    found = _claims("Codelco said it sold 90,000 tonnes of copper to China in May, according to "
                    "its chief executive Ana Rojas.")
    assert found["90,000 tonnes"].attribution == "its chief executive Ana Rojas"


def test_anothers_data_after_their_are_the_source_not_the_speaker() -> None:
    found = _claims("The minister said copper exports to China rose 10% in May, according to "
                    "their customs data.")
    assert found["10%"].attribution == "their customs data"


def test_a_he_after_a_description_of_someone_else_keeps_the_description() -> None:
    found = _claims("Copper exports to China rose 10% in May, said Ana Rojas, head of the miners' "
                    "union. Sales reached 4 million tonnes in 2024, the minister noted. Japan "
                    "bought 2 million tonnes, he added.")
    assert found["2 million tonnes"].attribution == "he (the minister)"


def test_a_speaker_who_said_in_a_note_relayed_by_an_outlet_is_the_source() -> None:
    found = _claims("Orevia said in a note, according to Reuters, that copper sales to China "
                    "reached 90,000 tonnes in May.")
    assert found["90,000 tonnes"].attribution == "Orevia"
    found = _claims("Chile's copper sales to India reached 90,000 tonnes in May, analyst Ana "
                    "Rojas said in an interview cited by PTI.")
    assert found["90,000 tonnes"].attribution == "analyst Ana Rojas"
