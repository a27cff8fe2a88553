"""Session 62, periods mend: each test pins one reviewer finding on the session's periods rules
(a standing fact's carry, spans no calendar can place, `average` as a noun) on invented text,
with a near miss where the rule still fires."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, period

_claims = extracted_on(date(2025, 6, 1))

_Y2024 = ("2024-01-01", "2024-12-31")
_NONE = (None, None)


def test_a_past_figure_after_a_contrast_is_not_listed_with_a_standing_one() -> None:
    found = _claims("Ghana's cocoa exports came to 500,000 tonnes in 2024. Ghana grows about "
                    "800,000 tonnes of cocoa but sold only 300,000 tonnes to the Netherlands.")
    assert period(found["800,000 tonnes"]) == _NONE
    assert period(found["300,000 tonnes"]) == _Y2024


def test_a_past_figure_in_a_new_clause_is_not_listed_with_a_standing_one() -> None:
    found = _claims("Ghana's cocoa exports came to 500,000 tonnes in 2024. Ghana grows about "
                    "800,000 tonnes of cocoa, and buyers in Belgium took 90,000 tonnes.")
    assert period(found["90,000 tonnes"]) == _Y2024


def test_figures_listed_in_a_standing_clause_still_have_no_period() -> None:
    found = _claims("Ghana's cocoa exports came to 500,000 tonnes in 2024. Ghana grows about "
                    "800,000 tonnes of cocoa a year: the Netherlands takes 300,000 tonnes, ahead "
                    "of Belgium at 90,000 tonnes.")
    assert period(found["300,000 tonnes"]) == _NONE
    assert period(found["90,000 tonnes"]) == _NONE


def test_a_figure_in_a_relative_clause_starts_no_carry() -> None:
    found = _claims("Ghana's cocoa exports came to 500,000 tonnes in 2024. The Netherlands, which "
                    "normally buys about 300,000 tonnes, took 240,000 tonnes.")
    assert period(found["240,000 tonnes"]) == _Y2024


def test_a_past_share_after_while_keeps_the_period_in_force() -> None:
    found = _claims("Ghana's cocoa exports came to 500,000 tonnes in 2024. The Netherlands takes "
                    "about 40 percent of Ghana's cocoa, while Belgium's share slipped to 9 "
                    "percent.")
    assert period(found["40 percent"]) == _NONE
    assert period(found["9 percent"]) == _Y2024


def test_for_the_first_time_in_recent_years_keeps_the_period_in_force() -> None:
    found = _claims("Kenya's tea exports reached 500,000 tonnes in 2024. For the first time in "
                    "recent years Pakistan bought 200,000 tonnes.")
    assert period(found["200,000 tonnes"]) == _Y2024
    near = _claims("Kenya's tea exports reached 500,000 tonnes in 2024. In recent years Pakistan "
                   "bought about 200,000 tonnes.")
    assert period(near["200,000 tonnes"]) == _NONE


def test_a_span_of_likeness_is_no_period_of_the_figure() -> None:
    found = _claims("Kenya's tea exports reached 500,000 tonnes in 2024. Egypt took about 40 "
                    "percent of them as it did in previous years.")
    assert period(found["40 percent"]) == _Y2024
    found = _claims("Tea exports rose 6% in November. Britain took 30,000 tonnes in line with the "
                    "pace of previous months.")
    assert period(found["30,000 tonnes"]) == ("2024-11-01", "2024-11-30")
    near = _claims("Kenya's tea exports reached 500,000 tonnes in 2024. Egypt took about 40 "
                   "percent of them in previous years.")
    assert period(near["40 percent"]) == _NONE


def test_an_opening_span_does_not_reach_a_contrasting_clause() -> None:
    found = _claims("Kenya's tea exports reached 500,000 tonnes in 2024. In recent years Pakistan "
                    "has been the top buyer, yet Egypt took 150,000 tonnes.")
    assert period(found["150,000 tonnes"]) == _Y2024
    found = _claims("Kenya's tea exports reached 500,000 tonnes in 2024. In a normal year "
                    "Pakistan takes the most, while Egypt took 150,000 tonnes.")
    assert period(found["150,000 tonnes"]) == _Y2024
    near = _claims("Kenya's tea exports reached 500,000 tonnes in 2024. In recent years Pakistan "
                   "has taken 150,000 tonnes.")
    assert period(near["150,000 tonnes"]) == _NONE


def test_a_span_after_another_figure_or_a_comparison_is_that_phrase_s() -> None:
    found = _claims("Tea exports rose 6% in November. Britain's share slipped to 18% from about a "
                    "fifth in earlier years.")
    assert period(found["18%"]) == ("2024-11-01", "2024-11-30")
    found = _claims("Tea exports fell 5% in March. Shipments came to 40,000 tonnes, about half of "
                    "what Kenya sells in a normal year.")
    assert period(found["half"]) == ("2025-03-01", "2025-03-31")
    near = _claims("Tea exports rose 6% in November. Britain's share was about a fifth in earlier "
                   "years.")
    assert period(near["a fifth"]) == _NONE


def test_average_after_an_article_is_a_noun_not_a_present_verb() -> None:
    found = _claims("Tea exports fell 5% in March. Kenya sold a weekly average 9,000 tonnes to "
                    "Britain.")
    assert period(found["9,000 tonnes"]) == ("2025-03-01", "2025-03-31")
    found = _claims("Tea exports fell 5% in March. Britain bought an average 2,000 tonnes.")
    assert period(found["2,000 tonnes"]) == ("2025-03-01", "2025-03-31")
    near = _claims("Tea exports fell 5% in March. Kenya ships about 9,000 tonnes of tea to "
                   "Britain.")
    assert period(near["9,000 tonnes"]) == _NONE


def test_a_season_span_no_calendar_can_place_has_no_period() -> None:
    found = _claims("Tea exports fell 5% in March. In a good season Kenya's growers sold 40,000 "
                    "tonnes to Britain.")
    assert period(found["40,000 tonnes"]) == _NONE
    near = _claims("Tea exports fell 5% in March. Kenya sold 40,000 tonnes to Britain, the most "
                   "in a normal season.")
    assert period(near["40,000 tonnes"]) == ("2025-03-01", "2025-03-31")
