"""Session 61, sources: each test pins one rule of the session on invented text (one where the
rule applies, one near-miss where it must not)."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_ON = date(2025, 6, 1)


_by_surface = extracted_on(_ON)


# An outlook verb's figure may follow `record` (`sees record $14-16 billion trade`) and a
# currency written with a one-letter country prefix (`N$`, `R$`): the body that sees it is the
# source, as before a bare figure.

def test_a_record_figure_after_sees_keeps_the_speaker() -> None:
    found = _by_surface("Lukashenko sees record $9-10 billion trade with Kazakhstan this year\n"
                        "The two sides met in Minsk.")
    assert found["$9-10 billion"].attribution == "Lukashenko"
    assert found["$9-10 billion"].modality == "forecast"


def test_a_one_letter_currency_after_sees_keeps_the_speaker() -> None:
    found = _by_surface("Trade board sees diamond exports reaching N$12.5 billion\n"
                        "The board met on Monday.")
    assert found["N$12.5 billion"].attribution == "Trade board"


def test_a_country_that_sees_a_record_figure_gives_no_source() -> None:
    found = _by_surface("Kazakhstan sees record $9-10 billion trade with Belarus this year\n"
                        "The two sides met in Minsk.")
    assert found["$9-10 billion"].attribution is None

