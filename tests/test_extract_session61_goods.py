"""Session 61, goods: the first test of each rule fails without that rule; the others pin what
the rule must leave alone (sentences invented)."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Document

_ON = date(2025, 6, 1)


def _goods(text: str, surface: str) -> str | None:
    claims = extract_claims(Document.from_text(text, published=_ON))
    return next(c for c in claims if c.surface == surface).commodity


def test_a_figureless_topic_of_two_grains_goes_on_as_grain() -> None:
    text = ("Tunisia's wheat and maize purchases have risen every season since the drought. "
            "Romania shipped 1.7 million tonnes in 2024.")
    assert _goods(text, "1.7 million tonnes") == "grain"


def test_a_figureless_topic_of_goods_with_no_common_key_is_not_carried() -> None:
    text = ("Tunisia's coal and maize purchases have risen every season since the drought. "
            "Romania shipped 1.7 million tonnes in 2024.")
    assert _goods(text, "1.7 million tonnes") is None


def test_a_figureless_topic_of_one_line_of_goods_keeps_its_first_key() -> None:
    text = ("Tunisia's maize and grain purchases have risen every season since the drought. "
            "Romania shipped 1.7 million tonnes in 2024.")
    assert _goods(text, "1.7 million tonnes") == "corn"


def test_figures_beside_a_share_of_goods_with_no_key_are_of_those_goods() -> None:
    text = ("Processed goods made up 71.3 per cent of the quarter's exports after rising 8.4 per "
            "cent to RM55.2 billion.")
    assert _goods(text, "71.3 per cent") is None
    assert _goods(text, "8.4 per cent") is None
    assert _goods(text, "RM55.2 billion") is None


def test_a_relative_share_on_an_opening_good_with_no_key_is_of_that_good() -> None:
    text = "Vanilla, which made up 17% of Madagascar's exports, earned US$ 61.5m, a 3.9% gain."
    assert _goods(text, "17%") is None
    assert _goods(text, "US$ 61.5m") is None
    assert _goods(text, "3.9%") is None


def test_a_share_set_off_after_goods_with_no_key_is_of_those_goods() -> None:
    text = "Medical devices, about 28 per cent of all goods shipped in April, eased 1.5% to $3bn."
    assert _goods(text, "28 per cent") is None
    assert _goods(text, "1.5%") is None
    assert _goods(text, "$3bn") is None


def test_a_share_of_everything_exported_or_a_long_whole_is_of_its_part() -> None:
    assert _goods("Surgical instruments accounted for 12.5 per cent of everything Pakistan sold "
                  "in 2023.", "12.5 per cent") is None
    assert _goods("Customs data show that bauxite made up 31 per cent of the value of all "
                  "Guyana's goods exports in 2018.", "31 per cent") is None
    assert _goods("In 2019 Algerian gas had made up just 3.1% of Italian imports.",
                  "3.1%") is None


def test_a_keyed_part_or_a_total_outside_the_share_keeps_its_goods() -> None:
    text = "Coal, which accounted for 21% of Colombia's exports, earned $7.1 billion."
    assert _goods(text, "$7.1 billion") == "coal"
    text = "Tea made up 20% of exports, while total exports rose 6% to $3 billion."
    assert _goods(text, "6%") == "trade"
    text = "Exports rose 5% to $2 billion, and cotton made up 25% of them."
    assert _goods(text, "5%") == "trade"


def test_keyed_goods_after_a_contrast_keep_their_key_beside_a_share_part() -> None:
    text = ("Vanilla, which made up 17% of Madagascar's exports, earned US$ 61.5m, while coal "
            "rose 3.2% to $ 55.3m.")
    assert _goods(text, "US$ 61.5m") is None
    assert _goods(text, "3.2%") == "coal"


def test_an_overall_flow_after_goods_with_no_key_is_all_trade() -> None:
    text = ("Taiwan's chip exports fell 30.2% in the first ten days of May to $1.1 billion. "
            "Overall shipments to China fell 25.3% over the same days. Exports to the United "
            "States, by contrast, rose 4.6%.")
    assert _goods(text, "25.3%") == "trade"
    assert _goods(text, "4.6%") == "trade"


def test_goods_in_a_cause_with_a_figure_do_not_name_the_flow() -> None:
    text = ("Denmark's drug exports fell 10% in May. Total goods exports came to EUR 11.2bn. "
            "Sales to the US slid to EUR 2.1bn, driven by a 36% fall in medicines.")
    assert _goods(text, "EUR 2.1bn") == "trade"


def test_a_bare_flow_right_after_goods_with_no_key_stays_of_those_goods() -> None:
    text = ("Taiwan's chip exports fell 30.2% in the first ten days of May to $1.1 billion. "
            "Shipments to China fell 25.3% over the same days.")
    assert _goods(text, "25.3%") is None
    text = ("Denmark's drug exports fell 10% in May. Total goods exports came to EUR 11.2bn. "
            "Sales of medicines to the US slid to EUR 2.1bn.")
    assert _goods(text, "EUR 2.1bn") is None
