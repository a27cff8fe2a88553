"""Session 56, goods: the first test of each rule fails without that rule; the others pin what
the rule must leave alone, so they pass without it too (sentences invented)."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Document

_ON = date(2025, 6, 1)


def _goods(text: str, surface: str) -> str | None:
    claims = extract_claims(Document.from_text(text, published=_ON))
    return next(c for c in claims if c.surface == surface).commodity


def test_a_change_to_a_level_of_unkeyed_goods_has_no_key() -> None:
    text = ("Chile shipped 500,000 tons of wood pellets to Japan in 2023. Japan's purchases "
            "slid 43% to 352,555 tons in 2024.")
    assert _goods(text, "43%") is None


def test_a_change_to_a_level_of_all_goods_stays_all_goods() -> None:
    text = ("Chile shipped 500,000 tons of wood pellets to Japan in 2023. Total exports "
            "slid 4% to 3.2 million tons in 2024.")
    assert _goods(text, "4%") == "trade"


def test_a_change_to_a_money_level_is_not_read_by_the_level() -> None:
    text = "Chile's exports slid 4% to $3.2 billion in 2024."
    assert _goods(text, "4%") == "trade"


def test_a_total_before_a_demonym_and_flow_noun_is_all_goods() -> None:
    text = ("Peru sold $87.2 million of copper ore to Chile in 2023. Total Peruvian exports to "
            "Chile rose 51.3 percent to $245.1 million.")
    assert _goods(text, "51.3 percent") == "trade"
    assert _goods(text, "$245.1 million") == "trade"


def test_a_total_before_a_demonym_with_goods_after_of_keeps_them() -> None:
    text = ("Peru sold $87.2 million of copper ore to Chile in 2023. Total Peruvian exports of "
            "the ore to Chile rose 51.3 percent to $245.1 million.")
    assert _goods(text, "51.3 percent") is None


def test_a_demonym_flow_without_a_total_word_goes_on_with_the_goods() -> None:
    text = ("Peru sold $87.2 million of copper ore to Chile in 2023. Peruvian exports to Chile "
            "rose 51.3 percent to $245.1 million.")
    assert _goods(text, "51.3 percent") is None
