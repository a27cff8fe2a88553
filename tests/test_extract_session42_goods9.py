"""Session 42 (goods9): goods carried from a headline or a sentence with no figure."""

from datetime import date

from claim_helpers import extracted


def _goods(text: str) -> dict[str, str | None]:
    return {surface: c.commodity for surface, c in extracted(text, date(2025, 6, 20)).items()}


def test_headline_goods_go_on_to_first_bare_flows() -> None:
    text = ("Brazil buys more Argentine wheat\n"
            "Brazil cut purchases from Uruguay by 4.2% in May while buying 18% more from "
            "Argentina, traders said.")
    goods = _goods(text)
    assert goods["4.2%"] == "wheat"
    assert goods["18%"] == "wheat"


def test_goods_of_sentence_without_figure_go_on() -> None:
    text = ("Indonesia's coal exporters face weaker demand from India this year. "
            "Shipments to Vietnam rose 14% in May, traders said.")
    assert _goods(text)["14%"] == "coal"


def test_mixed_goods_with_no_key_do_not_go_on() -> None:
    text = ("Pakistan's wheat and cotton growers expect a good harvest. "
            "Shipments to China rose 9% in April, traders said.")
    assert _goods(text)["9%"] == "trade"


def test_goods_named_as_cause_of_all_goods_flow_do_not_go_on() -> None:
    text = ("Vietnamese sales to Laos edged up in March, helped by higher sales of rice. "
            "Shipments to Laos rose 3% to $40 million, customs data showed.")
    goods = _goods(text)
    assert goods["3%"] == "trade"
    assert goods["$40 million"] == "trade"
