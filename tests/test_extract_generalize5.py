"""Claim rules found on `tests/gold/dev5.jsonl` (how outlets name the parties), pinned by
invented sentences.

Each test names what went wrong; quantities are written out by hand (what the quantity layer
would hand over), so only the claim logic is exercised.
"""

from __future__ import annotations

from datetime import date

import pytest

import claim_helpers
from claim_helpers import by_surface, claims_from, parties
from tradetrace.extract.sentences import circumstance_opener
from tradetrace.model import Claim

JUNE_2024 = date(2024, 6, 20)


def only_claim(text: str, surface: str, value: float, unit: str) -> Claim:
    return claim_helpers.only_claim(text, surface, value, unit, JUNE_2024)


@pytest.mark.parametrize(("text", "expected"), [
    ("About 400,000 tonnes of Australian barley were bought by Chinese importers in May.",
     ("AUS", "CHN", False)),
    ("Kazakhstan shipped 2 million tonnes of wheat abroad, with Russian mills taking 400,000 "
     "tonnes.", ("KAZ", "RUS", False)),
    ("Brazilian exporters sold 400,000 tonnes of sugar to Egypt in May.", ("BRA", "EGY", False)),
])
def test_a_demonym_before_a_noun_for_traders_stands_for_its_country(
        text: str, expected: tuple[str, str, bool]) -> None:
    assert parties(only_claim(text, "400,000 tonnes", 400_000, "t")) == expected


def test_a_country_in_a_scene_setting_opener_takes_no_part_in_the_flow() -> None:
    text = ("Shut out of Poland's ports, Belaruskali railed 900,000 tonnes of potash to Chinese "
            "buyers in 2023.")
    claim = only_claim(text, "900,000 tonnes", 900_000, "t")
    assert parties(claim) == ("BLR", "CHN", False)


@pytest.mark.parametrize(("text", "opener"), [
    ("Cut off from Lithuania's ports, Belarus sent potash east.",
     "Cut off from Lithuania's ports, "),
    ("Unlike China, Russia kept buying.", "Unlike China, "),
    ("Shipped from Russia, the coal reached Vietnam.", None),  # a trade word: part of the flow
    ("Hit by 20 percent tariffs, Chinese buyers cut orders.", None),  # a figure of its own
    ("In 2023, Russia sent potash east.", None),  # a time, not a scene
])
def test_scene_setting_openers(text: str, opener: str | None) -> None:
    span = circumstance_opener(text, 0, len(text))
    assert (text[span[0]:span[1]] if span else None) == opener


def test_a_trade_word_right_after_and_heads_the_next_coordinate() -> None:
    text = ("Laos's total trade rose 3 percent to $9 billion, with exports climbing 8 percent "
            "to $4 billion and imports easing 1 percent to $5 billion.")
    claims = by_surface(text, (("3 percent", 3, "percent"), ("$9 billion", 9e9, "USD"),
                               ("8 percent", 8, "percent"), ("$4 billion", 4e9, "USD"),
                               ("1 percent", 1, "percent"), ("$5 billion", 5e9, "USD")),
                        JUNE_2024)
    assert (claims["$4 billion"].exporter, claims["$4 billion"].importer) == ("LAO", None)
    assert (claims["$5 billion"].exporter, claims["$5 billion"].importer) == (None, "LAO")


@pytest.mark.parametrize("tail", [
    ", a shipping consultancy estimated from port records.",
    ", a shipping consultancy estimated, most of it through Batumi.",
    ", a shipping consultancy estimated; the rest went by rail.",
])
def test_a_source_estimating_after_a_comma_governs_the_figures_before_it(tail: str) -> None:
    text = "Georgia took in 40,000 barrels per day of Azerbaijani crude last year" + tail
    claim = only_claim(text, "40,000 barrels per day", 40_000, "bbl/d")
    assert claim.modality == "estimated"


