"""Session 60, mend P: the periods rules of the session no longer over-reach (invented text)."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, period

_claims = extracted_on(date(2025, 6, 20))


def test_a_span_counted_back_after_a_superlative_is_its_range_not_the_figures() -> None:
    found = _claims("Valdoria's lentil exports to Freedonia climbed in May. Shipments of "
                    "310,000 tonnes were the highest in the past six years.")
    assert period(found["310,000 tonnes"]) == ("2025-05-01", "2025-05-31")
    found = _claims("Valdoria's lentil exports to Freedonia climbed in May. The 310,000 tonnes "
                    "shipped was the largest monthly haul in the last decade.")
    assert period(found["310,000 tonnes"]) == ("2025-05-01", "2025-05-31")


def test_a_span_opening_the_sentence_does_not_reach_a_clause_joined_after_it() -> None:
    found = _claims("Valdoria's lentil exports to Freedonia climbed in May. In the past three "
                    "years Valdoria has widened its lead, and it shipped 310,000 tonnes of "
                    "lentils to Freedonia.")
    assert period(found["310,000 tonnes"]) == ("2025-05-01", "2025-05-31")


def test_a_past_habit_figure_with_a_period_of_its_own_keeps_it() -> None:
    found = _claims("Freedonia bought 62 bcm of gas from Valdoria in 2024, down from the 71 bcm "
                    "it used to draw in 2020.")
    assert period(found["71 bcm"]) == ("2020-01-01", "2020-12-31")
    found = _claims("Freedonia took 2.3 million barrels per day of Valdorian crude in May, up "
                    "from 2.1 million bpd in April that its refiners used to fill with Ruritanian "
                    "oil.")
    assert period(found["2.1 million bpd"]) == ("2025-04-01", "2025-04-30")


def test_the_same_month_of_last_season_is_a_yearly_comparison() -> None:
    found = _claims("Freedonia's maize purchases from Valdoria grew 6% month-on-month in May to "
                    "4 million tonnes, versus 3.5 million tonnes for the same month of last "
                    "season.")
    assert period(found["3.5 million tonnes"]) == ("2024-05-01", "2024-05-31")


def test_a_monthly_cue_moves_back_only_an_old_level_of_a_whole_month() -> None:
    found = _claims("Lentil shipments in the week to May 21 climbed to 180,000 tonnes from 140,000 "
                    "tonnes, port agents said, with the month-on-month picture still strong.")
    assert period(found["140,000 tonnes"]) != ("2025-04-15", "2025-04-21")


def test_a_measure_running_to_a_month_of_a_year_dates_no_figure() -> None:
    found = _claims("Valdoria's cheese sales to Freedonia slid 41% to $75 million, with tariffs "
                    "set to run until March 2028.")
    assert period(found["41%"]) == (None, None)
    assert period(found["$75 million"]) == (None, None)
    found = _claims("Aluminium imports from Valdoria are capped at 900,000 tonnes under quotas "
                    "that run until October 2026.")
    assert period(found["900,000 tonnes"]) == (None, None)
    found = _claims("Freedonia's tin imports rose 4% to 80,000 tonnes in May, with levies due to "
                    "run until mid-2028.")
    assert period(found["80,000 tonnes"]) == ("2025-05-01", "2025-05-31")


def test_a_season_running_to_a_month_is_the_figures_own_span() -> None:
    found = _claims("Valdoria's rice exports came to 7 million tonnes in the season that runs "
                    "through June.")
    assert period(found["7 million tonnes"]) != (None, None)
    found = _claims("Freedonia's sugar exports hit 5 million tonnes in the crop year running to "
                    "September.")
    assert period(found["5 million tonnes"]) != (None, None)
