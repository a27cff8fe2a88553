"""Session 54, the lead's source rules: each test pins one rule of the session on invented text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def test_a_body_named_in_lower_case_owns_the_count_it_gives() -> None:
    found = _claims("Chile sold 41,200 MWh of power to Peru in 2023, by the energy ministry's "
                    "estimates.")
    assert found["41,200 MWh"].attribution == "the energy ministry"


def test_a_lower_case_owner_that_is_no_body_gives_no_source() -> None:
    found = _claims("Chile sold 41,200 MWh of power to Peru in 2023, by the drought's count.")
    assert found["41,200 MWh"].attribution is None


def test_a_body_owning_a_count_stands_for_its_earlier_name() -> None:
    found = _claims("The Andean Institute of Trade (AIT) said demand held up. By the "
                    "institute's estimate, Peru sold $2.1 billion of copper to Japan in 2023.")
    assert found["$2.1 billion"].attribution == \
        "the institute (The Andean Institute of Trade (AIT))"


def test_an_outlook_closing_in_a_report_on_its_subject_names_the_source() -> None:
    found = _claims("Lower fuel prices should cut Fiji's oil import bill by $90 million in 2025, "
                    "the Asian Development Bank projects in its annual report on the country.")
    assert found["$90 million"].attribution == "the Asian Development Bank"


def test_a_report_subject_does_not_make_any_tail_a_source() -> None:
    found = _claims("Fiji's oil import bill fell by $90 million in 2024 as fuel got cheaper in "
                    "its ports.")
    assert found["$90 million"].attribution is None


def test_a_trader_noun_before_an_acronym_is_a_title_not_a_trade_statement() -> None:
    found = _claims("Morocco's state grain buyer ONICL said on Monday it had bought 90,000 tonnes "
                    "of wheat.")
    assert found["90,000 tonnes"].attribution == "Morocco's state grain buyer ONICL"


def test_a_supplier_noun_before_a_firms_acronym_is_a_title() -> None:
    found = _claims("Austria's gas supplier OGV said imports from Norway rose 12% in May.")
    assert found["12%"].attribution == "Austria's gas supplier OGV"


def test_a_time_opening_a_source_is_no_part_of_it() -> None:
    found = _claims("Earlier this month the refinery said it had taken 2 million barrels of "
                    "Angolan crude.")
    assert found["2 million barrels"].attribution == "the refinery"
    found = _claims("Early last year the ministry said wheat imports reached 3 million tonnes.")
    assert found["3 million tonnes"].attribution == "the ministry"


def test_a_he_after_a_bare_description_stands_for_the_person_named_before_it() -> None:
    text = ("Peru sold Chile 20% more copper in May, Ana Rojas, Lima's envoy to Santiago, said. "
            "Trade reached $4 billion in 2023, the diplomat noted. Copper sales alone grew by "
            "12% last year, he added.")
    found = _claims(text)
    assert found["$4 billion"].attribution == "the diplomat"
    assert found["12%"].attribution == "he (Ana Rojas, Lima's envoy to Santiago)"


def test_a_he_after_a_bare_description_with_no_name_before_it_keeps_the_description() -> None:
    found = _claims("Trade reached $4 billion in 2023, the diplomat noted. Copper sales alone "
                    "grew by 12% last year, he added.")
    assert found["12%"].attribution == "he (the diplomat)"


def test_for_his_part_is_no_part_of_the_source() -> None:
    found = _claims("Rojas, for her part, reported a 9% rise in trade with Chile in the first "
                    "quarter of 2024.")
    assert found["9%"].attribution == "Rojas"


def test_a_saying_verb_joined_by_and_to_the_first_verb_has_its_subject_as_speaker() -> None:
    found = _claims("Peru's copper sales fell in 2024. The state mining company blamed the slide "
                    "on lower ore grades, and said sales to Japan eased 6% to 410,000 tonnes.")
    assert found["6%"].attribution == "The state mining company"
    assert found["410,000 tonnes"].attribution == "The state mining company"


def test_a_country_acting_before_and_said_is_no_speaker() -> None:
    found = _claims("Peru cut copper sales to Japan, and said exports would fall 20% in 2025.")
    assert found["20%"].attribution is None


def test_named_figures_before_a_colon_are_the_source_of_the_figures_after_it() -> None:
    found = _claims("Lima stopped publishing its numbers, but Chilean customs data cover the hole: "
                    "copper arrivals from Peru reached 41,000 tonnes in May.")
    assert found["41,000 tonnes"].attribution == "Chilean customs data"
    found = _claims("Andean Trade Monitor figures paint a darker picture for 2023: Peru's copper "
                    "sales to Chile fell 12%.")
    assert found["12%"].attribution == "Andean Trade Monitor figures"


def test_a_topics_figures_before_a_colon_are_no_source() -> None:
    found = _claims("Lithium export figures arrive with a long lag: Chile sold 41,000 tonnes "
                    "in May.")
    assert found["41,000 tonnes"].attribution is None
    found = _claims("Some figures run higher: Chile sold 41,000 tonnes of copper in May.")
    assert found["41,000 tonnes"].attribution is None


def test_a_speakers_own_papers_leave_the_speaker_as_source() -> None:
    found = _claims("Chile's state copper firm Codelco said on Monday that it earned $1.2 billion "
                    "from copper sales in May, according to its accounts at the central bank.")
    assert found["$1.2 billion"].attribution == "Chile's state copper firm Codelco"


def test_papers_of_no_named_speaker_still_name_the_source() -> None:
    found = _claims("Chile earned $1.2 billion from copper sales in May, according to its "
                    "central bank.")
    assert found["$1.2 billion"].attribution == "its central bank"


def test_a_long_name_before_a_relative_clause_is_the_source() -> None:
    found = _claims("Trade reached a record $4 billion in 2024, Chilean envoy Ana Maria de "
                    "la Fuente Rojas, who is also a former minister, announced on Sunday.")
    assert found["$4 billion"].attribution == \
        "Chilean envoy Ana Maria de la Fuente Rojas, who is also a former minister"


def test_named_figures_before_a_colon_with_no_verb_are_a_title_not_a_source() -> None:
    found = _claims("Chilean preliminary trade data for May: copper sales to Peru up 11%.")
    assert found["11%"].attribution is None


def test_a_speaker_saying_in_a_report_cited_by_an_outlet_is_the_source() -> None:
    found = _claims("Chile's copper sales to India are set to pass 90,000 tonnes in May, analytics "
                    "firm Orevia said in a report cited by PTI.")
    assert found["90,000 tonnes"].attribution == "analytics firm Orevia"


def test_figures_cited_by_a_body_with_no_speaker_before_keep_the_body() -> None:
    found = _claims("Chile's copper sales to India passed 90,000 tonnes in May, in figures cited "
                    "by PTI.")
    assert found["90,000 tonnes"].attribution == "PTI"
