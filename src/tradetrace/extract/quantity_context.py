"""What the words around a number say about it: hedges (bound), change direction, counted
nouns, and whether the number is a date, time, year or identifier rather than a quantity.

Each function looks at a bounded window around one number, so the cost per number is constant.
"""

from __future__ import annotations

import re

from tradetrace.extract.quantity_lexicon import lexicon
from tradetrace.knowledge.countries import country_code, demonyms
from tradetrace.model.claim import Bound, Direction

WINDOW = 90
"""Characters before a number searched for hedges and change verbs."""

_CLAUSE_END = re.compile(r"[.;!?:\n](?=\s)|[\n\"“”]")
_CLAUSE_END_REVERSED = re.compile(r"[\n\"“”]|(?<=\s)[.;!?:]")
"""`_CLAUSE_END` read on the reversed window: its first match is the clause's last end."""
_NEXT_WORD = re.compile(r"[ \u00a0]([A-Z][A-Za-z]{0,5}-?\d{1,4}[A-Za-z]?(?=[ \u00a0])"
                        r"|[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*)")
"""A word, or a model designation used as a modifier (`T-72` tanks, `Su-35` jets, `G7`)."""
_HYPHEN_NOUN = re.compile(r"-([a-z]{3,30})(?![\w-])")
_COMPARATIVE_TIMES = re.compile(
    r"[ \u00a0](?i:times)(?=[ \u00a0,.](?:the|as|more|higher|larger|bigger|greater|over|what|"
    r"that|its|their|his|her|this|those|these|year|last|a|an|in|than|[.,;])\b)")
_TIMES = re.compile(r"[ \u00a0](?i:times)(?![\w-])")
_SMALLER = re.compile(r"[ \u00a0](?i:times)[ \u00a0](?:less|lower|smaller|fewer)\b")
_SEASON = re.compile(r"[-–/]\d{2}(?!\d)")
_SENTENCE_OPENERS = frozenset('.!?"“\n')
_SUMMED = frozenset({"added", "summed", "totted"})
"""Verbs of summing: before `up to` (`added up to $253 billion`) a total reached, neither a rise
nor a ceiling. (After a verb of motion, `inched back up to 4.8 percent`, `up to` stays a ceiling
here, as NewsQuant annotates it; the claim layer reads a level, `moved_up_to`.)"""
_UP_TO_AS_LEVEL = re.compile(r"(?:" + "|".join(sorted(_SUMMED)) + r")[ \u00a0]+$", re.IGNORECASE)
_UP_AFTER = re.compile(r"[ \u00a0]+up\b")
"""`added up to`: a sum reached (not `could add up to`, a ceiling)."""
_OPENING = str.maketrans({"(": " ", "[": " ", ",": " ", ";": " ", ":": " "})
_CAPITALIZED_NEXT = re.compile(r"[ \u00a0][A-Z][a-z]")
_NAME_COMMA = re.compile(r"(?<![\w.])[A-Z][a-z]+(?:-[A-Z][a-z]+)?,[ \u00a0]$")
_COMMA_CLAUSE = re.compile(r",[ \u00a0](?:who|has|had|is|was|said|says|now|will|would|told|"
                           r"became|joined|died|left|added|faces|led|remains|a|an|the)\b")
_NEXT_LOWER_WORD = re.compile(r"[ \u00a0]([A-Za-z]{2,5})(?![\w-])")
_ONE_OF = re.compile(
    r"[ \u00a0]of[ \u00a0](?:the|its|his|her|their|our|my|your|these|those)[ \u00a0]"
    r"(?:(?:most|least|very)[ \u00a0])?")


def clause_before(text: str, start: int) -> str:
    """The text of the clause before `start`, at most `WINDOW` characters."""
    window = text[max(0, start - WINDOW):start]
    match = _CLAUSE_END_REVERSED.search(window[::-1])
    return window if match is None else window[len(window) - match.start():]


