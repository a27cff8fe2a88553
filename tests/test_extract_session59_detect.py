"""Session 59, which figures are claims and of which kind: each test pins one rule of the session
on invented text; each rule's own tests fail without it, and its near misses pass without it,
guarding its reach."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2025, 6, 1))


def test_role_with_goods_between_is_a_partners_share() -> None:
    found = _claims("Kenya bought 640,000 t of sorghum overseas in 2024. Tanzania ranked as the "
                    "leading supplier of sorghum with 41.8%, ahead of Uganda with 17.3%.")
    assert found["41.8%"].kind == "share"
    assert found["17.3%"].kind == "share" and found["17.3%"].exporter == "UGA"


def test_role_then_a_clause_is_no_share_of_the_role() -> None:
    found = _claims("Kenya bought 640,000 t of sorghum overseas in 2024. Tanzania, the leading "
                    "source of tea, fed its herds with 41.8% less grain.")
    assert "41.8%" not in found or found["41.8%"].kind != "share"


def test_shares_of_the_volume_after_a_price_stay_shares() -> None:
    found = _claims("Kenya bought 640,000 t of sorghum overseas in 2024. Tonnage grew 5%, while "
                    "the mean landed price softened to US$188 per tonne. Tanzania accounted for "
                    "52.6% of the volume, Uganda for 30.1% and Zambia for 8.7%.")
    assert found["52.6%"].kind == "share"
    assert found["30.1%"].kind == "share" and found["8.7%"].kind == "share"


def test_share_of_a_household_budget_after_a_price_is_none() -> None:
    found = _claims("In Mombasa a sack of beans went for 7,400 shillings per bag. Beans "
                    "accounted for 40% of the total spending of a household.")
    assert "40%" not in found


def test_parts_gone_to_partners_after_a_price_stay_shares() -> None:
    found = _claims("Ecuador shipped 91,500 tonnes of bananas. Volume climbed 6% though the mean "
                    "price eased 1.4% to USD 0.62 a kilo. Of the bananas, 63.2% went to Russia, "
                    "11.7% to Turkey and 5.5% to Chile.")
    assert found["63.2%"].kind == "share" and found["63.2%"].importer == "RUS"
    assert found["11.7%"].kind == "share" and found["5.5%"].kind == "share"


def test_part_of_a_price_gone_to_traders_is_none() -> None:
    found = _claims("Ecuador shipped 91,500 tonnes of bananas at a mean of $540 per tonne. Of "
                    "that price, 35% went to the growers.")
    assert "91,500 tonnes" in found and "35%" not in found


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
