"""Session 52 review mends (mendD): rules of the session narrowed so ordinary news text keeps
its claims; each test pins the review's sentences or ones like them."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 5, 1))


def test_a_share_cue_past_the_head_or_naming_goods_keeps_the_share() -> None:
    found = _claims("Iron ore accounted for 48 per cent of Australia's resources exports last "
                    "financial year.")
    assert found["48 per cent"].kind == "share"
    found = _claims("Iron ore made up 55% of the value of resources and energy exports in the "
                    "year to June.")
    assert found["55%"].kind == "share"
    found = _claims("Russia took 60% of the trucks China exported last year.")
    assert found["60%"].kind == "share"
    found = _claims("Exports of trucks rose 20% to $4 billion, with Russia taking 30% of the "
                    "trucks.")
    assert found["30%"].kind == "share"
    found = _claims("Brazil supplied 70% of China's soybean imports last year as farmers "
                    "expanded planting.")
    assert found["70%"].kind == "share"
    found = _claims("Crude oil made up 60% of Nigeria's export receipts and payments data "
                    "showed.")
    assert found["60%"].kind == "share"


def test_a_share_of_import_payments_is_a_share() -> None:
    found = _claims("Fuel accounted for 25% of Kenya's import payments in 2023.")
    assert found["25%"].kind == "share"
    found = _claims("Oil imports made up 40% of the value of all import payments last year.")
    assert found["40%"].kind == "share"


def test_a_share_of_settlements_or_farmers_stays_no_claim() -> None:
    found = _claims("Russia's wheat exports rose 10% in 2023. The yuan covers 25% of Russia's "
                    "trade settlements with China.")
    assert "10%" in found and "25%" not in found
    found = _claims("Kenya exported tea worth $1 billion in 2023, and 30% of its farmers grow "
                    "it.")
    assert "$1 billion" in found and "30%" not in found


def test_a_currencys_share_of_payments_for_imports_or_a_fleet_stays_no_claim() -> None:
    found = _claims("Russia's wheat exports rose 10% in 2023. The ruble covered 72% of export "
                    "settlements and 69% of payments for imports. Some 230 tankers now make up "
                    "40 percent of that network of some 600 vessels.")
    assert "10%" in found
    for surface in ("72%", "69%", "40 percent"):
        assert surface not in found, surface


def test_a_sum_before_a_preposition_or_a_place_name_stays_a_claim() -> None:
    for text, surface in (
            ("Ukraine shipped grain worth $2.3 billion through Odesa terminals in the first "
             "quarter.", "$2.3 billion"),
            ("Kenya's tea exports earned $1.4 billion via Mombasa terminal last year.",
             "$1.4 billion"),
            ("Kenya tea exports hit $1.4 billion Mombasa terminal data show", "$1.4 billion"),
            ("Russia's grain exports reached $9 billion as terminals at Novorossiysk ran at full "
             "capacity.", "$9 billion"),
            ("US farm exports to Africa reached $2 billion under credit programs, the USDA "
             "said.", "$2 billion")):
        found = _claims(text)
        assert found[surface].kind == "level", text


def test_a_sum_sizing_an_expansion_of_a_flow_is_a_change() -> None:
    found = _claims("Soybean exports posted a $2 billion expansion from a year earlier.")
    assert (found["$2 billion"].kind, found["$2 billion"].direction) == ("change", "up")
    found = _claims("Exports saw a $2 billion expansion in 2023 as demand recovered.")
    assert (found["$2 billion"].kind, found["$2 billion"].direction) == ("change", "up")


def test_a_sum_sizing_a_named_build_stays_no_claim() -> None:
    found = _claims("Nigeria's oil exports rose to $5 billion in 2023, and a $600 million Dangote "
                    "refinery expansion and a US$3 billion port expansion are planned.")
    assert "$5 billion" in found
    assert "$600 million" not in found and "US$3 billion" not in found


def test_a_sum_sizing_a_nations_facility_stays_no_claim() -> None:
    found = _claims("Syria wins USD3.6 bln Iranian facility for oil products. Iran's oil exports "
                    "to Syria reached $2 billion in 2023.")
    assert "$2 billion" in found and "USD3.6 bln" not in found


def test_a_percent_apposed_to_a_flow_past_a_price_stays_a_change() -> None:
    for text, surface in (
            ("Despite lower prices, Ghana's cocoa export earnings climbed to $3.1 billion in "
             "2023, a 14 percent increase from 2022.", "14 percent"),
            ("With world prices high, Vietnam's rice exports rose to 8.1 million tonnes in 2023, "
             "a 14% rise from 2022.", "14%"),
            ("Rice sold at $650 a tonne, and Thai exports reached 8.8 million tonnes in 2023, a "
             "gain of 15%.", "15%")):
        found = _claims(text)
        assert (found[surface].kind, found[surface].direction) == ("change", "up"), text


def test_a_percent_apposed_to_a_price_move_stays_no_claim() -> None:
    found = _claims("Kenya's tea exports rose 4% in May. The average price per bag slipped to "
                    "Ksh 47,685, a 14 percent fall from Ksh 55,567.")
    assert "4%" in found and "14 percent" not in found


def test_a_percent_apposed_to_a_price_past_an_aside_stays_no_claim() -> None:
    found = _claims("Tajikistan's fuel imports rose 4% in May. In Dushanbe a liter of 92-octane "
                    "gasoline, the grade most drivers buy, cost 9.50 somonis on October 17, down "
                    "from 10.00 somonis a week earlier, a 5.26-percent decrease.")
    assert "4%" in found and "5.26-percent" not in found
