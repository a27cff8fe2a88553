"""Attribution rules of the forty-third session's sixteenth attribution round (2026-12-05),
each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import in_body

WHEN = date(2024, 6, 12)


def _source(text: str, surface: str) -> str | None:
    return in_body(text, WHEN)[surface].attribution


def test_passive_source_before_its_verb_ends_at_the_verb() -> None:
    """`Trade sources cited by Bloomberg say ...`: the subject holding `cited by` is the source,
    ended at its verb (not the outlet with the rest of the clause)."""
    text = ("Trade sources cited by Bloomberg say Peru normally ships about 40,000 tonnes a month "
            "of copper concentrate to Japan.")
    assert _source(text, "40,000 tonnes a month") == "Trade sources cited by Bloomberg"


def test_time_between_apposition_and_verb() -> None:
    """`..., customs figures reviewed by the Andean Wire, Andina, on Monday show.`: the time after
    the name's closing comma is when, not who; the figures with the name are the source."""
    text = ("Chile's exports of grapes to China rose to $412 million in 2023, customs figures "
            "reviewed by the Andean Wire, Andina, on Monday show.")
    assert _source(text, "$412 million") == (
        "customs figures reviewed by the Andean Wire, Andina")


def test_the_body_resolves_inside_data_released_by() -> None:
    """`the FEB` after `customs data released by the Fruit Export Board (FEB)`: the body's name
    inside the data's phrase, not the whole phrase."""
    text = ("Kenya's avocado exports to the Netherlands earned $61 million in 2023, customs data "
            "released by the Fruit Export Board (FEB) show. Exports to France came to $12 "
            "million, the FEB said.")
    assert _source(text, "$12 million") == "the FEB (the Fruit Export Board (FEB))"


def test_cautioned_gives_the_speakers_outlook() -> None:
    """`X cautioned that ... could shrink to N`: like `warned`, an outlook verb whose subject is
    the source of the figure (not a source named in another sentence)."""
    text = ("Mango shipments opened in May, the growers' association said. Board member Ali "
            "Khan cautioned that exports of mangoes from Pakistan to Iran could shrink to around "
            "140,000 tonnes this year.")
    assert _source(text, "140,000 tonnes") == "Board member Ali Khan"
