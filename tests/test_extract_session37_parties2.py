"""Party rules of the thirty-seventh session's second round of 2026-12-04 (exporter, importer,
two-way), each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted

WHEN = date(2024, 5, 14)


def _sides(text: str, surface: str) -> tuple[str | None, str | None]:
    found = extracted(text, WHEN)[surface]
    return found.exporter, found.importer


def test_a_way_word_in_the_figures_clause_turns_the_paragraphs_one_sided_flow() -> None:
    """A sentence that names no country goes on with the paragraph's country, but on the side its
    own word of trade gives (`imports rose`, `were exported`), not the side of the flow before."""
    text = ("Chile's copper exports rose to 410,000 tonnes in March, the customs office said. "
            "Imports of fuel climbed 7% to $1.2 billion as diesel arrived. "
            "In cathode terms 120,000 tonnes were exported over the month.")
    assert _sides(text, "410,000 tonnes") == ("CHL", None)
    assert _sides(text, "$1.2 billion") == (None, "CHL")
    assert _sides(text, "120,000 tonnes") == ("CHL", None)
    text = ("Norway sold 2.5 million tonnes of fish abroad in the first quarter, up 4%. "
            "About 180,000 tonnes were imported over the same months, mostly for processing.")
    assert _sides(text, "2.5 million tonnes") == ("NOR", None)
    assert _sides(text, "180,000 tonnes") == (None, "NOR")


def test_a_way_word_after_a_bloc_or_an_active_subject_turns_nothing() -> None:
    """A bloc or region in the paragraph may be the open side of the flow before, and a verb of
    trade with its own subject (`the region imported`) is that subject's: the flow goes on."""
    text = ("Kenya shipped 40,000 tonnes of tea in April, up 6%. "
            "The European Union took a larger part of the crop than before. "
            "Over the quarter imports of the leaf grew to 9,000 tonnes.")
    assert _sides(text, "9,000 tonnes")[0] == "KEN"
    text = ("Kenya shipped 40,000 tonnes of tea in April, up 6%. "
            "Over the quarter the buyers imported 9,000 tonnes of the leaf.")
    assert _sides(text, "9,000 tonnes")[1] != "KEN"


def test_a_way_word_after_a_partners_flow_or_before_a_partner_turns_nothing() -> None:
    """The paragraph's one country reached by `to` or `from` is a partner whose home is unnamed,
    and a way word with its own partner (`exported there`) is that partner's flow: neither is
    turned into the country's own total."""
    text = ("Shipments to Canada rose 4% in May. "
            "July brought a recovery, with exports up 2.1%.")
    assert _sides(text, "2.1%") != ("CAN", None)
    text = ("Chile's copper exports rose to 410,000 tonnes in March. "
            "Imports of fuel climbed 7% to $1.2 billion as diesel arrived. "
            "In 2023, some 120,000 tonnes were exported there by rail.")
    assert _sides(text, "120,000 tonnes")[0] != "CHL"


def test_a_share_of_the_way_its_clause_names_is_of_the_countrys_total_that_way() -> None:
    """A share in a sentence naming no country, of `exports` after the country's imports, is a
    part of that country's exports, not of the imports told just before."""
    text = ("Latvia's furniture exports reached 410 million euros in the first half, up 3%. "
            "Imports of such goods grew 5.5% to 190 million euros. "
            "Office chairs made up the largest part of exports at 22.4%.")
    assert _sides(text, "190 million euros") == (None, "LVA")
    assert _sides(text, "22.4%") == ("LVA", None)
