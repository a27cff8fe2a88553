"""Session 48, second exporter and importer pass: each test pins one rule of the session on
invented text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def test_a_list_of_destinations_the_clause_opens_inside_names_no_single_buyer() -> None:
    found = _claims("Kenya's exports to Uganda, Rwanda and Burundi rose 12% to $300 million.")
    assert (found["12%"].exporter, found["12%"].importer) == ("KEN", None)
    assert (found["$300 million"].exporter, found["$300 million"].importer) == ("KEN", None)
    found = _claims("Some 40 percent of the mine's output is bound for Japan, and Chile is "
                    "expected to supply about 9 percent of the country's copper imports.")
    assert (found["9 percent"].exporter, found["9 percent"].importer) == ("CHL", "JPN")
