"""Period rules of the forty-fourth session's seventeenth periods round (2026-12-05), each pinned
by invented sentences: a month closing an event clause (`after the mill stopped crushing in
March`) dates the event, not the figure outside the clause."""

from __future__ import annotations

from datetime import date

from claim_helpers import in_body, period


def test_month_of_an_event_clause_does_not_date_the_figure() -> None:
    """`after the mill stopped crushing in March`: the month is when the event happened; the
    figure outside the clause keeps the quarter in force."""
    claims = in_body("Fiji's sugar exports fell 12 percent to 40,000 tonnes in the second quarter. "
                     "Molasses shipments to Japan dropped to 3,500 tonnes after the Lautoka mill "
                     "stopped crushing in March.", date(2023, 8, 2))
    assert period(claims["3,500 tonnes"]) == ("2023-04-01", "2023-06-30")


def test_measure_taking_effect_in_a_month() -> None:
    """`once the duties took effect in October`: a figure outside the clause has no month from
    it."""
    claims = in_body("Brazil's poultry exports to Mexico reached $210 million in the third "
                     "quarter. Sales to Chile fell 18% once the new duties took effect in "
                     "August.", date(2023, 11, 5))
    assert period(claims["18%"]) == ("2023-07-01", "2023-09-30")


def test_year_of_an_event_clause_still_dates_the_figure() -> None:
    """`when the ban was lifted in 2015`: a year in an event clause still names the year the
    figures are of."""
    claims = in_body("Tonga's vanilla trade withered after Japan banned imports in 2010, and "
                     "when the ban was lifted in 2015 exports earned just $90,000.",
                     date(2018, 2, 5))
    assert period(claims["$90,000"]) == ("2015-01-01", "2015-12-31")


def test_figure_of_its_own_month_after_a_subjectless_clause() -> None:
    """`after sinking to 300 kilograms in March`: no subject of its own, so the month is the
    figure's."""
    claims = in_body("China's gallium exports recovered: after sinking to 300 kilograms in "
                     "March, shipments rose to 4,777 kilograms in April.", date(2025, 5, 20))
    assert period(claims["300 kilograms"]) == ("2025-03-01", "2025-03-31")


def test_same_count_of_months_after_a_month_alone() -> None:
    """`In November alone ... Over the same eleven months`: the eleven months in force before
    the month, not the month."""
    claims = in_body("Peru's copper exports rose 5% to $40 billion in the first eleven months of "
                     "2023. In November alone, shipments climbed 9% to $4 billion. Over the same "
                     "eleven months, sales to China reached $20 billion.", date(2024, 1, 10))
    assert period(claims["$20 billion"]) == ("2023-01-01", "2023-11-30")
    assert period(claims["$4 billion"]) == ("2023-11-01", "2023-11-30")


def test_same_count_of_months_with_a_base_after_it_stays_a_base() -> None:
    """`the same two months of last year`: a comparison base, not a span counted back."""
    claims = in_body("Korea's chip exports rose 8% to $19 billion in the first two months of "
                     "2024. In February alone, they reached $9 billion, up from $7.2 billion in "
                     "the same two months of last year.", date(2024, 3, 15))
    assert period(claims["$9 billion"]) == ("2024-02-01", "2024-02-29")
    assert period(claims["$7.2 billion"])[0] != "2024-01-01"


def test_old_value_of_a_cut_target_is_of_the_same_year() -> None:
    """`The 2019 target had been cut from $2.4bn to $2.1bn`: the old target is of the same year,
    not the year before."""
    claims = in_body("Bangladesh's jute exports should grow 6% in 2020, the association said. "
                     "The industry's 2019 target had been cut from US$2.4bn to US$2.1bn after "
                     "weak orders.", date(2019, 12, 20))
    assert period(claims["US$2.4bn"]) == ("2019-01-01", "2019-12-31")


def test_old_value_first_reported_is_of_the_same_period() -> None:
    """`$610 million rather than the $650 million first reported`: a corrected figure's old
    value is of the same months."""
    claims = in_body("Kenya's tea earnings in January-June 2024 came to $610 million rather than "
                     "the $650 million first reported, the board said.", date(2024, 10, 16))
    assert period(claims["$650 million"]) == ("2024-01-01", "2024-06-30")
