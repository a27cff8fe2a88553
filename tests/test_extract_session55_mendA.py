"""Session 55, mends of the lead's source rules after review: each test fails without its mend."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def test_telling_an_outlet_a_flow_to_somewhere_is_a_statement() -> None:
    found = _claims("A trader told Reuters exports to neighbouring countries rose 12% to 90,000 "
                    "tonnes in May.")
    assert found["12%"].attribution == "A trader"
    assert found["90,000 tonnes"].attribution == "A trader"


def test_telling_reporters_imports_to_date_is_a_statement() -> None:
    found = _claims("The minister told reporters imports to date totalled 1.4 million tonnes of "
                    "maize.")
    assert found["1.4 million tonnes"].attribution == "The minister"


def test_a_clause_after_a_semicolon_keeps_the_source_closing_it() -> None:
    found = _claims("Cocoa exports rose 5% to 210,000 tonnes in May, the board said; imports of "
                    "sugar fell 3% to 40,000 tonnes, traders said.")
    assert found["210,000 tonnes"].attribution == "the board"
    assert found["40,000 tonnes"].attribution == "traders"


def test_a_clause_after_a_semicolon_with_no_source_of_its_own_keeps_the_first() -> None:
    found = _claims("Cocoa exports rose 5% to 210,000 tonnes in May, the board said; imports of "
                    "sugar fell 3% to 40,000 tonnes.")
    assert found["40,000 tonnes"].attribution == "the board"


def test_an_order_to_buy_is_no_statement() -> None:
    found = _claims("The cabinet told Gasco to purchase and store at least 450 million cubic "
                    "metres of gas before winter.")
    assert found["450 million cubic metres"].attribution is None
