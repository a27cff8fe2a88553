"""Session 39 (parties, round 6): producers read from the story's country and its wording."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Document


def _parties(text: str, published: date) -> dict[str, tuple[str | None, str | None]]:
    claims = extract_claims(Document.from_text(text, published=published))
    return {c.surface: (c.exporter, c.importer) for c in claims}


def test_output_with_no_country_named_is_the_story_countrys() -> None:
    found = _parties("Peru's copper mines step up\nMining companies raised copper output to "
                     "2.6 million tonnes last year, the energy ministry said.",
                     date(2024, 2, 12))
    assert found["2.6 million tonnes"] == ("PER", None)



def test_a_demonym_after_an_opening_phrase_buys_its_imports() -> None:
    found = _parties("Over the first half, Moroccan barley imports rose to 1.4 million tonnes, "
                     "the grain office said.", date(2024, 7, 20))
    assert found["1.4 million tonnes"] == (None, "MAR")



def test_producers_in_a_country_produce_for_it() -> None:
    found = _parties("Cocoa growers in Ghana harvested 650,000 tonnes of beans in 2023, the "
                     "board said.", date(2024, 3, 2))
    assert found["650,000 tonnes"] == ("GHA", None)


def test_companies_in_a_country_export_for_it() -> None:
    found = _parties("Mining firms in Zambia exported 800,000 tonnes of copper in 2023, the "
                     "chamber of mines said.", date(2024, 3, 2))
    assert found["800,000 tonnes"] == ("ZMB", None)
