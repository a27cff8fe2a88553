"""Session 54, which figures are claims and of which kind: each test pins one rule of the session
on invented text."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Claim, Document

_ON = date(2024, 7, 1)


def _all(text: str) -> list[Claim]:
    return extract_claims(Document.from_text(text, published=_ON))


def _surfaces(text: str) -> set[str]:
    return {c.surface for c in _all(text)}


def test_capital_poured_into_plants_is_no_traded_amount() -> None:
    found = _surfaces("Brazilian steelmakers have poured more than $3 billion into new rolling "
                      "mills since 2020, and steel exports to Chile rose 12% last year.")
    assert "$3 billion" not in found and "12%" in found


def test_money_spent_on_a_terminal_is_no_traded_amount() -> None:
    found = _surfaces("The Kenyan grain board will spend about $40 million on a bulk terminal "
                      "in Mombasa, where wheat imports from Russia reached 1.2 million tonnes.")
    assert "$40 million" not in found and "1.2 million tonnes" in found


def test_money_spent_on_goods_from_a_plant_stays_a_claim() -> None:
    found = _surfaces("Italy spent €840 million on Algerian pipeline gas in March.")
    assert "€840 million" in found


def test_money_spent_on_imported_goods_stays_a_claim() -> None:
    found = _surfaces("Chile spent $2.1 billion on Argentine gas imports last year.")
    assert "$2.1 billion" in found


def test_bracketed_percents_after_partners_of_a_flow_are_shares() -> None:
    found = {c.surface: c for c in _all("Peru's copper concentrate shipments last year went "
                                        "mainly to China (64%) and Japan (21%), the ministry "
                                        "said.")}
    assert found["64%"].kind == "share" and found["21%"].kind == "share"


def test_bracketed_percents_after_goods_of_a_flow_are_shares() -> None:
    found = {c.surface: c for c in _all("Jamaica's imports in 2010 were split among fuels "
                                        "(31.0 per cent), food (20.5 per cent) and machinery "
                                        "(14.2 per cent).")}
    assert {found[s].kind for s in ("31.0 per cent", "20.5 per cent", "14.2 per cent")} == {
        "share"}


def test_bracketed_owners_stakes_are_no_shares_of_a_flow() -> None:
    found = _surfaces("The field pumps 50,000 barrels a day and is owned by Shell (40%), Total "
                      "(35%) and Eni (25%).")
    assert not {"40%", "35%", "25%"} & found


def test_the_move_of_an_index_is_no_traded_amount() -> None:
    found = _surfaces("Chile's copper exports rose 4% in May, while the export unit value index "
                      "fell 6.5 per cent.")
    assert "4%" in found and "6.5 per cent" not in found


def test_an_index_named_as_a_source_leaves_the_flow_a_claim() -> None:
    found = _surfaces("According to the Baltic shipping index survey, Latvia's grain exports "
                      "rose 9% in March.")
    assert "9%" in found


def test_the_next_row_of_a_run_of_stocks_is_no_traded_amount() -> None:
    found = _surfaces("Sri Lanka imported 40,000 tonnes of diesel from India in May. Diesel "
                      "stocks stood at 9,000 tonnes and petrol at 4,000 tonnes, with kerosene "
                      "at 700 tonnes.")
    assert "40,000 tonnes" in found and not {"4,000 tonnes", "700 tonnes"} & found


def test_a_flow_after_a_stock_in_its_sentence_stays_a_claim() -> None:
    found = _surfaces("Diesel stocks stood at 9,000 tonnes and imports from India at 4,000 "
                      "tonnes in May.")
    assert "4,000 tonnes" in found
