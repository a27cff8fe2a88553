"""Period rules of the forty-third session's fourteenth periods round (2026-12-05): an old level
whose time before is written after a restated figure in brackets, and the goods that earned an
old money figure, each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import in_body, period

WHEN = date(2024, 8, 5)


def test_old_level_restated_in_brackets() -> None:
    """`the bill of 310 million dollars (1,410 billion ariary) recorded a year earlier`: the time
    before, written past a figure restated in brackets, dates both figures a year back."""
    claims = in_body("Madagascar spent 180.5 million US dollars on imported rice last year. That "
                     "was 41.2 percent less than the bill of 310 million dollars (1,410 billion "
                     "ariary) recorded a year earlier.", WHEN)
    assert period(claims["180.5 million US dollars"]) == ("2023-01-01", "2023-12-31")
    assert period(claims["310 million dollars"]) == ("2022-01-01", "2022-12-31")
    assert period(claims["1,410 billion ariary"]) == ("2022-01-01", "2022-12-31")


def test_goods_of_an_old_money_figure() -> None:
    """`against $198.4 million from 240,100 tonnes the year before`: the goods that earned an old
    money figure, with the time before written after them, are of that earlier year too."""
    claims = in_body("Mozambique's cashew exports brought in $512.6 million in 2023, against "
                     "$198.4 million from 240,100 tonnes the year before.", WHEN)
    assert period(claims["$512.6 million"]) == ("2023-01-01", "2023-12-31")
    assert period(claims["$198.4 million"]) == ("2022-01-01", "2022-12-31")
    assert period(claims["240,100 tonnes"]) == ("2022-01-01", "2022-12-31")


def test_goods_that_earned_a_new_figure_keep_its_period() -> None:
    """`$512.6 million from 610,000 tonnes`: goods that earned the figure, with no time before
    after them, stay of its period."""
    claims = in_body("Mozambique earned $512.6 million from 610,000 tonnes of cashew exports in "
                     "2023.", WHEN)
    assert period(claims["610,000 tonnes"]) == ("2023-01-01", "2023-12-31")


def test_percent_on_a_described_value_of_a_month() -> None:
    """`up 9% on the unusually weak value of March 2023`: after a percentage and `on`, the value
    of a month compared with is the change's base, not its own period."""
    claims = in_body("Wine exports from Chile reached $121 million in March, up 9% on the "
                     "unusually weak value of March 2023, the association said.", date(2024, 4, 20))
    assert period(claims["$121 million"]) == ("2024-03-01", "2024-03-31")
    assert period(claims["9%"]) == ("2024-03-01", "2024-03-31")


def test_above_the_full_year_total_of_a_year() -> None:
    """`already above the full-year 2023 total`: a whole year's total compared with, neither its
    `full-year` nor its year dates the change beside it."""
    claims = in_body("Kazakh wheat exports to Iran reached $2.3 billion in January-July, already "
                     "above the full-year 2023 total and 55% above the same months of 2023.",
                     date(2024, 9, 10))
    assert period(claims["$2.3 billion"]) == ("2024-01-01", "2024-07-31")
    assert period(claims["55%"]) == ("2024-01-01", "2024-07-31")


def test_following_season_after_a_split_year() -> None:
    """`The following season` after a split marketing year is the next split year, counted in
    its months; `a season later` after one whose months are not known is the next one too."""
    claims = in_body("Brazil exported 2.4 million tonnes of cotton in the 2020-21 season "
                     "(August-July). The following season it shipped 1.7 million tonnes.",
                     date(2024, 2, 20))
    assert period(claims["2.4 million tonnes"]) == ("2020-08-01", "2021-07-31")
    assert period(claims["1.7 million tonnes"]) == ("2021-08-01", "2022-07-31")
    shares = in_body("Exporters' figures show Peru's share of the market rising from about 22% "
                     "for 2014-15 to 31% a season later and 40% in 2016-17.", date(2018, 3, 1))
    assert period(shares["31%"]) == ("2015-01-01", "2016-12-31")


def test_following_year_after_a_fiscal_year() -> None:
    """`The following year` after an April-March financial year is the next financial year,
    not the calendar year after it."""
    claims = in_body("Pakistan's rice exports in the July-June fiscal year 2018-19 were worth "
                     "$2.1 billion. The following year they rose to $2.3 billion.",
                     date(2024, 2, 20))
    assert period(claims["$2.1 billion"]) == ("2018-07-01", "2019-06-30")
    assert period(claims["$2.3 billion"]) == ("2019-07-01", "2020-06-30")
