"""Session 48 review mends (exporter and importer): each test pins ordinary text a rule of the
session over-reached on, which reads as it did before the rule."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 5, 1))


def test_a_dropped_main_source_is_not_replaced_by_a_later_figures_source() -> None:
    found = _claims("Egypt imported 450,000 tons of wheat in March, mostly from Russia, and "
                    "100,000 tons of corn from Ukraine.")
    assert found["450,000 tons"].exporter in (None, "RUS")
    assert (found["100,000 tons"].exporter, found["100,000 tons"].importer) == ("UKR", "EGY")
    found = _claims("The EU imported 30 bcm of LNG in 2023 mainly from the United States, and "
                    "10 bcm from Qatar.")
    assert found["30 bcm"].exporter in (None, "USA")
    assert found["10 bcm"].exporter == "QAT"
    found = _claims("Egypt imported 450,000 tons of wheat in March, mostly from Russia.")
    assert (found["450,000 tons"].exporter, found["450,000 tons"].importer) == (None, "EGY")


def test_a_main_destination_before_a_clause_of_its_own_keeps_its_part() -> None:
    found = _claims("Vietnam sells its rice mainly to the Philippines, and shipments there rose "
                    "20% to 1.2 million tonnes in April.")
    assert found["20%"].importer == "PHL"
    assert found["1.2 million tonnes"].importer == "PHL"
    found = _claims("Brazil's soy goes mostly to China: 60 million tonnes last year.")
    assert (found["60 million tonnes"].exporter,
            found["60 million tonnes"].importer) == ("BRA", "CHN")
    found = _claims("Norway shipped 400,000 tonnes of salmon, mostly to Poland, up 10% from a "
                    "year earlier.")
    assert found["10%"].importer is None
