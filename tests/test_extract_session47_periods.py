"""Session 47 (periods): each test pins one rule of the session on invented text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 10, 23))


def test_a_total_since_a_named_period_runs_to_the_publication_month() -> None:
    found = _claims("Chile has shipped about 8,200 containers of grapes to India since August "
                    "last year, a trade body said.")
    claim = found["8,200 containers"]
    assert (claim.period_start, claim.period_end) == ("2023-08-01", "2024-10-31")
    found = _claims("Ghana has sent 420 containers of scrap back to five countries since the "
                    "second quarter of last year.")
    claim = found["420 containers"]
    assert (claim.period_start, claim.period_end) == ("2023-04-01", "2024-10-31")
    found = _claims("Since the terminal started up in 1998 it has loaded more than 310 million "
                    "tonnes of coal.")
    claim = found["310 million tonnes"]
    assert (claim.period_start, claim.period_end) == ("1998-01-01", "2024-10-31")


def test_a_since_period_with_its_own_when_clause_or_a_state_is_not_a_total() -> None:
    found = _claims("Copper imports had been sliding since May last year, when 51,300 tonnes "
                    "arrived.")
    claim = found["51,300 tonnes"]
    assert (claim.period_start, claim.period_end) == ("2023-05-01", "2023-05-31")
    found = _claims("Trade reached $41.2 million last month. Beijing has barred imports of rice, "
                    "sugar and maize since early September. The northern gate handled $30.1 "
                    "million.")
    claim = found["$30.1 million"]
    assert (claim.period_start, claim.period_end) == ("2024-09-01", "2024-09-30")


def test_a_total_since_an_event_dated_to_a_named_period_runs_to_the_publication_month() -> None:
    found = _claims("Since Ankara scrapped its extra duties in March, Peru has shipped 96,000 "
                    "tonnes of quinoa to Turkey.")
    claim = found["96,000 tonnes"]
    assert (claim.period_start, claim.period_end) == ("2024-03-01", "2024-10-31")


def test_the_first_days_of_the_month_are_of_the_month_named_or_the_publication_month() -> None:
    found = _claims("Over the first 16 days of the month Venezuelan deliveries to Cuba averaged "
                    "41,300 bpd.")
    claim = found["41,300 bpd"]
    assert (claim.period_start, claim.period_end) == ("2024-10-01", "2024-10-16")
    found = _claims("In September, Venezuelan deliveries to Cuba averaged 41,300 bpd over the "
                    "first 12 days of the month.")
    claim = found["41,300 bpd"]
    assert (claim.period_start, claim.period_end) == ("2024-09-01", "2024-09-12")


def test_a_level_hedged_close_to_spans_the_years_it_is_counted_over() -> None:
    found = _claims("From 2016 to 2019, Turkish mills bought close to 415,000 tons of Kazakh "
                    "wheat, the union's data show.")
    claim = found["415,000 tons"]
    assert (claim.period_start, claim.period_end) == ("2016-01-01", "2019-12-31")
