"""Session 62, claim parties on the buyer side: each test pins one rule of the session on
invented text; each rule's own tests fail without it, and its near misses guard its reach."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, sides

_claims = extracted_on(date(2025, 6, 1))


# A `for` after a departure in its clause names the place the goods set off for


def test_goods_that_left_a_port_for_a_country_go_to_it() -> None:
    found = _claims("In May, 61,000 tonnes of sorghum left the Argentine port of Rosario for "
                    "Tunisia, the port authority said.")
    assert sides(found, "61,000 tonnes") == ("ARG", "TUN")


def test_a_vessel_that_left_a_port_carrying_goods_for_a_country_delivers_them_there() -> None:
    found = _claims("The vessel left Novorossiysk on Friday carrying 27,500 tonnes of barley for "
                    "Jordan.")
    assert sides(found, "27,500 tonnes") == ("RUS", "JOR")


def test_something_left_for_a_country_is_no_departure() -> None:
    # near miss: `left its forecast ... for` keeps nothing going anywhere
    found = _claims("The council left its estimate for Canadian canola exports at 9.1 million "
                    "tonnes in June.")
    assert sides(found, "9.1 million tonnes")[1] is None


# Two countries named as the subject of one taking verb buy the figure together


def test_two_buyers_taking_one_figure_leave_the_buyer_open() -> None:
    found = _claims("Chile sold 410,000 tonnes of cherries abroad in 2024. Japan and Korea took "
                    "$96 million of them, the growers said.")
    assert sides(found, "$96 million") == ("CHL", None)


def test_buyers_joined_by_plus_take_the_figure_together() -> None:
    found = _claims("Chile sold 410,000 tonnes of cherries abroad in 2024. Japan plus Korea bought "
                    "$96 million of them.")
    assert sides(found, "$96 million") == ("CHL", None)


def test_two_buyers_with_a_figure_each_keep_their_own() -> None:
    # near miss: one figure each, split among them
    found = _claims("Chile sold 410,000 tonnes of cherries abroad in 2024. Japan and Korea took "
                    "21,000 tonnes and 14,000 tonnes respectively.")
    assert sides(found, "21,000 tonnes") == ("CHL", "JPN")
    assert sides(found, "14,000 tonnes") == ("CHL", "KOR")


def test_one_buyer_taking_a_figure_keeps_it() -> None:
    # near miss: a single buyer before the verb
    found = _claims("Chile sold 410,000 tonnes of cherries abroad in 2024. Japan took $96 "
                    "million of them, the growers said.")
    assert sides(found, "$96 million") == ("CHL", "JPN")
