"""Session 41, parties round 10 (exporter, importer, two-way): rules pinned on text written for
them."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted
from tradetrace.model import Claim


def _claims(text: str, published: date = date(2024, 6, 10)) -> dict[str, Claim]:
    return extracted(text, published)


def _sides(claim: Claim) -> tuple[str | None, str | None, bool]:
    return claim.exporter, claim.importer, claim.two_way


def test_share_of_the_total_held_by_listed_buyers_has_no_single_buyer() -> None:
    # countries listed together before a share of the seller's total hold it together: no
    # one of them is its buyer
    claims = _claims("Peru's mango exports rose 6% to 250,000 tonnes in May. Spain and Italy "
                     "together took 90,000 tonnes, or 36% of the total, while Chile bought "
                     "12,000 tonnes.")
    assert _sides(claims["36%"]) == ("PER", None, False)
    assert _sides(claims["12,000 tonnes"]) == ("PER", "CHL", False)


def test_share_of_the_total_after_a_part_to_one_of_the_listed_buyers() -> None:
    # the flow to one of them just before does not make the joint share that buyer's
    claims = _claims("Chile's copper concentrate exports rose 5% to 1.2 million tonnes in May. "
                     "Concentrate sent to Japan jumped 12% to 300,000 tonnes, and Japan, India "
                     "and South Korea together took almost 70% of the total.")
    assert _sides(claims["300,000 tonnes"]) == ("CHL", "JPN", False)
    assert _sides(claims["70%"]) == ("CHL", None, False)


def test_shares_split_among_listed_buyers_keep_each_buyer() -> None:
    # `respectively` splits the figures among the countries: each keeps its own
    claims = _claims("Peru's mango exports rose 6% to 250,000 tonnes in May. Spain and Italy "
                     "took 20% and 15% of the total, respectively.")
    assert _sides(claims["20%"])[0] == "PER"
    assert claims["20%"].importer is not None


def test_possessive_goods_earnings_are_the_owner_sales_abroad() -> None:
    # `Ghana's cocoa revenue`: what the owner's goods fetched abroad, its exports
    claims = _claims("Ghana's cocoa revenue fell 8.4% to $775 million in April, the board said.")
    for surface in ("8.4%", "$775 million"):
        assert _sides(claims[surface]) == ("GHA", None, False)


def test_possessive_goods_earnings_in_a_headline() -> None:
    claims = _claims("Tanzania's cashew receipts jump 30% on Asian demand\n"
                     "The figures were released on Monday by the central bank.")
    assert _sides(claims["30%"]) == ("TZA", None, False)


def test_earnings_without_goods_are_no_flow_of_the_owner() -> None:
    # an earnings noun after no goods (`quarterly earnings`) names no sales abroad
    from tradetrace.extract.roles import owned_goods_earnings

    text = "Mexico's quarterly earnings fell 8.4% to $775 million."
    assert owned_goods_earnings(text, 0, len(text)) == []
    text = "Mexico's avocado earnings fell 8.4% to $775 million."
    assert owned_goods_earnings(text, 0, len(text)) == [(17, 25)]


def test_period_word_between_owner_and_flow_noun_keeps_the_owner() -> None:
    # `Botswana's Q3 rough diamond exports`: a quarter is a modifier of the noun phrase
    claims = _claims("Botswana's Q3 rough diamond exports sink 66%\n"
                     "The figures were released on Monday by the central bank.",
                     date(2020, 11, 10))
    assert _sides(claims["66%"]) == ("BWA", None, False)


def test_listed_countries_split_before_the_shares_keep_their_own_sides() -> None:
    # `respectively` after the list splits the figures among its countries
    from tradetrace.extract.flows import joint_part
    from tradetrace.extract.parties import find_countries
    from tradetrace.model import Quantity

    text = ("The United States and Brazil supplied 6.7 million tons and 6.6 million tons, "
            "respectively, or 45.8% and 44.7% of the total.")
    at = text.index("44.7%")
    quantity = Quantity(start=at, end=at + 5, surface="44.7%", value=44.7, unit="percent")
    assert joint_part(text, quantity, 0, find_countries(text, 0, len(text))) == frozenset()


def test_listed_rivals_after_a_preposition_hold_no_share() -> None:
    # `behind Australia and Malaysia`: the rivals are no subject of the share after them
    from tradetrace.extract.flows import joint_part
    from tradetrace.extract.parties import find_countries
    from tradetrace.model import Quantity

    text = ("The sultanate ranks sixth among Japan's suppliers, behind Australia and Malaysia, "
            "and provides about 6% of the country's imports.")
    at = text.index("6%")
    quantity = Quantity(start=at, end=at + 2, surface="6%", value=6.0, unit="percent")
    assert joint_part(text, quantity, 0, find_countries(text, 0, len(text))) == frozenset()
    text = "Spain and Italy together took 36% of the total."
    at = text.index("36%")
    quantity = Quantity(start=at, end=at + 3, surface="36%", value=36.0, unit="percent")
    assert joint_part(text, quantity, 0, find_countries(text, 0, len(text))) == {"ESP", "ITA"}
