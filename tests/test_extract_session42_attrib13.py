"""Attribution rules of the forty-second session's thirteenth attribution round (2026-12-05),
each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted, in_body
from tradetrace.extract.attribution import sentence_attribution
from tradetrace.extract.sentences import split_sentences

WHEN = date(2024, 6, 12)


def _source(text: str, surface: str) -> str | None:
    return in_body(text, WHEN)[surface].attribution


def _own_source(text: str, surface: str) -> str | None:
    """The source of a claim in a text that opens with its own first line (a dateline)."""
    return extracted(text, WHEN)[surface].attribution


def test_said_after_a_comma_names_the_speaker_after_it() -> None:
    """`..., said X, TITLE.` after a clause with commas of its own: the speaker follows the
    verb; what comes before it is what he said, not a source."""
    cases = {
        "Two ships brought 27,500 tonnes of wheat to Sfax; they berthed on May 6 and May 9, "
        "respectively, said Ali Ben Salah, regional director of the cereals office.":
            ("27,500 tonnes", "Ali Ben Salah"),
        "Even without the cap, the Emirates have passed the 80 tonnes of gold they supplied to "
        "India in 2021, said Ravi Kumar, a director at the jewellery council.":
            ("80 tonnes", "Ravi Kumar"),
    }
    for text, (surface, speaker) in cases.items():
        source = _source(text, surface)
        assert source is not None and speaker in source, text


def test_a_dateline_is_no_part_of_a_source() -> None:
    """A dateline closed by a dash or colon is cut off the phrase before a verb of saying
    (`SANTOS (Reuters) - Vale expects ...`: Vale is the source); a name with its initials before
    `said` is no dateline."""
    text = ("SANTOS (Reuters) - Vale expects its iron ore exports to China to climb to 310 million "
            "tonnes in 2025 as new mines open.")
    assert _own_source(text, "310 million tonnes") == "Vale"
    text = ("Indian Oil Corporation (IOC) said on Thursday it would ship 1.3 million tonnes of "
            "diesel to Nepal next year.")
    assert _own_source(text, "1.3 million tonnes") == "Indian Oil Corporation (IOC)"


def test_early_estimates_is_a_noun_before_its_verb() -> None:
    """`Early estimates from X show`: `estimates` after `early`, `provisional`, `final` or
    `revised` is a noun; the source is the estimates, not `Early`."""
    text = ("SINGAPORE, Jan 11 (Reuters) - Early estimates from the port authority show the "
            "port's fuel sales to ships from Malaysia climbed to 48.6 million tonnes in 2016.")
    source = _own_source(text, "48.6 million tonnes")
    assert source is not None and source.startswith("Early estimates from the port"), source


def test_sentence_source_after_a_comma_before_said() -> None:
    """The sentence's own source (`sentence_attribution`): with a verb right after a comma, the
    speaker after it, whatever commas the clause before it holds."""
    text = ("Two ships brought 27,500 tonnes of wheat to the port; they berthed on September 26 "
            "and October 1, respectively, said Ali Ben Salah, regional director of the cereals "
            "office.")
    found = sentence_attribution(text, split_sentences(text)[0])
    assert found is not None and found.text == "Ali Ben Salah"


def test_declared_recalled_learned_closing_the_sentence_are_verbs_of_saying() -> None:
    """`..., the ministry declared.`, `..., the envoy recalled in Nairobi on Tuesday.`, `...,
    the Daily Nation has learnt.`: verbs of saying where they close the sentence after a comma;
    `Kenya declared 5,000 tonnes` is no source."""
    cases = {
        "Kenya sold 5,000 tonnes of tea to Pakistan in May, the country's Ministry of "
        "Agriculture declared.": "the country's Ministry of Agriculture",
        "Kenya sold 5,000 tonnes of tea to Pakistan in May, the envoy recalled in Nairobi on "
        "Tuesday.": "the envoy",
        "Kenya sold 5,000 tonnes of tea to Pakistan in May, the Daily Nation has learnt.":
            "the Daily Nation",
    }
    for text, source in cases.items():
        found = sentence_attribution(text, split_sentences(text)[0])
        assert found is not None and found.text == source, text
    text = "Kenya declared 5,000 tonnes of tea exports to Pakistan in May."
    assert sentence_attribution(text, split_sentences(text)[0]) is None
