"""Session 64, goods: the first test of each rule fails without that rule; the others pin what
the rule must leave alone (sentences invented)."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Document

_ON = date(2025, 6, 1)


def _goods(text: str, surface: str) -> str | None:
    claims = extract_claims(Document.from_text(text, published=_ON))
    return next(c for c in claims if c.surface == surface).commodity


def test_a_sector_of_unkeyed_goods_that_ships_goods_abroad_sells_its_own_goods() -> None:
    text = ("Portugal's cork industry exported goods worth 1.2 billion euros in 2024, 3.5% more "
            "than a year earlier, the trade body said.")
    assert _goods(text, "1.2 billion euros") is None
    assert _goods(text, "3.5%") is None
    text = ("Across all buyers, Estonian exports in the furniture sector slipped by 41 million "
            "euros to 690 million euros last year.")
    assert _goods(text, "690 million euros") is None


def test_a_bare_definite_sector_after_unkeyed_goods_goes_on_with_them() -> None:
    text = ("Exports of laptops earned Thailand $1.9 billion in March, 12 percent more than a year "
            "earlier. According to customs, the category brought in $20.4 billion in 2024, or "
            "7.1 percent of the kingdom's export turnover.")
    assert _goods(text, "$20.4 billion") is None
    assert _goods(text, "7.1 percent") is None
    text = ("Kenya's exports of cut flowers reached 1.1 billion dollars in 2024, up 8 percent. "
            "The sector's foreign sales had come to 0.9 billion dollars in 2022, the growers said.")
    assert _goods(text, "0.9 billion dollars") is None


def test_a_sector_of_no_goods_leaves_the_whole_alone() -> None:
    text = ("Peru's private sector exported goods worth $60 billion in 2024, up 9 percent, the "
            "central bank said.")
    assert _goods(text, "$60 billion") == "trade"
    text = ("Colombia's exports rose 6% to $49 billion in 2024, the industry ministry said.")
    assert _goods(text, "6%") == "trade"


def test_a_bare_definite_sector_after_all_goods_stays_all_goods() -> None:
    text = ("Chile's exports rose to $99 billion in 2024, up 3 percent. The sector had shipped "
            "$95 billion in 2022, the central bank said.")
    assert _goods(text, "$95 billion") == "trade"


def test_a_total_without_the_goods_it_leaves_out_has_no_key() -> None:
    text = ("Croatia's imports including fuel rose 6% to 2.3 billion euros in March; without fuel "
            "they rose 9% to 1.9 billion euros.")
    assert _goods(text, "9%") is None
    assert _goods(text, "1.9 billion euros") is None
    assert _goods(text, "6%") == "trade"
    text = ("Cyprus's sales abroad counting fuel gained 4.4 percent to about 3 billion euros; "
            "without it they gained 2 percent to 1.8 billion.")
    assert _goods(text, "2 percent") is None


def test_goods_left_out_by_a_verb_and_out_leave_a_whole_with_no_key() -> None:
    text = ("Bulgarian exports fell 8.1% in May 2025. Leave petroleum products out and the "
            "decline narrows to 1.9%, the statistics office said.")
    assert _goods(text, "1.9%") is None


def test_goods_left_aside_or_excluded_keep_the_whole_all_goods() -> None:
    text = "Leaving crude oil aside, Norway's exports came to $70.2 billion in 2024."
    assert _goods(text, "$70.2 billion") == "trade"
    text = ("Exports rose to $9.6 billion last year, officials said, but without coffee they grew "
            "only to $4.1 billion.")
    assert _goods(text, "$9.6 billion") == "trade"
    text = "Romania sold 2.1 million tonnes of oil without a tender in 2024."
    assert _goods(text, "2.1 million tonnes") == "oil"
    text = ("Leaving out electricity, Nepal's trade with the world totalled $1.4 billion in June, "
            "6 percent below May.")
    assert _goods(text, "$1.4 billion") == "trade"


def test_a_list_item_set_beside_unkeyed_goods_by_at_is_of_those_goods() -> None:
    text = ("Wheat made up 41% of the value of Kazakhstan's farm exports in 2024, followed by "
            "cotton at 12% and wool at 6%.")
    assert _goods(text, "12%") is None
    assert _goods(text, "6%") is None
    assert _goods(text, "41%") == "wheat"


def test_a_list_item_set_beside_keyed_goods_by_at_keeps_their_key() -> None:
    text = ("Cotton made up 36% of the value of Benin's farm exports in 2024, followed by "
            "cashews at 14% and rice at 6%.")
    assert _goods(text, "6%") == "rice"


def test_the_whole_a_sectors_share_is_of_stays_all_goods() -> None:
    text = ("Belgian sales abroad of drugs and medical devices rose 31% in March to €9.2 billion. "
            "The sector made up 44.1% of the €20.9 billion of goods Belgium sold abroad that "
            "month.")
    assert _goods(text, "€20.9 billion") == "trade"


def test_goods_naming_a_trade_calendar_or_a_policy_are_no_flows_goods() -> None:
    text = ("Brazil brought in 2.1 million tonnes of ammonia during the July-June 2024/25 "
            "fertilizer year, 4.1% up on the 2 million tonnes a year before.")
    assert _goods(text, "2.1 million tonnes") is None
    assert _goods(text, "4.1%") is None
    text = ("The government's fertilizer policy cut Kenya's coffee output in May by 12.2 per cent "
            "to 3.1 million kg.")
    assert _goods(text, "3.1 million kg") is None


def test_goods_before_a_year_that_dates_their_figure_stay_goods() -> None:
    text = "Egypt's wheat imports rose 12.5% year-on-year to 1.3 million tonnes in May."
    assert _goods(text, "12.5%") == "wheat"
    text = "India imported 3.4 million tonnes of fertilizer in May, up 9 percent."
    assert _goods(text, "3.4 million tonnes") == "fertilizer"
