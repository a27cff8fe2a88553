"""Quantities the forty-ninth session reads differently: counts of units that go on a passage
about electricity, gas priced per thousand cubic metres and two dollar signs. Sentences written
for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from claim_helpers import extracted_on
from tradetrace.extract.quantities import extract_quantities

_claims = extracted_on(date(2024, 7, 1))


def _found(text: str) -> dict[str, tuple[float, str]]:
    return {q.surface: (q.value, q.unit) for q in extract_quantities(text)}


def test_a_count_of_units_goes_on_a_passage_about_electricity() -> None:
    text = ("Electricity sold abroad earned the utility Rs 5.2 billion over the year, its "
            "annual report said. The grid company shipped 9.4 crore units across the border, "
            "beating a target of 8 crore units. Two years earlier, exports had reached only "
            "2.1 crore units.")
    found = _found(text)
    assert found["9.4 crore units"] == (94e6, "kilowatt_hour")
    assert found["2.1 crore units"] == (21e6, "kilowatt_hour")


def test_units_of_power_with_two_words_before_it_are_kilowatt_hours() -> None:
    found = _found("The sales brought in $90 million for 1.2 billion units of surplus "
                   "monsoon power.")
    assert found["1.2 billion units"] == (1.2e9, "kilowatt_hour")


def test_units_after_electricity_stay_units_in_a_sentence_on_cars() -> None:
    text = ("The utility exported 9.4 crore units of electricity in 2023. The carmaker sold "
            "45,000 units of its new vehicles.")
    assert _found(text)["45,000 units"] == (45_000.0, "unit")


def test_a_claim_on_a_count_of_units_carried_through_a_power_passage() -> None:
    text = ("Electricity exports earned Nepal Rs 5.2 billion in 2023, the utility said. It "
            "shipped 9.4 crore units to India that year. In 2021, Nepal exported 2.1 crore "
            "units to India.")
    claim = _claims(text)["2.1 crore units"]
    assert claim.unit == "kilowatt_hour"


def test_gas_priced_per_thousand_cubic_metres_is_priced_per_cubic_metre() -> None:
    found = _found("Armenia paid $280 per 1,000 cubic metres for Russian gas in 2023, "
                   "down from $310.")
    assert found["$280 per 1,000 cubic metres"] == (pytest.approx(0.28), "USD/cubic_meter")
    assert found["$310"] == (pytest.approx(0.31), "USD/cubic_meter")


def test_a_price_per_kilowatt_hour_written_in_two_words() -> None:
    found = _found("The utility sells power to its neighbour at 7.5 cents per kilowatt hour.")
    assert found["7.5 cents per kilowatt hour"] == (pytest.approx(0.075), "USD/kilowatt_hour")


def test_the_brunei_and_solomon_islands_dollar_signs() -> None:
    found = _found("Brunei's exports fell to BN$9.2bn, while the Solomon Islands earned "
                   "SB$3.1 billion.")
    assert found["BN$9.2bn"] == (9.2e9, "BND")
    assert found["SB$3.1 billion"] == (3.1e9, "SBD")
