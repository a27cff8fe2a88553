"""Session 49, review mends (E): each test pins ordinary news text that a rule of the session
over-reached on, read as before the rule."""

from __future__ import annotations

from datetime import date
from functools import partial

from claim_helpers import extracted
from tradetrace.model import Claim

_claims = partial(extracted, published=date(2024, 5, 1))


def _sides(claim: Claim) -> tuple[str | None, str | None]:
    return claim.exporter, claim.importer


def test_a_row_ranked_among_the_worlds_traders_is_no_partner() -> None:
    found = _claims("Thailand's rice exports rose 10% to 8 million tonnes, with Iraq the top "
                    "buyer. India ranked first among global suppliers with 16 million tonnes.")
    assert _sides(found["16 million tonnes"]) == ("THA", None)
    found = _claims("Most of Thailand's rice went to Iraq, which took 1.2 million tonnes. Vietnam "
                    "ranked second among global exporters with 7 million tonnes.")
    assert _sides(found["7 million tonnes"]) == ("VNM", None)


def test_a_row_ranked_among_suppliers_is_no_buyer_of_exports() -> None:
    found = _claims("Thailand's rice exports rose 10% to 8 million tonnes, with Iraq the top "
                    "buyer. India ranked first among suppliers with 16 million tonnes.")
    assert _sides(found["16 million tonnes"]) == ("THA", None)
    found = _claims("China's soybean imports from Brazil rose to 60 million tonnes. The US "
                    "ranked second among suppliers with 25 million tonnes.")
    assert _sides(found["25 million tonnes"]) == ("USA", "CHN")
    found = _claims("Mexico's exports to the US rose to $30 billion in the half. Canada ranked a "
                    "distant second among destinations with $3.6 billion.")
    assert _sides(found["$3.6 billion"]) == ("MEX", "CAN")


def test_a_second_percent_offered_with_or_is_no_share() -> None:
    found = _claims("Wheat exports could fall by 5% or 10% of the 2023 total if the drought "
                    "persists.")
    assert (found["10%"].kind, found["10%"].direction) == ("change", "down")
    found = _claims("OPEC+ will cut output by 3% or 4% of current levels, delegates said.")
    assert (found["4%"].kind, found["4%"].direction) == ("change", "down")
    found = _claims("Exports rose 8.4% to 2 million tonnes, or 52% of the total.")
    assert (found["52%"].kind, found["52%"].direction) == ("share", None)


def test_an_amount_reached_or_a_threshold_before_above_or_below_is_no_change() -> None:
    found = _claims("Exporters may ship up to 2 million tonnes above which a 20% duty applies.")
    assert found["2 million tonnes"].kind == "level"
    found = _claims("The tariff-rate quota allows 100,000 tonnes above which imports face a 40% "
                    "duty.")
    assert found["100,000 tonnes"].kind == "cap"
    found = _claims("Egypt's wheat imports fell to 10 million tonnes below the five-year "
                    "average.")
    assert found["10 million tonnes"].kind == "level"
    found = _claims("Kazakhstan's output stood at 1.6 million bpd above its OPEC+ target of 1.47 "
                    "million bpd.")
    assert found["1.6 million bpd"].kind == "level"
    found = _claims("Kazakhstan produced 90,000 bpd above its quota in May.")
    assert (found["90,000 bpd"].kind, found["90,000 bpd"].direction) == ("change", "up")


def test_a_bare_count_of_motorcycles_is_no_count_of_cars() -> None:
    found = _claims("Car exports rose 5% to 660,000, while motorcycle exports climbed 14% to "
                    "412,000.")
    assert found["660,000"].unit == "car"
    assert "412,000" not in found
    found = _claims("Vehicle exports rose 5% to 660,000 vehicles, while motorcycle exports "
                    "climbed 14% to 412,000.")
    assert found["412,000"].unit == "vehicle"


def test_a_duty_cut_to_under_a_percent_is_no_share_named_before() -> None:
    found = _claims("India's share of global rice exports held at 40%, with duties cut to under "
                    "20% in March.")
    assert (found["20%"].kind, found["20%"].direction) == ("change", "down")
    assert found["40%"].kind == "share"


def test_a_bare_count_of_motorcycles_goes_on_in_motorcycles() -> None:
    found = _claims("Motorcycle imports rose 6% to 156,000 motorcycles in 2022, and 28,000 "
                    "arrived in the first quarter.")
    assert found["28,000"].unit == "motorcycle"
    found = _claims("Kenya brought in 338,701 motorcycles between April and June, nearly 15 times "
                    "the 22,833 imported in the first three months.")
    assert found["22,833"].unit == "motorcycle"
