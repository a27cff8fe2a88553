"""Session 65, the seller side of claim parties: each test pins one rule of the session on
invented text; each rule's own tests fail without it, and its near misses guard its reach."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, sides

_claims = extracted_on(date(2024, 6, 1))


# --- a text whose one country is named only inside its source is about that country ------------

def test_a_national_agency_named_by_its_demonym_gives_the_seller_of_bare_exports() -> None:
    found = _claims("The South African Revenue Service recorded wine exports of R1.9 billion in "
                    "March, up 6%.")
    assert sides(found, "R1.9 billion") == ("ZAF", None)
    assert sides(found, "6%") == ("ZAF", None)


def test_an_agency_named_for_its_country_gives_the_seller_of_bare_exports() -> None:
    found = _claims("Shipments of salmon rose 4% to 1.3 million tonnes last year, Statistics "
                    "Norway reported on Tuesday.")
    assert sides(found, "1.3 million tonnes") == ("NOR", None)


def test_a_ministry_named_by_its_demonym_gives_the_producer_of_its_output() -> None:
    found = _claims("Output of copper reached 410,000 tonnes in 2023, 3% more than a year "
                    "before, the Zambian mines ministry said.")
    assert sides(found, "410,000 tonnes") == ("ZMB", None)


def test_a_source_country_is_no_home_when_the_text_names_another_country() -> None:
    # near miss: a second country in the text leaves the bare export unowned, as before
    found = _claims("Wine exports climbed 6% to R1.9 billion in 2023, the South African Revenue "
                    "Service said. Namibia bought less.")
    assert sides(found, "R1.9 billion") == (None, None)


def test_a_commercial_bank_named_for_a_country_gives_no_seller() -> None:
    # near miss: a private bank's name ends in a country, but it is no national source
    found = _claims("Copper exports rose to 500,000 tonnes, Standard Bank of Zambia said.")
    assert sides(found, "500,000 tonnes") == (None, None)


# --- a figure whose clause runs the other way turns the paragraph's pair back -------------------

def test_sales_after_a_partners_imports_turn_back_to_the_flow_told_that_way() -> None:
    found = _claims("Kenya's trade gap with India widens\nKenyan goods sold to India from January "
                    "to June came to $410 million, the trade ministry said. Imports from India "
                    "totalled $1.2 billion, a fall of 8 percent, so the gap grew. Tea led the "
                    "sales at $95 million.")
    assert sides(found, "$1.2 billion") == ("IND", "KEN")
    assert sides(found, "$95 million") == ("KEN", "IND")


def test_sales_are_not_turned_back_when_the_paragraph_told_no_flow_that_way() -> None:
    # near miss: with no sale to the partner told before, the carried flow is left as it was
    found = _claims("Kenya's trade gap with India widens\nImports from India totalled $1.2 "
                    "billion, a fall of 8 percent, the trade ministry said. Tea led the sales at "
                    "$95 million.")
    assert sides(found, "$95 million") != ("KEN", "IND")


# --- a country's department forecasting another country's figures is no side -------------------

def test_a_department_forecasting_another_country_is_no_seller() -> None:
    found = _claims("The Brazilian Ministry of Agriculture expects Paraguay to export 9.5 million "
                    "tons of soybeans, the growers' union said.")
    assert sides(found, "9.5 million tons") == ("PRY", None)


def test_a_department_forecasting_its_own_country_keeps_it() -> None:
    # near miss: the forecast is of the department's own country's exports
    found = _claims("The Brazilian Ministry of Agriculture projects Brazilian soybean exports at "
                    "9.5 million tons, the growers' union said.")
    assert sides(found, "9.5 million tons") == ("BRA", None)


# --- a grower's cocoa brought to its own ports is its exports ----------------------------------

def test_cocoa_brought_to_a_growers_ports_is_its_export() -> None:
    found = _claims("Exporters said farmers had brought 40,000 tonnes of cocoa to Ghana's ports "
                    "since October.")
    assert sides(found, "40,000 tonnes") == ("GHA", None)


def test_cocoa_reaching_a_growers_ports_is_its_export_with_its_change() -> None:
    found = _claims("Exporters said 52,000 tonnes of cocoa had reached Ghana's ports by March 3, "
                    "down 8% on a year earlier.")
    assert sides(found, "52,000 tonnes") == ("GHA", None)
    assert sides(found, "8%") == ("GHA", None)


def test_ore_reaching_a_buyers_ports_stays_its_import() -> None:
    # near miss: goods other than a grower's crop arriving at a country's ports are bought
    found = _claims("Exporters said 52,000 tonnes of iron ore had reached India's ports by March "
                    "3, down 8% on a year earlier.")
    assert sides(found, "52,000 tonnes") == (None, "IND")


# --- after rival sellers' totals, the leading buyer buys from all of them ------------------------

def test_the_top_buyer_after_rival_sellers_has_no_one_seller() -> None:
    found = _claims("Peru led world quinoa exports in 2022 with $131 million, ahead of Bolivia at "
                    "$86 million and Ecuador at $9 million. Canada ranked as the top importer "
                    "with $40 million.")
    assert sides(found, "$9 million") == ("ECU", None)
    assert sides(found, "$40 million") == (None, "CAN")


def test_the_top_buyer_of_one_sellers_exports_buys_from_it() -> None:
    # near miss: one seller's total before the buyer's row is the flow the buyer takes part of
    found = _claims("Peru's quinoa exports reached $120 million in 2022. The United States was the "
                    "top buyer with $70 million.")
    assert sides(found, "$70 million") == ("PER", "USA")
