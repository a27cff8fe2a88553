"""Session 62, mend of the buyers, detection and caps rules: the first test of each finding
fails without its fix; the near miss after it pins what the rule must still do (sentences
invented)."""

from __future__ import annotations

import re
from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.extract.commodity import _agency_tag
from tradetrace.extract.kinds import _balance_gap
from tradetrace.model import Claim, Document, Quantity

_ON = date(2025, 6, 1)


def _claims(text: str) -> dict[str, Claim]:
    return {c.surface: c for c in extract_claims(Document.from_text(text, published=_ON))}


# 1. A gap's own amount is a balance; an amount that fills or narrows the gap is a flow


def test_an_amount_that_narrows_the_gap_is_still_a_flow() -> None:
    text = ("Vietnamese exports to Japan totalled $24 billion in 2024, against imports of "
            "$21 billion. Tokyo hopes to close the gap by buying $3 billion of Vietnamese "
            "shrimp.")
    claim = _claims(text)["$3 billion"]
    assert (claim.exporter, claim.importer) == ("VNM", "JPN")


def test_an_amount_that_covers_a_shortfall_is_still_a_flow() -> None:
    text = ("Morocco, which imports much of its barley and exports little, will cover the "
            "shortfall with 300,000 tonnes of French barley.")
    claim = _claims(text)["300,000 tonnes"]
    assert (claim.exporter, claim.importer) == ("FRA", "MAR")


def test_the_gap_s_own_amount_is_still_a_balance() -> None:
    text = ("Vietnamese exports to Japan totalled $24 billion in 2024, against imports of "
            "$21 billion; the gap now stands at $3 billion.")
    claims = _claims(text)
    assert "$24 billion" in claims and "$3 billion" not in claims


def _quantity(text: str, surface: str) -> Quantity:
    start = text.index(surface)
    value = float(re.sub(r"[^\d.]", "", surface))
    return Quantity(surface=surface, value=value, unit="USD", start=start,
                    end=start + len(surface))


def test_balance_gap_returns_a_bool() -> None:
    text = ("Exports reached $9 billion and imports $7 billion, leaving a gap of $2 billion.")
    assert _balance_gap(text, _quantity(text, "$2 billion")) is True
    assert _balance_gap(text, _quantity(text, "$9 billion")) is False


# 2. A share or amount after a partner's trade role: the role must be a trade role


def test_a_figure_wiped_off_after_markets_is_no_share() -> None:
    text = ("European stock markets tumbled after the sanctions announcement, with nearly 4% "
            "wiped off the DAX.")
    assert "4%" not in _claims(text)


def test_gains_after_plural_markets_are_no_share() -> None:
    text = "Asian currency markets rallied in April, with 9% gains for the Indonesian rupiah."
    assert "9%" not in _claims(text)


def test_visitors_after_customers_are_no_share() -> None:
    text = "Indian customers flocked to Thai resorts, with 30% more visitors than in 2022."
    assert "30%" not in _claims(text)


def test_a_share_after_a_ranked_supplier_role_is_still_a_share() -> None:
    claim = _claims("Vietnam became Korea's top supplier of shrimp, with 36.2%.")["36.2%"]
    assert (claim.kind, claim.exporter, claim.importer) == ("share", "VNM", "KOR")


def test_shares_after_ranked_plural_roles_are_still_shares() -> None:
    text = ("France and Spain remained the leading outlets for Moroccan tomatoes, with 52% and "
            "18% of the total, respectively.")
    claims = _claims(text)
    assert claims["52%"].kind == "share" and claims["18%"].kind == "share"


# 3. `left ... for`: the `for` must follow the departure, its place, time, cargo or vessel


def test_for_after_an_aside_is_no_departure_destination() -> None:
    text = ("A barge left Constanta in April with 45,000 tonnes of maize, good news for "
            "Hungary, whose mills were idle.")
    claim = _claims(text)["45,000 tonnes"]
    assert claim.importer is None


def test_for_after_a_verb_of_its_own_is_no_departure_destination() -> None:
    text = ("A tanker that left Sohar in March carried 500,000 barrels of diesel sold by a "
            "broker acting for Kenya.")
    claim = _claims(text)["500,000 barrels"]
    assert claim.importer is None


def test_for_after_the_cargo_is_still_the_destination() -> None:
    text = "A barge left Constanta in April with 45,000 tonnes of Romanian maize for Hungary."
    claim = _claims(text)["45,000 tonnes"]
    assert (claim.exporter, claim.importer) == ("ROU", "HUN")


def test_for_right_after_an_aside_on_the_port_is_still_the_destination() -> None:
    text = ("A ship with 2,400 head of sheep has sailed from Berbera, Somaliland's main port, "
            "for Qatar.")
    assert _claims(text)["2,400 head"].importer == "QAT"


# 4. Paired buyers: the run of countries must open the subject of the taking verb


def test_a_country_after_besides_is_no_paired_buyer() -> None:
    text = ("Peru sold 220,000 tonnes of blueberries abroad in 2024. Besides Canada, Mexico "
            "took $70 million of them.")
    assert _claims(text)["$70 million"].importer == "MEX"


def test_a_country_after_like_is_no_paired_buyer() -> None:
    text = ("Peru sold 220,000 tonnes of blueberries abroad in 2024. Like Canada, Mexico took "
            "$70 million of them.")
    assert _claims(text)["$70 million"].importer == "MEX"


def test_countries_in_an_opening_with_phrase_are_no_paired_buyers() -> None:
    text = ("With sanctions on Venezuela and Iran, Spain bought 90,000 barrels a day of "
            "Libyan crude in March.")
    assert _claims(text)["90,000 barrels a day"].importer == "ESP"


def test_a_list_of_buyers_opening_the_subject_still_buys_together() -> None:
    text = ("Peru sold 220,000 tonnes of blueberries abroad in 2024. Canada, Mexico and Japan "
            "took $70 million of them.")
    assert _claims(text)["$70 million"].importer is None


def test_a_headline_run_joined_by_a_comma_still_buys_together() -> None:
    text = "Austria, Slovakia took 3.1 mln tonnes of Russian diesel in 2024"
    assert _claims(text)["3.1 mln tonnes"].importer is None


# 5. A cap moved: the change word must be the flow's own verb to make the figure a flow


def test_a_cap_raised_across_an_aside_naming_a_flow_is_still_a_cap() -> None:
    text = ("The ceiling of 200,000 tonnes, set to curb imports from Brazil, was increased to "
            "260,000 tonnes in April.")
    assert _claims(text)["260,000 tonnes"].kind == "cap"


def test_a_flow_moving_on_after_the_cap_is_still_a_flow() -> None:
    text = "The quota was 200,000 tonnes but imports from Brazil rose to 260,000 tonnes in April."
    assert _claims(text)["260,000 tonnes"].kind == "level"


# 6. `_agency_tag` reads up to 40 characters before `start`, as its docstring says


def test_agency_tag_reads_before_the_start() -> None:
    text = "NEW DELHI (PTI) Imports rose."
    at = text.index("Imports")
    assert _agency_tag(text, at, at)  # the tag sits before `start`, in the 40 characters read
    text = "Qatari natural gas (LNG) imports rose."
    assert not _agency_tag(text, 0, text.index("imports"))
