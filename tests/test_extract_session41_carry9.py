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


MARCH_2024 = date(2024, 3, 1)


def test_a_share_of_the_total_after_one_kind_of_goods_is_of_those_goods() -> None:
    text = ("Ecuador's shrimp exports rose 5% to $3,000 million in 2023. Almost 20% of the total "
            "went to Spain, where sales were worth $600 million, 12% more than a year earlier.")
    claims = extracted(text, MARCH_2024)
    assert claims["20%"].commodity == "seafood"
    assert claims["$600 million"].commodity == "seafood"
    assert claims["12%"].commodity == "seafood"


def test_a_period_total_referred_back_to_goes_on_with_the_goods() -> None:
    text = ("Ecuador's shrimp exports rose 5% to $3,000 million in 2023. Shipments to the United "
            "States climbed 8% in the first half, lifting the January-June total to $900 million.")
    claims = extracted(text, MARCH_2024)
    assert claims["8%"].commodity == "seafood"
    assert claims["$900 million"].commodity == "seafood"


def test_earnings_from_the_trade_are_of_the_goods_just_counted() -> None:
    text = ("Argentine beef exports rose 13% to 760,000 tonnes in 2024. Foreign currency "
            "earnings from the trade reached $2,900 million.")
    claims = extracted(text, MARCH_2024)
    assert claims["$2,900 million"].commodity == "food"


def test_the_trade_deficit_still_names_all_goods() -> None:
    text = ("Ukraine's wheat exports rose 5% to $3 billion in 2023. Over the year, exports and "
            "imports grew 24% and 20%, respectively, widening the trade deficit.")
    claims = extracted(text, MARCH_2024)
    assert claims["24%"].commodity == "trade"
    assert claims["20%"].commodity == "trade"


def test_a_rivals_possessive_flow_goes_on_with_the_paragraphs_goods() -> None:
    text = ("Bangladesh's shrimp exports to the United States rose 5% to $300 million in 2023. "
            "India's shipments grew 8% to $2.1 billion.")
    claims = extracted(text, MARCH_2024)
    assert claims["8%"].commodity == "seafood"
    assert claims["$2.1 billion"].commodity == "seafood"


def test_the_possessive_flow_of_a_country_already_counted_is_its_total() -> None:
    text = ("Bangladesh's shrimp exports to the United States rose 5% to $300 million in 2023. "
            "India's shipments grew 8% to $2.1 billion. Bangladesh's exports rose 3%.")
    claims = extracted(text, MARCH_2024)
    assert claims["3%"].commodity == "trade"
