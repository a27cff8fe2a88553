"""Session 63, mend of the goods rules: the first test of each fix fails without that fix; the
others pin what the fix must leave alone (sentences invented)."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Document

_ON = date(2025, 6, 1)


def _goods(text: str, surface: str) -> str | None:
    claims = extract_claims(Document.from_text(text, published=_ON))
    return next(c for c in claims if c.surface == surface).commodity


def test_a_bare_flow_sized_as_a_whole_after_unkeyed_goods_is_all_goods() -> None:
    text = ("Bolivia exported 4.3 tonnes of lithium carbonate in May. Exports climbed 9.2% to "
            "$96 billion in May.")
    assert _goods(text, "$96 billion") == "trade"


def test_a_rivals_row_after_unkeyed_goods_keeps_them() -> None:
    text = ("Ghana sold 310,000 tonnes of cocoa beans abroad in 2024. Belgium's imports fell 22% "
            "to $0.9 billion and those of France rose 3%.")
    assert _goods(text, "22%") is None
    text = ("Bolivia exported 40,000 tonnes of lithium carbonate in 2024. Exports earned $600 "
            "million.")
    assert _goods(text, "$600 million") is None


def test_the_other_way_sized_as_a_whole_stays_all_goods() -> None:
    text = ("Ukraine exported 31 million tonnes of maize last season. Imports fell 7% to "
            "$64 billion.")
    assert _goods(text, "$64 billion") == "trade"
    assert _goods(text, "7%") == "trade"
    text = ("Ukraine exported 31 million tonnes of maize in 2024. Imports from Poland rose 12% "
            "to $9 billion.")
    assert _goods(text, "$9 billion") == "trade"


def test_the_other_way_measured_alike_goes_on_with_the_good() -> None:
    text = ("Norwegian salmon exports were worth $12.4 billion in 2024, up from $11.9 billion. "
            "Imports went in the opposite direction and slipped 6 per cent to $210 million.")
    assert _goods(text, "$210 million") == "seafood"


def test_an_owners_flow_sized_as_a_whole_after_one_good_is_its_whole() -> None:
    text = ("Ecuador shipped 640,000 tonnes of frozen shrimp in 2024. Ecuador's exports rose "
            "3.6% to $34 billion, the central bank said.")
    assert _goods(text, "$34 billion") == "trade"
    text = ("Paraguay had exported 2.4 million tonnes of soybeans by June, earning US$980 "
            "million. Paraguay's exports came to US$7.9 billion.")
    assert _goods(text, "US$7.9 billion") == "trade"
    text = "Egypt imported 5 million tonnes of wheat in 2023. Its exports rose 6% to $40 billion."
    assert _goods(text, "$40 billion") == "trade"


def test_an_owners_flow_measured_alike_goes_on_with_the_good() -> None:
    text = ("Mongolia sold 58 million tonnes of coking coal to China in 2024. Mongolia's "
            "exports came to 61 million tonnes in 2025.")
    assert _goods(text, "61 million tonnes") == "coal"


def test_a_share_of_the_total_skips_the_parts_listed_in_it() -> None:
    text = ("Argentina's exports reached $80 billion in 2024, including $21 billion of soybeans. "
            "Brazil took 16% of the total.")
    assert _goods(text, "16%") == "trade"


def test_a_share_of_the_total_after_one_good_has_that_good() -> None:
    text = ("Argentina shipped 21 million tonnes of soybeans in 2024, worth $9 billion. China "
            "took 60% of the total.")
    assert _goods(text, "60%") == "food"


def test_an_owners_whole_after_unkeyed_goods_is_all_goods() -> None:
    text = ("Liberia exported 71,000 tonnes of natural rubber in 2024. Liberia's exports rose 5% "
            "to $1.3 billion.")
    assert _goods(text, "$1.3 billion") == "trade"
    assert _goods(text, "5%") == "trade"



def test_an_owners_flow_after_counts_that_are_not_weights_keeps_the_goods() -> None:
    text = ("Botswana sold 520,000 carats of diamonds to India in May. The value of India's "
            "imports climbed 12% to $95 million.")
    assert _goods(text, "$95 million") is None
