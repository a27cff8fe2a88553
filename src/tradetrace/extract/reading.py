"""What the claim stage knows of one sentence while it reads the sentence's quantities."""

from __future__ import annotations

from dataclasses import dataclass

from tradetrace.extract.commodity import CommodityMention
from tradetrace.extract.parties import CountryMention
from tradetrace.extract.sentences import Sentence
from tradetrace.normalize.periods import PeriodMention


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

    @property
    def span(self) -> tuple[int, int]:
        return self.sentence.start, self.sentence.end
