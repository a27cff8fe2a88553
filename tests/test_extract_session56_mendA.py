"""Session 56, the mend of the lead's attribution rules after review: each test pins an
over-reach a reviewer found and fails on the code before the mend."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2025, 6, 1))


def _source(text: str, surface: str) -> str | None:
    return _claims(text)[surface].attribution


def test_a_speaker_after_an_opening_phrase_with_no_comma_is_kept() -> None:
    text = ("At a briefing the customs service said imports of Chinese cars fell 20% to 45,000 "
            "units in April.")
    source = _source(text, "45,000 units")
    assert source is not None and source.endswith("the customs service")


def test_a_firm_putting_something_into_operation_before_a_comma_gives_no_source() -> None:
    text = ("The company put a second LNG train into operation, lifting shipments to Japan close "
            "to 5 million tonnes a year.")
    assert _source(text, "5 million tonnes a year") is None


def test_a_year_after_near_is_no_amount_put() -> None:
    text = ("Analysts put the slump in Chinese coal imports near 2019 levels, when purchases "
            "from Australia fell 20% to 60 million tonnes.")
    assert _source(text, "60 million tonnes") is None


def test_a_keeper_named_inside_the_subject_is_no_recording_body() -> None:
    text = "Shipments tracked by Kpler recorded a 10% drop to 1.2 million barrels per day in May."
    assert _source(text, "1.2 million barrels per day") is None


def test_that_year_after_a_noun_still_opens_a_clause() -> None:
    text = ("Exports of cotton to Bangladesh hit 1.2 million tonnes in 2022, a level that year "
            "traders said was unsustainable.")
    assert _source(text, "1.2 million tonnes") is None
