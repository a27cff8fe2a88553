"""Session 56, mends of the parties and listings rules (mend P): each test fails on the merged
code before its mend, except those marked as near misses, which guard a mend's reach."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, parties

_read = extracted_on(date(2024, 7, 1))


# A region heading a row stands for the subject of the row before, not for its object.

def test_a_region_buying_after_a_buyer_row_keeps_the_seller() -> None:
    found = _read("China imported 8 million tonnes of soybeans from Brazil in May, while the EU "
                  "bought 1.2 million tonnes.")
    assert parties(found["1.2 million tonnes"]) == ("BRA", None, False)


def test_a_verbless_region_row_drops_the_buyer_it_stands_for() -> None:
    found = _read("China bought 8 million tonnes of soybeans from Brazil in May, and Europe 1.2 "
                  "million tonnes.")
    assert parties(found["1.2 million tonnes"]) == ("BRA", None, False)


def test_a_verbless_region_row_drops_the_seller_it_stands_for() -> None:
    found = _read("Russia sold 2 million tonnes of wheat to Egypt last season, and the EU 1.5 "
                  "million tonnes.")
    assert parties(found["1.5 million tonnes"]) == (None, "EGY", False)


def test_near_miss_a_region_after_an_aside_with_no_figure_is_no_row() -> None:
    found = _read("In March, the month the Kremlin cut gas to Moldova, the European Union bought "
                  "2 million tonnes of Russian coal.")
    assert parties(found["2 million tonnes"]) == ("RUS", None, False)


# Countries ranked together take shares one each only with `respectively` after them.

def test_a_run_of_countries_without_respectively_gives_no_share_to_the_last() -> None:
    found = _read("Egypt bought 38% of Romania's wheat exports last year. Jordan and Libya "
                  "followed with 11.5% and 7.2%.")
    assert "11.5%" not in found


def test_a_run_of_three_countries_without_respectively_gives_no_share_to_the_last() -> None:
    found = _read("Norway took 44% of the salmon Chile exported in 2023. Brazil, Mexico and Peru "
                  "followed with 9%, 6.5% and 3%.")
    assert "9%" not in found
