"""Who a sentence says its numbers come from: `according to X`, `X said`, `X told Daily NK`.

The phrase is returned without its verb and without trailing time words (`on Tuesday`). A bare
`the source` is resolved to the fuller phrase that introduced it earlier in the document
(`A source in North Korea`). A source that closes the sentence (`..., customs data showed.`)
wins over one that opens it (`The U.S. estimates that ...`). A label (`KOTRA: ...; GACC: ...`)
is the source of the quantities after it. Cue words are in `knowledge/claim_cues.json` and
`knowledge/stance_cues.json`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from tradetrace.extract.commodity import alias_keys, find_commodities
from tradetrace.extract.cues import (
    STANCE_CUES,
    YEAR_WRITTEN,
    any_literal,
    cue_data,
    cue_regex,
    hedge_pattern,
    lexicon,
    word_set,
)
from tradetrace.extract.modality import RELATIVE_VERB
from tradetrace.extract.parties import REPORT_FILED, dateline_span, find_countries, is_state_company
from tradetrace.extract.sentences import ASIDE_ADVERB, Sentence, split_sentences
from tradetrace.knowledge.countries import country_code
from tradetrace.knowledge.places import find_place
from tradetrace.normalize.periods import MONTH_NAMES, period_cues


def _words_of(*path: str) -> str:
    """Regex source of the alternation of a cue list of claim_cues.json (on word boundaries,
    longest first; `_words_of("relaying", "verbs")`); case follows the pattern it is set in."""
    return f"(?:{lexicon(*path).regex.pattern})"


_FIRM_SUFFIX = r"(?:Ltd|Inc|LLC|PLC|plc|Co|Corp)\b"
"""What follows the comma inside a firm's name (`China Railway Group Co., Ltd`)."""
_MONTH_ABBREVIATIONS = "".join(rf"(?<!\b{month})" for month in (
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"))
"""Lookbehinds: the stop after a month's abbreviation (`Nov. 7`) ends no phrase."""
_BOUNDARY = re.compile(r"[“”\"]|(?<![A-Z])(?<!\bLtd)(?<!\bInc)(?<!\bCo)(?<!\bCorp)"
                       + _MONTH_ABBREVIATIONS + r"[.;]\s|:\s|,\s+(?=[“\"])|—|–")
"""Where a source phrase cannot reach back past: quotes, a full stop, a colon (after capitals
too: `RIYADH: The UAE expects`) or a semicolon, a dash; not the stop of an initial, a firm's
suffix or a month's abbreviation (`agriculture ministry data released on Nov. 7 show`)."""
_COMMA = re.compile(r",\s+(?!" + _FIRM_SUFFIX + ")")
"""A comma between phrases; not the one inside a firm's name."""
_DETERMINERS = {"this", "it", "that", "these", "those", "they", "he", "she", "we", "i", "the", "a",
                "an", "there", "which", "what", "many", "some", "other", "its", "their"}
_AUXILIARIES = re.compile(rf"\b(?:{_words_of('clause_words')}|(?-i:may)|"
                          r"(?<!\bfor\s)(?<!\bin\s)(?<!\bof\s)that|"
                          r"that(?!\s+(?:year|month|quarter|season|period)\b))\b", re.IGNORECASE)
"""Words of a clause, not of a name (`that` too, but not `for that year`: a demonstrative; `may`
only in lower case: `Customs figures for May` is a source)."""
_OWNED_SOURCE = re.compile(
    r"(?P<owner>(?:the\s+)?[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*)*)['’`]s\s+(?:own\s+)?"
    r"(?:annual\s+|latest\s+|monthly\s+)?(?:report|data|figures|statistics|estimates?|records)\b")


def _may_own(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds a possessive `'s` (straight, curly or backtick), without
    which `_OWNED_SOURCE` cannot match there (a cheap test before its costly scan)."""
    return _POSSESSIVES.search(text, start, end) is not None


_POSSESSIVES = any_literal("'s", "’s", "`s")
_CONNECTOR = re.compile(rf"{_words_of('attribution_connectors')},?\s+", re.IGNORECASE)
"""A clause's opening word before its speaker (`However, `, `while `)."""
_RELATIVE_LEAD = re.compile(r"\b(?:in|during|of|for|by)\s+which\s+|\b(?:when|where)\s+",
                            re.IGNORECASE)
"""A relative clause's opening before its speaker: the speaker is what follows it."""
_DOCUMENT_LEAD = re.compile(
    r"(?i:(?:in|through)\s+(?:a|an|its|their|his|her|the)\s+(?:[\w-]+\s+)?(?:report|statement|"
    r"note|study|analysis|review|bulletin|update|letter|filing|interview)\b(?:\s+(?:issued|"
    r"released|published|sent|filed|posted|made|given)\b)?(?:\s+(?:on|in|last|this)\s+[\w.]+"
    r"(?:\s+\d{1,2})?)?\s+)(?=(?:the|its|[A-Z])\w*)")
"""`In a report issued on Tuesday the group said`: where it said it, before the speaker."""
_THE_DOCUMENT = re.compile(r"(?i:the|this|that|its|their)\s+(?:[\w-]+\s+)?(?:report|study|"
                           r"survey|review|bulletin|update|outlook|document|paper)")
"""A document named by a definite phrase alone (`The report`, `the quarterly review`)."""
_TIME_LEAD = re.compile(
    r"(?:For|In|On|Over|During|Through|By|After|Since)\s+(?:(?:the|this|that|next|last|current|"
    r"coming|whole|full|same|each)\s+)*(?:day|week|month|quarter|half|year|season|period|"
    + MONTH_NAMES + r"|(?:19|20)\d\d(?:/\d{2,4})?)\s+(?=(?:the|its|[A-Z])\w*)")
"""`For September the ministry projects ...`, `In 2024 KITA sees ...`: when, before the speaker
(no comma after it)."""
_CLAUSE_END = re.compile(r",\s(?!" + _FIRM_SUFFIX + r")|;|(?<!\b[A-Z])\.(?=\s|$)|—|–|"
                         r"\s+(?:that|who|which|show|showed|shows|showing|indicate|indicates|"
                         r"indicated|said|put|puts)\b|$")
_QUANTITY = re.compile(r"\b(?:19|20)\d\d\b|\d[.,]\d|[$€£¥]\s*\d|\d\s*(?:%|percent\b|per\s+cent\b|"
                       r"million\b|billion\b|thousand\b|tons?\b|tonnes?\b|barrels?\b|bpd\b)",
                       re.IGNORECASE)
"""Numbers that make a phrase a statement rather than a source (`UN 1718 Committee` is one)."""
_NOUN_MODIFIER = re.compile(cue_regex(sorted(word_set("report_modifiers"))).pattern + "$",
                            re.IGNORECASE)
"""A phrase ending so makes the verb after it a noun (`monthly reports`, `official estimates`,
`Early estimates from the port authority show ...`; `report_modifiers` in claim_cues.json)."""
_TITLE_MODIFIER = re.compile(r"(?:^|(?<=\s))(?-i:[A-Z])[\w’'&-]*\s+(?-i:[A-Z])[a-z]+$")
"""The same word capitalised after another capitalised word ends a publication's name (`China
Daily reports`, `Wood Resource Quarterly reports`): the verb after it is one of saying."""
_SOURCE_ADVERB = cue_regex(sorted(word_set("source_adverbs"))).pattern
_TRAILING_ADVERB = re.compile(r"\s+" + _SOURCE_ADVERB + "$", re.IGNORECASE)
_LABEL = re.compile(r"(?P<label>[A-Z][^:;.\d]{0,60}?):\s")
_PART = re.compile(r";\s+")
_CLAUSE_LABEL = re.compile(r"\s(?-i:[a-z]+ed|better|worse|doubts?|fares?|lags?|leads?|trails?)"
                           r"(?:\s|$)")
"""In a label: a verb or comparison making it a clause that a colon explains (`The UAE fared
better: its shipments rose 11%`, `Local observers doubt the export data: ...`), no source."""
_PRONOUN_START = re.compile(r"(?i:it|they|this|that|these|those|he|she|we|i|there|which)\b")
_RELAXED_WORDS = 10
"""Longest phrase accepted as a source for its position alone (`..., local inspectors said.`)."""
_NOT_A_SUBJECT = re.compile(r"(?i:up|down|under|in|on|at|for|from|with|by|during|since|as|over|"
                            r"to)\b(?![\s-]+(?i:secretary|secretaries)\b)")
"""A preposition opening a phrase: no subject where only its position would make it one
(`..., under deals announced in Washington`, `..., up from the 160 systems the adviser
estimated`), nor anywhere when nothing after it names someone (`On the usual estimates it came
first`, `At its previous tender`; but `At a briefing the customs service said`, `On Thursday
PDVSA said`, `By analysts' estimates`); an `Under Secretary` is an office. (`after`, `before`
and `than` are `_CLAUSE_OPENER`s.)"""
_CLAUSE_OPENER = word_set("clause_openers")
"""A first word making the phrase a subordinate clause or a comparison, never a speaker (`fell
after China said`, `above the March estimate`): the saying verb is that clause's, not the
figure's source (`clause_openers` in claim_cues.json)."""
_DANGLING_WORDS = word_set("dangling_words")
"""A last word leaving the phrase unfinished (`the largest source of logs`, where `logs` is a
noun, `back in Beirut on Saturday after putting`, `The exchange met on Monday and`): a name is
never cut off by a preposition or a conjunction (`dangling_words` in claim_cues.json)."""


@dataclass(frozen=True)
class Attribution:
    """A source phrase and where it is."""

    text: str
    start: int
    end: int


_CITING_ASIDE = re.compile(r",\s+(?:citing|quoting)\s+[^,;]+$")
"""A participle aside closing a source before its verb (`The ministry, citing International Olive
Council figures, said`): whom the source cites, not the source itself."""


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
        aside = _CITING_ASIDE.search(text, start, end) if "citing" in text[start:end] or \
            "quoting" in text[start:end] else None
        if aside is not None and aside.start() > start:  # `The ministry, citing IOC figures,`
            end, changed = aside.start(), True
        day = _TRAILING_DAY.search(text, start, end) if text[end - 1:end].isdigit() else None
        if day is not None and day.start() > start:  # `customs data released on Friday May 20`
            end, changed = day.start(), True
        while start < end and text[start] in " ,“\"‘'":
            start += 1
        opener = _TIME_OPENER.match(text, start, end)
        if opener is not None and opener.end() < end:  # `In March the country` -> the country
            start, changed = opener.end(), True
    return start, end


_TIME_OPENER = re.compile(
    r"(?:In|During|Since|By|On|Last|This)\s+(?:(?:(?:early|mid|late)[\s-]+)?(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|"
    r"Dec)\.?(?:\s+\d{1,2})?(?:,?\s+\d{4})?|\d{4}|year|month|week)\s*,?\s+|"
    r"(?:Earlier|Early|Later|Late)\s+(?:this|last|that|in\s+the)\s+(?:week|month|year|day)\s*,?\s+")


@cache
def _source_heads() -> frozenset[str]:
    return word_set("source_heads") | frozenset(cue_data(STANCE_CUES)["source_heads"])


_TIME_ONLY = re.compile(r"(?:(?:the\s+)?(?:first|second|third|fourth|last|latest|past)\s+)?"
                        r"(?:" + MONTH_NAMES + r"|quarter|half|month|week|year)"
                        r"(?:\s+(?:19|20)\d\d)?",
                        re.IGNORECASE)


_TIME_LIST = re.compile(r"(?:(?:only|just|both|even)\s+)?" + _TIME_ONLY.pattern
                        + r"(?:(?:,\s*|\s+(?:and|or)\s+)" + _TIME_ONLY.pattern + r")*"
                        + r"(?:\s+(?:alone|on\s+its\s+own|by\s+itself))?", re.IGNORECASE)
"""Times alone, a list of them or one singled out (`Only March and June showed gains`, `June on
its own showed a 16% rise`): no source, like `_TIME_ONLY`."""
_YEAR = r"(?:(?:" + MONTH_NAMES + r")\s+)?(?:19|20)\d\d(?:[/-]\d{2,4})?\b"


@cache
def _document_years() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A year in a document's title (group `year`): before the document noun with at most three
    words between (`a June 2024 report`, `the 2025 Economic Survey`), or right after it, perhaps
    after `for` or `of` (`the Economic Survey 2024`, `Trade Statistics Report for 2009`, `A
    study of 2019 figures`); the nouns are `dated_documents` in stance_cues.json."""
    nouns = cue_regex(cue_data(STANCE_CUES)["dated_documents"]).pattern
    return (re.compile(r"(?P<year>\b" + _YEAR + r")(?=(?:\s+[\w'’&-]+){0,3}?\s+" + nouns + ")",
                       re.IGNORECASE),
            re.compile(nouns + r"\s+(?:(?:for|of)\s+)?(?P<year>" + _YEAR + ")", re.IGNORECASE))


def _undated(phrase: str) -> str:
    """The phrase without the years that are part of a document's title (`the Economic Survey
    2024` is a source; `exports in 2024` is a statement) or say how far back its data reach
    (`_REACHING_BACK`), so that only other figures tell a statement from a source."""
    if not YEAR_WRITTEN.search(phrase):
        return phrase
    for pattern in (*_document_years(), _REACHING_BACK):
        phrase = pattern.sub(lambda m: m.group()[:m.start("year") - m.start()], phrase)
    return phrase


_REACHING_BACK = re.compile(r"\b(?:going|dating|reaching|stretching)\s+back\s+to\s+(?P<year>"
                            + _YEAR + ")", re.IGNORECASE)
"""How far back data reach (`a review of port records dating back to 2009`): a span of the
source's records, no figure of a statement."""


_WEB_DOMAIN = re.compile(r"(?:(?:the\s+)?(?:news\s+)?(?:website|site|portal)\s+)?"
                         r"(?:[a-z][a-z0-9-]*\.)+(?-i:[a-z]{2,6})", re.IGNORECASE)
"""A web address standing alone as a source (`bdnews24.com`, `asiaplustj.info`, `the news site
russian.rt.com`): an outlet whatever its digits."""


_WHO_CLAUSE = re.compile(r"\s+who\s+(?=[a-z])")
"""A speaker's relative clause with no commas (`a source in the industry who has seen the
data`, `an official who asked not to be named`): who the speaker is, part of the source."""
_RELATIVE_WORDS = 10
_TRADER_SPEAKER = re.compile(r"(?i:an?|one|another|two|three|several|some)\s+(?:[\w’'-]+\s+){0,2}"
                             r"(?i:importer|exporter)s?")
"""A trading firm speaking (`a Mumbai importer said`, `one exporter told Reuters`): the whole
phrase an indefinite noun phrase headed by the trader noun (not `the bloc remains a net
exporter`, whose head is the bloc)."""


def _relative_speaker(phrase: str, relative: re.Match[str]) -> bool:
    """Whether `phrase` is a person (its head before `who`) described by a short clause."""
    head = phrase[:relative.start()]
    clause = phrase[relative.end():]
    return len(clause.split()) <= _RELATIVE_WORDS and _WHO_CLAUSE.search(clause) is None and \
        not _DIGIT.search(clause) and _looks_like_source(head) and _is_person(head)


_NAME_CLOSING = re.compile(r"(?-i:[A-Z][a-z]+\s+[A-Z][a-z]+)\s*$")
"""A determiner's spelling closing a personal name (`Dang Hoang An`): a name, not a pronoun."""


def _looks_like_source(phrase: str, relaxed: bool = False) -> bool:
    """Whether a phrase can name a source. `relaxed`: its position already says it does
    (`..., local veterinary inspectors said.`), so any short noun phrase will do."""
    if _WEB_DOMAIN.fullmatch(phrase.strip()):
        return True  # `bdnews24.com`: a news site, digits and all
    words = re.findall(r"[\w’'-]+", phrase)
    if not words or len(words) > 25 or _QUANTITY.search(_undated(phrase)):
        return False
    relative = _WHO_CLAUSE.search(phrase)
    if relative is not None and _relative_speaker(phrase, relative):
        return True  # `an Iraqi official who asked not to be named`
    if _AUXILIARIES.search(phrase):
        return False
    if _TRADER_SPEAKER.fullmatch(phrase.strip()):
        return True  # `a Mumbai importer`, `one exporter`
    if (words[-1].lower() in _DETERMINERS and not _NAME_CLOSING.search(phrase)) or \
            words[-1].lower() in _DANGLING_WORDS or words[0].lower() in _CLAUSE_OPENER:
        return False
    if _TIME_ONLY.fullmatch(phrase.strip()) or _TIME_LIST.fullmatch(phrase.strip()):
        return False  # `July showed a partial recovery`: a time, not a source
    lowered = {w.lower().rstrip("s") for w in words} | {w.lower() for w in words}
    headed = bool(lowered & _source_heads())
    if _NOT_A_SUBJECT.match(phrase.strip()) and words[0].lower() != "by" and not headed and \
            not any(w[0].isupper() for w in words[1:]):
        return False  # `On the same estimates it ranked seventh`, `At its previous tender`:
        # a phrase naming no one (but `At a briefing the customs service said`, `On Thursday
        # PDVSA said`, `By analysts' estimates`: a speaker or a name follows the opening)
    # `Russian Association of Exporters`, `shipping data`: trade words inside a source's name
    flows = [m for kind in ("export", "import") for m in lexicon("flow", kind).regex.finditer(
        phrase) if not m.group()[0].isupper() and not _titled_flow().match(phrase, m.end())]
    if flows and not headed:
        return False
    if headed or (relaxed and len(words) <= _RELAXED_WORDS
                  and not _PRONOUN_START.match(phrase.strip())
                  and not _NOT_A_SUBJECT.match(phrase.strip())
                  and not _DIGIT.search(_undated(phrase))):
        return True
    return any((w[0].isupper() or _LOWER_LED_ACRONYM.fullmatch(w) is not None)
               and w.lower() not in _DETERMINERS for w in words)


_LOWER_LED_ACRONYM = re.compile(r"(?-i:[a-z][A-Z]{2,}[\w-]*)")
"""A name styled with a lower-case first letter before capitals (`iATA`, `eNCA`): a proper name
all the same."""


@cache
def _titled_flow() -> re.Pattern[str]:
    """After a flow word: an office, perhaps after one more word (`sales manager Vandi Bockarie`,
    `procurement chief`, `import-export coordinator`, `export sales director`): the flow word
    names a person's duties, a title, not a trade statement. A trader's noun right before a
    capitalised name or an acronym is a title too (`grower and exporter Ana Reyes of Reyes Farms`,
    `Egypt's state grain buyer GASC`)."""
    return re.compile(r"(?:[\s-]+[a-z][\w-]*)?[\s-]+" + _office().pattern
                      + r"|(?:(?<=er)|(?<=ers))\s+(?-i:[A-Z][a-z]+\s+[A-Z]|[A-Z]{2,}[\w-]*\b)",
                      re.IGNORECASE)


_ANALYSED = re.compile(r"\bafter\s+(?:analy[sz]ing|studying|reviewing|examining)\s+(?:[\w'’-]+\s+)"
                       r"{0,3}$", re.IGNORECASE)
"""Before a cited phrase: a speaker's own analysis of it (`the daily Kommersant wrote after
studying numbers from the Brazilian trade ministry`), whose findings are the speaker's."""
_BREAKDOWN = re.compile(
    r"\s*(?P<word>(?-i:[a-z])[\w-]*)(?=\s+and\s+by\b)|\s*(?:(?:main|major|key|trading|each|"
    r"individual)\s+)?(?P<noun>(?:product|commodit(?:y|ies)|partner|countr(?:y|ies)|region|sector|"
    r"month|quarter|chapter|(?-i:HS)|destination|origin|categor(?:y|ies)|type|item|good|market|"
    r"industr(?:y|ies)|provenance)s?)\b", re.IGNORECASE)
"""After `data by`: how the data are broken down, a noun followed by another breakdown (`data
by grade and by region`) or a breakdown noun (`data by commodity`, `data by main trading
partner`), not who gives them (`data by the statistics office`, `data by customs`)."""


def _analysed_by_speaker(text: str, sentence: Sentence, match: re.Match[str]) -> bool:
    """Whether the cited phrase at `match` is what a speaker analysed (`_ANALYSED`) or a
    breakdown of the data (`_BREAKDOWN`) rather than a source of its own."""
    if match.group().lower() == "data by":
        word = _BREAKDOWN.match(text, match.end())
        if word is not None and (word["word"] or "").lower() not in _DETERMINERS:
            return True
    return _ANALYSED.search(text, max(sentence.start, match.start() - 60),
                            match.start()) is not None


def _after_preposition(text: str, sentence: Sentence) -> Attribution | None:
    for match in lexicon("attribution_prepositions").regex.finditer(
            text, sentence.start, sentence.end):
        if _analysed_by_speaker(text, sentence, match):
            continue  # `Kommersant wrote after studying numbers from ...`: the speaker's
            # finding; `data by product`: a breakdown
        tail = _CLAUSE_END.search(text, match.end(), sentence.end)
        stop = tail.start() if tail else sentence.end
        start, end = _trim(text, match.end(), stop)
        year = _YEAR_AFTER.search(text, start, end)  # `cited by Reuters in 2017`
        end = year.start() if year else end
        relayed = _RELAYED.match(text, stop)
        if relayed is not None and end > start:
            # `according to Al Mal News, which cited Egypt's statistics agency CAPMAS`: the
            # outlet relays the figures; their source is the one it cites
            tail = _CLAUSE_END.search(text, relayed.end(), sentence.end)
            first, last = _trim(text, relayed.end(), tail.start() if tail else sentence.end)
            head = _CITED_HEAD.split(text[first:last])[0]
            if last > first and _looks_like_source(head) and any(
                    word[:1].isupper() or word.lower() in _source_heads()
                    for word in head.split()):
                # (not a cause: `according to Reuters, which cited lower demand from Egypt`)
                return Attribution(text[first:last], first, last)
        if match.group().lower() == "citing" and not _looks_like_source(text[start:end]):
            continue  # `citing strong reservoir response`: a reason given, not a source
        subject = _passive_subject(text, sentence, match, end)
        if subject is not None:
            return subject
        speaker = _speaker_behind(text, start, end)
        if speaker is not None:
            return speaker
        if end > start:
            return Attribution(text[start:end], start, end)
    return None


_GIVEN_BY = re.compile(r"(?:[\w'’-]+\s+){0,3}?(?:remarks|comments|figures|data|slides|"
                       r"statistics|numbers|estimates|calculations|presentation)"
                       r"(?:\s+(?:released|shown|cited|compiled|given|presented|published|"
                       r"shared|quoted))?\s+by\s+", re.IGNORECASE)
"""Words or figures one person gives (`remarks by`, `figures released by`, `slides shown by`),
before that person's bare name."""


_SPOKEN = frozenset({"remarks", "comments", "slides", "presentation"})
"""Words only a person gives (`remarks by`, `slides shown by`): the name after them is a
person's; after figures or data (`data compiled by Morgan Stanley`) a firm's name reads the same,
so a person cue must follow it (`_PERSON_CUE_AFTER`)."""
_PERSON_CUE_AFTER = re.compile(r"\s*,\s+(?:(?P<who>who)\b|(?:(?:a|an|the|its|his|her)\s+)?"
                               r"(?P<words>[\w'’-]+(?:\s+[\w'’-]+){0,2}))")
"""After a name: a person cue (`Lucia Mendoza, who chairs ...`, `..., head of a growers'
union`, `..., a senior analyst at ...`): `who` or, in its next three words, a title of
`person_heads`."""


def _person_cue_after(text: str, end: int) -> bool:
    """Whether a person cue follows the name ending at `end` (`, who ...`, `, head of ...`)."""
    cue = _PERSON_CUE_AFTER.match(text, end)
    if cue is None:
        return False
    return cue.group("who") is not None or any(
        word.lower() in word_set("person_heads") for word in cue.group("words").split())


def _speaker_behind(text: str, start: int, end: int) -> Attribution | None:
    """`according to remarks by Uon Silot, who chairs ...`: the person who gave the words or
    figures is the source, not the remarks (a body's data keeps its phrase: `figures released
    by the agency`; so does a firm's: `data compiled by Morgan Stanley`, figures given by a name
    with no person cue after it)."""
    given = _GIVEN_BY.match(text, start, end)
    if given is None or not _PERSONAL_NAME.fullmatch(text[given.end():end]) or \
            not _is_person(text[given.end():end]):
        return None
    if not _SPOKEN.intersection(given.group().lower().split()) and \
            not _person_cue_after(text, end):
        return None  # `figures released by Goldman Sachs`: a firm as likely as a person
    return Attribution(text[given.end():end], given.end(), end)


def _passive_subject(text: str, sentence: Sentence, match: re.Match[str],
                     end: int) -> Attribution | None:
    """`Industry sources cited by Reuters say ...`: a phrase that holds a passive `... by` and
    goes on to its own verb of saying is the source, ended at that verb (not the outlet with all
    the clause after it; `figures from the ITC show` keeps the ITC, the convention)."""
    if not match.group().lower().endswith(" by") or match.start() == sentence.start or \
            text[match.start() - 2:match.start()] == ", ":
        return None  # (nothing before the preposition that it could belong to)
    for source, _closing, inverted in _verb_sources(text, sentence):
        if not inverted and source.start < match.start() < source.end <= end:
            return source
    return None


_CITED_HEAD = re.compile(r"\s+(?:from|in|on|at|for|about|over|among|amid)\s+")
_FOUND_AMOUNT = re.compile(r"\s+(?:(?:about|around|some|nearly|almost|more\s+than|over)\s+)?"
                           r"(?:[$€£¥]|US\$)?\d")
"""After `found`: an amount found (`Police found 2 tonnes of cocaine`), a discovery."""
_OUTLOOK_VERBS = frozenset({"expects", "expect", "forecasts", "predicts", "predicted"})
"""Verbs of saying that a country's own expectation also takes (`Uzbekistan expects its trade
with Russia to reach $12 bln`): a body's outlook is its source, a country's is not (so too for
the outlook verbs of stance_cues.json)."""
_OWN_INTENT = re.compile(r"\s+to\s+[a-z]")
"""After the plural `expect`: an infinitive of the subject's own act (`Growers expect to ship
50,000 goats`), the actors' plan, not their view of a figure (`Analysts expect exports to
fall`)."""
_HEADLINE_SAYING = frozenset({"says", "reports", "said", "reported"})
"""Verbs of saying that open a headline after its subject (`Peru reports record mango sales`):
a country's, like its outlook, gives the story's gist, no source (`_gist_subject`)."""
_SAYING_INSIDE = cue_regex(sorted(word_set("saying_verbs")))
_RELAYED = re.compile(r",\s+(?:which|who)\s+(?:cited|quoted|was\s+citing|were\s+citing)\s+|"
                      r",\s+(?:citing|quoting)\s+", re.IGNORECASE)
"""After an attributed outlet: the source it relays (`, which cited`, `, citing`)."""


@cache
def _verbs() -> re.Pattern[str]:
    return cue_regex(lexicon("attribution_verbs").words
                     + lexicon("attribution_verbs", source=STANCE_CUES).words
                     + _outlook_verbs() + _revision_verbs() + _putting_verbs() + _closing_verbs())


@cache
def _closing_verbs() -> tuple[str, ...]:
    """`declared`, `recalled`, `learned` (`closing_verbs` in stance_cues.json): verbs of saying
    only where they close the sentence after a comma (`..., the ministry declared.`, `..., Reuters
    has learned.`), not acts (`declared a ban`, `recalled 2,000 cars`)."""
    return tuple(lexicon("closing_verbs", source=STANCE_CUES).words)


@cache
def _putting_verbs() -> tuple[str, ...]:
    """`put`, `puts` (`putting_verbs` in stance_cues.json): verbs of saying only before an object,
    `at` (or `above`, `below`, `near`, `around`, `close to`) and a figure (`_PUT_AT`,
    `_put_at_amount`), not `put pressure on` nor `put it ahead of`."""
    return tuple(lexicon("putting_verbs", source=STANCE_CUES).words)


@cache
def _revision_verbs() -> tuple[str, ...]:
    """Verbs by which a body moves its own view of a figure (`Sovecon has raised its forecast
    ... to 85.2 million tonnes`; `revision_verbs` in stance_cues.json): its source only before
    its own view (`_revised_view`)."""
    return tuple(lexicon("revision_verbs", source=STANCE_CUES).words)


@cache
def _revised_view() -> re.Pattern[str]:
    """After a revision verb: the body's own view moved (`raised its forecast`, `cut their 2024/25
    import forecasts`, `lifted its estimate of`; `revised_views` in stance_cues.json); not a
    flow it moves itself (`Egypt raised its wheat imports`) nor another's view (`Drought has cut
    the exchange's crop forecast`)."""
    views = cue_regex(cue_data(STANCE_CUES)["revised_views"]).pattern
    return re.compile(r"\s+(?:(?:up|down|sharply|slightly|again|further)\s+)?(?:its|their|his|her|"
                      r"our)\s+(?:[\w'’/.-]+\s+){0,4}?" + views, re.IGNORECASE)


@cache
def _outlook_verbs() -> tuple[str, ...]:
    """Verbs by which a body gives its own view of a figure (`Sovecon sees a 17% drop`, `the USDA
    projects imports at 3.5 million tonnes`, `InfoLink forecast ...`, `Analysts expect exports to
    reach ...`, `the council warned that imports could fall 30%`; `outlook_verbs` in
    stance_cues.json): its source only when a figure or a `that` clause follows (`projects` and
    `forecast` are nouns too; `Growers expect tougher times` gives no figure); the
    `warning_verbs` are outlook verbs too."""
    return tuple(lexicon("outlook_verbs", source=STANCE_CUES).words) + _warning_verbs()


@cache
def _warning_verbs() -> tuple[str, ...]:
    """Outlook verbs (`warning_verbs` of stance_cues.json) that also close the figures before
    them like a verb of saying (`..., FAO warns`)."""
    return tuple(word.lower() for word in lexicon("warning_verbs", source=STANCE_CUES).words)


_OUTLOOK_OBJECT = r"(?:[^.;:,]|(?<=\d)[.,](?=\d)){0,90}?"
"""The object between an outlook verb and the preposition before its figure."""
_DOLLARS = r"(?-i:US|A|C|NZ|HK|S|N|R)?[$€£¥]?\d"
"""A figure's opening: digits, perhaps after a currency sign and a country's prefix (`A$14`,
`N$41.4 billion`)."""
_OUTLOOK_FIGURE = re.compile(r"\s+(?:(?:[^.;:,]{0,30}?\s)?that\s+(?!" + RELATIVE_VERB + r")|"
                             r"(?:a\s+|an\s+)?(?:record\s+)?"
                             + hedge_pattern(True) + _DOLLARS + r"|"
                             + _OUTLOOK_OBJECT + r"\s(?:at|to|of|(?-i:[a-z]{3,}ing)"
                             r"(?:\s+(?:out|in|up|down|by))?|(?P<infinitive>to\s+(?-i:[a-z]{3,})(?:\s+(?:by|to))?))"
                             r"\s+(?:between\s+|an?\s+(?:new\s+)?record\s+(?:of\s+)?)?"
                             + hedge_pattern(True) + _DOLLARS + r")",
                             re.IGNORECASE)
"""After an outlook verb: the figure it gives, right after it or after its object and `at`,
`to`, `of`, a participle or, after `expect` and `see` (`_EXPECTING`), an infinitive (`projects
China's imports at 3.5 million`, `sees a 17% drop`, `sees Brazilian output reaching 10.57 million
tonnes`, `sees imports rising 19%`, `Analysts expect deliveries to top 220,000 b/d`, a record
before the figure: `expect sales to hit a record 2 million tonnes`; not
`Greenfield projects yielded 47,200 tonnes and are projected to exceed ...`), or the clause that
gives it (`forecasts that ...`, `projected earlier this week that ...`); without one, `projects`
is the noun (`Greenfield projects yielded 47,200 tonnes`)."""
_EXPECTING = frozenset({"expect", "see", "sees"})
"""Outlook verbs whose object an infinitive and its figure may follow (`expect turnover to reach
more than 3 billion rubles`)."""
_OUTLOOK_CLOSES = re.compile(r"(?:\s+(?:in|on)\s+(?:a|an|its|the|their)\s+(?:[\w-]+\s+){0,3}?"
                             r"(?:report|outlook|review|bulletin|note|update|monitor)\b"
                             r"(?:\s+(?:on|for|about)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?)?"
                             r"(?:\s+(?:on|last|this)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|"
                             r"Friday|Saturday|Sunday|week|month)\b|(?:" + MONTH_NAMES + r")"
                             r"\s+\d{1,2}\b))?\s*(?:,|\.|;|$)")
"""After an outlook verb closing its figures (`..., the economy ministry projects in a recent
report, a 41% rise ...`): the verb, perhaps where or when it said so (`projected on Tuesday`,
`forecast on May 25`), then a comma, a semicolon or the end; the report may name its subject
(`in its Article IV report on the country`)."""
_AFTER_COMMA = re.compile(r",\s+(?!(?:and|but|or|by|while|which|with|as|in|on|for|to|from|"
                          r"into|after)\s)[\w’'&.()\s-]{1,90}\s$", re.IGNORECASE)
"""A short phrase after a comma, right before a verb: a source closing the figures before it
(a title may make it long: `..., Joint Apparel Association Forum secretary general Yohan
Lawrence has warned.`)."""
_OUTLOOK_NOUN_USE = re.compile(r"(?:\b(?:its|their|our|his|her|this|that|whose|in|new|to|will|"
                               r"would|could|may|might|can|not)\s+(?:[\w-]+\s+)?|"
                               r"\b(?:of|for|and|or)\s+(?:(?-i:[a-z])[\w-]*\s+)?|"
                               r"(?:\d|\b(?:bln|mln|bn|million|billion|tonnes|tons|barrels))"
                               r"\s+)$", re.IGNORECASE)
"""Before an outlook verb that is a noun, an infinitive or a participle: `its forecast`, `new
projects`, `hope to see`, `the EUR 7 bln projected for 2021`; not a body's name before it, `the
Ministry of Commerce projects`)."""


_SPEAKER_AFTER = re.compile(r"\s+(?:the\s+)?[A-Z]")
"""After a closing warning verb: the speaker, named after it (`..., warned Serhiy Makohon`)."""
_PLATFORM_CLOSE = re.compile(r"\s+on\s+(?:Facebook|Telegram|X|Twitter|social\s+media|"
                             r"(?:its|his|her|their)\s+(?:website|Telegram\s+channel))"
                             r"\s*(?:[,.;]|$)")
"""After a closing warning verb: where the warning was posted (`the NOC warned on Facebook.`)."""


def _closing_warning(text: str, match: re.Match[str], sentence: Sentence) -> bool:
    """Whether the warning verb `match` closes the figures before it after a comma, in a headline
    too: `..., the NOC warned on Facebook.`, `..., warned Serhiy Makohon, who ...`, `Sudan may
    struggle to buy 2 million tons of wheat, FAO warns`."""
    if match.group().lower() not in _warning_verbs():
        return False
    if text[max(sentence.start, match.start() - 3):match.start()].rstrip().endswith(","):
        return _SPEAKER_AFTER.match(text, match.end(), sentence.end) is not None
    return _AFTER_COMMA.search(text, max(sentence.start, match.start() - 100),
                               match.start()) is not None and (
        _OUTLOOK_CLOSES.match(text, match.end(), sentence.end) is not None
        or _PLATFORM_CLOSE.match(text, match.end(), sentence.end) is not None)


def _closing_no_speaker(text: str, sentence: Sentence, verb_start: int) -> bool:
    """Whether the phrase between the last comma and a closing verb is no speaker: it holds a
    verb of saying already (`the bank said in its monthly report`) or names a record (`the
    lowest level recorded`, `the largest ever recorded`)."""
    start = max(sentence.start, text.rfind(",", 0, verb_start))
    if _SAYING_INSIDE.search(text, start, verb_start):
        return True
    return _record_phrase().match(text[start:verb_start].lstrip(", ")) is not None


@cache
def _record_phrase() -> re.Pattern[str]:
    """A phrase naming a record (`the highest monthly total`): a determiner and a superlative."""
    ranks = "|".join(sorted(word_set("record_ranks"), key=len, reverse=True))
    return re.compile(r"(?:the|its|their|a)\s+(?:[\w-]+\s+)?(?:(?-i:[a-z]+est)|" + ranks + r")\b",
                      re.IGNORECASE)


def _gist_subject(text: str, sentence: Sentence, verb: int, names_only: bool = False) -> bool:
    """Whether a headline's words before its verb at `verb` are no body with a view of its own:
    a place (`Thailand sees sugar exports up 17%`, `Moscow expects trade to halve`, `Asia sees
    record LNG imports`; not a region of a country, `Primorye expects`) or a cause (`Drought sees
    wheat exports fall`): the story's gist, where a body's (`USDA sees beef exports topping 3
    million tonnes`) is that body's view. With `names_only` (a headline's saying verb), only a
    country's plain name: a bloc (`EU says`) or a capital standing for a government (`Lima
    says`) is a source."""
    subject = text[sentence.start:verb].strip()
    words = re.findall(r"[\w’'-]+", subject)
    if not words:
        return True
    if names_only:
        return any(mention.start == 0 and mention.end == len(subject) and mention.form == "name"
                   and not is_state_company(mention.surface)
                   for mention in find_countries(subject))
    causes = word_set("cause_putters", STANCE_CUES) | _event_words()
    return any(mention.start == 0 and mention.end == len(subject) and mention.form != "region"
               and not is_state_company(mention.surface)
               for mention in find_countries(subject)) or subject.lower() in word_set(
        "world_regions") or words[-1].lower() in causes


@cache
def _event_words() -> frozenset[str]:
    return frozenset(str(word).lower() for word in period_cues()["event_nouns"])


def _title_line(text: str, sentence: Sentence) -> bool:
    """A headline: a line of its own with no closing stop (`Peru sees copper exports up 5%`),
    whose outlook verb may give the story's gist rather than a source for its figure (see
    `_gist_subject`)."""
    line = text[sentence.start:sentence.end].rstrip(" \t")
    return not line.rstrip().endswith((".", "!", "?", '"', "”", "’")) and (
        line.endswith("\n") or text[sentence.end:sentence.end + 1] == "\n"
        or sentence.end >= len(text.rstrip()))


def _closes_sentence(text: str, verb_end: int, sentence_end: int) -> bool:
    """True when nothing but an addressee, time words, where it was said or a trailing comment
    follows the verb: `said.`, `told Sputnik, a figure that ...`, `told reporters on Tuesday.`,
    `said in a press release`, `said on May 25`, `told a briefing in Cairo`."""
    rest = re.split(r"[,;]", text[verb_end:sentence_end])[0]
    if _TOLD.search(text, max(0, verb_end - 6), verb_end):
        rest = _told_venue().sub(" ", rest, count=1)  # `told a conference in Sydney`
    rest = _statement_venue().sub(" ", rest)
    rest = _SAID_ON_DAY.sub(" ", rest)
    rest = _statement_object().sub(" ", rest)
    rest = cue_regex(sorted(word_set("attribution_trim"))).sub(" ", rest)
    # (`told the Bahrain Bourse`: a named addressee may take `the`; `in Cairo`: a place)
    return _ADDRESSEE.fullmatch(rest) is not None


_CAPITALISED = r"[A-Z][\w.'’-]*(?:\s+(?:(?:of|for)\s+)?[A-Z][\w.'’-]*)*"
_ADDRESSEE = re.compile(r"\s*(?:(?:to\s+)?(?:the\s+)?" + _CAPITALISED + r")?(?:\s*(?:at|in|from|"
                        r"on|to)\s+(?:the\s+(?:[a-z][\w-]*\s+){0,2}?)?" + _CAPITALISED
                        + r")*[\s.”\"’)]*")
"""What may follow a verb closing its sentence once venues and days are gone: an addressee
(`told Sputnik`, `told the Bahrain Bourse`, `told the Federal Board of Revenue`) and places
(`in Cairo`, `at Interfax-Ukraine`); an outlet may be described in lower case (`in the
state-run Daily Star`)."""
_SAID_ON_DAY = re.compile(r"\b(?:on\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                          r"Sunday),?\s+)?(?:(?:" + MONTH_NAMES + r")\s+\d{1,2}(?:st|nd|rd|th)?"
                          r"\b(?:,?\s+(?:19|20)\d\d\b)?|\d{1,2}\s+(?:" + MONTH_NAMES + r")\b"
                          r"(?:\s+(?:19|20)\d\d\b)?)")
"""The day a source spoke (`said on May 25`, `showed on Friday May 20`, `said 3 June`): no part
of what it said."""
_TRAILING_DAY = re.compile(r"\s*(?:(?:of|dated)\s+)?(?:" + _SAID_ON_DAY.pattern + r")$")
"""The day closing a source phrase (`data released on May 20 showed`, `according to its report of
June 11`)."""


@cache
def _statement_object() -> re.Pattern[str]:
    """Whom a source said it to, with its preposition (`to lawmakers`, `told reporters`)."""
    objects = lexicon("statement_objects", source=STANCE_CUES).regex.pattern
    return re.compile(r"(?:\b(?:to|at|before|with)\s+)?" + objects, re.IGNORECASE)


@cache
def _statement_venue() -> re.Pattern[str]:
    """Where a source said it (`in a press release`, `on its Facebook page`, `in its April rice
    market monitor`; `statement_venues` in stance_cues.json): no part of what it said."""
    nouns = cue_regex(cue_data(STANCE_CUES)["statement_venues"]).pattern
    return re.compile(r"\b(?:in|on|at|through|via|during)\s+(?:a|an|its|their|his|her|the|this|"
                      r"that)\s+(?:[\w'’&-]+\s+){0,4}?" + nouns, re.IGNORECASE)


_TOLD = re.compile(cue_regex(sorted(word_set("saying_verbs") & word_set(
    "addressing_verbs"))).pattern + "$", re.IGNORECASE)
"""A verb both of saying and of addressing (`told`, `tells`) closing the text searched."""


@cache
def _told_venue() -> re.Pattern[str]:
    """The gathering a source told its figures to, right after `told` (`told a conference in
    Sydney`, `told a media briefing on Saturday`): like a venue, no part of what was said."""
    nouns = cue_regex(cue_data(STANCE_CUES)["statement_venues"]).pattern
    return re.compile(r"^\s+(?:a|an|the|this|its)\s+(?:[\w'’&-]+\s+){0,4}?" + nouns,
                      re.IGNORECASE)


def _strip_auxiliary(text: str, start: int, end: int) -> int:
    """`Alexander Novak has said`: the phrase ends before `has`."""
    words = lexicon("perfect_auxiliaries", source=STANCE_CUES).regex
    for match in words.finditer(text, start, end):
        if not text[match.end():end].strip():
            return len(text[:match.start()].rstrip())
    return end


_LISTED_NAME = re.compile(
    r"(?:\b[Tt]he\s+)?\b(?:Ministry|Department|Office|Bureau|Federation|Association|Chamber|"
    r"Union|Authority|Agency|Commission|Council|Institute)\s+(?:of|for)\s+(?:[A-Z][\w'’-]*\s+)*?"
    r"[A-Z][\w'’-]*(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)+,?\s+(?:and|&)\s+[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*)*\s+$")
"""A body's name listing its fields with commas (`the Ministry of Mines, Petroleum and Energy`),
right before its verb."""


_CONTRAST_OPENED = re.compile(r",\s*(?:while|whereas)\s+$", re.IGNORECASE)
"""Before a source's phrase: the comma and word opening a contrasting clause (`..., while Vortexa
counts ...`)."""


def _contrast_opened(text: str, source: Attribution) -> bool:
    """Whether a source opens a contrasting clause (`X put trade at $45 billion, while Belarusian
    statistics put it at $50 billion`): the clause's own, for the figures after it only."""
    return _CONTRAST_OPENED.search(text, max(0, source.start - 12), source.start) is not None


def _before_verb(text: str, sentence: Sentence) -> Attribution | None:
    found: Attribution | None = None
    for source, closing, inverted in _verb_sources(text, sentence):
        if closing or inverted:
            return source
        if _contrast_opened(text, source):
            continue  # the figures before it keep the sentence's (or paragraph's) source
        found = found or source
    return found


@lru_cache(maxsize=4096)
def _verb_sources(text: str, sentence: Sentence) -> tuple[tuple[Attribution, bool, bool], ...]:
    """Every phrase before (or, inverted, after) a verb of saying in the sentence, with whether
    the verb closes the sentence and whether the phrase follows it. (Remembered: `source_at`
    asks again for every quantity of a sentence `_before_verb` has read.)"""
    return tuple(_each_verb_source(text, sentence))


def _each_verb_source(text: str, sentence: Sentence) -> Iterator[tuple[Attribution, bool, bool]]:
    for match in _verbs().finditer(text, sentence.start, sentence.end):
        if match.group().lower() == "according" or match.group()[0].isupper() or _NOUN_USE.search(
                text[max(0, match.start() - 6):match.start()]) or _not_saying(text, match):
            continue  # `an estimated 1 million`, `were estimated at`, `the United States`, `EPA-`
        closing = _closes_sentence(text, match.end(), sentence.end) or _relayed_close(
            text, match, sentence)
        if match.group().lower() in _closing_verbs() and not (
                closing and _AFTER_COMMA.search(text, max(sentence.start, match.start() - 100),
                                                match.start())):
            continue  # `Pyongyang declared victory`: an act, no one's word on a figure
        if match.group().lower() in _closing_verbs() and _closing_no_speaker(text, sentence,
                                                                            match.start()):
            continue  # `..., the bank said in its monthly report.`: a noun after the verb;
            # `..., the lowest level recorded.`: a record, no one who recorded it
        if match.group().lower() in _putting_verbs() and not _put_at_amount(text, sentence,
                                                                            match.start()):
            continue  # `put pressure on`: no figure put at an amount
        outlook = _OUTLOOK_FIGURE.match(text, match.end(), sentence.end)
        if outlook is not None and outlook["infinitive"] and \
                match.group().lower() not in _EXPECTING:
            outlook = None
        if match.group().lower() in _outlook_verbs() and not _closing_warning(
                text, match, sentence) and (
                not (outlook
                     or (_OUTLOOK_CLOSES.match(text, match.end(), sentence.end)
                         and _AFTER_COMMA.search(text, max(sentence.start, match.start() - 100),
                                                 match.start())))
                or _OUTLOOK_NOUN_USE.search(text, max(0, match.start() - 30), match.start())
                or (_title_line(text, sentence) and _gist_subject(text, sentence,
                                                                       match.start()))):
            continue  # `two new projects`, `its forecast of 5 million`: nouns, no one's view;
            # a headline's `Peru sees ...`: the story's gist
        if match.group().lower() in _HEADLINE_SAYING and _title_line(text, sentence) and \
                _gist_subject(text, sentence, match.start(), names_only=True):
            continue  # `Chile says copper sales rose 5%`: a country's word in a headline is the
            # story's gist, as its outlook is
        left = sentence.start
        for boundary in _BOUNDARY.finditer(text, sentence.start, match.start()):
            left = boundary.end()
        # (`ULAN BATOR, Sept. 10 (Xinhua) -- Customs data released on Monday put ...`,
        # `BAGHDAD, IRAQ - Iraq expects ...`: the story's dateline is no part of a source)
        left = _past_dateline(text, left, match.start())
        if match.group().lower() in _putting_verbs():
            if _speaker_after(text, sentence, match.end()):
                continue  # `Conservative estimates put the volume at ..., he said.`: he is
                # the source, who relays the estimates
        commas = _phrase_commas(text, left, match.start())
        aside = _aside_subject(text, left, commas, match.start())
        if aside is not None:
            start, end = aside  # `Washington, however, believes`
            if end > start and _looks_like_source(text[start:end]):
                yield (Attribution(text[start:end], start, end),
                       _closes_sentence(text, match.end(), sentence.end), False)
                continue
        clauses = [r for r in _RELATIVE_APPOSITION.finditer(text, left, match.start())
                    if commas and r.start() < commas[-1].start()]
        if clauses and _at_verb(text, commas[-1].end(), match, sentence):
            # `Andrey Guryev, who heads the producers' association, told reporters`: the name
            # with the relative clause that says who he is (commas inside it included)
            opening = clauses[-1].start()
            start = max([c.end() for c in commas if c.end() <= opening], default=left)
            start, head_end = _trim(text, start, opening)
            head = text[start:head_end]
            named = _looks_like_source(head) or _PERSON_NAME.fullmatch(head) is not None
            figured = _DIGIT.search(text, opening, commas[-1].start()) is not None
            if head and len(head.split()) <= _NAMED_WORDS and named and \
                    country_code(head) is None and (
                    not figured or (start == _trim(text, left, opening)[0]
                                    and len(head.split()) <= 4
                                    and all(m.form == "capital" for m in find_countries(head)))):
                # (a state firm named for its country is a source: `Debswana, which ...`;
                # `Exports rose as Japan and Korea, which ...` is no subject)
                # (not a country, `Brazil, which exports most of its soybeans to China, said`;
                # a clause holding a figure only after the sentence's subject, which is then the
                # source alone: `Debswana, which sells 90% of the diamonds, said`)
                start, end = (start, head_end) if figured else _trim(text, start,
                                                                     commas[-1].start())
                yield (Attribution(text[start:end], start, end),
                       _closes_sentence(text, match.end(), sentence.end), False)
                continue
        if len(commas) >= 2 and _at_verb(text, commas[-1].end(), match, sentence) and \
                _PERSON_NAME.fullmatch(text, commas[-2].end(), commas[-1].start()):
            # `..., Iran's commercial attache in Kabul, Mohammad Javan, told Fars`: the office
            # before the name it describes
            start, end = _trim(text, commas[-3].end() if len(commas) >= 3 else left,
                               commas[-1].start())
            office = text[start:commas[-2].start()]
            name = text[commas[-2].end():commas[-1].start()].strip()
            if end > start and len(office.split()) <= 8 and _office().search(office) and \
                    country_code(name) is None:  # (`The largest buyer, Saudi Arabia, said`)
                yield (Attribution(text[start:end], start, end),
                       _closes_sentence(text, match.end(), sentence.end), False)
                continue
        if len(commas) >= 2 and _at_verb(text, commas[-1].end(), match, sentence) and \
                _apposition().match(text, commas[-2].end(), commas[-1].start()) and \
                not _DIGIT.search(text, commas[-2].end(), commas[-1].start()):
            # (not a clause with a figure: `Even without the limit, the Emirates have passed
            # the 80 tonnes ..., said X`: what X said)
            # `..., KOTRA, the Korea Trade-Investment Promotion Agency, said Monday`: the name
            # with its apposition
            start, end = _trim(text, commas[-3].end() if len(commas) >= 3 else left,
                               commas[-1].start())
            head = text[start:commas[-2].start()]
            if end > start and len(_INITIALS_AFTER.sub("", head).split()) <= 6 and \
                    _looks_like_source(head):
                yield (Attribution(text[start:end], start, end),
                       _closes_sentence(text, match.end(), sentence.end), False)
                continue
        if len(commas) >= 2 and _at_verb(text, commas[-1].end(), match, sentence) and \
                _NAME_AFTER.fullmatch(text, commas[-2].end(), commas[-1].start()):
            # `..., South Korea's state trade promotion agency, KOTRA, said`: the description
            # before the name it describes
            start, end = _trim(text, commas[-3].end() if len(commas) >= 3 else left,
                               commas[-1].start())
            description = text[start:commas[-2].start()]
            name = text[commas[-2].end():commas[-1].start()].strip()
            if end > start and len(description.split()) <= 8 and _looks_like_source(
                    description) and not _PERSON_NAME.fullmatch(description) and \
                    not _EXAMPLES_LEAD.match(description) and \
                    country_code(name) is None and country_code(description) is None:
                yield (Attribution(text[start:end], start, end),
                       _closes_sentence(text, match.end(), sentence.end), False)
                continue
        listed = _LISTED_NAME.search(text, max(left, match.start() - 120), match.start())
        if listed is not None:
            # `the Ministry of Mines, Petroleum and Energy said`: commas inside a body's name
            start, end = _trim(text, listed.start(), match.start())
            yield (Attribution(text[start:end], start, end),
                   _closes_sentence(text, match.end(), sentence.end), False)
            continue
        if commas and commas[-1].end() < match.start():
            left = commas[-1].end()  # `..., the U.S. estimated`; `X, a professor, told` keeps X
        start, end = _trim(text, left, match.start())
        adverb = _TRAILING_ADVERB.search(text, start, end)
        if adverb:  # `KOTRA therefore adds`, `the agency has separately estimated`
            end = adverb.start()
        start, end = _trim(text, start, _strip_auxiliary(text, start, end))
        shared = _shared_subject(text, sentence, *_joining_and(text, start, end))
        if shared is not None:
            yield shared, closing, False
            continue
        connector = _CONNECTOR.match(text, start, end)
        if connector:
            start = connector.end()
        for relative in _RELATIVE_LEAD.finditer(text, start, end):
            start = relative.end()  # `after a March in which U.S. officials said`
        document = _DOCUMENT_LEAD.match(text, start, end) or _TIME_LEAD.match(text, start, end)
        if document is not None:
            start = document.end()  # `In a report issued on Tuesday the group said`
        adverb = _TRAILING_ADVERB.search(text, start, end)
        if adverb:
            end = adverb.start()
        phrase = text[start:end]
        if _NOUN_MODIFIER.search(phrase) and match.group().lower() in _NOUN_VERBS and \
                not _TITLE_MODIFIER.search(phrase[-120:]):
            continue  # `China's monthly reports ranged ...`: a noun, not a verb of saying
        # `..., the regulator said.`; `"...," the governor said.`
        after_comma = (bool(commas) and left == commas[-1].end()) or text[
            sentence.start:left].rstrip().endswith((",”", ",\"", "”", "\""))
        if match.group().lower() in ("found", "finds") and _FOUND_AMOUNT.match(text, match.end()):
            continue  # `Police found 2 tonnes of cocaine`: a discovery, not a source's finding
        verb = match.group().lower()
        if verb == "expect" and _OWN_INTENT.match(text, match.end()):
            continue  # `Mexican packers expect to send 127,000 tons`: their plan, no source
        if (verb in _OUTLOOK_VERBS or verb in _outlook_verbs() or verb in _revision_verbs()) and (
                country_code(phrase) is not None or _SAYING_INSIDE.search(phrase)):
            continue  # `Uzbekistan expects its trade ...`, `He said the chamber expects`
        if verb in _putting_verbs() and (_WITH_PUT.match(phrase)
                                         or _cause_putter(phrase)):
            continue  # `with the EU's goal put at`, `Higher prices put earnings at`: no putter
        if verb in _revision_verbs() and _cause_putter(phrase):
            continue  # `Weak demand lowered its export target`: a cause moved it, no reviser
        if verb in _outlook_verbs() and _THE_DOCUMENT.fullmatch(phrase):
            continue  # `The report sees ...` after `the Department said in a report`: the
            # document speaks for the source already named, which goes on
        inverted = _inverted_source(text, sentence, match)
        if inverted is not None and commas and not text[
                commas[-1].end():match.start()].strip() and _NAMED_START.match(inverted.text):
            # `HANOI (VNA) - Vietnamese textiles reached 104 markets, said Vu Duc Giang`: a
            # verb right after a comma has its speaker after it; before it is what he said,
            # commas and all (`Even without the limit, the Emirates have passed 80 tonnes, said
            # X`; a name with its apposition before the verb was read above)
            yield inverted, closing, True
            continue
        if end > start and _looks_like_source(phrase, relaxed=closing and after_comma):
            yield Attribution(phrase, start, end), closing, False
            continue
        if inverted is not None:
            yield inverted, closing, True


@cache
def _subject_acts() -> re.Pattern[str]:
    """A sentence opening on its subject and that subject's first verb (`The state oil company
    blamed the slide on ...`, `IKAR held steady`): a regular past or present verb, or one of
    `irregular_past_verbs` in stance_cues.json."""
    irregular = lexicon("irregular_past_verbs", source=STANCE_CUES).regex.pattern
    return re.compile(r"(?P<who>(?:the\s+|[A-Z])[^,;:.\d“”\"]{0,60}?)\s+"
                      r"(?:has\s+|had\s+)?(?-i:[a-z]+ed|[a-z]+s|" + irregular + r")\s+(?-i:[a-z])")


def _shared_subject(text: str, sentence: Sentence, start: int,
                    end: int) -> Attribution | None:
    """`The state firm blamed weak demand, and said sales fell 4%`: a verb of saying joined by
    `and` to its clause's first verb (the sentence's, or a `while`/`but` clause's) has that
    verb's subject as its speaker, when the subject is headed by a source's noun (a body or a
    person) or is a named keeper of figures (an acronym, `IKAR`, or a `data_keepers` name), not a
    country (unless a source's noun heads it) nor goods."""
    if text[start:end].lower() != "and":
        return None
    first = _past_dateline(text, sentence.start, start)
    for clause in _CONTRAST_CLAUSE.finditer(text, first, start):
        first = clause.end()  # `SovEcon cut its view, while IKAR held steady and put ...`
    opening = _subject_acts().match(text, first, start)
    if opening is None:
        return None
    first, stop = _trim(text, opening.start("who"), opening.end("who"))
    phrase = text[first:stop]
    named = re.findall(r"[\w-]+", phrase)
    words = {w.lower() for w in named}
    keeper = any(len(w) >= 2 and w.isupper() for w in named) or bool(words & word_set(
        "data_keepers"))  # (`IKAR held steady and put ...`: a named keeper of figures)
    if not (words & _source_heads() or keeper) or country_code(phrase) is not None or \
            find_countries(phrase) and not words & _source_heads() or \
            not _looks_like_source(phrase):
        return None
    return Attribution(phrase, first, stop)


_JOINING_AND = re.compile(r"\band$")


def _joining_and(text: str, start: int, end: int) -> tuple[int, int]:
    """The `and` closing the phrase before a verb (`The exchange is less gloomy and puts`), so
    that the verb shares the sentence's first subject; else the phrase itself."""
    joint = _JOINING_AND.search(text, start, end)
    return (end - 3, end) if joint is not None else (start, end)


_CONTRAST_CLAUSE = re.compile(r"[,;]\s*" + cue_regex(sorted(word_set("contrast_joints"))).pattern +
                              r"\s+|;\s*", re.IGNORECASE)
"""A clause opened after the sentence's first, whose own subject a later `and` shares."""


_NAMED_WORDS = 8
"""Longest name before a relative clause describing it (`Dubai ruler Sheikh Mohammed bin Rashid
Al Maktoum, who is also ..., announced`)."""


_RELAY_CLOSE = re.compile(r"\s+(?:at|in|on|after|during|while|before|following|to)\s+"
                          r"(?:[^,;:.\d“”\"]|\d+(?:st|nd|rd|th)\b){1,100},\s+(?:the\s+)?"
                          r"(?-i:[A-Z])[\w.&'’-]*(?:\s+[\w.&'’-]+){0,3}?\s+(?:reported|wrote)"
                          r"[\s.”\"’)]*")
"""After a speaker's verb, where it spoke and an outlet relaying it that closes the sentence:
`said at the opening of the 18th festival on Monday, Xinhua reported.` (not what it said: `said
it was suspending purchases, NHK reported` is the outlet's report of a statement)."""


def _relayed_close(text: str, match: re.Match[str], sentence: Sentence) -> bool:
    """`..., X said after studying tanker data, Bloomberg reported.`: X's verb closes what the
    sentence says (no figure after it), and the outlet closing the sentence only relays X, as
    with `X said, Xinhua reported` (the speaker before the relay is the source)."""
    return match.group().lower() in ("said", "says", "told") and _RELAY_CLOSE.fullmatch(
        text, match.end(), sentence.end) is not None


_NAMED_START = re.compile(r"(?-i:[A-Z])|(?i:the|an?)\s")
"""How a speaker after its verb opens: a capital or an article (not `announced only last April`,
a participle's adverb)."""


def _inverted_source(text: str, sentence: Sentence, match: re.Match[str]) -> Attribution | None:
    """The speaker after a verb of saying that follows a comma or a quote (`..., said the
    source.`), up to the end of its clause."""
    before = text[max(0, match.start() - 4):match.start()].rstrip()
    if not before.endswith((",”", ",\"", ",", "”", "\"")) or _ADDRESSING.fullmatch(match.group()):
        return None
    tail = _CLAUSE_END.search(text, match.end(), sentence.end)
    start, end = _trim(text, match.end(), tail.start() if tail else sentence.end)
    phrase = text[start:end]
    if end > start and _looks_like_source(phrase) and not _TIME_PHRASE.match(phrase):
        return Attribution(phrase, start, end)
    return None


def _phrase_commas(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The commas between phrases in text[start:end], less those listing the fields of an
    office (`Veng Sakhon, the agriculture, forestry and fisheries minister, said`, `X, Minister
    of Agriculture, Forestry and Fisheries, said`): the office with its list is one apposition."""
    commas = list(_COMMA.finditer(text, start, end))
    if len(commas) < 3 or text.find(" and ", start, end) < 0:
        return commas  # (a cheap test: a list of fields needs `and` and two commas besides)
    lists = [m.span() for m in _office_list().finditer(text, start, end)]
    return [c for c in commas if not any(a < c.start() < b for a, b in lists)]


@cache
def _office_list() -> re.Pattern[str]:
    """A list of fields before an office, in lower case (`the investment, trade and industry
    minister`; not `... local prices, Commerce and Industry Minister X said`), or after it
    (`Minister of Agriculture, Forestry and Fisheries`)."""
    # also the goods of the members a body speaks for (`the union of tea, coffee and cocoa
    # growers`, `a group for Ashanti yam, cassava and plantain exporters`; `listed_members`)
    office = _office().pattern
    members = cue_regex(cue_data(STANCE_CUES)["listed_members"]).pattern
    return re.compile(rf"\b(?-i:(?:[a-z][\w-]*,\s+)+[a-z][\w-]*,?\s+and\s+(?:[a-z][\w-]*\s+)?)"
                      rf"{office}|"
                      rf"{office}\s+(?:of|for)\s+(?:the\s+)?[\w-]+(?:,\s+[\w-]+)+,?\s+and\s+"
                      rf"[\w-]+|"
                      rf"\b(?:of|for)\s+(?:(?-i:[A-Z])[\w'’-]*\s+)?(?-i:(?:[a-z][\w-]*,\s+)+"
                      rf"[a-z][\w-]*,?\s+and\s+(?:[a-z][\w-]*\s+)?){members}", re.IGNORECASE)


_INITIALS_AFTER = re.compile(r"\s*\((?-i:[A-Z][\w.&-]*)\)\s*$")
"""A name's initials in brackets after it (`the Tobacco Industry and Marketing Board (TIMB)`):
no words of the name when its length is counted."""
_NAME_AFTER = re.compile(r"\s*(?:the\s+)?(?-i:[A-Z][\w.&'’-]*)(?:\s+(?-i:[A-Z][\w.&'’-]*|of|for|"
                         r"and)){0,7}(?:\s+\((?-i:[A-Z][\w.&-]*)\))?\s*")
"""`KOTRA`, `Korea Customs Service`, `Nigeria's Midstream and Downstream Petroleum Regulatory
Authority (NMDPRA)`: a proper name (its initials after it) set off by commas after its
description."""
def _at_verb(text: str, comma_end: int, verb: re.Match[str], sentence: Sentence) -> bool:
    """Whether the comma closing a source's apposition stands right before its verb, or before
    a perfect's auxiliary when the verb closes the sentence with nothing after a comma
    (`Farooq Iftikhar, president of the LPG Association of Pakistan, has told the Federal Board
    of Revenue.`; not `X, which markets potash, has told Y, Brazil's minister, it plans ...`)."""
    gap = text[comma_end:verb.start()]
    if not gap.strip() or _GAP_ADVERB.fullmatch(gap) or _TIME_PHRASE.fullmatch(gap.strip()):
        return True  # (an adverb may stand between: `ProHass, the growers' group, now expects`;
        # or a time: `..., the Jordan News Agency, Petra, on Tuesday show`)
    if _PERFECT.fullmatch(gap) is None:
        return False
    return ("," not in text[verb.end():sentence.end]
            and _closes_sentence(text, verb.end(), sentence.end)) or _perfect_saying(text, verb)


def _perfect_saying(text: str, verb: re.Match[str]) -> bool:
    """Whether a perfect verb of saying after a source's apposition gives what was said right
    after it (`X, the bank's chief economist, has said exports will fall 5%`, `... has forecast
    a 12% rise`): not a verb whose object is whom the source spoke to (`has told Y, ...`)."""
    return _ADDRESSING.fullmatch(verb.group()) is None and \
        _SAID_CONTENT.match(text, verb.end()) is not None


_SAID_CONTENT = re.compile(r"\s+(?!(?:nothing|little|no)\b)(?:that\s+)?(?-i:[a-zA-Z])")
"""After a perfect verb of saying: the words said, not a comma or a stop, nor nothing said
(`has said nothing on further purchases yet`)."""


_PERFECT = re.compile(r"\s*(?:has|have|had)\s+")
_GAP_ADVERB = re.compile(r"\s*" + _SOURCE_ADVERB + r"\s+", re.IGNORECASE)
"""An adverb between a source's apposition and its verb (`source_adverbs` in claim_cues.json)."""
_EXAMPLES_LEAD = re.compile(r"(?i:including|such\s+as|like|among\s+them|notably)\b")
"""`..., including Vinamilk, TH True Milk and Moc Chau Milk, said X`: examples listed, no
description of a name."""
_RELATIVE_APPOSITION = re.compile(r",\s+(?:who|which|whose)\s")
_ADDRESSING = cue_regex(sorted(word_set("addressing_verbs")))
"""Verbs whose object is whom the source spoke to: `..., told reporters at the forum.`"""
_PERSON_NAME = re.compile(r"\s*(?:[A-Z][\w.'’-]*\s+(?:(?:de|da|do|dos|das|del|di|du|van|von|der|"
                          r"den|bin|binti|ibn|al|el)\s+)?){1,5}[A-Z][\w'’-]+\s*")
"""`Mohammad Mehdi Javanmard-Qassab`, `Rodrigo de Lima Baena Soares`: two to six capitalized
words (case-sensitive), with the lower-case particles of family names between them."""


@cache
def _office() -> re.Pattern[str]:
    """An office a person holds (`person_roles` in stance_cues.json)."""
    return cue_regex(cue_data(STANCE_CUES)["person_roles"])


@cache
def _apposition() -> re.Pattern[str]:
    """`KOTRA, the Korea Trade-Investment Promotion Agency, said`, `Pyotr Bobylev, director of the
    ministry's coal department, said`, `Rosselkhoznadzor, Russia's farm safety watchdog, said`:
    a description set off by commas. Up to four words may qualify the office (`additional
    secretary in the Department of Commerce`, `executive chairman of the DMCC`, `First Deputy
    Minister of Transport`, `planning and development director at ...`), a prefix may join it
    (`co-founder of ...`), and a possessive, of a name of up to three words, may open it before
    capitals (`KPC's Managing Director of International Marketing`, `New Zealand's trade
    commissioner in Egypt`)."""
    return re.compile(rf"\s*(?:(?:the|a|an)\s+[A-Za-z]|(?:[a-z][\w-]*\s+){{0,4}}?"
                      rf"(?:[a-z]+-)?{_office().pattern}|(?-i:[A-Z][\w.-]*)(?:\s+(?-i:[A-Z][\w.-]*)){{0,2}}['’]s\s+"
                      rf"(?:(?-i:[a-z])|(?:[a-z][\w-]*\s+){{1,3}}?{_office().pattern}))",
                      re.IGNORECASE)
_TIME_PHRASE = re.compile(r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                          r"yesterday|today|tonight|earlier|later|recently)(?:\s+\w+)?|"
                          r"(?:on\s+)?(?-i:[A-Z][a-z]{2,8})\.?\s+\d{1,2}(?:,\s*\d{4})?",
                          re.IGNORECASE)
"""`..., said Monday`, `..., said on December 29`: when, not who (nor a phrase opening so: `...,
announced on Thursday after a late monsoon hurt planting`)."""
def _put_level(levels: frozenset[str]) -> re.Pattern[str]:
    """`put` with what it puts, one of `levels` (as written, lower case) and an amount, in the
    next 80 characters."""
    return re.compile(r"\bput(?:s|ting)?\b(?=(?:[^.;]|(?<=\b[A-Z])\.){1,80}?"
                      r"(?P<level>" + cue_regex(sorted(levels), True).pattern + r")\s+"
                      r"(?:(?:under|below|an\s+unchanged|"
                      r"a\s+record|a\s+revised|an\s+average\s+of|a\s+further|a\s+total\s+of)\s+|"
                      + hedge_pattern() + r")*(?:(?:US|U\.S\.)?"
                      r"[$€£¥\d]|[A-Z][A-Za-z]{0,2}[$.]?\s?\d))")


_PUT_AT = _put_level(word_set("put_levels"))
_PUT_AT_ONLY = _put_level(frozenset({"at"}))
"""`_PUT_AT` with `at` alone: a later `at` after an `above`/`below` that puts no amount (`put the
slump near 2019 levels at 5 million tonnes`)."""


def _put_at_amount(text: str, sentence: Sentence, at: int) -> bool:
    """Whether the verb at `at` puts a figure at an amount (`put imports at 9.42 million mt`,
    `put the month's intake above 1 billion cubic metres`); not a country putting its own
    figure above or below one (`Benin puts cashew crop above 190,000 tonnes`)."""
    match = _PUT_AT.match(text, at)
    if match is None or match["level"].lower() == "at":
        return match is not None
    between = text[match.end():match.start("level")]
    if "," in between or len(between.split()) > _LEVEL_OBJECT_WORDS or \
            _BARE_YEAR.match(text, match.end("level")):
        # `put a second train into operation, lifting shipments close to 5 Mt`, `put the slump
        # near 2019 levels`: no figure put above or below an amount (perhaps one `at` after it)
        return _PUT_AT_ONLY.match(text, at) is not None
    start, end = _subject_before(text, sentence, at)
    return country_code(text[start:end]) is None


_LEVEL_OBJECT_WORDS = 6
"""At most so many words of what is put before `above`/`below`/`near` an amount (`put Iran's
oil sales abroad above 1 million bpd`): more is another clause's figure."""
_BARE_YEAR = re.compile(r"\s+(?:19|20)\d\d(?=\s+levels?\b|\s*(?:[,;)]|\.(?!\d)|$))")
"""A year after the level word (`near 2019 levels`, `above 2019.`): no amount (but `above 2050
tonnes` is one)."""


_WITH_PUT = re.compile(r"with\s", re.IGNORECASE)
"""`with the European Union's goal put at 4.5 billion yen`: a figure put at an amount by no
one named (what follows `with` is the thing put, not its putter; not `with the USDA putting its
purchases at`)."""
_YEAR_AFTER = re.compile(r"\s+in\s+(?:19|20)\d\d$")


def _speaker_after(text: str, sentence: Sentence, at: int) -> bool:
    """Whether a person named before speaks again (`he said`) after `at` in the sentence: the
    one who relays the figures put before it."""
    speaker = _personal_source(text, sentence)
    return speaker is not None and speaker.start >= at


def _put_at(text: str, sentence: Sentence) -> Attribution | None:
    """`South Korea's trade promotion agency KOTRA put trade ... at 681.66 million dollars`: the
    one who puts a figure at an amount is its source (`a deal the White House put at $96bn`;
    not `with the EU's goal put at 4.5 billion yen`)."""
    for match in _PUT_AT.finditer(text, sentence.start, sentence.end):
        if not _put_at_amount(text, sentence, match.start()):
            continue  # `Benin puts cashew crop above 190,000 tonnes`: a country's own view
        if _speaker_after(text, sentence, match.end()):
            continue  # `Conservative estimates put the volume at ..., he said.`
        left = sentence.start
        for boundary in _BOUNDARY.finditer(text, sentence.start, match.start()):
            left = boundary.end()
        commas = list(_COMMA.finditer(text, left, match.start()))
        aside = _aside_subject(text, left, commas, match.start())
        left = commas[-1].end() if commas else left
        left = _past_dateline(text, left, match.start())
        # (`Kyrgyz statisticians, however, put ...`: the subject before an aside adverb)
        start, end = aside if aside is not None else _trim(text, left, match.start())
        year = _YEAR_AFTER.search(text, start, end)
        end = year.start() if year else end
        connector = _CONNECTOR.match(text, start, end)
        start = connector.end() if connector else start
        with_ = _WITH_PUT.match(text, start, end)
        if with_ is not None and match.group().lower() == "put":
            continue
        if with_ is not None:  # `with the USDA putting its purchases at`: the USDA
            start = with_.end()
        if end > start and _cause_putter(text[start:end]):
            continue  # `Higher prices put earnings at a record $4.8 billion`: a cause, no source
        shared = _shared_subject(text, sentence, *_joining_and(text, start, end))
        if shared is not None:  # `The exchange is less gloomy and puts the crop at ...`
            return shared
        if end > start and _looks_like_source(text[start:end]):
            found = Attribution(text[start:end], start, end)
            if not _contrast_opened(text, found):  # (`..., while X put it at`: its clause's)
                return found
    return None


def _cause_putter(phrase: str) -> bool:
    """Whether a phrase before `put` (or a verb of revising) is a cause, not a source: its last
    word, past a closing time (`Heavy rains in May put ...`, `Strong Chinese demand put ...`), is
    one of `cause_putters` in stance_cues.json."""
    bare = _CLOSING_TIME.sub("", phrase.strip())
    words = re.findall(r"[\w’'-]+", bare)
    return bool(words) and words[-1].lower() in word_set("cause_putters", STANCE_CUES)



_CLOSING_TIME = re.compile(r"\s+(?:in|during|since|over|through|from)\s+(?:" + _TIME_LIST.pattern
                           + r"|(?:19|20)\d\d)$", re.IGNORECASE)
"""A time closing a phrase (`in May`, `over the first half`, `in 2024`)."""


def _past_dateline(text: str, left: int, at: int) -> int:
    """`left`, moved past the story's dateline when the phrase before `at` opens with it
    (`ERBIL, Kurdistan Region of Iraq - Final SOMO statistics put ...`)."""
    span = dateline_span(text)
    if span is None or not text[span[0]:span[1]].rstrip().endswith(_DATELINE_CLOSES):
        return left  # (`Indian Oil Corporation (IOC) said`: a name with its initials, no
        # dateline, which a dash or colon closes)
    return span[1] if left < span[1] <= at else left


_DATELINE_CLOSES = ("-", "–", "—", ":")
"""How a dateline ends (`SAO PAULO (Reuters) -`, `LAHORE:`)."""


def _aside_subject(text: str, left: int, commas: list[re.Match[str]],
                   at: int) -> tuple[int, int] | None:
    """`Chinese customs, however, logged ...`, `Customs figures for May, released last week,
    had already put ...`: the subject before an aside adverb or a publishing participle's aside
    set off by commas right before the verb at `at` (and its auxiliaries), or None; not an
    aside naming its publisher (`The report, published by the ministry, put ...`: the fuller
    name, read elsewhere)."""
    if len(commas) < 2:
        return None
    between = text[commas[-1].end():at].split()
    auxiliaries = word_set("aside_adverbs_before_verb", STANCE_CUES)
    if not text[commas[-1].end():at].strip() and \
            ASIDE_ADVERB.fullmatch(text, commas[-2].end(), commas[-1].start()) or \
            all(word.lower() in auxiliaries for word in between) and \
            _publishing_aside().match(text, commas[-2].end(), commas[-1].start()):
        return _trim(text, commas[-3].end() if len(commas) >= 3 else left, commas[-2].start())
    return None


@cache
def _publishing_aside() -> re.Pattern[str]:
    words = lexicon("publishing_asides", source=STANCE_CUES).regex.pattern
    return re.compile(r"(?:" + words + r")\b(?![^,;]*\bby\b)[^,;]*$", re.IGNORECASE)



def _subject_before(text: str, sentence: Sentence, at: int) -> tuple[int, int]:
    """The phrase before the verb at `at`: from the clause's start (or past an aside adverb),
    without auxiliaries (`had given`)."""
    left = sentence.start
    for boundary in _BOUNDARY.finditer(text, sentence.start, at):
        left = boundary.end()
    commas = list(_COMMA.finditer(text, left, at))
    aside = _aside_subject(text, left, commas, at)
    if aside is not None:
        return aside
    left = commas[-1].end() if commas else left
    return _trim(text, left, _strip_auxiliary(text, left, at))


def _gave_figure(text: str, sentence: Sentence) -> Attribution | None:
    """`An association official called trade a record at $34 million`, `Russian officials had
    given $34.4 million`: a source-headed phrase before a verb that states a figure."""
    verbs = lexicon("figure_verbs", source=STANCE_CUES).regex
    for match in verbs.finditer(text, sentence.start, sentence.end):
        if not _QUANTITY.search(text, match.end(), sentence.end):
            continue
        start, end = _subject_before(text, sentence, match.start())
        connector = _CONNECTOR.match(text, start, end)
        start = connector.end() if connector else start
        phrase = text[start:end]
        words = {w.lower() for w in re.findall(r"[\w’'-]+", phrase)}
        if end > start and words & (_source_heads() - _FIRM_HEADS) and _looks_like_source(phrase):
            return Attribution(phrase, start, end)
    return None


_FIRM_HEADS = frozenset({"company", "companies", "firm", "miner", "consortium"})
"""Heads of a firm, a source when it says a figure but not when it gives one (`Martin Rice
Company had given Alimport 20 tons of rice`: a donor, not a speaker)."""


_NOUN_USE = re.compile(r"\b(?:an?|the|were|was|is|are|be|been)\s+$|-$|['’]s\s+$", re.IGNORECASE)
"""Before a word of saying used as a noun or passive: `an estimated`, `KOTRA's estimate`."""
_NOUN_VERBS = frozenset({"estimate", "estimates", "report", "reports", "claim", "claims"})
_BEATEN_NOUNS = frozenset({"forecasts", "estimates"})
"""Words of saying that are nouns after a verb of beating or a comparison (`beating forecasts`)."""
_BEATEN_BEFORE = re.compile(r"\b(?:beat(?:ing|s)?|miss(?:ing|ed|es)?|exceed(?:ing|ed|s)?|"
                            r"top(?:ping|ped|s)?|surpass(?:ing|ed|es)?|outpac(?:ing|ed|es)|"
                            r"above|below|short\s+of|despite|against)\s+"
                            r"(?:(?:market|analyst|analysts['’]|official|earlier|most|all|the)\s+)?$",
                            re.IGNORECASE)
"""Before `forecasts`/`estimates`: an outcome set against them (`beating forecasts`, `above
market estimates`): the plural noun, not a source forecasting."""
_DETERMINED = re.compile(r"\b(?:(?:an?|the|one|by|our|their|its|this|that|some|his|her|in|under)|"
                         r"(?:citing|quoting|using)\s+(?:[a-z]+)?)\s+"
                         r"(?:(?:rough|conservative|official|latest|own|initial|preliminary|"
                         r"independent|separate|new|early|recent|other|one)\s+)*$", re.IGNORECASE)
"""A determiner and adjectives before `estimate`: a noun (`by one rough estimate`, `Citing expert
estimates`), unlike `the ministry estimates`."""
_COMPARED = re.compile(r"\b(?:than|what)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


_STATES_NOUN = re.compile(r"(?:\b(?:[Mm]ember|Gulf|Baltic|Arab|Balkan|Nordic|African|Asian|"
                          r"European|Mediterranean|Caribbean|Caspian|Adriatic|Pacific|Atlantic|"
                          r"Caucasian|Arctic|Andean|Scandinavian|Sahel|Soviet|Union|"
                          r"Cooperation[ ]Council|Economic[ ]Community|Accords?|Sea|"
                          r"[Cc]oastal|[Ss]overeign|[Nn]eighbou?ring|[Oo]ther|[Ss]ome|[Mm]any|"
                          r"[Ff]ederal|[Ii]sland|EU|OPEC|Opec|BRICS|GCC|CIS|NATO|ASEAN|SADC|"
                          r"ECOWAS|\d+|(?i:(?:north|south)[ -]?)?(?i:north|south|east|west)ern|"
                          r"(?i:(?:ex|post|non)-[a-z]+|transit|foreign|"
                          r"friendly|unfriendly|hostile|partner|client|small|smaller|poor|poorer|"
                          r"rich|richer|growing|producing|exporting|importing|consuming|"
                          r"landlocked|region['’]s|bloc['’]s|six|seven|eight|nine|ten|dozen|"
                          r"between|among|amongst|across|from|to|of|for|with|by|all|both|"
                          r"several|these|those|the|their|two|three|four|five))['’\"]?)\s+$")
"""Before `states`: a word making it the noun (`member states`, `Gulf states`, `European Union
states`, `the three Mediterranean states`, `southern states`, `ex-Soviet states`, `transfers of
arms between states`, `exports to the states of the bloc`): a bloc, a region's adjective or
name, a kind of state or a count, where a source stating a figure has a body or a document
(`the report states`). Regions are listed, not guessed from their endings: `Milan Jovanovic
states` and `Sarah Ahern states` are people, and `The World Gold Council states` a body."""
_STATES_NOUN_AFTER = re.compile(r"\s+(?:were|are|was|is|have|has|had|will|would|and|or|of)\b")
"""After `states`: a verb or a preposition making it the noun subject or object (`Goods traded
among the Gulf Cooperation Council states were worth`), not a source stating a figure."""

_STANDING_CONFIRMED = re.compile(r"\s+(?:its|their|his|her|the\s+country['’]s)\s+(?:[\w-]+\s+)?"
                                 r"(?:place|position|status|role|rank|ranking|standing|lead|"
                                 r"spot|dominance)\s+(?:as|at|among|in)\b", re.IGNORECASE)
"""After `confirmed`: a standing held (`confirmed its place as the top buyer`, `its position
among`), not a figure confirmed (`confirmed its position that exports would reach ...` is a
view stated)."""


def _ordered(text: str, told_end: int) -> bool:
    """Whether `told` gives an order (`told its cotton mills to stop buying`): whom it told and
    an infinitive, with no flow named between (`told Reuters exports to neighbouring countries
    rose`, `told reporters imports to date totalled`: what was told, a statement)."""
    order = _told_to().match(text, told_end)
    if order is None:
        return False
    # (up to `to` only: the infinitive itself may be a flow, `told X to purchase`)
    return not any(lexicon("flow", kind).regex.search(text, told_end, order.start("to"))
                   for kind in ("export", "import"))


def _not_saying(text: str, match: re.Match[str]) -> bool:
    """`By one rough estimate`, `more than traders had calculated`: a noun, or a comparison, not
    someone giving a figure."""
    before = text[max(0, match.start() - 30):match.start()]
    if match.group() == "states" and (_STATES_NOUN.search(before)
                                      or _STATES_NOUN_AFTER.match(text, match.end())):
        return True  # `EU member states took 73%`, `Gulf states`: countries, not a statement
    if match.group().lower() in ("confirmed", "confirms") and _STANDING_CONFIRMED.match(
            text, match.end()):
        return True  # `China confirmed its place as the second-biggest buyer`: a standing
        # held, no one confirming a figure
    if _ALL_TOLD.search(before) and match.group().lower() == "told" and \
            _PUNCTUATION_NEXT.match(text, match.end()):
        return True  # `All told, the country produced 23,084 tons`: in all, no one telling
    if match.group().lower() in ("told", "tells", "tell") and _ordered(text, match.end()):
        return True  # `China told its cotton mills to stop buying`: an order, no one's word on
        # a figure (`told reporters to expect 3 million tonnes` is one)
    doing = _GERUND.match(text, match.end())
    if doing is not None and match.group().lower().startswith("report") and any(
            lexicon("flow", kind).regex.fullmatch(doing["verb"])
            for kind in ("export", "import")):
        return True  # `China and Russia reported supplying ...`: their own flow, not a source
    if match.group().lower().startswith("add") and (
            _added_up().match(text, match.end()) or _FIGURE_ADDED.search(before)):
        return True  # `Goods moving the other way added up to $253 billion`, `LNG landed at
        # Aqaba adds around 300 million cubic feet a day`: a sum, not a remark (`KOTRA adds an
        # estimated 500,000 tons` is KOTRA's estimate)
    if match.group().lower() == "write" and not _WRITE_SAYS.match(text, match.end()) and \
            _statement_venue().match(text, match.end() + 1) is None:
        return True  # `Chinese banks write off bad loans`: a plural `write` is a verb of saying
        # only before what is written (`that`, a colon, a quote), where it closes its clause
        # (`..., Banco Norte analysts write.`) or before where it is written (`write in a note`)
    if match.group().lower() in _BEATEN_NOUNS and _BEATEN_BEFORE.search(before):
        return True  # `widened in September, beating forecasts`: the outlook beaten, a noun
    if match.group().lower() in _NOUN_VERBS and _NOUN_THEN_VERB.match(text, match.end()):
        return True  # `Conservative estimates put the volume at ...`: the noun, then its verb
    if match.group().lower() in _revision_verbs() and not _revised_view().match(text,
                                                                                match.end()):
        return True  # `Egypt raised its wheat imports`: a flow moved, no one's view of it
    if match.group().lower().startswith("revise") and not _REVISED_FIGURE.match(text,
                                                                               match.end()):
        return True  # `The government revised its export strategy`: a change of policy
    return (match.group().lower() in _NOUN_VERBS and _DETERMINED.search(before) is not None) or \
        _COMPARED.search(before) is not None


_REVISED_FIGURE = re.compile(r"\s+(?:(?:up|down|upward|downward|higher|lower)\b|(?:[\w'’/.-]+\s+)"
                             r"{0,4}?(?:estimates?|forecasts?|figures?|data|numbers|outlook|"
                             r"projections?|statistics|guidance|calculations?|view|imports|exports|"
                             r"shipments|purchases|sales|production|output|crop|harvest|trade|"
                             r"deliveries|supplies)\b)", re.IGNORECASE)
"""After `revised`: the figures revised (`revised its forecast`, `revised up its estimate`), for
which the reviser is the source."""
@cache
def _added_up() -> re.Pattern[str]:
    """After `added`: a sum (`added up to`, `added N14.16 billion`, `added CHF 2.3 billion to
    exports`) or the measure it is added to (`Every dollar added to the price`), no remark.

    The amount may open with a currency's capital letters (`N9.2 billion`), but not with one of
    the `added_periods` of stance_cues.json (`added H1 exports rose 10%`, `added Q1 imports
    reached`, `added FY24 sales`, `added 9M exports`): a period the source then speaks of, so
    `added` is its remark. `added to` is a sum only before one of the `added_to_measures` (`the
    price`, `the bill`, `exports`); `added to the pressure, saying` is a remark."""
    stance = cue_data(STANCE_CUES)
    periods = cue_regex(stance["added_periods"]).pattern
    measures = cue_regex(stance["added_to_measures"]).pattern
    return re.compile(r"\s+(?:up\b|to\s+" + measures + r"|(?!an\s+estimated\b)(?!" + periods
                      + r")(?:another\s+|a\s+further\s+|an\s+extra\s+)?" + hedge_pattern(True)
                      + r"(?:[$€£¥]|US\$|(?-i:[A-Z]{1,3})\$?\s?)?\d)", re.IGNORECASE)


# Search `_FIGURE_ADDED` only in a short slice before `added` (`_not_saying` passes 30
# characters): anchored at `$` with an unanchored digit run before it, it backtracks from every
# position of a long input.
_FIGURE_ADDED = re.compile(r"(?<![\w.,])(?!(?:19|20)\d\d\b)\d[\d.,]*\s*(?:%|[A-Za-z]+)?\s+$")
"""Before `added`: a figure and its unit (`with 600 MW added in 2025`), the amount added, no
one adding a remark (not a year: `the 2024 report added`)."""
_NOUN_THEN_VERB = re.compile(rf"\s+{_words_of('source_noun_verbs')}\b")
"""After `estimates`/`reports`: the verb whose subject they are, so they are nouns."""


_WRITE_SAYS = re.compile(r"\s*(?:that\b|[:\"“‘,.;!?)]|$)", re.IGNORECASE)
"""After a plural `write`: what is written (`that`, a colon or an opening quote) or the end of its
clause, so a verb of saying (not `write off`, `write down`, `write up`, `write back`)."""
_GERUND = re.compile(r"\s+(?:having\s+)?(?P<verb>[a-z]+ing)\b")
_ALL_TOLD = re.compile(r"\b[Aa]ll\s+$")


@cache
def _told_to() -> re.Pattern[str]:
    """After `told`: whom it told (one to three words, none of them a word of what was told:
    `told lawmakers exports are set to rise`; `told_not_addressee` in stance_cues.json) and an
    infinitive, an order (`told Energocom to purchase`), unless the infinitive is one of
    expecting (`told reporters to expect`; `told_expecting`)."""
    cues = cue_data(STANCE_CUES)
    told = "|".join(re.escape(word) for word in cues["told_not_addressee"])
    expecting = "|".join(re.escape(word) for word in cues["told_expecting"])
    return re.compile(r"\s+(?:(?!(?:" + told + r")\s)[\w’'&-]+\s+){1,3}?(?P<to>to)\s+"
                      r"(?!(?:" + expecting + r")\b)"
                      r"(?!(?:the|a|an|its|their|his|her|this|that|them|him|us|me)\b)"
                      r"[a-z]{2,}\b")
_PUNCTUATION_NEXT = re.compile(r"\s*[,.;:]")


_CLAUSE_JOIN = re.compile(r"[,;]\s*" + cue_regex(sorted(word_set("contrast_joints") | word_set(
    "clause_joints"))).pattern + "|;", re.IGNORECASE)
_OWNED_FIGURE = re.compile(r"\s+(?:of|at|put\s+at)\s+(?:(?:about|around|roughly|some|nearly|"
                           r"almost|just|only|an\s+estimated)\s+)*(?:US|U\.S\.)?\s*")
_CITING = re.compile(r"\bciting\s+$", re.IGNORECASE)
_SAID_RELAYED = re.compile(
    rf"\b{_words_of('relaying', 'verbs')}(?:\s*,\s*|\s+in\s+(?:(?:a|an|its|their|the)\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?{_words_of('relaying', 'documents')}\s*,?\s+)(?:as\s+)?"
    rf"{_words_of('relaying', 'phrases')}\s+$", re.IGNORECASE)
"""Between a speaker's verb and the outlet relaying it: `said, according to`, `said in a report
cited by`."""
_DATA_CITED = cue_regex(sorted(word_set("data_nouns")))
_PER_SOURCE = re.compile(r"(?:\A|(?<=[.!?\n]\s)|(?<=\n)|,\s+|\(\s*)[Pp]er\s+(?=(?:the\s+)?[A-Z])")
"""`per` opening a sentence, or after a comma or parenthesis (a lookbehind, not `^`: a search
from a sentence's offset never matches `^` there)."""
_DASH_SOURCE = re.compile(r"(?:\s[-–—]|:)\s+(?P<source>[A-Za-z][^-–—:\d]{0,60}?)[\s.]*$")
_BY_RECKONING = re.compile(
    r"\b(?:[Bb]y|[Oo]n)\s+(?P<source>(?:the\s+)?(?:(?:19|20)\d\d\s+)?"
    r"(?:[A-Z][^,;:.\d]{0,80}?|(?<=the\s)(?P<body>(?:[a-z][\w-]*\s+){0,2}[a-z]+))"
    r"(?:['’]s|(?<=s)['’])\s+(?:own\s+)?(?:[a-z]+\s+)?"
    r"(?:count|counts|calculation|calculations|tally|reckoning|estimates?|figures|data))\b")
"""`by KITA's calculation`, also opened by `on` (`On the Kyiv School of Economics' count`), with
a plural's bare apostrophe or a year before the name (`by the 2022 Census Report's count`), or
a body named in lower case (`by the energy ministry's estimates`): whose count the figure is."""


def _per_source(text: str, sentence: Sentence) -> Attribution | None:
    """`..., per KOTRA.`, `(per KOTRA's Moscow office)`: `per` before a named source (never a
    rate: `per barrel`, `per 12 months` name no one)."""
    for match in _PER_SOURCE.finditer(text, sentence.start, sentence.end):
        tail = _CLAUSE_END.search(text, match.end(), sentence.end)
        start, end = _trim(text, match.end(), tail.start() if tail else sentence.end)
        end = len(text[:end].rstrip(")"))
        if end > start and _looks_like_source(text[start:end]):
            return Attribution(text[start:end], start, end)
    return None


_ON_FIGURES = re.compile(r"\b(?:(?:[Bb]ased\s+)?[Oo]n|[Gg]oing\s+by)\s+"
                         r"(?P<source>(?:the\s+)?(?:[\w'’.-]+\s+){0,4}?"
                         r"(?:figures|data|statistics|numbers|count|tally))\b")
"""`... recovered to roughly $2.3 billion on Chinese customs figures`, also opening a sentence
(`On Chinese trade statistics, ...`) or after `going by` (`..., going by Refinitiv data`):
whose figures they are."""


def _on_figures(text: str, sentence: Sentence) -> Attribution | None:
    for match in _ON_FIGURES.finditer(text, sentence.start, sentence.end):
        phrase = match["source"]
        if _QUANTITY.search(phrase) or not _looks_like_source(phrase) or not (re.search(
                r"\b[A-Z]", phrase) or _based_aside(text, sentence, match.start())):
            continue  # (a named source: not `the latest figures`)
        return Attribution(phrase, match.start("source"), match.end("source"))
    return None


_BASED_OPENING = re.compile(r"(?:^|,\s+)$")
"""Before `based on`: the sentence's start or a comma, so the phrase is an aside of its own
(`..., based on provisional data, ...`), not part of a noun (`calculations based on data`)."""


def _based_aside(text: str, sentence: Sentence, at: int) -> bool:
    """Whether the `based on` at `at` opens an aside or the sentence (`Based on early customs
    data, ...`, `..., based on provisional figures`): its figures are its source though no one
    is named, when they are described (not `based on the latest figures`, no one's figures)."""
    return _BASED_OPENING.search(text[sentence.start:at]) is not None and \
        _BASED_KIND.match(text, at) is not None


_BASED_KIND = re.compile(
    r"[Bb]ased\s+on\s+(?:(?:early|initial|new|fresh|latest|recent|monthly|weekly|annual|"
    r"quarterly|first|final|global|national|international|regional)\s+){0,2}(?:preliminary|"
    r"provisional|official|customs|trade|government|shipping|tracking|port|export|import|"
    r"statistical|census|survey|tanker|industry|ministry|revised|estimated)(?:-[\w-]+)?\s+"
    r"(?:[\w-]+\s+)?(?:data|figures|statistics|numbers|estimates|records)\b")
"""`based on provisional data`, `Based on early customs figures`, `based on global
export-import data`: figures named by a kind that marks them as a data source; not `based on
the latest figures`, `his figures`, `other data`, no one's."""


@cache
def _own_papers() -> re.Pattern[str]:
    """A cited document of the speaker's own, owned by a pronoun (`according to its accounts`,
    `its annual report`), not another's papers or a person (`its chief executive`, `their
    customs data`): the nouns are claim_cues `own_papers`."""
    nouns = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in word_set("own_papers")),
                            key=len, reverse=True))
    return re.compile(r"(?:its|their|his|her)\s+(?:(?:latest|last|new|annual|quarterly|monthly|"
                      r"audited|published)\s+)?(?:" + nouns + r")\b", re.IGNORECASE)


_DATA_BEFORE_COLON = re.compile(
    r"(?P<source>(?!(?:The|This|These|Those|Its|Their|Such|Other|But|And|Yet|So)\b)"
    r"(?-i:[A-Z])[\w.&-]*"
    r"(?:\s+(?!(?:the|a|an|own)\b)[\w.&-]+){0,3}?\s+(?:data|figures|statistics|numbers))"
    r"\s+(?:also\s+|now\s+|still\s+)?(?P<verb>[a-z]+)\b[^:;,“”\"]{0,60}?:\s")
"""`Chinese customs data paint a different picture for January-April 2023: ...`: named figures
as the subject of a clause that a colon explains, whose figures follow, when the verb presents
evidence (claim_cues `evidence_verbs`: not `are not yet available:`); not a bare `The trade
figures point the same way:` nor a possessive's."""


def _data_before_colon(text: str, sentence: Sentence) -> Attribution | None:
    """The named figures opening a sentence, or its clause after `but`, before a colon: named
    by a capitalised name, a country's word or a body (`customs`)."""
    match = _DATA_BEFORE_COLON.search(text, sentence.start, sentence.end)
    if match is None:
        return None
    before = text[sentence.start:match.start()].strip().lower()
    if before and not before.endswith("but"):
        return None
    if match["verb"].lower() not in word_set("evidence_verbs"):
        return None  # (`Chinese customs data are not yet available:`: no evidence given)
    words = match["source"].split()
    named = any(w[:1].isupper() for w in words[1:]) or find_countries(words[0]) or any(
        w.lower() in _source_heads() - _DATA_NOUNS for w in words)
    if not named:
        return None  # (a topic's figures, no one's: `Helium export figures arrive late:`)
    return Attribution(match["source"], match.start("source"), match.end("source"))


_DATA_NOUNS = frozenset({"data", "figures", "statistics", "numbers", "records", "tally",
                         "calculation", "calculations", "report", "survey", "study"})


def _dash_source(text: str, sentence: Sentence) -> Attribution | None:
    """A headline closed by its source after a dash or colon: `... highest since 2019 - customs`,
    `... hits record 98.3 pct in 2023: KOTRA`."""
    match = _DASH_SOURCE.search(text, sentence.start, sentence.end)
    if match is None:
        return None
    start, end = _trim(text, match.start("source"), match.end("source"))
    phrase = text[start:end]
    colon = match.group().lstrip().startswith(":")
    in_sentence = sentence.text.rstrip().endswith(".")
    if colon and (in_sentence or find_countries(phrase)):
        return None  # a colon's list in a sentence (`two buyers: India and the UAE`)
    heads = {w.lower().rstrip("s") for w in re.findall(r"[\w’'-]+", phrase)} & _source_heads()
    if in_sentence and not colon and not phrase[:1].isupper() and not heads:
        return None  # `the next four exporters - Thailand ... - put together.`: no source
    if colon and not (re.search(r"\b[A-Z]{2,6}\b", phrase) or heads):
        # after a colon only a named source closes a headline (`: KOTRA`, `: Chinese customs`),
        # not a dateline's sentence (`SINGAPORE: Exports fell.`)
        return None
    if end > start and _looks_like_source(phrase, relaxed=True) and len(phrase.split()) <= 6:
        return Attribution(phrase, start, end)
    return None


def _by_reckoning(text: str, sentence: Sentence) -> Attribution | None:
    """`by Beijing's customs count`, `by KITA's calculation`: whose count the figure is."""
    found = _reckonings(text, sentence)
    return found[0] if found else None


@lru_cache(maxsize=4096)
def _reckonings(text: str, sentence: Sentence) -> tuple[Attribution, ...]:
    """Each `by X's count` in the sentence, in order, and `by a X tally` (`by a Bloomberg
    tally`: a named count with no possessive). (Remembered: `source_at` asks again for every
    quantity of the sentence.)"""
    start, end = sentence.start, sentence.end
    found = []
    for match in _BY_RECKONING.finditer(text, start, end):
        if match["body"]:
            if match["body"].split()[-1].lower() not in _source_heads():
                continue  # (a body's head noun: not `by the war's count`)
            # `by the institute's estimate`: the body, which may stand for an earlier name
            found.append(Attribution(text[match.start("source"):match.end("body")],
                                     match.start("source"), match.end("body")))
        else:
            found.append(Attribution(match["source"], match.start("source"), match.end("source")))
    found += [Attribution(match["source"], match.start("source"), match.end("source"))
              for match in _BY_A_TALLY.finditer(text, start, end)
              if not find_countries(match["maker"])]  # (not `by an Indian tally`: no maker)
    return tuple(sorted(found, key=lambda source: source.start))


_BY_A_TALLY = re.compile(r"\b[Bb]y\s+(?P<source>an?\s+(?P<maker>[A-Z][\w&.'’-]*(?:\s+"
                         r"[A-Z][\w&.'’-]*){0,3})\s+" + cue_regex(sorted(word_set("tally_nouns")),
                                                          case_sensitive=True).pattern + ")")
"""`by a Bloomberg tally`: a count named by its maker, with no possessive."""


def _clause_reckoning(text: str, sentence: Sentence, position: int) -> Attribution | None:
    """`..., while the country's output is 3.4 million barrels a day by a Bloomberg tally`: a
    count closing the clause of the figure at `position` (no clause join between them) is that
    figure's source, whatever source the sentence names elsewhere."""
    for found in _reckonings(text, sentence):
        if found.start < position:
            continue
        if not _CLAUSE_JOIN.search(text, position, found.start) and \
                not _QUANTITY_AFTER.search(text, position, found.start) and \
                not _SOURCE_BETWEEN.search(text, position, found.start):
            return found
    return None


_SOURCE_BETWEEN = re.compile(cue_regex(sorted(word_set("citing_words") | word_set(
    "saying_verbs"))).pattern + r"|,\s+with\b", re.IGNORECASE)
"""Between a figure and a later count: a source of the figure's own (`..., according to Kpler,
with shipments to India at 1.1 million bpd by a Bloomberg tally`), or a `with` phrase holding
another figure, whose count it is."""
_QUANTITY_AFTER = re.compile(r"[,;]\s+" + cue_regex(sorted(word_set("comparison_openers"))).pattern,
                             re.IGNORECASE)
"""Between a figure and a count: a comparison opening another figure's phrase, whose count it
may be."""


def _possessive_source(text: str, sentence: Sentence) -> Attribution | None:
    """`KOTRA's report`, `the Unification Ministry's data` -> the owner."""
    if not _may_own(text, sentence.start, sentence.end):
        return None
    for match in _OWNED_SOURCE.finditer(text, sentence.start, sentence.end):
        return Attribution(match["owner"], match.start("owner"), match.end("owner"))
    return None


@lru_cache(maxsize=4096)
def _labels(text: str, sentence: Sentence) -> tuple[Attribution, ...]:
    """`KOTRA: trade US$6.86 bln; GACC: US$6.39 bln`: the labels that open the sentence or a
    part of it after a semicolon. (Remembered: asked again for every quantity of the
    sentence.)"""
    found = []
    openings = [sentence.start, *(m.end() for m in _PART.finditer(text, sentence.start,
                                                                 sentence.end))]
    for opening in openings:
        match = _LABEL.match(text, opening, sentence.end)
        if match is None:
            continue
        start, end = _trim(text, match.start("label"), match.end("label"))
        label = text[start:end]
        words = re.findall(r"[\w’'-]+", label)
        # a source, not a heading (`Total Cost:`, `In Europe:`) or a dateline (`SINGAPORE:`)
        headed = bool({w.lower().rstrip("s") for w in words} & _source_heads())
        named = headed or re.search(r"\b[A-Z]{3,6}\b", label) or (
            opening == sentence.start and _title_line(text, sentence) and _named_label(label)
            and _cited_in_body(text, sentence.end, label))
        if label.lower() in word_set("heading_labels") or (find_countries(label.title()) and not (
                {w.lower() for w in words} | {w.lower().rstrip("s") for w in words})
                & _source_heads()):
            continue  # a section heading (`OIL:`, `LNG:`) or a dateline (`MOSCOW:`); not
            # `Chinese customs:` or `Ukrainian intelligence:`, a country's office
        filed = dateline_span(text) if opening < 300 else None
        if filed is not None and filed[0] <= start < filed[1] and label.isupper() and \
                len(words) >= 2:
            continue  # a dateline of a place that is no country (`NEW YORK:`; not `KOTRA:`)
        if filed is not None and filed[0] <= start < filed[1] and label.isupper() and (any(
                closing or inverted for _, closing, inverted in _verb_sources(text, sentence))
                or _after_preposition(text, sentence) is not None):
            continue  # `MULTAN: Roughly 500 tons ..., Farooq Iftikhar, president of the LPG
            # Association of Pakistan, has told ...`, `BANGI: ..., said Johari Abdul Ghani`,
            # `JHAPA: ..., according to X`: a place the story is filed from, when a source
            # closing the sentence, after its verb or after `according to` speaks for its figures
        if end > start and len(words) <= 6 and named and _looks_like_source(label) and \
                not _CLAUSE_LABEL.search(label) and not _timed_title(label):
            found.append(Attribution(text[start:end], start, end))
    return tuple(found)


_TIMED_LABEL = re.compile(r"\s(?:for|in)\s+(?:" + _TIME_LIST.pattern + r"|(?:19|20)\d\d)$",
                          re.IGNORECASE)
"""A label closed by the time its figures cover (`Chilean preliminary trade data for May: ...`)."""


def _timed_title(label: str) -> bool:
    """Whether a label closed by a time is a title naming what follows, not its source (which
    the story's body names): unless what comes before the time names a keeper of the figures,
    a body (`Chinese customs data for April`), a data keeper (`Kpler data in March`) or an
    acronym (`KOTRA data for 2024`)."""
    timed = _TIMED_LABEL.search(label)
    if timed is None:
        return False
    words = re.findall(r"[\w’'-]+", label[:timed.start()])
    keepers = word_set("body_heads") | word_set("data_keepers")
    return not any(word.lower() in keepers or (len(word) >= 2 and word.isupper())
                   for word in words)


def _cited_in_body(text: str, body_start: int, label: str) -> bool:
    """Whether the story under a headline cites `label` as a source (`Rystad: ...` over a body
    where `Rystad estimates` or `according to Rystad`), which tells a speaker's label from a
    topic's (`Brexit: ...`, `Red Sea: ...`). Only the story's opening is read (`_STORY_OPENING`
    characters), so that a long text of many stories costs no more per headline than a short one."""
    key = label.lower()
    if key not in text[body_start:body_start + _STORY_OPENING].lower():
        return False
    body = text[body_start:body_start + _STORY_OPENING]
    return any(found is not None and key in found.text.lower()
               for found in (sentence_attribution(body, s) for s in split_sentences(body)))


_STORY_OPENING = 3000
"""How far under a headline `_cited_in_body` looks for the headline's label cited as a source."""


def _named_label(label: str) -> bool:
    """A headline's opening label that names who says it (`Rystad: ...`, `Mohammed bin Rashid:
    ...`): a proper name of at most four words, no place, goods or topic (`Graphite: ...`,
    `Fact check: ...`)."""
    words = re.findall(r"[\w’'-]+", label)
    particles = word_set("name_particles")
    return (0 < len(words) <= 4 and words[0][0].isupper()
            and all(w[0].isupper() or w.lower() in particles for w in words)
            and find_place(label) is None and not find_commodities(label.lower())
            and not any(w.lower() in alias_keys() for w in words))


def sentence_attribution(text: str, sentence: Sentence) -> Attribution | None:
    """The source named in one sentence, if any."""
    quoted = _quoted_speaker(text, sentence)
    if quoted is not None:
        return quoted
    labels = _labels(text, sentence)
    cited = _after_preposition(text, sentence)
    if cited is not None and _SAID_RELAYED.search(text, max(sentence.start, cited.start - 40),
                                                  cited.start):
        # `..., the Agriculture Ministry said, according to LETA`: the agency relays the
        # speaker, whose figures they are
        speaker = _before_verb(text, sentence)
        if speaker is not None and speaker.end <= cited.start and not _DATA_CITED.search(
                cited.text):
            return speaker  # (not `according to customs data`: the data are the source)
    if cited is not None and _own_papers().match(cited.text):
        # `NOC said it earned $1.5 billion, according to its accounts at the bank`: the
        # speaker's own papers, whose source is the speaker
        speaker = _before_verb(text, sentence)
        if speaker is not None and speaker.end <= cited.start:
            return speaker
    if cited is not None and _CITING.search(text, max(sentence.start, cited.start - 8),
                                            cited.start):
        # `Citing information from one member state, the panel said ...`: the speaker
        # (`Citing expert estimates, the center put 2024 deliveries at ...`: who put it so)
        # (`TASS reported, citing Eurostat data`: the outlet with the source it cites)
        speaker = _before_verb(text, sentence)
        if speaker is None and _personal_source(text, sentence) is not None and \
                text[sentence.start:cited.start].strip(" \"“‘(").lower() == "citing":
            return None  # `Citing FAO projections, she said ...`: she, named before, tells them
            # (not `..., he said, citing customs`: the cited source, the pronoun's or not)
        return _citing(text, sentence, speaker) or _put_at(text, sentence) or cited
    return _citing(text, sentence, cited or _per_source(text, sentence)
                   or _before_verb(text, sentence)) or (
            _by_reckoning(text, sentence)
            or _on_figures(text, sentence)
            or _data_before_colon(text, sentence)
            or _put_at(text, sentence) or _gave_figure(text, sentence)
            or _dash_source(text, sentence)
            or _possessive_source(text, sentence)
            or _recording_body(text, sentence)
            or _report_filer(text, sentence)
            or (labels[0] if labels else None))


_QUOTED_AS_SAYING = re.compile(r"\b(?:quoted\s+(?P<speaker>\S.{0,200}?)|(?P<passive>was|were)\s+"
                               r"quoted)\s*,?\s+as\s+saying\b")
"""`IRNA quoted X, head of ..., as saying`, `X was quoted as saying (by the outlet)`."""


def _quoted_speaker(text: str, sentence: Sentence) -> Attribution | None:
    """`..., IRNA quoted Rasoul Khalifeh-Soltani, head of the steel producers' association, as
    saying`; `..., Minister Roberto Cingolani was quoted as saying`: the one quoted speaks for
    the figures, not the outlet quoting them (as with `X said, according to LETA`)."""
    if text.find("as saying", sentence.start, sentence.end) < 0:
        return None  # (a cheap test before the pattern)
    match = _QUOTED_AS_SAYING.search(text, sentence.start, sentence.end)
    if match is None:
        return None
    if match["passive"]:
        start, end = _subject_before(text, sentence, match.start())
    else:
        start, end = _trim(text, match.start("speaker"), match.end("speaker"))
    phrase = text[start:end]
    if end <= start or len(phrase.split()) > 25 or _QUANTITY.search(phrase) or \
            _PRONOUN_START.fullmatch(phrase):
        return None
    return Attribution(phrase, start, end)


def _citing(text: str, sentence: Sentence, found: Attribution | None) -> Attribution | None:
    """`TASS reported on February 10, citing data from Russia's Federal Customs Service`: the
    outlet and the source it cites, as one attribution (`TASS, citing data from ...`)."""
    if found is None or _DEFINITE_REFERENCE.match(found.text):
        return found  # (`the analyst said, citing ...`: stands for the name given before)
    relay = _CITING_AFTER.match(text, found.end)
    if relay is None:
        return found
    tail = _CLAUSE_END.search(text, relay.end(), sentence.end)
    start, end = _trim(text, relay.end(), tail.start() if tail else sentence.end)
    if end <= start or not _looks_like_source(text[start:end]):
        return found
    return Attribution(f"{found.text}, citing {text[start:end]}", found.start, end)


_DEFINITE_REFERENCE = re.compile(r"(?:the|its|their)\s+(?:[\w-]+\s+)*[a-z][\w-]*$")
_CITING_AFTER = re.compile(r"\s+" + cue_regex(sorted(word_set("saying_verbs") - word_set(
    "addressing_verbs") | word_set("outlet_verbs")), True).pattern +
                           r"(?:\s+on\s+[A-Z][a-z]+(?:\s+\d{1,2})?)?,\s+(?:citing|quoting)\s+")
"""After an outlet: its verb and the source it cites (`reported on Tuesday, citing`)."""


def _report_filer(text: str, sentence: Sentence) -> Attribution | None:
    """`The United States today submitted a report ... documenting that ...`: who filed it."""
    filed = REPORT_FILED.search(text, sentence.start, sentence.end)
    if filed is None:
        return None
    start, stop = _trim(text, sentence.start, filed.start())
    if stop > start and len(text[start:stop].split()) <= 8 and _looks_like_source(text[start:stop]):
        return Attribution(text[start:stop], start, stop)
    return None


def _recording_body(text: str, sentence: Sentence) -> Attribution | None:
    """`The Far Eastern Customs Directorate registered 41,000 tonnes ...`, `The revenue service
    today released September trade statistics showing ...`, `The Central Bank of Libya recorded
    revenue of ...`, `the Trade Representative's office (USTR) published the allocations`: an
    agency recording, publishing or issuing the figures (a body whose name is headed by such a
    noun, not a country recording its imports nor a firm shipping its goods)."""
    for match in lexicon("recording_verbs").regex.finditer(text, sentence.start, sentence.end):
        if match.group().lower() in _TRACKING and not _FIGURE_AFTER.match(text, match.end()):
            continue  # `the markets the association tracks`: a body tracking no figure here
        publishing = match.group().lower() not in _RECORDING
        if (publishing and (_NOTHING_RECORDED.match(text, match.end())
                            or not _DATA_PUBLISHED.match(text, match.end()))) or \
                _SAYING_AFTER.search(text, match.end(), sentence.end):
            continue  # `Russian customs have released no statistics` (but `customs recorded no
            # imports` records a zero); `The ministry had issued licences for 1.1 million
            # tonnes, he added`: the speaker after it tells the figure; what is released,
            # published or issued is data or permits, not `a tender`, `bonds`, `a loan`,
            # `sanctions` or goods let go (`customs released 300 containers`)
        start, end = _subject_before(text, sentence, match.start())
        words = re.findall(r"[\w’'-]+", text[start:end])
        head = _body_head(text[start:end])
        keeper = bool(words) and head in word_set("data_keepers") and words[0].lower() == head
        # (`Vortexa of London counted`; not `Shipments tracked by Kpler`, `where Turkstat`)
        if words and (head in lexicon("body_heads") or keeper) and len(words) <= 8 \
                and _looks_like_source(text[start:end]):
            return Attribution(text[start:end], start, end)
    return None


_RECORDING = frozenset({"registered", "recorded", "logged", "tallied", "counted", "registers",
                        "records", "logs", "tracked", "tracks", "counts"})
"""Verbs of recording proper, whose `no` records a zero (`customs recorded no imports from the
U.S.`), unlike one of publishing (`has released no statistics since 2022`)."""
_TRACKING = frozenset({"tracked", "tracks", "counts"})
"""Verbs of recording that also stand alone (`the markets the association tracks`): a record only
with its figure right after them (`Vortexa tracked upwards of 1.8 million barrels a day`)."""
_FIGURE_AFTER = re.compile(r"\s+(?!on\b)(?:[\w’'-]+\s+){0,3}?(?:(?-i:US|A|C|NZ|HK|S|N|R)?[$€£¥]\d|"
                           r"\d[\d.,]*(?:\s*(?:million|billion|thousand|mln|bln|bn|mn|m|k)\b)?"
                           r"\s*(?:metric\s+)?(?:tonnes|tons|t|mt|barrels|bbl|bpd|b/d|cubic|kg|"
                           r"kilograms|litres|liters|gallons)\b)", re.IGNORECASE)
"""After a tracking verb: its figure, an amount of goods or money, perhaps after up to three
words (`tracked upwards of 1.8 million barrels`; not `tracks 120 member firms`)."""
_DATA_PUBLISHED = re.compile(r"(?:\s+[\w’'-]+){0,6}?\s+(?:data|statistics|figures|numbers|"
                             r"reports?|tall(?:y|ies)|estimates|results|bulletin|survey|review|"
                             r"licen[cs]es|permits|quotas?|allocations?|allotments?|approvals|"
                             r"certificates|showing|show)\b", re.IGNORECASE)
"""After a verb of publishing or issuing: what an agency records (`released September trade
statistics`, `published the allocations`, `issued 274 import permits`), after up to six words of
a title (`has issued its yearly Estonian Foreign Commerce Statistics bulletin`)."""
_NOTHING_RECORDED = re.compile(r"\s+(?:no|nothing|neither|none)\b", re.IGNORECASE)
"""After a verb of recording: nothing recorded, so no figure of the body's."""
_SAYING_AFTER = cue_regex(sorted(word_set("saying_verbs") | word_set("adding_verbs")), True)
"""A speaker's verb after a body's record: the speaker tells the figure."""
_NAME_TAIL = re.compile(r"\s*\([A-Z][A-Za-z]{1,7}\)$|\s+(?:of|for|in)\s+(?:the\s+)?"
                        r"(?-i:[A-Z])[\w’'-]*(?:\s+(?:and\s+)?(?-i:[A-Z])[\w’'-]*)*$")
"""What may close a body's name after its head noun: its acronym (`Revenue Service (SARS)`) or
a capitalised place or field (`Central Bank of Libya`, `Ministry of Trade and Industry`)."""


def _body_head(phrase: str) -> str:
    """The head noun of a body's name: its last word once a closing acronym or `of` and a
    capitalised name are gone (`The Central Bank of Libya` -> `bank`)."""
    bare = _NAME_TAIL.sub("", phrase.strip())
    bare = _NAME_TAIL.sub("", bare)
    words = re.findall(r"[\w’'-]+", bare)
    return words[-1].lower() if words else ""


def source_at(text: str, sentence: Sentence, position: int,
              default: Attribution | None) -> Attribution | None:
    """The source of a quantity at `position`: the last label before it, else `default`."""
    labels = [label for label in _labels(text, sentence) if label.end <= position]
    if labels:
        return labels[-1]
    owners = _OWNED_SOURCE.finditer(text, sentence.start, position) if _may_own(
        text, sentence.start, position) else iter(())
    for owned in owners:
        if _OWNED_FIGURE.fullmatch(text, owned.end(), position):
            # `lower than KOTRA's estimate of $3.24 billion`: that figure's own source
            return Attribution(owned["owner"], owned.start("owner"), owned.end("owner"))
    reckoned = _clause_reckoning(text, sentence, position)
    if reckoned is not None and reckoned != default and (default is None or not any(
            closing and found == default for found, closing, _ in _verb_sources(text, sentence))):
        # `..., according to Kpler, while output is 3.4 million b/d by a Bloomberg tally`: the
        # count closing the figure's clause (not under a speaker closing the sentence, who
        # relays it: `Exports rose 5% by KITA's count, the ministry said`)
        return reckoned
    if default is not None and default.end <= position and ";" in text[default.end:position]:
        # `Exports rose 5%, the ministry said; imports fell 3%, traders said.`: a clause after a
        # semicolon keeps the source closing it
        own = [found for found, closing, _ in _verb_sources(text, sentence)
               if closing and found.start > position and ";" not in text[position:found.start]]
        if own:
            return own[0]
    if default is None or default.end <= position:
        # `China reported no crude exports ..., though industry sources estimate Beijing still
        # supplies 520,000 tonnes a year`: a later clause's own source for its figures (with no
        # source before it, only a contrasting clause's: `..., while customs data show ...`)
        anchor = sentence.start if default is None else default.end
        later = [found for found, _, _ in _verb_sources(text, sentence)
                 if anchor <= found.start and found.end <= position
                 and _CLAUSE_JOIN.search(text, anchor, found.start)
                 and _later_clause_source(text, found, default is None)]
        if later:
            return later[-1]
    if default is not None and position < default.start < sentence.end and not any(
            closing and found == default for found, closing, _ in _verb_sources(text, sentence)):
        # `KOTRA put trade at $104 million in 2013, and an office in Moscow estimated $210
        # million in 2004`: a later clause's source is not the earlier figure's (one closing
        # the sentence is: `Customs figures put imports at 9.42 million mt, SMM reported`)
        earlier = _put_at(text, sentence) or _gave_figure(text, sentence)
        if earlier is not None and earlier.end <= position:
            return earlier
    return default


def _later_clause_source(text: str, found: Attribution, contrast_only: bool) -> bool:
    """Whether a source after a clause join may be a later clause's own: any (or, with no source
    before it, only a contrasting clause's: `contrast_only`), but not a country reporting in a
    contrasting clause (`..., while China reported 22,730 tons`: its own flows)."""
    contrast = _contrast_opened(text, found)
    if contrast_only and not contrast:
        return False
    return not (contrast and country_code(found.text))


def _definite_head(phrase: str) -> str | None:
    match = re.fullmatch(r"(?:the|these|those)\s+([\w-]+)", phrase.strip(), re.IGNORECASE)
    return match.group(1).lower().rstrip("s") if match else None


def _named_for(head: str, earlier: list[Attribution | None]) -> str | None:
    """The fuller name a definite `the <head>` stands for among the earlier sources, nearest
    first: a body whose own head noun it is (`the Kenya Flower Council (KFC)` for `the council`)
    before a person or document that only names it (`Council chief executive Clement Tulezi`);
    failing that the body's name inside a person's or a document's phrase (`the Tanzania Sisal
    Board` in `Emmanuel Lutego, a senior official of the Tanzania Sisal Board`); failing that the
    nearest phrase."""
    candidates = [found.text for found in reversed(earlier)
                  if found and _definite_head(found.text) is None and head in [
                      w.lower().rstrip("s") for w in re.findall(r"[\w-]+", found.text)]]
    if not candidates or _DOCUMENT_HEAD.search(head):
        return candidates[0] if candidates else None  # (`the report`: the nearest document)
    for phrase in candidates:
        if _body_head(phrase).rstrip("s") == head:
            return phrase
    for phrase in candidates:
        first = _NAME_PARTS.split(phrase, maxsplit=1)[0].strip()
        if not (_is_person(first) or _DOCUMENT_HEAD.search(first)):
            continue  # (`the US Department of Agriculture (USDA)` is itself the body's name)
        for part in _NAME_PARTS.split(phrase):
            part = part.strip()
            words = [w.lower().rstrip("s") for w in re.findall(r"[\w-]+", part)]
            if len(words) >= 2 and words[-1] == head and _NAMED_START.match(part) and \
                    not _is_person(part):
                return part
    return candidates[0]


_DOCUMENT_HEAD = re.compile(r"\b(?:reports?|stud(?:y|ies)|surveys?|reviews?|bulletins?|updates?|"
                            r"outlooks?|documents?|papers?|filings?|statements?|notes?|trackers?|"
                            r"data|figures?|statistics|numbers|records?)$", re.IGNORECASE)
"""A phrase ending in a document or data noun (`a confidential report`, `ONS figures`): it
names a body only inside it; `the report` itself stands for the document, not a body."""
_NAME_PARTS = re.compile(r",\s+|['’]s\s+|\s+(?:(?:released|compiled|reviewed|obtained)\s+by|"
                         r"of|at|by|from|in|for|with|who\s+heads|heads|seen|cited|quoted)\s+")
"""Where a body's name inside a person's or a document's description begins or ends (`a senior
official of | the Tanzania Sisal Board`, `a report by | UN sanctions monitors | seen by ...`,
`customs data released by | the Export Board (EB)`)."""


_STANDS_FOR = re.compile(r"(?i:he|she|they|the\s+[\w-]+)\s+\((.+)\)")
"""`he (an official)`, `the source (A source in North Korea)`: a phrase and whom it stands for."""


def _personal_source(text: str, sentence: Sentence) -> Attribution | None:
    """`..., he said.`, `She added that ...`: a person named earlier speaking again."""
    for match in _verbs().finditer(text, sentence.start, sentence.end):
        before = _PERSON.search(text, max(sentence.start, match.start() - 12), match.start())
        if before is not None and match.group().lower() != "according":
            return Attribution(before["who"], before.start("who"), before.end("who"))
        after = _PERSON_AFTER.match(text, match.end())
        if after is not None and _closes_sentence(text, after.end(), sentence.end):
            return Attribution(after["who"], after.start("who"), after.end("who"))
    return None


def _is_person(phrase: str) -> bool:
    """A source naming one person (`the Russian co-chair of the commission`, `a source`,
    `spokesman John Kirby`), whom a later `he`/`she` can stand for; not an agency or its data."""
    head = re.split(r"\s+(?:of|in|at|for|from|with|who|to)\s+|,", phrase.strip(), maxsplit=1)[0]
    words = [w.lower() for w in re.findall(r"[\w-]+", head)]
    return any(w in lexicon("person_heads") for w in words) or _PERSONAL_NAME.fullmatch(
        head.strip()) is not None and not find_countries(head) and not any(
        w in word_set("body_heads") or w in word_set("organisation_heads") for w in words)


_NAME_WORD = r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?"
_PERSONAL_NAME = re.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}}")
"""A person's name given alone (`Fikret Yusifov, who chairs ...`): two or three capitalised
words, none a country or an organisation's head noun."""


