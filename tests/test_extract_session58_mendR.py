"""Session 58, mend R: the parties rules of the session (goods sent `there`, a country ranked
among a flow's suppliers or buyers, a bloc's row of a seller's exports) no longer reach past
what they name; each test fails without its mend."""

from __future__ import annotations

from datetime import date

import pytest

from claim_helpers import extracted_on, sides

_claims = extracted_on(date(2025, 6, 1))

_WALNUTS = "Chile exported 52,000 tonnes of walnuts last year. "


def test_its_sales_there_after_a_buyers_role_are_the_roles_owners() -> None:
    found = _claims("China is Australia's biggest market for barley, and its exports there "
                    "rose 10% to 4 million tonnes.")
    assert sides(found, "4 million tonnes") == ("AUS", "CHN")
    found = _claims("Egypt remained Russia's top wheat buyer, and its shipments there rose 10% "
                    "to 9 million tonnes.")
    assert sides(found, "9 million tonnes") == ("RUS", "EGY")


@pytest.mark.parametrize("middle", [
    "India is the fastest-growing market after Turkey",
    "India has now passed Turkey as the top market",
    "India edged out Turkey as the top market",
    "India beat Turkey to become the top market",
    "India, not Turkey, is now the top market",
    "India, like Turkey, cut import duties",
])
def test_a_country_set_beside_the_place_is_no_place_of_shipments_there(middle: str) -> None:
    found = _claims(_WALNUTS + middle + ", and shipments there rose 20% to 9,000 tonnes.")
    assert sides(found, "9,000 tonnes") == ("CHL", "IND")


def test_exports_there_without_an_owner_or_a_market_leave_the_place() -> None:
    found = _claims("India imported 4 million tonnes of palm oil last year. Indonesia raised "
                    "its export levy, and palm oil exports there fell 10% to 26 million tonnes.")
    assert found["26 million tonnes"].exporter == "IDN"
    found = _claims("China exported 500,000 tonnes of steel to Vietnam in May. Vietnam has "
                    "built new mills, and steel exports there rose 30% to 1.2 million tonnes.")
    assert found["1.2 million tonnes"].exporter == "VNM"


def test_a_ranking_stops_at_a_new_clause() -> None:
    found = _claims("Chinese soybean imports rose 9% in May. Brazil came first among suppliers "
                    "with 10.2 million tonnes, up 15%, while total imports hit 13.9 million "
                    "tonnes.")
    assert sides(found, "10.2 million tonnes") == ("BRA", "CHN")
    assert found["13.9 million tonnes"].exporter is None
    found = _claims("Thai durian exports rose 9% in May. Malaysia came third among buyers, "
                    "though overall shipments fell 5% to 80,000 tonnes.")
    assert found["80,000 tonnes"].importer is None


def test_a_seller_named_in_a_blocs_row_is_its_seller() -> None:
    found = _claims(_WALNUTS + "Europe bought 60% of US walnut exports and India about 10%.")
    assert sides(found, "60%") == ("USA", None)
    assert sides(found, "10%") == ("USA", "IND")


def test_a_world_share_in_a_blocs_row_is_not_the_paragraphs_sellers() -> None:
    found = _claims(_WALNUTS + "Europe received 28% of global walnut shipments, and China 20%.")
    assert found["20%"].exporter != "CHL"


def test_sales_there_after_a_home_market_are_not_sent_there() -> None:
    found = _claims("South Korea exported 250,000 cars to the United States last year. Japan's "
                    "car market is shrinking, and new car sales there fell 4% to 4.4 million "
                    "units.")
    assert sides(found, "4.4 million units") != ("KOR", "JPN")
    assert found["4.4 million units"].importer != "JPN"