def bound_before(text: str, start: int) -> Bound | None:
    """The bound a hedge just before the quantity sets (`about` ~, `more than` >, `up to` <)."""
    lex = lexicon()
    window = text[max(0, start - 30):start]
    if not window.rstrip(" \u00a0\n").lower().endswith(lex.hedge_endings):
        return None  # the hedge must end the window: one C call rejects most numbers
    if not lex.hedge_first.intersection(window.lower().translate(_OPENING).split()[-4:]):
        return None
    match = lex.hedge_before.search(window)
    if match is None:
        return None
    word = match.group(1).lower()
    if word == "up to" and reached_up_to(window, match.start()):
        return None  # `added up to $253 billion`: a sum reached, not a ceiling
    return lexicon().hedge_bound.get(word)


_MOVED_UP_TO = re.compile(r"\b(?:back|way|all|climbed|rose|risen|went|gone|inched|edged|moved|"
                          r"jumped|shot|crept|ticked|go|goes|come|came|climbing|rising|inching|"
                          r"edging|moving|creeping|going|coming|bounced|bouncing|surged|"
                          r"surging)[ \u00a0]+up[ \u00a0]+to[ \u00a0]+$", re.IGNORECASE)


def moved_up_to(text: str, at: int) -> bool:
    """Whether the quantity at `at` follows `up to` after a verb of motion (`inched back up to
    4.8 percent`): the claim layer reads a level reached, while the quantity layer keeps
    NewsQuant's ceiling."""
    return _MOVED_UP_TO.search(text, max(0, at - 40), at) is not None


def reached_up_to(text: str, at: int) -> bool:
    """Whether `up to` at `at` follows a verb of summing (`added up to`): a level reached, not a
    ceiling."""
    return _UP_TO_AS_LEVEL.search(text, max(0, at - 20), at) is not None


def bound_after(text: str, end: int) -> Bound | None:
    """A hedge right after the quantity (`or more`, `-plus`, `or so`)."""
    match = lexicon().hedge_after.match(text, end)
    if match is None:
        return None
    return lexicon().after_hedge_bound.get(match.group(1).lower())


def change_before(text: str, start: int, verbs_allowed: bool) -> Direction | None:
    """Direction from the words before: `rose 5%`, `up 58.5 percent`, `increased X by 17%`."""
    lex = lexicon()
    clause = clause_before(text, start)
    tail = clause.lower().split()
    if not lex.verb_first.intersection(tail[-5:]) and "by" not in tail[-4:]:
        return None
    if verbs_allowed:
        match = lex.change_verb_before.search(clause)
        if match is not None:
            word = match.group(1).lower()
            if word in ("up", "down") and _particle(clause, match.start(1)):
                return None  # `made up $34 million`, `took up 40%`
            if word in _SUMMED and _UP_AFTER.match(clause, match.end(1)):
                return None  # `added up to $253 billion`: a sum, not a rise
            following = clause[match.end(1):].split()[:1]
            if following and f"{word} {following[0].lower()}" in lex.hedge_bound:
                return None  # `upward of 2.5 million barrels a day`: a hedge, not a rise
            if word.startswith("contract") and _GOODS_AMOUNT.match(text, start) and \
                    _bought(text, start - len(clause) + match.start(1)):
                return None  # `have contracted a further 10,000 tonnes of wheat`: bought
            if word in _ADDING and _added_part(text, start,
                                               start - len(clause) + match.start(1)):
                return None  # `Crustaceans and molluscs added 83,000 tonnes`: a part of a total
            return lex.change_verbs.get(word)
    by = lex.by_before.search(clause)
    if by is not None:
        verbs = list(lex.change_verb_anywhere.finditer(clause, 0, by.start()))
        if verbs:
            return lex.change_verbs.get(verbs[-1].group(1).lower())
        heading = _LIST_HEADING.search(text, max(0, start - 160), start)
        if heading is not None:  # `Other suppliers cut deliveries: Iraq by 24% to 866,000 tons`
            verbs = list(lex.change_verb_anywhere.finditer(heading["head"]))
            if verbs:
                return lex.change_verbs.get(verbs[-1].group(1).lower())
    return None


