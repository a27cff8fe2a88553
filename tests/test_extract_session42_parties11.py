"""Parties rules of the forty-second session's eleventh parties round (2026-12-05), each pinned
by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import in_body

WHEN = date(2024, 6, 12)


def _sides(text: str, surface: str) -> tuple[str | None, str | None]:
    claim = in_body(text, WHEN)[surface]
    return claim.exporter, claim.importer


def test_a_name_after_of_owns_the_flow_it_modifies() -> None:
    """`The value of U.S. plastic exports fell 38%`: a name after `of` before its flow noun owns
    the flow, as at the head of a clause; after an amount only its exports do (`€9bn of US
    imports` are bought from the US)."""
    cases = {
        "The value of U.S. plastic exports fell 41% in 2023.": ("41%", ("USA", None)),
        "The volume of UK whisky exports rose 7% in 2023.": ("7%", ("GBR", None)),
        "The value of US steel imports fell 12% in 2023.": ("12%", (None, "USA")),
        "The list covers about $9bn of US farm exports.": ("$9bn", ("USA", None)),
        "Vietnam supplied 11.2 percent of US shrimp imports in 2023.": ("11.2 percent",
                                                                       ("VNM", "USA")),
        "Chile, with a 25% share of the US market, shipped 40,000 tonnes of salmon in March.": (
            "40,000 tonnes", ("CHL", None)),
    }
    for text, (surface, sides) in cases.items():
        assert _sides(text, surface) == sides, text


def test_a_trade_report_of_a_body_or_for_a_period_is_a_source() -> None:
    """`in its foreign trade statistics for the quarter`, `the foreign trade report of the
    Central Bank`: a source's name, not the trade a figure is of (the flow stays one-way)."""
    cases = {
        "Cocoa beans worth $410 million left Ghana in the first quarter, the statistics office "
        "said in its foreign trade statistics for the quarter.": ("$410 million", ("GHA", None)),
        "Some 52,000 tonnes of soybeans left Bolivia in May, according to the foreign trade "
        "report of the Central Bank.": ("52,000 tonnes", ("BOL", None)),
    }
    for text, (surface, sides) in cases.items():
        assert _sides(text, surface) == sides, text


def test_the_last_two_of_a_ranked_list_are_no_trading_pair() -> None:
    """`ahead of Spain, Italy and Canada`: the last two of a list of rivals ranked after a leader
    are no pair trading with each other, so a later clause's destination-only flow still takes
    the paragraph's seller."""
    text = ("Ecuador's exports of cut flowers reached $600 million in 2023, 9% more than a year "
            "earlier. Russia was again the main destination, ahead of Spain, Italy and Canada, "
            "while shipments to Japan soared 41%.")
    assert _sides(text, "41%") == ("ECU", "JPN")
