"""Session 61, goods: the first test of each rule fails without that rule; the others pin what
the rule must leave alone (sentences invented)."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Document

_ON = date(2025, 6, 1)


def _goods(text: str, surface: str) -> str | None:
    claims = extract_claims(Document.from_text(text, published=_ON))
    return next(c for c in claims if c.surface == surface).commodity


def test_a_figureless_topic_of_two_grains_goes_on_as_grain() -> None:
    text = ("Tunisia's barley and maize purchases have risen every season since the drought. "
            "Romania shipped 1.7 million tonnes in 2024.")
    assert _goods(text, "1.7 million tonnes") == "grain"


def test_a_figureless_topic_of_goods_with_no_common_key_is_not_carried() -> None:
    text = ("Tunisia's coal and maize purchases have risen every season since the drought. "
            "Romania shipped 1.7 million tonnes in 2024.")
    assert _goods(text, "1.7 million tonnes") is None


def test_a_figureless_topic_of_one_line_of_goods_keeps_its_first_key() -> None:
    text = ("Tunisia's maize and grain purchases have risen every season since the drought. "
            "Romania shipped 1.7 million tonnes in 2024.")
    assert _goods(text, "1.7 million tonnes") == "corn"