_ADDING = frozenset({"added", "adds", "adding"})
"""Verbs that name a row's part of a total as often as a rise (`cut flowers added another $105
million`)."""
_ADDED_TO_AFTER = re.compile(r"(?:[^,;:()]|,\d){1,40}?[ \u00a0](?:to|more)\b|"
                             r"(?:[^,;:()]|,\d){1,40}?,[ \u00a0]+to\b", re.IGNORECASE)
"""After an added figure: what it was added to or that it is more (`added CHF 2.3 billion to
exports`, `added almost 24 million euros more`, `added $1.8 million, to $5.2 million`): a rise."""
_PERCENT_FIGURE = re.compile(r"[\d.,]+[ \u00a0]*(?:%|(?i:per[ \u00a0]?cent|percent|pct)\b)")
"""A percent: never a row's part of a total after `added` (`Exports added 5% in March`)."""
_ADDED_RISE_AFTER = re.compile(
    r"[^.;!?]{0,60}?(?:\b(?:from|than)[ \u00a0]+a[ \u00a0]+year[ \u00a0]+(?:earlier|ago|before)|"
    r"\b(?:year|month|quarter)[- \u00a0]on[- \u00a0](?:year|month|quarter)\b|"
    r"\bover[ \u00a0]+the[ \u00a0]+(?:period|year|month|quarter)\b|"
    r"\bcompared[ \u00a0]+(?:with|to)\b|,[ \u00a0]+reaching\b)", re.IGNORECASE)
"""After an added figure: what it is set against (`added $2 billion from a year earlier`,
`added 12,000 tonnes year on year`, `added 1,200 tonnes over the period, reaching`): a rise."""


def _flow_subject(text: str, verb: int) -> bool:
    """Whether the word right before the verb at `verb` is a flow noun (`exports added`;
    `flow_subjects` in the lexicon)."""
    before = text[max(0, verb - 20):verb].split()
    return bool(before) and before[-1].lower().strip(",") in lexicon().flow_subjects


_SENTENCE_START = re.compile(r"(?:^|[.!?][ \u00a0\n]+)(?=[^.!?]*$)")
"""The start of the sentence an adding verb stands in (the last sentence end before it)."""
_SENTENCE_REACH = 250
"""Characters before an adding verb searched for its sentence's start and a movement verb."""


def _added_part(text: str, start: int, verb: int) -> bool:
    """Whether the figure at `start` after an adding verb at `verb` is a row's part of a total
    (`Liquefied natural gas added $1 billion`, `Kazakhstan added 4,900 tons`): nothing after it
    says what it was added to, and its sentence moves nothing before the verb (not `shipments
    shrank by $1.11 billion, whereas Vietnam added $1.19 billion`)."""
    if _ADDED_TO_AFTER.match(text, start) or _PERCENT_FIGURE.match(text, start) or \
            _flow_subject(text, verb) or _ADDED_RISE_AFTER.match(text, start):
        return False
    opening = _SENTENCE_START.search(text, max(0, verb - _SENTENCE_REACH), verb)
    begin = opening.end() if opening is not None else max(0, verb - _SENTENCE_REACH)
    return lexicon().change_verb_anywhere.search(text, begin, verb) is None


_LIST_HEADING = re.compile(r"(?:^|[.!?][ \u00a0\n]+)(?P<head>[^.!?:;]{3,100}):[^.!?:]*$")
"""Before a figure in a list: the sentence's opening up to its colon, whose verb every row
shares (`Other major suppliers cut deliveries: Iraq by 24%, Kazakhstan by 26%`)."""


_GOODS_AMOUNT = re.compile(r"[\d.,]+(?:\s*(?:million|billion|mn|bn|m|k|lakh|crore))?\s*"
                           r"(?:metric\s+)?(?:tonnes|tons|barrels|t|bbl|mt|kt|bcm|bales|litres|"
                           r"liters|cubic\s+met(?:re|er)s)\b", re.IGNORECASE)
"""An amount of goods: what a contract is for, not how far something shrank."""


_PERFECT_BEFORE = re.compile(r"\b(?:has|have|had|'ve)[ \u00a0]+(?:(?:already|also|now|"
                             r"so[ \u00a0]+far|just|reportedly)[ \u00a0]+)?$", re.IGNORECASE)
