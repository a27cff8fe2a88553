"""Session 45, review mends (A): rules of the quantity context narrowed for ordinary news text."""

from __future__ import annotations

from datetime import date

from claim_helpers import in_body


def test_flows_that_added_a_percent_or_an_amount_against_a_base_still_rose() -> None:
    # `added` is a row's part of a total only for an amount of a non-flow subject with nothing
    # setting it against a base: a percent, a flow noun as subject, `from a year earlier`,
    # `year on year`, `over the period`, `, reaching` keep the rise
    text = ("Exports added 5% in March. Exports added 3.2% month on month in March. Year on "
            "year, exports added 4.1% in March. Vietnam's exports added $2 billion in 2023 from "
            "a year earlier. Shipments added 12,000 tonnes year on year in March. Sales added "
            "1,200 tonnes over the period, reaching 5,000 tonnes in March.")
    claims = in_body(text, date(2024, 5, 1))
    for surface in ("5%", "3.2%", "4.1%", "$2 billion", "12,000 tonnes", "1,200 tonnes"):
        assert (claims[surface].kind, claims[surface].direction) == ("change", "up"), surface
    assert claims["1,200 tonnes"].period_start == "2024-03-01"
    rows = ("Ruritania's coffee exports were worth $2.9 billion in 2023. Tea added $1 billion "
            "from a year earlier. Cocoa added 12,000 tonnes year on year. Cut flowers added "
            "1,200 tonnes over the period, reaching 5,000 tonnes. Spices added 800 tonnes.")
    claims = in_body(rows, date(2024, 5, 1))
    for surface in ("$1 billion", "12,000 tonnes", "1,200 tonnes"):
        assert (claims[surface].kind, claims[surface].direction) == ("change", "up"), surface
    assert claims["800 tonnes"].kind == "level"


def test_a_figure_restated_as_a_part_of_something_before_a_comparative_stays_a_level() -> None:
    # `, or 40% of output, higher than`: the restatement is a share, so the figure is the level
    # it restates; a bare restated percent (`, or 40 percent, above`) still makes a change
    text = ("Rice exports reached 2 million tonnes, or 40% of output, higher than in any year "
            "since 2010. Its barley shipments came to 700,000 tonnes in 2023, 200,000 tonnes, "
            "or 40 percent, above 2022's.")
    claims = in_body(text, date(2024, 5, 1))
    assert claims["2 million tonnes"].kind == "level"
    assert claims["40%"].kind == "share"
    assert (claims["200,000 tonnes"].kind, claims["200,000 tonnes"].direction) == (
        "change", "up")


def test_a_flow_that_contracted_an_amount_of_goods_fell_unless_perfect() -> None:
    # `Biofuel exports contracted 30 million litres`: the flow shrank; a buyer that contracted
    # goods, or a flow that `has contracted` them, still bought them
    text = ("Biofuel exports contracted 30 million litres in 2023 as demand weakened. "
            "Freedonia's state buyer has contracted about 1.2 million metric tons of wheat from "
            "Ruritania. Freedonian mills contracted 40,000 tonnes of Ruritanian wheat in May.")
    claims = in_body(text, date(2024, 5, 1))
    assert (claims["30 million litres"].kind, claims["30 million litres"].direction) == (
        "change", "down")
    assert claims["1.2 million metric tons"].kind == "level"
    assert claims["40,000 tonnes"].kind == "level"
