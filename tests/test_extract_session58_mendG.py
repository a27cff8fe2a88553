"""Session 58, mend G: the over-reach reviewers found in the session's goods rules. The tests
named `is_no_list` and `stating_no_such_flow` fail without the mend; the others pin what the mend
must keep (the worth of goods with no key, the same-way carry, a bare flow after a keyed and
unkeyed list staying all goods). Sentences invented."""

from __future__ import annotations

from datetime import date

import pytest

from tradetrace.extract import extract_claims
from tradetrace.model import Document

_ON = date(2025, 6, 1)


def _goods(text: str, surface: str) -> str | None:
    claims = extract_claims(Document.from_text(text, published=_ON))
    return next(c for c in claims if c.surface == surface).commodity


@pytest.mark.parametrize(("text", "surface", "key"), [
    ("Egypt imported 12 million tonnes of wheat and exported cotton worth $500 million in 2024.",
     "12 million tonnes", "wheat"),
    ("Indonesia exported $20 billion of coal and imported cotton worth $1 billion in 2024.",
     "$20 billion", "coal"),
    ("Russia shipped 50 million tonnes of wheat and sold timber worth $3 billion to China in "
     "2024.", "50 million tonnes", "wheat"),
    ("Pakistan exported 4 million tonnes of rice, mostly basmati, and cotton yarn worth $1 "
     "billion in 2024.", "4 million tonnes", "rice"),
])
def test_keyed_goods_with_their_own_figure_or_verb_are_no_list_with_goods_after(
        text: str, surface: str, key: str) -> None:
    assert _goods(text, surface) == key


@pytest.mark.parametrize(("text", "surface"), [
    ("Egypt imported 12 million tonnes of wheat and exported cotton worth $500 million in 2024.",
     "$500 million"),
    ("Pakistan exported 4 million tonnes of rice, mostly basmati, and cotton yarn worth $1 "
     "billion in 2024.", "$1 billion"),
])
def test_the_worth_of_goods_with_no_key_in_their_own_clause_keeps_no_key(
        text: str, surface: str) -> None:
    assert _goods(text, surface) is None


def test_a_bare_flow_after_a_list_of_keyed_and_unkeyed_goods_is_not_the_lists() -> None:
    text = "Kenya shipped 40,000 tonnes of roses and mangoes in May. Britain, the biggest " \
        "buyer, cut its purchases 18% to $14 million."
    assert _goods(text, "$14 million") == "trade"


@pytest.mark.parametrize("text", [
    "Ghana plans to expand cocoa processing next year. Exports rose 5% to $1.5 billion in May.",
    "Coffee growers in Colombia cheered the rains. Imports, meanwhile, rose 6% to $1.5 billion "
    "in May.",
    "Zambia's copper output slumped in May. Exports fell 9% to $1.5 billion.",
    "Cocoa smuggling is rampant along the border. Exports rose 5% to $1.5 billion in May.",
    "Ghana sold more cocoa to Belgium last year. Imports from Belgium rose 5% to $1.5 billion.",
    "Ghana did not sell any cocoa to Belgium last year. Exports to Belgium fell 5% to $1.5 "
    "billion.",
])
def test_a_bare_flow_after_a_sentence_stating_no_such_flow_of_unkeyed_goods_is_all_goods(
        text: str) -> None:
    assert _goods(text, "$1.5 billion") == "trade"


def test_a_bare_flow_after_a_sentence_selling_unkeyed_goods_the_same_way_keeps_no_key() -> None:
    text = "Ghana sold more cocoa to Belgium last year. Exports to Belgium rose 5% to $1.5 billion."
    assert _goods(text, "$1.5 billion") is None
