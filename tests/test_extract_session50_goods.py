"""Goods rules of the fiftieth session's goods round (2026-12-06), each pinned by invented
sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def test_a_bare_flow_after_figures_all_of_unkeyed_goods_keeps_no_key() -> None:
    """A bare flow (`Export volumes grew`, `whereas Tanzania's rose`) in an article whose
    figures so far were all of goods with no key, counted in money or as changes, goes on
    with those goods; not the other way's flow, nor after keyed goods were named with them, nor
    where the sentence names a total."""
    found = _claims("Zambia's refined copper exports rose 8.4 percent in April to K6.7 billion, "
                    "figures show. Export volumes grew 2.6 percent to 73,717 tonnes.")
    assert found["2.6 percent"].commodity is None
    found = _claims("Vanilla exports from Madagascar and Comoros fell 6.8% and 6.0% respectively "
                    "in 2024, trade data show. Uganda's shipments dropped 8.1%, whereas "
                    "Tanzania's rose 48.3%.")
    assert found["48.3%"].commodity is None
    found = _claims("Vanuatu's kava exports slipped to $15 million in 2023, figures showed. "
                    "Imports, meanwhile, rose 21% to $4 million.")
    assert found["21%"].commodity == "trade"
    found = _claims("Vanuatu's kava and fish exports slipped to $15 million in 2023, figures "
                    "showed. Export volumes, meanwhile, rose 21%.")
    assert found["21%"].commodity == "trade"
    found = _claims("Vanuatu's kava exports slipped to $15 million in 2023, figures showed. "
                    "Total exports, meanwhile, rose 21% to $400 million.")
    assert found["21%"].commodity == "trade"


def test_oil_equivalent_and_the_oil_year_name_no_oil() -> None:
    """`tonnes of oil equivalent` is a measure and `the oil year` a calendar: neither names oil
    as the goods of the figure (an edible oil named beside the year still does)."""
    found = _claims("Moldova imported 1.2 million tonnes of oil equivalent of natural gas in "
                    "2023, up 4% on the year before.")
    assert found["4%"].commodity is None
    found = _claims("Indian rapeseed meal exports over October-April of the 2023-24 oil year "
                    "grew 6.1 per cent to 5.2 lakh tonnes.")
    assert found["6.1 per cent"].commodity is None
    found = _claims("India's palm oil imports fell 3 per cent to 7.9 million tonnes in the "
                    "2021-22 oil year.")
    assert found["3 per cent"].commodity == "food"
