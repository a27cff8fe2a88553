"""Session 44 (parties19): a country's own flow (`Japan's imports of rice`) is its flow with
everyone, also when the goods follow with `of` or when the figure sits in a participle clause
after it (`Norway's April exports were stronger, rising 12 percent`): the partner of the
sentence before does not carry over."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on
from tradetrace.model import Claim

_claims = extracted_on(date(2024, 5, 2))


def _sides(claim: Claim) -> tuple[str | None, str | None, bool]:
    return claim.exporter, claim.importer, claim.two_way


def test_an_owned_flow_with_its_goods_after_of_is_the_total() -> None:
    found = _claims("Vietnam shipped 1.2 million tonnes of rice to the Philippines in 2023. "
                    "The Philippines' imports of rice reached 3.9 million tonnes last year.")
    assert _sides(found["1.2 million tonnes"]) == ("VNM", "PHL", False)
    assert _sides(found["3.9 million tonnes"]) == (None, "PHL", False)


def test_an_owned_flow_of_goods_from_a_named_country_keeps_it() -> None:
    found = _claims("Chile sold copper ore to Japan. Japan's imports of Chilean copper ore "
                    "reached 2.1 million tonnes last year.")
    assert _sides(found["2.1 million tonnes"]) == ("CHL", "JPN", False)


def test_an_owned_flow_from_all_sources_is_the_total() -> None:
    found = _claims("Vietnam shipped 1.2 million tonnes of rice to the Philippines in 2023. "
                    "The Philippines' rice imports from all sources also shrank, by about 8 "
                    "percent.")
    assert _sides(found["8 percent"]) == (None, "PHL", False)


def test_an_owned_flow_before_a_participle_clause_is_the_total() -> None:
    found = _claims("Norway sold 50,000 tonnes of salmon to Poland in March. Norway's April "
                    "exports were stronger, rising 12 percent to 61,000 tonnes.")
    assert _sides(found["12 percent"]) == ("NOR", None, False)
    assert _sides(found["61,000 tonnes"]) == ("NOR", None, False)


def test_a_gapped_possessive_row_after_and_is_its_own_seller() -> None:
    found = _claims("Spanish shipments of lemons to Germany came to 138,000 tons and Turkey's "
                    "to 92,000 tons.")
    assert _sides(found["138,000 tons"]) == ("ESP", "DEU", False)
    assert _sides(found["92,000 tons"]) == ("TUR", "DEU", False)


def test_gapped_possessive_rows_take_the_buyer_side_of_the_row_before() -> None:
    found = _claims("The UAE's food imports from India came to nearly $12 billion, Oman's to "
                    "$5 billion and Kuwait's to $4.8 billion.")
    assert _sides(found["$5 billion"]) == ("IND", "OMN", False)
    assert _sides(found["$4.8 billion"]) == ("IND", "KWT", False)


def test_a_gapped_possessive_row_with_a_change_verb() -> None:
    found = _claims("Philippine banana exports to China dropped 32 per cent, while Vietnam's "
                    "rose 24 per cent.")
    assert _sides(found["24 per cent"]) == ("VNM", "CHN", False)


def test_a_pair_of_possessives_is_no_gapped_row() -> None:
    found = _claims("China's sales of shirts to the bloc grew 2.3%, while Pakistan's and "
                    "Cambodia's rose 11.6%.")
    assert _sides(found["11.6%"])[0] != "KHM"
