"""Session 59, goods: the first test of each rule fails without that rule; the others pin what
the rule must leave alone (sentences invented)."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Document

_ON = date(2025, 6, 1)


def _goods(text: str, surface: str) -> str | None:
    claims = extract_claims(Document.from_text(text, published=_ON))
    return next(c for c in claims if c.surface == surface).commodity


_TOTAL = "Malaysia's exports rose 5 percent to 300 billion ringgit in 2024. "


def test_a_share_list_item_of_unkeyed_goods_is_not_the_first_items_goods() -> None:
    text = _TOTAL + ("Machinery made up 30 percent of exports, toys 12 percent and furniture "
                     "4 percent.")
    assert _goods(text, "30 percent") == "machinery"
    assert _goods(text, "12 percent") is None
    assert _goods(text, "4 percent") is None


def test_a_share_list_item_of_keyed_goods_keeps_its_own_key() -> None:
    text = _TOTAL + ("Machinery made up 30 percent of exports, textiles 12 percent and toys "
                     "4 percent.")
    assert _goods(text, "12 percent") == "textiles"


def test_a_rivals_share_after_a_share_of_goods_keeps_those_goods() -> None:
    text = "Japan took 44 percent of Chile's salmon exports in 2024, while Brazil had 9 percent."
    assert _goods(text, "9 percent") == "seafood"


_PARTS = ("Norway's exports rose 12% to NOK 90 billion in 2024. Fish products made up 41.2% "
          "of the total, while furniture accounted for 22.5%. ")


def test_a_partners_share_after_parts_some_unkeyed_is_of_all_goods() -> None:
    text = _PARTS + "EU countries took 61.3% of the export total."
    assert _goods(text, "22.5%") is None
    assert _goods(text, "61.3%") == "trade"


def test_a_partners_share_after_an_unkeyed_flow_of_its_own_keeps_no_key() -> None:
    text = "Norway's toy exports rose 12% to NOK 9 billion in 2024. Italy took 61.3% of them."
    assert _goods(text, "61.3%") is None


_OIL_TOPIC = "Ghana has won a bigger part of Italy's oil market this year. "


def test_a_bare_flow_in_barrels_takes_its_own_sentences_goods_before_the_topic() -> None:
    text = _OIL_TOPIC + ("Over the first half, Italian refiners took some 115,000 barrels per day "
                         "of Ghanaian crude, or 41% of the country's 280,000 bpd of total exports.")
    assert _goods(text, "280,000 bpd") == "crude_oil"


def test_a_bare_flow_in_barrels_across_a_contrast_keeps_the_topic() -> None:
    text = _OIL_TOPIC + ("Over the first half, Italian refiners took some 115,000 barrels per day "
                         "of Ghanaian diesel, while total exports reached 280,000 bpd.")
    assert _goods(text, "280,000 bpd") == "oil"


def test_a_bare_flow_in_barrels_with_no_goods_in_its_sentence_keeps_the_topic() -> None:
    text = _OIL_TOPIC + "Over the first half, Ghana's total exports reached 280,000 bpd."
    assert _goods(text, "280,000 bpd") == "oil"


def test_goods_after_much_of_it_are_a_part_of_the_total() -> None:
    text = "Belarusian sales to Armenia doubled to $1.7 billion, much of it timber and silver."
    assert _goods(text, "$1.7 billion") == "trade"


def test_goods_in_the_lead_of_a_with_clause_are_a_part_of_the_total() -> None:
    text = ("Purchases from Thailand rose to $38.6 billion in 2024, with furniture and toys in "
            "the lead.")
    assert _goods(text, "$38.6 billion") == "trade"


def test_a_flow_of_unkeyed_goods_with_a_buyer_in_the_lead_keeps_no_key() -> None:
    text = "Kenya's tea exports rose 8% to $700 million, with Pakistan taking the most."
    assert _goods(text, "$700 million") is None


_SOY = "China's soybean imports rose 5% in May. "


def test_bare_beans_after_soybeans_are_food() -> None:
    text = _SOY + "Purchases of U.S. beans dropped 31% to 2.4 million tonnes."
    assert _goods(text, "2.4 million tonnes") == "food"


def test_bare_beans_after_cocoa_have_no_key() -> None:
    text = ("Cocoa farmers in Ghana cut planting this year. Cameroon shipped 40,000 tonnes of "
            "beans to Spain.")
    assert _goods(text, "40,000 tonnes") is None


def test_beans_of_a_named_kind_keep_that_kinds_goods() -> None:
    text = _SOY + "Kenya shipped 30,000 tonnes of mung beans to India."
    assert _goods(text, "30,000 tonnes") == "food"


_COPPER = "Peru's copper sales abroad came to $2.1 billion in May. "


def test_a_share_of_a_countrys_whole_named_after_it_is_of_all_goods() -> None:
    text = _COPPER + "China took 31 percent of all Peruvian exports."
    assert _goods(text, "31 percent") == "trade"


def test_a_share_of_a_countrys_whole_of_unkeyed_goods_keeps_no_key() -> None:
    text = _COPPER + "China took 31 percent of all Peruvian copper exports."
    assert _goods(text, "31 percent") is None


def test_a_share_pointing_back_to_unkeyed_goods_keeps_no_key() -> None:
    text = _COPPER + "China took 31 percent of them."
    assert _goods(text, "31 percent") is None


def test_an_unkeyed_goods_figure_as_a_part_of_a_countrys_whole_keeps_no_key() -> None:
    text = _COPPER + "The metal brought in $2.3 billion, roughly 30% of all Peruvian exports."
    assert _goods(text, "30%") is None
