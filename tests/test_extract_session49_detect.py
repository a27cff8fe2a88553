"""Session 49, which figures are claims: each test pins one rule of the session on invented
text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def test_a_bare_number_a_flow_of_counted_goods_reaches_counts_those_goods() -> None:
    found = _claims("Imports of second-hand cars into Kenya fell 12% in January-June to 8,450, "
                    "while new-tractor imports rose 5% to 2,310. Kenya's tea exports were worth "
                    "$1.2 billion. The shilling weakened to 160.")
    assert found["8,450"].unit == "car"
    assert found["8,450"].kind == "level"
    assert found["2,310"].unit == "tractor"
    assert "160" not in found


def test_a_move_before_a_list_of_amounts_sizes_each_of_them() -> None:
    found = _claims("Peru's exports to Chile and Ecuador slipped by $2.4 billion and $315 "
                    "million, respectively, in 2023, while its receipts from copper, zinc and "
                    "gold went up by 41.2 million, 12.6 million and 3.3 million dollars, "
                    "respectively. Its exports rose 5% and its imports 7% in 2023.")
    assert (found["$2.4 billion"].kind, found["$2.4 billion"].direction) == ("change", "down")
    assert (found["$315 million"].kind, found["$315 million"].direction) == ("change", "down")
    assert (found["12.6 million"].kind, found["12.6 million"].direction) == ("change", "up")
