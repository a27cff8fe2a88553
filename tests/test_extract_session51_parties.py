"""Session 51, exporter and importer: each test pins one rule of the session on invented
text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def test_a_sentence_naming_only_the_home_country_leaves_it_the_side() -> None:
    found = _claims("Ghana's cocoa exports rise 8%\nGhana shipped 40,000 tonnes of cocoa beans "
                    "in May, 8% more than a year earlier. Output at the country's Ashanti farms "
                    "climbed to 90,000 tonnes.")
    claim = found["90,000 tonnes"]
    assert (claim.exporter, claim.importer) == ("GHA", None)


def test_the_home_country_as_owner_or_agent_of_a_bare_flow_is_its_side() -> None:
    found = _claims("Peru mining revenue slips\nPeru's mining sector earned $4.2 billion in "
                    "export revenue in 2023, down 6% on the year.")
    assert (found["$4.2 billion"].exporter, found["$4.2 billion"].importer) == ("PER", None)
    found = _claims("Ivory Coast sells cocoa forward\nForward contracts covering 900,000 tons of "
                    "cocoa have been sold by Ivory Coast, the council said.")
    assert (found["900,000 tons"].exporter, found["900,000 tons"].importer) == ("CIV", None)


def test_a_home_owner_of_more_than_goods_stays_off() -> None:
    found = _claims("Egypt earnings up\nEgypt's tourism and gas exports rose 8% to $20 billion.")
    assert found["8%"].exporter != "EGY"


def test_a_story_whose_opening_names_no_country_is_its_body_country_s() -> None:
    found = _claims("Jute earnings climb\nJute exports rose 12% to $900 million in July-April, "
                    "the export bureau said.\nBangladesh mills want new markets, and Bangladesh "
                    "plans a fair in Dhaka.")
    assert (found["12%"].exporter, found["12%"].importer) == ("BGD", None)
    assert (found["$900 million"].exporter, found["$900 million"].importer) == ("BGD", None)




def test_a_gapped_goods_share_of_bare_exports_in_a_home_story_is_the_home_country_s() -> None:
    found = _claims("Samoa's trade gap narrows\nSamoa's trade gap narrowed in the June quarter, "
                    "the statistics department said.\nNoni made up 24% of domestic exports, fish "
                    "17% and root crops 8%.")
    for surface in ("17%", "8%"):
        assert (found[surface].exporter, found[surface].importer) == ("WSM", None), surface
