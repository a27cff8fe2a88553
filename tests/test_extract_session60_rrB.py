"""Session 60, reread B: code-level slips a reader found in the session's modality rules
(invented sentences, one test per slip)."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_ON = date(2025, 6, 1)


_by_surface = extracted_on(_ON)


# A year that ends the sentence before a breakdown (`until 2029.`) is no figure of the whole.

def test_a_sentence_final_year_is_not_the_whole_of_a_breakdown() -> None:
    found = _by_surface("Cambodia sold 250,000 tonnes of rice to Malaysia last year, and the "
                        "deal is set to run until 2029. The purchase was divided into 90,000 "
                        "tonnes of fragrant rice and 160,000 tonnes of white rice.")
    assert found["90,000 tonnes"].modality == "reported"


# The sentence before a breakdown may open the document, its figure the first character.

def test_a_whole_at_the_start_of_the_text_keeps_its_first_digit() -> None:
    found = _by_surface("4 million tonnes of Ukrainian maize will go to Spain next year. The "
                        "purchase is split into 3 million tonnes of feed maize and 1 million "
                        "tonnes of food maize.")
    assert found["3 million tonnes"].modality == "planned"


# After `targeted by <agent>`, `to` and a capitalised name (`to Asia`) is a place, no verb.

def test_to_and_a_place_after_the_agent_is_no_aim() -> None:
    found = _by_surface("Chilean copper sales to the markets targeted by the rules to Asia reached "
                        "$3.4 billion in April.")
    assert found["$3.4 billion"].modality == "reported"


# A plural possessive owner (`the Philippines'`) before its main buyers, like `Kenya's`.

def test_a_plural_possessive_owner_of_main_buyers_shares_the_list_out() -> None:
    found = _by_surface("The Philippines shipped 900,000 tonnes of bananas in 2023. Japan and "
                        "South Korea remained the Philippines' main buyers, taking 400,000 tonnes "
                        "and 150,000 tonnes, respectively.")
    assert found["400,000 tonnes"].importer == "JPN"
    assert found["150,000 tonnes"].importer == "KOR"
