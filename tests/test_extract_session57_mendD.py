"""Session 57 mend D: the reviewers' sentences on the gapped-row rule (`row_of_no_claim`), each
failing before its mend."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2025, 6, 1))


def test_a_row_taking_its_part_after_a_stake_is_a_share() -> None:
    found = _claims("Chile's copper exports rose 5% in 2024. Codelco owns 20% of the Anglo mine, "
                    "with China taking 55% of the metal.")
    assert found["55%"].kind == "share" and found["55%"].importer == "CHN"


def test_a_row_taking_its_part_after_a_fleet_is_a_share() -> None:
    found = _claims("Norway's salmon exports rose 6% in May. Norwegian owners hold 28 percent of "
                    "the world's tanker fleet, with Poland taking 12 percent of the salmon.")
    assert found["12 percent"].kind == "share" and found["12 percent"].importer == "POL"


def test_a_row_holding_the_rest_of_a_stake_is_still_no_share() -> None:
    found = _claims("Qatar exported 1.2 million tonnes of urea to India in 2023. The state holds "
                    "70 percent of Qafco, with Yara holding the remaining 30 percent.")
    assert "30 percent" not in found


def test_a_gapped_part_of_named_goods_after_a_stake_is_a_share() -> None:
    found = _claims("Qatar exported 1.2 million tonnes of urea to India in 2023. The state holds "
                    "70 percent of Qafco, and India about 40 percent of the urea.")
    assert "70 percent" not in found and found["40 percent"].kind == "share"
