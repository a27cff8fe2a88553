"""Session 59, mend R: the parties rules of the session narrowed where reviewers found them
over-reaching; each test fails without its mend."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, sides

_claims = extracted_on(date(2025, 6, 1))


def test_a_buyer_of_with_after_an_export_total_buys_from_its_seller() -> None:
    found = _claims("Vietnam's rice exports rose 12%, with the Philippines buying 4 million "
                    "tonnes.")
    assert sides(found, "4 million tonnes") == ("VNM", "PHL")
    found = _claims("Vietnam's rice exports rose 12%, with the Philippines importing 4 million "
                    "tonnes.")
    assert sides(found, "4 million tonnes") == ("VNM", "PHL")
    found = _claims("Brazil's soybean exports hit 98 million tonnes last year, with China "
                    "purchasing 70 million tonnes.")
    assert sides(found, "70 million tonnes") == ("BRA", "CHN")


def test_a_buyer_of_with_after_a_buyer_takes_no_seller_from_it() -> None:
    found = _claims("China bought 5 million tonnes of wheat, with Egypt buying 2 million tonnes.")
    assert sides(found, "2 million tonnes")[0] != "CHN"


def test_power_generated_is_its_subjects_not_another_verbs_origin() -> None:
    found = _claims("Uzbekistan, which generated 80 billion kWh last year, imported 4 billion "
                    "kWh from Kazakhstan.")
    assert found["80 billion kWh"].exporter == "UZB"
    assert sides(found, "4 billion kWh") == ("KAZ", "UZB")
    found = _claims("Vietnam imported 5 billion kWh from Laos, while its solar farms generated "
                    "more than 30 billion kilowatt-hours.")
    assert found["30 billion kilowatt-hours"].exporter == "VNM"


def test_a_headline_as_keeps_the_side_the_first_clause_names_for_the_flow() -> None:
    found = _claims("Exports to China surge as Australia's iron ore shipments hit 80 million "
                    "tonnes\nIron ore demand stayed firm through the year.")
    assert sides(found, "80 million tonnes") == ("AUS", "CHN")
