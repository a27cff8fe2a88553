"""Review mends of the fiftieth session's claim-detection rules, on sentences written for these
tests: a crude benchmark's price move is no claim only as its verb's subject (a traded grade
named `Brent` keeps its flow), and duties levied are a distractor near money only (goods facing
duties keep their flow)."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 5, 1))


def test_a_benchmark_moving_as_its_verbs_subject_is_a_price() -> None:
    found = _claims("Angola's crude exports rose 3% in April. Brent shed about 4% over the "
                    "month as refiners cut runs.")
    assert "3%" in found and "4%" not in found
    found = _claims("Angola's crude exports rose 3% in April. WTI futures had gained 2% by then.")
    assert "3%" in found and "2%" not in found


def test_a_traded_grade_named_after_a_benchmark_keeps_its_flow() -> None:
    assert "11%" in _claims("Thailand's imports of Brent crude rose 11% to 150,000 barrels a "
                            "day in March.")
    assert "9%" in _claims("Exports of Brent crude from the North Sea fell 9% in April, data "
                           "showed.")
    assert "1.2 million barrels" in _claims("Korea bought 1.2 million barrels of Brent in "
                                            "March, traders said.")


def test_goods_facing_duties_keep_their_flow() -> None:
    found = _claims("Aluminium imports subject to import duties rose 6% to 1.4 million tonnes "
                    "in March.")
    assert "6%" in found and "1.4 million tonnes" in found
    found = _claims("Shipments facing export duties of 15% fell 18% to 2 million tonnes in 2023.")
    assert "18%" in found and "2 million tonnes" in found


def test_duties_collected_in_money_stay_no_claim() -> None:
    found = _claims("Coffee exports from Uganda rose 5% to 600,000 bags in 2023. Export duties "
                    "came to 12 billion shillings and customs duties totalled 80 billion "
                    "shillings.")
    assert "5%" in found
    assert "12 billion shillings" not in found and "80 billion shillings" not in found


def test_every_country_of_the_dateline_is_no_rival_of_a_participles_subject() -> None:
    found = _claims("LUANDA, Angola, May 3 - China remained the main buyer of Angolan crude in "
                    "the first quarter, taking 55.9 percent of the total, the oil ministry said.")
    share = found["55.9 percent"]
    assert (share.exporter, share.importer, share.two_way) == ("AGO", "CHN", False)
