"""Period rules of the fortieth session's seventh round on claim periods (2026-12-05), each
pinned by invented sentences read through `extract_claims`."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted, period


def _period(text: str, published: date, surface: str) -> tuple[str | None, str | None]:
    return period(extracted(text, published)[surface])


def test_a_rival_figure_for_or_with_a_named_party_is_of_the_same_period() -> None:
    """`a 38.2 per cent share against 31.5 per cent for Argentina`, `against $0.9 billion with
    Japan`: the figure compared names another party, not an earlier time, so it keeps the
    period of the sentence; `against 31.5 per cent for the previous year` stays a year back."""
    text = ("Brazilian soymeal shipments to Vietnam reached 2.4 million tonnes in the 2022-23 "
            "season (July-June). That gave Brazil a 38.2 per cent share of the market against "
            "31.5 per cent for Argentina.")
    assert _period(text, date(2023, 8, 2), "31.5 per cent") == ("2022-07-01", "2023-06-30")
    text = ("Customs data put Chile's trade with China at $4.1 billion in January-April 2022, "
            "against about $0.9 billion with Japan.")
    assert _period(text, date(2022, 5, 30), "$0.9 billion") == ("2022-01-01", "2022-04-30")


def test_the_same_half_span_or_fortnight_of_another_year_is_a_base() -> None:
    """`12% below the same half of 2021`, `less than over the same span of March`: what `the
    same` names may be a half, a span or a fortnight, and the change keeps its own period."""
    text = ("Irish beef sold abroad in January-June was worth €1.3 billion, 12% below the same "
            "half of 2021, the board said.")
    assert _period(text, date(2022, 8, 1), "12%") == ("2022-01-01", "2022-06-30")
    text = ("Iraqi crude loadings averaged 3.3 million barrels a day over the first half of "
            "April, 4.1 per cent less than over the same span of March.")
    assert _period(text, date(2022, 4, 20), "4.1 per cent") == ("2022-04-01", "2022-04-15")


def test_a_split_year_with_its_months_in_brackets_or_a_compound_noun_is_fiscal() -> None:
    """`the 2021-22 oil year (November-October)`, `the 2020/21 and 2021/22 seasons (July to
    June)`, `the 2022-2023 olive oil campaign, which opened on 1 November 2022`: a split year
    named by any noun of one or two words keeps the months written beside it."""
    text = ("Pakistan took in 3.1 million tonnes of palm oil in the 2021-22 oil year "
            "(November-October), the association said.")
    assert _period(text, date(2022, 11, 20), "3.1 million tonnes") == ("2021-11-01", "2022-10-31")
    text = ("Morocco's 2022-2023 olive oil campaign, which opened on 1 November 2022, brought "
            "in 900 million dirhams of export revenue.")
    assert _period(text, date(2023, 12, 1), "900 million dirhams")[0] == "2022-11-01"
    text = ("Kenyan imports of Egyptian oranges rose between the 2020/21 and 2021/22 seasons "
            "(July to June), and reached 41,000 tonnes in 2022/23.")
    assert _period(text, date(2023, 12, 1), "41,000 tonnes") == ("2022-07-01", "2023-06-30")


def test_a_figure_restated_after_or_or_a_hedge_shares_the_period_after_both() -> None:
    """`2.1 billion dirhams, roughly US$210 million, in 2023`, `$5.2 billion, or 4.8 trillion
    won, in 2022`, `1.6 billion riyals (about $430 million) in 2021`: the same amount in other
    terms, and the period closing it dates the first figure too."""
    text = ("Tunisia-Libya trade was worth 2.1 billion Tunisian dinars, roughly US$670 million, "
            "in 2023.")
    assert _period(text, date(2024, 3, 1), "2.1 billion Tunisian dinars") == (
        "2023-01-01", "2023-12-31")
    text = ("Korean shipbuilders exported vessels worth $5.2 billion, or 6.8 trillion won, to "
            "Greece in 2022.")
    assert _period(text, date(2023, 3, 1), "$5.2 billion") == ("2022-01-01", "2022-12-31")
    text = "Saudi sales to Jordan reached 1.6 billion riyals (about $430 million) in 2021."
    assert _period(text, date(2023, 3, 1), "1.6 billion riyals") == ("2021-01-01", "2021-12-31")


def test_a_counted_span_closing_on_the_month_in_force_is_the_year_so_far() -> None:
    """`... in the third quarter. For the nine months, ...`, `... in May. ... over the five
    months to $1.79 billion`, `over those six months`: with no span of that length named, a
    count of months that ends on the month the period in force closes on runs from January."""
    text = ("Qatalum sold 160,000 tonnes of aluminium in the third quarter, the company said. "
            "For the nine months, its sales reached 470,000 tonnes.")
    assert _period(text, date(2021, 10, 20), "470,000 tonnes") == ("2021-01-01", "2021-09-30")
    text = ("Egypt's cement exports to Libya were worth $40.2 million in May. Egypt's cement "
            "exports to all destinations grew 17 percent over the five months to $610 million.")
    assert _period(text, date(2022, 6, 20), "$610 million") == ("2022-01-01", "2022-05-31")
    text = ("Danish pork exports to Japan rose 4% in June. Danish pork exports to China fell by "
            "a quarter over those six months.")
    assert _period(text, date(2022, 7, 20), "a quarter") == ("2022-01-01", "2022-06-30")


def test_a_counted_span_not_closing_on_the_month_in_force_keeps_it() -> None:
    """In a fiscal year, or when the month in force is not the count's (`in November ... over
    the five months`), the count is not read from January: the period in force stays."""
    text = ("Nepal sold 120 million units of power to India in November. Its earnings grew 12 "
            "percent over the five months to Rs 9 billion.")
    assert _period(text, date(2022, 12, 20), "Rs 9 billion") == ("2022-11-01", "2022-11-30")


def test_a_count_of_months_before_a_running_total_is_a_counted_span() -> None:
    """`Ten-month exports`, `the seven-month total`: a count of months as an adjective before a
    noun of a running total names a span by its length, as `over the ten months` does."""
    text = ("Thailand shipped 650,000 tons of sugar abroad in October, the ministry said. "
            "Ten-month exports thus reached 7.2 million tons.")
    assert _period(text, date(2023, 11, 20), "7.2 million tons") == ("2023-01-01", "2023-10-31")
    text = ("Chile sold 41,000 tonnes of cherries to China in January-July 2022. Hong Kong took "
            "9% of the seven-month total.")
    assert _period(text, date(2022, 8, 20), "9%") == ("2022-01-01", "2022-07-31")


def test_a_year_before_an_event_noun_dates_the_event() -> None:
    """`after the 2022 drought`, `under its 2021 trade deal`, `an April 2021 agreement`: a year
    or month used as an adjective of an event, one word between or none, dates the event and
    not the figure, which keeps the period in force."""
    text = ("Uruguay exported goods worth $13.1 billion in 2023, the institute said. Exports of "
            "beef rose 12% after the 2022 drought, while imports fell 4%.")
    assert _period(text, date(2024, 1, 20), "12%") == ("2023-01-01", "2023-12-31")
    text = ("Oman sold $2.3 billion of goods to India in 2023. Under its 2021 trade deal with "
            "India, Oman raised urea shipments by 15%.")
    assert _period(text, date(2024, 2, 20), "15%") == ("2023-01-01", "2023-12-31")


def test_an_event_the_figure_lasts_through_keeps_its_date() -> None:
    """`During the May and June lockdowns, shipments averaged 30,000 tons a month`: after
    `during` the event's time is the figure's."""
    text = ("Morocco shipped 400,000 tons of tomatoes abroad in 2020. During the May and June "
            "lockdowns, shipments averaged 30,000 tons a month.")
    assert _period(text, date(2020, 9, 1), "30,000 tons a month") == ("2020-05-01", "2020-06-30")
