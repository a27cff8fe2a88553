"""Which kind (level, change, share, cap) a claim gets (extract/kinds via build_claims).
Sentences are invented; quantities are written out by hand, so only the claim logic runs."""

from __future__ import annotations

from datetime import date

import pytest

from claim_helpers import by_surface
from tradetrace.model import Quantity

FEB_2023 = date(2023, 2, 3)


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
