"""Period rules of the fiftieth session's periods round (2026-12-06), each pinned by invented
sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def _period(text: str, surface: str) -> tuple[str | None, str | None]:
    found = _claims("Trade\n" + text)[surface]
    return found.period_start, found.period_end


def test_a_change_appended_to_a_running_total_is_of_the_total_period() -> None:
    """`bringing the January-May total to 2 million tons, an 8.8% increase`: a change appended to
    a level (`, an X% increase`, `, down X%`, `, up X%`) is of that level's period, not the
    month the sentence opened on."""
    text = ("Peru's zinc exports reached 410,000 tons in May, up 12.9% year on year, bringing the "
            "January-May total to 2 million tons, an 8.8% increase, customs data showed.")
    assert _period(text, "8.8%") == ("2024-01-01", "2024-05-31")
    assert _period(text, "12.9%") == ("2024-05-01", "2024-05-31")
    text = ("Chile earned $337 million from salmon sales in May, bringing January-May earnings "
            "to $1.9 billion, down 14%.")
    assert _period(text, "14%") == ("2024-01-01", "2024-05-31")


def test_a_change_after_an_old_level_keeps_the_sentence_period() -> None:
    """Limit: the level before the change is an old one compared with (`from $2.1 billion in
    2022, up 19%`): the change is of the new level's period."""
    text = "Chile's copper exports rose to $2.5 billion in May from $2.1 billion in 2022, up 19%."
    assert _period(text, "19%") == ("2024-05-01", "2024-05-31")


def test_the_period_after_an_earlier_figure_told_after_is_that_figure_own() -> None:
    """`763 kilograms in May after just 96 kilograms in April`, `jumped 18.5 percent after an
    8.6 percent rise in April`: the period right after a figure introduced by `after` is that
    earlier figure's, not the period of the sentence's other figures."""
    text = ("Gallium exports reached 763 kilograms in May after just 96 kilograms in April, with "
            "392 kilograms going to Germany and 19 kilograms to Japan.")
    assert _period(text, "96 kilograms") == ("2024-04-01", "2024-04-30")
    assert _period(text, "392 kilograms") == ("2024-05-01", "2024-05-31")
    assert _period(text, "19 kilograms") == ("2024-05-01", "2024-05-31")
    text = "In May alone, sales to Japan jumped 18.5 percent after an 8.6 percent rise in April."
    assert _period(text, "18.5 percent") == ("2024-05-01", "2024-05-31")
    assert _period(text, "8.6 percent") == ("2024-04-01", "2024-04-30")


def test_a_span_after_an_after_phrase_past_a_comma_still_dates_the_clause() -> None:
    """Limit: `resumed buying in April after a two-year pause, and in May it took 2.5 times as
    much`: past a comma the period is the next clause's, not the duration's."""
    text = ("Brazil resumed buying Russian crude in April after a two-year pause, and in May it "
            "took 2.5 times as much, 207,400 tonnes.")
    assert _period(text, "207,400 tonnes") == ("2024-05-01", "2024-05-31")


def test_a_figure_of_a_when_clause_after_since_a_year_is_of_that_year() -> None:
    """`the weakest take since 2009, when the country shipped only 1.9mn b/d`, `since 2019, when
    0.9 billion cubic metres were delivered`: the figure of the `when` clause is of that year,
    whatever its verb (a shipping verb, or the figure as the clause's subject)."""
    text = ("Oman's crude export revenue sank to $41.4bn in 2023, the weakest annual take since "
            "2009, when the country shipped only 1.9mn b/d.")
    assert _period(text, "1.9mn b/d") == ("2009-01-01", "2009-12-31")
    text = ("Kazakh gas has been reaching Uzbekistan since 2019, when 0.9 billion cubic metres "
            "were delivered in all.")
    assert _period(text, "0.9 billion cubic metres") == ("2019-01-01", "2019-12-31")


def test_a_change_on_a_hedged_old_level_keeps_the_new_level_period() -> None:
    """`a 0.68 percent increase on the roughly 106.8 million barrels shipped in April`: the
    hedged figure after a long cue (`percent increase on the roughly`) is the old level, so its
    month is its own and the change is of the new level's month."""
    text = ("Iraq exported 107.53 million barrels of crude in May, a 0.68 percent increase on the "
            "roughly 106.8 million barrels shipped in April, the ministry said.")
    assert _period(text, "0.68 percent") == ("2024-05-01", "2024-05-31")
    assert _period(text, "106.8 million barrels") == ("2024-04-01", "2024-04-30")


def test_an_annual_total_is_the_whole_year_of_the_month_before_it() -> None:
    """`shipped 6.6Kt in December, for an annual total of 71.5Kt`: `annual total` (like
    `full-year`) names the whole year of the period its sentence named before it."""
    text = ("Argentina shipped 6.6Kt of lithium carbonate in December 2023, for an annual total of "
            "71.5Kt, up nearly 100% year on year.")
    assert _period(text, "71.5Kt") == ("2023-01-01", "2023-12-31")
    assert _period(text, "6.6Kt") == ("2023-12-01", "2023-12-31")
