"""Session 65, mend of the goods rules: the first test of each fix fails without that fix; the
others pin what the rule must still do (sentences invented)."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Document

_ON = date(2025, 6, 1)


def _goods(text: str, surface: str) -> str | None:
    claims = extract_claims(Document.from_text(text, published=_ON))
    return next(c for c in claims if c.surface == surface).commodity


def test_goods_worth_a_figure_keep_it_whatever_follows_for() -> None:
    text = "Cuba bartered sugar worth $80 million for crude oil with Venezuela in 2023."
    assert _goods(text, "$80 million") == "sugar"
    text = "Kazakhstan imported iron ore worth $900 million for steel in 2024."
    assert _goods(text, "$900 million") == "iron_ore"
    text = ("Myanmar swapped rice worth $40 million for fertilizer with Thailand in 2024, the "
            "ministry said.")
    assert _goods(text, "$40 million") == "rice"


def test_rows_given_for_goods_still_take_the_goods_after_for() -> None:
    text = "Egypt paid $3 billion for wheat, $1 billion for timber and $2 billion for fuel in 2024."
    assert _goods(text, "$3 billion") == "wheat"
    assert _goods(text, "$1 billion") is None


def test_keyed_goods_ending_in_a_word_with_no_key_keep_their_figure() -> None:
    text = ("Algeria's sales to Spain were led by liquefied petroleum gas ($1.4 billion), "
            "followed by sulphur ($300 million) in 2024.")
    assert _goods(text, "$1.4 billion") == "lpg"
    text = ("Jordan's exports to India were led by diammonium phosphate at $600 million and "
            "potash at $450 million in 2024.")
    assert _goods(text, "$600 million") == "fertilizer"


def test_a_bracket_after_goods_with_no_key_is_still_theirs() -> None:
    text = ("Algeria's sales to Spain were led by liquefied petroleum gas ($1.4 billion), "
            "followed by sulphur ($300 million) in 2024.")
    assert _goods(text, "$300 million") is None


def test_for_and_a_modifier_leaves_the_flows_own_goods() -> None:
    text = "South Africa's coal exports to Pakistan jumped 20% for cement makers in 2024."
    assert _goods(text, "20%") == "coal"
    text = "Spain's steel exports to Morocco rose 25% for gas pipelines in 2024."
    assert _goods(text, "25%") == "iron_steel"
    text = "Australia sold more coal to Pakistan: sales rose 20% for cement plants in 2024."
    assert _goods(text, "20%") == "coal"


def test_a_row_for_goods_with_no_key_is_still_of_unknown_goods() -> None:
    text = "Pakistan's imports from China rose 20% for cement, 8% for steel in 2024."
    assert _goods(text, "20%") is None
    assert _goods(text, "8%") == "iron_steel"


def test_goods_before_the_next_rows_figure_are_not_joined_to_others() -> None:
    text = ("Saudi cargoes made up 38% of Korea's crude, 21% of its LPG and 9% of its fertilizer "
            "in 2024.")
    assert _goods(text, "38%") == "crude_oil"
    assert _goods(text, "21%") == "lpg"


def test_rows_of_keyed_goods_each_take_their_own() -> None:
    text = ("Turkey's buying from Russia grew 44% for crude, 30% for coal and 12% for urea "
            "in 2024.")
    assert _goods(text, "44%") == "crude_oil"
    assert _goods(text, "30%") == "coal"
    assert _goods(text, "12%") == "fertilizer"
