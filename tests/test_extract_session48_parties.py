"""Session 48 (exporter and importer): each test pins one rule of the session on invented
text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def test_a_main_source_after_a_purchase_is_not_the_seller_of_all_of_it() -> None:
    found = _claims("Last year Peru imported 320,000 tonnes of maize, mostly from Argentina.")
    assert (found["320,000 tonnes"].exporter, found["320,000 tonnes"].importer) == (None, "PER")
    found = _claims("Egypt plans to buy an extra 1.2 million tonnes of wheat, mainly from "
                    "Ukraine and Romania, this year.")
    assert found["1.2 million tonnes"].exporter is None
    found = _claims("Kenya bought 40,000 tonnes of rice from Pakistan.")
    assert found["40,000 tonnes"].exporter == "PAK"


def test_a_main_destination_before_the_figure_is_not_the_buyer_of_all_of_it() -> None:
    found = _claims("Kenya's tea exports, which go chiefly to Egypt and Pakistan, climbed to "
                    "$28.7 million.")
    assert (found["$28.7 million"].exporter, found["$28.7 million"].importer) == ("KEN", None)
    found = _claims("Norway shipped 400,000 tonnes of salmon, mostly to Poland, up 10% from a "
                    "year earlier.")
    assert found["10%"].importer is None
    found = _claims("Norway sent out 16 TWh, mainly to Sweden (7 TWh), with Denmark taking 4 TWh.")
    assert found["7 TWh"].importer == "SWE"


def test_a_country_a_transit_flow_crosses_is_neither_side() -> None:
    found = _claims("Transit of Chilean cargo through Bolivia rose 98 percent since the start of "
                    "the year, the minister said.")
    assert (found["98 percent"].exporter, found["98 percent"].importer) == ("CHL", None)
    found = _claims("Shipments of Kazakh grain across Uzbekistan in transit jumped 78.9% to "
                    "596,807 tonnes.")
    assert found["596,807 tonnes"].importer is None
    found = _claims("Peru shipped 20,000 tonnes of copper to Brazil through Bolivia.")
    assert found["20,000 tonnes"].importer == "BRA"
