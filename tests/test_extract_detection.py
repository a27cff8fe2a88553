"""Which quantities are trade claims at all (extract/claims `drafts`): prices, and what restates
or moves a price, are not. Sentences are invented; quantities are read by the quantity layer."""

from __future__ import annotations

from datetime import date

import pytest

from tradetrace.extract import extract_claims
from tradetrace.model import Document


def claim_surfaces(text: str) -> list[str]:
    document = Document.from_text(text, published=date(2025, 3, 18))
    return [c.surface for c in extract_claims(document)]


@pytest.mark.parametrize("text", [
    "Rice was selling for 7,650 won per kilogram in Sinuiju markets last week, nearly 60 percent "
    "more than a year earlier.",
    "Corn fetched 3,100 won per kilogram in Hyesan, about 12 percent higher than in January.",
])
def test_a_percent_compared_after_a_price_is_the_prices_move(text: str) -> None:
    assert claim_surfaces(text) == []


def test_a_gapped_price_after_a_price_is_a_price() -> None:
    text = "Gasoline sold for 23,500 won per kilogram and diesel for 19,000 won in Sinuiju."
    assert claim_surfaces(text) == []


def test_a_flow_worth_money_after_a_flow_is_still_a_claim() -> None:
    text = "China sold 3,000 tonnes of rice to North Korea for $1.5 million in March."
    assert claim_surfaces(text) == ["3,000 tonnes", "$1.5 million"]


@pytest.mark.parametrize("text", [
    "Tupras' 11mn t/yr Izmit refinery ran at reduced rates in March.",
    "Reliance runs a 1.24 million bpd plant at Jamnagar.",
])
def test_a_rate_before_a_plant_is_its_capacity(text: str) -> None:
    assert claim_surfaces(text) == []


def test_a_share_of_people_in_poverty_is_no_claim() -> None:
    text = ("Iran shipped 55,000 barrels per day of crude to Syria in July. Roughly 90% of "
            "Syrians live below the poverty line.")
    assert claim_surfaces(text) == ["55,000 barrels per day"]


def test_a_count_of_cargoes_is_no_claim() -> None:
    text = "Russia shipped 20 bcm of LNG to China in 2024, loading 97 cargoes at Sabetta."
    assert "97 cargoes" not in claim_surfaces(text)


@pytest.mark.parametrize("text", [
    "Thailand's exports of children's toys to Laos rose to $5 million in 2023.",
    "Iraq's 450,000 bpd pipeline exports to Turkey resumed in May.",
])
def test_flows_named_with_children_or_a_pipeline_are_claims(text: str) -> None:
    assert len(claim_surfaces(text)) == 1
