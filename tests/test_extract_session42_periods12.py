"""Session 42 (periods12): quarter comparisons and the period in force."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted, period
from tradetrace.normalize.periods import Period, find_periods, step_back


def _periods(text: str, published: date) -> dict[str, tuple[str | None, str | None]]:
    return {surface: period(c) for surface, c in extracted(text, published).items()}


def test_previous_quarter_is_a_pointer_back() -> None:
    text = "Sales rose from $2 million in the preceding quarter."
    mentions = find_periods(text, date(2023, 9, 1))
    assert [m.relation for m in mentions if "quarter" in m.surface] == ["previous"]
    assert step_back(Period(date(2023, 4, 1), date(2023, 6, 30)), "the previous quarter") == \
        Period(date(2023, 1, 1), date(2023, 3, 31))
    assert step_back(Period(date(2023, 4, 1), date(2023, 6, 30)), "the same quarter last year") \
        == Period(date(2022, 4, 1), date(2022, 6, 30))


def test_old_level_in_the_preceding_quarter() -> None:
    text = ("Ghana's cashew exports rose 9 percent in the third quarter of 2021 to $40 million "
            "from $36.7 million in the preceding quarter, the central bank said.")
    got = _periods(text, date(2021, 12, 2))
    assert got["$40 million"] == ("2021-07-01", "2021-09-30")
    assert got["$36.7 million"] == ("2021-04-01", "2021-06-30")


def test_old_level_after_previous_quarters_possessive() -> None:
    text = ("Chile's copper shipments slid 4 percent in the second quarter of 2020 to 610,000 "
            "tonnes, down from the previous quarter's 635,000 tonnes, the agency said.")
    got = _periods(text, date(2020, 8, 14))
    assert got["610,000 tonnes"] == ("2020-04-01", "2020-06-30")
    assert got["635,000 tonnes"] == ("2020-01-01", "2020-03-31")


def test_compared_with_the_described_quarter_is_a_base() -> None:
    text = ("Zambia's copper export earnings rose 3 percent to K20 billion in the third quarter "
            "of 2023, the central bank said. Compared with the weak second quarter, however, "
            "receipts grew by K4 billion. Cobalt receipts slipped 2 percent to K1.5 billion.")
    got = _periods(text, date(2023, 12, 5))
    assert got["K4 billion"] == ("2023-07-01", "2023-09-30")
    assert got["K1.5 billion"] == ("2023-07-01", "2023-09-30")
