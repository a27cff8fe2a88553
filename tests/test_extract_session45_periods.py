"""Session 45, periods: the period a change or a level takes from the years it is read against."""

from __future__ import annotations

from datetime import date

from claim_helpers import in_body, period


def _periods(text: str, published: date) -> dict[str, tuple[str | None, str | None]]:
    return {surface: period(claim) for surface, claim in in_body(text, published).items()}


def test_a_change_between_two_years_is_of_the_later_year() -> None:
    # `Between 2014 and 2024, ... rose 101.9%`, `fell 21%, or $3 billion, between 2018 and
    # 2020`: the change is of the later year compared, wherever the years stand in the sentence
    text = ("Between 2011 and 2019, however, purchases of tin from Peru rose 64.3%, against "
            "12.5% growth for sales. Chile's copper exports to Japan fell by $3 billion, or "
            "21%, between 2018 and 2020 because of weak demand, a study found.")
    periods = _periods(text, date(2025, 3, 4))
    assert periods["64.3%"] == ("2019-01-01", "2019-12-31")
    assert periods["12.5%"] == ("2019-01-01", "2019-12-31")
    assert periods["$3 billion"] == ("2020-01-01", "2020-12-31")
    assert periods["21%"] == ("2020-01-01", "2020-12-31")


def test_the_ends_of_a_change_between_two_years_take_those_years() -> None:
    # `from $4.7 million to $8.3 million` after `between 2016 and 2017`: the level the change
    # comes from is of the earlier year, the one it goes to of the later
    text = ("Cheese imports from France had almost doubled between 2012 and 2013, from "
            "$3.15 million to $6.02 million. Shipments of wood pellets to Korea grew 12-fold "
            "between 2009 and 2018, to 2.40 million tonnes.")
    periods = _periods(text, date(2020, 5, 4))
    assert periods["$3.15 million"] == ("2012-01-01", "2012-12-31")
    assert periods["$6.02 million"] == ("2013-01-01", "2013-12-31")
    assert periods["2.40 million tonnes"] == ("2018-01-01", "2018-12-31")


def test_since_an_event_dated_by_a_bare_month_runs_to_publication() -> None:
    # `since the corridor took effect last August`, `since the first cargoes left in March`:
    # a report's `since` an event of that month, counted to the end of the publication month
    text = ("Some 14 million tonnes of maize have been shipped from Ruritania since the sea "
            "corridor deal took effect last August, an official said. Freedonia has exported "
            "2 million tonnes of lentils to India since the first cargoes left in March.")
    periods = _periods(text, date(2023, 5, 25))
    assert periods["14 million tonnes"] == ("2022-08-01", "2023-05-31")
    assert periods["2 million tonnes"] == ("2023-03-01", "2023-05-31")


def test_the_year_a_total_is_brought_to_is_the_whole_year() -> None:
    # `bringing total exports for the year to 1.1 million tonnes`: `to` a figure is the level
    # the year reached, so the year of the quarter named before; `the year to March` stays a
    # year ending in March
    text = ("Lamb exports came to 81,000 tonnes in October-December 2018, bringing total "
            "exports for the year to 310,000 tonnes. Wool sales for the year to March rose 4% "
            "to $2 billion.")
    periods = _periods(text, date(2019, 6, 14))
    assert periods["81,000 tonnes"] == ("2018-10-01", "2018-12-31")
    assert periods["310,000 tonnes"] == ("2018-01-01", "2018-12-31")
    assert periods["$2 billion"] == ("2018-04-01", "2019-03-31")
