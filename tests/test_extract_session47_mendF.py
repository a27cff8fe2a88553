"""Session 47 review mends (mendF): each test pins ordinary news text that a rule of the session
over-reached on, beside the rule's own example."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 5, 1))


def test_a_joiner_before_a_year_or_date_does_not_keep_the_plan() -> None:
    found = _claims("Egypt is to buy 60,000 tonnes of wheat, and March 2024 shipments reached "
                    "40,000 tonnes.")
    assert found["60,000 tonnes"].modality == "planned"
    assert found["40,000 tonnes"].modality == "reported"
    found = _claims("Egypt is to import 12 million tonnes this year, and 2023 saw 10 million "
                    "tonnes arrive.")
    assert found["10 million tonnes"].modality == "reported"
    found = _claims("Egypt is to import 12 million tonnes this year, and about 80,000 tonnes "
                    "arrived in April.")
    assert found["80,000 tonnes"].modality == "reported"
    found = _claims("Under the permits, Peru is to ship 12,500 tonnes and the Philippines "
                    "400,000 tonnes.")
    assert found["400,000 tonnes"].modality == "planned"


def test_estimates_given_an_owner_keep_the_source() -> None:
    found = _claims("Rabobank expects prices to fall. By some estimates from the bank, shipments "
                    "will reach 3 million tonnes.")
    assert found["3 million tonnes"].attribution == "Rabobank"
    found = _claims("Peru sold 90,000 tonnes of quinoa abroad, the farm ministry said. By some "
                    "estimates, Bolivia is exporting 70,000 tonnes of quinoa a year.")
    assert found["70,000 tonnes"].attribution is None


def test_a_cause_moving_a_target_is_no_source() -> None:
    found = _claims("Weak demand lowered its export target to 3 million tonnes, leaving Vietnam "
                    "short.")
    assert found["3 million tonnes"].attribution is None
    found = _claims("VITAS has lowered its 2024 export goal to $44 billion.")
    assert found["$44 billion"].attribution == "VITAS"
