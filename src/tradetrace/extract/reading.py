"""What the claim stage knows of one sentence while it reads the sentence's quantities, and what
it remembers across the sentences of a document."""

from __future__ import annotations

from bisect import bisect_left
from collections import deque
from dataclasses import dataclass, field
from functools import cached_property
from typing import TypeVar

from tradetrace.extract.commodity import CommodityMention
from tradetrace.extract.parties import CountryMention
from tradetrace.extract.roles import Parties
from tradetrace.extract.sentences import Sentence
from tradetrace.model import Claim, Quantity
from tradetrace.model.claim import Direction, Kind
from tradetrace.normalize.periods import PeriodMention

_T = TypeVar("_T")

HISTORY = 400
"""How many earlier claims (and sentences) a look-back considers: more than any article has."""


def between(items: list[_T], starts: list[int], start: int, end: int) -> list[_T]:
    """The items (sorted by start, `starts` their starts) that start in [start, end)."""
    return items[bisect_left(starts, start):bisect_left(starts, end)]


@dataclass(frozen=True)
class StatedFlow:
    """A one-way flow a sentence states without a figure (`Chinese fertilizer is being smuggled
    into North Korea`), for the figures after it in the paragraph."""

    parties: Parties
    goods: tuple[str, ...]
    """The commodity keys named with it (none: any goods)."""
    by_role: bool
    """Whether a role stated it (`X remained Y's top supplier`) rather than a trade verb."""
    one_way: str | None = None
    """For a flow with one side only (`China's germanium exports fell`): the trade word's kind,
    `export` or `import`; None when both sides are stated."""
    unkeyed: bool = False
    """Whether goods with no key name the flow (`China's gallium exports`): the figures after it
    are of those goods, not of all trade."""
    members: frozenset[str] = frozenset()
    """For a one-sided flow several countries state together (`Chile, Peru and Ecuador bought
    more Brazilian beef`): those countries; the flow is then only each one's part of it, not a
    figure of any other country on their side."""


@dataclass(frozen=True)
class Draft:
    """A quantity that is a claim, before its fields are filled."""

    index: int
    kind: Kind
    direction: Direction | None
    clause: tuple[int, int]


@dataclass(frozen=True)
class Context:
    """One sentence as its quantities see it."""

    index: int
    sentence: Sentence
    goods: list[CommodityMention]
    countries: list[CountryMention]
    past: list[PeriodMention]
    """The sentence's periods read in the past tense (plans read them with `future_periods`)."""
    evidence: list[tuple[int, int]]
    continuing: bool
    """No commodity or country of its own, after a sentence with claims: same topic."""
    indices: tuple[int, ...]
    """Indices of the quantities in the sentence (restatements excluded)."""
    offices: list[CountryMention] = field(default_factory=list)
    """Countries named only as a person's office (`U.S. President Donald Trump`): no party."""

    @cached_property
    def span(self) -> tuple[int, int]:
        """The sentence's offsets (read once: the rules ask some hundred times per sentence)."""
        return self.sentence.start, self.sentence.end


class ReadingState:
    """What the claim reader remembers across the sentences of a document, as its party rules
    (`flows`, `flow_history`, `listings`) consult it."""

    text: str
    masked: str
    """The text with commas inside numbers and dates hidden from the clause splitter."""
    quantities: list[Quantity]
    claims: dict[int, Claim]
    """Claims made so far, by quantity index."""
    previous: list[Claim]
    """The claims of the paragraph's last sentence that had any."""
    history: deque[Claim]
    focus: str | None
    sole: str | None
    """The one country the text names only inside its public bodies' sources (`sole_country`)."""
    dateline: str | None
    lead: str | None
    lead_end: int
    headline: list[str]
    headline_flow: Parties
    headline_pair: frozenset[str]
    named: list[str]
    body_flow: bool
    reporter: str | None
    previous_subject: str | None
    """The country that was the subject of the last sentence naming one."""
    last_pair: tuple[str, str] | None
    """The two countries named together last (`between Russia and Ukraine`)."""
    stated: StatedFlow | None
    """The one-way flow the paragraph has stated without a figure so far."""
    sentences: list[Sentence]
    _sentence_starts: list[int]
    paragraph: int
    """The paragraph of the sentence being read."""

    def sentence_of(self, quantity: Quantity) -> int:
        """Offset of the start of the sentence holding `quantity`."""
        index = bisect_left(self._sentence_starts, quantity.start + 1) - 1
        return self.sentences[max(0, index)].start

    def sentence_of_offset(self, offset: int) -> int:
        """The index of the sentence that holds `offset`."""
        return max(0, bisect_left(self._sentence_starts, offset + 1) - 1)

    def paragraph_of(self, offset: int) -> int:
        """The paragraph of the sentence that holds `offset`."""
        return self.sentences[self.sentence_of_offset(offset)].paragraph

    def in_paragraph(self, claim: Claim) -> bool:
        """Whether an earlier claim's sentence is in the paragraph being read."""
        return self.paragraph_of(claim.sentence_start) == self.paragraph

    def paragraph_history(self) -> list[Claim]:
        """The claims of `history` in the paragraph being read, in reading order: those
        `in_paragraph` picks out of it. They are its tail (claims join it in reading order, and
        paragraphs follow the text's), so the walk back stops at the first claim before."""
        told: list[Claim] = []
        for claim in reversed(self.history):
            if not self.in_paragraph(claim):
                break
            told.append(claim)
        told.reverse()
        return told
