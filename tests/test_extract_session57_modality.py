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


# A headline's `seen` flat, near a record, or a percent and a comparative is a forecast.

def test_headline_seen_a_percent_smaller_is_a_forecast() -> None:
    found = _by_surface("Latvian barley crop seen 6.2% smaller\nRIGA - The ministry expects "
                        "a poorer harvest.")
    assert found["6.2%"].modality == "forecast"


def test_headline_seen_flat_is_a_forecast() -> None:
    found = _by_surface("Peruvian zinc exports seen flat at 1.3 mln T in 2026\nLIMA - Miners "
                        "gave their view on Monday.")
    assert found["1.3 mln T"].modality == "forecast"


def test_headline_seen_near_record_is_a_forecast() -> None:
    found = _by_surface("Kenyan tea exports seen near record 610 million kg\nNAIROBI - The "
                        "board gave its view.")
    assert found["610 million kg"].modality == "forecast"


def test_had_seen_a_percent_lower_is_reported() -> None:
    found = _by_surface("Ugandan coffee exports had seen 12% lower volumes in March than in "
                        "February, the board said.")
    assert found["12%"].modality == "reported"


# Declared export sales are goods contracted to go.

def test_declared_export_sales_are_planned() -> None:
    found = _by_surface("Paraguayan traders had by last week declared export sales of 310,000 "
                        "tonnes of new-crop barley.")
    assert found["310,000 tonnes"].modality == "planned"


def test_net_sales_of_a_company_are_reported() -> None:
    found = _by_surface("Net sales came to EUR 4.1 billion in 2024, the tyre maker said.")
    assert found["EUR 4.1 billion"].modality == "reported"


# A past year's possessive with the noun of what was recorded (`last year's total of`) is the
# baseline that happened.

def test_last_years_total_of_is_a_reported_baseline() -> None:
    found = _by_surface("Cambodia expects to ship 700,000 tonnes of cashew this year, well "
                        "above last year's total of 590,000 tonnes.")
    assert found["700,000 tonnes"].modality == "forecast"
    assert found["590,000 tonnes"].modality == "reported"


def test_last_years_target_of_stays_an_outlook() -> None:
    found = _by_surface("Cambodia expects to ship 700,000 tonnes of cashew this year, well "
                        "above last year's target of 560,000 tonnes.")
    assert found["560,000 tonnes"].modality == "forecast"


# `sought after` is an adjective of goods in demand, no plan.

def test_sought_after_goods_plan_nothing() -> None:
    found = _by_surface("Peru's chilled squid, much sought after in Korea, rose to 41 percent "
                        "of its squid exports in 2024.")
    assert found["41 percent"].modality == "reported"


def test_sought_an_amount_is_still_a_plan() -> None:
    found = _by_surface("Lima had sought 41,000 tonnes of Korean squid for the winter.")
    assert found["41,000 tonnes"].modality == "planned"
