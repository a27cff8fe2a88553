"""Session 47 review mends (mendB): rules of the session narrowed so ordinary news text reads
as before them."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 5, 1))


_MIXED = ("Vietnam exported 2.1 million tonnes of rice in the first quarter, and the ministry "
          "expects 8 million tonnes for the full year. ")


def test_a_plan_of_other_parties_or_other_news_takes_no_period_from_a_mixed_sentence() -> None:
    for after in ("Separately, the Philippines plans to import 500,000 tonnes of Thai rice under "
                  "a five-year deal signed on Monday.",
                  "Meanwhile, the Philippines plans to import 500,000 tonnes of Thai rice.",
                  "The Philippines plans to import 500,000 tonnes of Thai rice.",
                  "The Philippines plans to import 500,000 tonnes of rice under a five-year "
                  "deal."):
        found = _claims(_MIXED + after)
        assert found["8 million tonnes"].period_end == "2024-12-31"
        assert found["500,000 tonnes"].period_start is None, after
    # (a same-country follow-up still goes on about the forecast's year)
    found = _claims("Vietnam exported 2.1 million tonnes of coffee in the first quarter, and the "
                    "ministry expects 1.8 million tonnes for the full year. Coffee shipments are "
                    "forecast to fall 10% to 1.6 million tonnes.")
    assert (found["1.6 million tonnes"].period_start,
            found["1.6 million tonnes"].period_end) == ("2024-01-01", "2024-12-31")


def test_the_years_total_is_not_of_a_year_over_nor_read_from_what_else_of_the_year() -> None:
    # (the report in force is of a year already over at publication: no year to forecast)
    found = _claims("Ghana exported 600,000 tonnes of cocoa in December 2023. Officials expect "
                    "the year's total to exceed 900,000 tonnes.")
    assert found["600,000 tonnes"].period_end == "2023-12-31"
    assert found["900,000 tonnes"].period_start is None
    # (`the year's` describes the start, not what is forecast)
    found = _claims("Ghana exported 600,000 tonnes of cocoa in March. Despite the year's weak "
                    "start, the board expects shipments to rise 10%.")
    assert found["10%"].period_start is None
    # (a total of the year still in course is that year's)
    found = _claims("Ghana's cocoa shipments reached 8,700 tons in January-May. He expects the "
                    "year's total to exceed 10,000 tons.", date(2025, 6, 10))
    assert (found["10,000 tons"].period_start,
            found["10,000 tons"].period_end) == ("2025-01-01", "2025-12-31")
