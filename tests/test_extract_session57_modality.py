"""Session 57, modality: each test pins one rule of the session on invented text (one where the
rule applies, one near-miss where it must not)."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_ON = date(2025, 6, 1)


_by_surface = extracted_on(_ON)


# A flow noun's own `will` is an outlook, not a party's plan.

def test_a_flow_nouns_will_is_a_forecast() -> None:
    found = _by_surface("Paraguay's soy exports will bring in $4.7 billion this year, the "
                        "chamber's president said.")
    assert found["$4.7 billion"].modality == "forecast"


def test_a_flow_with_a_phrase_before_will_is_a_forecast() -> None:
    found = _by_surface("Imports of Kazakh flour will meet 80% of the country's needs in "
                        "2027, he added.")
    assert found["80%"].modality == "forecast"


def test_a_partys_will_stays_a_plan() -> None:
    found = _by_surface("Morocco will buy 60,000 tonnes of barley from Romania.")
    assert found["60,000 tonnes"].modality == "planned"


def test_a_flow_will_under_a_deal_stays_a_plan() -> None:
    found = _by_surface("Under the new contract, shipments to Serbia will climb steadily to "
                        "2 bcm.")
    assert found["2 bcm"].modality == "planned"


def test_a_flow_will_start_with_stays_a_plan() -> None:
    found = _by_surface("Shipments from the two ports will start with 40,000 tonnes in "
                        "September.")
    assert found["40,000 tonnes"].modality == "planned"
