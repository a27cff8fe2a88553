"""Session 48 (which figures are claims, and their kind): each test pins one rule of the session
on invented text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def test_a_change_in_prices_is_no_claim_however_many_words_stand_before_prices() -> None:
    found = _claims("Ghana's cocoa exports earned $2.1 billion in 2023, helped by a 7.4 percent "
                    "increase in the average export price. Shipments slipped 3% over the year, "
                    "despite a 12% fall in global shipping costs.")
    assert "7.4 percent" not in found
    assert "12%" not in found
    assert found["3%"].kind == "change"


def test_goods_flowing_to_a_country_is_a_flow_of_those_goods() -> None:
    found = _claims("Algerian gas flows to Spain to hit 9 bcm in 2025\nMadrid expects more "
                    "winter supply.")
    assert found["9 bcm"].exporter == "DZA"
    assert found["9 bcm"].importer == "ESP"
    found = _claims("Russian LNG flows to India fell 14% in March, a shipping tracker said.")
    assert found["14%"].kind == "change"
    assert found["14%"].importer == "IND"


def test_a_change_in_the_number_of_firms_or_ships_is_no_claim() -> None:
    found = _claims("Peruvian avocado exports rose 9% in 2023. The number of packing companies "
                    "selling abroad jumped 35% over the year, and the number of reefer vessels "
                    "calling at Paita doubled.")
    assert "35%" not in found
    assert "doubled" not in found
    assert found["9%"].kind == "change"