def test_a_percent_a_share_moved_from_is_the_old_share() -> None:
    text = "Thailand accounted for 41.2 percent of Laos's trade in 2023, up from 39.5 percent."
    claims = by_surface(text, (("41.2 percent", 41.2, "percent"),
                               ("39.5 percent", 39.5, "percent")), JUNE_2024)
    assert [(c.kind, c.direction) for c in claims.values()] == [("share", None), ("share", None)]


def test_a_rise_from_a_percent_without_a_share_is_still_a_change() -> None:
    text = "Laos's exports to Thailand rose 12 percent in 2023, up from 3 percent in 2022."
    claims = by_surface(text, (("12 percent", 12, "percent"), ("3 percent", 3, "percent")),
                        JUNE_2024)
    assert claims["12 percent"].kind == "change"
    assert claims["3 percent"].kind != "share"


@pytest.mark.parametrize(("text", "surface", "value", "claimed"), [
    ("The 80,000 tons of wheat came on a 40,000-ton bulk carrier from Odesa to Egypt.",
     "40,000-ton", 40_000, False),
    ("Two 300,000-barrel tankers carried Iraqi crude to India.", "300,000-barrel", 300_000,
     False),
    ("Iraq shipped a 300,000-barrel cargo of crude to India.", "300,000-barrel", 300_000, True),
])
def test_the_size_of_a_vessel_is_no_flow(text: str, surface: str, value: float,
                                         claimed: bool) -> None:
    unit = "bbl" if "barrel" in surface else "t"
    found = claims_from(text, ((surface, value, unit),), JUNE_2024)
    assert bool(found) is claimed


def test_a_percent_of_a_debt_and_its_remainder_are_no_claims() -> None:
    text = ("Moscow agreed to a deal writing off 70 percent of Laos's $3 billion Soviet-era debt, "
            "with the remaining $900 million to be repaid over 15 years.")
    assert claims_from(text, (("70 percent", 70, "percent"), ("$3 billion", 3e9, "USD"),
                              ("$900 million", 9e8, "USD")), JUNE_2024) == []


def test_money_for_one_unit_of_goods_is_a_price() -> None:
    text = ("A sack of Thai rice sold for 95,000 kip in Vientiane markets, while Laos imported "
            "20,000 tonnes of rice from Thailand in May.")
    claims = claims_from(text, (("95,000 kip", 95_000, "LAK"), ("20,000 tonnes", 20_000, "t")),
                         JUNE_2024)
    assert [c.surface for c in claims] == ["20,000 tonnes"]


def test_tonnes_or_barrels_under_a_bare_flow_word_are_the_paragraphs_goods() -> None:
    text = ("Kazakhstan's oil exports averaged 1.4 million barrels per day last year. Italy "
            "took about 400,000 bpd of the country's shipments, worth $9 billion.")
    claims = by_surface(text, (("1.4 million barrels per day", 1.4e6, "bbl/d"),
                               ("400,000 bpd", 400_000, "bbl/d"), ("$9 billion", 9e9, "USD")),
                        JUNE_2024)
    assert claims["400,000 bpd"].commodity == "oil"


def test_a_country_kept_supplied_with_goods_receives_them() -> None:
    claim = only_claim("Moscow kept Minsk supplied with about 400,000 barrels per day of crude "
                       "in 2023.", "400,000 barrels per day", 400_000, "bbl/d")
    assert parties(claim) == ("RUS", "BLR", False)


def test_the_country_is_not_the_subject_of_its_own_clause() -> None:
    text = ("Angola's crude exports averaged 1.1 million barrels per day last year. India took "
            "about 20 percent of the country's shipments.")
    claims = by_surface(text, (("1.1 million barrels per day", 1.1e6, "bbl/d"),
                               ("20 percent", 20, "percent")), JUNE_2024)
    assert parties(claims["20 percent"]) == ("AGO", "IND", False)


