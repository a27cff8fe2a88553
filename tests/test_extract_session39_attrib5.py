"""Attribution and modality rules of the thirty-ninth session's fifth attribution round
(2026-12-05), each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import in_body

WHEN = date(2024, 6, 12)


def _modality(text: str, surface: str) -> str:
    return in_body(text, WHEN)[surface].modality


def test_the_past_figure_an_estimate_is_set_against_is_reported() -> None:
    """`estimated at X, compared with Y in the previous season`, `an estimated X in 2023, up
    from Y in 2022`, `estimated at X, below the Y of 2022`: the baseline was recorded."""
    cases = {
        "Kenya's tea exports are estimated at 540,000 tonnes in 2023-24, compared with 510,000 "
        "tonnes in the previous season, the board says.": ("540,000 tonnes", "510,000 tonnes"),
        "Peru exported an estimated $210 million of avocados to Spain in 2023, up from $180 "
        "million in 2022, the ministry said.": ("$210 million", "$180 million"),
        "Chile's copper exports to Japan are estimated at 1.2 million tonnes in 2023, below the "
        "1.3 million tonnes of 2022, the agency said.":
            ("1.2 million tonnes", "1.3 million tonnes"),
        "The council estimates Ghana's cocoa exports at 700,000 tonnes this season, against "
        "750,000 tonnes the year before.": ("700,000 tonnes", "750,000 tonnes"),
    }
    for text, (estimate, baseline) in cases.items():
        assert _modality(text, estimate) == "estimated", text
        assert _modality(text, baseline) == "reported", text


def test_an_estimate_keeps_its_hedged_figure_and_a_baseline_of_its_own() -> None:
    """`more than 1.4 billion pounds` is the estimate itself (bare `than` is a hedge); `from an
    estimated X` and `from X ... to Y` keep the estimate on the baseline too; a closing
    `according to industry estimates` covers every figure."""
    assert _modality("Vietnam is estimated to have shipped more than 1.4 billion pounds of "
                     "shrimp to Japan in 2023, the association said.",
                     "1.4 billion pounds") == "estimated"
    assert _modality("Spending on Maldives diesel imports from Oman will rise to USD431 million "
                     "this year, up from an estimated USD344 million in 2021.",
                     "USD344 million") == "estimated"
    assert _modality("The study estimates that Laos's coal exports to Vietnam doubled, from $169 "
                     "million in 2021 to $346 million in 2022.", "$169 million") == "estimated"
    assert _modality("India's phone exports to the US rose to $13.4 billion in April-September, "
                     "from $8.5 billion a year earlier, according to industry estimates.",
                     "$8.5 billion") == "estimated"


def test_an_attributive_estimate_is_the_later_figures_own() -> None:
    """`slipped 13.67 per cent to an estimated US$267 million`: the change before the
    estimated figure is reported."""
    text = ("Lao purchases from Vietnam slipped 13.67 per cent to an estimated US$267 million in "
            "January-June, the daily reported.")
    assert _modality(text, "13.67 per cent") == "reported"
    assert _modality(text, "US$267 million") == "estimated"


def test_the_past_figure_an_outlook_is_set_against_is_reported() -> None:
    """`below the X of 2023`, `on the X of 2008`, `up from X in 2019` after a forecast: the
    baseline happened; an outlook cue in a later clause is not its own."""
    cases = {
        "Analysts project Poland's solar imports from China for the full year at 91-94 GW, "
        "below the 101.48 GW of 2023.": ("91-94 GW", "101.48 GW"),
        "Banana exports from Ecuador to Russia are expected to earn US$828m this year, up 15 per "
        "cent on the US$720m of 2008, the association said.": ("US$828m", "US$720m"),
        "Sugar imports by Kenya from Uganda are projected to total around 1.74 million tonnes, a "
        "little below the 1.83 million tonnes of 2024/25, as the local crop is expected to "
        "recover.": ("1.74 million tonnes", "1.83 million tonnes"),
    }
    for text, (outlook, baseline) in cases.items():
        assert _modality(text, outlook) == "forecast", text
        assert _modality(text, baseline) == "reported", text
