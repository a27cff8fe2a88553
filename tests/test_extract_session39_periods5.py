"""Period rules of the thirty-ninth session's fifth round on claim periods (2026-12-05), each
pinned by invented sentences read through `extract_claims` (or `find_periods` for a mention's
own reading)."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted
from tradetrace.normalize.periods import find_periods

_claims = extracted


def _period(text: str, published: date, surface: str) -> tuple[str | None, str | None]:
    claim = _claims(text, published)[surface]
    return claim.period_start, claim.period_end


def test_goods_going_out_in_a_month_are_of_that_month() -> None:
    """`shipped out in December`: the goods' month, not figures `out in` (released) then."""
    text = ("Some 96 million barrels of Omani crude were shipped out in December, the energy "
            "ministry said.")
    assert _period(text, date(2023, 1, 9), "96 million barrels") == ("2022-12-01", "2022-12-31")
    # (figures that came out in a month are still no period)
    mentions = find_periods("Figures that came out in March showed the rise.", date(2023, 5, 2))
    assert [m.surface for m in mentions] == ["in March"]
    assert _period("Malawi sold 40,000 tonnes of tea abroad, according to figures that came out "
                   "in March.", date(2023, 5, 2), "40,000 tonnes") == (None, None)


def test_months_of_a_season_named_by_its_years() -> None:
    """`July-March of the 2018/19 season`, `November-September of the 2022-23 oil year`: the
    months of that season, across its two calendar years."""
    text = ("Over July-March of the 2018/19 season, Uruguayan wool exports were 9% lower, at "
            "31.5 million kilograms.")
    assert _period(text, date(2019, 5, 3), "31.5 million kilograms") == (
        "2018-07-01", "2019-03-31")
    mentions = find_periods("in November-September of the 2022-23 oil year", date(2023, 10, 20))
    assert [(m.surface, m.period.start.isoformat() if m.period else None) for m in mentions] == [
        ("November-September of the 2022-23 oil year", "2022-11-01")]


def test_not_seen_since_is_a_record_compared_with() -> None:
    """`something not seen since April 2020`: the record's reach back, a comparison base."""
    mentions = find_periods("buyers took 1 million barrels a day, something not seen since "
                            "April 2020", date(2022, 8, 1))
    assert [m.relation for m in mentions] == ["previous"]


def test_since_after_a_stoppage_dates_that_state() -> None:
    """`exports, halted since May`, `banned since July 2023`, `idle since 2021`: when the state
    began, not a span a figure covers (`in force since` is not read so: a total under a deal in
    force since a month covers the time since)."""
    for text in ("Sales jumped to $1,765 million though exports were halted since August.",
                 "Rice shipments, banned since July 2023, plunged to 300,000 tonnes.",
                 "The refinery, idle since 2021, took no crude."):
        mentions = find_periods(text, date(2025, 10, 1))
        assert [m.relation for m in mentions] == ["date"], text
    # (a running total `since August` is still a period)
    mentions = find_periods("India has shipped 2 million tonnes since August", date(2024, 11, 1))
    assert [m.relation for m in mentions] == ["period"]
    text = ("Cuban sugar exports fell to 300,000 tonnes in September, with the mill at Moa idle "
            "since July.")
    assert _period(text, date(2025, 10, 10), "300,000 tonnes") == ("2025-09-01", "2025-09-30")
    text = ("Ukraine has exported 32.9 million tonnes of grain under the deal, in force since "
            "August 2022.")
    assert _period(text, date(2023, 7, 17), "32.9 million tonnes")[0] == "2022-08-01"


def test_an_event_going_out_dates_no_figure() -> None:
    """`the war broke out last February`, `supplies would run out in October`: when an event
    happens, not what a figure covers."""
    text = ("Before the war broke out last February, Ukraine supplied 40 percent of the maize "
            "Tunisia imported.")
    assert _period(text, date(2023, 1, 18), "40 percent") == (None, None)
    mentions = find_periods("supplies would run out in October", date(2007, 8, 29))
    assert mentions and all(m.relation == "period" for m in mentions)
    text = ("The money would buy 9,000 metric tons of food this year, and supplies would run out "
            "in October without it.")
    assert _period(text, date(2007, 8, 29), "9,000 metric tons") == ("2007-01-01", "2007-12-31")


def test_a_share_held_over_a_span_of_years() -> None:
    """`between 5 percent and 10 percent from 2012 to 2020`: the span the share held over, not
    a change's base (`rose 14% from 2017 to 15 million tonnes` still compares with 2017)."""
    mentions = find_periods("ranged between 5 percent and 10 percent from 2012 to 2020",
                            date(2025, 3, 5))
    assert [m.relation for m in mentions] == ["period"]
    mentions = find_periods("imports rose 14% from 2017 to 15 million tonnes", date(2025, 3, 5))
    assert [m.relation for m in mentions] == ["previous"]
    text = ("Kenya's share of Uganda's yearly imports ranged between 5 percent and 10 percent "
            "from 2012 to 2020.")
    assert _period(text, date(2025, 3, 5), "5 percent and 10 percent") == (
        "2012-01-01", "2020-12-31")

