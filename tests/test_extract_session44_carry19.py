"""Session 44 (carry19): the modality of headlines whose subject is lower-case, whose
infinitive is a less common verb, or whose present-tense verb makes a deal or asks for goods."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 5, 6))


_BODY = "\nThe company gave no further details on Monday."


def test_a_headline_infinitive_after_a_lower_case_subject_is_planned() -> None:
    found = _claims("Dutch charity to airlift 600 tons of food to Sudan" + _BODY)
    assert found["600 tons"].modality == "planned"
    found = _claims("Chilean miner to export 40,000 tonnes of copper to India" + _BODY)
    assert found["40,000 tonnes"].modality == "planned"


def test_a_headline_infinitive_of_a_less_common_verb_is_planned() -> None:
    found = _claims("Japan to give Kenya 30,000 tonnes of rice" + _BODY)
    assert found["30,000 tonnes"].modality == "planned"


def test_a_verb_framing_the_infinitive_is_no_subject() -> None:
    found = _claims("Peru struggles to export 90,000 tonnes of quinoa" + _BODY)
    assert found["90,000 tonnes"].modality == "reported"


def test_a_headline_deal_verb_is_planned() -> None:
    for headline, surface in (
            ("Ghana signs $2.4bn of cocoa deals with Chinese buyers", "$2.4bn"),
            ("State grain agency contracts 120,000 tonnes of Black Sea wheat", "120,000 tonnes"),
            ("Nepal asks India for 50,000 tonnes of fertilizer", "50,000 tonnes"),
            ("Kenyan traders sign 20,000 tonnes of tea deals with Pakistan", "20,000 tonnes")):
        assert _claims(headline + _BODY)[surface].modality == "planned", headline


def test_a_plural_noun_before_a_verb_is_no_deal_verb() -> None:
    found = _claims("Coal offers slip in Vietnam's 3 mt import tender" + _BODY)
    assert found["3 mt"].modality != "planned"


def test_a_part_of_a_planned_total_after_of_that_is_planned() -> None:
    found = _claims("Chile agreed in March to sell 80,000 tonnes of copper cathode to Vietnam "
                    "over two years. Of that, 50,000 tonnes is for a wire maker in Hanoi.")
    assert found["80,000 tonnes"].modality == "planned"
    assert found["50,000 tonnes"].modality == "planned"


def test_a_part_of_a_reported_total_after_of_that_stays_reported() -> None:
    found = _claims("Chile shipped 80,000 tonnes of copper cathode to Vietnam in 2023. Of that, "
                    "50,000 tonnes went to a wire maker in Hanoi.")
    assert found["50,000 tonnes"].modality == "reported"


def test_a_part_already_moving_stays_reported() -> None:
    found = _claims("Chile agreed in March to sell 80,000 tonnes of copper cathode to Vietnam "
                    "over two years. Of that volume Hanoi already takes 50,000 tonnes.")
    assert found["50,000 tonnes"].modality == "reported"
