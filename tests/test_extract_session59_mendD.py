"""Session 59, mend D: reviewers' invented sentences on which this session's detect rules
over-reached; each test fails without its mend."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2025, 6, 1))


def test_trade_earnings_buying_goods_worth_money_stay_flows() -> None:
    found = _claims("Ghana's cocoa earnings of $2 billion buy less than $1.5 billion of "
                    "imported fuel this year.")
    assert found["$2 billion"].exporter == "GHA"
    assert found["$1.5 billion"].importer == "GHA"


def test_exports_of_money_fetching_money_stay_flows() -> None:
    found = _claims("Zambia's copper exports of $9 billion fetch about $9.5 billion in "
                    "neighbouring markets.")
    assert "$9 billion" in found and "$9.5 billion" in found


def test_appositive_role_with_goods_gives_no_sideless_share() -> None:
    found = _claims("China imported 105 million tonnes of soybeans. Brazil, the top source of "
                    "soybeans with 70%, was followed by the US.")
    assert "70%" not in found or (found["70%"].exporter, found["70%"].importer) == ("BRA", "CHN")


def test_appositive_buyer_of_goods_gives_no_half_share() -> None:
    found = _claims("India's rice exports jumped. Benin, the top buyer of parboiled rice with "
                    "12%, took 1.5 million tonnes.")
    assert "12%" not in found or found["12%"].exporter == "IND"


def test_cost_part_of_a_cargo_value_after_a_price_is_no_share() -> None:
    found = _claims("Coffee prices rose 20% to $4.10 a pound this year. Freight and insurance "
                    "accounted for 15% of the value of each cargo.")
    assert "15%" not in found


def test_amount_of_the_recovery_is_no_change() -> None:
    found = _claims("The fund has disbursed $2 billion of the recovery, in loans to exporters.")
    assert "$2 billion" not in found or found["$2 billion"].kind != "change"
