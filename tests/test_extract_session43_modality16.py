"""The forty-third session's modality rules, second round (2026-12-05): the bare baseline set
after an outlook's or plan's own figure happened. Invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import in_body

WHEN = date(2024, 6, 12)


def _modality(text: str, surface: str) -> str:
    return in_body(text, WHEN)[surface].modality


def test_a_bare_baseline_after_an_outlook_figure_is_reported() -> None:
    """`from`, `after`, `compared with` right before a figure that follows the outlook's own
    figure, with no past time named: the baseline happened."""
    text = ("Traders expect Brazil's share of world sugar exports to slip to 41% this season "
            "from 47%.")
    assert _modality(text, "41%") == "forecast"
    assert _modality(text, "47%") == "reported"
    text = ("The ministry expects Kazakhstan to harvest a barley crop of 3.1 million tonnes "
            "after 2.4 million.")
    assert _modality(text, "3.1 million tonnes") == "forecast"
    assert _modality(text, "2.4 million") == "reported"


def test_a_revised_outlook_or_a_means_keeps_the_outlook() -> None:
    """The old figure of a revised outlook (`lowered its forecast to X from Y`) is an outlook too;
    a sum earned `from` a volume is no baseline; neither is bare `against` (two outlooks side by
    side)."""
    text = ("The council lowered its forecast for Peru's coffee exports to 3.2 million bags "
            "from 3.5 million.")
    assert _modality(text, "3.5 million") == "forecast"
    text = "Uganda plans to earn 900 million dollars from 650,000 tonnes of coffee this year."
    assert _modality(text, "650,000 tonnes") == "planned"
    text = ("Analysts expect Chile to ship 1.4 million tonnes of copper to China, against "
            "0.9 million tonnes from Peru.")
    assert _modality(text, "0.9 million tonnes") == "forecast"


def test_a_past_years_possessed_figure_is_reported() -> None:
    """`last year's`, `<year>'s` right before a figure in an outlook or estimate sentence: the
    recorded figure it is set against happened; with an outlook word after it, it stays one."""
    text = ("The council sees cocoa exports of 410,000 tonnes this season, well above last "
            "year's 350,000 tonnes.")
    assert _modality(text, "410,000 tonnes") == "forecast"
    assert _modality(text, "350,000 tonnes") == "reported"
    text = ("The board estimates this year's tea exports at 290 million kg, near 2022's record "
            "312 million kg.")
    assert _modality(text, "312 million kg") == "reported"
