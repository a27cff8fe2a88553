"""The parts of the claim extractor: sentences, commodities, country mentions, attribution."""

from __future__ import annotations

import pytest

from tradetrace.extract.attribution import attributions
from tradetrace.extract.commodity import find_commodities
from tradetrace.extract.parties import find_countries
from tradetrace.extract.sentences import circumstance_opener, clause_bounds, split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_sentences_survive_abbreviations_initials_and_decimals() -> None:
    text = ("The U.S. Treasury named N. Korea firms on Oct. 9, 2006. Dr. Kim said exports rose "
            "5.4 percent. Posted May. 14, 2014. Trade fell in May. The end.")
    assert texts(text) == [
        "The U.S. Treasury named N. Korea firms on Oct. 9, 2006.",
        "Dr. Kim said exports rose 5.4 percent.",
        "Posted May. 14, 2014.",
        "Trade fell in May.",
        "The end.",
    ]


def test_sentences_split_after_quotes_and_keep_offsets_and_paragraphs() -> None:
    text = "“Imports rose,” the source said. “They will rise again.”\nA new paragraph here."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "“Imports rose,” the source said.", "“They will rise again.”", "A new paragraph here."]
    assert [s.paragraph for s in sentences] == [0, 0, 1]
    assert all(text[s.start:s.end] == s.text for s in sentences)


def test_clause_bounds_split_on_commas_and_contrast_words() -> None:
    text = "Exports rose 5 percent, while imports fell 3 percent."
    at = text.index("3 percent")
    start, end = clause_bounds(text, 0, len(text), at)
    assert text[start:end] == "while imports fell 3 percent."


@pytest.mark.parametrize(("text", "opener"), [
    ("Cut off from Lithuania's ports, Belarus sent potash east.",
     "Cut off from Lithuania's ports, "),
    ("Unlike China, Russia kept buying.", "Unlike China, "),
    ("Shipped from Russia, the coal reached Vietnam.", None),  # a trade word: part of the flow
    ("Hit by 20 percent tariffs, Chinese buyers cut orders.", None),  # a figure of its own
    ("In 2023, Russia sent potash east.", None),  # a time, not a scene
])
def test_scene_setting_openers(text: str, opener: str | None) -> None:
    span = circumstance_opener(text, 0, len(text))
    assert (text[span[0]:span[1]] if span else None) == opener


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("imports of soybean oil and palm oil", ["soybean_oil", "food"]),
        ("Russia's oil exports", ["oil"]),
        ("exports of coal and total exports", ["coal", "trade"]),
        ("crude oil, diesel fuels and refined petroleum products", [
            "crude_oil", "diesel", "refined_petroleum"]),
        ("fertilizers and wheat flour", ["fertilizer", "flour"]),
    ],
)
def test_commodity_mentions(text: str, keys: list[str]) -> None:
    assert [m.key for m in find_commodities(text)] == keys


def test_country_mentions_carry_cues_possessives_and_pairs() -> None:
    text = ("Russia’s exports to the North rose; trade between China and Iran and "
            "Pyongyang-Moscow ties.")
    found = [(m.surface, m.code, m.cue, m.possessive, m.paired) for m in find_countries(text)]
    assert found == [
        ("Russia", "RUS", None, True, False), ("the North", "PRK", "to", False, False),
        ("China", "CHN", "between", False, True), ("Iran", "IRN", "and", False, True),
        ("Pyongyang", "PRK", "and", False, True), ("Moscow", "RUS", None, False, True)]


def test_country_mentions_skip_names_of_outlets_and_currencies() -> None:
    text = "A source told Daily NK that 5 million U.S. dollars went to us."
    assert find_countries(text) == []


def test_masked_names_stay_masked_anywhere_in_a_long_text() -> None:
    # masks are looked up by position (bisect); every one must still hide its country, the
    # countries between them must still be found, and a window starts and ends where asked
    part = "Daily NK said China sold U.S. dollars to Russia via NK News. "
    text = part * 300
    found = find_countries(text)
    assert [m.code for m in found] == ["CHN", "RUS"] * 300
    assert [m.start for m in found[:2]] == [text.index("China"), text.index("Russia")]
    seventh = len(part) * 7
    window = find_countries(text, seventh + part.index("China"), seventh + len(part))
    assert [(m.surface, m.start) for m in window] == [
        ("China", seventh + part.index("China")), ("Russia", seventh + part.index("Russia"))]


def test_demonyms_capitals_regions_and_pronouns() -> None:
    text = "Russian oil from the Russian Far East reached Beijing and its ports."
    found = [(m.surface, m.code, m.form) for m in find_countries(text)]
    assert found == [("Russian", "RUS", "demonym"), ("the Russian Far East", "RUS", "region"),
                     ("Beijing", "CHN", "capital"), ("its", None, "pronoun")]


def test_attribution_of_each_sentence() -> None:
    text = ("According to KOTRA on Tuesday, exports rose. They rose again.\n"
            "Analysts say that trade grew.\n"
            "Exports fell, the customs office said.\n"
            "This is noted. Nothing more.")
    sentences = split_sentences(text)
    found = [a.text if a else None for a in attributions(text, sentences)]
    assert found == ["KOTRA", "KOTRA", "Analysts", "the customs office", None, None]


@pytest.mark.parametrize("text, count", [
    ("The UAE was fourth at 490 kb/d. Next came Iraq.", 2),
    ("Flows rose to 5 b/d. Then they fell.", 2),
    ("Trade with N. Korea fell.", 1),
])
def test_a_full_stop_after_a_rate_unit_ends_the_sentence(text: str, count: int) -> None:
    assert len(split_sentences(text)) == count


@pytest.mark.parametrize(("text", "count"), [
    ("Trade stood at $44 billion in 2022. (b) Imports from Laos were $40 billion.", 2),
    ("Trade stood at $44 billion. (ii) Imports were $40 billion.", 2),
    ("Trade stood at $44 billion (about 5 percent of output) in 2022.", 1),
])
def test_a_lettered_list_item_opens_a_sentence(text: str, count: int) -> None:
    assert len(split_sentences(text)) == count
