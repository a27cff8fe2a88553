"""Session 57, the lead's attribution rules: each test fails on the code before its rule, and each
rule has a near miss it must leave alone."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2025, 6, 1))


def _source(text: str, surface: str) -> str | None:
    return _claims(text)[surface].attribution


# A headline's body giving its outlook is the source; a country's outlook is the story's gist.

def test_a_headline_body_seeing_a_figure_is_its_source() -> None:
    text = "Grain board sees 2026/27 barley exports at 4-5 million tons\nThe board said so."
    assert _source(text, "4-5 million tons") == "Grain board"


def test_a_firm_with_its_country_in_a_headline_is_a_source() -> None:
    text = "Ghana's cocoa board sees bean exports topping 700,000 tonnes in 2026\nMore follows."
    assert _source(text, "700,000 tonnes") == "Ghana's cocoa board"


def test_a_country_seeing_a_figure_in_a_headline_is_no_source() -> None:
    text = "Peru sees copper exports reaching $9.1 billion\nMore follows."
    assert _source(text, "$9.1 billion") is None


def test_a_capital_expecting_a_figure_in_a_headline_is_no_source() -> None:
    text = "Lima expects copper exports of 2.9 million tonnes\nMore follows."
    assert _source(text, "2.9 million tonnes") is None


# An aside between a source and its verb: `for their part`, a publishing participle.

def test_for_their_part_is_an_aside_before_a_recording_verb() -> None:
    text = ("Copper sales climbed in 2024, the ministry noted. Kenyan customs, for their part, "
            "recorded 5,200 tonnes of Zambian copper imports in the half.")
    assert _source(text, "5,200 tonnes") == "Kenyan customs"


def test_a_released_aside_before_an_auxiliary_and_put() -> None:
    text = ("Maize exports rose, the ministry said. Customs figures for the first five months, "
            "released last week, had already put maize exports at 310,000 tonnes.")
    assert _source(text, "310,000 tonnes") == "Customs figures for the first five months"


def test_an_aside_of_another_participle_is_no_publishing_aside() -> None:
    text = ("Maize exports rose, the ministry said. Customs figures for the first five months, "
            "driven by rain, had already put maize exports at 310,000 tonnes.")
    assert _source(text, "310,000 tonnes") != "Customs figures for the first five months"


# `May` the month is no auxiliary inside a source's name.

def test_a_source_for_the_month_of_may_puts_a_figure() -> None:
    text = ("Sorghum exports rose, the ministry said. Port figures for May put sorghum exports at "
            "41,000 tonnes.")
    assert _source(text, "41,000 tonnes") == "Port figures for May"


def test_a_lower_case_may_still_opens_a_clause() -> None:
    text = ("Sorghum exports rose, the ministry said. Exports may put pressure on prices, with "
            "shipments at 41,000 tonnes.")
    assert _source(text, "41,000 tonnes") == "the ministry"


# A colon label closed by the time its figures cover is a title.

def test_a_label_closed_by_its_month_is_a_title_not_a_source() -> None:
    found = _claims("Peruvian provisional trade data for May: zinc sales to Chile up 9%.")
    assert found["9%"].attribution is None


def test_a_label_naming_customs_data_is_still_a_source() -> None:
    found = _claims("Peruvian customs data: zinc sales to Chile up 9%.")
    assert found["9%"].attribution == "Peruvian customs data"


# A verb joined by `and` to the sentence's first verb shares its subject; a phrase cut off by a
# conjunction is no source.

def test_put_joined_by_and_shares_the_first_subject() -> None:
    text = ("Maize exports rose, the ministry said. The Lusaka Grain Exchange is more cautious "
            "and puts the 2025 crop at 3.1 million tonnes.")
    assert _source(text, "3.1 million tonnes") == "The Lusaka Grain Exchange"


def test_a_country_joined_by_and_to_put_is_no_source() -> None:
    text = ("Maize exports rose, the ministry said. Zambia is more cautious and puts the 2025 "
            "crop at 3.1 million tonnes.")
    assert _source(text, "3.1 million tonnes") == "the ministry"


def test_a_phrase_ending_in_and_is_no_source() -> None:
    text = ("Maize exports rose, the ministry said. The Lusaka Grain Exchange met on Monday and "
            "said maize exports reached 3.1 million tonnes.")
    assert _source(text, "3.1 million tonnes") == "The Lusaka Grain Exchange"


def test_statisticians_recording_a_figure_are_its_source() -> None:
    text = ("Sugar imports fell, the ministry said. Mongolian statisticians recorded $3.1 "
            "billion worth of Russian merchandise arriving over 2022.")
    assert _source(text, "$3.1 billion") == "Mongolian statisticians"


# A count closing a figure's clause (`by a X tally`, `by X's count`) is that figure's source.

def test_a_tally_closing_a_later_clause_is_its_figures_source() -> None:
    text = ("Brazilian coffee exports averaged about 2.8 million bags per month in May, "
            "according to Cecafe, while the country's output is 60 million bags a year by a "
            "USDA tally.")
    assert _source(text, "2.8 million bags per month") == "Cecafe"
    assert _source(text, "60 million bags a year") == "a USDA tally"


def test_a_count_closing_the_first_clause_beats_a_later_source() -> None:
    text = ("Chile's two-way trade came to $7.4 billion by the WTO's count, below the $8.1 "
            "billion reported by the central bank.")
    assert _source(text, "$7.4 billion") == "the WTO's count"
    assert _source(text, "$8.1 billion") == "the central bank"


def test_a_speaker_closing_the_sentence_keeps_a_counted_figure() -> None:
    text = "Coffee exports rose 5% by Cecafe's count, the ministry said."
    assert _source(text, "5%") == "the ministry"
