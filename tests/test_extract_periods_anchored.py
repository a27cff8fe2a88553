"""Periods read from another period of the text: `the following month`, `by the end of the
year`, and what a figure is compared with (`twice that of April`).

Sentences are invented; quantities are written out by hand as the quantity layer would hand them
over, so these tests exercise the period choice alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from claim_helpers import by_surface

PUBLISHED = date(2024, 7, 1)


def span(text: str, surface: str, value: float, unit: str = "t") -> tuple[str | None, str | None]:
    claim = by_surface(text, ((surface, value, unit),), PUBLISHED)[surface]
    return claim.period_start, claim.period_end


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia shipped flour to North Korea in March. It sent another 30,000 tonnes the following "
     "month.", ("2024-04-01", "2024-04-30")),
    ("Russia shipped flour to North Korea in December 2023. It will send another 30,000 tonnes "
     "the month after.", ("2024-01-01", "2024-01-31")),
    ("Russia shipped flour to North Korea in 2022. It sent another 30,000 tonnes the following "
     "year.", ("2023-01-01", "2023-12-31")),
    ("Russia shipped flour to North Korea in 2022. It will send another 30,000 tonnes a year "
     "later.", ("2023-01-01", "2023-12-31")),
])
def test_the_following_month_or_year_steps_on_from_the_period_in_force(
        text: str, expected: tuple[str, str]) -> None:
    assert span(text, "30,000 tonnes", 30_000) == expected


def test_the_following_month_in_the_same_sentence_steps_on_from_its_month() -> None:
    text = ("Russia shipped 20,000 tonnes of flour to North Korea in March and 30,000 tonnes the "
            "following month.")
    found = by_surface(text, (("20,000 tonnes", 20_000, "t"), ("30,000 tonnes", 30_000, "t")),
                       PUBLISHED)
    assert (found["30,000 tonnes"].period_start, found["30,000 tonnes"].period_end) == (
        "2024-04-01", "2024-04-30")


def test_the_following_month_after_a_year_is_no_period() -> None:
    # a month cannot follow a whole year: nothing to step on from
    text = ("Russia shipped flour to North Korea in 2022. It sent another 30,000 tonnes the "
            "following month.")
    assert span(text, "30,000 tonnes", 30_000) != ("2022-02-01", "2022-02-28")


@pytest.mark.parametrize("phrase", ["by the end of the year", "before the end of the year",
                                    "by year-end"])
def test_a_plan_by_the_end_of_the_year_is_the_publication_year(phrase: str) -> None:
    text = f"Russia will deliver 50,000 tonnes of wheat to North Korea {phrase}, the ministry said."
    assert span(text, "50,000 tonnes", 50_000) == ("2024-01-01", "2024-12-31")


@pytest.mark.parametrize(("text", "earlier", "later", "start"), [
    # by the end of the year after a year named in the sentence: that year
    ("In 2023 Russia shipped 20,000 tonnes of flour to North Korea; by the end of the year it "
     "had also sent 5,000 tonnes of rice.", (20_000, "20,000 tonnes"), (5_000, "5,000 tonnes"),
     "2023-01-01"),
    # ... after a quarter written with its year: the quarter's year
    ("China bought 10 million tonnes of Russian coal in the first quarter of 2023, and 45 "
     "million tonnes by the end of the year.", (1e7, "10 million tonnes"),
     (4.5e7, "45 million tonnes"), "2023-01-01"),
    # ... in a report, in a later sentence: the year in force
    ("In 2022 Russia shipped 20,000 tonnes of flour to North Korea. By the end of the year it "
     "had also sent 5,000 tonnes of rice.", (20_000, "20,000 tonnes"), (5_000, "5,000 tonnes"),
     "2022-01-01"),
    # over the next month, in a plan: the month after publication, not after the one in force
    ("Exports of rice to Laos in May were 50,000 tonnes. Another 100,000 tonnes are due to be "
     "shipped to Laos over the next month.", (5e4, "50,000 tonnes"), (1e5, "100,000 tonnes"),
     "2024-08-01"),
])
def test_the_later_figures_period_read_from_another(text: str, earlier: tuple[float, str],
                                                    later: tuple[float, str],
                                                    start: str) -> None:
    found = by_surface(text, ((earlier[1], earlier[0], "t"), (later[1], later[0], "t")),
                       PUBLISHED)
    assert found[later[1]].period_start == start


@pytest.mark.parametrize("opener", ["Customs officials said that", "Kpler data show that"])
def test_a_period_after_said_that_is_the_claims(opener: str) -> None:
    text = f"{opener} in 2023 China exported 1 million tonnes of coal to India."
    found = by_surface(text, (("1 million tonnes", 1e6, "t"),), PUBLISHED)
    assert found["1 million tonnes"].period_start == "2023-01-01"


@pytest.mark.parametrize("comparison", ["twice that of April", "double that in April"])
def test_the_month_a_multiple_is_compared_with_is_not_its_period(comparison: str) -> None:
    text = f"China exported 30,000 tonnes of rice to North Korea in May, {comparison}."
    multiple = comparison.split()[0]
    found = by_surface(text, (("30,000 tonnes", 30_000, "t"), (multiple, 2, "x")), PUBLISHED)
    assert found[multiple].period_start == "2024-05-01"


def test_a_change_after_a_dated_level_has_the_levels_period() -> None:
    text = ("Laos's imports of Thai rice shrank to around 15 million tonnes in 2023, down 88% "
            "from 2021.")
    found = by_surface(text, (("15 million tonnes", 1.5e7, "t"), ("88%", 88, "percent")),
                       PUBLISHED)
    assert (found["88%"].period_start, found["88%"].period_end) == ("2023-01-01", "2023-12-31")


def test_a_sentence_opening_a_year_earlier_looks_back_and_then_returns() -> None:
    text = ("Laos bought 1.2 million tonnes of Thai diesel in August. A year earlier, Laotian "
            "purchases of Thai diesel had been just 15,000 tonnes. Thai fertilizers also kept "
            "flowing, with 1.1 million tonnes landed in Laos in August.")
    found = by_surface(text, (("1.2 million tonnes", 1.2e6, "t"), ("15,000 tonnes", 1.5e4, "t"),
                              ("1.1 million tonnes", 1.1e6, "t")), date(2023, 9, 14))
    assert found["15,000 tonnes"].period_start == "2022-08-01"
    assert found["1.1 million tonnes"].period_start == "2023-08-01"
