"""Session 50, review mends of the party rules: each test pins the review's ordinary text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, parties

_claims = extracted_on(date(2024, 7, 1))


def test_takes_or_took_the_running_total_to_a_figure_is_no_purchase() -> None:
    for verb in ("takes", "took"):
        found = _claims("Brazil's coffee exports rose 12% to 3.1 million bags in April, which "
                        f"{verb} the year-to-date total to 14 million bags.")
        assert parties(found["14 million bags"]) == ("BRA", None, False)


def test_takes_its_shipments_to_a_figure_and_takes_a_share_are_unchanged() -> None:
    found = _claims("Brazil's coffee exports rose 12% to 3.1 million bags in April, which takes "
                    "its shipments so far this year to 8.4 million tonnes.")
    assert parties(found["8.4 million tonnes"]) == ("BRA", None, False)
    found = _claims("The Netherlands takes about 70 percent of Norway's gas exports.")
    assert parties(found["70 percent"]) == ("NOR", "NLD", False)


def test_a_region_taking_a_change_after_a_named_flow_gets_no_seller() -> None:
    found = _claims("Indonesia shipped 30 million tonnes of coal to India in April, while Europe "
                    "took 12% less coal overall.")
    assert parties(found["12%"]) == (None, None, False)
    found = _claims("Norway shipped 10 billion cubic metres of gas to Germany in April, while "
                    "Asia as a whole bought 20% more LNG than a year earlier.")
    assert parties(found["20%"])[0] is None


def test_a_region_taking_a_share_of_global_imports_gets_no_seller_of_the_paragraph() -> None:
    found = _claims("Australia sold 5 million tonnes of barley to China in 2023. The Middle East "
                    "absorbed 25% of global wheat imports.")
    # (the Australian seller of the paragraph is not the seller of the world's wheat)
    assert parties(found["25%"]) != ("AUS", None, False)


def test_a_region_taking_a_share_of_the_paragraphs_goods_keeps_its_seller() -> None:
    found = _claims("Honduran coffee exports rose. Germany came next with 17,550 bags, while "
                    "Europe As A Whole took 43% of the coffee.")
    assert parties(found["43%"]) == ("HND", None, False)


def test_a_region_taking_a_level_of_the_paragraphs_flow_keeps_its_seller() -> None:
    found = _claims("Brazil took in 15.7 GW of Chinese solar modules. China's module exports "
                    "totalled 133.3 GW, and Europe took 74.7 GW, or 56%.")
    assert parties(found["74.7 GW"]) == ("CHN", None, False)
    assert parties(found["56%"]) == ("CHN", None, False)