"""`has contracted`, `have already contracted`: a purchase made, not a flow that shrank."""


def _bought(text: str, verb: int) -> bool:
    """Whether `contracted` at `verb` before an amount of goods is a purchase: after `has`/`have`/
    `had`, or when its subject is no flow noun (not `Biofuel exports contracted 30 million
    litres`)."""
    if _PERFECT_BEFORE.search(text, max(0, verb - 40), verb):
        return True
    return not _flow_subject(text, verb)


def _particle(clause: str, start: int) -> bool:
    """`up`/`down` at `start` follows a verb that makes it a particle (`made up`, `end up`)."""
    before = clause[max(0, start - 12):start].split()
    if not before:
        return False
    verb = before[-1].lower()
    particle = clause[start:start + 4].split()[0].lower()
    return not {verb, f"{verb} {particle}"}.isdisjoint(lexicon().phrasal_not_change)


def change_after(text: str, end: int) -> Direction | None:
    """Direction from a noun or comparative after: `a 56.7 percent fall`, `16 percent more`."""
    lex = lexicon()
    match = lex.change_noun_after.match(text, end)
    if match is None:
        # `500,000 tons, or 28.4%, more than`, `400,000 tons (34%) more`: past a restatement;
        # and the restated figure's own close (`, or 28.4%, more`)
        restated = _RESTATED_AFTER.match(text, end)
        if restated is None and text[end:end + 1] in (",", ")") and _RESTATED_OPEN.search(
                text, max(0, end - 30), end):
            restated = _RESTATED_CLOSE.match(text, end)
        if restated is not None:
            match = lex.change_noun_after.match(text, restated.end())
            # `2 million tonnes, or 40% of output, higher than`: a part restated, not a change;
            # only `more`/`less`/`fewer` read past a restatement that is more than a percent
            bare = _OF_WORD.search(text, end, restated.end()) is None
            if match is not None and match.group(1).lower() in _RESTATED_COMPARATIVES and \
                    (bare or match.group(1).lower() in ("more", "less", "fewer")) and \
                    not _THAN_FIGURE.match(text, match.end()):
                return lex.change_nouns.get(match.group(1).lower())
            beyond = _RESTATED_BEYOND.match(text, restated.end()) if bare else None
            if beyond is not None:  # `261,000t, or 24 percent, above 2023's`: a rise
                return "up" if beyond.group(1).lower() == "above" else "down"
            match = None
    if match is None:
        compared = _BELOW_BASE.match(text, end)
        if compared is not None:  # `82.4% below a year earlier`: a fall from that base
            return "up" if compared.group(1).lower() == "above" else "down"
        return None
    return lex.change_nouns.get(match.group(1).lower())


_RESTATED_AFTER = re.compile(r",[ \u00a0]+or[ \u00a0]+[^,;()]{1,25},|[ \u00a0]+\([^,;()]{1,20}\)|"
                             r"[ \u00a0]+or[ \u00a0]+"
                             r"(?:(?i:about|around|almost|nearly|roughly|some)[ \u00a0]+)?"
                             r"[\d.,]+[ \u00a0]*(?:%|(?i:per[ \u00a0]?cent|percent|pct))"
                             r"(?=[ \u00a0]+(?i:more|less|fewer|higher|lower|above|below)\b)")
"""A figure restated after another (`, or 28.4%,`, ` (34%)`; a percent with no commas right before
a comparative: ` or 40.7% more than`)."""
_RESTATED_COMPARATIVES = frozenset({"more", "less", "fewer", "higher", "lower"})
"""Comparatives after a restated figure that make the first figure a change (`$890 million or 14
per cent less than`, `NOK 513 million, or 86 per cent, higher than`)."""
_OF_WORD = re.compile(r"[ \u00a0](?i:of)[ \u00a0]")
"""`of` in a restatement (`, or 40% of output,`): the figure restated as a part of something."""
_RESTATED_BEYOND = re.compile(r"[ \u00a0]+((?i:above|below|under))\b")
"""`above`/`below` after a restated figure (`774,104 MT, or 47%, below its 2022 volume`): how far
the first figure is from a base, a change."""
_THAN_FIGURE = re.compile(r"[ \u00a0]+than[ \u00a0]+(?:(?:US|U\.S\.|A|C|NZ|HK)?[$€£¥\d]|"
                          r"(?i:half|a[ \u00a0]+(?:third|quarter|fifth|tenth)|one-|two-thirds|"
                          r"three-quarters)\b)")
