"""Session 45 (goods): commodity rules of the forty-fifth session."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def test_trays_of_fruit_take_the_fruit_they_hold() -> None:
    found = _claims("Japanese importers bought 6 million trays of Chilean blueberries last "
                    "season, a 12 per cent rise.")
    assert found["6 million trays"].commodity == "food"


def test_crates_of_fruit_take_the_fruit_they_hold() -> None:
    found = _claims("Peru shipped 3 million crates of mangoes to Canada in March.")
    assert found["3 million crates"].commodity == "food"


def test_unkeyed_goods_ranked_at_a_figure_leave_the_commodity_open() -> None:
    found = _claims("Chile's exports rose in 2023. Cherries were the top product at $900 million, "
                    "ahead of copper at $800 million.")
    assert found["$900 million"].commodity == "food"
    assert found["$800 million"].commodity is None


def test_goods_that_carried_a_total_are_a_cause_not_its_goods() -> None:
    found = _claims("Ghana's goods exports rose 12.5% in 2023, carried by cocoa, gold and timber.")
    assert found["12.5%"].commodity == "trade"


def test_goods_that_fuelled_a_total_are_a_cause_not_its_goods() -> None:
    found = _claims("Peru's goods exports grew 8% in May, fuelled by copper and zinc.")
    assert found["8%"].commodity == "trade"
