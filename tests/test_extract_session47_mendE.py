"""Review mends of the forty-seventh session's quantity rules (mendE). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tradetrace.extract.quantities import extract_quantities


def _found(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in extract_quantities(text)]


@pytest.mark.parametrize(("text", "found"), [
    ("Exporters were hit by a double on Monday as the rupee fell and freight rates rose 12%.",
     [(12.0, "percent")]),
    ("The double last week, a rate hike and a new duty, hurt importers who buy 2 million tonnes "
     "a year.", [(2e6, "t/yr")]),
    ("He completed a triple on Sunday, and the yard sold 40 horses.", [(40.0, "horse")]),
    ("Double Eagle's shares rose 5% after it won a $20 million contract.",
     [(5.0, "percent"), (2e7, "USD")]),
    ("Triple Crown's parent sold 3,000 tonnes of feed.", [(3000.0, "t")]),
])
def test_double_triple_as_a_noun_or_name_is_no_multiple(
        text: str, found: list[tuple[float, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(("text", "value"), [
    ("Peruvian copper imports triple on year in June", 3.0),
    ("Shipments should reach 90,000 tonnes, triple March's volume.", 3.0),
    ("Exports could roughly double last year's level.", 2.0),
])
def test_double_triple_as_a_verb_or_multiple_of_a_period_stays(text: str, value: float) -> None:
    assert (value, "x") in _found(text)


def _tonnes(text: str) -> list[float]:
    return [q.value for q in extract_quantities(text) if q.unit == "t"]


@pytest.mark.parametrize(("text", "values"), [
    ("Global wheat output is seen at 790 million tonnes, while the cooperative shipped 2.5 MT of "
     "certified seed.", [790e6, 2.5]),
    ("Global wheat output is seen at 790 million tonnes. The cooperative shipped 2.5 MT of "
     "certified seed.", [790e6, 2.5]),
    ("Cocoa grinding at 1.2 MT\nThe plant ground 1.2 MT of beans in May, it said. World output is "
     "4.8 million tonnes.", [1.2, 1.2, 4.8e6]),
])
def test_mt_beside_unlike_written_millions_stays_metric_tonnes(
        text: str, values: list[float]) -> None:
    assert _tonnes(text) == [pytest.approx(v) for v in values]


def test_mt_beside_written_millions_of_its_size_counts_millions() -> None:
    text = "Output fell to 243.62 million tonnes, lower than the 264.53 MT a year earlier."
    assert _tonnes(text) == [pytest.approx(243.62e6), pytest.approx(264.53e6)]
