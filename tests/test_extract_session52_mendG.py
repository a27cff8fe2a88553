"""Review mends of the fifty-second session's goods rules (2026-12-06): ordinary news sentences
the rules over-reached on, each pinned to its output before the rule."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 5, 1))


def test_exports_with_fuel_opening_a_sentence_count_the_fuel() -> None:
    """`Exports with fuel grew` opening a sentence is the total's figure, like lower-case
    `Greek exports with fuel grew`."""
    found = _claims("Exports with fuel grew 13% to 4 billion euros in March, Greece's statistics "
                    "office said.")
    assert found["13%"].commodity == "trade"
    assert found["4 billion euros"].commodity == "trade"
    found = _claims("Greek exports with fuel grew 13% to 4 billion euros in March, Greece's "
                    "statistics office said.")
    assert found["4 billion euros"].commodity == "trade"
    found = _claims("Russia supplied Ruritania with fuel worth $30 million in May.")
    assert found["$30 million"].commodity == "oil"


def test_meat_fillets_are_no_seafood() -> None:
    """A bare `fillet(s)` with meat or poultry within two words before it, or a steak after it,
    is the cut of meat (`chicken fillet exports`, `beef fillets`, `Fillet steak`), while bare
    `chilled fillets` and fish-named fillets stay seafood."""
    found = _claims("Brazil's chicken fillet exports to Japan rose 8% to $1.2 billion in 2023.")
    assert found["$1.2 billion"].commodity == "food"
    found = _claims("Argentina exported 12,000 tonnes of beef fillets to Israel in 2023, worth "
                    "$140 million.")
    assert found["12,000 tonnes"].commodity == "food"
    assert found["$140 million"].commodity == "food"
    found = _claims("Beef fillets worth $30 million were shipped from Uruguay to Israel in "
                    "March.")
    assert found["$30 million"].commodity == "food"
    found = _claims("Fillet steak exports from Ireland to Britain rose 5% in 2023.")
    assert found["5%"].commodity is None
    found = _claims("Norway exported 20,000 tonnes of fillets to Poland in 2023, worth $140 "
                    "million.")
    assert found["$140 million"].commodity == "seafood"
    found = _claims("Vietnam's exports of pangasius fillets to the US rose 10% to $200 million "
                    "in 2023.")
    assert found["$200 million"].commodity == "seafood"


def test_the_fuel_after_crude_and_a_refined_fuel_is_oil() -> None:
    """After crude and a refined fuel both counted, `the fuel` is oil of every kind, not the
    refined fuel left once crude is set aside; after diesel alone it is still diesel."""
    found = _claims("In March India bought 1.2 million barrels per day of crude from Russia and "
                    "200,000 tonnes of diesel from the UAE. Russia supplied 40% of the fuel "
                    "India imported in the month.")
    assert found["40%"].commodity == "oil"
    found = _claims("India imported 1.9 million barrels per day of crude in June and 90,000 "
                    "tonnes of jet fuel. Russia supplied 42% of the fuels.")
    assert found["42%"].commodity == "oil"
    found = _claims("India bought 1.6 million barrels per day of crude and 100,000 tonnes of "
                    "diesel from Russia in May, and paid $5 billion for the fuel.")
    assert found["$5 billion"].commodity == "oil"
    found = _claims("Ruritania imported 2 million tonnes of diesel in 2023, the ministry said. "
                    "Russia supplied 60 percent of the fuel.")
    assert found["60 percent"].commodity == "diesel"


def test_only_words_that_point_back_stand_for_goods_named_before() -> None:
    """Only `the fuel`, `the grain` (cereal) and `the oil` for crude stand for the narrower
    goods named or counted before; `the chicken` or `the meat` after sugar is food, as written;
    `the grain` after rice is still rice, `the oil` after crude still crude."""
    found = _claims("Brazil exported 3 million tonnes of sugar in May. Shipments of the chicken "
                    "to Saudi Arabia were worth $200 million.")
    assert found["$200 million"].commodity == "food"
    found = _claims("Despite a bumper sugar harvest, Brazil's sales of the meat to China were "
                    "worth $6 billion in 2023.")
    assert found["$6 billion"].commodity == "food"
    found = _claims("With diesel prices high, Kenya cut imports of the fuel by 15%, while Uganda "
                    "took 30% of the oil it buys from Tanzania.")
    assert found["30%"].commodity == "oil"
    found = _claims("Brazil shipped 72,000 barrels per day of crude to India in May. Most of the "
                    "oil came from Petrobras, with Tupi making up 43 per cent of the flows.")
    assert found["43 per cent"].commodity == "crude_oil"
    found = _claims("Vietnam exported 8 million tonnes of rice in 2023. Shipments of the grain "
                    "to the Philippines were worth $3 billion.")
    assert found["$3 billion"].commodity == "rice"


def test_a_definite_grain_qualifying_a_noun_stands_for_no_goods_before() -> None:
    """`The grain trade with the Philippines` (`the grain deal`, `the fuel subsidy`): the broad
    word only qualifies another noun, so it stands for no narrower goods counted before."""
    found = _claims("Vietnam exported 8 million tonnes of rice in 2023. The grain trade with the "
                    "Philippines was worth $3 billion.")
    assert found["$3 billion"].commodity == "grain"


def test_a_definite_grain_set_against_or_named_after_keeps_its_word() -> None:
    """`the grain` stands for no narrower kind named after it in its clause (`mostly wheat`)
    nor for one set against its clause (`grows enough rice for itself, but`, `Despite a bumper
    rice harvest,`); with neither it still stands for the kind named before it."""
    found = _claims("Egypt grows enough rice for itself, but its purchases of the grain from "
                    "abroad, mostly wheat, were worth $3 billion in 2023.")
    assert found["$3 billion"].commodity == "grain"
    found = _claims("Egypt grows rice, and its purchases of the grain from abroad, mostly wheat, "
                    "were worth $3 billion in 2023.")
    assert found["$3 billion"].commodity == "grain"
    found = _claims("Despite a bumper rice harvest, Ruritania's purchases of the grain were worth "
                    "$3 billion in 2023.")
    assert found["$3 billion"].commodity == "grain"
    found = _claims("Ruritania produces rice, and its purchases of the grain were worth $3 "
                    "billion in 2023.")
    assert found["$3 billion"].commodity == "rice"