"""`, or $5.7 billion, more than 30 percent of ...`, `, or 38%, more than half of it`: a hedge
of the next figure, not a change."""
_RESTATED_CLOSE = re.compile(r"[,)]")
_RESTATED_OPEN = re.compile(r"(?:,[ \u00a0]+or[ \u00a0]+|\()[^,;()]{1,25}$")
_BELOW_BASE = re.compile(r"[ \u00a0]((?i:below|under|above|short[ \u00a0]+of))[ \u00a0]+"
                         r"(?:(?i:the|their|its|that)[ \u00a0]+)?"
                         r"(?:(?i:a[ \u00a0]+year[ \u00a0]+(?:earlier|ago|before)|"
                         r"year-(?:earlier|ago)|last[ \u00a0]+year|the[ \u00a0]+same[ \u00a0]+|"
                         r"previous|prior|pre-)|"
                         r"(?:(?:[A-Z][a-z]{2,8}[-–])?[A-Z][a-z]{2,8}\.?[ \u00a0]+)?"
                         r"(?:19|20)\d\d\b|"
                         r"(?i:(?:[\w-]+[ \u00a0]+)?levels?\b)|(?:US|U\.S\.)?[$€£¥]|"
                         r"(?<=the[ \u00a0])(?:[A-Z]{1,3}|GH¢|[₦₹])?\d|"
                         r"(?:January|February|March|April|May|June|July|August|September|"
                         r"October|November|December)(?:['’]s)?\b)")
"""After a percentage: a comparison base it is below or above (`82.4% below a year earlier`,
`12% above 2019 levels`, `40 percent above the $972 million`, `13.77 per cent below the 23.54
billion litres`, `4% above August`, `18.9% short of August's record`, `22.2 percent under
January 2023`): a change, not a share. (`over` is not read: `climbed 72% over January-November`
names the period.)"""


def times_follows(text: str, end: int) -> bool:
    """` times` right after the number."""
    return _TIMES.match(text, end) is not None


def times_multiplier(text: str, end: int,
                     after_change_verb: bool) -> tuple[int, Direction | None] | None:
    """`nine times` as a multiplier (unit x): after a change verb or before a comparison
    (`28 times the 300 tons`, `three times as much`). Returns (end, direction)."""
    match = _TIMES.match(text, end)
    if match is None:
        return None
    if not after_change_verb and _COMPARATIVE_TIMES.match(text, end) is None:
        return match.end(), None  # `6.5 times earnings`, `3,200 times`: a multiple, no change
    direction: Direction = "down" if _SMALLER.match(text, end) else "up"
    return match.end(), direction


_DAY_DASH = re.compile(r"(?<![\d.,])\d{1,2}[-–]$")


def is_date_number(text: str, start: int, end: int, value: float,
                   abbreviated_only: bool = False) -> bool:
    """`Feb. 8`, `8 February`, `May 25`: a day of a month, not a quantity. With
    `abbreviated_only` (a number before a noun: `in May 25 people died`), only an abbreviated
    month counts (`Feb. 21 estimates`)."""
    if not (1 <= value <= 31 and value == int(value)):
        return False
    lex = lexicon()
    before = lex.month_before.search(text, max(0, start - 11), start)
    day = _DAY_DASH.search(text, max(0, start - 3), start) if before is None else None
    if day is not None:  # `Sept. 20-24`, `Oct. 18–22`: the last day of a span of days
        before = lex.month_before.search(text, max(0, day.start() - 11), day.start())
    if abbreviated_only:
        return before is not None and "." in before.group()
    return before is not None or lex.month_after.match(text, end) is not None


def is_time_number(text: str, end: int) -> bool:
    """`11 a.m.`, `3 pm`, `10 GMT`."""
    return lexicon().time_after.match(text, end) is not None


