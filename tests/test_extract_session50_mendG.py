"""Review mends of the fiftieth session's goods rules (2026-12-06), each pinned by invented
sentences of ordinary news text the rules over-reached on."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 5, 1))


def test_an_oil_year_that_only_dates_or_compares_the_figure_still_names_oil() -> None:
    """`crude oil year-on-year` and `crude oil year to date` name the oil; only a calendar oil
    year (`the 2023-24 oil year`) names none."""
    found = _claims("India's imports of crude oil year-on-year rose 6% to 4.8 million barrels "
                    "per day in April.")
    assert found["6%"].commodity == "crude_oil"
    assert found["4.8 million barrels per day"].commodity == "crude_oil"
    found = _claims("China's crude oil year-on-year imports climbed 9% in April to 11 million "
                    "barrels per day.")
    assert found["9%"].commodity == "crude_oil"
    assert found["9%"].importer == "CHN"
    assert found["11 million barrels per day"].commodity == "crude_oil"
    assert found["11 million barrels per day"].importer == "CHN"
    found = _claims("Japan imported 3.1 million barrels per day of crude oil year to date, up 2% "
                    "on last year.")
    assert found["3.1 million barrels per day"].commodity == "crude_oil"
    found = _claims("Exports of palm oil year-on-year fell 12% to 1.2 million tonnes in April, "
                    "Malaysia said.")
    assert found["12%"].commodity == "food"


def test_the_other_ways_flow_of_a_sentence_of_both_ways_is_all_trade() -> None:
    """In a sentence naming both exports and imports, the figure's own flow noun tells its way:
    the other way's flow after goods with no key is all trade, not those goods."""
    flowers = "Kenya's cut flower exports rose 10% in 2023, the central bank said. "
    found = _claims(flowers + "Exports grew 4% and imports fell 6%.")
    assert found["6%"].commodity == "trade"
    found = _claims(flowers + "Exports grew 4% in the year, while imports fell 6%.")
    assert found["6%"].commodity == "trade"
    found = _claims("Madagascar's vanilla exports fell 7% in 2023. Exports to France fell 3%, "
                    "while imports from China rose 11%.")
    assert found["11%"].commodity == "trade"
