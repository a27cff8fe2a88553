"""Session 53, whose flow a figure is (exporter and importer): each test pins one rule of the
session on invented text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def _sides(found: dict, surface: str) -> tuple[str | None, str | None]:  # type: ignore[type-arg]
    return found[surface].exporter, found[surface].importer


def test_a_sale_keeps_its_sides_before_a_purchase_joined_by_and() -> None:
    found = _claims("Chile sold goods worth $74 million to Peru last year and bought $31 million "
                    "of Peruvian fruit.")
    assert _sides(found, "$74 million") == ("CHL", "PER")
    assert _sides(found, "$31 million") == ("PER", "CHL")


def test_a_sale_to_a_named_buyer_joined_to_a_purchase_sells_to_it() -> None:
    found = _claims("Ghana bought Togolese cement worth $52 million in 2023 and sold Togo $19 "
                    "million of cocoa over the same months.")
    assert _sides(found, "$52 million") == ("TGO", "GHA")
    assert _sides(found, "$19 million") == ("GHA", "TGO")


def test_a_one_sided_sale_turns_round_with_a_purchase_joined_by_and() -> None:
    found = _claims("Last year the bloc exported €40 billion of machinery to Chile and bought €12 "
                    "billion from it, the agency said.")
    assert _sides(found, "€40 billion") == (None, "CHL")
    assert _sides(found, "€12 billion") == ("CHL", None)


def test_a_second_verb_the_same_way_keeps_the_subject_and_its_own_partner() -> None:
    # (near miss: `and shipped` goes the same way as `sold`, no counter-flow)
    found = _claims("Chile sold goods worth $74 million to Peru last year and shipped $31 million "
                    "of fruit to Bolivia.")
    assert _sides(found, "$74 million") == ("CHL", "PER")
    assert _sides(found, "$31 million") == ("CHL", "BOL")


def test_a_source_of_most_of_a_total_is_not_its_seller() -> None:
    found = _claims("Peru brought in 12,000 used cars in 2023, most of them from Japan, a 14% "
                    "increase on 2022. Chile imported $2 billion of fuel in 2023, nearly all of it "
                    "from Ecuador.")
    assert _sides(found, "12,000 used cars") == (None, "PER")
    assert _sides(found, "$2 billion") == (None, "CHL")


def test_a_source_of_all_of_a_total_is_its_seller() -> None:
    # (near miss: `all of them`, unhedged, is the whole flow from Japan)
    found = _claims("Peru brought in 12,000 used cars in 2023, all of them from Japan.")
    assert _sides(found, "12,000 used cars") == ("JPN", "PER")


def test_a_hedged_destination_leaves_the_buyer_open_whoever_came_before() -> None:
    found = _claims("Furniture makers in Vietnam worry as US tariffs rise. Vietnam exported $9 "
                    "billion of furniture in 2023, mostly to the US.")
    assert _sides(found, "$9 billion") == ("VNM", None)


def test_a_destination_named_outright_stays_beside_a_hedged_one() -> None:
    # (near miss: the sentence names its buyer unhedged as well)
    found = _claims("Furniture makers in Vietnam worry as US tariffs rise. Vietnam exported $9 "
                    "billion of furniture to the US in 2023, mostly to Texas.")
    assert _sides(found, "$9 billion") == ("VNM", "USA")


def test_a_share_of_an_owners_supplies_flows_to_the_owner() -> None:
    found = _claims("Chile's share of Peru's oil supplies rose to 25 per cent last year.")
    assert _sides(found, "25 per cent") == ("CHL", "PER")


def test_a_share_of_the_whole_market_of_an_owner_flows_to_it() -> None:
    found = _claims("Chile's slice of the whole Peruvian apparel market dropped to 23 per cent "
                    "in 2020.")
    assert _sides(found, "23 per cent") == ("CHL", "PER")
    assert not found["23 per cent"].two_way


def test_a_share_of_an_owners_exports_still_flows_from_the_owner() -> None:
    # (near miss: exports, not supplies)
    found = _claims("Chile's share of Peru's copper exports rose to 25 per cent last year.")
    assert _sides(found, "25 per cent") == ("PER", "CHL")


def test_a_whole_opening_with_of_the_keeps_no_source_of_its_part() -> None:
    found = _claims("Of the 7.1 million tons of cement Chile imported in 2021, 6.4 million tons "
                    "came from Peru, customs data showed.")
    assert _sides(found, "7.1 million tons") == (None, "CHL")
    assert _sides(found, "6.4 million tons") == ("PER", "CHL")


def test_a_whole_named_without_of_the_keeps_its_source() -> None:
    # (near miss: `7.1 million tons of cement from Peru` is the whole flow's own source)
    found = _claims("Chile imported 7.1 million tons of cement from Peru in 2021, customs data "
                    "showed.")
    assert _sides(found, "7.1 million tons") == ("PER", "CHL")
