"""Claim rules found on `tests/gold/dev6.jsonl` (multi-sentence DPRK news excerpts), pinned by
invented sentences.

Quantities are written out by hand (what the quantity layer would hand over), so only the claim
logic is exercised.
"""

from __future__ import annotations

from datetime import date

import pytest

from claim_helpers import by_surface, claims_from, parties

MAY_2024 = date(2024, 5, 20)


def test_imports_and_exports_after_a_countrys_total_are_its_own_directions() -> None:
    text = ("The agency put Laos's total trade in 2023 at $9.1 billion. Imports rose to "
            "$5.2 billion and exports to $3.9 billion.")
    claims = by_surface(text, (("$9.1 billion", 9.1e9, "USD"), ("$5.2 billion", 5.2e9, "USD"),
                               ("$3.9 billion", 3.9e9, "USD")), MAY_2024)
    assert parties(claims["$9.1 billion"]) == ("LAO", None, True)
    assert parties(claims["$5.2 billion"]) == (None, "LAO", False)
    assert parties(claims["$3.9 billion"]) == ("LAO", None, False)


def test_a_pair_named_in_a_later_clause_is_that_clauses_own() -> None:
    text = ("Bilateral trade reached $3 billion, while Laos's overall trade rose 5 percent to "
            "$9 billion, excluding $1 billion in Sino-Thai trade.")
    claims = by_surface(text, (("$3 billion", 3e9, "USD"), ("5 percent", 5, "percent"),
                               ("$9 billion", 9e9, "USD"), ("$1 billion", 1e9, "USD")), MAY_2024)
    assert parties(claims["$9 billion"]) == ("LAO", None, True)
    assert parties(claims["$1 billion"]) in (("CHN", "THA", True), ("THA", "CHN", True))


@pytest.mark.parametrize(("adjective", "pair"), [
    ("inter-Korean", {"KOR", "PRK"}),
    ("Russo-Chinese", {"RUS", "CHN"}),
    ("Russo-Indian", {"RUS", "IND"}),
])
def test_one_word_naming_both_sides_of_a_pair(adjective: str, pair: set[str]) -> None:
    text = f"{adjective[0].upper()}{adjective[1:]} trade rose to $2.3 billion last year."
    claim = by_surface(text, (("$2.3 billion", 2.3e9, "USD"),), MAY_2024)["$2.3 billion"]
    assert {claim.exporter, claim.importer} == pair and claim.two_way


def test_a_plans_period_is_not_the_period_reports_go_on_about() -> None:
    text = ("Trade between Laos and Vietnam slid to $84 million in 2015, the agency said. The two "
            "governments had pledged in 2014 to lift bilateral commerce to $1 billion by 2020. "
            "Separate figures show Lao exports to Vietnam at $40 million.")
    claims = by_surface(text, (("$84 million", 84e6, "USD"), ("$1 billion", 1e9, "USD"),
                               ("$40 million", 40e6, "USD")), date(2016, 6, 20))
    assert claims["$1 billion"].modality == "planned"
    assert claims["$40 million"].period_start == "2015-01-01"


def test_the_previous_year_after_a_plan_steps_back_from_the_plans_year() -> None:
    text = ("Laos has set a target of exporting 900,000 tonnes of rice in 2025. In the previous "
            "year it shipped 700,000 tonnes.")
    claims = by_surface(text, (("900,000 tonnes", 9e5, "t"), ("700,000 tonnes", 7e5, "t")),
                        date(2025, 2, 1))
    assert claims["700,000 tonnes"].period_start == "2024-01-01"


def test_a_source_ends_before_show() -> None:
    text = ("Separate figures from the International Trade Centre show Thai exports to Vietnam at "
            "$40 million in 2015.")
    claim = by_surface(text, (("$40 million", 40e6, "USD"),), date(2016, 6, 20))["$40 million"]
    assert claim.attribution == "the International Trade Centre"
    assert parties(claim) == ("THA", "VNM", False)


def test_a_shares_partner_is_the_subject_not_the_country_named_last() -> None:
    text = ("Thailand was Laos's second-largest trading partner after China, though it accounted "
            "for less than 2 percent of Vientiane's overall trade.")
    claim = by_surface(text, (("2 percent", 2, "percent"),), MAY_2024)["2 percent"]
    assert (claim.exporter, claim.importer) == ("THA", "LAO")


def test_bring_in_is_an_import() -> None:
    text = "Laos's trade ministry ordered firms to bring in 50,000 tons of Thai diesel in December."
    claim = by_surface(text, (("50,000 tons", 5e4, "t"),), MAY_2024)["50,000 tons"]
    assert parties(claim) == ("THA", "LAO", False)


def test_a_demonym_before_goods_in_general_is_their_origin() -> None:
    text = ("Thai customs put trade with Vietnam at $9 billion in 2023; Thai supplies came to "
            "about $6 billion, while Vietnamese goods brought in fell 3% to $3 billion.")
    claims = by_surface(text, (("$9 billion", 9e9, "USD"), ("$6 billion", 6e9, "USD"),
                               ("3%", 3, "percent"), ("$3 billion", 3e9, "USD")), MAY_2024)
    assert parties(claims["$6 billion"]) == ("THA", "VNM", False)
    assert parties(claims["$3 billion"]) == ("VNM", "THA", False)


