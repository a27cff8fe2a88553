"""Commodity rules of the forty-fourth session (goods11), each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted

WHEN = date(2024, 11, 20)


def test_non_oil_before_a_flow_noun_is_a_total_of_trade() -> None:
    """`non-oil sales`, `non-petroleum purchases`: every good but oil, a total of trade, not goods
    with no key of their own; a product of a narrower key stays what it is (`non-basmati` is
    rice)."""
    found = extracted("Oman's non-oil sales to Kenya climbed to $310 million in 2023.", WHEN)
    assert found["$310 million"].commodity == "trade"
    found = extracted("Qatar's non-petroleum purchases from Peru fell 12 percent in 2023.", WHEN)
    assert found["12 percent"].commodity == "trade"
    found = extracted("Pakistan's non-basmati shipments reached 3.1 million tonnes in 2023.", WHEN)
    assert found["3.1 million tonnes"].commodity == "rice"


def test_fruit_and_pulse_words_in_the_singular_are_food() -> None:
    """`Pomegranate exports`, `apricot sales`, `lemon volumes`, and (before a trade word or after
    `of` only) `pulse exports`, `orange exports`: food, as their plurals are; `Orange County` is
    a place, not goods."""
    found = extracted("Pomegranate exports from Herat reached 4,200 tons in 2023.", WHEN)
    assert found["4,200 tons"].commodity == "food"
    found = extracted("Armenia's apricot sales rose 31% to $48.5 million in 2023.", WHEN)
    assert found["$48.5 million"].commodity == "food"
    found = extracted("Argentina's lemon exports fell 9 percent in 2023.", WHEN)
    assert found["9 percent"].commodity == "food"
    found = extracted("Myanmar's pulse exports topped $900 million in 2023.", WHEN)
    assert found["$900 million"].commodity == "food"
    found = extracted("Egypt's orange exports rose 14% to 1.9 million tonnes in 2023.", WHEN)
    assert found["1.9 million tonnes"].commodity == "food"
    found = extracted("Orange County's exports rose 5% in 2023.", WHEN)
    assert found["5%"].commodity == "trade"


def test_phosphate_logs_neon_and_cellulose_are_goods_with_no_key() -> None:
    """Phosphate, logs, neon, cellulose: goods the taxonomy has no key for, so a bare flow word
    that goes on with them (`..., and shipments rose 12%`) counts them, an unknown commodity
    rather than all trade; a phosphate fertilizer keeps its key."""
    for goods, flow in (("more phosphate than ever", "shipments"),
                        ("more phosphates than ever", "shipments"),
                        ("more round logs than ever", "shipments"),
                        ("its neon abroad", "imports"), ("its cellulose abroad", "shipments")):
        found = extracted(f"Togo sells {goods}, and {flow} rose 12% in 2023.", WHEN)
        assert found["12%"].commodity is None, goods
    found = extracted("India's phosphate fertilizer imports rose 12% in 2023.", WHEN)
    assert found["12%"].commodity == "fertilizer"


def test_industrial_gases_and_spodumene_are_goods_with_no_key() -> None:
    """Noble gases (`xenon`, `krypton`), hydrogen and its compounds (`hydrogen fluoride`) and
    the lithium ore spodumene: goods the taxonomy has no key for, so a bare flow word that goes
    on with them counts them, an unknown commodity rather than all trade."""
    for goods, flow in (("its xenon abroad", "imports"), ("its krypton abroad", "imports"),
                        ("its hydrogen fluoride abroad", "imports"),
                        ("more spodumene than ever", "shipments")):
        found = extracted(f"Chile sells {goods}, and {flow} rose 12% in 2023.", WHEN)
        assert found["12%"].commodity is None, goods


def test_rice_in_the_husk_is_rice() -> None:
    """`palay` (the Philippine word for rice in the husk) is rice; `paddy` too, but only after
    `of` or before a trade word (a `paddy` is also a rice field: `paddy planting`)."""
    found = extracted("Farmers harvested 8.2 million tonnes of palay in January-June 2023.", WHEN)
    assert found["8.2 million tonnes"].commodity == "rice"
    found = extracted("Laos sold 1.4 million tonnes of paddy to Vietnam in 2023.", WHEN)
    assert found["1.4 million tonnes"].commodity == "rice"
    found = extracted("Myanmar's paddy exports rose 12% in 2023.", WHEN)
    assert found["12%"].commodity == "rice"
    found = extracted("Sri Lanka bought 65,000 tonnes of urea so that paddy planting would "
                      "not be disrupted in 2023.", WHEN)
    assert found["65,000 tonnes"].commodity == "fertilizer"


def test_coconut_and_copra_products_are_goods_with_no_key() -> None:
    """`coconut product exports`, `copra products`: coconut goods of every kind (oil, copra,
    meal, desiccated coconut), no key of their own, so the commodity is unknown rather than all
    trade; coconut oil stays food."""
    found = extracted("In January-September 2023, coconut product exports reached 1.2 million "
                      "MT, a 16 percent gain on a year earlier.", WHEN)
    assert found["1.2 million MT"].commodity is None
    assert found["16 percent"].commodity is None
    found = extracted("Coconut oil exports rose 12% in 2023.", WHEN)
    assert found["12%"].commodity == "food"
