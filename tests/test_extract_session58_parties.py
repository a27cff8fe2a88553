"""Session 58, claim parties: each test pins one rule of the session on invented text; each
rule's own tests fail without it, and its near misses guard its reach."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2025, 6, 1))

_WALNUTS = "Chile exported 52,000 tonnes of walnuts last year. "


def _sides(found: dict, surface: str) -> tuple[str | None, str | None]:
    return found[surface].exporter, found[surface].importer


def test_a_bloc_buying_part_of_the_exports_leaves_the_seller_in_its_row() -> None:
    found = _claims(_WALNUTS + "Europe bought roughly 41% of the nuts and Turkey nearly 9%.")
    assert _sides(found, "41%") == ("CHL", None)


def test_a_country_row_after_a_bloc_buyer_is_a_buyer_of_the_seller() -> None:
    found = _claims(_WALNUTS + "Europe bought roughly 41% of the nuts and Turkey nearly 9%.")
    assert _sides(found, "9%") == ("CHL", "TUR")
    found = _claims(_WALNUTS + "The EU took 21,000 tonnes, India 6,300 tonnes and Morocco "
                    "2,900 tonnes.")
    assert _sides(found, "6,300 tonnes") == ("CHL", "IND")
    assert _sides(found, "2,900 tonnes") == ("CHL", "MAR")


def test_rows_after_a_bloc_supplying_imports_are_no_buyers() -> None:
    found = _claims("Chile imported 52,000 tonnes of walnuts last year. Europe supplied "
                    "roughly 41% of the nuts and Turkey nearly 9%.")
    assert found["9%"].importer != "TUR"
    assert found["41%"].exporter != "CHL"


def test_a_bloc_buying_from_a_named_seller_takes_no_seller_from_before() -> None:
    found = _claims("Peru exported 52,000 tonnes of walnuts last year. Europe bought 21,000 "
                    "tonnes from Chile and Turkey 3,100 tonnes.")
    assert found["21,000 tonnes"].exporter != "PER"
