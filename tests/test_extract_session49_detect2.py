"""Session 49, which figures are claims and of which kind (second pass): each test pins one rule
of the session on invented text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def test_a_bare_count_of_motorcycles_after_a_count_of_units_stays_in_units() -> None:
    found = _claims("Two-wheeler exports from Vietnam reached 19.1 lakh units in 2023, up from "
                    "12.4 lakh units a year earlier, with motorcycle shipments climbing to 17.3 "
                    "lakh.")
    assert found["17.3 lakh"].unit == "unit"


def test_a_part_of_a_total_restated_after_a_move_is_a_share() -> None:
    found = _claims("Chile's copper exports reached $40 billion in 2023. Shipments to China rose "
                    "8.4%, or 52% of the total, while wine sales to Brazil climbed 3 percent, "
                    "or about 11 percent of all wine exports.")
    assert (found["8.4%"].kind, found["8.4%"].direction) == ("change", "up")
    assert (found["52%"].kind, found["52%"].direction) == ("share", None)
    assert (found["11 percent"].kind, found["11 percent"].direction) == ("share", None)


def test_a_share_reached_past_a_hedge_or_left_unnamed_after_a_possessive_is_a_share() -> None:
    found = _claims("Ghana's cocoa exports rose 4% to 800,000 tonnes in 2023. Ivory Coast's share "
                    "of world exports fell to slightly over 38% from 41%, while Nigeria's rose to "
                    "7% from 5%. Togo's slice has fallen from 9 per cent in earlier seasons to "
                    "under 6 per cent.")
    for surface in ("38%", "5%", "9 per cent", "6 per cent"):
        assert (found[surface].kind, found[surface].direction) == ("share", None), surface


def test_an_amount_set_above_or_below_a_base_is_a_change() -> None:
    found = _claims("Nigeria produced 1.45 million bpd of crude in May, or 40,000 bpd above its "
                    "OPEC quota, and Angola pumped 20,000 bpd below its target. Kenya's tea "
                    "exports in 2023 were 15,000 tonnes short of the 2022 total, while Togo "
                    "shipped 2,000 tonnes under the accord.")
    assert (found["40,000 bpd"].kind, found["40,000 bpd"].direction) == ("change", "up")
    assert (found["20,000 bpd"].kind, found["20,000 bpd"].direction) == ("change", "down")
    assert (found["15,000 tonnes"].kind, found["15,000 tonnes"].direction) == ("change", "down")
    assert found["2,000 tonnes"].kind == "level"
