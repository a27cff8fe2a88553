"""Session 36, claim stage (what is carried from sentence to sentence): a share of `them` or
`it` takes the goods of the flow counted just before; a period's flow goes on with goods with no
key; a headline opening on a country before its goods' sales makes it the article's focus."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.extract.claims import focus_country
from tradetrace.extract.headlines import headline_seller
from tradetrace.model import Claim, Document


def _claims(text: str) -> dict[str, Claim]:
    document = Document.from_text(text, published=date(2024, 2, 1))
    return {c.surface: c for c in extract_claims(document)}


def test_share_of_them_takes_unkeyed_goods_of_the_flow_before() -> None:
    claims = _claims("Peru's asparagus exports totalled 150,000 tonnes in 2023, and the United "
                     "States took 60% of them.")
    assert claims["150,000 tonnes"].commodity is None
    assert claims["60%"].kind == "share"
    assert claims["60%"].commodity is None


def test_share_of_it_in_next_sentence_takes_goods_of_the_claim_before() -> None:
    claims = _claims("Peru's asparagus exports reached $400 million in 2023. The United States "
                     "took a third of it.")
    assert claims["$400 million"].commodity is None
    assert claims["a third"].commodity is None


def test_share_of_them_keeps_keyed_goods() -> None:
    claims = _claims("Chile shipped 2.1 million tonnes of cherries in 2023, and China took 90% of "
                     "them.")
    assert claims["90%"].commodity == claims["2.1 million tonnes"].commodity == "food"


def test_share_of_them_with_a_part_named_before_is_the_part() -> None:
    claims = _claims("Norway's exports totalled 287.8 billion crowns in August, and natural gas "
                     "made up 61% of them.")
    assert claims["287.8 billion crowns"].commodity == "trade"
    assert claims["61%"].commodity is None


def test_period_owned_flow_goes_on_with_unkeyed_goods() -> None:
    claims = _claims("Latvia's wood pellet exports fell 12 percent in May to 250,000 tonnes, "
                     "Eurostat data show. Britain took 95,640 tonnes and Denmark 46,157 tonnes. "
                     "May's shipments were worth 45 million euros, down from 53 million euros a "
                     "month earlier.")
    assert claims["250,000 tonnes"].commodity is None
    assert claims["45 million euros"].commodity is None
    assert claims["53 million euros"].commodity is None


def test_bare_flow_after_unkeyed_tonnes_in_money_is_not_carried_on() -> None:
    claims = _claims("Latvian wood pellet exports fell 12 percent in May to 250,000 tonnes, "
                     "Eurostat data show. Latvia's exports were worth 1.2 billion euros.")
    assert claims["1.2 billion euros"].commodity == "trade"


def test_headline_opening_on_a_country_before_its_goods_sales_is_the_focus() -> None:
    text = ("U.S. walnut sales slip 12% in March\nChina bought 40,000 tonnes in March, down 12%, "
            "China's customs said. China also took 9,000 tonnes of almonds.")
    assert focus_country(Document.from_text(text, published=date(2024, 4, 20))) == "USA"
    assert headline_seller("Kenya sisal exports surge on bigger orders") == "KEN"


def test_headline_seller_needs_goods_only_before_an_own_flow() -> None:
    assert headline_seller("India extends onion export ban indefinitely") is None
    assert headline_seller("US soybean exports to China jump") is None
    assert headline_seller("Mexico keeps U.S. pork sales close to record pace") is None
