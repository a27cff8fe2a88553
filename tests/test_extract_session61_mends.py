"""Session 61, mends after the merge: each test pins one fix on invented text; each fix's own
tests fail without it, and its near misses guard its reach."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, sides

_claims = extracted_on(date(2025, 6, 1))

_LEAD = "Kenya's tea exports fell 33% in 2024. Exports to Egypt slid 55%"


def test_a_buyers_buying_from_overseas_takes_no_paragraph_seller() -> None:
    found = _claims(_LEAD + ". Oman, for its part, bought 8% more tea from overseas.")
    assert sides(found, "8%") == (None, "OMN")


def test_a_buyers_own_imports_take_no_paragraph_seller() -> None:
    found = _claims(_LEAD + ". Pakistan's imports of tea rose 12% to 300,000 tonnes.")
    assert sides(found, "12%") == (None, "PAK")


def test_a_buyers_intake_row_still_takes_the_paragraph_seller() -> None:
    # near miss: a buyer row with no owned flow of its own total goes on with the seller
    found = _claims(_LEAD + ", while Pakistan's intake shrank 66%.")
    assert sides(found, "66%") == ("KEN", "PAK")


def test_a_buyers_imports_naming_their_source_keep_it() -> None:
    # near miss: the sentence names the seller itself
    found = _claims(_LEAD + ". Pakistan's imports of Kenyan tea rose 12%.")
    assert sides(found, "12%") == ("KEN", "PAK")


def test_a_demonyms_exports_in_a_month_of_that_year_are_no_part_of_a_whole() -> None:
    # the reread: `of that year` names a time, not the whole the figure is part of
    found = _claims("Chile sold 12,000 tonnes of lithium to Japan in 2022. Chilean exports "
                    "rose 5% in March of that year.")
    assert sides(found, "5%") == ("CHL", None)


def test_a_demonyms_exports_making_up_part_of_that_total_keep_the_pair() -> None:
    # near miss: `of that` before the figure's whole still makes it a part
    found = _claims("Chile and Japan traded $900 million of goods in 2022. Chilean exports "
                    "made up $600 million of that.")
    assert sides(found, "$600 million") == ("CHL", "JPN")
