"""Year-over-year changes and shift detection on series with a known break."""

from __future__ import annotations

import pytest

from tradetrace.analyse import (
    ShiftOptions,
    YearValue,
    detect_shifts,
    partner_shares,
    share_shifts,
    year_over_year,
)
from web_fixtures import statistics


def series(values: dict[int, float]) -> list[YearValue]:
    return [YearValue(year, value, (f"sta-{year}",)) for year, value in values.items()]


def test_year_over_year_bridges_gaps_and_keeps_evidence() -> None:
    changes = year_over_year(series({2018: 100.0, 2019: 150.0, 2021: 75.0}))
    assert [(c.year, c.previous_year, c.change, c.relative) for c in changes] == [
        (2019, 2018, 50.0, 0.5), (2021, 2019, -75.0, -0.5)]
    assert changes[1].evidence == ("sta-2019", "sta-2021")


def test_median_method_finds_the_break_year_and_its_size() -> None:
    values = {2015: 10.0, 2016: 11.0, 2017: 10.0, 2018: 12.0, 2019: 11.0, 2020: 40.0,
              2021: 42.0}
    shifts = detect_shifts(series(values))
    assert shifts[0].year == 2020
    assert shifts[0].expected == pytest.approx(11.0)  # median of 2017-2019
    assert shifts[0].size == pytest.approx(29.0)
    assert shifts[0].direction == "up"
    assert "sta-2020" in shifts[0].evidence and "sta-2019" in shifts[0].evidence
    assert all(s.year >= 2020 for s in shifts)


def test_trend_method_ignores_a_steady_trend_but_flags_a_break() -> None:
    steady = {year: 100.0 + 10 * (year - 2010) + (1 if year % 2 else -1) for year in
              range(2010, 2020)}
    options = ShiftOptions(method="trend", window=5, min_history=3, z=3.0, relative=0.02)
    assert detect_shifts(series(steady), options) == []
    broken = dict(steady) | {2020: 20.0}
    shifts = detect_shifts(series(broken), options)
    assert [s.year for s in shifts] == [2020]
    assert shifts[0].direction == "down"
    assert shifts[0].expected == pytest.approx(200.0, abs=2.0)


def test_no_shift_without_enough_history() -> None:
    assert detect_shifts(series({2019: 1.0, 2020: 100.0})) == []


def test_from_zero_any_value_is_a_shift_with_a_finite_score() -> None:
    shifts = detect_shifts(series({2018: 0.0, 2019: 0.0, 2020: 0.0, 2021: 5.0}))
    assert [(s.year, s.relative, s.score) for s in shifts] == [(2021, None, 5.0)]


def test_share_shifts_on_partner_shares() -> None:
    shares = partner_shares(statistics(), "PRK")
    # Russia's KOTRA share: 1.2 % (2018), 1.5, 5.0 (2020), 0.6, 0.3, 1.2, 1.3: 2020 is a jump
    # of 3.5 points, below the default 5-point floor; with a 2-point floor it is found.
    assert "RUS" not in share_shifts(shares)
    found = share_shifts(shares, ShiftOptions(relative=0.5, absolute=0.02))
    assert [s.year for s in found["RUS"]][0] == 2020
