"""Session 61, claim parties on the buyer side: each test pins one rule of the session on
invented text; each rule's own tests fail without it, and its near misses guard its reach."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2025, 6, 1))


def _sides(found: dict, surface: str) -> tuple[str | None, str | None]:
    return found[surface].exporter, found[surface].importer


# A demonym owning the exports after it is the seller's flow with everyone


def test_demonym_owned_exports_drop_the_buyer_carried_from_before() -> None:
    found = _claims("Peru sold 40,000 tonnes of zinc to Japan in March. Peruvian exports of "
                    "copper climbed 12% to 210,000 tonnes in the same month.")
    assert _sides(found, "40,000 tonnes") == ("PER", "JPN")
    assert _sides(found, "12%") == ("PER", None)
    assert _sides(found, "210,000 tonnes") == ("PER", None)


def test_demonym_with_goods_before_exports_owns_them_too() -> None:
    found = _claims("Peru sold 40,000 tonnes of zinc to Japan in March. Peruvian zinc exports "
                    "climbed 12% in the quarter.")
    assert _sides(found, "12%") == ("PER", None)


def test_demonym_exports_to_a_named_buyer_keep_it() -> None:
    # near miss: the partner follows the flow noun, so the flow is not the whole
    found = _claims("Japan bought 40,000 tonnes of zinc from Peru in March. Peruvian exports to "
                    "Japan climbed 12% in the quarter.")
    assert _sides(found, "12%") == ("PER", "JPN")


def test_demonym_exports_told_as_part_of_the_pairs_trade_keep_the_partner() -> None:
    # near miss: `made up ... of the total` makes the exports one half of the pair's trade
    found = _claims("Trade between Peru and Japan rose 8% to $2 billion. Peruvian exports made "
                    "up $1.5 billion of the total.")
    assert _sides(found, "$1.5 billion") == ("PER", "JPN")
