"""Attribution and modality rules of the forty-second session's eleventh attribution round
(2026-12-05), each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import in_body

WHEN = date(2024, 6, 12)


def _source(text: str, surface: str) -> str | None:
    return in_body(text, WHEN)[surface].attribution


def _modality(text: str, surface: str) -> str:
    return in_body(text, WHEN)[surface].modality


def test_be_to_before_a_scheduled_change_is_a_plan() -> None:
    """`is to turn out`, `are to start at`, `is to trim ... by`, `are to average`: `be to` before
    a verb of output, start or change is a schedule, a plan."""
    cases = {
        "Once built, the first unit is to turn out 40,000 tonnes of urea a year for buyers in "
        "Kenya.": "40,000 tonnes",
        "Gas deliveries to Serbia are to start at 2 million cubic metres a day in October.":
            "2 million cubic metres a day",
        "Kazakhstan is to trim crude exports by 80,000 barrels per day from next month.":
            "80,000 barrels per day",
        "Wheat shipments abroad are to average 900,000 tonnes a month until the quota ends.":
            "900,000 tonnes a month",
    }
    for text, surface in cases.items():
        assert _modality(text, surface) == "planned", text


def test_the_aim_is_to_is_a_forecast() -> None:
    """`the aim is to raise exports to`: an aim, like a goal, is a forecast, not the plan a bare
    `be to` makes nor a reported figure."""
    text = ("Tea exports earned $400 million in 2023, and the aim is to raise them to $600 million "
            "by 2027, the trade minister said.")
    assert _modality(text, "$600 million") == "forecast"
    assert _modality(text, "$400 million") == "reported"


def test_a_phrase_cut_off_by_a_preposition_is_no_source() -> None:
    """`Chile remained the largest source of logs for Korea`: `logs` is a noun here, and a phrase
    ending in `of` is no speaker; the sentence has no source."""
    text = ("Chile remained the largest source of logs for Korea in 2022, with a 31% share, while "
            "its deliveries fell 6% to 2.4 million cubic metres.")
    assert _source(text, "31%") is None
    assert _source(text, "2.4 million cubic metres") is None


def test_a_comparison_or_a_later_clause_is_no_source() -> None:
    """`above the June estimate of`, `after Beijing said`: a phrase opening with a comparison
    or a subordinating word is not the figure's source."""
    text = ("Mango exports reached 310,000 tonnes in 2023, above the June estimate of 290,000 "
            "tonnes. Lemons ended at 84,000 tonnes.")
    assert _source(text, "310,000 tonnes") is None
    assert _source(text, "84,000 tonnes") is None
    text = ("Soybean imports dropped 14% to 6.1 million tonnes in May after Beijing said it would "
            "buy less from the United States.")
    assert _source(text, "6.1 million tonnes") is None


def test_a_past_figure_after_a_gerund_or_a_comparison_is_reported() -> None:
    """`after producing 78 million tonnes in 2023`, `short of the 175,000 tonnes sold in 2023`:
    the past figure an outlook is set against happened; the outlook is the other figure's."""
    text = ("The miner forecast on Monday that it would ship 80 million to 85 million tonnes of "
            "iron ore in 2024, after producing 78 million tonnes in 2023.")
    assert _modality(text, "80 million to 85 million tonnes") == "forecast"
    assert _modality(text, "78 million tonnes") == "reported"
    text = ("The minister expects the 2024 campaign to end with 150,000 tonnes of cashew exported, "
            "short of the 175,000 tonnes sold to foreign buyers in 2023.")
    assert _modality(text, "150,000 tonnes") == "forecast"
    assert _modality(text, "175,000 tonnes") == "reported"


def test_seen_before_any_gerund_is_a_forecast() -> None:
    """`is seen selling`, `seen hitting`: `seen` before a gerund is a view of what will be, a
    forecast, whatever the verb."""
    text = "Ghana is seen selling 700,000 tonnes of cocoa abroad in the 2025/26 season."
    assert _modality(text, "700,000 tonnes") == "forecast"
    text = "Tanzania's cashew exports are seen hitting $500 million in 2026, the board said."
    assert _modality(text, "$500 million") == "forecast"


def test_the_perfect_of_see_is_no_forecast() -> None:
    """`has seen growing demand`, `has seen shrinking margins`: the perfect of `see` says what
    happened; the figures after it are reported."""
    for verb in ("growing", "shrinking"):
        text = (f"Kenya has seen {verb} demand in the Gulf, and its tea exports rose 5% to "
                "500,000 tonnes in 2023.")
        assert _modality(text, "500,000 tonnes") == "reported", text



def test_a_time_singled_out_is_no_source() -> None:
    """`April on its own showed a 9.5% rise`: a time, alone or in a list (`Only May and August
    showed`), is no source; the figure keeps the source named before."""
    text = ("Palm oil imports rose 4% in the half, the association said. April on its own showed "
            "a 9.5% rise in arrivals.")
    assert _source(text, "9.5%") == "the association"
    text = ("Bicycle exports fell 8% in the first half, the customs office said. Only May and "
            "August showed a 3% rise.")
    assert _source(text, "3%") == "the customs office"
