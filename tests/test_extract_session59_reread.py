"""Session 59, reread: code slips found by rereading the session's change, each pinned on
invented text (fails without its fix)."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, period

_claims = extracted_on(date(2025, 6, 1))


def test_an_abbreviation_inside_a_sentence_does_not_end_it_for_bare_beans() -> None:
    # the stop of `U.S.` is no sentence end: the purchases are in the crop's sentence
    found = _claims("Lima resumed purchases of U.S. soybeans this autumn. The beans now go to "
                    "Callao, 410,000 tonnes so far.")
    assert found["410,000 tonnes"].commodity == "food"


def test_an_energy_amount_with_a_short_scale_is_the_generators_own() -> None:
    found = _claims("Tajikistan generated 21bn kWh and imported 3 billion kWh from Uzbekistan "
                    "in 2024.")
    assert found["21bn kWh"].exporter == "TJK"
    assert found["3 billion kWh"].exporter == "UZB"


def test_the_same_months_of_a_split_year_written_with_an_en_dash() -> None:
    found = _claims("Peru shipped 2.1 million tonnes of copper concentrate to China in "
                    "January-March 2025, versus 1.8 million tonnes in the same months of 2022–23.")
    assert period(found["1.8 million tonnes"]) == ("2023-01-01", "2023-03-31")