def test_the_two_countries_in_another_clause_speak_for_a_clause_without_a_subject() -> None:
    text = ("Laos supplied 12,000 barrels of diesel to Cambodia in 2023, and Thailand 8,000 "
            "barrels. Together the two countries declared about 2,700 tonnes, which an agency in "
            "Hanoi converted to some 21,000 barrels.")
    claims = by_surface(text, (("12,000 barrels", 12_000, "bbl"), ("8,000 barrels", 8_000, "bbl"),
                               ("2,700 tonnes", 2_700, "t"), ("21,000 barrels", 21_000, "bbl")),
                        MAY_2024)
    for surface in ("2,700 tonnes", "21,000 barrels"):
        assert (claims[surface].exporter, claims[surface].importer) == (None, "KHM")


def test_a_time_phrase_opening_a_source_is_not_part_of_it() -> None:
    text = "In March the ministry reported imports of 4,800 barrels of diesel from Thailand."
    claim = by_surface(text, (("4,800 barrels", 4_800, "bbl"),), MAY_2024)["4,800 barrels"]
    assert claim.attribution == "the ministry"


def test_the_old_value_of_a_price_and_a_price_goods_fetch_are_no_claims() -> None:
    text = ("The price of rice in Vientiane rose to 9,200 kip per kilogram in May, up from 8,500 "
            "kip a month earlier. Corn sold for 4,100 kip, while the U.S. dollar traded at 21,000 "
            "kip.")
    found = claims_from(text, (("9,200 kip", 9_200, "LAK"), ("8,500 kip", 8_500, "LAK"),
                               ("4,100 kip", 4_100, "LAK"), ("21,000 kip", 21_000, "LAK")),
                        MAY_2024)
    assert found == []


def test_a_sale_naming_its_sides_is_a_flow() -> None:
    text = "Laos sold 20,000 tonnes of rice to Thailand for $9 million in May."
    found = claims_from(text, (("20,000 tonnes", 20_000, "t"), ("$9 million", 9e6, "USD")),
                        MAY_2024)
    assert [c.surface for c in found] == ["20,000 tonnes", "$9 million"]


def test_the_same_amount_of_a_budget_in_another_currency_is_no_claim() -> None:
    text = ("The budget includes 21.4 billion kip for food aid through the World Food Programme, "
            "equal to about $1 million.")
    assert claims_from(text, (("21.4 billion kip", 21.4e9, "LAK"), ("$1 million", 1e6, "USD")),
                       MAY_2024) == []


def test_a_containers_size_and_a_count_of_sources_are_no_claims() -> None:
    text = ("Thai fertilizer is smuggled into Laos; a 50-kilogram sack was selling at markets "
            "for less, and one source said buying had slowed.")
    found = claims_from(text, (("50-kilogram", 50, "kilogram"), ("one source", 1, "source")),
                        MAY_2024)
    assert found == []


def test_a_multiple_of_a_cap_written_with_its_amount_is_a_ratio() -> None:
    text = ("Tankers delivered an estimated 3.5 million barrels of diesel to Laos in 2023, about "
            "seven times the 500,000-barrel annual ceiling.")
    claims = by_surface(text, (("3.5 million barrels", 3.5e6, "bbl"), ("seven times", 7, "x"),
                               ("500,000-barrel", 5e5, "bbl")), MAY_2024)
    assert (claims["seven times"].kind, claims["seven times"].direction) == ("share", None)


def test_capping_states_a_cap_and_smugglers_stand_for_their_country() -> None:
    text = ("The council capped nothing else, capping Laos's diesel imports at 500,000 barrels. "
            "Thai smugglers moved roughly 400 tons of diesel to Lao buyers in May.")
    claims = by_surface(text, (("500,000 barrels", 5e5, "bbl"), ("400 tons", 400, "t")),
                        MAY_2024)
    assert claims["500,000 barrels"].kind == "cap"
    assert claims["400 tons"].exporter == "THA"


def test_a_flow_stated_without_a_figure_gives_the_figures_after_it_their_sides() -> None:
    text = ("Thai fertilizer is being smuggled into Laos in larger quantities, sources said. A "
            "trader estimated that around 3,000 tons of urea crossed the Mekong in March.")
    claim = by_surface(text, (("3,000 tons", 3_000, "t"),), MAY_2024)["3,000 tons"]
    assert (claim.commodity, parties(claim)) == ("fertilizer", ("THA", "LAO", False))


def test_a_flow_stated_of_other_goods_gives_nothing() -> None:
    text = ("Thai fertilizer is being smuggled into Laos in larger quantities, sources said. A "
            "trader estimated that around 3,000 tons of rice were eaten in March.")
    claims = claims_from(text, (("3,000 tons", 3_000, "t"),), MAY_2024)
    assert all(c.exporter is None for c in claims)


