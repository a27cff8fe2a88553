"""Regular expressions for many words or phrases at once, built as tries.

A flat alternation of hundreds of country names or unit words makes Python's engine try every
alternative at every position; a trie shares common prefixes, so a position that cannot start
any phrase fails at once. `trie_pattern` takes phrases as lists of regex atoms (a character,
`\\s+`, a character class); `word_trie` takes plain words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any


def phrase_atoms(phrase: str) -> list[str]:
    """A phrase as regex atoms: each character escaped, any run of spaces as `\\s+`."""
    atoms: list[str] = []
    for i, piece in enumerate(phrase.split()):
        if i:
            atoms.append(r"\s+")
        atoms += [re.escape(char) for char in piece]
    return atoms


def trie_pattern(phrases: Iterable[Sequence[str]]) -> str:
    """One regex for many phrases (lists of atoms), sharing their common prefixes.

    Matches what an alternation of the phrases sorted longest first matches, but Python's
    engine no longer tries every phrase at every position: with hundreds of country names or
    cue words this is several times faster. (The same matches hold where no two atoms beside
    each other can read the same character; where they can, such as `\\-` beside `[\\s-]+`,
    the deeper branch is tried first, not the longer phrase: a test compares such a list with
    its flat alternation.)"""
    root: dict[str, Any] = {}
    for atoms in phrases:
        node = root
        for atom in atoms:
            node = node.setdefault(atom, {})
        node[""] = {}  # end of a phrase

    depths: dict[int, int] = {}  # by node identity: each subtree measured once

    def depth(node: dict[str, Any]) -> int:
        known = depths.get(id(node))
        if known is None:
            known = depths[id(node)] = max(
                (1 + depth(child) for atom, child in node.items() if atom), default=0)
        return known

    def emit(node: dict[str, Any]) -> str:
        # longest phrases first, as in an alternation sorted by length
        children = sorted(((atom, child) for atom, child in node.items() if atom),
                          key=lambda item: (-depth(item[1]), item[0]))
        branches = [atom + emit(child) for atom, child in children]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body  # greedy: the longer phrase first

    return "(?:" + emit(root) + ")"


def word_trie(words: Iterable[str], space: str | None = None) -> str:
    """`trie_pattern` of plain words, character by character; `space`, if given, is the
    pattern a space in a word stands for (`[ \u00a0]`)."""
    return trie_pattern([[space if space is not None and char == " " else re.escape(char)
                          for char in word] for word in words])
