"""Session 64, sources (attribution and modality): the first test of each rule fails without that
rule; the others pin what the rule must leave alone (sentences invented)."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Claim, Document

_ON = date(2025, 6, 1)


def _claim(text: str, surface: str) -> Claim:
    claims = extract_claims(Document.from_text(text, published=_ON))
    return next(c for c in claims if c.surface == surface)


def test_a_cargo_that_is_to_arrive_or_be_imported_is_planned() -> None:
    text = "Under the accord, 45,000 tonnes of urea a month are to be imported from Oman."
    assert _claim(text, "45,000 tonnes").modality == "planned"
    text = "A first lot of 12,000 tonnes of maize is to arrive at Beira in late March."
    assert _claim(text, "12,000 tonnes").modality == "planned"


def test_a_cargo_set_to_arrive_across_an_aside_in_its_subject_is_planned() -> None:
    text = ("The second lot, roughly 900 tonnes of dates, packed, from Basra, is due to follow "
            "next Tuesday.")
    assert _claim(text, "900 tonnes").modality == "planned"
    text = "The cargoes, worth about $40 million at current prices, are to arrive by sea."
    assert _claim(text, "$40 million").modality == "planned"


def test_a_figure_with_its_own_predicate_before_an_arrival_stays_reported() -> None:
    text = "Jordan bought 60,000 tonnes of barley, which is due to arrive in May."
    assert _claim(text, "60,000 tonnes").modality == "reported"
    text = "Exports reached 50,000 tonnes in May, and a further cargo is to arrive in June."
    assert _claim(text, "50,000 tonnes").modality == "reported"


def test_a_listed_trade_inside_a_speakers_description_keeps_the_source_whole() -> None:
    text = ("Kenya's tea sales to Pakistan reached $310 million in 2024, Jane Wanjiru, "
            "spokeswoman for the union of tea, coffee and cocoa growers, told KBC.")
    assert _claim(text, "$310 million").attribution == (
        "Jane Wanjiru, spokeswoman for the union of tea, coffee and cocoa growers")
    text = ("FENAGRO, the federation for Andean potato, quinoa and maize farmers, now sees "
            "exports of as much as 80,000 tonnes in 2026.")
    assert _claim(text, "80,000 tonnes").attribution == (
        "FENAGRO, the federation for Andean potato, quinoa and maize farmers")


def test_a_list_of_goods_shipped_is_no_part_of_a_closing_source() -> None:
    text = "Peru shipped 3 million tonnes of zinc, lead and tin, the mines ministry said."
    assert _claim(text, "3 million tonnes").attribution == "the mines ministry"


def test_a_perfect_saying_verb_after_an_apposition_names_its_speaker() -> None:
    text = ("Maria Lopez, chief economist at the Andean Bank, has said copper exports will fall "
            "5% this year.")
    assert _claim(text, "5%").attribution == "Maria Lopez, chief economist at the Andean Bank"
    text = ("Tomas Berg, head of the grain traders' union, has forecast a 12% rise in barley "
            "sales to Morocco.")
    assert _claim(text, "12%").attribution == "Tomas Berg, head of the grain traders' union"


def test_a_perfect_verb_that_says_nothing_names_no_speaker_for_the_aside() -> None:
    text = ("Last year Ghana bought 2 million barrels of Nigerian crude. Petrolex, whose two "
            "cargoes came to 90,000 tons, has said nothing on further purchases yet.")
    assert _claim(text, "90,000 tons").attribution is None


def test_an_outlook_of_a_record_figure_names_its_source() -> None:
    text = "Grain brokers expect Ukraine's corn sales to reach a record 31 million tonnes."
    assert _claim(text, "31 million tonnes").attribution == "Grain brokers"


def test_a_plan_to_ship_a_record_names_no_source() -> None:
    text = "Argentine growers expect to ship a record 31 million tonnes of corn."
    assert _claim(text, "31 million tonnes").attribution is None


def test_a_described_outlet_after_said_still_closes_the_sentence() -> None:
    text = ("Laos earned $640 million from power sales to Thailand in 2024, the junta said on "
            "Friday in the state-run Vientiane Times.")
    assert _claim(text, "$640 million").attribution == "the junta"


def test_a_lower_case_place_after_said_is_no_outlet() -> None:
    text = ("Laos earned $640 million from power sales to Thailand in 2024, the junta said in "
            "the northern provinces.")
    assert _claim(text, "$640 million").attribution is None


def test_a_country_saying_in_a_headline_gives_the_gist_not_a_source() -> None:
    text = "Chile reports copper sales to Japan up 5% in May\n\nBody text here.\n"
    assert _claim(text, "5%").attribution is None
    text = "Peru says avocado exports to Spain fell 12% in March\n\nBody text here.\n"
    assert _claim(text, "12%").attribution is None


def test_a_body_saying_in_a_headline_or_a_country_in_the_story_is_still_a_source() -> None:
    text = "Codelco says copper sales to Japan rose 5% in May\n\nBody text here.\n"
    assert _claim(text, "5%").attribution == "Codelco"
    text = "Body text here.\n\nChile says copper sales to Japan rose 5% in May."
    assert _claim(text, "5%").attribution == "Chile"


def test_a_cargo_set_to_sail_or_that_will_be_delivered_is_planned() -> None:
    text = "A third cargo for Yemen, 18,000 tonnes of wheat flour, is set to sail on Friday."
    assert _claim(text, "18,000 tonnes").modality == "planned"
    text = "Two fuel cargoes, totalling 90,000 tonnes, will be delivered by mid-March."
    assert _claim(text, "90,000 tonnes").modality == "planned"


def test_would_leave_in_a_comparison_is_no_departure() -> None:
    text = ("Home output is 2,000 tons a year, small beside purchases of 9 million tons, so a "
            "poor harvest would leave little gap.")
    assert _claim(text, "9 million tons").modality == "reported"


def test_unnamed_figures_a_based_on_aside_rests_on_are_its_source() -> None:
    text = ("Chile's copper output slid 6% in May, based on provisional figures, leaving it 2% "
            "below plan.")
    assert _claim(text, "6%").attribution == "provisional figures"
    text = "Based on early shipping data, Ghana's cocoa sales fell 9% in June."
    assert _claim(text, "9%").attribution == "early shipping data"


def test_unnamed_figures_on_which_a_figure_rests_name_no_source() -> None:
    text = "Chile's copper output slid 6% in May on the latest figures."
    assert _claim(text, "6%").attribution is None
    text = "Chile's copper output slid 6% in May, based on the latest figures."
    assert _claim(text, "6%").attribution is None
