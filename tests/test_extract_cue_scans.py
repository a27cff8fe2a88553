"""The faster forms of the claim stage's look-ups give the same answers as the plain ones.

A lexicon is scanned with `_scan_regex` (a first-character class before the cue trie, so the
engine skips ahead) instead of the pattern `cue_regex` builds; `may_hold` skips a case-blind
pattern on a window holding none of the words every match needs; memoised readers hand each
caller a list of its own."""

from __future__ import annotations

import random
import re

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
    fast = cues._scan_regex(words)
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


# --- literal pre-checks ------------------------------------------------------------------------

def _pre_checks() -> list[tuple[str, re.Pattern[str], re.Pattern[str] | tuple[str, ...]]]:
    """(name, the pattern guarded, its pre-check: a pattern, or words looked for case-blind)."""
    from tradetrace.extract import (
        attribution,
        claim_goods,
        claims,
        flows,
        kinds,
        modality_cues,
        parties,
        respectively,
        timeframe,
    )

    pairs: list[tuple[str, re.Pattern[str], re.Pattern[str] | tuple[str, ...]]] = [
        ("formal name", parties._FORMAL_NAME, parties._FORMAL_NOUNS),
        ("epithet before", parties._EPITHET_BEFORE, parties._EPITHET_NOUNS),
        ("buyers in", parties._BUYERS_IN, parties._BUYER_NOUNS),
        ("epithet", parties._EPITHET, parties._EPITHET_HEADS),
        ("former/latter", parties._FORMER_LATTER, parties._FORMER_LATTER_WORDS),
        ("title", parties._TITLE_WORD, parties._TITLE_WORDS),
        ("pair adjective", parties._pair_regex(), parties._pair_words()),
        ("region receiver", flows._REGION_RECEIVER, flows._REGION_RECEIVER_WORDS),
        ("bloc took", flows._BLOC_TOOK, flows._BLOC_TOOK_WORDS),
        ("compiled by", claims._COMPILED_BY, claims._CUSTOMS_WORDS),
        ("goods worth", claim_goods._GOODS_WORTH, claim_goods._WORTH_WORDS),
        ("crossed", kinds._CROSSED, kinds._CROSSED_WORDS),
        ("sanctioned", kinds._SANCTIONED, kinds._SANCTIONED_WORDS),
        ("old before", timeframe._OLD_BEFORE, timeframe._OLD_BEFORE_WORDS),
        ("per year", timeframe._PER_YEAR, timeframe._PER_YEAR_WORDS),
        ("respectively", respectively._RESPECTIVELY, ("respectively",)),
        ("owned source", attribution._OWNED_SOURCE, attribution._POSSESSIVES),
        ("due window", modality_cues.DUE_WINDOW, ("for",)),
    ]
    for name in ("planned", "estimated", "forecast"):
        adverbed = modality_cues._modal_adverb_cues(name)
        if adverbed is not None:
            pairs.append((f"adverbed {name}", adverbed, modality_cues._MODAL_WORDS))
    return pairs


_WORD_START = re.compile(r"(?<=\s)[\dA-Z$€£¥]")


def _gold_texts() -> list[str]:
    import json
    from pathlib import Path

    gold = Path(__file__).parent / "gold"
    texts = []
    for path in [gold / "claims.jsonl", *sorted(gold.glob("dev*.jsonl"))[::10]]:
        texts += [json.loads(line)["text"] for line in path.read_text("utf-8").splitlines()
                  if line.strip()]
    return texts


def test_every_match_of_a_guarded_pattern_holds_what_its_pre_check_looks_for() -> None:
    """A word added to a guarded pattern but not to its pre-check would be skipped silently:
    every match over the development passages (and their upper-case copies) must hold one of
    the pre-check's words."""
    texts = _gold_texts()
    texts += [t.upper() for t in texts[:300]]
    matched = 0
    for name, guarded, check in _pre_checks():
        for text in texts:
            if guarded.pattern.endswith("$"):
                # (read at the end of a window before a figure or a name)
                ends = [m.start() for m in _WORD_START.finditer(text)]
                found_matches = [m for end in ends if (m := guarded.search(
                    text, max(0, end - 100), end)) is not None]
            else:
                found_matches = list(guarded.finditer(text))
            for match in found_matches:
                found = match.group()
                matched += 1
                if isinstance(check, tuple):
                    assert may_hold(found, 0, len(found), tuple(w.lower() for w in check)) or \
                        any(w in found for w in check), (name, found)
                else:
                    assert check.search(found) is not None, (name, found)
    assert matched > 800


