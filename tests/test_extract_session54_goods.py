"""Session 54, the goods a figure is of: each test pins one rule of the session on invented
text."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Claim, Document

_ON = date(2024, 7, 1)


def _all(text: str) -> list[Claim]:
    return extract_claims(Document.from_text(text, published=_ON))


def _goods(text: str, surface: str) -> str | None:
    return next(c for c in _all(text) if c.surface == surface).commodity


def test_goods_after_a_qualified_demand_for_are_a_cause_not_the_flow() -> None:
    text = ("Malaysia's exports to Japan fell 12 percent in May from a year earlier, as Japanese "
            "demand for chips and screens cooled, the statistics department said.")
    assert _goods(text, "12 percent") == "trade"


def test_a_cause_opening_five_long_words_before_the_goods_still_reaches_them() -> None:
    text = ("Malaysia's exports rose 9.5 percent in May, as demand for sophisticated datacentre "
            "accelerators and top-of-the-range chips surged, the statistics department said.")
    assert _goods(text, "9.5 percent") == "trade"


def test_goods_that_are_the_flows_own_stay_unkeyed_near_a_demand_word() -> None:
    text = ("Malaysia's exports of chips to Japan fell 12 percent in May, as Japanese demand "
            "cooled, the statistics department said.")
    assert _goods(text, "12 percent") is None


def test_a_state_oil_company_names_no_goods_of_its_own() -> None:
    text = ("Nigeria shipped 2 million barrels of crude oil to India in May, port data show. The "
            "state oil company sold another 1.5 million barrels to Spain in June.")
    assert _goods(text, "1.5 million barrels") == "crude_oil"


def test_a_petroleum_ministry_does_not_make_gas_oil() -> None:
    text = ("Algeria's petroleum ministry plans to send three LNG cargoes to Italy, carrying 300 "
            "million cubic metres in all.")
    assert _goods(text, "300 million cubic metres") is None


def test_oil_prices_as_a_cause_leave_all_goods() -> None:
    text = ("Canada's exports to the United States climbed 12% in March as oil prices rose, the "
            "statistics agency said.")
    assert _goods(text, "12%") == "trade"


def test_a_countrys_coal_firms_keep_their_goods_and_their_country() -> None:
    found = next(c for c in _all("Since April, Russian coal firms have shipped 3 million tons to "
                                 "buyers in India.") if c.surface == "3 million tons")
    assert (found.commodity, found.exporter, found.importer) == ("coal", "RUS", "IND")


def test_t_shirts_and_rmg_are_textiles() -> None:
    text = ("Pakistan's RMG shipments to Germany grew 14% in May, while Sri Lanka sold T-shirts "
            "worth $23 million to France.")
    assert _goods(text, "14%") == "textiles"
    assert _goods(text, "$23 million") == "textiles"


def test_a_shirt_word_inside_another_word_is_no_textiles() -> None:
    text = "Egypt sold sweatshirt-printing machines worth $23 million to Kenya in May."
    assert _goods(text, "$23 million") != "textiles"


def test_goods_of_a_cause_clause_after_the_figure_are_not_its_goods() -> None:
    text = "Fiji's imports fell 4.1 percent to 980 million dollars as fuel costs eased."
    assert _goods(text, "980 million dollars") == "trade"


def test_goods_on_higher_sales_after_the_figure_are_a_cause() -> None:
    text = "Fiji's exports climbed 9.5 percent to 410 million dollars on higher sugar sales."
    assert _goods(text, "410 million dollars") == "trade"


def test_goods_after_as_much_for_stay_the_figures() -> None:
    text = ("Jamaica paid twice as much for imported diesel in the first half as in the same "
            "months a year earlier, the energy minister said.")
    assert _goods(text, "twice") == "diesel"
