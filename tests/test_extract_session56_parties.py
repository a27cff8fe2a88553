"""Session 56, the parties of a claim: each test pins one rule of the session on invented text;
the region-row rule's near misses (a country row after a region, a region joined to a country in
a `respectively` list, a region row of suppliers) pass without it, guarding its reach."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, parties

_read = extracted_on(date(2024, 7, 1))


def test_a_bloc_row_after_a_country_row_has_no_buyer_of_its_own() -> None:
    found = _read("Chile's cherry exports rose 9% to $2.1 billion. Shipments to Korea climbed 18% "
                  "to $240 million, to China 21% to $950 million and to the EU 30% to $88 million.")
    assert parties(found["$950 million"]) == ("CHL", "CHN", False)
    assert parties(found["$88 million"]) == ("CHL", None, False)


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
    found = _read("Angola's crude exports rose. India and Europe took 310,000 bpd and 220,000 "
                  "bpd, respectively.")
    assert parties(found["310,000 bpd"]) == ("AGO", "IND", False)


def test_a_region_row_of_suppliers_keeps_the_home_buyer() -> None:
    found = _read("Korea imported 90 million tons of coal. The Middle East sent 2.3 million tons, "
                  "down 4%, and Oceania 6.2 million tons.")
    assert parties(found["6.2 million tons"]) == (None, "KOR", False)
