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


def test_speaker_relayed_by_a_closing_outlet_after_a_venue() -> None:
    """`X said at a festival on Monday, Xinhua reported.`: X speaks for the figures, the outlet
    closing the sentence only relays X (as with `X said, Xinhua reported`)."""
    text = ("Cigar sales grew 4 percent in 2015, company executive Juan Perez said at the "
            "opening of the 18th festival on Monday, Xinhua reported.")
    assert _source(text, "4 percent") == "company executive Juan Perez"
    text = ("Cigar sales grew 4 percent in 2015, Ambassador Li Wei said at a reception in Oslo, "
            "the NTB news agency reported.")
    assert _source(text, "4 percent") == "Ambassador Li Wei"
    text = ("Cigar sales grew 4 percent in 2015, consultancy Energy Partners said after "
            "studying tanker data, Bloomberg reported.")
    assert _source(text, "4 percent") == "consultancy Energy Partners"


def test_statement_relayed_by_a_closing_outlet_stays_the_outlets() -> None:
    """`when X said it was suspending purchases, NHK reported`: what X said is no venue; the
    outlet reports the figure."""
    text = ("North Korea may have earned about 30 billion yen by exporting coal since February, "
            "when Beijing said it was suspending purchases, NHK reported.")
    assert _source(text, "30 billion yen") == "NHK"


def test_the_body_stands_for_its_name_not_its_officer() -> None:
    """`according to the council` after the council was named and then its chief spoke: the
    council's name, not its officer's."""
    text = ("Kenya's flower exports will rise, the Kenya Flower Council said on Wednesday. "
            "Council chief executive John Mwangi told journalists that flowers earned about 1.1 "
            "billion dollars in 2018. Kenya supplies around 40 percent of the cut flowers the "
            "European Union imports, according to the council.")
    assert _source(text, "40 percent") == "the council (the Kenya Flower Council)"


def test_the_body_stands_for_the_name_inside_an_officers_description() -> None:
    text = ("Tanzania's earnings from sisal reached 56.8 million U.S. dollars last year, Peter "
            "Mollel, a senior official of the Tanzania Sisal Board, said on Thursday. The board "
            "expects output to climb to 120,000 metric tons by 2025.")
    assert _source(text, "120,000 metric tons") == "The board (the Tanzania Sisal Board)"


def test_a_body_named_with_of_stands_whole_for_its_acronym() -> None:
    """`the US Department of Agriculture (USDA)` is itself the body's name: `The USDA` stands
    for all of it, not for a part cut at `of`."""
    text = ("Sugar exports will rise, the US Department of Agriculture (USDA) said. The USDA "
            "expects shipments of 1 million tonnes.")
    assert _source(text, "1 million tonnes") == (
        "The USDA (the US Department of Agriculture (USDA))")


def test_the_report_stands_for_the_whole_document() -> None:
    """`the report` stands for the document named before, not for a body inside it."""
    text = ("Japan shipped 2 million used cars abroad in 2018, a UN report found. Used cars "
            "worth $447 million went to Africa, according to a 2019 UN report on the trade in "
            "second-hand vehicles. The report expects the flow to reach $600 million.")
    assert _source(text, "$600 million") == (
        "The report (a 2019 UN report on the trade in second-hand vehicles)")
