"""Session 36: which quantities are claims, and their kind and direction.

Each test pins one rule of extract/claims or extract/kinds on invented sentences, through the
public entry point (`extract_claims` on a `Document`)."""

from __future__ import annotations

from datetime import date

import pytest

from claim_helpers import extracted_on

MAY_2024 = date(2024, 5, 20)


_claims = extracted_on(MAY_2024)


# -- a bare percent that goes on a list of changes ----------------------------------------------

@pytest.mark.parametrize("text, rows, direction", [
    ("Peru's copper exports fell 11% at the northern mines, 24% at the central mines and "
     "23% at the southern ones in January.", ("24%", "23%"), "down"),
    ("Kenya's tea exports to Pakistan, Egypt and Oman grew 12.5 percent, 8.25 percent and "
     "6.75 percent, respectively, in 2023.", ("8.25 percent", "6.75 percent"), "up"),
])
def test_a_bare_percent_after_a_change_in_a_list_is_the_same_change(
        text: str, rows: tuple[str, ...], direction: str) -> None:
    found = _claims(text)
    assert [(found[r].kind, found[r].direction) if r in found else None for r in rows] == [
        ("change", direction)] * len(rows)


def test_a_listed_percent_with_its_own_comparison_does_not_take_the_row_before() -> None:
    text = ("Argentina's wheat sales abroad were 120% higher than a year earlier in the first "
            "quarter, but 35% below the five-year average.")
    found = _claims(text)
    assert "35%" not in found or found["35%"].direction != "up"


def test_a_listed_share_after_a_change_is_no_row_of_the_change() -> None:
    found = _claims("LNG exports reached 88.3 million tons in 2024, a 4.5% gain on 2023, and 55% "
                    "went to Europe.")
    assert "55%" not in found or found["55%"].kind != "change"


def test_a_percent_after_a_change_that_opens_a_share_is_no_row_of_the_change() -> None:
    found = _claims("Coal imports rose 20% to 5.7 million tons in 2023, while the US, with 13%, "
                    "shipped 275,000 tons.")
    assert "13%" not in found or found["13%"].kind != "change"


# -- the rate of a levy is no share or change of a flow ----------------------------------------

@pytest.mark.parametrize("text, rate", [
    ("Traders say the 15% export levy on palm oil has cut sales to Europe.", "15%"),
    ("Manila cut the tariff on imported rice to 15 percent, and imports rose 20 percent in "
     "July.", "15 percent"),
    ("The ministry lifted the basic customs duty on toys to 60 per cent in 2020, and imports "
     "from China slumped 70 per cent.", "60 per cent"),
])
def test_a_tax_rate_is_not_a_claim(text: str, rate: str) -> None:
    assert rate not in _claims(text)


def test_a_flow_beside_a_tax_rate_is_still_a_change() -> None:
    found = _claims("The ministry lifted the basic customs duty on toys to 60 per cent in 2020, "
                    "and imports from China slumped 70 per cent.")
    assert (found["70 per cent"].kind, found["70 per cent"].direction) == ("change", "down")


# -- what a plant, line or store is able to do is its capacity, not goods moved ---------------

@pytest.mark.parametrize("text, capacity", [
    ("A plant able to make 2.4 million tonnes of urea a year opened in Egypt in 2023.",
     "2.4 million tonnes"),
    ("The field can produce 12 bcm of gas a year and ships most of it to Egypt.", "12 bcm"),
    ("The new refinery, built to treat 650,000 barrels of crude a day, exported 20,000 tonnes "
     "of diesel to Kenya.", "650,000 barrels of crude a day"),
])
def test_what_a_plant_can_make_or_treat_is_its_capacity(text: str, capacity: str) -> None:
    found = _claims(text)
    assert capacity not in found and len(found) == ("exported" in text)


def test_a_country_that_can_ship_an_amount_states_a_flow() -> None:
    found = _claims("Malaysia can ship only about 4 million tonnes of palm oil a year to India.")
    assert [c.kind for s, c in found.items() if s.startswith("4 million")] == ["level"]


# -- an amount a country or plant uses up or needs is consumption, not a flow -----------------

@pytest.mark.parametrize("text, amount", [
    ("Kenya eats about 900,000 tonnes of rice a year, and imported 700,000 tonnes from Pakistan "
     "in 2023.", "900,000 tonnes"),
    ("Georgia needs some 300 million cubic metres of gas a year and buys most of it from "
     "Azerbaijan.", "300 million cubic metres"),
])
def test_an_amount_used_up_or_needed_is_not_a_claim(text: str, amount: str) -> None:
    assert not any(s.startswith(amount) for s in _claims(text))


def test_the_import_beside_a_consumption_figure_is_still_a_claim() -> None:
    found = _claims("Kenya eats about 900,000 tonnes of rice a year, and imported 700,000 tonnes "
                    "from Pakistan in 2023.")
    assert found["700,000 tonnes"].kind == "level"


def test_needed_imports_are_still_a_claim() -> None:
    found = _claims("Sudan will need 3.5 million tons of wheat imports this year, the FAO says.")
    assert [c.kind for s, c in found.items() if s.startswith("3.5 million")] == ["level"]
