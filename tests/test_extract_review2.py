"""Defects a code review of the 2026-11-30 (second session) extractor changes demonstrated, each
pinned by an invented sentence of the kind that showed it (see tests/test_extract_review.py for
the first reviews)."""

from __future__ import annotations

from datetime import date

import pytest

from claim_helpers import claims_from, only_claim
from tradetrace.extract import extract_claims
from tradetrace.extract.quantities import extract_quantities
from tradetrace.ingest.text import unwrap
from tradetrace.model import Claim, Document
from tradetrace.normalize.periods import find_periods

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


# --- review of the fourth 2026-11-30 session (invented sentences from the review's findings) ---


def test_came_in_at_is_an_amount_not_an_import() -> None:
    text = "Laos's exports to Thailand came in at $42 billion in May."
    claim = only_claim(text, "$42 billion", 4.2e10, "USD", date(2024, 7, 1))
    assert (claim.exporter, claim.importer) == ("LAO", "THA")


def test_an_elided_possessive_takes_its_counterpart_s_side() -> None:
    text = "Brazil's soybean exports to China rose 10% in 2023, while Argentina's fell 50%."
    found = {c.surface: c for c in claims_from(
        text, (("10%", 10, "percent"), ("50%", 50, "percent")), date(2024, 3, 1))}
    assert (found["50%"].exporter, found["50%"].importer) == ("ARG", "CHN")


def test_a_change_of_bare_exports_does_not_take_the_paragraph_s_goods() -> None:
    text = ("Laos shipped 80 Mt of iron ore to China in May. Exports to Japan rose 12%, helped by "
            "strong car sales.")
    found = {c.surface: c for c in claims_from(
        text, (("80 Mt", 8e7, "t"), ("12%", 12, "percent")), date(2024, 7, 1))}
    assert found["12%"].commodity != "iron_ore"


def test_he_said_stands_for_the_person_of_the_sentence_just_before_only() -> None:
    text = ("Trade grew, analyst Park Ji-won said. President Yoon met Xi on Friday. He said Laos "
            "bought $300 million of rice from Thailand last year.")
    found = {c.surface: c for c in claims_from(text, (("$300 million", 3e8, "USD"),),
                                               date(2024, 7, 1))}
    assert "(" not in (found["$300 million"].attribution or "")


@pytest.mark.parametrize(("text", "expected"), [
    ("Thailand remained Laos's biggest customer, buying $150 million of goods in 2023.",
     ("LAO", "THA")),
    ("Thailand remained Laos's largest supplier in 2022: imports from it hit $150 million.",
     ("THA", "LAO")),
])
def test_a_role_toward_a_named_owner_gives_both_sides(text: str,
                                                      expected: tuple[str, str]) -> None:
    claim = only_claim(text, "$150 million", 1.5e8, "USD", date(2024, 3, 1))
    assert (claim.exporter, claim.importer) == expected


def test_the_former_is_the_first_of_the_pair_named_together_before() -> None:
    text = ("Thailand and Vietnam supply most of the rice Laos buys. Laos imported 1 million "
            "tonnes of rice in 2023, 60% of it from the former.")
    found = {c.surface: c for c in claims_from(
        text, (("1 million tonnes", 1e6, "t"), ("60%", 60, "percent")), date(2024, 3, 1))}
    assert found["60%"].exporter == "THA"


def test_a_member_state_s_share_of_eu_imports_is_not_a_supply() -> None:
    text = "Italy's share of EU LNG imports rose to 18% in 2023."
    found = {c.surface: c for c in claims_from(text, (("18%", 18, "percent"),),
                                               date(2024, 3, 1))}
    assert found["18%"].exporter != "ITA"


@pytest.mark.parametrize("phrase", ["in the 12 months to the end of March",
                                    "from June to the end of November"])
def test_to_the_end_of_a_month_after_a_start_is_not_the_year_so_far(phrase: str) -> None:
    found = [m.period for m in find_periods(phrase, date(2024, 7, 1)) if m.period]
    assert all(p.start.month != 1 for p in found)


def test_a_possessive_period_after_outpacing_is_a_base() -> None:
    text = "Laos's rice imports reached 5 Mt in 2024, outpacing last year's total."
    found = {c.surface: c for c in claims_from(text, (("5 Mt", 5e6, "t"),), date(2025, 3, 1))}
    assert found["5 Mt"].period_start == "2024-01-01"


@pytest.mark.parametrize("text", [
    "Russia ships more crude oil to India than ever before, data showed.\n"
    "Imports of Iraqi crude fell for a third month to a two-year low.\n"
    "Exports of refined fuel from India rose to a record in the latest month.",
    "Highlights of the customs release for the month of March this year:\n"
    "- crude imports rose to a record high on strong demand from refiners\n"
    "- coal imports fell sharply as domestic output rose again this month",
    "Country        Imports (mt)   Change from last year\n"
    "Russia         108.5          up 1 percent on the previous year\n"
    "Saudi Arabia   78.6           down 8.6 percent on the year\n",
])
def test_lines_that_are_digests_lists_or_tables_are_not_joined(text: str) -> None:
    assert unwrap(text).count("\n") == text.count("\n")
