"""Session 60, mend M: the modality rules of the session narrowed where reviewers found them
reaching too far (invented sentences, one test per finding)."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_ON = date(2025, 6, 1)


_by_surface = extracted_on(_ON)


# `would put` is a reckoning only with `at` and the figure in its own predicate.

def test_would_put_without_at_reaches_no_other_clause() -> None:
    found = _by_surface("Higher freight costs would put a strain on margins, while exports rose 5% "
                        "to 2 million tonnes in May.")
    assert found["5%"].modality == "reported"
    assert found["2 million tonnes"].modality == "reported"
    found = _by_surface("Reaching 2 million tonnes would put Ghana among the top three cocoa "
                        "exporters; it shipped 700,000 tonnes last season.")
    assert found["700,000 tonnes"].modality == "reported"


# A `would put ... at` figure of a time to come is an outlook, or a deal's plan.

def test_would_put_at_a_future_figure_is_a_forecast_or_a_plan() -> None:
    found = _by_surface("The new tariff would put Chinese steel exports to the EU at 5 million "
                        "tonnes next year, analysts said.")
    assert found["5 million tonnes"].modality == "forecast"
    found = _by_surface("The deal would put India's rice exports to Indonesia at 1 million tonnes "
                        "a year from 2026.")
    assert found["1 million tonnes a year"].modality == "planned"


# A breakdown whose subject is dated apart (a year, `last year`) restates no planned whole.

def test_breakdown_of_a_dated_subject_stays_reported() -> None:
    found = _by_surface("India will export 2 million tonnes of sugar this season, traders said. "
                        "The exports in 2024 were split into 1.2 million tonnes of white sugar "
                        "and 800,000 tonnes of raw sugar.")
    assert found["1.2 million tonnes"].modality == "reported"
    found = _by_surface("Kenya expects tea earnings to hit $1.5 billion this year, up from $1.3 "
                        "billion. The 2024 total was made up of $700 million from Pakistan and "
                        "$200 million from Egypt.")
    assert found["$700 million"].modality == "reported"


# A breakdown restates no tariff nor change, nor a subject that is `current`.

def test_breakdown_after_a_tariff_or_of_the_current_crop_stays_reported() -> None:
    found = _by_surface("The EU will impose a 25% tariff on Chinese steel from July. The bloc's "
                        "imports from China are made up of 2 million tonnes of flat steel and 1 "
                        "million tonnes of long products.")
    assert found["2 million tonnes"].modality == "reported"
    found = _by_surface("Brazil's coffee exports are forecast to fall 10% next season. The current "
                        "crop is made up of 40 million bags of arabica and 20 million bags of "
                        "robusta.")
    assert found["40 million bags"].modality == "reported"


# A breakdown's reach stops at `;` or a past verb.

def test_breakdown_stops_at_a_semicolon() -> None:
    found = _by_surface("Egypt will buy 500,000 tonnes of wheat in July. These imports are split "
                        "into two tenders; Egypt bought 100,000 tonnes of French wheat last week.")
    assert found["100,000 tonnes"].modality == "reported"


# A span to come (`Next year`, `This season`) before `sees` keeps the outlook.

def test_a_span_to_come_that_sees_a_rise_is_a_forecast() -> None:
    found = _by_surface("Next year sees exports rising 15% as new capacity comes online, the "
                        "ministry said.")
    assert found["15%"].modality == "forecast"
    found = _by_surface("Next month sees exports of rice to Indonesia reach 500,000 tonnes, the "
                        "ministry expects.")
    assert found["500,000 tonnes"].modality == "forecast"


# A participle before its agent stays a cue when `to` and a verb or `for` and a flow follow.

def test_a_participle_with_its_own_complement_stays_a_cue() -> None:
    found = _by_surface("The products planned by the government for export next year total 2 "
                        "million tonnes.")
    assert found["2 million tonnes"].modality == "planned"
    found = _by_surface("The regions expected by the ministry to export 2 million tonnes next year "
                        "include Mekong.")
    assert found["2 million tonnes"].modality == "forecast"
