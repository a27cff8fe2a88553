"""Session 41, mends from the read-only review of the session's claim rules. Text written for
these tests."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted
from tradetrace.model import Claim

MARCH_2024 = date(2024, 3, 15)


def _claims(text: str, published: date = MARCH_2024) -> dict[str, Claim]:
    return extracted(text, published)


def test_a_headline_pair_keeps_the_article_country_as_buyer() -> None:
    claims = _claims("Floods cut Laos's trade with Vietnam\n\n"
                     "Vietnamese exports came to $41 million in 2023, down 18%.")
    flow = claims["$41 million"]
    assert (flow.exporter, flow.importer) == ("VNM", "LAO")


def test_two_countries_of_a_headline_that_trade_with_nobody_are_no_pair() -> None:
    claims = _claims("Kenyan tea exports climb as Egypt turns away from India\n\n"
                     "Kenya shipped 450 million kilograms of tea in 2023, up 5%.")
    flow = claims["450 million kilograms"]
    assert (flow.exporter, flow.importer) == ("KEN", None)


def test_a_flow_after_a_cap_it_passed_stays_a_flow() -> None:
    claims = _claims("Imports topped the 200,000-tonne quota in 2022, rising to 260,000 tonnes "
                     "in 2023, the ministry said.")
    assert claims["260,000 tonnes"].kind == "level"
    claims = _claims("Mills bought 150,000 tonnes in 2022, under the 200,000-tonne quota, rising "
                     "to 240,000 tonnes in 2023.")
    assert claims["240,000 tonnes"].kind == "level"


def test_a_cap_moved_in_years_already_past_is_reported() -> None:
    claims = _claims("The sugar import quota was 300,000 tonnes in 2021, rising to 350,000 "
                     "tonnes in 2022.")
    cap = claims["350,000 tonnes"]
    assert (cap.kind, cap.modality) == ("cap", "reported")
    claims = _claims("The sugar import quota is 300,000 tonnes for 2024, rising to 350,000 tonnes "
                     "in 2025.")
    cap = claims["350,000 tonnes"]
    assert (cap.kind, cap.modality) == ("cap", "planned")


def test_a_share_of_goods_joined_to_others_keeps_the_parts_goods() -> None:
    claims = _claims("Russian oil made up 44% of India's crude and fuel imports in 2023.")
    assert claims["44%"].commodity == "oil"
    claims = _claims("Russian oil made up 44% of India's crude imports in 2023.")
    assert claims["44%"].commodity == "crude_oil"
