"""Session 56, the reread of the whole change: each test pins a slip the readers found and fails
on the code before its mend."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2025, 6, 1))


def test_a_total_at_the_end_of_a_month_in_a_sentence_opening_with_its_subject() -> None:
    found = _claims("Exports stood at 61.2 billion rand at the end of March.")
    claim = found["61.2 billion rand"]
    assert (claim.period_start, claim.period_end) == ("2025-01-01", "2025-03-31")


def test_a_respectively_run_with_an_oxford_comma_keeps_every_share() -> None:
    found = _claims("Germany took 31% of Austria's timber exports last year. Italy, Hungary, and "
                    "Slovenia followed with 12.4%, 8.1%, and 5%, respectively.")
    assert {"12.4%", "8.1%", "5%"} <= set(found)
    assert found["5%"].importer == "SVN"


def test_the_value_of_a_part_of_that_after_a_comma_is_dated_as_the_part() -> None:
    found = _claims("Ruritania shipped 80,000 tonnes of jute in March, lifting first-quarter sales "
                    "to 240,000 tonnes, the ministry reported. Freedonia bought 130,000 tonnes of "
                    "that, valued at $95 million.")
    claim = found["$95 million"]
    assert (claim.period_start, claim.period_end) == ("2025-01-01", "2025-03-31")


def test_a_later_figure_compared_with_a_year_before_is_its_own_clause() -> None:
    found = _claims("Lentils led at an estimated 18.2 lakh tonnes in 2024, but 1,450 tonnes more "
                    "than a year earlier.")
    assert found["18.2 lakh tonnes"].modality == "estimated"
    assert found["1,450 tonnes"].modality == "reported"


def test_a_negated_decision_with_a_curly_apostrophe_plans_nothing() -> None:
    found = _claims("Gabon hasn’t decided to sell 20,000 cubic metres of timber to Vietnam.")
    assert found["20,000 cubic metres"].modality == "reported"


def test_a_four_digit_amount_above_which_figures_are_put_is_no_year() -> None:
    found = _claims("Traders put the month's imports of Thai rice above 2050 tonnes.")
    assert found["2050 tonnes"].attribution == "Traders"


def test_a_later_at_after_a_level_near_a_year_is_still_put() -> None:
    found = _claims("Analysts put the slump near 2019 levels at 5 million tonnes of wheat imports.")
    assert found["5 million tonnes"].attribution == "Analysts"


def test_region_row_cues_are_case_blind_like_every_cue_list() -> None:
    from tradetrace.extract.flows import _region_row

    assert _region_row().search("Exports to Peru rose 12% to $80 million. And to the EU 30% to ")
    assert not _region_row().search("Exports to Peru rose 12% to $80 million. And to Chile 30% to ")
