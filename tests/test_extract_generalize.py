"""Claim fields from invented sentences in phrasings the first gold set does not use
(adjectival parties, nominalizations, aliases, trailing estimates).

Each test is named after what went wrong; quantities are written out by hand, so only the claim
logic is exercised.
"""

from __future__ import annotations

from datetime import date

from claim_helpers import by_surface as surfaces
from claim_helpers import parties, quantity_at
from tradetrace.model import Claim, Quantity

JUNE_2023 = date(2023, 6, 12)

q = quantity_at


def by_surface(text: str, *quantities: tuple[str, float, str] | Quantity,
               published: date | None = JUNE_2023) -> dict[str, Claim]:
    return surfaces(text, quantities, published)


def test_turnover_is_total_trade() -> None:
    text = "Turnover between Chile and Peru reached $4.1 billion in 2022."
    claim = by_surface(text, ("$4.1 billion", 4.1e9, "USD"))["$4.1 billion"]
    assert claim.commodity == "trade"


def test_sino_prefix_pairs_china_with_the_other_country() -> None:
    text = "Sino-Vietnamese trade climbed 8 percent to $171 billion last year."
    found = by_surface(text, q(text, "8 percent", 8, "percent", change="up"),
                       ("$171 billion", 1.71e11, "USD"))
    assert parties(found["$171 billion"]) == ("CHN", "VNM", True)
    assert parties(found["8 percent"]) == ("CHN", "VNM", True)


def test_bound_suffix_marks_the_destination() -> None:
    text = "Indian-bound coal from Chile rose to 300,000 tonnes in 2022."
    claim = by_surface(text, ("300,000 tonnes", 3e5, "t"))["300,000 tonnes"]
    assert parties(claim) == ("CHL", "IND", False)


def test_ended_up_in_is_a_destination() -> None:
    text = "About 2 million tonnes of Russian wheat ended up in Egypt in 2022, Turkey said."
    claim = by_surface(text, q(text, "2 million tonnes", 2e6, "t", bound="~"))["2 million tonnes"]
    assert parties(claim) == ("RUS", "EGY", False)


def test_demonym_after_to_is_a_destination() -> None:
    text = "Peru's sales to Japanese buyers came to $3.2 billion in 2022."
    claim = by_surface(text, ("$3.2 billion", 3.2e9, "USD"))["$3.2 billion"]
    assert parties(claim) == ("PER", "JPN", False)


def test_sold_abroad_by_is_a_passive_export() -> None:
    text = "Wheat worth $4 billion was sold abroad by Chile in 2022."
    claim = by_surface(text, ("$4 billion", 4e9, "USD"))["$4 billion"]
    assert claim.exporter == "CHL"


def test_closing_estimate_verb_makes_every_quantity_estimated() -> None:
    text = ("Chile's copper exports rose 4 percent to $48 billion in 2022, with China taking "
            "55 percent, analysts at Cochilco reckon.")
    found = by_surface(text, q(text, "4 percent", 4, "percent", change="up"),
                       ("$48 billion", 4.8e10, "USD"), ("55 percent", 55, "percent"))
    assert {c.modality for c in found.values()} == {"estimated"}
