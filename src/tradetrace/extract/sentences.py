"""Paragraphs, sentences and clauses of a clean text, as offsets into it.

A full stop ends a sentence unless it belongs to an abbreviation (`U.S.`, `Dr.`, `Oct. 9`,
`May. 14`), an initial (`N. Korea`) or a decimal number; the abbreviations are data in
`knowledge/claim_cues.json`. Paragraphs are separated by line breaks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tradetrace.extract.cues import lexicon, word_set
from tradetrace.extract.quantity_lexicon import lexicon as quantity_lexicon
from tradetrace.knowledge.countries import country_code
from tradetrace.normalize.periods import MONTHS

_PARAGRAPH = re.compile(r"[^\n]+")
_END = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+(?:[\"“‘(\[]?[A-Z0-9]|\((?:[a-h]|[ivx]{1,4})\)\s))")
"""A sentence ends before a capital, a digit or a list item's letter (`in 2022. (b) Imports`)."""
_AMOUNT_BEFORE_UNIT = re.compile(r"\d(?:\s*(?:mn|m|bn|k|mln|million|billion|thousand))?\s*$",
                                 re.IGNORECASE)
"""A figure right before a one-letter token: the token is a unit (`24.4mn t.`), not an initial."""
_TOKEN_WINDOW = 120
_TOKEN_BEFORE = re.compile(r"([\w.'’]+)\.*[.!?]+[\"”’')\]]*$")
_CLAUSE_BREAK = re.compile(
    # (each run of spaces is tried from its first space only, `(?<!\s)`: tried from every space of
    # a long run, `\s+` then a failing look-ahead costs the square of the run's length)
    r",\s+|;\s+|:\s+|(?<!\s)\s+[–—]\s+|(?<!\s)\s+(?=(?:while|whereas|but|although|though|"
    r"however)\b)"
    # `Russian exports up 2.3% at $22.6 bln and purchases from Belarus up 8.1%`: a second flow
    # with a side of its own
    r"|(?<!\s)\s+(?=and\s+(?:its\s+|their\s+|the\s+)?(?:exports|imports|purchases|sales|shipments|"
    r"deliveries|supplies)\s+(?:from|to)\s+(?-i:[A-Z]))"
    # `corn exports slumped 82 percent on the year and rice shipments fell 64 percent`: another
    # flow with a verb of its own
    r"|(?<!\s)\s+(?=and\s+(?-i:[a-z]+\s+){1,2}?(?:exports|imports|purchases|sales|shipments|deliveries|"
    r"supplies)\s+(?:rose|fell|grew|dropped|declined|slumped|jumped|climbed|surged|increased|"
    r"decreased|plunged|soared|edged|slipped|sank|tumbled|rebounded|doubled|tripled|halved)\b)",
    re.IGNORECASE,
)

ASIDE_ADVERB = re.compile(r"(?:however|though|meanwhile|moreover|also|too|in\s+turn|"
                          r"for\s+(?:its|their|his|her|our)\s+part|"
                          r"by\s+contrast|in\s+contrast|instead)\s*",
                          re.IGNORECASE)
"""An adverb set off by commas (`Washington, however, believes`, `Imports, by contrast, fell`)."""


@dataclass(frozen=True)
class Sentence:
    """One sentence of a text."""

    start: int
    """Offset of its first character."""
    end: int
    """Offset one past its last character."""
    text: str
    """The sentence as written."""
    paragraph: int
    """Index of its paragraph in the text."""
    index: int
    """Index of the sentence in the text."""


def _ends_sentence(text: str, stop: int) -> bool:
    """True when the full stop run ending at `stop` closes a sentence."""
    # Only the token just before the stop matters: look at a short window, not the whole text
    # before it (which made splitting quadratic in the document's length).
    match = _TOKEN_BEFORE.search(text, max(0, stop - _TOKEN_WINDOW), stop)
    if match is None:
        return True
    token = match.group(1).lower()
    if "." not in text[match.start(): stop]:
        return True  # ! or ?
    if len(token) == 1 and token.isalpha():
        # an initial (`N. Korea`), not the end of a unit (`490 kb/d. Next came Iraq`, `to
        # 24.4mn t. Colombian producers`)
        before = max(0, match.start(1) - 20)
        return text[max(0, match.start(1) - 1):match.start(1)] == "/" or \
            _AMOUNT_BEFORE_UNIT.search(text, before, match.start(1)) is not None
    if _currency_sign(match.group(1)) and text[stop:].lstrip()[:1].isdigit():
        return False  # `worth Rs. 5,000 crore`, `Tk. 500 crore`: the sign's own full stop
    if token in MONTHS or token in ("no", "nos"):
        # `Oct. 9`, `May. 14`, `No. 5`; but `in May. The` ends a sentence
        return not text[stop:].lstrip()[:1].isdigit()
    if token in word_set("company_suffixes"):
        # `data released by Union Forsea Corp. Russia led the suppliers`: a company's name ends
        # the sentence when a capitalised word opens the next one (not `Co. Ltd.`, `Corp.
        # President Kim`)
        following = _NEXT_TOKEN.match(text, stop)
        return following is not None and (
            following.group(1).lower() in word_set("company_suffix_sentence_openers")
            or country_code(following.group(1)) is not None)
    if token in word_set("abbreviations"):
        return False
    # `U.S.` and similar dotted forms
    return not re.fullmatch(r"(?:[a-z]\.)+[a-z]", token)


