"""Party rules of the thirty-eighth session of 2026-12-05 (exporter, importer, two-way), each
pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted, parties

WHEN = date(2024, 11, 20)


def test_money_an_earning_verb_brings_in_is_the_sellers_when_the_verb_ends_its_clause() -> None:
    """`copper brought in USD 812 million` in a clause after another flow: the money right after
    the verb is what the goods earned, the seller's, though the clause read for the quantity
    stops at the quantity (`roles._frame_cues`)."""
    found = extracted("Peru earned $1,210 million from gold in the third quarter of 2023, while "
                      "copper brought in USD 812 million.", WHEN)
    assert parties(found["USD 812 million"]) == ("PER", None, False)


def test_an_iso_code_before_or_after_earned_money_makes_it_money() -> None:
    """`took in 310 million USD from ...`, `brought in NOK 41.2 billion`: a currency code on
    either side of the amount makes it money earned, not goods taken in."""
    found = extracted("Bolivia took in 310 million USD from zinc exports in the first half of "
                      "2023.", WHEN)
    assert parties(found["310 million USD"]) == ("BOL", None, False)
    found = extracted("Norway sold more cod abroad in 2023. Cod exports brought in NOK 41.2 "
                      "billion, 4% more than a year earlier.", WHEN)
    assert parties(found["NOK 41.2 billion"]) == ("NOR", None, False)


def test_money_brought_in_of_goods_is_still_a_purchase() -> None:
    """`bring in 48 million EUR of gas`: goods worth that much brought into the country, with
    the currency code after the amount as before it."""
    found = extracted("Moldova had to bring in 48 million EUR of gas from abroad in January "
                      "2024.", WHEN)
    assert parties(found["48 million EUR"]) == (None, "MDA", False)


def test_money_brought_in_on_top_of_a_sum_is_still_earned() -> None:
    """`Cocoa butter brought in a further $41 million`: `a further`, `another` between the
    earning verb and the money keep it the money earned, the seller's."""
    found = extracted("Ghana earned $1.2 billion from cocoa beans in 2023. Cocoa butter brought "
                      "in a further $41 million.", WHEN)
    assert parties(found["$41 million"]) == ("GHA", None, False)
