"""Session 46 (carry between sentences): each test pins one rule of the session on invented
text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def test_a_lone_side_carried_turns_with_the_figures_own_trade_word() -> None:
    found = _claims("Tanzania's exports rose 8% to $7.4 billion in 2023, the central bank said. "
                    "Purchases from abroad came to $14.2 billion, widening the deficit.")
    assert (found["$7.4 billion"].exporter, found["$7.4 billion"].importer) == ("TZA", None)
    own = found["$14.2 billion"]
    assert (own.exporter, own.importer) == (None, "TZA")


def test_a_lone_side_stays_when_the_sentence_names_both_ways() -> None:
    found = _claims("Kenya's goods exports climbed 12% in May. Over January-May, exports and "
                    "imports grew 31% and 18%, respectively.")
    assert found["31%"].exporter == "KEN"
