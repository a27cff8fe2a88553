"""Who a claim is attributed to, its modality and whether it is hedged (build_claims).

Sentences are invented; quantities are written out by hand as the quantity layer would hand them
over.
"""

from __future__ import annotations

from datetime import date

import pytest

from claim_helpers import claims_from, quantity_at
from tradetrace.extract import build_claims
from tradetrace.extract.attribution import attributions
from tradetrace.extract.sentences import split_sentences
from tradetrace.model import Claim, Document, Quantity

PUBLISHED = date(2023, 9, 4)


q = quantity_at

def claims(text: str, *quantities: Quantity) -> dict[str, Claim]:
    found = build_claims(Document.from_text(text, published=PUBLISHED), list(quantities))
    return {c.surface: c for c in found}


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit", "source"),
    [
        ("Kazakhstan sold 120,000 tonnes of wheat to Afghanistan in May, regional grain "
         "inspectors said.", "120,000 tonnes", 120000, "t", "regional grain inspectors"),
        ("The United Kingdom estimates that Iran shipped 2 million barrels of oil to Syria in "
         "April, a Foreign Office spokeswoman said.", "2 million barrels", 2e6, "bbl",
         "a Foreign Office spokeswoman"),
        ("Turkish steel exports to Egypt reached $900 million last year, Trade Minister Omer "
         "Bolat has said.", "$900 million", 9e8, "USD", "Trade Minister Omer Bolat"),
        ("Brazil's coffee exports to Japan reached $700 million in 2022, an official of the "
         "Brazilian Coffee Exporters Council told Reuters.", "$700 million", 7e8, "USD",
         "an official of the Brazilian Coffee Exporters Council"),
        ("A report backed by 11 governments estimated that Libya exported 300,000 barrels of "
         "crude to Malta in June.", "300,000 barrels", 3e5, "bbl",
         "A report backed by 11 governments"),
        ("Sudan exported 9,000 tonnes of sesame to China in July, according to a U.S. "
         "Department of Agriculture attache.", "9,000 tonnes", 9000, "t",
         "a U.S. Department of Agriculture attache"),
        ("Chile sold 80,000 tonnes of copper to China in March, port shipping records show.",
         "80,000 tonnes", 80000, "t", "port shipping records"),
        ("“Peru will ship 60,000 tonnes of zinc to Korea this year,” a dock foreman "
         "said.", "60,000 tonnes", 60000, "t", "a dock foreman"),
    ],
)
def test_attribution(text: str, surface: str, value: float, unit: str, source: str) -> None:
    assert claims(text, q(text, surface, value, unit))[surface].attribution == source


def test_a_suggestion_is_an_estimate_and_names_its_source() -> None:
    text = "Port records suggest Oman sent 1.5 million barrels of crude to India in August."
    claim = claims(text, q(text, "1.5 million barrels", 1.5e6, "bbl"))["1.5 million barrels"]
    assert (claim.attribution, claim.modality) == ("Port records", "estimated")


def test_a_wanted_amount_is_planned() -> None:
    text = "The 50,000 tonnes of diesel Mongolia wants from Russia would arrive by rail."
    claim = claims(text, q(text, "50,000 tonnes", 50000, "t"))["50,000 tonnes"]
    assert claim.modality == "planned"


def test_labels_name_the_source_of_the_quantities_after_them() -> None:
    text = ("OPEC: Oman crude exports to India 1.5 million barrels in August; Vortexa data: "
            "1.3 million barrels.")
    found = claims(text, q(text, "1.5 million barrels", 1.5e6, "bbl"),
                   q(text, "1.3 million barrels", 1.3e6, "bbl"))
    assert found["1.5 million barrels"].attribution == "OPEC"
    assert found["1.3 million barrels"].attribution == "Vortexa data"


@pytest.mark.parametrize("text", ["Total Cost: $72,000 for the cargo.",
                                  "SINGAPORE: Exports fell.", "In Europe: oil fell."])
def test_headings_and_datelines_are_no_labels(text: str) -> None:
    document = Document.from_text(text, published=PUBLISHED)
    sentences = split_sentences(document.text)
    assert attributions(document.text, sentences) == [None] * len(sentences)


@pytest.mark.parametrize(
    ("text", "surface", "approximate"),
    [
        ("Ghana exported an estimated 40,000 tonnes of cocoa to Malaysia in May.",
         "40,000 tonnes", False),
        ("Ghana exported an average of 40,000 tonnes of cocoa a month to Malaysia in 2022.",
         "40,000 tonnes", False),
        ("Ghana exported about 40,000 tonnes of cocoa to Malaysia in May.", "40,000 tonnes", True),
    ],
)
def test_estimates_and_averages_are_no_hedge(text: str, surface: str, approximate: bool) -> None:
    claim = claims(text, q(text, surface, 40000, "t", bound="~"))[surface]
    assert claim.approximate is approximate


