"""Session 55, the lead's source rules: each test pins one rule of the session on invented text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def test_a_contrasting_clause_names_the_source_of_its_own_figure() -> None:
    found = _claims("Analyst Mira Okafor put Chad's cotton exports at 81,000 tonnes, while "
                    "ginner Paul Mbaye estimated 86,000 tonnes.")
    assert found["81,000 tonnes"].attribution == "Analyst Mira Okafor"
    assert found["86,000 tonnes"].attribution == "ginner Paul Mbaye"


def test_a_contrasting_clause_does_not_reach_back_to_the_figures_before_it() -> None:
    found = _claims("The trade envoy Lina Duarte said demand held up. Chile's sales of copper to "
                    "Peru rose 9% to $410 million, while Peruvian customs put them at "
                    "$455 million.")
    assert found["$410 million"].attribution == "The trade envoy Lina Duarte"
    assert found["$455 million"].attribution == "Peruvian customs"


def test_a_contrasting_clause_alone_gives_no_source_to_earlier_figures() -> None:
    found = _claims("Chile's sales of copper to Peru rose 9% to $410 million, while customs data "
                    "showed $455 million.")
    assert found["$410 million"].attribution is None
    assert found["$455 million"].attribution == "customs data"


def test_a_country_reporting_in_a_contrasting_clause_is_no_source() -> None:
    found = _claims("Peru notified the committee of 12,400 barrels of diesel sold to Chile, "
                    "while Bolivia reported 3,100 barrels.")
    assert found["3,100 barrels"].attribution is None


def test_a_source_closing_the_sentence_still_covers_a_contrasting_clause() -> None:
    found = _claims("Copper sales rose 9% to $410 million, while zinc sales fell 4%, the "
                    "ministry said.")
    assert found["4%"].attribution == "the ministry"
    assert found["$410 million"].attribution == "the ministry"


def test_putting_a_figure_at_an_amount_reads_past_an_abbreviation() -> None:
    found = _claims("Kpler puts total U.S. shipments of propane at 1.9 million bpd in 2024.")
    assert found["1.9 million bpd"].attribution == "Kpler"


def test_a_firm_name_ending_in_corp_with_a_stop_is_the_source() -> None:
    found = _claims("Japan's Hoshino Corp. said it will buy 300,000 tonnes of LNG from Oman.")
    assert found["300,000 tonnes"].attribution == "Japan's Hoshino Corp"


def test_an_order_given_is_no_source() -> None:
    found = _claims("Ghana told its cocoa board to stop selling beans forward. Until then Ghana "
                    "had been the biggest supplier of cocoa to the Netherlands, with about 30% "
                    "of Dutch imports.")
    assert found["30%"].attribution is None


def test_telling_reporters_what_to_expect_is_a_source() -> None:
    found = _claims("The minister told reporters to expect cocoa exports of 700,000 tonnes.")
    assert found["700,000 tonnes"].attribution == "The minister"


def test_telling_lawmakers_what_is_set_to_happen_is_a_source() -> None:
    found = _claims("The minister told lawmakers cocoa exports are set to rise 5%.")
    assert found["5%"].attribution == "The minister"


def test_an_order_is_read_within_its_own_sentence() -> None:
    found = _claims("Chile's copper shipments to Peru rose 30 per cent, the minister told "
                    "reporters. Ore appears to make up most of it, he said.")
    assert found["30 per cent"].attribution == "the minister"


def test_a_closing_verb_before_a_semicolon_names_the_source() -> None:
    found = _claims("A cargo of 31,000 tonnes of diesel reached Lomé on Monday, the Harbour Desk "
                    "has learnt; an earlier one came in March.")
    assert found["31,000 tonnes"].attribution == "the Harbour Desk"


def test_a_closing_verb_acting_before_a_semicolon_is_no_source() -> None:
    found = _claims("A cargo of 31,000 tonnes of diesel reached Lomé on Monday and the port "
                    "declared a holiday; an earlier one came in March.")
    assert found["31,000 tonnes"].attribution is None


def test_a_federation_counting_figures_is_their_source() -> None:
    found = _claims("The Andean Coffee Federation counted 48,200 bags of coffee shipped to "
                    "Japan over the quarter.")
    assert found["48,200 bags"].attribution == "The Andean Coffee Federation"


def test_a_bloc_recording_its_own_imports_is_no_source() -> None:
    found = _claims("The European Union recorded 48,200 tonnes of coffee imports from Peru.")
    assert found["48,200 tonnes"].attribution is None
