"""Session 46 review mends (attribution and modality): each test pins a rule of the session
narrowed so it leaves ordinary news text as it was (invented text)."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 5, 1))


def test_a_queue_lined_up_plans_no_figure() -> None:
    found = _claims("Trucks are lined up at the border after rice exports fell 30% to 20,000 "
                    "tonnes in April.")
    assert found["30%"].modality == "reported"
    assert found["20,000 tonnes"].modality == "reported"
    found = _claims("Ships are lined up outside Santos, where sugar exports reached 3 million "
                    "tonnes in April.")
    assert found["3 million tonnes"].modality == "reported"
    found = _claims("Rice exports fell 30% to 20,000 tonnes in April, and ships are lined up at "
                    "the port.")
    assert found["20,000 tonnes"].modality == "reported"
    found = _claims("Kenya imported 410,000 tonnes of urea in 2023. A further 90,000 tonnes of "
                    "urea imports is already lined up for January.")
    assert found["90,000 tonnes"].modality == "planned"


def test_a_firm_that_compiled_figures_keeps_the_phrase() -> None:
    found = _claims("Exports rose 10% to $2 billion in April, according to data compiled by "
                    "Morgan Stanley. Imports rose 4% to $1 billion, he said.")
    assert found["$2 billion"].attribution == "data compiled by Morgan Stanley"
    assert found["$1 billion"].attribution == "data compiled by Morgan Stanley"
    found = _claims("Exports rose 10% to $2 billion in April, according to estimates by Wood "
                    "Mackenzie.")
    assert found["$2 billion"].attribution == "estimates by Wood Mackenzie"
    found = _claims("Exports rose 10% to $2 billion in April, according to figures released by "
                    "Goldman Sachs.")
    assert found["$2 billion"].attribution == "figures released by Goldman Sachs"
    found = _claims("Peru shipped 41,000 tonnes of blueberries to China in March, according to "
                    "figures released by Lucia Mendoza, a senior analyst at the union.")
    assert found["41,000 tonnes"].attribution == "Lucia Mendoza"
    found = _claims("Peru shipped 41,000 tonnes of blueberries to China in March, according to "
                    "remarks by Lucia Mendoza.")
    assert found["41,000 tonnes"].attribution == "Lucia Mendoza"


def test_warning_verbs_are_read_from_the_stance_lexicon() -> None:
    from tradetrace.extract.cues import STANCE_CUES, cue_data
    data = cue_data(STANCE_CUES)
    assert set(data["warning_verbs"]) == {"warned", "warns", "cautioned", "cautions"}
    assert not set(data["warning_verbs"]) & set(data["outlook_verbs"])
    found = _claims("Moldova could need up to 1.4 billion cubic metres of imported gas this "
                    "winter, warned Ion Rusu, who used to run the gas grid.")
    assert found["1.4 billion cubic metres"].attribution == "Ion Rusu"
