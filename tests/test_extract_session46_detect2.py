"""Session 46 (detect, second pass: missed claims): each test pins one rule of the session on
invented text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def test_quintals_and_square_metres_measure_a_flow() -> None:
    found = _claims("Honduras exported 1.2 million quintals of coffee to Germany in 2023. "
                    "Vietnam shipped 80 million square metres of floor tiles to Australia "
                    "last year.")
    assert found["1.2 million quintals"].exporter == "HND"
    assert found["80 million square metres"].importer == "AUS"


def test_a_row_of_changes_with_its_verb_left_out_takes_the_verb_before() -> None:
    found = _claims("Ghana's cocoa exports fell 12% to 500,000 tonnes in 2023, and coffee 8% to "
                    "30,000 tonnes, the board said.")
    row = found["8%"]
    assert (row.kind, row.direction) == ("change", "down")


def test_percentage_points_measure_a_change_of_a_share() -> None:
    found = _claims("China's share of Chile's copper exports climbed 5 percentage points to 55% "
                    "last year.")
    moved = found["5 percentage points"]
    assert (moved.kind, moved.direction) == ("change", "up")


def test_counted_goods_moved_by_a_verb_after_them() -> None:
    found = _claims("Uruguay exported cattle to Turkey. In March, 42,977 head left the country, "
                    "the ministry said. That was a fifth of the 210,000 used cars Kazakhstan "
                    "imported in the year.")
    assert "42,977 head" in found
    assert found["210,000 used cars"].importer == "KAZ"
