"""Attribution and modality rules of the forty-first session's ninth attribution round
(2026-12-05), each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import in_body

WHEN = date(2024, 6, 12)


def _source(text: str, surface: str) -> str | None:
    return in_body(text, WHEN)[surface].attribution


def _modality(text: str, surface: str) -> str:
    return in_body(text, WHEN)[surface].modality


def test_a_figure_as_the_subject_of_a_hedged_modal() -> None:
    """`about 40,000 tonnes should land`, `A further 80 million cubic metres could come from`:
    the figure the hedged modal says something of is a forecast, as its object would be."""
    cases = {
        "Kenyan buyers have taken 90,000 tonnes of lentils since March, and about 25,000 "
        "tonnes should land in July, a Mombasa trader said.": "25,000 tonnes",
        "Moldova has imported 300 million cubic metres of gas from Romania this year, and "
        "another 80 million cubic metres could come in winter, the operator added.":
            "80 million cubic metres",
        "Some 3.2 million tonnes of this season's cocoa crop should go to buyers abroad.":
            "3.2 million tonnes",
    }
    for text, surface in cases.items():
        assert _modality(text, surface) == "forecast", text


def test_a_figure_before_a_second_hedged_predicate_stays_reported() -> None:
    """`reached 2.1 million tons in 2022 and could drop ...`: the modal opens a predicate of its
    own; the figure before it was recorded."""
    text = "Pepper shipments fell to roughly 2.1 million tons in 2022 and could drop again."
    assert _modality(text, "2.1 million tons") == "reported"


def test_a_permission_or_a_negation_after_the_figure_is_no_hedge() -> None:
    """`totalling 2.4 million tonnes may enter the bloc` is what a rule allows and `it could no
    longer sell` a negation: neither makes the figure before it a forecast."""
    text = ("Under the new regulation, steel imports totalling 2.4 million tonnes may enter the "
            "bloc between 2025 and 2027.")
    assert _modality(text, "2.4 million tonnes") == "reported"


def test_states_as_a_noun_is_no_source() -> None:
    """`states` after a preposition or before a verb is the noun (`arms transfers between states
    fell`, `Goods traded among the Andean Community states were worth`), not a verb of saying
    whose subject would be a source."""
    cases = {
        "Transfers of grain between states in 2019-23 fell 3 per cent short of the 2014-18 "
        "level.": "3 per cent",
        "Goods traded among the Andean Community states were worth $9.4 billion in 2022.":
            "$9.4 billion",
    }
    for text, surface in cases.items():
        assert _source(text, surface) is None, text


def test_states_as_a_verb_still_names_its_source() -> None:
    """`The ministry states that ...` keeps the ministry as the source."""
    text = "The agriculture ministry states that Peru exported 410,000 tonnes of grapes in 2023."
    assert _source(text, "410,000 tonnes") == "The agriculture ministry"