def is_season(text: str, end: int) -> bool:
    """`2019-20`, `2019/20`: a season after a year."""
    return _SEASON.match(text, end) is not None


def is_identifier(text: str, start: int) -> bool:
    """A bare number that names rather than counts: `Resolution 2397`, `Section 427`, `No. 5`,
    `#3`, or a capitalized name just before (`Windows 10`, `Big 12`, `iPhone 11`)."""
    if start > 0 and text[start - 1] == "#":
        return True
    window = text[max(0, start - 40):start]
    stripped = window.rstrip(" \u00a0")
    if len(window) - len(stripped) not in (1, 2):
        return False
    parts = stripped.rsplit(None, 1)
    if not parts:
        return False
    word = parts[-1]
    if not (word[0].isalpha() or word[0] == "#") or not all(
            c.isalpha() or c in ".&'’/" for c in word[1:]):
        return False
    word_start = start - (len(window) - len(stripped)) - len(word)
    lower = word.lower().rstrip(".")
    lex = lexicon()
    if lower in lex.identifier_words or word.lower() in lex.identifier_words:
        return True
    if not any(c.isupper() for c in word) or lower in lex.months:
        return False
    if lower.endswith(("'s", "’s")):
        return False  # `Myanmar's 54 million people`: a possessive owns the number
    if lower in lex.noun_stopwords or lower in lex.hedge_bound or lower in lex.change_verbs:
        return False
    if _LIST_JOIN.search(text, max(0, word_start - 6), word_start) and \
            country_code(word) is not None:
        return False  # `2,345 thousand tons, Afghanistan 1,146 thousand`: a list's next item
    before = text[max(0, word_start - 3):word_start].rstrip()
    return bool(before) and before[-1] not in _SENTENCE_OPENERS


_LIST_JOIN = re.compile(r"(?:[,;]|\band)\s+$", re.IGNORECASE)


def name_follows(text: str, end: int) -> bool:
    """`787 Dreamliner`, `11 Pro`: a bare number followed by a capitalized word is a name; so is
    one followed by a model suffix in any case (`the iphone 15 pro`, `boeing 737 max`)."""
    if _CAPITALIZED_NEXT.match(text, end) is not None:
        return True
    match = _NEXT_LOWER_WORD.match(text, end)
    return match is not None and match.group(1).lower() in lexicon().model_suffixes


def one_of(text: str, end: int) -> tuple[str, int] | None:
    """`one of the best wireless speakers` -> (`speaker`, end): one member of a plural group."""
    match = _ONE_OF.match(text, end)
    if match is None:
        return None
    noun = counted_noun(text, match.end() - 1, 2.0)
    return noun


def age_before(text: str, start: int) -> bool:
    """`aged 45`, `at the age of 45`."""
    window = text[max(0, start - 20):start]
    if "age" not in window.lower():
        return False
    return lexicon().age_before.search(window) is not None


def apposition_age(text: str, start: int, end: int) -> bool:
    """`Maddon, 66, has used`: a small number set off by commas after a name, and the clause
    going on in lower case, is the person's age (news style)."""
    return (_NAME_COMMA.search(text, max(0, start - 40), start) is not None
            and _COMMA_CLAUSE.match(text, end) is not None)


def age_after(text: str, end: int) -> int | None:
    """End of `-year-old`, ` years old` after the number, or None."""
    match = lexicon().age_after.match(text, end)
    return match.end() if match else None


def singular(word: str) -> str:
    """Singular lemma of a plural noun (`countries` -> `country`, `people` -> `people`)."""
    lower = word.lower()
    irregular = lexicon().irregular_plurals.get(lower)
    if irregular:
        return irregular
    if lower.endswith("men") and len(lower) > 5 and lower[:-3] + "man" not in (
            lexicon().singular_s):
        return lower[:-3] + "man"  # fishermen, chairmen
    if lower.endswith("ies") and len(lower) > 4:
        return lower[:-3] + "y"
    if lower.endswith("uses") and lower[-5:-4] in "aeiou":
        return lower[:-1]  # houses, causes (but buses, viruses)
    if lower.endswith("zes") and not lower.endswith("zzes"):
        return lower[:-1]  # sizes, prizes (but quizzes)
    if lower.endswith(("ches", "shes", "sses", "xes", "zes", "uses")):
        return lower[:-2]
    if lower.endswith("s") and not lower.endswith("ss"):
        return lower[:-1]
    return lower


