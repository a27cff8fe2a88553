"""The extractor's cue words, read from `knowledge/claim_cues.json` and compiled once.

Everything the claim extractor recognises by word (trade verbs, change words, modality,
attribution verbs, distractor nouns) lives in that file; this module only turns lists into
regular expressions. A trailing `*` in a cue matches any word ending (`export*`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from tradetrace.extract.tries import phrase_atoms, trie_pattern
from tradetrace.knowledge import load_json

YEAR_WRITTEN = re.compile(r"\b(?:19|20)\d\d\b")
"""A year written in digits (`2023`, `1998`): the one pattern the claim stage's rules share
for whether a stretch of text names a year."""


def cue_regex(words: tuple[str, ...] | list[str], case_sensitive: bool = False) -> re.Pattern[str]:
    """One alternation over `words`, longest first, on word boundaries."""
    return _cue_regex(tuple(words), case_sensitive)


@cache
def _cue_regex(words: tuple[str, ...], case_sensitive: bool) -> re.Pattern[str]:
    flags = 0 if case_sensitive else re.IGNORECASE
    return re.compile(r"(?<![\w$])" + trie_pattern(_spelled(words)) + r"(?![\w])", flags)


def _spelled(words: tuple[str, ...]) -> list[list[str]]:
    """The cues as lists of regex atoms (`export*`: `export` and any word ending)."""
    spelled = []
    for word in set(words):
        atoms = phrase_atoms(word.rstrip("*"))
        if word.endswith("*"):
            atoms.append(r"[\w-]*")
        if _GOODS_BILL.fullmatch(word):
            atoms.insert(1, _owner_guard())  # (after the first character: see `_owner_guard`)
        spelled.append(atoms)
    return spelled


_GOODS_BILL = re.compile(r"[a-z]+ bills?")
"""A cue of a bill for goods (`oil bill`, `food bills`): a country's import bill, read only
where its owner is no household, consumer or firm (`_owner_guard`)."""


@cache
def _owner_guard() -> str:
    """A regex atom, zero-width, to follow the first character of a goods bill cue: it fails
    where an owner of `goods_bill_not_owned_by` stands right before the goods (`the average
    household gas bill`, `motorists' fuel bills`) or a firm's name opening with a word of
    `goods_bill_firm_openers` ends in a possessive there (`Air Fiji's fuel bill`). Look-behinds
    of fixed width each (Python's own), so it reads the character the cue consumed (`.`)."""
    data = cue_data(CLAIM_CUES)
    behinds = [re.escape(str(word).lower()).replace("'", "['’]") + r"\s."
               for word in data["goods_bill_not_owned_by"]]
    behinds += [re.escape(str(word).lower()) + rf"\s[\w ]{{{size}}}['’]s\s."
                for word in data["goods_bill_firm_openers"] for size in range(3, 21)]
    return "".join(rf"(?<!\b{behind})" for behind in behinds)


@cache
def _scan_regex(words: tuple[str, ...]) -> re.Pattern[str] | None:
    r"""`_cue_regex` written so that Python's engine can skip to the positions that may start a
    cue: the same matches (and the same spans) from any `pos` to any `endpos`.

    `(?<![\w$])` opening the pattern keeps the engine from scanning ahead by first character:
    it tries the trie at every position. Here a case-sensitive class of the characters a cue may
    start with comes first (the ASCII ones a first atom matches, and every non-ASCII character,
    so that case folding such as `ſ` for `s` is never missed); the look-behind then checks the
    character before it, and each branch of the trie's root checks with a one-character
    look-behind that the consumed character is its first atom (in the root's order). None
    when a cue does not start with one character (no cues, a bare `*`). Case-blind, as the
    lexicons are."""
    flags = re.IGNORECASE
    rests: dict[str, list[list[str]]] = {}
    for atoms in _spelled(words):
        if not atoms or not (len(atoms[0]) == 1 or (len(atoms[0]) == 2 and atoms[0][0] == "\\")):
            return None
        rests.setdefault(atoms[0], []).append(atoms[1:])
    if not rests:
        return None
    # the root's order in `trie_pattern`: the deepest branch first, then by atom
    order = sorted(rests, key=lambda atom: (-max(len(rest) for rest in rests[atom]), atom))
    firsts = re.compile("[" + "".join(order) + "]", flags)
    ascii_firsts = "".join(re.escape(chr(code)) for code in range(128) if firsts.match(chr(code)))
    branches = [f"(?<={atom})" + (trie_pattern(rests[atom]) if any(rests[atom]) else "")
                for atom in order]
    return re.compile(rf"(?-i:[{ascii_firsts}\x80-\U0010ffff])(?<![\w$][\s\S])"
                      rf"(?:{'|'.join(branches)})(?![\w])", flags)


def any_literal(*words: str) -> re.Pattern[str]:
    """A pre-check for a case-sensitive pattern each of whose matches holds one of `words` as
    written: a bare alternation of literals, which the regex engine scans for by first
    character, far cheaper than a pattern opening with a look-behind (tried at every position).
    The case-blind counterpart is `may_hold`."""
    return re.compile("|".join(re.escape(word) for word in words))


_WORD = re.compile(r"[\w'’-]+")


def word_count(text: str, start: int, end: int) -> int:
    """How many words (letters, digits, apostrophes and hyphens) text[start:end] holds; 0 when
    the span is empty or reversed."""
    return len(_WORD.findall(text, start, end))


def may_hold(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """Whether text[start:end] may hold one of `words` (lower-case ASCII) in any case: False
    only where a case-blind pattern every match of which holds one of them cannot match. A
    window with a non-ASCII character is left to the pattern (case-blind, it reads `İ`, `ı`,
    `ſ` or the Kelvin sign as ASCII letters; `str.lower` does not)."""
    window = text[max(start, 0):max(end, 0)]
    if not window.isascii():
        return True
    window = window.lower()
    for word in words:
        if word in window:
            return True
    return False


def lowered_window(text: str, start: int, end: int) -> str | None:
    """text[start:end] lower-cased, for several `holds` checks on one window (`may_hold` cuts
    and lowers it again for each); None when it holds a character beyond ASCII."""
    window = text[max(start, 0):max(end, 0)]
    return window.lower() if window.isascii() else None


def holds(window: str | None, words: tuple[str, ...]) -> bool:
    """`may_hold` of the window a `lowered_window` is: whether it may hold one of `words`."""
    if window is None:
        return True
    for word in words:
        if word in window:
            return True
    return False


def hedge_pattern(repeated: bool = False, *extra: str) -> str:
    """Regex source of one optional hedge or stress word before a figure and its space (`about `,
    `more than `, `a mere `): the `approximate` and `figure_stress` cues, and any `extra` words;
    `repeated`, any number of them (`just over `). Case follows the pattern it is set in."""
    data = cue_data()
    words = cue_regex([*data["approximate"], *data["figure_stress"], *extra]).pattern
    return rf"(?:{words}\s+)" + ("*" if repeated else "?")


class _Finder:
    """A compiled pattern hashed by identity, as the key of the window cache: hashing a
    `re.Pattern` hashes its whole compiled code (microseconds for a long cue alternation), and
    the cache was asked some 200,000 times per 300 KB. Each lexicon holds one finder for life,
    so a key never outlives its pattern (two lexicons of one pattern just keep their own
    entries). `regex` is the lexicon's pattern in its faster form (`_scan_regex`); `heads`, the
    `_cue_heads` of its words (None: every window is scanned)."""

    __slots__ = ("regex", "heads", "text", "starts")

    def __init__(self, regex: re.Pattern[str], heads: tuple[str, ...] | None = None) -> None:
        self.regex = regex
        self.heads = heads
        self.text: str | None = None
        self.starts: list[int] | None = None
        """The `_cue_starts` of `text`, the last text asked (no look-up per window)."""

    def first_start(self, text: str, start: int, stop: int) -> int | None:
        """Where a scan of text[start:stop] may begin: at the first word in it that starts as
        a cue does (`_cue_starts`; no cue starts before it, and the patterns' look-behinds read
        the text before a scan's start), or at `start` where that is not known. None when no
        word of the window starts so: it holds no cue."""
        if self.text is not text:
            self.text, self.starts = text, _cue_starts(self, text)
        starts = self.starts
        if starts is None:
            return start
        index = bisect_left(starts, start)
        if index == len(starts) or starts[index] >= stop:
            return None
        return starts[index]


_HEAD = 3
"""How many characters of a word's start `_word_heads` files it by."""
_INDEXED = 4000
"""The shortest text whose cue starts are indexed (`_cue_starts`): a document's text, asked
for thousands of windows; a sentence or a headline is cheaper scanned."""
_ALNUM_HEAD = re.compile(rf"[A-Za-z0-9]{{1,{_HEAD}}}")
_WORD_HEAD = re.compile(rf"(?<![\w$])\w{{1,{_HEAD}}}")


def _cue_heads(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """The lower-cased ASCII letters and digits each cue opens with, up to `_HEAD` of them
    (`export*`: `exp`; `at`: `at`): a case-blind cue match starts a word whose own first
    characters begin so, or hold a character beyond ASCII (`ſ`, the Kelvin sign). None when a
    cue opens with no ASCII letter or digit (`/`, `'s`): such a lexicon is always scanned."""
    heads = []
    for word in words:
        head = _ALNUM_HEAD.match(word)
        if head is None:
            return None
        heads.append(head.group().lower())
    return tuple(sorted(set(heads)))


@lru_cache(maxsize=4)
def _word_heads(text: str) -> tuple[dict[str, list[int]], list[int]]:
    """Where the words of `text` start (where the look-behind of a cue pattern lets a match
    start: after no word character and no `$`), filed by their first `_HEAD` word characters,
    lower-cased; and, apart, the starts of the words whose first characters are not all ASCII.
    Read once per document, for every lexicon's `_cue_starts`."""
    filed: dict[str, list[int]] = {}
    odd: list[int] = []
    for match in _WORD_HEAD.finditer(text):
        head = match.group()
        if head.isascii():
            filed.setdefault(head.lower(), []).append(match.start())
        else:
            odd.append(match.start())
    return filed, odd


@lru_cache(maxsize=1024)
def _cue_starts(finder: _Finder, text: str) -> list[int] | None:
    """The sorted offsets in `text` where a cue of `finder` may start, in any window: every
    word start whose head begins with one of the finder's `heads` (or is not ASCII). A window
    holding none of them holds no cue, and is answered without the pattern. None when the
    finder has no heads or the text is short. (Read once per lexicon and document; each window
    is then one bisection.)"""
    heads = finder.heads
    if heads is None or len(text) < _INDEXED:
        return None
    filed, odd = _word_heads(text)
    full = {head for head in heads if len(head) == _HEAD}
    short = tuple(head for head in heads if len(head) < _HEAD)
    starts = list(odd)
    for head, found in filed.items():
        if head in full or (short and head.startswith(short)):
            starts += found
    starts.sort()
    return starts



@dataclass(frozen=True)
class Lexicon:
    """A named list of cues and the regular expression that finds them."""

    name: str
    words: tuple[str, ...]
    regex: re.Pattern[str]
    _finder: _Finder = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        built = self.regex is _cue_regex(self.words, False)
        scan = _scan_regex(self.words) if built \
            else None  # (a pattern not built from the words is scanned as it is)
        object.__setattr__(self, "_finder", _Finder(
            scan or self.regex, _cue_heads(self.words) if built else None))

    def spans(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
        """Offsets of every cue in `text[start:end]` (offsets into `text`)."""
        stop = len(text) if end is None else end
        first = self._finder.first_start(text, start, stop)
        if first is None:
            return []  # (no word in the window starts as a cue does)
        return list(_spans(self._finder, text, first, stop))

    def search(self, text: str, start: int = 0, end: int | None = None) -> bool:
        stop = len(text) if end is None else end
        first = self._finder.first_start(text, start, stop)
        if first is None:
            return False
        return self._finder.regex.search(text, first, stop) is not None

    def __contains__(self, word: str) -> bool:
        return self.regex.fullmatch(word.strip()) is not None


@lru_cache(maxsize=4096)
def _spans(finder: _Finder, text: str, start: int, stop: int) -> tuple[tuple[int, int], ...]:
    """Cue offsets in one window. The claim stage asks for the same cues in the same clause or
    sentence once per quantity: remembering the last windows saves most regex passes (a text
    is hashed once; Python keeps a string's hash). (`map` of the unbound `span`: no generator
    frame resumed per match.)"""
    return tuple(map(re.Match.span, finder.regex.finditer(text, start, stop)))


CLAIM_CUES = "claim_cues.json"
STANCE_CUES = "stance_cues.json"
"""Modality, hedge and attribution cues beyond those of `claim_cues.json`."""


@cache
def cue_data(source: str = CLAIM_CUES) -> dict[str, Any]:
    """The cue lists of one file in `knowledge/`."""
    data: dict[str, Any] = load_json(source)
    return data


@cache
def lexicon(*path: str, source: str = CLAIM_CUES) -> Lexicon:
    """`lexicon("flow", "export")` -> the export cues; `lexicon("cap")` -> cap cues;
    `lexicon("modality", "planned", source=STANCE_CUES)` -> the extra planned cues."""
    node: Any = cue_data(source)
    for key in path:
        node = node[key]
    words = tuple(str(word) for word in node)
    return Lexicon(".".join(path), words, cue_regex(words))


@cache
def word_set(name: str, source: str = CLAIM_CUES) -> frozenset[str]:
    """A cue list of `source` as a set of lower-case strings (for exact look-ups)."""
    return frozenset(str(word).lower() for word in cue_data(source)[name])
