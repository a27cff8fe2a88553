"""Period rules of the forty-third session's thirteenth periods round (2026-12-05): the months of
a split marketing or crop year written in a bracket after it, a fiscal year named by one year
whose opening or close is stated, months inside a split year, each pinned by invented
sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import in_body, period
from tradetrace.normalize.periods import FiscalStart, fiscal_year_start

WHEN = date(2024, 2, 20)


def test_bracketed_months_through_state_the_season() -> None:
    """`the 2022/2023 season (August through July)`: months joined by `through` in the bracket
    after a split year state its months, as `(August-July)` does."""
    assert fiscal_year_start("Shipments in the 2022/2023 season (August through July) grew.") == \
        FiscalStart(8)
    assert fiscal_year_start("Sales in the 2021-22 crop year (April until March) fell.") == \
        FiscalStart(4)


def test_first_months_of_a_product_marketing_year() -> None:
    """`the first three months of the 2023-24 sugar marketing year (September-August)`: a part of
    the split year named with a product's word before its noun, counted from its first month; the
    bracketed months are no period of their own."""
    claims = in_body("In the first three months of the 2023-24 sugar marketing year "
                     "(September-August), Brazil shipped 6.2 million tonnes of sugar, against 4.9 "
                     "million tonnes a year earlier.", WHEN)
    assert period(claims["6.2 million tonnes"]) == ("2023-09-01", "2023-11-30")
    assert period(claims["4.9 million tonnes"]) == ("2022-09-01", "2022-11-30")


def test_opening_months_of_a_season_with_through_months() -> None:
    """`the opening four months of the 2023/2024 season (October through September)`: the split
    year's first months, not the last October-September span before publication."""
    claims = in_body("In the opening four months of the 2023/2024 season (October through "
                     "September), Uganda exported 2.1 million bags of coffee.", WHEN)
    assert period(claims["2.1 million bags"]) == ("2023-10-01", "2024-01-31")


def test_fiscal_year_named_by_one_year_whose_close_is_stated() -> None:
    """`fiscal 2023, which ended in March` in an April 2024 article: the fiscal year that ended in
    the March before publication (named by the year it began in), and `a year before` the one
    before it."""
    claims = in_body("Thailand's rice exports to Japan shrank 12% in fiscal 2023, which ended in "
                     "March, to 210,000 tonnes from 238,000 tonnes a year before, the ministry "
                     "said.", date(2024, 5, 14))
    assert period(claims["210,000 tonnes"]) == ("2023-04-01", "2024-03-31")
    assert period(claims["238,000 tonnes"]) == ("2022-04-01", "2023-03-31")


def test_fiscal_year_named_by_one_year_whose_opening_is_stated() -> None:
    """`fiscal 2021, which ran from April 1, 2021`, `fiscal 2022, the year that started on April
    1, 2022`: the fiscal year opening on the day written."""
    claims = in_body("In fiscal 2021, which ran from April 1, 2021 to March 31, 2022, wheat "
                     "imports from Canada reached 1.9 million tonnes.", date(2023, 1, 10))
    assert period(claims["1.9 million tonnes"]) == ("2021-04-01", "2022-03-31")
    claims = in_body("Exports of scallops to Vietnam rose 31% in fiscal 2022, the year that "
                     "started on April 1, 2022, to 45,000 tonnes.", date(2023, 5, 2))
    assert period(claims["45,000 tonnes"]) == ("2022-04-01", "2023-03-31")


def test_fiscal_year_named_by_its_end_keeps_its_end() -> None:
    """`fiscal 2023, which ended in June` in an August 2023 article: the year that ends in 2023
    (July 2022 - June 2023), as `fiscal 2023` alone."""
    claims = in_body("Australia's beef exports to Korea rose 9% in fiscal 2023, which ended in "
                     "June, to 160,000 tonnes.", date(2023, 8, 17))
    assert period(claims["160,000 tonnes"]) == ("2022-07-01", "2023-06-30")


def test_months_of_a_split_year_before_its_bracketed_months() -> None:
    """`October-March of the 2023-24 oil year (October-September)`: the months written are the
    part of the split year; its bracketed twelve months are no period of their own."""
    claims = in_body("Indian rapeseed meal exports over October-March of the 2023-24 oil year "
                     "(October-September) rose 12 per cent to 9.1 lakh tonnes, from 8.1 lakh "
                     "tonnes in the same months a year before, the association said.",
                     date(2024, 4, 18))
    assert period(claims["9.1 lakh tonnes"]) == ("2023-10-01", "2024-03-31")
    assert period(claims["8.1 lakh tonnes"]) == ("2022-10-01", "2023-03-31")


def test_one_month_of_a_split_year() -> None:
    """`January of the 2021/22 season`: that month in the split year's second calendar year (its
    first from the fiscal year's first month on, when the text states the months)."""
    claims = in_body("Colombia shipped 1.1 million bags of coffee in March, 8 percent more than in "
                     "March of the 2022/2023 season.", date(2024, 4, 12))
    assert period(claims["8 percent"]) == ("2024-03-01", "2024-03-31")
    claims = in_body("Vietnam's rice exports reached 600,000 tonnes in December of the 2020/21 "
                     "crop year, the ministry said.", date(2022, 5, 4))
    assert period(claims["600,000 tonnes"]) == ("2020-12-01", "2020-12-31")
    claims = in_body("Brazil shipped 3.2 million tonnes of sugar in September of the 2022-23 "
                     "season (April-March), the ministry said.", date(2023, 11, 4))
    assert period(claims["3.2 million tonnes"]) == ("2022-09-01", "2022-09-30")


def test_since_an_opening_in_a_month() -> None:
    """`since the season opened in April`: from the last April to the publication month, not
    April alone, beside a target too."""
    claims = in_body("Senegal has exported 61,000 tonnes of groundnuts since the season opened "
                     "in April, well above the 40,000-tonne target, the ministry said.",
                     date(2023, 9, 6))
    assert period(claims["61,000 tonnes"]) == ("2023-04-01", "2023-09-30")
