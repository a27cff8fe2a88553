"""Which kind (level, change, share, cap) a claim gets (extract/kinds via build_claims).
Sentences are invented; quantities are written out by hand, so only the claim logic runs."""

from __future__ import annotations

from datetime import date

import pytest

from claim_helpers import by_surface, claims_from, only_claim
from tradetrace.model import Quantity

FEB_2023 = date(2023, 2, 3)
MARCH_2023 = date(2023, 3, 1)
FEB_2024 = date(2024, 2, 8)
MAY_2024 = date(2024, 5, 20)
JUNE_2024 = date(2024, 6, 20)
MAY_2025 = date(2025, 5, 20)


@pytest.mark.parametrize("text, new, old", [
    ("Russia's share of Turkey's diesel imports rose to 75 percent from 60 percent a year "
     "earlier.", "75 percent", "60 percent"),
    ("Russia's share of Turkey's diesel imports rose to 75 percent in January from 60 percent.",
     "75 percent", "60 percent"),
    ("China's share of Laos's potash imports fell to about 75% from roughly 60% in 2021.",
     "75%", "60%"),
])
def test_the_percent_a_share_reached_from_is_the_old_share(text: str, new: str,
                                                           old: str) -> None:
    found = by_surface(text, ((new, 75, "percent"), (old, 60, "percent")), FEB_2023)
    assert [(found[s].kind, found[s].direction) for s in (new, old)] == [
        ("share", None), ("share", None)]


def test_a_change_rising_to_a_level_from_a_percent_of_something_else_is_still_a_change() -> None:
    text = "Exports to Laos rose 15 percent to $75 million from $65 million."
    found = by_surface(text, (("15 percent", 15, "percent"), ("$75 million", 7.5e7, "USD"),
                              ("$65 million", 6.5e7, "USD")), FEB_2023)
    assert (found["15 percent"].kind, found["15 percent"].direction) == ("change", "up")


def test_a_ships_deadweight_is_no_claim() -> None:
    from claim_helpers import claims_from

    text = "The North Korean tanker, a 5,000 dwt product carrier, sailed from Nakhodka to Nampo."
    assert claims_from(text, (("5,000 dwt", 5000, "t"),), FEB_2023) == []


@pytest.mark.parametrize("text, surface", [
    ("Laos's external trade fell below $3 billion last year.", "$3 billion"),
    ("Thai rice exports rose above 9 million tonnes in 2023.", "9 million tonnes"),
])
def test_a_level_crossed_is_a_level_not_the_size_of_a_move(text: str, surface: str) -> None:
    value = float(surface.split()[0].strip("$")) * (1e9 if "billion" in surface else 1e6)
    unit = "USD" if surface.startswith("$") else "t"
    found = by_surface(text, (Quantity(text.index(surface), text.index(surface) + len(surface),
                                       surface, value, unit, change="down"),), FEB_2023)
    assert (found[surface].kind, found[surface].direction) == ("level", None)


def test_an_old_share_written_pc() -> None:
    text = "Russia's share of Turkish diesel imports dropped to 58pc from 77pc in January-March."
    found = by_surface(text, (("58pc", 58, "percent"), ("77pc", 77, "percent")), FEB_2023)
    assert [found[s].kind for s in ("58pc", "77pc")] == ["share", "share"]


def test_a_slice_of_the_total_is_a_share() -> None:
    text = ("Laos's trade fell 2.6 percent to $2.7 billion, and Thailand's slice of the total was "
            "98 percent.")
    found = by_surface(text, (("2.6 percent", 2.6, "percent"), ("$2.7 billion", 2.7e9, "USD"),
                              ("98 percent", 98, "percent")), FEB_2023)
    assert found["98 percent"].kind == "share"


# --- shares and their old values ----------------------------------------------------------------

def test_a_percent_a_share_moved_from_is_the_old_share() -> None:
    text = "Thailand accounted for 41.2 percent of Laos's trade in 2023, up from 39.5 percent."
    claims = by_surface(text, (("41.2 percent", 41.2, "percent"),
                               ("39.5 percent", 39.5, "percent")), JUNE_2024)
    assert [(c.kind, c.direction) for c in claims.values()] == [("share", None), ("share", None)]


def test_an_old_share_in_a_clause_of_its_own() -> None:
    text = "Thailand's share of Laos's crude imports fell to about 27%, from 35% in November."
    claims = by_surface(text, (("27%", 27, "percent"), ("35%", 35, "percent")), FEB_2024)
    assert [claims[s].kind for s in ("27%", "35%")] == ["share", "share"]


def test_an_old_share_after_a_move_in_points() -> None:
    text = ("Fuel made up 18.4 percent of Laos's imports last year, down 18 percentage points from "
            "36.4 percent in 2023.")
    claims = by_surface(text, (("18.4 percent", 18.4, "percent"),
                               ("36.4 percent", 36.4, "percent")), MAY_2025)
    assert (claims["36.4 percent"].kind, claims["36.4 percent"].period_start) == (
        "share", "2023-01-01")


def test_a_rise_from_a_percent_without_a_share_is_still_a_change() -> None:
    text = "Laos's exports to Thailand rose 12 percent in 2023, up from 3 percent in 2022."
    claims = by_surface(text, (("12 percent", 12, "percent"), ("3 percent", 3, "percent")),
                        JUNE_2024)
    assert claims["12 percent"].kind == "change"
    assert claims["3 percent"].kind != "share"


