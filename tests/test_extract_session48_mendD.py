"""Session 48 review mends (mendD): rules of the session narrowed so ordinary news text comes
out as before them."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 5, 1))


def test_a_change_in_exports_stays_a_claim_past_a_preposition_or_conjunction() -> None:
    for text, surface in [
            ("Chile reported a 12% increase in exports despite lower prices in March.", "12%"),
            ("Peru saw a 9% rise in shipments at lower cost in March.", "9%"),
            ("India posted an 18% jump in rice exports as inflation eased in March.", "18%"),
            ("Thailand reported a 6% increase in exports with higher prices in March.", "6%")]:
        found = _claims(text)
        assert found[surface].kind == "change", text
        assert found[surface].period_start == "2024-03-01", text


def test_goods_flowing_inside_a_country_or_into_storage_is_no_claim() -> None:
    assert not _claims("Gas flows through the domestic grid in Germany fell 8% in March as "
                       "heating demand eased.")
    assert not _claims("Gas flow into underground storage sites in Italy jumped 40% in March.")
    found = _claims("Gas flows to Germany from Norway rose 5% in March.")
    assert (found["5%"].exporter, found["5%"].importer) == ("NOR", "DEU")
    assert _claims("LNG flows into Japan fell 10% in March.")["10%"].importer == "JPN"


def test_a_count_of_ships_or_buyers_does_not_reach_past_its_clause_or_a_flow_verb() -> None:
    found = _claims("While the number of vessels calling at Santos fell, Brazil's coffee exports "
                    "rose 12% in March.")
    assert found["12%"].exporter == "BRA"
    found = _claims("The number of tankers heading to India doubled in March and India's crude "
                    "imports from Russia rose 20%.")
    assert "doubled" not in found
    assert found["20%"].importer == "IND"
    found = _claims("Despite the number of buyers shrinking, Kenya's tea exports to Pakistan "
                    "jumped 15% in March.")
    assert found["15%"].exporter == "KEN"
    found = _claims("The number of trucks China exported to Russia rose 40% in March.")
    assert (found["40%"].exporter, found["40%"].importer) == ("CHN", "RUS")
    found = _claims("The number of ships South Korea delivered to foreign buyers rose 25% in "
                    "March.")
    assert found["25%"].kind == "change"
    assert "65%" not in _claims("Kenyan tea exports rose. The number of tea suppliers jumped 65% "
                                "in March.")
