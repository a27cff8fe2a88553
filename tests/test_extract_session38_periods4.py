"""Period rules of the thirty-eighth session's fourth periods round (2026-12-05): standing and
habitual figures that take no period in force, each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import in_body

WHEN = date(2024, 6, 12)
DATED = "Exports of copper rose to 200,000 tonnes in 2023. "
"""An opening sentence that sets a period in force (2023)."""


def _period(text: str, surface: str) -> tuple[str, str] | None:
    claim = in_body(text, WHEN)[surface]
    if claim.period_start is None or claim.period_end is None:
        return None
    return str(claim.period_start), str(claim.period_end)


def test_a_present_rate_per_day_or_month_is_a_habitual_flow_of_no_period() -> None:
    """`Ruritania pumps roughly 1.1 million barrels a day`, `the country spends over $40 million
    a month`, `Italy takes 495,000 bpd`: a rate stated in the present simple, with no period in
    its sentence, is not of the period in force."""
    cases = {
        "Ruritania pumps roughly 1.1 million barrels a day of crude.":
            "1.1 million barrels a day",
        "The island spends over $40 million a month on imported fuel.": "$40 million a month",
        "Ruritania pumps 900,000 barrels a day of crude: Italy takes 495,000 bpd.": "495,000 bpd",
        "The country normally imports between 3,000 and 6,000 used cars a month.":
            "3,000 and 6,000 used cars a month",
    }
    for text, surface in cases.items():
        assert _period(DATED + text, surface) is None, text


def test_a_past_rate_per_day_keeps_the_period_in_force() -> None:
    """`Shipments rose to 55,000 bpd` (past tense) and `plans to ship 30,000 bpd` (an infinitive)
    are not habitual rates in the present simple."""
    text = DATED + "Shipments to Chile rose to 55,000 bpd of diesel."
    assert _period(text, "55,000 bpd") == ("2023-01-01", "2023-12-31")


def test_a_figure_of_the_time_before_an_event_has_no_period() -> None:
    """`Before Ruritania invaded, ...`, `Before the tariffs, ...`, and `... before the war` in
    the figure's own clause: the time before an event, not the period in force nor a period
    stated in another clause."""
    cases = {
        "Before Ruritania invaded, Freedonia supplied about 60% of Lebanon's wheat.": "60%",
        "Before the tariffs, the market had been worth around A$1.2 billion to local exporters.":
            "A$1.2 billion",
        "The pipeline, which carried more than half of the country's ammonia exports before the "
        "war, has been idle since February 24, 2022.": "half",
    }
    for text, surface in cases.items():
        assert _period(DATED + text, surface) is None, text


def test_a_comparison_with_the_time_before_an_event_keeps_its_period() -> None:
    """`... in 2023, more than before the war`: a base, the figure keeps its own period."""
    text = "Exports of wheat to Egypt reached 2.1 million tonnes in 2023, more than before the war."
    assert _period(text, "2.1 million tonnes") == ("2023-01-01", "2023-12-31")


def test_a_share_that_still_or_habitually_holds_or_used_to_hold_has_no_period() -> None:
    """`China still accounts for 98 percent`, `Freedonia used to provide 70%`: a standing or
    past habitual share, not of the period stated in the sentence's other clause."""
    cases = {
        "Trade with China slipped to $2.6 billion last year, and China still accounts for 98 "
        "percent of the country's recorded commerce.": "98 percent",
        "Until the war broke out Freedonia used to provide 70% of the sunflower oil India "
        "bought.": "70%",
    }
    for text, surface in cases.items():
        assert _period(DATED + text, surface) is None, text


def test_the_opening_days_or_weeks_of_a_year_run_from_january_first() -> None:
    """`the first 20 days of 2025`, `the first seven weeks of 2018`, `the first week of 2024`:
    the year's opening days, not the whole year."""
    cases = {
        "Over the first 20 days of 2025 Ruritania bought roughly 280,000 MWh of electricity "
        "from Freedonia.": ("280,000 MWh", "2025-01-01", "2025-01-20"),
        "Norway sent 2,006 tonnes of salmon to Japan in the first seven weeks of 2018.":
            ("2,006 tonnes", "2018-01-01", "2018-02-18"),
        "Norway sent 406 tonnes of salmon to Japan in the first week of 2024.":
            ("406 tonnes", "2024-01-01", "2024-01-07"),
    }
    for text, (surface, start, end) in cases.items():
        assert _period(text, surface) == (start, end), text


def test_a_span_counted_back_from_an_event_is_no_time_before_it() -> None:
    """`In the 13 months before the war ...`: a span counted back from the event, not the
    undated time before it (the rule above leaves the figure's period alone)."""
    text = DATED + ("In the 13 months before the war Freedonia reported sending $28 million of "
                    "machine tools to Ruritania.")
    assert _period(text, "$28 million") is not None
