"""Attribution rules of the forty-second session's fourteenth attribution round (2026-12-05),
each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import in_body

WHEN = date(2024, 6, 12)


def _source(text: str, surface: str) -> str | None:
    return in_body(text, WHEN)[surface].attribution


def test_he_said_reaches_a_person_relayed_by_an_outlet() -> None:
    """`X told a broadcaster, AGENCY reported.` then `..., he added.`: `he` is the person the
    outlet relayed, not the outlet."""
    text = ("Latvia buys little Polish coal, Latvenergo chief executive Karl Berzins told LTV "
            "television, LETA reported on Monday. The utility is taking in 40,000 tonnes of "
            "coal a month from Poland, he added.")
    assert _source(text, "40,000 tonnes") == (
        "he (Latvenergo chief executive Karl Berzins)")


def test_he_said_passes_over_sentences_without_a_source() -> None:
    """A sentence with no source between the named speaker and `he said` does not cut `he`
    off from him; an agency speaking in between does."""
    text = ("The port handled more grain, port director Olaf Lindqvist told reporters. Its "
            "first plan had called for less. Over five months the port shipped 2.5 million "
            "tonnes of wheat to Egypt, he said.")
    assert _source(text, "2.5 million tonnes") == "he (port director Olaf Lindqvist)"
    blocked = ("The port handled more grain, port director Olaf Lindqvist told reporters. "
               "The statistics office said wheat sales rose. Over five months the port "
               "shipped 2.5 million tonnes of wheat to Egypt, he said.")
    assert _source(blocked, "2.5 million tonnes") != "he (port director Olaf Lindqvist)"


def test_she_said_stands_for_a_named_person_opening_the_sentence_before() -> None:
    """`Energy Minister X rejected the criticism. ..., she said, ...`: with no one quoted in
    between, `she` is the titled person who opened the sentence before."""
    text = ("Critics say Slovenia still leans on Russian gas. Energy Minister Mira Kovac "
            "rejected the criticism. Between April and November 2022, she said, the share of "
            "Slovenia's gas imports coming from Russia fell to 35 percent.")
    assert _source(text, "35 percent") == "she (Energy Minister Mira Kovac)"


def test_a_speaker_with_a_who_clause_and_no_commas() -> None:
    """`a trade official who declined to be identified said`: the person and the short clause
    saying who they are make the source; a clause holding a figure does not."""
    cases = {
        "Chile will ship 50,000 tonnes of copper to Japan next year, a trade official who "
        "declined to be identified said.":
            ("50,000 tonnes", "a trade official who declined to be identified"),
        "Peru sold 12,000 tonnes of fishmeal to China in March, an analyst at a Lima "
        "brokerage who has seen the figures told reporters.":
            ("12,000 tonnes", "an analyst at a Lima brokerage who has seen the figures"),
    }
    for text, (surface, source) in cases.items():
        assert _source(text, surface) == source


def test_a_trader_noun_is_a_speaker() -> None:
    """`a Hamburg importer said`, `one exporter told Reuters`: a trading firm or its man
    speaking for the figures."""
    assert _source("Vietnam shipped 8,000 tonnes of pepper to Germany in April, a Hamburg "
                   "importer said.", "8,000 tonnes") == "a Hamburg importer"
    assert _source("Ghana sold 15,000 tonnes of cocoa to the Netherlands in May, a local "
                   "exporter said.", "15,000 tonnes") == "a local exporter"
