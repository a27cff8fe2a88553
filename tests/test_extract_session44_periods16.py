"""Period rules of the forty-fourth session's sixteenth periods round (2026-12-05), each pinned by
invented sentences: `in the month`, `that month` go back to the last month named; a count
of months ends with the month in force (or the latest named since); a season's opening day
written before `start of` opens a day range."""

from __future__ import annotations

from datetime import date

from claim_helpers import in_body, period


def test_in_the_month_after_a_month_named_in_a_year_sentence() -> None:
    """`in December, when ...` named inside a sentence whose first figure is of the year: a later
    `in the month` is December, not the year in force."""
    claims = in_body("Norway's salmon exports rose 4 percent to 120 billion crowns in 2024, with "
                     "the pace picking up in December, when sales climbed 9 percent to 12 billion "
                     "crowns. Sales to Poland grew 3 percent to 2.1 billion crowns in the month.",
                     date(2025, 1, 8))
    assert period(claims["2.1 billion crowns"]) == ("2024-12-01", "2024-12-31")
    assert period(claims["120 billion crowns"]) == ("2024-01-01", "2024-12-31")


def test_that_month_without_a_preposition() -> None:
    """`Imports that month climbed`: `that month` is the month named before, as `in the month`."""
    claims = in_body("Vietnam's rice exports reached 7.5 million tonnes in 2023, helped by heavy "
                     "buying in August, when the Philippines placed large orders. Total "
                     "shipments that month climbed 20 percent to 1.1 million tonnes.",
                     date(2024, 1, 10))
    assert period(claims["1.1 million tonnes"]) == ("2023-08-01", "2023-08-31")


def test_in_the_month_with_no_month_named_keeps_the_period_in_force() -> None:
    """With no month named before it, `in the month` names nothing: the period in force stays."""
    claims = in_body("Chile's copper exports reached $45 billion in 2023. Shipments to China "
                     "were $20 billion, and sales to Japan rose 2% in the month.",
                     date(2024, 2, 10))
    assert period(claims["$20 billion"]) == ("2023-01-01", "2023-12-31")


def test_a_count_of_months_ends_with_the_month_in_force() -> None:
    """`... in June. Imports had come to ... in April and ... in May. Over the three months`:
    a count of months no span in force has, while a single month is in force, is the months
    that end with it."""
    claims = in_body("Mongolia bought $12.4 million of Russian fuel in June. Purchases had come "
                     "to $10.1 million in April and $11.3 million in May. Over the three months "
                     "Mongolia spent $33.8 million on Russian fuel.", date(2023, 7, 20))
    assert period(claims["$33.8 million"]) == ("2023-04-01", "2023-06-30")


def test_a_quarter_ends_only_with_a_month_closing_one() -> None:
    """`in the quarter` while August is in force is no quarter ending in August."""
    claims = in_body("Mongolia bought $12.4 million of Russian fuel in August. Over the quarter "
                     "Mongolia spent $33.8 million on Russian fuel.", date(2023, 9, 20))
    assert period(claims["$33.8 million"]) != ("2023-06-01", "2023-08-31")


def test_a_count_of_months_ends_with_the_latest_month_named() -> None:
    """`in March ..., and ... in April. Across the two months`: the months that end with the
    latest month named, not with the first claim's month that is in force."""
    claims = in_body("Kenya exported about 52,000 tonnes of tea in March 2024, up 8%, and about "
                     "47,000 tonnes in April, down 3%. Across the two months sales came to "
                     "roughly 99,000 tonnes.", date(2024, 5, 28))
    assert period(claims["99,000 tonnes"]) == ("2024-03-01", "2024-04-30")


def test_from_a_season_opening_day_to_a_day() -> None:
    """`between the Oct. 1 start of the season and Dec. 27`: the opening day, written before
    `start of`, to the day after `and` (the opening in the year before when it comes later)."""
    claims = in_body("Exporters said growers had delivered 410,000 tonnes of beans to the ports "
                     "between the Sept. 1 start of the season and Jan. 14.", date(2024, 1, 20))
    assert period(claims["410,000 tonnes"]) == ("2023-09-01", "2024-01-14")


def test_from_a_season_opening_day_to_the_end_of_a_month() -> None:
    """`between the August 1 opening of the 2021/22 season and the end of March`: to the end of
    that month."""
    claims = in_body("Farmers sold 2.3 million tonnes of barley between the August 1 opening of "
                     "the 2021/22 season and the end of March.", date(2022, 4, 12))
    assert period(claims["2.3 million tonnes"]) == ("2021-08-01", "2022-03-31")
