"""Session 64, mend of the goods rules: the first test of each fix fails without that fix; the
others pin what the rule must still do (sentences invented)."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Document

_ON = date(2025, 6, 1)


def _goods(text: str, surface: str) -> str | None:
    claims = extract_claims(Document.from_text(text, published=_ON))
    return next(c for c in claims if c.surface == surface).commodity


def test_a_sector_before_another_sellers_flow_leaves_that_flow_all_goods() -> None:
    text = ("While the toy industry slowed, Peru's exports climbed 6% to $8 billion in April.")
    assert _goods(text, "$8 billion") == "trade"
    text = ("The glassware industry's lobby said Austria's exports rose 2% to 17 billion euros "
            "in April.")
    assert _goods(text, "17 billion euros") == "trade"


def test_a_sector_that_sells_its_goods_still_names_a_flow_with_no_key() -> None:
    text = ("Portugal's cork industry exported goods worth 1.4 billion euros in 2023, 2% more "
            "than a year before.")
    assert _goods(text, "1.4 billion euros") is None


def test_a_bare_sector_before_a_total_of_all_goods_leaves_the_total_all_goods() -> None:
    text = ("Cut flower exports grew 8% in April. The sector's share of Kenya's exports reached "
            "12%, while total exports came to $900 million.")
    assert _goods(text, "$900 million") == "trade"


def test_a_bare_sector_after_unkeyed_goods_still_sells_them() -> None:
    text = ("Cut flower exports grew 8% in April to $70 million. The sector shipped $65 million "
            "in March.")
    assert _goods(text, "$65 million") is None


def test_goods_naming_a_calendar_stay_the_figures_goods_where_no_others_are_named() -> None:
    text = "Argentina shipped 2.6 million tonnes in April, early in the 2024/25 maize year, up 8%."
    assert _goods(text, "2.6 million tonnes") == "corn"
    text = "Kazakhstan exported 9 million tonnes in the 2022/23 grain year."
    assert _goods(text, "9 million tonnes") == "grain"


def test_goods_naming_a_calendar_beside_other_goods_name_no_flow() -> None:
    text = ("India bought 1.8 million tonnes of ammonia in the April-March 2024/25 fertilizer "
            "year, up 6%.")
    assert _goods(text, "1.8 million tonnes") is None


def test_goods_naming_a_policy_stay_the_figures_goods_where_no_others_are_named() -> None:
    text = ("Ukraine's sugar subsidies let its exports of the crop climb 12% to 700,000 tonnes "
            "in 2024.")
    assert _goods(text, "700,000 tonnes") == "sugar"
    text = ("Under its wheat policy, Egypt bought 12 million tonnes of the grain in 2024, up 5%.")
    assert _goods(text, "12 million tonnes") == "wheat"


def test_goods_naming_a_policy_beside_other_goods_name_no_flow() -> None:
    text = "Japan's rice policy lifted its car exports 4% to $110 billion in 2024."
    assert _goods(text, "$110 billion") == "vehicles"


def test_without_a_pronoun_for_no_goods_leaves_the_whole_all_goods() -> None:
    text = ("Brussels renewed the tariff waiver; without it, Moldova's exports would have "
            "fallen 9% to $3 billion in 2024.")
    assert _goods(text, "$3 billion") == "trade"


def test_without_a_pronoun_for_goods_still_leaves_them_out() -> None:
    text = ("Malta's shipments including fuel climbed 3 percent to 2 billion euros; shipments "
            "without it edged up 1 percent to 1.5 billion.")
    assert _goods(text, "1 percent") is None


def test_without_goods_that_only_qualify_a_noun_leaves_the_whole_all_goods() -> None:
    text = ("Without the steel quotas, Turkey's exports to the EU would have grown 5% in 2024.")
    assert _goods(text, "5%") == "trade"


def test_without_goods_as_the_head_still_leaves_them_out() -> None:
    text = "Without steel, Ukraine's exports fell 4% to $9 billion in 2024."
    assert _goods(text, "$9 billion") is None
