"""Session 56, the parties of a claim: each test pins one rule of the session on invented text;
the region-row rule's near misses (a country row after a region, a region joined to a country in
a `respectively` list, a region row of suppliers) pass without it, guarding its reach."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, parties

_read = extracted_on(date(2024, 7, 1))


def test_a_bloc_row_after_a_country_row_has_no_buyer_of_its_own() -> None:
    found = _read("Peru's avocado exports rose 12% to $900 million. Sales to the US rose 25% to "
                  "$175 million, to China 26% to $131 million and to the EU 35% to $116 million.")
    assert parties(found["$131 million"]) == ("PER", "CHN", False)
    assert parties(found["$116 million"]) == ("PER", None, False)


def test_a_region_row_with_its_verb_left_out_has_no_buyer_of_its_own() -> None:
    found = _read("Ghana's cocoa exports fell 8% to 410,000 tonnes. China took some 23,000 tonnes, "
                  "EU countries 11,000 tonnes and ASEAN members 4,000 tonnes.")
    assert parties(found["23,000 tonnes"]) == ("GHA", "CHN", False)
    assert parties(found["11,000 tonnes"]) == ("GHA", None, False)
    assert parties(found["4,000 tonnes"]) == ("GHA", None, False)


def test_a_country_row_after_a_region_keeps_its_own_buyer() -> None:
    found = _read("Ghana's cocoa exports fell 8% to 410,000 tonnes. EU countries took 11,000 "
                  "tonnes and China some 23,000 tonnes.")
    assert parties(found["23,000 tonnes"]) == ("GHA", "CHN", False)


def test_a_bloc_row_after_a_supplier_row_has_no_supplier_of_its_own() -> None:
    found = _read("Chile's imports rose 3% to $80 billion. China accounted for 28% of Chile's "
                  "imports and the EU for 14%.")
    assert parties(found["14%"]) == (None, "CHL", False)


def test_a_region_joined_to_a_country_in_a_respectively_list_is_left_alone() -> None:
    found = _read("Brazil's crude exports rose. China and Europe took 654,000 bpd and 446,000 "
                  "bpd, respectively.")
    assert parties(found["654,000 bpd"]) == ("BRA", "CHN", False)


def test_a_region_row_of_suppliers_keeps_the_home_buyer() -> None:
    found = _read("Japan imported 40 million tons of coal. The Middle East sent 5.1 million tons, "
                  "down 7%, and Asia-Pacific 4.1 million tons.")
    assert parties(found["4.1 million tons"]) == (None, "JPN", False)
