"""Session 62, a flow after a cap: each test pins one rule of the session on invented text; the
rule's own tests fail without it, and its near misses guard its reach."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2025, 6, 1))


def _kinds(text: str, *surfaces: str) -> list[str]:
    found = _claims(text)
    return [found[surface].kind for surface in surfaces]


def test_a_flow_that_moves_after_the_caps_own_figure_is_a_level() -> None:
    text = "The quota is 500,000 tonnes, then shipments rose to 620,000 tonnes."
    assert _kinds(text, "500,000 tonnes", "620,000 tonnes") == ["cap", "level"]


def test_deliveries_that_climb_after_the_caps_own_figure_are_a_level() -> None:
    text = "Kenya's sugar quota stood at 90,000 tons, then deliveries climbed to 97,000 tons."
    assert _kinds(text, "90,000 tons", "97,000 tons") == ["cap", "level"]


def test_a_cap_for_exports_that_rose_stays_a_cap() -> None:
    # near miss: `for exports` says what the quota covers; the quota itself rose
    text = "The quota of 300,000 tonnes for exports rose to 350,000 tonnes."
    assert _kinds(text, "300,000 tonnes", "350,000 tonnes") == ["cap", "cap"]


def test_a_raised_cap_with_a_flow_after_it_stays_a_cap() -> None:
    # near miss: the flow comes after the new cap, not before it
    text = "The quota of 500,000 tonnes was raised to 600,000 tonnes after exports rose."
    assert _kinds(text, "500,000 tonnes", "600,000 tonnes") == ["cap", "cap"]


def test_a_cap_shared_out_over_named_flows_stays_caps() -> None:
    # near miss: a flow word with no move says what each share covers
    text = "Russia's cap of 500,000 tonnes for crude exports and 100,000 tonnes for products stays."
    assert _kinds(text, "500,000 tonnes", "100,000 tonnes") == ["cap", "cap"]
