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


def test_a_years_total_of_a_year_not_ended_is_the_year_so_far() -> None:
    """`rose to 10 million tonnes in April, bringing the year's total to 32 million tonnes` in a
    May report: `the year's total` or `annual total` after a part of a year not ended at
    publication is January to that part's last month (`so far` or not), not the whole year;
    after December, or a part of a year that has ended, it is still the whole year."""
    text = ("China's soybean imports rose to 10 million tonnes in April, bringing the year's "
            "total to 32 million tonnes.")
    assert _period(text, "32 million tonnes") == ("2024-01-01", "2024-04-30")
    assert _period(text, "10 million tonnes") == ("2024-04-01", "2024-04-30")
    text = ("China's soybean imports rose to 10 million tonnes in April 2024, bringing the year's "
            "total to 32 million tonnes.")
    assert _period(text, "32 million tonnes") == ("2024-01-01", "2024-04-30")
    text = ("Coffee exports in May were 1.2 million bags, lifting the year's total so far to 5 "
            "million bags.")
    assert _period(text, "5 million bags") == ("2024-01-01", "2024-05-31")
    text = "Coffee exports in May were 1.2 million bags. The year's total so far is 5 million bags."
    assert _period(text, "5 million bags") == ("2024-01-01", "2024-05-31")
    text = ("Exports in the first quarter reached 3 million tonnes, about a third of the annual "
            "total of 9 million tonnes.")
    assert _period(text, "a third") == ("2024-01-01", "2024-03-31")
    text = ("China's soybean imports rose to 10 million tonnes in April 2023, bringing the year's "
            "total to 32 million tonnes.")
    assert _period(text, "32 million tonnes") == ("2023-01-01", "2023-12-31")
    text = ("Argentina shipped 6.6Kt of lithium carbonate in December, for an annual total of "
            "71.5Kt.")
    assert _period(text, "71.5Kt") == ("2023-01-01", "2023-12-31")
