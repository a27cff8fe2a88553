"""Session 45 (carry2): sides carried into a sentence that names no country: a supplier of a
part is dropped when the article counted the importer's own total before."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def test_importer_total_goes_on_without_the_supplier_of_a_part() -> None:
    found = _claims("Japan imported 8,100 tonnes of frozen salmon in April, down 12%. Chile "
                    "supplied 6,200 tonnes of the total. Imports of smoked salmon slipped 4% to "
                    "950 tonnes.")
    part = found["6,200 tonnes"]
    assert (part.exporter, part.importer) == ("CHL", "JPN")
    for surface in ("4%", "950 tonnes"):
        assert (found[surface].exporter, found[surface].importer) == (None, "JPN")

