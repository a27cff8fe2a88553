"""Commodity rules of the forty-eighth session (goods) of 2026-12-06, each pinned by invented
sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted

WHEN = date(2024, 11, 20)


def test_a_trade_word_after_a_later_figure_is_not_the_appended_change_s_goods() -> None:
    """`..., a 21% increase that made it 45.5% of total exports`: the change appended to the
    amount before goes on with its goods (here goods with no key); `total exports` is the whole
    of the share that follows, not the flow of the change."""
    found = extracted("Zambia exported $1,085 million of copper in May, a 21% increase that "
                      "made it 45.5% of the country's total exports.", WHEN)
    assert found["21%"].commodity is None
    found = extracted("Zambia exported $1,085 million of wheat in May, a 21% increase that "
                      "made it 45.5% of the country's total exports.", WHEN)
    assert found["21%"].commodity == "wheat"


def test_goods_with_no_key_ranked_among_a_country_s_exports_own_the_figure() -> None:
    """`Cotton was Chad's most valuable export, worth $310 million or 22% of total exports`,
    `regained first place among Ghana's exports, earning ...`: the figures are of the goods the
    sentence opens with (no key), not of all goods; keyed goods keep their key, and an export
    market ranked is no goods."""
    found = extracted("Cotton was Chad's most valuable export in 2023, worth $310 million or 22% "
                      "of total exports.", WHEN)
    assert found["$310 million"].commodity is None
    assert found["22%"].commodity is None
    found = extracted("Cocoa beans regained first place among Ghana's exports in January, "
                      "earning $49.7 million, or 29.9% of the month's total.", WHEN)
    assert found["$49.7 million"].commodity is None
    found = extracted("Wheat was Russia's top export in 2023, worth $10 billion.", WHEN)
    assert found["$10 billion"].commodity == "wheat"
    found = extracted("China remained Chile's top export market, taking $12 billion of goods.",
                      WHEN)
    assert found["$12 billion"].commodity == "trade"


def test_a_share_of_the_sector_is_of_the_goods_just_counted() -> None:
    """`That left the sector with 45 per cent of all exports`, `lifted the sector's share of
    the country's overall exports to 3.5%`: the definite sector is the part, the goods the claim
    before counted (no key, or keyed), not all goods."""
    found = extracted("Pharmaceutical exports from Ireland rose 12% to €7 billion in May. That "
                      "left the sector with 45 per cent of all exports.", WHEN)
    assert found["45 per cent"].commodity is None
    found = extracted("Turkey's defence exports rose 29% to $7.2 billion in 2024. He said the "
                      "rise had lifted the sector's share of the country's overall exports to "
                      "3.5%.", WHEN)
    assert found["3.5%"].commodity is None
    found = extracted("Kenya's wheat exports rose 12% to $720 million in 2023. That left the "
                      "sector with 25 per cent of all exports.", WHEN)
    assert found["25 per cent"].commodity == "wheat"
