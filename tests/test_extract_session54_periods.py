"""Session 54, periods: each test pins one rule of the session on invented text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, period

_claims = extracted_on(date(2024, 7, 4))


def test_an_old_level_before_an_event_has_no_period() -> None:
    found = _claims("Ruritania's share of Freedonia's gas imports rose to 40% in June, against "
                    "12% before the war.")
    assert period(found["40%"]) == ("2024-06-01", "2024-06-30")
    assert period(found["12%"]) == (None, None)


def test_an_old_level_with_a_pointer_back_still_steps_back() -> None:
    found = _claims("Ruritania's share of Freedonia's gas imports rose to 40% in June, against "
                    "12% a year earlier.")
    assert period(found["12%"]) == ("2023-06-01", "2023-06-30")


def test_a_change_in_pc_below_an_old_level_leaves_its_year_to_that_level() -> None:
    found = _claims("Over the whole of 2023, Ruritania's exports to Freedonia came to 556 million "
                    "dollars, 6pc below the 590 million dollars of 2022, while imports from "
                    "Freedonia slipped 3pc to 474 million dollars.")
    assert period(found["590 million dollars"]) == ("2022-01-01", "2022-12-31")
    assert period(found["474 million dollars"]) == ("2023-01-01", "2023-12-31")
    assert period(found["3pc"]) == ("2023-01-01", "2023-12-31")


def test_an_old_level_restated_after_or_is_of_the_earlier_period() -> None:
    found = _claims("Japan's intake of Freedonian copper dropped to 2.5 million tonnes in 2023, a "
                    "38 per cent share, from 2.83 million tonnes, or 41 per cent, a year earlier.")
    assert period(found["2.83 million tonnes"]) == ("2022-01-01", "2022-12-31")
    assert period(found["41 per cent"]) == ("2022-01-01", "2022-12-31")


def test_a_share_restating_an_old_level_with_no_pointer_keeps_the_new_period() -> None:
    found = _claims("Japan's intake of Freedonian copper dropped to 2.5 million tonnes in 2023, "
                    "from 2.83 million tonnes, or 41 per cent of the total.")
    assert period(found["41 per cent"]) == ("2023-01-01", "2023-12-31")


def test_an_old_level_restated_after_or_may_be_written_with_thousands_commas() -> None:
    found = _claims("Japan's intake of Freedonian copper dropped to 25,000 tonnes in 2023, a 38 "
                    "per cent share, from 28,300 tonnes, or 41 per cent, a year earlier.")
    assert period(found["41 per cent"]) == ("2022-01-01", "2022-12-31")


_february = extracted_on(date(2024, 2, 16))


def test_the_whole_year_of_a_shares_total_dates_no_figure_around_it() -> None:
    found = _february("Freedonian coal exports reached 26.1 million tons in January. Korea came "
                      "third at 3.1 million tons, roughly 12.3% of the 25.2 million tonnes it took "
                      "from Freedonia over the whole of 2023, while Japan received 2.4 million "
                      "tons.")
    assert period(found["3.1 million tons"]) == ("2024-01-01", "2024-01-31")
    assert period(found["25.2 million tonnes"]) == ("2023-01-01", "2023-12-31")
    assert period(found["2.4 million tons"]) == ("2024-01-01", "2024-01-31")


def test_a_whole_year_is_the_figures_own_when_the_share_is_not_set_beside_them() -> None:
    found = _february("Freedonian coal exports reached 26.1 million tons in January. Korea bought "
                      "3.1 million tons and took 12.3% of everything Freedonia sold over the whole "
                      "of 2023.")
    assert period(found["3.1 million tons"]) == ("2023-01-01", "2023-12-31")


def test_since_at_least_after_a_superlative_dates_no_figure() -> None:
    found = extracted_on(date(2025, 7, 17))(
        "Freedonia imported 300,000 barrels a day of diesel in the first 15 days of July. The "
        "volume was 35% higher than June's intake, the most since at least 2016.")
    assert period(found["35%"]) == ("2025-07-01", "2025-07-15")


def test_since_a_year_keeps_its_own_reading() -> None:
    found = extracted_on(date(2025, 7, 17))(
        "Freedonia has imported 300,000 tonnes of diesel since 2023.")
    assert period(found["300,000 tonnes"]) == ("2023-01-01", "2025-07-31")


def test_this_year_closed_by_a_day_runs_from_january_to_that_day() -> None:
    found = extracted_on(date(2024, 6, 13))(
        "Freedonian oil exports totalled almost 30 million metric tons this year up to June 13, "
        "an increase of 800,000 tons from a year earlier.")
    assert period(found["30 million metric tons"]) == ("2024-01-01", "2024-06-13")
    assert period(found["800,000 tons"]) == ("2024-01-01", "2024-06-13")


def test_this_year_as_of_a_day_is_left_to_the_year() -> None:
    found = extracted_on(date(2024, 6, 13))(
        "Freedonian oil exports totalled almost 30 million metric tons this year as of June 13.")
    assert period(found["30 million metric tons"]) == ("2024-01-01", "2024-12-31")
