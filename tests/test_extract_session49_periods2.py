"""Period rules of the forty-ninth session's second round on claim periods (2026-12-06), each
pinned by invented sentences read through `extract_claims`."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted, period


def _period(text: str, published: date, surface: str) -> tuple[str | None, str | None]:
    return period(extracted(text, published)[surface])


def test_an_elliptic_ordinal_is_the_quarter_or_half_named_before_it() -> None:
    """`in the first quarter and 25 percent in the fourth`, `from ... in the first to ... in the
    second` after `each quarter of 2023`, `in the second half, to ... from ... in the first`:
    the bare ordinal stands for that part of the year named before it in its sentence."""
    text = ("Ghana's cocoa shipments to Malaysia rose in each quarter of 2023, from 41,000 "
            "tonnes in the first to 52,000 tonnes in the second, the board said.")
    assert _period(text, date(2024, 2, 5), "52,000 tonnes") == ("2023-04-01", "2023-06-30")
    text = ("Peruvian grape exports to China came to $12 million in the first quarter of 2023 "
            "and $45 million in the fourth, the ministry said.")
    assert _period(text, date(2024, 2, 5), "$45 million") == ("2023-10-01", "2023-12-31")
    text = ("Chilean copper sales to India climbed in the second half of 2023, to $900 million "
            "from $700 million in the first, the central bank said.")
    assert _period(text, date(2024, 2, 5), "$700 million") == ("2023-01-01", "2023-06-30")
