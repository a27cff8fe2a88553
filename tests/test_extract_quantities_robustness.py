"""The quantity layer never crashes, always returns valid spans, and stays linear on hostile
input (long digit runs, punctuation storms, control characters, mixed scripts)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tradetrace.extract.quantities import extract_quantities
from tradetrace.extract.quantity_context import WINDOW, clause_before
from tradetrace.extract.tries import word_trie

NEWSY = st.sampled_from([
    " ", ",", ".", "-", "–", "(", ")", "$", "US$", "€", "£", "%", " per cent", " million",
    " bn", "m", "k", " tons", " barrels", " bpd", " b/d", " about ", " between ", " and ",
    " to ", " from ", " rose ", " fell by ", " x", "-fold", " times ", "\n", "\t", "\x00",
    "\u00a0", "０１２", "٣", "二十", "Ж", "🙂", "a third", " one of the ", " Feb. ", " 2019",
])
DIGITS = st.text(alphabet="0123456789.,", min_size=1, max_size=40)


def check(text: str) -> None:
    found = extract_quantities(text)
    starts = [q.start for q in found]
    assert starts == sorted(starts)
    for q in found:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start:q.end] == q.surface
        assert q.value == q.value  # not NaN
        assert q.equivalent_of is None or 0 <= q.equivalent_of < len(found)
        assert q.value_max is None or q.value_max >= q.value


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_random_text(text: str) -> None:
    check(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(NEWSY, DIGITS), max_size=40).map("".join))
def test_adversarial_number_soup(text: str) -> None:
    check(text)


@settings(max_examples=50, deadline=None)
@given(st.integers(min_value=1, max_value=3000), st.sampled_from(["", "$", " tons", "%"]))
def test_long_digit_runs(length: int, unit: str) -> None:
    check("Trade of " + "7" * length + unit + " was reported.")


def test_a_hundred_thousand_digit_number() -> None:
    text = "about $" + "9" * 100_000 + " million, up 5%"
    check(text)
    assert [q.surface for q in extract_quantities(text)] == ["5%"]


def test_separator_storms() -> None:
    check("1," * 50_000 + "000 tons")
    check("1." * 50_000 + "5%")
    check("-" * 50_000 + "5 tons")


def test_ten_megabyte_document_finishes() -> None:
    paragraph = ("Russia shipped about 160,000 tons (approximately 1.2 million barrels) of oil to "
                 "North Korea in 2024, up 58.5 percent from $23.28 million, Resolution 2397 "
                 "notwithstanding; between 200 and 400 tonnes of flour followed on Feb. 8. ")
    text = paragraph * (10_000_000 // len(paragraph) + 1)
    found = extract_quantities(text)
    assert len(found) == 5 * (10_000_000 // len(paragraph) + 1)
    assert {q.surface for q in found[:5]} == {"160,000 tons", "1.2 million barrels", "58.5 percent",
                                              "$23.28 million", "200 and 400 tonnes"}
    assert found[-1].end <= len(text)


# --- the fast paths give what the plain forms give -----------------------------------------------

WORDS = st.lists(st.text(alphabet="ab c", min_size=1, max_size=5), min_size=1, max_size=8)
CLAUSE_TEXT = st.text(alphabet='ab .;!?:\n"“” \t', max_size=120)


@given(WORDS, st.text(alphabet="ab c\u00a0", max_size=12))
@settings(max_examples=300, deadline=None)
def test_a_trie_matches_what_a_longest_first_alternation_matches(words: list[str],
                                                                text: str) -> None:
    flat = "|".join(re.escape(w).replace(r"\ ", "[ \u00a0]")
                    for w in sorted(set(words), key=len, reverse=True))
    trie = word_trie(set(words), space="[ \u00a0]")
    for pos in range(len(text) + 1):
        a = re.compile(f"(?:{flat})(?![ab])").match(text, pos)
        b = re.compile(f"(?:{trie})(?![ab])").match(text, pos)
        assert (a and a.group()) == (b and b.group())


@given(CLAUSE_TEXT)
@settings(max_examples=300, deadline=None)
def test_clause_before_cuts_at_the_last_clause_end(text: str) -> None:
    window = text[max(0, len(text) - WINDOW):]
    cut = 0
    for match in re.finditer(r"[.;!?:\n](?=\s)|[\n\"“”]", window):
        cut = match.end()
    assert clause_before(text, len(text)) == window[cut:]