_PERSON = re.compile(r"(?:^|(?<=[\s,;“\"]))(?P<who>[Hh]e|[Ss]he)\s+(?:also\s+|further\s+)?$")
_PERSON_AFTER = re.compile(r"\s+(?P<who>he|she)\b")


_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s)\b(?:\s+(?:own\s+)?(?:estimates?|estimated|"
                           r"believe|expect|attribute|calculat\w*|arithmetic|analysis|review|"
                           r"count|reckon\w*|see|assess\w*|think|tally|figures|data))|"
                           r"\b[Bb]y\s+(?:some|current|most|many|rough|conservative|one)\s+"
                           r"(?:estimates?|counts?|calculations?|reckonings?)\b"
                           r"(?!\s+(?:(?:from|by|cited\s+by)\s|(?:of|at)\s+(?:the\s|[A-Z])))")
"""The writer speaking for the figures: `By our estimates`, `We attribute`, `Our review of ...`;
so too estimates owned by no one (`By some estimates`, `By current estimates`), but not those
given an owner after all (`By some estimates from the bank`, `By current estimates of USDA`)."""
_DIGIT = re.compile(r"\d")
"""(`We see that flow falling.` gives no figure, so it does not speak for the paragraph's.)"""


def _writers_own(sentence: Sentence, found: Attribution | None) -> bool:
    """Whether the sentence's figures are the writer's own (`_FIRST_PERSON`): no other source is
    found in it, or the one found is the writer's phrase itself (`By some estimates`, read as a
    speaker `By some` before the verb `estimates`)."""
    own = _FIRST_PERSON.search(sentence.text)
    if own is None or _DIGIT.search(sentence.text) is None:
        return False
    return found is None or _FIRST_PERSON.match(found.text) is not None or \
        sentence.start + own.start() <= found.start < sentence.start + own.end()


_LOOK_BACK = 400
"""Sentences searched back for the fuller name of `the source` (more than an article has)."""


_PERSON_LOOK_BACK = 3
"""Sentences of the paragraph searched back for the person a `he said` stands for."""


def _earlier_person(text: str, sentences: list[Sentence], resolved: list[Attribution | None],
                    index: int) -> Attribution | None:
    """The person a `he said` in sentence `index` stands for: the nearest earlier sentence of
    the paragraph with a source, when that source is a person or a person speaks in it under an
    outlet relaying them (`X told RTS television, TASS reported.` ... `, he added.`); sentences
    with no source in between are passed over (`Its first plan had called for ...`). A person
    given by a bare description (`..., the diplomat noted.`) stands for the person named before
    it when that person's title fits the description (`he (Boris Petrov, the ambassador)`), and
    otherwise for the description (`the minister` after an analyst is someone else)."""
    described: Attribution | None = None
    for back in range(index - 1, max(-1, index - 1 - _PERSON_LOOK_BACK), -1):
        if sentences[back].paragraph != sentences[index].paragraph:
            return described
        found = resolved[back]
        if found is not None and _is_person(found.text):
            if described is None and _definite_head(found.text) is not None:
                described = found
                continue
            return found if described is None or _fits(described, found) else described
        speakers = [source for source, _, _ in _verb_sources(text, sentences[back])
                    if _is_person(source.text)]
        if speakers:
            return speakers[0] if described is None or _fits(described, speakers[0]) \
                else described
        if found is not None:
            return described  # (an agency's word stands between: `he` is not read past it)
        subject = _PERSON_SUBJECT.match(text, sentences[back].start, sentences[back].end)
        if subject is not None and _is_person(subject["who"]):
            # `Energy Minister Ana Holm rejected the criticism. ..., she said, ...`
            named = Attribution(subject["who"], subject.start("who"), subject.end("who"))
            return named if described is None or _fits(described, named) else described
        opening = _CAPITALISED_OPENING.match(text, sentences[back].start, sentences[back].end)
        if opening is not None and _is_person(opening["who"]):
            return described  # (another person acts in between: `President Yoon met Xi on Friday.
            # He said ...` is not read past him)
    return described


def _fits(description: Attribution, person: Attribution) -> bool:
    """Whether a bare description (`the diplomat`) fits a named person's title (`Boris Petrov,
    Moscow's ambassador`): its head noun, or a title it covers (claim_cues
    `description_titles`), is among the person's words."""
    head = _definite_head(description.text) or ""
    titles = cue_data()["description_titles"].get(head, [head])
    words = {w.lower() for w in re.findall(r"[\w-]+", person.text)}
    return any(title in words for title in titles)


_PRONOUN_RELAYING = re.compile(r"\b(?:he|she)\s+(?:said|says|added|adds|noted|told\s+[^,.;]{1,40}),"
                               r"\s+(?:citing|quoting|according\s+to)\s+$", re.IGNORECASE)
"""`..., he said, citing customs data.`: the person speaking relays what they cite."""


def _pronoun_relays(text: str, found: Attribution | None) -> bool:
    """Whether `found` is what a `he said, citing` (or `according to`) relays: the person a
    `he` stands for is then the source, as a named speaker is (`the council said, citing`)."""
    return found is not None and _PRONOUN_RELAYING.search(
        text, max(0, found.start - 60), found.start) is not None


_CAPITALISED_OPENING = re.compile(r"(?P<who>(?:[A-Z][\w'’.-]*\s+){1,4})(?=[a-z])")
"""A sentence opening on capitalised words (`President Yoon met ...`): a person acting there
stops the look back for whom a `he said` stands for."""


_PERSON_SUBJECT = re.compile(rf"(?P<who>(?:[A-Z][\w'’-]*\s+){{0,3}}{_NAME_WORD}\s+{_NAME_WORD})"
                             r"\s+(?:has\s+|had\s+)?[a-z]+(?:ed|s)\b")
"""A sentence opening on a named person (`Energy Minister Ana Holm rejected ...`), whom a `she
said` in a following sentence stands for when no one is quoted in between."""


def attributions(text: str, sentences: list[Sentence],
                 own: list[Attribution | None] | None = None) -> list[Attribution | None]:
    """For every sentence: its own source, else its paragraph's nearest one (before, then after).

    `the source` is given with the earlier, fuller name it stands for when there is one: `the
    source (A source in North Korea)`. `own`: each sentence's `sentence_attribution`, when the
    caller has read them already (the claim stage keeps them).
    """
    if own is None:
        own = [sentence_attribution(text, s) for s in sentences]
    # `By our estimates, ...`, `We attribute most of the rebound to imports`: the writer's own
    # figures have no source, and later sentences do not reach back past them
    first_person = [_writers_own(s, found) for s, found in zip(sentences, own, strict=True)]
    own = [None if first else found for first, found in zip(first_person, own, strict=True)]
    resolved: list[Attribution | None] = []
    for index, found in enumerate(own):
        if (found is None and not first_person[index]) or _pronoun_relays(text, found):
            person = _personal_source(text, sentences[index])
            earlier = _earlier_person(text, sentences, resolved, index) \
                if person is not None else None
            if person is not None and earlier is not None:
                # `he said`: as written, with whom it stands for
                # (`he (an official)` said before stands for the official, not for `he`)
                named = _STANDS_FOR.fullmatch(earlier.text)
                found = Attribution(f"{person.text} ({named[1] if named else earlier.text})",
                                    person.start, person.end)
        if found is not None:
            head = _definite_head(found.text)
            fuller = _named_for(head, own[max(0, index - _LOOK_BACK):index]) if head else None
            if fuller is not None:
                # both: the phrase as written and whom it stands for
                found = Attribution(f"{found.text} ({fuller})", found.start, found.end)
        resolved.append(found)
    # the nearest sentence with a source in the same paragraph, after and before each one
    following: list[int | None] = [None] * len(sentences)
    latest: dict[int, int] = {}
    for index in range(len(sentences) - 1, -1, -1):
        following[index] = latest.get(sentences[index].paragraph)
        if resolved[index] is not None:
            latest[sentences[index].paragraph] = index
    latest.clear()
    result: list[Attribution | None] = []
    for index, sentence in enumerate(sentences):
        if resolved[index] is not None or first_person[index]:
            latest[sentence.paragraph] = index
            result.append(resolved[index])
            continue
        # A later attribution covers this sentence only when both sit in one running quote.
        quoted = sentence.text[:1] in "“\"‘"
        pick = latest.get(sentence.paragraph)
        if pick is None and quoted:
            pick = following[index]
        result.append(resolved[pick] if pick is not None else None)
    return result
