"""Review mends of the fiftieth session's period rules (2026-12-06): ordinary sentences the
rules over-reached on, each with the reading it had before the rule."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 5, 1))


def _period(text: str, surface: str) -> tuple[str | None, str | None]:
    found = _claims("Trade\n" + text)[surface]
    return found.period_start, found.period_end


def test_a_perfect_after_a_since_when_clause_is_the_total_since_then() -> None:
    """`Since 2022, when the war began, Turkey has bought 40 million barrels`: the `when` clause
    ends at its comma and the main clause's perfect is cumulative, so the figure runs from that
    year to publication, not that year alone; a shipping verb of the clause itself still gives
    that year (`the lowest since 2020, when Vietnam exported 6.2 million tonnes`)."""
    cases = [
        ("Since 2022, when the war began, Turkey has bought 40 million barrels of Russian crude.",
         "40 million barrels", "2022-01-01"),
        ("Since 2018, when the US imposed sanctions, India has imported 5 million tonnes of "
         "Iranian oil.", "5 million tonnes", "2018-01-01"),
        ("Since 2021, when the pipeline opened, Russia has delivered 45 bcm of gas to China.",
         "45 bcm", "2021-01-01"),
        ("Since 2017, when Qatar was blockaded, Oman has sent 2 million tonnes of food to Doha.",
         "2 million tonnes", "2017-01-01"),
        ("Since 2022 when the war began Turkey has bought 40 million barrels of Russian crude.",
         "40 million barrels", "2022-01-01"),
    ]
    for text, surface, start in cases:
        assert _period(text, surface) == (start, "2024-05-31"), text
    text = "Rice exports were the lowest since 2020, when Vietnam exported 6.2 million tonnes."
    assert _period(text, "6.2 million tonnes") == ("2020-01-01", "2020-12-31")
    text = ("Copper shipments were the lowest since 2016, when Chile shipped only 1.1 million "
            "tonnes.")
    assert _period(text, "1.1 million tonnes") == ("2016-01-01", "2016-12-31")
    text = "Wheat sales were the smallest since 2019, when Chad imported 1 million tonnes."
    assert _period(text, "1 million tonnes") == ("2019-01-01", "2019-12-31")
