"""Who a sentence says its numbers come from: `according to X`, `X said`, `X told Daily NK`.

The phrase is returned without its verb and without trailing time words (`on Tuesday`). A bare
`the source` is resolved to the fuller phrase that introduced it earlier in the document
(`A source in North Korea`). Cue words are in `knowledge/claim_cues.json`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tradetrace.extract.cues import cue_regex, lexicon, word_set
from tradetrace.extract.sentences import Sentence

_STOP = re.compile(r"[,;.”\"’]\s*$|^\s*$")
_BOUNDARY = re.compile(r"[“”\"]|(?<![A-Z])[.;:]\s|,\s+(?=[“\"])|—|–")
_COMMA = re.compile(r",\s+")
_DETERMINERS = {"this", "it", "that", "these", "those", "they", "he", "she", "we", "i", "the", "a",
                "an", "there", "which", "what", "many", "some", "other", "its", "their"}
_AUXILIARIES = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|"
                          r"may|might|seems?|appears?|that|if|when|while)\b", re.IGNORECASE)
_OWNED_SOURCE = re.compile(
    r"(?P<owner>(?:the\s+)?[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*)*)['’`]s\s+(?:own\s+)?"
    r"(?:annual\s+|latest\s+|monthly\s+)?(?:report|data|figures|statistics|estimates?|records)\b")
_CONNECTOR = re.compile(r"(?:however|meanwhile|nonetheless|but|and|also|moreover|still|yet|so|"
                        r"thus|instead|rather),?\s+", re.IGNORECASE)
_CLAUSE_END = re.compile(r",\s|;|\.(?=\s|$)|—|–|\s+(?:that|who|which|showed|shows|said)\b|$")


@dataclass(frozen=True)
class Attribution:
    """A source phrase and where it is."""

    text: str
    start: int
    end: int


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    trims = cue_regex(sorted(word_set("attribution_trim")))
    changed = True
    while changed:
        changed = False
        while end > start and (text[end - 1] in " ,;:”\"’'" or (
                text[end - 1] == "." and not text[end - 2:end - 1].isupper())):
            end -= 1
        for match in trims.finditer(text, start, end):
            if match.end() == end and match.start() > start:
                end = match.start()
                changed = True
        while start < end and text[start] in " ,“\"‘'":
            start += 1
    return start, end


def _looks_like_source(phrase: str) -> bool:
    words = re.findall(r"[\w’'-]+", phrase)
    if not words or len(words) > 25 or re.search(r"\d", phrase) or _AUXILIARIES.search(phrase):
        return False
    if words[-1].lower() in _DETERMINERS or any(
            lexicon("flow", kind).search(phrase) for kind in ("export", "import")):
        return False
    lowered = {w.lower().rstrip("s") for w in words} | {w.lower() for w in words}
    if lowered & word_set("source_heads"):
        return True
    return any(w[0].isupper() and w.lower() not in _DETERMINERS for w in words)


def _after_preposition(text: str, sentence: Sentence) -> Attribution | None:
    for match in lexicon("attribution_prepositions").regex.finditer(
            text, sentence.start, sentence.end):
        tail = _CLAUSE_END.search(text, match.end(), sentence.end)
        stop = tail.start() if tail else sentence.end
        start, end = _trim(text, match.end(), stop)
        if end > start:
            return Attribution(text[start:end], start, end)
    return None


def _before_verb(text: str, sentence: Sentence) -> Attribution | None:
    verbs = lexicon("attribution_verbs")
    for match in verbs.regex.finditer(text, sentence.start, sentence.end):
        if match.group().lower() == "according" or re.search(
                r"\b(?:an?|the|were|was|is|are|be|been)\s+$", text[match.start() - 6:match.start()],
                re.IGNORECASE):
            continue  # `an estimated 1 million`, `were estimated at`
        left = sentence.start
        for boundary in _BOUNDARY.finditer(text, sentence.start, match.start()):
            left = boundary.end()
        commas = [m for m in _COMMA.finditer(text, left, match.start())]
        if commas and commas[-1].end() < match.start():
            left = commas[-1].end()  # `..., the U.S. estimated`; `X, a professor, told` keeps X
        start, end = _trim(text, left, match.start())
        connector = _CONNECTOR.match(text, start, end)
        if connector:
            start = connector.end()
        phrase = text[start:end]
        if end > start and _looks_like_source(phrase):
            return Attribution(phrase, start, end)
        # inverted: `..., said the source.`
        tail = _CLAUSE_END.search(text, match.end(), sentence.end)
        start, end = _trim(text, match.end(), tail.start() if tail else sentence.end)
        phrase = text[start:end]
        closing = text[max(0, match.start() - 4):match.start()].rstrip()
        if end > start and closing.endswith((",”", ",\"", ",", "”", "\"")) \
                and _looks_like_source(phrase):
            return Attribution(phrase, start, end)
    return None


def _possessive_source(text: str, sentence: Sentence) -> Attribution | None:
    """`KOTRA's report`, `the Unification Ministry's data` -> the owner."""
    for match in _OWNED_SOURCE.finditer(text, sentence.start, sentence.end):
        return Attribution(match["owner"], match.start("owner"), match.end("owner"))
    return None


def sentence_attribution(text: str, sentence: Sentence) -> Attribution | None:
    """The source named in one sentence, if any."""
    return (_after_preposition(text, sentence) or _before_verb(text, sentence)
            or _possessive_source(text, sentence))


def _definite_head(phrase: str) -> str | None:
    match = re.fullmatch(r"(?:the|these|those)\s+(\w+)", phrase.strip(), re.IGNORECASE)
    return match.group(1).lower().rstrip("s") if match else None


def attributions(text: str, sentences: list[Sentence]) -> list[Attribution | None]:
    """For every sentence: its own source, else its paragraph's nearest one (before, then after).

    `the source` becomes the earlier, fuller `A source in North Korea` when there is one.
    """
    own = [sentence_attribution(text, s) for s in sentences]
    resolved: list[Attribution | None] = []
    for index, found in enumerate(own):
        if found is not None:
            head = _definite_head(found.text)
            if head:
                for earlier in reversed(own[:index]):
                    if earlier and _definite_head(earlier.text) is None and head in [
                            w.lower().rstrip("s") for w in re.findall(r"\w+", earlier.text)]:
                        found = Attribution(earlier.text, found.start, found.end)
                        break
        resolved.append(found)
    result: list[Attribution | None] = []
    for index, sentence in enumerate(sentences):
        if resolved[index] is not None:
            result.append(resolved[index])
            continue
        same = [i for i, s in enumerate(sentences) if s.paragraph == sentence.paragraph]
        before = [i for i in same if i < index and resolved[i] is not None]
        # A later attribution covers this sentence only when both sit in one running quote.
        quoted = sentence.text[:1] in "“\"‘"
        after = [i for i in same if i > index and resolved[i] is not None and quoted]
        pick = before[-1] if before else (after[0] if after else None)
        result.append(resolved[pick] if pick is not None else None)
    return result
