"""Session 49, periods: months ranked against each other (`followed by June at ...`, `May was
the strongest month`)."""

from __future__ import annotations

from datetime import date

from claim_helpers import in_body, period


def _periods(text: str, published: date) -> dict[str, tuple[str | None, str | None]]:
    return {surface: period(claim) for surface, claim in in_body(text, published).items()}


def test_a_month_that_follows_in_a_ranking_is_that_month_alone() -> None:
    # `followed by June at $957.9 million`: the next month in a ranking, not the year to June
    text = ("Kenya's tea earnings came to $610 million in the first half of 2024. In April "
            "they were highest, at $140 million, followed by June at $118 million.")
    periods = _periods(text, date(2024, 8, 2))
    assert periods["$118 million"] == ("2024-06-01", "2024-06-30")


def test_may_as_the_subject_of_was_is_the_month() -> None:
    # `May was the strongest month at ...`: the month (the verb `may` never takes `was`)
    text = ("Kenya's tea earnings came to $610 million in the first half of 2024. May was the "
            "strongest month, with $131 million.")
    periods = _periods(text, date(2024, 8, 2))
    assert periods["$131 million"] == ("2024-05-01", "2024-05-31")


def test_a_month_after_a_contrast_is_not_the_figure_before_it() -> None:
    # `March was the best month, at $X, while February was the weakest`: the month after
    # `while` opens a clause of its own
    text = ("Kenya's tea earnings came to $610 million in the first half of 2024. March was "
            "the best month, at $152 million, while February was the weakest, at $71 million.")
    periods = _periods(text, date(2024, 8, 2))
    assert periods["$152 million"] == ("2024-03-01", "2024-03-31")
    assert periods["$71 million"] == ("2024-02-01", "2024-02-29")
