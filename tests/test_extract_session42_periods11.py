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


def test_a_hedged_change_above_a_month_keeps_the_month_in_force() -> None:
    """`more than 7% above June`: the last comparison word before the month (`above`), not the
    hedge's `than`, makes the month the base; the change is of the month in force."""
    text = ("Georgia's wine exports to Poland came to $4.2 million in August, more than 9% "
            "above July, the statistics office said.")
    published = date(2022, 9, 20)
    assert _period(text, published, "9%") == ("2022-08-01", "2022-08-31")
    # (a later `from` of another sense is no comparison: `for 20 years from 2027`)
    text = ("Oman LNG agreed to supply 1 million tonnes of LNG a year to Turkey for no less "
            "than 10 years from 2027.")
    assert _period(text, date(2024, 1, 10), "1 million tonnes")[0] == "2027-01-01"


def test_a_change_above_its_months_output_keeps_the_month_in_force() -> None:
    """`410,000 bpd above its March output`, `3% below their October level`: the month of a
    level compared with, after `its` or `their`, is the base, not the change's period."""
    text = ("Iraq produced 4.4 million bpd of crude in April, 210,000 bpd above its March "
            "output, a Reuters survey found.")
    published = date(2024, 5, 8)
    assert _period(text, published, "210,000 bpd") == ("2024-04-01", "2024-04-30")


def test_a_possessive_month_owns_the_change_or_record_after_it() -> None:
    """`slower than September's 6.1 per cent gain`: the change after a possessive month is that
    month's; so is the level after `March's record` or `July's peak of`."""
    text = ("Korea's chip exports grew 3.2 per cent in October, slower than September's 6.1 "
            "per cent gain.")
    published = date(2023, 11, 2)
    assert _period(text, published, "6.1 per cent") == ("2023-09-01", "2023-09-30")
    assert _period(text, published, "3.2 per cent") == ("2023-10-01", "2023-10-31")
    text = ("The mine shipped 41,000 tonnes of copper concentrate in June, well short of "
            "March's record of 57,500 tonnes.")
    published = date(2023, 7, 12)
    assert _period(text, published, "57,500 tonnes") == ("2023-03-01", "2023-03-31")
