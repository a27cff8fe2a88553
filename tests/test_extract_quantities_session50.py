"""Quantities the fiftieth session reads differently: prices per cubic metre, dozen, tray,
bottle, case, pair and voyage. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tradetrace.extract.quantities import extract_quantities


def _found(text: str) -> dict[str, tuple[float, str]]:
    return {q.surface: (q.value, q.unit) for q in extract_quantities(text)}


@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("Sawn timber fetched an average of $188 per m3 in May.", "$188 per m3",
     "USD/cubic_meter"),
    ("Pine logs sold for 95 euros per m³ at the border.", "95 euros per m³",
     "EUR/cubic_meter"),
    ("Wholesale eggs rose $0.85 a dozen last week.", "$0.85 a dozen", "USD/dozen"),
    ("Kiwifruit growers were paid NZ$7.12 a tray this season.", "NZ$7.12 a tray", "NZD/tray"),
    ("The average export price reached 860 yen a bottle.", "860 yen a bottle", "JPY/bottle"),
    ("Canned tuna traded at US$31.5 a case in Bangkok.", "US$31.5 a case", "USD/case"),
    ("Factories quoted $3.10 a pair for canvas shoes.", "$3.10 a pair", "USD/pair"),
    ("Charter rates climbed to $6 million a voyage.", "$6 million a voyage", "USD/voyage"),
])
def test_a_price_per_package_or_measure_is_per_that_unit(text: str, surface: str,
                                                          unit: str) -> None:
    assert _found(text)[surface][1] == unit
