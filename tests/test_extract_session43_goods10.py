"""Session 43 (goods10): a definite `the fuel` that points back to a fuel with no key named in
an earlier sentence. Sentences written for these tests."""

from datetime import date

from claim_helpers import extracted


def _goods(text: str) -> dict[str, str | None]:
    return {surface: c.commodity for surface, c in extracted(text, date(2025, 6, 20)).items()}


def test_the_fuel_after_uranium_in_the_sentence_before_has_no_key() -> None:
    text = ("Kazakhstan was the largest seller of enriched uranium to France in 2024. "
            "French imports of the fuel reached $1.4 billion, up 12% on the year.")
    goods = _goods(text)
    assert goods["$1.4 billion"] is None
    assert goods["12%"] is None


def test_the_fuel_with_a_hyphenated_epithet_after_lng_has_no_key() -> None:
    text = ("Qatar kept its lead among LNG exporters in the first half. "
            "Shipments of the super-cooled fuel to Europe averaged 9.2 million tonnes.")
    assert _goods(text)["9.2 million tonnes"] is None


def test_the_fuel_after_a_keyed_fuel_keeps_it() -> None:
    text = ("Chile's diesel imports rose 8% in May, data from the Ministry of Energy, Natural "
            "Gas and Mining show. Enap bought 41% of the fuel shipped in from abroad.")
    assert _goods(text)["41%"] == "diesel"


def test_the_fuel_after_liquefied_petroleum_gas_stays_petroleum() -> None:
    text = ("Peru shipped more liquefied petroleum gas to Ecuador in March. "
            "Sales of the fuel to its neighbour came to 52,000 tonnes.")
    assert _goods(text)["52,000 tonnes"] == "oil"  # (LPG has a key: not unknown)


def test_date_before_a_flow_or_crop_word_is_the_fruit() -> None:
    text = ("Algeria's date exports rose 18% to 95 million dollars last season. The country "
            "expects a date crop of 1.2 million tonnes this year.")
    goods = _goods(text)
    assert goods["18%"] == "food"
    assert goods["95 million dollars"] == "food"
    assert goods["1.2 million tonnes"] == "food"


def test_fruit_nut_and_farm_words_are_food() -> None:
    text = ("Nectarine exports to Japan could reach 40 million dollars next season. "
            "Pakistan sold Korea goods worth $31 million, and about 70 percent of that was pine "
            "nuts. The two countries agreed on $600 million in farm trade.")
    goods = _goods(text)
    assert goods["40 million dollars"] == "food"
    assert goods["70 percent"] == "food"
    assert goods["$600 million"] == "food"


def test_cream_is_food_only_beside_a_flow_or_after_of() -> None:
    assert _goods("Cream imports into Japan rose 14% to 21,300 tons.")["21,300 tons"] == "food"
    text = "Chile's copper miners were the cream of the crop, with sales up 5% in May."
    assert _goods(text)["5%"] == "trade"
