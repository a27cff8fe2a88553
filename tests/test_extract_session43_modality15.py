"""The forty-third session's modality rules (2026-12-05): talks and offers name a planned trade;
a source's verb of outlook closing the sentence makes `will` a forecast. Invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import in_body

WHEN = date(2024, 6, 12)


def _modality(text: str, surface: str) -> str:
    return in_body(text, WHEN)[surface].modality


def test_an_amount_under_negotiation_is_planned() -> None:
    """`is negotiating`, `in talks to`, `is weighing a contract`, `is looking to`, `is
    discussing` before an amount: a trade still being settled, planned."""
    cases = {
        "Vietnam is negotiating with Laos to import about 3 billion kWh of power a year.":
            "3 billion kWh",
        "Kenya's refiners are in talks to buy 400,000 barrels of Nigerian crude.":
            "400,000 barrels",
        "Colombo is weighing a supply contract for 600,000 tonnes of Indian rice.":
            "600,000 tonnes",
        "Serbia is looking to purchase some 1.5 million tons of coal from Indonesia.":
            "1.5 million tons",
        "Officials said Ghana was discussing the import of about 80,000 tonnes of Thai sugar.":
            "80,000 tonnes",
    }
    for text, surface in cases.items():
        assert _modality(text, surface) == "planned", text


def test_an_amount_offered_is_planned() -> None:
    """`offers`, `offered`, `put forward` before an amount: a sale proposed, planned; the same
    goods shipped stay reported."""
    assert _modality("Algeria has offered Spain 3 bcm of extra gas exports for the winter.",
                     "3 bcm") == "planned"
    assert _modality("Sellers put forward 450,000 tonnes of urea for India's west coast.",
                     "450,000 tonnes") == "planned"
    assert _modality("Algeria shipped 3 billion cubic metres of gas to Spain in May.",
                     "3 billion cubic metres") == "reported"


def test_a_closing_verb_of_outlook_makes_a_plan_word_a_forecast() -> None:
    """`..., the agency forecast.` / `projects` / `predicted` closing the sentence: what `will`
    or `set to` say inside it is that source's outlook; a report's noun (`in its latest
    forecast`) frames nothing."""
    cases = {
        "Kenya will buy 1.2 million tonnes of wheat abroad this year, 4 per cent more than in "
        "2023, the grains council forecast in its monthly report.": "1.2 million tonnes",
        "Peru is set to ship a record 600,000 tonnes of blueberries in 2024, the growers' "
        "association (Proarandanos) projects.": "600,000 tonnes",
    }
    for text, surface in cases.items():
        assert _modality(text, surface) == "forecast", text
    assert _modality("Kenya will buy 1.2 million tonnes of wheat abroad this year, in line with "
                     "its latest forecast.", "1.2 million tonnes") == "planned"


def test_the_part_of_a_plan_already_moved_is_reported() -> None:
    """A figure followed in its clause by a perfect of moving goods (`had been shipped`, `have
    already arrived`) is what has been done of the plan beside it; the plan stays planned and an
    estimate of the part moved stays an estimate."""
    text = ("Chile agreed last year to sell 30,000 tonnes of copper to Laos, but only 12,500 "
            "tonnes had been shipped by May, the ministry said.")
    assert _modality(text, "12,500 tonnes") == "reported"
    assert _modality(text, "30,000 tonnes") == "planned"
    text = ("Russia intends to ship up to 2 million tonnes of wheat to Kenya this year, 410,000 "
            "tonnes of which have already arrived, the embassy said.")
    assert _modality(text, "410,000 tonnes") == "reported"
    assert _modality("Traders estimated that 1.2 million tonnes of cocoa had been delivered to "
                     "the ports of Ghana.", "1.2 million tonnes") == "estimated"


def test_a_headline_seen_without_be_is_a_forecast() -> None:
    """`seen` with no `be` before a gerund or a direction (`seen hitting`, `seen up`, `seen
    above`): a headline's shortened passive of a view, a forecast; the perfect of `see` (`has
    rarely seen soaring`, `had seen up to`) is no view."""
    cases = {
        "Peru's copper exports seen hitting US$30bn in 2025": "US$30bn",
        "Ghana cocoa exports seen up 12% in 2025-26": "12%",
        "Serbian-Greek trade seen above 2 billion euro this year": "2 billion euro",
    }
    for text, surface in cases.items():
        assert _modality(text, surface) == "forecast", text
    assert _modality("Kenya has rarely seen soaring coffee exports of 10% a year to Germany.",
                     "10%") == "reported"
    assert _modality("Kenya had seen up to 40,000 tonnes of coffee exports to Germany a year.",
                     "40,000 tonnes") == "reported"


def test_an_analysis_in_a_closing_aside_is_no_estimate() -> None:
    """`, according to a ... analysis` or `, X said in an analysis` after the figures names
    their source, no estimate; a clause opening on `According to an analysis by` still is."""
    text = ("Tankers owned by Maltese firms carried 14% of Iraq's crude exports in May, down "
            "from 19% in April, according to a Kpler analysis based on customs figures.")
    assert _modality(text, "14%") == "reported"
    assert _modality(text, "19%") == "reported"
    text = ("Japan imported about 8,200 tonnes of cobalt in 2022, the consultancy said in an "
            "analysis, with roughly 70 per cent of it coming from Congo.")
    assert _modality(text, "8,200 tonnes") == "reported"
    assert _modality("According to an analysis by Vortexa, Spain imported 45,000 tonnes of "
                     "naphtha in May.", "45,000 tonnes") == "estimated"


def test_a_figure_measured_against_a_goal_happened() -> None:
    """A figure followed by a goal it is measured against (`far exceeding the ... target`, `1
    percent above the target`) with no cue of its own before it happened; a figure with its own
    outlook (`is on course to earn`) keeps it."""
    text = ("Kenya has exported 95,000 tonnes of avocados since March, earning $61 million and "
            "far exceeding the 70,000-tonne target the ministry set.")
    assert _modality(text, "$61 million") == "reported"
    assert _modality("Peru's fishmeal exports rose 9% to $2 billion, 3 percent above the "
                     "target.", "3 percent") == "reported"
    assert _modality("Ghana's cocoa sector is on course to earn $3 billion from exports this "
                     "year, missing its $3.5 billion target.", "$3 billion") == "forecast"
