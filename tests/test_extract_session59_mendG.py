"""Session 59, mend G: the goods rules narrowed where reviewers found them over-reaching; each
first test of a mend fails without it (sentences invented)."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Document

_ON = date(2025, 6, 1)


def _goods(text: str, surface: str) -> str | None:
    claims = extract_claims(Document.from_text(text, published=_ON))
    return next(c for c in claims if c.surface == surface).commodity


def test_a_total_after_a_list_of_goods_is_not_the_last_items_goods() -> None:
    text = ("Iraq is pushing to win back the Asian oil market. In April it shipped 3.3 million "
            "bpd of crude and 150,000 bpd of fuel oil, and total exports hit 3.45 million bpd.")
    assert _goods(text, "3.45 million bpd") == "oil"
    text = ("Ukraine has regained a bigger part of the EU grain market this year. Poland bought "
            "400,000 tonnes of Ukrainian wheat in May, and 1.2 million tonnes of corn, bringing "
            "total exports to the EU to 2.5 million tonnes.")
    assert _goods(text, "2.5 million tonnes") == "grain"


def test_a_total_after_figures_of_one_goods_still_takes_those_goods() -> None:
    text = ("Kazakhstan wants a bigger share of the European oil market. In May it sold 120,000 "
            "bpd of crude to Italy, or 20% of its 600,000 bpd of total exports.")
    assert _goods(text, "600,000 bpd") == "crude_oil"


def test_bare_beans_follow_a_traded_crop_not_a_passing_one() -> None:
    text = ("Ghana's cocoa crop recovered this season, traders said, even as fertiliser and "
            "soybean prices rose. Shipments of beans to the Netherlands rose 12% to 210,000 "
            "tonnes.")
    assert _goods(text, "210,000 tonnes") is None
    text = ("Vietnam's coffee exports rose 10% in May. Some farmers in the Central Highlands "
            "have switched land to soy. Exports of the beans to Germany reached 150,000 tonnes.")
    assert _goods(text, "150,000 tonnes") is None


def test_a_varietys_beans_are_not_the_soybeans_before() -> None:
    text = ("China's soybean imports rose 5% in May. Vietnam exported 40,000 tonnes of Arabica "
            "beans to Germany.")
    assert _goods(text, "40,000 tonnes") is None


def test_a_countrys_beans_still_follow_the_soybeans_before() -> None:
    text = ("Mexican soybean imports edged up 2% in June. Buying of U.S. beans dropped 17% to "
            "1.3 million tonnes.")
    assert _goods(text, "1.3 million tonnes") == "food"


def test_a_partners_share_of_a_countrys_exports_of_the_crop_is_not_all_goods() -> None:
    text = ("Zimbabwe's tobacco exports reached $1.3 billion in 2024. China bought 40 percent "
            "of all Zimbabwean exports of the crop.")
    assert _goods(text, "40 percent") is None
    text = ("Botswana's diamond sales fell to $3 billion in 2024. India took 35 percent of all "
            "Botswanan exports of the stones.")
    assert _goods(text, "35 percent") is None


def test_a_partners_share_of_all_a_countrys_exports_is_still_all_goods() -> None:
    text = ("Zimbabwe's tobacco exports reached $1.3 billion in 2024. China bought 40 percent "
            "of all Zimbabwean exports.")
    assert _goods(text, "40 percent") == "trade"


def test_a_total_with_a_part_earning_an_amount_stays_all_goods() -> None:
    text = "Sri Lanka's exports rose 6% to $13 billion, with tea earning $1.4 billion."
    assert _goods(text, "6%") == "trade"


def test_a_total_with_the_bulk_of_it_in_goods_stays_all_goods() -> None:
    text = "Georgian sales to Turkey tripled to $0.9 billion, the bulk of it cement and wine."
    assert _goods(text, "$0.9 billion") == "trade"


def test_an_old_share_in_a_list_item_follows_its_item() -> None:
    text = ("Ghana's exports rose 9 percent to $20 billion. Crude oil made up 30 percent of "
            "exports, gold 45 percent, up from 38 percent, and cocoa 10 percent.")
    assert _goods(text, "38 percent") is None
    assert _goods(text, "30 percent") == "crude_oil"
