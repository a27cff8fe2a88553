"""The faster forms of the claim stage's look-ups give the same answers as the plain ones.

A lexicon is scanned with `_scan_regex` (a first-character class before the cue trie, so the
engine skips ahead) instead of the pattern `cue_regex` builds; `may_hold` skips a case-blind
pattern on a window holding none of the words every match needs; memoised readers hand each
caller a list of its own."""

from __future__ import annotations

import random

import pytest

from tradetrace.extract import cues
from tradetrace.extract.cues import CLAIM_CUES, STANCE_CUES, cue_data, may_hold
from tradetrace.extract.parties import find_countries


def _cue_lists() -> list[tuple[str, tuple[str, ...]]]:
    found: list[tuple[str, tuple[str, ...]]] = []

    def walk(name: str, node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                walk(f"{name}.{key}", value)
        elif isinstance(node, list) and node and all(isinstance(w, str) for w in node):
            found.append((name, tuple(node)))

    for source in (CLAIM_CUES, STANCE_CUES):
        walk(source, cue_data(source))
    return found


LISTS = _cue_lists()


_ODD_FOLDS = str.maketrans({"s": "ſ", "k": "\u212a", "i": "ı", "I": "İ"})
"""Letters a case-blind pattern reads as ASCII ones (`ſ` as `s`, the Kelvin sign as `k`)."""


def _texts(words: tuple[str, ...], seed: int) -> list[str]:
    """Running text made of the cues themselves, in changing case and company: glued to
    letters, digits, `$` and hyphens, after odd case-folding letters, at both ends."""
    rng = random.Random(seed)
    pieces = [w.rstrip("*") + ("ing" if w.endswith("*") else "") for w in words]
    texts = []
    for _ in range(3):
        out = []
        for piece in rng.sample(pieces, min(len(pieces), 40)):
            piece = rng.choice([piece, piece.upper(), piece.title(), piece.swapcase(),
                                piece.translate(_ODD_FOLDS)])
            before = rng.choice(["", " ", "$", "x", "9", "-", "ı", "ſ", "İ", "K", "(", "the "])
            after = rng.choice([" ", ".", "s", "-", "x", ",", "", " and "])
            out.append(before + piece + after)
        texts.append("".join(out))
    return texts


@pytest.mark.parametrize(("name", "words"), LISTS, ids=[name for name, _ in LISTS])
def test_a_lexicon_scan_finds_what_its_pattern_finds(name: str, words: tuple[str, ...]) -> None:
    plain = cues._cue_regex(words, False)
    fast = cues._scan_regex(words, False)
    if fast is None:
        pytest.skip(f"{name}: a cue that opens with no single character is scanned as written")
    rng = random.Random(name)
    for text in _texts(words, len(name)):
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
        for _ in range(20):  # windows: the look-behinds read the text before `pos`
            start = rng.randrange(len(text) + 1)
            end = rng.randrange(start, len(text) + 1)
            assert [m.span() for m in fast.finditer(text, start, end)] == \
                [m.span() for m in plain.finditer(text, start, end)], (name, start, end)


def test_the_scans_are_in_use_and_find_cues() -> None:
    lexicon = cues.lexicon("flow", "export")
    text = "Exports fell, and the country exported less; re-exports and $export- did not count."
    assert lexicon.spans(text) == [(m.start(), m.end()) for m in lexicon.regex.finditer(text)]
    assert lexicon.spans(text)[:2] == [(0, 7), (30, 38)]


def test_may_hold() -> None:
    assert may_hold("Prices ROSE per Year", 0, 20, ("year",))
    assert not may_hold("Prices rose per month", 0, 21, ("year",))
    assert not may_hold("a year ago", 3, 5, ("year",))  # only the window counts
    # case-blind patterns read `ſ` as `s`: a window with a character beyond ASCII is not judged
    assert may_hold("per ſeaſon", 0, 10, ("season",))


def test_memoised_country_reads_give_each_caller_its_own_list() -> None:
    text = "Russia sold 1 million tonnes of wheat to Egypt and Turkey."
    first = find_countries(text, 0, len(text))
    codes = [m.code for m in first]
    first.clear()
    assert [m.code for m in find_countries(text, 0, len(text))] == codes == ["RUS", "EGY", "TUR"]
    part = find_countries(text, 0, 30)
    part.append(part[0])
    assert [m.code for m in find_countries(text, 0, 30)] == ["RUS"]
