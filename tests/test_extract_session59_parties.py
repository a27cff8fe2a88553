"""Session 59, claim parties: each test pins one rule of the session on invented text; each
rule's own tests fail without it, and its near misses guard its reach."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, sides

_claims = extracted_on(date(2025, 6, 1))

_ZINC_BODY = ("\nPeru sold 820,000 tonnes of zinc ore abroad over five months, a 14.2 percent "
              "gain, its customs office said. Ghana, its top customer, took 210,000 "
              "tonnes.")


def test_a_headline_clause_after_as_with_its_own_owner_holds_its_figure_alone() -> None:
    found = _claims("Ghana tops buyers as Peru's zinc exports climb 14.2%" + _ZINC_BODY)
    assert sides(found, "14.2%") == ("PER", None)
    assert sides(found, "14.2 percent") == ("PER", None)
    assert sides(found, "210,000 tonnes") == ("PER", "GHA")


def test_a_headline_as_after_the_figure_leaves_its_partner() -> None:
    found = _claims("Zinc exports to Ghana climb 14.2% as Peru ramps up mining" + _ZINC_BODY)
    assert found["14.2%"].importer == "GHA"


def test_a_headline_as_clause_naming_no_owner_keeps_the_country_before() -> None:
    found = _claims("Ghana tops buyers as zinc exports climb 14.2%" + _ZINC_BODY)
    assert found["14.2%"].importer == "GHA"


def test_a_country_of_with_doing_the_trade_participle_is_its_supplier() -> None:
    found = _claims("Chile raised duties on zinc. Copper purchases came to $2.4 billion in "
                    "2023, with Peru supplying 31%.")
    assert sides(found, "31%") == ("PER", "CHL")
    found = _claims("Chile bought 61,000 tonnes of pears in March, with Argentina supplying "
                    "47%, Spain 38% and Italy 15%.")
    assert sides(found, "47%") == ("ARG", "CHL")
    assert sides(found, "38%") == ("ESP", "CHL")


def test_a_country_of_with_buying_after_exports_stays_the_buyer() -> None:
    found = _claims("Chile's copper exports came to $2.4 billion in 2023, with Peru buying "
                    "$800 million and Bolivia $500 million.")
    assert sides(found, "$800 million") == ("CHL", "PER")
    assert sides(found, "$500 million") == ("CHL", "BOL")


def test_a_country_generating_an_amount_of_energy_is_its_producer() -> None:
    found = _claims("Ghana generated more than 9.2 billion kWh of electricity over the first "
                    "half, up 4 percent year on year. Its electricity exports to neighbours "
                    "brought in $61 million in that half-year.")
    assert sides(found, "9.2 billion kWh") == ("GHA", None)
    assert sides(found, "4 percent") == ("GHA", None)


def test_money_a_flow_generated_keeps_the_flow_sides() -> None:
    found = _claims("Togo bought 1.2 billion kWh of power from Ghana in May, sales that "
                    "generated $61 million for the Ghanaian grid.")
    assert sides(found, "$61 million") == ("GHA", "TGO")