@pytest.mark.parametrize("opening", ["Hanoi officials, however, believe",
                                     "Vietnam's officials believe", "Hanoi estimates"])
def test_a_country_whose_officials_believe_reports(opening: str) -> None:
    text = f"{opening} Thailand has shipped well over 1 million barrels of diesel to Laos."
    claim = by_surface(text, (("1 million barrels", 1e6, "bbl"),), MAY_2024)["1 million barrels"]
    assert parties(claim) == ("THA", "LAO", False)


def test_a_country_reporting_its_own_supply_is_its_subject() -> None:
    text = ("Thailand reported supplying 11,745 barrels of diesel to Laos in August. That brought "
            "its total for the year to 38,334 barrels.")
    claims = by_surface(text, (("11,745 barrels", 11_745, "bbl"), ("38,334 barrels", 38_334,
                                                                    "bbl")), MAY_2024)
    assert parties(claims["11,745 barrels"]) == ("THA", "LAO", False)
    assert parties(claims["38,334 barrels"]) == ("THA", "LAO", False)


@pytest.mark.parametrize(("text", "expected"), [
    ("Laos brought in about 17,000 tons of diesel from Thailand and Vietnam in May.",
     (None, "LAO", False)),
    ("Thailand shipped about 17,000 tons of diesel to Laos and Cambodia in May.",
     ("THA", None, False)),
    ("Laos brought in about 17,000 tons of diesel from Thailand in May and sold some to Vietnam.",
     ("THA", "LAO", False)),
])
def test_several_origins_or_destinations_together_leave_that_side_open(
        text: str, expected: tuple[str | None, str | None, bool]) -> None:
    claim = by_surface(text, (("17,000 tons", 17_000, "t"),), MAY_2024)["17,000 tons"]
    assert parties(claim) == expected


def test_when_a_capping_rule_was_adopted_is_not_the_caps_period() -> None:
    text = ("The council capped Laos's diesel imports at 500,000 barrels a year, down from the "
            "2 million barrels allowed under a resolution adopted in September.")
    claims = by_surface(text, (("500,000 barrels a year", 5e5, "bbl/yr"),
                               ("2 million barrels", 2e6, "bbl")), date(2017, 12, 22))
    assert claims["2 million barrels"].kind == "cap"
    assert claims["2 million barrels"].period_start is None


@pytest.mark.parametrize(("sentence", "source"), [
    ("Thailand's customs agency has separately estimated that Laos bought 9,000 tons of sugar "
     "last year.", "Thailand's customs agency"),
    ("Citing information from one member state, the panel said Laos bought 9,000 tons of sugar "
     "last year.", "the panel"),
    ("The ministry put Laos's sugar imports at 8,000 tons last year, lower than KOTRA's "
     "estimate of 9,000 tons of sugar.", "KOTRA"),
])
def test_sources_behind_adverbs_citations_and_owned_estimates(sentence: str, source: str) -> None:
    claim = by_surface(sentence, (("9,000 tons", 9_000, "t"),), MAY_2024)["9,000 tons"]
    assert claim.attribution == source


def test_a_revised_figures_old_value_is_of_the_same_period_and_an_aside() -> None:
    text = ("Laos's foreign trade shrank 7 percent last year to $8 billion, the agency said. It "
            "also revised its figure for 2022 to $8.7 billion from the $8.9 billion it announced a "
            "year ago. Imports of fuel reached $1.2 billion.")
    claims = by_surface(text, (("7 percent", 7, "percent"), ("$8 billion", 8e9, "USD"),
                               ("$8.7 billion", 8.7e9, "USD"), ("$8.9 billion", 8.9e9, "USD"),
                               ("$1.2 billion", 1.2e9, "USD")), MAY_2024)
    assert claims["$8.7 billion"].period_start == claims["$8.9 billion"].period_start == \
        "2022-01-01"
    assert claims["$1.2 billion"].period_start == "2023-01-01"


def test_a_later_clause_keeps_its_own_source() -> None:
    text = ("Thailand reported no diesel exports to Laos for the month, though industry sources "
            "estimate Bangkok still supplies about 520,000 tonnes a year through the pipeline.")
    claim = by_surface(text, (("520,000 tonnes a year", 5.2e5, "t/yr"),),
                       MAY_2024)["520,000 tonnes a year"]
    assert claim.attribution == "industry sources"


def test_a_possessive_before_estimate_makes_it_a_noun_not_a_verb_of_saying() -> None:
    text = ("Laos's trade totaled $2.95 billion last year by the Trade Ministry's count, lower "
            "than KOTRA's estimate of $3.24 billion.")
    claims = by_surface(text, (("$2.95 billion", 2.95e9, "USD"),
                               ("$3.24 billion", 3.24e9, "USD")), MAY_2024)
    assert claims["$2.95 billion"].attribution == "the Trade Ministry's count"
    assert claims["$3.24 billion"].attribution == "KOTRA"
