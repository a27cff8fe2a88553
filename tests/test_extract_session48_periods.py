"""Session 48 (periods): each test pins one rule of the session on invented text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def test_shares_listed_after_a_standing_share_have_no_period() -> None:
    found = _claims("Peru sold 90,000 tonnes of quinoa abroad last year. Bolivia supplies 60% of "
                    "world quinoa exports, against 12% for Peru and 5% for Ecuador.")
    assert found["90,000 tonnes"].period_start == "2023-01-01"
    assert found["12%"].period_start is None
    assert found["5%"].period_start is None
    found = _claims("Peru sold 90,000 tonnes of quinoa abroad last year. In Chile, Bolivian "
                    "quinoa holds 75.8% of imports, far ahead of Peru at 8.5%.")
    assert found["8.5%"].period_start is None
    found = _claims("Peru sold 90,000 tonnes of quinoa abroad last year. Bolivia is Chile's "
                    "biggest quinoa supplier, with 22% of its imports.")
    assert found["22%"].period_start is None


def test_a_share_that_goes_abroad_or_ends_up_somewhere_is_standing() -> None:
    found = _claims("Peru sold 90,000 tonnes of quinoa abroad last year. Some 80% of the "
                    "country's crop goes abroad.")
    assert found["80%"].period_start is None
    found = _claims("Peru sold 90,000 tonnes of quinoa abroad last year. About 60 percent of the "
                    "quinoa grown in Bolivia ends up in Chile.")
    assert found["60 percent"].period_start is None
    found = _claims("Peru sold 90,000 tonnes of quinoa abroad last year, and 80% of it went to "
                    "Chile.")
    assert found["80%"].period_start == "2023-01-01"


def test_a_habitual_rate_in_the_present_simple_outranks_another_clauses_period() -> None:
    found = _claims("Peru exported 2 million tonnes of copper in 2023; Chile ships about 200,000 "
                    "tonnes a month.")
    assert found["2 million tonnes"].period_start == "2023-01-01"
    assert found["200,000 tonnes a month"].period_start is None
    found = _claims("In March Chile shipped 210,000 tonnes a month of copper.")
    assert found["210,000 tonnes a month"].period_start == "2024-03-01"


def test_a_rate_in_the_perfect_is_no_habit() -> None:
    found = _claims("Chile's copper exports fell 18% in January-April. Back in January-April "
                    "2011, exports had run at 1.3 million tonnes a month.")
    assert found["1.3 million tonnes a month"].period_start == "2011-01-01"
