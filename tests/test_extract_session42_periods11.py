"""Period rules of the forty-second session's eleventh round on claim periods (2026-12-05),
each pinned by invented sentences read through `extract_claims`."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted, period


def _period(text: str, published: date, surface: str) -> tuple[str | None, str | None]:
    return period(extracted(text, published)[surface])


def test_mays_possessive_is_the_month() -> None:
    """`than May's 412,000 tonnes`: `May` with a possessive is the month (the verb `may` never
    takes one), so the old level is May's and the change keeps the month in force."""
    text = ("Peru exported 350,000 tonnes of zinc concentrate in June, port data showed. The "
            "June figure was 15 per cent lower than May's 412,000 tonnes.")
    published = date(2021, 7, 19)
    assert _period(text, published, "412,000 tonnes") == ("2021-05-01", "2021-05-31")
    assert _period(text, published, "15 per cent") == ("2021-06-01", "2021-06-30")
    assert _period(text, published, "350,000 tonnes") == ("2021-06-01", "2021-06-30")
