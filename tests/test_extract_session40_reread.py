"""Guards of the fortieth session that its rule tests did not reach, pinned at the reread.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted, parties

_DAY = date(2024, 3, 1)


def test_a_total_across_the_border_keeps_the_partner_carried_in() -> None:
    """`_WHOLE_ACROSS`: a total flow dropping the partner carried in, but not when it crosses
    the border to that partner."""
    text = "Mongolia's coal shipments to China rose 10% to 5 million tonnes in May. "
    across = extracted(text + "Total exports across the border reached 7 million tonnes in May.",
                       _DAY)
    whole = extracted(text + "Total exports reached 7 million tonnes in May.", _DAY)
    assert parties(across["7 million tonnes"]) == ("MNG", "CHN", False)
    assert parties(whole["7 million tonnes"]) == ("MNG", None, False)


def test_a_figure_pointing_back_to_the_item_keeps_its_goods() -> None:
    """`_POINTS_BACK`: after an item of an all-goods total, a partner's figure is of all goods
    again, unless its sentence points back to the item (`of that volume`)."""
    text = ("Montenegro imported goods worth 2.1 billion euros in 2023. Fuel was the costliest "
            "import item at 361 million euros. ")
    again = extracted(text + "Serbia remained the top supplier with 161 million euros.", _DAY)
    back = extracted(text + "Serbia supplied 40% of that volume.", _DAY)
    assert again["161 million euros"].commodity == "trade"
    assert back["40%"].commodity == "oil"
