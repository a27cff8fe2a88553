"""Session 53, mends of the parties rules: each test pins a reviewer's over-reach finding (on
invented text) the mend put right."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2025, 6, 1))


def _sides(found: dict, surface: str) -> tuple[str | None, str | None]:  # type: ignore[type-arg]
    return found[surface].exporter, found[surface].importer


def test_a_share_of_a_known_sellers_supplies_flows_from_the_seller() -> None:
    found = _claims("China's share of Russia's oil supplies rose to 50 per cent last year.")
    assert _sides(found, "50 per cent") == ("RUS", "CHN")
    found = _claims("Egypt's share of Russia's wheat supplies fell to 20 per cent.")
    assert _sides(found, "20 per cent") == ("RUS", "EGY")


def test_a_share_of_supplies_to_somewhere_flows_from_their_owner() -> None:
    found = _claims("Germany's share of Norway's gas supplies to Europe fell to 30 per cent.")
    assert _sides(found, "30 per cent") == ("NOR", "DEU")


def test_a_share_of_a_buyers_supplies_still_flows_to_the_buyer() -> None:
    # (near miss: the owner sells no gas or wheat; the share-holder does)
    found = _claims("Norway's share of Germany's gas supplies fell to 30 per cent.")
    assert _sides(found, "30 per cent") == ("NOR", "DEU")
    found = _claims("Ukraine's share of Egypt's wheat supplies fell to 20 per cent.")
    assert _sides(found, "20 per cent") == ("UKR", "EGY")


def test_a_share_of_the_total_market_of_an_owner_flows_to_it() -> None:
    found = _claims("Russia's share of the total Indian oil market reached 40 per cent.")
    assert _sides(found, "40 per cent") == ("RUS", "IND")
    assert not found["40 per cent"].two_way


def test_a_hedged_place_inside_the_buyer_kept_leaves_it_the_buyer() -> None:
    found = _claims("Vietnam's furniture exports to the US jumped last year. Vietnam shipped $9 "
                    "billion of furniture in 2023, mostly to California.")
    assert _sides(found, "$9 billion") == ("VNM", "USA")
    found = _claims("Kenya's tea sales to Pakistan boomed last year. Kenya shipped 200,000 tonnes "
                    "of tea in 2023, mostly to Pakistani blenders.")
    assert _sides(found, "200,000 tonnes") == ("KEN", "PAK")


def test_there_keeps_the_buyer_named_before_beside_a_hedged_place() -> None:
    found = _claims("Kenya's tea sales to Pakistan boomed last year. Kenya shipped 200,000 tonnes "
                    "of tea there in 2023, mostly to Karachi.")
    assert _sides(found, "200,000 tonnes") == ("KEN", "PAK")


def test_a_partner_after_with_is_both_coordinate_verbs() -> None:
    found = _claims("Chile sold $74 million of goods and bought $50 million in its trade with "
                    "Peru last year.")
    assert _sides(found, "$74 million") == ("CHL", "PER")
    assert _sides(found, "$50 million") == ("PER", "CHL")


def test_a_one_sided_sale_turns_round_only_back_to_its_partner() -> None:
    found = _claims("Last year the bloc exported €40 billion of machinery to Chile and bought €12 "
                    "billion of solar panels.")
    assert _sides(found, "€12 billion") == (None, None)
    # (near miss: the partner as the second verb's object turns it round)
    found = _claims("Last year the bloc bought around EUR 3.9 billion of Chilean goods and sold "
                    "the country about EUR 6.2 billion worth.")
    assert _sides(found, "EUR 6.2 billion") == (None, "CHL")


def test_an_of_the_opening_takes_any_approximate_word() -> None:
    for hedge in ("just over", "close to"):
        found = _claims(f"Of the {hedge} 12 million tonnes of wheat Egypt imported, 9 million "
                        "tonnes came from Russia.")
        assert _sides(found, "12 million tonnes") == (None, "EGY")
        assert _sides(found, "9 million tonnes") == ("RUS", "EGY")
