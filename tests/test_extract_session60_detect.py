"""Session 60, which figures are claims and of which kind: each test pins one rule of the session
on invented text; each rule's own tests fail without it, and its near misses pass without it,
guarding its reach."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2030, 3, 12))


def test_a_proposed_cap_is_planned() -> None:
    found = _claims("Brussels is proposing to cap duty-free imports of Moldovan walnuts at "
                    "6,400 tonnes a year.")
    assert found["6,400 tonnes a year"].kind == "cap"
    assert found["6,400 tonnes a year"].modality == "planned"


def test_a_quota_applied_for_is_planned() -> None:
    found = _claims("The Lusaka bakers' guild has applied for an import quota of 73,000 tonnes "
                    "of wheat flour for 2030.")
    assert found["73,000 tonnes"].modality == "planned"


def test_a_quota_in_force_stays_reported() -> None:
    found = _claims("The Lusaka bakers' guild said the import quota of 73,000 tonnes of wheat "
                    "flour applies for 2030.")
    assert found["73,000 tonnes"].modality == "reported"


def test_a_cap_that_shall_not_be_exceeded_stays_reported() -> None:
    found = _claims("Under the order, sales of jet fuel to Eritrea shall not exceed 90,000 "
                    "barrels in 2030.")
    assert found["90,000 barrels"].modality == "reported"