@pytest.mark.parametrize(
    ("text", "surface", "value", "expected"),
    [
        ("Vietnam's statistics office GSO put trade between Laos and Vietnam at 1.9 billion "
         "dollars in 2023.", "1.9 billion dollars", 1.9e9, "Vietnam's statistics office GSO"),
        ("A shipping survey cited by Bloomberg in 2019 put the barge flow at 80,000 tonnes of "
         "rice a year.", "80,000 tonnes", 8e4, "Bloomberg"),
    ],
)
def test_who_puts_a_figure_at_an_amount_is_its_source(text: str, surface: str, value: float,
                                                       expected: str) -> None:
    unit = "t" if "tonnes" in surface else "USD"
    found = claims(text, q(text, surface, value, unit))
    assert found[surface].attribution == expected


def test_a_source_giving_a_figure_and_one_clause_per_source() -> None:
    # `called ... at`, `had given` state a figure; a later clause's source is not the earlier's
    text = ("A Thai traders' association official called rice trade with Laos in 2022 a record "
            "at 50 million dollars. Thai officials had given 41 million dollars for 2021. "
            "The ministry put Thai-Lao rice trade at 12 million dollars in 2015, and a "
            "chamber office in Vientiane estimated about 9 million dollars in 2010.")
    found = claims(text, q(text, "50 million dollars", 5e7, "USD"),
                   q(text, "41 million dollars", 4.1e7, "USD"),
                   q(text, "12 million dollars", 1.2e7, "USD"),
                   q(text, "9 million dollars", 9e6, "USD"))
    assert found["50 million dollars"].attribution == "A Thai traders' association official"
    assert found["41 million dollars"].attribution == "Thai officials"
    assert found["12 million dollars"].attribution == "The ministry"
    assert found["9 million dollars"].attribution == "a chamber office in Vientiane"


def test_an_adverb_after_the_source_is_not_part_of_it() -> None:
    text = ("Laos recorded no rice imports from Thailand since 2015. "
            "The ministry therefore adds its own estimate of 20,000 tonnes of Thai rice each "
            "year.")
    found = claims(text, q(text, "20,000 tonnes", 2e4, "t"))
    assert found["20,000 tonnes"].attribution == "The ministry"
    # a yearly rate does not take the multi-year period in force
    assert found["20,000 tonnes"].period_start is None


def test_a_relative_clause_names_its_own_source() -> None:
    text = ("The totals leave out arms, which a five-country monitoring team said included "
            "about 3,000 crates of shells sent to Laos in 2023.")
    found = claims(text, q(text, "3,000 crates", 3000, "crate"))
    assert found["3,000 crates"].attribution == "a five-country monitoring team"


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit", "source"),
    [
        ("Iraq's sales to Jordan reached $1.2bn in 2022, per the Iraqi trade ministry.",
         "$1.2bn", 1.2e9, "USD", "the Iraqi trade ministry"),
        ("Crude worth $90 million arrived in Cuba from Mexico in 2022 (per Reuters).",
         "$90 million", 9e7, "USD", "Reuters"),
        ("Brazil-Chile trade climbs 12% in 2022 to $11bn - customs", "$11bn", 1.1e10, "USD",
         "customs"),
        ("Chile sold $4.2 billion of copper to Japan in 2022 by Tokyo's customs count.",
         "$4.2 billion", 4.2e9, "USD", "Tokyo's customs count"),
        ("Well over 2 million tonnes of Indian rice reached Nepal last year, trade analysts "
         "reckon.", "2 million tonnes", 2e6, "t", "trade analysts"),
    ],
)
def test_per_a_dash_a_count_and_reckon_name_the_source(text: str, surface: str, value: float,
                                                        unit: str, source: str) -> None:
    found = claims(text, q(text, surface, value, unit))
    assert found[surface].attribution == source


def test_per_before_a_rate_names_no_source() -> None:
    text = "Egypt may import 40,000 tonnes of wheat per month from Romania, per its plan."
    found = claims(text, q(text, "40,000 tonnes", 40000, "t"))
    assert found["40,000 tonnes"].attribution is None


def test_a_figure_by_an_agency_s_calculation_is_reported_not_estimated() -> None:
    text = ("By the Mongolian National Statistics Office's calculation, Mongolia's 2021 trade "
            "volume was 16.1 billion dollars.")
    found = claims_from(text, (("16.1 billion dollars", 1.61e10, "USD"),), date(2022, 2, 1))
    assert found[0].modality == "reported"
