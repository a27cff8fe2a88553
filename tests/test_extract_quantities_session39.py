"""Quantities the thirty-ninth session reads differently. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tradetrace.extract.quantities import extract_quantities


def _units(text: str) -> list[str]:
    return [q.unit for q in extract_quantities(text)]


@pytest.mark.parametrize("text", [
    "Cement exports over the nine months fell 5% to 3,000 tonnes.",
    "Across the two months, purchases came to 260,000 tonnes.",
    "The oil import bill for the ten months reached $8.6 billion.",
    "Kenya shipped 90,000 tonnes of tea over those eleven months.",
    "Prices eased in the final three months of 2023.",
    "Ghana's gold exports reach $1.3 billion in first two months",
    "Japan took 30% of the seven-month total.",
])
def test_a_period_named_by_a_count_of_months_is_no_quantity(text: str) -> None:
    assert not {"month", "year", "week", "day"} & set(_units(text))


@pytest.mark.parametrize(("text", "unit"), [
    ("Exports have doubled over the last five years.", "year"),
    ("He signed a contract for six months of deliveries.", "month"),
    ("The terminal will run over the 25-year deal.", "year"),
    ("They were the lowest in three years.", "year"),
])
def test_a_duration_stays_a_quantity(text: str, unit: str) -> None:
    assert unit in _units(text)
