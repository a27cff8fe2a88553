"""Session 53, mend D: a headline figure is the lead's claim restated only when the headline's own
words agree with it (what is measured, country, direction, negation, time, hedge side). Each
test is a reviewer's invented sentence (headline first line) the headline rule over-reached on;
a positive case pins that the agreeing headline is still copied."""

from __future__ import annotations

from datetime import date

import pytest

from tradetrace.extract import extract_claims
from tradetrace.model import Claim, Document

_ON = date(2025, 6, 1)


def _heads(text: str) -> list[Claim]:
    """The claims on the headline (the first line)."""
    end = text.index("\n")
    return [c for c in extract_claims(Document.from_text(text, published=_ON)) if c.end <= end]


@pytest.mark.parametrize("text", [
    # a levy rate is no flow (rounded to the lead's 24%)
    "Trump slaps 25% tariff on Canadian lumber\nCanada's lumber exports to the United States "
    "fell 24% in May, Statistics Canada said.",
    # inflation
    "Inflation in Kenya eases to 5%\nKenya's tea exports fell 5% in March, the tea board said.",
    # a currency's fall
    "Ghana's cedi loses 20% this year\nGhana's cocoa exports fell 20% in the first quarter, the "
    "regulator said.",
    # a currency, moving the other way
    "Peso slides 3% against dollar\nMexico's auto exports rose 3% in May, the statistics "
    "institute said.",
    # a price, moving the other way
    "Cocoa prices surge 5%\nIvory Coast's cocoa exports fell 5% in April, the regulator said.",
    # a rounded figure sharing no word with the lead
    "Kenya loses $2 billion to graft\nKenya's tea exports earned $1.96 billion last year, the tea "
    "board said.",
    "Jobless rate hits 10%\nBrazil's soybean exports rose 9.6% in May, the ministry said.",
    # another country's goods
    "Malaysian palm oil bounces 8%\nIndonesia's palm oil exports rose 8% in April, the "
    "association said. Malaysia's rose 6%.",
    # a denied figure
    "Peruvian blueberries won't bounce 14% again\nPeru's blueberry exports rose 14% in May from "
    "a year earlier, the farm ministry said.",
    # a year of its own, apart from the lead's period
    "Peruvian blueberries bounce 14% in 2024\nPeru's blueberry exports rose 14% in May from a "
    "year earlier, the farm ministry said.",
    # a move the other way, rounded
    "Soy bounces back 10%\nBrazil's soybean exports fell 9.6% in May, the ministry said.",
    # `nearly` says below, the lead's figure is above
    "Nearly 2 million bags of coffee\nUganda exported 2.08 million bags of coffee in May, the "
    "coffee authority said.",
])
def test_a_headline_figure_its_own_words_disagree_with_is_not_the_leads_claim(text: str) -> None:
    assert _heads(text) == []


def test_an_agreeing_headline_figure_is_still_the_leads_claim() -> None:
    found = _heads("Peruvian blueberries bounce 14% in May\nPeru's blueberry exports rose 14% in "
                   "May from a year earlier, the farm ministry said.")
    assert [(c.kind, c.direction, c.exporter, c.period_start) for c in found] == [
        ("change", "up", "PER", "2025-05-01")]


def test_a_rounded_headline_figure_on_its_hedges_side_is_still_the_leads_claim() -> None:
    found = _heads("Soy exports slip 10%\nBrazil's soybean exports fell 9.6% in May, the ministry "
                   "said.")
    assert [(c.kind, c.direction, c.exporter, c.value) for c in found] == [
        ("change", "down", "BRA", 10.0)]
    found = _heads("Over 2 million bags of coffee shipped\nUganda exported 2.08 million bags of "
                   "coffee in May, the coffee authority said.")
    assert [(c.kind, c.exporter, c.value) for c in found] == [("level", "UGA", 2_000_000.0)]


def test_a_levy_named_in_another_clause_of_the_headline_does_not_block_the_copy() -> None:
    found = _heads("US bought £59.3bn of UK goods last year as tariffs loomed\nThe United States "
                   "bought £59.3 billion of British goods in 2024, official figures showed.")
    assert [(c.kind, c.exporter, c.importer) for c in found] == [("level", "GBR", "USA")]


@pytest.mark.parametrize("text", [
    "Coffee prices jump 4.3% at auction\nUganda's coffee exports rose 4.3 percent in May, the "
    "coffee authority said, as prices at the auction climbed.",
    "Fuel subsidy costs Panama $320 million\nPanama's government has approved a further $320 "
    "million to extend its fuel subsidy, imported diesel included.",
])
def test_a_headline_figure_of_a_price_or_a_cost_is_not_the_leads_claim(text: str) -> None:
    assert _heads(text) == []