@lru_cache(maxsize=4096)
def _currency_sign(token: str) -> bool:
    """Whether `token`, written before a full stop, is a currency sign that the quantity layer
    reads before an amount (`Rs`, `Tk`, `KSh`; not an ISO code, which is no abbreviation)."""
    prefixes = quantity_lexicon().currency_prefixes
    return any(form in prefixes and not form.isupper() for form in (token, token + "."))


_NEXT_TOKEN = re.compile(r"[ \u00a0]+([A-Z][\w'’-]*)")


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of `text`, with offsets, in order."""
    sentences: list[Sentence] = []
    for paragraph, para in enumerate(_PARAGRAPH.finditer(text)):
        cursor = para.start()
        for match in _END.finditer(text, para.start(), para.end()):
            if _ends_sentence(text, match.end()):
                _add(sentences, text, cursor, match.end(), paragraph)
                cursor = match.end()
        _add(sentences, text, cursor, para.end(), paragraph)
    return sentences


def _add(sentences: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    for piece_start, piece_end in _pieces(text, start, end):
        sentences.append(Sentence(piece_start, piece_end, text[piece_start:piece_end], paragraph,
                                  len(sentences)))


MAX_SENTENCE_FIGURES = 30
"""The most figures one sentence is read with; a news sentence holds at most a dozen or so."""
MAX_SENTENCE_WORDS = 300
"""The most words one sentence is read with; a news sentence is seldom over 60. (Words, not
characters: a run of spaces or a long name costs next to nothing.)"""
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
_WORD = re.compile(r"\S+")
_PIECE_BREAK = re.compile(r"[;,]\s+|\s+")
_LONG_GAP = re.compile(r"\s{200}")
"""A run of blanks no sentence holds: it ends a piece as a line break would end a paragraph."""


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """`text[start:end]` as one sentence or, when it is a run-on past the limits above (a table
    flattened into one line, a list of hundreds of figures with no full stop), as pieces within
    them. Reading a sentence weighs each figure against the others, so its cost grows with the
    square of its figures or worse: pieces bound the work any one input can ask for. Each piece
    ends at the last clause break (`;`, `,`) inside the limits, else at the last space, else
    right before the first figure past the limit."""
    if end <= start:
        return []
    pieces: list[tuple[int, int]] = []
    while start < end:
        stop = _past_limit(_WORD, text, start, end, MAX_SENTENCE_WORDS)
        stop = _past_limit(_FIGURE, text, start, stop, MAX_SENTENCE_FIGURES)
        gap = _LONG_GAP.search(text, start, stop)
        if gap is not None:
            stop = gap.start()  # (a long run of blanks is a break, and costly to read across)
        elif stop < end:
            clause = [m for m in _PIECE_BREAK.finditer(text, start, stop) if m.start() > start]
            breaks = [m for m in clause if not m.group().isspace()] or clause
            if breaks:
                stop = breaks[-1].end()
        piece_end = stop
        while piece_end > start and text[piece_end - 1].isspace():
            piece_end -= 1
        if piece_end > start:
            pieces.append((start, piece_end))
        start = stop
        while start < end and text[start].isspace():
            start += 1
    return pieces


def _past_limit(pattern: re.Pattern[str], text: str, start: int, end: int, limit: int) -> int:
    """Where the first match of `pattern` past the first `limit` starts in `text[start:end]`;
    `end` when there are no more than `limit`."""
    for count, match in enumerate(pattern.finditer(text, start, end)):
        if count == limit:
            return match.start()
    return end


def clause_bounds(text: str, start: int, end: int, at: int, masked: str | None = None) -> tuple[
        int, int]:
    """The clause of `text[start:end]` that holds offset `at`: bounded by commas, semicolons,
    dashes and contrast words. `masked` (same length as text) hides commas inside dates and
    numbers from the split."""
    source = masked if masked is not None else text
    left, right = start, end
    for break_start, break_end in _breaks(source, start, end):
        if break_end <= at:
            left = break_end
        elif break_start >= at:
            right = break_start
            break
    return left, right


@lru_cache(maxsize=256)
def _breaks(source: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The clause breaks of one sentence, found once: a sentence asks for the clause of each of
    its quantities and countries (a string keeps its hash, so the key is cheap)."""
    found = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(source, start, end)]
    # `Its share, however, rose to 28 percent`: an adverb set off by commas is no clause
    asides = {i for i in range(len(found) - 1) if source[found[i][0]] == source[found[i + 1][0]]
              == "," and ASIDE_ADVERB.fullmatch(source, found[i][1], found[i + 1][0])}
    return tuple(b for i, b in enumerate(found) if i not in asides and i - 1 not in asides)


