"""Attribution and modality rules of the fortieth session's eighth attribution round
(2026-12-05), each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import in_body

WHEN = date(2024, 6, 12)


def _source(text: str, surface: str) -> str | None:
    return in_body(text, WHEN)[surface].attribution


def _modality(text: str, surface: str) -> str:
    return in_body(text, WHEN)[surface].modality


def test_an_adverb_between_an_apposition_and_its_verb() -> None:
    """`X, its description, now expects`: the name with its apposition is the source, as with
    no adverb between."""
    text = ("AgroPeru, the association of Peruvian grape growers and exporters, now expects "
            "the country to ship about 410,000 tonnes of grapes to China in 2025.")
    assert _source(text, "410,000 tonnes") == (
        "AgroPeru, the association of Peruvian grape growers and exporters")


def test_more_verbs_of_saying() -> None:
    """`tweeted`, `argues`, `argued` and a plural `write` are verbs of saying."""
    cases = {
        "Chile sold 9.1 million tonnes of copper to China in 2023, Mining Minister Lucia "
        "Ortega tweeted.": "Mining Minister Lucia Ortega",
        "Peru supplied under 2 percent of Japan's coffee imports in 2023, Lima Coffee Review "
        "argues.": "Lima Coffee Review",
        "Brazil exported 4 million tonnes of sugar to India in 2023, Banco Norte analysts "
        "write.": "Banco Norte analysts",
    }
    for text, source in cases.items():
        claims = in_body(text, WHEN)
        assert {claim.attribution for claim in claims.values()} == {source}, text


def test_organisation_nouns_head_a_source() -> None:
    """A subject headed by an organisation's noun in lower case (`The society`, `The
    industry`, `the embassy`, `the operator`) is a source."""
    cases = {
        "The society says more than 40,000 tonnes of flour went from Egypt to Sudan in May.":
            ("40,000 tonnes", "The society"),
        "The embassy says Kenya sold 12,000 tonnes of tea to Pakistan in March.":
            ("12,000 tonnes", "The embassy"),
    }
    for text, (surface, source) in cases.items():
        assert _source(text, surface) == source, text


def test_a_month_abbreviation_does_not_cut_a_source() -> None:
    """`farm ministry data released on Nov. 7 show`: the stop of `Nov.` ends no phrase."""
    text = ("Japan's koi exports to China fell to 5 tonnes in September, farm ministry data "
            "released on Nov. 7 show.")
    assert _source(text, "5 tonnes") == "farm ministry data released on Nov. 7"


def test_a_dateline_label_gives_way_to_a_source_after_its_verb_or_according_to() -> None:
    """`LAMU: ..., said X` and `LAMU: ..., according to X`: the place the story is filed from
    is no source when the sentence names one after its verb or after `according to`."""
    said = ("KISUMU: Kenya sold 1.2 million kilograms of fish to Uganda in the first half of "
            "2024, said Peter Otieno, the director of fisheries at the county office.")
    according = ("KISUMU: Kenya sold 1.2 million kilograms of fish to Uganda in the first half "
                 "of 2024, according to Peter Otieno, who heads the county fisheries office.")
    assert _source(said, "1.2 million kilograms") == "Peter Otieno"
    assert _source(according, "1.2 million kilograms") == "Peter Otieno"


def test_a_verb_right_after_the_only_comma_has_its_speaker_after_it() -> None:
    """`DHAKA (BSS) - Bangladeshi jute reached 120 markets this year, said X`: the speaker is
    after the verb; the clause before it is what he said, no source."""
    text = ("DHAKA (BSS) - Bangladeshi jute goods reached a record 120 markets this year, said "
            "Rahim Uddin, chairman of the jute exporters' association. By the end of May the "
            "US had bought more than 200 million USD worth of Bangladeshi jute goods.")
    assert _source(text, "200 million USD") == "Rahim Uddin"


def test_a_dateline_before_a_colon_is_not_part_of_the_subject() -> None:
    """`DUBAI: The UAE expects ...`: the dateline before the colon is no part of the subject, a
    country expecting its own trade (no source); the speaker closing the sentence is the
    source, whom `he said` after it stands for."""
    text = ("DUBAI: The UAE expects to hit its target of 3 trillion dirhams of non-oil trade "
            "within three years, two years ahead of schedule, Vice President Sheikh Mohammed "
            "said in a post on X. Non-oil exports to India reached 35 billion dirhams in the "
            "first quarter of 2025, he said.")
    for surface in ("3 trillion dirhams", "35 billion dirhams"):
        assert _source(text, surface) == "Vice President Sheikh Mohammed", surface


def test_the_amount_a_deal_is_worth_or_covers_is_planned() -> None:
    """`a deal worth`, `the contract is for`, `the deal covered` an amount: what the deal
    binds, a plan (as `a contract for`)."""
    cases = {
        "Egypt imports Russian wheat under a deal worth $1.2 billion.": "$1.2 billion",
        "Egypt bought Russian wheat from Rusagro, and the contract is for 500,000 tonnes.":
            "500,000 tonnes",
        "Kenya sells tea to Pakistan, and the contract is valued at $40 million.": "$40 million",
    }
    for text, surface in cases.items():
        assert _modality(text, surface) == "planned", text
    assert _modality("Egypt imported 500,000 tonnes of wheat from Russia in May.",
                     "500,000 tonnes") == "reported"
