"""Claim rules found on `tests/gold/dev10.jsonl` (varied news wording), pinned by invented
sentences. Quantities are written out by hand, so only the claim logic is exercised."""

from __future__ import annotations

from datetime import date

from claim_helpers import by_surface, parties

FEB_2024 = date(2024, 2, 8)


def test_the_year_of_the_level_compared_with_is_not_the_figures() -> None:
    text = ("Thai exports to Laos reached $31.6 million in 2023. The combined turnover of $34.4 "
            "million was roughly nine times the 2022 level.")
    claims = by_surface(text, (("$31.6 million", 3.16e7, "USD"), ("$34.4 million", 3.44e7, "USD"),
                               ("nine times", 9, "x")), FEB_2024)
    assert claims["$34.4 million"].period_start == "2023-01-01"


def test_a_flow_set_against_a_cap_is_no_cap() -> None:
    text = ("Resolution 2321 caps Laos's coal exports at 7.5 mln tonnes a year, against roughly "
            "19.6 million tonnes sold abroad in 2015.")
    claims = by_surface(text, (("7.5 mln tonnes a year", 7.5e6, "t/yr"),
                               ("19.6 million tonnes", 1.96e7, "t")), FEB_2024)
    assert claims["7.5 mln tonnes a year"].kind == "cap"
    assert claims["19.6 million tonnes"].kind == "level"


def test_an_old_share_in_a_clause_of_its_own() -> None:
    text = "Thailand's share of Laos's crude imports fell to about 27%, from 35% in November."
    claims = by_surface(text, (("27%", 27, "percent"), ("35%", 35, "percent")), FEB_2024)
    assert [claims[s].kind for s in ("27%", "35%")] == ["share", "share"]


def test_a_part_of_one_sides_shipments_goes_on_with_that_flow() -> None:
    text = ("Thailand shipped goods worth $187.3 million to Laos in May, while Lao products worth "
            "$19.6 million went the other way. Rice accounted for $17.9m of the Thai shipments.")
    claims = by_surface(text, (("$187.3 million", 1.873e8, "USD"), ("$19.6 million", 1.96e7,
                                                                     "USD"),
                               ("$17.9m", 1.79e7, "USD")), FEB_2024)
    assert parties(claims["$17.9m"]) == ("THA", "LAO", False)


def test_its_neighbour_is_not_the_country_that_owns_it_in_its_clause() -> None:
    text = ("Thai-Lao trade more than doubles in 2023\n"
            "Trade between Thailand and Laos reached $2.3 billion last year. Thailand's exports to "
            "its neighbour were worth $2.0bn.")
    claims = by_surface(text, (("$2.3 billion", 2.3e9, "USD"), ("$2.0bn", 2e9, "USD")), FEB_2024)
    assert parties(claims["$2.0bn"]) == ("THA", "LAO", False)
