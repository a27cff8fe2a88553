"""Attribution rules of the forty-third session's fifteenth attribution round (2026-12-05),
each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import in_body

WHEN = date(2024, 6, 12)


def _source(text: str, surface: str) -> str | None:
    return in_body(text, WHEN)[surface].attribution


def test_he_said_citing_keeps_the_person_who_relays() -> None:
    """`..., he said, citing X.` after a named person: the person is the source (as with `the
    council said, citing customs data`), not what he cites."""
    text = ("Ivan Petrov, who heads the fisheries agency, said demand was strong. Imports of "
            "fish grew 4.6% to 686,000 tons, he said, citing the Federal Customs Service.")
    assert _source(text, "686,000 tons") == "he (Ivan Petrov, who heads the fisheries agency)"


def test_he_said_according_to_an_outlet_keeps_the_person() -> None:
    text = ("Oil Minister Ali Karimi said sales were rising. Crude exports tripled to 2 million "
            "barrels a day, he said, according to Press TV.")
    assert _source(text, "2 million barrels a day") == "he (Oil Minister Ali Karimi)"


def test_he_said_citing_with_no_person_before_keeps_the_cited_source() -> None:
    text = ("The fisheries agency said demand was strong. Imports of fish grew 4.6% to "
            "686,000 tons, he said, citing the Federal Customs Service.")
    assert _source(text, "686,000 tons") == "the Federal Customs Service"
