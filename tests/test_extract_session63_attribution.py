"""Session 63, attribution: the first test of each rule fails without that rule; the others pin
what the rule must leave alone (sentences invented)."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Document

_ON = date(2025, 6, 1)


def _source(text: str, surface: str) -> str | None:
    claims = extract_claims(Document.from_text(text, published=_ON))
    return next(c for c in claims if c.surface == surface).attribution


def test_a_state_company_opening_a_headline_outlook_is_its_source() -> None:
    text = ("Codelco sees copper exports to China at 1.3 million tonnes in 2026\n\n"
            "The miner shipped 1.1 million tonnes to China last year.\n")
    assert _source(text, "1.3 million tonnes") == "Codelco"
    text = "Petronas sees LNG exports to Japan rising 12% this year\n\nBody text here.\n"
    assert _source(text, "12%") == "Petronas"


def test_a_country_opening_a_headline_outlook_is_still_the_gist() -> None:
    text = ("Chile sees copper exports to China at 1.3 million tonnes in 2026\n\n"
            "The country shipped 1.1 million tonnes of copper to China last year.\n")
    assert _source(text, "1.3 million tonnes") is None


def test_a_speaker_analysing_cited_figures_is_their_source() -> None:
    text = ("Kazakhstan sold $410 million of wheat to Uzbekistan in 2024, the outlet Kursiv "
            "wrote after reviewing figures from the state statistics committee. Shipments rose "
            "12% in December.")
    assert _source(text, "$410 million") == "the outlet Kursiv"
    assert _source(text, "12%") == "the outlet Kursiv"


def test_figures_cited_with_no_analysing_speaker_keep_their_own_source() -> None:
    text = ("Kazakhstan sold $410 million of wheat to Uzbekistan in 2024, according to figures "
            "from the state statistics committee.")
    assert _source(text, "$410 million") == "figures from the state statistics committee"


def test_data_broken_down_by_a_bare_noun_name_no_source() -> None:
    text = ("The statistics office has published its quarterly Malta External Merchandise Trade "
            "report for 2024, with data by commodity and by partner country. Exports of goods "
            "reached €1,204.5 million, up 6.1% on 2023.")
    assert _source(text, "€1,204.5 million") == "The statistics office"
    assert _source(text, "6.1%") == "The statistics office"


def test_data_by_a_named_body_still_names_it() -> None:
    text = ("Exports of goods from Malta reached €1,204.5 million in 2024, with data by the "
            "central bank showing a 6.1% rise.")
    assert _source(text, "€1,204.5 million") == "the central bank"


def test_a_personal_name_ending_in_an_article_spelling_is_a_speaker() -> None:
    text = ("Thailand sold about 9 million kWh a day of power to Cambodia in 2024, Tran Van An, "
            "deputy minister of energy, told lawmakers.")
    assert _source(text, "9 million kWh a day") == "Tran Van An, deputy minister of energy"


def test_a_pronoun_with_no_one_named_before_stays_no_source() -> None:
    text = "Exports of Thai rice to Kenya rose 6% to $310 million in 2024, it said."
    assert _source(text, "$310 million") is None


def test_how_far_back_a_sources_data_reach_is_no_figure_of_a_statement() -> None:
    text = ("Thailand shipped 41,000 tonnes of rubber to Malaysia in 2024, a Bangkok Post review "
            "of customs data stretching back to 2010 shows. The total was 6% lower than in 2023.")
    source = "a Bangkok Post review of customs data stretching back to 2010"
    assert _source(text, "41,000 tonnes") == source
    assert _source(text, "6%") == source


def test_a_record_in_data_reaching_back_to_a_year_names_no_source() -> None:
    text = ("Shipments of Thai rice to Kenya hit 188,000 tonnes in 2024, the most in records "
            "going back to 2012.")
    assert _source(text, "188,000 tonnes") is None


def test_a_name_styled_with_a_lower_case_first_letter_is_a_source() -> None:
    text = ("Exports of Korean used cars to Kyrgyzstan rose 7.4% to 61,230 in March, kCARA, the "
            "Korea Car Exporters Association, said. Shipments to Jordan climbed 12%.")
    source = "kCARA, the Korea Car Exporters Association"
    assert _source(text, "61,230") == source
    assert _source(text, "12%") == source


def test_a_lower_case_led_word_with_one_capital_is_no_name() -> None:
    text = "iPhone makers expect exports to India to climb 8% to 150,000 units this year."
    assert _source(text, "150,000 units") is None
