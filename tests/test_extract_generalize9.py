"""Claim rules found on `tests/gold/dev9.jsonl` (short clipped passages), pinned by invented
sentences. Quantities are written out by hand, so only the claim logic is exercised."""

from __future__ import annotations

from datetime import date

import pytest

from claim_helpers import by_surface, parties

MAY_2024 = date(2024, 5, 20)


def test_by_an_agencys_count_opening_a_sentence_is_its_source() -> None:
    text = "By KITA's count, Laos's exports came to $261 million in 2023."
    claim = by_surface(text, (("$261 million", 2.61e8, "USD"),), MAY_2024)["$261 million"]
    assert claim.attribution == "KITA's count"


def test_versus_joins_a_flow_to_its_counter_flow() -> None:
    text = ("Laos's imports from Thailand came to $491.1 million versus exports of just $48 "
            "million.")
    claims = by_surface(text, (("$491.1 million", 4.911e8, "USD"), ("$48 million", 4.8e7, "USD")),
                        MAY_2024)
    assert parties(claims["$491.1 million"]) == ("THA", "LAO", False)
    assert parties(claims["$48 million"]) == ("LAO", "THA", False)


def test_money_a_good_is_bringing_in_is_earnings_not_an_import() -> None:
    text = ("Wigs made up more than half of Laos's exports last year, bringing in $167.66 million, "
            "according to KOTRA.")
    claim = by_surface(text, (("$167.66 million", 1.6766e8, "USD"),), MAY_2024)["$167.66 million"]
    assert claim.importer != "LAO"


@pytest.mark.parametrize(("text", "expected"), [
    ("At least 1.1 million tonnes of Lao coal reached Thai ports between July and September.",
     ("LAO", "THA", False)),
    ("The tanker delivered up to 100,000 barrels of diesel to Laos. Treasury also sanctioned two "
     "Singapore-based firms.", (None, "LAO", False)),
])
def test_reaching_a_place_and_a_firms_base(text: str,
                                           expected: tuple[str | None, str, bool]) -> None:
    surface = "1.1 million tonnes" if "coal" in text else "100,000 barrels"
    value, unit = (1.1e6, "t") if "coal" in text else (1e5, "bbl")
    claim = by_surface(text, ((surface, value, unit),), MAY_2024)[surface]
    assert parties(claim) == expected


def test_a_statement_before_a_semicolon_does_not_name_an_owned_totals_partner() -> None:
    text = ("Most Thai crude reaches Vietnamese refiners; Bangkok's exports averaged about 1.5 "
            "million b/d in 2023.")
    claim = by_surface(text, (("1.5 million b/d", 1.5e6, "bbl/d"),), MAY_2024)["1.5 million b/d"]
    assert parties(claim) == ("THA", None, False)


def test_the_goods_of_a_ban_in_a_headline_are_no_goods_of_its_figure() -> None:
    # a headline's figures have no period: nothing comes before them (the conventions' periods
    # only carry forward), even when the body restates them with one
    text = ("Laos trade shrinks 15% to $5.55bn as coal ban bites\n"
            "Laos's trade with the outside world fell 15 percent last year to $5.55 billion, the "
            "agency said.")
    claims = by_surface(text, (("15%", 15, "percent"), ("$5.55bn", 5.55e9, "USD"),
                               ("15 percent", 15, "percent"), ("$5.55 billion", 5.55e9, "USD")),
                        MAY_2024)
    assert claims["$5.55bn"].commodity == "trade"
    assert claims["$5.55bn"].period_start is None


def test_a_passive_supplier_after_its_destination() -> None:
    text = "Crude was supplied to Vientiane by Bangkok at a rate of about 20,000 b/d."
    claim = by_surface(text, (("20,000 b/d", 20_000, "bbl/d"),), MAY_2024)["20,000 b/d"]
    assert parties(claim) == ("THA", "LAO", False)


def test_a_trade_balance_is_no_flow() -> None:
    text = "Laos's trade deficit with Thailand widened to $2 billion in 2023."
    assert "$2 billion" not in by_surface(text, (("$2 billion", 2e9, "USD"),), MAY_2024)


def test_its_neighbour_is_another_country_than_its_owner() -> None:
    text = ("Laos's trade with Thailand recovered in 2023. Bangkok's exports of fertilizer to its "
            "neighbour tripled to 200,000 tonnes in the first half.")
    claims = by_surface(text, (("tripled", 3, "x"), ("200,000 tonnes", 2e5, "t")), MAY_2024)
    assert parties(claims["200,000 tonnes"]) == ("THA", "LAO", False)
