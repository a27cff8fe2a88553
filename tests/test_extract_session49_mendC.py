"""Review mends (mendC) of the forty-ninth session's quantity rules, each pinned by the review's
ordinary news sentences, which must come out as they did before the rule."""

from __future__ import annotations

from tradetrace.extract.quantities import extract_quantities


def _found(text: str) -> dict[str, tuple[float, float | None, str]]:
    return {q.surface: (q.value, q.value_max, q.unit) for q in extract_quantities(text)}


def test_units_of_goods_named_after_power_stay_units() -> None:
    """`units of` power, energy or electricity are kWh only when the word ends the noun phrase,
    with at most two words from a short list before it."""
    for text, surface in (
            ("Bangladesh imported 50,000 units of solar power inverters from China last year.",
             "50,000 units"),
            ("The firm exported 1,200 units of diesel power generators to Nepal in 2023.",
             "1,200 units"),
            ("Indian brands sold 20,000 units of their energy drink in Nepal last year.",
             "20,000 units"),
            ("Nepal imported 5,000 units of power tillers from India in 2023.", "5,000 units")):
        assert _found(text)[surface][2] == "unit", text
    assert _found("Nepal sold 1.2 billion units of surplus monsoon power to India in 2023."
                  )["1.2 billion units"][2] == "kilowatt_hour"
    assert _found("Bhutan exported 300 million units of hydro power, up 10%."
                  )["300 million units"][2] == "kilowatt_hour"


def test_units_two_sentences_or_a_paragraph_after_electricity_stay_units() -> None:
    """A count of units goes on counting electricity only in the next sentence, never across a
    blank line, and only comparing back or naming a flow."""
    found = _found("Nepal exported 500 million units of electricity to India in 2023. Officials "
                   "said the trade had grown. CG Electronics sold 30,000 units in Nepal in the "
                   "same year, mostly refrigerators.")
    assert found["30,000 units"][2] == "unit"
    found = _found("Nepal exported 500 million units of electricity to India in 2023.\n\n"
                   "Separately, Chaudhary Group exported 45,000 units to Bhutan last year, its "
                   "filings show.")
    assert found["45,000 units"][2] == "unit"
    found = _found("Nepal exported 500 million units of electricity to India in 2023. A year "
                   "earlier it had reached just 320 million units.")
    assert found["320 million units"][2] == "kilowatt_hour"


def test_a_range_priced_per_a_lot_of_cubic_metres_stays_whole() -> None:
    """A range of prices per 1,000 cubic metres is one range, both ends divided by the lot;
    ranges per thousand cubic feet or per cubic metre stay as they were."""
    for text, surface in (
            ("Gas sold at $300-$320 per 1,000 cubic metres in 2023.",
             "$300-$320 per 1,000 cubic metres"),
            ("Gas sold at $300 to $320 per thousand cubic meters in 2023.",
             "$300 to $320 per thousand cubic meters")):
        value, value_max, unit = _found(text)[surface]
        assert unit == "USD/cubic_meter"
        assert abs(value - 0.3) < 1e-9 and value_max is not None and \
            abs(value_max - 0.32) < 1e-9
    assert _found("Gas sold at $3-$4 per thousand cubic feet in 2023."
                  )["$3-$4 per thousand cubic feet"] == (3.0, 4.0, "USD/mcf")
    assert _found("Gas sold at $300-$320 per cubic metre in 2023."
                  )["$300-$320 per cubic metre"] == (300.0, 320.0, "USD/cubic_meter")
