"""Session 55, mend D: the over-reach reviewers found in the session's detect rules, each pinned on
the reviewer's invented sentence or an invented one like it."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_ON = date(2024, 7, 1)


_by_surface = extracted_on(_ON)


def test_a_total_named_in_the_row_is_no_second_change() -> None:
    found = _by_surface("Rice exports rose $200 million in 2024 and total farm exports "
                        "$4.5 billion.")
    assert found["$200 million"].kind == "change"
    assert found["$4.5 billion"].kind == "level"
    assert found["$4.5 billion"].direction is None


def test_a_total_word_right_after_the_bare_amount_is_no_second_change() -> None:
    found = _by_surface("Imports of oil fell $4 billion in 2024 and the bill for gas $60 billion "
                        "overall.")
    assert found["$4 billion"].kind == "change"
    assert found["$60 billion"].kind == "level"
    assert found["$60 billion"].direction is None


def test_a_record_in_the_row_is_no_second_change() -> None:
    found = _by_surface("Copper sales gained $120 million last year and zinc sales a record "
                        "$900 million.")
    assert found["$900 million"].kind == "level"


def test_a_plain_gapped_row_still_sizes_the_same_change() -> None:
    found = _by_surface("Zinc sales gained $210 million last year and copper sales $35 million.")
    assert found["$35 million"].kind == "change"
    assert found["$35 million"].direction == "up"