def test_excluded_spans_may_come_as_lists() -> None:
    text = "Russia sold wheat to Egypt."
    assert [m.code for m in find_countries(text, 0, len(text), [[0, 6]])] == ["EGY"]


def test_goods_with_no_key_match_as_a_flat_alternation_would() -> None:
    """The trie over goods with no key lets a space stand for spaces or a hyphen beside phrases
    written with a hyphen: matches must stay those of the alternation sorted longest first."""
    from tradetrace.extract import commodity
    from tradetrace.extract.cues import word_set

    phrases = sorted(word_set("unkeyed_goods"), key=len, reverse=True)
    flat = re.compile(r"\b(?:" + "|".join(re.escape(p).replace(r"\ ", r"[\s-]+")
                                          for p in phrases) + r")\b", re.IGNORECASE)
    rng = random.Random(7)
    for _ in range(40):
        picked = rng.sample(phrases, 25)
        text = " and ".join(rng.choice([p, p.replace(" ", "-"), p.upper() + "s", p + " trade"])
                            for p in picked)
        assert [m.span() for m in commodity._unkeyed_anywhere().finditer(text)] == \
            [m.span() for m in flat.finditer(text)]


@pytest.mark.parametrize(("name", "words"), LISTS, ids=[name for name, _ in LISTS])
def test_a_long_text_skips_only_windows_without_a_cue(name: str, words: tuple[str, ...]) -> None:
    """A text long enough to be indexed (`_cue_starts`) answers every window as the pattern
    does, with cues glued to letters, `$` and odd case-folding letters, and windows cut inside
    words (where a cue's end may fall at the window's end)."""
    lexicon = cues.Lexicon(name, words, cues.cue_regex(words))
    text = " ".join(_texts(words, len(name)))
    while len(text) < cues._INDEXED:
        text += " " + text
    rng = random.Random(name)
    for _ in range(300):
        start = rng.randrange(-2, len(text) + 2)
        end = rng.randrange(start, min(len(text), start + 120) + 3)
        want = [m.span() for m in lexicon.regex.finditer(text, start, end)]
        assert lexicon.spans(text, start, end) == want, (name, start, end)
        assert lexicon.search(text, start, end) == bool(want), (name, start, end)


def test_a_cue_index_is_of_its_own_text() -> None:
    """The index of cue starts is read per text: a second document with the same sentence in
    other company finds its own cues, and a short text is scanned as it is."""
    lexicon = cues.lexicon("flow", "export")
    first = "Rain fell. " * 400 + "Exports of tea rose."
    second = "Exports of tea rose. " + "Rain fell. " * 400
    assert lexicon.spans(first, 0, len(first)) == [(4400, 4407)]
    assert lexicon.spans(second, 0, 30) == [(0, 7)]
    assert lexicon.spans(first, 0, 30) == []
    assert lexicon.search(second, 0, 30) and not lexicon.search(first, 0, 4400)
    assert lexicon.spans("Exports of tea rose.", 0, 7) == [(0, 7)]


def _month_back_text(seed: int) -> str:
    """A long text of month-on-month comparisons, pointers and filler, in odd spacing."""
    rng = random.Random(seed)
    pieces = ["up from 61,000 tonnes in June", "against 36,502 kg in July 2021",
              "above December's 2.4 million tons", "against 70,000 tonnes a month earlier",
              "a month before, sales stood at 9,000 tonnes", "from 5.2 million in Sept. 2022",
              "compared with 1,200 tons the previous month", "Exports rose 12%.", "It said;",
              "Shipments to Chile eased to 8,200 tonnes from 9,000 tonnes in May",
              "the firm", "and", "in", "2023"]
    return "".join(rng.choice(pieces) + rng.choice([" ", "  ", "\n", ". ", ", ", "\u00a0"])
                   for _ in range(1500))


def test_month_backs_before_a_figure_are_the_plain_scans() -> None:
    """`_month_backs_before` finds what a scan of the text up to the figure finds, wherever the
    figure stands (inside a word, right after a match, near the start), for two documents that
    share their sentences in other orders."""
    from tradetrace.extract import timeframe

    for seed in (1, 2):
        text = _month_back_text(seed)
        rng = random.Random(seed)
        highs = [rng.randrange(len(text) + 1) for _ in range(150)] + [0, 5, len(text)]
        highs += [m.end() for m in timeframe._month_back_base().finditer(text)][:40]
        for high in highs:
            want = [m.span() for m in timeframe._month_back_base().finditer(text, 0, high)]
            got = [m.span() for m in timeframe._month_backs_before(text, high)]
            assert got == want, (seed, high)
