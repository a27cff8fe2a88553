"""Claim rules found on `tests/gold/dev5.jsonl` (how outlets name the parties), pinned by
invented sentences.

Each test names what went wrong; quantities are written out by hand (what the quantity layer
would hand over), so only the claim logic is exercised.
"""

from __future__ import annotations

from datetime import date

import pytest

from claim_helpers import by_surface, claims_from, parties
from tradetrace.extract.sentences import circumstance_opener
from tradetrace.model import Claim

JUNE_2024 = date(2024, 6, 20)


def only_claim(text: str, surface: str, value: float, unit: str) -> Claim:
    found = claims_from(text, ((surface, value, unit),), JUNE_2024)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("text", "expected"), [
    ("About 400,000 tonnes of Australian barley were bought by Chinese importers in May.",
     ("AUS", "CHN", False)),
    ("Kazakhstan shipped 2 million tonnes of wheat abroad, with Russian mills taking 400,000 "
     "tonnes.", ("KAZ", "RUS", False)),
    ("Brazilian exporters sold 400,000 tonnes of sugar to Egypt in May.", ("BRA", "EGY", False)),
])
def test_a_demonym_before_a_noun_for_traders_stands_for_its_country(
        text: str, expected: tuple[str, str, bool]) -> None:
    assert parties(only_claim(text, "400,000 tonnes", 400_000, "t")) == expected


def test_a_country_in_a_scene_setting_opener_takes_no_part_in_the_flow() -> None:
    text = ("Shut out of Poland's ports, Belaruskali railed 900,000 tonnes of potash to Chinese "
            "buyers in 2023.")
    claim = only_claim(text, "900,000 tonnes", 900_000, "t")
    assert parties(claim) == ("BLR", "CHN", False)


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


def test_a_trade_word_right_after_and_heads_the_next_coordinate() -> None:
    text = ("Laos's total trade rose 3 percent to $9 billion, with exports climbing 8 percent "
            "to $4 billion and imports easing 1 percent to $5 billion.")
    claims = by_surface(text, (("3 percent", 3, "percent"), ("$9 billion", 9e9, "USD"),
                               ("8 percent", 8, "percent"), ("$4 billion", 4e9, "USD"),
                               ("1 percent", 1, "percent"), ("$5 billion", 5e9, "USD")),
                        JUNE_2024)
    assert (claims["$4 billion"].exporter, claims["$4 billion"].importer) == ("LAO", None)
    assert (claims["$5 billion"].exporter, claims["$5 billion"].importer) == (None, "LAO")


@pytest.mark.parametrize("tail", [
    ", a shipping consultancy estimated from port records.",
    ", a shipping consultancy estimated, most of it through Batumi.",
    ", a shipping consultancy estimated; the rest went by rail.",
])
def test_a_source_estimating_after_a_comma_governs_the_figures_before_it(tail: str) -> None:
    text = "Georgia took in 40,000 barrels per day of Azerbaijani crude last year" + tail
    claim = only_claim(text, "40,000 barrels per day", 40_000, "bbl/d")
    assert claim.modality == "estimated"
