"""Session 63, goods: the first test of each rule fails without that rule; the others pin what
the rule must leave alone (sentences invented)."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Document

_ON = date(2025, 6, 1)


def _goods(text: str, surface: str) -> str | None:
    claims = extract_claims(Document.from_text(text, published=_ON))
    return next(c for c in claims if c.surface == surface).commodity


def test_a_partner_share_of_the_total_has_the_goods_of_the_paragraphs_last_level() -> None:
    text = ("Peru shipped 812,000 tonnes of frozen squid abroad last year, worth $1.4 billion. "
            "South Korea led the buyers with 38.5% of the total, even though its purchases fell "
            "4%.")
    assert _goods(text, "38.5%") == "seafood"
    text = ("Ecuador's sales of cut roses to Russia reached $96 million in 2024. The Netherlands "
            "took 21% of the total, while Kazakhstan took 9%.")
    assert _goods(text, "21%") is None


def test_a_share_of_the_total_whose_sentence_names_its_own_goods_keeps_them() -> None:
    text = ("Chile shipped 7.1 million tonnes of fruit abroad in 2024, worth $6.2 billion. "
            "Copper concentrate made up 12% of the total.")
    assert _goods(text, "12%") is None
    text = ("Uruguay's exports climbed to $13.2 billion last year. Beef made up 23% of the total, "
            "while soybeans added 11%.")
    assert _goods(text, "23%") == "food"


def test_an_owners_bare_flow_after_figures_of_one_good_goes_on_with_that_good() -> None:
    text = ("Mongolia sold 61 million tonnes of coking coal to China in 2024, customs data show. "
            "Mongolia's exports rose 12.4%, while Russia's shipments fell 3.1%.")
    assert _goods(text, "12.4%") == "coal"
    text = ("Kazakhstan shipped 9.1 million tonnes of wheat to Uzbekistan in 2024. The state "
            "trader's sales rose 14.5% over the year.")
    assert _goods(text, "14.5%") == "wheat"


def test_an_owners_bare_flow_with_no_goods_counted_before_stays_its_whole() -> None:
    text = "Mongolia's exports rose 12.4% in 2024, customs data show."
    assert _goods(text, "12.4%") == "trade"
    text = ("Mongolia sold 61 million tonnes of coking coal to China in 2024, customs data show. "
            "Non-coal exports rose 4.9% over the year.")
    assert _goods(text, "4.9%") != "coal"


def test_a_bare_word_for_oil_qualifying_a_noun_does_not_stop_the_paragraphs_crude() -> None:
    text = ("Japan's monthly purchases of Gabonese crude fell below two million barrels in May. "
            "Japan lost its place as Gabon's top oil customer in May, when its imports sank to "
            "1.1 million barrels. In April it had bought 2.4 million barrels.")
    assert _goods(text, "2.4 million barrels") == "crude_oil"


def test_a_bare_oil_counted_after_the_crude_is_what_the_paragraph_counts() -> None:
    text = ("Japan's monthly purchases of Gabonese crude fell below two million barrels in May. "
            "Gabon sold 9.3 million barrels of oil to Asia in the quarter. In April Japan had "
            "bought 2.4 million barrels.")
    assert _goods(text, "2.4 million barrels") == "oil"


def test_goods_inside_a_capitalised_name_do_not_stop_the_paragraphs_crude() -> None:
    text = ("Brazil became Portugal's largest source of crude oil in March, according to the "
            "Portuguese Agency of Petroleum Products. Brazilian oil was 21.4% of the 1.2 million "
            "tonnes Portugal imported. Angola came next on 13.5%, though its deliveries shrank "
            "38.7%.")
    assert _goods(text, "13.5%") == "crude_oil"
    text = ("Brazil became Portugal's largest source of crude oil in March, ahead of its petroleum "
            "products. Brazilian oil was 21.4% of the 1.2 million tonnes Portugal imported. Angola "
            "came next on 13.5%, though its deliveries shrank 38.7%.")
    assert _goods(text, "13.5%") != "crude_oil"


def test_a_bare_flow_after_a_paragraphs_figures_of_unkeyed_goods_has_no_key() -> None:
    text = ("Ecuador sold 410,000 tonnes of cocoa beans abroad in 2024. Malaysia's imports fell "
            "36% to $1.5 billion and those of Indonesia rose 4%.")
    assert _goods(text, "36%") is None
    assert _goods(text, "$1.5 billion") is None
    text = ("Vietnam's cashew exports rose 18% to $3.6 billion in 2024. India's exports to "
            "Vietnam grew 21.8% to 84,000 tonnes.")
    assert _goods(text, "21.8%") is None


def test_a_bare_flow_after_unkeyed_goods_that_outgrows_them_or_names_all_goods_is_trade() -> None:
    text = ("Ghana exported 38,000 tonnes of natural rubber worth $410 million last season. For "
            "the whole year, Ghana's exports totalled $17.2 billion.")
    assert _goods(text, "$17.2 billion") == "trade"
    text = ("Ecuador sold 410,000 tonnes of cocoa beans abroad in 2024. Malaysia's total imports "
            "fell 36% to $1.5 billion.")
    assert _goods(text, "36%") == "trade"


def test_the_other_way_after_a_paragraph_of_one_good_goes_on_with_that_good() -> None:
    text = ("Chilean salmon exports were worth $6.1 billion in 2024, slightly below the $6.3 "
            "billion of 2023. Imports went in the opposite direction and climbed 21 per cent "
            "to $90 million.")
    assert _goods(text, "21 per cent") == "seafood"
    assert _goods(text, "$90 million") == "seafood"


def test_the_other_way_from_the_paragraphs_buyer_stays_all_goods() -> None:
    text = ("Kenya exported 14,000 tonnes of avocados to Spain in 2024, worth $31 million. "
            "Purchases from Spain climbed from $2 million to $5 million.")
    assert _goods(text, "$5 million") == "trade"


def test_a_share_of_a_ports_cargo_after_one_good_is_of_that_good() -> None:
    text = ("Indonesia shipped 4.2 million tonnes of thermal coal through Samarinda in May. India "
            "was the leading buyer and took 41% of the port's cargo, with China on 22%.")
    assert _goods(text, "41%") == "coal"


def test_a_share_of_a_ports_goods_after_one_good_stays_all_goods() -> None:
    text = ("Indonesia shipped 4.2 million tonnes of thermal coal through Samarinda in May. India "
            "was the leading buyer and took 41% of the port's goods, with China on 22%.")
    assert _goods(text, "41%") == "trade"


def test_a_one_way_flow_opening_the_body_takes_no_goods_from_the_headline() -> None:
    text = ("Peruvian fish sales to Japan climb as tariffs ease\nPeru's exports to Japan rose "
            "12.5 percent in May to 48.2 million dollars, according to the exporters' "
            "association.")
    assert _goods(text, "12.5 percent") == "trade"
