"""Rules of the twenty-first session of 2026-12-03, each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted, only_quantity, parties, period

AUGUST_2021 = date(2021, 8, 20)


def test_a_rate_a_month_before_a_named_month_is_still_a_rate() -> None:
    """`400,000 tonnes a month in May and June`: `in May` dates the rate, as `in 2020` would
    not; `a year in 2019` stays a time."""
    quantity = only_quantity("Peru's copper shipments to Korea recovered to 400,000 tonnes a "
                             "month in May and June.")
    assert (quantity.surface, quantity.unit) == ("400,000 tonnes a month", "metric_ton/month")
    found = extracted("Peru's copper shipments to Korea recovered to 400,000 tonnes a month in "
                      "May and June.", AUGUST_2021)
    claim = found["400,000 tonnes a month"]
    assert parties(claim) == ("PER", "KOR", False)
    assert period(claim) == ("2021-05-01", "2021-06-30")


def test_gas_flows_a_day_are_claims() -> None:
    """`1.1 billion cubic feet a day` of pipeline gas is a flow like `bbl/d`."""
    found = extracted("Qatari gas flowing into Oman rose 12 percent in July to about 1.1 billion "
                      "cubic feet a day, from 980 million cubic feet a day in June.", AUGUST_2021)
    assert found["1.1 billion cubic feet a day"].unit == "cubic_foot/day"
    assert parties(found["1.1 billion cubic feet a day"]) == ("QAT", "OMN", False)
    assert period(found["980 million cubic feet a day"]) == ("2021-06-01", "2021-06-30")
    found = extracted("Oman imported 6 million standard cubic metres a day of gas from Qatar in "
                      "June.", AUGUST_2021)
    assert parties(found["6 million standard cubic metres a day"]) == ("QAT", "OMN", False)


def test_a_subject_that_adds_an_amount_is_no_source() -> None:
    """`Fuel landed at Sohar adds around 20,000 barrels a day`: a sum, not a remark;
    `KOTRA adds an estimated 500,000 tons` is still KOTRA's estimate."""
    found = extracted("Oman imported 90,000 barrels a day of crude from Iraq in June. Fuel landed "
                      "at the port of Sohar adds around 20,000 barrels a day.", AUGUST_2021)
    assert found["20,000 barrels a day"].attribution is None
    found = extracted("KOTRA adds an estimated 500,000 tons of Chinese crude to North Korea's "
                      "2020 imports.", AUGUST_2021)
    assert found["500,000 tons"].attribution == "KOTRA"
