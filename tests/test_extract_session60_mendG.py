"""Session 60, mend G: where the goods rules of this session stop (sentences invented); each
test of a finding fails without its mend."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Document

_ON = date(2025, 6, 1)


def _goods(text: str, surface: str) -> str | None:
    claims = extract_claims(Document.from_text(text, published=_ON))
    return next(c for c in claims if c.surface == surface).commodity


def test_makers_buying_inputs_do_not_give_their_goods() -> None:
    text = "Chinese steelmakers cut purchases last quarter, with imports falling 12%."
    assert _goods(text, "12%") == "trade"


def test_makers_buying_from_another_country_do_not_give_their_goods() -> None:
    text = ("Japanese chipmakers stepped up buying from the Netherlands, with imports up 20% in "
            "2024.")
    assert _goods(text, "20%") == "trade"


def test_another_countrys_exports_are_not_the_makers_goods() -> None:
    text = ("German carmakers pressed Brussels over levies while Turkish shipments to Germany "
            "slid 6% in April.")
    assert _goods(text, "6%") == "trade"


def test_makers_sales_after_the_figure_still_give_their_goods() -> None:
    text = "Belgian toymakers eye $40m of Nordic sales next year."
    assert _goods(text, "$40m") is None


def test_bare_products_in_the_sentence_stop_the_crude_carry() -> None:
    text = ("Two firms supplied half of the Omani oil sold to Kenya in 2024, when Kenya bought 6.2 "
            "million tonnes of Omani crude. Its refinery turned it into 5.8 million tonnes of "
            "products.")
    assert _goods(text, "5.8 million tonnes") != "crude_oil"


def test_including_products_stops_the_crude_carry() -> None:
    text = ("Two firms supplied half of the Omani oil sold to Kenya in 2024, when Kenya bought 6.2 "
            "million tonnes of Omani crude. Total shipments to East Africa, including products, "
            "reached 9 million tonnes.")
    assert _goods(text, "9 million tonnes") == "oil"
