"""Trie patterns match what a flat alternation sorted longest first matches."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tradetrace.extract.tries import phrase_atoms, trie_pattern

PHRASES = st.lists(st.text(alphabet="ab c", min_size=1, max_size=7).filter(str.strip),
                   min_size=1, max_size=8)


@given(PHRASES, st.text(alphabet="ab c\t", max_size=14))
@settings(max_examples=300, deadline=None)
def test_phrases_with_spaces_match_like_a_flat_alternation(phrases: list[str],
                                                           text: str) -> None:
    flat = "|".join(r"\s+".join(re.escape(piece) for piece in phrase.split())
                    for phrase in sorted(set(phrases), key=len, reverse=True))
    trie = trie_pattern([phrase_atoms(p) for p in set(phrases)])
    for pos in range(len(text) + 1):
        a = re.compile(rf"(?:{flat})(?![ab])").match(text, pos)
        b = re.compile(rf"{trie}(?![ab])").match(text, pos)
        assert (a and a.group()) == (b and b.group()), (phrases, text, pos)
