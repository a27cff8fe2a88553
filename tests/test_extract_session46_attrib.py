"""Session 46 (attribution and modality): each test pins one rule of the session on invented
text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def test_words_or_figures_given_by_a_named_person_have_that_person_as_source() -> None:
    found = _claims("Peru shipped 41,000 tonnes of blueberries to China in March, according to "
                    "remarks by Lucia Mendoza, who chairs the Andean Berry Growers Union.")
    assert found["41,000 tonnes"].attribution == "Lucia Mendoza"
    found = _claims("Peru shipped 41,000 tonnes of blueberries to China in March, according to "
                    "preliminary figures cited by Lucia Mendoza, head of a growers' union. The "
                    "total was 7% below the 44,000 tonnes of 2022, she told reporters.")
    assert found["41,000 tonnes"].attribution == "Lucia Mendoza"
    assert found["44,000 tonnes"].attribution == "she (Lucia Mendoza)"
    found = _claims("Peru shipped 41,000 tonnes of blueberries to China in March, according to "
                    "figures released by the Andean Berry Growers Union.")
    assert found["41,000 tonnes"].attribution == (
        "figures released by the Andean Berry Growers Union")


def test_a_warning_verb_closing_the_figures_names_its_source() -> None:
    found = _claims("The blockade will cut Libya's crude exports by 700,000 barrels per day, the "
                    "state oil firm warned on Facebook.")
    assert found["700,000 barrels per day"].attribution == "the state oil firm"
    found = _claims("Moldova could need up to 1.4 billion cubic metres of imported gas this "
                    "winter, warned Ion Rusu, who used to run the gas grid.")
    assert found["1.4 billion cubic metres"].attribution == "Ion Rusu"


def test_an_amount_lined_up_after_the_figure_is_planned() -> None:
    found = _claims("Kenya imported 410,000 tonnes of urea in 2023. A further 90,000 tonnes of "
                    "urea imports is already lined up for January.")
    assert found["90,000 tonnes"].modality == "planned"


def test_scheduled_power_exchanges_counted_in_watt_hours_are_reported() -> None:
    found = _claims("Scheduled exports of French electricity to Italy reached 14,210 GWh in "
                    "2023, the grid operator said.")
    assert found["14,210 GWh"].modality == "reported"
