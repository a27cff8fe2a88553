"""Session 50, which figures are claims and of which kind: each test pins one rule of the session
on invented text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def test_a_sector_or_firm_turnover_or_revenue_is_no_claim() -> None:
    found = _claims("Cotton exports from Benin rose 6% to 300,000 tonnes in 2023. The sector's "
                    "turnover fell 11.5% to 90 billion CFA francs, and the ginning group booked "
                    "revenue of 40 billion CFA francs. The port's cargo turnover rose 4.2%.")
    assert "6%" in found and "300,000 tonnes" in found
    for surface in ("11.5%", "90 billion CFA francs", "40 billion CFA francs", "4.2%"):
        assert surface not in found, surface


def test_turnover_between_two_countries_stays_a_claim() -> None:
    found = _claims("Annual turnover between Kenya and Uganda rose 9% to $1.2 billion in 2023.")
    assert found["9%"].two_way and found["$1.2 billion"].two_way


def test_goods_a_store_or_deposit_holds_are_no_claim() -> None:
    found = _claims("Zambia's copper exports rose 6% to 800,000 tonnes in 2023. The Kansanshi mine "
                    "holds an estimated 9.5 million tonnes of copper, and the Food Reserve Agency "
                    "holds 300,000 tonnes of maize. Two ships holding 60,000 tonnes of maize "
                    "sailed for Malawi.")
    assert "800,000 tonnes" in found and "60,000 tonnes" in found
    assert "9.5 million tonnes" not in found and "300,000 tonnes" not in found


def test_an_amount_a_flow_is_lifted_or_cut_by_in_any_tense_is_a_change() -> None:
    found = _claims("Kenya will lift tea exports to Pakistan by 20,000 tonnes next year, while "
                    "Uganda is cutting coffee exports by a combined 5,000 tonnes.")
    assert (found["20,000 tonnes"].kind, found["20,000 tonnes"].direction) == ("change", "up")
    assert (found["5,000 tonnes"].kind, found["5,000 tonnes"].direction) == ("change", "down")


def test_an_amount_that_has_been_or_will_be_lost_is_a_fall() -> None:
    found = _claims("Kazakhstan's oil exports rose 3% in March. A further 73,000 bpd of exports "
                    "has been lost at the Kashagan field, and about 40,000 bpd of crude sales to "
                    "Italy, or 1.6 million tonnes a year, could be lost.")
    for surface in ("73,000 bpd", "40,000 bpd", "1.6 million tonnes a year"):
        assert (found[surface].kind, found[surface].direction) == ("change", "down"), surface


def test_duties_collected_and_surpluses_are_no_claim() -> None:
    found = _claims("Cotton exports from Mali rose 7% to 250,000 tonnes in 2023. Customs duties "
                    "totalled 40 billion CFA francs, export duties came to 9 billion CFA francs "
                    "and surpluses with Senegal and Guinea came to $120 million and $80 million.")
    assert "7%" in found and "250,000 tonnes" in found
    for surface in ("40 billion CFA francs", "9 billion CFA francs", "$120 million",
                    "$80 million"):
        assert surface not in found, surface


def test_a_move_of_the_brent_benchmark_is_no_claim() -> None:
    found = _claims("Nigeria's crude exports rose 4% in May. Brent lost about 6% over the month as "
                    "demand faded.")
    assert "4%" in found and "6%" not in found