APPOSITIVE = re.compile(r"(?:mostly|mainly|largely|chiefly|primarily|principally|"
                        r"predominantly|overwhelmingly|notably|especially|including|"
                        # `..., long the island's lifeline, ...`: a description of the subject
                        r"long\s+(?:the|its|their|a)|once\s+(?:the|its|their|a)|formerly|"
                        r"traditionally|historically)\b",
                        re.IGNORECASE)
"""The word that opens an appositive about the subject (`mostly cereals`, `long the island's
lifeline`)."""
_DESCRIPTION = re.compile(r"the\s+(?:world['’]s|region['’]s|continent['’]s|bloc['’]s)\s")
"""Opens an appositive that describes the noun before it (`to India, the world's biggest
gem-cutting hub, dropped`): the clause's subject lies before it."""
_LIST_ITEM = re.compile(r"[^\d,;:]{1,40}")
_APPOSITIVE_REACH = 4
"""Most list items an appositive may hold (`mostly cereals, fuels, fats and medicines`)."""


def subject_start(text: str, start: int, clause_start: int, masked: str | None = None) -> int:
    """Where the subject of the clause at `clause_start` begins when an appositive stands
    between them (`Russian shipments to Türkiye, mostly energy, more than doubled ...` -> the
    start of `Russian shipments`); else `clause_start`."""
    return _subject_start(text, start, clause_start, masked)


@lru_cache(maxsize=4096)
def _subject_start(text: str, start: int, clause_start: int, masked: str | None) -> int:
    """`subject_start`, memoised: each quantity and party of a clause asks for its subject (some
    10,000 calls per 300 KB, a quarter of them distinct); the answer rests on the text alone."""
    source = masked if masked is not None else text
    breaks = [m for m in _CLAUSE_BREAK.finditer(source, start, clause_start)
              if m.end() <= clause_start]
    if not breaks or not text[breaks[-1].start():breaks[-1].end()].startswith(","):
        return clause_start
    # walk back over short comma-separated items to the one an appositive word opens
    for back in range(1, min(_APPOSITIVE_REACH, len(breaks) - 1) + 1):
        opener, closer = breaks[-back - 1], breaks[-back]
        if not text[opener.start():opener.end()].startswith(","):
            return clause_start
        item = text[opener.end():closer.start()]
        if not _LIST_ITEM.fullmatch(item):
            return clause_start
        if APPOSITIVE.match(item) or _DESCRIPTION.match(item):
            return breaks[-back - 2].end() if back + 2 <= len(breaks) else start
    return clause_start


_OPENER = re.compile(r"(?:[A-Z][a-z]+(?:ed|en|ing)|Cut|Hit|Shut|Caught|Held|Kept|Stuck|Despite|"
                     r"Amid|Unlike|After|Following)\b"
                     r"(?P<body>[^,;:]{1,100}),\s")


_NOT_PARTICIPLES = frozenset({
    "often", "even", "seven", "eleven", "open", "golden", "sudden", "then", "when", "been",
    "between", "beijing", "nanjing", "chongqing", "peking", "sweden", "yemen", "aden", "bremen",
    "dresden", "heaven", "kitchen", "women", "children", "citizen", "citizens", "nothing",
    "something", "everything", "anything", "morning", "evening", "king", "spring", "during",
    "wellington", "washington", "kunming", "harbin", "shandong", "liaoning", "dandong",
    "hunchun", "jilin", "sinuiju", "pyongyang", "nampo", "rajin", "hyesan", "wonsan"})
"""First words that look like participles (`-ed`, `-en`, `-ing`) but open no scene."""


def circumstance_opener(text: str, start: int, end: int) -> tuple[int, int] | None:
    """`Cut off from Lithuania's Klaipeda port, Belaruskali sent ...`, `Unlike China, ...`: a
    phrase opening the sentence before its subject that sets the scene; the countries it names
    take no part in the sentence's flows. A phrase with a figure or a trade word of its own
    (`Shipped from Russia, the fuel ...`) is not one."""
    match = _OPENER.match(text, start, end)
    if match is None or any(ch.isdigit() for ch in match.group()):
        return None
    first = re.match(r"\w+", match.group())
    if first is None or first.group().lower() in _NOT_PARTICIPLES or re.match(
            r"\w+\s*[,']", text[start:end]):
        return None  # `Often Russia, ...`, `Beijing remains ...`, `Sweden's ...`
    if any(lexicon("flow", kind).search(text, start, match.end()) for kind in (
            "export", "import", "two_way")):
        return None
    return match.start(), match.end()


_CONCESSIVE = re.compile(r"(?:Although|Though|Even\s+though|Despite|Whereas)\b[^.;]*?,\s+")


def concessive_opener(text: str, start: int, end: int) -> tuple[int, int] | None:
    """`Although the bloc has pledged to phase out Russian gas by 2027, Russia ...`: a clause
    opening the sentence that concedes something; its plans and times are its own, not those of
    the main clause after it."""
    match = _CONCESSIVE.match(text, start, end)
    return (match.start(), match.end()) if match else None
