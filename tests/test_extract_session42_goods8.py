"""Commodity rules of the forty-second session (goods8) of 2026-12-05, each pinned by invented
sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted
from tradetrace.extract.commodity import find_commodities

WHEN = date(2024, 11, 20)


def _keys(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.key) for m in find_commodities(text)]


def test_such_goods_after_goods_with_no_key_leave_the_commodity_unknown() -> None:
    """`such goods`, `these products`, `those goods` stand for the goods named before them; after
    goods with no key (`engineering goods`, `semiconductors`) the figure's commodity is unknown,
    not all trade."""
    found = extracted("Brazil sold $310 million of engineering goods to Chile in 2023. Over the "
                      "same period, Peru's purchases of such goods from Brazil rose 12.5 percent "
                      "to $95 million.", WHEN)
    assert found["12.5 percent"].commodity is None
    assert found["$95 million"].commodity is None
    found = extracted("Malta exported semiconductors worth $40 million last year. Imports of "
                      "these products grew 7.2% to 61 million euros in 2023.", WHEN)
    assert found["61 million euros"].commodity is None


def test_such_goods_after_keyed_goods_take_their_key() -> None:
    """After goods with a key (`fish`, `flour and wheat`) the phrase names that key: `Imports of
    these products` are of the fish named before, not all trade nor unknown."""
    found = extracted("Chile earned $2.1 billion from exports of fish in 2023. Imports of these "
                      "products fell to $84 million from $97 million a year earlier.", WHEN)
    assert found["$84 million"].commodity == "seafood"
    assert _keys("Chile earned $2.1 billion from exports of fish. Imports of these products "
                 "fell.")[-1] == ("these products", "seafood")
    # (goods with no key named after the keyed ones are what the phrase stands for)
    assert all(key != "seafood" or surface == "fish" for surface, key in _keys(
        "Chile shipped fish and then copper cathodes. Sales of those goods fell."))


def test_surplus_power_and_power_bought_abroad_are_electricity() -> None:
    """`power` is electricity where a trade word ties it to a flow across an adjective of spare
    supply (`selling surplus power`, `units of surplus power`), after `worth of` or `sales of`,
    or before a participle of trade (`power bought abroad`); not `the party in power sold`, nor
    `surplus power plant`."""
    assert _keys("Laos earned $12 million selling surplus power to Thailand.") == [
        ("power", "electricity")]
    assert _keys("Nepal sold 1.2 billion units of surplus power to India.") == [
        ("power", "electricity")]
    assert _keys("Kyrgyzstan sold $41 million worth of power to Kazakhstan.") == [
        ("power", "electricity")]
    assert _keys("The utility spent 90 million euros on power bought abroad.") == [
        ("power", "electricity")]
    assert _keys("The party in power sold the stake.") == []
    assert _keys("The surplus power plant opened.") == []
    found = extracted("Georgia's utility paid 120 million euros for power bought abroad in "
                      "2023.", WHEN)
    assert found["120 million euros"].commodity == "electricity"


def test_such_goods_after_several_kinds_take_their_common_key_or_none() -> None:
    """Several kinds of keyed goods named before `these goods` give their most specific common
    key (`flour and wheat` -> food); kinds sharing none (`rice and coal`) give no key."""
    assert _keys("Kazakhstan sells flour and wheat to Afghanistan. These goods made up 80% of "
                 "its exports.")[2] == ("These goods", "food")
    assert ("these goods", "coal") not in _keys(
        "Chile sells rice and coal to Peru. Exports of these goods reached $163 million.")


def test_cheese_milk_and_pulse_names_are_food() -> None:
    """`cheddar`, `nonfat dry milk` and the red lentil's Indian names (`masur`, `masoor`) are
    food."""
    found = extracted("Denmark shipped 5,120t of cheddar worth €21 million to Egypt in 2023.",
                      WHEN)
    assert found["5,120t"].commodity == "food"
    found = extracted("Mexico bought 61,000 tonnes of nonfat dry milk from the United States in "
                      "2023.", WHEN)
    assert found["61,000 tonnes"].commodity == "food"
    found = extracted("Canada sold India 410,000 tonnes of masoor in 2023.", WHEN)
    assert found["410,000 tonnes"].commodity == "food"


def test_leather_and_travel_goods_have_no_key() -> None:
    """`leather goods` and `travel goods` (bags, cases) are goods with no key: a figure of them
    alone is of unknown goods, not all trade."""
    found = extracted("Leather goods fell 8.5% to $412 million in 2023.", WHEN)
    assert found["8.5%"].commodity is None
    assert found["$412 million"].commodity is None
    found = extracted("Travel goods rose 4.1 per cent to $287 million in 2023.", WHEN)
    assert found["$287 million"].commodity is None
