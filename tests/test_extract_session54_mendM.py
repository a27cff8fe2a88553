"""Session 54, mend M: reviewers' invented sentences on which this session's modality and hedging
rules over-reached; each test fails without its mend."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2025, 6, 1))


def test_an_estimate_label_before_a_colon_still_reaches_its_figures() -> None:
    assert _claims("Estimated imports: 3.2 million tonnes of rice in 2024.")[
        "3.2 million tonnes"].modality == "estimated"
    found = _claims("Estimated figures for 2025: exports of wheat 5 million tonnes, imports 1 "
                    "million tonnes.")
    assert found["5 million tonnes"].modality == "estimated"
    assert found["1 million tonnes"].modality == "estimated"


def test_an_estimate_that_introduces_a_colon_still_reaches_its_figures() -> None:
    found = _claims("Analysts estimate the gap as follows: India exported 2 million tonnes of "
                    "sugar in 2024.")
    assert found["2 million tonnes"].modality == "estimated"


def test_a_threshold_gone_past_is_the_limit_itself() -> None:
    assert not _claims("Steel imports exceeded the 500,000-tonne threshold that triggers EU "
                       "safeguard duties in March.")["500,000-tonne"].approximate
    assert not _claims("Shipments to Turkey passed the 1 million tonne threshold set under the "
                       "quota, triggering a higher tariff.")["1 million tonne"].approximate


def test_a_mark_not_passed_is_no_bound() -> None:
    assert not _claims("Exports did not pass the $1 billion mark last year.")[
        "$1 billion"].approximate


def test_the_past_year_figure_a_plan_names_as_its_object_keeps_the_plan() -> None:
    assert _claims("The government had targeted the 50 million tonnes in 2024 for coal exports, "
                   "but shipments fell short.")["50 million tonnes"].modality == "forecast"
    assert _claims("Japan plans to buy the 200,000 tonnes in 2024 left over from its contract "
                   "with Australia.")["200,000 tonnes"].modality == "planned"


def test_a_purpose_aside_after_a_comma_is_outside_the_modal_predicate() -> None:
    found = _claims("Exports could rise 5% next year, to judge by the 1.2 million tonnes shipped "
                    "to China in May.")
    assert found["5%"].modality == "forecast"
    assert found["1.2 million tonnes"].modality == "reported"


def test_a_figure_handed_on_by_passing_is_no_bound() -> None:
    assert not _claims("Brazil exported 40 million tonnes of soybeans to China, passing 20 million "
                       "tonnes to other buyers.")["20 million tonnes"].approximate
