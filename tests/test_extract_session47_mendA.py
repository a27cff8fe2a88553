"""Session 47 review mends (mendA): ordinary news text the period rules over-reached on."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on
from tradetrace.model import Claim

_claims = extracted_on(date(2024, 5, 1))


def _span(found: dict[str, Claim], surface: str) -> tuple[str | None, str | None]:
    claim = found[surface]
    return claim.period_start, claim.period_end


def test_a_level_a_change_went_up_to_is_the_end_of_the_years_compared() -> None:
    found = _claims("From 2018 to 2021, Turkey's steel exports went up to 600,000 tons.")
    assert _span(found, "600,000 tons") == ("2021-01-01", "2021-12-31")
    found = _claims("Between 2019 and 2022, Turkey's steel exports climbed up to 900,000 tons.")
    assert _span(found, "900,000 tons") == ("2022-01-01", "2022-12-31")
    found = _claims("From 2018 to 2021, importers bought up to 282,000 tons.")
    assert _span(found, "282,000 tons") == ("2018-01-01", "2021-12-31")
    found = _claims("From 2018 to 2021, importers bought close to 282,000 tons.")
    assert _span(found, "282,000 tons") == ("2018-01-01", "2021-12-31")
    found = _claims("Turkey's steel exports rose from 200,000 tons in 2018 to close to 282,000 "
                    "tons in 2021.")
    assert _span(found, "282,000 tons") == ("2021-01-01", "2021-12-31")


def test_a_causal_since_or_a_word_in_ed_dates_no_total_from_its_period() -> None:
    found = _claims("China's soybean imports jumped to 9 million tonnes, since crushers needed "
                    "more beans in April.")
    assert _span(found, "9 million tonnes") == ("2024-04-01", "2024-04-30")
    found = _claims("Exports to the United States have risen to 4,000 tonnes since the plant "
                    "exceeded capacity in 2019.")
    assert _span(found, "4,000 tonnes") == ("2019-01-01", "2019-12-31")
    found = _claims("Exports have fallen 30% since Washington imposed tariffs in 2018.")
    assert _span(found, "30%") == ("2018-01-01", "2024-05-31")
    found = _claims("Since Ankara scrapped its extra duties in March, Peru has shipped 96,000 "
                    "tonnes of quinoa to Turkey.")
    assert _span(found, "96,000 tonnes") == ("2024-03-01", "2024-05-31")


def test_the_first_days_of_this_month_or_of_a_month_in_force() -> None:
    found = _claims("Russia's oil exports to India averaged 1.9 million bpd in the first week of "
                    "this month.")
    assert _span(found, "1.9 million bpd") == ("2024-05-01", "2024-05-07")
    found = _claims("In March exports rose 4%. Shipments averaged 3.3 million bpd in the first "
                    "two weeks of the month.")
    assert _span(found, "3.3 million bpd") == ("2024-03-01", "2024-03-14")
    found = _claims("Over the first 16 days of the month Venezuelan deliveries to Cuba averaged "
                    "41,300 bpd.", published=date(2024, 10, 23))
    assert _span(found, "41,300 bpd") == ("2024-10-01", "2024-10-16")
    found = _claims("In September, Venezuelan deliveries to Cuba averaged 41,300 bpd over the "
                    "first 12 days of the month.", published=date(2024, 10, 23))
    assert _span(found, "41,300 bpd") == ("2024-09-01", "2024-09-12")
