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
    found = _claims("Estonia's exports to Norway rose 9% in May. In May 2022 the US had led with "
                    "21%, while Russia held 15.1% and Norway 12.9%.")
    assert found["15.1%"].kind == "share" and found["12.9%"].kind == "share"


def test_a_row_with_its_own_trade_words_after_a_rate_is_a_share() -> None:
    found = _claims("Interest rates stood at 11%, and Egypt 35% of Sudan's cattle exports.")
    assert found["35%"].kind == "share"


def test_the_next_part_of_a_fleet_is_no_share() -> None:
    found = _claims("Norway's seafood exports rose 6% to NOK 14 billion in May. Norwegian owners "
                    "hold 28 percent of the world's chemical tanker fleet and 17 percent of LPG "
                    "carriers.")
    assert "28 percent" not in found and "17 percent" not in found


def test_a_share_after_a_move_of_demand_keeps_its_own_verb() -> None:
    found = _claims("Ghana shipped 25,000 tonnes of cashew kernels in 2023. Europe took 30% of the "
                    "kernels and the US 14%. Turkey, where demand jumped 99%, accounted for close "
                    "to 12%, ahead of Vietnam on 9%.")
    assert found["12%"].kind == "share"


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
