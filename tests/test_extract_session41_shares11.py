"""Session 41 (shares11): parties of shares whose own subject is goods, a firm or a region."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Document


def _share(text: str, surface: str, published: date) -> tuple[str | None, str | None]:
    claims = extract_claims(Document.from_text(text, published=published))
    found = [c for c in claims if c.surface == surface]
    assert found, [c.surface for c in claims]
    return found[0].exporter, found[0].importer


def test_goods_subject_after_semicolon_takes_no_country_from_earlier_clause() -> None:
    text = ("Vietnam's footwear exports reached $2.1 billion in March. Shoe shipments rose 5 "
            "percent as buyers rushed ahead of new U.S. tariffs; sneakers accounted for 40 "
            "percent of all exports that month.")
    assert _share(text, "40 percent", date(2024, 4, 10)) == ("VNM", None)


def test_region_subject_of_part_verb_is_no_country_partner() -> None:
    text = ("Kenya's tea exports rose 8 percent in 2023, with sales to Pakistan up 12 percent, "
            "while the Middle East, which accounts for 20 percent of Kenya's tea exports, grew 3 "
            "percent.")
    assert _share(text, "20 percent", date(2024, 2, 1)) == ("KEN", None)


def test_pronoun_subject_keeps_the_country_it_stands_for() -> None:
    text = ("Chile's copper exports rose 6 percent last year. Peru was the top buyer of Bolivian "
            "zinc until 2020: in the first half of 2019 it accounted for 30 percent of all "
            "Bolivian zinc exports.")
    assert _share(text, "30 percent", date(2021, 3, 1)) == ("BOL", "PER")


def test_destination_of_a_flow_noun_is_the_part_of_one_countrys_exports() -> None:
    text = ("Goods exported from Georgia fell 8% in May from April, to $310 million, the "
            "statistics office said. Shipments to Armenia, up 4% on the month, made up 21% of the "
            "total, and sales to other markets slipped 9%.")
    claims = extract_claims(Document.from_text(text, published=date(2024, 6, 20)))
    share = next(c for c in claims if c.surface == "21%")
    assert (share.exporter, share.importer, share.two_way) == ("GEO", "ARM", False)


def test_destination_in_a_forecast_share_of_the_total() -> None:
    text = ("Chile expects to ship about 400,000 tonnes of cherries abroad this season. Exports to "
            "Japan, where demand is recovering, are projected to rise 20% and to make up 9% of "
            "the total.")
    assert _share(text, "9%", date(2024, 10, 1)) == ("CHL", "JPN")


def test_goods_part_of_one_countrys_exports_keeps_the_exporter_side() -> None:
    text = ("Senegalese goods exports came to 4 billion euros in 2022, 6% more than in 2021. "
            "Fish and seafood brought in 600 million euros, or 15% of the total.")
    assert _share(text, "15%", date(2023, 3, 1)) == ("SEN", None)