def _plural(word: str) -> bool:
    lex = lexicon()
    if word in lex.irregular_plurals:
        return True
    if word.endswith(("ermen", "smen", "eymen", "lemen", "rymen")):
        return True  # fishermen, servicemen, gentlemen
    return (len(word) > 3 and word.endswith("s") and word not in lex.singular_s
            and not word.endswith(("ss", "us", "is", "'s", "’s")))


_COUNT_MODIFIERS = frozenset({"other", "more", "additional", "extra", "further", "new"})
"""Words between a count and its noun that the stop words would otherwise end it at."""


def counted_noun(text: str, end: int, value: float) -> tuple[str, int] | None:
    """The thing a bare number counts and where its noun ends: `43 tanker voyages` ->
    (`voyage`, end), `11 members`, `one solution`, `a 20-member delegation`.

    Reads at most three words, stopping at function words; the head is the first plural noun
    (or, for one, the first noun).
    """
    lex = lexicon()
    hyphen = _HYPHEN_NOUN.match(text, end)
    if hyphen is not None:
        if value == 1:
            return None  # `the one-window secretariat`, `a one-item list`: a kind, no count
        word = hyphen.group(1)
        if word not in lex.noun_stopwords and word not in lex.hyphen_non_counts:
            return singular(word), hyphen.end()
        return None
    pos = end
    head: tuple[str, int] | None = None
    words = 0
    for _ in range(4):
        match = _NEXT_WORD.match(text, pos)
        if match is None:
            break
        word, word_end = match.group(1), match.end()
        if word.endswith(("s'", "s’")) and text.startswith(" worth", word_end):
            word, word_end = word[:-1], word_end - 1  # `1.2 million dinars' worth`
        lower = word.lower()
        if lower in ("and", "or") and 0 < words < 3 and value != 1:
            pos = match.end()  # `4.3M digital and physical sales`: coordinated modifiers
            continue
        if words == 0 and lower in _COUNT_MODIFIERS and value != 1:
            if lex.unit_after.match(text, match.end()):
                return None  # `2 million more tonnes`: a unit, not a counted thing
            pos = match.end()  # `eight other employees`, `three more ships`
            continue
        if lower.endswith(("'s", "’s")) and word[:1].isupper():
            return None  # `in 2016 Algeria's exports`: an owner's name starts a new phrase
        if words == 0 and (lower in lex.shared_currencies or (
                _plural(lower) and singular(lower) in lex.shared_currencies)):
            # `4.28 billion marks`, `3.15 lei per kWh`, `14 billion peso`: a currency name
            # several countries use, read whatever it also means as a word (`marks`)
            return (lower if lower in lex.shared_currencies else singular(lower)), word_end
        acronym = len(word) > 1 and word.isupper()  # `300 US troops`, not the pronoun `us`
        if ((lower in lex.noun_stopwords and not acronym) or lower in lex.change_nouns
                or words == 3):
            break
        words += 1
        if lower in lex.invariant_count_nouns and value != 1:
            after = _NEXT_WORD.match(text, match.end())
            if after is None or not _plural(after.group(1)) or not after.group(1)[0].islower():
                return lower, match.end()  # `261,000 head of cattle`, `4,000 sheep`
            pos = match.end()  # `3 million sheep skins`: the plural noun after counts
            continue
        if _plural(lower):
            if value == 1:
                break  # `one solution works`, `one proposal asks`: a verb after the noun
            if word[0].isupper() and singular(lower) in demonyms():
                return "people", word_end  # `7.7 million Venezuelans`: people of a country
            return singular(lower), word_end
        if value == 1 and not word[0].islower():
            break
        pos = match.end()
        if value == 1:
            head = (lower, pos)
    if value == 1 and head is not None:
        return head  # `one particular demand`: the last word before a function word
    return None
