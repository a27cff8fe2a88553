"""Session 40 (parties, round 7): totals that are with everyone, owners of production.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Document


def _parties(text: str, published: date) -> dict[str, tuple[str | None, str | None]]:
    claims = extract_claims(Document.from_text(text, published=published))
    return {c.surface: (c.exporter, c.importer) for c in claims}


def test_overall_exports_after_a_buyers_share_keep_no_buyer() -> None:
    found = _parties("Chile's copper exports to China slip\nChilean copper shipments to China "
                     "fell to 200,000 tonnes in May. China's share of Chile's copper shipments "
                     "slipped to 60 per cent. Overall exports fell 4 per cent to 310,000 tonnes.",
                     date(2024, 6, 10))
    assert found["200,000 tonnes"] == ("CHL", "CHN")
    assert found["310,000 tonnes"] == ("CHL", None)
    assert found["4 per cent"] == ("CHL", None)


def test_overall_shipments_after_one_buyer_keep_no_buyer() -> None:
    found = _parties("Chilean exports of fresh cherries to China reached 900 tonnes last week. "
                     "Overall cherry shipments for the week climbed to 2,400 tonnes.",
                     date(2024, 12, 20))
    assert found["2,400 tonnes"] == ("CHL", None)


def test_total_exports_to_a_named_buyer_keep_it() -> None:
    found = _parties("Total exports to Japan rose to 3,000 tonnes, Vietnam's customs said.",
                     date(2024, 5, 2))
    assert found["3,000 tonnes"][1] == "JPN"


def test_total_exports_through_a_channel_keep_no_buyer() -> None:
    found = _parties("Egypt bought Sh2.1 billion worth of Kenyan tea in May. Total exports "
                     "through the auction came to 41 million kilogrammes.", date(2024, 6, 10))
    assert found["41 million kilogrammes"] == ("KEN", None)


def test_total_exports_over_a_time_keep_no_buyer() -> None:
    found = _parties("Chile's copper exports to China slip\nChilean copper shipments to China "
                     "fell to 200,000 tonnes in May. Total exports over the five months, by "
                     "contrast, rose 4 percent to 1.2 million tonnes.", date(2024, 6, 10))
    assert found["1.2 million tonnes"] == ("CHL", None)


def test_a_possessive_country_before_its_output_produces_it() -> None:
    found = _parties("Ghana's cocoa output has risen to 650,000 tonnes, the board said.",
                     date(2024, 3, 2))
    assert found["650,000 tonnes"] == ("GHA", None)


def test_a_demonym_before_output_produces_it() -> None:
    found = _parties("Peru supplies about 60 percent of the fresh blueberries, roughly 90,000 "
                     "tonnes in 2023. Chilean output, at 40,000 tonnes in 2023, is far smaller.",
                     date(2024, 3, 2))
    assert found["40,000 tonnes"] == ("CHL", None)


def test_another_countrys_production_after_a_flow_is_its_own() -> None:
    found = _parties("Brazil shipped 2 million tonnes of sugar to China. Indian production has "
                     "fallen to 30 million tonnes this season.", date(2024, 3, 2))
    assert found["30 million tonnes"] == ("IND", None)


def test_a_country_before_goods_after_market_for_sells_them() -> None:
    found = _parties("Mexico was the largest market for U.S. corn in 2023, buying 20 million "
                     "tonnes, the industry body said.", date(2024, 2, 1))
    assert found["20 million tonnes"] == ("USA", "MEX")
