"""Session 59, claim parties: each test pins one rule of the session on invented text; each
rule's own tests fail without it, and its near misses guard its reach."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2025, 6, 1))

_ZINC_BODY = ("\nPeru sold 820,000 tonnes of zinc concentrate abroad in January-May, up 14.2 "
              "percent from a year before, customs data showed. Ghana was the largest customer "
              "at 210,000 tonnes.")


def _sides(found: dict, surface: str) -> tuple[str | None, str | None]:
    return found[surface].exporter, found[surface].importer


def test_a_headline_clause_after_as_with_its_own_owner_holds_its_figure_alone() -> None:
    found = _claims("Ghana tops buyers as Peru's zinc exports climb 14.2%" + _ZINC_BODY)
    assert _sides(found, "14.2%") == ("PER", None)
    assert _sides(found, "14.2 percent") == ("PER", None)
    assert _sides(found, "210,000 tonnes") == ("PER", "GHA")


def test_a_headline_as_after_the_figure_leaves_its_partner() -> None:
    found = _claims("Zinc exports to Ghana climb 14.2% as Peru ramps up mining" + _ZINC_BODY)
    assert found["14.2%"].importer == "GHA"


def test_a_headline_as_clause_naming_no_owner_keeps_the_country_before() -> None:
    found = _claims("Ghana tops buyers as zinc exports climb 14.2%" + _ZINC_BODY)
    assert found["14.2%"].importer == "GHA"
