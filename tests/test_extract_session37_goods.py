"""Commodity rules of the thirty-seventh session of 2026-12-04, each pinned by invented
sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted

WHEN = date(2024, 3, 21)


def test_a_flow_word_bound_to_goods_with_no_key_is_of_those_goods() -> None:
    """`Sulphur purchases ... came to`, `Diamond trade reached`, `imports of synthetic graphite`,
    `trade in raw tobacco`: the subject's flow word counts goods with no key, so the commodity
    is unknown, not all goods."""
    cases = {
        "Sulphur purchases by the kingdom's main phosphate miner, a big fertilizer maker, came "
        "to 1.4 million tonnes in 2023.": "1.4 million tonnes",
        "Diamond trade in Belgium reached $21 billion in 2023, up 4% on the year.":
            "$21 billion",
        "Japan plans to cut its imports of synthetic graphite by 12% this year, to 90,000 tons "
        "from 102,000 tons in 2023.": "90,000 tons",
        "Kenya's trade in raw and cured tobacco shrank to $41 million in 2023.": "$41 million",
        "Sales of surgical implants rose 20 percent to $45 million in 2023.": "$45 million",
    }
    for text, surface in cases.items():
        assert extracted(text, WHEN)[surface].commodity is None, text


def test_total_flows_and_keyed_goods_keep_their_commodity() -> None:
    """Not `total exports`, nor a sentence whose goods have a key (`exports of wild-caught
    seafood`), nor a flow word after the figure (`grew 5% on gas purchases`)."""
    found = extracted("Chile's total exports rose to $98 billion in 2023, led by copper.", WHEN)
    assert found["$98 billion"].commodity == "trade"
    found = extracted("Norway's exports of wild-caught seafood fell to 1.2 million tonnes in "
                      "2023.", WHEN)
    assert found["1.2 million tonnes"].commodity == "seafood"
    found = extracted("Trade between Jordan and Israel grew 5% in 2023 on gas purchases.", WHEN)
    assert found["5%"].commodity == "trade"


def test_buying_power_owned_is_no_electricity() -> None:
    """`India's buying power`, `their purchasing power`: what money buys, not electricity; a
    later bare figure does not take electricity from it (`Laos is buying power from Thailand`
    still is)."""
    found = extracted("India's LNG purchases reached 2.3 million tons in March. Cheaper gas "
                      "improved India's buying power. Qatar supplied 1.1 million tons.", WHEN)
    assert found["1.1 million tons"].commodity is None
    found = extracted("Laos is buying power from Thailand: it bought 300 GWh in 2023.", WHEN)
    assert found["300 GWh"].commodity == "electricity"


def test_fruit_and_vegetable_words_missing_from_the_lexicon_are_food() -> None:
    """`pea exports`, `yellow peas`, `cabbage`, `yams` are food; `apple` and `olive` are food
    right before a trade word or after `of` (`apple imports`, `olive exports`)."""
    cases = {
        "Australia's pea exports rose 12% to 400,000 tonnes in 2023.": "400,000 tonnes",
        "Ghana shipped 30,000 tonnes of yams to Europe in 2023.": "30,000 tonnes",
        "Chile supplied 44 percent of Vietnam's apple imports in 2023.": "44 percent",
        "Tunisia's olive exports rose 9 percent in 2023.": "9 percent",
        "China bought 800,000 tonnes of Canadian yellow peas in 2023.": "800,000 tonnes",
    }
    for text, surface in cases.items():
        assert extracted(text, WHEN)[surface].commodity == "food", text


def test_a_capitalised_goods_word_before_a_verb_is_a_name() -> None:
    """`Apple shipped iPhones worth $10 billion`: a capitalised word that names goods only in
    context is a company before a verb; before a flow noun it is the goods (`Apple exports`)."""
    found = extracted("Apple shipped iPhones worth $10 billion out of India in 2023.", WHEN)
    assert found["$10 billion"].commodity is None
    found = extracted("Apple exports from New Zealand rose 29 per cent in 2023.", WHEN)
    assert found["29 per cent"].commodity == "food"
