"""Defects a code review of the 2026-11-30 (second session) extractor changes demonstrated, each
pinned by an invented sentence of the kind that showed it (see tests/test_extract_review.py for
the first reviews)."""

from __future__ import annotations

from datetime import date

import pytest

from tradetrace.extract import extract_claims
from tradetrace.extract.quantities import extract_quantities
from tradetrace.model import Claim, Document

JULY_2024 = date(2024, 7, 1)


def claims(text: str) -> list[Claim]:
    return extract_claims(Document.from_text(text, published=JULY_2024))


def units(text: str) -> list[tuple[str, str]]:
    return [(q.surface, q.unit) for q in extract_quantities(text)]


def test_a_demonym_of_afghanistan_is_not_money() -> None:
    assert units("Some 300 Afghani traders sold raisins.") == [("300 Afghani traders", "trader")]


def test_pounds_of_goods_after_money_in_pounds_are_a_weight() -> None:
    found = units("Lamb costs 90,000 Syrian pounds and 2 pounds of sugar cost 20,000 Syrian "
                  "pounds.")
    assert found[1] == ("2 pounds", "pound")


def test_a_count_after_a_day_of_the_month_is_not_a_year() -> None:
    found = units("On June 12, 1500 refugees crossed the border.")
    assert found == [("1500 refugees", "refugee")]


@pytest.mark.parametrize("text, surface", [
    ("Over the three years he spent in prison, nothing changed.", "three years"),
    ("The 30 days of talks ended.", "30 days"),
    ("He served the final two years at home.", "two years"),
])
def test_a_duration_after_the_is_still_a_quantity(text: str, surface: str) -> None:
    assert [s for s, _ in units(text)] == [surface]


def test_more_before_a_unit_is_no_counted_noun() -> None:
    assert units("China imported 2 million more tonnes of coal than in 2022.")[0][1] != "tonne"


@pytest.mark.parametrize("text", [
    "Russian wheat shipments to Egypt were halted twice this year.",
    "China cut its coal imports from Australia twice the following year.",
])
def test_twice_as_a_frequency_is_no_claim(text: str) -> None:
    assert claims(text) == []


def test_an_ordinal_after_by_is_no_fraction() -> None:
    text = ("China imported 2 million tonnes of coal in May, but shipments were held up by a third "
            "strike at the port.")
    assert [c.surface for c in claims(text)] == ["2 million tonnes"]


def test_a_flow_after_a_price_is_still_a_flow() -> None:
    text = ("Coal sold for $100 a tonne in May, while exports to China, 30 percent higher than a "
            "year earlier, reached 2 million tonnes.")
    assert "30 percent" in [c.surface for c in claims(text)]


def test_a_partners_part_of_two_way_trade_stays_two_way() -> None:
    text = ("North Korea's foreign trade reached $2.3 billion in 2023. China, which took 96 "
            "percent of the total, remains its lifeline.")
    share = [c for c in claims(text) if c.surface == "96 percent"][0]
    assert share.two_way


def test_a_state_budget_is_no_country() -> None:
    text = ("Egypt bought 2 million tonnes of wheat from Russia in May. The new state budget "
            "assumes imports of 12 million tonnes next year.")
    last = claims(text)[-1]
    assert last.importer == "EGY"


@pytest.mark.parametrize("second", [
    "Imports from Australia rose to 1 million tonnes for the first time in a year.",
    "Imports from Australia resumed at 1 million tonnes after a year-long ban.",
])
def test_a_year_that_is_no_rate_keeps_the_period(second: str) -> None:
    text = "In May, China imported 2 million tonnes of coal from Russia. " + second
    assert claims(text)[-1].period_start == "2024-05-01"


def test_a_combined_figure_with_its_own_destination_keeps_it() -> None:
    text = ("China shipped 14,000 tonnes of rice to North Korea in May, while Russia sent 9,000 "
            "tonnes to North Korea, and a combined 5,000 tonnes of flour went to Cuba.")
    assert claims(text)[-1].importer == "CUB"


def test_a_definite_name_after_several_narrower_goods_is_as_written() -> None:
    text = ("India exported 1 million tonnes of basmati rice and 3 million tonnes of wheat to "
            "Iran, and Pakistan shipped 500,000 tonnes of the grain to Iran.")
    assert claims(text)[-1].commodity == "grain"
