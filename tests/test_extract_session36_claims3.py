"""Session 36, third round: which quantities are claims.

Each test pins one rule of extract/kinds on invented sentences, through the public entry point
(`extract_claims` on a `Document`)."""

from __future__ import annotations

from datetime import date

import pytest

from claim_helpers import extracted_on

MARCH_2025 = date(2025, 3, 12)


_claims = extracted_on(MARCH_2025)


# -- the rows of a run of partners' parts after one verb ----------------------------------------

@pytest.mark.parametrize("text, rows", [
    ("Chile shipped 2.1 million tonnes of lemons last season, and Spain, France and Italy "
     "took 41 percent, 22 percent and 9 percent, respectively.", ("22 percent", "9 percent")),
    ("Pakistan bought 1.9 million tons of palm oil in 2024, with Malaysia and Indonesia "
     "supplying 57.5% and 38.1%, respectively.", ("38.1%",)),
])
def test_later_rows_of_a_run_of_parts_are_shares(text: str, rows: tuple[str, ...]) -> None:
    claims = _claims(text)
    for row in rows:
        assert row in claims
        assert claims[row].kind == "share"
        assert claims[row].direction is None


def test_a_percent_after_a_run_of_changes_is_no_share() -> None:
    claims = _claims("Egypt's onion exports rose 12 percent in 2024, and prices went up 8 percent "
                     "and 5 percent in the two halves of the year.")
    assert "5 percent" not in claims or claims["5 percent"].kind != "share"


# -- what goods bought cost is their value -------------------------------------------------------

@pytest.mark.parametrize("text, surface", [
    ("Sugar imports cost Morocco $412.5 million in January-September, the exchange office said.",
     "$412.5 million"),
    ("Jordan bought 640,000 tons of barley last year, costing about $168 million.",
     "$168 million"),
    ("Ghana imported 95,000 tonnes of frozen poultry in 2024 at a cost of $210 million.",
     "$210 million"),
])
def test_what_goods_bought_cost_is_a_level(text: str, surface: str) -> None:
    claims = _claims(text)
    assert surface in claims
    assert claims[surface].kind == "level"
    assert claims[surface].unit == "USD"


def test_what_a_plant_cost_is_no_claim() -> None:
    claims = _claims("Tanzania will import its first LNG cargo next month at the new Mtwara "
                     "terminal, which cost $620 million.")
    assert "$620 million" not in claims


# -- a part of a company held is no share of a flow ----------------------------------------------

@pytest.mark.parametrize("text, surface", [
    ("Copper exports from the Kansoko mine, in which the Canadian group holds 64%, rose to "
     "88,000 tonnes in 2024.", "64%"),
    ("PetroSur operates the LNG export terminal and holds 45 percent of it.", "45 percent"),
    ("Fertilizer exports from the plant climbed in 2024; Yara holds 35 per cent of the venture.",
     "35 per cent"),
])
def test_a_part_of_a_company_held_is_no_claim(text: str, surface: str) -> None:
    assert surface not in _claims(text)


def test_a_part_of_a_market_held_stays_a_share() -> None:
    claims = _claims("Brazil holds 62 percent of China's soybean imports.")
    assert claims["62 percent"].kind == "share"
