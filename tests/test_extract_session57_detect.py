"""Session 57, which figures are claims and of which kind: each test pins one rule of the session
on invented text; each rule's own tests fail without it, and its near misses pass without it,
guarding its reach."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2025, 6, 1))


def test_the_rest_of_a_stake_is_no_share() -> None:
    found = _claims("Qatar exported 1.2 million tonnes of urea to India in 2023. The state holds "
                    "70 percent of Qafco and Yara the remaining 30 percent.")
    assert "70 percent" not in found and "30 percent" not in found


def test_the_rest_of_a_supplier_s_share_stays_a_share() -> None:
    found = _claims("Slovakia supplied 59% of Hungary's diesel imports and Moldova the remaining "
                    "41%.")
    assert found["41%"].kind == "share"


def test_rows_after_a_leader_left_unread_stay_shares() -> None:
    found = _claims("Latvia's sales to Finland grew 7% in June. Back in June 2021 Germany had "
                    "come first on 24%, while Poland held 16.3% and Finland 11.8%.")
    assert found["16.3%"].kind == "share" and found["11.8%"].kind == "share"


def test_a_row_with_its_own_trade_words_after_a_rate_is_a_share() -> None:
    found = _claims("Interest rates stood at 11%, and Egypt 35% of Sudan's cattle exports.")
    assert found["35%"].kind == "share"


def test_the_next_part_of_a_fleet_is_no_share() -> None:
    found = _claims("Norway's seafood exports rose 6% to NOK 14 billion in May. Norwegian owners "
                    "hold 28 percent of the world's chemical tanker fleet and 17 percent of LPG "
                    "carriers.")
    assert "28 percent" not in found and "17 percent" not in found


def test_a_share_after_a_move_of_demand_keeps_its_own_verb() -> None:
    found = _claims("Benin sold 18,000 tonnes of shea butter in 2024. France bought 35% of the "
                    "butter and Japan 11%. India, where appetite soared 84%, made up nearly 13%, "
                    "ahead of Canada on 8%.")
    assert found["13%"].kind == "share"


def test_the_share_a_row_s_share_went_up_from_is_a_share() -> None:
    found = _claims("Brazil took 2.1 million tons, or 48%, up from 39% in March.")
    assert (found["39%"].kind, found["39%"].direction) == ("share", None)


def test_a_growth_rate_up_from_another_stays_a_change() -> None:
    found = _claims("Exports to Chile rose 12% in May, up from 9% in April.")
    assert found["9%"].kind == "change"


def test_the_third_part_of_a_stake_is_no_share() -> None:
    found = _claims("Zambia's copper exports rose 8% to $9 billion in 2024. Vale and Anglo "
                    "together own 64% of the Kasama mine, state firm Zamco about 26% and Nordic "
                    "Metals the remaining 10%.")
    assert "10%" not in found
