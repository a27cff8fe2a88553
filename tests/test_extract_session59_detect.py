"""Session 59, which figures are claims and of which kind: each test pins one rule of the session
on invented text; each rule's own tests fail without it, and its near misses pass without it,
guarding its reach."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2025, 6, 1))


def test_role_with_goods_between_is_a_partners_share() -> None:
    found = _claims("Peru imported 2.1 million tons of maize. Brazil was the top supplier of "
                    "maize with 23.4%, ahead of Bolivia with 11.2%.")
    assert found["23.4%"].kind == "share" and found["23.4%"].exporter == "BRA"
    assert found["11.2%"].kind == "share"


def test_role_then_a_clause_is_no_share_of_the_role() -> None:
    found = _claims("Peru imported 2.1 million tons of maize. Brazil, the top source of "
                    "rice, fed its herds with 23.4% less grain.")
    assert "23.4%" not in found or found["23.4%"].kind != "share"


def test_shares_of_the_volume_after_a_price_stay_shares() -> None:
    found = _claims("Peru imported 2.1 million tons of maize. Volumes rose 3%, as the average "
                    "import price eased to about US$210 per ton. The United States accounted "
                    "for 61.2% of the volume, Brazil for 22.5% and Bolivia for 9.8%.")
    assert found["61.2%"].kind == "share"
    assert found["22.5%"].kind == "share" and found["9.8%"].kind == "share"


def test_share_of_a_household_budget_after_a_price_is_none() -> None:
    found = _claims("A kilogram of rice sold for 9,600 won in Hyesan. Rice accounted for 40% "
                    "of the total spending of a household.")
    assert "40%" not in found


def test_parts_gone_to_partners_after_a_price_stay_shares() -> None:
    found = _claims("Chile exported 88,000 tons of cherries. Volume rose 7% even as the average "
                    "price slipped 2.1% to USD 3.40 a pound. Of the cherries, 71.3% went to "
                    "China, 9.6% to the United States and 4.2% to South Korea.")
    assert found["71.3%"].kind == "share" and found["71.3%"].importer == "CHN"
    assert found["9.6%"].kind == "share" and found["4.2%"].kind == "share"


def test_part_of_a_price_gone_to_traders_is_none() -> None:
    found = _claims("Japan bought 3,000 tonnes of rice at an average of $610 per tonne. Of "
                    "that price, 40% went to the traders.")
    assert "3,000 tonnes" in found and "40%" not in found


def test_money_buying_money_is_an_exchange_rate() -> None:
    found = _claims("At the currency stalls in Bishkek, 100 soms buy about $1.15.")
    assert "100 soms" not in found and "$1.15" not in found


def test_money_buying_goods_stays_a_flow() -> None:
    found = _claims("Last year $2 billion bought 700,000 tonnes of Ukrainian maize for Egypt.")
    assert "$2 billion" in found and "700,000 tonnes" in found


def test_amount_of_the_increase_is_a_change() -> None:
    found = _claims("Chilean copper exports rose $3.1 billion to $44 billion in 2024. Cathodes "
                    "accounted for $2.2 billion of the increase, reaching $30 billion.")
    assert found["$2.2 billion"].kind == "change" and found["$2.2 billion"].direction == "up"
    assert found["$30 billion"].kind == "level"


def test_amount_of_the_decline_is_a_fall() -> None:
    found = _claims("Chilean exports fell $610 million in May. Fish accounted for $240 million "
                    "of the decline.")
    assert found["$240 million"].kind == "change" and found["$240 million"].direction == "down"


def test_amount_of_a_named_fund_stays_a_level() -> None:
    found = _claims("Chile sold copper worth $3.1 billion to China in 2024, and put $2 billion "
                    "of the growth fund into Peruvian ports.")
    assert "$2 billion" not in found or found["$2 billion"].kind != "change"
