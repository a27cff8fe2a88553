"""Session 47 review mends (mendD): rules of the session narrowed where they over-reached on
ordinary news text; each test pins the narrowed reading on invented text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 5, 1))


def test_global_qualifying_something_else_does_not_make_the_flow_the_whole() -> None:
    found = _claims("Vietnam's coffee exports to Germany rose 10% to 50,000 tonnes in March. "
                    "Global coffee prices lifted exports 12% in April.")
    assert (found["12%"].exporter, found["12%"].importer) == ("VNM", "DEU")
    found = _claims("Kenya's tea exports to Pakistan rose 9% to 40 million kg in March. "
                    "Global tea demand helped shipments grow 4% in April.")
    assert (found["4%"].exporter, found["4%"].importer) == ("KEN", "PAK")


def test_global_in_a_name_does_not_make_the_flow_the_whole() -> None:
    found = _claims("China's exports to Russia rose 20% in March to $9 billion. "
                    "The Global Times said shipments climbed a further 5% in April.")
    assert (found["5%"].exporter, found["5%"].importer) == ("CHN", "RUS")


def test_global_or_worldwide_with_only_goods_between_still_make_the_flow_the_whole() -> None:
    found = _claims("Japan's car exports to the United States rose 8% to 120,000 units in "
                    "March. Global car exports rose 4% in April.")
    assert (found["4%"].exporter, found["4%"].importer) == ("JPN", None)
    found = _claims("Norway's salmon exports to Japan rose 8% to 30,000 tonnes in March. "
                    "Worldwide shipments rose 3% to 100,000 tonnes in April.")
    assert (found["100,000 tonnes"].exporter, found["100,000 tonnes"].importer) == ("NOR", None)
