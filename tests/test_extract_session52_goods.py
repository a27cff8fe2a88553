"""Goods rules of the fifty-second session's goods round (2026-12-06), each pinned by invented
sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def test_fillets_and_cephalopods_are_seafood() -> None:
    """Bare `fillets` (`frozen fillets`, `chilled fillets`) and `cephalopods` in trade news are
    fish: seafood."""
    found = _claims("Ruritania's imports of chilled fillets slipped 7% to 1,654 tonnes in May, "
                    "customs data show.")
    assert found["1,654 tonnes"].commodity == "seafood"
    found = _claims("Cephalopods brought in $51 million for Ruritania last year, the fisheries "
                    "ministry said.")
    assert found["$51 million"].commodity == "seafood"


def test_a_definite_fuel_stands_for_the_narrower_goods_counted_before() -> None:
    """`the fuel` (`the grain`) naming the figure's goods stands for the narrower goods the
    claims just before counted, on every path (a value after `worth`, a share of the part), and
    for the most specific key true of several (diesel and petrol: refined petroleum)."""
    found = _claims("In January-April Ruritania bought 207.5 million liters of diesel abroad for "
                    "US$66.4 million, the statistics office reported. More than 90 percent of "
                    "the fuel came from Russia: purchases from Russia were worth $39 million.")
    assert found["$39 million"].commodity == "diesel"
    found = _claims("Ruritania's fuel imports fell 43% in 2020 to $844 million, the institute "
                    "said. Diesel accounted for 81% of the fuel import bill. The country sourced "
                    "the fuel from 13 countries: Argentina supplied 21% and Chile 19%.")
    assert found["19%"].commodity == "diesel"
    found = _claims("Ruritania's diesel imports dropped 22% to 608.99 million litres, and petrol "
                    "was down 16% at 324.94 million litres. In value terms, however, the fuel "
                    "brought in cost US$347.55 million.")
    assert found["US$347.55 million"].commodity == "refined_petroleum"


def test_a_definite_grain_stands_for_the_narrower_goods_its_sentence_named() -> None:
    """`Rice, the national staple, remains the biggest item: purchases of the grain were worth
    ...`: the definite broader word stands for the narrower goods its own sentence named before
    it, on the `worth` path too."""
    found = _claims("Ruritania's farm imports shrank 9 percent in 2021 to $0.97 billion, the "
                    "ministry said. Rice, the national staple, remains the biggest item: "
                    "purchases of the grain were worth $279.34 million in 2022.")
    assert found["$279.34 million"].commodity == "rice"


def test_the_fuel_never_stands_for_crude_oil() -> None:
    """Crude oil is refined before it is burned: `the fuel` after crude figures is oil of every
    kind, while after diesel figures it is still diesel."""
    found = _claims("Ruritania's oilfields pumped 6.4 million barrels of crude in 2018, the "
                    "ministry said. On the import side, Russia supplied more than 97 percent of "
                    "the fuel Ruritania brought in.")
    assert found["97 percent"].commodity == "oil"
    found = _claims("Ruritania imported 2 million tonnes of diesel in 2023, the ministry said. "
                    "Russia supplied 60 percent of the fuel.")
    assert found["60 percent"].commodity == "diesel"


def test_oil_joined_to_gas_names_no_one_kind() -> None:
    """Gas has no key and no key's family holds it: oil and gas named together as the goods
    (`oil and gas revenues`) leave the commodity unknown, while oil alone beside an `oil and
    gas` qualifier stays oil."""
    found = _claims("Ruritania's oil and gas revenues jumped by more than 68% last year to about "
                    "$59.8 billion, the ministry said.")
    assert found["$59.8 billion"].commodity is None
    found = _claims("Ruritania's oil exports rose 5% to $3 billion in 2023, the oil and gas "
                    "ministry said.")
    assert found["$3 billion"].commodity == "oil"


def test_fuel_a_total_is_said_to_count_is_no_goods_of_the_figure() -> None:
    """`Counting fuel, exports were ...`, `exports with fuel grew`, `Goods imported, fuel
    included, were worth`: the figure is the total's (all goods), the fuel only a part of it;
    not `supplied Ruritania with fuel`."""
    found = _claims("Counting fuel, Ruritanian exports in January-September were 3.49 billion "
                    "euros higher than a year before.")
    assert found["3.49 billion euros"].commodity == "trade"
    found = _claims("Over the first 11 months, Ruritanian exports with fuel grew 13.3 percent "
                    "to about 26 billion euros.")
    assert found["13.3 percent"].commodity == "trade"
    found = _claims("Goods imported into Ruritania, fuel included, were worth MVR 5.1 billion "
                    "in January, 31% more than a year earlier.")
    assert found["MVR 5.1 billion"].commodity == "trade"
    found = _claims("Russia supplied Ruritania with fuel worth $30 million in May.")
    assert found["$30 million"].commodity == "oil"
