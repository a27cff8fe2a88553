"""Session 41 (carry, ninth round): what the claim stage decides from sentence to sentence and
which modality a cap takes, pinned on text written for these tests."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted

OCTOBER_2021 = date(2021, 10, 12)


def test_a_cap_moved_to_a_new_amount_is_planned() -> None:
    text = ("Vietnam sets rice export quota. The rice export quota will fall to 500,000 tonnes "
            "in 2022, the trade ministry said.")
    claims = extracted(text, OCTOBER_2021)
    assert claims["500,000 tonnes"].kind == "cap"
    assert claims["500,000 tonnes"].modality == "planned"


def test_a_cap_moved_in_the_past_stays_reported() -> None:
    text = ("Vietnam sets rice export quota. The government cut the rice export quota to "
            "500,000 tonnes in May, the trade ministry said.")
    claims = extracted(text, OCTOBER_2021)
    assert claims["500,000 tonnes"].kind == "cap"
    assert claims["500,000 tonnes"].modality == "reported"


def test_a_cap_stated_as_it_stands_stays_reported() -> None:
    text = "Vietnam's rice export quota is 600,000 tonnes for 2021, the trade ministry said."
    claims = extracted(text, OCTOBER_2021)
    assert claims["600,000 tonnes"].kind == "cap"
    assert claims["600,000 tonnes"].modality == "reported"


def test_the_amount_a_cap_rises_to_later_is_a_planned_cap() -> None:
    text = ("Under the deal Vietnam's rice export quota is 600,000 tonnes for October-December, "
            "rising to 700,000 tonnes from January to March.")
    claims = extracted(text, OCTOBER_2021)
    assert claims["600,000 tonnes"].kind == "cap"
    assert claims["700,000 tonnes"].kind == "cap"
    assert claims["700,000 tonnes"].modality == "planned"
