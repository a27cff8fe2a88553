"""Session 51 review mends (helper Q): rules of the session narrowed so ordinary news text reads
as before them; each test pins a sentence of the review or one like it."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def test_a_firms_loss_after_a_clause_with_from_stays_no_fall() -> None:
    found = _claims("Olam, which buys cotton from Benin, closed the unit in March, a loss of "
                    "$30 million for the group. Coffee exports rose 8% against a weak 2022, "
                    "while the roaster reported its annual result, a loss of $15 million.")
    assert (found["$30 million"].kind, found["$30 million"].direction) == ("level", None)
    assert (found["$15 million"].kind, found["$15 million"].direction) == ("level", None)


def test_a_loss_right_after_a_fall_stays_a_fall() -> None:
    found = _claims("Exports to China fell 10% to $4 billion, a loss of $450 million. Shrimp "
                    "exports fell 12.9%, a loss of DKK 266 million.")
    assert (found["$450 million"].kind, found["$450 million"].direction) == ("change", "down")
    assert (found["DKK 266 million"].kind,
            found["DKK 266 million"].direction) == ("change", "down")


def test_a_fall_in_value_after_a_sum_set_against_and_a_source_stays_a_fall() -> None:
    found = _claims("In the first nine months of 2021 Honduras shipped 11.9m 40lb boxes worth "
                    "US$217.1m, against 21.7m boxes and US$417.5m a year earlier, Central Bank of "
                    "Honduras figures show, a fall in value of US$200.5m.")
    assert (found["US$200.5m"].kind, found["US$200.5m"].direction) == ("change", "down")


def test_a_speakers_further_statement_after_said_adding_is_no_rise() -> None:
    found = _claims("Exports to the EU totalled $12 billion, the minister said on Tuesday, adding "
                    "2 million tonnes of wheat were still awaiting shipment.")
    assert (found["2 million tonnes"].kind, found["2 million tonnes"].direction) == ("level", None)


def test_an_amount_added_to_a_sum_or_by_a_move_stays_a_rise() -> None:
    found = _claims("Malaysia's palm oil exports rose 4%, the ministry said, adding $1.2 billion "
                    "to export earnings. Exports to China grew 1.8-fold, adding $700 million.")
    assert (found["$1.2 billion"].kind, found["$1.2 billion"].direction) == ("change", "up")
    assert (found["$700 million"].kind, found["$700 million"].direction) == ("change", "up")


def test_a_part_held_of_a_capital_or_region_stays_a_share() -> None:
    found = _claims("Russia imported 1 million cars from China in 2023. Chinese brands now hold "
                    "45% of Moscow, the dealers' group said. Chinese carmakers now control 60% of "
                    "Moscow and St Petersburg car sales, up from 10% in 2021. Thai and Vietnamese "
                    "exporters hold 35% and 25% of West Africa, the rice traders said.")
    for surface in ("45%", "60%", "10%", "25%"):
        assert found[surface].kind == "share", surface


def test_a_part_held_of_a_state_company_stays_a_stake() -> None:
    found = _claims("Qatar exports urea to India. Qatar Petroleum holds 75 percent of Qafco.")
    assert "75 percent" not in found


def test_goods_qualified_by_a_participle_before_a_levy_keep_their_move() -> None:
    found = _claims("Goods paying the new duties dropped 12% in the first quarter, customs data "
                    "showed. Sales of goods carrying the levy rose 14% in the year.")
    assert (found["12%"].kind, found["12%"].direction) == ("change", "down")
    assert (found["14%"].kind, found["14%"].direction) == ("change", "up")


def test_a_levy_leading_its_clause_still_moves_by_no_claim() -> None:
    found = _claims("Russian wheat export duty eases 1.7% for March 19-25, while wheat exports to "
                    "Egypt rose 12%. Imports not subject to anti-dumping duties rose 18%.")
    assert "1.7%" not in found
    assert (found["18%"].kind, found["18%"].direction) == ("change", "up")


def test_a_country_that_grew_on_the_year_stays_a_rise() -> None:
    found = _claims("Meanwhile, Vietnam grew 150,000 tonnes on the year as shipments to China "
                    "recovered. Thailand grew 90,000 tonnes as shipments to Japan recovered.")
    assert (found["150,000 tonnes"].kind, found["150,000 tonnes"].direction) == ("change", "up")
    assert (found["90,000 tonnes"].kind, found["90,000 tonnes"].direction) == ("change", "up")


def test_a_crop_a_country_grows_stays_no_rise() -> None:
    found = _claims("Vietnam grew 8% of the world's rice exports. Bangladesh grows about 11 lakh "
                    "tonnes a year, and exports 50,000 tonnes to Malaysia.")
    assert (found["8%"].kind, found["8%"].direction) == ("share", None)
    grown = next(surface for surface in found if surface.startswith("11 lakh tonnes"))
    assert (found[grown].kind, found[grown].direction) == ("level", None)


def test_a_flow_that_lost_goods_to_smuggling_is_a_fall() -> None:
    found = _claims("Exports of beans lost 20,000 tonnes to cross-border smuggling in the quarter. "
                    "Ghana lost 160,000 tons of cocoa to smugglers.")
    assert (found["20,000 tonnes"].kind, found["20,000 tonnes"].direction) == ("change", "down")
    assert (found["160,000 tons"].kind, found["160,000 tons"].direction) == ("level", None)
