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
    # longest first in atoms (a run of spaces is one); phrases of equal length cannot both
    # match at one position, so the reference is well defined
    atoms = sorted({tuple(phrase_atoms(p)) for p in phrases}, key=len, reverse=True)
    flat = "|".join("".join(a) for a in atoms)
    trie = trie_pattern(atoms)
    for pos in range(len(text) + 1):
        a = re.compile(rf"(?:{flat})(?![ab])").match(text, pos)
        b = re.compile(rf"{trie}(?![ab])").match(text, pos)
        assert (a and a.group()) == (b and b.group()), (phrases, text, pos)
