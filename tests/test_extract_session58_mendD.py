"""Session 58 mend D: the fee-takings rule (`_fee_takings`) no longer drops goods or flows that
merely bear a fee or duty, and one unit of a currency buying another is an exchange rate on both
sides; each test but the guard of fees heading the subject fails without the mend."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2025, 6, 1))


def test_imports_subject_to_duties_before_the_sum_stay_a_flow() -> None:
    found = _claims("Imports subject to duties amounted to $3.2 billion in 2024.")
    assert found["$3.2 billion"].kind == "level"


def test_goods_exempt_from_or_escaping_duties_stay_a_flow() -> None:
    found = _claims("Goods exempt from duties totalled $1.5 billion, the customs agency said. "
                    "Imports that escaped duties totalled $5 billion in 2024, the customs "
                    "office said.")
    assert found["$1.5 billion"].kind == "level" and found["$5 billion"].kind == "level"


def test_imports_paying_a_duty_stay_a_flow() -> None:
    found = _claims("Imports of steel paying anti-dumping duties totalled $800 million last "
                    "year.")
    assert found["$800 million"].kind == "level"


def test_a_sum_in_goods_subject_to_duties_stays_a_flow() -> None:
    found = _claims("The European Union imported $50 billion in steel subject to duties in "
                    "2024.")
    assert found["$50 billion"].kind == "level"


def test_a_fee_noun_in_a_compound_is_no_fee() -> None:
    found = _claims("Vietnam exported $12 billion in goods with royalty-free licences in 2024.")
    assert found["$12 billion"].kind == "level"


def test_fees_that_head_the_subject_still_earn_takings() -> None:
    found = _claims("Chad pumped 9.1 mln bbl of crude through the line in 2021, and "
                    "its gas transit fee earned Cameroon 2.2 billion CFA francs.")
    assert "2.2 billion CFA francs" not in found


def test_the_unit_a_currency_rate_starts_from_is_no_flow() -> None:
    found = _claims("Serbia shipped $2.4 billion of goods to Germany in March, when one euro "
                    "bought 1.08 dollars. One euro bought 1.08 dollars in March, the central "
                    "bank said.")
    assert "$2.4 billion" in found
    assert "one euro" not in found and "One euro" not in found and "1.08 dollars" not in found
