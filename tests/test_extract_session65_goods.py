"""Session 65, goods: the first test of each rule fails without that rule; the others pin what
the rule must leave alone (sentences invented)."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Document

_ON = date(2025, 6, 1)


def _goods(text: str, surface: str) -> str | None:
    claims = extract_claims(Document.from_text(text, published=_ON))
    return next(c for c in claims if c.surface == surface).commodity


def test_a_figure_in_brackets_after_unkeyed_goods_is_of_those_goods() -> None:
    text = ("Bolivia's exports to Japan in 2024 were led by zinc at $310 million, followed by "
            "antimony ores ($42 million) and quinoa flour ($9 million).")
    assert _goods(text, "$42 million") is None
    text = ("Kazakhstan sold Turkey goods worth $3.1 billion last year, mostly wheat "
            "($1.2 billion), followed by sulphuric acid ($190 million) and cotton lint.")
    assert _goods(text, "$190 million") is None


def test_unkeyed_goods_with_a_head_noun_before_at_are_the_items_goods() -> None:
    text = ("Bolivian shipments to Korea totalled $1.4 billion in 2024, led by zinc ores and "
            "concentrates at $880 million and crude oil at $120 million.")
    assert _goods(text, "$880 million") is None
    text = ("Zambia's sales to India rose to $2.6 billion, with refined cobalt cathodes at "
            "$510 million ahead of wheat flour at $60 million.")
    assert _goods(text, "$510 million") is None


def test_a_figure_in_brackets_after_keyed_goods_keeps_their_key() -> None:
    text = ("Bolivia's exports to Japan in 2024 were led by zinc at $310 million, followed by "
            "antimony ores ($42 million) and crude oil ($19 million).")
    assert _goods(text, "$19 million") == "crude_oil"
    text = ("Mongolia's exports to China reached $11 billion, led by coal ($6.2 billion) and "
            "copper concentrate ($2.9 billion).")
    assert _goods(text, "$6.2 billion") == "coal"


def test_a_figure_given_for_unkeyed_goods_is_of_those_goods() -> None:
    text = ("Peruvian sales to Korea rose in value in 2024 by 44 percent for zinc ores, "
            "18 percent for coffee, 9 percent for wheat and 12 percent for tin.")
    assert _goods(text, "44 percent") is None
    assert _goods(text, "18 percent") is None
    assert _goods(text, "12 percent") is None
    text = ("Norway's bill for energy from Qatar split into $2.2 billion for crude oil, "
            "$4.8 billion for gas and $0.3 billion for coal, the ministry said.")
    assert _goods(text, "$4.8 billion") is None
    assert _goods(text, "$2.2 billion") == "crude_oil"


def test_a_figure_given_for_keyed_goods_takes_their_key() -> None:
    text = ("Poland's dependence on Norwegian supply stood at 61 percent for natural gas imports "
            "and 14 percent for crude oil in 2024.")
    assert _goods(text, "14 percent") == "crude_oil"
    assert _goods(text, "61 percent") is None


def test_a_figure_given_for_no_goods_or_mixed_goods_is_left_alone() -> None:
    text = ("Chile's exports rose 7 percent for the year to $98 billion, the central bank said.")
    assert _goods(text, "7 percent") == "trade"
    text = ("Vietnam's imports from Laos rose 9% to $1.1 billion for the quarter, with $300 "
            "million for coal and timber.")
    assert _goods(text, "$1.1 billion") == "trade"
    assert _goods(text, "$300 million") is None


def test_a_respective_figure_of_unkeyed_goods_has_no_key() -> None:
    text = ("Madagascar's fish exports reached $140m in 2024, the customs office said. Vanilla "
            "and cloves brought in $520m and $61m, respectively.")
    assert _goods(text, "$61m") is None
    assert _goods(text, "$520m") is None


def test_a_respective_figure_of_keyed_goods_keeps_its_key() -> None:
    text = ("Madagascar's fish exports reached $140m in 2024, the customs office said. Vanilla "
            "and rice brought in $520m and $61m, respectively.")
    assert _goods(text, "$61m") == "rice"