@pytest.mark.parametrize(("role", "expected"), [
    ("top supplier", ("IRQ", "IND", False)),
    ("biggest buyer", ("IND", "IRQ", False)),
    ("main trading partner", ("IRQ", "IND", True)),
])
def test_a_country_named_as_anothers_supplier_or_buyer_with_a_share(
        role: str, expected: tuple[str, str, bool]) -> None:
    text = f"The deals keep Iraq India's {role} with a 21 percent share, traders said."
    assert parties(only_claim(text, "21 percent", 21, "percent")) == expected


def test_an_amount_in_the_articles_unit_without_a_trade_word_goes_on_about_its_flows() -> None:
    text = ("Mongolia declared 12,500 barrels of diesel supplied to Laos in 2021, the committee's "
            "records show.\n"
            "Most of the 2021 total came late: November alone accounted for 6,100 barrels. In May "
            "the country reported 900 barrels.")
    claims = by_surface(text, (("12,500 barrels", 12_500, "bbl"), ("6,100 barrels", 6_100, "bbl"),
                               ("900 barrels", 900, "bbl")), date(2022, 10, 10))
    for surface, month in (("6,100 barrels", "2021-11"), ("900 barrels", "2021-05")):
        claim = claims[surface]
        assert (claim.commodity, claim.exporter, claim.importer) == ("diesel", "MNG", "LAO")
        assert (claim.period_start or "").startswith(month)


def test_an_amount_in_another_unit_without_a_trade_word_is_no_claim() -> None:
    text = ("Mongolia declared 12,500 barrels of diesel supplied to Laos in 2021.\n"
            "The depot near the border holds 40,000 cubic metres.")
    found = claims_from(text, (("12,500 barrels", 12_500, "bbl"),
                               ("40,000 cubic metres", 40_000, "cubic_meter")), date(2022, 10, 10))
    assert [c.surface for c in found] == ["12,500 barrels"]


def test_for_the_year_keeps_the_year_in_force() -> None:
    text = ("Mongolia declared 12,500 barrels of diesel supplied to Laos in 2021. Kazakhstan "
            "declared none for the year. In May Mongolia shipped 900 barrels of diesel to Laos.")
    claims = by_surface(text, (("12,500 barrels", 12_500, "bbl"), ("900 barrels", 900, "bbl")),
                        date(2022, 10, 10))
    assert claims["900 barrels"].period_start == "2021-05-01"


def test_a_bare_month_in_the_publication_year_stays_there() -> None:
    text = ("Mongolia shipped 12,500 barrels of diesel to Laos in 2022. In May it shipped 900 "
            "barrels of diesel to Laos.")
    claims = by_surface(text, (("12,500 barrels", 12_500, "bbl"), ("900 barrels", 900, "bbl")),
                        date(2022, 10, 10))
    assert claims["900 barrels"].period_start == "2022-05-01"


def test_a_total_in_the_articles_currency_without_a_trade_word_is_its_trade_total() -> None:
    text = ("KOTRA put Laos's 2022 trade at 1.59 billion dollars.\n"
            "The agency revises figures between editions: its 2019 total appeared as 3.24 billion "
            "dollars in one report and 3.22 billion dollars in the next.")
    claims = by_surface(text, (("1.59 billion dollars", 1.59e9, "USD"),
                               ("3.24 billion dollars", 3.24e9, "USD"),
                               ("3.22 billion dollars", 3.22e9, "USD")), JUNE_2024)
    for surface in ("3.24 billion dollars", "3.22 billion dollars"):
        claim = claims[surface]
        assert (claim.commodity, parties(claim)) == ("trade", ("LAO", None, True))
        assert claim.period_start == "2019-01-01"


def test_money_without_a_total_or_a_trade_word_is_no_claim() -> None:
    text = ("KOTRA put Laos's 2022 trade at 1.59 billion dollars.\n"
            "The agency's budget appeared as 3.24 billion dollars in one report.")
    found = claims_from(text, (("1.59 billion dollars", 1.59e9, "USD"),
                               ("3.24 billion dollars", 3.24e9, "USD")), JUNE_2024)
    assert [c.surface for c in found] == ["1.59 billion dollars"]