def test_a_countrys_reliance_on_another_is_its_share_of_trade_with_a_closing_source() -> None:
    text = "Laos's reliance on Thailand hits record 68.3 pct in 2024: KOTRA"
    claim = by_surface(text, (("68.3 pct", 68.3, "percent"),), MAY_2025)["68.3 pct"]
    assert (claim.kind, claim.commodity, claim.attribution) == ("share", "trade", "KOTRA")
    assert {claim.exporter, claim.importer} == {"THA", "LAO"} and claim.two_way


# --- caps ---------------------------------------------------------------------------------------

def test_a_yearly_ceiling_after_an_owner_is_a_cap_of_the_annual_amount() -> None:
    text = ("Officials say Beijing sent Pyongyang 90,000 barrels of refined products in May, "
            "pushing deliveries toward the UN's 500,000-barrel yearly ceiling.")
    found = by_surface(text, (("90,000 barrels", 9e4, "bbl"),
                              ("500,000-barrel yearly", 5e5, "bbl/yr")), MARCH_2023)
    cap = found["500,000-barrel yearly"]
    assert (cap.kind, cap.unit, cap.commodity) == ("cap", "bbl", "refined_petroleum")


def test_capping_states_a_cap_and_smugglers_stand_for_their_country() -> None:
    text = ("The council capped nothing else, capping Laos's diesel imports at 500,000 barrels. "
            "Thai smugglers moved roughly 400 tons of diesel to Lao buyers in May.")
    claims = by_surface(text, (("500,000 barrels", 5e5, "bbl"), ("400 tons", 400, "t")),
                        MAY_2024)
    assert claims["500,000 barrels"].kind == "cap"
    assert claims["400 tons"].exporter == "THA"


def test_a_flow_set_against_a_cap_is_no_cap() -> None:
    text = ("Resolution 2321 caps Laos's coal exports at 7.5 mln tonnes a year, against roughly "
            "19.6 million tonnes sold abroad in 2015.")
    claims = by_surface(text, (("7.5 mln tonnes a year", 7.5e6, "t/yr"),
                               ("19.6 million tonnes", 1.96e7, "t")), FEB_2024)
    assert claims["7.5 mln tonnes a year"].kind == "cap"
    assert claims["19.6 million tonnes"].kind == "level"


def test_a_multiple_of_a_cap_written_with_its_amount_is_a_ratio() -> None:
    text = ("Tankers delivered an estimated 3.5 million barrels of diesel to Laos in 2023, about "
            "seven times the 500,000-barrel annual ceiling.")
    claims = by_surface(text, (("3.5 million barrels", 3.5e6, "bbl"), ("seven times", 7, "x"),
                               ("500,000-barrel", 5e5, "bbl")), MAY_2024)
    assert (claims["seven times"].kind, claims["seven times"].direction) == ("share", None)


def test_an_amount_that_shall_not_be_exceeded_is_a_cap() -> None:
    text = "Exports of refined petroleum products to Laos shall not exceed 500,000 barrels in 2018."
    assert only_claim(text, "500,000 barrels", 5e5, "bbl", date(2017, 9, 23)).kind == "cap"


@pytest.mark.parametrize("verb", ["will not exceed", "should not exceed"])
def test_a_forecast_that_will_not_exceed_is_no_cap(verb: str) -> None:
    text = f"Thai rice exports {verb} 45 million tonnes this season, the ministry said."
    assert only_claim(text, "45 million tonnes", 4.5e7, "t", date(2024, 7, 1)).kind == "level"


def test_no_more_than_is_a_bound_not_a_cap() -> None:
    text = "Laos shipped no more than 5,000 tonnes of rice to Vietnam in May."
    assert only_claim(text, "5,000 tonnes", 5e3, "t", date(2017, 9, 23)).kind == "level"


def test_contracting_an_amount_of_goods_is_a_planned_purchase() -> None:
    text = ("Thai grain exporters have contracted a further 10,000 tonnes of rice for delivery to "
            "Laos before the end of the year.")
    claim = only_claim(text, "10,000 tonnes", 1e4, "t", date(2024, 10, 15))
    assert (claim.kind, claim.direction, claim.modality) == ("level", None, "planned")


def test_a_trade_that_contracted_by_a_percent_fell() -> None:
    text = "Thai rice exports to Laos contracted 5 percent in 2023."
    claim = only_claim(text, "5 percent", 5, "percent", date(2024, 10, 15))
    assert (claim.kind, claim.direction) == ("change", "down")


@pytest.mark.parametrize(("text", "kind"), [
    ("The Council imposed sanctions on Laos, limiting its purchases of diesel to 2 million "
     "barrels a year.", "cap"),
    ("Laos's diesel imports were limited by bad weather to 2 million barrels a year.", "level"),
])
def test_limiting_purchases_to_an_amount_is_a_cap(text: str, kind: str) -> None:
    found = claims_from(text, (("2 million barrels a year", 2e6, "bbl/yr"),), date(2017, 9, 11))
    assert [c.kind for c in found] == [kind]
