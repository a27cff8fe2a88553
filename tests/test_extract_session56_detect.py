"""Session 56, which figures are claims and of which kind: each test pins one rule of the session
on invented text; each rule's own tests fail without it, and its near misses (rates of countries
named together, changes in a run) pass without it, guarding its reach."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def test_countries_ranked_together_after_a_leader_take_their_shares_respectively() -> None:
    found = _claims("Egypt bought 38% of Romania's wheat exports last year. Jordan and Libya "
                    "followed with 11.5% and 7.2%, respectively.")
    assert (found["11.5%"].kind, found["11.5%"].exporter, found["11.5%"].importer) == \
        ("share", "ROU", "JOR")
    assert (found["7.2%"].kind, found["7.2%"].exporter, found["7.2%"].importer) == \
        ("share", "ROU", "LBY")


def test_three_countries_ranked_together_take_a_share_each() -> None:
    found = _claims("Norway took 44% of the salmon Chile exported in 2023. Brazil, Mexico and "
                    "Peru followed with 9%, 6.5% and 3%, respectively.")
    assert {s: (found[s].exporter, found[s].importer) for s in ("9%", "6.5%", "3%")} == {
        "9%": ("CHL", "BRA"), "6.5%": ("CHL", "MEX"), "3%": ("CHL", "PER")}


def test_rates_of_countries_named_together_are_no_shares() -> None:
    found = _claims("Egypt bought 38% of Romania's wheat exports last year. Interest rates in "
                    "Jordan and Libya stood at 7.5% and 9%.")
    assert "7.5%" not in found and "9%" not in found


def test_changes_in_a_run_stay_changes() -> None:
    found = _claims("Egypt bought 38% of Romania's wheat exports last year. Jordan's and Libya's "
                    "purchases rose 11% and 7%, respectively.")
    assert found["11%"].kind == "change" and found["7%"].kind == "change"


def test_rows_after_a_supplier_leader_are_suppliers() -> None:
    found = _claims("Russia supplied 40% of Turkey's wheat imports in 2023. Ukraine and "
                    "Kazakhstan followed with 20% and 5%, respectively.")
    assert (found["20%"].exporter, found["20%"].importer) == ("UKR", "TUR")
    assert (found["5%"].exporter, found["5%"].importer) == ("KAZ", "TUR")


def test_rows_read_as_sellers_to_a_leading_buyer_are_buyers_like_it() -> None:
    found = _claims("Indonesia exported $6 billion of palm oil in May, with India the top "
                    "destination at $1.9 billion, or 31%. Kenya and Egypt followed with 12% and "
                    "8%, respectively.")
    assert (found["12%"].exporter, found["12%"].importer) == ("IDN", "KEN")
    assert (found["8%"].exporter, found["8%"].importer) == ("IDN", "EGY")
