"""Session 55, which figures are claims and of which kind: each test pins one rule of the session
on invented text."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Claim, Document

_ON = date(2024, 7, 1)


def _all(text: str) -> list[Claim]:
    return extract_claims(Document.from_text(text, published=_ON))


def _by_surface(text: str) -> dict[str, Claim]:
    return {c.surface: c for c in _all(text)}


def _surfaces(text: str) -> set[str]:
    return {c.surface for c in _all(text)}


def test_amount_whose_verb_is_left_out_sizes_the_same_change() -> None:
    found = _by_surface("Peru's copper sales to Japan gained $210 million last year and zinc "
                        "sales $35 million, the trade ministry said.")
    assert found["$210 million"].kind == "change"
    assert found["$35 million"].kind == "change"
    assert found["$35 million"].direction == "up"


def test_amount_after_a_fall_with_its_verb_left_out_falls_too() -> None:
    found = _by_surface("Chile's wine exports to Brazil were down $48 million in 2023 and its "
                        "pisco exports $6 million.")
    assert found["$6 million"].kind == "change"
    assert found["$6 million"].direction == "down"


def test_amount_after_a_new_level_stays_a_level() -> None:
    found = _by_surface("Kenya's tea exports to Egypt rose by $40 million to $510 million in 2023 "
                        "and coffee exports $95 million.")
    assert found["$95 million"].kind == "level"


def test_amount_in_a_clause_with_its_own_verb_stays_a_level() -> None:
    found = _by_surface("Ghana's cocoa exports to the Netherlands rose $120 million in 2023, "
                        "while Ivory Coast shipped a further $75 million.")
    assert found["$75 million"].kind == "level"


def test_bare_run_of_goods_after_a_store_amount_is_no_claim() -> None:
    found = _surfaces("After the upgrade the Mombasa depot can hold 30,000 kilolitres of diesel "
                      "and 12,000 kilolitres of jet fuel, and Kenya imported 90,000 kilolitres "
                      "of diesel from Oman in May.")
    assert "12,000 kilolitres" not in found and "90,000 kilolitres" in found


def test_run_of_goods_after_a_flow_stays_claims() -> None:
    found = _surfaces("Zambia exported 80,000 tonnes of copper to China last year, plus 4,000 "
                      "tonnes of cobalt.")
    assert {"80,000 tonnes", "4,000 tonnes"} <= found


def test_row_after_a_store_amount_with_a_flow_of_its_own_stays_a_claim() -> None:
    found = _surfaces("The depot can hold 30,000 kilolitres of diesel and 12,000 kilolitres of "
                      "imported jet fuel.")
    assert "12,000 kilolitres" in found


def test_run_in_a_respectively_list_after_a_capacity_keeps_its_rows() -> None:
    found = _surfaces("Grid operators in Malaysia, Vietnam and Thailand were cleared for "
                      "electricity import capacities of 500MW, 300MW and 200MW respectively.")
    assert "300MW" in found


def test_comma_run_of_stocks_after_a_held_amount_is_no_claim() -> None:
    found = _surfaces("The storage tanks at the terminal held 40,000 tonnes of fuel oil, 25,000 "
                      "tonnes of jet fuel and 9,000 tonnes of bitumen, while Angola shipped "
                      "60,000 tonnes of fuel oil to Namibia in March.")
    assert "25,000 tonnes" not in found and "9,000 tonnes" not in found
    assert "60,000 tonnes" in found
