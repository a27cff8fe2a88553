"""Session 47 (goods, second helper): each test pins one rule of the session on invented
text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def test_an_old_level_set_against_a_new_one_keeps_its_goods() -> None:
    found = _claims("Ruritania's imports rose 12 per cent in the first half to US$3.1 billion, "
                    "the statistics office said. Fuels climbed 40 per cent, while consumer goods "
                    "rose to US$612 million from US$455.3 million.")
    assert found["US$612 million"].commodity is None
    assert found["US$455.3 million"].commodity is None


def test_the_same_month_compared_with_does_not_point_back_to_the_goods() -> None:
    found = _claims("Ruritania's nickel export revenue rose 6.1% to $1.2 billion in May, the "
                    "central bank said. Overall exports increased 2.7% to $4.4 billion, while "
                    "imports sank 9.6% from the same month a year ago to $3.9 billion.")
    assert found["9.6%"].commodity == "trade"
    assert found["$3.9 billion"].commodity == "trade"


def test_a_bare_flow_noun_after_a_total_in_its_sentence_is_all_goods() -> None:
    found = _claims("Ruritania's tea exports fell to 41.6 thousand tonnes in May, earning $15.6 "
                    "million, the bureau said. Coffee shipments slipped to 3.7 thousand tonnes, "
                    "worth $3.6 million. Total exports nevertheless edged up to $94.5 million, "
                    "while imports dropped to $212.6 million from $236.2 million.")
    assert found["$212.6 million"].commodity == "trade"
    assert found["$236.2 million"].commodity == "trade"
